"""The embedding model in a child process, for the assistant.

Why a process and not a thread: loading sentence-transformers and the tokenizer of a 250k-word
vocabulary runs Python and Rust code that holds the interpreter lock for seconds at a time; in a
worker thread that froze the assistant's screen for 1-2 s while the model loaded. In a child
process the screen keeps drawing, and the assistant's own process never imports torch.

The child is started on first use, talks over a pipe (texts in, float32 arrays out), is a daemon
(it ends with the assistant) and writes nothing to the terminal.
"""

from __future__ import annotations

import os
import pickle
import subprocess
import sys
import threading
from pathlib import Path

import numpy as np

from .errors import ModelError


def _serve(location: str, allow_download: bool) -> None:
    """Child process: load the model once, then answer pickled requests on stdin until EOF."""
    # The protocol gets the real stdout; fd 1 goes to /dev/null, so that anything a library
    # prints can neither corrupt the protocol nor draw over the assistant.
    channel = os.fdopen(os.dup(1), "wb")
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, 1)
    requests = sys.stdin.buffer
    if not allow_download:
        os.environ["HF_HUB_OFFLINE"] = "1"
        os.environ["TRANSFORMERS_OFFLINE"] = "1"

    def reply(message) -> None:
        pickle.dump(message, channel, protocol=pickle.HIGHEST_PROTOCOL)
        channel.flush()

    try:
        from .embedding import SentenceTransformerEmbedder

        model = SentenceTransformerEmbedder(location)
        model.embed_queries(["warm-up"])
        reply(("ready", model.dim))
    except Exception as exc:  # the parent turns this into a ModelError with the text
        reply(("error", f"{exc.__class__.__name__}: {exc}"))
        return
    while True:
        try:
            request = pickle.load(requests)
        except EOFError:
            return
        if request is None:
            return
        kind, texts = request
        try:
            embed = model.embed_passages if kind == "passages" else model.embed_queries
            reply(("ok", np.asarray(embed(texts), dtype=np.float32)))
        except Exception as exc:
            reply(("error", f"{exc.__class__.__name__}: {exc}"))


class ProcessEmbedder:
    """An Embedder whose model lives in a child process; same name and fingerprint as in-process.

    A plain subprocess with pickled messages on its stdin/stdout, not multiprocessing: the
    assistant replaces sys.stderr, which multiprocessing's spawn machinery needs as a real file.
    """

    def __init__(self, location: Path | str, name: str, fingerprint: str,
                 allow_download: bool = False) -> None:
        self.location = str(location)
        self.name = name
        self.fingerprint = fingerprint
        self.allow_download = allow_download
        self._dim: int | None = None
        self._process: subprocess.Popen | None = None
        self._lock = threading.Lock()

    def _receive(self):
        assert self._process is not None and self._process.stdout is not None
        return pickle.load(self._process.stdout)

    def _start(self) -> None:
        self._process = subprocess.Popen(
            [sys.executable, "-m", "egassist.embedding_process", self.location,
             "1" if self.allow_download else "0"],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
        try:
            status, payload = self._receive()
        except (EOFError, pickle.UnpicklingError):
            self._stop()
            raise ModelError("the embedding model process ended while loading",
                             self.location) from None
        if status != "ready":
            self._stop()
            raise ModelError(f"cannot load embedding model {self.name}: {payload}", self.location)
        self._dim = int(payload)

    def _call(self, kind: str, texts: list[str]) -> np.ndarray:
        with self._lock:
            if self._process is None:
                self._start()
            assert self._process is not None and self._process.stdin is not None
            try:
                pickle.dump((kind, list(texts)), self._process.stdin)
                self._process.stdin.flush()
                status, payload = self._receive()
            except (EOFError, BrokenPipeError, OSError, pickle.UnpicklingError):
                self._stop()
                raise ModelError("the embedding model process stopped", self.location) from None
        if status != "ok":
            raise ModelError(f"embedding failed: {payload}", self.location)
        return payload

    @property
    def loaded(self) -> bool:
        return self._process is not None

    @property
    def dim(self) -> int:
        if self._dim is None:
            self._call("queries", ["warm-up"])
        return int(self._dim)

    def embed_passages(self, texts: list[str]) -> np.ndarray:
        return self._call("passages", texts)

    def embed_queries(self, texts: list[str]) -> np.ndarray:
        return self._call("queries", texts)

    def _stop(self) -> None:
        process, self._process = self._process, None
        if process is None:
            return
        try:
            if process.stdin is not None:
                process.stdin.close()  # EOF: the child returns
            process.wait(timeout=5)
        except (OSError, subprocess.TimeoutExpired):
            process.kill()
            process.wait()

    def close(self) -> None:
        with self._lock:
            self._stop()


if __name__ == "__main__":
    _serve(sys.argv[1], sys.argv[2] == "1")
