"""Who a "what did X say?" question asks about, and whether a passage has X say anything.

countries.acts_in answers this for a country. Any other speaker a question opens with (an
organisation: "上海合作组织的代表在会上提出了哪些建议？") is just as often named by the reports only
in a list of those who took the floor ("下列政府间组织的代表也作了发言：欧洲委员会、欧洲联盟、上海合作
组织。") or as an example ("例如欧洲委员会和美洲国家组织"): every key term is then in a passage that
does not say what it said. A passage that does names it with what it did after it, in one clause.
"""

from __future__ import annotations

import re

from .glossary import translate_english
from .organisations import NAME_EN
from .tokens import part_of_speech, stopwords

# What a speaker does in a report: says, proposes, stresses ... ("欧洲联盟的代表强调……").
_ACTS = re.compile(r"提出|建议|提议|主张|强调|重申|指出|表示|认为|呼吁|介绍|说明|阐述|概述|发言|致辞|"
                   r"谈到|提到|说|称|作出|做出|报告|通报|分享|赞扬|欢迎|支持|反对|敦促|要求|请")
# A speaker, not a topic the question opens with ("电子证据的保全有哪些建议？"): a name followed by
# its representative (……的代表, 代表团, 观察员), or an organisation's name (jieba's nt, or an
# organisation's last word).
_REPRESENTED = re.compile(r"^的?(?:代表|观察员)")
_ORGANISATION = re.compile(r"(?:组织|联盟|联合体|联合会|集团|论坛)$")
# The documents' own bodies and meetings act, or are the setting, in nearly every passage; a
# question opening with one ("专家组第五次会议认为……") asks what the meeting concluded, and the
# reports say it as "在这次会议上，专家组……".
# The Commission and the Council act by resolutions, and under their short names (委员会); the
# Council of Europe (欧洲委员会) is a speaker like any other.
_OWN = re.compile(r"会议|会上|专家组|^(?:特设)?委员会|刑事司法委员会|理事会|主席团|秘书处|发言者|"
                  r"^大会")
# A clause giving the question's background opens with these ("考虑到有组织犯罪集团常常卷入网络
# 犯罪，……"): what follows is no speaker. (Our dictionary's 考虑到 is tagged as a term, not a verb.)
_BACKGROUND = ("考虑到", "鉴于", "由于", "随着")
_CLAUSE = re.compile(r"[，,。；;：:]")
MIN_NAME = 3
"""Characters a name needs: two-character openings are everyday nouns (会员, 国家), not names."""


def opening_actor(question: str) -> str | None:
    """The speaker a Chinese question opens with: its leading nouns, when a representative follows
    them or they end in an organisation's name ("上海合作组织" of "上海合作组织的代表……"), and they
    are not one of the documents' own bodies or meetings."""
    pairs = []
    for pair in part_of_speech(question):
        if pair.flag[:1] not in ("n", "x") or not pair.word.strip() \
                or not re.search(r"[\u4e00-\u9fffA-Za-z]", pair.word):
            break
        pairs.append(pair)
    represented = False
    while pairs and pairs[-1].word in ("代表", "代表团", "观察员"):  # 欧洲联盟代表强调……
        pairs.pop()
        represented = True
    name = "".join(pair.word for pair in pairs)
    if len(name) < MIN_NAME or _OWN.search(name) or name.startswith(_BACKGROUND):
        return None
    speaker = (represented or _REPRESENTED.match(question[len(name):])
               or pairs[-1].flag == "nt" or _ORGANISATION.search(name))
    return name if speaker else None


def english_actor(question: str) -> str | None:
    """The organisation an English question names, in the Chinese the documents use for it
    ("What position did the European Union representative take ...?" -> 欧洲联盟); None when it
    names none, or one the glossary cannot render."""
    m = NAME_EN.search(question)
    if not m:
        return None
    renderings = translate_english(m.group(0), stopwords())
    return renderings[0].terms[0] if len(renderings) == 1 else None


def acts_as_speaker(text: str, name: str) -> bool:
    """Does a clause of `text` name `name` with something it did after it ("上海合作组织的代表
    介绍了……"), rather than in a list after a colon or as an example?"""
    for clause in _CLAUSE.split(text):
        at = clause.find(name)
        if at >= 0 and _ACTS.search(clause[at + len(name):]):
            return True
    return False
