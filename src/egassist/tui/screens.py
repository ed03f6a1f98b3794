"""Screens: the document viewer and the dialogs (footnotes, filters, export, history).

Each screen gets what it shows from the app and answers with `dismiss(...)` or a message; none
of them finds an index, reads the corpus or writes a file on its own (the export dialog calls the
exporter it is given).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Callable

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.screen import ModalScreen, Screen
from textual.widgets import (Button, Footer, Input, Label, OptionList, RadioButton, RadioSet,
                             SelectionList, Static, Tree)
from textual.widgets.option_list import Option
from textual.widgets.selection_list import Selection
from rich.text import Text

from ..citations import Locator
from ..errors import EgassistError
from ..history import Record, search as search_history
from ..wording import counted
from .widgets import CopyRequested, highlighted, note_quote, plain, quote_text, safe, symbol_status

if TYPE_CHECKING:
    from ..catalog import Catalog
    from ..search import Filters
    from ..structure import Block, Document

# --- the document viewer -------------------------------------------------------------------------


def locator_label(locator: Locator | None, language: str) -> str:
    if locator is None:
        return ""
    return locator.display_zh() if language == "zh" else locator.display_en()


def _outline_text(text: str, width: int = 28) -> str:
    words = " ".join(safe(text).split())
    return words[:width] + ("…" if len(words) > width else "")


def block_prompt(document: Document, block: Block, language: str, cited: bool,
                 terms: tuple[str, ...]) -> Content:
    """One block as the viewer shows it: its place, its text, the footnotes it refers to."""
    if block.kind == "heading":
        return Content.styled(safe(block.text), "bold $text-primary")
    parts: list[Content] = []
    label = locator_label(block.locator, language) if block.kind != "masthead" else ""
    if cited:
        marker = "▶ 引用的段落" if language == "zh" else "▶ cited"
        parts.append(Content.styled(marker, "bold $foreground on $warning-muted"))
    if label:
        parts.append(Content.styled(safe(label), "$text-muted"))
    if cited:
        parts.append(highlighted(block.text, terms).stylize_before("$foreground on $warning-muted"))
    elif block.kind == "footnote":
        parts.append(Content.styled(safe(block.text), "$text-muted"))
    else:
        parts.append(plain(block.text))
    if block.footnote_refs:
        word = "脚注" if language == "zh" else "footnotes"
        parts.append(Content.styled(f"{word} {', '.join(block.footnote_refs)} — press f",
                                    "italic $text-primary"))
    return Content("\n").join(parts)


class DocumentText(OptionList):
    """The document's blocks, one option each: the highlight is the block keys act on.

    One OptionList rather than a widget per block: it lays out only what is visible, so a
    260-block report opens in a fraction of the time."""

    BINDINGS = [
        Binding("f", "screen.footnotes", "Footnotes",
                tooltip="Show the footnotes the highlighted block refers to"),
        Binding("c", "screen.copy_citation", "Cite",
                tooltip="Copy the highlighted block's citation (and add it to the notes)"),
        Binding("y", "screen.copy_quote", "Quote",
                tooltip="Copy the highlighted block with its citation (and add it to the notes)"),
    ]


class DocumentScreen(Screen):
    """A whole document with an outline, opened at a cited block, which is highlighted."""

    BINDINGS = [
        Binding("escape,q", "app.pop_screen", "Back"),
        Binding("o", "focus_outline", "Outline"),
        Binding("d", "focus_text", "Text"),
        Binding("g", "go_cited", "Cited"),
    ]

    def __init__(self, document: Document, *, cited_text: str | None = None,
                 cited_locator: Locator | None = None, language: str | None = None,
                 terms: tuple[str, ...] = ()) -> None:
        super().__init__()
        self.document = document
        self.language = language or document.ref.language
        self.terms = terms
        self.shown = [(i, b) for i, b in enumerate(document.blocks) if b.kind != "furniture"]
        self.cited = self._cited_positions(cited_locator, cited_text)
        self._outline_nodes: dict[int, object] = {}

    def _cited_positions(self, locator: Locator | None, text: str | None) -> list[int]:
        """The blocks a citation names: the block holding the passage's exact text, else the
        first block at its locator, else the blocks inside it."""
        if locator is None:
            return []
        at = [i for i, b in self.shown if b.locator == locator]
        exact = [i for i in at if self.document.blocks[i].text == text]
        if exact or at:
            return (exact or at)[:1]
        return [i for i, b in self.shown if b.locator is not None and locator.contains(b.locator)]

    def compose(self) -> ComposeResult:
        ref = self.document.ref
        parts = [Content.styled(safe(ref.symbol or ref.short_title or ref.file), "bold"), "  "]
        if self.document.blocks:
            parts.append(symbol_status(self.document.citation(self.document.blocks[0])))
        parts.append(Content.styled(f"  {safe(ref.date or 'undated')}  {safe(ref.short_title)}",
                                    "$text-muted"))
        yield Static(Content.assemble(*parts), id="viewer-title")
        with Horizontal(id="viewer-body"):
            yield self._outline()
            yield DocumentText(
                *[Option(block_prompt(self.document, block, self.language, i in self.cited,
                                      self.terms), id=str(i)) for i, block in self.shown],
                id="viewer-text")
        yield Footer(compact=True)

    def _outline(self) -> Tree:
        ref = self.document.ref
        tree: Tree[int] = Tree(Text(safe(ref.symbol or ref.short_title or ref.file)),
                               id="outline")
        tree.show_root = False
        tree.center_scroll = True  # the cited block's entry sits mid-outline, with context
        root = tree.root
        headings: dict[tuple[str, ...], object] = {}
        paragraphs: dict[Locator, object] = {}
        footnotes = None

        def under(path: tuple[str, ...]):
            while path:
                if path in headings:
                    return headings[path]
                path = path[:-1]
            return root

        for i, block in self.shown:
            if block.kind == "heading":
                node = under(block.heading[:-1]).add(Text(_outline_text(block.text, 34),
                                                          style="bold"), data=i, expand=True)
                headings[block.heading] = node
            elif block.kind == "footnote":
                if footnotes is None:
                    footnotes = root.add(Text("Footnotes" if self.language != "zh" else "脚注"),
                                         expand=True)
                node = footnotes.add_leaf(Text(f"{locator_label(block.locator, self.language)}  "
                                               f"{_outline_text(block.text, 20)}"), data=i)
            else:
                parent = under(block.heading)
                loc = block.locator
                if block.kind == "subpara" and loc is not None:
                    parent = paragraphs.get(Locator(loc.kind, loc.number, loc.sub[:-1], loc.annex),
                                            parent)
                label = ("masthead" if block.kind == "masthead"
                         else locator_label(loc, self.language))
                node = parent.add(Text(f"{label}  {_outline_text(block.text, 20)}"), data=i,
                                  expand=True)
                if loc is not None and block.kind in ("para", "subpara"):
                    paragraphs.setdefault(loc, node)
            self._outline_nodes[i] = node
        for node in list(self._outline_nodes.values()):
            if not node.children:
                node.allow_expand = False
        return tree

    def on_mount(self) -> None:
        self.call_after_refresh(self.action_go_cited)

    @property
    def text_view(self) -> DocumentText:
        return self.query_one("#viewer-text", DocumentText)

    def jump_to(self, position: int) -> None:
        """Highlight a block, scroll it to the top and put the outline's cursor on it."""
        view = self.text_view
        try:
            index = view.get_option_index(str(position))
        except Exception:  # OptionDoesNotExist: a furniture block is never shown
            return
        view.highlighted = index
        view.focus()
        view.scroll_to_highlight(top=True)
        node = self._outline_nodes.get(position)
        if node is not None:
            self.query_one(Tree).move_cursor(node, animate=False)

    def action_go_cited(self) -> None:
        if self.cited:
            self.jump_to(self.cited[0])
        elif self.shown:
            self.jump_to(self.shown[0][0])

    def action_focus_outline(self) -> None:
        self.query_one(Tree).focus()

    def action_focus_text(self) -> None:
        self.text_view.focus()

    @on(Tree.NodeSelected, "#outline")
    def _outline_selected(self, event: Tree.NodeSelected) -> None:
        if event.node.data is not None:
            self.jump_to(event.node.data)

    @on(OptionList.OptionHighlighted, "#viewer-text")
    def _follow_in_outline(self, event: OptionList.OptionHighlighted) -> None:
        node = self._outline_nodes.get(int(event.option.id))
        tree = self.query_one(Tree)
        if node is not None and tree.cursor_node is not node and not tree.has_focus:
            tree.move_cursor(node, animate=False)

    def current_position(self) -> int | None:
        """The block the keys act on: the highlighted one."""
        option = self.text_view.highlighted_option
        return int(option.id) if option is not None else None

    def current_block(self) -> Block | None:
        position = self.current_position()
        return self.document.blocks[position] if position is not None else None

    def _copy(self, quote: bool) -> None:
        block = self.current_block()
        if block is None or not block.citable:
            self.notify("A heading has no citation of its own.", severity="warning")
            return
        citation = self.document.citation(block).display(self.language)
        if quote:
            self.post_message(CopyRequested(quote_text(block.text, citation),
                                            note_quote(block.text, citation), "the quote"))
        else:
            self.post_message(CopyRequested(citation, f"- {citation}\n", "the citation"))

    def action_copy_citation(self) -> None:
        self._copy(quote=False)

    def action_copy_quote(self) -> None:
        self._copy(quote=True)

    def footnotes_of(self, block: Block) -> list[tuple[int, Block]]:
        out = []
        for number in block.footnote_refs:
            target = Locator("footnote", number)
            out += [(i, b) for i, b in self.shown if b.kind == "footnote" and b.locator == target]
        return out

    def action_footnotes(self) -> None:
        block = self.current_block()
        if block is None or not block.footnote_refs:
            self.notify("This block refers to no footnotes.")
            return
        entries = self.footnotes_of(block)
        if not entries:
            self.notify("The footnotes this block refers to are not in the document's text.",
                        severity="warning")
            return
        self.app.push_screen(FootnotesScreen(self.document, entries, self.language),
                             self._footnote_chosen)

    def _footnote_chosen(self, position: int | None) -> None:
        if position is not None:
            self.jump_to(position)


class FootnotesScreen(ModalScreen[int | None]):
    """The footnotes one block refers to; Enter jumps to one in the document."""

    BINDINGS = [Binding("escape", "dismiss(None)", "Close")]

    def __init__(self, document: Document, entries: list[tuple[int, Block]], language: str) -> None:
        super().__init__()
        self.document = document
        self.entries = entries
        self.language = language

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog", id="footnotes-dialog"):
            yield Label("Footnotes of this block — Enter to go to one, Escape to close")
            options = []
            for position, block in self.entries:
                citation = self.document.citation(block).display(self.language)
                prompt = Content("\n").join([Content.styled(safe(citation), "bold"),
                                             plain(block.text)])
                options.append(Option(prompt, id=str(position)))
            yield OptionList(*options, id="footnote-list")

    @on(OptionList.OptionSelected)
    def _chosen(self, event: OptionList.OptionSelected) -> None:
        self.dismiss(int(event.option.id))


# --- filters -------------------------------------------------------------------------------------


LANGUAGE_NAMES = {"zh": "Chinese", "en": "English", "fr": "French", "es": "Spanish",
                  "ru": "Russian", "ar": "Arabic"}


class FilterScreen(ModalScreen["Filters | None"]):
    """Restrict questions to some documents, a year range or a language."""

    BINDINGS = [Binding("escape", "dismiss(None)", "Cancel"),
                Binding("ctrl+s", "apply", "Apply")]

    def __init__(self, catalog: Catalog, current: Filters | None) -> None:
        super().__init__()
        self.catalog = catalog
        self.current = current

    def compose(self) -> ComposeResult:
        files = self.current.files if self.current else set()
        chosen_languages = self.current.languages if self.current else set()
        years = self.current.years if self.current else None
        documents = []
        for document in self.catalog.documents:
            ref = document.ref
            label = Content.assemble(
                Content.styled(safe(ref.symbol or "symbol unknown"), "bold"),
                f"  {safe(ref.date or 'undated')}  ", safe(ref.short_title or ref.file))
            documents.append(Selection(label, ref.file, ref.file in files))
        languages = sorted({d.ref.language for d in self.catalog.documents} | chosen_languages)
        with Vertical(classes="dialog", id="filter-dialog"):
            yield Label("Restrict questions to…", classes="dialog-title")
            yield Label("Documents (none ticked = all)")
            yield SelectionList[str](*documents, id="filter-documents")
            with Horizontal(classes="row"):
                yield Label("Years from", classes="row-label")
                yield Input(str(years[0]) if years else "", placeholder="e.g. 2011",
                            type="integer", id="filter-from")
                yield Label("to", classes="row-label")
                yield Input(str(years[1]) if years else "", placeholder="e.g. 2020",
                            type="integer", id="filter-to")
            yield Label("Languages (none ticked = all)")
            yield SelectionList[str](
                *[Selection(f"{LANGUAGE_NAMES.get(code, code)} ({code})", code,
                            code in chosen_languages) for code in languages],
                id="filter-languages")
            with Horizontal(classes="buttons"):
                yield Button("Apply", variant="primary", id="filter-apply")
                yield Button("Clear all", id="filter-clear")
                yield Button("Cancel", id="filter-cancel")

    def filters(self) -> Filters:
        """The filters as the dialog now shows them; ValueError when the years make no sense."""
        from ..search import Filters

        files = set(self.query_one("#filter-documents", SelectionList).selected)
        languages = set(self.query_one("#filter-languages", SelectionList).selected)
        low = self.query_one("#filter-from", Input).value.strip()
        high = self.query_one("#filter-to", Input).value.strip()
        years = None
        if low or high:
            start = int(low) if low else 0
            end = int(high) if high else 9999
            if start > end:
                raise ValueError(f"the year range {start}-{end} is empty")
            years = (start, end)
        return Filters(files=files, years=years, languages=languages)

    def action_apply(self) -> None:
        try:
            self.dismiss(self.filters())
        except ValueError as exc:
            self.notify(str(exc), severity="error", title="Filter", markup=False)

    @on(Input.Submitted)
    def _submitted(self) -> None:
        self.action_apply()

    @on(Button.Pressed, "#filter-apply")
    def _apply(self) -> None:
        self.action_apply()

    @on(Button.Pressed, "#filter-clear")
    def _clear(self) -> None:
        from ..search import Filters

        self.dismiss(Filters())

    @on(Button.Pressed, "#filter-cancel")
    def _cancel(self) -> None:
        self.dismiss(None)


# --- export --------------------------------------------------------------------------------------

EXPORT_SCOPES = {"answer": "Current answer", "selected": "Selected passages",
                 "conversation": "Whole conversation"}

Exporter = Callable[[str, Path], str]
"""exporter(scope, path) -> a message saying what was written; raises EgassistError."""


class ExportScreen(ModalScreen[str | None]):
    """Choose what to export and where; the exporter does the writing."""

    BINDINGS = [Binding("escape", "dismiss(None)", "Cancel"),
                Binding("ctrl+s", "export", "Export")]

    def __init__(self, exporter: Exporter, default_path: Path, counts: dict[str, int],
                 scope: str = "answer") -> None:
        super().__init__()
        self.exporter = exporter
        self.default_path = default_path
        self.counts = counts
        self.scope = scope if counts.get(scope) else next(
            (s for s in EXPORT_SCOPES if counts.get(s)), "answer")

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog", id="export-dialog"):
            yield Label("Export to a Markdown notes file (appended, never overwritten)",
                        classes="dialog-title")
            with RadioSet(id="export-scope"):
                for scope, label in EXPORT_SCOPES.items():
                    n = self.counts.get(scope, 0)
                    unit = "passage" if scope == "selected" else "answer"
                    yield RadioButton(f"{label} ({counted(n, unit)})",
                                      value=scope == self.scope, disabled=not n, name=scope)
            yield Label("File")
            yield Input(str(self.default_path), id="export-path")
            with Horizontal(classes="buttons"):
                yield Button("Export", variant="primary", id="export-go")
                yield Button("Cancel", id="export-cancel")

    def on_mount(self) -> None:
        self.query_one("#export-path", Input).focus()

    @on(RadioSet.Changed)
    def _scope(self, event: RadioSet.Changed) -> None:
        self.scope = event.pressed.name or "answer"

    def action_export(self) -> None:
        raw = self.query_one("#export-path", Input).value.strip()
        if not raw:
            self.notify("Type the path of a notes file.", severity="error", title="Export")
            return
        try:
            message = self.exporter(self.scope, Path(raw).expanduser())
        except EgassistError as exc:
            self.notify(str(exc), severity="error", title="Export failed", markup=False)
            return
        self.dismiss(message)

    @on(Input.Submitted, "#export-path")
    def _submitted(self) -> None:
        self.action_export()

    @on(Button.Pressed, "#export-go")
    def _go(self) -> None:
        self.action_export()

    @on(Button.Pressed, "#export-cancel")
    def _cancel(self) -> None:
        self.dismiss(None)


# --- history -------------------------------------------------------------------------------------


class HistoryScreen(ModalScreen[Record | None]):
    """Past questions, newest first; type to search, Enter to show one again."""

    BINDINGS = [Binding("escape", "dismiss(None)", "Close"),
                Binding("down", "focus_list", "List", show=False)]

    def __init__(self, records: list[Record], damaged: int = 0) -> None:
        super().__init__()
        self.records = records
        self.damaged = damaged
        self.shown: list[Record] = []

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog", id="history-dialog"):
            yield Label("History — type to search, Enter to show an answer again",
                        classes="dialog-title")
            yield Input(placeholder="Search questions, answers and passages", id="history-search")
            yield OptionList(id="history-list")
            yield Static("", id="history-count")

    def on_mount(self) -> None:
        self.refresh_list("")
        self.query_one("#history-search", Input).focus()

    def refresh_list(self, text: str) -> None:
        self.shown = search_history(self.records, text)
        options = []
        for i, record in enumerate(self.shown):
            mark = Content.styled("✓ " if record.answered else "✗ ",
                                  "$text-success" if record.answered else "$text-error")
            options.append(Option(Content.assemble(
                Content.styled(record.stamp() + "  ", "$text-muted"), mark,
                plain(" ".join(record.question.split()))), id=str(i)))
        listing = self.query_one("#history-list", OptionList)
        listing.clear_options()
        listing.add_options(options)
        if options:
            listing.highlighted = 0
        note = f"{len(self.shown)} of {counted(len(self.records), 'question')}"
        if self.damaged:
            note += f"; {counted(self.damaged, 'damaged line')} skipped"
        self.query_one("#history-count", Static).update(Content.styled(note, "$text-muted"))

    @on(Input.Changed, "#history-search")
    def _search(self, event: Input.Changed) -> None:
        self.refresh_list(event.value)

    @on(Input.Submitted, "#history-search")
    def _submitted(self) -> None:
        listing = self.query_one("#history-list", OptionList)
        if listing.highlighted is not None and self.shown:
            self.dismiss(self.shown[listing.highlighted])

    @on(OptionList.OptionSelected, "#history-list")
    def _chosen(self, event: OptionList.OptionSelected) -> None:
        self.dismiss(self.shown[int(event.option.id)])

    def action_focus_list(self) -> None:
        self.query_one("#history-list", OptionList).focus()
