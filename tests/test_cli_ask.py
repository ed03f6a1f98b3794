"""ask / export / index through the real entry point, on an index built with the fake embedder."""

import json
import os

import pytest
from click.testing import CliRunner

from egassist.catalog import Catalog
from egassist.cli import main
from egassist.index import build_index, load_index
from conftest import CORPUS
from fakes import HashingEmbedder


@pytest.fixture
def index(tmp_path):
    path = tmp_path / "index"
    build_index(Catalog.load(CORPUS), HashingEmbedder(), path)
    return path


def run(*args, input=None):
    return CliRunner().invoke(main, list(args), input=input, catch_exceptions=False)


def test_ask_prints_quotes_citations_and_passages(index):
    result = run("ask", "E/CN.15/2018/12 第 32 段", "--lexical-only", "--index", str(index))
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert lines[0].startswith("“专家组副主席 André Rypl（巴西）")
    assert lines[1].strip() == "— E/CN.15/2018/12，第 32 段"
    assert "[1] E/CN.15/2018/12，第 32 段" in result.stdout


def test_ask_export_appends_and_history_feeds_export(index, tmp_path):
    notes = tmp_path / "notes.md"
    notes.write_text("# Brief\n", "utf-8")
    result = run("ask", "A/C.3/72/12", "--lexical-only", "--index", str(index),
                 "--export", str(notes))
    assert result.exit_code == 0 and "Appended to" in result.stderr
    text = notes.read_text("utf-8")
    assert text.startswith("# Brief\n\n## A/C.3/72/12") and "— E/CN.15/2018/12, para. 16" in text
    # The same answer is in the history; `export --last 1` appends it again from there.
    result = run("export", "--last", "1", str(notes))
    assert result.exit_code == 0
    again = notes.read_text("utf-8")
    assert again.startswith(text) and again.count("## A/C.3/72/12") == 2


def test_export_with_empty_history_is_a_clear_error(tmp_path):
    result = run("export", str(tmp_path / "n.md"))
    assert result.exit_code == 1 and "history is empty" in result.stderr


@pytest.mark.parametrize("last", ["0", "-2"])
def test_export_last_below_one_is_a_usage_error(tmp_path, last):
    notes = tmp_path / "n.md"
    result = run("export", "--last", last, str(notes))
    assert result.exit_code == 2 and "'--last': must be at least 1" in result.stderr
    assert "history is empty" not in result.stderr and not notes.exists()


def test_export_refuses_a_notes_file_it_cannot_append_to_without_a_traceback(index, tmp_path):
    utf16 = tmp_path / "utf16.md"
    utf16.write_text("# Notes\n", "utf-16")
    before = utf16.read_bytes()
    fifo = tmp_path / "fifo.md"
    os.mkfifo(fifo)
    result = CliRunner().invoke(main, ["ask", "A/C.3/72/12", "--lexical-only", "--index",
                                       str(index), "--export", str(utf16)])
    assert result.exit_code == 1 and "Traceback" not in result.output
    assert f"Error: {utf16}: not UTF-8 text; not appending" in result.stderr
    assert utf16.read_bytes() == before
    result = CliRunner().invoke(main, ["export", str(fifo)])  # the answer above is in the history
    assert result.exit_code == 1 and "Traceback" not in result.output
    assert f"Error: {fifo}: the notes file is a named pipe, not a regular file" in result.stderr


def test_ask_negative_says_not_found(index):
    result = run("ask", "Who won the football World Cup in 2014?", "--lexical-only",
                 "--index", str(index), "--json")
    row = json.loads(result.stdout)
    assert row["answered"] is False and row["answer"] == "Not found in the corpus."


@pytest.mark.parametrize("question", ["   ", "\x1b[31m\x1b[0m", "\x07\x1b]0;title\x07"])
def test_an_empty_question_is_a_usage_error_not_a_search(index, question):
    result = run("ask", question, "--lexical-only", "--index", str(index))
    assert result.exit_code == 2 and "the question is empty" in result.stderr
    assert result.stdout == ""


def test_ask_stdin_answers_every_line_blank_ones_as_empty_questions(index, tmp_path):
    lines = ["E/CN.15/2018/12 第 32 段", "", "   ", "\x1b[0m", "A/C.3/72/12"]
    notes = tmp_path / "notes.md"
    result = run("ask", "--json", "-", "--lexical-only", "--index", str(index),
                 "--export", str(notes), input="\n".join(lines) + "\n")
    assert result.exit_code == 0
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(rows) == len(lines)  # the Nth answer is the Nth line's
    assert rows[0]["answered"] and rows[4]["question"] == "A/C.3/72/12"
    empty = {"question": "", "answered": False, "answer": "Not found in the corpus.",
             "reason": "empty question", "reason_en": "empty question", "reason_zh": "问题为空",
             "passages": []}
    assert rows[1] == rows[2] == rows[3] == empty
    assert set(rows[0]) == set(empty)  # the same keys as any other answer
    headings = [line for line in notes.read_text("utf-8").splitlines() if line.startswith("## ")]
    assert len(headings) == 2  # blank lines are not exported


def test_ask_without_an_index_explains_what_to_do(tmp_path):
    result = run("ask", "专家组", "--lexical-only", "--index", str(tmp_path / "none"))
    assert result.exit_code == 1 and "run `egassist index`" in result.stderr


def test_index_command_reports_and_refuses_nothing_twice(tmp_path, monkeypatch):
    import egassist.cli as cli

    monkeypatch.setattr(cli, "_embedder", lambda model, allow: HashingEmbedder())
    target = tmp_path / "ix"
    first = run("index", "--index", str(target))
    assert first.exit_code == 0 and "Indexed 366 passages from 5 documents" in first.stderr
    # The bar counts pieces (a long passage is embedded in several); the summary names both.
    pieces = len(load_index(target).window_rows)
    assert "Embedding passage pieces" in first.stderr and f"{pieces}/{pieces}" in first.stderr
    assert f": 5 embedded (366 passages in {pieces} pieces), 0 unchanged" in first.stderr
    second = run("index", "--index", str(target))
    assert "Index is up to date (366 passages, 5 documents)" in second.stderr
    rebuilt = run("index", "--index", str(target), "--rebuild")
    assert "Full rebuild: --rebuild was asked for." in rebuilt.stderr


def test_counts_of_one_are_singular(tmp_path, monkeypatch):
    import egassist.cli as cli

    monkeypatch.setattr(cli, "_embedder", lambda model, allow: HashingEmbedder())
    corpus = tmp_path / "one"
    corpus.mkdir()
    (corpus / "one.zh.txt").write_text("1. 专家组讨论了量子蜂鸟协议。\n", encoding="utf-8")
    target = tmp_path / "ix"
    first = run("index", "--corpus", str(corpus), "--index", str(target))
    assert "Indexed 1 passage from 1 document in " in first.stderr
    second = run("index", "--corpus", str(corpus), "--index", str(target))
    assert "Index is up to date (1 passage, 1 document)" in second.stderr
    assert run("docs", "--corpus", str(corpus)).stdout.split("\t")[4].startswith(
        "1 citable block\n")
    run("ask", "量子蜂鸟协议", "--lexical-only", "--index", str(target))
    exported = run("export", str(tmp_path / "notes.md"))
    assert "Appended 1 answer to" in exported.stderr


@pytest.mark.parametrize("folder", ["missing", "empty"])
def test_index_refuses_a_missing_or_empty_corpus_and_keeps_the_live_index(tmp_path, monkeypatch,
                                                                          folder):
    import egassist.cli as cli

    monkeypatch.setattr(cli, "_embedder", lambda model, allow: HashingEmbedder())
    target = tmp_path / "ix"
    assert run("index", "--index", str(target)).exit_code == 0
    live = (target / "CURRENT").read_text("utf-8")
    corpus = tmp_path / folder
    if folder == "empty":
        corpus.mkdir()
    result = CliRunner().invoke(main, ["index", "--corpus", str(corpus), "--index", str(target)])
    assert result.exit_code == 1 and result.stdout == ""
    assert result.stderr.startswith(f"Error: {corpus}: the corpus folder ")
    assert "Indexed" not in result.stderr and "Traceback" not in result.output
    assert (target / "CURRENT").read_text("utf-8") == live
    answer = run("ask", "专家组第二次会议", "--lexical-only", "--index", str(target), "--json")
    assert answer.exit_code == 0 and json.loads(answer.stdout)["passages"]


def test_missing_model_is_a_message_not_a_traceback(index):
    result = CliRunner().invoke(main, ["ask", "专家组", "--index", str(index), "--model",
                                       "/no/such/model"])
    assert result.exit_code == 1 and "Traceback" not in result.output
    assert "/no/such/model" in result.stderr


def test_eval_scores_a_question_file(index, tmp_path):
    questions = tmp_path / "q.jsonl"
    questions.write_text(json.dumps({
        "id": "x1", "question": "A/C.3/72/12", "kind": "symbol",
        "gold": [{"file": "ecn15-2018-12.zh.txt", "symbol": "E/CN.15/2018/12",
                  "quote": "A/C.3/72/12", "locator": "para 16"}]}) + "\n", "utf-8")
    result = run("eval", str(questions), "--lexical-only", "--index", str(index), "--json")
    report = json.loads(result.stdout)
    assert report["overall"]["recall@1"] == 1.0 and report["overall"]["citation_accuracy"] == 1.0


def test_eval_rejects_a_malformed_question_file_without_a_traceback(index, tmp_path):
    bad = tmp_path / "bad.jsonl"
    for content, message in (("{bad\n", "not valid JSON"), ('{"question": "x"}\n', "no kind"),
                             ("\n", "no questions")):
        bad.write_text(content, encoding="utf-8")
        result = CliRunner().invoke(main, ["eval", "--lexical-only", "--index", str(index),
                                           str(bad)])
        assert result.exit_code == 1 and message in result.output
        assert "Traceback" not in result.output


def test_ask_k_must_be_positive(index):
    result = CliRunner().invoke(main, ["ask", "--lexical-only", "--index", str(index), "--k", "0",
                                       "专家组"])
    assert result.exit_code == 2


def test_escape_sequences_in_a_question_are_not_read_as_its_words(index):
    result = CliRunner().invoke(main, ["ask", "--json", "--lexical-only", "--index", str(index),
                                       "\x1b[31m专家组第二次会议于何时举行？\x1b[0m"])
    answer = json.loads(result.output)
    assert answer["answered"] and "31" not in answer["reason"]
    assert answer["question"] == "专家组第二次会议于何时举行？"
