#!/usr/bin/env python
"""Write two corpora that mix Chinese and English documents, with question files for them.

The shipped corpus is all Chinese; a delegate's may not be. These put the English samples of
tests/data/english in place of the Chinese versions of the same documents:

- mix1: ahc-outline-modalities, ecn15-2018-12, eg4-2020-l1 in Chinese; ecn15-2011-19 and
  eg4-2017-1 in English. Questions: english_docs.jsonl on the two English documents and
  heldout3.jsonl on the three Chinese ones, and both files' negatives.
- mix2: ahc-outline-modalities, ecn15-2011-19, eg4-2017-1, eg4-2020-l1 in Chinese;
  ecn15-2018-12 in English. Questions: english_docs.jsonl on the English document and
  heldout4.jsonl on the four Chinese ones, and both files' negatives.

A negative of english_docs.jsonl was written against the three English documents alone; a mixed
corpus holding eg4-2020-l1 (the 2020 report, which recounts the 2019 meeting) answers one of them
outright (e33, when and where the fifth meeting was held: its para. 8), which is left out of the
mixed files (ANSWERED_IN). It comes near another (e36, the 2019 meeting's preliminary
recommendations on law enforcement: para. 8 gives what the Expert Group "认为", not
recommendations), which stays a negative.

Usage:
    python tests/eval/mixed_corpora.py OUTDIR
    egassist index --corpus OUTDIR/mix1 --index OUTDIR/mix1-index
    egassist eval --index OUTDIR/mix1-index OUTDIR/mix1.jsonl      (and the same for mix2)
"""

from __future__ import annotations

import json
import shutil
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
CHINESE = ROOT / "corpus"
ENGLISH = ROOT / "tests" / "data" / "english"
EVAL = ROOT / "tests" / "eval"

MIXES = {
    "mix1": {
        "zh": ["ahc-outline-modalities.zh.txt", "ecn15-2018-12.zh.txt", "eg4-2020-l1.zh.txt"],
        "en": ["ecn15-2011-19.en.txt", "eg4-2017-1.en.txt"],
        "questions": ["english_docs.jsonl", "heldout3.jsonl"],
    },
    "mix2": {
        "zh": ["ahc-outline-modalities.zh.txt", "ecn15-2011-19.zh.txt", "eg4-2017-1.zh.txt",
               "eg4-2020-l1.zh.txt"],
        "en": ["ecn15-2018-12.en.txt"],
        "questions": ["english_docs.jsonl", "heldout4.jsonl"],
    },
}

ANSWERED_IN = {"e33": "eg4-2020-l1.zh.txt"}
"""Negatives of the English documents' questions that a Chinese document a mix adds answers."""


def _toml_value(value) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        return json.dumps(value, ensure_ascii=False)  # a JSON string is a TOML basic string
    return repr(value)


def _entries(manifest: Path, files: list[str]) -> list[dict]:
    documents = tomllib.loads(manifest.read_text(encoding="utf-8"))["document"]
    by_file = {d["file"]: d for d in documents}
    return [by_file[f] for f in files]


def write_mix(out: Path, name: str, spec: dict) -> tuple[int, int]:
    corpus = out / name
    corpus.mkdir(parents=True, exist_ok=False)
    for source, files in ((CHINESE, spec["zh"]), (ENGLISH, spec["en"])):
        for f in files:
            shutil.copy(source / f, corpus / f)
    entries = _entries(CHINESE / "manifest.toml", spec["zh"]) + \
        _entries(ENGLISH / "manifest.toml", spec["en"])
    (corpus / "manifest.toml").write_text("".join(
        "[[document]]\n" + "".join(f"{k} = {_toml_value(v)}\n" for k, v in d.items()) + "\n"
        for d in entries), encoding="utf-8")
    held = set(spec["zh"]) | set(spec["en"])
    answerable = negatives = 0
    lines = []
    for questions in spec["questions"]:
        for line in (EVAL / questions).read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            q = json.loads(line)
            if q["kind"] != "negative":
                q["gold"] = [g for g in q["gold"] if g["file"] in held]
                if not q["gold"]:
                    continue
                answerable += 1
            elif ANSWERED_IN.get(q["id"]) in held:
                continue
            else:
                negatives += 1
            lines.append(json.dumps(q, ensure_ascii=False))
    (out / f"{name}.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return answerable, negatives


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print("\n".join(__doc__.strip().splitlines()[-4:]), file=sys.stderr)
        return 2
    out = Path(argv[0])
    for name, spec in MIXES.items():
        if (out / name).exists():
            print(f"{out / name} exists; choose an empty folder", file=sys.stderr)
            return 1
    for name, spec in MIXES.items():
        answerable, negatives = write_mix(out, name, spec)
        print(f"{out / name}: {len(spec['zh'])} Chinese + {len(spec['en'])} English documents; "
              f"{out / (name + '.jsonl')}: {answerable} answerable, {negatives} negative")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
