"""Answers -> Markdown notes, appended to a delegate's notes file without ever losing what is there.

The format reads in any Markdown editor and in Obsidian: the question as a heading, the answer,
each quote as a blockquote followed by its UN-style citation, then the date, the documents cited
(symbol, title, date) and the index and model that produced it.

Why an in-place append (O_APPEND, then fsync) rather than writing old + new to a temporary file and
renaming it over the notes file: a rename replaces whatever the path names. A symlink became a
regular file (its target never got the export), a hard link was broken, the owner and mode could
change, and an answer appended by another process between the read and the rename was lost. An
append writes only after the last byte; what is there is read (to check it is UTF-8 text and how it
ends) but never copied or rewritten.

What a crash (power cut, kill -9, Ctrl-C) in the middle of an append can leave: at worst a
partial appended block at the end of the file, never a lost or altered earlier note. A write error
we see (disk full) is undone by truncating back to the size the file had, unless another program
appended meanwhile.

Only a regular file that is empty or UTF-8 text is appended to (after following symlinks):
appending UTF-8 to a UTF-16 file would mix encodings, and a device or a pipe (/dev/full, a FIFO)
would fill up or block forever.
"""

from __future__ import annotations

import codecs
import os
import stat
import time
from datetime import datetime, timezone
from pathlib import Path

from .answer import Answer
from .errors import EgassistError


def _quote_block(text: str) -> str:
    return "\n".join("> " + line if line else ">" for line in text.split("\n"))


def _escape_heading(text: str) -> str:
    # A question that starts with '#' or contains a newline must stay one heading line.
    return " ".join(text.split()).lstrip("#").strip()


def build_label(build) -> str:
    """The index build as the notes footer shows it, e.g. "built 2026-11-30 14:05:44 UTC".

    engine.index_summary (and so the history) holds the build's creation time in seconds since the
    epoch; it is shown as an ISO 8601 date and time in UTC, which reads the same on every machine
    the notes travel to. A build given as text is shown as it is.
    """
    if isinstance(build, (int, float)) and not isinstance(build, bool):
        try:
            moment = datetime.fromtimestamp(build, timezone.utc)
        except (OverflowError, OSError, ValueError):
            return str(build)
        return "built " + moment.strftime("%Y-%m-%d %H:%M:%S UTC")
    return str(build) if build else "-"


def answer_markdown(answer: Answer, index_info: dict | None = None, *,
                    when: float | None = None, passages: list[int] | None = None) -> str:
    """One answer as a Markdown section. `passages` picks hits by position (default: all)."""
    lang = answer.language
    lines = [f"## {_escape_heading(answer.question)}", ""]
    if not answer.answered:
        lines += ["Not found in the corpus." if lang == "en" else "语料库中未找到答案。", ""]
    else:
        lines += ["**Answer:**" if lang == "en" else "**答复：**", ""]
        for extract in answer.extracts:
            lines += [_quote_block(extract.text), "",
                      f"— {extract.citation.display(lang)}", ""]
    hits = answer.hits if passages is None else [answer.hits[i] for i in passages
                                                   if 0 <= i < len(answer.hits)]
    if hits:
        lines += ["**Passages:**" if lang == "en" else "**相关段落：**", ""]
        for hit in hits:
            lines += [_quote_block(hit.passage.text), "",
                      f"— {hit.passage.citation.display(lang)}", ""]
    stamp = time.strftime("%Y-%m-%d %H:%M", time.localtime(when if when is not None else time.time()))
    cited = []
    seen = set()
    for c in [e.citation for e in answer.extracts] + [h.passage.citation for h in hits]:
        if c.document.file in seen:
            continue
        seen.add(c.document.file)
        symbol = c.document.symbol or "symbol unknown"
        title = c.document.short_title or c.document.file
        cited.append(f"{symbol}, {title}, {c.document.date or 'undated'}")
    lines.append(f"*Date:* {stamp}  ")
    if cited:
        lines.append("*Documents cited:* " + "; ".join(cited) + "  ")
    if index_info:
        lines.append(f"*Index:* {build_label(index_info.get('build'))}; *model:* "
                     f"{index_info.get('model') or '-'}  ")
    if answer.filters:
        lines.append(f"*Filter:* {answer.filters}  ")
    lines.append("")
    return "\n".join(lines) + "\n"


_BOMS = [(codecs.BOM_UTF32_LE, "UTF-32"), (codecs.BOM_UTF32_BE, "UTF-32"),
         (codecs.BOM_UTF16_LE, "UTF-16"), (codecs.BOM_UTF16_BE, "UTF-16")]
"""Byte order marks of encodings that are not UTF-8 (UTF-32 LE first: it starts like UTF-16 LE)."""


def _kind(mode: int) -> str:
    for test, name in ((stat.S_ISDIR, "a directory"), (stat.S_ISFIFO, "a named pipe"),
                       (stat.S_ISCHR, "a character device"), (stat.S_ISBLK, "a block device"),
                       (stat.S_ISSOCK, "a socket")):
        if test(mode):
            return name
    return "a special file"


def _not_regular(path: Path, mode: int) -> EgassistError:
    target = os.path.realpath(path)
    via = f" (the path leads to {target})" if target != os.path.abspath(path) else ""
    return EgassistError(f"the notes file is {_kind(mode)}, not a regular file{via}; "
                         "not appending", path)


def _utf8_problem(fd: int) -> str | None:
    """Why the open file is not UTF-8 text (a BOM, a NUL byte, bytes that do not decode), or None.

    Reads the file once in 1 MiB chunks; no guessing of what the encoding is instead.
    """
    decoder = codecs.getincrementaldecoder("utf-8")()
    offset = 0
    while True:
        chunk = os.pread(fd, 1 << 20, offset)
        if offset == 0:
            for bom, name in _BOMS:
                if chunk.startswith(bom):
                    return f"it starts with a {name} byte order mark"
        nul = chunk.find(b"\0")
        if nul >= 0:
            return f"it has a NUL byte at offset {offset + nul}"
        pending = len(decoder.getstate()[0])
        try:
            decoder.decode(chunk, final=not chunk)
        except UnicodeDecodeError as exc:
            where = offset - pending + exc.start
            return f"it has bytes that do not decode as UTF-8 at offset {where}"
        if not chunk:
            return None
        offset += len(chunk)


def append_text(path: Path, text: str) -> None:
    """Append `text` to the file `path` names, in place; EgassistError naming the file if not.

    Follows symlinks, keeps hard links, owner and mode; creates the file if it does not exist.
    Refuses (leaving the file untouched) anything that is not a regular file or not UTF-8 text.
    """
    path = Path(path)
    data = text.encode("utf-8", errors="replace")
    try:
        st = os.stat(path)
    except FileNotFoundError:
        st = None  # created below (through a dangling symlink too, at its target)
    except OSError as exc:
        raise EgassistError(f"cannot write the notes file ({exc.strerror or exc})", path) from exc
    if st is not None and not stat.S_ISREG(st.st_mode):
        # Checked before opening: opening a FIFO for writing blocks until a reader comes.
        raise _not_regular(path, st.st_mode)
    try:
        # O_NONBLOCK: should a pipe replace the file after the check, opening it cannot block.
        fd = os.open(path, os.O_RDWR | os.O_APPEND | os.O_CREAT | os.O_NONBLOCK | os.O_CLOEXEC,
                     0o666)
    except OSError as exc:
        raise EgassistError(f"cannot write the notes file ({exc.strerror or exc})", path) from exc
    try:
        st = os.fstat(fd)
        if not stat.S_ISREG(st.st_mode):
            raise _not_regular(path, st.st_mode)
        os.set_blocking(fd, True)
        try:
            problem = _utf8_problem(fd)
            size = os.fstat(fd).st_size
            tail = os.pread(fd, 2, size - 2) if size >= 2 else os.pread(fd, size, 0)
        except OSError as exc:
            raise EgassistError(f"cannot read the notes file ({exc.strerror or exc})",
                                path) from exc
        if problem:
            raise EgassistError(f"not UTF-8 text; not appending ({problem})", path)
        # A blank line before the new section, whatever the file ended with.
        sep = b"" if not size or tail.endswith(b"\n\n") else (
            b"\n" if tail.endswith(b"\n") else b"\n\n")
        _append(fd, path, sep + data, size)
    finally:
        os.close(fd)


def _append(fd: int, path: Path, data: bytes, size: int) -> None:
    """Write `data` after the file's last byte (O_APPEND) and fsync; undo a failed write."""
    # A crash inside this loop leaves at most part of `data` after the old last byte: the notes
    # already there are never at risk, only the block being added.
    written = 0
    try:
        while written < len(data):
            written += os.write(fd, data[written:])
        os.fsync(fd)
    except OSError as exc:
        reason = exc.strerror or str(exc)
        try:
            # Only when nobody else appended meanwhile: then the bytes past `size` are ours.
            if os.fstat(fd).st_size == size + written:
                os.ftruncate(fd, size)
                outcome = "nothing was appended"
            else:
                outcome = "the end of the file may hold part of the new notes"
        except OSError:
            outcome = "the end of the file may hold part of the new notes"
        raise EgassistError(f"cannot write the notes file ({reason}); {outcome}", path) from exc


def append_answers(path: Path, answers: list[Answer], index_info: dict | None = None) -> None:
    append_text(path, "".join(answer_markdown(a, index_info) for a in answers))
