"""One tokenizer for the index and for questions: jieba for Chinese, words and numbers for English,
UN symbols and resolution numbers kept whole, term variants folded into one form.

This module owns jieba's segmenter (imported on first use: it takes about a second to load its
dictionary, which nothing that only browses should pay for); `names` borrows it for name tags.
"""

from __future__ import annotations

import hashlib
import logging
import re
import threading
from functools import lru_cache
from importlib import resources

from .polarity import ASKS_EITHER_WAY
from .symbols import SYMBOL_RE

_CJK_RUN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff]+")
_LATIN_TOKEN = re.compile(r"[a-z]+(?:[-'][a-z]+)*|\d+(?:/\d+)+|\d+(?:\.\d+)?")
_jieba_lock = threading.Lock()
_jieba = None


def _data(name: str) -> str:
    return resources.files("egassist").joinpath("data", name).read_text("utf-8")


TOKENIZER_VERSION = 2
"""Bump when a change to this module's code changes the tokens of a passage (the word lists are
fingerprinted by content; code is not)."""


@lru_cache(maxsize=1)
def fingerprint() -> str:
    """What passage tokens depend on: this module's version, jieba's, and the word lists (the
    glossary is jieba's user dictionary). An index built under another fingerprint is re-tokenized."""
    from importlib.metadata import version

    digest = hashlib.sha256(f"{TOKENIZER_VERSION}|jieba {version('jieba')}".encode())
    for name in ("stopwords.txt", "variants.tsv", "glossary.tsv"):
        digest.update(b"|" + _data(name).encode("utf-8"))
    return digest.hexdigest()[:16]


@lru_cache(maxsize=1)
def stopwords() -> frozenset[str]:
    words = set()
    for line in _data("stopwords.txt").splitlines():
        if not line.startswith("#"):
            words.update(line.split())
    return frozenset(words)


@lru_cache(maxsize=1)
def variants() -> tuple[tuple[str, str], ...]:
    pairs = []
    for line in _data("variants.tsv").splitlines():
        if line.strip() and not line.startswith("#"):
            variant, canonical = line.split("\t")
            pairs.append((variant.strip(), canonical.strip()))
    # Longest first, so a longer variant is folded before a shorter one inside it.
    return tuple(sorted(pairs, key=lambda p: -len(p[0])))


def fold_variants(text: str) -> str:
    for variant, canonical in variants():
        if variant in text:
            text = text.replace(variant, canonical)
    return text


def segmenter():
    """jieba, loaded once, with the Chinese side of the glossary as its user dictionary."""
    global _jieba
    with _jieba_lock:
        if _jieba is None:
            import jieba

            jieba.setLogLevel(logging.WARNING)
            tokenizer = jieba.Tokenizer()
            tokenizer.initialize()
            from .glossary import chinese_terms

            for term in chinese_terms():
                tokenizer.add_word(term, freq=2000)
            for _, canonical in variants():
                tokenizer.add_word(canonical, freq=2000)
            _jieba = tokenizer
    return _jieba


_pos_lock = threading.Lock()
_pos = None


def part_of_speech(text: str) -> list:
    """jieba's words of `text` with their part-of-speech tags (`.word`, `.flag`), on the same
    segmenter (so glossary terms stay whole, tagged "x")."""
    global _pos
    with _pos_lock:
        if _pos is None:
            import jieba.posseg

            _pos = jieba.posseg.POSTokenizer(segmenter())
    return list(_pos.cut(text))


@lru_cache(maxsize=512)
def word_ends(text: str) -> frozenset[int]:
    """Where jieba's words of `text` end (its `part_of_speech` words): a word found inside a longer
    one that goes on (报告 in 报告员, 政府 in 政府间) does not end there."""
    ends, at = set(), 0
    for piece in part_of_speech(text):
        at += len(piece.word)
        ends.add(at)
    return frozenset(ends)


def _chinese_tokens(run: str) -> list[str]:
    return [t for t in segmenter().cut_for_search(run) if t.strip()]


def _stem(word: str) -> str:
    # Light English folding: plural -s only. Enough to meet "crimes" with "crime" in footnotes
    # and English documents without a stemming library's surprises on names.
    if len(word) > 4 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


def tokenize(text: str, *, keep_stopwords: bool = False) -> list[str]:
    """Tokens of `text` for lexical matching, lower-cased; symbols like e/cn.15/2018/12 whole."""
    text = fold_variants(text)
    tokens: list[str] = []
    pos = 0
    for m in SYMBOL_RE.finditer(text):
        tokens += _plain_tokens(text[pos:m.start()], keep_stopwords)
        tokens.append(m.group(0).rstrip(".").lower())
        pos = m.end()
    tokens += _plain_tokens(text[pos:], keep_stopwords)
    return tokens


def _plain_tokens(text: str, keep_stopwords: bool) -> list[str]:
    stop = stopwords()
    out: list[str] = []
    pos = 0
    for m in _CJK_RUN.finditer(text):
        out += _latin_tokens(text[pos:m.start()], stop, keep_stopwords)
        out += [t for t in _chinese_tokens(m.group(0)) if keep_stopwords or t not in stop]
        pos = m.end()
    out += _latin_tokens(text[pos:], stop, keep_stopwords)
    return out


def _latin_tokens(text: str, stop: frozenset[str], keep_stopwords: bool) -> list[str]:
    out = []
    for token in _LATIN_TOKEN.findall(text.lower()):
        if not keep_stopwords and token in stop:
            continue
        out.append(_stem(token) if token.isalpha() else token)
    return out


_INTERROGATIVE = re.compile(r"^(?:哪|何|几|好几|第几)|^.几$|什么|多少|"
                            r"^(?:有没有|是不是|能否|会不会|不会|有何)$")
"""Chinese question words that jieba keeps whole with what they ask about (哪一天, 几个, 第几个,
何时何地, 好几家, the 不会 of 会不会): they say what kind of answer is wanted, not what it is about. The
sub-words jieba also emits (一天, 项目 of 哪些项目) stay. Measured: one answerable question
("为什么发一封普通邮件就会牵涉好几家网络服务商？") is no longer refused for lack of 好几家 in the
passages; ranking unchanged but for one rank gained. Nor a verb jieba glues to 几 (开几 of
"打算开几届会")."""


# A request or a courtesy that opens a clause asks the reader, and is no topic: 请问, "能不能说明
# ……", "烦请告知该简称……具体指什么", "请简要介绍……", "我想知道……", 您好, 谢谢. (Not a bare
# 说明 or 介绍, which may be what is asked of: 说明会, "临时议程说明"; nor 麻烦 alone: 麻烦事.)
# ... nor asking to look it up: "劳驾查一下", "帮我找找".
_LOOK_UP_ZH = r"(?:帮(?:我|忙)?)?(?:问|查|看|找)(?:一下|查|看|找)"
REQUEST_ZH = re.compile(r"(?<![^，,。；;：:？?！!\s])(?:请问(?:一下)?|(?:劳驾|打扰一下|请教一下)"
                        r"(?:" + _LOOK_UP_ZH + r")?|帮(?:我|忙)(?:问|查|看|找)(?:一下|查|看|找)?|"
                        r"我想(?:知道|问|了解)(?:一下)?|"
                        r"(?:烦请|麻烦|请|能否|可否|能不能|可不可以|可以|你|您|能)+"
                        r"(?:简要|简单|具体|详细)?(?:告知|告诉我|说明|介绍|说说|讲讲|查查|查一下|"
                        r"问一下|解释|列出|列举|概述)(?:一下)?|"
                        r"烦请|麻烦(?:你|您)|您好|你好|(?:非常|十分)?(?:谢谢|感谢|多谢)(?:你|您)?)")


# The same in English: "could you kindly indicate how ...", "please explain", "I should be most
# grateful if you could explain why ...": the reader is asked, no topic is named. (Not "list" or
# "state", which may be topics: "the list of conduct", "Member States".)
REQUEST_EN = re.compile(
    r"\b(?:(?:could|would|can|will)\s+you(?:\s+be\s+able\s+to)?|I\s+(?:should|would)\s+be\s+"
    r"(?:most\s+|very\s+)?grateful\s+if\s+you\s+could|I\s+would\s+appreciate\s+it\s+if\s+you\s+"
    r"could)\s+(?:please\s+|kindly\s+)?"
    r"(?:indicate|explain|tell\s+(?:me|us)|describe|clarify|confirm|specify|let\s+(?:me|us)\s+"
    r"know|advise|outline|summari[sz]e|identify|point\s+out|check|provide|give\s+(?:me|us))\b|"
    r"\b(?:please|kindly)\b", re.I)


def content_terms(text: str) -> list[str]:
    """Distinct topic-bearing tokens of a question, in order (no single CJK characters, no
    question words)."""
    seen: dict[str, None] = {}
    asked: set[str] = set()
    # An affirmative-negative question (应不应该, 能不能, 可不可以, 是不是) asks yes or no: neither it
    # nor jieba's pieces of it (不应, 可不, 不是) are a topic. It is taken out before cutting, not
    # its pieces after: "能不能说明哪些罪行不能引渡" keeps the second clause's 不能. (What is left
    # of 应不应该, 该, is one character, no term.)
    topical = REQUEST_ZH.sub("，", REQUEST_EN.sub(" ", text))
    for token in tokenize(ASKS_EITHER_WAY.sub("，", topical)):
        if len(token) == 1 and not token.isascii():
            continue
        if not token.isascii() and _INTERROGATIVE.search(token):
            asked.add(token)
            continue
        seen.setdefault(token, None)
    return [t for t in seen if not _classified(t, seen) and not _asked_unit(t, text, asked)]


_ASKED_AFTER_WHAT = frozenset({"时候", "时间", "日期", "地方", "地点"})
"""The 时候 of 什么时候 ("when"), the 地方 of 什么地方 ("where"): jieba splits them off 什么, and
alone they read as a topic no document speaks of ("E/CN.15/2011/19 是什么时候印发的？")."""


# "开了多长时间？", "持续多久？": how long, which jieba cuts into 多长, 时间, 长时间.
_HOW_LONG = re.compile(r"多长\s*时间|多长|多久")


def _asked_unit(token: str, text: str, asked: set[str]) -> bool:
    """The 一年 of 哪一年, the 一段 of 哪一段: one of a unit, which the question word asks for
    ("which year"); not a topic, and a word the documents may never use. Nor the pieces of
    多长时间 ("how long")."""
    if token in _ASKED_AFTER_WHAT and re.search(r"什么\s*" + token, text):
        return True
    if any(token in m.group(0).replace(" ", "") for m in _HOW_LONG.finditer(text)):
        return True
    return (len(token) == 2 and token[0] == "一"
            and ("哪" + token in text or any(q.endswith(token) for q in asked))
            and [p.flag for p in part_of_speech(token[1])] in (["q"], ["m"], ["t"], ["n"]))


def _classified(token: str, terms: dict[str, None]) -> bool:
    """A measure word glued to a noun that is a term of its own (jieba's 份文件 of 哪份文件): the
    noun is the term. Kept whole, the pair is a word no document uses, which would make the
    question look as if it asked about something the corpus never mentions."""
    return (len(token) > 2 and token[1:] in terms
            and [p.flag for p in part_of_speech(token[0])] == ["q"])


def question_language(text: str) -> str:
    """"zh" when Chinese characters hold their own against Latin letters, else "en"."""
    cjk = sum(1 for c in text if "\u4e00" <= c <= "\u9fff")
    latin = sum(1 for c in text if c.isascii() and c.isalpha())
    return "zh" if cjk and cjk * 2 >= latin / 3 else "en"
