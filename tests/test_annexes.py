"""Questions about a document's annexes together, and passages naming several annexes."""

import pytest

from egassist.annexes import asks_several_annexes, names_several_annexes


@pytest.mark.parametrize("question, several", [
    ("E/CN.15/2011/19 的附件一和附件二各是什么？", True),
    ("2011年报告的两个附件分别讲什么？", True),
    ("What are annex I and annex II of the 2011 report?", True),
    ("The report has two annexes - which one lists the topics?", True),
    ("What are annexes I and II of E/CN.15/2011/19?", True),
    ("E/CN.15/2011/19附件一、二分别是什么？", True),
    ("附件一第 37 段说了什么？", False),          # one annex, a place in it
    ("What does annex II say about the questionnaire?", False),
])
def test_questions_about_several_annexes(question, several):
    assert asks_several_annexes(question) is several


@pytest.mark.parametrize("text, several", [
    ("……（附件一）和“研究方法”（附件二）的结果文件", True),
    ("in annex I and annex II", True),
    ("专家组第一次会议的报告（E/CN.15/2011/19，附件一）", False),
    ("附件一中的附件一", False),  # the same annex twice
])
def test_texts_naming_several_annexes(text, several):
    assert names_several_annexes(text) is several
