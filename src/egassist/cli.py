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
from .errors import CorpusError, EgassistError, NotFoundError
from .textio import clean_question, terminal_safe
from .wording import STAGE_LABELS, counted


def _out(text: str = "") -> None:
    click.echo(terminal_safe(text))


def _fail(exc: EgassistError) -> None:
    click.echo(f"Error: {terminal_safe(str(exc))}", err=True)
    if isinstance(exc, NotFoundError) and exc.suggestions:
        click.echo("Did you mean: " + ", ".join(terminal_safe(s) for s in exc.suggestions), err=True)
    sys.exit(1)


def _catalog(corpus: str | None):
    from .catalog import Catalog
    from .corpus import folder_problem

    directory = paths.corpus_dir(corpus)
    if not directory.is_dir():
        _fail(CorpusError(folder_problem(directory), directory))
    catalog = Catalog.load(directory)
    for problem in catalog.problems:
        click.echo(f"Warning: {terminal_safe(str(problem))}", err=True)
    return catalog


corpus_option = click.option("--corpus", metavar="DIR", default=None,
                             help="Corpus folder (default: EGASSIST_CORPUS or ./corpus).")


@click.group(invoke_without_command=True)
@click.version_option(__version__, prog_name="egassist")
@click.option("--corpus", "app_corpus", metavar="DIR", default=None,
              help="Corpus folder for the assistant (default: EGASSIST_CORPUS or ./corpus).")
@click.option("--index", "app_index", metavar="DIR", default=None,
              help="Index folder for the assistant (default: EGASSIST_INDEX or ./index).")
@click.option("--model", "app_model", metavar="PATH_OR_NAME", default=None,
              help="Embedding model for the assistant.")
@click.option("--allow-download", "app_download", is_flag=True,
              help="Allow fetching a model from the Hugging Face hub.")
@click.pass_context
def main(ctx: click.Context, app_corpus: str | None, app_index: str | None,
         app_model: str | None, app_download: bool) -> None:
    """Cited answers from UN cybercrime negotiation documents, offline.

    With no command, opens the assistant (it builds or refreshes the index if needed).
    """
    if ctx.invoked_subcommand is None:
        if not sys.stdin.isatty() or not sys.stdout.isatty():
            click.echo("Error: the assistant needs a terminal; see `egassist --help` for the "
                       "commands that work without one.", err=True)
            sys.exit(1)
        from .tui import run

        run(corpus=app_corpus, index=app_index, model=app_model, allow_download=app_download)


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
             f"{counted(citable, 'citable block')}")
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


model_option = click.option("--model", metavar="PATH_OR_NAME", default=None,
                            help="A local sentence-transformers model (default: multilingual-e5-small).")
download_option = click.option("--allow-download", is_flag=True,
                               help="Allow fetching a model from the Hugging Face hub.")
index_option = click.option("--index", "index_dir", metavar="DIR", default=None,
                            help="Index folder (default: EGASSIST_INDEX or ./index).")


def _embedder(model: str | None, allow_download: bool):
    from .engine import LazyEmbedder, ModelChoice

    return LazyEmbedder(ModelChoice(model, allow_download))


class _Progress:
    """A rich progress bar fed by the domain's (stage, done, total) reports, on stderr."""

    def __init__(self) -> None:
        from rich.console import Console
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

        self.progress = Progress(TextColumn("{task.description}"), BarColumn(),
                                 MofNCompleteColumn(), TimeElapsedColumn(),
                                 console=Console(stderr=True), transient=False)
        self.tasks: dict[str, int] = {}

    def __enter__(self):
        self.progress.__enter__()
        return self

    def __exit__(self, *exc):
        self.progress.__exit__(*exc)

    def __call__(self, stage: str, done: int, total: int) -> None:
        if stage not in self.tasks:
            label = STAGE_LABELS.get(stage, stage)
            self.tasks[stage] = self.progress.add_task(label, total=total)
        self.progress.update(self.tasks[stage], completed=done, total=total)


@main.command()
@click.option("--rebuild", is_flag=True, help="Rebuild everything, reusing nothing.")
@corpus_option
@index_option
@model_option
@download_option
def index(rebuild: bool, corpus: str | None, index_dir: str | None, model: str | None,
          allow_download: bool) -> None:
    """Build or refresh the local index of the corpus (only changed documents are redone)."""
    from .engine import refresh_index
    from .index import require_documents

    catalog = _catalog(corpus)
    try:
        require_documents(catalog)  # before the model is resolved: nothing to embed anyway
        embedder = _embedder(model, allow_download)
        with _Progress() as progress:
            report = refresh_index(catalog, embedder, index_dir, rebuild=rebuild,
                                   on_progress=progress)
    except EgassistError as exc:
        _fail(exc)
        return
    except KeyboardInterrupt:
        click.echo("Interrupted: the previous index is still the live one.", err=True)
        sys.exit(130)
    if report.full_rebuild_reason:
        click.echo(f"Full rebuild: {report.full_rebuild_reason}.", err=True)
    elif report.retokenized:
        click.echo("The tokenizer changed: every passage re-tokenized (the vectors of unchanged "
                   "documents reused).", err=True)
    if report.up_to_date:
        click.echo(f"Index is up to date ({counted(report.passages, 'passage')}, "
                   f"{counted(len(report.reused), 'document')}) in {report.seconds:.1f} s.",
                   err=True)
        return
    click.echo(f"Indexed {counted(report.passages, 'passage')} from "
               f"{counted(report.documents, 'document')} in "
               f"{report.seconds:.1f} s: {len(report.embedded)} embedded"
               f"{report.embedded_detail()}, {len(report.reused)} unchanged, "
               f"{len(report.removed)} removed.", err=True)
    for file in report.removed:
        click.echo(f"  removed: {file}", err=True)


def _print_answer(answer) -> None:
    lang = answer.language
    if not answer.answered:
        _out(answer.text())
        if answer.why_aside():
            _out(f"  {answer.why_aside()}")
    else:
        for extract in answer.extracts:
            _out(f"“{extract.text}”")
            _out(f"    — {extract.citation.display(lang)}")
    if answer.hits:
        _out()
        _out("Passages:" if lang == "en" else "相关段落：")
    for i, hit in enumerate(answer.hits, start=1):
        p = hit.passage
        _out(f"[{i}] {p.citation.display(lang)}  ({hit.score:.2f}; {', '.join(hit.matched_by)})")
        if p.heading:
            _out(f"    {p.heading}")
        text = p.text if len(p.text) <= 400 else p.text[:400] + "…"
        _out("    " + text.replace("\n", "\n    "))


@main.command()
@click.argument("question")
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object (one per line with -).")
@click.option("--k", default=5, show_default=True, type=click.IntRange(min=1),
              help="How many passages to return.")
@click.option("--lexical-only", is_flag=True, help="Skip the embedding model (faster start).")
@click.option("--export", "export_path", metavar="NOTES.md", default=None,
              help="Also append the answer to this Markdown notes file.")
@index_option
@model_option
@download_option
def ask(question: str, as_json: bool, k: int, lexical_only: bool, export_path: str | None,
        index_dir: str | None, model: str | None, allow_download: bool) -> None:
    """Answer QUESTION from the corpus with cited passages. QUESTION `-` reads one per line."""
    from .engine import ask as ask_question, open_searcher

    if not clean_question(question):  # blank, or only escape codes and control characters
        raise click.UsageError("the question is empty")
    try:
        embedder = None if lexical_only else _embedder(model, allow_download)
        searcher = open_searcher(index_dir, embedder)
    except EgassistError as exc:
        _fail(exc)
        return
    for chunk in _question_chunks(question):
        searcher.prepare([q for q in chunk if q])
        for q in chunk:
            if not q:  # a blank line of `-` still gets its answer: output lines match input lines
                _print_result(_empty_answer(), as_json)
                continue
            answer = ask_question(searcher, q, k=k)
            if question != "-":
                _remember(answer, searcher, index_dir)
            _print_result(answer, as_json)
            if export_path:
                _export(answer, export_path, index_dir)


def _print_result(answer, as_json: bool) -> None:
    if as_json:
        from .engine import answer_json

        click.echo(answer_json(answer))
    else:
        _print_answer(answer)


def _empty_answer():
    """What a blank line of `ask -` answers: not answered, with the reason, and no passages."""
    from .answer import Answer

    return Answer("", "en", False, reason="empty question", reason_zh="问题为空")


def _question_chunks(question: str, size: int = 32):
    """The question, or with `-` stdin's lines in chunks (embedded as one batch each); a blank
    line (or one that is only control characters) is kept as "", so each line gets one answer."""
    if question != "-":
        yield [question]
        return
    chunk: list[str] = []
    for line in sys.stdin:
        chunk.append(line.strip() if clean_question(line) else "")
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def _remember(answer, searcher, index_dir: str | None) -> None:
    """Record a single question in the history, so `egassist export` can find it later."""
    from .engine import index_summary
    from .history import History

    try:
        History().append(answer, terms=list(searcher.analyse(answer.question).weights),
                         index_info=index_summary(index_dir))
    except EgassistError as exc:
        click.echo(f"Warning: {terminal_safe(str(exc))}", err=True)


@main.command()
@click.argument("notes", type=click.Path(dir_okay=False))
@click.option("--last", default=1, show_default=True, help="How many of the latest answers.")
def export(notes: str, last: int) -> None:
    """Append the latest answers from the saved history to the Markdown file NOTES."""
    from .history import History, rebuild_answer
    from .notes import answer_markdown, append_text

    if last < 1:
        raise click.BadParameter(f"must be at least 1, not {last}", param_hint="'--last'")
    try:
        loaded = History().load()
        records = loaded.records[-last:]
        if not records:
            raise EgassistError("the history is empty: ask a question first")
        text = "".join(answer_markdown(rebuild_answer(r), r.index_info, when=r.time)
                       for r in records)
        append_text(Path(notes), text)
    except EgassistError as exc:
        _fail(exc)
        return
    click.echo(f"Appended {counted(len(records), 'answer')} to {notes}", err=True)
    if loaded.damaged:
        click.echo(f"Warning: skipped {counted(loaded.damaged, 'damaged history line')}", err=True)


def _export(answer, export_path: str, index_dir: str | None) -> None:
    try:
        from .engine import index_summary
        from .notes import append_answers

        append_answers(Path(export_path), [answer], index_summary(index_dir))
        click.echo(f"Appended to {export_path}", err=True)
    except EgassistError as exc:
        click.echo(f"Error: {terminal_safe(str(exc))}", err=True)
        sys.exit(1)


@main.command(name="eval")
@click.argument("questions_file", type=click.Path(exists=True, dir_okay=False))
@click.option("--json", "as_json", is_flag=True, help="Print the report as JSON.")
@click.option("--k", default=10, show_default=True, type=click.IntRange(min=1),
              help="Passages per question.")
@click.option("--lexical-only", is_flag=True, help="Score lexical retrieval alone.")
@click.option("--failures", is_flag=True, help="List the questions that missed.")
@index_option
@model_option
def eval_command(questions_file: str, as_json: bool, k: int, lexical_only: bool, failures: bool,
                 index_dir: str | None, model: str | None) -> None:
    """Score a question file (JSONL, as ../shared/eval/README.md) per kind and overall."""
    from .engine import ask as ask_question, open_searcher
    from .evaluate import format_report, load_questions, report_to_dict, score

    try:
        questions = load_questions(Path(questions_file))
    except (OSError, ValueError) as exc:
        _fail(EgassistError(str(exc)))
        return
    try:
        embedder = None if lexical_only else _embedder(model, False)
        searcher = open_searcher(index_dir, embedder)
    except EgassistError as exc:
        _fail(exc)
        return
    answers = [ask_question(searcher, q["question"], k=k).to_json() for q in questions]
    report = score(questions, answers)
    if as_json:
        _out(json.dumps(report_to_dict(report), ensure_ascii=False, indent=2))
    else:
        _out(format_report(report))
    if failures:
        for q, a in zip(questions, answers):
            _out(json.dumps({"id": q["id"], "kind": q["kind"], "answered": a["answered"],
                             "top": [p["file"][:14] + " " + p["locator"] for p in a["passages"][:3]],
                             "gold": [(g["file"][:14], g["locator"]) for g in q["gold"]]},
                            ensure_ascii=False))


if __name__ == "__main__":  # pragma: no cover
    main()
