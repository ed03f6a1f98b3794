"""The assistant through Pilot: ask, read, open, filter, export, copy, re-index, history, safety.

Every app here is the real EgassistApp built from injected parts over an index that the real
library built with the hashing embedder. No test sleeps: they wait for workers.
"""

from __future__ import annotations

import shutil
import threading

import pytest
from fakes import HashingEmbedder
from textual.widgets import Footer, Input, OptionList, SelectionList
from tui_helpers import ask, screen_render, screen_text, settle, wait_until

from egassist.engine import ask as library_ask
from egassist.engine import load_catalog, open_searcher, refresh_index
from egassist.history import History
from egassist.search import Filters
from egassist.tui.app import LEXICAL_LOADING, EgassistApp, describe
from egassist.tui.screens import (DocumentScreen, ExportScreen, FilterScreen,
                                  FootnotesScreen, HistoryScreen)
from egassist.tui.widgets import Exchange, PassageCard, StatusBar

pytestmark = pytest.mark.anyio

SIZE = (120, 40)
PLACE_QUESTION = "E/CN.15/2018/12 第 18 段"
NEGATIVE_QUESTION = "What is the weather tomorrow in Vienna?"


def last_exchange(app) -> Exchange:
    return list(app.query(Exchange))[-1]


def status_text(app) -> str:
    return " ".join(item.plain for item in app.query_one(StatusBar).items.values())


def notifications(app, severity: str | None = None) -> list[str]:
    return [n.message for n in app._notifications if severity is None or n.severity == severity]


# --- start-up --------------------------------------------------------------------------------


async def test_question_box_is_focused_at_once_and_the_engine_opens_the_index(make_app):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        assert isinstance(app.focused, Input) and app.focused.id == "question"
        assert app.ready_at - app.created_at < 1.0
        await settle(pilot)
        assert app.searcher is not None
        assert "hybrid (hashing-64)" in status_text(app)
        assert "366 passages, 5 documents" in status_text(app)
        assert "Filter: all documents" in status_text(app)


async def test_lexical_answers_are_offered_and_marked_while_the_model_loads(make_app):
    gate = threading.Event()

    def slow_model(on_progress):
        gate.wait(10)
        return HashingEmbedder()

    app = make_app(embedder_factory=slow_model)
    async with app.run_test(size=SIZE) as pilot:
        await wait_until(pilot, lambda: app.searcher is not None)
        assert LEXICAL_LOADING in status_text(app)
        await ask(pilot, PLACE_QUESTION, wait=False)
        await wait_until(pilot, lambda: app.query(Exchange) and last_exchange(app).answer)
        exchange = last_exchange(app)
        assert exchange.answer is not None and exchange.answer.answered
        assert LEXICAL_LOADING in screen_text(app)
        gate.set()
        await settle(pilot)
        assert "hybrid (hashing-64)" in status_text(app)


async def test_without_an_index_it_builds_one_with_progress_and_answers_the_waiting_question(
        make_app, tmp_path):
    gate = threading.Event()

    def slow_model(on_progress):
        gate.wait(10)
        return HashingEmbedder()

    app = make_app(index_dir=tmp_path / "fresh-index", embedder_factory=slow_model)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await ask(pilot, PLACE_QUESTION, wait=False)
        exchange = last_exchange(app)
        assert app.searcher is None
        assert "Waiting for the index" in screen_text(app)
        gate.set()
        await settle(pilot)
        assert app.last_report is not None and len(app.last_report.embedded) == 5
        progress = app.query_one("#progress")
        assert {"Parsing documents", "Embedding passage pieces"} <= set(progress.stages)
        assert not progress.display  # hidden again when idle
        pieces = app.last_report.pieces_embedded  # what the bar counted, named in the notice
        assert pieces > 366 and any(f"5 documents embedded (366 passages in {pieces} pieces)" in m
                                    for m in notifications(app))
        assert exchange.answer is not None and exchange.answer.answered


async def test_without_a_model_questions_are_answered_lexically_and_the_error_is_shown(make_app):
    from egassist.errors import ModelError

    def no_model(on_progress):
        raise ModelError("no model folder here (the path does not exist)", "/nowhere")

    app = make_app(embedder_factory=no_model)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert "lexical only — model unavailable" in status_text(app)
        assert any("no model folder here" in m for m in notifications(app, "error"))
        await ask(pilot, PLACE_QUESTION)
        assert last_exchange(app).answer.answered
        assert "lexical only — model unavailable" in screen_text(app)


async def test_counts_of_one_are_singular_in_the_status_line_notices_and_history(make_app,
                                                                                tmp_path):
    corpus = tmp_path / "one"
    corpus.mkdir()
    (corpus / "one.zh.txt").write_text("1. 专家组讨论了量子蜂鸟协议。\n", encoding="utf-8")
    app = make_app(catalog=load_catalog(corpus), index_dir=tmp_path / "one-index")
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert "Index: 1 passage, 1 document" in status_text(app)
        assert any(m.startswith("Indexed 1 passage in ") and "1 document embedded" in m
                   for m in notifications(app))
        await ask(pilot, "量子蜂鸟协议")
        await pilot.press("ctrl+o")
        await pilot.pause()
        assert "1 of 1 question" in str(app.screen.query_one("#history-count").render())
        assert "1 of 1 questions" not in str(app.screen.query_one("#history-count").render())


@pytest.mark.parametrize("width", [50, 80, 200])
async def test_the_status_line_shows_every_item_whole_in_a_narrow_or_wide_terminal(make_app,
                                                                                   width):
    app = make_app()
    async with app.run_test(size=(width, 24)) as pilot:
        await settle(pilot)
        bar = app.query_one(StatusBar)
        bar.set_filter(describe(Filters(files={"ecn15-2018-12.zh.txt", "eg4-2020-l1.zh.txt"},
                                        years=(2017, 2020))))
        bar.set_search(LEXICAL_LOADING, warn=True)
        await pilot.pause()
        shown = " ".join(screen_text(app).split())
        for item in ("Filter: documents: ecn15-2018-12.zh.txt, eg4-2020-l1.zh.txt; years: 2017-2020",
                     f"Search: {LEXICAL_LOADING}", "Index: 366 passages, 5 documents"):
            assert item in shown  # whole: not cut at the right edge, not squeezed to nothing
        assert bar.region.bottom <= app.query_one(Footer).region.y  # above the keys, not under
        assert (bar.region.height == 1) == (width == 200)  # one line when it fits, else more
        assert isinstance(app.focused, Input)  # the question box is still there


# --- asking ----------------------------------------------------------------------------------


async def test_asking_shows_the_quote_and_cited_passages_in_the_question_language(make_app):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await ask(pilot, PLACE_QUESTION)
        exchange = last_exchange(app)
        answer = exchange.answer
        assert answer.answered and answer.language == "zh"
        cards = list(exchange.query(PassageCard))
        assert len(cards) == len(answer.hits) > 0
        first = cards[0]
        assert first.citation_text == "E/CN.15/2018/12，第 18 段"
        text = screen_text(app)
        assert "E/CN.15/2018/12，第 18 段" in text
        assert "✓ symbol verified" in text
        assert "“" + answer.extracts[0].text[:10] in text
        # The history got the question with the answer's JSON.
        records = app.history.load().records
        assert [r.question for r in records] == [PLACE_QUESTION]
        assert records[0].data["answer"] == answer.to_json()

        await ask(pilot, "What did the expert group recommend about capacity building?")
        english = last_exchange(app)
        await pilot.press("tab")  # from the question box to the newest answer's first card
        assert app.focused is english.query(PassageCard).first()
        assert english.answer.language == "en"
        assert all(", para. " in c.citation_text or ", " in c.citation_text
                   for c in english.query(PassageCard))
        assert "，" not in english.query(PassageCard).first().citation_text


async def test_question_terms_are_highlighted_in_the_cards(make_app):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await ask(pilot, "技术援助和能力建设")
        exchange = last_exchange(app)
        assert "技术援助" in exchange.terms or "能力建设" in exchange.terms
        card = exchange.query(PassageCard).first()
        content = card.query_one(".card-text").render()
        marked = {content.plain[s.start:s.end] for s in content.spans}
        assert marked and marked <= set(exchange.terms)


async def test_a_question_the_corpus_cannot_answer_says_so_plainly(make_app, shipped_index):
    searcher = open_searcher(shipped_index, HashingEmbedder())
    assert not library_ask(searcher, NEGATIVE_QUESTION).answered  # what the library decides
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await ask(pilot, NEGATIVE_QUESTION)
        exchange = last_exchange(app)
        assert exchange.answer.answered is False
        text = screen_text(app)
        assert "Not found in the corpus." in text
        assert "Nearest passages (they do not answer it)" in text
        assert not exchange.query("ExtractView")


async def test_a_document_without_a_symbol_says_symbol_unknown(make_app):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        app.set_filters(Filters(files={"ahc-outline-modalities.zh.txt"}))
        await ask(pilot, "特设委员会的拟议纲要")
        cards = list(last_exchange(app).query(PassageCard))
        assert cards and all(c.hit.passage.file == "ahc-outline-modalities.zh.txt" for c in cards)
        assert "symbol unknown" in str(cards[0].query_one(".card-citation").render())
        assert "（文号不详）" in cards[0].citation_text


# --- the viewer ------------------------------------------------------------------------------


async def test_opening_a_citation_shows_the_document_at_the_cited_block(make_app):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await ask(pilot, PLACE_QUESTION)
        card = last_exchange(app).query(PassageCard).first()
        passage = card.hit.passage
        card.focus()
        await pilot.press("enter")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, DocumentScreen)
        assert screen.document.ref.file == passage.file
        assert len(screen.cited) == 1
        block = screen.document.blocks[screen.cited[0]]
        assert block.locator == passage.locator and block.text == passage.text
        assert screen.current_position() == screen.cited[0]  # highlighted, keys act on it
        assert app.focused is screen.text_view
        assert screen.text_view.scroll_offset.y > 0  # para 18 is far down: the view moved to it
        assert passage.text[:12] in screen_text(app)  # and it is on screen
        assert screen.query_one("#outline").cursor_node.data == screen.cited[0]
        await pilot.press("escape")
        assert not isinstance(app.screen, DocumentScreen)


async def test_clicking_a_card_opens_the_document(make_app):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await ask(pilot, PLACE_QUESTION)
        card = last_exchange(app).query(PassageCard).first()
        app.query_one("#conversation").scroll_to_widget(card, top=True, animate=False)
        await pilot.pause()
        await pilot.click(card)
        await pilot.pause()
        assert isinstance(app.screen, DocumentScreen)


async def test_the_outline_jumps_and_footnotes_of_a_block_are_reachable(make_app, shipped_catalog):
    document = shipped_catalog.get("E/CN.15/2011/19")
    from egassist.citations import parse_locator

    locator = parse_locator("annex I para 11")  # refers to footnotes 1-16
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await app.push_screen(DocumentScreen(document, cited_locator=locator, language="zh"))
        await pilot.pause()
        assert app.screen.current_block().locator == locator
        await pilot.press("f")
        await pilot.pause()
        footnotes = app.screen
        assert isinstance(footnotes, FootnotesScreen)
        assert footnotes.query_one(OptionList).option_count == 16
        await pilot.press("down", "enter")  # footnote 2
        await pilot.pause()
        assert isinstance(app.screen, DocumentScreen)
        assert str(app.screen.current_block().locator) == "footnote 2"
        await pilot.press("c")
        assert app.clipboard == "E/CN.15/2011/19，脚注 2"
        # The outline: choose the heading "附件二" and the text moves there.
        tree = app.screen.query_one("#outline")
        node = next(n for n in app.screen._outline_nodes.values()
                    if str(n.label) == "附件二")
        tree.focus()
        tree.move_cursor(node)
        await pilot.press("enter")
        await pilot.pause()
        assert app.screen.current_block().text == "附件二"


# --- filters ---------------------------------------------------------------------------------


async def test_filter_dialog_restricts_questions_and_the_filter_stays_visible(make_app):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("ctrl+f")
        await pilot.pause()
        assert isinstance(app.screen, FilterScreen)
        app.screen.query_one("#filter-documents", SelectionList).select("ecn15-2011-19.zh.txt")
        app.screen.query_one("#filter-from", Input).value = "2010"
        app.screen.query_one("#filter-to", Input).value = "2012"
        await pilot.click("#filter-apply")
        await pilot.pause()
        assert not isinstance(app.screen, FilterScreen)
        assert app.filters == Filters({"ecn15-2011-19.zh.txt"}, (2010, 2012), set())
        assert "documents: ecn15-2011-19.zh.txt; years: 2010-2012" in status_text(app)
        await ask(pilot, "技术援助和能力建设")
        answer = last_exchange(app).answer
        assert answer.hits and {h.passage.file for h in answer.hits} == {"ecn15-2011-19.zh.txt"}
        assert answer.filters == app.filters.describe()
        # A year range that excludes the document leaves nothing to cite.
        app.set_filters(Filters(years=(2030, 2031)))
        await ask(pilot, "技术援助和能力建设")
        assert last_exchange(app).answer.answered is False
        # An empty range is refused in the dialog, with a message.
        await pilot.press("ctrl+f")
        await pilot.pause()
        app.screen.query_one("#filter-from", Input).value = "2020"
        app.screen.query_one("#filter-to", Input).value = "2011"
        await pilot.click("#filter-apply")
        await pilot.pause()
        assert isinstance(app.screen, FilterScreen)
        assert any("empty" in m for m in notifications(app, "error"))
        await pilot.click("#filter-clear")
        await pilot.pause()
        assert "Filter: all documents" in status_text(app)


# --- export and copy -------------------------------------------------------------------------


async def test_export_the_current_answer_to_a_typed_path(make_app, tmp_path):
    app = make_app()
    target = tmp_path / "brief.md"
    target.write_text("# My brief\n\nkept as it was\n", encoding="utf-8")
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await ask(pilot, PLACE_QUESTION)
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert isinstance(app.screen, ExportScreen)
        app.screen.query_one("#export-path", Input).value = str(target)
        await pilot.press("enter")
        await pilot.pause()
        assert not isinstance(app.screen, ExportScreen)
    text = target.read_text("utf-8")
    assert text.startswith("# My brief\n\nkept as it was\n")
    assert f"## {PLACE_QUESTION}" in text
    assert "**答复：**" in text
    assert "— E/CN.15/2018/12，第 18 段" in text
    assert "*Index:*" in text and "hashing-64" in text


async def test_export_selected_passages_and_the_whole_conversation(make_app, tmp_path):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await ask(pilot, PLACE_QUESTION)
        await ask(pilot, "技术援助和能力建设")
        second = list(last_exchange(app).query(PassageCard))[1]
        second.focus()
        await pilot.press("space")
        assert second.selected
        chosen = second.hit.passage
        assert app.export_items("selected")[0].passages == [1]
        message = app.export_notes("selected", tmp_path / "selected.md")
        assert "1 answer" in message
        message = app.export_notes("conversation", tmp_path / "all.md")
        assert "2 answers" in message
    selected = (tmp_path / "selected.md").read_text("utf-8")
    assert selected.count("## ") == 1 and "## 技术援助和能力建设" in selected
    assert "— " + chosen.citation.zh() in selected
    assert selected.count("**相关段落：**") == 1
    everything = (tmp_path / "all.md").read_text("utf-8")
    assert f"## {PLACE_QUESTION}" in everything and "## 技术援助和能力建设" in everything


def under_a_file(tmp_path):
    """A notes path inside a regular file: the folder cannot be created."""
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder", encoding="utf-8")
    return blocker / "notes.md", blocker, ["cannot write the notes file", "a-file"]


def utf16_notes(tmp_path):
    """A notes file in another encoding: appending UTF-8 to it would garble it."""
    target = tmp_path / "utf16.md"
    target.write_text("# 我的笔记\n", encoding="utf-16")
    return target, target, ["utf16.md: not UTF-8 text; not appending"]


@pytest.mark.parametrize("refused", [under_a_file, utf16_notes])
async def test_a_refused_export_path_is_an_error_in_the_open_dialog_and_nothing_is_lost(
        make_app, tmp_path, refused):
    path, untouched, reasons = refused(tmp_path)
    before = untouched.read_bytes()
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await ask(pilot, PLACE_QUESTION)
        await pilot.press("ctrl+s")
        await pilot.pause()
        app.screen.query_one("#export-path", Input).value = str(path)
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, ExportScreen)  # still open: the path can be corrected
        errors = notifications(app, "error")
        assert errors and all(reason in errors[-1] for reason in reasons)
    assert untouched.read_bytes() == before
    assert [r.question for r in app.history.load().records] == [PLACE_QUESTION]


async def test_copying_a_citation_or_quote_goes_to_the_clipboard_and_the_notes(make_app,
                                                                               tmp_path):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await ask(pilot, PLACE_QUESTION)
        card = last_exchange(app).query(PassageCard).first()
        card.focus()
        await pilot.press("c")
        assert app.clipboard == "E/CN.15/2018/12，第 18 段"
        await pilot.press("y")
        assert app.clipboard == f"“{card.hit.passage.text}” (E/CN.15/2018/12，第 18 段)"
    notes = (tmp_path / "data" / "notes.md").read_text("utf-8")
    assert "- E/CN.15/2018/12，第 18 段\n" in notes
    assert "> " + card.hit.passage.text[:20] in notes


# --- re-indexing -----------------------------------------------------------------------------


async def test_reindex_from_the_app_picks_up_a_changed_document_with_progress(make_app,
                                                                             corpus_copy,
                                                                             tmp_path):
    index_dir = tmp_path / "own-index"
    refresh_index(load_catalog(corpus_copy), HashingEmbedder(), index_dir)
    app = make_app(catalog=load_catalog(corpus_copy), index_dir=index_dir,
                   reload_catalog=lambda: load_catalog(corpus_copy))
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert app.last_report is None  # the index was up to date: nothing was built
        changed = corpus_copy / "eg4-2020-l1.zh.txt"
        changed.write_text(changed.read_text("utf-8") + "\n26. 专家组讨论了量子蜂鸟协议。\n",
                           encoding="utf-8")
        await pilot.press("ctrl+r")
        await settle(pilot)
        report = app.last_report
        assert report is not None and report.embedded == ["eg4-2020-l1.zh.txt"]
        assert len(report.reused) == 4
        assert {"Re-indexing…", "Parsing documents", "Embedding passage pieces",
                "Activating the new index"} <= set(app.query_one("#progress").stages)
        assert any("Indexed" in m for m in notifications(app))
        await ask(pilot, "量子蜂鸟协议")
        answer = last_exchange(app).answer
        assert answer.answered and answer.hits[0].passage.text == "专家组讨论了量子蜂鸟协议。"


async def test_a_changed_corpus_is_reindexed_at_start(make_app, corpus_copy, tmp_path):
    index_dir = tmp_path / "stale-index"
    refresh_index(load_catalog(corpus_copy), HashingEmbedder(), index_dir)
    changed = corpus_copy / "ecn15-2018-12.zh.txt"
    changed.write_text(changed.read_text("utf-8") + "\n99. 新增的一段。\n", encoding="utf-8")
    app = make_app(catalog=load_catalog(corpus_copy), index_dir=index_dir)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert app.last_report is not None and app.last_report.embedded == ["ecn15-2018-12.zh.txt"]
        assert "hybrid (hashing-64)" in status_text(app)


async def test_reindex_is_in_the_command_palette(make_app):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        titles = [c.title for c in app.get_system_commands(app.screen)]
        for title in ("Filter", "Export to notes", "History", "Re-index the corpus",
                      "Rebuild the index from scratch", "Toggle light/dark theme",
                      "Ask a question", "Clear the conversation"):
            assert title in titles
        await pilot.press("ctrl+p")
        await pilot.pause()
        await pilot.press(*"Re-index the")
        await settle(pilot)
        await pilot.press("enter")
        await settle(pilot)
        assert app.last_report is not None and app.last_report.up_to_date


# --- history ---------------------------------------------------------------------------------


async def test_history_persists_across_runs_and_can_be_searched_and_reopened(make_app, tmp_path):
    history = History(tmp_path / "h.jsonl")
    first = make_app(history=history)
    async with first.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await ask(pilot, PLACE_QUESTION)
        await ask(pilot, "技术援助和能力建设")
        original = last_exchange(first).answer
    second = make_app(history=History(tmp_path / "h.jsonl"))
    async with second.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("ctrl+o")
        await pilot.pause()
        screen = second.screen
        assert isinstance(screen, HistoryScreen)
        assert screen.query_one(OptionList).option_count == 2
        await pilot.press(*"能力")
        await pilot.pause()
        assert [r.question for r in screen.shown] == ["技术援助和能力建设"]
        await pilot.press("enter")
        await settle(pilot)
        exchange = last_exchange(second)
        assert exchange.tag.startswith("from history")
        assert exchange.answer.to_json() == original.to_json()
        cards = list(exchange.query(PassageCard))
        assert [c.citation_text for c in cards] == [h.passage.citation.zh() for h in original.hits]


# --- safety ----------------------------------------------------------------------------------


async def test_markup_and_escapes_in_documents_and_questions_show_literally(make_app, evil_corpus,
                                                                            tmp_path):
    catalog = load_catalog(evil_corpus)
    index_dir = tmp_path / "evil-index"
    refresh_index(catalog, HashingEmbedder(), index_dir)
    app = make_app(catalog=catalog, index_dir=index_dir)
    question = "[bold]红[/bold] 文本 \x1b[31m"
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await ask(pilot, question)
        exchange = last_exchange(app)
        assert exchange.answer.answered
        text, segments = screen_render(app)
        assert "[bold]粗体[/bold] 红 文本。" in text  # the passage, literally, minus the escapes
        assert "[bold]红[/bold] 文本" in text  # the question, literally
        assert "symbol unknown" in text
        for segment in segments:
            if segment.control:
                continue
            assert "\x1b" not in segment.text
            assert segment.style is None or not segment.style.link
            if "粗体" in segment.text:
                assert not segment.style.bold  # [bold] did not apply
        card = exchange.query(PassageCard).first()
        card.focus()
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, DocumentScreen)
        text, segments = screen_render(app)
        assert "[bold]粗体[/bold] 红 文本。" in text
        assert "第二段[link=http://example.com]链接[/link]内容。" in text
        for segment in segments:
            if not segment.control:
                assert "\x1b" not in segment.text
                assert segment.style is None or not segment.style.link


# --- keys and themes -------------------------------------------------------------------------


async def test_every_main_action_has_a_footer_key_and_themes_toggle(make_app):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        footer = screen_text(app).splitlines()[-1]
        for key in ("^f Filter", "^s Export", "^o History", "^r Re-index", "^t Theme",
                    "^l Clear", "^q Quit", "^p palette"):
            assert key in footer
        assert app.theme == "textual-dark"
        await pilot.press("ctrl+t")
        assert app.theme == "textual-light"
        await pilot.press("ctrl+t")
        assert app.theme == "textual-dark"


async def test_clear_removes_the_conversation_but_not_the_history(make_app):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await ask(pilot, PLACE_QUESTION)
        await pilot.press("ctrl+l")
        await pilot.pause()
        assert not app.query(Exchange)
    assert len(app.history.load().records) == 1


def test_make_app_builds_the_real_parts_without_loading_the_model(tmp_path, monkeypatch):
    from egassist.tui import make_app

    monkeypatch.setenv("EGASSIST_DATA", str(tmp_path / "data"))
    app = make_app(index=tmp_path / "index")
    assert isinstance(app, EgassistApp)
    assert app.index_dir == tmp_path / "index"
    assert app.notes_path == tmp_path / "data" / "notes.md"
    assert app.history.path == tmp_path / "data" / "history.jsonl"
    assert app._embedder is None and not (tmp_path / "data").exists()
    shutil.rmtree(tmp_path / "index", ignore_errors=True)
