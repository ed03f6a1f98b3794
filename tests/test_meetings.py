"""The body a question asks about, and whether a text or its document names it."""

import pytest

from egassist.meetings import (asks_sitting, body_named, meeting_ordinals, names_body,
                               names_meeting, names_sitting, numbers_sitting, ordinal_before_noun,
                               other_body, spell_chinese_ordinals, spell_ordinals)


@pytest.mark.parametrize("question, body", [
    ("特设委员会的组织会议开几天？", "特设委员会"),
    ("How many plenary meetings did the Ad Hoc Committee plan?", "特设委员会"),
    ("专家组第四次会议有多少个会员国出席？", "专家组"),
    ("Who chaired the fourth meeting of the Expert Group?", "专家组"),
    ("专家组的建议会提交特设委员会吗？", None),        # both: which one is asked about?
    ("预防犯罪和刑事司法委员会第二十届会议何时举行？", None),
    # A delegate's abbreviations; "EG" in a symbol names no body.
    ("who chaired the fourth EG meeting?", "专家组"),
    ("agenda of the first AHC session?", "特设委员会"),
    ("What does UNODC/CCPCJ/EG.4/2017/1 say about item 2?", None),
    ("Which States, eg China, spoke?", None),         # "eg": e.g.
])
def test_the_body_a_question_names(question, body):
    assert body_named(question) == body


def test_numeric_ordinals_are_spelt_as_the_documents_write_them():
    assert spell_ordinals("doc symbol for 2nd EG meeting report?") == \
        "doc symbol for second EG meeting report?"
    assert spell_ordinals("the 22nd session") == "the twenty-second session"
    # Dates stay in figures, for the date rules.
    assert spell_ordinals("the 2nd meeting in April") == "the second meeting in April"
    for date in ("on April 4th", "the 4th of April 2018", "4th April", "April 4th and 5th",
                 "4th and 5th April", "4th-6th April", "Apr 4th", "Sept. 3rd"):
        assert spell_ordinals(date) == date


def test_an_abbreviated_body_between_ordinal_and_meeting():
    assert meeting_ordinals("who chaired the fourth EG meeting?") == ["第四次"]
    assert meeting_ordinals("agenda of the first AHC session?") == ["第一届"]


def test_a_body_is_named_by_the_text_or_by_its_document():
    assert names_body("专家组", "98 个会员国出席了会议", {"专家组", "会议"})
    assert names_body("特设委员会", "The Ad Hoc Committee shall convene", set())
    assert not names_body("特设委员会", "可用的资源将允许在四天内举行八次全体会议", {"专家组"})


def test_an_english_documents_context_names_a_body_word_by_word():
    assert names_body("专家组", "98 Member States were represented", {"expert", "group", "2018"})
    assert other_body("专家组") == "特设委员会" and other_body("特设委员会") == "专家组"


@pytest.mark.parametrize("text, sittings", [
    ("在 2018 年 4 月 3 日举行的第 1 场会议上", [1]),
    ("在第 2、3、4 场会议上", [2, 3, 4]),
    ("在第 4 和第 5 场会议上", [4, 5]),
    ("At its 2nd, 3rd and 4th meetings, on 3 and 4 April 2018", [2, 3, 4]),
    ("特设委员会第一届会议", []),              # a session, which names_meeting reads
])
def test_the_sittings_a_text_numbers(text, sittings):
    forms = {n: "第" + "一二三四五六"[n - 1] + "届" for n in range(1, 7)}
    assert [n for n, form in forms.items() if names_sitting(form, text)] == sittings


@pytest.mark.parametrize("typed, plain", [
    ("the fourth EG meeting report?", "the fourth meeting of the EG report?"),
    ("first AHC session dates", "first session of the AHC dates"),
    ("the 6th EG's meetings", "the 6th meetings of the EG"),
    ("Fourth EG Meeting date?", "Fourth Meeting of the EG date?"),
])
def test_an_abbreviated_body_between_ordinal_and_meeting_moves_after_it(typed, plain):
    assert ordinal_before_noun(typed) == plain
    assert meeting_ordinals(ordinal_before_noun(typed)) == meeting_ordinals(typed)


@pytest.mark.parametrize("typed", [
    "the third expert group meeting",   # spelt out: moving it cost h21-15 two ranks
    "the fourth meeting of the EG",
    "the fourth eg meeting",            # e.g., not the Expert Group
])
def test_other_meetings_stay_as_typed(typed):
    assert ordinal_before_noun(typed) == typed


@pytest.mark.parametrize("question, asks", [
    ("专家组第一次会议的报告是在第几场会议上通过的？", True),
    ("第四次会议在哪一场会议上通过了报告？", True),
    ("“电子证据”议程项目是在哪几场会议上审议的？", True),
    ("专家组第四次会议是在哪一年举行的？", False),
    ("第三次会议的议程是在哪次会议上通过的？", False),   # which meeting, not which sitting
    ("研究报告草稿是在哪场会议上审议的？", False),         # 哪场会议, everyday "which meeting"
    ("UNODC/CCPCJ/EG.4/2020/L.1 报告在哪一场会议上通过", True),  # one meeting's report
    ("UNODC/CCPCJ/EG.4/2017/2 在哪场会议上审议？", False),      # any meeting, not a report's
])
def test_questions_asking_at_which_sitting(question, asks):
    assert asks_sitting(question) is asks


@pytest.mark.parametrize("text, numbers", [
    ("专家组在 2018 年 4 月 5 日第 6 场会议上通过了报告", True),
    ("在 2018 年 4 月 3 日和 4 日的第 2、3、4 场会议上", True),
    ("在 2020 年 7 月 27 日【和 28 日】第一场和[第二场……]会议上", True),
    ("at its 2nd, 3rd and 4th meetings", True),
    ("在此次会议上，专家组审查并通过了一组专题和研究方法", False),
    ("专家组第一次会议于 2011 年 1 月 17 日至 21 日在维也纳举行", False),
])
def test_texts_numbering_a_sitting(text, numbers):
    assert numbers_sitting(text) is numbers


def test_a_session_is_named_by_its_resolutions():
    # Resolution 74/247 is the General Assembly's seventy-fourth session's.
    assert names_meeting("第七十四届", "大会在第 74/247 号决议中决定设立特设委员会", set())
    assert not names_meeting("第七十五届", "大会在第 74/247 号决议中决定设立特设委员会", set())
    # Below ten a fraction or a date would read as one.
    assert not names_meeting("第二届", "约 1/2 的国家", set())


def test_an_english_text_names_a_congress_by_its_ordinal():
    # 第十二届……大会 is the "Twelfth United Nations Congress on Crime Prevention".
    text = "During the Twelfth United Nations Congress on Crime Prevention and Criminal Justice"
    assert names_meeting("第十二届", text, set())
    assert not names_meeting("第十一届", text, set())
    assert not names_meeting("第十二届", "the twelfth item of the list", set())


def test_a_session_or_meeting_numbered_in_figures_reads_as_the_documents_number_it():
    assert spell_chinese_ordinals("委员会第27届会议") == "委员会第二十七届会议"
    assert spell_chinese_ordinals("专家组第 4 次会议") == "专家组第四次会议"
    # A sitting keeps its figure, as the reports write it; so does a paragraph.
    assert spell_chinese_ordinals("第 6 场会议，第 18 段") == "第 6 场会议，第 18 段"
