"""Questions asking an age, and texts giving one."""

import pytest

from egassist.ages import asks_age, states_age


@pytest.mark.parametrize("question, asks", [
    ("What age threshold do the documents use to define a child?", True),
    ("How old must a victim be to count as a child?", True),
    ("儿童的年龄界限是多少？", True),
    ("未成年人是指几岁以下？", True),
    ("Which age of criminal responsibility did speakers propose?", True),
    # The age of a thing, a decade or the age of the Internet are not a person's age.
    ("What is the age of the report?", False),
    ("晶体管计算机是在哪个年代出现的？", False),
    ("In the age of the Internet, what changed?", False),
    ("How old is the Budapest Convention?", False),   # a treaty's age is its date
])
def test_questions_asking_an_age(question, asks):
    assert asks_age(question) == asks


@pytest.mark.parametrize("text, gives", [
    ("18 岁以下的儿童", True),
    ("年满十四周岁", True),
    ("persons under the age of 18", True),
    ("a child is anyone 18 years of age or younger", True),
    ("a 17-year-old victim", True),
    ("persons under 18", True),
    # Children and minors named without an age, and a year, give none.
    ("对儿童的性虐待和剥削，以及鼓动未成年人自杀；", False),
    ("sexual abuse and exploitation of children", False),
    ("2018 年 4 月 3 日", False),
    ("data kept for under 18 months", False),
])
def test_a_text_gives_an_age_as_years_of_age(text, gives):
    assert states_age(text) == gives
