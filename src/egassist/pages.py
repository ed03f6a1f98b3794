"""Questions asking a cited work's page, volume, publisher or author, and whether a text gives
one.

The 2011 report's footnotes cite papers with their pages ("p. 9", "pp. 57 ff."), some without
("M. Simon and J. Slay, “Voice over IP: ...”, 为 2006 年 12 月 4 日……编拟的文件"): "第几页" asked
of one that gives none is not answered by the footnote, however well it matches the paper.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

# 第几页, 哪一页, 哪几页, 页码, 多少页; "which page", "what pages", "page number(s)", "on what page".
_ASKS_PAGE = re.compile(r"第几页|哪[一几]?页|页码|多少页|"
                        r"\b(?:which|what) pages?\b|\bpage numbers?\b", re.I)
# p. 9, pp. 57 ff., p.310, 第 6 页, 第 12 至 15 页, "page 9", "pages 12-15".
_PAGE = re.compile(r"(?<![A-Za-z])pp?\.\s*\d|第\s*\d+\s*(?:[-–至]\s*\d+\s*)?页|"
                   r"\bpages?\s+\d", re.I)


# A page is asked of a cited work: a paper, a book, an article, what a footnote cites. "Which page
# of E/CN.15/2018/12 discusses sanctions?" asks where, which a paragraph answers.
_CITED_WORK = re.compile(r"引用|引自|著作|论文|文章|文集|一书|书中|期刊|脚注|"
                         r"\b(?:cit(?:e|es|ed|ing|ation|ations)|articles?|papers?|books?|journal|proceedings|"
                         r"publications?|footnotes?)\b", re.I)
# ... or a work the page is asked of by its English title, as the documents cite it: "which page
# of Development Gateway's Special Report "Information Society — The Next Steps"", 《Electronic
# Evidence and Discovery》第几页. Not a title the page mentions ("Which page of the 2018 report
# mentions the "Budapest Convention"?"), nor a Chinese one (《布达佩斯公约》在报告的哪一页).
_NOT_OF = r"(?!(?:mentions?|discuss\w*|says?|said|states?|refers?|cites?|talks?|deals?|covers?|" \
          r"address\w*|describes?|names?)\b)"
# A work named by its English title, in quotes or book-title marks (“Child pornography”).
_LATIN_QUOTED = r"[《“\"][A-Za-z][^》”\"\u4e00-\u9fff]{3,}[》”\"]"
_TITLED_WORK = re.compile(_LATIN_QUOTED + r"[^，。？?]{0,20}?(?:第几页|哪[一几]?页|页码)|"
                          r"\bpages?\s+(?:of|in)\s+(?:" + _NOT_OF + r"[^\s?\"“]+\s+){0,8}?[\"“][A-Za-z]",
                          re.I)


def asks_page(question: str) -> bool:
    """Does the question ask for the page of a cited work?"""
    return bool(_ASKS_PAGE.search(question) and (_CITED_WORK.search(question)
                                                 or _TITLED_WORK.search(question)))


def states_page(text: str) -> bool:
    """Does the text give a page number?"""
    return bool(_PAGE.search(text))


# A journal's volume: 第几卷, 哪一卷, 卷号, "which volume", "volume number".
_ASKS_VOLUME_ZH = re.compile(r"第几卷|哪[一几]?卷|卷号|卷次")
# (In English only of a cited work: "What volume of data must providers retain?" asks no volume.)
_ASKS_VOLUME_EN = re.compile(r"\b(?:which|what) volume\b|\bvolume (?:number|no\.?)\b", re.I)
# vol. 33, Vol. 2, "volume 12", 第 2225 卷.
_VOLUME = re.compile(r"\bvol\.\s*\d|\bvolume\s+\d|第\s*\d+\s*卷", re.I)


def asks_volume(question: str) -> bool:
    """Does the question ask in which volume (of a journal, a series) a cited work appeared?"""
    return bool(_ASKS_VOLUME_ZH.search(question) or _ASKS_VOLUME_EN.search(question) and (
        _CITED_WORK.search(question) or _TITLED_WORK.search(question)))


def states_volume(text: str) -> bool:
    """Does the text give a volume number?"""
    return bool(_VOLUME.search(text))


# Who published a cited work: 出版社, 出版商, 哪家/哪个机构出版, "publisher", "who published".
# (Not any "publisher": "Did publishers attend?" asks no imprint.)
_ASKS_PUBLISHER = re.compile(r"出版社|出版商|出版者|出版方|出版单位|哪家[^，。？?]{0,6}出版|"
                             r"由谁出版|谁出版|\b(?:which|what) publishers?\b|\bpublishers? of\b|"
                             r"\bwho published\b|\bpublished by (?:whom|which|what)\b", re.I)
# A citation's imprint names its publisher: "(Oxford, Oxford University Press, 2007)",
# "(Strasbourg, Council of Europe, 1977)", 联合国出版物; "(n.p., 1971)" says there is none. (Read
# generously: a city and a state, "(Washington, D.C., 2003)", passes for one, and so does a city
# and year alone, "国际电信联盟, Understanding Cybercrime ... (Geneva, 2009)", whose author, a body,
# published it.)
_IMPRINT = re.compile(r"\((?!n\.\s?p\.)[^()]{2,80},\s*(?:19|20)\d\d\)|"
                      r"\b(?:Press|Publishing|Publishers?|publication)\b|出版社|出版物", re.I)


def asks_publisher(question: str) -> bool:
    """Does the question ask who published a cited work?"""
    return bool(_ASKS_PUBLISHER.search(question))


def states_publisher(text: str) -> bool:
    """Does the text name a publisher (a citation's imprint)?"""
    return bool(_IMPRINT.search(text))


# Who wrote a cited work: 作者, 谁写的, 撰写者, "author", "who wrote", "written by whom".
_ASKS_AUTHOR = re.compile(r"作者(?:是|为)?(?:谁|哪)|谁是[^，。？?]{0,10}作者|哪(?:位|个|些)作者|谁(?:撰)?写|"
                          r"(?:撰写|执笔)(?:者|人)是谁|\bwho (?:is|was|are|were) (?:the )?authors?\b|"
                          r"\bwho wrote\b|\bwritten by (?:whom|who)\b|\b(?:which|what) authors?\b",
                          re.I)
# A citation names its author before the title: "S. M. Giordano, “Electronic evidence ...”",
# "Freed, Materials and Cases ...", "Lange/Minster, Electronic Evidence ...", "M. Simon and J.
# Slay, “Voice over IP ...”", a body: "国际电信联盟, Understanding Cybercrime". A citation that
# opens with its title ("“Child pornography”, 为……编拟的主题文件") names none.
_NAME = r"(?:[A-Z]\.\s*)*[A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+)?"
_AUTHOR = re.compile(r"(?:^|[;；。:：]|见|参见|see)\s*(?:(?:" + _NAME + r"(?:\s*(?:/|and|&|和|、)\s*"
                     + _NAME + r")*|[\u4e00-\u9fff]{2,})\s*[,，]\s*(?:[“\"‘]|[A-Z])|"
                     # ... or as its owner: "Development Gateway’s Special Report".
                     r"[A-Z][\w-]+(?:\s[A-Z][\w-]+)*[’']s\s)")


def asks_author(question: str) -> bool:
    """Does the question ask who wrote a cited work (a paper, an article, a titled work; not
    "who wrote the 2018 report", which the documents' rapporteurs and secretariat did)?"""
    return bool(_ASKS_AUTHOR.search(question) and (_CITED_WORK.search(question)
                                                   or re.search(_LATIN_QUOTED, question)))


def states_author(text: str) -> bool:
    """Does the text cite a work by its author (a name before the title)?"""
    return bool(_AUTHOR.search(text))


@dataclass(frozen=True)
class CitationDetail:
    """A detail a question may ask of a cited work and its citation may not give."""

    asks: Callable[[str], bool]
    gives: Callable[[str], bool]
    name_en: str
    name_zh: str
    lacks_en: str
    """How a named place lacking it says so: "footnote 5 names no publisher"."""
    lacks_zh: str


# "Simon 和 Slay 那篇论文在第几页？" (footnote 15 cites it without a page), Gercke's article's
# volume (footnote 57: the journal and year only), Freed's publisher (footnote 5: "n.p."), the
# author of the Yokohama theme paper (footnote 12: its title alone).
CITATION_DETAILS = (
    CitationDetail(asks_page, states_page, "page number", "页码", "gives no page number",
                   "未给出页码"),
    CitationDetail(asks_volume, states_volume, "volume", "卷号", "gives no volume", "未给出卷号"),
    CitationDetail(asks_publisher, states_publisher, "publisher", "出版者", "names no publisher",
                   "未给出出版者"),
    CitationDetail(asks_author, states_author, "author", "作者", "names no author", "未给出作者"),
)

