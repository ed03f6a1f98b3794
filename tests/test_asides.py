"""The asker's own background, in the first person, is not what a question asks (asides.py)."""

import pytest

from egassist.asides import without_asides


@pytest.mark.parametrize("typed, asked", [
    ("我在一个发展中国家做网络安全报道，常有人对我说网络犯罪主要是富裕国家的麻烦。2011年那份报告"
     "是否提到发展中国家的网民人数？", "2011年那份报告是否提到发展中国家的网民人数？"),
    ("在2020年7月那次会议的报告草稿里，出席的会员国有多少个？我注意到草稿里有些数字带着方括号。",
     "在2020年7月那次会议的报告草稿里，出席的会员国有多少个？"),
    ("Our power grid was hit by an attack last year. Is there anything about critical "
     "infrastructure in the 2018 list?",
     "Is there anything about critical infrastructure in the 2018 list?"),
    ("Internet companies in my country say they only help police voluntarily. Did the paper "
     "mention a legal obligation?", "Did the paper mention a legal obligation?"),
    # The asker's wish with its subject left unsaid; a question pointing back to its own quoted
    # term, before the aside, needs nothing of it.
    ("“恶意软件”这个词在报告里指什么？打算写进简报。", "“恶意软件”这个词在报告里指什么？"),
    ("专家组第四次会议在哪里举行？想核对一下日程。", "专家组第四次会议在哪里举行？"),
    # After every sentence that asks, the asker's purpose goes, the year it names too: nothing
    # follows to call it "it".
    ("第四次会议有多少个会员国出席？我想拿来和 2020 年那次做对比。", "第四次会议有多少个会员国出席？"),
    ("How many States attended in 2018? I want to compare it with the 2020 figure.",
     "How many States attended in 2018?"),
])
def test_a_first_person_sentence_that_asks_nothing_is_dropped(typed, asked):
    assert without_asides(typed) == asked


@pytest.mark.parametrize("typed", [
    # What the question goes on to call "it": a meeting, a body, a place, a quoted term, a symbol.
    "I missed the fifth meeting of the expert group. When and where was it held?",
    "I want to trace the General Assembly's earlier work. Which resolutions does it cite?",
    "My question is on paragraph 9 (c). What does it say?",
    "As a reporter I keep hearing about 'quick freeze' orders. Which topic covers them?",
    "I could not find E/CN.15/2018/1 online. What is it?",
    # Not in the first person; a question in the first person; nothing asked after it.
    "The US delegation spoke twice. What did it say?",
    "我想知道第二次会议在哪里举行？",
    "We are writing a brief on the study.",
    # (review of 9e81e61) What the asker wants to know is the topic; a question pointing back
    # needs what it points to; 自我 is no first person.
    "I am interested in quantum computing threats to encryption. What did the group recommend?",
    "我想了解气候变化的影响。报告对此怎么说？",
    "各国应当加强自我评估。这一建议出现在哪份报告中？",
    "The report notes that we lack reliable data. Which paragraph says this?",
    # An aside before a question pointing back may be what it means; 想法 is a noun.
    "想写一份关于勒索软件的简报。这方面报告怎么说？",
    "想法各异。专家组怎么看？",
    # ... but not a clarification, nor a purpose before the question.
    "When was it adopted? I mean the 2018 report.",
    # (review) A clarification of which is meant; 准备 as a modifier.
    "专家组会议有多少个会员国派代表出席？我想要的是2020年那次的数字。",
    "How many States attended? I need to know the 2020 figure, not 2018.",
    "准备会议在维也纳举行。那次会议讨论了什么？",
    "I want to compare the 2018 and 2020 meetings. How many States attended each?",
])
def test_what_the_question_needs_stays(typed):
    assert without_asides(typed) == typed


@pytest.mark.parametrize("typed, asked", [
    # An official letter's request formulas and courtesies, and the asker's purpose just before
    # the request or in the office's first person (我方, 本处), ask nothing of the documents.
    ("为准备内部简报，烦请贵方拨冗说明：专家组第四次会议在哪里举行？", "专家组第四次会议在哪里举行？"),
    ("承蒙关照，现有一事相询：2018年的报告建议了哪些能力建设领域？",
     "2018年的报告建议了哪些能力建设领域？"),
    ("特设委员会的主席团由哪些职位组成？烦请核实，以便本处归档，不胜感激。",
     "特设委员会的主席团由哪些职位组成？"),
    ("鉴于跨境取证争议较大，且我方需就此拟定立场，谨请告知：专家组对跨境取证有何建议？",
     "鉴于跨境取证争议较大，专家组对跨境取证有何建议？"),
    # What points back may mean the asker's clause before, which then stays.
    ("我方拟援引专家组关于数据保留的建议，谨请告知该建议是在哪次会议上提出的？",
     "我方拟援引专家组关于数据保留的建议，该建议是在哪次会议上提出的？"),
    ("日本司法部门的代表发言了吗？烦请告知。", "日本司法部门的代表发言了吗？"),
    # A clause naming a meeting stays: the question goes on to call it 该次会议.
    ("为厘清第四次会议的筹备过程，谨请示明：该次会议的日期由谁决定？",
     "为厘清第四次会议的筹备过程，该次会议的日期由谁决定？"),
    # 本部分 is "this part", no office.
    ("本部分讨论了什么？烦请说明。", "本部分讨论了什么？"),
    # ... nor a purpose of the documents' own: only the asker's paperwork is the asker's.
    ("为了打击网络犯罪，烦请告知专家组建议了什么？", "为了打击网络犯罪，专家组建议了什么？"),
])
def test_an_official_letters_formulas_and_the_askers_own_clauses_are_dropped(typed, asked):
    assert without_asides(typed) == asked


@pytest.mark.parametrize("typed", [
    # A purpose clause with no request after it is the question's own topic.
    "为了打击网络犯罪，专家组建议了什么？",
    # (review) The documents' own 请 and 请求, 荷兰's 荷, and no letter at all.
    "委员会在该决议中还请专家组做什么？",
    "被请求国能否请求补充资料？",
    "报告员是荷兰代表吗？",
    # Nothing asking would be left.
    "烦请贵方拨冗说明。",
])
def test_what_a_letter_asks_stays(typed):
    assert without_asides(typed) == typed
