"""Names in a question (places, people, events) that the corpus never mentions.

A question about Syria, the Malabo Convention or Mr. Guterres cannot be answered from documents
that never name them, however well its other words ("resolution", "convention", "cybercrime")
match. Coverage of key terms misses this: the name is one term among many. So a name that occurs
nowhere in the corpus, in any of the forms we can derive offline, is evidence on its own.

Names are found conservatively; a false "unknown" would refuse an answerable question:
- Chinese: words jieba's part-of-speech model tags as a person or place name.
- English: capitalised words inside the sentence that are not acronyms, whose own spelling the
  corpus lacks, that are not part of a glossary term, and that the dictionary knows (so it can say
  how the Chinese documents would write them) while none of its main renderings is in the corpus.
  A word the dictionary does not know is never called unknown: we cannot tell.
- English, whole: a glossary phrase written as a name ("the Office of the United Nations High
  Commissioner for Human Rights") whose renderings the corpus lacks, though each word is common.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .country_names import chinese_by_english, forms_of_country
from .glossary import (chinese_paraphrases, chinese_terms, dictionary_terms, english_glosses,
                       english_renderings, glossary)
from .meetings import MONTHS
from .tokens import REQUEST_ZH, fold_variants, part_of_speech, segmenter, stopwords

_NAME_TAGS = frozenset({"nr", "nrfg", "nrt", "ns"})
"""jieba tags for person names (nr, nrfg, nrt: transliterated) and place names (ns)."""

_CJK_WORD = re.compile(r"^[\u4e00-\u9fff]{2,}$")
# jieba joins a numeral to 各 and tags it a name ("附件二各是什么": 二各/nrt): a numeral with a
# distributive is no name.
_NUMERAL_WORD = re.compile(r"[一二三四五六七八九十百千两]+[各每个]|[各每][一二三四五六七八九十两]+")
# ... and tags some comparisons so ("实际发生量可能远高于报案数量": 远高于/nr): a comparison by
# 于 ("than"), after an adverb of degree or none, is no one's name.
_COMPARISON = re.compile(r"(?:远|略|稍|明显|更)*[高低多少大小超强弱]于")
_LATIN_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")

def prepare() -> None:
    """Load the part-of-speech model now (~0.7 s), so the first question does not wait for it."""
    part_of_speech("维也纳")


@lru_cache(maxsize=1)
def _glossary_words() -> frozenset[str]:
    return frozenset(w for phrase in glossary() for w in phrase.split())


_ORGANISATION_HEAD = re.compile(r"(?:研究所|研究院|组织|委员会|理事会|办公室|联盟|公司|银行|法院|法庭|"
                                r"大学|协会|论坛|议会|基金会?|署|局|部|院|所)$")
"""Head nouns that end a Chinese organisation's name. jieba's organisation tag (nt) alone is
too loose to call a name unknown (it tags 日程安排, "schedule"); with one of these heads the word
is an organisation's name (世界贸易组织, 国际电信联盟, 欧洲人权法院). Matched whole (研究所, not
所), so that taking it off leaves the name's own words (方案网 of 方案网研究所)."""

ORGANISATION_MIN_LENGTH = 5
"""Shorter organisation names are mostly abbreviations (经合组织, 安理会) whose full form
(经济合作与发展组织) the documents may use instead: we cannot tell, so they are not called unknown.
A company (微软公司) is not shortened so, and counts from four characters."""

_SELF_NOUNS = "天年月日次届周"
"""Measure words that are the noun asked for themselves (哪天, 哪一年)."""

# (哪 with the measure word of a thing, which jieba may keep as one word: 哪份东西, "which
# thing". A name after it stays a name: 哪份马拉博公约; jieba tags 东西 a place.)
_ASKING_THING = r"哪一?[份部项条本篇件张]"
_EVERYDAY_AFTER_ASKING = re.compile(r"东西|地方|地点|城市|国家")
_ASKING = re.compile(r"哪一?[个些家所座种类样]?|什么样?|何种?|何类|" + _ASKING_THING)

_UN_PREFIX = "联合国"
"""UN documents in Chinese often drop it: 联合国大会 is 大会 there."""


# A demonstrative and its measure word: "原文那串罪名" (that string of offences), 这批, 该份.
_THAT_ONE = re.compile(r"[这那该此某][串个些份条项段种位名批组套本篇句类]")


def chinese_names(question: str) -> list[str]:
    """Person, place and organisation names in a Chinese question, as jieba tags them; never a
    term of our glossary (jieba's dictionary tags some, such as 法律文书, as names)."""
    terms = _glossary_chinese()
    stop = stopwords()
    # A request or courtesy opening the question names no one (jieba tags 劳驾, "excuse me", a
    # person's name).
    pairs = list(part_of_speech(fold_variants(REQUEST_ZH.sub("，", question))))
    # The noun a question word asks for is a kind, not a name: 在哪个城市 asks for a city, and so
    # do 在哪座城市 and 哪一座城市 (jieba splits off the measure word: 哪 / 座 / 城市). One measure
    # word only, and not one that is the noun itself: in 哪天秘鲁代表发言, 秘鲁 is a name.
    asked = set()
    for i, pair in enumerate(pairs):
        if _ASKING.fullmatch(pair.word) and i + 1 < len(pairs):
            noun = pairs[i + 1]
            if noun.word == "的" and i + 2 < len(pairs):  # 什么样的权衡
                i, noun = i + 1, pairs[i + 2]
            if noun.flag in ("m", "q") and noun.word[-1] not in _SELF_NOUNS and i + 2 < len(pairs):
                noun = pairs[i + 2]
            if not re.fullmatch(_ASKING_THING, pair.word) or noun.flag not in _NAME_TAGS \
                    or _EVERYDAY_AFTER_ASKING.fullmatch(noun.word):
                asked.add(noun.word)
    # A postposition after a noun, then a verb, is no name: jieba tags the 中占比 of "损失总额中
    # 占比几何" ("what share of the total") a place (not 中美洲: 美洲 is a place).
    after_noun = {i for i, pair in enumerate(pairs)
                  if i and pairs[i - 1].flag.startswith("n") and pair.word[0] in "中里内"
                  and len(pair.word) > 2
                  and part_of_speech(pair.word[1:])[0].flag[:1] in ("v", "p")}
    return list(dict.fromkeys(
        pair.word for i, pair in enumerate(pairs)
        if pair.word not in asked and i not in after_noun and (pair.flag in _NAME_TAGS
            or (pair.flag == "nt" and _ORGANISATION_HEAD.search(pair.word)
                and (len(pair.word) >= ORGANISATION_MIN_LENGTH or pair.word.endswith("公司"))))
        and _CJK_WORD.match(pair.word) and not _NUMERAL_WORD.fullmatch(pair.word)
        and not _COMPARISON.fullmatch(pair.word)
        and pair.word not in terms
        and pair.word not in stop  # jieba tags 那本书 ("that book") a name
        and not _THAT_ONE.fullmatch(pair.word)  # ... and 那串 ("that string of") one too
        and not _common_noun(pair.word)
        and not (pair.flag.startswith("nr") and (_phrase_of_words(pair.word)
                                                 or _common_noun(pair.word, PERSON_SENSES)))))


COMMON_SENSES = 5
"""An English word the dictionary renders in this many Chinese ways is an everyday word."""

PERSON_SENSES = 3
"""... fewer, for a word jieba tags a person's name: people's names seldom have a gloss at all,
and 范畴 ("category", four ways) is no one."""


def _common_noun(word: str, senses: int = COMMON_SENSES) -> bool:
    """jieba tags some everyday words as places (避风港, "safe haven"): where every English gloss
    of the word is an everyday English word ("port"), it is no name. A name's glosses include its
    own name (阿富汗 -> afghanistan, 美国 -> america), which the dictionary renders one or two
    ways."""
    glosses = english_glosses(word)
    return bool(glosses) and all(len(dictionary_terms(g)) >= senses for g in glosses)


def _phrase_of_words(word: str) -> bool:
    """jieba's dictionary tags some phrases as person names (保持沉默, "keep silent"): a word
    that is two or more everyday words end to end, each with an English gloss (保持 + 沉默), is
    no one's name. A name's pieces are syllables the dictionary does not gloss (古 + 特雷斯).
    (Organisations are made of words, 世界 + 贸易 + 组织, and stay names.)"""
    pieces = {p for p in segmenter().cut_for_search(word) if len(p) > 1 and p != word
              and english_glosses(p)}
    # (After an adverb of mutuality: 相平衡, "balance against each other", is 相 + 平衡.)
    ends = {0, 1} if word[0] in "相互" else {0}
    for end in range(2, len(word) + 1):
        if any(end - len(p) in ends and word[end - len(p):end] == p for p in pieces):
            ends.add(end)
    return len(word) in ends


@lru_cache(maxsize=1)
def _glossary_chinese() -> frozenset[str]:
    return frozenset(chinese_terms())


def unknown_organisation_parts(question: str, vocabulary: set[str] | frozenset[str]) -> set[str]:
    """Sub-words that stand in a Chinese question only inside the name of an organisation the
    corpus never uses (联合国安全理事会 -> 联合国, 安全, 理事会).

    jieba's search mode also emits a long word's pieces, and those pieces are everyday corpus
    words; finding them scattered through a passage is no sign that it speaks of the Security
    Council. So they are not key terms of their own, unless the question also uses one as a word
    by itself. (The whole name is not called unknown: jieba's organisation tag is too loose for
    that, 日程安排 gets it, and 联合国大会 is written 大会 in the documents.)"""
    pairs = list(part_of_speech(fold_variants(question)))
    standalone = {pair.word for pair in pairs}
    absorbed: set[str] = set()
    for pair in pairs:
        if pair.flag != "nt" or pair.word in vocabulary or not _CJK_WORD.match(pair.word):
            continue
        absorbed.update(piece for piece in segmenter().cut_for_search(pair.word)
                        if piece != pair.word and piece not in standalone)
    return absorbed


_CALENDAR = frozenset(MONTHS) | frozenset(
    "monday tuesday wednesday thursday friday saturday sunday".split())


def english_names(question: str) -> list[str]:
    """Capitalised words inside an English question's sentences (not acronyms, not stopwords)."""
    out = []
    stop = stopwords()
    for m in _LATIN_WORD.finditer(question):
        word = m.group(0)
        before = question[:m.start()].rstrip()
        sentence_start = not before or before[-1] in ".?!:;\"“("
        if sentence_start or not word[0].isupper() or word.isupper():
            continue
        base = re.sub(r"['’]s$", "", word)
        if base.lower() in stop or sum(c.isupper() for c in base) > 1:
            continue  # "NGOs", "UNODC's": acronyms are spelt many ways; we cannot tell
        if base.lower() in _CALENDAR:
            continue  # "August 2021" is a date, which the documents write 2021 年 8 月
        out.append(base)
    return list(dict.fromkeys(out))


# Capitalised words in a row, "of" and "the" allowed between them ("Republic of the Congo"); not
# "and", which joins two names as often as one ("Syria and Angola").
_NAME_RUN = re.compile(r"[A-Z][\w'’-]*(?:\s+(?:(?:of|the)\s+)*[A-Z][\w'’-]*)*")
_POSSESSIVE = re.compile(r"['’]s$")


_FULL_NAME = re.compile(r"[A-Z][\w'’-]*(?:\.?\s+(?:(?:of|the)\s+)*[A-Z][\w'’-]*)+")


def names_quoted_from(question: str, corpus_text: str) -> list[str]:
    """Names of two or more capitalised words in an English question that the corpus writes
    letter for letter ("Christopher D. Ram", in Latin letters inside the Chinese text): the
    dictionary's renderings of their words (克里斯托弗, 公羊) are not how the corpus names them."""
    stop = stopwords()
    out = []
    for m in _FULL_NAME.finditer(question):
        words = [_POSSESSIVE.sub("", w) for w in m.group(0).split()]
        while words and words[0].lower() in stop:  # "Who is Mark Mershon?" -> "Mark Mershon"
            words.pop(0)
        name = " ".join(words)
        if len(words) >= 2 and re.sub(r"\s+", "", name) in corpus_text:
            out.append(name)
    return out


def whole_name(question: str, word: str) -> str:
    """The run of capitalised words around `word` in an English question, as written, to name
    what the corpus never mentions: "Islands" of "What did Solomon Islands propose?" is
    "Solomon Islands"."""
    stop = stopwords()
    for m in _NAME_RUN.finditer(question):
        words = [_POSSESSIVE.sub("", w) for w in m.group(0).split()]
        while words and words[0].lower() in stop:  # "Did Saint Lucia speak?"
            words.pop(0)
        if word in words:
            return " ".join(words)
    return word


@lru_cache(maxsize=2)
def _lowered(corpus_text: str) -> str:
    # Keyed by the searcher's one corpus string, whose hash Python keeps: lowered once, not per
    # question (it is the whole corpus).
    return corpus_text.lower()


def _country(rendering: str) -> str:
    """爱沙尼亚人 / 爱沙尼亚语 / 爱沙尼亚的 -> 爱沙尼亚: the dictionary renders a nationality
    ("Estonian") as its people, language or adjective, the documents name the country."""
    stem = rendering.removesuffix("的").removesuffix("人").removesuffix("语")
    return stem if len(stem) >= 2 else rendering


def _phrases(table: dict[str, tuple[str, ...]], flags: int = 0) -> re.Pattern:
    """The table's English phrases of two words or more as one pattern, the longest first."""
    phrases = sorted((p for p in table if " " in p), key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(map(re.escape, phrases)) + r")\b", flags)


@lru_cache(maxsize=1)
def _country_phrases() -> re.Pattern:
    return _phrases(chinese_by_english())


def _words_of_countries_named(question: str, corpus_text: str) -> set[str]:
    """The words of a country's name the question names whole and the corpus has ("the Russian
    Federation": 俄罗斯联邦): known, though the dictionary renders one alone otherwise
    ("Russian": 俄国人)."""
    table = chinese_by_english()
    return {word for m in _country_phrases().finditer(question.lower())
            if any(term in corpus_text for term in table[m.group(0)])
            for word in m.group(0).split()}


# Little words a title-cased name keeps in lower case ("Office of the ... for Human Rights").
_NAME_LINKS = frozenset({"of", "the", "for", "on", "and", "at", "in", "against"})


@lru_cache(maxsize=1)
def _glossary_name_pattern() -> re.Pattern:
    return _phrases(glossary(), re.I)


def _glossary_names(question: str) -> list[tuple[str, tuple[str, ...]]]:
    """Glossary phrases the question writes as a name, every word but the little ones
    capitalised ("the Office of the United Nations High Commissioner for Human Rights"), with
    their renderings. Each word of such a name is an everyday word the documents use (委员 for
    "Commissioner"), so only the whole name can show that they never name that body."""
    out = []
    for m in _glossary_name_pattern().finditer(question):
        words = m.group(0).split()
        if all(w[:1].isupper() or w in _NAME_LINKS for w in words) and words[0][:1].isupper() \
                and _BODY_EN.search(m.group(0)):
            out.append((m.group(0), glossary()[m.group(0).lower()]))
    return out


# A body's name ends in one of these ("... Office", "League of Arab States"); a concept written
# with capitals ("Child Sexual Abuse Material (CSAM)") is no name.
_BODY_EN = re.compile(r"\b(?:Office|Council|Organi[sz]ation|Institutes?|League|Association|"
                      r"Commission|Committee|Union|Nations|States|Agency|Court|Fund|Bank|Group)"
                      r"(?:\s+(?:of|for|on|against|and|the|[A-Z][\w-]*))*$")


@lru_cache(maxsize=1)
def _glossary_organisations() -> dict[str, tuple[str, ...]]:
    """Chinese organisation names of the glossary (东南亚国家联盟, 欧洲刑警组织), each with all the
    renderings of its entry."""
    out: dict[str, tuple[str, ...]] = {}
    for renderings in glossary().values():
        for term in renderings:
            if _ORGANISATION_HEAD.search(term) and len(term) >= ORGANISATION_MIN_LENGTH:
                out[term] = out.get(term, ()) + renderings
    return out


def _unknown_glossary_organisations(question: str, corpus_text: str) -> list[str]:
    """Organisations of the glossary the question names and the corpus never does: neither by
    any rendering of the entry nor by the name less its head (方案网 of 方案网研究所: the
    documents say 方案网的一个研究机构). chinese_names skips glossary terms, which jieba tags
    loosely; these are names all the same."""
    return [name for name, renderings in _glossary_organisations().items()
            if name in question and not _named_by_any(renderings, corpus_text)]


def _named_by_any(renderings: tuple[str, ...], corpus_text: str) -> bool:
    """Does the corpus name the body by one of its renderings, or by one less its head word?"""
    for term in renderings:
        stem = _ORGANISATION_HEAD.sub("", term).removeprefix(_UN_PREFIX)
        if term in corpus_text or (len(stem) >= 2 and stem in corpus_text):
            return True
    return False


# A name a Chinese question glosses in English in brackets: "互联网治理论坛（IGF）",
# "分布式拒绝服务（DDoS）". Not a piece of a symbol.
_GLOSSED = re.compile(r"([\u4e00-\u9fff]{2,})\s*[（(]\s*([A-Za-z][A-Za-z'’. -]*[A-Za-z])\s*[)）]")


def unknown_glossed_names(question: str, corpus_text: str, corpus_words: frozenset[str],
                          spelled: frozenset[str]) -> list[str]:
    """Names a Chinese question writes in Chinese and glosses in English ("互联网治理论坛（IGF）")
    when the documents have neither: not the Chinese (nor its end: the name is the last words
    before the bracket, "这些文件有没有提到互联网治理论坛"), not the English words (`corpus_words`:
    their citations' English), not its initials spelled out (`spelled`), not a Chinese rendering
    of it (ISP: 互联网服务提供商).

    Both are asked, for either alone may be a paraphrase or an initialism the documents put
    another way: "IoT" is 物联网 to them, "NGO" 非政府组织, which no list of ours renders."""
    unknown = []
    for m in _GLOSSED.finditer(question):
        chinese, english = m.group(1), m.group(2)
        # (Four characters at least when it has them: a three-character end is often a common
        # head, the 工作组 of 金融行动特别工作组.)
        if any(chinese[-n:] in corpus_text for n in range(min(4, len(chinese)), len(chinese) + 1)):
            continue
        words = [w.lower() for w in re.findall(r"[A-Za-z]+", english)]
        if all(w in corpus_words for w in words) or "".join(words) in spelled:
            continue
        # (A plural initialism is its initials: ISPs.)
        key = english[:-1] if re.fullmatch(r"[A-Z]{2,}s", english) else english
        if _rendered_in(_renderings(key.lower()), corpus_text):
            continue
        unknown.append(english)
    return list(dict.fromkeys(unknown))


def unknown_names(question: str, language: str, corpus_text: str,
                  english_documents: bool = False) -> list[str]:
    """Names in the question that `corpus_text` (all passages, whitespace removed) never has.

    With English documents in the corpus, a Chinese name also counts as mentioned when its English
    gloss is there (阿富汗 / Afghanistan); a name with no known gloss is then never called unknown.
    """
    lowered = _lowered(corpus_text)
    if language == "zh":
        unknown = [] if english_documents else _unknown_glossary_organisations(question,
                                                                                corpus_text)
        for name in chinese_names(question):
            if name in corpus_text or name.removeprefix(_UN_PREFIX) in corpus_text:
                continue
            # A country's national (泰国人, "a Thai") is there where the country is.
            if name.endswith("人") and len(name) > 2 and name[:-1] in corpus_text:
                continue
            # A word the documents put their own way is no name they lack (嘉宾: 主讲人).
            if any(other in corpus_text for other in chinese_paraphrases(name)):
                continue
            if english_documents:
                glosses = [re.sub(r"\s+", "", g) for g in english_glosses(name)]
                if not glosses or any(g in lowered for g in glosses):
                    continue
            unknown.append(name)
        if english_documents:
            # A title the glossary renders that English documents never write, in either
            # language: 《联合国反腐败公约》 ("United Nations Convention against Corruption").
            # (chinese_names skips glossary terms, which jieba tags loosely.)
            for title in _TITLE.findall(question):
                renderings = english_renderings(title, 0)
                if renderings and title not in corpus_text and not any(
                        re.sub(r"\s+", "", r) in lowered for r in renderings):
                    unknown.append(title)
        return unknown
    known_words = _glossary_words()
    entries = glossary()
    country_words = _words_of_countries_named(question, corpus_text)
    unknown = [name for name, renderings in _glossary_names(question)
               if not _named_by_any(renderings, corpus_text)
               and re.sub(r"\s+", "", name.lower()) not in lowered]
    for name in english_names(question):
        word = name.lower()
        if word in country_words:
            continue
        # A word of a glossary phrase ("Hoc") says nothing alone; a name the glossary renders by
        # itself ("Europol": 欧洲刑警组织) is looked up like the dictionary's.
        if word in lowered or (word in known_words and word not in entries):
            continue
        renderings = _renderings(word)
        if not renderings or _rendered_in(renderings, corpus_text):
            continue
        # A national ("Which Chinese panellist ...?") is there where English documents name the
        # country ("Xu Peixi (China)").
        # (The name whole at its end: Niger is not in "Nigeria", nor India in "Indiana". The
        # corpus string has no spaces, so no word boundary before it.)
        if english_documents and any(
                re.search(re.escape(re.sub(r"\s+", "", form.lower())) + r"(?![a-z])", lowered)
                for term in renderings[:3] for form in forms_of_country().get(_country(term), ())
                if form.isascii()):
            continue
        unknown.append(name)
    return unknown


# (An instrument's: 《刑法》 is any State's criminal law, which English writes in lower case.)
_TITLE = re.compile(r"《([^《》]{0,38}(?:公约|宣言|议定书|条约|协定|宪章))》")


def _renderings(word: str) -> tuple[str, ...]:
    """The Chinese an English word (lower case) is rendered by: the glossary's, the country
    names', the dictionary's."""
    return glossary().get(word, ()) + chinese_by_english().get(word, ()) + \
        tuple(dictionary_terms(word))


def _rendered_in(renderings: tuple[str, ...], corpus_text: str) -> bool:
    """Does the corpus write one of a word's first three renderings (a country's by its stem)?"""
    return any(term in corpus_text or _country(term) in corpus_text for term in renderings[:3])
