"""The corpus folder: `manifest.toml` plus document files -> `SourceDocument`s.

A bad file never stops the load: it becomes a `Problem` naming the file, and every other
document still loads. Files the manifest does not list are described from their own masthead.
"""

from __future__ import annotations

import datetime
import hashlib
import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path, PurePath

from .citations import DocumentRef
from .errors import CorpusError
from .meetings import MONTHS
from .symbols import SYMBOL_RE, normalise_symbol
from .textio import read_text

MANIFEST = "manifest.toml"
DOCUMENT_SUFFIXES = (".txt", ".md")


@dataclass(frozen=True)
class Problem:
    """Something wrong with one file, said in one line."""

    file: str
    message: str
    line: int | None = None

    def __str__(self) -> str:
        where = f"{self.file}:{self.line}" if self.line else self.file
        return f"{where}: {self.message}"


@dataclass(frozen=True)
class SourceDocument:
    """One document file with its metadata and decoded text."""

    file: str
    path: Path
    text: str
    language: str
    symbol: str | None = None
    symbol_verified: bool = False
    original_language: str = ""
    date: str = ""
    title_en: str = ""
    title_zh: str = ""
    short_title: str = ""
    body: str = ""
    encoding: str = "utf-8"
    from_manifest: bool = True

    @property
    def content_hash(self) -> str:
        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()

    @property
    def title(self) -> str:
        return self.title_zh if self.language == "zh" and self.title_zh else (
            self.title_en or self.title_zh or self.short_title or self.file)

    @property
    def name(self) -> str:
        """How people name the document: its symbol, else its file name."""
        return self.symbol or self.file

    def ref(self) -> DocumentRef:
        return DocumentRef(
            file=self.file, language=self.language, symbol=self.symbol,
            symbol_verified=self.symbol_verified,
            short_title=self.short_title or self.title_en or self.file,
            title_zh=self.title_zh, date=self.date,
        )


@dataclass
class Corpus:
    documents: list[SourceDocument] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    directory: Path | None = None

    def find(self, name: str) -> SourceDocument | None:
        """A document by symbol (any case) or file name."""
        key = normalise_symbol(name)
        for doc in self.documents:
            if doc.symbol and normalise_symbol(doc.symbol) == key:
                return doc
        for doc in self.documents:
            if doc.file == name or Path(doc.file).stem == name or doc.file.lower() == name.lower():
                return doc
        return None


# --- detection from the text itself --------------------------------------------------------------

_MONTHS = [name.capitalize() for name in MONTHS]
_DATE_RE = re.compile(rf"\b(\d{{1,2}}) ({'|'.join(_MONTHS)}) (\d{{4}})\b")
_ORIGINAL_RE = re.compile(r"Original:\s*([A-Z][a-z]+)")
_LANG_WORDS = {"Chinese": "zh", "English": "en", "French": "fr", "Spanish": "es",
               "Russian": "ru", "Arabic": "ar"}


def detect_language(text: str) -> str:
    """'zh' when CJK characters outnumber Latin letters, else 'en'."""
    cjk = sum(1 for c in text if "\u4e00" <= c <= "\u9fff")
    latin = sum(1 for c in text if c.isascii() and c.isalpha())
    return "zh" if cjk > latin / 3 else "en"


def detect_masthead(text: str) -> dict[str, str]:
    """Symbol, date, language and original language from a UN masthead at the top of `text`."""
    head = "\n".join(text.split("\n")[:40])
    found: dict[str, str] = {}
    window = head[:1500]
    m = SYMBOL_RE.search(window)
    # Only a symbol that stands in the masthead names the document (not one cited in para 1).
    if m and ("Distr" in window or "United Nations" in window or window.find(m.group(0)) < 200):
        found["symbol"] = m.group(0)
    m = _DATE_RE.search(window)
    if m:
        month = _MONTHS.index(m.group(2)) + 1
        found["date"] = f"{m.group(3)}-{month:02d}-{int(m.group(1)):02d}"
    m = _ORIGINAL_RE.search(window)
    if m and m.group(1) in _LANG_WORDS:
        found["original_language"] = _LANG_WORDS[m.group(1)]
    for line in head.split("\n")[:25]:
        word = line.strip()
        if word in _LANG_WORDS:
            found["language"] = _LANG_WORDS[word]
            break
    found.setdefault("language", detect_language(text))
    return found


# --- the manifest --------------------------------------------------------------------------------

_FIELDS = {"file", "symbol", "symbol_verified", "language", "original_language", "date",
           "body", "title", "title_en", "title_zh", "short_title", "notes"}
"""`title` is a plain title in whichever language it is written: it fills title_zh or title_en."""

MANIFEST_UNUSED = ("until it is fixed, no symbol, title or date of the manifest is used (documents "
                   "are described from their own text)")
_TOML_TYPES = [(bool, "true/false"), (str, "a string"), (int, "a number"), (float, "a number"),
               (list, "an array"), (dict, "a table"), (datetime.datetime, "a date-time"),
               (datetime.date, "a date"), (datetime.time, "a time")]


def _toml_type(value: object) -> str:
    return next((name for kind, name in _TOML_TYPES if isinstance(value, kind)), "another value")


def _checked_fields(entry: dict, line: int | None, problems: list[Problem]) -> dict:
    """The entry without its fields of the wrong type, each reported (the rest of it still counts).

    A TOML date (`date = 2019-03-27`) is taken as the ISO date it writes.
    """
    kept = {}
    for key, value in entry.items():
        if key == "date" and isinstance(value, datetime.date):
            value = (value.date() if isinstance(value, datetime.datetime) else value).isoformat()
        expected, wanted = ((bool, "true or false") if key == "symbol_verified"
                            else (str, "a string"))
        if key in _FIELDS and not isinstance(value, expected):
            if key == "date":
                wanted = "a string or a date like 2019-03-27"
            problems.append(Problem(MANIFEST, f"in the entry for {entry['file']}, `{key}` must be "
                                    f"{wanted}, not {_toml_type(value)} (the field is ignored)",
                                    line))
            continue
        kept[key] = value
    return kept


def _outside(name: str) -> bool:
    """A manifest `file` that leaves the corpus folder (absolute, or going up with `..`)."""
    path = PurePath(name)
    return path.is_absolute() or ".." in path.parts


def _entry_line(raw: str, index: int) -> int | None:
    """Line number of the index-th [[document]] table, for messages."""
    count = -1
    for n, line in enumerate(raw.split("\n"), start=1):
        if line.strip() == "[[document]]":
            count += 1
            if count == index:
                return n
    return None


def read_manifest(path: Path) -> tuple[list[dict], list[Problem]]:
    """Entries of manifest.toml, or one Problem naming the line where it breaks."""
    try:
        raw = read_text(path).text
    except CorpusError as exc:
        return [], [Problem(path.name, f"{exc.message}; {MANIFEST_UNUSED}")]
    try:
        data = tomllib.loads(raw)
    except tomllib.TOMLDecodeError as exc:
        m = re.search(r"line (\d+)", str(exc))
        return [], [Problem(path.name, f"malformed manifest: {exc}; {MANIFEST_UNUSED}",
                            int(m.group(1)) if m else None)]
    entries = data.get("document", [])
    if not isinstance(entries, list) or not all(isinstance(e, dict) for e in entries):
        return [], [Problem(path.name, f"expected [[document]] tables; {MANIFEST_UNUSED}", None)]
    good, problems = [], []
    for i, entry in enumerate(entries):
        line = _entry_line(raw, i)
        if not isinstance(entry.get("file"), str) or not entry["file"].strip():
            problems.append(Problem(path.name, "a [[document]] entry has no `file` (a string); "
                                    "the entry is ignored", line))
            continue
        if _outside(entry["file"]):
            problems.append(Problem(path.name, f"the entry for {entry['file']} names a file "
                                    "outside the corpus folder; the entry is ignored", line))
            continue
        entry = _checked_fields(entry, line, problems)
        unknown = set(entry) - _FIELDS
        if unknown:
            problems.append(Problem(path.name, f"unknown keys {sorted(unknown)} in the entry for "
                                    f"{entry['file']} (ignored)", line))
        good.append({**entry, "_line": line})
    return good, problems


# --- loading -------------------------------------------------------------------------------------


def _titles(entry: dict) -> dict[str, str]:
    title = str(entry.get("title", "")).strip()
    in_chinese = bool(title) and detect_language(title) == "zh"
    return {"title_zh": entry.get("title_zh") or (title if in_chinese else ""),
            "title_en": entry.get("title_en") or (title if title and not in_chinese else "")}


def folder_problem(directory: Path) -> str:
    """Why `directory` (not a folder) cannot be a corpus."""
    return ("the corpus path is not a folder" if directory.exists()
            else "the corpus folder does not exist")


def load_corpus(directory: Path) -> Corpus:
    """Every readable document of `directory`, and a Problem for each file that is not."""
    corpus = Corpus(directory=directory)
    if not directory.is_dir():
        corpus.problems.append(Problem(str(directory), folder_problem(directory)))
        return corpus
    manifest_path = directory / MANIFEST
    entries: list[dict] = []
    if manifest_path.exists():
        entries, problems = read_manifest(manifest_path)
        corpus.problems += problems
    listed = set()
    for entry in entries:
        name = entry["file"]
        listed.add(name)
        path = directory / name
        if not path.exists():
            corpus.problems.append(Problem(MANIFEST, f"lists {name}, but {path} is missing",
                                           entry["_line"]))
            continue
        try:
            decoded = read_text(path)
        except CorpusError as exc:
            corpus.problems.append(Problem(name, f"{exc.message}; skipped"))
            continue
        detected = detect_masthead(decoded.text)
        corpus.documents.append(SourceDocument(
            file=name, path=path, text=decoded.text, encoding=decoded.encoding,
            language=entry.get("language") or detected["language"],
            symbol=entry.get("symbol") or None,
            symbol_verified=bool(entry.get("symbol_verified", False)),
            original_language=entry.get("original_language", detected.get("original_language", "")),
            date=str(entry.get("date", detected.get("date", ""))),
            **_titles(entry), short_title=entry.get("short_title", ""), body=entry.get("body", ""),
        ))
    for path in sorted(directory.iterdir()):
        if path.name in listed or path.name == MANIFEST or path.name.startswith("."):
            continue
        if not path.is_file() or path.suffix.lower() not in DOCUMENT_SUFFIXES:
            continue
        try:
            decoded = read_text(path)
        except CorpusError as exc:
            corpus.problems.append(Problem(path.name, f"{exc.message}; skipped"))
            continue
        detected = detect_masthead(decoded.text)
        symbol = detected.get("symbol")
        corpus.documents.append(SourceDocument(
            file=path.name, path=path, text=decoded.text, encoding=decoded.encoding,
            language=detected["language"], symbol=symbol, symbol_verified=symbol is not None,
            original_language=detected.get("original_language", ""),
            date=detected.get("date", ""), short_title=path.stem, from_manifest=False,
        ))
        if symbol is None:
            corpus.problems.append(Problem(path.name, "not in the manifest and no symbol in its "
                                           "masthead: cited by file name, symbol unknown"))
    _drop_duplicates(corpus)
    return corpus


def _drop_duplicates(corpus: Corpus) -> None:
    seen: dict[tuple[str, str], str] = {}
    kept = []
    for doc in corpus.documents:
        if doc.symbol:
            key = (normalise_symbol(doc.symbol), doc.language)
            if key in seen:
                corpus.problems.append(Problem(
                    doc.file, f"claims {doc.symbol} ({doc.language}), already claimed by "
                    f"{seen[key]}; skipped"))
                continue
            seen[key] = doc.file
        kept.append(doc)
    corpus.documents = kept
