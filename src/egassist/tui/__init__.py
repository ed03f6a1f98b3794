"""The terminal UI. `run()` is what `egassist` with no command opens.

Importing this package loads no textual: `run` and `make_app` import the app when called, so the
CLI can name them without paying for the UI on `egassist --help`.
"""

from __future__ import annotations

from pathlib import Path


def run(corpus: str | Path | None = None, index: str | Path | None = None,
        model: str | None = None, allow_download: bool = False) -> None:
    """Open the assistant over the corpus and index (defaults: `paths`)."""
    from .app import run as run_app

    run_app(corpus, index, model, allow_download)


def make_app(corpus: str | Path | None = None, index: str | Path | None = None,
             model: str | None = None, allow_download: bool = False):
    """The `EgassistApp` that `run` runs, for callers that want to drive it themselves."""
    from .app import make_app as build

    return build(corpus, index, model, allow_download)
