"""Domain modules load without the front ends or the heavy libraries."""

import subprocess
import sys

import pytest

DOMAIN = ["egassist", "egassist.paths", "egassist.errors", "egassist.corpus", "egassist.structure",
          "egassist.citations", "egassist.textio", "egassist.catalog", "egassist.symbols"]
FORBIDDEN = ["textual", "click", "rich", "torch", "sentence_transformers", "faiss"]


@pytest.mark.parametrize("module", DOMAIN)
def test_domain_module_imports_no_front_end(module):
    code = (f"import sys, importlib; importlib.import_module({module!r}); "
            f"print(','.join(m for m in {FORBIDDEN!r} if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""
