"""Questions that ask for the number a document gives a thing, and passages that give one.

"电子证据排第几个专题？" asks for a topic's number: the answer is the list line "电子证据（专题 8）；",
which says little else, so the long paragraphs about electronic evidence outranked it. A passage
that writes the asked kind of thing with a number beside it ("专题 8", "第 16 条", "article 16")
is the kind that can answer.

Only labels of numbered items in lists and works count: topics, articles, chapters, volumes,
pages and agenda items. Paragraphs and meetings do not: "which paragraph says X" is answered by the
paragraph itself, not by one citing another's number, and meetings have their own reading
(meetings.py).
"""

from __future__ import annotations

import re

# label -> (its Chinese question nouns, how a passage writes it with a number)
_LABELS: dict[str, tuple[str, str]] = {
    "topic": ("专题", r"专题\s*\d+|\btopic\s+\d+"),
    "article": ("条", r"第\s*\d+\s*条|\bart(?:icle|\.)\s*\d+"),
    "chapter": ("章", r"第\s*\d+\s*章|\bchapter\s+\d+|\bch(?:ap)?\.\s*\d+"),
    "volume": ("卷", r"第\s*\d+\s*卷|\bvol(?:ume|\.)\s*\d+"),
    "page": ("页", r"第\s*\d+(?:\s*[-–至]\s*\d+)?\s*页|\bpp?\.\s*\d+|\bpages?\s+\d+"),
    "item": ("项目", r"项目\s*\d+|\bitem\s+\d+"),
}

# (条 is also a measure word: "第几条建议" asks which recommendation, not an article.)
_ASKED_ZH = re.compile(
    r"第几\s*(?:个|项)?\s*(" + "|".join(zh for zh, _ in _LABELS.values()) + r")"
    r"(?!建议|意见|措施|结论|原则|规定|决定)"
    r"|(" + "|".join(zh for zh, _ in _LABELS.values()) + r")\s*(?:编号|序号|号码|号)"
    r"(?:是|为)?\s*(?:多少|几|什么)")
_ASKED_EN = re.compile(
    r"\b(?:which|what)\s+(topic|article|chapter|volume|page|item)\s+(?:number|no\.?)\b"
    r"|\bnumber\s+of\s+the\s+(topic|article|chapter|volume|page|item)\b"
    r"|\b(?:in|on|under)\s+which\s+(topic|article|chapter|volume|page|item)\b", re.I)
_BY_ZH = {zh: label for label, (zh, _) in _LABELS.items()}
_GIVES = {label: re.compile(form, re.I) for label, (_, form) in _LABELS.items()}


def asked_number_label(question: str) -> str | None:
    """The kind of numbered thing a question asks the number of ("topic", "article", ...), or
    None when it asks no such number."""
    m = _ASKED_ZH.search(question)
    if m:
        return _BY_ZH[m.group(1) or m.group(2)]
    m = _ASKED_EN.search(question)
    if m:
        return next(g for g in m.groups() if g).lower()
    return None


def gives_number_of(text: str, label: str) -> bool:
    """Does the text write a `label` with its number ("专题 8", "第 16 条", "article 16")?"""
    return bool(_GIVES[label].search(text))
