""""Which organisations ...?" questions, and whether a passage names an organisation.

The reports say that organisations attended ("有[94]个会员国、……政府间组织和私营部门派代表出席了
会议") far more often than they name them. A passage saying so holds every key term of "Which
intergovernmental organizations sent representatives to the sixth meeting?" and no answer: only one
naming an organisation ("欧洲委员会、欧洲联盟、上海合作组织") answers it.
"""

from __future__ import annotations

import re

from .focus import CLASS_NOUNS
from .tokens import part_of_speech

# "哪些政府间组织", "哪些地区性国际组织", "与哪些组织": not "哪些国家组织了培训" (organised), nor an
# organisational session (组织会议).
# (Not which kinds: 哪些类型的组织, "what types of organizations", whose answer is kinds.)
_ASK_ZH = re.compile(r"哪(?:些|个|一个|几个)(?!类)[\u4e00-\u9fff]{0,6}?组织(?![了过会开召举])|"
                     # ... or an organisation's name: 该研究机构的名称
                     r"(?:机构|组织|研究所|研究院|大学)的?(?:名称|全称|叫什么)")
# (Not "what did the organization of work provide": a question word's noun, not a verb's.)
_ASK_EN = re.compile(r"\b(?:which|what)\s+(?!(?:did|does|do|is|are|was|were|has|have|had|will|kinds?|"
                     r"types?|sorts?|categories)\b)"
                     r"(?:[\w-]+\s+){0,3}?organi[sz]ations?\b(?!\s+of\b)|"
                     r"\bname of the (?:[\w-]+\s+){0,4}?(?:institute|institution|organi[sz]ation|"
                     r"agency|university)\b", re.I)
# Companies are asked by name: 哪些公司, 哪家企业 (a kind is 哪类企业), "Which Internet service
# providers or technology companies ..." (not "which companies of the private sector", nor "which
# FBI official is quoted on companies": the noun asked for comes before any verb).
_ASK_COMPANY_ZH = re.compile(r"哪(?:些|个|家|几家)(?!类)([\u4e00-\u9fff]{0,6}?)(?:公司|企业)")
_ASK_COMPANY_EN = re.compile(r"\b(?:which|what)\s+(?:(?!(?:is|are|was|were|do|does|did|has|have|had|"
                             r"can|could|should|would|must|will|may|might|shall|of|kinds?|types?|"
                             r"sorts?)\b)[\w-]+\s+){0,5}?(?:companies|company|firms?|"
                             r"corporations?)\b(?!\s+of\b)", re.I)
_QUESTION_WORD_EN = re.compile(r"\b(?:which|what|who|whom|whose|how|when|where|why)\b", re.I)
# Where someone works: "在中国的哪个机构任职", "供职于哪个机构", "Which institution does X work for?"
_AFFILIATION = re.compile(r"哪(?:个|一个|家)(?:机构|单位|研究所|研究院|大学)(?:任职|工作|供职)|"
                          r"(?:供职|任职|工作)于[^？?，,。]{0,8}哪(?:个|一个|家)(?:机构|单位)|"
                          r"\b(?:which|what) (?:institution|institute|organi[sz]ation|agency|"
                          r"university) (?:does|did|do) [\w ]{1,40}? (?:work|serve)s? (?:for|at|in)\b|"
                          r"\baffiliation\b", re.I)

# Words ending like a name that name no organisation: the kinds ("政府间组织") and the documents'
# own bodies, which are the setting of every passage.
_KINDS_ZH = re.compile(r"^(?:政府间|国际|区域|区域性|地区|地区性|非政府|其他|有关|相关|各|该|这些|"
                       r"特设|(?:预防犯罪和)?刑事司法|职司)?(?:组织|委员会|联盟|集团)$")
# An organisation's name ends in one of these; jieba's organisation tag (nt) alone is too loose
# (it tags 法医学, "forensics", and the UN itself, whose documents these all are). Not 办公室:
# the one the reports name is their secretariat (联合国毒品和犯罪问题办公室), no answer to "which
# organisations".
_NAME_END_ZH = re.compile(r"(?:组织|联盟|联合体|集团|委员会|理事会|研究所|研究院|大学|学院)$")
MIN_NAME = 4
"""Characters a name needs: 联盟 and 委员会 alone are kinds."""
# "Shanghai Cooperation Organization", "Council of Europe", "European Union", "INTERPOL".
# (Not a sentence's first word: "Did the European Union ...", "Which Union member ...".)
NAME_EN = re.compile(r"\b(?!(?:Did|Does|Do|Which|What|Who|Whose|When|Where|How|Under|The|In|At|By|"
                     r"For|Was|Were|Is|Are|Has|Have|Had|According)\b)"
                     r"(?:[A-Z][a-z]+\s+(?:(?:of|for|and|the)\s+)?){1,5}"
                      r"(?:Organi[sz]ation|Union|Community|Commonwealth|Forum|Association|League|"
                      r"Institute|University)\b"
                      r"|\bCouncil of Europe\b|\bINTERPOL\b|\bInterpol\b")


def asks_for_organisation(question: str) -> bool:
    """Does the question ask which organisations did something (or were meant)?"""
    return bool(_ASK_ZH.search(question) or _ASK_EN.search(question)) or asks_for_company(question)


def asks_for_company(question: str) -> bool:
    """Does the question ask which companies (by name)? In Chinese only nouns and adjectives
    stand between 哪些 and 公司 (哪些互联网公司; not 哪个机构请各公司, 哪个国家的公司)."""
    m = _ASK_COMPANY_ZH.search(question)
    if m and all(pair.flag[:1] in ("n", "a", "b", "j") for pair in part_of_speech(m.group(1))):
        return True
    m = _ASK_COMPANY_EN.search(question)
    # Asked by the question's own question word, not by a clause after another: "which topic
    # number is about what internet companies should do" asks a number.
    # (Or joined to it: "how many and which companies".)
    first = _QUESTION_WORD_EN.search(question)
    # (Nor when the question word's own noun is another class: "Which agency urged companies to
    # report ...?" asks the agency.)
    head = re.match(r"\w+\s+([\w-]+)", m.group(0)) if m else None
    if head and head.group(1).lower() in CLASS_NOUNS:
        return False
    return bool(m) and first is not None and (
        first.start() == m.start()
        or re.search(r"\b(?:and|or)\s*$", question[: m.start()], re.I) is not None)


def asks_affiliation(question: str) -> bool:
    """Does the question ask which organisation someone works for? (The reports give panellists
    with their country only: "鲁传颖（中国）".)"""
    return bool(_AFFILIATION.search(question))


# "Microsoft Corporation", "Example Ltd"; 微软公司 (not a kind: 互联网公司, 各公司).
_COMPANY_EN = re.compile(r"\b[A-Z][\w&-]*(?:\s+[A-Z][\w&-]*)*\s+(?:Inc|Corporation|Corp|Ltd|LLC|"
                         r"Limited|Company|GmbH)\b")
_COMPANY_KINDS_ZH = re.compile(r"^(?:各|该|这些|有关|相关|其他|私营|互联网|科技|技术|电信|跨国|保险|母|子|"
                               r"外国|大型|小型|金融|软件|网络|上市|国有|民营)?公司$")


def names_company(text: str) -> bool:
    """Does `text` name a company?"""
    if _COMPANY_EN.search(text):
        return True
    return any(len(pair.word) >= MIN_NAME - 1 and pair.word.endswith("公司")
               and not _COMPANY_KINDS_ZH.match(pair.word) for pair in part_of_speech(text))


def names_organisation(text: str) -> bool:
    """Does `text` name an organisation (not only a kind of them, nor the UN's own bodies)?"""
    if NAME_EN.search(text) or names_company(text):
        return True
    return any(len(pair.word) >= MIN_NAME and _NAME_END_ZH.search(pair.word)
               and not _KINDS_ZH.match(pair.word) for pair in part_of_speech(text))
