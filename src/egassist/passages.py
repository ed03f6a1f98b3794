"""A parsed Document -> Passages for retrieval, one per citable block, never across two places.

A passage carries its block's citation unchanged. What is embedded and indexed may add context
(the heading path, the chapeau of a subparagraph's paragraph, the sentence of a subparagraph that
introduces its items) but the passage *text* is exactly its block's text, so a quoted answer is
always inside the place it is cited by.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from .citations import Citation, Locator, parse_locator
from .sentences import full_sentences
from .meetings import MONTHS
from .structure import FOOTNOTE, MASTHEAD_KIND, SUBPARA, TEXT, Document

WINDOW_CHARS = 320
"""Longest piece of a passage that is embedded as one vector: e5-small reads 512 tokens, and
shorter windows keep a long paragraph's second half findable."""

_LATIN_RUN = re.compile(r"[A-Za-z0-9][A-Za-z0-9 ,.;:'’“”\"()&/\-–—_%?=#]{40,}")
SHORT_FOOTNOTE = 40
"""Chinese characters under which a footnote is embedded with the sentence citing it."""

_CLOSERS = "。；！？;!?"
"""What ends a sentence, besides a full stop before a space."""
_SENTENCE_END = re.compile(rf"(?<=[{_CLOSERS}])|(?<=\.)\s")
_SENTENCE_CLOSE = re.compile(rf"[{_CLOSERS}]|\.(?=\s|$)")


@dataclass(frozen=True)
class Passage:
    key: str
    """Stable id inside a document: file#locator#n."""
    file: str
    symbol: str | None
    language: str
    kind: str
    locator: Locator
    citation: Citation
    text: str
    context: str
    """Heading path and what introduces the block (a subparagraph's paragraph chapeau; a
    second-level item's introducing sentence): indexed with the text, never shown as its text."""
    date: str = ""
    cited_by: str = ""
    """For a footnote: the sentence(s) whose marker refers to it. A footnote giving the bureau's
    members is about the year and meeting the citing sentence names. Kept apart from `context`:
    it is not indexed lexically (measured: as indexed words it re-ranked and cost answers), and
    it is embedded only with a short footnote ("例如，大会第 45/121……号决议。"), which says
    little of its own topic (see `embed_text`)."""
    subject: str = ""
    """For a second-level item ("(三) 设立网络犯罪调查机构……"): the first sentence of the
    subparagraph it belongs to, which says who does what the items list ("毒品和犯罪问题办公室应
    积极为……会员国……开展能力建设"). Embedded only: as indexed words it put the items above
    their subparagraph for what its other sentences say (measured: six questions on 9 (n)'s
    principles lost rank 1)."""

    @property
    def heading(self) -> str:
        return " > ".join(self.citation.heading)

    @property
    def own_heading(self) -> str:
        """The heading right above the block ("(a) 会议开幕"), which labels what it says."""
        return self.citation.heading[-1] if self.citation.heading else ""

    def index_text(self) -> str:
        return f"{self.context}\n{self.text}" if self.context else self.text

    def embed_text(self) -> str:
        """Text for the dense model: bibliographic Latin runs are dropped from Chinese footnotes,
        because they pull English questions toward footnotes that only cite sources; a short one
        is embedded with the sentence citing it (what its few words are examples or sources of).
        Measured: held-out 5 and 8 recall@5 +2.5 each; for every footnote, own-set answers were
        lost and held-out 1 recall@1 fell 3.3."""
        text, cited_by = self.text, ""
        if self.kind == FOOTNOTE and self.language == "zh":
            stripped = _LATIN_RUN.sub(" ", text).strip()
            words = sum(1 for c in stripped if "\u4e00" <= c <= "\u9fff")
            if words >= 12:
                text = stripped
            if words < SHORT_FOOTNOTE:
                cited_by = self.cited_by
        return "\n".join(p for p in (self.subject, self.context, cited_by, text) if p)

    def pieces(self) -> list[str]:
        """What is embedded, one vector each: `windows` of `embed_text`; for a timetable (an
        unnumbered block of dated entries), each entry with the context. A question about one
        date's entry ("when were comments on the questionnaire due?") then meets that entry's
        vector, not a window of several dates' words. (As passages of their own, the entries
        lost to each other on the words they share: measured, more questions lost rank 1 than
        gained.)"""
        entries = dated_entries(self.text) if self.kind == TEXT else []
        if not entries:
            return windows(self.embed_text())
        return [piece for entry in entries
                for piece in windows("\n".join(p for p in (self.context, entry) if p))]

    def to_json(self) -> dict:
        return {"key": self.key, "file": self.file, "symbol": self.symbol,
                "language": self.language, "kind": self.kind, "locator": str(self.locator),
                "heading": list(self.citation.heading), "text": self.text,
                "context": self.context, "date": self.date, "cited_by": self.cited_by,
                "subject": self.subject}

    @classmethod
    def from_json(cls, row: dict, citation_for) -> "Passage":
        locator = parse_locator(row["locator"])
        return cls(row["key"], row["file"], row["symbol"], row["language"], row["kind"], locator,
                   citation_for(row["file"], locator, tuple(row["heading"])), row["text"],
                   row["context"], row.get("date", ""), row.get("cited_by", ""),
                   row.get("subject", ""))


def windows(text: str, size: int = WINDOW_CHARS) -> list[str]:
    """Split text into pieces of at most `size` characters at sentence ends where possible."""
    if len(text) <= size:
        return [text]
    sentences = [s for s in _SENTENCE_END.split(text) if s]
    out, current = [], ""
    for sentence in sentences:
        while len(sentence) > size:
            if current:
                out.append(current)
                current = ""
            out.append(sentence[:size])
            sentence = sentence[size:]
        if len(current) + len(sentence) > size and current:
            out.append(current)
            current = ""
        current += sentence
    if current:
        out.append(current)
    return out


_PART_OF_MONTH_ZH = r"(?:上旬|中旬|下旬|初|底|末)?"
_MONTH_ZH = r"\d{1,2}\s*月" + _PART_OF_MONTH_ZH
_MONTH_EN = r"(?:(?:early|mid|late|end of)[- ]?)?(?:" + "|".join(MONTHS) + r")"
# The date heading an entry of a timetable, at the start of the text, a sentence or a line:
# "2011 年 6 月中旬：", "2011 年 7 月中旬至 12 月末：", "Mid-June 2011:", "February-April 2011:".
_DATED_ENTRY = re.compile(
    r"(?:^|(?<=[。；;.\n])\s*)(?=(?:\d{4}\s*年\s*" + _MONTH_ZH + r"(?:\s*至\s*(?:\d{4}\s*年\s*)?"
    + _MONTH_ZH + r")?\s*[：:]|" + _MONTH_EN + r"(?:\s+\d{4})?(?:\s*(?:-|–|to)\s*" + _MONTH_EN
    + r")?\s+\d{4}\s*:))", re.I)
TIMETABLE_ENTRIES = 3
"""Dated entries from which an unnumbered block is a timetable."""


def dated_entries(text: str) -> list[str]:
    """A timetable's entries ("2011 年 6 月中旬：接收……的最后期限。", one per date), in order and
    whole (joined, they are `text`); [] for a text with fewer than TIMETABLE_ENTRIES. Any text
    before the first date goes with the first entry."""
    starts = sorted({m.end() for m in _DATED_ENTRY.finditer(text) if m.end() < len(text)})
    if len(starts) < TIMETABLE_ENTRIES:
        return []
    bounds = [0] + starts[1:] + [len(text)]
    return [text[a:b] for a, b in zip(bounds, bounds[1:]) if text[a:b]]


def citing_sentence(text: str, offset: int) -> str:
    """The sentence of `text` that a footnote marker at `offset` belongs to. A marker right after
    a full stop ("……举行。⁴重新召集") belongs to the sentence that stop closes."""
    before = text[:offset].rstrip()
    if before and _SENTENCE_CLOSE.match(before[-1] + text[offset:offset + 1]):
        end = len(before)
    else:
        after = _SENTENCE_CLOSE.search(text, offset)
        end = after.end() if after else len(text)
    starts = [m.end() for m in _SENTENCE_CLOSE.finditer(text, 0, max(end - 1, 0))]
    return text[starts[-1] if starts else 0:end].strip()


def marked_lines(text: str, marker: str, heading: bool = False) -> list[str]:
    """The lines of `text` carrying a symbol footnote marker (`*`, `**`) after some words: the
    masthead's "临时议程*项目8", a timetable row's "四月内的两周*". The parser links numbered
    markers in running text; these it leaves, and their footnote says what they mark (the
    provisional agenda's symbol, why a date is not given). In a `heading` (a masthead) a marked
    line is read with the lines above it, which it continues: "预防犯罪和刑事司法委员会 /
    第二十七届会议 / …… / 临时议程*项目8" is the provisional agenda of the Commission's
    twenty-seventh session, the agenda whose symbol the footnote gives."""
    # After a word, not an escape; not part of a longer marker ("**" is not the footnote "*").
    mark = re.compile(rf"(?<=[^\s\\{re.escape(marker[0])}]){re.escape(marker)}"
                      rf"(?!{re.escape(marker[0])})")
    lines = [line.strip() for line in text.split("\n")]
    return [" ".join(filter(None, lines[:i + 1])) if heading else line
            for i, line in enumerate(lines) if mark.search(line)]


def split_document(document: Document) -> list[Passage]:
    """One passage per citable block with text, in reading order."""
    passages: list[Passage] = []
    chapeau: dict[Locator, str] = {}
    # A second-level item ("(iv) 起草……法规") is one of what its subparagraph's last sentence
    # introduces ("……应当至少涵盖以下领域："); that sentence, not the whole subparagraph, is its
    # context. With the whole, the items outranked their subparagraph on its own other sentences
    # ("这种能力建设活动应当是政治中性的" answers "what principles").
    subparagraph: dict[Locator, str] = {}
    counts: dict[str, int] = {}
    ref = document.ref
    citing: dict[str, list[str]] = {}
    # The heading a footnote is under is its citing block's, not that of the page foot it is
    # printed at: the masthead's "临时议程*" footnote sits under "一. 引言" on the first page.
    cited_under: dict[str, tuple[str, ...]] = {}
    for block in document.blocks:
        for number, offset in zip(block.footnote_refs, block.ref_offsets):
            citing.setdefault(number, []).append(citing_sentence(block.text, offset))
            cited_under.setdefault(number, block.heading)
    for block in document.blocks:
        marker = block.locator.number if block.kind == FOOTNOTE and block.locator else ""
        if marker and not marker.isdigit() and marker not in citing:
            marking = [other for other in document.blocks if other.kind != FOOTNOTE
                       and marked_lines(other.text, marker)]
            citing[marker] = [line for other in marking
                              for line in marked_lines(other.text, marker,
                                                       heading=other.kind == MASTHEAD_KIND)]
            if marking:
                cited_under[marker] = marking[0].heading
    for block in document.blocks:
        if not block.citable or not block.text.strip():
            continue
        loc = block.locator
        if block.kind != SUBPARA:
            chapeau[loc] = block.text
        elif loc is not None:
            subparagraph[loc] = block.text
        heading = block.heading
        if block.kind == FOOTNOTE and loc is not None and loc.number in cited_under:
            heading = cited_under[loc.number]
        # (What is indexed keeps the page's heading: measured, indexing the citing block's moved
        # 15 questions up and 17 down, the 2011 study's definitions in footnotes 12-16 among the
        # losses.)
        context_parts = [block.heading[-1]] if block.heading else []
        subject = ""
        if block.kind == SUBPARA and loc is not None:
            parent = loc.parent
            if parent in chapeau:
                context_parts.append(chapeau[parent][:200])
            elif parent in subparagraph:
                sentences = full_sentences(subparagraph[parent]) or [subparagraph[parent]]
                context_parts.append(sentences[-1][-200:])  # its end introduces the items
                # (With two sentences, the first is the lead-in's own subject, or the lead-in.)
                if len(sentences) > 2:
                    subject = sentences[0][:200]
        if block.kind == MASTHEAD_KIND:
            # The document itself: its title and symbol, found when a question names it.
            context_parts = [p for p in (ref.symbol, ref.short_title, ref.title_zh) if p]
        cited_by = "\n".join(citing.get(loc.number, [])) if block.kind == FOOTNOTE else ""
        base = f"{ref.file}#{loc}"
        counts[base] = counts.get(base, 0) + 1
        passages.append(Passage(
            key=f"{base}#{counts[base]}", file=ref.file, symbol=ref.symbol, language=ref.language,
            kind=block.kind, locator=loc,
            citation=replace(document.citation(block), heading=heading), text=block.text,
            context="\n".join(context_parts), date=ref.date, cited_by=cited_by,
            subject=subject))
    return passages
