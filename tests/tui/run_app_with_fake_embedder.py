"""Run the assistant as `egassist` does (`tui.app.make_app`), with the hashing embedder instead of
the model: for tests that need a real process on a real terminal.

Usage: python run_app_with_fake_embedder.py CORPUS_DIR INDEX_DIR
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/fakes.py

from fakes import HashingEmbedder  # noqa: E402

from egassist.tui.app import make_app  # noqa: E402

if __name__ == "__main__":
    app = make_app(corpus=sys.argv[1], index=sys.argv[2])
    app.embedder_factory = lambda on_progress: HashingEmbedder()
    app.run()
    sys.exit(app.return_code or 0)
