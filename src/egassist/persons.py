""""Who chaired / opened / was elected ...?" questions, and whether a passage names a person.

A passage answers "特设委员会在组织会议上选举谁担任主席？" only if it names someone; one that
explains how the Bureau is to be elected holds every key term and no answer. UN reports name
people in a fixed way, which is what is looked for: a name with the country in brackets
("André Rypl（巴西）", "Doctor Mashabane (South Africa)", "鲁传颖（中国）") or with a title
(先生, 女士, "Mr.", "Ms."). The same holds when the question asks for the holder's country
("主席是由哪个国家的代表担任的？"): the country is given only in the brackets after the name.

Only questions that ask for the holder of a role count: "由谁承担费用" (who pays: a body) and
"Who prepared the background paper?" (the Secretariat) ask for no person.
"""

from __future__ import annotations

import re

from .shorthand import NO_QUESTION_WORD_AFTER
from .tokens import fold_variants, part_of_speech

# Offices a holder is named for; speaking is a role only of a person ("who spoke"): which
# country spoke is a country question (countries.py), as "哥伦比亚代表做出下述发言" names no one.
_OFFICE_EN_OF = {"主席": "chair", "副主席": "vice-chair", "报告员": "rapporteur",
                 "秘书长": "secretary-general", "总统": "president", "总理": "prime minister",
                 "部长": "minister", "主任": "director", "局长": "director", "负责人": "head",
                 "小组成员": "panel", "主讲人": "panel"}
"""Offices a Chinese question may name, and how an English passage names each."""
_OFFICE_ZH = "|".join(["主持", "主讲", "讨论小组", "开幕", "当选", "选举", "选出", "担任",
                       *_OFFICE_EN_OF])
_OFFICE_EN = "|".join([r"chair\w*", r"presid\w+", "opened", r"declared\b[^?]{0,60}?\bopen(?!-)",
                       r"vice-chair\w*", r"panel\w*",
                       r"moderat\w+", "elected", *map(re.escape, _OFFICE_EN_OF.values())])
# ("主席团由哪些人组成？" asks its make-up, which the documents give as posts: "一名主席、13名副主席
# 和一名报告员", no names; "向谁提交的", "交给谁" a recipient, which is a body, not "颁给谁".)
_ASK_ZH = re.compile(r"(?<!向)(?<!交给)谁|哪位|哪一位|(?:什么|哪些)人(?!员?\s*(?:组成|构成))")
_ROLE_ZH = re.compile(_OFFICE_ZH + "|发言")
_WHO_EN = re.compile(r"\b[Ww]ho\b")  # not WHO
# The relative "who" follows those it describes: "speakers who considered that ... referred to
# which project?" asks for a project, not a person. (After an office's holder it does still ask
# about a person: "the Thai panellist who helped lead the discussion".)
_DESCRIBED = frozenset({"those", "one", "ones", "anyone", "someone", "person", "persons", "people",
                        "speaker", "speakers", "expert", "experts", "delegate", "delegates",
                        "delegation", "delegations", "member", "members", "official", "officials",
                        "representative", "representatives", "participant", "participants",
                        "state", "states", "country", "countries"})


def _asks_who_en(question: str) -> bool:
    """Does an English question ask "who" (not the relative pronoun)?"""
    for m in _WHO_EN.finditer(question):
        before = question[:m.start()].split()
        # (After a comma too: "some speakers, who considered ..., referred to which project?")
        word = before[-1].rstrip(",").lower() if before else ""
        if word not in _DESCRIBED:
            return True
    return False
# "Which panellists ...", "哪些专题讨论小组成员 ...": the role itself asked for. Not "which
# speakers" or 哪些发言者: the reports' speakers are nameless ("一些发言者认为"), and answer such
# a question without naming anyone.
_HOLDER_ZH = r"(?:专题讨论)?(?:小组成员|副?主席(?!团)|报告员|主持人|主讲人)"
_WHICH_HOLDERS_ZH = re.compile(r"哪(?:些|几位|几名)" + _HOLDER_ZH +
                               # ... or after it, asking for the holders themselves: 专题讨论主讲人
                               # 有哪些, 副主席分别是谁; not 报告员有哪些任务, 主席为哪些议题.
                               "|" + _HOLDER_ZH + r"(?:都|分别)?(?:有|是|包括|为)"
                               r"(?:哪些人|哪几位|哪几名|哪些|谁)(?=\s*(?:[？?，,。；;]|$))")
# (Not a possessive: "what rapporteur's report", "what chair's summary" ask for a document.)
_WHICH_HOLDERS_EN = re.compile(r"\b(?:which|what)\s+(?:\w+\s+)?(?:panel(?:l?ists?|\s+members?)|"
                               r"(?:vice-)?chair(?:s|persons?|man|woman)?|rapporteurs?|"
                               r"moderators?)\b(?!['’])", re.I)
# ... or opening a delegate's shorthand with no question word after: "panellists at 5th EG meeting
# on e-evidence?" (not "The Chair of the fourth meeting proposed which dates?").
_HOLDERS_OPENING_EN = re.compile(r"^\s*(?:the\s+)?(?:panel(?:l?ists?|\s+members?)|"
                                 r"(?:vice-)?chair(?:s|persons?)?|rapporteurs?|moderators?)\s+"
                                 r"(?:at|of|for|in|on|during)\b"
                                 + NO_QUESTION_WORD_AFTER,
                                 re.I)
_ROLE_EN = re.compile(rf"\b(?:{_OFFICE_EN}|speakers?)\b", re.I)
# The holder's country is asked for too, for an office: UN reports give it only beside the
# holder's name.
_ASK_COUNTRY_ZH = re.compile(r"哪个国家|哪国|哪一国")
_ASK_COUNTRY_EN = re.compile(r"\b[Ww]hich (?:country|Member State|State|delegation)\b")
# A person's name asked outright: "介绍……工作的那位秘书处代表叫什么名字？", "What was the name of
# the Secretariat representative who ...". Only of a person: "该方案叫什么名字" names a programme.
_PERSON_NOUN_ZH = r"代表|官员|人员|专家|成员|发言者|发言人|主持人|人士|那位|这位|此人"
_NAME_ASKED_ZH = re.compile(r"(?:" + _PERSON_NOUN_ZH + r")的?(?:叫什么(?:名字)?|叫啥|姓甚名谁|"
                            r"(?:姓名|名字)(?:是|叫)(?:什么|谁))")
# ("name of Secretariat rep who briefed ...": a delegate's shorthand asks the same.)
_PERSON_NOUN_EN = (r"(?:representatives?|reps?|officials?|persons?|experts?|speakers?|delegates?|"
                   r"officers?)\b(?!\s+(?:group|meeting|panel|body)\b)")
# (The shorthand with at most one word before the person: "name of the document the
# representatives submitted" asks a document's name.)
_NAME_ASKED_EN = re.compile(r"\bwhat (?:is|was) the name of the (?:[\w-]+\s+){0,3}?"
                            + _PERSON_NOUN_EN
                            + r"|^\s*(?:the )?names? of (?:the )?(?:[\w-]+\s+)?" + _PERSON_NOUN_EN,
                            re.I)
_HOLDS_OFFICE_ZH = re.compile(_OFFICE_ZH)
_HOLDS_OFFICE_EN = re.compile(rf"\b(?:{_OFFICE_EN})\b", re.I)

_TITLE = re.compile(r"先生|女士|博士|阁下|\b(?:Mr|Ms|Mrs|Dr)\.?\s+[A-Z]")
# A name in Latin letters, a double-barrelled one whole ("Sheri L. Shepherd-Pratt",
# "George-Maria Tyendezwa").
_NAME_WORD = r"[A-Z][a-zà-ÿ'’]+(?:-[A-Z]?[a-zà-ÿ'’]+)*"
_LATIN_NAME = re.compile(r"\b" + _NAME_WORD + r"(?:\s+(?:[A-Z]\.|" + _NAME_WORD + r"))+")
_BRACKETED = re.compile(r" ?[（(]([^（()）]{1,25})[)）]")
# An official named by a national office before the name, as works cited are: "法国内政部长
# Jean-Pierre Chevènement". (Not a body's name in capitals: "秘书长 United Nations 报告".)
_OFFICE_BEFORE_NAME = re.compile(r"(?:部长|总统|总理|主席|秘书长|大使|局长|主任)\s*"
                                 r"(?!(?:[A-Z]\w*\s+)*(?:Nations|Office|Group|Committee|Council|"
                                 r"Commission|Union|Organi[sz]ation|Conference|Report)\b)"
                                 + _LATIN_NAME.pattern)
_PERSON_TAGS = frozenset({"nr", "nrfg", "nrt"})


# 位 counts people only: "各区域组提名了哪几位政府专家？" asks who they are, whatever their role
# (not 位于, 位置; nor nameless speakers, 哪几位发言者). 哪几名 too, of a person noun.
_WHICH_PERSONS_ZH = re.compile(r"哪(?:几|些|一)?位(?![于置])(?![^？?，,。；]{0,8}?发言)|"
                               r"哪几名(?=[^？?，,。；]{0,8}?(?:专家|代表|官员|人员|成员|人士))")


def asks_for_person(question: str) -> bool:
    """Does the question ask who holds or held a role (chair, rapporteur, panellist ...), or a
    person's name?"""
    return bool(_WHICH_HOLDERS_ZH.search(question) or _WHICH_HOLDERS_EN.search(question)
                or _WHICH_PERSONS_ZH.search(question)
                or _HOLDERS_OPENING_EN.search(question)
                or _NAME_ASKED_ZH.search(question) or _NAME_ASKED_EN.search(question)
                or (_ASK_ZH.search(question) and _ROLE_ZH.search(_unsaid_by(question)))
                or (_asks_who_en(question) and _ROLE_EN.search(question))
                or (_ASK_COUNTRY_ZH.search(question) and _HOLDS_OFFICE_ZH.search(question))
                or (_ASK_COUNTRY_EN.search(question) and _HOLDS_OFFICE_EN.search(question)))


# Whose view is asked about, before the people it asks of: "发言者认为应同时给哪些人提供培训？"
# asks whom the speakers would train (judges, prosecutors), not who spoke.
_SAID_BY_ZH = re.compile(r"(?:发言者|发言人|与会者|代表)们?(?:普遍|一致|还|也|在发言中)?"
                         r"(?:认为|指出|表示|强调|建议|提出|主张|提到|提及|谈到|呼吁|提议)")


def _unsaid_by(question: str) -> str:
    """The question less a clause saying whose view it asks about, when that clause comes before
    what it asks (谁, 哪些人)."""
    said, ask = _SAID_BY_ZH.search(question), _ASK_ZH.search(question)
    if said and ask and said.end() <= ask.start():
        return question[:said.start()] + question[said.end():]
    return question


# A question asking for an official by that word: "联邦调查局哪位官员", "a French minister".
_OFFICIAL_ASKED = re.compile(r"官员|部长|局长|\b(?:officials?|ministers?|director)\b", re.I)


def asks_for_official(question: str) -> bool:
    """Does the question ask about an official (a minister, a director) by that word?"""
    return bool(_OFFICIAL_ASKED.search(question))


def names_official(text: str) -> bool:
    """Does the text name an official after their office, a name in Latin letters ("法国内政部长
    Jean-Pierre Chevènement")? Only where an official is asked for: a Secretariat representative
    is not the minister a footnote quotes."""
    return bool(_OFFICE_BEFORE_NAME.search(text))


def names_person(text: str) -> bool:
    """Does the text name a person the way UN reports do (with a title, or a country in
    brackets)? Capitalised words alone are not enough: "United Nations" is no one."""
    if _TITLE.search(text):
        return True
    for m in _LATIN_NAME.finditer(text):
        if _country_in_brackets(text, m.end()):
            return True
    end = 0
    for pair in part_of_speech(text):
        end += len(pair.word)
        if pair.flag in _PERSON_TAGS and len(pair.word) >= 2 and _country_in_brackets(text, end):
            return True
    return False


def _country_in_brackets(text: str, at: int) -> bool:
    """A bracket right at `at` that can hold a country ("（巴西）", "(South Africa)"), not a
    cross-reference ("（见脚注 51）", "(see annex)"), an abbreviation ("(the Group)") or a number
    ("(ETS No. 185)")."""
    m = _BRACKETED.match(text, at)
    if not m:
        return False
    inside = m.group(1).strip()
    return bool(inside) and not any(c.isdigit() for c in inside) \
        and (inside[0].isupper() or "\u4e00" <= inside[0] <= "\u9fff") \
        and not re.match(r"见|参见|see\b|the\b", inside, re.I)


_OFFICE_NOUN_ZH = re.compile("|".join(sorted(_OFFICE_EN_OF, key=len, reverse=True)))


# An English question's office, as the Chinese key, where the question names it as a noun after a
# determiner ("Who is the Secretary-General?", "the Chair", "the Chairperson", "the Chairmen"):
# "Who chaired the discussion?" asks who led it, which the reports write 主持, not 主席. Not
# "head" (a delegation's is its 团长), "panel" (a panel's members are named without the word), nor
# "president" (the President of the General Assembly is 大会主席, not 总统).
_OFFICE_NOUN_EN = {zh: re.compile(r"\b(?:the|a|an|its|their|as)\s+(?:UN\s+|United\s+Nations\s+)?"
                                  + re.escape(en) + r"(?:person|m[ae]n|wom[ae]n)?s?\b(?!-)", re.I)
                   for zh, en in _OFFICE_EN_OF.items() if en not in ("head", "panel", "president")}


def offices_named(question: str) -> set[str]:
    """The offices a question names (主席, 秘书长; "the chair", "the Secretary-General"), as their
    Chinese keys: a passage names their holder only if it names the office too ("主席，Doctor
    Mashabane（南非）"; the Expert Group's chair is no answer to "Who is the
    Secretary-General?")."""
    named = set(_OFFICE_NOUN_ZH.findall(question))
    if not named:
        named = {zh for zh, pattern in _OFFICE_NOUN_EN.items() if pattern.search(question)}
    return named


def names_office(text: str, offices: set[str]) -> bool:
    """Does the text name one of these offices, in Chinese (in any of the documents' wordings,
    `tokens.fold_variants`: the 2020 draft's panellists are 主讲人) or, in an English passage, in
    English ("Chair: Doctor Mashabane")?"""
    lowered, folded = text.lower(), fold_variants(text)
    return any(fold_variants(o) in folded or _OFFICE_EN_OF[o] in lowered for o in offices)


# What post a person named in the question holds: 职务, 职位, 头衔, 官衔, 担任什么职务, "title",
# "position", "job", "post", "rank" (not "role": what someone did at a meeting, which a report says
# otherwise).
_ASKS_POST = re.compile(r"职务|职位|头衔|官衔|(?:担任|任)(?:什么|何)职|"
                        r"\b(?:title|position|job|post|rank)\b", re.I)
# A post or rank beside a name, as UN reports give one; an honorific alone (先生, 女士, Mr., Ms.) is
# none: "Markko Künnapu 先生（爱沙尼亚）" gives no post, "Amornchai Leelakajonjit 警上校（泰国）" one.
_POST = re.compile(r"上校|警官|将军|教授|博士|学士|法官|检察官|律师|大使|部长|司长|局长|处长|主任|"
                   r"顾问|专员|官员|主席|报告员|秘书长?|主管|阁下|"
                   r"\b(?:Advocate|Doctor|Dr|Prof|Professor|Judge|Ambassador|Colonel|General|"
                   r"Director|Chief|Head|Minister|Officer|Chair\w*|Rapporteur|Advis[eo]r|Prosecutor|"
                   r"Inspector|Secretary)\b")


# A work's title is no post: "the title of the International Telecommunication Union
# publication cited in the footnote".
_WORKS = (r"(?:publications?|reports?|documents?|stud(?:y|ies)|articles?|books?|papers?|works?|"
          r"resolutions?|conventions?|handbooks?|guides?|manuals?|items?|annex(?:es)?|sections?|"
          r"chapters?)")
# (The work is the head of the phrase after "title of": not "the title of Markko Künnapu
# according to the report", a person's title; review.)
_WORK_TITLE = re.compile(r"\btitles?(?: and [a-z]+)? of (?:the |a |an |its |this |that )?"
                         r"(?:(?!(?:according|in|to|by|from|at|as|on|for)\b)[\w'’-]+\s+){0,5}?"
                         + _WORKS + r"\b|\b" + _WORKS + r"['’]s?\s+titles?\b", re.I)


def asks_post(question: str) -> list[str]:
    """The people, named in Latin letters, whose post or title the question asks ("Markko Künnapu
    在会上是什么职务？" -> ["Markko Künnapu"]); [] when it asks none."""
    if not _ASKS_POST.search(_WORK_TITLE.sub(" ", question)):
        return []
    return [re.sub(r"['’]s$", "", m.group(0)) for m in _LATIN_NAME.finditer(question)]


def gives_post(text: str, name: str) -> bool | None:
    """Does the text give `name` a post: in the list item naming them (between 、) or before the
    list, in its clause ("副主席，Gustavo Meira Carneiro（巴西）、Yanduan Li（中国）")? None when the
    text does not name them."""
    at = text.find(name)
    if at < 0:
        return None
    start = max(text.rfind(mark, 0, at) for mark in "；;。\n") + 1
    ends = [i for i in (text.find(mark, at) for mark in "、；;。\n") if i >= 0]
    item_start = max(text.rfind("、", start, at) + 1, start)
    item = text[item_start: min(ends) if ends else len(text)]
    first_name = _LATIN_NAME.search(text, start)
    head = text[start: first_name.start() if first_name else at]
    return bool(_POST.search(item) or _POST.search(head))
