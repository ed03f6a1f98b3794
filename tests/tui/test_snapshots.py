"""How the app looks: the main screen with an answer (dark and light), the viewer, the export
dialog. Regenerate with `pytest tests/tui --snapshot-update` only after looking at the report."""

from __future__ import annotations

from pathlib import Path

from tui_helpers import ask, settle

from egassist.tui.widgets import PassageCard

SIZE = (120, 40)
PLACE_QUESTION = "E/CN.15/2018/12 第 18 段"
NOTES = Path("notes/egassist-notes.md")
"""A fixed, relative notes path: the export dialog shows it, so it must not be a tmp folder."""


async def answered(pilot) -> None:
    await settle(pilot)
    await ask(pilot, PLACE_QUESTION)


def test_main_screen_with_an_answer(snap_compare, make_app):
    assert snap_compare(make_app(notes_path=NOTES), terminal_size=SIZE, run_before=answered)


def test_main_screen_with_an_answer_light_theme(snap_compare, make_app):
    async def light(pilot) -> None:
        pilot.app.theme = "textual-light"
        await answered(pilot)

    assert snap_compare(make_app(notes_path=NOTES), terminal_size=SIZE, run_before=light)


def test_viewer_at_the_cited_block(snap_compare, make_app):
    async def open_first_card(pilot) -> None:
        await answered(pilot)
        pilot.app.query(PassageCard).first().focus()
        await pilot.press("enter")
        await settle(pilot)

    assert snap_compare(make_app(notes_path=NOTES), terminal_size=SIZE,
                        run_before=open_first_card)


def test_export_dialog(snap_compare, make_app):
    async def open_export(pilot) -> None:
        await answered(pilot)
        await pilot.press("ctrl+s")
        await settle(pilot)

    assert snap_compare(make_app(notes_path=NOTES), terminal_size=SIZE, run_before=open_export)
