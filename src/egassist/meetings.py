"""Meetings, sessions and months as Chinese and English UN texts write them.

Expert-group meetings are 第N次 ("Nth meeting"), committee sessions 第N届 ("Nth session"); a
question in one language may be answered by a document in the other, so both forms are needed.
"""

from __future__ import annotations

import re

ORDINAL_ZH = re.compile(r"第[一二三四五六七八九十]+[次届]")
_ORDINAL_EN = re.compile(r"\b(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)"
                         r"\s+(meeting|session)s?\b", re.I)
_ZH_ORDINAL = dict(zip("first second third fourth fifth sixth seventh eighth ninth tenth".split(),
                       "一二三四五六七八九十"))
_EN_ORDINAL = {n: word for word, n in _ZH_ORDINAL.items()}
MONTHS = ("january february march april may june july august september october november "
          "december").split()


def meeting_ordinals(question: str) -> list[str]:
    """Meeting or session numbers a question asks about, as the Chinese texts write them.

    "the seventh meeting" -> 第七次 (expert-group meetings), "the second session" -> 第二届
    (committee sessions). A question about a meeting that none of the retrieved passages names is
    about something the corpus does not record.
    """
    forms = [m.group(0) for m in ORDINAL_ZH.finditer(question)]
    for m in _ORDINAL_EN.finditer(question):
        n = _ZH_ORDINAL[m.group(1).lower()]
        forms.append(f"第{n}次" if m.group(2).lower() == "meeting" else f"第{n}届")
    return list(dict.fromkeys(forms))


def english_meeting(form: str) -> str:
    """第七次 -> "seventh meeting", 第二届 -> "second session" ("" beyond the tenth)."""
    word = _EN_ORDINAL.get(form[1:-1], "")
    return f"{word} {'meeting' if form.endswith('次') else 'session'}" if word else ""


def month_name(number: str) -> str:
    """"4" -> "april"; "" for what is not a month number."""
    return MONTHS[int(number) - 1] if number.isdigit() and 1 <= int(number) <= 12 else ""


def month_names(text: str) -> list[str]:
    """English names of the months a Chinese text gives by number (4 月 -> april)."""
    return [name for name in map(month_name, re.findall(r"(\d{1,2})\s*月", text)) if name]


_NUMBERED_PART = re.compile(r"第([一二三四五六七八九十]{1,3})(条|段|款|项)")


def arabic_numbered_parts(text: str) -> str:
    """第三十二条 -> 第 32 条: articles and paragraphs as the documents number them (in both
    languages: "article 32"), so the number itself can be searched for."""
    from .citations import zh_to_int

    def digits(m: re.Match) -> str:
        value = zh_to_int(m.group(1))
        return f"第 {value} {m.group(2)}" if value else m.group(0)

    return _NUMBERED_PART.sub(digits, text)
