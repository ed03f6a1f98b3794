"""The corpus, parsed: documents by name, blocks by place, and the nearest valid names on a miss."""

from __future__ import annotations

import difflib
from dataclasses import dataclass, field
from pathlib import Path

from .citations import Locator, LocatorSyntaxError, parse_locator
from .corpus import Corpus, Problem, SourceDocument, load_corpus
from .errors import NotFoundError
from .structure import Block, Document, parse_document


@dataclass
class Catalog:
    """Every loaded document with its parse, in manifest order."""

    corpus: Corpus
    documents: list[Document] = field(default_factory=list)

    @classmethod
    def load(cls, directory: Path) -> "Catalog":
        corpus = load_corpus(directory)
        catalog = cls(corpus)
        for source in corpus.documents:
            catalog.documents.append(parse_document(source.ref(), source.text))
        return catalog

    @property
    def problems(self) -> list[Problem]:
        return self.corpus.problems

    def source(self, document: Document) -> SourceDocument:
        return next(s for s in self.corpus.documents if s.file == document.ref.file)

    def names(self) -> list[str]:
        return [d.ref.symbol or d.ref.file for d in self.documents]

    def get(self, name: str) -> Document:
        """A document by symbol or file name; NotFoundError with the nearest names otherwise."""
        source = self.corpus.find(name.strip())
        if source is not None:
            return next(d for d in self.documents if d.ref.file == source.file)
        choices = self.names() + [d.ref.file for d in self.documents if d.ref.symbol]
        near = difflib.get_close_matches(name, choices, n=3, cutoff=0.4) or self.names()
        raise NotFoundError(f"no document {name!r} in the corpus", near)

    def blocks_at(self, document: Document, locator_text: str) -> list[Block]:
        """Blocks at a place typed by a person; NotFoundError with the nearest places otherwise."""
        valid = [str(loc) for loc in document.locators()]
        try:
            locator: Locator = parse_locator(locator_text)
        except LocatorSyntaxError as exc:
            raise NotFoundError(str(exc), difflib.get_close_matches(locator_text, valid, n=5,
                                                                    cutoff=0.3)) from exc
        blocks = document.find(locator)
        if not blocks:
            near = difflib.get_close_matches(str(locator), valid, n=5, cutoff=0.5)
            raise NotFoundError(
                f"{document.ref.symbol or document.ref.file} has no {locator.display_en()}", near)
        return blocks
