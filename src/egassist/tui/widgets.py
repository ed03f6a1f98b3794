"""The conversation's widgets: a question, its answer, the passage cards, the status line.

Attributes go down (an Answer, the key terms) and messages go up (a card asks to be opened or
copied; the app decides what that means). Text from documents and from the user is data: it is
made inert with `terminal_safe` and put into `Content` objects, never parsed as markup.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Iterable

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.content import Content
from textual.message import Message
from textual.reactive import reactive
from textual.widget import Widget
from textual.widgets import Label, ProgressBar, Static

from ..textio import terminal_safe
from .cjk_wrap import allow_breaks_between_cjk

allow_breaks_between_cjk()

if TYPE_CHECKING:
    from ..answer import Answer
    from ..citations import Citation
    from ..search import Hit

HIGHLIGHT = "bold underline $foreground on $warning-muted"
"""How the question's terms are marked in passage text. Theme variables only, and chosen by
measured contrast: foreground on warning-muted is above 7:1 in both textual-dark and
textual-light, where $text-warning on a light background is only about 3:1."""

CARD_TEXT_LIMIT = 420
"""Characters of a passage shown on a card; the viewer shows the whole document."""


def safe(text: str) -> str:
    """Document or user text made inert for the terminal."""
    return terminal_safe(text)


def plain(text: str) -> Content:
    """Literal text: `[bold]` stays `[bold]`, escape sequences are removed."""
    return Content(safe(text))


def term_spans(text: str, terms: Iterable[str]) -> list[tuple[int, int]]:
    """Non-overlapping (start, end) spans of `terms` in `text`, case-insensitive, longest first.

    One-character terms are skipped: a lone digit or character would light up half a passage.
    """
    lower = text.lower()
    if len(lower) != len(text):  # a case mapping that changes length: match as written
        lower = text
    taken = [False] * len(text)
    spans: list[tuple[int, int]] = []
    for term in sorted({t.lower() for t in terms if len(t.strip()) > 1}, key=len, reverse=True):
        start = 0
        while (i := lower.find(term, start)) >= 0:
            end = i + len(term)
            # A number or Latin word matches whole only: "18" is not the end of "2018".
            inside_word = term[0].isascii() and term[0].isalnum() and (
                (i > 0 and lower[i - 1].isascii() and lower[i - 1].isalnum())
                or (end < len(lower) and lower[end].isascii() and lower[end].isalnum()))
            if not inside_word and not any(taken[i:end]):
                spans.append((i, end))
                for j in range(i, end):
                    taken[j] = True
            start = end
    return sorted(spans)


def highlighted(text: str, terms: Iterable[str]) -> Content:
    """Literal text with the question's terms marked."""
    text = safe(text)
    content = Content(text)
    for start, end in term_spans(text, terms):
        content = content.stylize(HIGHLIGHT, start, end)
    return content


def symbol_status(citation: Citation) -> Content:
    """Whether the cited symbol is printed on the document, in words."""
    document = citation.document
    if not document.symbol:
        return Content.styled("symbol unknown", "bold $text-error")
    if document.symbol_verified:
        return Content.styled("✓ symbol verified", "bold $text-success")
    return Content.styled("? symbol unverified", "bold $text-warning")


def quote_text(text: str, citation: str) -> str:
    """A quote with its citation, as it is copied: “…” (E/CN.15/2018/12, para. 18)."""
    return f"“{text}” ({citation})"


class CopyRequested(Message):
    """Put `clip` on the clipboard and `note` in the notes file (sent by cards and blocks)."""

    def __init__(self, clip: str, note: str, what: str) -> None:
        super().__init__()
        self.clip = clip
        self.note = note
        self.what = what


def note_quote(text: str, citation: str) -> str:
    """A quote as it goes into the notes file: a Markdown blockquote, then its citation."""
    lines = "\n".join("> " + line if line else ">" for line in text.split("\n"))
    return f"{lines}\n\n— {citation}\n"


class QuestionView(Static):
    """What the delegate asked."""

    def __init__(self, question: str, tag: str = "") -> None:
        label = Content.styled("You", "bold $text-primary")
        if tag:
            label = label + Content.styled(f"  {tag}", "$text-muted")
        super().__init__(Content("\n").join([label, plain(question)]))


class ExtractView(Static):
    """Quoted sentences of the answer from one place, then that place's citation."""

    def __init__(self, texts: list[str], citation: str) -> None:
        quotes = [Content.assemble("“", plain(text), "”") for text in texts]
        cite = Content.styled("— ", "$text-muted") + Content.styled(safe(citation), "bold")
        super().__init__(Content("\n").join([*quotes, cite]))


class PassageCard(Widget, can_focus=True):
    """A cited passage: citation, heading path, text with the question's terms, symbol status."""

    BINDINGS = [
        Binding("enter", "open", "Open", tooltip="Open the document at this passage"),
        Binding("c", "copy_citation", "Cite", tooltip="Copy the citation (and add it to the notes)"),
        Binding("y", "copy_quote", "Quote",
                tooltip="Copy the passage with its citation (and add it to the notes)"),
        Binding("space", "toggle_select", "Select", tooltip="Select this passage for export"),
        Binding("down,j", "app.focus_next", "Next", show=False),
        Binding("up,k", "app.focus_previous", "Previous", show=False),
    ]

    selected: reactive[bool] = reactive(False)

    class OpenRequested(Message):
        """Show this card's passage in its document."""

        def __init__(self, card: "PassageCard") -> None:
            super().__init__()
            self.card = card

    def __init__(self, hit: Hit, rank: int, language: str, terms: Iterable[str]) -> None:
        super().__init__(classes="passage-card")
        self.hit = hit
        self.rank = rank
        self.language = language
        self.terms = tuple(terms)

    @property
    def citation_text(self) -> str:
        return self.hit.passage.citation.display(self.language)

    def compose(self) -> ComposeResult:
        passage = self.hit.passage
        head = Content.assemble(
            Content.styled(f"[{self.rank}] ", "$text-muted"),
            Content.styled(safe(self.citation_text), "bold $text-primary"),
            "  ", symbol_status(passage.citation),
            Content.styled(f"  {', '.join(self.hit.matched_by)}", "$text-muted"),
        )
        yield Static(head, classes="card-citation")
        if passage.citation.heading:
            yield Static(Content.styled(safe(" › ".join(passage.citation.heading)), "italic"),
                         classes="card-heading")
        text = passage.text
        if len(text) > CARD_TEXT_LIMIT:
            text = text[:CARD_TEXT_LIMIT] + "…"
        yield Static(highlighted(text, self.terms), classes="card-text")
        yield Static("", classes="card-selected")

    def watch_selected(self, selected: bool) -> None:
        self.set_class(selected, "-selected")
        if self.is_mounted:
            marker = self.query_one(".card-selected", Static)
            marker.update(Content.styled("■ selected for export", "bold $text-success") if selected
                          else "")

    def on_click(self) -> None:
        self.focus()
        self.post_message(self.OpenRequested(self))

    def action_open(self) -> None:
        self.post_message(self.OpenRequested(self))

    def action_toggle_select(self) -> None:
        self.selected = not self.selected

    def action_copy_citation(self) -> None:
        citation = self.citation_text
        self.post_message(CopyRequested(citation, f"- {citation}\n", "the citation"))

    def action_copy_quote(self) -> None:
        text, citation = self.hit.passage.text, self.citation_text
        self.post_message(CopyRequested(quote_text(text, citation), note_quote(text, citation),
                                             "the quote"))


class AnswerView(Vertical):
    """The answer to one question: the quotes, or "not found", then the passages."""

    def __init__(self) -> None:
        super().__init__(classes="answer")
        self.answer: Answer | None = None

    def compose(self) -> ComposeResult:
        yield Static(Content.styled("Searching…", "$text-muted"), classes="answer-status")

    def show(self, answer: Answer, terms: Iterable[str], note: str = "") -> None:
        """Replace the placeholder with `answer`."""
        self.answer = answer
        self.remove_children()
        widgets: list[Widget] = []
        lang = answer.language
        title = Content.styled("Answer" if answer.answered else "Not found", "bold")
        badges = []
        if note:
            badges.append(Content.styled(f"  {note}", "$text-warning"))
        if answer.filters:
            badges.append(Content.styled(f"  filter: {safe(answer.filters)}", "$text-muted"))
        widgets.append(Static(Content.assemble(title, *badges), classes="answer-status"))
        if answer.answered:
            groups: list[tuple[str, list[str]]] = []
            for extract in answer.extracts:
                citation = extract.citation.display(lang)
                if groups and groups[-1][0] == citation:
                    groups[-1][1].append(extract.text)
                else:
                    groups.append((citation, [extract.text]))
            widgets += [ExtractView(texts, citation) for citation, texts in groups]
        else:
            message = " ".join(filter(None, (answer.text(), answer.why_aside())))
            widgets.append(Static(plain(message), classes="not-found"))
        if answer.hits:
            label = ("Passages" if answer.answered else "Nearest passages (they do not answer it)")
            widgets.append(Static(Content.styled(label, "$text-muted"), classes="passages-label"))
            terms = tuple(terms)
            for rank, hit in enumerate(answer.hits, start=1):
                widgets.append(PassageCard(hit, rank, lang, terms))
        self.mount_all(widgets)

    def fail(self, message: str) -> None:
        self.remove_children()
        self.mount(Static(plain(message), classes="not-found"))

    def cards(self) -> list[PassageCard]:
        return list(self.query(PassageCard))


class Exchange(Vertical):
    """One question and its answer in the conversation."""

    def __init__(self, question: str, tag: str = "") -> None:
        super().__init__(classes="exchange")
        self.question = question
        self.tag = tag
        self.terms: tuple[str, ...] = ()
        self.index_info: dict | None = None
        """Index and model that produced the answer, for the notes."""

    def compose(self) -> ComposeResult:
        yield QuestionView(self.question, self.tag)
        yield AnswerView()

    @property
    def answer(self) -> Answer | None:
        return self.query_one(AnswerView).answer

    def show(self, answer: Answer, terms: Iterable[str], note: str = "",
             index_info: dict | None = None) -> None:
        self.terms = tuple(terms)
        self.index_info = index_info
        self.query_one(AnswerView).show(answer, self.terms, note)

    def waiting(self, message: str) -> None:
        self.query_one(AnswerView).query_one(".answer-status", Static).update(
            Content.styled(message, "$text-muted"))

    def fail(self, message: str) -> None:
        self.query_one(AnswerView).fail(message)

    def selected_passages(self) -> list[int]:
        """Positions (0-based, as notes.answer_markdown takes them) of the selected cards."""
        return [card.rank - 1 for card in self.query(PassageCard) if card.selected]


class IndexProgress(Vertical):
    """What the background engine is doing: a label and a bar (hidden when idle)."""

    def __init__(self, id: str | None = None) -> None:
        super().__init__(id=id)
        self.stages: list[str] = []
        """Labels shown so far, in order (each once): what a delegate saw the engine do."""

    def compose(self) -> ComposeResult:
        yield Label("", id="progress-label")
        yield ProgressBar(total=None, show_eta=False, id="progress-bar")

    def report(self, label: str, done: int | None = None, total: int | None = None) -> None:
        self.display = True
        if label not in self.stages:
            self.stages.append(label)
        text = label if total is None else f"{label} ({done}/{total})"
        self.query_one("#progress-label", Label).update(Content(text))
        bar = self.query_one(ProgressBar)
        if total is None:
            bar.update(total=None)
        else:
            bar.update(total=total, progress=done or 0)

    def finish(self) -> None:
        self.display = False


class StatusBar(Widget):
    """The active filter, the search mode and the index, always visible.

    One line when the three fit: the filter on the left, the rest on the right. In a narrower
    terminal the items move to further lines, whole (a long filter is wrapped), so none is cut
    off at the right edge; the filter comes first, as it changes what the answers are."""

    GAP = 2
    """Blank cells between two items on one line."""

    def __init__(self, id: str | None = None) -> None:
        super().__init__(id=id)
        self.items = {"filter": Content(), "search": Content(), "index": Content()}
        """What each item says, label included (plain text for tests: `.plain`)."""

    def _set(self, item: str, content: Content) -> None:
        self.items[item] = content
        self.refresh(layout=True)

    def set_filter(self, text: str) -> None:
        self._set("filter", Content.assemble(Content.styled("Filter: ", "bold"), safe(text)))

    def set_search(self, text: str, warn: bool = False) -> None:
        self._set("search", Content.assemble(
            Content.styled("Search: ", "bold"),
            Content.styled(safe(text), "$text-warning" if warn else "")))

    def set_index(self, text: str) -> None:
        self._set("index", Content.assemble(Content.styled("Index: ", "bold"), safe(text)))

    def lines(self, width: int) -> list[Content]:
        """The items laid out in `width` cells: one line if they fit, else as few as they fill."""
        items = [c for c in self.items.values() if c.cell_length]
        width = max(width, 1)
        gap = " " * self.GAP
        if sum(c.cell_length for c in items) + self.GAP * (len(items) - 1) <= width:
            if len(items) < 2:
                return items or [Content()]
            right = Content(gap).join(items[1:])
            space = width - items[0].cell_length - right.cell_length
            return [Content.assemble(items[0], " " * space, right)]
        lines: list[Content] = []
        for item in items:
            if lines and lines[-1].cell_length + self.GAP + item.cell_length <= width:
                lines[-1] = Content.assemble(lines[-1], gap, item)
            elif item.cell_length <= width:
                lines.append(item)
            else:  # longer than the line (a filter naming documents): wrapped, then indented
                first, *rest = item.wrap(max(width - self.GAP, 1))
                lines.append(first)
                lines.extend(Content.assemble(gap, line) for line in rest)
        return lines

    def render(self) -> Content:
        return Content("\n").join(self.lines(self.content_region.width))

    def get_content_width(self, container, viewport) -> int:
        return container.width

    def get_content_height(self, container, viewport, width: int) -> int:
        return len(self.lines(width))
