"""What the TUI tests do again and again: wait for the app to settle, ask, read the screen."""

from __future__ import annotations

import io

from rich.console import Console
from textual.pilot import Pilot
from textual.widgets import Input


async def settle(pilot: Pilot, rounds: int = 100) -> None:
    """Wait until no worker runs and the messages they posted are handled (no sleeping)."""
    app = pilot.app
    for _ in range(rounds):
        await app.workers.wait_for_complete()
        await pilot.pause()
        if not any(w.is_running for w in app.workers):
            await pilot.pause()
            if not any(w.is_running for w in app.workers):
                return
    raise AssertionError("the app did not settle")


async def wait_until(pilot: Pilot, condition, rounds: int = 500) -> None:
    """Let the app run until `condition()` holds (for states reached while a worker still runs)."""
    for _ in range(rounds):
        if condition():
            return
        await pilot.pause(0.01)
    raise AssertionError("condition never held")


async def ask(pilot: Pilot, question: str, wait: bool = True) -> None:
    """Type a question in the question box and submit it."""
    box = pilot.app.query_one("#question", Input)
    box.focus()
    box.value = question
    await pilot.press("enter")
    if wait:
        await settle(pilot)


def screen_render(app):
    """The current screen as rich renders it: (plain text, segments)."""
    width, height = app.size
    console = Console(width=width, height=height, file=io.StringIO(), force_terminal=True,
                      color_system="truecolor", record=True, legacy_windows=False)
    update = app.screen._compositor.render_update(full=True,
                                                  screen_stack=app._background_screens)
    segments = list(console.render(update))
    console.print(update)
    return console.export_text(), segments


def screen_text(app) -> str:
    return screen_render(app)[0]
