import pytest

from egassist.causes import asks_why, gives_reason, states_cause


@pytest.mark.parametrize("question", [
    "为什么会议推迟了？",
    "专家组第六次会议为何没有如期举行？",
    "特设委员会适用哪一套议事规则？原因是什么？",
    "Why was the meeting postponed?",
    "What was the Internet built for, and why does that hinder investigations?",
    "According to the outline, why is the word spelled that way?",
    "What reasons did the delegation give?",
])
def test_questions_asking_why(question):
    assert asks_why(question)


@pytest.mark.parametrize("question", [
    # Whether a topic is covered: the passage listing it answers, reason-words or not.
    "Will the study examine why a definition of cybercrime matters?",
    "研究报告是否探讨为什么网上犯罪的定义很重要？",
    "研究报告是否探讨了为什么网上犯罪的定义很重要？",
    "报告是否提到为何推迟？",
    "专家组第六次会议在哪里举行？",
    "Who opened the meeting?",
])
def test_questions_asking_no_why(question):
    assert not asks_why(question)


@pytest.mark.parametrize("text", [
    "由于新冠肺炎疫情期间的限制规定，会议将延期。",
    "“ph”与黑客中流行的命名传统有关。",
    "秘书处编写了本文件，以便利特设委员会讨论。",
    "In the interests of reaching consensus, the representative agreed.",
    "The Group met with a view to strengthening international cooperation.",   # UN English's aim
    "会议的目的在于便利讨论。",
    # A clause after ", as" (UN English's "because").
    "There was no need for a new instrument, as existing instruments provided sufficient scope.",
    # A risk advice guards against, in a case where it might arise.
    "States should avoid criminalizing such activities, in particular in cases where such "
    "rules might unduly restrict legitimate speech.",
])
def test_texts_giving_a_reason(text):
    assert gives_reason(text)


@pytest.mark.parametrize("text", [
    "会议由副主席宣布开幕。",
    "The meeting was opened by the Vice-Chair.",
    "有关国家出席了会议。",  # 有关 as "concerned", no relation stated
    # ", as" that does not open a reason.
    "States, as appropriate, should review their laws.",
    "UNODC, as well as other bodies, provided assistance.",
    "The workplan, as set out in the annex, was adopted.",
    # (review) a role, a participle, an event: no clause with a subject and a finite verb.
    "The Commission, as the principal policymaking body, met.",
    "The text, as agreed by all, stands.",
    "Speakers, as the meeting drew to a close, left.", "The comments were posted, as received.",
    # A case the advice covers, with no risk in it.
    "In cases where data are stored abroad, States should cooperate.",
    "In cases where data are stored abroad, States may cooperate.",  # the advice's own "may"
    "In cases where the suspect may be abroad, States should cooperate.",  # no advice against
])
def test_texts_giving_no_reason(text):
    assert not gives_reason(text)


def test_an_aim_is_a_reason_but_not_a_cause():
    # Quoting "以便……" as the answer to "why was it postponed" would answer another question.
    assert gives_reason("以便利讨论") and not states_cause("以便利讨论")
    assert states_cause("由于疫情，会议延期")
