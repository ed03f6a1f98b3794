"""Places inside a UN document (locators) and the citations built from them.

A `Locator` is created by the parser from the document's own numbering and is never re-derived
from text later. It has one canonical machine form (`annex I para 37`, `para 10(f)(ii)`,
`footnote *`, `item 1(b)`) and two display forms (English and Chinese UN style). `parse_locator`
reads what a person types, in canonical, English or Chinese form, back into the same value.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

# --- numerals ------------------------------------------------------------------------------------

_ROMAN = [(1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"), (50, "l"),
          (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")]
_ZH_DIGITS = "零一二三四五六七八九"


def int_to_roman(n: int) -> str:
    """1 -> 'i', 15 -> 'xv' (lower case; callers upper-case annex numbers)."""
    out = []
    for value, letters in _ROMAN:
        while n >= value:
            out.append(letters)
            n -= value
    return "".join(out)


def roman_to_int(text: str) -> int | None:
    """'xv' -> 15; None when `text` is not a well-formed roman numeral."""
    s = text.lower()
    if not s or any(c not in "ivxlcdm" for c in s):
        return None
    values = {"i": 1, "v": 5, "x": 10, "l": 50, "c": 100, "d": 500, "m": 1000}
    total = 0
    for i, c in enumerate(s):
        v = values[c]
        if i + 1 < len(s) and values[s[i + 1]] > v:
            total -= v
        else:
            total += v
    return total if total > 0 and int_to_roman(total) == s else None


def int_to_zh(n: int) -> str:
    """1 -> 一, 10 -> 十, 15 -> 十五, 21 -> 二十一 (as UN Chinese texts number lists and annexes)."""
    if n <= 0 or n >= 100:
        return str(n)
    tens, ones = divmod(n, 10)
    if tens == 0:
        return _ZH_DIGITS[ones]
    prefix = "" if tens == 1 else _ZH_DIGITS[tens]
    return prefix + "十" + (_ZH_DIGITS[ones] if ones else "")


def zh_to_int(text: str) -> int | None:
    """一 -> 1, 十五 -> 15, 二十一 -> 21; None when `text` is not a Chinese numeral below 100."""
    if not text or any(c not in _ZH_DIGITS + "十" for c in text):
        return None
    if "十" not in text:
        return _ZH_DIGITS.index(text) if len(text) == 1 and text != "零" else None
    head, _, tail = text.partition("十")
    if "十" in tail or len(head) > 1 or len(tail) > 1:
        return None
    tens = _ZH_DIGITS.index(head) if head else 1
    ones = _ZH_DIGITS.index(tail) if tail else 0
    return tens * 10 + ones


# --- locators ------------------------------------------------------------------------------------

#: Kinds of place. `para`, `item` and `footnote` carry a number; `annex` alone is an unnumbered
#: part of an annex; `agenda` is the list of items of a provisional agenda; `masthead` is the front
#: matter; `preamble` is a resolution's unnumbered preamble (from "The Commission ...," to the
#: paragraph before operative paragraph 1); `unplaced` is a block whose place the parser could not
#: determine.
KINDS = ("masthead", "preamble", "para", "annex", "footnote", "item", "agenda", "unplaced")


@dataclass(frozen=True, order=True)
class Locator:
    """A place inside one document, e.g. annex I, para. 37 (c) (ii)."""

    kind: str
    number: str = ""
    """Paragraph or item number ('37'), footnote number or '*'; empty for annex/masthead/agenda."""
    sub: tuple[str, ...] = ()
    """Subparagraph path in canonical form: ('c',) or ('f', 'ii'); second level is always roman."""
    annex: str | None = None
    """Roman numeral of the annex ('I'), '' for a document's single unnumbered annex, None outside."""

    def __post_init__(self) -> None:
        if self.kind not in KINDS:
            raise ValueError(f"unknown locator kind {self.kind!r}")

    # canonical ------------------------------------------------------------------------------
    def canonical(self) -> str:
        """Machine form of CITATIONS.md: `annex I para 37`, `para 10(f)(ii)`, `footnote *`."""
        parts = []
        if self.annex is not None and self.kind != "footnote":
            parts.append(f"annex {self.annex}".strip())
        if self.kind in ("para", "item", "footnote"):
            parts.append(f"{self.kind} {self.number}" + "".join(f"({s})" for s in self.sub))
        elif self.kind in ("masthead", "preamble", "agenda", "unplaced"):
            parts.append(self.kind)
        return " ".join(parts)

    def __str__(self) -> str:
        return self.canonical()

    # display --------------------------------------------------------------------------------
    def display_en(self) -> str:
        parts = []
        if self.annex is not None and self.kind != "footnote":
            parts.append(f"annex {self.annex}".strip())
        subs = "".join(f" ({s})" for s in self.sub)
        if self.kind == "para":
            parts.append(f"para. {self.number}{subs}")
        elif self.kind == "item":
            parts.append(f"item {self.number}{subs}")
        elif self.kind == "footnote":
            parts.append(f"footnote {self.number}")
        elif self.kind == "masthead":
            parts.append("masthead")
        elif self.kind == "preamble":
            parts.append("preamble")
        elif self.kind == "agenda":
            parts.append("provisional agenda")
        elif self.kind == "unplaced":
            parts.append("place not determined")
        return ", ".join(parts)

    def display_zh(self) -> str:
        parts = []
        if self.annex is not None and self.kind != "footnote":
            if self.annex:
                n = roman_to_int(self.annex)
                parts.append("附件" + (int_to_zh(n) if n else self.annex))
            else:
                parts.append("附件")
        subs = "".join(f"({_sub_zh(i, s)})" for i, s in enumerate(self.sub))
        if self.kind == "para":
            parts.append(f"第 {self.number} 段{subs}")
        elif self.kind == "item":
            parts.append(f"项目 {self.number}{subs}")
        elif self.kind == "footnote":
            parts.append(f"脚注 {self.number}")
        elif self.kind == "masthead":
            parts.append("文件首页")
        elif self.kind == "preamble":
            parts.append("序言")
        elif self.kind == "agenda":
            parts.append("临时议程")
        elif self.kind == "unplaced":
            parts.append("位置不详")
        return "，".join(parts)

    # relations ------------------------------------------------------------------------------
    def contains(self, other: "Locator") -> bool:
        """True when `other` is this place or inside it (para 10 contains para 10(f)(ii))."""
        if self.kind == "annex":
            return other.annex == self.annex and other.kind != "footnote"
        if self.kind != other.kind or self.annex != other.annex or self.number != other.number:
            return False
        return other.sub[: len(self.sub)] == self.sub

    @property
    def parent(self) -> "Locator":
        """The place one level up: para 10(f) of para 10(f)(ii), para 10 of para 10(f)."""
        return Locator(self.kind, self.number, self.sub[:-1], self.annex)

    @property
    def determined(self) -> bool:
        return self.kind != "unplaced"


def _sub_zh(level: int, sub: str) -> str:
    # Chinese UN texts write the second level as (一), (二) ...; the first stays (a), (b).
    if level >= 1:
        n = roman_to_int(sub)
        if n:
            return int_to_zh(n)
    return sub


MASTHEAD = Locator("masthead")
PREAMBLE = Locator("preamble")
UNPLACED = Locator("unplaced")


# --- parsing what people type ------------------------------------------------------------------

_SUB_RE = re.compile(r"[(（]\s*([a-z]{1,6}|[一二三四五六七八九十]{1,3})\s*[)）]")


class LocatorSyntaxError(ValueError):
    """Raised when text cannot be read as a locator."""


def _parse_subs(text: str) -> tuple[tuple[str, ...], str]:
    """Read '(f) (ii)' / '(f)(二)' from the start of `text`; return the path and the rest."""
    subs: list[str] = []
    rest = text
    while True:
        m = _SUB_RE.match(rest.lstrip())
        if not m:
            break
        token = m.group(1)
        zh = zh_to_int(token)
        if zh is not None:
            token = int_to_roman(zh)
        subs.append(token)
        rest = rest.lstrip()[m.end():]
    return tuple(subs), rest


def _annex_number(token: str) -> str | None:
    token = token.strip()
    if not token:
        return ""
    if roman_to_int(token) is not None:
        return token.upper()
    zh = zh_to_int(token)
    if zh is not None:
        return int_to_roman(zh).upper()
    if token.isdigit():
        return int_to_roman(int(token)).upper()
    return None


_EN_ANNEX = re.compile(r"^\s*annex(?:\s+([ivxlc]+|\d+))?\s*[,，]?\s*", re.I)
_ZH_ANNEX = re.compile(r"^\s*附件\s*([一二三四五六七八九十]+|[ivxlcIVXLC]+|\d+)?\s*[,，、]?\s*")
_EN_PARA = re.compile(r"^\s*(?:para(?:graph)?s?\.?|§|¶)\s*(\d+)\s*", re.I)
_ZH_PARA = re.compile(r"^\s*第\s*(\d+)\s*段\s*")
_EN_ITEM = re.compile(r"^\s*(?:agenda\s+)?item\s*(\d+)\s*", re.I)
_ZH_ITEM = re.compile(r"^\s*(?:议程)?项目\s*(\d+)\s*")
_EN_FOOT = re.compile(r"^\s*(?:footnote|fn\.?|note)\s*(\d+|\*)\s*$", re.I)
_ZH_FOOT = re.compile(r"^\s*脚注\s*(\d+|\*)\s*$")
_PREAMBLE_WORDS = ("preamble", "preambular paragraphs", "序言", "序言部分")


_ZH_PARA_NUMERAL = re.compile(r"第\s*([一二三四五六七八九十]{1,3})\s*段")
_ZH_PARA_SUBS_FIRST = re.compile(r"第\s*(\d+)\s*((?:[(（]\s*[a-z]{1,6}\s*[)）]\s*)+)段", re.I)


# A subparagraph typed without brackets: "para 9 c", "paragraph 10f viii", "第 9 段 c 项". The
# letter must end the place (a stop, the end, or a word that follows a place: "of", "say"), so
# "para 9 in E/CN.15/2018/12" keeps its "in" a word.
_EN_BARE_SUBS = re.compile(
    r"((?:\bpara(?:graph)?s?\.?|§)\s*\d+)\s*([a-z])(?:\s*[(（]?\s*([ivx]{1,5})\s*[)）]?)?"
    r"(?=\s*(?:$|[,.;:?!，。；：？！、)）]|(?:of|in|say|says|said|state|states|read|reads)\b))",
    re.I)
_ZH_BARE_SUBS = re.compile(
    r"(第\s*\d+\s*段)\s*([a-z])\s*(?:项\s*)?(?:[(（]?\s*([ivx]{1,5})\s*[)）]?\s*)?(?=项|分段|目|款|[，。；：？！、]|$)",
    re.I)


# A second-level item named in words after its subparagraph: "第 10 段(f)项第(十三)目",
# "(f)项(xiii)", "(n)项第三目", "(n)(3)". A bare numeral needs its 目 ("第 10 段(f)项十分重要").
_ZH_ITEM_AFTER_SUB = re.compile(
    r"(第\s*\d+\s*段\s*[(（]\s*[a-z]{1,2}\s*[)）])\s*(?:项|分段)?\s*第?\s*"
    r"(?:[(（]\s*([一二三四五六七八九十]{1,3}|[ivx]{1,5}|\d{1,2})\s*[)）]\s*(?:目|小项|分项|项)?"
    r"|([一二三四五六七八九十]{1,3}|\d{1,2})\s*(?:目|小项|分项))", re.I)


def _item_after_sub(m: re.Match) -> str:
    token = (m.group(2) or m.group(3)).lower()
    value = int(token) if token.isdigit() else zh_to_int(token) or roman_to_int(token)
    return f"{m.group(1)}({int_to_roman(value).lower()})" if value else m.group(0)


def _bracket_subs(m: re.Match) -> str:
    roman = f"({m.group(3).lower()})" if m.group(3) else ""
    return f"{m.group(1)}({m.group(2).lower()}){roman}"


def _normalise_zh_place(text: str) -> str:
    """第十八段 -> 第 18 段; 第 5(a) 段 -> 第 5 段(a); para 9 c -> para 9(c): the forms
    parse_locator reads."""
    def numeral(m: re.Match) -> str:
        value = zh_to_int(m.group(1))
        return f"第 {value} 段" if value else m.group(0)

    text = _ZH_PARA_NUMERAL.sub(numeral, text)
    text = _ZH_PARA_SUBS_FIRST.sub(lambda m: f"第 {m.group(1)} 段{m.group(2).strip()}", text)
    text = _EN_BARE_SUBS.sub(_bracket_subs, text)
    text = _ZH_BARE_SUBS.sub(_bracket_subs, text)
    return _ZH_ITEM_AFTER_SUB.sub(_item_after_sub, text)


def parse_locator(text: str) -> Locator:
    """Read a locator typed in canonical, English or Chinese form.

    >>> parse_locator("附件一，第 37 段").canonical()
    'annex I para 37'
    """
    s = _normalise_zh_place(text.strip().replace("．", "."))
    if not s:
        raise LocatorSyntaxError("empty locator")
    low = s.lower()
    if low in ("masthead", "front matter", "文件首页"):
        return MASTHEAD
    if low in _PREAMBLE_WORDS:
        return PREAMBLE
    if low in ("agenda", "provisional agenda", "临时议程"):
        return Locator("agenda")
    if low in ("unplaced", "place not determined", "位置不详"):
        return UNPLACED
    for pattern in (_EN_FOOT, _ZH_FOOT):
        m = pattern.match(s)
        if m:
            return Locator("footnote", m.group(1))

    annex: str | None = None
    for pattern in (_EN_ANNEX, _ZH_ANNEX):
        m = pattern.match(s)
        if m:
            annex = _annex_number(m.group(1) or "")
            if annex is None:
                raise LocatorSyntaxError(f"not an annex number: {m.group(1)!r}")
            s = s[m.end():]
            break
    if annex is not None and not s.strip():
        return Locator("annex", annex=annex)
    if annex is not None and s.strip().lower() in _PREAMBLE_WORDS:
        return Locator("preamble", annex=annex)  # a resolution's preamble inside an annex

    for kind, patterns in (("para", (_EN_PARA, _ZH_PARA)), ("item", (_EN_ITEM, _ZH_ITEM))):
        for pattern in patterns:
            m = pattern.match(s)
            if m:
                subs, rest = _parse_subs(s[m.end():])
                if rest.strip():
                    raise LocatorSyntaxError(f"unexpected text after the locator: {rest.strip()!r}")
                return Locator(kind, m.group(1), subs, annex)
    # A bare number means a paragraph, as people write "18" or "18 (c)".
    m = re.match(r"^\s*(\d+)\s*", s)
    if m:
        subs, rest = _parse_subs(s[m.end():])
        if not rest.strip():
            return Locator("para", m.group(1), subs, annex)
    raise LocatorSyntaxError(f"cannot read {text.strip()!r} as a place in a document")


# --- citations -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class DocumentRef:
    """What a citation needs to know about its document."""

    file: str
    language: str
    symbol: str | None = None
    symbol_verified: bool = False
    short_title: str = ""
    title_zh: str = ""
    date: str = ""


@dataclass(frozen=True)
class Citation:
    """A document plus a place in it, rendered in UN style in English and Chinese."""

    document: DocumentRef
    locator: Locator
    heading: tuple[str, ...] = field(default=())
    """Heading path above the block, outermost first: context for display, never a locator."""

    @property
    def symbol(self) -> str | None:
        return self.document.symbol

    def _doc_en(self) -> str:
        if self.document.symbol:
            return self.document.symbol
        title = self.document.short_title or self.document.file
        return f"{title} (symbol unknown)"

    def _doc_zh(self) -> str:
        if self.document.symbol:
            return self.document.symbol
        title = self.document.title_zh or self.document.short_title or self.document.file
        return f"《{title}》（文号不详）"

    def en(self) -> str:
        return f"{self._doc_en()}, {self.locator.display_en()}"

    def zh(self) -> str:
        return f"{self._doc_zh()}，{self.locator.display_zh()}"

    def display(self, language: str) -> str:
        """The citation in the language of the question."""
        return self.zh() if language == "zh" else self.en()


_FIND_ANNEX = re.compile(r"(?:附件\s*[一二三四五六七八九十]+|\bannex\s+[ivxlc]+\b)", re.I)
_FIND_PLACE = re.compile(
    r"(?:第\s*\d+\s*段(?:\s*[(（]\s*(?:[a-z]{1,6}|[一二三四五六七八九十]{1,3})\s*[)）])*"
    r"|(?:\bpara(?:graph)?s?\.?|§)\s*\d+(?:\s*\(\s*[a-z]{1,6}\s*\))*"
    r"|(?:脚注|\bfootnote)\s*(?:\d+|\*)"
    r"|(?:项目|\bitem)\s*\d+(?:\s*[(（]\s*[a-z]\s*[)）])?"
    r"|序言|\bpreamble\b)", re.I)


# "paragraph 1 of annex I": English names the annex after the paragraph.
_ANNEX_AFTER_PLACE = re.compile(r"\s*,?\s*(?:of|in)\s+(?:the\s+)?", re.I)
_NOT_IN_AN_ANNEX = re.compile(r"脚注|footnote|项目|item", re.I)  # numbered through the document


def find_locator(text: str) -> Locator | None:
    """The first place named inside a sentence ('E/CN.15/2011/19 附件二第 5 段说了什么').

    Returns None when the text names no place. An annex named on its own is a place too.
    """
    text = _normalise_zh_place(text)
    place = _FIND_PLACE.search(text)
    annex = _FIND_ANNEX.search(text)
    parts = []
    if annex and (place is None or annex.start() < place.start()
                  or (_ANNEX_AFTER_PLACE.fullmatch(text, place.end(), annex.start())
                      and not _NOT_IN_AN_ANNEX.match(place.group(0)))):
        parts.append(annex.group(0))
    if place:
        parts.append(place.group(0))
    if not parts:
        return None
    try:
        return parse_locator(" ".join(parts))
    except LocatorSyntaxError:
        return None
