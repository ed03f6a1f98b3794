"""UN document symbols in running text: `E/CN.15/2018/12`, `A/AC.291/22/Rev.3`, `A/C.3/72/12`."""

from __future__ import annotations

import re

# A symbol is an organ (capital letters) then at least two more slash-separated parts, each a
# body (`CN.15`, `AC.291`, `EG.4`), a year or number, or a special part (`CRP.1`, `L.1`, `INF/1`,
# `Rev.3`, `Add.1`). Resolution numbers such as 65/230 start with a digit and are not symbols.
_PART = r"(?:[A-Z][A-Za-z]*\.?\d*[A-Za-z]?|\d{1,4}[A-Za-z]?)"
# Bounded by ASCII only: Chinese text runs straight into a symbol ("见A/C.3/72/12的附件"), and a
# Unicode \w would take the Chinese characters for part of a longer word.
BOUNDARY = r"A-Za-z0-9_"
SYMBOL_RE = re.compile(rf"(?<![{BOUNDARY}/.])[A-Z]{{1,6}}(?:/{_PART}){{2,}}(?![{BOUNDARY}/])")


def find_symbols(text: str) -> list[str]:
    """Every symbol mentioned in `text`, in order, without trailing punctuation."""
    return [m.group(0).rstrip(".") for m in SYMBOL_RE.finditer(text)]


def symbol_year(symbol: str) -> int | None:
    """The year a symbol's series numbers it in (E/CN.15/2011/19 -> 2011), or None when it has
    none (A/C.3/72/12 counts sessions, not years)."""
    if "/RES/" in symbol.upper():
        return None  # S/RES/1973 is a resolution's number
    m = re.search(r"(?<=/)(?:19|20)\d\d(?=/|$)", symbol)
    return int(m.group(0)) if m else None


def normalise_symbol(symbol: str) -> str:
    """Canonical comparison key: upper case, no spaces (people type `e/cn.15/2018/12`)."""
    return re.sub(r"\s+", "", symbol).upper()


_ANY_CASE_RE = re.compile(SYMBOL_RE.pattern, re.IGNORECASE)
TYPED_ORGANS = frozenset({"A", "E", "S", "T", "ST", "UNODC", "CTOC", "CAC", "DP", "TD", "UNEP",
                          "ECE", "ESCAP", "ECLAC", "ESCWA", "ECA", "CRC", "CCPR", "CAT", "CERD",
                          "CEDAW", "FCCC", "ICCD", "UNW", "CRPD"})
"""Organs whose symbols a delegate may type in lower case (`e/cn.15/2018/12`): enough to tell a
symbol from an "and/or/not" typed in a question."""


def find_typed_symbols(text: str) -> list[str]:
    """Symbols in a question as the user typed them: as in documents, and also in lower or mixed
    case when the organ is a UN one. Returned as typed (matching is case-insensitive)."""
    out = []
    for m in _ANY_CASE_RE.finditer(text):
        symbol = m.group(0).rstrip(".")
        if SYMBOL_RE.fullmatch(symbol) or symbol.split("/")[0].upper() in TYPED_ORGANS:
            out.append(symbol)
    return out


# A resolution's own symbol: A/RES/65/230 (General Assembly, session/number), E/RES/2010/18
# (Economic and Social Council, year/number), S/RES/2341 (Security Council, number [year]).
_RESOLUTION_SYMBOL = re.compile(r"([AES])/RES/(\d{1,4}(?:/\d{1,4})?)", re.IGNORECASE)


def resolution_of(symbol: str) -> tuple[str, str] | None:
    """The organ ("A", "E", "S") and number ("65/230") of a resolution's symbol; documents cite
    resolutions by number ("大会第 65/230 号决议"), almost never by symbol."""
    m = _RESOLUTION_SYMBOL.fullmatch(normalise_symbol(symbol))
    return (m.group(1).upper(), m.group(2)) if m else None


# A symbol's series says what kind of document it is, whatever title a list of documents gives
# it: UNODC/CCPCJ/EG.4/2017/CRP.1 is a conference room paper (会议室文件), listed as "秘书处关于……
# 的说明". UN symbol practice, not this corpus's: CRP is the conference room paper series.
_SERIES_KINDS = {"CRP": ("会议室文件",)}


def kinds_of(symbol: str) -> tuple[str, ...]:
    """What kind of document a symbol's series says it is, as the Chinese documents write it
    (会议室文件); () when its series says none. (An English list names the kind in its title.)"""
    return tuple(kind for part in symbol.split("/")
                 for kind in _SERIES_KINDS.get(re.sub(r"\.\d+$", "", part).upper(), ()))


# The kind of document a list names just before a symbol ("……第二次会议审议情况概要（UNODC/
# CCPCJ/EG.4/2017/3）" is a summary), with the English words a question may ask it by.
_KIND_WORDS = {
    "报告": ("report",), "概要": ("summary", "summaries"), "说明": ("note",),
    "议程": ("agenda",), "草案": ("draft",), "纲要": ("outline",), "汇编": ("compilation",),
    "决议": ("resolution",), "文件": ("paper", "document"),
}
_KIND_BEFORE = re.compile("(" + "|".join(_KIND_WORDS) + r")\s*[（(]\s*$")
# An annotated agenda is an agenda: "临时议程说明（UNODC/CCPCJ/EG.4/2020/1）".
_AGENDA_NOTE = re.compile(r"议程说明\s*[（(]\s*$")


def kind_before(text: str) -> str | None:
    """The kind of document `text` ends on, right before a symbol's bracket (概要 of "……审议情况
    概要（"); None when it ends on no such word."""
    if _AGENDA_NOTE.search(text):
        return "议程"
    m = _KIND_BEFORE.search(text)
    return m.group(1) if m else None


def kind_in(kind: str, asked: str) -> bool:
    """Does the phrase a question asks the symbol of (`symbol_asked_of`) name this kind, in
    Chinese or English?"""
    return kind in asked or any(re.search(r"\b" + word + r"\b", asked, re.I)
                                for word in _KIND_WORDS[kind])


def names_a_kind(asked: str) -> bool:
    """Does the phrase a question asks the symbol of name any kind of document?"""
    return any(kind_in(kind, asked) for kind in _KIND_WORDS)


# "……的文件编号是什么？", "文号为何", "What is the document symbol of ...", "under what symbol":
# the answer is a symbol. (Not "Which paragraph refers to A/C.3/72/12?": that one names it.)
# (Not 号召, "calls on": "哪个文件号召……"; nor the 什么 of 为什么, though of 作为什么 it is.)
_SYMBOL_WORD_ZH = r"(?:文件编号|文件号(?![召称])|文号|文件代号|文件符号)"
_ASKS_SYMBOL = re.compile(_SYMBOL_WORD_ZH + r"(?:是|为)?(?:什么|多少|何|哪)|"
                          # A question that is only the phrase: "委员会第二十届会议的临时议程文号"
                          # (`_symbol_asked`: with no question word of its own).
                          "(?P<bare>" + _SYMBOL_WORD_ZH + r"\s*[？?。]?\s*$)|"
                          r"(?:(?<!(?<!作)为)什么|哪个)" + _SYMBOL_WORD_ZH + "|"
                          # "援引了哪份报告（文号）": the symbol asked beside the document.
                          r"哪[份个项篇][^，。？?；;]{0,12}[（(](?:文件编号|文号)[）)]|"
                          # "指引读者参阅哪份文件的哪几段": the documents cite others by symbol.
                          r"(?P<cited>(?:参阅|参见|援引|引用|引述)了?哪[份个篇](?:文件|报告))|"
                          r"\b(?:what|which)(?:\s+is|'s|’s)?\s+(?:the\s+)?(?:[\w/.-]+\s+){0,3}?"
                          r"(?:document\s+)?symbol\b|\bsymbol\s+of\s+(?:the|its|that)\b|"
                          # ... "Which document number was assigned to ...", "What document
                          # number does ... carry" (not "under what document number", which
                          # may ask the number a passage cites beside what it refers to).
                          r"\b(?:what|which)\s+doc(?:ument)?\s+(?:number|no\.?)\s+(?:(?:was|is|"
                          r"were|are|has\s+been|had\s+been)\s+(?:assigned|given|allocated|"
                          r"attributed)\b|(?:does|do|did)\s+[^?]{1,80}?\s+(?:carry|have|bear)\b)|"
                          # A delegate's word for it: "what's the document number of ...".
                          r"\bdoc(?:ument)?\s+(?:number|no\.?)\s+(?:of|for)\b|"
                          # a delegate's shorthand: "doc symbol for the 2nd meeting report?"
                          r"\bdoc(?:ument)?\s+symbol\s+(?:of|for)\b|"
                          r"^\s*(?:the\s+)?symbol\s+(?:of|for)\b|"
                          # "which document and paragraphs does the paper refer to": the
                          # documents cite others by symbol (见 A/AC.261/…).
                          r"(?P<cited_en>\bwhich\s+(?:document|report)s?\b[^?]{0,80}?\b(?:refers?\s+to|"
                          r"referred\s+to|cites?|cited)\b)",
                          re.IGNORECASE)


_WHICH_DOCUMENT = re.compile(r"哪[份个项篇]([^，。？?；;（(]{1,12}?)[（(](?:文件编号|文号)[）)]")
_OF_EN = re.compile(r"\b(?:symbol|doc(?:ument)?\s+(?:number|no\.?))\s+(?:of|for)\s+"
                    r"(?:the\s+|its\s+|that\s+)?([^?,;]+)", re.I)
# ... or the document the question word's clause goes on to: "Under what symbol was the report of
# the third meeting issued?", "What symbol does the report of the third meeting carry?".
# "What symbol", "which document symbol", "what document number" (or "doc no."):
_WHICH_SYMBOL_EN = (r"\b(?:what|which)\s+"
                    r"(?:document\s+symbol|symbol|doc(?:ument)?\s+(?:number|no\.?))")
_CARRIED_EN = re.compile(_WHICH_SYMBOL_EN + r"\s+(?:was|is|were|are|will|"
                         r"did|does|do|has|had)\s+(?:be\s+)?(?:the\s+|its\s+|that\s+)?"
                         r"([^?,;]+?)\s+(?:be\s+)?(?:issued|circulated|published|distributed|"
                         r"released|carry|carried|have|bear|bore|given)\b", re.I)
# ... or the document it was given to: "Which document number was assigned to the Rapporteur's
# summary of ...?"
_ASSIGNED_EN = re.compile(_WHICH_SYMBOL_EN + r"\s+(?:was|is|were|are|has\s+been|had\s+been)\s+"
                          r"(?:assigned|given|allocated|attributed)\s+to\s+"
                          r"(?:the\s+|its\s+|that\s+)?([^?,;]+)", re.I)


# What ends the head of an English noun phrase: "report | of the third meeting", "paper |
# prepared by the Secretariat", "report | (Vienna, April 2017)".
_AFTER_HEAD_EN = re.compile(r"\s+(?:of|for|on|from|by|at|in|to|that|which|before|under|adopted|"
                            r"issued|held|prepared|submitted|circulated|received|considered|"
                            r"presented|distributed|published)\b|\s*[(（]|"
                            # ... or a relative clause without "that": "agenda the Group received".
                            r"\s+(?=(?:the|its|their|this)\s)", re.I)


# A question word: "为什么两份报告用了不同的文号？", "……哪些文件及其文号？" end on the word but ask
# something else of it.
_QUESTION_WORD_ZH = re.compile(r"什么|哪|何|谁|几|多少|怎|是否|有没有|[吗呢]")


def _symbol_asked(question: str) -> re.Match[str] | None:
    """Where the question asks for a symbol (`_ASKS_SYMBOL`), if it does."""
    m = _ASKS_SYMBOL.search(question)
    if m and m.group("bare") and _QUESTION_WORD_ZH.search(question):
        return None
    return m


def kind_asked_en(of: str) -> str:
    """The kind of document an English question asks the symbol of (`symbol_asked_of`): its head
    noun, the last word before what qualifies it ("report of the third meeting" -> report,
    "Secretariat's background paper" -> paper); "" for a word that names no kind (document,
    symbol)."""
    head = _AFTER_HEAD_EN.split(of, maxsplit=1)[0].split()
    word = re.sub(r"['’]s?$", "", head[-1]) if head else ""
    return "" if word.lower() in ("document", "documents", "symbol", "one") else word


def symbol_asked_of(question: str) -> str | None:
    """What a question asks the symbol of ("第一次专家组会议的概念/工作文件的文件编号是什么？" ->
    概念/工作文件, "the symbol of the Secretariat's background paper" -> "Secretariat's background
    paper"); "" when it does not say; None when it asks for no symbol."""
    if find_typed_symbols(question):
        return None
    m = _symbol_asked(question)
    if not m:
        return None
    if m.group("cited"):
        return ""  # the document cited is named by what it is cited for, not a title
    of = _OF_EN.search(question) or _ASSIGNED_EN.search(question) or _CARRIED_EN.search(question)
    if of:
        return of.group(1).strip()
    # "收到了哪份临时议程（文号）": the document is named after 哪份.
    beside = _WHICH_DOCUMENT.search(question)
    if beside:
        return beside.group(1).strip()
    if not re.search(r"[\u4e00-\u9fff]", question):
        return ""  # "Under what symbol was the letter circulated?"
    # ... or in the clause before: "……最后通过的会议报告，文号是什么？"
    before = next((piece for piece in reversed(re.split(r"[，。？?；;,：:]", question[: m.start()]))
                   if piece.strip()), "")
    # "……会议的报告以什么文件编号印发": 以 ("under") joins the document to the question word, as
    # 作为 does, after a copula too ("名单是以什么文件号印发的"); 该 ("that") points back to it.
    # (Not the 为 ending a word: 行为, 认为, 成为.)
    before = re.sub(r"(?<![行认成因称视较])(?:是|为)?(?:作为|以|用|按|被|是|为)$", "",
                    before.strip())
    # (Nor the 的 of 目的: "为犯罪目的使用信息和通信技术行为"; the 的 after 项目 still is.)
    after = re.split(r"(?<!(?<![项题条节栏数])目)的", before.rstrip("的"))[-1]
    return re.sub(r"^(?:该|此|这份|这个|本)", "", after.strip())


def asks_cited_document(question: str) -> bool:
    """Does the question ask which document is cited ("参阅哪份文件", "which document does the
    paper refer to")? Documents cite others by symbol or by title (《……》)."""
    m = _symbol_asked(question)
    return bool(m and (m.group("cited") or m.group("cited_en")))


def symbol_question_clause(question: str) -> str:
    """The clause of a question that asks for a symbol ("2017年4月会议的文件提到了……报告，该报告的
    文号是什么？" -> "该报告的文号是什么？"); the whole question when it asks none."""
    m = _symbol_asked(question)
    if not m:
        return question
    start = max((question.rfind(p, 0, m.start()) for p in "，,。；;"), default=-1) + 1
    ends = [i for i in (question.find(p, m.end()) for p in "，,。；;") if i >= 0]
    return question[start: min(ends) if ends else len(question)]


# Which documents: "第三次会议审议……时，面前会有哪些文件？", "What documents will the Expert
# Group have before it ...?", "哪份文件提到了 X？". The annotations' 文件 lists and the reports'
# lists of documents answer by symbol, as do the passages of a document citing X. Not what a
# symbol's document is ("X 是什么文件？", "X 是一份什么文件"), nor its symbol ("哪份文件的文号"),
# which `symbol_asked_of` reads.
_ASKS_DOCUMENTS = re.compile(r"(?<!是)(?<!是一份)(?<!是一个)(?:什么|哪份)(?:会议)?文件(?![编文号的])|"
                             r"(?:哪些|哪几份)(?:会议)?文件(?![编文号的])|文件(?:有|是)哪些|"
                             r"\b(?:which|what) documents?\b(?! is\b)", re.I)


def asks_documents(question: str) -> bool:
    """Does the question ask which documents (a meeting has, an item lists, say something)?"""
    return bool(_ASKS_DOCUMENTS.search(question)) and symbol_asked_of(question) is None


_LISTS_DOCUMENTS = re.compile(r"(?:下列|以下)(?:各份)?文件|\bthe following documents?\b", re.I)


def gives_documents(text: str) -> bool:
    """Does the text give a document by symbol, or open a list of documents ("专家组还收到下列
    文件：", whose items give their symbols)?"""
    return bool(find_symbols(text) or _LISTS_DOCUMENTS.search(text))


# What a named symbol's document is: "E/CN.15/2010/1 系何文件？", "……引用了 E/CN.15/2018/1，这个符号
# 指的是什么？", "UNODC/CCPCJ/EG.4/2017/3 这个文号对应的是哪份文件？", "... the symbol
# UNODC/CCPCJ/EG.4/2017/3 ...; what is that document?", "What document is E/CN.15/2018/1, as
# cited in ...?". Not what it says of something ("E/CN.15/2018/12 对气候变化有何论述？").
# (Right after the symbol, or in the clause after it pointing back: not "E/CN.15/2018/12 关于
# 气候变化的建议是什么？".)
_WHAT_IT_IS_ZH = re.compile(r"^\s*(?:号?文件|这份文件|一文)?\s*(?:究竟|到底)?(?:系|是|为|乃)(?:一份)?"
                            r"(?:何|什么|哪一?[份种类])(?:样的)?(?:文件|文书|报告)?\s*[？?]?\s*$|"
                            r"^[^，,。？?；;]{0,6}[，,]\s*(?:这个|该|此)(?:符号|文号|编号|文件)?"
                            r"(?:指的是|是指|指|代表|对应)(?:的是)?(?:什么|哪)|"
                            # (With no comma, the clause must end on what is asked: not "此文件
                            # 代表哪些国家的立场？".)
                            r"^\s*(?:这个|这一|该|此)(?:符号|文号|编号|文件)?(?:具体)?"
                            r"(?:指的是|是指|指|代表|对应)(?:的是|的(?:文件|文书|报告)是)?"
                            r"(?:什么|哪一?[份个种类]?)(?:文件|文书|报告)?\s*[？?]")
_WHAT_IT_IS_EN = re.compile(r"\bwhat\s+(?:is|was)\s+(?:that|this|the)\s+document\b|"
                            r"^\s*what\s+(?:document|report)\s+is\b|"
                            r"\bwhat\s+does\s+(?:that|this|the)\s+symbol\s+(?:refer|stand)\b", re.I)


def asks_what_symbol_is(question: str) -> bool:
    """Does a question naming a symbol ask only what that document is?"""
    symbols = list(SYMBOL_RE.finditer(question))
    if not symbols:
        return False
    after = question[symbols[-1].end():]
    return bool(_WHAT_IT_IS_ZH.search(after) or _WHAT_IT_IS_EN.search(question)
                or (_WHAT_IS_BEFORE_EN.fullmatch(question[:symbols[0].start()])
                    and _ABOUT_AFTER_EN.fullmatch(after)))


# "What is document UNODC/CCPCJ/EG.4/2017/CRP.1 about?", "What is E/CN.15/2018/1?": the symbol is
# all the question names.
_WHAT_IS_BEFORE_EN = re.compile(r"\s*what(?:\s+is|\s+was|['’]s)\s+(?:the\s+)?(?:document\s+)?",
                                re.I)
_ABOUT_AFTER_EN = re.compile(r"\s*(?:about)?\s*(?:,\s*(?:briefly|in short|in brief))?\s*[?？]?\s*",
                             re.I)
