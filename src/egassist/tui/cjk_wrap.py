"""Line breaks inside Chinese text.

Textual wraps text with Rich's word splitter, which breaks lines only at spaces. Chinese has no
spaces between words, and UN Chinese puts spaces around numbers ("第 22/7 号决议"), so a card's
text broke at those spaces and left ragged half-empty lines. Chinese typesetting may break between
any two characters; this lets the splitter do so, keeping closing punctuation (，。；：、！？）》”)
on the line before it.
"""

from __future__ import annotations

import re

_CJK = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_CLOSING = "，。；：、！？）》」』”’】〕"
WORD = re.compile(rf"\s*(?:[{_CJK}][{_CLOSING}]*|[^\s{_CJK}]+)\s*")


def allow_breaks_between_cjk() -> None:
    """Make each CJK character a word for Rich's line wrapping (once, for this process)."""
    import rich._wrap

    if getattr(rich._wrap, "re_word", None) is not WORD:
        rich._wrap.re_word = WORD
