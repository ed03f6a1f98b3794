"""The nth entry of a list a question asks of a place: "第 10 段(f)项列举的第十五种行为" asks
para. 10 (f) (xv), "the third recommendation in paragraph 9" para. 9 (c).

The documents letter a paragraph's subparagraphs (a), (b), ... and number a subparagraph's items
(i), (ii), ... (the Chinese texts write (一), (二), ...: the same numbers), so the nth entry's place
follows from the document's own numbering; a search for its words would find the list's lead-in,
which holds the question's words, instead of the entry, which does not.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .citations import Locator, int_to_roman, zh_to_int
from .meetings import english_ordinal_value

# Not 第三段 / 第三条 / 第三次 / 第三场 / 第三届 / 第三号 / 项目: those name places, meetings, numbers.
# (议程第 3 项 is read here too: the caller keeps a place the ordinal is part of.) Not 第五个专题
# either: the topics are numbered by the documents themselves (专题 5), and a list of them may
# hold lines that are none (annex I para. 6 (e), (f)), so no position gives a topic.
_NTH_ZH = re.compile(r"第\s*(\d{1,2}|[一二三四五六七八九十]{1,3})\s*(?:种|个|类|点|项)"
                     r"(?![目段条款次场届会号])(?!\s*(?:专题|问题|疑问))(?![：:])")
_NTH_EN = re.compile(r"\b([a-z]+(?:-[a-z]+)?|\d{1,2}(?:st|nd|rd|th))\s+"
                     r"(?:item|point|entry|element|sub-?item|act|conduct|offen[cs]e|measure|"
                     r"recommendation|area)s?\b", re.I)


# A rank in a list: "排在第三位的是哪一项".
_RANKED_ZH = re.compile(r"排(?:在|于)?\s*第\s*(\d{1,2}|[一二三四五六七八九十]{1,3})\s*位")
# The last entry: "最后一项", "排在最后的是哪一项", "what is the very last item?".
# (Not the asker's own "最后一个问题：", "Last point:", nor a meeting: 最后一个会议.)
_LAST_ZH = re.compile(r"(?:最后|最末)一?\s*(?:种|个|类|点|项|条)(?!\s*(?:问题|疑问|会|届|次))(?![：:])|"
                      r"排(?:在|于)?\s*(?:最后|最末|末尾)")
_LAST_EN = re.compile(r"\b(?:last|final)\s+(?:item|point|entry|element|sub-?item|act|conduct|"
                      r"offen[cs]e|measure|recommendation|area)s?\b(?!\s*[:：])|\blisted\s+last\b",
                      re.I)
LAST = -1
"""The n `nth_listed` gives for the last entry."""


def nth_listed(question: str) -> tuple[int, str] | None:
    """(n, the words saying it) for a question asking the nth entry of a list, else None; n is
    LAST for the last entry."""
    m = _NTH_ZH.search(question) or _RANKED_ZH.search(question)
    if m:
        n = int(m.group(1)) if m.group(1).isdigit() else zh_to_int(m.group(1))
        return (n, m.group(0)) if n else None
    m = _LAST_ZH.search(question) or _LAST_EN.search(question)
    if m:
        return LAST, m.group(0)
    for m in _NTH_EN.finditer(question):
        n = english_ordinal_value(m.group(1))
        if n:
            return n, m.group(0)
    return None


def nth_entry(place: Locator, n: int) -> Locator | None:
    """The place of the nth entry listed in `place`: a paragraph's nth lettered subparagraph, a
    subparagraph's nth item; None below that, or for a place that lists no entries this way."""
    if place.kind not in ("para", "item") or not place.number or n < 1:
        return None
    if not place.sub:
        # After (z), UN documents letter on (aa), (bb), ...
        letter = chr(ord("a") + (n - 1) % 26) * ((n - 1) // 26 + 1)
        return replace(place, sub=(letter,)) if n <= 52 else None
    if len(place.sub) == 1:
        return replace(place, sub=place.sub + (int_to_roman(n),))
    return None
