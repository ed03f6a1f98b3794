import pytest

from egassist.cited_works import asks_findings, reports_findings


@pytest.mark.parametrize("question", [
    "What findings did the note A/AC.1/2019/2 present?",
    "What conclusions did the study reach?",
    "What did the paper conclude about encryption?",
    "该说明得出了哪些结论？",
    "这份文件的调查结果是什么？",
    "该说明报告了哪些技术援助活动？",
])
def test_questions_asking_what_a_paper_found(question):
    assert asks_findings(question)


@pytest.mark.parametrize("question", [
    "What is A/C.3/72/12?",
    "What does the note say about the timetable?",
    "该文件是在哪次会议上提交的？",
    "What did the note report on?",              # its subject: its title may say
    "A/58/422 介绍了哪些内容？",
])
def test_questions_asking_no_findings(question):
    assert not asks_findings(question)


@pytest.mark.parametrize("sentence, reports", [
    # Listed, or cited as what a plan is based on: nothing of what it found.
    ("秘书处关于委员会第 22/8 号决议执行情况的说明（UNODC/CCPCJ/EG.4/2017/CRP.1）", False),
    ("拟议工作安排是根据财务说明（E/CN.15/2013/CRP.10，附件十八）拟定的", False),
    ("The agenda is based on document X/1.", False),
    ("该研究（X/1）的结论是，立法差异阻碍合作", True),
    ("The study (X/1) found that legislation differs.", True),
])
def test_sentences_reporting_what_a_paper_found(sentence, reports):
    assert reports_findings(sentence) is reports
