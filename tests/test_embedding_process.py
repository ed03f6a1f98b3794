"""The model in a child process gives the same vectors as in this process, and fails clearly."""

import numpy as np
import pytest

from egassist.engine import LazyEmbedder, ModelChoice, process_embedder
from egassist.errors import ModelError
from egassist.embedding_process import ProcessEmbedder


def test_child_process_vectors_equal_in_process_vectors():
    texts = ["会员国应当颁布法律作出技术中性的阐述", "Who opened the fourth meeting?"]
    remote = process_embedder(ModelChoice())
    local = LazyEmbedder(ModelChoice())
    try:
        assert remote.fingerprint == local.fingerprint and remote.name == local.name
        a = remote.embed_passages(texts)
        b = local.embed_passages(texts)
        assert a.shape == b.shape == (2, remote.dim)
        assert np.allclose(a, b, atol=1e-5)
        q = remote.embed_queries(texts[:1])
        assert np.allclose(q, local.embed_queries(texts[:1]), atol=1e-5)
    finally:
        remote.close()


def test_a_model_that_cannot_load_is_a_model_error(tmp_path):
    broken = tmp_path / "model"
    broken.mkdir()
    (broken / "config.json").write_text("{not json", "utf-8")
    embedder = ProcessEmbedder(broken, "broken", "x")
    with pytest.raises(ModelError, match="cannot load embedding model broken"):
        embedder.embed_queries(["x"])
    embedder.close()
