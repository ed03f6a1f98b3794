"""Domain modules load without the front ends or the heavy libraries."""

import subprocess
import sys

import pytest

# Modules that must load without the front ends and without the heavy libraries (torch ~2 s and
# 200 MB, faiss, sentence-transformers): browsing and `--help` never pay for them.
LIGHT = ["egassist", "egassist.paths", "egassist.errors", "egassist.corpus", "egassist.structure",
         "egassist.citations", "egassist.textio", "egassist.catalog", "egassist.symbols",
         "egassist.passages", "egassist.tokens", "egassist.glossary", "egassist.embedding", "egassist.embedding_process",
         "egassist.index", "egassist.search", "egassist.answer", "egassist.notes", "egassist.wording",
         "egassist.evaluate", "egassist.engine", "egassist.history", "egassist.tui",
         "egassist.cli"]
FRONT_ENDS = ["textual", "click", "rich"]
HEAVY = ["torch", "sentence_transformers", "faiss", "transformers"]
DOMAIN = [m for m in LIGHT if m not in ("egassist.cli", "egassist.tui")]


def loaded_after_import(module: str, candidates: list[str]) -> str:
    code = (f"import sys, importlib; importlib.import_module({module!r}); "
            f"print(','.join(m for m in {candidates!r} if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return out.stdout.strip()


@pytest.mark.parametrize("module", DOMAIN)
def test_domain_module_imports_no_front_end(module):
    assert loaded_after_import(module, FRONT_ENDS) == ""


@pytest.mark.parametrize("module", LIGHT)
def test_importing_loads_no_heavy_library(module):
    assert loaded_after_import(module, HEAVY) == ""


@pytest.mark.parametrize("module", LIGHT)
def test_importing_loads_no_segmenter(module):
    # jieba's dictionary takes about a second to load: the first question pays for it, not an
    # import (a module-level tokenize() call in search did, 0.3 s -> 1.4 s).
    assert loaded_after_import(module, ["jieba"]) == ""
