"""Questions asking on which page a cited work says something, and whether a text gives a page.

The 2011 report's footnotes cite papers with their pages ("p. 9", "pp. 57 ff."), some without
("M. Simon and J. Slay, “Voice over IP: ...”, 为 2006 年 12 月 4 日……编拟的文件"): "第几页" asked
of one that gives none is not answered by the footnote, however well it matches the paper.
"""

from __future__ import annotations

import re

# 第几页, 哪一页, 哪几页, 页码, 多少页; "which page", "what pages", "page number(s)", "on what page".
_ASKS_PAGE = re.compile(r"第几页|哪[一几]?页|页码|多少页|"
                        r"\b(?:which|what) pages?\b|\bpage numbers?\b", re.I)
# p. 9, pp. 57 ff., p.310, 第 6 页, 第 12 至 15 页, "page 9", "pages 12-15".
_PAGE = re.compile(r"(?<![A-Za-z])pp?\.\s*\d|第\s*\d+\s*(?:[-–至]\s*\d+\s*)?页|"
                   r"\bpages?\s+\d", re.I)


# A page is asked of a cited work: a paper, a book, an article, what a footnote cites. "Which page
# of E/CN.15/2018/12 discusses sanctions?" asks where, which a paragraph answers.
# A work named by its title in quotes or book-title marks is one too ("Development Gateway's
# Special Report "Information Society — The Next Steps"", 《Electronic Evidence and Discovery》).
_CITED_WORK = re.compile(r"引用|引自|著作|论文|文章|文集|一书|书中|期刊|脚注|《[^》]{2,}》|"
                         r"“[^”]{6,}”|\"[^\"]{6,}\"|"
                         r"\b(?:cit(?:e|es|ed|ing|ation|ations)|articles?|papers?|books?|journal|proceedings|"
                         r"publications?|footnotes?)\b", re.I)


def asks_page(question: str) -> bool:
    """Does the question ask for the page of a cited work?"""
    return bool(_ASKS_PAGE.search(question) and _CITED_WORK.search(question))


def states_page(text: str) -> bool:
    """Does the text give a page number?"""
    return bool(_PAGE.search(text))
