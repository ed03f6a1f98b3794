"""Initialisms a text spells out: "Congressional Research Service Report" is what a reader calls
the "CRS report". Chinese documents cite English sources in English, and a question may name the
source by its initials, which the source's own words never write."""

from __future__ import annotations

import re

# Small words an initialism skips: "Office on Drugs and Crime" is ODC.
_SKIPPED = frozenset("of on and for the in to de".split())
# A word, or anything else but space, which ends a run ("Clay Wilson, “Botnets" is two runs).
_WORD = re.compile(r"[A-Za-z][A-Za-z'-]*|[^\sA-Za-z]+")
# Three letters at least: two-letter runs are everywhere in a bibliography ("Hoover Institution
# Press" spells IP).
_ASKED = re.compile(r"(?<![A-Za-z])([A-Z]{3,6})s?(?![A-Za-z])")


def asked_initialisms(question: str) -> dict[str, str]:
    """The all-capital words of a question ("CRS", "ISPs"), as the tokens the question's key terms
    hold (lower-cased: isps), each with the initials it stands for (isp)."""
    return {m.group(0).lower(): m.group(1).lower() for m in _ASKED.finditer(question)}


def initials_of(phrase: str) -> str:
    """The initials of a phrase, lower-cased, small words skipped ("united nations office on
    drugs and crime" -> unodc)."""
    return "".join(w[0].lower() for w in phrase.split() if w.lower() not in _SKIPPED)


def spelled_initialisms(text: str) -> frozenset[str]:
    """The initials, lower-cased, of every run of three or more capitalised words in `text` and of
    each such run within it ("Congressional Research Service Report" gives crsr, crs and rsr),
    small words skipped."""
    found: set[str] = set()
    run: list[str] = []
    words = [m.group(0) for m in _WORD.finditer(text)] + [""]
    for word in words:
        if word[:1].isupper():
            run.append(word[0].lower())
            continue
        if word.lower() in _SKIPPED and run:
            continue
        found.update("".join(run[i:j]) for i in range(len(run))
                     for j in range(i + 3, min(len(run), i + 6) + 1))
        run = []
    return frozenset(found)
