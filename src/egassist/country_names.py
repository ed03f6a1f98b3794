"""Country names in English and Chinese, from pycountry's ISO 3166 names and their zh_CN
translation (no hand-kept list): what `countries` looks for in passages, and how an English
question's "Angola" is searched for in Chinese documents (安哥拉), which the word list lacks.
"""

from __future__ import annotations

import gettext
from functools import lru_cache

_FORMER_NAMES = {"Turkey": "türkiye"}
"""Names UN texts used until recently, by the ISO name that replaced them."""


@lru_cache(maxsize=1)
def iso_names() -> tuple[tuple[str, str], ...]:
    """(English, Chinese) for every ISO name of every country (short, official, common) and the
    former names UN texts still use, the English in UN word order ("Korea, Republic of" ->
    "Republic of Korea"); Chinese "" where the translation lacks one."""
    return tuple(pair for names in _names_by_country() for pair in names)


LONG_FORMS = ("联邦", "共和国", "王国")
"""What a country's long Chinese name adds to its short one (俄罗斯联邦, 大韩民国 is whole)."""


@lru_cache(maxsize=1)
def forms_of_country() -> dict[str, frozenset[str]]:
    """Any name of a country (English in lower case, or Chinese) -> all its names, English and
    Chinese: "美国" -> {美国, 美利坚合众国, United States, United States of America, ...}."""
    out: dict[str, frozenset[str]] = {}
    for names in _names_by_country():
        forms = frozenset(n for pair in names for n in pair if n)
        for english, chinese in names:
            out[english.lower()] = forms
            if chinese:
                out[chinese] = forms
    return out


@lru_cache(maxsize=1)
def _names_by_country() -> tuple[tuple[tuple[str, str], ...], ...]:
    import pycountry

    zh = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["zh_CN"],
                             fallback=True)
    countries: list[tuple[tuple[str, str], ...]] = []
    for country in pycountry.countries:
        pairs: list[tuple[str, str]] = []
        for field in ("name", "official_name", "common_name"):
            name = getattr(country, field, None)
            if not name:
                continue
            translated = zh.gettext(name)
            chinese = translated if translated != name else ""
            if ", " in name:
                head, tail = name.split(", ", 1)
                pairs.append((head, chinese))  # "Iran" of "Iran, Islamic Republic of"
                name = f"{tail} {head}"
                name = name[0].upper() + name[1:]
            pairs.append((name, chinese))
        current = {english.lower() for english, _ in pairs}
        chinese = next((c for _, c in pairs if c), "")
        pairs += [(former, chinese) for former, now in _FORMER_NAMES.items() if now in current]
        countries.append(tuple(pairs))
    return tuple(countries)


@lru_cache(maxsize=1)
def chinese_by_english() -> dict[str, tuple[str, ...]]:
    """Lower-case English country name -> its Chinese names."""
    out: dict[str, list[str]] = {}
    for english, chinese in iso_names():
        if chinese:
            out.setdefault(english.lower(), []).append(chinese)
    return {k: tuple(dict.fromkeys(v)) for k, v in out.items()}
