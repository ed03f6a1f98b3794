"""The `egassist` command: a thin click layer over the library.

stdout carries only results, so `egassist show ... >> brief.md` stays clean; messages go to
stderr; an error a person can act on exits 1 with `Error: ...`, never a traceback.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from . import __version__, paths
from .errors import EgassistError, NotFoundError
from .textio import terminal_safe


def _out(text: str = "") -> None:
    click.echo(terminal_safe(text))


def _fail(exc: EgassistError) -> None:
    click.echo(f"Error: {terminal_safe(str(exc))}", err=True)
    if isinstance(exc, NotFoundError) and exc.suggestions:
        click.echo("Did you mean: " + ", ".join(terminal_safe(s) for s in exc.suggestions), err=True)
    sys.exit(1)


def _catalog(corpus: str | None):
    from .catalog import Catalog

    catalog = Catalog.load(paths.corpus_dir(corpus))
    for problem in catalog.problems:
        click.echo(f"Warning: {terminal_safe(str(problem))}", err=True)
    return catalog


corpus_option = click.option("--corpus", metavar="DIR", default=None,
                             help="Corpus folder (default: EGASSIST_CORPUS or ./corpus).")


@click.group(invoke_without_command=True)
@click.version_option(__version__, prog_name="egassist")
@click.pass_context
def main(ctx: click.Context) -> None:
    """Cited answers from UN cybercrime negotiation documents, offline.

    With no command, opens the assistant.
    """
    if ctx.invoked_subcommand is None:
        ctx.invoke(docs)


@main.command()
@corpus_option
def docs(corpus: str | None) -> None:
    """List the corpus: symbol, language, date, title, blocks and problems."""
    catalog = _catalog(corpus)
    for document in catalog.documents:
        source = catalog.source(document)
        citable = len(document.citable_blocks())
        symbol = document.ref.symbol or "(symbol unknown)"
        if document.ref.symbol and not document.ref.symbol_verified:
            symbol += " (unverified)"
        _out(f"{symbol}\t{source.language}\t{source.date or '-'}\t{source.file}\t"
             f"{citable} citable blocks")
        _out(f"    {source.title_en or source.short_title or source.title}")
        for warning in document.warnings:
            _out(f"    note: {warning}")
    if catalog.problems:
        _out()
        _out("Problems found while loading:")
        for problem in catalog.problems:
            _out(f"  {problem}")


@main.command()
@click.argument("doc")
@click.argument("locator", nargs=-1)
@click.option("--json", "as_json", is_flag=True, help="Print a JSON list of blocks.")
@corpus_option
def show(doc: str, locator: tuple[str, ...], as_json: bool, corpus: str | None) -> None:
    """Print the block(s) at LOCATOR of DOC (a symbol or file name).

    LOCATOR may be typed as `annex I para 37`, `para. 10 (f) (ii)`, `附件一，第 37 段`,
    `footnote 13`, `item 1(b)`. Without it, the whole document is printed.
    """
    catalog = _catalog(corpus)
    try:
        document = catalog.get(doc)
        if locator:
            blocks = catalog.blocks_at(document, " ".join(locator))
        else:
            blocks = [b for b in document.blocks if b.citable]
    except EgassistError as exc:
        _fail(exc)
        return
    if as_json:
        rows = []
        for b in blocks:
            citation = document.citation(b)
            rows.append({
                "symbol": document.ref.symbol, "file": document.ref.file,
                "language": document.ref.language, "locator": str(b.locator),
                "citation_en": citation.en(), "citation_zh": citation.zh(),
                "heading": " > ".join(b.heading), "text": b.text,
                "footnote_refs": list(b.footnote_refs),
            })
        _out(json.dumps(rows, ensure_ascii=False, indent=2))
        return
    language = document.ref.language
    for b in blocks:
        citation = document.citation(b)
        _out(citation.display(language))
        if b.heading:
            _out("  " + " > ".join(b.heading))
        _out(b.text)
        if b.footnote_refs:
            _out("  [footnotes: " + ", ".join(b.footnote_refs) + "]")
        _out()


@main.command()
@click.argument("doc")
@click.option("--width", default=40, show_default=True, help="Characters of text per block.")
@corpus_option
def outline(doc: str, width: int, corpus: str | None) -> None:
    """Print the structure of DOC: locator, heading and first words of every block."""
    catalog = _catalog(corpus)
    try:
        document = catalog.get(doc)
    except EgassistError as exc:
        _fail(exc)
        return
    for b in document.blocks:
        if b.kind == "furniture":
            continue
        if b.kind == "heading":
            _out(f"{'':24}## {b.text}")
            continue
        words = b.text.replace("\n", " ")
        words = words[:width] + ("…" if len(words) > width else "")
        _out(f"{str(b.locator):24}{b.kind:9} {words}")
    for warning in document.warnings:
        click.echo(f"note: {terminal_safe(warning)}", err=True)


if __name__ == "__main__":  # pragma: no cover
    main()
