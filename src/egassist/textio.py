"""Bytes of a document file -> text, whatever encoding a UN document was saved in.

Chinese documents arrive as UTF-8 (with or without BOM), GB18030/GBK or UTF-16; each must be
decoded, not rejected. Line ends are normalised to LF so that offsets mean the same on every
machine (CR is whitespace, so no character that counts is lost).
"""

from __future__ import annotations

import codecs
from dataclasses import dataclass
from pathlib import Path

from .errors import CorpusError


@dataclass(frozen=True)
class DecodedText:
    text: str
    encoding: str


def _looks_utf16(data: bytes) -> str | None:
    """Guess BOM-less UTF-16 from where the NUL bytes sit (ASCII-heavy text has one every 2)."""
    if len(data) < 4 or len(data) % 2:
        return None
    even = data[0::2].count(0)
    odd = data[1::2].count(0)
    half = len(data) // 2
    if odd > half * 0.3 and even < half * 0.05:
        return "utf-16-le"
    if even > half * 0.3 and odd < half * 0.05:
        return "utf-16-be"
    return None


def _is_binary(text: str) -> bool:
    controls = sum(1 for c in text if (ord(c) < 32 and c not in "\t\n\r\f\v") or c == "\x7f")
    return "\x00" in text or controls > max(8, len(text) // 100)


def decode_bytes(data: bytes, path: Path | str = "<bytes>") -> DecodedText:
    """Decode a document's bytes; raise CorpusError naming `path` when it holds no usable text."""
    if not data.strip():
        raise CorpusError("the file is empty", path)
    candidates: list[str] = []
    if data.startswith(codecs.BOM_UTF8):
        candidates.append("utf-8-sig")
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        candidates.append("utf-16")
    else:
        guess = _looks_utf16(data)
        if guess:
            candidates.append(guess)
        if b"\x00" in data and not guess:
            raise CorpusError("this is a binary file, not a text document", path)
        candidates += ["utf-8", "gb18030"]
    for encoding in candidates:
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        if _is_binary(text):
            raise CorpusError("this is a binary file, not a text document", path)
        return DecodedText(_normalise(text), encoding)
    # Last resort: let charset-normalizer name a legacy encoding (Big5, Latin-1 ...).
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None or _is_binary(str(best)):
        raise CorpusError("cannot decode the file as text in any known encoding", path)
    return DecodedText(_normalise(str(best)), best.encoding)


def _normalise(text: str) -> str:
    text = text.lstrip("\ufeff")
    return text.replace("\r\n", "\n").replace("\r", "\n")


def read_text(path: Path) -> DecodedText:
    """Read and decode one document file."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise CorpusError(f"cannot read the file ({exc.strerror or exc})", path) from exc
    return decode_bytes(data, path)
