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

    def __bool__(self) -> bool:
        return bool(self.en or self.zh)

    def in_language(self, language: str) -> str:
        return (self.zh or self.en) if language == "zh" else (self.en or self.zh)


NO_REASON = Reason("", "")


def joined(items: list[str], language: str) -> str:
    """A list as each language writes one: "a, b" / "a、b"."""
    return ("、" if language == "zh" else ", ").join(items)
