"""Questions that ask which countries did something, and passages that name one that acts."""

import pytest

from egassist.countries import (acts_in, asks_for_country, asks_share_out_among_groups,
                                asks_what_it_said, gives_share_out_among_groups, named_countries,
                                names_answering_country, names_any, names_country,
                                regional_seats_asked, shortest_names)
from egassist.country_names import forms_of_country


@pytest.mark.parametrize("question", [
    "Which countries have signed the Budapest Convention?",
    "Which member states commented on the draft study?",
    "Which Member States' experts took the floor?",
    "What countries proposed the outline?",
    "Which delegation made a statement after annex I was adopted?",
    "哪些会员国提交了书面意见？",
    "Which states parties have criminalized illegal access?",
    "Which countries held national consultations?",    # "held", but not where
    "哪些国家支持在维也纳举行会议？",
    "哪个代表团要求将发言列入报告？",
    "哪国提出了公约草案？",
    # After what it asks for, and an observer State.
    "出席会议的那个观察员国是哪个？",
    "提出该提案的国家是哪些？",
    "哪个观察员国出席了会议？",
    "Which observer State attended the meeting?",
    # States named by what they did.
    "该方案由哪些捐助国出资？",
    "决议草案的提案国是哪些？",
    # Those that helped, not those helped; "what" asking, not inside a yes/no question.
    "哪些国家为能力建设提供了援助？",
    "What delegations may attend the session?",
    "报告认为哪些国家的网络犯罪立法最完善？",  # the 为 of 认为
    "专家组第四次会议选举了哪些国家的代表？",
    "Do the documents say what countries will host the sessions?",
    "Did the report say which delegations may submit proposals?",
    "In 2018, which delegations spoke first?",  # a comma, then no yes/no word
])
def test_questions_asking_which_countries(question):
    assert asks_for_country(question)


@pytest.mark.parametrize("question", [
    "In which country was the fourth meeting held?",   # a place: the texts say Vienna
    "专家组第四次会议在哪个国家举行？",
    "哪些国际组织参加了会议？",                          # 国际, not a country
    "哪些政府间组织出席了会议？",                        # organisations, not governments
    "哪些国家机构参与了调查表的答复？",                   # a State's bodies
    "可以吸收哪些政府以外方面的意见？",                   # parties other than governments
    "What government agencies were involved?",
    "Which country hosted the 2016 Summer Olympics?",   # a place
    "What state is the draft in?",                     # "state" as condition
    "Who chaired the meeting?",
    "专家组提出了哪些建议？",
    "国际合作是哪个议程项目？",
    "会员国是哪一年提交的？",
    # 为 is "for", and what follows 是哪 is what is asked, not a country.
    "墨西哥代表团为哪些议题作了发言？",
    "会员国是哪些公约的缔约国？",
    "会员国是哪个区域组的？",
    # Which countries as what a yes/no question asks about: whether the study finds them out.
    "关于统计信息的专题，研究是否要查明哪些国家专门收集网络犯罪统计数据？",
    "Will the study identify which countries collect cybercrime statistics?",
    # ... asked with an affirmative-negative form, and 查 alone.
    "这个专题要不要查哪些国家单独统计网上犯罪？",
    "研究会不会调查哪些国家设立了专门机构？",
    # Those served, whom the documents name by kind (发展中国家).
    "2018年专家组会议上有人建议毒品和犯罪问题办公室应当优先为哪些国家开展能力建设？",
    # "what" inside a yes/no question: of what they may submit.
    "Does collecting proposals before each session limit what delegations may submit?",
    # ... after a clause setting the case, with a two-word verb.
    "If proposals are gathered in advance, does that limit what delegations may put forward?",
])
def test_questions_that_ask_for_no_country(question):
    assert not asks_for_country(question)


@pytest.mark.parametrize("text", [
    "哥伦比亚代表做出下述发言，并请将发言列入报告中。",
    "下列国家的专家作了发言：阿尔巴尼亚、阿尔及利亚、阿根廷。",
    "俄罗斯联邦代表介绍了公约草案。",                      # a UN long form of 俄罗斯
    "大不列颠及北爱尔兰联合王国代表作了发言。",              # a name jieba splits
    "The representative of the Republic of Korea said",  # ISO's "Korea, Republic of"
    "Colombia made a statement.",
])
def test_texts_naming_a_country(text):
    assert names_country(text)


@pytest.mark.parametrize("text", [
    "会议由专家组副主席 André Rypl（巴西）主持。",       # an officer's nationality
    "Chair, Doctor Mashabane (South Africa)",
    "《萨尔瓦多宣言》第 42 段",                           # a title (the Salvador Declaration)
    "the Salvador Declaration",
    "加强司法国际合作，增加纳入的内容。",                   # 法国 and 加纳 across words
    "所有会员国均可参加。",
    "会议在维也纳举行。",
])
def test_texts_naming_no_country_that_acts(text):
    assert not names_country(text)


def test_country_names_come_in_english_and_chinese_in_un_word_order():
    from egassist.country_names import chinese_by_english

    names = chinese_by_english()
    assert names["angola"] == ("安哥拉",)
    assert "大韩民国" in names["republic of korea"]  # ISO: "Korea, Republic of"
    assert "伊朗" in names["iran"]  # the head of "Iran, Islamic Republic of"
    assert names["turkey"] == names["türkiye"]  # the name UN texts used until 2022


def test_an_english_questions_country_is_searched_for_by_its_chinese_name():
    from egassist.glossary import translate_english

    found = {t.source: t.terms for t in translate_english("Who spoke for Angola and the Republic "
                                                          "of Korea?")}
    assert found["angola"] == ("安哥拉",) and found["republic of korea"] == ("大韩民国",)
    # Only capitalised: "chad" is a word, "Chad" a country.
    assert not any("乍得" in t.terms for t in translate_english("a hanging chad"))
    assert any("乍得" in t.terms for t in translate_english("Did Chad speak?"))
    assert names_country("Turkey made a statement.")


def test_a_question_names_a_country_by_any_of_its_names():
    [usa] = named_countries("美国代表团说了什么？")
    assert {"美国", "美利坚合众国", "United States of America"} <= usa
    [russia] = named_countries("What did the Russian Federation propose?")
    assert names_any("俄罗斯联邦代表介绍了草案。", russia)   # the UN long form holds 俄罗斯
    assert names_any("Vadim Sushik 先生（俄罗斯联邦）", russia)  # in brackets too
    assert len(named_countries("越南和乌克兰的专家发言了吗？")) == 2
    # Not inside a title, not a country word inside a longer word.
    assert named_countries("《萨尔瓦多宣言》第 42 段说了什么？") == []
    assert named_countries("加强司法国际合作") == []
    [mexico] = named_countries("Did Mexico speak?")
    assert not names_any("Mexicos", mexico) and names_any("Mexico spoke.", mexico)


def test_every_country_can_be_named_in_a_message():
    # Some countries have no ASCII English name at all (Côte d'Ivoire, Curaçao, Réunion).
    from egassist.country_names import forms_of_country

    for forms in set(forms_of_country().values()):
        english, chinese = shortest_names(forms)
        assert english and chinese
    [ivory_coast] = named_countries("What did Côte d'Ivoire propose?")
    assert shortest_names(ivory_coast) == ("Côte d'Ivoire", "科特迪瓦")
    assert names_any("the representative of Côte d'Ivoire said", ivory_coast)
    assert names_any("科特迪瓦代表发言", ivory_coast)


@pytest.mark.parametrize("question", [
    "墨西哥代表团在特设委员会上提出了哪些提案？",
    "巴西专家就国际合作提出了什么建议？",
    "俄罗斯联邦对公约草案持何种立场？",
    "俄罗斯联邦对第 32 条(b)项持何立场？",
    "巴西对此的态度如何？",
    "俄罗斯联邦对公约草案表示了什么意见？",
    "What did Albania propose at the Ad Hoc Committee?",
    "What reasons did the United States give for voting against the resolution?",
    "What position did China take on the draft convention?",
    # Which side it took.
    "Did Colombia support or oppose a new global instrument?",
    "哥伦比亚是支持还是反对制定新的全球法律文书？",
    "欧洲联盟是否在会上反对谈判一项新的条约？",
    "巴西是否支持在维也纳举行届会？",
    # Whether it put something forward.
    "Did the Russian Federation table a draft convention text at the sixth meeting?",
    "Has Brazil submitted a proposal on jurisdiction?",
    "俄罗斯联邦是否提交了公约草案？",
    # What it presented.
    "南非专家具体介绍了南非的哪部网络犯罪法律？",
    "中国代表阐述了哪些做法？",
    "What were the main points of Gangqiang Zhang's (China) panel presentation?",
    "中国专题讨论主讲人的发言要点是什么？",
])
def test_questions_asking_what_a_country_said(question):
    assert asks_what_it_said(question)


@pytest.mark.parametrize("question", [
    "越南和乌克兰的专家在会议上发言了吗？",          # whether it spoke: a list answers that
    "越南是否出席了第四次会议？",
    "Did Brazil attend the fourth meeting?",
    "Who was the panellist from Nigeria?",
    "专家组第四次会议在哪里举行？",
    "Does the outline support holding sessions in Vienna?",   # no country takes a side
    "How many presentations were made by experts from Brazil?",
    "关于巴西网络犯罪立法的研究报告要点是什么？",                 # a report's, no speaker's
    "巴西是否在会上获得了技术支持？",                  # 支持 the noun: support it received
    # Put forward by someone else than the country named.
    "Did the Chair present the draft at the meeting held in Brazil?",
    "Has the Secretariat submitted the compilation of views received from Brazil?",
    "专家组是否提出了关于巴西立法的建议？",
    "秘书处是否提交了巴西的答复？",
])
def test_questions_not_asking_what_a_country_said(question):
    assert not asks_what_it_said(question)


@pytest.mark.parametrize("text, country", [
    ("哥伦比亚代表做出下述发言，并请将发言列入报告中。", "哥伦比亚"),
    ("中国和俄罗斯联邦提出了一项公约草案。", "俄罗斯"),            # two or three can act together
    ("The Russian Federation proposed a draft convention.", "俄罗斯"),
    ("会议由 André Rypl（巴西）主持。巴西代表随后发言。", "巴西"),   # a bracket, then as itself
    ("为了达成共识，哥伦比亚同意阿根廷代表团的建议。", "哥伦比亚"),   # the one who agrees acts
    ("墨西哥同意上述意见，并提出了修正案。", "墨西哥"),
    # Taken up by another, with what it proposed in its own words.
    ("一些发言者支持中国提出的制定新的全球公约的提议。", "中国"),
    ("会议欢迎中国主动提出在北京举办下一次会议。", "中国"),
])
def test_texts_where_a_country_acts(text, country):
    assert acts_in(text, forms_of_country()[country])


@pytest.mark.parametrize("text, country", [
    ("Vadim Sushchik（俄罗斯联邦）、Eric do Val Lacerda Sogocio（巴西）", "俄罗斯"),
    ("下列国家的专家作了发言：阿尔巴尼亚、阿尔及利亚、安哥拉、俄罗斯联邦、塞尔维亚和南非。", "俄罗斯"),
    ("Statements were made by Albania, Algeria, Angola, the Russian Federation and Serbia.",
     "俄罗斯"),
    # Names holding a separator (及, 和, "and", the 和 of 共和国) are one entry of the list.
    ("下列国家的专家作了发言：阿尔巴尼亚、阿尔及利亚、阿根廷、澳大利亚、白俄罗斯、波斯尼亚和黑塞哥维那、"
     "巴西。", "阿根廷"),
    ("发言的有：伊朗伊斯兰共和国、墨西哥、多米尼加共和国、摩尔多瓦共和国、智利。", "墨西哥"),
    ("Statements were made by Trinidad and Tobago, Argentina, Bosnia and Herzegovina, Chile and Peru.",
     "阿根廷"),
    ("《萨尔瓦多宣言》第 42 段", "萨尔瓦多"),
    ("哥伦比亚代表做出下述发言。", "巴西"),                        # another country entirely
    # Named as what another speaker agreed to: its proposal is referred to, not stated.
    ("为了达成共识，哥伦比亚同意阿根廷代表团关于此主题事项的建议。", "阿根廷"),
    ("The representative of Colombia agreed to the Argentina proposal.", "阿根廷"),
    # The English report's own wording (E/CN.15/2011/19, para. 3).
    ("In the interests of reaching consensus, Colombia agreed to the proposal of the "
     "delegation of Argentina on this subject matter.", "阿根廷"),
])
def test_texts_where_a_country_only_is_listed(text, country):
    assert not acts_in(text, forms_of_country()[country])


def test_the_regional_groups_whose_seat_a_question_asks_as_chinese_texts_name_them():
    (east,) = regional_seats_asked("Who held the Eastern European States' vice-chair seat?")
    assert east.search("以及东欧国家组的轮值主席")
    (g77,) = regional_seats_asked("77国集团的代表是谁？")
    assert g77.search("各区域组主席和 77 国集团主席")
    assert regional_seats_asked("Who represented the Group of 77 on the Bureau?")
    assert regional_seats_asked("以东欧国家组轮值主席身份担任副主席的是哪个国家的代表？")
    assert regional_seats_asked("Who chaired the fourth meeting?") == []
    # Named only as what is set aside.
    assert regional_seats_asked("除各区域组主席和 77 国集团主席外，扩大主席团还包括哪些国家的代表？") == []
    assert regional_seats_asked("Besides the chairs of the regional groups and of the Group of 77, "
                                "which countries were members?") == []


COLOMBIA_SUPPORTED = "哪些代表团支持哥伦比亚的发言？"


@pytest.mark.parametrize("text, answers", [
    # Argentina is what Colombia agreed to; Colombia is the country the question names.
    ("哥伦比亚同意阿根廷代表团关于此主题事项的建议，但请报告注意下列各项。", False),
    ("Colombia agreed with the proposal of the delegation of Argentina.", False),
    ("哥伦比亚代表做出下述发言。", False),
    ("阿根廷和智利支持哥伦比亚的发言。", True),
    ("下列国家的专家作了发言：阿尔巴尼亚、阿根廷、哥伦比亚。", True),
    ("哥伦比亚同意阿根廷的建议。阿根廷还提出了另一项建议。", True),   # Argentina's own act
    ("专家组副主席 André Rypl（巴西）宣布会议开幕。", False),           # in brackets
])
def test_a_country_answers_which_countries_only_as_more_than_the_object_of_another(text,
                                                                                 answers):
    assert names_answering_country(text, COLOMBIA_SUPPORTED) is answers


@pytest.mark.parametrize("question", [
    "哥伦比亚为达成共识接受了哪个代表团的提议？",
    "Colombia agreed with which delegation's proposal?",
    "Colombia supported the proposal of which delegation?",
])
def test_the_object_answers_a_question_asking_whose_proposal_was_taken_up(question):
    assert names_answering_country("哥伦比亚同意阿根廷代表团关于此主题事项的建议。", question)


def test_with_no_country_named_in_the_question_any_country_named_answers():
    assert names_answering_country("哥伦比亚代表做出下述发言。", "哪些代表团作了发言？")


def test_asking_who_supported_is_not_asking_what_was_supported():
    # The verb before the question word asks its object; after it, who did it.
    assert not names_answering_country("哥伦比亚同意阿根廷代表团的建议。", "表示支持哥伦比亚的有哪些国家？")


def test_a_country_in_a_cited_work_in_latin_script_answers_nothing_in_a_chinese_text():
    # E/CN.15/2011/19, footnote 19 cites a United Kingdom report by its English title and
    # publisher: the translation names no country as doing anything.
    cited = ("在这方面见 Overcoming Barriers to Trust in Crimes Statistics: England and Wales, "
             "Monitoring Report No. 5, interim report (London, United Kingdom Statistics "
             "Authority, December 2009), p. 9。")
    question = "哪些国家专门收集网上犯罪统计数据？"
    assert not names_answering_country(cited, question, "zh")
    assert names_answering_country("大不列颠及北爱尔兰联合王国专门收集网上犯罪统计数据。", question,
                                   "zh")
    # An English document names countries in English.
    assert names_answering_country("The United Kingdom collects cybercrime statistics.",
                                   question, "en")


@pytest.mark.parametrize("text, name, named", [
    # 发展中国家 ("developing countries") holds 中国; E/CN.15/2018/12, para. 9 (n) named "China"
    # for "第四次会议上中国代表团提出了哪些建议？".
    ("为需要援助的所有会员国特别是发展中国家开展能力建设", "中国", False),
    ("鲁传颖（中国）", "中国", True),
    ("发展中国家和中国", "中国", True),
    # A longer country name is another country.
    ("印度尼西亚代表作了发言", "印度", False),
    ("印度和印度尼西亚", "印度", True),
])
def test_a_chinese_name_inside_a_longer_word_names_no_country(text, name, named):
    assert names_any(text, named_countries(name)[0]) is named


@pytest.mark.parametrize("question, asks", [
    ("特设委员会的13名副主席在各区域组之间如何分配？", True),
    ("副主席席位在五个区域组间是怎么分的？", True),
    ("每个区域组各有几名副主席？", True),
    ("How are the vice-chair seats allocated among the regional groups?", True),
    ("How many experts may each regional group nominate?", True),
    ("各区域组向秘书处提供什么信息？", False),           # no sharing out asked
    ("各区域组之间的分歧是什么？", False),               # 分歧 is no sharing out
    ("每个区域组织开展了多少项能力建设活动？", False),     # regional organizations
    ("What is the principle of equitable geographical distribution?", False),
])
def test_questions_asking_how_something_is_shared_out_among_the_regional_groups(question, asks):
    assert asks_share_out_among_groups(question) is asks


@pytest.mark.parametrize("text, gives", [
    ("各区域组将向秘书处提供政府专家（不超过六名）的姓名。", True),
    ("东欧国家组有 2 个席位。", True),
    ("Each regional group will nominate up to six experts; the African Group 3 members.", True),
    # The principle, not each group's share.
    ("委员会应根据公平地域分配、经验和个人的能力选举主席团成员，包括一名主席、13名副主席和一名报告员。",
     False),
    ("委员会可考虑请所有区域组任命各自的代表，组成一个小组。", False),  # 一个 counts no one
])
def test_texts_giving_how_something_is_shared_out_among_the_regional_groups(text, gives):
    assert gives_share_out_among_groups(text) is gives
