"""Questions asking for a date of some precision, and sentences that give one (dates.py)."""

from __future__ import annotations

import pytest

from egassist.dates import (DAY, TIME, YEAR, asked_date, asks_deadline, asks_duration,
                            asks_time_of_day,
                            dated_act, dated_meeting_kind, meeting_act, names_act,
                            names_meeting_of_act, naming_years, states_date, states_deadline,
                            states_duration)


@pytest.mark.parametrize("question, precision", [
    ("网络犯罪问题全球方案是哪一年启动的？", YEAR),
    ("该方案于何年设立？", YEAR),
    ("公约草案是在什么年份提交的？", YEAR),
    ("In which year was the study completed?", YEAR),
    ("组织会议具体是哪几天举行的？", DAY),
    ("为期三天的组织会议具体是哪三天？", DAY),
    ("组织会议具体是 8 月几号到几号？", DAY),
    ("拟议工作安排是根据委员会第几号决议的财务说明拟定的？", None),   # which resolution
    ("会议在几号会议室举行？", None),                                # which room
    # A deadline is a month or a year as often as a day (2017 年 1 月底之前, 不晚于 2021 年).
    ("By what deadline must the proposals be submitted?", None),
    ("提交提案的截止日期是什么？", None),
    ("临时议程是哪一天印发的？", DAY),
    ("会议的具体日期是什么？", DAY),
    ("On what date did the bureau decide?", DAY),
    ("Which days were set aside for the debate?", DAY),
    ("What are the exact opening and closing dates of the session?", DAY),
    # A delegate's shorthand.
    ("date of the Bureau's decision on the agenda?", DAY),
    ("year when the programme was launched?", YEAR),
    ("dates and venues are listed where?", None),
    # ... and a request for it: "Could you please provide the date on which ...?"
    ("Could you please provide the date on which the report was adopted?", DAY),
    ("What happened on the date on which the meeting opened?", None),
    ("专家组第二次会议于何时举行？", None),  # "when" takes a year, a month or a session
    ("哪些年级的学生参加了培训？", None),
    ("How many years did the study take?", None),
    # Whether the dates are set asks yes or no; a day asked beside it is still asked.
    ("特设委员会2023年各届会议的确切日期已经定下来了吗？", None),
    ("届会的具体日期是否已经确定？", None),
    ("Have the exact dates of the Ad Hoc Committee's 2023 sessions been fixed yet?", None),
    ("会议的具体日期确定了吗？是哪几天？", DAY),
    ("What are the exact dates of the 2023 sessions?", DAY),
    ("What dates have been set for the 2023 sessions?", DAY),  # (review) which, not whether
])
def test_the_precision_a_question_asks_a_date_to(question, precision):
    assert asked_date(question) == precision


@pytest.mark.parametrize("text, year, day", [
    ("专家组第一次会议于 2011 年 1 月 17 日至 21 日在维也纳举行。", True, True),
    ("held in Vienna from 17 to 21 January 2011", True, True),
    ("the meeting of 26 January", False, True),
    ("on April 3, the bureau agreed", False, True),
    ("二〇一一年三月", True, False),
    ("第二届会议\t2 月 21 日至 3 月 4 日", False, True),
    ("8 月下旬至 9 月初两周", False, False),
    ("大会第 74/247 号决议", False, False),
    ("许多发言者对网络犯罪问题全球方案开展的工作表示赞赏。", False, False),
    # A decade is no year.
    ("在 1990 年代，区域组织和国际组织开始应对网上犯罪问题", False, False),
    ("in the 1990s, regional organizations began", False, False),
])
def test_a_sentence_gives_a_year_or_a_day(text, year, day):
    assert states_date(text, YEAR) is year
    assert states_date(text, DAY) is day


def test_a_when_question_and_any_date_for_ranking():
    from egassist.dates import ANY, asks_when

    assert asks_when("专家组第二次会议于何时举行？") and asks_when("when did it meet?")
    assert not asks_when("专家组第二次会议在哪里举行？")
    # A period asked is a when: the documents give it as dates ("2021 年 8 月至 2024 年 6 月底").
    assert asks_when("特设委员会在什么时间段内举行八届会议？")
    assert asks_when("这些届会安排在哪段时间？") and asks_when("专家组在什么时间开会？")
    assert not asks_when("有什么时间限制？") and not asks_when("在时间范围内有多少国家答复？")
    assert states_date("会议于 4 月举行", ANY) and states_date("held in April", ANY)
    assert not states_date("the bureau may decide", ANY)  # "may" is no month
    assert states_date("在 1990 年代", ANY)  # ... though a decade says when


def test_the_days_a_text_names_in_either_language():
    from egassist.dates import days_named

    assert days_named("4月12日, 星期三") == days_named("on 12 April") == days_named("April 12") \
        == {(4, 12)}
    assert days_named("2018 年 4 月 3 日至 5 日") == {(4, 3)}
    assert days_named("第 12 段") == set() and days_named("they may 2 ...") == set()


@pytest.mark.parametrize("question, years", [
    ("How does the 2011 expert group report define phishing?", {"2011"}),
    ("按照2011年的专题汇编，哪一年开始……？", {"2011"}),
    ("What did the March 2019 meeting discuss?", {"2019"}),
    ("What was recommended by the 2018 report?", {"2018"}),
    ("从2018年的报告看，专家组建议了什么？", {"2018"}),
    ("2011年起草的研究报告说了什么？", {"2011"}),
    ("What differs between the 2011 and 2018 reports?", {"2011", "2018"}),
    # A year bounding a period is not the year of a document.
    ("Which countries have ratified the convention since 2018?", set()),
    ("2019年以来有哪些变化？", set()),
    ("自2011年起，专家组开了几次会？", set()),
    ("截至2020年，共有多少国家加入？", set()),
    ("What happened between 2011 and 2018?", set()),
    ("What changed from 2011 to 2018?", set()),
    ("2018年至2020年期间举行了几次会议？", set()),
    ("What happened by March 2019?", set()),
])
def test_the_years_a_question_names_a_document_by(question, years):
    assert naming_years(question) == years


@pytest.mark.parametrize("question, duration", [
    ("会员国建议服务提供商应将流量数据保留多长时间？", True),
    ("数据收集阶段预计历时多久？", True),
    ("组织会议的会期多长？", True),
    ("For how long should providers retain traffic data?", True),
    ("How long did the fourth meeting last?", True),
    ("数据保留期限 几个月", True),
    ("要等多少个星期？", True),
    ("How long was the meeting?", True),
    # A time limit is a length of time (or its ends).
    ("What time limit did the expert group recommend for executing requests?", True),
    ("Within what period must a request be answered?", True),
    ("执行司法协助请求的时限是多少？", True),
    ("What is the time limit for answering a preservation request?", True),
    ("Why was a time limit proposed?", False),
    ("民间社会代表每次发言限时几分钟？", True),  # minutes: a length, not a count of things
    ("接收意见的时限是什么时候？", False),  # a deadline's date
    ("In which time frame was the questionnaire to be sent?", False),
    ("How long ago was the study launched?", False),
    ("How long is the report?", False),
    ("数据收集在哪几个月进行？", False),   # which months
    ("几个月前发出了调查表？", False),     # how long ago
    ("第四次会议开了几天？", False),   # a count of days, read by counting
    ("第四次会议何时举行？", False),
])
def test_questions_asking_a_length_of_time(question, duration):
    assert asks_duration(question) == duration


def test_a_length_of_time_is_given_as_one_or_by_its_ends():
    assert states_duration("数据收集和分类（5 个半月，秘书处将在 2011 年 10 月初发出中期提示）")
    assert states_duration("应于 2020 年 8 月在纽约召开一次为期三天的组织会议")
    assert states_duration("2021 年 8 月至 2024 年 6 月底在维也纳举行八届会议")
    assert states_duration("data collection and collation (five and a half months)")
    assert states_duration("The meeting was held from 3 to 5 April 2018.")
    assert states_duration("在 10 个工作日内提出异议")
    assert states_duration("每次发言不超过 5 分钟")
    assert states_duration("statements limited to five minutes")
    # A date, an ordinal, a decade, a count of other things are no length of time.
    assert not states_duration("2011 年 6 月")
    assert not states_duration("在二十一世纪的第一个十年中")
    assert not states_duration("第 3 年")
    assert not states_duration("in the 1990s")
    assert not states_duration("有 98 个会员国出席")
    assert not states_duration("在同一天举行")        # a day named
    assert not states_duration("每两年举行一次")      # how often
    assert states_duration("会议于 2018 年 4月3-5日举行")


@pytest.mark.parametrize("question, act", [
    ("专家组第五次会议的报告是在哪一天通过的？", "通过"),
    ("公约草案是哪一年提交秘书长的？", "提交"),
    ("第三次会议定于哪一天几点开幕？", "开幕"),
    ("主席是哪一年当选的？", "当选"),
    ("On what date was the Chair first elected?", "当选"),
    ("In which year was the report adopted?", "通过"),
    ("On what date was the organization of work circulated to the Bureau?", "分发"),
    ("研究报告是哪一年分发给会员国的？", "分发"),
    # 散发 is also "disseminate"; "distributed denial-of-service" names no act.
    ("哪一年将散发儿童色情定为犯罪？", None),
    ("In which year were distributed denial-of-service attacks first reported?", None),
    # A verb elsewhere in the question is not the act dated.
    ("根据第一次专家组会议通过的研究专题，网民人数是从哪一年起多于工业化国家的？", None),
    ("临时议程说明是哪一天印发的？", None),  # a masthead dates a document
    ("专家组第二次会议于何时举行？", None),
    ("On what date did the meeting, which adopted the report, open?", None),
    # Participles only: a base form or a noun is no act dated.
    ("On what date did the bureau agree on the provisional agenda?", None),
    ("In which year was the CIS agreement on cooperation concluded?", None),
    # The act first, then the date asked of it.
    ("Who agreed the provisional agenda of the third meeting, and on which date?", "商定"),
    ("Which meeting adopted the report, and on what date?", "通过"),
    ("Who agreed the agenda, and which sessions did it cover?", None),
    # ... only when the date ends the question, in the act's clause (review of e3ac04a).
    # (Its date is asked of the opening, which "did that meeting open" names.)
    ("Which document was circulated before the third meeting, and on what date did that meeting "
     "open?", "开幕"),
    # ... and the date asked of another act is that act's (entry into force, not signing).
    ("Which States signed the Budapest Convention, and on which date did it enter into force?",
     "生效"),
    # A base form after the question's auxiliary, and the date asked "on which".
    ("On which date did the Expert Group adopt its 2018 report?", "通过"),
    ("At which meeting, and on what date, did the Expert Group adopt its report?", "通过"),
    ("When did the Commission establish the Expert Group?", "设立"),
    ("Could you please provide the date on which the Expert Group adopted its report?", "通过"),
    ("On which day did the expert group sign off on its own 2018 report?", None),
    ("When did the Expert Group meet?", None),
    # ... a verb after its subject (review): not the "open" of "open-ended", nor an adjective.
    ("On what date did the open-ended intergovernmental expert group adopt its 2018 report?",
     "通过"),
    ("In which year did the open-ended intergovernmental expert group hold its first meeting?",
     None),
    ("In which year did the Expert Group call for close cooperation with the private sector?",
     None),
    ("In which year did the Budapest Convention enter into force?", "生效"),
    # A treaty's entry into force: a date beside its title may be of its drafting.
    ("布达佩斯公约哪年生效的？", "生效"),
    # ... and after who did it.
    ("这项公约是哪一年由联合国大会通过的？", "通过"),
    # 通过 as "through" is no adoption.
    ("扩大主席团是哪一天通过默许程序确定会议日期的？", None),
    ("会期是哪天、通过什么程序决定的？", None),
])
def test_the_act_a_question_asks_the_date_of(question, act):
    forms = dated_act(question)
    assert (act in forms) if act else forms == ()


def test_an_act_is_named_by_any_of_its_forms():
    elected = dated_act("On what date was the Chair elected?")
    assert names_act("2016 年 12 月 1 日选举 Mashabane 为主席", elected)
    assert names_act("The Chair was Elected on 1 December 2016", elected)
    assert not names_act("会议于 2020 年 7 月 27 日开幕", elected)
    assert not names_act("The experts were selected on 1 December 2016", elected)
    in_force = dated_act("该公约是哪一年生效的？")
    assert names_act("The Convention entered into force on 1 July 2004", in_force)
    assert not names_act("2017 年 10 月 11 日向秘书长提交的公约草案", in_force)


@pytest.mark.parametrize("question, kind", [
    ("评估会议最终是在哪一天举行的？", "评估"),
    ("特设委员会在纽约开的组织会议，具体是 8 月几号到几号？", "组织"),
    ("全体会议哪天举行？", "全体"),
    ("专家组第四次会议是哪一天开幕的？", None),   # an ordinal: `meetings` reads it
    ("专家组会议在哪一天举行？", None),           # the body that meets, not a kind of meeting
    # What is dated is the last noun before the question word, an ordinal meeting `meetings`'s.
    ("组织会议通过的议程是哪一天印发的？", None),
    ("特设委员会在组织会议上决定第一届会议于哪一天开幕？", None),
    ("When was the eleventh session held?", None),
    ("On what date will the stocktaking meeting be held?", "stocktaking"),
    # After a possessive, before a gloss in brackets.
    ("On what dates will the Expert Group's stocktaking (evaluation) meeting be held?",
     "stocktaking"),
    ("When was the Expert Group's fourth meeting held?", None),
    ("When is the stocktaking (Evaluation) meeting?", "stocktaking"),
    ("On what dates will the Expert Group’s stocktaking meeting be held?", "stocktaking"),
    ("When is the Member States' informal meeting?", "informal"),
    ("When was the Expert Group's own meeting?", None),
    ("On which days was the organizational session held?", "organizational"),
    ("On what date did the sixth meeting open?", None),
    ("When did the Expert Group meeting open?", None),
])
def test_the_kind_of_meeting_a_question_asks_the_date_of(question, kind):
    assert dated_meeting_kind(question) == kind


@pytest.mark.parametrize("question, asks", [
    ("At what time was the meeting opened?", True),
    ("On which day and at what hour did it open?", True),
    ("专家组第三次会议定于哪一天几点开幕？", True),
    ("会议在什么时刻开始？", True),
    ("What time does the third meeting open?", True),
    ("What time did the meeting kick off on its first morning?", True),
    ("What time will the session commence?", True),
    ("What time is the meeting convening on Monday?", True),
    ("What time did the convention's drafters meet?", False),
    ("When did the reconvened Bureau meet?", False),
    ("Who was the Rapporteur of the reconvened Bureau?", False),
    ("What time frame does the workplan cover?", False),
    ("What time-frame does the workplan cover?", False),
    ("What time is allotted to each speaker?", False),
    # 几点 of "how many points", not of a clock.
    ("会员国就刑事定罪议程项目提出了哪几点建议？", False),
    ("提出了几点意见？", False),
    # 几点 ending the question asks the clock.
    ("图书馆的开放时间是几点？", True),
    ("第三次会议上午几点？", True),
    ("他们一共提出了哪几点？", False),
    ("专家组的结论有几点？", False),  # (review) points, after no time
    ("What timeline was proposed for the sessions?", False),
    ("专家组第二次会议于何时举行？", False),
    ("When did the Expert Group meeting open?", False),
])
def test_questions_asking_a_time_of_day(question, asks):
    assert asks_time_of_day(question) == asks


def test_a_time_of_day_is_a_clock_time():
    assert states_date("第三次会议将于 2017 年 4 月 10 日星期一上午 10 时举行。", TIME)
    assert states_date("4月10日, 星期一\t上午10时至 下午1时\t1(a)\t会议开幕", TIME)
    assert states_date("will be opened at 10 a.m. on Monday, 10 April 2017.", TIME)
    assert states_date("resumed at 3.30 p.m.", TIME)
    assert not states_date("专家组第四次会议于 2018 年 4 月 3 日至 5 日在维也纳举行。", TIME)
    assert not states_date("同时，各国应在 24 小时内作出答复。", TIME)   # a duration
    assert not states_date("The meeting was held from 3 to 5 April 2018.", TIME)


@pytest.mark.parametrize("question, deadline", [
    ("By what deadline must Member States submit their proposals?", True),
    ("提交意见的截止日期是哪天？", True),
    ("关于调查表的意见的最后期限是什么时候？", True),
    ("会员国应在哪一天之前提交提案？", True),
    ("On what date did the bureau decide?", False),
    ("专家组第二次会议于何时举行？", False),
    # Other things asked of a deadline.
    ("How many States missed the deadline?", False),
    ("Why was the deadline extended?", False),
    ("为什么推迟最后期限？", False),
])
def test_questions_asking_a_deadline(question, deadline):
    assert asks_deadline(question) == deadline


def test_a_deadline_is_a_date_something_is_due_by():
    assert states_deadline("2011 年 6 月中旬：接收关于调查表的意见的最后期限。")
    assert states_deadline("在不晚于 2021 年举行的评估会议上进一步讨论")
    assert states_deadline("comments were requested by 15 June 2011")
    assert states_deadline("请各国于 2011 年 6 月 30 日前提交意见")
    assert states_deadline("not later than 15 June 2011")
    # A timeline's entry is when its step is due.
    assert states_deadline("2012 年 8 月：向专家组成员分发研究案文草稿，确保按时编拟成文。")
    assert not states_deadline("研究案文草稿于 2012 年 8 月分发给专家组成员")
    # When a session is held is no deadline.
    assert not states_deadline("第八届会议\t六月底前的两周\t最后审定并核准公约案文草案，供 2024 年大会审议")
    assert not states_deadline("第一届会议\t8 月 2 日至 13 日\t讨论并商定与公约大纲和结构有关的事项")
    assert not states_deadline("会员国应在提交提案之前进行磋商")   # no date
    # An English year alone is a date it is due by: "no later than 2021" (a Chinese one has 年).
    assert states_deadline("for further discussion at a stocktaking meeting to be held no later "
                           "than 2021 (see UNODC/CCPCJ/EG.4/2018/CRP.1, para. 12).")
    assert states_deadline("The study is to be finalized by 2013.")
    assert not states_deadline("Before the 2021 session, States were consulted.")
    assert not states_deadline("More than 2000 cases were reported before the meeting.")


@pytest.mark.parametrize("question, act", [
    ("Mashabane 是在哪一次会议上当选为主席的？", "当选"),
    ("工作计划在哪次会议上通过？", "通过"),
    ("特设委员会在哪一届会议上核准公约草案？", "核准"),
    ("At which session was the report adopted?", "通过"),
    ("哪次会议讨论了电子证据？", None),           # what was discussed, no act
    ("在哪一年通过了报告？", None),               # a year asked: dated_act's
])
def test_the_act_a_question_asks_the_meeting_of(question, act):
    forms = meeting_act(question)
    assert (act in forms) if act else forms == ()


def test_a_meeting_is_named_with_the_act():
    adopted = meeting_act("工作计划在哪次会议上通过？")
    assert names_meeting_of_act("会上，专家组还通过了主席的提案", adopted)
    assert names_meeting_of_act("在第 1 场会议上，专家组通过了工作计划", adopted)
    assert not names_meeting_of_act("专家组通过了工作计划", adopted)
    assert not names_meeting_of_act("会上，专家组讨论了工作计划", adopted)


def test_an_issue_date_is_asked_in_any_case():
    from egassist.dates import ISSUED

    assert ISSUED.search("When was the note Issued?") and ISSUED.search("该说明是哪天印发的？")
    assert not ISSUED.search("When was the meeting held?")
