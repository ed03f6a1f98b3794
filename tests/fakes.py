"""A tiny deterministic embedder for tests that are about something other than the model."""

from __future__ import annotations

import hashlib

import numpy as np


class HashingEmbedder:
    """Character-bigram hashing into 64 dimensions; records what it embedded."""

    dim = 64

    def __init__(self, name: str = "hashing-64") -> None:
        self.name = name
        self.fingerprint = name
        self.embedded: list[str] = []
        self.batch_count = 0

    def _vector(self, text: str) -> np.ndarray:
        v = np.zeros(self.dim, np.float32)
        for a, b in zip(text, text[1:]):
            h = int.from_bytes(hashlib.blake2b((a + b).encode(), digest_size=4).digest(), "big")
            v[h % self.dim] += 1.0
        n = np.linalg.norm(v)
        return v / n if n else v

    def embed_passages(self, texts: list[str]) -> np.ndarray:
        self.embedded += texts
        self.batch_count += 1
        return np.vstack([self._vector(t) for t in texts])

    def embed_queries(self, texts: list[str]) -> np.ndarray:
        return np.vstack([self._vector(t) for t in texts])
