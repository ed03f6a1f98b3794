"""Questions that ask who held a role, and passages that name a person."""

import pytest

from egassist.persons import (asks_for_official, asks_for_person, asks_post, gives_post,
                              names_office, names_official, names_person, offices_named)


@pytest.mark.parametrize("question", [
    "特设委员会第一届会议选举谁担任主席？",
    "2018 年会议由哪位专家主持刑事定罪讨论？",
    "Who chaired the reconvened Bureau?",
    "Who were the panellists on international cooperation?",
    # The holder's country: reports give it only in brackets beside the holder's name.
    "特设委员会的主席是由哪个国家的代表担任的？",
    "Which country chaired the fourth meeting?",
    # The role asked for with "which".
    "Which panellists moderated the session on electronic evidence?",
    "Which two vice-chairs were elected?",
    "What panel members were appointed?",
    "第四次会议由哪些专题讨论小组成员主持？",
    "哪几位副主席当选？",
    # ... or named before the question word.
    "第五次会议的专题讨论主讲人有哪些？",
    "特设委员会的副主席分别是谁？",
    "主席团把奖项颁给谁了？",  # 颁给谁 asks a person (交给谁 a body)
    "哪些人担任了专题讨论主讲人？",
    "哪些人在会上发言了？",
    "发言者认为谁应当担任报告员？",   # whose view, then an office asked of
    # A person's name asked outright.
    "在会上介绍该办公室工作的那位秘书处代表叫什么名字？",
    "宣读声明的代表姓名是什么？",
    "What was the name of the Secretariat representative who introduced the item?",
    # ... in a delegate's shorthand.
    "name of Secretariat rep who briefed the meeting?",
    "names of the experts who presented?",
    "panellists at 5th EG meeting on e-evidence?",
    "chair of the fourth meeting?",
    "Who declared the April 2018 meeting open, and in what capacity?",
    "In 2018, who opened the meeting?",
    "Which paragraph mentions who chaired the first meeting?",   # a verb before "who"
    "Over the years who has chaired the Expert Group?",
    # ... but after an office's holder, the question is about that person.
    "What rank is given for the panellist who led the discussion on prevention?",
    # 位 counts people: which ones they are, whatever their role.
    "各区域组推荐了哪几位专家？",
    "秘书处请了哪几名外部专家？",
])
def test_questions_asking_who_held_a_role(question):
    assert asks_for_person(question)


@pytest.mark.parametrize("question", [
    "差旅和食宿费用由谁承担？",                        # who pays: a body
    "专家组的进展要向谁汇报？",
    "Who prepared the background paper?",            # the Secretariat
    "What did the Chair say about the timetable?",   # a role, but no "who"
    "What role did WHO play in the panel discussion?",  # the organisation
    "哪些国家的专家作了发言？",                        # a list of States, named without people
    "Which country submitted the draft convention?",   # no role
    # Which country spoke: reports name the country ("哥伦比亚代表做出下述发言"), not a person.
    "哪国代表在第一次会议上就恐怖主义问题发言？",
    "Which delegation's speakers raised terrorism?",
    # The reports' speakers are nameless: "一些发言者认为" answers these.
    "哪些发言者支持制定新的法律文书？",
    "Which speakers called for a new treaty?",
    "Which panel discussions were held?",           # the discussions, not their members
    "What rapporteur's report was adopted?",        # a document
    "What chair's summary was prepared?",
    "主席团由哪些成员组成？",                          # the posts, not who holds them
    "委员会应选举哪些主席团成员？",                    # 主席团 is the Bureau, not its chair
    "主席提出了哪些建议？",
    "根据工作计划，报告员有哪些任务？",                # the role's duties
    "该方案叫什么名字？",                              # the name of a programme
    "Who convened the open-ended intergovernmental expert group?",  # not "declared open"
    "What is the name of the expert group established under resolution 65/230?",
    "name of the expert group set up in 2010?",
    "chair's summary of the meeting?",            # a document
    "The Chair of the fourth meeting proposed which dates?",  # a question word after the role
    "Chair in his summary noted what?",
    "name of the document the representatives submitted?",
    "panel discussions at the fourth meeting?",
    "各区域组应向秘书处提供政府专家的哪些信息？",      # a name given, not asked for
    "主席为哪些议题作了总结？",
    "会议位于哪个城市？",                                 # 位于, no 位 of people
    "哪几位发言者认为需要新的文书？",                     # nameless speakers
    "副主席是哪个区域组的？",
    "特设委员会主席团由哪些人组成？",                   # its make-up: posts, not names
    "有发言者提到这份文件，它是什么时候、向谁提交的？",   # a recipient: a body
    # A relative "who" after those it describes asks nothing.
    "Speakers who saw no need for a new instrument cited which conventions?",
    "Which project did the delegates who spoke on capacity-building mention?",
    "Some speakers, who saw no need for a new instrument, cited which conventions?",
    # Whose view is asked, before the people it asks of (the speakers would train them).
    "制定电子证据可采性的立法时，发言者认为应同时给哪些人提供培训和能力建设？",
    "制定电子证据可采性的立法时，有发言者提到应同时给哪些人提供培训和能力建设？",
    "一些代表在发言中提出应当为哪些人员提供培训？",
])
def test_questions_that_ask_for_no_person(question):
    assert not asks_for_person(question)


@pytest.mark.parametrize("text", [
    "专家组副主席 André Rypl（巴西）以专家组第四次会议主席的身份宣布会议开幕。",
    "报告员，Christopher D. Ram（加拿大）",
    "Chair, Doctor Mashabane (South Africa)",
    "George-Maria Tyendezwa 先生主持了讨论。",
    "The meeting was opened by Ms. Smith.",
])
def test_a_person_named_with_a_country_or_a_title(text):
    assert names_person(text)


@pytest.mark.parametrize("text", [
    "委员会将根据公平地域分配原则选举主席团成员，包括一名主席和 13 名副主席。",
    "United Nations Office on Drugs and Crime, Comprehensive Study on Cybercrime (Vienna, 2013).",
    "毒品和犯罪问题办公室（毒品和犯罪问题办公室）编写了研究报告。",
    # A capitalised phrase before a bracket that holds no country.
    "Member States (see annex) replied.",
    "The Expert Group (the Group) met.",
    "the Budapest Convention (ETS No. 185)",
    "Eoghan Casey, Digital Evidence（见脚注 51）",
])
def test_no_person_named(text):
    assert not names_person(text)


@pytest.mark.parametrize("question, names", [
    ("Markko Künnapu（爱沙尼亚）在2020年会议做专题主讲时是什么职务？", ["Markko Künnapu"]),
    ("What is Sheri L. Shepherd-Pratt's job title?", ["Sheri L. Shepherd-Pratt"]),
    ("What position does Christopher D. Ram hold?", ["Christopher D. Ram"]),
    ("What role did Christopher D. Ram play?", []),        # what he did, not his post
    ("Markko Künnapu 讲了什么？", []),
    # A work's title is no post.
    ("What is the title of the International Telecommunication Union publication cited?", []),
    ("What were the title and year of the International Telecommunication Union publication?",
     []),
    ("What is the International Telecommunication Union publication's title?", []),
    # ... but a person's, whatever work the question names after it (review).
    ("What is the title of Markko Künnapu according to the report?", ["Markko Künnapu"]),
])
def test_questions_asking_a_named_persons_post(question, names):
    assert asks_post(question) == names


# UNODC/CCPCJ/EG.4/2020/L.1, para. 15 and UNODC/CCPCJ/EG.4/2017/1, footnote 4.
PANELLISTS = ("讨论由以下专题讨论主讲人主导：George-Maria Tyendezwa 先生（尼日利亚）、Amornchai "
              "Leelakajonjit 警上校（泰国）、Markko Künnapu 先生（爱沙尼亚）和 Sheri L. Shepherd-Pratt "
              "女士（美国）。")
BUREAU = ("重新召集的专家组主席团成员如下：主席，Doctor Mashabane（南非）；副主席，Gustavo Meira "
          "Carneiro（巴西）、Yanduan Li（中国），以及东欧国家组的轮值主席；报告员，Christopher D. "
          "Ram（加拿大）。")


@pytest.mark.parametrize("text, name, gives", [
    (PANELLISTS, "Markko Künnapu", False),            # 先生 only
    (PANELLISTS, "Amornchai Leelakajonjit", True),    # 警上校
    (BUREAU, "Yanduan Li", True),                     # 副主席, before the list
    (BUREAU, "Christopher D. Ram", True),             # 报告员
    (BUREAU, "Markko Künnapu", None),                 # not named
])
def test_a_post_given_beside_a_name(text, name, gives):
    assert gives_post(text, name) is gives


def test_an_office_is_named_in_any_of_the_reports_wordings():
    # The 2018 report's panellists are 专题讨论小组成员, the 2020 draft's 专题讨论主讲人.
    assert names_office("讨论由以下专题讨论主讲人主导：George-Maria Tyendezwa 先生（尼日利亚）",
                        {"小组成员"})
    assert not names_office("专家组主席 Advocate Doctor Mashabane（南非）", {"小组成员"})
    # ... whichever wording the question uses.
    assert names_office("讨论由下列专题讨论小组成员主持：鲁传颖（中国）", {"主讲人"})
    assert not names_office("重新召集的专家组主席团成员如下：主席，Doctor Mashabane（南非）",
                            {"主讲人"})


@pytest.mark.parametrize("question, offices", [
    ("联合国秘书长是谁？", {"秘书长"}),
    ("第四次会议的专题讨论主讲人有哪些？", {"主讲人"}),
    # An English question's office, by its Chinese key, named as a noun.
    ("Who is the Secretary-General?", {"秘书长"}),
    ("Who was the rapporteur of the reconvened Bureau?", {"报告员"}),
    ("Who is the Vice-Chair of the Expert Group?", {"副主席"}),
    ("Who was the Chairperson of the fourth meeting?", {"主席"}),
    ("Who was elected Chairman? Who was the Vice-Chairperson?", {"副主席"}),
    ("Who served as the Chairwoman of the Bureau?", {"主席"}),
    ("Who were the Chairmen of the meetings?", {"主席"}),
    # Not a verb: who chaired a discussion led it (主持), no office.
    ("Who chaired the discussion on legislation and frameworks?", set()),
    ("who chairs the cybercrime expert group", set()),
    # Not "heads" (a delegation's 团长), nor a word holding an office's letters.
    ("Who heads the delegation of Brazil?", set()),
    ("Who spoke directly after the opening?", set()),
])
def test_the_offices_a_question_names(question, offices):
    assert offices_named(question) == offices


def test_an_official_is_named_after_the_office_only_where_one_is_asked():
    text = "另见法国内政部长 Jean-Pierre Chevènement 在 2000 年所作的评论"
    assert names_official(text) and not names_person(text)
    assert not names_official("秘书长 United Nations 报告")  # a body in capitals is no one
    assert asks_for_official("联邦调查局哪位官员说的？")
    assert asks_for_official("Which French minister is quoted?")
    assert not asks_for_official("Who briefed the meeting for the Secretariat?")
