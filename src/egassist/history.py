"""The conversation history: every question asked, with its answer, one JSON line each.

The file lives in `paths.data_dir()` and is only ever appended to. A record holds the answer's own
JSON (`Answer.to_json()`, what `egassist ask --json` prints) plus what that JSON leaves out but an
export needs to cite exactly as the live answer did: the documents' references (symbol, whether it
is verified, titles, date), each passage's kind and heading path, the quoted extracts, and the
question's key terms for highlighting. `rebuild_answer` turns a record back into an `Answer`
whose citations are made from those stored parts, never re-derived from display text.

Why one line per record with a plain append: a record is one short write, and a line torn by a
crash is the last one; `load` skips and counts a damaged line instead of failing, so the rest of
the history stays readable.
"""

from __future__ import annotations

import json
import os
import threading
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from . import paths
from .citations import Citation, DocumentRef, LocatorSyntaxError, parse_locator
from .errors import EgassistError

if TYPE_CHECKING:
    from .answer import Answer

_WRITE_LOCK = threading.Lock()
"""One append at a time within a process (the app answers questions in worker threads)."""

HISTORY_FILE = "history.jsonl"
FORMAT = 1
"""Version of a record's layout; a record of another version is skipped by `load`."""


def default_path() -> Path:
    """Where the history is kept unless a caller says otherwise."""
    return paths.data_dir() / HISTORY_FILE


@dataclass(frozen=True)
class Record:
    """One question and its answer as stored."""

    time: float
    """When it was asked (seconds since the epoch)."""
    data: dict = field(repr=False)
    """The whole stored line: `answer` (Answer.to_json()) and the parts `rebuild_answer` needs."""

    @property
    def question(self) -> str:
        return self.data["answer"]["question"]

    @property
    def answered(self) -> bool:
        return bool(self.data["answer"]["answered"])

    @property
    def language(self) -> str:
        return self.data.get("language", "en")

    @property
    def index_info(self) -> dict | None:
        """Index build and model that produced the answer (as notes.answer_markdown takes it)."""
        return self.data.get("index")

    @property
    def terms(self) -> list[str]:
        """The question's key terms (for highlighting when the record is shown again)."""
        return list(self.data.get("terms", []))

    def stamp(self) -> str:
        """Local date and time, to the minute."""
        return time.strftime("%Y-%m-%d %H:%M", time.localtime(self.time))

    def matches(self, text: str) -> bool:
        """True when `text` occurs (any case) in the question, the answer or a cited passage."""
        needle = text.strip().lower()
        if not needle:
            return True
        answer = self.data["answer"]
        haystack = [answer.get("question", ""), answer.get("answer", "")]
        for p in answer.get("passages", []):
            haystack += [p.get("citation", ""), p.get("citation_en", ""), p.get("text", "")]
        return any(needle in h.lower() for h in haystack)


def make_record(answer: Answer, *, terms: list[str] | tuple[str, ...] = (),
                index_info: dict | None = None, when: float | None = None) -> dict:
    """The stored form of one answer."""
    documents: dict[str, dict] = {}
    for citation in [e.citation for e in answer.extracts] + [h.passage.citation for h in answer.hits]:
        documents.setdefault(citation.document.file, asdict(citation.document))
    return {
        "format": FORMAT,
        "time": time.time() if when is None else when,
        "language": answer.language,
        "reason": answer.reason,
        "filters": answer.filters,
        "terms": list(terms),
        "index": ({"model": index_info.get("model"), "build": index_info.get("build")}
                  if index_info else None),
        "answer": answer.to_json(),
        "hits": [{"key": h.passage.key, "kind": h.passage.kind, "date": h.passage.date,
                  "heading": list(h.passage.citation.heading)} for h in answer.hits],
        "extracts": [{"text": e.text, "file": e.citation.document.file,
                      "locator": str(e.citation.locator), "heading": list(e.citation.heading)}
                     for e in answer.extracts],
        "documents": documents,
    }


def append(path: Path, answer: Answer, *, terms: list[str] | tuple[str, ...] = (),
           index_info: dict | None = None, when: float | None = None) -> Record:
    """Add one answer to the history file (creating its folder); EgassistError if it cannot."""
    path = Path(path)
    data = make_record(answer, terms=terms, index_info=index_info, when=when)
    line = (json.dumps(data, ensure_ascii=False) + "\n").encode("utf-8")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        # Unbuffered: the record goes to the file in one write, not in 8 KB pieces that another
        # process appending at the same time could split.
        with _WRITE_LOCK, open(path, "ab", buffering=0) as f:
            f.write(line)
            os.fsync(f.fileno())
    except OSError as exc:
        raise EgassistError(f"cannot write the history file ({exc.strerror or exc})", path) from exc
    return Record(data["time"], data)


@dataclass
class Loaded:
    """The records of a history file, oldest first, and how many lines could not be read."""

    records: list[Record] = field(default_factory=list)
    damaged: int = 0


def load(path: Path) -> Loaded:
    """Every readable record; a missing file is an empty history."""
    out = Loaded()
    try:
        with open(path, encoding="utf-8", errors="replace") as f:
            lines = f.readlines()
    except FileNotFoundError:
        return out
    except OSError as exc:
        raise EgassistError(f"cannot read the history file ({exc.strerror or exc})", path) from exc
    for line in lines:
        if not line.strip():
            continue
        try:
            data = json.loads(line)
            if data.get("format") != FORMAT or not isinstance(data["answer"]["question"], str):
                raise ValueError("not a history record")
            out.records.append(Record(float(data["time"]), data))
        except (ValueError, KeyError, TypeError, AttributeError):
            out.damaged += 1
    return out


def search(records: list[Record], text: str) -> list[Record]:
    """Records whose question, answer or passages contain `text`, newest first."""
    return [r for r in reversed(records) if r.matches(text)]


def rebuild_answer(record: Record) -> Answer:
    """The stored answer as an `Answer` again: enough to show it and to export it to notes.

    Scores and retrieval routes come back as stored; a passage whose locator cannot be read
    (a record from a future locator syntax) is left out rather than cited wrongly.
    """
    # Deferred: answer and search bring numpy, which reading or appending a record never needs.
    from .answer import Answer, Extract
    from .passages import Passage
    from .search import Hit

    data = record.data
    stored = data["answer"]
    language = data.get("language", "en")
    refs = {file: DocumentRef(**ref) for file, ref in data.get("documents", {}).items()}

    def citation(file: str, symbol: str | None, locator_text: str, heading) -> Citation:
        ref = refs.get(file) or DocumentRef(file=file, language=language, symbol=symbol)
        return Citation(ref, parse_locator(locator_text), tuple(heading))

    extras = data.get("hits", [])
    hits: list[Hit] = []
    for i, row in enumerate(stored.get("passages", [])):
        extra = extras[i] if i < len(extras) else {}
        heading = extra.get("heading") or [h for h in row.get("heading", "").split(" > ") if h]
        try:
            cited = citation(row["file"], row.get("symbol"), row["locator"], heading)
        except LocatorSyntaxError:
            continue
        passage = Passage(
            key=extra.get("key", f"{row['file']}#{row['locator']}#1"), file=row["file"],
            symbol=row.get("symbol"), language=row.get("language", language),
            kind=extra.get("kind", cited.locator.kind), locator=cited.locator, citation=cited,
            text=row.get("text", ""), context="", date=extra.get("date", ""))
        hits.append(Hit(passage, float(row.get("score", 0.0)), tuple(row.get("matched_by", ()))))
    extracts = []
    for row in data.get("extracts", []):
        try:
            extracts.append(Extract(row["text"], citation(row["file"], None, row["locator"],
                                                          row.get("heading", []))))
        except LocatorSyntaxError:
            continue
    return Answer(stored["question"], language, bool(stored["answered"]), extracts=extracts,
                  hits=hits, reason=data.get("reason", ""), reason_zh=stored.get("reason_zh", ""),
                  filters=data.get("filters", ""))


class History:
    """The history file the app writes to: the path, bound once and injected."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = Path(path) if path is not None else default_path()

    def append(self, answer: Answer, *, terms=(), index_info: dict | None = None,
               when: float | None = None) -> Record:
        return append(self.path, answer, terms=terms, index_info=index_info, when=when)

    def load(self) -> Loaded:
        return load(self.path)

    def search(self, text: str) -> list[Record]:
        return search(self.load().records, text)
