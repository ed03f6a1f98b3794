"""One document's text -> an ordered list of Blocks, each with its place in the document.

The parser reads lines and keeps the document's own numbering as state: the next paragraph
number it expects, the annex it is in, the subparagraph letters and roman numerals open in the
current paragraph, the next footnote number. A locator is only ever taken from a number printed in
the document; text whose place cannot be told is marked `unplaced`, never given a guessed number.

Two kinds of input occur and are handled by the same rules:
- text extracted from PDF: hard-wrapped lines, footnotes below a `______` separator that run
  until the next page's first line (which starts with a space), footnote numbers glued to the
  text (`破坏。21970 年代` is footnote 2, then 1970);
- markdown-ish conversions: `##` headings, `<sup>N</sup>` footnote markers, `[A/C.3/72/12](#)`
  links, `- (a)` bullets, tab-separated tables.

English text extracted from PDF has no indented page starts; what ends the footnotes of a page
there is the page furniture (footer `2/12`, `V.18-02231`, the next page's header repeating the
masthead's symbol) or, on pages without furniture, the next paragraph number or heading. Its
other shapes: headings wrapped over two lines, markers alone on their line (`12.` then the
text), footnote markers glued after a word or full stop (`crime.12 The`), words hyphenated at a
line end (`inter-` / `national` joins as `international` when the document spells it whole
elsewhere, `computer-` / `related` keeps its hyphen), a table of contents in the front matter,
and annotations whose item headings repeat the titles of the agenda listed above them.

Schedules laid out with spaces rather than tabs ("2 月 28 日，星期一" / "上午 10 时至下午 1 时 1(a)
会议开幕") are tables: a row with a weekday, a time of day or CJK columns is never a heading, however
long the document's other lines are, and the short rows after it stay in its table.

Every non-blank line belongs to exactly one block (text, heading, footnote or page furniture):
that is what makes the parse lossless, and `Document.coverage_problems()` checks it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .citations import MASTHEAD, PREAMBLE, UNPLACED, Citation, DocumentRef, Locator, int_to_roman
from .citations import roman_to_int, zh_to_int
from .symbols import SYMBOL_RE

# Block kinds. Citable kinds carry a locator; headings and furniture do not.
MASTHEAD_KIND = "masthead"
HEADING = "heading"
PARA = "para"
SUBPARA = "subpara"
FOOTNOTE = "footnote"
TABLE = "table"
TEXT = "text"  # unnumbered text, placed by its container (annex, item, agenda) or unplaced
FURNITURE = "furniture"
BLOCK_KINDS = (MASTHEAD_KIND, HEADING, PARA, SUBPARA, FOOTNOTE, TABLE, TEXT, FURNITURE)


@dataclass
class Block:
    """A run of source lines that share one place in the document."""

    kind: str
    locator: Locator | None
    heading: tuple[str, ...]
    lines: list[tuple[int, int]] = field(default_factory=list)
    """(start, end) offsets of each source line, stripped of surrounding whitespace."""
    text: str = ""
    """Reading text: lines joined, markers and markup removed, footnote numbers taken out."""
    footnote_refs: tuple[str, ...] = ()
    """Footnotes this block refers to, in order ('12', '*')."""
    ref_offsets: tuple[int, ...] = ()
    """Where in `text` each of `footnote_refs` stood (its marker is taken out of the text)."""

    @property
    def citable(self) -> bool:
        return self.locator is not None

    def raw(self, source: str) -> str:
        return "\n".join(source[s:e] for s, e in self.lines)


@dataclass
class Document:
    """A parsed document: its blocks in reading order and anything odd the parser noticed."""

    ref: DocumentRef
    source: str
    blocks: list[Block]
    warnings: list[str] = field(default_factory=list)

    def citation(self, block: Block) -> Citation:
        return Citation(self.ref, block.locator or UNPLACED, block.heading)

    def citable_blocks(self) -> list[Block]:
        return [b for b in self.blocks if b.citable]

    def find(self, locator: Locator) -> list[Block]:
        """Blocks at `locator` or inside it (a paragraph includes its subparagraphs)."""
        return [b for b in self.blocks if b.locator is not None and locator.contains(b.locator)]

    def locators(self) -> list[Locator]:
        seen: dict[Locator, None] = {}
        for b in self.blocks:
            if b.locator is not None:
                seen.setdefault(b.locator, None)
        return list(seen)

    def paragraph_locators(self) -> list[str]:
        """Canonical locators of numbered paragraphs and subparagraphs, in reading order."""
        return [str(loc) for loc in self.locators() if loc.kind == "para"]

    def counts(self) -> dict[str, int]:
        out: dict[str, int] = {k: 0 for k in BLOCK_KINDS}
        for b in self.blocks:
            out[b.kind] += 1
        return out

    def coverage_problems(self) -> list[str]:
        """Non-whitespace characters that no block, or more than one block, holds."""
        owner = [0] * len(self.source)
        for b in self.blocks:
            for s, e in b.lines:
                for i in range(s, e):
                    owner[i] += 1
        problems = []
        for i, c in enumerate(self.source):
            if not c.isspace() and owner[i] != 1:
                problems.append(f"offset {i} {c!r} held by {owner[i]} blocks")
                if len(problems) > 20:
                    break
        return problems


# --- character classes ---------------------------------------------------------------------------


def is_cjk(c: str) -> bool:
    o = ord(c)
    return (0x4E00 <= o <= 0x9FFF or 0x3400 <= o <= 0x4DBF or 0x3000 <= o <= 0x303F
            or 0xFF00 <= o <= 0xFFEF or 0x2018 <= o <= 0x201F or o == 0x2014 or o == 0x2026)


_TERMINAL = "。；！？.;!?…"  # a colon introduces what follows, so it does not close
_CLOSERS = "”’）)」』》\"'"


def _closed(text: str) -> bool:
    """True when `text` ends a sentence or clause (so what follows may start something new)."""
    t = text.rstrip().rstrip(_CLOSERS)
    t = re.sub(r"(<sup>[^<]*</sup>|\d{1,3})$", "", t) if t and not t[-1] in _TERMINAL else t
    return bool(t) and t[-1] in _TERMINAL


def _cjk_share(text: str) -> float:
    letters = [c for c in text if not c.isspace()]
    return sum(1 for c in letters if is_cjk(c)) / len(letters) if letters else 0.0


# --- line patterns -------------------------------------------------------------------------------

_MD_HEADING = re.compile(r"^(#{1,6})\s+")
_BULLET = re.compile(r"^[-•●▪]\s+")
_SEPARATOR = re.compile(r"^(?:_{5,}|-{3,}|\*{3,}|—{3,})$")
_JOB = r"[A-Z]{1,2}\.\d{2}-\d{4,6}"
_PAGE_FURNITURE = re.compile(
    r"^(?:\d{1,3}|\d{1,3}\s*/\s*\d{1,3}|-\s*\d{1,3}\s*-|" + _JOB + r"(?:\s*\([A-Z]\))?"
    r"(?:\s+\d{6})?(?:\s+\d{6})?|\*\d{6,}\*|Please recycle|请回收"
    r"|\d{1,3}\s*/\s*\d{1,3}\s+" + _JOB + r"|" + _JOB + r"\s+\d{1,3}\s*/\s*\d{1,3})$")
_PARA = re.compile(r"^(\d{1,3})\s?[.．](?!\d)\s*")
_SUB_LETTER = re.compile(r"^[(（]([a-z]{1,4})[)）]\s*")
_SUB_ZH = re.compile(r"^[(（]([一二三四五六七八九十]{1,3})[)）]\s*")
_SUP_FOOTNOTE = re.compile(r"^<sup>\s*(\d{1,3}|\*)\s*</sup>\s*")
_ASTERISK_FOOTNOTE = re.compile(r"^\\?\*\s*(?=\S)")
_PDF_FOOTNOTE = re.compile(r"^(\d{1,3})(?:\s+|(?=[^\d\s.．,，、/:：%-]))")
_CHAPTER = re.compile(r"^(?:[一二三四五六七八九十]{1,3}\s*[.．、]|[IVX]{1,6}\.\s)\s*\S")
_SECTION = re.compile(r"^[A-Z][.．]\s*\S")
_TOPIC = re.compile(r"^(?:专题|Topic)\s*\d+")
_ANNEX = re.compile(r"^(?:附件\s*([一二三四五六七八九十]*)|(?:annex|ANNEX|Annex)(?:\s+([IVXivx]+|\d+))?)$")
_AGENDA = re.compile(r"^(?:临时议程|provisional agenda|Provisional agenda|PROVISIONAL AGENDA)$")
_ANNOTATIONS = re.compile(r"^(?:说明|临时议程说明|annotations|Annotations|ANNOTATIONS"
                          r"|Annotations to the provisional agenda)$")
# The line that opens a resolution's preamble: the adopting organ, ending in a comma ("The
# Commission on Crime Prevention and Criminal Justice," / "预防犯罪和刑事司法委员会，").
_ORGAN_WORD = r"(?:[A-Z][\w’'-]*|and|of|on|for|the|to|in|against)"
_RESOLUTION_OPENING = re.compile(
    r"^The (?=[^,]*\b(?:Assembly|Council|Commission|Conference|Committee|Board|Parties)\b)"
    + _ORGAN_WORD + r"(?:\s+" + _ORGAN_WORD + r")*\s*,$"
    r"|^[\u4e00-\u9fff“”《》（）]{0,40}(?:大会|理事会|委员会|缔约国会议)\s*[，,]$")
# A row of a schedule laid out with spaces, not tabs: a weekday, a time of day, or columns (two
# CJK words a space apart, "日期 议程项目 标题或说明"). A title has none of these (a date alone can
# be in a title), so such a line is never a heading; the rows after it ("1(b) 通过议程") follow it.
_SCHEDULE_ROW = re.compile(
    r"星期[一二三四五六日天]|[上中下]午\s*\d{1,2}(?:[:：.]\d{2})?\s*时"
    r"|\b\d{1,2}(?:[.:]\d{2})?\s*[ap]\.m\.|\b(?:Monday|Tuesday|Wednesday|Thursday|Friday"
    r"|Saturday|Sunday)\b|[\u4e00-\u9fff] +[\u4e00-\u9fff]")

def _introduces(text: str) -> bool:
    """Does this text end with a colon that introduces what follows (a list, a quotation)?"""
    return text.rstrip().endswith((":", "："))


_DOCUMENTATION = re.compile(r"^(?:文件|Documentation|DOCUMENTATION)$")
_CONTENTS = re.compile(r"^(?:目录|Contents|CONTENTS|Table of contents)$")
# A line of a table of contents: an entry ending in its page number (after dot leaders or a
# space), a column heading, or a page number alone.
_TOC_LINE = re.compile(r"(?:(?:\s*\.){2,}\s*|\s)\d{1,3}$|^\d{1,3}$|^(?:Page|Paragraphs|Chapter"
                       r"|Paragraphs\s+Page|页次|段次)$")
_LIST_ITEM = re.compile(r"^(?:\d{1,3}\s?[.．]|[(（](?:[a-z]{1,4}|[一二三四五六七八九十]{1,3})[)）])")
# A footnote line ending like this is cut before a number ("vol. 13, No." / "4 (1980)"), so a
# following line that starts with a number continues it rather than starting the next footnote.
_OPEN_BEFORE_NUMBER = re.compile(
    r"(?:\b(?:No|Nos|no|vol|vols|p|pp|para|paras|chap|art|arts|sect|ser)\.|[,(–-]"
    r"|\b(?:and|of|to|in|at|on|No|resolution|resolutions|footnote|note|article|articles|annex"
    r"|paragraph|paragraphs|chapter|page|pages|volume|item|items|session|decision)\b)$")


@dataclass
class _Line:
    start: int
    end: int
    text: str  # stripped content
    indented: bool  # began with whitespace (in PDF text: the first line of a new page)
    is_table: bool
    blank_before: bool  # a blank line separates it from the previous line


# "1.<TAB>The Expert Group ...": a tab after a paragraph or subparagraph number separates the
# number from its text; it does not make the line a table row.
_MARKER_TAB = re.compile(r"^(?:\d{1,3}\s?[.．]|[(（](?:[a-z]{1,4}|[一二三四五六七八九十]{1,3})[)）])\t+[^\t]+$")


def _lines(source: str) -> list[_Line]:
    out = []
    pos = 0
    blank = False
    for raw in source.split("\n"):
        stripped = raw.strip()
        if stripped:
            lead = len(raw) - len(raw.lstrip())
            start = pos + lead
            table = ("\t" in raw.strip(" \n") or raw.startswith("\t")) and not (
                not raw.startswith("\t") and _MARKER_TAB.match(stripped))
            out.append(_Line(start, start + len(stripped), stripped, lead > 0, table, blank))
            blank = False
        else:
            blank = True
        pos += len(raw) + 1
    return out


def _heading_text(text: str) -> str:
    return _MD_HEADING.sub("", text).strip().strip("*").strip()


def _width(text: str) -> float:
    """Printed width in CJK character units (a Latin character is about half as wide)."""
    return sum(1.0 if is_cjk(c) else 0.55 for c in text)


def _short(text: str) -> bool:
    limit = 60 if _cjk_share(text) > 0.3 else 110
    return len(text) <= limit


def _page_width(lines: list["_Line"]) -> float:
    """Width of a full line of hard-wrapped (PDF) text: wrapped body lines reach it, headings don't.

    Markdown-like text has one line per paragraph, so its 'page width' is large and only the
    absolute limit of `_short` applies.
    """
    widths = sorted(_width(l.text) for l in lines if _width(l.text) >= 15)
    return widths[len(widths) // 2] if widths else 0.0


def _annex_number(m: re.Match) -> str:
    zh, latin = m.group(1), m.group(2)
    if zh:
        return int_to_roman(zh_to_int(zh) or 0).upper()
    if latin:
        return latin.upper() if not latin.isdigit() else int_to_roman(int(latin)).upper()
    return ""


# --- the parser ----------------------------------------------------------------------------------


class _Parser:
    def __init__(self, ref: DocumentRef, source: str) -> None:
        self.ref = ref
        self.source = source
        self.blocks: list[Block] = []
        self.warnings: list[str] = []
        self.mode = "front"  # front | preamble | body | agenda | annotations
        self.annex: str | None = None
        self.para: int = 0  # last paragraph number in the current numbering (body or annex)
        self.para_block: Block | None = None
        self.letter: str | None = None
        self.roman: int = 0
        self.quoted = False  # inside a quotation with its own numbering
        self.item: str | None = None
        self.item_sub: str | None = None
        self.headings: list[tuple[int, str]] = []
        self.current: Block | None = None  # block that continuation lines join
        self.footnote: Block | None = None  # footnote that continuation lines join
        self.zone = False  # below a footnote separator (PDF)
        self.after_separator = False  # the previous line was a footnote separator
        self.last_footnote = 0
        self.masthead_symbol: str | None = None  # the symbol standing alone in the masthead
        self.agenda_items: dict[tuple[str, ...], str] = {}  # ("1",) / ("1", "a") -> item title
        self.agenda_last: tuple[str, ...] | None = None
        self.vocabulary = _vocabulary(source)
        self.toc = False  # inside the table of contents of the front matter
        self.has_asterisk_ref = bool(re.search(r"(?<=\S)\\?\*(?!\*)", source))
        self.all_lines: list[_Line] = []  # the document's lines, and the one being read
        self.index = 0
        self.row_table: Block | None = None  # a schedule laid out with spaces, being read

    # helpers ------------------------------------------------------------------------------
    def heading_path(self) -> tuple[str, ...]:
        return tuple(t for _, t in self.headings)

    def new_block(self, kind: str, locator: Locator | None, line: _Line) -> Block:
        block = Block(kind, locator, self.heading_path(), [(line.start, line.end)])
        self.blocks.append(block)
        return block

    def push_heading(self, level: int, text: str) -> None:
        self.headings = [(lv, t) for lv, t in self.headings if lv < level]
        self.headings.append((level, text))

    def container_locator(self) -> Locator:
        """Where unnumbered text sits when no paragraph holds it."""
        if self.mode == "front":
            return MASTHEAD
        if self.mode == "preamble":
            return PREAMBLE
        if self.mode == "agenda":
            return Locator("agenda")
        if self.mode == "annotations" and self.item:
            return Locator("item", self.item, (self.item_sub,) if self.item_sub else ())
        if self.annex is not None:
            return Locator("annex", annex=self.annex)
        return UNPLACED

    def end_paragraph(self) -> None:
        self.para_block = None
        self.letter = None
        self.roman = 0
        self.quoted = False
        self.current = None

    # structure events ---------------------------------------------------------------------
    def start_annex(self, number: str, line: _Line) -> None:
        self.end_paragraph()
        self.mode = "body"
        self.annex = number
        self.para = 0
        self.headings = []
        label = line.text
        self.push_heading(0, _heading_text(label))
        self.new_block(HEADING, None, line)

    def heading(self, level: int, line: _Line) -> None:
        self.end_paragraph()
        if self.mode == "front":
            self.mode = "body"
        self.push_heading(level, _heading_text(line.text))
        self.new_block(HEADING, None, line)

    def start_para(self, number: int, line: _Line) -> None:
        self.end_paragraph()
        if self.mode in ("front", "preamble", "agenda"):
            self.mode = "body"
        if number > self.para + 1:
            self.warnings.append(
                f"paragraph {self.para + 1}" + (f"-{number - 1}" if number - 1 > self.para + 1
                                               else "") + f" not found before para {number}"
                + (f" (annex {self.annex})" if self.annex else ""))
        self.para = number
        block = self.new_block(PARA, Locator("para", str(number), (), self.annex), line)
        self.para_block = block
        self.current = block

    def start_subpara(self, sub: tuple[str, ...], line: _Line) -> None:
        assert self.para_block is not None and self.para_block.locator is not None
        loc = self.para_block.locator
        block = self.new_block(SUBPARA, Locator("para", loc.number, sub, loc.annex), line)
        self.current = block

    def reattach_quotation(self, n: int) -> bool:
        """Paragraph numbering jumps back to `n`, one more than a paragraph that ended with an
        introducing colon ("decided as follows:" / "决定如下："): the paragraphs numbered from `n`
        since that colon were the quoted text's own numbering (a resolution's operative
        paragraphs), not the document's. Move their lines into the block that ended with the
        colon and go back to numbering after it; True if that explains the jump."""
        first = next((i for i in range(len(self.blocks) - 1, -1, -1)
                      if self.blocks[i].kind == PARA and self.blocks[i].locator is not None
                      and self.blocks[i].locator.annex == self.annex
                      and self.blocks[i].locator.number == str(n)), None)
        if first is None:
            return False
        colon = next((b for b in reversed(self.blocks[:first]) if b.kind not in (
            FOOTNOTE, FURNITURE)), None)
        if (colon is None or colon.kind not in (PARA, SUBPARA) or colon.locator is None
                or colon.locator.annex != self.annex or colon.locator.number != str(n - 1)
                or not _introduces(self.last_line(colon))):
            return False
        moved = self.blocks[first:]
        if any(b.kind not in (PARA, SUBPARA, FOOTNOTE, FURNITURE) for b in moved):
            return False  # a heading or table in between: not one quotation
        for block in moved:
            if block.kind in (PARA, SUBPARA):
                colon.lines.extend(block.lines)
        self.blocks[first:] = [b for b in moved if b.kind in (FOOTNOTE, FURNITURE)]
        # Gaps noted inside the quotation were the quoted text's numbering, not the document's.
        gaps = [f"before para {k}" + (f" (annex {self.annex})" if self.annex else "")
                for k in range(n, self.para + 1)]
        self.warnings = [w for w in self.warnings if not (
            w.startswith("paragraph ") and w.endswith(tuple(gaps)))]
        self.para = n - 1
        return True

    # classification -----------------------------------------------------------------------
    def subpara_marker(self, text: str) -> tuple[tuple[str, ...], bool] | None:
        """The subparagraph path a marker line opens, if it opens one here."""
        body = _BULLET.sub("", text)
        m = _SUB_ZH.match(body)
        if m:
            n = zh_to_int(m.group(1))
            if n is None:
                return None
            if self.letter:
                return (self.letter, int_to_roman(n)), True
            return (int_to_roman(n),), False
        m = _SUB_LETTER.match(body)
        if not m:
            return None
        token = m.group(1)
        as_roman = roman_to_int(token)
        expected_letter = chr(ord(self.letter) + 1) if self.letter and len(self.letter) == 1 else "a"
        expected_roman = int_to_roman(self.roman + 1)
        if self.letter and as_roman is not None:
            if token == expected_roman and token == expected_letter:
                # "(i)" after "(h)": the roman numeral if the list shows it, else the letter.
                if self.ambiguous_marker_is_roman(token):
                    return (self.letter, token), True
                return (token,), False
            if token == expected_roman and token != expected_letter:
                return (self.letter, token), True
            if token == expected_letter:
                return (token,), False
            if self.roman:
                return (self.letter, token), True
        if len(token) == 1 or token == expected_letter:
            return (token,), False
        if as_roman is not None and self.letter:
            return (self.letter, token), True
        return None

    def ambiguous_marker_is_roman(self, token: str) -> bool:
        """`token` is both the next letter and the next roman numeral ("(i)" after "(h)", "(v)"
        after "(u)" and its "(iv)"). The next marker decides when it proves one reading ("(ii)"
        next: roman; "(j)" next: the letter); otherwise the numeral opens a list only right after
        an item that introduces one with a colon."""
        following = self.next_sub_token()
        if following == int_to_roman(self.roman + 2):
            return True
        if following == chr(ord(token) + 1):
            return False
        return self.roman == 0 and self.current is not None and _introduces(self.current_text())

    def next_sub_token(self) -> str | None:
        """The (a)/(i) token of the next subparagraph marker line in this paragraph, if any."""
        for line in self.all_lines[self.index + 1:self.index + 40]:
            body = _BULLET.sub("", _heading_text(line.text))
            m = _SUB_LETTER.match(body)
            if m:
                return m.group(1)
            if _PARA.match(body) or _SUB_ZH.match(body) or _MD_HEADING.match(line.text):
                return None
        return None

    # the main loop ------------------------------------------------------------------------
    def run(self) -> list[Block]:
        lines = _lines(self.source)
        self.all_lines = lines
        self.page_width = _page_width(lines)
        # A footnote body without <sup> markup is recognised by its number only when the
        # number is the next one expected, so text such as "2011 年" never starts a footnote.
        for i, line in enumerate(lines):
            self.index = i
            self.step(line, lines[i + 1] if i + 1 < len(lines) else None)
        return self.blocks

    def step(self, line: _Line, nxt: _Line | None) -> None:
        text = line.text
        after_separator, self.after_separator = self.after_separator, False
        if _SEPARATOR.match(text):
            self.new_block(FURNITURE, None, line)
            self.zone = True
            self.footnote = None
            self.after_separator = True
            return
        if self.zone and self.lone_footnote_marker(text, nxt):
            # "12" or "*" alone on its line, the footnote's text on the next line: a footnote
            # number, not a page number.
            self.start_footnote(text if text.isdecimal() else "*", line)
            return
        if _PAGE_FURNITURE.match(text) or (self.mode != "front" and text in (
                self.ref.symbol, self.masthead_symbol)):
            # A page footer or the next page's header: the footnotes of the page end here (a
            # footnote that runs on continues below the next page's separator).
            self.new_block(FURNITURE, None, line)
            self.zone = False
            self.footnote = None
            return
        if self.mode == "front" and self.masthead_symbol is None:
            m = SYMBOL_RE.search(text)
            if m and (m.group(0) == text or text[:m.start()].strip() in (
                    "United Nations", "Nations Unies", "联合国")):
                self.masthead_symbol = m.group(0)  # repeated as the header of following pages
        if self.footnote_line(line, after_separator):
            return
        self.zone = False
        self.footnote = None
        self.body_line(line, nxt)

    def footnote_line(self, line: _Line, after_separator: bool = False) -> bool:
        """Handle `line` if it starts or continues a footnote; False to treat it as body text.

        `after_separator`: the line comes right below a separator, where only footnotes sit.
        """
        text = line.text
        m = _SUP_FOOTNOTE.match(text)
        if m and self.mode != "front" or (m and m.group(1) == "*"):
            self.start_footnote(m.group(1), line)
            return True
        if _ASTERISK_FOOTNOTE.match(text) and not _SEPARATOR.match(text) and (
                self.zone or self.has_asterisk_ref) and not text.startswith("**"):
            self.start_footnote("*", line)
            return True
        if self.zone:
            last = self.footnote or self.last_footnote_block()
            m = _PDF_FOOTNOTE.match(text)
            if m and not _PARA.match(text):
                n = int(m.group(1))
                if self.last_footnote < n <= self.last_footnote + 2 and not (
                        last is not None and _OPEN_BEFORE_NUMBER.search(self.last_line(last))):
                    self.start_footnote(str(n), line)
                    return True
            if (not line.indented or after_separator) and self.ends_zone(text):
                return False
            # Below the separator, a line that does not start with a space continues the
            # footnote (also across a page: the first footnote line of a page may be the end of
            # the previous page's last footnote); the next page's body starts indented. The line
            # right below the separator is in the footnote area even when it is indented.
            if last is not None and (not line.indented or after_separator) and not (
                    _MD_HEADING.match(text)):
                last.lines.append((line.start, line.end))
                self.footnote = last
                return True
            return False
        if self.footnote is not None and not line.blank_before and not self.is_marker(text):
            self.footnote.lines.append((line.start, line.end))
            return True
        return False

    def lone_footnote_marker(self, text: str, nxt: _Line | None) -> bool:
        if nxt is None or _SEPARATOR.match(nxt.text) or _PAGE_FURNITURE.match(nxt.text):
            return False
        if text in ("*", "\\*"):
            return True
        return text.isdecimal() and self.last_footnote < int(text) <= self.last_footnote + 2

    def last_line(self, block: Block) -> str:
        s, e = block.lines[-1]
        return self.source[s:e]

    def ends_zone(self, text: str) -> bool:
        """A line below the footnotes that can only be body text: the next paragraph, a numbered
        heading or an annex (text whose pages carry neither headers nor indented first lines)."""
        bare = _heading_text(text)
        m = _PARA.match(bare)
        if m and int(m.group(1)) == self.para + 1 and self.mode == "body" and not self.quoted:
            return True
        if _ANNEX.match(bare):
            return True
        return bool(_CHAPTER.match(bare) and _short(bare) and not _closed(bare)
                    and _width(bare) < 0.8 * self.page_width)

    def last_footnote_block(self) -> Block | None:
        for b in reversed(self.blocks):
            if b.kind == FOOTNOTE:
                return b
        return None

    def start_footnote(self, number: str, line: _Line) -> None:
        if number != "*":
            n = int(number)
            if n != self.last_footnote + 1:
                self.warnings.append(f"footnote {number} follows footnote {self.last_footnote}")
            self.last_footnote = max(self.last_footnote, n)
        self.footnote = self.new_block(FOOTNOTE, Locator("footnote", number), line)

    def is_marker(self, text: str) -> bool:
        return bool(_PARA.match(text) or _SUB_LETTER.match(_BULLET.sub("", text))
                    or _SUB_ZH.match(_BULLET.sub("", text)) or _MD_HEADING.match(text))

    def body_line(self, line: _Line, nxt: _Line | None) -> None:
        text = line.text
        row_table, self.row_table = self.row_table, None
        bare = _heading_text(text) if _MD_HEADING.match(text) else text
        is_md_heading = bool(_MD_HEADING.match(text))
        # Masthead lines never end in punctuation and never run on into each other; a paragraph
        # whose marker stands alone on its line ("12." then the text) runs on.
        continuing = self.current is not None and self.mode != "front" and (
            not _closed(self.current_text()) or self.marker_only(self.current))
        if self.continues_heading(line, bare):
            return
        if self.mode == "front" and self.in_contents(line, bare, nxt):
            # The table of contents lists chapter and annex titles with their pages: front
            # matter, not headings ("Annex ..... 20" must not open the annex).
            if self.current is None:
                self.current = self.new_block(MASTHEAD_KIND, MASTHEAD, line)
            else:
                self.join(line)
            return
        if self.mode == "front" and self.opens_preamble(bare):
            self.end_paragraph()
            self.mode = "preamble"
            self.current = self.new_block(TEXT, PREAMBLE, line)
            return
        if self.mode == "preamble":
            # Preambular paragraphs ("Recalling ...,", "注意到……，") carry no numbers; the
            # preamble runs until operative paragraph 1.
            m = _PARA.match(bare)
            if m and int(m.group(1)) == 1:
                self.start_para(1, line)
            else:
                self.append_or_new(line, TEXT, PREAMBLE)
            return
        if continuing and _short(bare) and not _closed(bare) and (
                _CHAPTER.match(bare) or _SECTION.match(bare) or _TOPIC.match(bare)
                or is_md_heading):
            # "as follows:" or a "[……]" placeholder, then a numbered heading: the text before
            # ended there, it was not cut by a line break.
            continuing = False

        # Annexes, the agenda and its annotations are recognised from their headings.
        m = _ANNEX.match(bare)
        if m and (not continuing or self.next_annex(m, bare)):
            self.start_annex(_annex_number(m), line)
            return
        if _AGENDA.match(bare) and not continuing:
            self.end_paragraph()
            self.mode = "agenda"
            self.push_heading(1, bare)
            self.new_block(HEADING, None, line)
            return
        if _ANNOTATIONS.match(bare) and self.mode == "agenda":
            self.end_paragraph()
            self.mode = "annotations"
            self.push_heading(1, bare)
            self.new_block(HEADING, None, line)
            return

        if line.is_table:
            self.table_line(line)
            return

        if self.mode == "annotations":
            if self.annotation_heading(line, bare):
                return
        elif self.mode == "agenda":
            if is_md_heading:
                self.heading(2, line)
                return
            self.append_or_new(line, TEXT, Locator("agenda"))
            self.record_agenda_entry(bare)
            return

        if is_md_heading and not self.is_numbered_para(bare):
            self.heading(self.heading_level(bare), line)
            return

        m = _PARA.match(bare)
        if m and self.mode != "annotations":
            n = int(m.group(1))
            if n == self.para + 1 or (self.para < n <= self.para + 3 and not self.quoted
                                      and not continuing):
                if self.mode == "front" and n != 1:
                    pass  # a number in the masthead is not a paragraph
                else:
                    self.start_para(n, line)
                    return
            if self.para_block is not None and n < self.para + 1:
                if not self.quoted and self.reattach_quotation(n):
                    self.start_para(n, line)
                    return
                # Inner numbering of a quoted statement or list stays in the paragraph.
                if not self.quoted and not (self.current is not None
                                            and _introduces(self.current_text())):
                    self.warnings.append(
                        f"para {n} follows para {self.para}"
                        + (f" (annex {self.annex})" if self.annex else "")
                        + f": kept in para {self.para} as quoted numbering")
                self.quoted = True
                self.join(line)
                return

        if self.quoted and self.current is not None:
            if _short(bare) and not _closed(bare) and (
                    _CHAPTER.match(bare) or _SECTION.match(bare) or _TOPIC.match(bare)):
                self.heading(self.heading_level(bare), line)
            else:
                self.join(line)
            return

        if self.para_block is not None and self.mode == "body":
            sub = self.subpara_marker(bare)
            if sub is not None and continuing and not self.current_text().rstrip().endswith(
                    (":", "：")) and not self.expected_sub(sub[0]):
                sub = None  # "article 32" / "(b) thereof": a wrapped reference, not a marker
            if sub is not None:
                path, second = sub
                if len(path) == 1:
                    self.letter = path[0]
                    self.roman = 0
                else:
                    self.roman = roman_to_int(path[1]) or self.roman
                self.start_subpara(path, line)
                return

        if (self.mode == "body" and not continuing and not is_md_heading
                and self.schedule_row(bare, row_table is not None)):
            self.table_line(line)
            self.row_table = self.blocks[-1] if self.blocks[-1].kind == TABLE else None
            return
        if not continuing and self.is_heading_line(bare, nxt):
            self.heading(self.heading_level(bare), line)
            return
        if self.mode == "front" and _CHAPTER.match(bare) and _short(bare):
            self.heading(1, line)
            return

        if self.current is not None:
            self.join(line)
            return
        kind = MASTHEAD_KIND if self.mode == "front" else TEXT
        self.current = self.new_block(kind, self.container_locator(), line)

    def opens_preamble(self, bare: str) -> bool:
        """Does this front-matter line name the organ that adopts a resolution ("The Commission on
        Crime Prevention and Criminal Justice,"), with operative paragraph 1 below it? Then the
        masthead ends here and the resolution's preamble begins."""
        if not _RESOLUTION_OPENING.match(bare.strip("*_ ")):
            return False
        for line in self.all_lines[self.index + 1:]:
            text = _heading_text(line.text)
            if _ANNEX.match(text) or _AGENDA.match(text):
                return False
            m = _PARA.match(text)
            if m:
                return m.group(1) == "1"
        return False

    def in_contents(self, line: _Line, bare: str, nxt: _Line | None) -> bool:
        if _CONTENTS.match(bare):
            self.toc = True
            return True
        if not self.toc:
            return False
        if _TOC_LINE.search(bare) and not (
                _PARA.match(bare) and _width(bare) >= 0.8 * self.page_width):
            return True
        if nxt is not None and _TOC_LINE.search(nxt.text) and not _PARA.match(bare) and (
                _short(bare) and not _closed(bare)):
            return True  # an entry wrapped over two lines, its page number on the second
        self.toc = False
        return False

    def next_annex(self, m: re.Match, bare: str) -> bool:
        """Is this annex heading the one after the current annex? Then it starts that annex even
        when the annex's text before it does not end a sentence (a list, a table with aligned
        columns); a lower-case "annex I" alone on its line is a wrapped reference."""
        if not self.annex or bare.startswith("annex"):
            return False
        current = roman_to_int(self.annex)
        return current is not None and _annex_number(m) == int_to_roman(current + 1).upper()

    def expected_sub(self, path: tuple[str, ...]) -> bool:
        """Is `path` the next subparagraph in sequence (so it can follow an unfinished line)?"""
        if len(path) == 1:
            nxt = chr(ord(self.letter) + 1) if self.letter and len(self.letter) == 1 else "a"
            return path[0] == nxt
        return path[0] == self.letter and path[1] == int_to_roman(self.roman + 1)

    def marker_only(self, block: Block) -> bool:
        """A paragraph or subparagraph whose one line is its number alone ("12.", "(a)")."""
        if block.kind not in (PARA, SUBPARA) or len(block.lines) != 1:
            return False
        text = _BULLET.sub("", self.last_line(block))
        for pattern in (_PARA, _SUB_LETTER, _SUB_ZH):
            m = pattern.match(text)
            if m and not text[m.end():].strip():
                return True
        return False

    def continues_heading(self, line: _Line, bare: str) -> bool:
        """Join a heading wrapped over two lines ("... workplan of the Expert Group for the" /
        "period 2018–2021"): the heading line before reached the margin and did not end, and this
        line goes on in lower case or with a number, and opens nothing."""
        last = self.blocks[-1] if self.blocks else None
        if (last is None or last.kind != HEADING or self.mode == "front"
                or line.is_table or _MD_HEADING.match(line.text) or not bare):
            return False
        prev = self.last_line(last)
        if (_MD_HEADING.match(prev) or _ANNEX.match(prev) or _AGENDA.match(prev)
                or _ANNOTATIONS.match(prev) or _DOCUMENTATION.match(prev) or _closed(prev)
                or _width(prev) < 0.75 * self.page_width):
            return False
        if not (bare[0].islower() or bare[0].isdigit()) or _cjk_share(bare) > 0.3:
            return False
        if not _short(bare) or self.starts_structure(line.text):
            return False
        last.lines.append((line.start, line.end))
        joined = _join_lines([_heading_text(self.source[s:e]) for s, e in last.lines],
                             self.vocabulary)
        level = self.headings[-1][0] if self.headings else 4
        self.headings = self.headings[:-1] + [(level, joined)]
        last.heading = self.heading_path()
        return True

    def current_text(self) -> str:
        assert self.current is not None
        s, e = self.current.lines[-1]
        return self.source[s:e]

    def join(self, line: _Line) -> None:
        assert self.current is not None
        self.current.lines.append((line.start, line.end))

    def append_or_new(self, line: _Line, kind: str, locator: Locator) -> None:
        if self.current is not None and self.current.locator == locator:
            self.join(line)
        else:
            self.current = self.new_block(kind, locator, line)

    def is_numbered_para(self, bare: str) -> bool:
        m = _PARA.match(bare)
        return bool(m) and int(m.group(1)) == self.para + 1 and not _short_title_like(bare)

    def heading_level(self, bare: str) -> int:
        if _CHAPTER.match(bare):
            return 1
        if _SECTION.match(bare):
            return 2
        if _TOPIC.match(bare):
            return 3
        return 4

    def is_heading_line(self, bare: str, nxt: _Line | None) -> bool:
        """A short line with no closing punctuation that does not continue a sentence."""
        if _closed(bare) or not _short(bare):
            return False
        last = self.blocks[-1] if self.blocks else None
        if (last is not None and last.kind == HEADING and _ANNEX.match(self.last_line(last))
                and self.mode == "body" and (nxt is None or self.starts_structure(nxt.text)
                                             or _width(nxt.text) < 0.75 * self.page_width)):
            return True  # the annex's title, right below "Annex I", even when it fills the line
        if _width(bare) >= 0.8 * self.page_width and not (
                _CHAPTER.match(bare) or _SECTION.match(bare) or _TOPIC.match(bare)
                or (nxt is not None and self.starts_structure(nxt.text))):
            return False  # a wrapped line of body text fills the page width; a heading does not
        if bare.endswith(("，", ",", "、")):
            return False
        if self.mode == "front":
            return False
        return True

    def schedule_row(self, bare: str, in_table: bool) -> bool:
        """A short line of a schedule or timetable laid out with spaces ("2 月 28 日，星期一",
        "上午 10 时至下午 1 时 1(a) 会议开幕"): a table row, not a heading, whatever the width of
        the document's other lines. A row with no date, time or item in it continues a schedule
        whose row it follows ("3 公约的目标和范围")."""
        if (not _short(bare) or _closed(bare) or bare.endswith(("，", ",", "、", ":", "："))
                or self.starts_structure(bare)):
            return False
        return in_table or bool(_SCHEDULE_ROW.search(bare))

    def starts_structure(self, text: str) -> bool:
        """Does this line open something new (a paragraph, heading, annex)?"""
        bare = _heading_text(text)
        return bool(_PARA.match(bare) or _MD_HEADING.match(text) or _CHAPTER.match(bare)
                    or _SECTION.match(bare) or _TOPIC.match(bare) or _ANNEX.match(bare)
                    or _SUB_LETTER.match(_BULLET.sub("", bare)))

    def record_agenda_entry(self, bare: str) -> None:
        """Remember the titles of the agenda's items, which the annotations repeat as headings."""
        m = _PARA.match(bare)
        if m:
            self.agenda_last = (m.group(1),)
            self.agenda_items[self.agenda_last] = bare[m.end():]
            return
        body = _BULLET.sub("", bare)
        m = _SUB_LETTER.match(body)
        if m and self.agenda_last:
            self.agenda_last = (self.agenda_last[0], m.group(1))
            self.agenda_items[self.agenda_last] = body[m.end():]
        elif self.agenda_last:
            self.agenda_items[self.agenda_last] += " " + bare  # an item title wrapped over lines

    def agenda_title(self, key: tuple[str, ...], rest: str) -> bool:
        """Can `rest` be the heading of agenda item `key`? Once the document has listed its agenda,
        an annotation heading repeats an item's title; a numbered paragraph does not."""
        if not self.agenda_items:
            return True
        title = self.agenda_items.get(key)
        if title is None:
            return False
        a, b = re.findall(r"\w+", rest.lower()), re.findall(r"\w+", title.lower())
        n = min(4, len(a), len(b))
        return n > 0 and a[:n] == b[:n]

    def annotation_heading(self, line: _Line, bare: str) -> bool:
        m = _PARA.match(bare)
        if m and (_MD_HEADING.match(line.text) or (
                _short(bare) and not _closed(bare)
                and self.agenda_title((m.group(1),), bare[m.end():]))):
            self.end_paragraph()
            self.item = m.group(1)
            self.item_sub = None
            self.push_heading(2, bare)
            self.new_block(HEADING, None, line)
            return True
        m = _SUB_LETTER.match(bare)
        if m and self.item and (_MD_HEADING.match(line.text) or (
                _short(bare) and not _closed(bare)
                and self.agenda_title((self.item, m.group(1)), bare[m.end():]))):
            self.end_paragraph()
            self.item_sub = m.group(1)
            self.push_heading(3, bare)
            self.new_block(HEADING, None, line)
            return True
        if _MD_HEADING.match(line.text) or _DOCUMENTATION.match(bare):
            self.end_paragraph()
            self.push_heading(4, bare)
            self.new_block(HEADING, None, line)
            return True
        # Annotations whose paragraphs are numbered (through the whole document) cite them as
        # paragraphs, with their (a), (b) ...; unnumbered annotations are cited by item.
        m = _PARA.match(bare)
        if m and int(m.group(1)) == self.para + 1:
            self.start_para(int(m.group(1)), line)
            return True
        if self.para_block is not None:
            sub = self.subpara_marker(bare)
            if sub is not None:
                path = sub[0]
                if len(path) == 1:
                    self.letter, self.roman = path[0], 0
                else:
                    self.roman = roman_to_int(path[1]) or self.roman
                self.start_subpara(path, line)
                return True
        if self.current is not None and self.current.kind in (PARA, SUBPARA):
            self.join(line)
            return True
        if self.current is None or self.current.locator != self.container_locator():
            self.current = self.new_block(TEXT, self.container_locator(), line)
        else:
            self.join(line)
        return True

    def table_line(self, line: _Line) -> None:
        if self.para_block is not None and self.para_block.locator is not None:
            loc = Locator("para", self.para_block.locator.number, (), self.para_block.locator.annex)
        else:
            loc = self.container_locator()
        last = self.blocks[-1] if self.blocks else None
        table = next((b for b in reversed(self.blocks) if b.kind == TABLE), None)
        if table is not None and table.locator == loc and (
                last is table or (last is not None and last.kind in (FOOTNOTE, FURNITURE))):
            table.lines.append((line.start, line.end))  # a table continues after a page break
        else:
            self.new_block(TABLE, loc, line)


def _short_title_like(bare: str) -> bool:
    return _short(bare) and not _closed(bare) and len(bare) < 25


# --- reading text --------------------------------------------------------------------------------

_LINK = re.compile(r"\[([^\]\n]*)\]\([^)\s]*\)")
_SUP_INLINE = re.compile(r"<sup>\s*(\d{1,3}|\*)\s*</sup>")
_TAGS = re.compile(r"</?(?:b|i|em|strong|u|br)\s*/?>")
_EMPHASIS = re.compile(r"(\*\*|__)(.+?)\1")


_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")


def _vocabulary(source: str) -> frozenset[str]:
    """Latin words of a document, lower case, hyphenated compounds kept whole."""
    return frozenset(w.lower() for w in _WORD.findall(source))


def _join_lines(parts: list[str], vocabulary: frozenset[str] = frozenset()) -> str:
    out = ""
    for part in parts:
        if not out:
            out = part
            continue
        a, b = out[-1], part[0]
        if a == "-" and len(out) > 1 and out[-2].isalpha() and b.islower():
            # "Computer-\nrelated" -> "Computer-related"; a word broken at a syllable
            # ("inter-\nnational") loses the hyphen when the document spells it whole elsewhere.
            left = re.search(r"[^\W\d_]+$", out[:-1])
            right = re.match(r"[^\W\d_]+", part)
            if (left and right and (left.group(0) + right.group(0)).lower() in vocabulary
                    and f"{left.group(0)}-{right.group(0)}".lower() not in vocabulary):
                out = out[:-1] + part
            else:
                out += part
        elif is_cjk(a) or is_cjk(b):
            out += part
        else:
            out += " " + part
    return out


def _strip_marker(block: Block, first: str) -> str:
    text = _MD_HEADING.sub("", first) if block.kind == HEADING else first
    if block.kind in (PARA,):
        text = _PARA.sub("", text, count=1)
    elif block.kind == SUBPARA:
        text = _BULLET.sub("", text)
        text = _SUB_LETTER.sub("", text, count=1)
        text = _SUB_ZH.sub("", text, count=1)
    elif block.kind == FOOTNOTE:
        text = _SUP_FOOTNOTE.sub("", text, count=1)
        text = _ASTERISK_FOOTNOTE.sub("", text, count=1)
        if block.locator is not None and block.locator.number != "*":
            text = re.sub(rf"^{re.escape(block.locator.number)}\s*", "", text, count=1)
        elif text.strip() in ("*", "\\*"):
            text = ""  # the asterisk alone on its line, the footnote's text below
    return text


def _reading_text(block: Block, source: str,
                  vocabulary: frozenset[str] = frozenset()) -> tuple[str, list[tuple[str, int]]]:
    """The block's reading text, and its footnote references with where each stood in it."""
    parts = [source[s:e] for s, e in block.lines]
    if block.kind == TABLE:
        parts = ["\t".join(c.strip() for c in p.split("\t") if c.strip()) for p in parts]
        text = "\n".join(parts)
    elif block.kind == MASTHEAD_KIND:
        text = "\n".join(_BULLET.sub("", p) for p in parts)  # one masthead entry a line
    elif block.locator is not None and block.locator.kind == "agenda":
        entries: list[str] = []  # a list: one entry a line, an entry wrapped over lines rejoined
        for p in parts:
            p = _BULLET.sub("", p)
            if entries and not _LIST_ITEM.match(p):
                entries[-1] = _join_lines([entries[-1], p], vocabulary)
            else:
                entries.append(p)
        text = "\n".join(entries)
    else:
        parts[0] = _strip_marker(block, parts[0])
        parts = [_BULLET.sub("", p) if block.kind in (TEXT, SUBPARA, PARA) else p for p in parts]
        text = _join_lines([p for p in parts if p], vocabulary)
    refs = [m.group(1) for m in _SUP_INLINE.finditer(text)]
    mark = next(c for c in map(chr, range(0xE000, 0xF900)) if c not in text)
    text = _SUP_INLINE.sub(mark, text)  # held in place while the markup goes
    text = _LINK.sub(r"\1", text)
    text = _TAGS.sub("", text)
    text = _EMPHASIS.sub(r"\2", text)
    text = text.replace("\\*", "*").strip()
    offsets = []
    for piece in text.split(mark)[:-1]:
        offsets.append((offsets[-1] if offsets else 0) + len(piece))
    return text.replace(mark, ""), list(zip(refs, offsets))


_REF_BEFORE_CJK = re.compile(r"[\u4e00-\u9fff\u3000-\u303f\uff00-\uffef\u2018-\u201f\u2014\u2026]")


def _take_glued_refs(text: str, expected: int, known: set[int]
                     ) -> tuple[str, list[tuple[str, int]], int]:
    """Remove footnote numbers glued to the text (PDF), following the footnote sequence.

    A number counts as a footnote marker only if it is the next footnote number expected (or one
    of the two after it, when a marker was lost), that footnote exists, and it is glued to the
    preceding character (CJK, closing punctuation or a Latin word ending).
    """
    symbol_spans = [m.span() for m in SYMBOL_RE.finditer(text)]
    out, refs, i = [], [], 0
    while i < len(text):
        taken = False
        if text[i].isdecimal() and i > 0 and (i == 0 or not text[i - 1].isdecimal()):
            prev = text[i - 1]
            glued_cjk = bool(_REF_BEFORE_CJK.match(prev))
            glued_latin = prev.isalpha() and prev.islower() or prev in ".,;:)”’\""
            for n in (expected, expected + 1, expected + 2):
                if n not in known:
                    continue
                s = str(n)
                if not text.startswith(s, i):
                    continue
                after = text[i + len(s):]
                digits = re.match(r"\d*", after).group(0)
                if any(a <= i < b for a, b in symbol_spans):
                    continue
                if glued_cjk:
                    ok = digits == "" or (len(digits) == 4 and digits[0] in "12")
                    if ok and digits == "" and after[:1] and after[:1] in "年月日号段条项届次个%．.,/-、":
                        ok = False  # "1 月", "2、3": a number in the text, not a marker
                elif glued_latin:
                    ok = digits == "" and (after == "" or after[0].isspace())
                    if prev == "." and i > 1 and text[i - 2].isdigit() and not re.search(
                            r"(?:\b\d{4}|\d/\d+)\.$", text[:i]):
                        ok = False  # "version 2.1", "chap. 2.8": a number, not a marker
                    word = re.search(r"(\w+)\.?$", text[:i])
                    if word and word.group(1) in ("p", "pp", "No", "para", "vol", "Add", "Rev",
                                                  "Corr", "L", "CRP", "INF", "chap", "art"):
                        ok = False
                else:
                    ok = False
                if ok:
                    refs.append((s, len(out)))
                    expected = n + 1
                    i += len(s)
                    taken = True
                    break
        if not taken:
            out.append(text[i])
            i += 1
    return "".join(out), refs, expected


def _finish(doc_blocks: list[Block], source: str) -> None:
    numbered = {int(b.locator.number) for b in doc_blocks
                if b.kind == FOOTNOTE and b.locator and b.locator.number.isdecimal()}
    sup_markup = "<sup>" in source
    expected = min(numbered) if numbered else 1
    vocabulary = _vocabulary(source)
    for block in doc_blocks:
        text, refs = _reading_text(block, source, vocabulary)
        if (numbered and not sup_markup and block.kind not in (FOOTNOTE, FURNITURE)):
            text, glued, expected = _take_glued_refs(text, expected, numbered)
            refs += glued
        block.text = text
        block.footnote_refs = tuple(number for number, _ in refs)
        block.ref_offsets = tuple(offset for _, offset in refs)


def parse_document(ref: DocumentRef, source: str) -> Document:
    """Parse `source` (the document's decoded text) into blocks; never raises on odd text."""
    parser = _Parser(ref, source)
    blocks = parser.run()
    _finish(blocks, source)
    return Document(ref, source, blocks, parser.warnings)
