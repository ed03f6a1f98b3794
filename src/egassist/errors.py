"""The exceptions front ends catch: one small hierarchy, each naming the file at fault."""

from __future__ import annotations

from pathlib import Path


class EgassistError(Exception):
    """An error a person can act on; `path` names the file at fault when there is one."""

    def __init__(self, message: str, path: Path | str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.path = Path(path) if path is not None else None

    def __str__(self) -> str:
        return f"{self.path}: {self.message}" if self.path else self.message


class CorpusError(EgassistError):
    """A document or the manifest cannot be read."""


class NotFoundError(EgassistError):
    """A document or place the user named does not exist; `suggestions` lists the nearest ones."""

    def __init__(self, message: str, suggestions: list[str] | None = None) -> None:
        super().__init__(message)
        self.suggestions = suggestions or []


class IndexError_(EgassistError):
    """The index is missing, corrupt, foreign or busy."""


class ModelError(EgassistError):
    """The embedding model cannot be found or loaded."""
