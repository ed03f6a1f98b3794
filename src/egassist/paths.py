"""Where things live. One module decides every path; an EGASSIST_* variable overrides each.

Nothing here creates a directory: callers create what they write, when they write it.
"""

from __future__ import annotations

import os
from pathlib import Path


def project_root() -> Path:
    """The checkout this package runs from (src/egassist/../..), or the working directory."""
    here = Path(__file__).resolve().parent.parent.parent
    if (here / "pyproject.toml").exists():
        return here
    return Path.cwd()


def corpus_dir(override: str | os.PathLike | None = None) -> Path:
    """The corpus folder: the flag, then EGASSIST_CORPUS, then the project's corpus/."""
    if override:
        return Path(override)
    env = os.environ.get("EGASSIST_CORPUS")
    return Path(env) if env else project_root() / "corpus"


def index_dir(override: str | os.PathLike | None = None) -> Path:
    """The index folder: the flag, then EGASSIST_INDEX, then the project's index/."""
    if override:
        return Path(override)
    env = os.environ.get("EGASSIST_INDEX")
    return Path(env) if env else project_root() / "index"


def cache_dir() -> Path:
    """Per-user cache (converted model): EGASSIST_CACHE, else the platform's user cache dir."""
    env = os.environ.get("EGASSIST_CACHE")
    if env:
        return Path(env)
    import platformdirs

    return Path(platformdirs.user_cache_dir("egassist"))


def data_dir() -> Path:
    """Per-user data (conversation history): EGASSIST_DATA, else the platform's user data dir."""
    env = os.environ.get("EGASSIST_DATA")
    if env:
        return Path(env)
    import platformdirs

    return Path(platformdirs.user_data_dir("egassist"))
