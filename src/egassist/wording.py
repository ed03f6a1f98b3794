"""Counts in messages: "1 document", "5 documents".

Every message that counts something goes through `counted`, so none says "1 documents" or falls
back to "answer(s)".
"""

from __future__ import annotations


def counted(n: int, noun: str, plural: str | None = None) -> str:
    """`n` and the noun, singular for exactly one: counted(1, "passage") == "1 passage"."""
    return f"{n} {noun if n == 1 else plural or noun + 's'}"
