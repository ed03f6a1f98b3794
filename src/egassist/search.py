"""Hybrid retrieval over the index: exact places and symbols, BM25 over jieba tokens, dense e5.

Why routing and not plain reciprocal-rank fusion: measured on this corpus, BM25 over jieba tokens
beat every offline dense model on Chinese and symbol questions, and plain RRF of the two was worse
than lexical alone. So the question decides the mix:

- a question that names a place (`E/CN.15/2018/12 第 18 段`) returns that block first;
- a question that is or contains a symbol returns the passages that mention it, then the document;
- a Chinese question is lexical-led (dense breaks ties and adds recall);
- an English question over Chinese documents is dense-led, and its lexical side searches the
  Chinese renderings of its terms (glossary, then dictionary words the corpus actually uses).

Scores of the two retrievers are put on one scale (each divided by its best candidate's score)
and mixed with weights per route; `fuse` is a pure function so it can be tested without FAISS.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

import numpy as np

from .citations import Locator, LocatorSyntaxError, parse_locator
from .glossary import translate_chinese, translate_english
from .index import LoadedIndex
from .passages import Passage
from .symbols import find_symbols, normalise_symbol
from .tokens import content_terms, stopwords, tokenize

CANDIDATES = 60
"""How many passages each retriever contributes before fusion."""

LEXICAL_WEIGHT = {"zh": 0.7, "en": 0.45}
"""Share of the lexical score in the fused score, per question language."""

ENGLISH_TOKEN_WEIGHT = 0.35
"""Weight of an English question's own words: they mostly meet English bibliographic text in
Chinese footnotes, not the answer."""

DICTIONARY_WEIGHT = 0.5
"""Weight of a dictionary (not glossary) rendering of an English word."""


@dataclass(frozen=True)
class Hit:
    passage: Passage
    score: float
    matched_by: tuple[str, ...]


@dataclass
class Query:
    text: str
    language: str
    weights: dict[str, float] = field(default_factory=dict)
    """Lexical query: token -> weight."""
    groups: list[set[str]] = field(default_factory=list)
    """Each key term of the question as the set of tokens that can stand for it."""
    symbols: list[str] = field(default_factory=list)
    place: tuple[str, Locator] | None = None


@dataclass
class Filters:
    """Restrict a search to some documents, years or languages (empty = no restriction)."""

    files: set[str] = field(default_factory=set)
    years: tuple[int, int] | None = None
    languages: set[str] = field(default_factory=set)

    def allows(self, passage: Passage) -> bool:
        if self.files and passage.file not in self.files:
            return False
        if self.languages and passage.language not in self.languages:
            return False
        if self.years:
            year = int(passage.date[:4]) if passage.date[:4].isdigit() else None
            if year is None or not self.years[0] <= year <= self.years[1]:
                return False
        return True

    def describe(self) -> str:
        parts = []
        if self.files:
            parts.append("documents: " + ", ".join(sorted(self.files)))
        if self.years:
            parts.append(f"years: {self.years[0]}-{self.years[1]}")
        if self.languages:
            parts.append("languages: " + ", ".join(sorted(self.languages)))
        return "; ".join(parts) or "all documents"


def question_language(text: str) -> str:
    cjk = sum(1 for c in text if "\u4e00" <= c <= "\u9fff")
    latin = sum(1 for c in text if c.isascii() and c.isalpha())
    return "zh" if cjk and cjk * 2 >= latin / 3 else "en"


def fuse(lexical: dict[int, float], dense: dict[int, float], lexical_weight: float
         ) -> dict[int, float]:
    """Mix two retrievers' scores, each scaled by its best candidate, with a fixed weight."""
    out: dict[int, float] = {}
    lmax = max(lexical.values(), default=0.0) or 1.0
    dvals = list(dense.values())
    dmax = max(dvals, default=0.0)
    dmin = min(dvals, default=0.0)
    span = (dmax - dmin) or 1.0
    for row in set(lexical) | set(dense):
        l = lexical.get(row, 0.0) / lmax
        d = (dense[row] - dmin) / span if row in dense else 0.0
        out[row] = lexical_weight * l + (1 - lexical_weight) * d
    return out


class Searcher:
    """Search one loaded index; the embedder is used only for dense search and loads lazily."""

    def __init__(self, index: LoadedIndex, embedder=None) -> None:
        import bm25s  # deferred with the index: browsing never needs it

        self.index = index
        self.embedder = embedder
        self.passages = index.passages
        self._bm25 = bm25s.BM25(k1=1.2, b=0.75)
        self._bm25.index(index.tokens or [[]], show_progress=False)
        self.vocabulary = set(self._bm25.vocab_dict)
        self._token_sets = [set(t) for t in index.tokens]
        self._texts_nospace = [re.sub(r"\s+", "", p.text) for p in self.passages]
        self._symbols_in_corpus = {normalise_symbol(p.symbol) for p in self.passages if p.symbol}

    # --- the question ------------------------------------------------------------------------
    def analyse(self, question: str) -> Query:
        query = Query(question.strip(), question_language(question))
        query.symbols = list(dict.fromkeys(find_symbols(question)))
        query.place = self._place(question, query.symbols)
        rest = question
        for symbol in query.symbols:
            rest = rest.replace(symbol, " ")
        for symbol in query.symbols:
            query.weights[symbol.lower()] = 3.0
        if query.language == "zh":
            for term in content_terms(rest):
                query.weights[term] = max(query.weights.get(term, 0), 1.0)
                query.groups.append({term})
            for tr in translate_chinese(rest):
                for token in tokenize(tr.terms[0]):
                    query.weights.setdefault(token, 0.3)
        else:
            for token in content_terms(rest):
                query.weights[token] = max(query.weights.get(token, 0), ENGLISH_TOKEN_WEIGHT)
            for tr in translate_english(rest, stopwords()):
                weight = 1.0 if tr.from_glossary else DICTIONARY_WEIGHT
                group: set[str] = set()
                for term in tr.terms[: 6 if tr.from_glossary else 4]:
                    tokens = [t for t in tokenize(term) if t in self.vocabulary and len(t) > 1]
                    for token in tokens:
                        query.weights[token] = max(query.weights.get(token, 0), weight)
                    group.update(tokens)
                if group:
                    query.groups.append(group)
        return query

    def _place(self, question: str, symbols: list[str]) -> tuple[str, Locator] | None:
        """`E/CN.15/2018/12 第 18 段` -> (file, para 18) when that document is in the index."""
        for symbol in symbols:
            files = {p.file for p in self.passages
                     if p.symbol and normalise_symbol(p.symbol) == normalise_symbol(symbol)}
            if not files:
                continue
            rest = question.replace(symbol, " ").strip(" ，,。的?？")
            rest = re.sub(r"^(?:的|之|in|of)\s*", "", rest).strip()
            if not rest:
                continue
            try:
                locator = parse_locator(rest)
            except LocatorSyntaxError:
                continue
            return sorted(files)[0], locator
        return None

    # --- retrieval ---------------------------------------------------------------------------
    def lexical_scores(self, query: Query, allowed: np.ndarray) -> dict[int, float]:
        if not query.weights:
            return {}
        total = np.zeros(len(self.passages), dtype=np.float64)
        for token, weight in query.weights.items():
            if token in self.vocabulary:
                total += weight * np.asarray(self._bm25.get_scores([token]), dtype=np.float64)
        total[~allowed] = 0
        top = np.argsort(-total)[:CANDIDATES]
        return {int(i): float(total[i]) for i in top if total[i] > 0}

    def dense_scores(self, query: Query, allowed: np.ndarray) -> dict[int, float]:
        if self.embedder is None or not len(self.index.window_rows):
            return {}
        vector = np.asarray(self.embedder.embed_queries([query.text]), dtype=np.float32)
        k = min(len(self.index.window_rows), CANDIDATES * 3)
        scores, ids = self.index.faiss_index().search(vector, k)
        best: dict[int, float] = {}
        for score, wid in zip(scores[0], ids[0]):
            if wid < 0:
                continue
            row = int(self.index.window_rows[wid])
            if allowed[row] and score > best.get(row, -1.0):
                best[row] = float(score)
        return dict(sorted(best.items(), key=lambda kv: -kv[1])[:CANDIDATES])

    def search(self, question: str, k: int = 10, filters: Filters | None = None,
               query: Query | None = None) -> list[Hit]:
        query = query or self.analyse(question)
        allowed = np.array([filters.allows(p) if filters else True for p in self.passages],
                           dtype=bool)
        hits: list[Hit] = []
        taken: set[int] = set()

        def take(row: int, score: float, how: tuple[str, ...]) -> None:
            if row not in taken and allowed[row]:
                taken.add(row)
                hits.append(Hit(self.passages[row], score, how))

        if query.place is not None:
            file, locator = query.place
            for row, p in enumerate(self.passages):
                if p.file == file and locator.contains(p.locator):
                    take(row, 1.0, ("place",))

        lexical = self.lexical_scores(query, allowed)
        dense = self.dense_scores(query, allowed)
        fused = fuse(lexical, dense, LEXICAL_WEIGHT[query.language] if dense else 1.0)

        if query.symbols:
            keys = [re.sub(r"\s+", "", s) for s in query.symbols]
            mentions = [row for row, text in enumerate(self._texts_nospace)
                        if any(key in text for key in keys)]
            for row in sorted(mentions, key=lambda r: -fused.get(r, 0.0)):
                take(row, 1.0, ("symbol",))
            for symbol in query.symbols:
                for row, p in enumerate(self.passages):
                    if p.kind == "masthead" and p.symbol and \
                            normalise_symbol(p.symbol) == normalise_symbol(symbol):
                        take(row, 1.0, ("symbol", "document"))

        for row, score in sorted(fused.items(), key=lambda kv: -kv[1]):
            how = tuple(name for name, scores in (("lexical", lexical), ("dense", dense))
                        if row in scores)
            take(row, score, how)
            if len(hits) >= max(k, 10):
                break
        return hits[:k]

    # --- evidence for "not in the corpus" ----------------------------------------------------
    def coverage(self, query: Query, passage_rows: list[int]) -> float:
        """Share of the question's key terms that the given passages contain."""
        groups = query.groups
        if not groups:
            return 0.0
        tokens: set[str] = set()
        for row in passage_rows:
            tokens |= self._token_sets[row]
        return sum(1 for g in groups if g & tokens) / len(groups)

    def unknown_symbols(self, query: Query) -> list[str]:
        """Symbols in the question that are neither a corpus document nor mentioned in one."""
        out = []
        for symbol in query.symbols:
            key = re.sub(r"\s+", "", symbol)
            if normalise_symbol(symbol) in self._symbols_in_corpus:
                continue
            if not any(key in t for t in self._texts_nospace):
                out.append(symbol)
        return out

    def row_of(self, passage: Passage) -> int:
        return next(i for i, p in enumerate(self.passages) if p.key == passage.key)
