"""Questions typed in traditional Chinese, read as the simplified Chinese the documents use.

The UN's Chinese documents are in simplified characters, and jieba, the glossary and the term
variants all work in them: "專家組第二次會議於何時舉行？" matched nothing ("专家组" is another
string) and was refused as off-topic. OpenCC converts characters and, with its Taiwan profile,
the words Taiwan writes differently (網路 -> 网络, 計畫 -> 计划), which a character map alone leaves
as words the documents never use.
"""

from __future__ import annotations

from functools import lru_cache


@lru_cache(maxsize=1)
def _converters():
    import opencc  # deferred: ~12 ms, and only a question with Chinese text needs it

    return opencc.OpenCC("t2s"), opencc.OpenCC("tw2sp")


def to_simplified(text: str) -> str:
    """`text` in simplified Chinese; the same string when it holds no traditional character."""
    if not any("\u3400" <= c <= "\u9fff" for c in text):
        return text
    characters, words = _converters()
    if characters.convert(text) == text:
        return text
    return words.convert(text)
