"""Bytes of a document file -> text, whatever encoding a UN document was saved in.

Chinese documents arrive as UTF-8 (with or without BOM), GB18030/GBK or UTF-16; each must be
decoded, not rejected. Other 8-bit text (Big5, Latin-1, Windows-1251) is decoded as what it is,
not as GB18030 nonsense, but only when charset-normalizer finds it reads as a language: an
unchecked guess turned invalid bytes into Cyrillic text and binary data into Chinese-looking
characters, which were then indexed. Anything else is refused. Line ends are normalised to LF so
that offsets mean the same on every machine (CR is whitespace, so no character that counts is
lost).
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass
from pathlib import Path

from .errors import CorpusError


@dataclass(frozen=True)
class DecodedText:
    text: str
    encoding: str


def _looks_utf16(data: bytes) -> str | None:
    """Name the BOM-less UTF-16 byte order that decodes `data` to printable text, if any.

    NUL bytes in a text file mean UTF-16 (ASCII then has one every other byte); Chinese text in
    UTF-16 has few NULs, so the test is whether one byte order yields readable characters.
    Chinese characters count as readable only when they are common ones (GB2312): any byte pair
    of ASCII is a CJK ideograph, so binary data with a NUL in it read as UTF-16 looks Chinese;
    a third of those ideographs are in GB2312, against all of them in the shipped corpus.
    """
    if len(data) < 2 or len(data) % 2 or b"\x00" not in data:
        return None
    best, best_share = None, 0.0
    for encoding in ("utf-16-le", "utf-16-be"):
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        # Common ranges only: a wrong byte order also gives "printable" but unlikely characters.
        readable = sum(1 for c in text if (" " <= c <= "~") or c in "\n\r\t"
                       or _common_hanzi(c) or "\u3000" <= c <= "\u303f"
                       or "\uff00" <= c <= "\uffef" or "\u00a0" <= c <= "\u024f"
                       or "\u2010" <= c <= "\u206f")
        share = readable / max(1, len(text))
        if share > best_share:
            best, best_share = encoding, share
    return best if best_share > 0.9 else None


def _common_hanzi(c: str) -> bool:
    if not "\u4e00" <= c <= "\u9fff":
        return False
    try:
        c.encode("gb2312")
    except UnicodeEncodeError:
        return False
    return True


def _is_binary(text: str) -> bool:
    controls = sum(1 for c in text if (ord(c) < 32 and c not in "\t\n\r\f\v") or c == "\x7f")
    return "\x00" in text or controls > max(8, len(text) // 100)


BINARY = "not a text document: binary data"
UNDECODABLE = "not a text document: cannot be decoded as UTF-8, UTF-16, GB18030 or other text"


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
            raise CorpusError(BINARY, path)
        candidates += ["utf-8", _legacy_encoding(data)]
    for encoding in candidates:
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        if _is_binary(text):
            raise CorpusError(BINARY, path)
        return DecodedText(_normalise(text), encoding)
    raise CorpusError(UNDECODABLE, path)


_CHINESE_SIMPLIFIED = {"gb18030", "gbk", "gb2312", "cp936", "hz"}


def _legacy_encoding(data: bytes) -> str:
    """The 8-bit encoding of bytes that are not UTF-8: GB18030 unless they read far better as
    another one. Any byte sequence of Latin-1 French, Windows-1251 Russian or Big5 Traditional
    Chinese is also valid GB18030, so decoding them as GB18030 "succeeds" and indexes nonsense;
    charset-normalizer measures which reading is coherent text."""
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None or best.encoding in _CHINESE_SIMPLIFIED:
        return "gb18030"
    # Its coherence (how much the text reads like a language's frequent characters) is what
    # separates a document from junk bytes that some code page also "decodes": measured 0.55-0.71
    # for short Russian and French paragraphs and 0.2 for repeated invalid bytes; Big5 Chinese
    # 0.13 against 0.0 for random high bytes.
    wanted = MIN_COHERENCE_CJK if best.encoding in ("big5", "big5hkscs", "cp950") else MIN_COHERENCE
    return best.encoding if best.coherence >= wanted else "gb18030"


MIN_COHERENCE = 0.3
MIN_COHERENCE_CJK = 0.05


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


_CONTROL = re.compile(
    r"\x1b\[[0-?]*[ -/]*[@-~]"  # CSI sequences
    r"|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?"  # OSC sequences (title, hyperlinks)
    r"|\x1b[PX^_][^\x1b]*(?:\x1b\\)?"  # DCS/SOS/PM/APC strings
    r"|\x1b."  # two-character escapes
    r"|[\x00-\x08\x0b-\x1f\x7f-\x9f]")  # other C0 and C1 controls (keeps \t and \n)


def terminal_safe(text: str) -> str:
    """Document text made inert for a terminal: escape sequences and control characters removed.

    Text from a document is data. An ESC or C1 control in a corpus file must not move the cursor,
    change colours or set the window title of the delegate's terminal.
    """
    return _CONTROL.sub("", text)


_SURROGATE = re.compile(r"[\ud800-\udfff]")


_FULL_WIDTH = {c: c - 0xFEE0 for c in [*range(0xFF10, 0xFF1A), *range(0xFF21, 0xFF3B),
                                        *range(0xFF41, 0xFF5B), 0xFF0F, 0xFF0E, 0xFF0D]}
"""Full-width letters, digits, ／ ． and － (a Chinese input method types E／CN.15／2018／12) ->
ASCII. Full-width punctuation such as （，？ is left as the documents write it."""


def clean_question(text: str) -> str:
    """A question as typed, made plain text: escape sequences, controls and the lone surrogates
    that undecodable bytes of a command line become are removed (an ANSI colour's "31" is not a
    number the question asks about), and full-width letters and digits made ASCII."""
    return _SURROGATE.sub("", terminal_safe(text)).translate(_FULL_WIDTH).strip()
