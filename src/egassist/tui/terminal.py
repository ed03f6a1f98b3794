"""Whether the terminal the assistant draws on is still there.

When a terminal window or tmux pane is closed, only the session leader gets SIGHUP. Under
`make run` (or any parent that does not pass SIGHUP on) the assistant is not that leader, so it
lives on with a hung-up terminal; Textual's input thread then reads end-of-file in a loop and
burns a whole CPU (Textualize/textual PR #6690, open). A hung-up terminal stops being one to
`isatty` (its ioctls fail), so polling that is a cheap and certain sign to quit.
"""

from __future__ import annotations

import os
import sys
from typing import Callable

CHECK_SECONDS = 1.0
"""How often the app polls: an orphaned app spins for at most about this long."""


def _fds() -> list[int]:
    # Textual reads keys from stdin and draws on stderr.
    return [stream.fileno() for stream in (sys.__stdin__, sys.__stderr__) if stream is not None]


def alive_check(fds: list[int] | None = None) -> Callable[[], bool] | None:
    """A function telling whether the terminal on `fds` (default stdin and stderr) is still
    there: those of them that are a terminal now. None when none is (tests, pipes): nothing to
    watch. (`egassist 2>log` keeps a terminal on stdin.)"""
    terminals = [fd for fd in (_fds() if fds is None else fds) if os.isatty(fd)]
    if not terminals:
        return None
    return lambda: all(os.isatty(fd) for fd in terminals)
