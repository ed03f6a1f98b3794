"""The assistant's terminal UI: ask, read the cited passages, open documents, keep notes.

`EgassistApp` is built from injected parts (a catalog, an index folder, a way to make the
embedder, the notes file, the history) and never finds its own index: `make_app` builds it for
`egassist`, and the tests build it over a small index made with a fake embedder.

Everything slow runs in thread workers that report back with messages: opening the index, loading
the model (~10 s), building the index, answering. The question box is usable from the first frame;
until the model is loaded, questions are answered by lexical search and the answer says so.

Why the domain is imported inside functions here: search, index and engine bring numpy (~0.25 s
of imports) that the first frame does not need; the engine worker imports them in the background,
so `egassist` shows a usable question box in about half a second from a cold start.
"""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Callable, Iterable

from textual import on, work
from textual.app import App, ComposeResult, SystemCommand
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.content import Content
from textual.message import Message
from textual.screen import Screen
from textual.widgets import Footer, Header, Input, Static

from ..errors import EgassistError
from ..history import History, Record
from ..wording import STAGE_LABELS, counted
from . import terminal
from .screens import DocumentScreen, ExportScreen, FilterScreen, HistoryScreen
from .widgets import CopyRequested, Exchange, IndexProgress, PassageCard, StatusBar, safe

if TYPE_CHECKING:
    from ..answer import Answer
    from ..catalog import Catalog
    from ..index import BuildReport
    from ..search import Filters, Query, Searcher

EmbedderFactory = Callable[[Callable[[str, int, int], None]], object]
"""embedder_factory(on_progress) -> an Embedder; called in a worker thread (it may be slow)."""

SearcherFactory = Callable[[Path, object], "Searcher"]
"""searcher_factory(index_dir, embedder or None) -> a Searcher over the live index."""

LEXICAL_LOADING = "lexical only — model loading"
LEXICAL_NO_MODEL = "lexical only — model unavailable"
LEXICAL_STALE = "lexical only — index being updated"


def highlight_terms(query: Query) -> list[str]:
    """The question's lexical terms worth marking in a passage."""
    return [t for t in query.weights if len(t.strip()) > 1]


def active(filters: Filters | None) -> bool:
    return filters is not None and bool(filters.files or filters.years or filters.languages)


def describe(filters: Filters | None) -> str:
    """The filter as the status line shows it (no filter reads as search.Filters().describe())."""
    return filters.describe() if filters is not None else "all documents"


def open_searcher(index_dir: Path, embedder) -> Searcher:
    """The default searcher factory: engine.open_searcher, imported when first needed."""
    from ..engine import open_searcher as open_live

    return open_live(index_dir, embedder)


# --- messages from the workers -------------------------------------------------------------------


class EngineProgress(Message):
    """A stage of the index build advanced (counts only: the domain knows nothing of bars)."""

    def __init__(self, stage: str, done: int, total: int) -> None:
        super().__init__()
        self.stage, self.done, self.total = stage, done, total


class EngineStep(Message):
    """The engine started something without counts (loading the model)."""

    def __init__(self, label: str) -> None:
        super().__init__()
        self.label = label


class SearcherReady(Message):
    """A searcher can answer questions now; `note` says how it falls short, if it does."""

    def __init__(self, searcher: Searcher, note: str, summary: dict | None, model: str) -> None:
        super().__init__()
        self.searcher, self.note, self.summary, self.model = searcher, note, summary, model


class IndexBuilt(Message):
    def __init__(self, report: BuildReport, catalog: Catalog) -> None:
        super().__init__()
        self.report, self.catalog = report, catalog


class EngineFailed(Message):
    def __init__(self, title: str, error: Exception) -> None:
        super().__init__()
        self.title, self.error = title, error


class EngineIdle(Message):
    """The engine worker finished what it was doing."""


class AnswerReady(Message):
    def __init__(self, exchange: Exchange, answer: Answer, terms: list[str], note: str,
                 index_info: dict | None) -> None:
        super().__init__()
        self.exchange, self.answer, self.terms = exchange, answer, terms
        self.note, self.index_info = note, index_info


class AnswerFailed(Message):
    def __init__(self, exchange: Exchange, error: EgassistError) -> None:
        super().__init__()
        self.exchange, self.error = exchange, error


@dataclass
class ExportItem:
    answer: Answer
    passages: list[int] | None
    index_info: dict | None


WELCOME = ("Ask a question about the documents, in Chinese or English, and press Enter.\n"
           "Each answer quotes the documents and cites them (symbol and paragraph). "
           "Tab moves to the passage cards: Enter opens the document at the cited place, "
           "c copies the citation, y the quote, Space selects a passage for export.\n"
           "Ctrl+P lists every command.")


class Conversation(VerticalScroll, can_focus=False):
    """The questions and answers, oldest first. Focus goes to its cards, not to itself;
    PageUp/PageDown scroll it from anywhere."""


class QuestionBox(Input):
    """The question box; Tab jumps to the newest answer's passages rather than the oldest."""

    BINDINGS = [Binding("tab", "app.focus_answer", "Passages",
                        tooltip="Move to the passages of the latest answer")]


class EgassistApp(App[None]):
    """Questions in, cited answers out, over one corpus and its index."""

    CSS_PATH = "egassist.tcss"
    TITLE = "egassist"
    SUB_TITLE = "cited answers from the cybercrime negotiation documents"

    BINDINGS = [
        Binding("ctrl+f", "filters", "Filter",
                tooltip="Restrict questions to documents, years or a language"),
        Binding("ctrl+s", "export", "Export",
                tooltip="Append the answer, selected passages or the conversation to notes"),
        Binding("ctrl+o", "history", "History", tooltip="Search past questions and reopen one"),
        Binding("ctrl+r", "reindex", "Re-index", tooltip="Bring the index up to date with the corpus"),
        Binding("ctrl+t", "toggle_theme", "Theme", tooltip="Switch between light and dark"),
        Binding("ctrl+l", "clear", "Clear", tooltip="Clear the screen (the history keeps it all)"),
        Binding("escape", "focus_question", "Question", show=False),
        Binding("pageup", "scroll_conversation(-1)", "Scroll up", show=False),
        Binding("pagedown", "scroll_conversation(1)", "Scroll down", show=False),
        Binding("ctrl+q", "quit", "Quit", priority=True),
    ]

    MAIN_ONLY = {"filters", "export", "history", "reindex", "clear", "focus_question",
                 "focus_answer", "scroll_conversation"}

    def __init__(self, *, catalog: Catalog, index_dir: Path, embedder_factory: EmbedderFactory,
                 notes_path: Path, history: History,
                 searcher_factory: SearcherFactory = open_searcher,
                 reload_catalog: Callable[[], Catalog] | None = None,
                 build_on_start: bool = True, k: int = 5,
                 terminal_alive: Callable[[], bool] | None = None) -> None:
        self.created_at = time.perf_counter()
        super().__init__()
        self.catalog = catalog
        self.index_dir = Path(index_dir)
        self.embedder_factory = embedder_factory
        self.searcher_factory = searcher_factory
        self.notes_path = Path(notes_path)
        self.history = history
        self.reload_catalog = reload_catalog
        self.build_on_start = build_on_start
        self.k = k
        self.terminal_alive = terminal_alive
        """Tells whether the terminal is still there (None: nothing to watch, as in tests)."""
        self.filters: Filters | None = None
        """The active restriction of questions (None: all documents)."""
        self.searcher: Searcher | None = None
        self.search_note = ""
        """Why answers are lexical only ('' when hybrid)."""
        self.last_report: BuildReport | None = None
        self.ready_at: float | None = None
        """perf_counter() when the question box first had focus (for measuring start-up)."""
        self._embedder = None
        self._engine_lock = threading.Lock()
        self._engine_busy = False
        self._pending: list[Exchange] = []

    # --- layout ----------------------------------------------------------------------------
    def compose(self) -> ComposeResult:
        yield Header()
        with Conversation(id="conversation"):
            yield Static(Content(WELCOME), id="welcome")
        yield IndexProgress(id="progress")
        yield QuestionBox(placeholder="Ask a question (Chinese or English) and press Enter",
                          id="question")
        yield StatusBar(id="status")
        yield Footer(compact=True)

    def on_mount(self) -> None:
        self.query_one("#progress", IndexProgress).display = False
        self.query_one("#question", Input).focus()
        self.ready_at = time.perf_counter()
        self._show_filter()
        status = self.query_one(StatusBar)
        status.set_search("opening the index…", warn=True)
        status.set_index("-")
        self._engine_busy = True
        self.start_engine()
        if self.terminal_alive is not None:
            self.set_interval(terminal.CHECK_SECONDS, self._quit_if_terminal_gone)

    def _quit_if_terminal_gone(self) -> None:
        if not self.terminal_alive():
            self.exit(return_code=1)  # nobody is left to read a message

    @property
    def on_main(self) -> bool:
        return len(self.screen_stack) == 1

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action in self.MAIN_ONLY and not self.on_main:
            return False
        return True

    # --- the engine (background) -------------------------------------------------------------
    def _progress_from_thread(self, stage: str, done: int, total: int) -> None:
        self.post_message(EngineProgress(stage, done, total))

    def _make_embedder(self):
        if self._embedder is None:
            self._embedder = self.embedder_factory(self._progress_from_thread)
        return self._embedder

    def _open(self, embedder, note: str):
        """Open a searcher over the live index (lexical when `embedder` is None) and announce it."""
        searcher = self.searcher_factory(self.index_dir, embedder)
        self._announce(searcher, embedder, note)
        return searcher

    def _announce(self, searcher, embedder, note: str) -> None:
        from ..engine import index_summary

        try:
            summary = index_summary(self.index_dir)
        except EgassistError:
            summary = None
        model = getattr(embedder, "name", "") if embedder is not None else ""
        self.post_message(SearcherReady(searcher, note, summary, model))

    def _build(self, embedder, catalog: Catalog, rebuild: bool) -> None:
        from ..engine import refresh_index

        self.post_message(EngineStep("Updating the index…"))
        report = refresh_index(catalog, embedder, self.index_dir, rebuild=rebuild,
                               on_progress=self._progress_from_thread)
        self.post_message(IndexBuilt(report, catalog))

    @work(thread=True, group="engine", name="start the engine")
    def start_engine(self) -> None:
        """Open what exists at once (lexical), then bring the model and the index up to date."""
        with self._engine_lock:
            try:
                self._engine_start()
            finally:
                self.post_message(EngineIdle())

    def _engine_start(self) -> None:
        from ..index import needs_build

        try:
            lexical = self._open(None, LEXICAL_LOADING)
        except EgassistError:
            lexical = None  # no usable index yet: questions wait for the build below
        from ..names import prepare as prepare_name_tagger

        prepare_name_tagger()
        self.post_message(EngineStep("Preparing the embedding model…"))
        try:
            embedder = self._make_embedder()
        except EgassistError as exc:
            self.post_message(EngineFailed("The embedding model is unavailable", exc))
            if lexical is not None:
                self._announce(lexical, None, LEXICAL_NO_MODEL)
            return
        reason = needs_build(self.index_dir, self.catalog, embedder.fingerprint)
        try:
            if reason and self.build_on_start:
                if lexical is not None:
                    self._announce(lexical, None, LEXICAL_STALE)
                self._build(embedder, self.catalog, rebuild=False)
            elif not reason:
                self.post_message(EngineStep("Loading the embedding model…"))
                embedder.embed_queries(["warm-up"])
            self._open(embedder, "")
        except EgassistError as exc:
            self.post_message(EngineFailed("The index could not be prepared", exc))
        except Exception as exc:  # torch/transformers failures: keep lexical search going
            self.post_message(EngineFailed("The embedding model could not be loaded", exc))
            if lexical is not None:
                self._announce(lexical, None, LEXICAL_NO_MODEL)

    @work(thread=True, group="engine", name="re-index")
    def reindex(self, rebuild: bool = False) -> None:
        """Re-read the corpus and refresh (or rebuild) the index, then search the new one."""
        with self._engine_lock:
            try:
                catalog = self.reload_catalog() if self.reload_catalog else self.catalog
                embedder = self._make_embedder()
                self._build(embedder, catalog, rebuild)
                self._open(embedder, "")
            except EgassistError as exc:
                self.post_message(EngineFailed("Re-indexing failed", exc))
            finally:
                self.post_message(EngineIdle())

    def on_engine_progress(self, message: EngineProgress) -> None:
        label = STAGE_LABELS.get(message.stage, message.stage)
        self.query_one(IndexProgress).report(label, message.done, message.total)

    def on_engine_step(self, message: EngineStep) -> None:
        self.query_one(IndexProgress).report(message.label)

    def on_index_built(self, message: IndexBuilt) -> None:
        report = message.report
        self.catalog = message.catalog
        self.last_report = report
        for problem in message.catalog.problems:
            self.notify(safe(str(problem)), title="Corpus", severity="warning", markup=False)
        if report.up_to_date:
            text = f"The index is up to date ({counted(report.passages, 'passage')})."
        else:
            text = (f"Indexed {counted(report.passages, 'passage')} in {report.seconds:.1f} s: "
                    f"{counted(len(report.embedded), 'document')} embedded"
                    f"{report.embedded_detail()}, {len(report.reused)} unchanged, "
                    f"{len(report.removed)} removed.")
            if report.full_rebuild_reason:
                text += f" Full rebuild: {report.full_rebuild_reason}."
            elif report.retokenized:
                text += " The tokenizer changed: every passage re-tokenized."
        self.notify(safe(text), title="Index", markup=False)

    def on_searcher_ready(self, message: SearcherReady) -> None:
        self.searcher = message.searcher
        self.search_note = message.note
        status = self.query_one(StatusBar)
        if message.note:
            status.set_search(message.note, warn=True)
        else:
            status.set_search(f"hybrid ({message.model})")
        if message.summary:
            status.set_index(f"{counted(len(message.searcher.passages), 'passage')}, "
                             f"{counted(len(message.summary['documents']), 'document')}")
        pending, self._pending = self._pending, []
        for exchange in pending:
            self._ask(exchange)

    def on_engine_failed(self, message: EngineFailed) -> None:
        error = message.error
        text = str(error) if isinstance(error, EgassistError) else (
            f"{type(error).__name__}: {error}")
        self.notify(safe(text), title=message.title, severity="error", markup=False, timeout=10)
        if self.searcher is None:
            self.query_one(StatusBar).set_search("unavailable — see the error", warn=True)
            for exchange in self._pending:
                exchange.fail("No index is available to answer this question.")
            self._pending = []

    def on_engine_idle(self, message: EngineIdle) -> None:
        self._engine_busy = False
        self.query_one(IndexProgress).finish()

    # --- asking --------------------------------------------------------------------------------
    @on(Input.Submitted, "#question")
    async def _question(self, event: Input.Submitted) -> None:
        question = event.value.strip()
        if not question:
            return
        event.input.value = ""
        exchange = Exchange(question)
        await self._add_exchange(exchange)
        if self.searcher is None:
            self._pending.append(exchange)
            exchange.waiting("Waiting for the index to be ready…")
        else:
            self._ask(exchange)

    async def _add_exchange(self, exchange: Exchange) -> None:
        conversation = self.query_one("#conversation", VerticalScroll)
        for welcome in conversation.query("#welcome"):
            await welcome.remove()
        await conversation.mount(exchange)
        conversation.scroll_end(animate=False)

    def _ask(self, exchange: Exchange) -> None:
        assert self.searcher is not None
        self.answer_question(exchange, self.searcher,
                             self.filters if active(self.filters) else None, self.search_note)

    @work(thread=True, group="ask", name="answer a question")
    def answer_question(self, exchange: Exchange, searcher: Searcher, filters: Filters | None,
                        note: str) -> None:
        from ..engine import ask, index_summary

        try:
            answer = ask(searcher, exchange.question, k=self.k, filters=filters)
            terms = highlight_terms(searcher.analyse(exchange.question))
        except EgassistError as exc:
            self.post_message(AnswerFailed(exchange, exc))
            return
        try:
            info = index_summary(self.index_dir)
        except EgassistError:
            info = None
        try:
            self.history.append(answer, terms=terms, index_info=info)
        except EgassistError as exc:
            self.notify(safe(str(exc)), title="History not saved", severity="error", markup=False)
        self.post_message(AnswerReady(exchange, answer, terms, note, info))

    def on_answer_ready(self, message: AnswerReady) -> None:
        exchange = message.exchange
        exchange.show(message.answer, message.terms, message.note, message.index_info)
        self.call_after_refresh(self._scroll_to, exchange)

    def on_answer_failed(self, message: AnswerFailed) -> None:
        message.exchange.fail(f"The question could not be answered: {message.error}")
        self.notify(safe(str(message.error)), title="Search failed", severity="error",
                    markup=False)

    def _scroll_to(self, exchange: Exchange) -> None:
        self.query_one("#conversation", VerticalScroll).scroll_to_widget(
            exchange, top=True, animate=False)

    def exchanges(self) -> list[Exchange]:
        return [e for e in self.query(Exchange) if e.answer is not None]

    def current_exchange(self) -> Exchange | None:
        """The exchange holding the focus, else the latest answered one."""
        node = self.screen_stack[0].focused
        while node is not None:
            if isinstance(node, Exchange) and node.answer is not None:
                return node
            node = node.parent
        answered = self.exchanges()
        return answered[-1] if answered else None

    # --- cards and the viewer --------------------------------------------------------------
    def on_passage_card_open_requested(self, message: PassageCard.OpenRequested) -> None:
        card = message.card
        passage = card.hit.passage
        document = next((d for d in self.catalog.documents if d.ref.file == passage.file), None)
        if document is None:
            self.notify(f"{safe(passage.file)} is no longer in the corpus; re-index (Ctrl+R).",
                        severity="error", title="Document not found", markup=False)
            return
        self.push_screen(DocumentScreen(document, cited_text=passage.text,
                                        cited_locator=passage.locator, language=card.language,
                                        terms=card.terms))

    def _notes_ready(self, path: Path) -> None:
        """The default notes file's folder is made on first use; a typed path must exist."""
        if path == self.notes_path:
            try:
                path.parent.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise EgassistError(f"cannot create the notes folder ({exc.strerror or exc})",
                                    path.parent) from exc

    def write_notes(self, path: Path, text: str) -> None:
        from ..notes import append_text

        self._notes_ready(path)
        append_text(path, text)

    def on_copy_requested(self, message: CopyRequested) -> None:
        self.copy_to_clipboard(message.clip)
        try:
            self.write_notes(self.notes_path, message.note)
        except EgassistError as exc:
            self.notify(f"Copied {message.what}, but the notes file was not written: "
                        f"{safe(str(exc))}", severity="error", title="Notes", markup=False)
            return
        self.notify(f"Copied {message.what} and added it to {self.notes_path}", markup=False)

    # --- export ------------------------------------------------------------------------------
    def export_items(self, scope: str) -> list[ExportItem]:
        if scope == "answer":
            exchange = self.current_exchange()
            return ([ExportItem(exchange.answer, None, exchange.index_info)]
                    if exchange is not None else [])
        if scope == "selected":
            items = []
            for exchange in self.exchanges():
                chosen = exchange.selected_passages()
                if chosen:
                    items.append(ExportItem(exchange.answer, chosen, exchange.index_info))
            return items
        return [ExportItem(e.answer, None, e.index_info) for e in self.exchanges()]

    def export_notes(self, scope: str, path: Path) -> str:
        """The exporter the export dialog calls: Markdown from notes.answer_markdown, appended."""
        from ..notes import answer_markdown

        items = self.export_items(scope)
        if not items:
            raise EgassistError("there is nothing to export yet")
        self.write_notes(path, "".join(answer_markdown(i.answer, i.index_info,
                                                       passages=i.passages) for i in items))
        return f"Appended {counted(len(items), 'answer')} to {path}"

    def action_export(self) -> None:
        answered = self.exchanges()
        selected = sum(len(e.selected_passages()) for e in answered)
        counts = {"answer": 1 if answered else 0, "selected": selected,
                  "conversation": len(answered)}
        if not answered:
            self.notify("Ask a question first: there is nothing to export yet.")
            return
        self.push_screen(ExportScreen(self.export_notes, self.notes_path, counts,
                                      scope="selected" if selected else "answer"),
                         self._exported)

    def _exported(self, message: str | None) -> None:
        if message:
            self.notify(message, title="Export", markup=False)

    # --- filters, history, index, theme -------------------------------------------------------
    def _show_filter(self) -> None:
        self.query_one(StatusBar).set_filter(describe(self.filters))

    def action_filters(self) -> None:
        self.push_screen(FilterScreen(self.catalog, self.filters), self._filters_chosen)

    def _filters_chosen(self, filters: Filters | None) -> None:
        if filters is not None:
            self.set_filters(filters)

    def set_filters(self, filters: Filters | None) -> None:
        self.filters = filters if active(filters) else None
        self._show_filter()

    def action_clear_filters(self) -> None:
        self.set_filters(None)

    def action_history(self) -> None:
        try:
            loaded = self.history.load()
        except EgassistError as exc:
            self.notify(safe(str(exc)), title="History", severity="error", markup=False)
            return
        if not loaded.records:
            self.notify("No questions have been asked yet.", title="History")
            return
        self.push_screen(HistoryScreen(loaded.records, loaded.damaged), self._reopen)

    async def _reopen(self, record: Record | None) -> None:
        if record is None:
            return
        await self.reopen(record)

    async def reopen(self, record: Record) -> Exchange:
        """Show a past answer again, as stored."""
        from ..history import rebuild_answer

        answer = rebuild_answer(record)
        exchange = Exchange(record.question, tag=f"from history, {record.stamp()}")
        await self._add_exchange(exchange)
        exchange.show(answer, record.terms, "", record.index_info)
        self.call_after_refresh(self._scroll_to, exchange)
        return exchange

    def action_reindex(self, rebuild: bool = False) -> None:
        if self._engine_busy:
            self.notify("The index is already being prepared; wait for it to finish.",
                        title="Index")
            return
        self._engine_busy = True
        self.query_one(IndexProgress).report("Re-indexing…")
        self.reindex(rebuild)

    def action_toggle_theme(self) -> None:
        self.theme = "textual-light" if self.theme == "textual-dark" else "textual-dark"

    async def action_clear(self) -> None:
        await self.query("#conversation Exchange").remove()

    def action_scroll_conversation(self, direction: int) -> None:
        conversation = self.query_one("#conversation", VerticalScroll)
        if direction > 0:
            conversation.scroll_page_down(animate=False)
        else:
            conversation.scroll_page_up(animate=False)

    def action_focus_answer(self) -> None:
        exchange = self.current_exchange()
        cards = list(exchange.query(PassageCard)) if exchange is not None else []
        if cards:
            cards[0].focus()
        else:
            self.screen.focus_next()

    def action_focus_question(self) -> None:
        self.query_one("#question", Input).focus()

    # --- command palette ---------------------------------------------------------------------
    def get_system_commands(self, screen: Screen) -> Iterable[SystemCommand]:
        yield from super().get_system_commands(screen)
        yield SystemCommand("Toggle light/dark theme", "Switch between the light and dark theme "
                            "(Ctrl+T)", self.action_toggle_theme)
        if isinstance(screen, DocumentScreen):
            yield SystemCommand("Footnotes of this block", "Show the footnotes the highlighted "
                                "block refers to (f)", screen.action_footnotes)
            yield SystemCommand("Go to the cited block", "Back to the block the answer cites (g)",
                                screen.action_go_cited)
            yield SystemCommand("Outline", "Move to the document's outline (o)",
                                screen.action_focus_outline)
            if screen.current_block() is not None:
                yield SystemCommand("Copy citation", "Copy the highlighted block's citation and "
                                    "add it to the notes (c)", screen.action_copy_citation)
                yield SystemCommand("Copy quote", "Copy the highlighted block's text with its "
                                    "citation and add it to the notes (y)", screen.action_copy_quote)
            yield SystemCommand("Back to the conversation", "Close the document (Escape)",
                                self.pop_screen)
            return
        if screen is not self.screen_stack[0]:
            return
        yield SystemCommand("Ask a question", "Put the cursor in the question box (Escape)",
                            self.action_focus_question)
        yield SystemCommand("Passages of the latest answer", "Move to the cited passages (Tab "
                            "from the question box)", self.action_focus_answer)
        yield SystemCommand("Filter", "Restrict questions to documents, years or a language "
                            "(Ctrl+F)", self.action_filters)
        yield SystemCommand("Clear the filter", "Search all documents again",
                            self.action_clear_filters)
        yield SystemCommand("Export to notes", "Append the answer, selected passages or the "
                            "whole conversation to a Markdown file (Ctrl+S)", self.action_export)
        yield SystemCommand("History", "Search past questions and show an answer again "
                            "(Ctrl+O)", self.action_history)
        yield SystemCommand("Re-index the corpus", "Bring the index up to date with the corpus "
                            "folder (Ctrl+R)", self.action_reindex)
        yield SystemCommand("Rebuild the index from scratch", "Re-embed every document",
                            lambda: self.action_reindex(rebuild=True))
        yield SystemCommand("Clear the conversation", "Remove the answers from the screen; the "
                            "history keeps them (Ctrl+L)", self.action_clear)
        card = screen.focused if isinstance(screen.focused, PassageCard) else None
        if card is not None:
            yield SystemCommand("Open the cited document", "Show the whole document at this "
                                "passage (Enter)", card.action_open)
            yield SystemCommand("Copy citation", "Copy the citation and add it to the notes (c)",
                                card.action_copy_citation)
            yield SystemCommand("Copy quote", "Copy the passage with its citation and add it to "
                                "the notes (y)", card.action_copy_quote)
            yield SystemCommand("Select passage for export", "Toggle this passage in the "
                                "selection (Space)", card.action_toggle_select)


def make_app(corpus: str | Path | None = None, index: str | Path | None = None,
             model: str | None = None, allow_download: bool = False) -> EgassistApp:
    """The app as `egassist` runs it: the real corpus, index folder, model and data folder."""
    from .. import paths
    from ..catalog import Catalog

    def load_catalog() -> Catalog:
        return Catalog.load(paths.corpus_dir(corpus))  # what engine.load_catalog does

    def make_embedder(on_progress):
        from ..engine import ModelChoice, process_embedder

        # In a child process, so that loading the model never freezes the screen.
        return process_embedder(ModelChoice(model, allow_download), on_progress=on_progress)

    return EgassistApp(
        catalog=load_catalog(),
        index_dir=paths.index_dir(index),
        embedder_factory=make_embedder,
        notes_path=paths.data_dir() / "notes.md",
        history=History(),
        reload_catalog=load_catalog,
        terminal_alive=terminal.alive_check(),
    )


def run(corpus: str | Path | None = None, index: str | Path | None = None,
        model: str | None = None, allow_download: bool = False) -> None:
    """Open the assistant (what `egassist` with no command does)."""
    make_app(corpus, index, model, allow_download).run()
