"""The browsing commands through their real entry point: exit codes, stdout vs stderr, JSON."""

import json

import pytest
from click.testing import CliRunner

from egassist.cli import main


@pytest.fixture
def run():
    def invoke(*args):
        return CliRunner().invoke(main, list(args), catch_exceptions=False)
    return invoke


def test_show_json_gives_one_object_per_block_with_both_citations(run):
    result = run("show", "E/CN.15/2011/19", "annex I para 37", "--json")
    assert result.exit_code == 0
    rows = json.loads(result.stdout)
    assert [r["locator"] for r in rows] == ["annex I para 37"] + [
        f"annex I para 37({c})" for c in "abcd"]
    first = rows[0]
    assert set(first) >= {"symbol", "file", "language", "locator", "citation_en", "citation_zh",
                          "heading", "text"}
    assert first["citation_en"] == "E/CN.15/2011/19, annex I, para. 37"
    assert first["citation_zh"] == "E/CN.15/2011/19，附件一，第 37 段"
    assert first["symbol"] == "E/CN.15/2011/19" and first["file"] == "ecn15-2011-19.zh.txt"


@pytest.mark.parametrize("typed", ["第 10 段(f)(二)", "para. 10 (f) (ii)", "para 10(f)(ii)"])
def test_show_reads_english_chinese_and_canonical_locators(run, typed):
    result = run("show", "E/CN.15/2018/12", typed, "--json")
    [row] = json.loads(result.stdout)
    assert row["locator"] == "para 10(f)(ii)" and row["text"] == "披露个人信息和“色情报复”；"


def test_show_an_annex_includes_all_of_it(run):
    rows = json.loads(run("show", "E/CN.15/2011/19", "annex II", "--json").stdout)
    assert [r["locator"] for r in rows] == [f"annex II para {n}" for n in range(1, 7)] + ["annex II"]


def test_show_by_file_name_for_a_document_without_symbol(run):
    result = run("show", "ahc-outline-modalities.zh.txt", "para", "9")
    assert result.exit_code == 0
    assert result.stdout.startswith("《关于拟订一项打击为犯罪目的使用信息和通信技术行为的全面国际公约")
    assert "（文号不详），第 9 段" in result.stdout.split("\n")[0]


def test_unknown_symbol_is_an_error_with_suggestions(run):
    result = run("show", "E/CN.15/2018/13", "para 9")
    assert result.exit_code == 1
    assert result.stdout == ""
    assert "Error: no document 'E/CN.15/2018/13'" in result.stderr
    assert "Did you mean: E/CN.15/2018/12" in result.stderr


def test_unknown_locator_is_an_error_with_nearest_places(run):
    result = run("show", "E/CN.15/2018/12", "para 99")
    assert result.exit_code == 1 and result.stdout == ""
    assert "has no para. 99" in result.stderr and "para 9" in result.stderr


def test_outline_and_docs(run):
    outline = run("outline", "UNODC/CCPCJ/EG.4/2017/1")
    assert outline.exit_code == 0
    assert "item 1(b)" in outline.stdout and "agenda" in outline.stdout
    docs = run("docs")
    assert docs.exit_code == 0
    assert "E/CN.15/2011/19\tzh\t2011-03\tecn15-2011-19.zh.txt\t193 citable blocks" in docs.stdout
    assert "(symbol unknown)" in docs.stdout


def test_docs_reports_loading_problems_and_still_lists_the_rest(run, corpus_copy):
    (corpus_copy / "empty.txt").write_bytes(b"")
    result = run("docs", "--corpus", str(corpus_copy))
    assert result.exit_code == 0
    assert "empty.txt: the file is empty" in result.stdout
    assert result.stdout.count("citable blocks") == 5


def test_docs_of_a_missing_corpus_folder_is_an_error(run, tmp_path):
    result = run("docs", "--corpus", str(tmp_path / "nowhere"))
    assert result.exit_code == 1 and result.stdout == ""
    assert result.stderr == f"Error: {tmp_path / 'nowhere'}: the corpus folder does not exist\n"


def test_docs_with_wrongly_typed_manifest_fields_warns_and_lists(run, tmp_path):
    (tmp_path / "a.en.txt").write_text("1. First paragraph.\n", encoding="utf-8")
    (tmp_path / "manifest.toml").write_text(
        '[[document]]\nfile = "a.en.txt"\nsymbol = ["X/1"]\nbody = 2\n', encoding="utf-8")
    result = run("docs", "--corpus", str(tmp_path))  # was a TypeError traceback
    assert result.exit_code == 0
    assert "Warning: manifest.toml:1: in the entry for a.en.txt, `symbol` must be a string" in (
        result.stderr)
    assert "`body` must be a string" in result.stderr
    assert result.stdout.startswith("(symbol unknown)\ten\t-\ta.en.txt\t1 citable block\n")


def test_document_text_cannot_control_the_terminal(run, tmp_path):
    corpus = tmp_path / "c"
    corpus.mkdir()
    (corpus / "evil.txt").write_text(
        "1. 文本 \x1b[2J\x1b]0;pwned\x07 [bold]粗体[/bold] \x9b31m 结束。\n", encoding="utf-8")
    result = run("show", "evil.txt", "para 1", "--corpus", str(corpus))
    assert result.exit_code == 0
    assert "\x1b" not in result.stdout and "\x9b" not in result.stdout and "\x07" not in result.stdout
    assert "[bold]粗体[/bold]" in result.stdout  # markup shows literally


def test_bare_command_without_a_terminal_says_so(run):
    result = run()
    assert result.exit_code == 1 and "needs a terminal" in result.stderr
