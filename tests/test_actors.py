"""The speaker a Chinese "what did X say?" question opens with, and clauses where it speaks."""

import pytest

from egassist.actors import acts_as_speaker, english_actor, opening_actor


@pytest.mark.parametrize("question, actor", [
    ("上海合作组织的代表在会上提出了哪些建议？", "上海合作组织"),
    ("欧洲委员会强调了什么？", "欧洲委员会"),
    ("欧洲联盟代表强调了什么？", "欧洲联盟"),
    ("国际电联的代表说了什么？", "国际电联"),
])
def test_the_name_a_question_opens_with(question, actor):
    assert opening_actor(question) == actor


@pytest.mark.parametrize("question", [
    "专家组第五次会议认为需要做什么？",   # a meeting: the setting, not a speaker
    "许多发言者提出了什么？",              # 许多 first: no name
    "在会上，欧洲联盟说了什么？",          # opens with no noun
    "会议上谁发言了？",
    # A topic the question opens with, not a speaker.
    "电子证据的保全有哪些建议？",
    "技术援助提出了哪些要求？",
    "网络犯罪问题提出了哪些挑战？",
    # The asker's background, not a speaker: 考虑到 is a term of our dictionary, not a verb to
    # jieba, and 有组织犯罪集团 ends in 集团, an organisation's word.
    "考虑到有组织犯罪集团常常卷入网络犯罪，2018年的建议要各国借助哪项公约？",
])
def test_no_actor(question):
    assert opening_actor(question) is None


def test_a_speaker_named_with_what_it_did():
    assert acts_as_speaker("上海合作组织的代表介绍了该组织的区域合作。", "上海合作组织")
    assert acts_as_speaker("欧洲联盟强调，应加强能力建设。", "欧洲联盟")
    assert acts_as_speaker("欧洲联盟重申其致力于打击网络犯罪。", "欧洲联盟")


def test_a_speaker_named_in_a_list_or_as_an_example_says_nothing():
    listed = "下列政府间组织的代表也作了发言：欧洲委员会、欧洲联盟、上海合作组织。"
    assert not acts_as_speaker(listed, "上海合作组织")
    assert not acts_as_speaker(listed, "欧洲委员会")
    assert not acts_as_speaker("办公室应与其他组织（例如欧洲委员会和美洲国家组织）形成协同效应。",
                               "美洲国家组织")


@pytest.mark.parametrize("question", [
    "委员会请秘书处做什么？",
    "特设委员会建议了什么？",
    "预防犯罪和刑事司法委员会要求了什么？",
])
def test_the_documents_own_bodies_are_no_actor_to_check(question):
    assert opening_actor(question) is None


@pytest.mark.parametrize("question, actor", [
    ("What position did the European Union representative take on a new instrument?", "欧洲联盟"),
    ("What did the Shanghai Cooperation Organization propose?", "上海合作组织"),
    ("What did the Council of Europe say about the Budapest Convention?", "欧洲委员会"),
    ("What did Brazil propose?", None),   # a country: countries.py's
    ("What did the Expert Group recommend?", None),
    ("Did the European Union oppose a new treaty?", "欧洲联盟"),   # not "Did the European Union"
    ("Which Union member spoke?", None),
])
def test_the_organisation_an_english_question_names_in_the_documents_chinese(question, actor):
    assert english_actor(question) == actor
