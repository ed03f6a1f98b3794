"""Words both front ends show: counts ("1 document", "5 documents") and progress stages.

Every message that counts something goes through `counted`, so none says "1 documents" or falls
back to "answer(s)".
"""

from __future__ import annotations


def counted(n: int, noun: str, plural: str | None = None) -> str:
    """`n` and the noun, singular for exactly one: counted(1, "passage") == "1 passage"."""
    return f"{n} {noun if n == 1 else plural or noun + 's'}"


STAGE_LABELS = {"parse": "Parsing documents", "embed": "Embedding passage pieces",
                "activate": "Activating the new index", "convert": "Preparing the model"}
"""The progress stages the domain reports (index.ProgressFn, the model conversion), as both
front ends label their bars: "embed" counts pieces of passages, not passages."""
