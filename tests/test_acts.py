import pytest

from egassist.acts import ACTS, HOLDING, act_named, acts_on, first_act, names_act, titled_subject


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
