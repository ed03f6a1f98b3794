"""A delegate's shorthand: abbreviations the documents spell out ("mtg", "MS"), and a question
that opens with what it asks for ("number of States that attended?", "panellists at the fifth
meeting?"), which asks it only when no question word follows: "proportion of resources allocated
to which region?" asks which region."""

import re
from collections.abc import Callable

from .glossary import glossary, translate_english
from .tokens import question_language, stopwords

NO_QUESTION_WORD_AFTER = r"(?![^?？]*\b(?:what|which|who|whom|whose|when|where|why|how)\b)"
"""A lookahead for the end of such an opening."""


# Abbreviations a delegate types for what the documents spell out. The capitalised ones only in
# capitals ("MS", not "Ms"), and none inside a symbol (A/RES/..., .../GA/...).
_NOT_IN_SYMBOL = r"(?<![/.\w])({})(?![/\w]|\.\w)"
_ABBREVIATIONS = [
    (re.compile(_NOT_IN_SYMBOL.format(r"mtgs"), re.I), "meetings"),
    (re.compile(_NOT_IN_SYMBOL.format(r"mtg"), re.I), "meeting"),
    (re.compile(_NOT_IN_SYMBOL.format(r"MSs?")), "Member States"),
    (re.compile(_NOT_IN_SYMBOL.format(r"GA")), "General Assembly"),
    (re.compile(_NOT_IN_SYMBOL.format(r"SG")), "Secretary-General"),
    (re.compile(_NOT_IN_SYMBOL.format(r"gov'?ts"), re.I), "governments"),
    (re.compile(_NOT_IN_SYMBOL.format(r"gov'?t"), re.I), "government"),
    (re.compile(_NOT_IN_SYMBOL.format(r"intl"), re.I), "international"),
    # "tech assistance" is technical assistance; "tech change", "tech firms" technology.
    (re.compile(_NOT_IN_SYMBOL.format(r"tech") + r"(?=\s+(?:assistance|support|experts?|"
                r"cooperation|help|training)\b)", re.I), "technical"),
    (re.compile(_NOT_IN_SYMBOL.format(r"tech"), re.I), "technology"),
    (re.compile(_NOT_IN_SYMBOL.format(r"info"), re.I), "information"),
    # "fn 14": a footnote by its number, which the place reader then finds.
    (re.compile(r"(?<![/.\w])fn\.?\s*(?=\d)", re.I), "footnote "),
]


# "EG 4th meeting report symbol?": the symbol of what comes before it, a noun phrase: no question
# word, no verb opening a yes-or-no question or a request ("Does the report have a symbol?",
# "Give the symbol"), no article before "symbol" ("cited as a symbol").
_SYMBOL_LAST = re.compile(r"^" + NO_QUESTION_WORD_AFTER +
                          r"(?!\s*(?:does|do|did|is|was|are|were|has|have|had|can|could|will|would|"
                          r"should|give|list|show|tell|find|name)\b)"
                          r"\s*(?P<of>[^?？]+?)(?<!\ba)(?<!\bthe)(?<!\bits)[\s:：,–—-]+"
                          r"(?:doc(?:ument)?\s+)?symbol\s*[?？]*\s*$", re.I)


# A delegate's spoken Chinese: "四次会" for 第四次会议, "18年" for 2018年, "到会" for 出席. Read only
# where nothing says otherwise: not the count of "开了三次会", "前三次会", "一年一次会"; not the span
# of "过去18年", "未来10年", "判处10年", "有20年历史", nor either end of a range ("18、19年"),
# so a year only before what dates an event (a month, a meeting, 底, 的会); not the 到会 of
# "提到会员国", "直到会议".
_ORDINAL_NUMBER = r"(?:[一二三四五六七八九]|十[一二三四五六七八九]?|[二三四五六七八九]十[一二三四五六七八九]?)"
_MEETING_SPOKEN = re.compile(r"(?<![第\d一二三四五六七八九十了开过共办前这近头每已行最再几])"
                             r"(?<!年(?=一))"
                             rf"({_ORDINAL_NUMBER})次会(?![议谈晤见])")
# A decade in words, as the documents write it in figures: "（二十世纪 / 上世纪）六十年代" is
# "1960 年代" (the 2011 study's "在 1960 年代"), "the 1960s" in English ones. (Not a decade of
# another century, 二十一世纪二十年代, 十九世纪六十年代, 本世纪二十年代; nor years, 近二十年, whose
# 年 runs on into 代表, 代价.)
_DECADE_SPOKEN = re.compile(r"(?:二十世纪|20\s*世纪|上个?世纪|(?<!世纪)(?<![近去前后最这多余几第]))"
                            r"([一二三四五六七八九])十年代(?![表价])")
_DIGIT = dict(zip("一二三四五六七八九", "123456789"))
_YEAR_SPOKEN = re.compile(r"(?<![\d、,，/.\-–~～至到])([12]\d)年"
                          r"(?=\s*(?:\d{1,2}\s*月|[一二三四五六七八九十]{1,2}月|[上下]半年|底|初|年底|"
                          r"专家组|特设委员会|委员会|会议|的会|的专家组|那次|开的|举行|召开|第|"
                          r"[一二三四五六七八九十]{1,2}次会))")
_ATTENDED_SPOKEN = re.compile(r"(?<![提谈考虑收得直达来回遇看说想受感做办找拿等走送带])到会(?![员议])")
# "第一次专家组会", "那次专家组会": a meeting, after an ordinal or a demonstrative only (the 会 of
# "专家组会讨论" is "will").
_GROUP_MEETING_SPOKEN = re.compile(r"((?:第[一二三四五六七八九十\d]+次|[那这上首]次|头一次)\s*专家组会)"
                                   r"(?![议谈晤见员])")
# Spoken words for what the documents (and the question readers) write otherwise: 啥 for 什么,
# 哪儿 for 哪里, 往后推 for 推迟, "派人来了" for 出席.
_SPOKEN_WORDS = [
    (re.compile(r"为啥"), "为什么"),
    # 干嘛 before what is done asks why ("干嘛要推迟"); at a clause's end, what ("都干些啥").
    (re.compile(r"干[啥嘛](?=要|非要|把|不|还|老|总|这么|那么)"), "为什么"),
    (re.compile(r"干[啥嘛]"), "做什么"),
    (re.compile(r"啥"), "什么"),
    (re.compile(r"哪儿"), "哪里"),
    (re.compile(r"咋(?=样)"), "怎"),
    (re.compile(r"咋"), "怎么"),
    # (Not 往后推迟, already written so, nor 类推 + 后续.)
    (re.compile(r"往后推(?!迟)|(?<!类)推后(?![续来])|延后"), "推迟"),
    # (Not "派代表出席", written Chinese, which an English report says as "represented"; nor a
    # word holding 派人: 指派人员, 特派人员, 委派人, 派人数, 学派人士.)
    (re.compile(r"(?<![指委特分选调外差学流帮])派了?人(?![员士数手物])(?:来|参加|出席)?了?"),
     "出席"),
    # 全会 is a plenary, 全体会议 (not the 全会 of 安全会议, 完全会, 健全会计, 全会员国, 保全会话:
    # read in questions only); so is 全体会 where it ends a phrase ("能开几次全体会？", "全体会上"),
    # not before what makes it 全体 + another word (全体会员国, 全体会面, the "will" of 全体会出席).
    (re.compile(r"(?<![安完健保])全会(?![议谈同计员场话])"), "全体会议"),
    (re.compile(r"全体会(?=[上中后前，,。？?；;、\s]|期间|$)"), "全体会议"),
    # 特委会 is the press's 特设委员会 (the Ad Hoc Committee).
    (re.compile(r"特委会"), "特设委员会"),
    # 关基 is a practitioner's 关键信息基础设施 (critical information infrastructure).
    (re.compile(r"关基(?![金础因])"), "关键信息基础设施"),
]


# A formal, classical-flavoured register ("敢问计有几多会员国派员与会？", "……一文乃系何种文件",
# "所作之发言"), read as the plain Chinese the rules and the documents' words are: its particles
# (之, 系, 乃) and courtesies are words no passage holds, and jieba cuts them into compounds
# (问计, 乃系, 系于) that stood as key terms the corpus never uses.
_FORMAL_WORDS = [
    # Courtesies that frame the question: a letter's salutation, "pray tell me".
    (re.compile(r"敬启者[：:，,]?|(?:谨|敬)?请赐教[。．.！!]?|(?:谨|敬)此(?:奉询|请教)[。，,]?"), ""),
    (re.compile(r"敢问|谨问|(?<!测)试问"), "请问"),
    # 凡几 / 几多 ask how many; 计有 is 共有 (not 统计有, 设计有, 估计有, 合计有, 会计有).
    (re.compile(r"凡几|几多|几许"), "多少"),
    # "出席之会员国，其数几何？" asks how many States attended: the count of what the clause
    # before names (not 几何学, geometry).
    # (The count or the sum of what it names: "平均损失，其数额几何" asks the average loss.)
    (re.compile(r"之数[，,]\s*其?数目?(?:为|是)?几何"), "的数目是多少"),
    (re.compile(r"[，,]\s*其?(?:数目|数|金额|数额|人数|总数|总额)(?:为|是)?几何"), "是多少"),
    # (Only where it ends a clause: not 几何倍数, 曾几何时, 几何平均数.)
    (re.compile(r"(?<!曾)几何(?=\s*(?:[？?。，,；;！!]|$))"), "多少"),
    # 何 as which (not 任何, 如何, 为何, 几何, 奈何), not the 何 before a word (何人权, 何人员,
    # 何国际法, 何处理, 何地位): 何人 who, 何国 which country, 何处 where.
    (re.compile(r"(?<![任如为几奈])何人(?![权员士才力])"), "谁"),
    (re.compile(r"(?<![任如为几奈])何国(?![际内])"), "哪国"),
    (re.compile(r"(?<![任如为几奈])何(?:处(?![理分置罚])|地(?![位区方步]))"), "哪里"),
    (re.compile(r"(?<![统设估合会共预累审总伙算])计有"), "共有"),
    # The copula 系 / 乃 (not 关系, 体系, 联系, 系统, 系列, 派系, 维系, 乃至).
    (re.compile(r"乃系|乃是|(?<![关体联派维直母])系(?:为|(?=[于何如作由在指]))|乃(?=[于何])"), "是"),
    (re.compile(r"又系(?![统列])"), "又是"),
    # "……说明一文" is the document itself.
    (re.compile(r"一文(?=[系乃是之中所的，,])"), ""),
    (re.compile(r"作何(?:释义|解释)"), "如何解释"),
    # 作何 before what is done with a thing asks what: "作何用途" (jieba reads 何用途 as a surname
    # and a name). Only these nouns: not 工作何日, 合作何去何从, 何必, 何故; nor 有何, which jieba
    # keeps whole.
    (re.compile(r"(?<=作)(?<![工合协运操创写动]作)何(?=用途|用处|安排|回应|反应|评价|考虑|打算|"
                r"决定|结论|说明|修改|调整)"), "什么"),
    (re.compile(r"何以(?=[^\s，,。？?]{0,3}(?:延期|推迟|改|未|不|没|要|须|需|会|将|取消))"), "为什么"),
    (re.compile(r"派员(?:与会|出席|参加)"), "出席"),
    (re.compile(r"(?<=出席)情形"), "情况"),
    # 之 between words is 的, but not in the words that hold it (之间, 之前, 三分之一, 总之, 与之,
    # 使之, 为之, 当务之急, 之初, 之日起, 之列 ...).
    (re.compile(r"(?<=[\u4e00-\u9fff])(?<![分总反随加换久言与使为务])之"
                r"(?=[\u4e00-\u9fff])"
                r"(?!间|前|后|一|二|三|外|中|内|下|上|际|所以|类|时|余|处|至|初|日|列|急|"
                r"間|後|際|類|時|餘|處)"),
     "的"),
]


# Written Cantonese, as Hong Kong readers type it ("2018年嘅建议……入面有冇包括……？"), read as
# the written Chinese of the documents: its particles (嘅, 咗, 啲) and question words (边个, 点解,
# 有冇) are words no passage holds. (After simplification: 邊 is 边, whose Mandarin words 旁边,
# 一边, 边境 are left alone.)
_CANTONESE_WORDS = [
    (re.compile(r"做[咩乜]"), "为什么"),
    (re.compile(r"乜嘢|咩(?:嘢)?"), "什么"),
    (re.compile(r"(?<![旁这那一两左右东西南北外里上下前后身半周海沿无多双])边"
                r"(?=几|一[个间份条项次届位类种年日天])"), "哪"),
    (re.compile(r"有冇"), "有没有"),
    (re.compile(r"冇"), "没有"),
    (re.compile(r"系咪"), "是不是"),
    (re.compile(r"唔系"), "不是"),
    (re.compile(r"佢哋"), "他们"),
    (re.compile(r"佢"), "他"),
    (re.compile(r"嘅"), "的"),
    (re.compile(r"喺"), "在"),
    (re.compile(r"咗"), "了"),
    (re.compile(r"啲"), "些"),
    (re.compile(r"唔该(?:晒|你)?[，,。！!]?"), ""),  # "please", "thank you"
    (re.compile(r"唔"), "不"),
    (re.compile(r"嘢"), "东西"),
]
# Written Cantonese words whose characters also spell Mandarin words (重点解决, 纳入面向, 一边处理,
# 海边度假, 周边个别): read only in a question that has a character only Cantonese writes.
_CANTONESE_ONLY = re.compile(r"[嘅咗啲冇佢喺嘢咩乜唔哋]")
_CANTONESE_AMBIGUOUS = [
    (re.compile(r"点解"), "为什么"),
    (re.compile(r"点样"), "怎样"),
    (re.compile(r"边个"), "谁"),
    (re.compile(r"边度|边处"), "哪里"),
    (re.compile(r"入面"), "里面"),
]


def expand_spoken_chinese(question: str) -> str:
    """"18年专家组四次会有多少个会员国到会？" as the documents write it: 2018年, 第四次会议, 出席;
    "第一次专家组会是啥时候在哪儿开的？" as 第一次专家组会议, 什么时候, 哪里.
    The short forms matched neither the meeting nor the year, and the count rule found no
    passage about them. (The corpus never writes them: only questions are read so.) A formal
    register first: "敢问计有几多会员国派员与会？" as 请问共有多少会员国出席？"""
    cantonese = _CANTONESE_AMBIGUOUS if _CANTONESE_ONLY.search(question) else []
    for pattern, written in (*cantonese, *_CANTONESE_WORDS, *_FORMAL_WORDS, *_SPOKEN_WORDS):
        question = pattern.sub(written, question)
    # (The 会 of "专家组会不会讨论……" asks whether it will: the meeting's 会议, then that 会.)
    question = _GROUP_MEETING_SPOKEN.sub(
        lambda m: m.group(1) + ("议会" if question.startswith("不会", m.end()) else "议"), question)
    question = _MEETING_SPOKEN.sub(r"第\1次会议", question)
    question = _ATTENDED_SPOKEN.sub("出席", question)
    question = _DECADE_SPOKEN.sub(lambda m: f"19{_DIGIT[m.group(1)]}0 年代", question)
    return _YEAR_SPOKEN.sub(r"20\1年", question)


# A delegate's initialism typed into a Chinese question ("EG 第六次会议", "AHC 第一届会议", "MSs"),
# not a piece of a symbol (UNODC/CCPCJ/EG.4/2017/1). Only these, the bodies, instruments and terms
# of the documents: any capitalised word the glossary knows would be too many ("CAP" is 上限).
_INITIALISMS = {"EG": "expert group", "IEG": "ieg", "AHC": "ahc", "GA": "general assembly",
                "MS": "member states", "SG": "secretary-general", "UNODC": "unodc",
                "CCPCJ": "commission on crime prevention and criminal justice",
                "ECOSOC": "ecosoc", "UNTOC": "untoc", "UNCAC": "uncac", "OEWG": "oewg",
                "ITU": "itu", "MLA": "mla", "ICT": "ict", "NGO": "ngo",
                # A practitioner's: critical information infrastructure, a public wireless network.
                "CII": "cii", "WiFi": "wifi", "Wi-Fi": "wifi", "WIFI": "wifi"}
_INITIALISM = re.compile(r"(?<![A-Za-z/.\d])(" + "|".join(sorted(_INITIALISMS, key=len,
                                                                  reverse=True))
                         + r")s?(?![A-Za-z/\d]|\.\d)")


def _initialisms_in_chinese(question: str) -> str:
    """"EG 第六次会议的议程项目" as the Chinese documents write it (专家组 第六次会议): in a
    Chinese question an initialism stood as a key term no passage holds. (Not in an English
    question with a Chinese word in it: "Which EG meeting 在2018年 ...".)"""
    if question_language(question) != "zh":
        return question
    table = glossary()

    def chinese(m: re.Match) -> str:
        terms = table.get(_INITIALISMS[m.group(1)])
        return terms[0] if terms else m.group(0)

    return _INITIALISM.sub(chinese, question)


# A run of lower-case English words inside a Chinese question ("传一封普通的 email 需要经过哪几类
# service provider？"): capitalised words are names ("Vadim Sushchik"), written in Latin letters in
# the Chinese documents too, and upper-case ones initialisms (above).
# Not words of a title or a name: after a capitalised word ("Electronic evidence and the law"),
# or inside book-title marks or quotation marks (《……》, “……”); nor a tag ("[bold]", "<b>"),
# which is text typed as it is, not a word asked about.
_LOWER_RUN = re.compile(r"(?<![A-Za-z/.\d\[<-])[a-z][a-z-]*(?:\s+[a-z][a-z-]*)*(?![A-Za-z/.\d\]>])")
_LATIN_RUN = re.compile(r"(?<![A-Za-z/.\d\[<-])[A-Za-z][A-Za-z-]*(?:\s+[A-Za-z][A-Za-z-]*)*"
                        r"(?![A-Za-z/.\d\]>])")
_AFTER_CAPITALISED = re.compile(r"[A-Z][\w'’-]*\s+$")
_TITLED = re.compile(r"《[^》]*》|“[^”]*”|\"[^\"]*\"")


def english_words_in_chinese(question: str, known: Callable[[str], bool]) -> str:
    """A Chinese question's English words as the Chinese documents write them: "service provider"
    -> 服务提供方, "email" -> 电子邮件, by the glossary's or a UN sense's rendering that `known`
    (the corpus uses every word of it) accepts. Replaced, even where the corpus has the English
    word too (in a cited title: "cloud", "government", "research"): kept beside its rendering it
    was a second key term only bibliography holds, and its English entered the thing a count
    counted ("几名 government（政府）experts（专家）")."""
    if question_language(question) != "zh":
        return question
    table = glossary()

    def chinese(m: re.Match) -> str:
        run = m.group(0)
        whole = _glossary_rendering(run, table, known)
        if whole:
            return whole
        out = []
        translations = translate_english(run, stopwords())
        # Only whole words: "non-compliance" by its part "compliance" (遵守) says the opposite.
        if any("-" in word and word not in {tr.source for tr in translations}
               for word in run.split()):
            return run
        for tr in translations:
            rendering = next((term for term in tr.terms[:3] if known(term)), None)
            if rendering is None:
                return run
            out.append(rendering)
        return "".join(out) if out else run

    titled = [m.span() for m in _TITLED.finditer(question)]

    def outside_titles(m: re.Match) -> str:
        inside = any(start <= m.start() < end for start, end in titled)
        if inside or _AFTER_CAPITALISED.search(question, 0, m.start()):
            return m.group(0)
        return chinese(m)

    question = _LOWER_RUN.sub(outside_titles, question)

    # A UN term written as English writes it, capitalised ("Ad Hoc Committee 的 Bureau",
    # "Member States") or quoted as an item's title ("“prevention” 这个 topic"), is the
    # glossary's term, whole: the dictionary would read a name's words too (Ram: 公羊).
    # (Every word capitalised, as a body's name is: "Child pornography", quoted, is a title.)
    titled_spans = [m.span() for m in _TITLED.finditer(question)]

    def glossary_term(m: re.Match) -> str:
        run = m.group(0)
        if run.islower():
            if not _quoted(question, m.start(), m.end()):
                return run
        elif not all(word[0].isupper() for word in run.split()) or any(
                start <= m.start() < end for start, end in titled_spans):
            return run
        return _glossary_rendering(run.lower(), table, known) or run

    return _LATIN_RUN.sub(glossary_term, question)


def _glossary_rendering(run: str, table: dict, known: Callable[[str], bool]) -> str | None:
    """The glossary's rendering of an English run that the corpus uses, also of a phrase asked in
    the singular ("service provider": service providers); None when there is none."""
    return next((term for key in (run, run + "s") for term in table.get(key, ())[:3]
                 if known(term)), None)


def _quoted(text: str, start: int, end: int) -> bool:
    """Is text[start:end] all that stands between a pair of quotation marks?"""
    return start > 0 and end < len(text) and text[start - 1] + text[end] in ("“”", '""', "‘’")


def expand_abbreviations(question: str) -> str:
    """"EG 6th mtg - how many MS attended?" as the documents say it: "mtg" and "MS" are words no
    document has, so the meeting went unread and the count had nothing to count. Spoken Chinese
    likewise (`expand_spoken_chinese`). And "X symbol?"
    as "symbol of X?", which `symbols.symbol_asked_of` reads as asking the symbol of X."""
    question = expand_spoken_chinese(question)
    question = _initialisms_in_chinese(question)
    for pattern, spelt in _ABBREVIATIONS:
        question = pattern.sub(spelt, question)
    return _SYMBOL_LAST.sub(r"symbol of \g<of>?", question)
