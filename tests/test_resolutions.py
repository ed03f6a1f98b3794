"""Questions asking what a resolution requested, and sentences that say it."""

import pytest

from egassist.resolutions import (DATE, TITLE, asked_of_resolution, asked_resolution,
                                  asks_resolution_number, asks_several_resolutions,
                                  cited_resolutions, cites_resolution, gives_of_resolution,
                                  mentions_resolution, says_what_it_requested)
from egassist.symbols import resolution_of


@pytest.mark.parametrize("question, number", [
    ("What did Commission resolution 26/4 ask the Expert Group to do?", "26/4"),
    ("What does General Assembly resolution 74/247 decide?", "74/247"),
    ("联大第 74/173 号决议要求毒品和犯罪问题办公室做什么？", "74/173"),
    ("委员会第 22/8 号决议请秘书处做什么？", "22/8"),
    # The verb before the resolution.
    ("What did the General Assembly ask UNODC to do in resolution 74/173?", "74/173"),
    ("What does the Commission request in its resolution 26/4?", "26/4"),
    # What it states, which a passage quotes after 指出.
    ("报告引用第 55/63 号决议说明了什么？", "55/63"),
])
def test_questions_asking_what_a_resolution_requested(question, number):
    assert asked_resolution(question) == number


@pytest.mark.parametrize("question", [
    "按照第 65/230 号决议，专家组的进展要向谁汇报？",   # asks who, by the resolution
    "What is resolution 22/8 about?",
    "委员会第 22/7 号决议的题目是什么？",
    "What did the Expert Group request the Secretariat to do?",  # no resolution
    "What did the experts discuss about resolution 74/247?",     # no request asked
    "What did the report directly say about resolution 74/247?",
    "What did the Secretariat's director say about resolution 22/8?",
    "What did Member States ask for regarding resolution 74/247?",
    "What does the Expert Group's mandate under resolution 65/230 cover?",
    # A detail of what it provides, its financial note, another's emphasis (review of d33c43d).
    "第 74/247 号决议规定特设委员会的任务是什么？",
    "第 22/7 号决议的财务说明是什么文件？",
    "第 26/4 号决议通过后专家组强调了什么？",
])
def test_questions_that_ask_no_resolution_request(question):
    assert asked_resolution(question) is None


def test_a_sentence_naming_the_resolution_and_what_it_asks():
    assert says_what_it_requested("大会第 55/63 号决议指出：“各国应确保……”", "55/63")
    assert says_what_it_requested("第 26/4 号决议请专家组跟上网络犯罪不断变化的趋势。", "26/4")
    assert says_what_it_requested(
        "In its resolution 22/7, the Commission requested the Secretariat to translate it.", "22/7")
    # A resolution's clauses run on in one sentence, separated by ；.
    assert says_what_it_requested("大会在第 74/173 号决议中承认专家组的工作十分重要；确认专家组是"
                                  "重要平台；请毒品和犯罪问题办公室继续收集信息。", "74/173")


def test_a_symbol_or_decimal_does_not_end_the_sentence():
    assert says_what_it_requested("In its resolution 22/7 (see E/CN.15/2013/27), the Commission "
                                  "requested the Secretariat to translate it.", "22/7")
    assert says_what_it_requested("委员会在第 22/7 号决议（E/CN.15/2013/27）中请秘书处翻译该研究报告。",
                                  "22/7")


def test_a_resolution_cited_only_by_number_says_nothing_it_requested():
    text = ("秘书处将口头报告大会第 65/230 号决议的执行情况。此外，专家组还将收到一份有关委员会"
            "第 22/8 号决议执行情况的会议室文件，供其审议。委员会请专家组审议。")
    assert not says_what_it_requested(text, "22/8")   # the request is another sentence's
    assert not says_what_it_requested("第 122/80 号决议请秘书处……", "22/8")  # another number
    # 提请 draws attention, "called" names: neither asks anything.
    assert not says_what_it_requested("秘书处提请注意第 22/8 号决议。", "22/8")
    assert not says_what_it_requested("Resolution 22/8, called the Vienna text, is cited.", "22/8")


@pytest.mark.parametrize("symbol, resolution", [
    ("A/RES/65/230", ("A", "65/230")),
    ("a/res/74/247", ("A", "74/247")),                  # typed in lower case
    ("E/RES/2010/18", ("E", "2010/18")),
    ("S/RES/2341", ("S", "2341")),
    ("E/CN.15/2018/12", None),
    ("A/AC.291/22", None),
])
def test_the_organ_and_number_of_a_resolutions_symbol(symbol, resolution):
    assert resolution_of(symbol) == resolution


@pytest.mark.parametrize("text, organ, number, cited", [
    ("大会第 65/230 号决议请预防犯罪和刑事司法委员会", "A", "65/230", True),
    ("General Assembly resolution 65/230", "A", "65/230", True),
    ("in its resolutions 22/7 and 65/230", "A", "65/230", True),
    ("依照第 74/247 号决议，特设委员会", "A", "74/247", True),      # a session only the GA has had
    ("经济及社会理事会第 2010/18 号决议", "E", "2010/18", True),
    ("安理会第 2341 号决议", "S", "2341", True),
    ("委员会在第 22/7 号决议中请秘书处", "A", "22/7", False),      # the Commission's
    ("Commission resolution 22/7", "A", "22/7", False),
    ("依照第 22/7 号决议，秘书处", "A", "22/7", False),            # a session the Commission had too
    ("大会第 22/7 号决议", "A", "22/7", True),                    # ... unless the GA is named
    ("第 2341 号决议", "S", "2341", False),                       # a bare number: organ needed
    ("第 65/2300 号决议", "A", "65/230", False),                  # a longer number
    ("E/CN.15/2018/12 第 65/230 段", "A", "65/230", False),       # not cited as a resolution
])
def test_a_text_cites_a_resolution_by_number(text, organ, number, cited):
    assert mentions_resolution(text, organ, number) is cited


@pytest.mark.parametrize("question, asked", [
    ("第 74/247 号决议的标题是什么？", ("74/247", TITLE)),
    ("委员会第 22/8 号决议标题是什么？", ("22/8", TITLE)),  # 的 left out, as delegates type
    ("第22/8号决议名称？", ("22/8", TITLE)),
    # ... but then a question word must follow: this asks for a document.
    ("委员会第 22/8 号决议名称中提到的技术援助，秘书处在第三次会议上就此提交了什么文件？", None),
    ("大会第 74/247 号决议叫什么名字？", ("74/247", TITLE)),
    ("第 22/7 号决议题为什么？", ("22/7", TITLE)),
    ("What is the title of Commission resolution 22/7?", ("22/7", TITLE)),
    ("What is resolution 26/4 entitled?", ("26/4", TITLE)),
    ("第 65/230 号决议是哪一天通过的？", ("65/230", DATE)),
    ("大会第 65/230 号决议是在哪一天通过的？", ("65/230", DATE)),
    ("第 65/230 号决议通过的日期是什么？", ("65/230", DATE)),
    ("第65/230号决议通过日期是什么？", ("65/230", DATE)),
    ("第 65/230 号决议通过于何时？", ("65/230", DATE)),
    ("第 65/230 号决议是在什么时间通过的？", ("65/230", DATE)),
    ("大会设立特设委员会的第74/247号决议是于何年何月何日通过的？", ("74/247", DATE)),
    ("第 74/247 号决议是哪年哪月哪天通过的？", ("74/247", DATE)),
    ("第 74/247 号决议几月几日通过？", ("74/247", DATE)),
    ("大会是何时通过第 74/247 号决议的？", ("74/247", DATE)),
    ("When did the General Assembly adopt resolution 74/247?", ("74/247", DATE)),
    ("When was resolution 65/230 adopted?", ("65/230", DATE)),
    ("On what date did the General Assembly adopt resolution 74/173, which recognized ...?",
     ("74/173", DATE)),
    # (review) as a date "on which", and with the Assembly's full name.
    ("What was the exact date on which the General Assembly adopted resolution 74/247?",
     ("74/247", DATE)),
    ("On what date did the General Assembly of the United Nations adopt resolution 74/247?",
     ("74/247", DATE)),
    ("What is the date of General Assembly resolution 74/247?", ("74/247", DATE)),
    ("What did resolution 22/7 request?", None),
    ("第 22/7 号决议要求什么？", None),
    ("When did the Expert Group discuss resolution 22/8?", None),
    ("What is the title of E/CN.15/2011/19?", None),  # a document's, from its front matter
    ("第 22/70 号决议", None),
    # About something the resolution asked for or set up, not about the resolution itself.
    ("第 22/7 号决议要求的全面研究报告何时翻译成六种语文？", None),
    ("第 74/247 号决议设立的特设委员会何时举行第一届会议？", None),
    ("特设委员会何时通过第 74/247 号决议所要求的公约？", None),
    ("What is the name of the expert group established under resolution 65/230?", None),
    ("What is the title of the study requested in resolution 65/230?", None),
    ("When did the expert group adopt the workplan requested by resolution 26/4?", None),
    ("When was the expert group established pursuant to resolution 65/230 first convened?", None),
])
def test_questions_asking_a_resolutions_title_or_date(question, asked):
    assert asked_of_resolution(question) == asked


@pytest.mark.parametrize("text, number, what, gives", [
    # Titles: 题为“……”的, "entitled", "on the ...".
    ("委员会在其题为“加强国际合作打击网络犯罪”的第 22/7 号决议中，请秘书处……", "22/7", TITLE, True),
    ("In its resolution 22/7, entitled “Strengthening international cooperation”, the ...",
     "22/7", TITLE, True),
    ("General Assembly resolution 65/230 on the Twelfth United Nations Congress", "65/230", TITLE,
     True),
    ("General Assembly resolution 65/230 on 21 December 2010", "65/230", TITLE, False),
    # 关于……的 names a subject, and as often what else the sentence is about.
    ("专家组关于网络犯罪的工作以及委员会的第 22/7 号决议。", "22/7", TITLE, False),
    ("In resolution 26/4, on the recommendation of the Commission, the Council ...", "26/4",
     TITLE, False),
    ("在议程项目 2 下，秘书处将口头报告委员会第 22/7 号决议的执行情况。", "22/7", TITLE, False),
    ("委员会在其题为“加强国际合作打击网络犯罪”的第 22/70 号决议中", "22/7", TITLE, False),
    ("In its resolution 22/7, the Commission requested the Secretariat ...", "22/7", TITLE, False),
    # Dates: in the phrase that cites it.
    ("在 2019 年 12 月 27 日题为“打击为犯罪目的使用信息和通信技术行为”的第 74/247 号决议中，大会决定……",
     "74/247", DATE, True),
    ("理事会 2017 年 5 月通过的第 26/4 号决议", "26/4", DATE, True),
    ("In its resolution 65/230 of 21 December 2010, the General Assembly requested ...",
     "65/230", DATE, True),
    ("General Assembly resolution 74/247, adopted on 27 December 2019, ...", "74/247", DATE, True),
    ("专家组在 2018 年 4 月根据第 26/4 号决议通过了工作计划。", "26/4", DATE, False),
    ("2015 年，秘书处依照第 22/7 号决议翻译了研究报告。", "22/7", DATE, False),
    ("大会第 65 / 230 号决议（题为“……”）", "65/230", DATE, False),
    ("大会第 65/230 号决议请委员会设立专家组。专家组于 2011 年 1 月举行会议。", "65/230", DATE,
     False),
    ("在该决议中，大会还决定特设委员会应于 2020 年 8 月在纽约召开组织会议。", "74/247", DATE, False),
    ("随后经济及社会理事会第 2010/18 号决议和大会第 65/230 号决议也采纳了该建议。", "65/230", DATE,
     False),
])
def test_a_text_gives_a_resolutions_title_or_date_where_it_cites_it(text, number, what, gives):
    assert gives_of_resolution(text, number, what) is gives


@pytest.mark.parametrize("question, asked", [
    ("委员会通过的决议编号是多少？", True),
    ("专家组是根据哪项决议设立的？", True),
    ("这是第几号决议？", True),
    ("Which General Assembly resolution endorsed the Doha Declaration?", True),
    ("What is the number of the resolution the Commission adopted?", True),
    ("第 22/7 号决议请秘书处做什么？", False),
    ("When was resolution 74/247 adopted?", False),
    ("What did the Commission decide at its twentieth session?", False),
    # "any" and "how", and a draft, which documents name by symbol.
    ("专家组第一次会议是否通过了任何决议？", False),
    ("委员会如何决议？", False),
    ("哪个决议草案建议大会通过？", False),
])
def test_questions_asking_which_resolution(question, asked):
    assert asks_resolution_number(question) is asked


@pytest.mark.parametrize("text, cites", [
    ("大会在第 65/230 号决议中请委员会设立专家组", True),
    ("依照第 22/7 号决议，秘书处重新召集了专家组", True),
    ("In its resolution 22/7, the Commission requested the Secretariat", True),
    ("委员会认可第一次专家组会议的成果", False),
    ("A/RES/74/247", True),
    ("安全理事会第 1373（2001）号决议", True),
    ("Security Council resolution 1373 (2001)", True),
    ("E/CN.15/2018/12 第 10 段", False),
    ("2011 年 1 月 17 日至 21 日", False),
])
def test_a_resolution_cited_by_its_number(text, cites):
    assert cites_resolution(text) is cites


@pytest.mark.parametrize("question, several", [
    ("大会就网上犯罪问题通过过哪些决议？", True),
    ("关于网上犯罪，大会通过的决议具体是哪几项？", True),
    ("Which General Assembly resolutions on cybercrime does the report give as examples?", True),
    ("What are the resolutions that established the Expert Group?", True),
    ("专题汇编举例提到了哪几项涉及网上犯罪的决议？", True),
    # ... followed by another question: its own clause ends at its question mark.
    ("大会通过的若干决议，具体是哪几项？载于哪个脚注？", True),
    ("哪些国家提出的决议获得通过？", False),  # asks the countries
    # One resolution, or a draft.
    ("专家组是根据哪项决议设立的？", False),
    ("Which resolution established the Expert Group?", False),
    ("哪些决议草案建议大会通过？", False),
    # 哪些 after 决议 asks something else of it.
    ("该决议提出了哪些建议？", False),
    ("决议请秘书长采取哪些措施？", False),
    ("第 65/230 号决议的哪些段落提到专家组？", False),
    ("这些决议有哪些内容？其中哪项最重要？", False),
    ("该决议的主要内容有哪些？它何时通过？", False),
    ("决议中的建议是哪些？专家组是否采纳？", False),
    # A draft, and a verb before "resolutions": what they did is asked.
    ("Which draft resolutions were recommended to the Council?", False),
    ("What did resolutions 65/230 and 22/7 request?", False),
    ("In what year were the resolutions adopted?", False),
])
def test_questions_asking_which_resolutions(question, several):
    assert asks_several_resolutions(question) is several


@pytest.mark.parametrize("text, numbers", [
    # A series runs on to the one 号决议 that ends it.
    ("例如，大会第 45/121、55/63、56/121 和 60/177 号决议。", {"45/121", "55/63", "56/121", "60/177"}),
    ("经济及社会理事会第 2010/18 号决议和大会第 65/230 号决议", {"2010/18", "65/230"}),
    ("General Assembly resolutions 55/63 and 56/121", {"55/63", "56/121"}),
    # Each with its own 号 and 第.
    ("委员会第 22/7 号和第 22/8 号决议", {"22/7", "22/8"}),
    ("大会第 65/230 号、第 74/247 号和第 75/282 号决议", {"65/230", "74/247", "75/282"}),
    # Numbers no resolution is cited by: a paragraph, a date.
    ("E/CN.15/2018/12 第 10 段，2011 年 1 月 17 日", set()),
])
def test_the_resolutions_a_text_cites(text, numbers):
    assert cited_resolutions(text) == numbers
