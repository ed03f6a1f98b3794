"""Why a question was judged unanswered, said in both languages a question can be asked in.

The answer shows its citations in the question's language; the reason it gives for "not found"
follows the same rule, so a delegate who asked in Chinese reads why in Chinese.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Reason:
    en: str
    zh: str

    def in_language(self, language: str) -> str:
        return (self.zh or self.en) if language == "zh" else (self.en or self.zh)


NO_REASON = Reason("", "")


def joined(items: list[str], language: str) -> str:
    """A list as each language writes one: "a, b" / "a、b"."""
    return ("、" if language == "zh" else ", ").join(items)


def after_zh(words: str, items: list[str]) -> str:
    """Chinese `words` followed by a list: no space before Chinese (语料库从未提及北京), a space
    before Latin letters or numbers (检索到的段落均未提及 41)."""
    listed = joined(items, "zh")
    cjk = bool(listed) and "\u3400" <= listed[0] <= "\u9fff"
    return words + ("" if cjk else " ") + listed
