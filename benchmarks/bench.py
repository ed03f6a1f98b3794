"""Speed and size of egassist on this machine, printed (never asserted).

    .venv/bin/python benchmarks/bench.py            # shipped corpus, hybrid vs lexical-only
    .venv/bin/python benchmarks/bench.py --scale    # also the 100,000-passage projection

Each measurement runs in its own process so that peak RSS is that of the work measured.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PY = sys.executable
QUESTIONS = [ROOT / "tests" / "eval" / "questions.jsonl"]
if (ROOT.parent / "shared" / "eval" / "dev.jsonl").exists():
    QUESTIONS.append(ROOT.parent / "shared" / "eval" / "dev.jsonl")


def run_child(code: str, *args: str) -> tuple[dict, float, float]:
    """Run python code in a child; return its JSON result, wall seconds and its own peak RSS (MB)."""
    with tempfile.TemporaryFile("w+") as out, tempfile.TemporaryFile("w+") as err:
        start = time.perf_counter()
        proc = subprocess.Popen([PY, "-c", code, *args], stdout=out, stderr=err,
                                env={**os.environ, "PYTHONPATH": str(ROOT / "src")})
        _, status, usage = os.wait4(proc.pid, 0)  # this child's own rusage, not all children's
        proc.returncode = os.waitstatus_to_exitcode(status)
        wall = time.perf_counter() - start
        out.seek(0)
        err.seek(0)
        if proc.returncode != 0:
            sys.exit(f"benchmark step failed:\n{err.read()[-3000:]}")
        result = json.loads(out.read().strip().splitlines()[-1])
    return result, wall, usage.ru_maxrss / 1024


BUILD = r"""
import json, sys, time
from pathlib import Path
t0 = time.perf_counter()
from egassist.catalog import Catalog
from egassist.index import build_index
mode, index = sys.argv[1], Path(sys.argv[2])
if mode == "hybrid":
    from egassist.engine import LazyEmbedder, ModelChoice
    embedder = LazyEmbedder(ModelChoice())
else:
    import numpy as np
    class NoVectors:
        name = fingerprint = "none"
        dim = 1
        def embed_passages(self, texts):
            return np.zeros((len(texts), 1), np.float32)
    embedder = NoVectors()
report = build_index(Catalog.load(Path(sys.argv[3])), embedder, index)
print(json.dumps({"seconds": time.perf_counter() - t0, "up_to_date": report.up_to_date,
                  "passages": report.passages}))
"""

QUERY = r"""
import json, sys, time
from pathlib import Path
from egassist.engine import LazyEmbedder, ModelChoice, open_searcher
from egassist.answer import answer_question
from egassist.evaluate import load_questions, score, report_to_dict
mode, index = sys.argv[1], Path(sys.argv[2])
embedder = LazyEmbedder(ModelChoice()) if mode == "hybrid" else None
searcher = open_searcher(index, embedder)
questions = [q for path in sys.argv[3:] for q in load_questions(Path(path))]
answer_question("warm-up: 专家组会议", searcher)  # loads the model and jieba once, as batch mode does
# Batch mode as `egassist ask --json -` runs it: chunks of 32 embedded together, then answered.
times, answers = [], []
for start in range(0, len(questions), 32):
    chunk = questions[start:start + 32]
    t = time.perf_counter()
    searcher.prepare([q["question"] for q in chunk])
    shared = (time.perf_counter() - t) / len(chunk)
    for q in chunk:
        t = time.perf_counter()
        answers.append(answer_question(q["question"], searcher).to_json())
        times.append(time.perf_counter() - t + shared)
single = []
for q in questions[:40]:
    t = time.perf_counter()
    answer_question(q["question"] + " ", searcher)  # a new text: no prepared vector
    single.append(time.perf_counter() - t)
single.sort()
times.sort()
overall = report_to_dict(score(questions, answers))["overall"]
print(json.dumps({"n": len(times), "p50": times[len(times) // 2], "p95": times[int(len(times) * 0.95)],
                  "single_p50": single[len(single) // 2],
                  "recall@5": overall["recall@5"], "recall@1": overall["recall@1"]}))
"""


def dir_size(path: Path) -> float:
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file()) / 1e6


def bench_corpus() -> None:
    rows = {}
    with tempfile.TemporaryDirectory() as tmp:
        for mode in ("hybrid", "lexical"):
            index = Path(tmp) / mode
            built, wall, rss_build = run_child(BUILD, mode, str(index), str(ROOT / "corpus"))
            again, wall_again, _ = run_child(BUILD, mode, str(index), str(ROOT / "corpus"))
            assert again["up_to_date"]
            queried, _, rss_query = run_child(QUERY, mode, str(index), *map(str, QUESTIONS))
            rows[mode] = {
                "full build (s, process wall)": wall,
                "no-change refresh (s, process wall)": wall_again,
                "query p50 (ms, batch mode)": queried["p50"] * 1000,
                "query p95 (ms)": queried["p95"] * 1000,
                "one-off query p50 (ms, not batched)": queried["single_p50"] * 1000,
                "peak RSS build (MB)": rss_build,
                "peak RSS ask (MB)": rss_query,
                "index on disk (MB)": dir_size(index),
                "recall@5 (questions below)": queried["recall@5"],
                "recall@1": queried["recall@1"],
                "passages": built["passages"],
            }
    print(f"Shipped corpus ({rows['hybrid']['passages']} passages), {os.cpu_count()} cores; "
          f"questions: {', '.join(p.name for p in QUESTIONS)}")
    print(f"{'':40}{'hybrid (e5 + BM25)':>20}{'lexical-only':>16}")
    for key in rows["hybrid"]:
        if key == "passages":
            continue
        h, l = rows["hybrid"][key], rows["lexical"][key]
        print(f"{key:40}{h:>20.3f}{l:>16.3f}")


SCALE = r"""
import json, sys, time, random
import numpy as np
n = int(sys.argv[1])
rng = np.random.default_rng(0)
from pathlib import Path
from egassist.catalog import Catalog
from egassist.passages import split_document
from egassist.tokens import tokenize
catalog = Catalog.load(Path(sys.argv[2]))
base = [p.index_text() for d in catalog.documents for p in split_document(d)]
sentences = [s for t in base for s in t.replace("；", "。").split("。") if len(s) > 8]
texts = ["。".join(rng.choice(sentences, 4)) for _ in range(n)]
t = time.perf_counter(); tokens = [tokenize(x) for x in texts]; tok_s = time.perf_counter() - t
import bm25s
t = time.perf_counter(); bm = bm25s.BM25(); bm.index(tokens, show_progress=False); bm_s = time.perf_counter() - t
qs = [tokenize(s) for s in rng.choice(sentences, 50)]
lat = []
for q in qs:
    t = time.perf_counter()
    total = np.zeros(n)
    for tok in q:
        if tok in bm.vocab_dict:
            total += bm.get_scores([tok])
    np.argsort(-total)[:60]
    lat.append(time.perf_counter() - t)
import faiss
dim = 384
# Clustered, like real embeddings (random uniform vectors have no neighbours worth the name).
centers = rng.standard_normal((1000, dim)).astype("float32")
vecs = centers[rng.integers(0, 1000, n)] + 0.6 * rng.standard_normal((n, dim)).astype("float32")
vecs /= np.linalg.norm(vecs, axis=1, keepdims=True)
t = time.perf_counter(); flat = faiss.IndexFlatIP(dim); flat.add(vecs); flat_s = time.perf_counter() - t
t = time.perf_counter(); hnsw = faiss.IndexHNSWFlat(dim, 32, faiss.METRIC_INNER_PRODUCT); hnsw.hnsw.efConstruction = 80; hnsw.add(vecs); hnsw_s = time.perf_counter() - t
hnsw.hnsw.efSearch = 64
q = vecs[:200] + 0.01 * rng.standard_normal((200, dim)).astype("float32")
def p50(index):
    ts = []
    for i in range(200):
        t = time.perf_counter(); index.search(q[i:i+1], 180); ts.append(time.perf_counter() - t)
    return sorted(ts)[100]
_, truth = flat.search(q, 10); _, got = hnsw.search(q, 10)
recall = float(np.mean([len(set(a) & set(b)) / 10 for a, b in zip(truth, got)]))
# embedding throughput on a sample with the real model, extrapolated to n
from egassist.engine import LazyEmbedder, ModelChoice
emb = LazyEmbedder(ModelChoice()); emb.embed_passages(["warm up"])
sample = texts[:256]
t = time.perf_counter(); emb.embed_passages(sample); emb_rate = len(sample) / (time.perf_counter() - t)
print(json.dumps({"n": n, "tokenize_per_s": n / tok_s, "bm25_index_s": bm_s,
                  "bm25_query_p50_ms": sorted(lat)[len(lat)//2] * 1000,
                  "flat_add_s": flat_s, "flat_query_p50_ms": p50(flat) * 1000,
                  "hnsw_add_s": hnsw_s, "hnsw_query_p50_ms": p50(hnsw) * 1000,
                  "hnsw_recall@10": recall, "embed_per_s": emb_rate,
                  "projected_embed_hours": n / emb_rate / 3600}))
"""


def bench_scale(n: int) -> None:
    result, wall, rss = run_child(SCALE, str(n), str(ROOT / "corpus"))
    print(f"\nScale projection: synthetic corpus of {n:,} passages (sentences of the shipped corpus "
          f"recombined; vectors: 1,000 random clusters of unit vectors, 384 dims)")
    print(f"  tokenizing (jieba):          {result['tokenize_per_s']:,.0f} passages/s")
    print(f"  BM25 index build:            {result['bm25_index_s']:.1f} s")
    print(f"  BM25 query p50:              {result['bm25_query_p50_ms']:.1f} ms")
    print(f"  FAISS IndexFlatIP add:       {result['flat_add_s']:.2f} s, query p50 "
          f"{result['flat_query_p50_ms']:.1f} ms")
    print(f"  FAISS IndexHNSWFlat(M=32) add: {result['hnsw_add_s']:.1f} s, query p50 "
          f"{result['hnsw_query_p50_ms']:.2f} ms, recall@10 vs exact {result['hnsw_recall@10']:.3f}")
    print(f"  embedding (e5-small, measured on 256 passages): {result['embed_per_s']:.1f} passages/s "
          f"-> {result['projected_embed_hours']:.1f} h for {n:,} (projected, not run)")
    print(f"  peak RSS of this step: {rss:,.0f} MB")


LAUNCH = r"""
import time
t0 = time.perf_counter()
import asyncio, json, os, sys, tempfile
os.environ["EGASSIST_DATA"] = tempfile.mkdtemp()
from pathlib import Path
from egassist.tui import make_app

async def main():
    app = make_app(index=sys.argv[1])
    async with app.run_test(size=(120, 40)) as pilot:
        while getattr(app.focused, "id", None) != "question":
            await pilot.pause(0.01)
        ready = time.perf_counter() - t0
    print(json.dumps({"ready": ready}))
asyncio.run(main())
"""


def bench_launch() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        run_child(BUILD, "hybrid", str(Path(tmp) / "ix"), str(ROOT / "corpus"))
        result, wall, rss = run_child(LAUNCH, str(Path(tmp) / "ix"))
    print(f"\nAssistant: launch to a focused question box {result['ready']:.2f} s (inside the "
          f"process, imports included; {wall:.2f} s process wall with interpreter start and exit)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scale", action="store_true", help="also run the 100k projection")
    parser.add_argument("--scale-n", type=int, default=100_000)
    args = parser.parse_args()
    bench_corpus()
    bench_launch()
    if args.scale:
        bench_scale(args.scale_n)


if __name__ == "__main__":
    main()
