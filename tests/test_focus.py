"""The thing an English question asks for."""

import pytest

from egassist.focus import (asked_kind, asked_kind_zh, asked_thing, asked_topic, asked_topic_zh,
                            cites_as_source, contents_asked_of_zh, errand_asked_en,
                            errand_asked_zh, meaning_asked_of, recommended_asked_en,
                            recommended_asked_zh)


@pytest.mark.parametrize("question, thing", [
    ("What penalty does the draft convention set for illegal access?", "penalty"),
    ("What is the capital of Australia?", "capital"),
    ("What are the symptoms of the flu?", "symptoms"),
    ("Which other UN forums did some experts consider more suitable?", "forums"),
    ("What was the average loss per reported case?", "loss"),
    ("What quorum must be present for a decision?", "quorum"),   # before a modal verb
    ("What majority shall the Committee require?", "majority"),
    # No noun after "what": it asks what someone did or said.
    ("What did the Expert Group say about climate change?", None),
    # A value the documents write as a number or a date, or one of a class they name by instance.
    ("What is the latest year by which the meeting is to be held?", None),
    ("Which entity was given the job of drafting the questionnaire?", None),
    ("Which countries have ratified the Convention?", None),
    # The class noun is what is asked for; the word after it is the question's verb.
    ("Which countries spoke at the fourth meeting?", None),
    ("Which intergovernmental organizations took the floor?", None),
    ("What position did many speakers take?", None),
    # Reports give the properties a thing has, or the principle a text follows, not the noun.
    ("Which properties of computer data do the core offences protect?", None),
    ("What principle should legislation follow on new technologies?", None),
    # A verb after "was" is no noun; a paragraph or a city is asked for by its number or name.
    ("What was acknowledged by the General Assembly?", None),
    ("Which paragraph of resolution 65/230 established the group?", None),
    ("Which city will host the sessions?", None),
    ("Who chaired the meeting?", None),
])
def test_the_noun_a_question_asks_for(question, thing):
    assert asked_thing(question) == thing


def test_the_words_naming_what_a_question_asks_for():
    # The noun last, its modifiers before it: "prison" names it as much as "sentence".
    assert asked_kind("What maximum prison sentence did the experts propose?") == [
        "prison", "sentence"]
    # A word of quantity or degree says which value is asked, whatever the dictionary says.
    assert asked_kind("What total cost does the statement give?") == ["cost"]
    assert asked_kind("Which countries spoke at the fourth meeting?") == []
    # Not an adjective, which the dictionary renders with 的 (tailored: 剪裁讲究的).
    assert asked_kind("What tailored training courses did speakers call for?") == [
        "training", "courses"]
    # A length is asked of what it is a length of.
    assert asked_kind("What maximum period of police custody did the experts recommend?") == [
        "period", "police", "custody"]
    assert asked_kind("What is the length of the sessions?") == ["length", "sessions"]
    assert asked_kind("What period does the workplan cover?") == ["period"]
    # A participle after the noun begins what describes it.
    assert asked_kind("Which ITU guide written for developing countries does it cite?") == [
        "itu", "guide"]
    # The words themselves asked for are a value, not a topic the corpus must speak of.
    assert asked_kind("What exact wording does the report use for the proposal?") == []
    # Only the phrase's last word: a noun phrase holding a participle stays whole.
    assert asked_kind("Which data set did the study use?") == ["data", "set"]
    assert asked_kind("Which draft revised rules were adopted?")[-1] == "rules"
    # "What exactly does ...?" asks as "What does ...?": "exactly" is no thing asked for.
    assert asked_kind("What exactly does article 32 (b) allow a party to do?") == []
    assert asked_kind("What exactly is the prison sentence for hacking?") == ["prison", "sentence"]
    # People by their calling are a class: the answer names judges and prosecutors.
    assert asked_kind("Which professionals should the training target?") == []
    # ... but as a modifier it says which thing: the fees are asked for.
    assert asked_kind("What participant fees were charged?") == ["participant", "fees"]


@pytest.mark.parametrize("question, topic", [
    ("What did the Expert Group say about climate change?", ["climate", "change"]),
    ("What did speakers recommend on capacity building?", ["capacity", "building"]),
    ("What did the Expert Group adopt?", []),
])
def test_the_topic_a_question_asks_a_view_on(question, topic):
    assert asked_topic(question) == topic


def test_the_topic_a_chinese_question_asks_whether_a_body_discussed():
    assert asked_topic_zh("专家组是否讨论了人工智能技术的问题？") == "人工智能技术"
    assert asked_topic_zh("会议是否提及量子计算？") == "量子计算"
    assert asked_topic_zh("专家组第四次会议讨论了哪些问题？") == ""
    # At which meeting it was discussed asks the same of the topic.
    assert asked_topic_zh("专家组在哪次会议上讨论了电子证据问题？") == "电子证据"
    assert asked_topic_zh("特设委员会在第几届会议上讨论量子计算？") == "量子计算"
    # A body's view on it too.
    assert asked_topic_zh("专家组对区块链问题有什么结论？") == "区块链"
    assert asked_topic_zh("发言者对电子证据提出了哪些建议？") == "电子证据"
    # Whether anyone spoke of it.
    assert asked_topic_zh("会上有没有人专门谈到量子计算？") == "量子计算"
    assert asked_topic_zh("第四次会议上有人提到区块链吗？") == "区块链"
    # Not past a comma: "有人提到 X，……" is a premise.
    assert "建议" not in asked_topic_zh("有人提到加密货币，专家组对此有什么建议？")


@pytest.mark.parametrize("question, cites", [
    ("根据 E/CN.15/2011/19，会议在哪里举行？", True),
    ("E/CN.15/2011/19 中提到了哪些专题？", True),
    ("According to E/CN.15/2011/19, who chaired the meeting?", True),
    ("In E/CN.15/2011/19, which topics are listed?", True),
    ("According to the background paper E/CN.15/2011/19, how many States attended?", True),
    ("根据报告 E/CN.15/2011/19，会议在哪里举行？", True),
    ("E/CN.15/2011/19 的附件一和附件二各是什么？", True),  # its own annexes
    ("What are the annexes of E/CN.15/2011/19?", True),
    ("E/CN.15/2011/19 是哪次会议的报告？", False),   # about the document itself
    ("What is the title of E/CN.15/2011/19?", False),
    ("哪份报告在 E/CN.15/2011/19 之后印发？", False),   # a time, not a source
    # ... or as the one that says what is asked.
    ("What source does E/CN.15/2011/19 cite for the history of the Internet?", True),
    ("What does E/CN.15/2011/19 say about electronic evidence?", True),
    ("E/CN.15/2011/19 引用了哪篇文章？", True),
    ("Which documents cite E/CN.15/2011/19?", False),
    # ... or names it as the subject that says it, or as the question's heading.
    ("E/CN.15/2011/19 建议会员国做什么？", True),
    ("E/CN.15/2011/19 说明，研究将如何进行？", True),
    ("E/CN.15/2011/19 如何概述第一次会议的讨论？", True),
    ("E/CN.15/2011/19 recommends what for data collection?", True),
    ("E/CN.15/2011/19：第一次会议在哪里举行？", True),
    # ... or as the one whose part is asked, not as a point in time.
    ("E/CN.15/2011/19 的时间表原定何时提交研究报告？", True),
    ("E/CN.15/2011/19 的后续报告是哪一份？", False),
    ("E/CN.15/2011/19 的主要内容", False),
    ("哪些文件引用了 E/CN.15/2011/19 的结论？", False),   # what others cite, not the source
    ("E/CN.15/2011/19 的前言说了什么？", True),
    # ... or as the one whose content a clause speaks of, or whose own adoption is asked.
    ("E/CN.15/2011/19 所报告的那次会议在哪里举行？", True),
    ("E/CN.15/2011/19 所列的专题有几个？", True),
    ("E/CN.15/2011/19 报告在哪一场会议上通过？", True),
    ("E/CN.15/2011/19 报告在哪些文件中被引用？", False),   # what others cite
    # ... or opening a search box's words, as where to look for them.
    ("E/CN.15/2011/19 第一次会议 举行地点", True),
    ("E/CN.15/2011/19 是哪次会议的报告？", False),        # what the document is
    ("E/CN.15/2011/19 被哪些文件引用？", False),
    ("E/CN.15/2011/19 之后 的 报告", False),             # a later one
    ("哪些文件引用了 E/CN.15/2011/19 所列的专题？", False),
    ("E/CN.15/2011/19 recommendations on electronic evidence", True),
    ("E/CN.15/2011/19 private sector data confidentiality", True),
    ("E/CN.15/2011/19 title", False),                      # its own value
    ("E/CN.15/2011/19 is the report of which meeting?", False),
    ("E/CN.15/2011/19 cited by which documents?", False),
    ("E/CN.15/2011/19 what is its title?", False),
    ("E/CN.15/2011/19 when was it issued?", False),
    ("E/CN.15/2011/19 report of which meeting", False),
    ("E/CN.15/2011/19 which later documents refer to it", False),
    ("E/CN.15/2011/19 follow up report", False),
])
def test_which_questions_cite_a_document_as_where_the_answer_is(question, cites):
    assert cites_as_source(question, "E/CN.15/2011/19") is cites


@pytest.mark.parametrize("question, kind", [
    ("这些结论对会员国具有何种法律拘束力？", "法律拘束力"),
    ("按照建议应由哪类规则处理？", ""),                 # a verb ends it, not the kind
    ("各国需要制定怎样的电子证据规则？", "电子证据规则"),
    ("会议采取了什么形式？", ""),                       # not a kind asked
    ("这些结论具有何种法律拘束力", "法律拘束力"),          # typed without its question mark
    ("在何种条件下可以跨境获取数据？", ""),              # the kind does not end the question
])
def test_the_kind_of_thing_a_chinese_question_asks_for(question, kind):
    assert asked_kind_zh(question) == kind


@pytest.mark.parametrize("question, noun", [
    ("特设委员会组织会议的临时议程都包括哪些项目？", "临时议程"),
    ("毒品和犯罪问题办公室的能力建设应包括哪些内容？", "能力建设"),
    ("临时议程包括哪些项目？", ""),  # no 的: not read
    ("专家组讨论了哪些问题？", ""),
])
def test_the_noun_whose_contents_a_chinese_question_asks(question, noun):
    assert contents_asked_of_zh(question) == noun


@pytest.mark.parametrize("question, term", [
    ("What does the term botnet mean in the 2011 report?", "botnet"),
    ("How does the 2011 report define phishing?", "phishing"),
    ("What is the definition of cybercrime?", "cybercrime"),
    ('What does "phishing" mean?', "phishing"),
    # Pointing back, or no meaning asked.
    ("How does the 2011 report define it?", None),
    ("Which word did the Chair use?", None),
    ("How is the term defined?", None),
])
def test_the_term_whose_meaning_is_asked(question, term):
    assert meaning_asked_of(question) == term


@pytest.mark.parametrize("question, recommended", [
    ("专家组有没有建议强制服务商为加密通信预留后门？", "强制服务商为加密通信预留后门"),
    ("报告是否曾建议设立赔偿基金，以帮助受害人？", "设立赔偿基金"),
    ("专家组建议了什么？", ""),
    ("专家组是否建议过服务提供商保存数据", "服务提供商保存数据"),  # typed without a mark
    ("是否讨论了人工智能？", ""),
    # ... or required: 要求 is what a recommendation asks of the States.
    ("建议中是否要求执法机关先取得法官签发的令状？", "执法机关先取得法官签发的令状"),
])
def test_what_a_chinese_question_asks_whether_a_body_recommended(question, recommended):
    assert recommended_asked_zh(question) == recommended


@pytest.mark.parametrize("question, recommended", [
    ("Did the Expert Group recommend banning anonymous prepaid SIM cards for tourists?",
     ["banning", "anonymous", "prepaid", "sim", "cards"]),
    ("Has any delegation suggested that States adopt data retention rules?",
     ["adopt", "data", "retention", "rules"]),
    ("Did Member States call for legal frameworks that let evidence be admitted?",
     ["legal", "frameworks"]),
    # Up to "be": "that electronic evidence be shared" recommends of the evidence.
    ("Did they recommend that electronic evidence be shared abroad?", ["electronic", "evidence"]),
    # (review) Not an adverb after the noun.
    ("Did the group recommend that States share information quickly?",
     ["share", "information"]),
    # A verb alone says how, not what; a wh-question asks the topic (asked_topic), not whether.
    ("Did member states propose looking into whether trends can be assessed?", []),
    ("What did Member States suggest about cooperation with service providers?", []),
    ("Which measures did the Expert Group recommend?", []),
])
def test_what_an_english_question_asks_whether_a_body_recommended(question, recommended):
    assert recommended_asked_en(question) == recommended


@pytest.mark.parametrize("question, errand", [
    ("需要如何办理注册和出入证件？", "证件"),
    ("提前多久办理申根签证？", "签证"),  # jieba tags 签证 a verb
    ("去哪里能办出入证？", "出入证"),
    # The 办 of 办公室 and 办法 is no errand.
    ("毒品和犯罪问题办公室的能力建设包括什么？", ""),
    ("该办法如何执行？", ""),
    # (review) 办理 not asked how: "在办理电子证据调取时" asks a principle.
    ("专家组认为各国在办理电子证据调取时应遵循什么原则？", ""),
])
def test_the_errand_a_chinese_question_asks_how_to_get_done(question, errand):
    assert errand_asked_zh(question) == errand


@pytest.mark.parametrize("question, errand", [
    ("How do I apply for a Schengen visa to attend a meeting in Vienna?", ["schengen", "visa"]),
    ("How can we book a hotel room near the Vienna International Centre?", ["hotel", "room"]),
    ("How do I get a badge?", ["badge"]),
    ("How do we get accreditation for the meeting?", ["accreditation"]),  # (review) whole
    # How a body does something is no errand of the asker's.
    ("How do Member States obtain electronic evidence from service providers?", []),
    ("How did the Expert Group adopt its report?", []),
])
def test_the_errand_an_english_question_asks_how_to_get_done(question, errand):
    assert errand_asked_en(question) == errand


def test_a_quality_noun_asks_how_a_thing_is_described_only_as_the_phrases_noun():
    assert asked_kind("Which properties of computer data do the core offences protect?") == []
    # (review) As a modifier it names a thing the corpus must speak of.
    assert asked_kind("What intellectual property offences are listed?") == [
        "property", "offences"]
    assert asked_kind("What quality assurance standards must laboratories meet?") == [
        "quality", "assurance", "standards"]
