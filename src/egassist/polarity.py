"""What a text says is not so: "不需要新的文书", "无需在会议期间通过", "no need for a new instrument".

"认为不需要新的全球性网络犯罪法律文书的发言者" asks about the speakers who saw no need; the paragraph
next to theirs ("另有一些发言者……认为需要制定新对策") holds every key term of the question, since
the negation words are stopwords and "需要" is too common to weigh. Which side a sentence takes
is in its negated predicate: a passage that negates what the question negates is on the side
asked about. One predicate has several wordings (不需要, 无需, 没有必要, "no need"), and an
affirmative question ("有没有涉及", "是不是", "能否") negates nothing.
"""

from __future__ import annotations

import re

# predicate -> its negated wordings, Chinese and English (lower case)
_NEGATED: dict[str, str] = {
    "need": r"不需要|不需|无需|无须|毋须|不必|没有必要|没必要|并无必要|无必要|不再需要|"
            r"\bno need\b|\bnot (?:be )?(?:necessary|needed|required)\b|\bunnecessary\b|"
            r"\bneed not\b|\bneedn't\b|\b(?:do|does|did) not need\b|"
            r"\b(?:don't|doesn't|didn't) need\b",
    "can": r"不能|无法|不可能|未能|不可以|\bcannot\b|\bcan't\b|\bcould not\b|\bcouldn't\b|"
           r"\bunable to\b|\bnot (?:be )?possible\b|\bimpossible\b",
    "enough": r"不足以|不足|不够|不充分|\binsufficient\b|\bnot (?:sufficient|enough|adequate)\b|"
              r"\binadequate\b",
    "agree": r"不同意(?!见)|不赞成|不赞同|不支持|\bdisagree[ds]?\b|\b(?:do|does|did) not (?:agree|support)\b",
    "cover": r"不包括|未包括|没有包括|不涉及|未涉及|没有涉及|未涵盖|没有涵盖|不涵盖|"
             r"\b(?:do|does|did) not (?:include|cover)\b|\bexclud(?:e|es|ed|ing)\b",
}
# An affirmative-negative question ("有没有涉及", "需不需要", "是不是") asks, it does not negate.
ASKS_EITHER_WAY = re.compile(r"有没有|有无|(..?)[不没]\1|是不是|能不能|要不要|可不可以")
_WORDINGS = {pred: re.compile(form, re.I) for pred, form in _NEGATED.items()}


def negated_predicates(text: str) -> frozenset[str]:
    """The predicates ("need", "can", "enough", "agree", "cover") the text says are not so."""
    plain = ASKS_EITHER_WAY.sub(" ", text)
    return frozenset(pred for pred, form in _WORDINGS.items() if form.search(plain))


def negates_any(text: str, predicates: frozenset[str]) -> bool:
    """Does the text negate one of the predicates?"""
    return any(_WORDINGS[pred].search(text) for pred in predicates)
