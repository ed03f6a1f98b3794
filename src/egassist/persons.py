""""Who chaired / opened / was elected ...?" questions, and whether a passage names a person.

A passage answers "特设委员会在组织会议上选举谁担任主席？" only if it names someone; one that
explains how the Bureau is to be elected holds every key term and no answer. UN reports name
people in a fixed way, which is what is looked for: a name with the country in brackets
("André Rypl（巴西）", "Doctor Mashabane (South Africa)", "鲁传颖（中国）") or with a title
(先生, 女士, "Mr.", "Ms.").

Only questions that ask for the holder of a role count: "由谁承担费用" (who pays: a body) and
"Who prepared the background paper?" (the Secretariat) ask for no person.
"""

from __future__ import annotations

import re

from .tokens import part_of_speech

_ASK_ZH = re.compile(r"谁|哪位|哪一位|什么人")
_ROLE_ZH = re.compile(r"主席|报告员|主持|主讲|小组成员|讨论小组|开幕|当选|选举|选出|担任|发言")
_ASK_EN = re.compile(r"\bwho\b", re.I)
_ROLE_EN = re.compile(r"\b(?:chair\w*|presid\w+|opened|rapporteur|vice-chair\w*|panel\w*|"
                      r"moderat\w+|elected|speakers?)\b", re.I)

_TITLE = re.compile(r"先生|女士|博士|阁下|\b(?:Mr|Ms|Mrs|Dr)\.?\s+[A-Z]")
_LATIN_NAME = re.compile(r"\b[A-Z][a-zà-ÿ'’-]+(?:\s+(?:[A-Z]\.|[A-Z][a-zà-ÿ'’-]+))+")
_BRACKET = ("（", "(")
_PERSON_TAGS = frozenset({"nr", "nrfg", "nrt"})


def asks_for_person(question: str) -> bool:
    """Does the question ask who holds or held a role (chair, rapporteur, panellist ...)?"""
    return bool((_ASK_ZH.search(question) and _ROLE_ZH.search(question))
                or (_ASK_EN.search(question) and _ROLE_EN.search(question)))


def names_person(text: str) -> bool:
    """Does the text name a person the way UN reports do (with a title, or a country in
    brackets)? Capitalised words alone are not enough: "United Nations" is no one."""
    if _TITLE.search(text):
        return True
    for m in _LATIN_NAME.finditer(text):
        if text[m.end(): m.end() + 2].lstrip()[:1] in _BRACKET:
            return True
    end = 0
    for pair in part_of_speech(text):
        end += len(pair.word)
        if pair.flag in _PERSON_TAGS and len(pair.word) >= 2 and text[end: end + 1] in _BRACKET:
            return True
    return False
