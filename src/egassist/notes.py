"""Answers -> Markdown notes, appended to a delegate's notes file without ever losing what is there.

The format reads in any Markdown editor and in Obsidian: the question as a heading, the answer,
each quote as a blockquote followed by its UN-style citation, then the date, the documents cited
(symbol, title, date) and the index and model that produced it.

Why rewrite-and-rename rather than open(..., "a"): an append that fails half way (disk full,
Ctrl-C) leaves a torn file; writing old + new to a temporary file in the same folder and renaming
it over the notes file is atomic, and the old content is copied byte for byte.
"""

from __future__ import annotations

import os
import tempfile
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


def append_text(path: Path, text: str) -> None:
    """Append `text` to `path` atomically; EgassistError naming the file if it cannot be written."""
    path = Path(path)
    try:
        old = path.read_bytes() if path.exists() else b""
    except OSError as exc:
        raise EgassistError(f"cannot read the notes file ({exc.strerror})", path) from exc
    sep = b"" if not old or old.endswith(b"\n\n") else (b"\n" if old.endswith(b"\n") else b"\n\n")
    data = old + sep + text.encode("utf-8")
    directory = path.parent if str(path.parent) else Path(".")
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=directory)
    except OSError as exc:
        raise EgassistError(f"cannot write the notes file ({exc.strerror})", path) from exc
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        if path.exists():
            os.chmod(tmp, path.stat().st_mode & 0o777)
        os.replace(tmp, path)
    except OSError as exc:
        Path(tmp).unlink(missing_ok=True)
        raise EgassistError(f"cannot write the notes file ({exc.strerror})", path) from exc


def append_answers(path: Path, answers: list[Answer], index_info: dict | None = None) -> None:
    append_text(path, "".join(answer_markdown(a, index_info) for a in answers))
