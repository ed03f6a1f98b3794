"""Shared fixtures. Every test writes under its own tmp_path: no test touches the real index/."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from hypothesis import settings

# In CI every run draws the same examples, so a red build is reproducible; locally they vary.
settings.register_profile("ci", derandomize=True, deadline=None)
settings.register_profile("dev", deadline=None)
settings.load_profile("ci" if os.environ.get("CI") else "dev")

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "corpus"


@pytest.fixture(autouse=True)
def _isolated_paths(tmp_path_factory, monkeypatch):
    base = tmp_path_factory.mktemp("egassist-env")
    monkeypatch.setenv("EGASSIST_INDEX", str(base / "index"))
    monkeypatch.setenv("EGASSIST_DATA", str(base / "data"))
    monkeypatch.setenv("EGASSIST_CORPUS", str(CORPUS))


@pytest.fixture(scope="session")
def catalog():
    from egassist.catalog import Catalog

    return Catalog.load(CORPUS)


@pytest.fixture
def corpus_copy(tmp_path) -> Path:
    """A writable copy of the shipped corpus."""
    target = tmp_path / "corpus"
    shutil.copytree(CORPUS, target)
    return target


ENGLISH = ROOT / "tests" / "data" / "english"


def mixed_corpus(folder: Path, chinese: dict[str, str | None], english: dict[str, str]) -> Path:
    """A corpus in `folder` of shipped Chinese documents and English samples, each file -> its
    symbol. A file given no symbol gets no manifest entry: its own masthead describes it."""
    entries = []
    for source, files, language in ((CORPUS, chinese, "zh"), (ENGLISH, english, "en")):
        for name, symbol in files.items():
            shutil.copy(source / name, folder / name)
            if symbol:
                entries.append(f'[[document]]\nfile = "{name}"\nsymbol = "{symbol}"\n'
                               f'language = "{language}"\n')
    (folder / "manifest.toml").write_text("".join(entries), encoding="utf-8")
    return folder


import sys as _sys

_sys.path.insert(0, str(Path(__file__).parent))  # tests import `fakes`
