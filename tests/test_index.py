"""Index builds: incremental, atomic, locked, and honest about damage."""

import json
import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from egassist.catalog import Catalog
from egassist.errors import CorpusError, IndexError_
from egassist.index import BuildLock, build_index, current_build, load_index
from fakes import HashingEmbedder

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture
def built(tmp_path, corpus_copy):
    index = tmp_path / "index"
    report = build_index(Catalog.load(corpus_copy), HashingEmbedder(), index)
    return corpus_copy, index, report


def test_full_build_writes_a_live_self_describing_build(built):
    corpus, index, report = built
    assert report.passages == 366 and len(report.embedded) == 5 and not report.up_to_date
    live = load_index(index)
    assert live.path == current_build(index) and live.path.name == report.build_id
    assert live.meta["model"]["name"] == "hashing-64" and live.meta["format"]
    assert len(live.passages) == 366 and live.vectors.shape[1] == 64
    assert set(live.window_rows.tolist()) == set(range(366))  # every passage has a vector
    assert {p.file for p in live.passages} == {f.name for f in corpus.glob("*.txt")}
    first = live.passages[0]
    assert str(first.locator) == "masthead" and first.citation.en().startswith("E/CN.15/2011/19")
    # What a passage carries beside its text survives the store (a footnote's citing sentence, a
    # second-level item's subject).
    item = next(p for p in live.passages if str(p.locator) == "para 9(n)(iii)")
    assert item.subject.startswith("毒品和犯罪问题办公室应积极为") and "涵盖以下领域" in item.context
    footnote = next(p for p in live.passages if p.file.startswith("eg4-2017")
                    and str(p.locator) == "footnote 4")
    assert footnote.cited_by


def test_no_change_refresh_embeds_nothing(built):
    corpus, index, report = built
    embedder = HashingEmbedder()
    again = build_index(Catalog.load(corpus), embedder, index)
    assert again.up_to_date and again.build_id == report.build_id
    assert embedder.batch_count == 0


def test_a_manifest_correction_reaches_the_citations_without_a_rebuild(built):
    corpus, index, report = built
    manifest = corpus / "manifest.toml"
    text = manifest.read_text("utf-8")
    assert 'symbol = "E/CN.15/2018/12"' in text
    manifest.write_text(text.replace('symbol = "E/CN.15/2018/12"', 'symbol = "E/CN.15/2018/99"'),
                        "utf-8")
    again = build_index(Catalog.load(corpus), HashingEmbedder(), index)
    assert not again.up_to_date and again.embedded == ["ecn15-2018-12.zh.txt"]
    live = load_index(index)
    assert {p.symbol for p in live.passages if p.file == "ecn15-2018-12.zh.txt"} == {
        "E/CN.15/2018/99"}


def test_a_changed_parser_reparses_every_document(built, monkeypatch):
    # Fixing a parser bug must fix the places of an existing index, not only of new ones.
    import egassist.index as index_module

    corpus, index, report = built
    monkeypatch.setattr(index_module, "parser_code", lambda: "another parser")
    again = build_index(Catalog.load(corpus), HashingEmbedder(), index)
    assert not again.up_to_date and len(again.embedded) == 5


def test_changed_document_is_redone_and_the_others_reused(built):
    corpus, index, report = built
    path = corpus / "eg4-2020-l1.zh.txt"
    path.write_text(path.read_text("utf-8") + "\n26. 新增的段落：专家组决定再次开会。\n", "utf-8")
    embedder = HashingEmbedder()
    again = build_index(Catalog.load(corpus), embedder, index)
    assert again.embedded == ["eg4-2020-l1.zh.txt"] and len(again.reused) == 4
    assert embedder.embedded and any("新增的段落" in t for t in embedder.embedded)
    assert not any("E/CN.15/2018/12" in t for t in embedder.embedded)  # others not re-embedded
    live = load_index(index)
    assert any(str(p.locator) == "para 26" and p.file == "eg4-2020-l1.zh.txt" for p in live.passages)
    redone = [p for p in live.passages if p.file == "eg4-2020-l1.zh.txt"]
    assert again.passages_embedded == len(redone) and again.pieces_embedded == len(embedder.embedded)


def test_the_report_counts_what_the_embed_progress_counted(tmp_path, corpus_copy):
    """The "embed" stage counts pieces (a long passage is several); the report says how many pieces
    and how many passages they came from, so the bar's total and the summary can be reconciled."""
    reports = []
    embedder = HashingEmbedder()
    report = build_index(Catalog.load(corpus_copy), embedder, tmp_path / "index",
                         on_progress=lambda stage, done, total: reports.append((stage, done, total)))
    embed = [r for r in reports if r[0] == "embed"]
    assert embed[-1][1:] == (report.pieces_embedded, report.pieces_embedded)
    assert report.pieces_embedded == len(embedder.embedded) == len(load_index(tmp_path / "index")
                                                                   .window_rows)
    assert report.passages_embedded == report.passages == 366
    assert report.pieces_embedded > report.passages  # the shipped corpus has long passages
    assert report.embedded_detail() == f" (366 passages in {report.pieces_embedded} pieces)"


def test_removed_document_disappears(built):
    corpus, index, _ = built
    (corpus / "ahc-outline-modalities.zh.txt").unlink()
    text = (corpus / "manifest.toml").read_text("utf-8")
    (corpus / "manifest.toml").write_text(text.split('[[document]]\nfile = "ahc-outline')[0], "utf-8")
    again = build_index(Catalog.load(corpus), HashingEmbedder(), index)
    assert again.removed == ["ahc-outline-modalities.zh.txt"]
    assert all(p.file != "ahc-outline-modalities.zh.txt" for p in load_index(index).passages)


def test_model_change_means_an_announced_full_rebuild(built):
    corpus, index, _ = built
    embedder = HashingEmbedder(name="another-model")
    again = build_index(Catalog.load(corpus), embedder, index)
    assert "model changed" in again.full_rebuild_reason
    assert len(again.embedded) == 5 and load_index(index).model == "another-model"


def test_changed_word_lists_retokenize_every_passage_but_embed_nothing(built, monkeypatch):
    corpus, index, report = built
    from egassist import index as index_module
    from egassist.index import needs_build

    catalog = Catalog.load(corpus)
    assert needs_build(index, catalog, HashingEmbedder().fingerprint) is None
    # As after an edit of stopwords.txt: the tokens of the live index are stale.
    monkeypatch.setattr(index_module, "tokenizer_fingerprint", lambda: "other-word-lists")
    assert "tokenizer changed" in needs_build(index, catalog, HashingEmbedder().fingerprint)
    monkeypatch.setattr(index_module, "tokenize", lambda text: ["retokenized"])
    embedder = HashingEmbedder()
    again = build_index(catalog, embedder, index)
    assert again.retokenized and not again.up_to_date and again.build_id != report.build_id
    assert embedder.batch_count == 0 and len(again.reused) == 5
    live = load_index(index)
    assert live.meta["tokenizer"] == "other-word-lists"
    assert all(tokens == ["retokenized"] for tokens in live.tokens)
    assert build_index(catalog, HashingEmbedder(), index).up_to_date


def test_rebuild_flag_reuses_nothing(built):
    corpus, index, _ = built
    again = build_index(Catalog.load(corpus), HashingEmbedder(), index, rebuild=True)
    assert len(again.embedded) == 5 and again.full_rebuild_reason


class Exploding(HashingEmbedder):
    def __init__(self, exc):
        super().__init__()
        self.exc = exc

    def embed_passages(self, texts):
        if self.batch_count >= 2:
            raise self.exc
        return super().embed_passages(texts)


@pytest.mark.parametrize("exc", [KeyboardInterrupt(), RuntimeError("disk on fire")])
def test_interrupted_or_failed_build_leaves_the_previous_index_live(built, exc):
    corpus, index, report = built
    (corpus / "eg4-2017-1.zh.txt").write_text("1. 改动。\n", "utf-8")
    with pytest.raises(type(exc)):
        build_index(Catalog.load(corpus), Exploding(exc), index, rebuild=True)
    live = load_index(index)
    assert live.path.name == report.build_id and len(live.passages) == 366
    assert [p.name for p in (index / "builds").iterdir()] == [report.build_id]
    # The lock was released: the next build runs.
    assert build_index(Catalog.load(corpus), HashingEmbedder(), index).passages > 0


def test_a_second_concurrent_build_is_refused(built):
    corpus, index, _ = built
    with BuildLock(index):
        with pytest.raises(IndexError_, match="another index build is running"):
            build_index(Catalog.load(corpus), HashingEmbedder(), index, rebuild=True)


def test_killed_build_process_leaves_the_previous_index_usable(built, tmp_path):
    corpus, index, report = built
    started = tmp_path / "started"
    script = textwrap.dedent(f"""
        import sys, time
        sys.path[:0] = [{str(ROOT / 'src')!r}, {str(ROOT / 'tests')!r}]
        from pathlib import Path
        from egassist.catalog import Catalog
        from egassist.index import build_index
        from fakes import HashingEmbedder

        class Slow(HashingEmbedder):
            def embed_passages(self, texts):
                Path({str(started)!r}).touch()
                time.sleep(30)
                return super().embed_passages(texts)

        build_index(Catalog.load(Path({str(corpus)!r})), Slow(), Path({str(index)!r}), rebuild=True)
    """)
    proc = subprocess.Popen([sys.executable, "-c", script])
    try:
        deadline = time.monotonic() + 60
        while not started.exists() and proc.poll() is None and time.monotonic() < deadline:
            time.sleep(0.05)  # polling a subprocess we do not control, not timing a result
        assert started.exists(), "the build never reached the embedding stage"
        os.kill(proc.pid, signal.SIGKILL)
    finally:
        proc.wait(timeout=30)
    live = load_index(index)
    assert live.path.name == report.build_id and len(live.passages) == 366
    assert build_index(Catalog.load(corpus), HashingEmbedder(), index, rebuild=True).passages == 366


@pytest.mark.parametrize("damage, message", [
    (lambda b: (b / "index.json").write_text("{not json", "utf-8"), "unreadable"),
    (lambda b: (b / "index.json").write_text(json.dumps({"tool": "other"}), "utf-8"),
     "not an egassist index"),
    (lambda b: (b / "passages.jsonl").write_text("garbage\n", "utf-8"), "damaged"),
    (lambda b: (b / "vectors.npy").unlink(), "damaged"),
    (lambda b: (b / "index.json").unlink(), "missing or incomplete"),
])
def test_corrupt_or_foreign_index_is_reported_with_the_fix(built, damage, message):
    _, index, report = built
    damage(index / "builds" / report.build_id)
    with pytest.raises(IndexError_) as err:
        load_index(index)
    assert message in err.value.message and "egassist index --rebuild" in err.value.message


def test_missing_index_says_how_to_build_one(tmp_path):
    with pytest.raises(IndexError_, match="run `egassist index`"):
        load_index(tmp_path / "nothing")


def test_corrupt_index_then_build_repairs_it(built):
    corpus, index, report = built
    (index / "builds" / report.build_id / "index.json").write_text("{", "utf-8")
    again = build_index(Catalog.load(corpus), HashingEmbedder(), index)
    assert "unusable" in again.full_rebuild_reason and len(load_index(index).passages) == 366
    # The build under way is the fix: the announcement does not tell the user to run it.
    assert "--rebuild" not in again.full_rebuild_reason


def test_cli_reports_a_corrupt_index_without_a_traceback(built):
    from click.testing import CliRunner

    from egassist.cli import main

    _, index, report = built
    (index / "builds" / report.build_id / "index.json").write_text("{", "utf-8")
    result = CliRunner().invoke(main, ["ask", "专家组", "--lexical-only", "--index", str(index)])
    assert result.exit_code == 1
    assert "egassist index --rebuild" in result.stderr and "Traceback" not in result.output


@pytest.mark.parametrize("folder, reason", [
    ("missing", "the corpus folder does not exist"),
    ("empty", "the corpus folder holds no document"),
    ("junk", "the corpus folder holds no document"),
])
def test_a_missing_or_empty_corpus_is_refused_and_the_live_index_kept(built, tmp_path, folder,
                                                                      reason):
    _, index, report = built
    directory = tmp_path / folder
    if folder != "missing":
        directory.mkdir()
    if folder == "junk":  # files, but none that loads
        (directory / "binary.txt").write_bytes(bytes(range(256)))
    embedder = HashingEmbedder()
    with pytest.raises(CorpusError) as err:
        build_index(Catalog.load(directory), embedder, index)
    assert err.value.path == directory and reason in err.value.message
    assert "the index was left as it was" in err.value.message
    assert current_build(index).name == report.build_id and embedder.batch_count == 0
    assert len(load_index(index).passages) == 366


def test_an_empty_index_from_an_earlier_version_is_a_message_not_a_crash(built):
    import numpy as np

    from egassist.engine import open_searcher

    # What earlier versions built from an empty corpus folder (now refused): no passage at all.
    _, index, report = built
    build = index / "builds" / report.build_id
    meta = json.loads((build / "index.json").read_text("utf-8"))
    (build / "index.json").write_text(json.dumps({**meta, "passages": 0, "windows": 0,
                                                  "documents": {}}), "utf-8")
    (build / "passages.jsonl").write_text("", "utf-8")
    np.save(build / "vectors.npy", np.zeros((0, 64), np.float32))
    np.save(build / "windows.npy", np.zeros(0, np.int32))
    assert load_index(index).passages == []
    with pytest.raises(IndexError_, match="nothing to search.*run `egassist index`"):
        open_searcher(index)


def test_a_corpus_without_a_word_to_search_is_refused_and_the_live_index_kept(built, tmp_path):
    _, index, report = built
    directory = tmp_path / "punctuation"
    directory.mkdir()
    (directory / "a.txt").write_text("。。。\n", encoding="utf-8")
    with pytest.raises(CorpusError, match="no document of the corpus folder has a word"):
        build_index(Catalog.load(directory), HashingEmbedder(), index)
    assert current_build(index).name == report.build_id
    assert len(load_index(index).passages) == 366


def test_a_damaged_vector_file_is_reported_and_repaired_by_the_next_build(built):
    from egassist.engine import open_searcher

    corpus, index, report = built
    (index / "builds" / report.build_id / "vectors.faiss").write_bytes(b"garbage")
    # Not "up to date": the next build sees the damage and rebuilds.
    with pytest.raises(IndexError_, match="vector index cannot be read"):
        open_searcher(index, HashingEmbedder())
    again = build_index(Catalog.load(corpus), HashingEmbedder(), index)
    assert not again.up_to_date and "unusable" in again.full_rebuild_reason
    assert open_searcher(index, HashingEmbedder()).search("专家组")
