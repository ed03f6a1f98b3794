"""Regenerate tests/data/structure_pins.json from the current parser.

Run it only after a parser change you have checked by eye (`egassist outline SYMBOL`), then read
the diff of the JSON file: every changed locator is a citation that changed.
"""

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "src"))

from egassist.catalog import Catalog  # noqa: E402

pins = {}
for document in Catalog.load(ROOT / "corpus").documents:
    pins[document.ref.file] = [
        [str(b.locator), b.kind, b.text.replace("\n", " ")[:16]]
        for b in document.blocks if b.citable
    ]
out = Path(__file__).with_name("structure_pins.json")
out.write_text(json.dumps(pins, ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
print(f"wrote {out}")
