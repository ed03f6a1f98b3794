"""The project's own question set (tests/eval/questions.jsonl) stays consistent with the corpus.

A gold quote that no longer occurs in its document (after the normalisation of the shared
evaluation rules) fails here, so a broken gold entry cannot reach a scored run.
"""

from __future__ import annotations

import importlib.util
import sys
from collections import Counter
from pathlib import Path

import pytest

EVAL_DIR = Path(__file__).resolve().parent / "eval"
KINDS = ("fact", "crosslingual", "symbol", "negative")


def _load_checker():
    spec = importlib.util.spec_from_file_location("check_questions", EVAL_DIR / "check_questions.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("check_questions", module)
    spec.loader.exec_module(module)
    return module


checker = _load_checker()


@pytest.fixture(scope="module")
def result():
    return checker.check(EVAL_DIR / "questions.jsonl", checker.DEFAULT_CORPUS)


def test_every_gold_quote_occurs_in_its_file(result):
    assert result.ok, "\n".join(result.errors)


def test_no_warnings(result):
    # Quotes spanning a footnote marker, outside 8-40 characters or ambiguous in their file are
    # tolerated by the rules but our own set avoids them.
    assert not result.warnings, "\n".join(result.warnings)


def test_counts_and_kinds(result):
    questions = result.questions
    assert len(questions) >= 60
    ids = Counter(q["id"] for q in questions)
    assert not [i for i, n in ids.items() if n > 1], "duplicate ids"
    kinds = Counter(q["kind"] for q in questions)
    assert set(kinds) <= set(KINDS)
    for kind in KINDS:
        assert kinds[kind] > 0, f"no {kind} question"


def test_every_document_is_covered(result):
    manifest = checker.load_manifest(checker.DEFAULT_CORPUS)
    covered = {g["file"] for q in result.questions for g in q["gold"]}
    assert covered == set(manifest)


def test_checker_catches_a_broken_quote(tmp_path):
    bad = tmp_path / "q.jsonl"
    bad.write_text(
        '{"id": "x1", "question": "?", "kind": "fact", "gold": [{"file": "ecn15-2018-12.zh.txt", '
        '"symbol": "E/CN.15/2018/12", "quote": "这句话不在任何文件里出现过", "locator": "para 9(a)"}]}\n'
        '{"id": "x1", "question": "?", "kind": "negative", "gold": []}\n',
        encoding="utf-8")
    res = checker.check(bad, checker.DEFAULT_CORPUS)
    assert any("quote not found" in e for e in res.errors)
    assert any("id used 2 times" in e for e in res.errors)


def test_checker_normalisation(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "manifest.toml").write_text('[[document]]\nfile = "a.txt"\nsymbol = "X/1"\n',
                                          encoding="utf-8")
    (corpus / "a.txt").write_text(
        "成为跨国\n犯罪。12计算机犯罪一般是在某一地实施的犯罪\n"
        "草案（[A/C.3/72/12](#)，附件）和<sup>3</sup>的组织谈判进程经验\n", encoding="utf-8")

    def run(quote, locator="para 1"):
        q = tmp_path / "q.jsonl"
        q.write_text('{"id": "a", "question": "?", "kind": "fact", "gold": [{"file": "a.txt", '
                     f'"symbol": "X/1", "quote": "{quote}", "locator": "{locator}"}}]}}\n',
                     encoding="utf-8")
        return checker.check(q, corpus)

    assert run("成为 跨国犯罪。12计").ok  # whitespace and line breaks ignored
    assert run("草案（A/C.3/72/12，附件）").ok  # link wrapper removed
    assert run("和的组织谈判进程经验").ok  # <sup> marker removed
    spanning = run("跨国犯罪。计算机犯罪一般")  # glued footnote number 12 skipped, with a warning
    assert spanning.ok and spanning.warnings
    assert not run("跨国犯罪。计算机犯罪一般", locator="para 1 (a)").ok  # not canonical


def test_the_off_topic_probe_set_is_well_formed():
    probes = checker.check(EVAL_DIR / "offtopic.jsonl", checker.DEFAULT_CORPUS)
    assert probes.ok, "\n".join(probes.errors)
    assert probes.questions and {q["kind"] for q in probes.questions} == {"negative"}


@pytest.mark.parametrize("name", sorted(p.name for p in EVAL_DIR.glob("english_docs*.jsonl")))
def test_the_english_documents_question_sets_match_their_corpus(name):
    english = checker.check(EVAL_DIR / name, EVAL_DIR.parent / "data" / "english")
    assert english.ok, "\n".join(english.errors)
    assert not english.warnings, "\n".join(english.warnings)
    assert {q["kind"] for q in english.questions} == set(KINDS)


@pytest.mark.parametrize("name", sorted(p.name for p in EVAL_DIR.glob("heldout*.jsonl")))
def test_the_held_out_question_sets_are_well_formed(name):
    held_out = checker.check(EVAL_DIR / name, checker.DEFAULT_CORPUS)
    assert held_out.ok, "\n".join(held_out.errors)
    assert not held_out.warnings, "\n".join(held_out.warnings)
    assert {q["kind"] for q in held_out.questions} == set(KINDS)
