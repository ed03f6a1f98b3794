import pytest

from egassist.acts import (ACTS, HOLDING, act_named, acts_on, dated_object_en, dated_subject_head,
                           first_act, names_act, names_head, sitting_subject_head,
                           titled_subject)


@pytest.mark.parametrize("word, form", [
    ("通过", "通过"), ("adopted", "通过"), ("Adoption", "通过"), ("选为", "当选"),
    ("elected", "当选"), ("approval", "核准"), ("decision", "决定"),
])
def test_a_word_is_a_form_of_its_act(word, form):
    assert form in act_named(word)


@pytest.mark.parametrize("word", ["electronic", "significant", "open-ended", "印发", "held"])
def test_words_that_are_no_act(word):
    assert act_named(word) == ()          # holding is asked only whether it happened


def test_the_first_act_named():
    assert "核准" in first_act("按计划核准了公约，并通过了决议")
    assert "举行" in first_act("eventually held and adopted", ACTS + (HOLDING,))
    assert first_act("significant electronic evidence in an open-ended group") == ()


def test_an_act_is_named_whole_in_either_language():
    elected = act_named("当选")
    assert names_act("2016 年 12 月 1 日选举 Mashabane 为主席", elected)
    assert names_act("The Chair was Elected on 1 December 2016", elected)
    assert names_act("the election of officers", elected)
    assert not names_act("The experts were selected on 1 December 2016", elected)
    assert not names_act("electronic evidence", elected)
    # Forming a group establishes it; being composed of members does not.
    established = act_named("设立")
    assert names_act("委员会可考虑请所有区域组任命各自的代表，组成一个小组", established)
    assert not names_act("扩大主席团由各区域组主席组成", established)


@pytest.mark.parametrize("question, work", [
    ("《多哈宣言》是哪一年通过的？", "多哈宣言"),
    ("请问《网络犯罪公约》是第几届会议哪一年通过的？", "网络犯罪公约"),
    ("通过《多哈宣言》的大会在哪一年举行？", None),     # the work is the act's object here
    ("《多哈宣言》邀请委员会做什么？", None),            # no date asked
])
def test_the_titled_work_whose_date_is_asked(question, work):
    assert titled_subject(question) == work


@pytest.mark.parametrize("text, acted_on", [
    ("大会于 2015 年通过了《多哈宣言》", True),
    ("第十三届大会通过的《关于……的多哈宣言》", True),            # a longer title holding it
    ("《网络犯罪公约》于 2001 年 11 月 23 日在布达佩斯通过", True),
    # The act is the resolution's; the declaration is what it asks work to follow.
    ("委员会在 2017 年 5 月第二十六届会议上通过的第 26/4 号决议请专家组……按照《萨尔瓦多宣言》"
     "和《多哈宣言》继续开展工作", False),
    ("《多哈宣言》和第 70/174 号决议于 2015 年通过", False),       # the resolution between
    ("大会通过的关于《多哈宣言》后续行动的第 70/174 号决议", False),  # it qualifies the act's object
    ("根据《多哈宣言》，委员会于 2016 年 5 月通过了第 25/3 号决议", False),
    ("《多哈宣言》的执行情况报告于 2017 年通过", False),
])
def test_whether_an_act_is_the_titled_works(text, acted_on):
    assert acts_on(text, act_named("通过"), "多哈宣言" if "多哈" in text else "网络犯罪公约") \
        is acted_on


@pytest.mark.parametrize("question, head", [
    ("专家组第二次会议的报告是在会议的哪一天通过的？", "报告"),
    ("第三次会议的临时议程是哪天商定的？", "议程"),
    ("研究方法是哪一年通过的？", "方法"),  # jieba keeps 研究方法 whole
    # The doer, not what was done: the act has its object after it.
    ("专家组是何时通过工作计划的？", None),
    ("第三次会议几点开幕？", None),
])
def test_what_a_date_question_asks_the_act_of(question, head):
    assert dated_subject_head(question) == head


@pytest.mark.parametrize("question, head", [
    ("UNODC/CCPCJ/EG.4/2020/L.1 报告在哪一场会议上通过", "报告"),
    ("2020 年第六次会议的报告是在第几场会议上通过的？", "报告"),
    ("“刑事定罪”这个议程项目是在哪几场会议上审议的？", "项目"),
    ("在哪一场会议上通过了报告？", None),   # nothing named before it
    ("专家组在第几场会议上通过了报告？", None),   # the doer before 在, what was done after
])
def test_what_a_sitting_question_asks_the_sitting_of(question, head):
    assert sitting_subject_head(question) == head


@pytest.mark.parametrize("text, head, named", [
    ("专家组在 2018 年 4 月 5 日第 6 场会议上通过了报告", "报告", True),
    ("扩大主席团商定了会议的临时议程", "议程", True),
    # 报告员 is a person, not a report.
    ("4月11日\t通过报告员编写的专家组第一和第二次会议审议情况概要", "报告", False),
])
def test_a_text_names_a_thing_of_the_kind(text, head, named):
    assert names_head(text, head) is named


@pytest.mark.parametrize("question, head", [
    ("On which date did the Expert Group adopt its 2018 report?", "report"),
    ("Could you please provide the date on which the Expert Group adopted its 2018 report?",
     "report"),
    ("When did the expert group adopt the workplan for 2018-2021?", "workplan"),
    ("On what date did the General Assembly adopt resolution 74/247?", None),  # no article
    ("On which date was the report adopted?", None),                          # no object after
])
def test_what_an_english_question_asks_the_date_of_an_act_done_to(question, head):
    assert dated_object_en(question) == head
