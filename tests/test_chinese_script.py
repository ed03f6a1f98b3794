"""Questions in traditional Chinese are read in the documents' simplified characters and words."""

import pytest

from egassist.chinese_script import to_simplified


@pytest.mark.parametrize("typed, simplified", [
    ("專家組第二次會議於何時舉行？", "专家组第二次会议于何时举行？"),
    ("特設委員會的第一屆會議何時舉行？", "特设委员会的第一届会议何时举行？"),
    # Taiwan's words, not only its characters: 網路 is the mainland's 网络, 計畫 its 计划.
    ("網路犯罪問題專家組的工作計畫", "网络犯罪问题专家组的工作计划"),
    # Symbols, places and English stay as typed.
    ("E/CN.15/2018/12 第 9 段說了什麼？", "E/CN.15/2018/12 第 9 段说了什么？"),
])
def test_traditional_chinese_is_read_as_simplified(typed, simplified):
    assert to_simplified(typed) == simplified


@pytest.mark.parametrize("text", [
    "专家组第二次会议于何时举行？",
    "网路",                              # a simplified word is not rewritten as Taiwan's
    "What did the Expert Group recommend?",
    "",
])
def test_simplified_chinese_and_english_are_unchanged(text):
    assert to_simplified(text) == text
