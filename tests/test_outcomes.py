import pytest

from egassist.outcomes import (asked_outcome, asks_decision, asks_settled, asks_vote,
                               decided_at_session, deciding_session, kind_of_thing,
                               states_decision, states_done, states_settled, states_vote,
                               thing_asked)


@pytest.mark.parametrize("question, form", [
    ("特设委员会第八届会议最终是否按计划核准了公约草案案文？", "核准"),
    ("第一届会议是否最终在维也纳召开？", "举行"),
    ("Was the signing conference eventually held?", "举行"),
    ("Did the open-ended Expert Group ultimately adopt the report?", "通过"),  # not "open"
    # ... or which one finally happened, with the act right after the word.
    ("Which conclusions did the Expert Group finally adopt?", "通过"),
    ("评估会议最终通过了哪些结论和建议？", "通过"),
])
def test_questions_asking_whether_it_finally_happened(question, form):
    assert form in asked_outcome(question)


@pytest.mark.parametrize("question", [
    "专家组通过了哪些建议？",                 # what, not whether
    "专家组汇总的初步结论和建议最终要提交给哪个机构？",
    "Who actually presided over the sixth meeting?",
    "最终是否有结论？",                       # no act named
    "Did the Group actually discuss significant electronic evidence?",  # not sign, elect
    "What did the Expert Group finally say about the adoption of the report?",  # what was said
    "最终报告提出了哪些建议？",                 # the final report
    # What a plan holds, though it says "finally": the plan's own word.
    "特设委员会计划在第八届会议上最后核准哪些案文？",
    "What will the Committee finally approve according to the proposed timetable?",
])
def test_questions_asking_no_such_thing(question):
    assert asked_outcome(question) == ()


def test_a_plan_is_not_a_report_that_it_happened():
    approved = asked_outcome("大会最终是否核准了纲要？")
    assert not states_done("提交大会第七十五届会议审议及核准", approved)
    assert not states_done("最后审定并核准公约案文草案，公约草案案文将作为其附件", approved)
    assert not states_done("The outline is submitted for approval", approved)
    assert states_done("扩大主席团核准了举行第六次会议的日期", approved)
    assert states_done("The Bureau approved the dates", approved)
    assert not states_done("会议在维也纳举行", approved)   # another act


@pytest.mark.parametrize("sentence", [
    "专家组通过了 2018-2021 年工作计划",            # 计划 of 工作计划 plans nothing
    "会议按计划举行",                              # held as planned: held
    "专家组通过了报告，以便提交委员会",              # an aim of what was done
    "The Group adopted the proposed agenda",
    "The Group was held from 3 to 5 May 2017 and adopted its report",  # May, the month
])
def test_a_report_of_what_happened_with_words_that_can_also_plan(sentence):
    acts = {"通过": asked_outcome("最终是否通过了？"), "举行": asked_outcome("最终是否举行了？")}
    assert any(states_done(sentence, act) for act in acts.values())


@pytest.mark.parametrize("question, thing", [
    ("Which conclusions and recommendations did the Expert Group finally adopt?",
     "conclusions and recommendations"),
    ("评估会议最终通过了哪些结论和建议并提交委员会？", "结论和建议"),
    ("大会最终是否核准了纲要？", ""),  # yes or no: nothing asked for besides the act
    # Less the verb after what is asked for: a form, whatever the meeting was said to be held.
    ("第六次会议原定4月举行，后来最终批准以什么形式召开？", "形式"),
    ("大会最终核准了哪些预算修订？", "预算修订"),  # 修订, no event's verb, stays
])
def test_what_a_which_question_asks_to_have_finally_happened(question, thing):
    assert thing_asked(question) == thing


def test_a_kind_of_thing_asks_for_any():
    assert kind_of_thing("文件") and kind_of_thing("结果文件")
    assert not kind_of_thing("工作计划") and not kind_of_thing("结论")


@pytest.mark.parametrize("question, asks", [
    ("What was the recorded vote on resolution 74/247?", True),
    ("What was the outcome of the General Assembly vote on the draft convention?", True),
    ("第 74/247 号决议的表决结果如何？", True),
    ("赞成票和反对票各有多少？", True),
    ("Which countries voted against the resolution?", True),
    ("Did the Ad Hoc Committee adopt the outline, and what was the vote?", True),
    # By what majority, which is how a vote decides.
    ("特设委员会核准公约草案时需要三分之二多数还是简单多数？", True),
    ("What majority is required to approve the draft convention?", True),
    ("When was resolution 74/247 adopted?", False),
    ("大会通过了哪项决议？", False),
    ("多数发言者支持哪些建议？", False),          # most speakers: no vote
])
def test_questions_asking_how_it_was_voted(question, asks):
    assert asks_vote(question) is asks


@pytest.mark.parametrize("text, states", [
    ("该决议以 79 票赞成、60 票反对、33 票弃权获得通过", True),
    ("The resolution was adopted without a vote.", True),
    ("委员会以协商一致方式通过了决议", True),
    ("公约草案须经出席并参加表决的代表三分之二多数核准", True),
    ("The text requires a two-thirds majority of the members present and voting.", True),
    ("须经三分之二多数核准。", True),
    ("会员国应避免将多数互联网服务提供商的活动定为犯罪。", False),   # 多数 "most"
    ("The majority of speakers supported the proposal.", False),
    ("大会在第 74/247 号决议中决定设立一个特设委员会", False),
])
def test_texts_saying_how_it_was_voted(text, states):
    assert states_vote(text) is states


@pytest.mark.parametrize("question, asks", [
    ("委员会第二十七届会议对专家组第四次会议报告作出了什么决定？", True),
    ("大会在第 74/247 号决议中作出了哪些决定？", True),
    ("What action did the Commission take on the report?", True),
    ("What did the General Assembly decide in resolution 74/247?", True),
    ("各国采取了哪些措施打击网络犯罪？", False),     # measures described, not decided
    ("What did the speakers say about the report?", False),
    ("会员国应采取哪些行动加强国际合作？", False),                   # what should be done
    ("What action did speakers call for against Internet service providers?", False),
])
def test_questions_asking_what_was_decided(question, asks):
    assert asks_decision(question) is asks


@pytest.mark.parametrize("question, session", [
    ("大会第七十五届会议对纲要和方法作出了什么决定？", "第七十五届"),
    ("What did the General Assembly decide at its seventy-fifth session?", "第七十五届"),
    ("大会对特设委员会作出了什么决定？", ""),                   # no session named
    ("专家组第四次会议作出了什么决定？", ""),                   # a meeting, not a session
    ("大会第七十五届会议在哪里举行？", ""),                     # no decision asked
])
def test_the_session_a_question_asks_the_decision_of(question, session):
    assert deciding_session(question) == session


def test_a_session_decides_where_it_is_named_not_where_a_matter_is_sent_to_it():
    assert decided_at_session("大会在第七十五届会议上决定核准纲要", "第七十五届")
    assert decided_at_session("The General Assembly, at its seventy-fifth session, decided",
                              "第七十五届")
    # Its own resolutions are numbered by it: 74/247 is of the seventy-fourth session.
    assert decided_at_session("大会在第 74/247 号决议中决定设立特设委员会", "第七十四届")
    assert not decided_at_session("提交大会第七十五届会议审议及核准", "第七十五届")
    assert not decided_at_session("to be submitted for consideration and approval to the General "
                                  "Assembly at its seventy-fifth session", "第七十五届")
    assert not decided_at_session("大会在第 74/247 号决议中决定设立特设委员会", "第七十五届")
    assert not decided_at_session("秘书长将向大会第七十五届会议提交报告", "第七十五届")
    assert not decided_at_session("决定将该项目列入第七十五届会议临时议程", "第七十五届")
    assert decided_at_session("The General Assembly decided to adopt it at its seventy-fifth "
                              "session", "第七十五届")
    # A congress by its ordinal in English: the 第十二届 (预防犯罪) 大会 is the "Twelfth United
    # Nations Congress on Crime Prevention and Criminal Justice".
    assert decided_at_session("During the Twelfth United Nations Congress on Crime Prevention and "
                              "Criminal Justice, Member States decided to invite the Commission",
                              "第十二届")
    assert not decided_at_session("The Thirteenth United Nations Congress decided", "第十二届")
    # (Not a later ordinal ending in it, nor one of another thing before the congress.)
    assert not decided_at_session("The twenty-first Conference of the Parties decided", "第一届")
    assert not decided_at_session("During the first week of the Conference, States decided",
                                  "第一届")


@pytest.mark.parametrize("text, states", [
    ("大会决定设立一个代表所有区域的不限成员名额政府间特设专家委员会", True),
    ("委员会在第 22/7 号决议中请秘书处将网络犯罪问题全面研究报告翻译成联合国所有六种正式语文", True),
    ("The Commission took note of the report.", True),
    ("预防犯罪和刑事司法委员会 第二十七届会议 2018年5月14日至18日，维也纳 临时议程*项目8", False),
    ("会员国可申请技术援助", False),
])
def test_a_text_stating_a_decision(text, states):
    assert states_decision(text) is states


@pytest.mark.parametrize("question, asks", [
    ("大会最终对纲要和方法作出了什么决定？", True),
    ("会员国后来得出了什么可行性评估结论？", True),
    ("What did the Commission eventually decide about the study?", True),
    ("What conclusions did the Expert Group finally reach?", True),
    # Not said to be in the end: what was decided, as the report tells it.
    ("大会在第 74/247 号决议中作出了什么决定？", False),
    ("专家组第二次会议得出了什么结论？", False),
    # 最终报告, 最后一次, 最后两次: a last thing, not "in the end".
    ("专家组最后一次会议作出了什么决定？", False),
    ("专家组在最后两次会议上作出了什么决定？", False),
    ("专家组在最终报告中得出了什么结论？", False),
])
def test_questions_asking_what_was_finally_decided_or_concluded(question, asks):
    assert asks_settled(question) is asks


@pytest.mark.parametrize("text, settled", [
    ("大会决定设立一个不限成员名额特设政府间专家委员会", True),
    ("专家组的结论是需要进一步研究", True),
    ("The Commission decided to convene the meeting in Vienna", True),
    # A plan or a recommendation decides nothing yet. (Known limit: a decision whose content
    # is itself a plan, "大会决定特设委员会应于……召开", reads as one.)
    ("委员会的报告将提交大会第七十五届会议审议及核准", False),
    ("会员国应当进一步评估每年评估网络犯罪趋势的可能性和可行性", False),
    ("Member States should decide whether to assess the trends", False),
    # 应对 ("counter"), 应邀, 应……请求 and 应急 are no "should"; 拟议 ("proposed") is no plan.
    ("委员会通过了关于应对网络犯罪的决议", True),
    ("应大会的请求，委员会决定设立专家组", True),
    ("专家组应邀通过了报告", True),
    ("大会核准了特设委员会拟议的纲要和方法", True),
    # A list of preliminary conclusions put forward is no conclusion drawn.
    ("报告员编写了会员国提出的初步结论和建议清单", False),
])
def test_a_sentence_stating_a_decision_or_conclusion_made(text, settled):
    assert states_settled(text) is settled
