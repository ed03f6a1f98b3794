"""Fit `search.RANKING_WEIGHTS` from a question set (a developer's tool, not used at run time).

    python -m egassist.ranking_fit tests/eval/questions.jsonl [--index DIR]

For every answerable question that names no symbol or place (those are answered by lookup, not by
ranking), the candidates of both retrievers get the features `Searcher.features` computes; a
candidate holding a gold quote is a hit. A linear model is fitted to rank hits above the other
candidates (pairwise logistic regression on standardized features, L2-regularized), and printed
in the units `Searcher.rank` uses, with 5-fold cross-validated recall@1 / recall@5 / MRR@10 of the
fitted weights beside those of the current ones.
"""

from __future__ import annotations

import argparse
import json
import random
from dataclasses import dataclass

import numpy as np

from . import search
from .evaluate import load_questions, quote_in_text
from .wording import counted

FEATURES = tuple(search.RANKING_WEIGHTS)
L2 = 100.0
STEPS = 400
RATE = 0.1
NEGATIVES_PER_HIT = 30


@dataclass
class Ranked:
    """One question's candidates: a feature matrix and which rows hold a gold quote."""

    qid: str
    x: np.ndarray
    hit: np.ndarray


def collect(searcher: search.Searcher, questions: list[dict]) -> list[Ranked]:
    out = []
    allowed = np.ones(len(searcher.passages), dtype=bool)
    for q in questions:
        if q["kind"] == "negative":
            continue
        query = searcher.analyse(q["question"])
        if query.symbols or query.place is not None:
            continue
        features = searcher.features(query, searcher.lexical_scores(query, allowed),
                                     searcher.dense_scores(query, allowed))
        if not features:
            continue
        rows = list(features)
        x = np.array([[features[r][name] for name in FEATURES] for r in rows])
        hit = np.array([any(g["file"] == searcher.passages[r].file
                            and quote_in_text(g["quote"], searcher.passages[r].text)
                            for g in q["gold"]) for r in rows])
        out.append(Ranked(q["id"], x, hit))
    return out


def fit(ranked: list[Ranked]) -> np.ndarray:
    """Weights in feature units (not standardized)."""
    stacked = np.vstack([r.x for r in ranked])
    mean, spread = stacked.mean(0), stacked.std(0) + 1e-9
    pairs = []
    for r in ranked:
        x = (r.x - mean) / spread
        # The strongest non-hits are the ones that matter: order them by the current weights.
        current = r.x @ np.array([search.RANKING_WEIGHTS[f] for f in FEATURES])
        misses = [i for i in np.argsort(-current) if not r.hit[i]][:NEGATIVES_PER_HIT]
        for i in np.flatnonzero(r.hit):
            pairs += [x[i] - x[j] for j in misses]
    if not pairs:
        raise SystemExit("no question with both a hit and a miss among its candidates")
    d = np.array(pairs)
    w = np.zeros(d.shape[1])
    for _ in range(STEPS):
        p = 1 / (1 + np.exp(-(d @ w)))
        w -= RATE * (-(d * (1 - p)[:, None]).mean(0) + L2 * w / len(d))
    return w / spread


def scores(ranked: list[Ranked], weights: np.ndarray) -> dict[str, float]:
    r1 = r5 = mrr = 0.0
    for r in ranked:
        order = np.argsort(-(r.x @ weights), kind="stable")
        ranks = [i for i, row in enumerate(order) if r.hit[row]]
        if ranks:
            first = ranks[0]
            r1 += first == 0
            r5 += first < 5
            mrr += 1 / (first + 1) if first < 10 else 0
    n = len(ranked) or 1
    return {"recall@1": r1 / n, "recall@5": r5 / n, "mrr@10": mrr / n}


def cross_validate(ranked: list[Ranked], folds: int = 5, seed: int = 0) -> dict[str, float]:
    shuffled = ranked[:]
    random.Random(seed).shuffle(shuffled)
    total = {"recall@1": 0.0, "recall@5": 0.0, "mrr@10": 0.0}
    for k in range(folds):
        test = shuffled[k::folds]
        train = [r for i, r in enumerate(shuffled) if i % folds != k]
        for name, value in scores(test, fit(train)).items():
            total[name] += value * len(test)
    return {name: value / len(ranked) for name, value in total.items()}


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("questions")
    parser.add_argument("--index", default=None)
    args = parser.parse_args(argv)
    from .engine import LazyEmbedder, ModelChoice, open_searcher

    searcher = open_searcher(args.index, LazyEmbedder(ModelChoice()))
    ranked = collect(searcher, load_questions(args.questions))
    weights = fit(ranked)
    current = np.array([search.RANKING_WEIGHTS[f] for f in FEATURES])
    print(counted(len(ranked), "question"))
    print("fitted:  " + json.dumps({f: round(float(w), 3) for f, w in zip(FEATURES, weights)}))
    print("current: " + json.dumps(search.RANKING_WEIGHTS))
    print("5-fold cross-validated, fitted: " + json.dumps(
        {k: round(v, 3) for k, v in cross_validate(ranked).items()}))
    print("current weights on the same:    " + json.dumps(
        {k: round(v, 3) for k, v in scores(ranked, current).items()}))


if __name__ == "__main__":
    main()
