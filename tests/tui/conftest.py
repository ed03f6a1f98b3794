"""Fixtures for the TUI: an index built by the real library with the fake embedder, and an app
factory that injects it (the same EgassistApp constructor `egassist` uses)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/fakes.py

from fakes import HashingEmbedder  # noqa: E402

from egassist.engine import load_catalog, open_searcher, refresh_index  # noqa: E402
from egassist.history import History  # noqa: E402

CORPUS = Path(__file__).resolve().parents[2] / "corpus"

EVIL_TEXT = "1. [bold]粗体[/bold] \x1b[31m红\x1b[0m 文本。\n2. 第二段[link=http://example.com]链接[/link]内容。\n"
"""A document whose text looks like markup and carries terminal escapes: it must show literally."""


@pytest.fixture
def anyio_backend():
    return "asyncio"


@pytest.fixture(autouse=True)
def no_cursor_blink(monkeypatch):
    """A steady cursor, so screenshots do not depend on when they are taken."""
    from textual.widgets import Input

    monkeypatch.setattr(Input, "_toggle_cursor", lambda self: None)


@pytest.fixture(scope="session")
def shipped_catalog():
    return load_catalog(CORPUS)


@pytest.fixture(scope="session")
def shipped_index(tmp_path_factory, shipped_catalog) -> Path:
    """The shipped corpus indexed with the hashing embedder (built once; tests only read it)."""
    root = tmp_path_factory.mktemp("tui-index")
    refresh_index(shipped_catalog, HashingEmbedder(), root)
    return root


@pytest.fixture(scope="session")
def shipped_searchers(shipped_index):
    """open_searcher, remembered for the shared read-only index (lexical and hybrid).

    Building a Searcher (BM25 over 366 passages) takes ~0.3 s; every app would build two."""
    cache = {}

    def factory(index_dir, embedder):
        if Path(index_dir) != shipped_index:
            return open_searcher(index_dir, embedder)
        key = embedder is not None
        if key not in cache:
            cache[key] = open_searcher(index_dir, embedder)
        return cache[key]

    return factory


@pytest.fixture
def make_app(tmp_path, shipped_catalog, shipped_index, shipped_searchers):
    """Build an EgassistApp from parts; every part can be replaced by a keyword."""
    from egassist.tui.app import EgassistApp

    def build(**overrides) -> EgassistApp:
        parts = dict(
            catalog=shipped_catalog,
            index_dir=shipped_index,
            searcher_factory=shipped_searchers,
            embedder_factory=lambda on_progress: HashingEmbedder(),
            notes_path=tmp_path / "data" / "notes.md",
            history=History(tmp_path / "data" / "history.jsonl"),
        )
        parts.update(overrides)
        return EgassistApp(**parts)

    return build


@pytest.fixture
def evil_corpus(tmp_path) -> Path:
    """A one-document corpus without a manifest whose text is markup and escapes."""
    corpus = tmp_path / "evil-corpus"
    corpus.mkdir()
    (corpus / "evil.zh.txt").write_text(EVIL_TEXT, encoding="utf-8")
    return corpus
