"""Questions asking where an event is held, what they ask it of, and texts that name a venue."""

import pytest

from egassist.venues import (asks_room, asks_venue, names_room, names_venue, venue_asked_of,
                             venue_asked_of_en)


@pytest.mark.parametrize("question", [
    "为签署公约而安排的高级别政治会议将在哪个城市举行？",
    "扩大主席团第一次会议是在哪里召开的？",
    "第四次会议的举行地点是哪里？",
    "Where was the organizational session held?",
    "In which city will the signing conference take place?",
    # 开 as speech has it, closing the question.
    "扩大主席团2017年3月15日商定临时议程的那次会议是在哪里开的？",
    "第四次会议在哪开？",
    "专家组在哪里开了会？",
    "会议在哪里开的呀？",
    "第一次会议在哪个城市开的会？",
    "会议在什么地方开的会议？",
    # The country that hosts it, or holds it in it.
    "Which country will host the high-level political conference for the signing?",
    "In which country was the fourth meeting held?",
    "哪个国家将主办签署公约的高级别政治会议？",
    "签署公约的高级别政治会议将在哪个国家举行？",
    "哪国主办了第四次会议？",
    "哪个国家将举行签署公约的高级别政治会议？",
])
def test_questions_asking_where_an_event_is_held(question):
    assert asks_venue(question)


@pytest.mark.parametrize("question", [
    "在哪份报告中提到了这次会议？",                    # a place in the documents
    "E/CN.15/2018/1 是在哪里被引用的？",
    "Where does the report discuss phishing?",
    "有发言者认为网络安全问题应当放在哪些论坛上讨论？",
    "专家组第三次会议在哪一天举行？",                  # when, not where
    # "where" that asks no place, and "location" that is no venue.
    "Where jurisdiction is based on nationality, what should Member States provide for in law?",
    "Where did speakers call for evidence-based policies?",
    "What location data can service providers be asked to preserve?",
    "秘书处设在哪里？",                                # where an office is: not read
    "报告在哪里提到开展培训？",                        # 开展, not 开
    "这些数据在哪里公开？",                            # 公开
    # Where the answer is written, of an event's list or record.
    "2016年重新召集的专家组主席团里，报告员由谁担任？这一名单写在哪里？",
    "第四次会议的议程载于何处？",
    "2018年会议在哪里提到举行闭幕会议？",
    # A country that did something else.
    "Which country signed the Budapest Convention?",
    "哪个国家签署了公约？",
    "哪个国家提出了这项建议？",
    "Which country held the vice-chair of the bureau in 2018?",      # held no event
    "Which country held the view that a new convention was needed?",
    "Which country hosts the largest number of servers?",
    "哪个国家主办的网站提供了数据？",                                # 主办 describing
])
def test_questions_asking_no_venue(question):
    assert not asks_venue(question)


@pytest.mark.parametrize("question, event", [
    ("特设委员会为签署公约而安排的高级别政治会议将在哪个城市举行？", "高级别政治会议"),
    ("2016年举行的重新召集的扩大主席团第一次会议是在哪里召开的？", "扩大主席团第一次会议"),
    ("在哪里举行了第四次会议？", "第四次会议"),
    # What the verb holds, less its count; other things asked before the question word.
    ("秘书处建议特设委员会在什么时间、什么地点举行几届会议来拟订公约？", "会议"),
    ("特设委员会的组织会议定于何时何地举行、开几天？", "组织会议"),
    ("审议第一次会议报告的委员会第二十届会议于何时在哪里举行？", "委员会第二十届会议"),
    ("第四次会议的举行地点是哪里？", "第四次会议"),
    # Less the adverbs spreading the question over several events.
    ("组织会议和此后的各届会议分别在哪个城市举行？", "各届会议"),
    ("第三次和第四次会议都是在哪里举行的？", "第三次和第四次会议"),
    ("两次会议各在哪个城市举行？", "两次会议"),
    # A demonstrative's meeting is the one described before it, when the description dates it.
    ("扩大主席团2018年1月26日确认第四次会议会期的那次会议是在哪里举行的？",
     "扩大主席团2018年1月26日确认第四次会议会期的那次会议"),
    ("2017年审议专家组第一次会议的报告的那次会议在哪里举行？",
     "2017年审议专家组第一次会议的报告的那次会议"),
    ("通过本报告的那次会议在哪里举行？", "那次会议"),
    ("Where was the organizational session held?", ""),
    # What a host holds, described before its head (not 签署公约, the first event's object).
    ("哪个国家将主办签署公约的高级别政治会议？", "高级别政治会议"),
    ("在哪个城市举办签署公约的高级别政治会议？", "高级别政治会议"),
    # ... not past a purpose or a second verb (以, 来, 并).
    ("将在哪个城市举行会议以审议专家组的报告？", "会议"),
    ("哪个国家主办了第四次会议并提供了会议的口译？", "第四次会议"),
    # A body is what is asked of, not its 会 read as "will"; and a clause that only names it is
    # what the next asks of (not a clause of its own).
    ("特设委员会打算在哪里开会？", "特设委员会"),
    ("那个负责起草公约的特设委员会，打算从什么时候到什么时候、在哪里开会？", "特设委员会"),
    ("秘书处建议特设委员会一共开几届会议，在哪里开？", ""),
    ("特设委员会打算开几届会议？在哪里开？", ""),  # a question before is a clause of its own
    ("那个特设委员会，打算在哪里开会？", "特设委员会"),
    # (The 到 of 提到 is no "until".)
    ("第四次会议的报告提到在哪里举行", "报告提到"),
    # A request opening the question asks the reader, not of the event; a briefing (说明会) is
    # an event, not a request.
    ("能不能说明专家组第四次会议在哪里开的？", "专家组第四次会议"),
    ("你能告诉我专家组第四次会议在哪里开的吗？", "专家组第四次会议"),
    ("请问第四次会议在哪里举行？", "第四次会议"),
    ("说明会在哪里举行？", "说明会"),
    # What says by what it is so (按规定, 原定) is no part of the event.
    ("特设委员会的组织会议按规定应在何时、何地召开，会期多长？", "组织会议"),
    ("第三次会议原定在哪里举行？", "第三次会议"),
    # ... nor when else is asked ("in which month").
    ("特设委员会的组织会议原定在哪个月、哪座城市召开？", "组织会议"),
    # A conjunction opening the clause that asks where: the clause before says of what.
    ("特设委员会可以考虑举行多少届会议，并且在哪一个城市？", ""),
    ("组织会议安排在哪座城市召开？", "组织会议"),
    ("工作安排在哪里举行？", "工作安排"),  # 工作安排, the organization of work
])
def test_what_the_venue_is_asked_of(question, event):
    assert venue_asked_of(question) == event


@pytest.mark.parametrize("text", [
    "专家组第一次会议于 2011 年 1 月 17 日至 21 日在维也纳举行。",
    "特设委员会应于 2020 年 8 月在纽约召开一次为期三天的组织会议",
    "会议在联合国总部举行",
    "The meeting was held in Vienna from 3 to 5 April 2018.",
    "预防犯罪和刑事司法委员会\n第二十届会议\n2011 年 4 月 11 日至 15 日，维也纳",  # a masthead
])
def test_texts_naming_a_venue(text):
    assert names_venue(text)


@pytest.mark.parametrize("text", [
    # jieba tags 重新召集 as a place name; it follows no 在 / 于.
    "重新召集的扩大主席团第一次会议于 2016 年 12 月 1 日举行。",
    "特设委员会可考虑安排一次高级别政治会议用以签署公约。",
    "The session will be held in January 2021.",
    "André Rypl（巴西）宣布会议开幕。",               # a country in brackets is a nationality
    "Measures are set out in the Convention and in Article 16.",
])
def test_texts_naming_no_venue(text):
    assert not names_venue(text)


@pytest.mark.parametrize("question, event", [
    ("In which city would the high-level conference for signing the convention be held?",
     "high-level conference for signing the convention"),
    ("Where was the Ad Hoc Committee's organizational session to be held?",
     "Ad Hoc Committee's organizational session"),
    ("Which city will host the committee's sessions?", "committee's sessions"),
    ("When and where did the fifth meeting take place?", "fifth meeting"),
    ("Which city hosted the fourth meeting?", "fourth meeting"),
    ("Which country will host the signing conference?", "signing conference"),
    ("Where does the report discuss phishing?", ""),     # no venue asked
])
def test_what_an_english_question_asks_the_venue_of(question, event):
    assert venue_asked_of_en(question) == event


@pytest.mark.parametrize("question, asks", [
    ("第一届会议安排在维也纳国际中心的哪个会议室举行？", True),
    ("In which conference room will the session meet?", True),
    ("What room was the meeting held in?", True),
    ("第一届会议在哪个城市举行？", False),   # a city: asks_venue's
    ("会议室文件载有什么内容？", False),      # a conference room paper
])
def test_questions_asking_which_room(question, asks):
    assert asks_room(question) is asks


@pytest.mark.parametrize("text, names", [
    ("会议在 C 楼第三会议室举行", True),
    ("The meeting was held in Conference Room 3", True),
    ("in Room M3 of the Vienna International Centre", True),
    ("会议在维也纳国际中心举行", False),            # the building, no room
    ("秘书处印发了会议室文件", False),             # a conference room paper
    ("as set out in a Conference Room Paper", False),
])
def test_texts_naming_a_room(text, names):
    assert names_room(text) is names
