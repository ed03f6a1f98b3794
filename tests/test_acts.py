import pytest

from egassist.acts import ACTS, HOLDING, act_named, first_act, names_act


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
