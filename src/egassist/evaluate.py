"""Scoring of `egassist ask --json` answers against a gold question set.

Implements the rules of the shared evaluation README (`/work/shared/eval/README.md`):

- **hit**: a returned passage whose `file` equals the gold `file` and whose text contains the gold
  `quote`, both compared after removing all whitespace and markdown link/emphasis wrappers. A quote
  that a passage boundary cuts counts when the passage contains its first 12 characters (read as:
  the passage ends inside the quote, after at least its first 12 characters; see `quote_in_text`).
- **recall@k**: share of answerable questions with a hit among the first k passages; **MRR@10**: mean
  of 1/rank of the first hit (0 if none in the first 10).
- **citation accuracy**: among top-1 hits whose gold locator is not null, the share whose `locator`
  equals the gold locator or extends it by subparagraph (`para 10(f)` is matched by
  `para 10(f)(ii)`, never by `para 100`).
- **negatives**: share of `negative` questions answered with `"answered": false`; and the share of
  answerable questions wrongly answered with `"answered": false`.

Pure functions over plain dicts (as read from the question JSONL and as printed by
`egassist ask --json`); this module imports no front-end library (textual, click, rich).
"""

from __future__ import annotations

import json
import re
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any, Iterable, Mapping, Sequence

from .wording import counted

__all__ = [
    "KINDS",
    "CUT_PREFIX_CHARS",
    "QuestionResult",
    "KindStats",
    "Report",
    "load_questions",
    "normalise_text",
    "quote_in_text",
    "passage_hits",
    "locator_matches",
    "score",
    "format_report",
    "report_to_dict",
]

#: Question kinds in display order; other kinds found in a question file follow in file order.
KINDS = ("fact", "crosslingual", "symbol", "negative")

#: A quote cut by a passage boundary still counts when the passage holds this many leading chars.
CUT_PREFIX_CHARS = 12

#: An answer quotes the gold when its text holds the gold quote's first this many characters (a
#: quote cut by a sentence boundary or the quote window still starts where the gold does).
QUOTE_PREFIX = 12

# --- text normalisation ------------------------------------------------------------------------

_LINK = re.compile(r"!?\[([^\[\]]*)\]\(([^()]*)\)")  # [text](target), ![alt](src) -> text / alt
_SUP = re.compile(r"<sup>[^<]*</sup>", re.I)  # footnote markers kept as HTML superscripts
_TAG = re.compile(r"</?(?:b|i|em|strong|u|s|del|mark|span)(?:\s[^<>]*)?>", re.I)
_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!|~<>])")  # markdown backslash escapes: \* -> *
_WS = re.compile(r"\s+")
_EMPHASIS_CHARS = str.maketrans("", "", "*_~`")  # **bold**, *em*, __bold__, _em_, ~~del~~, `code`


def normalise_text(text: str | None) -> str:
    """Text as compared for a hit: no whitespace, no markdown link or emphasis wrappers.

    `[A/C.3/72/12](#)` -> `A/C.3/72/12`; `**网络**犯罪` -> `网络犯罪`; HTML emphasis tags and
    `<sup>N</sup>` footnote markers are dropped. Square brackets that are not links (the
    placeholders `[94]`, `[……]` of draft reports) are kept. Emphasis characters are deleted from
    both sides alike, so a quote that occurs in a passage still occurs after normalisation.
    """
    if not text:
        return ""
    s = _LINK.sub(r"\1", text)
    s = _SUP.sub("", s)
    s = _TAG.sub("", s)
    s = _ESCAPE.sub(r"\1", s)
    s = _WS.sub("", s)
    s = _LINK.sub(r"\1", s)  # a link written with a space before its target: "[x] (y)"
    return s.translate(_EMPHASIS_CHARS)


_TRAILING_ELLIPSIS = re.compile(r"(?:…|\.\.\.)+$")


def quote_in_text(quote: str, text: str | None) -> bool:
    """True when `text` holds `quote`, or is cut by its end inside the quote after at least the
    quote's first 12 characters.

    Both are normalised with `normalise_text`. "A quote that a passage boundary cuts counts when the
    passage contains its first 12 characters": the passage must end inside the quote (its text ends
    with a prefix of the quote, 12 characters or longer; a trailing ellipsis is ignored). Merely
    containing the first 12 characters somewhere is not enough: `UNODC/CCPCJ/EG.4/2018/CRP.1` and
    `UNODC/CCPCJ/EG.4/2020/INF/1` share their first 12 characters. An empty quote never matches.
    """
    q = normalise_text(quote)
    if not q:
        return False
    t = normalise_text(text)
    if q in t:
        return True
    if len(q) <= CUT_PREFIX_CHARS:
        return False
    t = _TRAILING_ELLIPSIS.sub("", t)
    head = q[:CUT_PREFIX_CHARS]
    start = t.find(head)
    while start != -1:
        if q.startswith(t[start:]):
            return True
        start = t.find(head, start + 1)
    return False


def passage_hits(gold: Mapping[str, Any], passage: Mapping[str, Any]) -> bool:
    """True when `passage` answers the gold entry: same file and the quote is in its text."""
    return (passage.get("file") == gold.get("file")
            and quote_in_text(str(gold.get("quote") or ""), passage.get("text")))


def _canonical_locator(locator: str) -> str:
    return _WS.sub(" ", locator.strip())


def locator_matches(gold: str | None, got: str | None) -> bool:
    """True when `got` is the gold locator or extends it by subparagraph.

    `para 10(f)` is matched by `para 10(f)` and `para 10(f)(ii)`, never by `para 100` or `para 10`.
    A null gold locator matches nothing (such places are not checked).
    """
    if not gold or not got:
        return False
    g, p = _canonical_locator(gold), _canonical_locator(got)
    return p == g or p.startswith(g + "(")


# --- loading -----------------------------------------------------------------------------------


def load_questions(path: str | Path) -> list[dict]:
    """Read a question set: one JSON object per line; blank lines and `#` comment lines skipped."""
    questions: list[dict] = []
    with open(path, encoding="utf-8") as fh:
        for lineno, line in enumerate(fh, 1):
            stripped = line.strip()
            if not stripped or stripped.startswith("#"):
                continue
            try:
                obj = json.loads(stripped)
            except json.JSONDecodeError as exc:
                raise ValueError(f"{path}:{lineno}: not valid JSON ({exc.msg})") from exc
            if not isinstance(obj, dict):
                raise ValueError(f"{path}:{lineno}: expected a JSON object")
            missing = [key for key in ("question", "kind") if not isinstance(obj.get(key), str)]
            if missing:
                raise ValueError(f"{path}:{lineno}: no {' or '.join(missing)} (a string)")
            obj.setdefault("id", f"line {lineno}")
            obj.setdefault("gold", [])
            questions.append(obj)
    if not questions:
        raise ValueError(f"{path}: no questions")
    return questions


# --- results -----------------------------------------------------------------------------------


@dataclass
class QuestionResult:
    """How one question fared."""

    id: str
    kind: str
    question: str
    answerable: bool
    """True when the question has gold entries and is not of kind `negative`."""
    answer_missing: bool
    """No answer object was given for this question (scored as no passages, not answered)."""
    answered: bool | None
    """The answer's `answered` flag; None when the answer is missing or carries no flag."""
    n_passages: int
    first_hit_rank: int | None
    """1-based rank of the first passage that hits any gold entry (any depth); None if no hit."""
    top1_hit: bool
    top1_locator: str | None
    top1_gold_locators: list[str] = field(default_factory=list)
    """Non-null locators of the gold entries that the top-1 passage hits."""
    top1_citation_correct: bool | None = None
    """None when the top-1 passage is not a hit or every gold entry it hits has a null locator."""
    top1_quoted: bool | None = None
    """Does the answer's text quote the gold (its first QUOTE_PREFIX characters) of an entry the
    top-1 passage hits? None when the question was refused or the top-1 passage is not a hit:
    the right passage with the wrong sentence quoted misleads as a wrong passage does."""

    @property
    def hit_at_10(self) -> bool:
        return self.first_hit_rank is not None and self.first_hit_rank <= 10

    @property
    def refused(self) -> bool:
        return self.answered is False

    def failures(self) -> list[str]:
        """Short reasons this question counts against the product (empty when none)."""
        reasons = []
        if self.answer_missing:
            reasons.append("no answer")
        if self.answerable:
            if self.first_hit_rank is None:
                reasons.append("no hit")
            elif self.first_hit_rank > 1:
                reasons.append(f"first hit at rank {self.first_hit_rank}")
            if self.top1_citation_correct is False:
                reasons.append(f"cited {self.top1_locator!r}, gold "
                               + " / ".join(repr(x) for x in self.top1_gold_locators))
            if self.refused:
                reasons.append("answered false")
            if self.top1_quoted is False:
                reasons.append("the quoted sentences miss the gold")
        elif self.kind == "negative" and not self.refused and not self.answer_missing:
            reasons.append("negative answered")
        return reasons


@dataclass
class KindStats:
    """Aggregates over one kind of question (or over all of them)."""

    kind: str
    n: int = 0
    n_answerable: int = 0
    hits_at_1: int = 0
    hits_at_5: int = 0
    hits_at_10: int = 0
    reciprocal_rank_sum: float = 0.0
    citation_checked: int = 0
    citation_correct: int = 0
    quote_checked: int = 0
    quote_correct: int = 0
    n_negative: int = 0
    negatives_refused: int = 0
    answerable_refused: int = 0
    answers_missing: int = 0

    @staticmethod
    def _share(part: float, whole: int) -> float | None:
        return part / whole if whole else None

    @property
    def recall_at_1(self) -> float | None:
        return self._share(self.hits_at_1, self.n_answerable)

    @property
    def recall_at_5(self) -> float | None:
        return self._share(self.hits_at_5, self.n_answerable)

    @property
    def recall_at_10(self) -> float | None:
        return self._share(self.hits_at_10, self.n_answerable)

    @property
    def mrr_at_10(self) -> float | None:
        return self._share(self.reciprocal_rank_sum, self.n_answerable)

    @property
    def citation_accuracy(self) -> float | None:
        return self._share(self.citation_correct, self.citation_checked)

    @property
    def quote_accuracy(self) -> float | None:
        """Share of answered top-1 hits whose quoted sentences hold the gold quote."""
        return self._share(self.quote_correct, self.quote_checked)

    @property
    def negatives_refused_share(self) -> float | None:
        """Share of negative questions answered with `answered: false`."""
        return self._share(self.negatives_refused, self.n_negative)

    @property
    def answerable_refused_share(self) -> float | None:
        """Share of answerable questions wrongly answered with `answered: false`."""
        return self._share(self.answerable_refused, self.n_answerable)

    def add(self, r: QuestionResult) -> None:
        self.n += 1
        self.answers_missing += r.answer_missing
        if r.answerable:
            self.n_answerable += 1
            rank = r.first_hit_rank
            if rank is not None:
                self.hits_at_1 += rank <= 1
                self.hits_at_5 += rank <= 5
                self.hits_at_10 += rank <= 10
                if rank <= 10:
                    self.reciprocal_rank_sum += 1.0 / rank
            if r.top1_citation_correct is not None:
                self.citation_checked += 1
                self.citation_correct += r.top1_citation_correct
            if r.top1_quoted is not None:
                self.quote_checked += 1
                self.quote_correct += r.top1_quoted
            self.answerable_refused += r.refused
        elif r.kind == "negative":
            self.n_negative += 1
            self.negatives_refused += r.refused

    def metrics(self) -> dict[str, float | None]:
        return {
            "recall@1": self.recall_at_1,
            "recall@5": self.recall_at_5,
            "recall@10": self.recall_at_10,
            "mrr@10": self.mrr_at_10,
            "citation_accuracy": self.citation_accuracy,
            "quote_accuracy": self.quote_accuracy,
            "negatives_answered_false": self.negatives_refused_share,
            "answerable_answered_false": self.answerable_refused_share,
        }


@dataclass
class Report:
    """Scores per kind and overall, plus one result per question (in question order)."""

    per_kind: dict[str, KindStats]
    overall: KindStats
    questions: list[QuestionResult]

    @property
    def failures(self) -> list[QuestionResult]:
        return [r for r in self.questions if r.failures()]


# --- scoring -----------------------------------------------------------------------------------


def _ordered_passages(answer: Mapping[str, Any] | None) -> list[Mapping[str, Any]]:
    """Passages in rank order: by their `rank` field when every passage has an int one, else as
    listed. Ranks used for scoring are positions in this order (1-based)."""
    if not answer:
        return []
    passages = [p for p in (answer.get("passages") or []) if isinstance(p, Mapping)]
    ranks = [p.get("rank") for p in passages]
    if passages and all(isinstance(r, int) and not isinstance(r, bool) for r in ranks):
        passages = [p for _, p in sorted(zip(ranks, passages), key=lambda rp: rp[0])]
    return passages


def _answer_for(questions: Sequence[Mapping[str, Any]],
                answers: Sequence[Mapping[str, Any] | None] | Mapping[str, Any]
                ) -> list[Mapping[str, Any] | None]:
    if isinstance(answers, Mapping):
        return [answers.get(str(q.get("id"))) for q in questions]
    answers = list(answers)
    if len(answers) != len(questions):
        raise ValueError(f"{counted(len(answers), 'answer')} for "
                         f"{counted(len(questions), 'question')}: pass one answer per question, "
                         "in order (None for a missing one), or a dict by id")
    return answers


def score_question(question: Mapping[str, Any], answer: Mapping[str, Any] | None) -> QuestionResult:
    """Score one question against one answer object (None when the product gave none)."""
    gold = [g for g in (question.get("gold") or []) if isinstance(g, Mapping)]
    kind = str(question.get("kind") or "")
    passages = _ordered_passages(answer)

    first_hit_rank = None
    for rank, passage in enumerate(passages, 1):
        if any(passage_hits(g, passage) for g in gold):
            first_hit_rank = rank
            break

    top1_locator = None
    top1_gold_locators: list[str] = []
    top1_citation_correct = None
    top1_hit = first_hit_rank == 1
    if passages:
        top1_locator = passages[0].get("locator")
    if top1_hit:
        top1_gold_locators = [str(g["locator"]) for g in gold
                              if g.get("locator") and passage_hits(g, passages[0])]
        if top1_gold_locators:
            top1_citation_correct = any(locator_matches(g, top1_locator)
                                        for g in top1_gold_locators)

    answered = answer.get("answered") if answer else None
    top1_quoted = None
    if top1_hit and answered is True:
        quoted = normalise_text(str(answer.get("answer") or ""))
        top1_quoted = any(normalise_text(g.get("quote"))[:QUOTE_PREFIX] in quoted
                          for g in gold if passage_hits(g, passages[0]))
    return QuestionResult(
        id=str(question.get("id", "")),
        kind=kind,
        question=str(question.get("question", "")),
        answerable=bool(gold) and kind != "negative",
        answer_missing=answer is None,
        answered=answered if isinstance(answered, bool) else None,
        n_passages=len(passages),
        first_hit_rank=first_hit_rank,
        top1_hit=top1_hit,
        top1_locator=top1_locator,
        top1_gold_locators=top1_gold_locators,
        top1_citation_correct=top1_citation_correct,
        top1_quoted=top1_quoted,
    )


def score(questions: Sequence[Mapping[str, Any]],
          answers: Sequence[Mapping[str, Any] | None] | Mapping[str, Any]) -> Report:
    """Score answers against questions.

    `answers` is either a sequence aligned with `questions` (None for a question the product did
    not answer at all) or a mapping from question id to answer object.
    """
    results = [score_question(q, a) for q, a in zip(questions, _answer_for(questions, answers))]
    kinds = [k for k in KINDS if any(r.kind == k for r in results)]
    kinds += list(dict.fromkeys(r.kind for r in results if r.kind not in KINDS))
    per_kind = {k: KindStats(kind=k) for k in kinds}
    overall = KindStats(kind="overall")
    for r in results:
        per_kind[r.kind].add(r)
        overall.add(r)
    return Report(per_kind=per_kind, overall=overall, questions=results)


# --- output ------------------------------------------------------------------------------------


def _pct(value: float | None) -> str:
    return "-" if value is None else f"{100 * value:.1f}"


def _frac(part: int, whole: int) -> str:
    return "-" if not whole else f"{part}/{whole}"


def format_report(report: Report, failures: bool = True) -> str:
    """Plain-text table per kind and overall (percentages), then the failing questions."""
    header = ["kind", "n", "R@1", "R@5", "R@10", "MRR@10", "cite", "cite n", "quoted",
              "neg false", "ans false", "missing"]
    rows = []
    for stats in [*report.per_kind.values(), report.overall]:
        rows.append([
            stats.kind,
            str(stats.n),
            _pct(stats.recall_at_1),
            _pct(stats.recall_at_5),
            _pct(stats.recall_at_10),
            "-" if stats.mrr_at_10 is None else f"{stats.mrr_at_10:.3f}",
            _pct(stats.citation_accuracy),
            _frac(stats.citation_correct, stats.citation_checked),
            _pct(stats.quote_accuracy),
            _pct(stats.negatives_refused_share),
            _pct(stats.answerable_refused_share),
            str(stats.answers_missing),
        ])
    widths = [max(len(r[i]) for r in [header, *rows]) for i in range(len(header))]

    def line(cells: Iterable[str]) -> str:
        cells = list(cells)
        out = [cells[0].ljust(widths[0])] + [c.rjust(w) for c, w in zip(cells[1:], widths[1:])]
        return "  ".join(out).rstrip()

    out = [line(header), line("-" * w for w in widths)]
    out += [line(r) for r in rows[:-1]]
    out.append(line("-" * w for w in widths))
    out.append(line(rows[-1]))
    out.append("")
    out.append("R@k, MRR@10, ans false: over answerable questions; cite: top-1 hits with a gold "
               "locator; quoted: answered top-1 hits whose quoted sentences hold the gold quote; "
               "neg false: negatives answered false (higher is better); ans false: "
               "answerable answered false (lower is better).")
    if failures:
        failing = report.failures
        out.append("")
        out.append(f"failures ({len(failing)}):" if failing else "failures: none")
        for r in failing:
            out.append(f"  {r.id} [{r.kind}] {'; '.join(r.failures())}: {r.question}")
    return "\n".join(out)


def report_to_dict(report: Report) -> dict:
    """JSON-ready form: metrics and counts per kind and overall, plus per-question results."""

    def stats_dict(stats: KindStats) -> dict:
        return {**asdict(stats), **stats.metrics()}

    questions = []
    for r in report.questions:
        d = asdict(r)
        d["failures"] = r.failures()
        questions.append(d)
    return {
        "per_kind": {k: stats_dict(s) for k, s in report.per_kind.items()},
        "overall": stats_dict(report.overall),
        "questions": questions,
    }
