#!/usr/bin/env python
"""Check a question set (JSONL, format of /work/shared/eval/README.md) against the corpus.

For every gold entry: the file is in `corpus/manifest.toml` and the symbol is the manifest's (null
for a document without one); the quote occurs in the file after normalisation (all whitespace
removed, markdown link wrappers `[x](#)` -> `x`, `<sup>N</sup>` footnote markers and emphasis
wrappers dropped; see `egassist.evaluate.normalise_text`, the same rules the scorer applies to
passages); the locator is null or in canonical machine form. Footnote-marker digits glued into
PDF-extracted text (`跨国犯罪。12计算机犯罪`) are tolerated: a quote found only when such digits are
skipped passes with a warning, since a quote should not span a footnote marker.

Also checked: ids unique, kinds known, negatives without gold and other kinds with gold. Warnings
(not errors; tests/test_question_set.py holds our own set to none): a quote outside 8-40
characters after normalisation; a quote that occurs more times in its file than it has gold
entries there with a locator (the place is ambiguous).

Usage: check_questions.py [QUESTIONS.jsonl] [--corpus DIR]
Exit status 1 when any error is found.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import tomllib
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
try:
    from egassist.evaluate import normalise_text
except ImportError:  # run from a checkout without the package installed
    sys.path.insert(0, str(ROOT / "src"))
    from egassist.evaluate import normalise_text

DEFAULT_QUESTIONS = HERE / "questions.jsonl"
DEFAULT_CORPUS = ROOT / "corpus"
KINDS = ("fact", "crosslingual", "symbol", "negative")
QUOTE_MIN, QUOTE_MAX = 8, 40

_SUB = r"(?:\([a-z]+\))*"
LOCATOR_RE = re.compile(
    r"^(?:masthead|agenda|annex(?: [IVXL]+)?"
    rf"|(?:annex(?: [IVXL]+)? )?para \d+{_SUB}"
    rf"|item \d+{_SUB}"
    r"|footnote (?:\d+|\*))$"
)


@dataclass
class CheckResult:
    errors: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    questions: list[dict] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.errors


def load_manifest(corpus: Path) -> dict[str, dict]:
    with open(corpus / "manifest.toml", "rb") as fh:
        data = tomllib.load(fh)
    return {d["file"]: d for d in data.get("document", [])}


def _lenient_pattern(quote: str) -> re.Pattern:
    """`quote` allowing a glued footnote number (1-2 digits) between two non-digit characters."""
    parts = []
    for i, ch in enumerate(quote):
        if i and not quote[i - 1].isdigit() and not ch.isdigit():
            parts.append(r"(?:\d{1,2})?")
        parts.append(re.escape(ch))
    return re.compile("".join(parts))


def find_quote(quote: str, text: str) -> tuple[int, bool]:
    """(occurrences in normalised `text`, whether only a footnote-tolerant match was found)."""
    q = normalise_text(quote)
    if not q:
        return 0, False
    count = text.count(q)
    if count:
        return count, False
    lenient = len(_lenient_pattern(q).findall(text))
    return lenient, bool(lenient)


def check(questions_path: Path = DEFAULT_QUESTIONS, corpus: Path = DEFAULT_CORPUS) -> CheckResult:
    result = CheckResult()
    err, warn = result.errors.append, result.warnings.append
    manifest = load_manifest(corpus)
    texts: dict[str, str] = {}
    for name in manifest:
        path = corpus / name
        if path.exists():
            texts[name] = normalise_text(path.read_text(encoding="utf-8"))

    questions = []
    with open(questions_path, encoding="utf-8") as fh:
        for lineno, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                questions.append(json.loads(line))
            except json.JSONDecodeError as exc:
                err(f"line {lineno}: invalid JSON: {exc.msg}")
    result.questions = questions

    ids = Counter(q.get("id") for q in questions)
    for qid, n in ids.items():
        if n > 1:
            err(f"{qid}: id used {n} times")

    for q in questions:
        qid = q.get("id", "?")
        for key in ("id", "question", "kind", "gold"):
            if key not in q:
                err(f"{qid}: missing {key!r}")
        kind, gold = q.get("kind"), q.get("gold") or []
        if kind not in KINDS:
            err(f"{qid}: unknown kind {kind!r}")
        if kind == "negative" and gold:
            err(f"{qid}: a negative question must have no gold")
        if kind != "negative" and not gold:
            err(f"{qid}: no gold entries")
        if not str(q.get("question", "")).strip():
            err(f"{qid}: empty question")

        per_place = Counter((g.get("file"), normalise_text(g.get("quote", "")))
                            for g in gold if g.get("locator"))
        seen = set()
        for i, g in enumerate(gold, 1):
            where = f"{qid} gold {i}"
            file, quote, locator = g.get("file"), g.get("quote") or "", g.get("locator")
            if file not in manifest:
                err(f"{where}: file {file!r} is not in the manifest")
                continue
            if g.get("symbol") != manifest[file].get("symbol"):
                err(f"{where}: symbol {g.get('symbol')!r}, manifest says "
                    f"{manifest[file].get('symbol')!r}")
            if locator is not None and not LOCATOR_RE.match(str(locator)):
                err(f"{where}: locator {locator!r} is not in canonical form")
            key = (file, normalise_text(quote), locator)
            if key in seen:
                err(f"{where}: duplicate gold entry")
            seen.add(key)
            nq = len(normalise_text(quote))
            if not nq:
                err(f"{where}: empty quote")
            elif not QUOTE_MIN <= nq <= QUOTE_MAX:
                warn(f"{where}: quote is {nq} characters (keep {QUOTE_MIN}-{QUOTE_MAX}): {quote!r}")
            if file not in texts:
                err(f"{where}: file {file!r} not found in {corpus}")
                continue
            count, lenient = find_quote(quote, texts[file])
            if not count:
                err(f"{where}: quote not found in {file}: {quote!r}")
            elif lenient:
                warn(f"{where}: quote found only across a footnote marker in {file}: {quote!r}")
            if count and locator and count > per_place[(file, normalise_text(quote))]:
                warn(f"{where}: quote occurs {count} times in {file} but has "
                     f"{per_place[(file, normalise_text(quote))]} located gold entr(ies): "
                     f"{quote!r} ({locator})")
    return result


def summary(questions: list[dict]) -> str:
    kinds = Counter(q.get("kind") for q in questions)
    files: Counter = Counter()
    for q in questions:
        for f in {g.get("file") for g in q.get("gold") or []}:
            files[f] += 1
    lines = [f"{len(questions)} questions: "
             + ", ".join(f"{k} {kinds[k]}" for k in [*KINDS, *sorted(set(kinds) - set(KINDS))])]
    lines.append("questions per document: "
                 + ", ".join(f"{f} {n}" for f, n in sorted(files.items())))
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[1])
    ap.add_argument("questions", nargs="?", type=Path, default=DEFAULT_QUESTIONS)
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    args = ap.parse_args(argv)
    result = check(args.questions, args.corpus)
    for w in result.warnings:
        print(f"warning: {w}")
    for e in result.errors:
        print(f"ERROR: {e}")
    print(summary(result.questions))
    if result.ok:
        print("OK: every gold quote occurs in its file")
        return 0
    print(f"FAILED: {len(result.errors)} error(s)")
    return 1


if __name__ == "__main__":
    sys.exit(main())
