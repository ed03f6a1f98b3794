"""The conversation history: append, load, search, rebuild an answer for export."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from fakes import HashingEmbedder

from egassist import history
from egassist.engine import ask, load_catalog, open_searcher, refresh_index
from egassist.errors import EgassistError
from egassist.notes import answer_markdown

INFO = {"model": "hashing-64", "build": 1700000000.0}
CORPUS = Path(__file__).resolve().parents[1] / "corpus"


@pytest.fixture(scope="module")
def searcher(tmp_path_factory):
    root = tmp_path_factory.mktemp("history-index")
    refresh_index(load_catalog(CORPUS), HashingEmbedder(), root)
    return open_searcher(root, HashingEmbedder())


def test_default_path_is_in_the_data_folder_and_nothing_is_created(tmp_path, monkeypatch):
    monkeypatch.setenv("EGASSIST_DATA", str(tmp_path / "data"))
    assert history.default_path() == tmp_path / "data" / "history.jsonl"
    assert history.History().path == history.default_path()
    assert not (tmp_path / "data").exists()


def test_a_missing_file_is_an_empty_history(tmp_path):
    loaded = history.load(tmp_path / "none.jsonl")
    assert loaded.records == [] and loaded.damaged == 0


def test_append_writes_one_json_line_with_the_answer_json_and_a_time(tmp_path, searcher):
    path = tmp_path / "deep" / "h.jsonl"
    answer = ask(searcher, "E/CN.15/2018/12 第 18 段")
    record = history.append(path, answer, terms=["18"], index_info=INFO, when=1234.5)
    lines = path.read_text("utf-8").splitlines()
    assert len(lines) == 1
    data = json.loads(lines[0])
    assert data["answer"] == answer.to_json()
    assert data["time"] == 1234.5 and record.time == 1234.5
    assert data["index"] == INFO and record.index_info == INFO
    assert record.question == "E/CN.15/2018/12 第 18 段" and record.answered
    assert record.terms == ["18"]


def test_rebuilt_answer_exports_exactly_as_the_original(tmp_path, searcher):
    path = tmp_path / "h.jsonl"
    for question in ("E/CN.15/2018/12 第 18 段", "What did the expert group recommend about "
                     "capacity building?", "What is the weather tomorrow in Vienna?",
                     "特设委员会的拟议纲要", "明天维也纳的天气怎么样？"):
        history.append(path, ask(searcher, question), index_info=INFO)
    records = history.load(path).records
    assert len(records) == 5
    for record in records:
        original = ask(searcher, record.question)
        rebuilt = history.rebuild_answer(record)
        assert rebuilt.to_json() == original.to_json()
        assert rebuilt.language == original.language and rebuilt.reason == original.reason
        assert rebuilt.why() == original.why()
        assert [e.citation for e in rebuilt.extracts] == [e.citation for e in original.extracts]
        assert [h.passage.citation for h in rebuilt.hits] == [h.passage.citation for h in
                                                              original.hits]
        assert (answer_markdown(rebuilt, record.index_info, when=0) ==
                answer_markdown(original, INFO, when=0))
        assert (answer_markdown(rebuilt, None, when=0, passages=[1]) ==
                answer_markdown(original, None, when=0, passages=[1]))


def test_a_document_without_a_symbol_keeps_its_title_in_rebuilt_citations(tmp_path, searcher):
    from egassist.search import Filters

    answer = ask(searcher, "特设委员会的拟议纲要",
                 filters=Filters(files={"ahc-outline-modalities.zh.txt"}))
    record = history.append(tmp_path / "h.jsonl", answer)
    rebuilt = history.rebuild_answer(history.load(tmp_path / "h.jsonl").records[0])
    assert rebuilt.hits[0].passage.citation.zh() == answer.hits[0].passage.citation.zh()
    assert "（文号不详）" in rebuilt.hits[0].passage.citation.zh()
    assert record.data["filters"] == "documents: ahc-outline-modalities.zh.txt"
    assert rebuilt.filters == answer.filters


def test_search_finds_questions_answers_and_passages_newest_first(tmp_path, searcher):
    path = tmp_path / "h.jsonl"
    history.append(path, ask(searcher, "E/CN.15/2018/12 第 18 段"), when=1)
    history.append(path, ask(searcher, "技术援助和能力建设"), when=2)
    history.append(path, ask(searcher, "What is the weather tomorrow in Vienna?"), when=3)
    records = history.load(path).records
    assert [r.time for r in history.search(records, "")] == [3, 2, 1]
    assert [r.time for r in history.search(records, "能力建设")] == [2]
    assert [r.time for r in history.search(records, "VIENNA")] == [3]
    assert [r.time for r in history.search(records, "布达佩斯公约")] == [1]  # passage text
    assert history.search(records, "no such words anywhere") == []


def test_damaged_lines_are_skipped_and_counted(tmp_path, searcher):
    path = tmp_path / "h.jsonl"
    history.append(path, ask(searcher, "技术援助和能力建设"))
    with open(path, "a", encoding="utf-8") as f:
        f.write('{"format": 1, "answer": {"question": "torn\n')
        f.write("not json at all\n")
        f.write(json.dumps({"format": 99, "answer": {"question": "future"}}) + "\n")
    history.append(path, ask(searcher, "电子证据"))
    loaded = history.load(path)
    assert [r.question for r in loaded.records] == ["技术援助和能力建设", "电子证据"]
    assert loaded.damaged == 3


def test_an_unwritable_history_is_an_egassist_error_naming_the_file(tmp_path, searcher):
    blocker = tmp_path / "a-file"
    blocker.write_text("x", encoding="utf-8")
    with pytest.raises(EgassistError) as caught:
        history.append(blocker / "h.jsonl", ask(searcher, "电子证据"))
    assert "cannot write the history file" in str(caught.value)
    assert caught.value.path == blocker / "h.jsonl"


def test_history_imports_no_front_end():
    code = ("import sys; import egassist.history; "
            "print(','.join(m for m in ('textual', 'click', 'rich') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""
