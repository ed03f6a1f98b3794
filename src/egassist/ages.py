"""Questions that ask an age (of a child, of criminal responsibility), and whether a text gives one.

"What age threshold do the documents use to define a child?" shares its topic with the
recommendations on the sexual abuse of children, which name children and minors (儿童, 未成年人)
and no age. An age is written as a number of years of age (18 岁, 年满十八周岁, "under the age of
18", "18 years old"), which a passage giving none lacks.
"""

from __future__ import annotations

import re

_ASKS_AGE = re.compile(
    r"多大年龄|多少岁|几岁|(?:年龄|岁数)(?:门槛|界限|界线|标准|下限|上限|限制)?(?:是|为|定为|定在)?"
    r"(?:多少|多大|几)|(?:哪个|什么|多大的?|何种)年龄|"
    r"\b(?:what|which) age\b|"
    # (How old a person is, not a treaty: "How old is the Budapest Convention?")
    r"\bhow old (?:must|should|do|does|are|is|were|was) (?:a |the )?(?:child|children|minor|"
    r"minors|victim|victims|person|persons|people|offender|offenders|user|users)\b|"
    r"\bage (?:threshold|limit|of (?:criminal )?(?:responsibility|majority|consent))s?\b", re.I)

_NUMBER = r"(?:\d{1,2}|[一二三四五六七八九十]{1,3}|eighteen|sixteen|fourteen|twelve|thirteen|fifteen)"
_AGE = re.compile(
    r"(?:年满|未满|不满|已满)?\s*" + _NUMBER + r"\s*(?:周岁|岁)|"
    r"\b(?:under|below|over|above) (?:the )?age of\b|\bage[sd]? (?:of )?" + _NUMBER + r"\b|"
    r"\b(?:under|below|over|above) " + _NUMBER + r"\b(?! (?:months?|weeks?|days?|per|%))|"
    r"\b" + _NUMBER + r"-year-old\b|"
    r"\b" + _NUMBER + r"\s*years?(?:\s*|-)(?:of age|old)\b", re.I)


def asks_age(question: str) -> bool:
    """Does the question ask an age (what age, how old, the age threshold)?"""
    return bool(_ASKS_AGE.search(question))


def states_age(text: str) -> bool:
    """Does the text give an age (18 岁, "under the age of 18", "18 years old")?"""
    return bool(_AGE.search(text))
