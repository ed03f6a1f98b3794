"""The assistant quits when its terminal goes away, instead of spinning on a dead one."""

from __future__ import annotations

import fcntl
import os
import pty
import select
import struct
import subprocess
import sys
import termios
import time
from pathlib import Path

import pytest

from egassist.tui import terminal

RUNNER = Path(__file__).with_name("run_app_with_fake_embedder.py")


def test_a_pseudo_terminal_is_alive_until_its_other_end_is_closed():
    master, slave = pty.openpty()
    try:
        alive = terminal.alive_check([slave])
        assert alive is not None and alive()
        os.close(master)
        assert not alive()
    finally:
        os.close(slave)


def test_only_the_descriptors_that_are_a_terminal_are_watched(tmp_path):
    master, slave = pty.openpty()
    try:
        with open(tmp_path / "log", "w") as log:
            alive = terminal.alive_check([slave, log.fileno()])
            assert alive is not None and alive()
            os.close(master)
            master = None
            assert not alive()
    finally:
        os.close(slave)
        if master is not None:
            os.close(master)


def test_there_is_nothing_to_watch_without_a_terminal(tmp_path):
    with open(tmp_path / "f", "w") as plain:
        assert terminal.alive_check([plain.fileno()]) is None
    read_end, write_end = os.pipe()
    try:
        assert terminal.alive_check([read_end, write_end]) is None
    finally:
        os.close(read_end)
        os.close(write_end)


@pytest.mark.anyio
async def test_the_app_quits_once_the_terminal_is_gone(make_app, monkeypatch):
    monkeypatch.setattr(terminal, "CHECK_SECONDS", 0.05)
    there = [True]
    app = make_app(build_on_start=False, terminal_alive=lambda: there[0])
    async with app.run_test() as pilot:
        await pilot.pause(0.2)
        assert app.is_running
        there[0] = False
        await pilot.pause(0.3)
        assert not app.is_running
    assert app.return_code == 1


def _read_until(fd: int, needle: bytes, timeout: float) -> bytes:
    seen = b""
    deadline = time.monotonic() + timeout
    while needle not in seen and time.monotonic() < deadline:
        ready, _, _ = select.select([fd], [], [], 0.2)
        if ready:
            seen += os.read(fd, 65536)
    return seen


def test_the_real_process_exits_when_its_terminal_is_closed(evil_corpus, tmp_path):
    master, slave = pty.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 30, 100, 0, 0))
    env = dict(os.environ, TERM="xterm-256color", EGASSIST_DATA=str(tmp_path / "data"))
    # Not a new session: like the assistant under `make run`, it is not the terminal's session
    # leader, so closing the terminal sends it no SIGHUP.
    process = subprocess.Popen(
        [sys.executable, str(RUNNER), str(evil_corpus), str(tmp_path / "index")],
        stdin=slave, stdout=slave, stderr=slave, env=env, close_fds=True)
    os.close(slave)
    try:
        drawn = _read_until(master, b"egassist", timeout=60)
        assert b"egassist" in drawn, drawn[-500:]
        assert process.poll() is None
        os.close(master)
        master = None
        process.wait(timeout=terminal.CHECK_SECONDS + 10)
        assert process.returncode == 1
    finally:
        if master is not None:
            os.close(master)
        if process.poll() is None:
            process.kill()
            process.wait()
