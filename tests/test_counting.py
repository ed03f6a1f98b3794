"""What a "how many" question counts, and whether a passage states such a count."""

import pytest

from egassist.counting import (AVERAGE, CEILING, MONEY, PLANNED, CountAsked, asks_actual,
                               asks_amount, asks_multiple,
                               asks_share, asks_stance, asks_total,
                               asks_which_counted, chinese_counts, count_asked, counts_of_kind,
                               counts_stated, lists_counted, only_counts, share_asked_of, stance,
                               states_amount,
                               states_count, states_multiple, states_share, written_as_count)


@pytest.mark.parametrize("question, words, kind", [
    ("专家组第五次会议有多少个会员国派代表出席？", "会员国", "个位名人家国所"),
    # The words before 的 describe the counted thing; the head comes after it.
    ("会议期间能安排多少场有同声传译的全体会议？", "全体会议", "次场届轮"),
    ("每个区域组最多提名多少位政府专家来协助研究？", "政府专家", "个位名人家国所"),
    ("秘书处收到了多少份对报告草稿的书面评论？", "书面评论", "项条种类份"),
    ("How many Member States attended the meeting?", "Member States attended", "个位名人家国所"),
    ("How much extrabudgetary funding was raised?", "extrabudgetary funding", None),
    # Nothing after 多少: the counted thing is the subject of 是 / 有 before it.
    ("办公室全球方案每年的预算是多少？", "预算", None),
    # ... whose amount the words before it say, 的 or not.
    ("特设委员会 2021-2024 年各届会议预算是多少？", "预算", None),
    ("各届会议经费是多少", "经费", None),
    ("报告草稿里写的与会会员国数目是多少？", "会员国", None),  # the number word's noun
    ("会员国提出异议的期限是多少天？", "期限", "天周月日年"),
    ("所载的公约草案一共有多少条？", "公约草案", "项条种类份"),
    # A currency after 多少 asks an amount of money.
    ("每宗报案的平均损失是多少美元？", "平均损失", "money"),
    ("诈骗类报案平均每宗损失多少钱？", "损失", "money"),
    ("What is the annual budget of the Global Programme?", "budget", "money"),
    ("What budget did the Secretariat estimate for the sessions?", "budget", "money"),
    ("What total cost does the statement estimate for the meetings?", "cost", "money"),
    ("What amount of conference-servicing costs is given in the statement?", "costs", "money"),
    ("What is the estimated cost in US dollars of the sessions?", "cost", "money"),
    ("多少钱款被追回？", "钱款", None),  # 钱 inside a word is no currency
    # 万 is a numeral, not a currency.
    ("有多少万人受害？", "人", None),
    ("What dollar amount was given in the statement?", "amount", "money"),
    # Among whom (中): the counted thing stands before, the verb after says what they did.
    ("出席的 98 个会员国中，有多少个表示支持制定新的文书？", "会员国", "个位名人家国所"),
    ("出席的 98 个会员国，其中有多少个表示支持？", "会员国", "个位名人家国所"),
    ("在这些会议中有多少次全体会议？", "全体会议", "次场届轮"),
    # Spoken shorthand: 几届会 counts 届会议 (not 会, which is in nearly every passage), and an
    # enumeration comma ends what is counted.
    ("特委会一共打算开几届会？在哪开？", "会议", "次场届轮"),
    ("特设委员会打算开几届会、在哪开、时间跨度多长？", "会议", "次场届轮"),
    ("特设委员会打算用多长时间开几届会来谈判公约？", "会议", "次场届轮"),  # what they are for
    ("第四次会议上，几位发言者提出了建议？", "发言者", "个位名人家国所"),  # no other question word
    # (review) A count after a why is still a count: 如何以及, 为何……以及, 作为何种.
    ("会员国如何以及在多少个论坛讨论了网络犯罪？", "论坛", "个位名人家国所"),
    ("专家组作为何种机构有几名成员？", "成员", "个位名人家国所"),
    ("一共开了几次会员国会议？", "会员国会议", "次场届轮"),
    ("有几个会员国出席了会议？", "会员国", "个位名人家国所"),
    # A prepositional phrase after the counted thing is not part of it (jieba tags 就 an adverb).
    ("一共有多少个会员国就研究报告草稿提交了评论意见？", "会员国", "个位名人家国所"),
    # Shorthand ending on 多少: the noun right before it is counted.
    ("EG 第三次会议 出席会员国 多少个？", "会员国", "个位名人家国所"),
    ("网络犯罪问题全球方案每年预算多少", "预算", None),
    # ... the noun of a number word before it, not the number word.
    ("2018年会议出席会员国数量多少？", "会员国", None),
    ("特设委员会副主席人数多少", "副主席", None),
    # People a body is made of are its members (组成 is no thing counted).
    ("特设委员会的主席团由多少人组成？", "成员", "个位名人家国所"),
    ("主席团由几个人组成？", "成员", "个位名人家国所"),
    ("主席团由多少人员组成？", "成员", "个位名人家国所"),
    # ... and so are its posts.
    ("主席团由几个职位组成？", "成员", "个位名人家国所"),
    ("主席团由多少个席位构成？", "成员", "个位名人家国所"),
    # A count in a sentence of its own before "其中有没有" is still asked.
    ("2011年研究列出了多少个专题？其中有没有电子证据？", "专题", "个位名人家国所"),
    # A quota (名额) is a number word: its noun is counted.
    ("其中副主席的名额为几名？", "副主席", "个位名人家国所"),
    # A clause opening with no noun and closed by 的 describes the counted thing after it.
    ("可用资源足够举行多少场附有六种正式语文传译的全体会议？", "全体会议", "次场届轮"),
    # After an adverb comes a verb, whatever jieba tags it (能报, a noun to it): people counted.
    ("每个区域组最多能报几名？", "", "个位名人家国所"),
    # An adverb before the copula is no part of what is counted (not the 则 of 规则).
    ("而其所报案件的平均损失又为多少？", "平均损失", None),
    ("议事规则有多少条？", "议事规则", "项条种类份"),
    # A measure word after 星期几 makes it a count again.
    ("每星期几次会议？", "会议", "次场届轮"),
    # A clause is closed by 的 only with no particle, verb or preposition before it.
    ("多少个新会员国提交了对草稿的评论？", "新会员国", "个位名人家国所"),
    # What the copula names, of the head's kind, is counted: the parties, not the States.
    ("2018年会议召开时，有多少个国家已经是《布达佩斯公约》的缔约国？", "缔约国", "个位名人家国所"),
    ("多少名代表是女性？", "代表", "个位名人家国所"),
    # An aside naming the currency asks an amount of money.
    ("What amount, in US dollars, did the Secretariat estimate for the sessions?", "amount",
     "money"),
    # ... or the currency's sign, typed fast.
    ("whats the actual $ amount of the budget implications", "amount", "money"),
    ("What's the US$ figure for the sessions?", "figure", "money"),
])
def test_the_counted_thing_and_the_kind_of_measure_word(question, words, kind):
    asked = count_asked(question)
    assert asked is not None and asked.words == words and asked.measure_kind == kind


@pytest.mark.parametrize("question", [
    # A count that leads to whether one is among them.
    "发言列举了恐怖组织利用信息技术的几种方式，其中是否提到用于安全存储？",
    # ... nor which one of them.
    "哥伦比亚代表列举了恐怖组织利用信息技术的几种方式，其中最后一项是什么？",
    "发言提到了几种犯罪，其中第二种是什么？",
    "发言列举了几种方式，这些方式中是否提到用于存储？",
    "会议哪天几点开幕？",           # what time
    "哪几个国家发了言？",           # which
    "报告是在第几次会议上通过的？",  # which one
    "为什么会牵涉好几家服务商？",    # several
    "A number of speakers said what?",
    "What did a growing number of Member States call for?",
    "Who chaired the meeting?",
    "What costs did the General Assembly invite donors to help cover?",  # which costs
    "What budget is used to fund the meetings?",
    "What amount of resources would be available for the meeting?",   # meetings, not money
    "几内亚比绍的代表团由谁担任团长？",  # Guinea-Bissau
    "草案几经修改后通过了吗？",          # "after several revisions"
    "那几届会议为什么没有定下日期？",      # "those sessions"
    "近几年各国的立法有什么变化？",        # "recent years"
    "过去几年各国的立法有什么变化？",
    # "the number of" is what another question word asks about: a year, a meeting.
    "In which year did the number of Internet users in developing countries first exceed that "
    "of industrialized countries?",
    "Which meeting had the largest number of participants?",
    "When did the number of Member States with cybercrime laws double?",
    "In what year did the number of Internet users in developing countries first exceed that of "
    "industrialized countries?",
    # An identifier, not a count.
    "报告员编写的审议情况概要，文号是多少？",
    "该文件的编号是多少？",
    # ... after a word jieba cuts into a verb and a noun (出售 / 品 / 编号).
    "《联合国预防和控制与计算机有关的犯罪手册》的出售品编号是多少？",
    # 有几 is "some" when another question word asks what is wanted.
    "有几名发言者认为网络安全问题应当放在联合国的哪些论坛上讨论？",
    "有几位专家提到了什么挑战？",
    "有几名发言者认为网络安全与网络犯罪是不同概念，应在联合国哪些论坛讨论？",
    "有几名发言者认为应如何处理跨境取证问题？",  # 如何 asks how
    # ... or yes or no, whatever follows the question mark.
    "有几名发言者是不是认为网络安全和网络犯罪是两回事？应放在哪里讨论？",
    "有几位发言者认为不需要新的文书吗？",
    # ... or after asking why: no reason is a count.
    "为什么有几位发言者主张把网络安全和网络犯罪放到联合国不同的论坛去讨论？",
    "为何有几个会员国没有答复调查问卷？",
    # ... and a bare 几位 opening a clause, with another question word after it.
    "在预防网络犯罪方面，几位发言者强调了哪些做法？",
    # 几 right after 举 ("give") asks for a few examples.
    "哥伦比亚代表说恐怖主义组织怎样利用新的信息技术？可以举几个例子吗？",
    "请举出几个例子。",
    # 星期几 asks the day of the week.
    "第三次会议定于何年何月何日、星期几开幕？",
    # A number of no noun, or not at the end, is no shorthand count.
    "会议次数？",
    "哪一年发展中国家网民的数量首次超过工业国家？",
])
def test_questions_that_ask_no_count(question):
    assert count_asked(question) is None


@pytest.mark.parametrize("question, counted", [
    # A number word's noun is counted, not the clause's first noun, which says where.
    ("2020 年第六次会议出席会员国数目是多少？", "会员国"),
    ("主席团成员人数是多少？", "主席团成员"),
    ("会员国数目是多少？", "会员国"),
])
def test_the_noun_of_a_number_word_is_counted(question, counted):
    assert count_asked(question).words == counted


@pytest.mark.parametrize("question", [
    # A yes-or-no word after a verb, or in another clause, leaves 有几 a count (review of 8c694ff).
    "有几个会员国讨论了是否需要一项新的全球法律文书？",
    "有几项建议涉及是否将其定为犯罪？",
    "专家组有几名副主席，是不是每个区域组一名？",
    "第五次会议有几个会员国出席，有没有观察员国？",
    "主席团有几名成员，都是选举产生的吗？",
    "报告举了几个例子？",  # how many it gave
    "专家组第四次会议选举几名副主席？",  # 选举, "elect"
])
def test_some_asked_yes_or_no_only_right_after_them(question):
    assert count_asked(question) is not None


def test_the_counts_a_question_states_itself():
    assert counts_stated("出席的 98 个会员国中，有多少个表示支持？") == {("98", "个会员国")}
    assert counts_stated("Of the 98 Member States that attended, how many agreed?") == {
        ("98", "Member")}
    # With what they count: a count of observer States is none of organisations.
    assert counts_stated("有 3 个观察员国出席，有多少个政府间组织出席？") == {("3", "个观察员国")}
    # Dates, symbols, resolution and paragraph numbers are no counts; nor numbers in words (三
    # is a character of many words).
    assert counts_stated("2018 年 4 月 3 日第 1 场会议上有多少个国家发言？") == set()
    assert counts_stated("On 3 April 2018, what did resolution 22/7 of E/CN.15/2013/CRP.10 "
                         "request?") == set()
    assert counts_stated("paragraph 36 of its report; Article 5 was cited") == set()
    assert counts_stated("在这三个区域组中有多少个国家？") == set()


def test_a_side_taken():
    assert stance("有多少个会员国表态支持新的文书？")
    assert stance("How many speakers favoured a new treaty?")
    assert stance("how many speakers backed sanctions against ISPs?")
    # A view held by those counted is a side; another's view, or "as stated", is none.
    assert asks_stance("有多少名发言者认为不需要新的文书？")
    assert asks_stance("How many speakers said a new instrument was not needed?")
    # ... also when the view is written before the things counted.
    assert asks_stance("认为不需要新的全球网络犯罪文书的发言者具体有多少个？")
    assert asks_stance("认为需要新文书的国家有几个？")
    assert stance("许多发言者认为，不需要新的文书")
    assert not asks_stance("秘书处认为特设委员会需要举行多少届会议？")
    assert not asks_stance("How many Member States attended the fourth meeting, as stated in the "
                           "report?")
    assert not asks_stance("How many vice-chairs is the Ad Hoc Committee said to elect?")
    assert not asks_stance("How many Member States attended the meeting?")
    assert stance("许多发言者认为，不需要新的文书；另有一些发言者主张制定新的文书")
    assert not stance("出席会议的代表分别来自 98 个会员国")
    assert not stance("How many Member States attended the meeting?")
    # What resources allow is no side taken.
    assert not stance("第三次会议的会议服务资源能支持几场带同声传译的全体会议？")
    assert not asks_stance("第三次会议的会议服务资源能支持几场带同声传译的全体会议？")
    # 支持 alone is a side when speakers or States are counted.
    assert asks_stance("第四次专家组会议上有多少名发言者支持在联合国框架内制定新的文书？")
    assert asks_stance("How many delegations support a new convention?")
    assert not asks_stance("有多少个国家提供支持？")   # those who gave support, no side
    assert not stance("How many plenary meetings could the conference resources support?")


def test_an_amount_of_money_named_by_its_currency_alone_is_any_sum():
    asked = count_asked("What dollar amount was given in the statement?")
    assert states_count("所涉经费估计为 5,100 美元。", {"amount"}, asked)
    assert states_count("US$ 5,100 was estimated", {"amount"}, asked)
    assert not states_count("出席会议的代表分别来自 98 个会员国", {"amount"}, asked)


@pytest.mark.parametrize("question", [
    "What amount did the Secretary-General allocate for the sessions?",
    "What total amount was requested for the Committee's work?",
])
def test_what_amount_asks_a_sum_of_money(question):
    asked = count_asked(question)
    assert asked is not None and asked.measure_kind == MONEY
    assert states_count("所涉经费估计为 5,100 美元。", {"amount"}, asked)
    assert not states_count("委员会可请秘书长拨出必要的资源。", {"amount"}, asked)


@pytest.mark.parametrize("question, words", [
    # The currency wanted, however the question is put: a search-box query has no "what is".
    ("Expert Group meeting costs in US dollars?", "costs"),
    ("What would the Ad Hoc Committee cost per session in US dollars?", "cost"),
    ("cost of the comprehensive study in euros", "cost"),
    # "per" after the noun, as after "of" or "for".
    ("What is the budget per session?", "budget"),
])
def test_an_amount_asked_by_its_currency_or_per_unit_is_money(question, words):
    asked = count_asked(question)
    assert asked == CountAsked(words, MONEY)


@pytest.mark.parametrize("question", [
    # Another question word asks something else of a budget given in dollars.
    "How many sessions does the budget in US dollars cover?",
    "When was the budget in US dollars approved?",
    "Which fraud had an average cost per case of 5,100 in US dollars?",
    # "what" with a verb asks what the budget does (covers, includes), not its amount.
    "What does the budget in US dollars include?",
    "What did the costs in US dollars cover?",
])
def test_a_currency_named_in_another_question_asks_no_amount(question):
    asked = count_asked(question)
    assert asked is None or asked.measure_kind != MONEY


def test_what_amount_of_something_else_asks_no_money():
    asked = count_asked("What amount of time was allotted to each session?")
    assert asked is None or asked.measure_kind != MONEY


def test_what_describes_an_amount_is_not_what_is_counted():
    # "the amount of the loss" counts the loss; "the source of funding" asks for no amount.
    assert count_asked("What is the amount of the average loss per case?") is None
    assert count_asked("What is the source of funding for the study?") is None


def test_a_verb_before_how_many_names_no_counted_thing():
    # "开几天": how long the meeting lasts, not a count of some noun before it.
    assert count_asked("组织会议在哪里召开、开几天？").words == ""
    assert count_asked("第四次会议开了几天？").words == ""
    assert count_asked("第四次会议 多少天？").words == ""  # how long, not how many meetings



def test_a_search_box_query_closing_on_a_number_word_counts_the_noun_before_it():
    # "第五次会议 出席 会员国 数目" asks what "出席的会员国有多少个" asks.
    assert count_asked("第六次会议 出席 会员国 数目").words == "会员国"
    assert count_asked("主席团 副主席人数").words == "副主席"
    assert count_asked("政府间组织的数量？").words == "政府间组织"
    # Keywords apart: what is counted stands before the count, the keyword after is another.
    assert count_asked("2018会议 全体会议 几场 口译").words == "全体会议"
    assert count_asked("出席 几个 会员国").words.strip() == "会员国"
    assert count_asked("第四次会议 多少个 会员国 出席").words.strip() == "会员国"
    assert count_asked("专家组会议 多少名 专家").words.strip() == "专家"
    # ... or on a bare 数 after the noun.
    assert count_asked("第四次会议 出席 会员国数").words == "会员国"
    assert count_asked("2017年会议 与会国家数？").words == "国家"
    assert count_asked("全球网络安全指数") is None  # 指数 is a word of its own
    # Not when the query asks something else of the number, nor of no noun.
    assert count_asked("哪些因素影响会员国数目") is None
    assert count_asked("会员国数目为什么增加") is None
    assert count_asked("出席人数") is None
    assert count_asked("专家组会议有没有规定人数") is None



def test_an_amount_noun_before_how_it_is_put_is_what_is_counted():
    # "经费预计需要多少" asks an amount of 经费, as "经费是多少" does.
    asked = count_asked("会议服务经费预计需要多少？")
    assert asked.words == "经费" and asks_amount("会议服务经费预计需要多少？", asked)
    assert count_asked("资金总共需要多少？").words == "资金"
    assert count_asked("经费预计 需要多少").words == "经费"
    # Not a length or a count of something else after the amount noun.
    assert count_asked("预算需要几年？").words == ""
    asked = count_asked("预算要多少天批准？")
    assert not asks_amount("预算要多少天批准？", asked)


def test_each_or_every_before_how_many_names_no_counted_thing():
    # "各有几人" counts the persons of each office the question listed before, not a thing named 各.
    assert count_asked("主席团由哪些职位组成，各有几人？").words == ""
    assert count_asked("报告员和副主席分别有几名？").words == "报告员和副主席"
    assert count_asked("两个小组分别有多少名成员？").words == "成员"
    # "各占几名": 各占 ("each takes") joins the thing to its count as 有 does; 只占多少 asks a
    # share of a total, not a count of the thing before it.
    assert count_asked("每个区域组各占几名？").words == "每个区域组"
    assert count_asked("尼日利亚信件诈骗在报案美元损失总额中只占多少？").words == ""
    # ... but after a comparison, what it compares: "哪一次出席的会员国更多？各有多少个？".
    assert count_asked("第三次和第四次会议，哪一次出席的会员国更多？各有多少个？").words == "会员国"

STATES = count_asked("有多少个会员国出席？")
STATES_EN = count_asked("How many member States attended?")


@pytest.mark.parametrize("text, forms, asked", [
    ("出席会议的代表分别来自 98 个会员国、1 个观察员国。", {"会员国"}, STATES),
    ("有[94]个会员国、一个观察员国派代表出席了会议。", {"会员国"}, STATES),
    ("各区域组将向秘书处提供政府专家（不超过六名）的姓名。", {"专家"},
     count_asked("提名多少位专家？")),
    ("在四天内举行八次配有联合国六种正式语文口译的全体会议。", {"全体会议"},
     count_asked("能安排几场全体会议？")),
    ("attended by representatives of 98 Member States", {"member states"}, STATES_EN),
    ("所报案件的平均损失为 5,100 美元", {"损失"}, count_asked("平均损失是多少美元？")),
    ("所报案件的平均损失为 5,100 美元", {"损失"}, count_asked("平均每宗损失多少钱？")),
    ("期限为 5 天", {"期限"}, count_asked("期限是多少天？")),
    # A duration is given as 为期 N 天, whatever its noun (会期, 期限).
    ("召开一次为期三天的组织会议", {"会期"}, count_asked("组织会议的会期是多少天？")),
    # A noun that begins with its measure word: 八届 counts 届会.
    ("在维也纳举行八届会议", {"届会"}, count_asked("届会总数是多少？")),
    # One is a count after 只有 / 仅 / 共, or in a list of counts.
    ("只有一个会员国提出了反对意见。", {"会员国"}, count_asked("有几个会员国提出了反对意见？")),
    ("有 94 个会员国、一个观察员国派代表出席了会议。", {"观察员国"},
     count_asked("有多少个观察员国出席？")),
    # ... and 一个 before 单一 ("one single") is one.
    ("调查表将包括一个单一的调查工具。", {"调查"}, count_asked("调查表包括多少个调查工具？")),
    # A total given by its parts.
    ("选举主席团成员，包括一名主席、13名副主席和一名报告员。", {"成员"},
     count_asked("主席团由多少名成员组成？")),
    # One is a count with other measure words: once a year, one chair.
    ("专家组每年举行一次会议", {"会议"}, count_asked("专家组每年举行几次会议？")),
    # A session's length is its dates.
    ("专家组第二次会议于 2013 年 2 月 25 日至 28 日举行", {"会期"},
     count_asked("第二次会议的会期是多少天？")),
    # "开几天会" asks the meeting's length in days.
    ("可用的资源将允许在四天内举行八次全体会议。", {"会"}, count_asked("资源允许开几天会？")),
])
def test_a_count_of_the_thing_asked_about(text, forms, asked):
    assert states_count(text, forms, asked)


@pytest.mark.parametrize("text, forms, asked", [
    # A number of something else before it.
    ("请秘书处将报告以联合国所有六种正式语文分发给会员国。", {"会员国"}, STATES),
    # A year is not a count.
    ("秘书处于 2016 年协助会员国提交意见。", {"会员国"}, STATES_EN),
    # An ordinal is not a count.
    ("第 3 个会员国", {"会员国"}, STATES),
    # Member States named with no number at all.
    ("会员国代表出席了会议。", {"会员国"}, STATES),
    # A year is not a count of years either.
    ("专家组于 2016 年开展研究", {"研究"}, count_asked("研究进行了多少年？")),
    # English: a number in another cell, or in a symbol.
    ("item 8\tmember states", {"member states"}, STATES_EN),
    ("resolution 73/187 member states", {"member states"}, STATES_EN),
    # What follows 包括 is a list of members, not a count of them.
    ("选举主席团成员，包括主席和报告员，共有 98 个会员国出席。", {"成员"},
     count_asked("主席团由多少名成员组成？")),
    # A date's month is not a number of months.
    ("2011 年 6 月中旬：接收意见的最后期限。", {"期限"}, count_asked("期限是多少天？")),
    # A noun beginning with a measure word counts only with the rest of it after the number:
    # 一个 before 不限成员名额 is not a number of 个人, 一项文书 not of 项目.
    ("设立一个不限成员名额政府间专家组", {"个人"}, count_asked("How many persons were there?")),
    ("制定一项新的文书", {"项目"}, count_asked("How many items were collected?")),
    # A deadline is not the length of a meeting.
    ("会议于 2 月 25 日至 28 日举行", {"期限"}, count_asked("期限是多少天？")),
    # The 一届 of 第十一届 is an ordinal's tail.
    ("第十一届会议", {"届会"}, count_asked("届会总数是多少？")),
    ("第十一次会议", {"会议"}, count_asked("开了多少次会议？")),
    # 每一, 同一: "each", "the same" count nothing.
    ("对于随后的每一届会议，秘书处将……", {"会议"}, count_asked("开了多少届会议？")),
    ("在同一届会议上", {"会议"}, count_asked("开了多少届会议？")),
    ("在每一次专家组会议上", {"会议"}, count_asked("开了多少次会议？")),
    # An amount of money wants a currency.
    ("预算外资源由 3 个会员国提供", {"预算"}, count_asked("预算是多少美元？")),
    ("平均损失为 3 个会员国", {"损失"}, count_asked("平均每宗损失多少钱？")),
    # 一项, 一个: the indefinite article ("a new convention"), not a count of one.
    ("拟订一项关于网络犯罪的新的全球公约草案", {"公约草案"}, count_asked("公约草案有多少条？")),
    ("建立一个会员国之间的机制", {"会员国"}, STATES),
])
def test_no_count_of_the_thing_asked_about(text, forms, asked):
    assert not states_count(text, forms, asked)


@pytest.mark.parametrize("text, forms, asked", [
    # Days in a sentence on no meeting are no meeting's length.
    ("会员国应在收到通知后 90 天内提交评论。", {"会"}, count_asked("资源允许开几天会？")),
])
def test_no_length_of_a_meeting_in_days(text, forms, asked):
    assert not states_count(text, forms, asked)


def test_a_number_in_one_table_cell_does_not_count_the_next_cell():
    row = "第二届会议\t中间的两周\t根据会员国提交的建议和意见"
    assert not states_count(row, {"会员国"}, STATES_EN)
    assert not states_count(row, {"会员国"}, STATES)


def test_an_english_question_counting_time_wants_time():
    weeks = count_asked("How many weeks will the session last?")
    assert states_count("会期为两周", {"会期"}, weeks)
    assert states_count("举行两周会议", {"会议"}, weeks)
    assert not states_count("举行两周会议", {"会议"}, STATES_EN)


def test_the_number_of_asks_a_count():
    assert count_asked("What was the number of Member States at the meeting?") is not None
    assert count_asked("How many States, and which ones, attended?") is not None
    # A "which" after it opens a relative clause, asking nothing else.
    assert count_asked("What was the number of Member States which attended the fourth "
                       "meeting?") is not None
    # A delegate's shorthand asks the same.
    assert count_asked("exact number of countries that criminalize core offences?") is not None
    assert count_asked("number of States at the 2018 meeting?") is not None
    assert count_asked("Why did the number of States grow?") is None
    assert count_asked("number of which document is cited?") is None


def test_long_runs_of_spaces_do_not_make_the_patterns_backtrack():
    # Layout text keeps runs of spaces; unbounded optional gaps took seconds on 800 of them.
    for space in (" ", "\u3000"):
        assert not states_count("会员国" + space * 4000 + "x", {"会员国"}, STATES)
        assert not states_count("member states" + space * 4000 + "x", {"member states"},
                                STATES_EN)


def test_a_thing_named_by_one_character_is_counted_by_it():
    asked = count_asked("决议表决时有多少票赞成？")
    assert asked.words == "票"
    assert count_asked("决议是以多少票通过的？").words == "票"  # up to the preposition 通过
    assert states_count("该决议以 79 票赞成、60 票反对获得通过。", {"票"}, asked)
    assert not states_count("大会第 74/247 号决议设立了特设委员会。", {"票"}, asked)
    assert not states_count("第 3 票", {"票"}, asked)  # an ordinal is no count


def test_an_english_question_counting_meetings_or_states_says_the_kind():
    asked = count_asked("How many interpreted plenary meetings could the resources support?")
    assert asked.measure_kind == "次场届轮"
    assert count_asked("How many Member States attended?").measure_kind == "个位名人家国所"
    assert count_asked("How many questions were in it?").measure_kind is None
    # ... so the number may stand before what it counts through a modifier, in kind.
    text = "在四天内举行八次配有联合国六种正式语文口译的全体会议。"
    assert states_count(text, {"全体会议"}, asked)
    assert not states_count("请以联合国六种正式语文口译的全体会议。", {"全体会议"}, asked)


def test_a_far_number_counts_only_through_a_modifier_of_the_thing():
    # 一名 counts 代表, not the 问题 seven characters on.
    text = "秘书处一名代表介绍了毒品和犯罪问题办公室的工作。"
    assert not states_count(text, {"问题"}, count_asked("调查表共包含多少个问题？"))
    assert states_count("共有 13 名来自各区域组的专家。", {"专家"}, count_asked("有多少名专家？"))


def test_the_change_of_a_count_is_asked_of_the_thing_counted():
    asked = count_asked("与第三次会议相比，第四次会议出席的会员国多了多少个？")
    assert asked.words == "会员国"
    assert count_asked("出席的会员国数量增加了多少？").words == "会员国"
    # The count compared with is no part of what is counted.
    assert count_asked("出席的会员国数量较 2018 年的 98 个增加了多少？").words == "会员国"
    # "有何变化" asks the change of a count too, with no 多少.
    assert count_asked("第五次会议出席的会员国数量较 2018 年的 98 个有何变化？").words == "会员国"
    assert count_asked("出席的会员国数量有什么变化？").words == "会员国"
    assert count_asked("专家组的工作重点有何变化？") is None
    # 最多 / 至少 bound a count; they do not change one.
    assert count_asked("每个区域组推荐的政府专家最多多少？").words == ""
    # 几 after 派去 counts (only 过去几, "the past few", does not).
    assert count_asked("会员国派去几名代表参加会议？").words == "代表"


@pytest.mark.parametrize("question, share", [
    ("预付款诈骗在报案损失总额中只占多大比例？", True),
    ("What share of the total dollar loss was linked to Nigerian letter fraud?", True),
    ("What percentage of the programme budget is earmarked for the sessions?", True),
    ("比例是多少？", True),
    ("percentage of spam hitting developing countries?", True),
    ("What was the proportion of States reporting laws?", True),
    # A rate is a share.
    ("What response rate did the questionnaire get?", True),
    ("调查表的答复率是多少？", True),
    ("What was the reporting rate of cybercrime among businesses?", True),
    ("At what rate did Internet use grow?", True),
    ("Who rated the proposals?", False),
    ("What exchange rate was used for the budget?", False),
    ("percentages are given where?", False),
    ("proportion of resources allocated to which region?", False),
    ("The Bureau shares views with whom?", False),
    ("What did speakers share about best practices?", False),
])
def test_questions_asking_for_a_share(question, share):
    assert asks_share(question) == share


def test_a_share_is_a_percentage():
    assert states_share("所报案件的美元损失总额中只有 1.7%与尼日利亚信件诈骗有关")
    assert states_share("约占百分之六十")
    assert not states_share("见第 17 段和 1.7 节")


@pytest.mark.parametrize("question", [
    "What total dollar loss did the report record for all cases?",
    "What was the total dollar loss attributed to letter fraud?",
])
def test_a_dollar_loss_asks_a_sum_and_a_total(question):
    asked = count_asked(question)
    assert asked is not None and asked.measure_kind == MONEY and asked.words == "loss"
    assert asks_total(question)


def test_a_loss_not_in_money_asks_no_sum():
    assert count_asked("What is the loss of data?") is None
    assert count_asked("What financial losses did victims suffer?") is None


def test_an_average_is_no_total():
    assert AVERAGE.search("但所报案件的平均损失为 5,100 美元")
    assert AVERAGE.search("the average loss per case was $5,100")
    assert not AVERAGE.search("损失总额为 1.98 亿美元")
    assert not asks_total("What was the average loss per case?")
    assert asks_total("所报案件的美元损失总额是多少？")


@pytest.mark.parametrize("question", [
    "What amount did the number of participants reach?",
    "What sum did the delegates agree to?",
])
def test_an_amount_of_no_money_spent_or_given_asks_no_sum(question):
    asked = count_asked(question)
    assert asked is None or asked.measure_kind != MONEY


@pytest.mark.parametrize("question", [
    "尼日利亚信件诈骗占损失总额多少？",
    "What share of the total losses was due to letter fraud?",
    "占损失总额的比例是多少？",
])
def test_a_share_of_a_total_asks_no_total(question):
    # Footnote 28 of E/CN.15/2011/19 gives a share of the total (1.7%) and an average: the
    # average must not be set aside as no total.
    assert not asks_total(question)
    # (Not the 占 of 侵占, "embezzle", nor of 占用, "take up".)
    assert asks_total("侵占公款总额是多少？") and asks_total("占用的资源总计多少？")


@pytest.mark.parametrize("question", [
    "What was the overall dollar loss?",
    "一共损失了多少美元？",
    "损失合计多少美元？",
])
def test_other_words_for_a_total(question):
    assert asks_total(question)


def test_the_he_of_any_is_no_question_word():
    # 任何 is "any": "有几个会员国反对任何新的法律文书？" still asks a count.
    assert count_asked("有几个会员国反对任何新的法律文书？") is not None


@pytest.mark.parametrize("question, numbers", [
    ("出席2018年专家组会议的9个代表学术界和私营部门的机构分别是哪些？", ["9"]),
    ("2018年4月会议出席的那9个学术界和私营部门机构具体是哪几家？", ["9"]),
    ("特设委员会13名副主席分别是谁？", ["13"]),
    ("出席会议的98个会员国中，有多少个表示支持？", []),   # how many, not which
    ("出席会议的政府间组织分别是哪些？", []),             # no count stated
    # Which of something else: the counted things are not what is asked.
    ("研究的12个专题组成了哪几个类别？", []),
    ("2011年报告附件一的12个专题中，哪几个专题属于法律对策？", []),
    ("出席2018年会议的98个会员国的代表讨论了哪些议题？", []),
    ("出席2018年会议的代表来自98个会员国，还有哪些类别的与会者？", []),
    ("特设委员会选举一名主席、13名副主席和一名报告员时考虑哪些因素？", []),
    ("主席团由13名副主席等组成，主席团成员都是怎么选出的？", []),
])
def test_which_of_the_things_a_question_counts_itself(question, numbers):
    assert asks_which_counted(question) == numbers


@pytest.mark.parametrize("text, number, only", [
    # E/CN.15/2018/12, para. 36.
    ("出席会议的代表分别来自 98 个会员国、1 个观察员国、1 个联合国秘书处单位、4 个政府间组织、"
     "9 个代表学术界和私营部门的机构。", "9", True),
    ("委员会应选举主席团成员，包括一名主席、13名副主席和一名报告员。", "13", True),
    # Named after the count: a colon, a bracket.
    ("出席会议的 9 个机构：甲大学、乙公司。", "9", False),
    ("有 9 个机构（甲大学、乙公司）出席。", "9", False),
    ("这 12 个专题组成以下类别。", "12", False),       # E/CN.15/2011/19, annex I, para. 6
    # Not counted at all: the passage may name them without their number.
    ("副主席，Gustavo Meira Carneiro（巴西）、Yanduan Li（中国）。", "2", False),
])
def test_a_text_that_only_counts_the_things(text, number, only):
    assert only_counts(text, number) is only



@pytest.mark.parametrize("question, of", [
    ("What share of the reported dollar losses was due to phishing?", "phishing"),
    ("What share of the total loss was linked to Nigerian letter fraud?", "Nigerian letter fraud"),
    ("报告显示，尼日利亚信件诈骗在所报美元损失总额中只占多大比例？", "尼日利亚信件诈骗"),
    ("发展中国家垃圾邮件占电子邮件总量的比例是多少？", "发展中国家垃圾邮件"),  # 中 of 发展中 kept
    ("What percentage of States have criminalized illegal access?", ""),  # the whole only
    # Up to what places it; less what it is a share of; 与 X 有关.
    ("What share of the losses was caused by phishing in the 2006 NW3C report?", "phishing"),
    ("2006 NW3C 报告中，所报美元损失总额中网络钓鱼占多大比例？", "网络钓鱼"),
    ("所报损失中有多大比例与网络钓鱼有关？", "网络钓鱼"),
])
def test_what_a_share_is_asked_of(question, of):
    assert share_asked_of(question) == of


def test_a_multiple_asked_and_given():
    assert asks_multiple("发展中国家用户受垃圾邮件影响的程度是发达国家的几倍？")
    assert asks_multiple("How many times more spam do developing countries get?")
    assert not asks_multiple("How many times did the Expert Group meet?")   # a count of meetings
    assert not asks_multiple("专家组开了几次会？")
    assert states_multiple("损失是上一年的三倍")
    assert states_multiple("users were twice as likely to report spam")
    assert states_multiple("a 10-fold increase")
    assert not states_multiple("受垃圾电子邮件和互联网滥用的影响更加严重")
    assert not states_multiple("the Expert Group met three times")
    assert not states_multiple("the Expert Group met twice")
    assert not states_multiple("double-check the figures")


@pytest.mark.parametrize("text, kind, counts", [
    ("委员会可考虑举行八届会议", count_asked("How many sessions?").measure_kind, True),
    # 一个重要因素 counts no sessions; it still counts for a question saying no kind.
    ("这也是一个重要因素", count_asked("How many sessions?").measure_kind, False),
    ("这也是一个重要因素", None, True),
    ("在第 6 场会议上", None, False),  # an ordinal
    ("有[94]个会员国出席", count_asked("会议有多少场？").measure_kind, True),  # a draft's blank
    ("为期三天的组织会议", count_asked("会员国有多少个？").measure_kind, False),
])
def test_a_text_counting_things_of_the_kind_asked(text, kind, counts):
    assert counts_of_kind(text, kind) is counts


@pytest.mark.parametrize("question, words", [
    ("Over what period would the Committee hold its eight negotiating sessions?", ["八届"]),
    ("How long did the three meetings last?", ["三次", "三场"]),
    ("Who attended the twenty-two meetings?", []),      # no "two" inside twenty-two
    ("What did the eighth session decide?", []),        # an ordinal counts nothing
])
def test_the_chinese_counts_an_english_question_states(question, words):
    assert chinese_counts(question) == words


def test_a_count_word_written_only_inside_ordinals_is_no_count():
    assert written_as_count("八届", "可考虑在维也纳举行八届会议")
    assert not written_as_count("八届", "第十八届会议和第二十八届会议")
    assert not written_as_count("三次", "专家组第三次会议")


@pytest.mark.parametrize("question, actual", [
    ("各区域组实际向秘书处提供了多少名政府专家？", True),
    ("How many experts did the regional groups actually put forward?", True),
    ("第三次会议究竟有多少个会员国出席？", True),
    ("各区域组向秘书处提供了多少名政府专家？", False),
    ("What was the actual number of replies?", True),
    ("第四次会议实际开了几天？", True),
    ("第三次会议实际一共召开了多少场全体会议？", True),
    ("实际开支是多少？", False),   # "actual expenditure"
    # The adjective: "actual cases".
    ("专家组收到了多少份关于实际案件的答复？", False),
])
def test_questions_asking_what_actually_was(question, actual):
    assert asks_actual(question) is actual


@pytest.mark.parametrize("text, capped", [
    ("各区域组将向秘书处提供政府专家（不超过六名）的姓名", True),
    ("每届会议最多可举行十次全体会议", True),
    ("up to six experts per regional group", True),
    ("出席会议的代表分别来自 98 个会员国", False),
    # "The most" and a period's end are no cap.
    ("其中最多的来自非洲", False),
    ("From 2011 up to 2013, 56 Member States replied", False),
])
def test_a_number_given_as_a_limit(text, capped):
    assert bool(CEILING.search(text)) is capped


@pytest.mark.parametrize("text, planned", [
    ("各区域组将提名六名政府专家", True),
    ("每个区域组应提供六名专家", True),
    ("有 69 个会员国提交了答复", False),
    ("专家组应邀通过了报告", False),
])
def test_a_count_planned_or_required(text, planned):
    assert bool(PLANNED.search(text)) is planned


@pytest.mark.parametrize("question, words", [
    ("How many government experts did each regional group actually nominate?",
     "government experts"),
    ("How many States are parties to the Budapest Convention?", "States"),
    ("How many sessions will the Ad Hoc Committee hold?", "sessions"),
    # "May" is a month, not an auxiliary.
    ("How many States in May 2011 replied?", "States in May"),
])
def test_an_english_count_names_what_it_counts_without_the_verb(question, words):
    # The words are named back in a refusal: "no passage found gives the number asked for
    # (government experts)", not "(government experts did)".
    assert count_asked(question).words == words


def test_a_counted_word_inside_a_longer_word_is_not_counted():
    # "多少名政府专家" counts 政府 and 专家; 政府 in 政府间组织 names no experts.
    asked = count_asked("有多少名政府专家？")
    forms = {"政府", "专家"}
    assert not states_count("出席的有 98 个会员国、4 个政府间组织。", forms, asked)
    assert states_count("各区域组将提供政府专家（不超过六名）。", forms, asked)


def test_a_number_after_another_still_counts():
    # 每 (each) before a number counts nothing; 另 (another) and 同 (with) do not stop a count.
    asked = count_asked("有多少个会员国出席？")
    assert states_count("另 3 个会员国以观察员身份出席", {"会员国"}, asked)
    assert states_count("秘书处同两个会员国进行了协商", {"会员国"}, asked)
    assert states_count("主席连任两届会议", {"会议"}, count_asked("开了多少届会议？"))
    assert not states_count("另一个会员国", {"会员国"}, asked)


def test_talks_are_not_meetings_in_spoken_shorthand():
    # 会 alone after a meeting measure is 会议; 会商, 会谈, 会面 are other things.
    assert count_asked("双方开了几次会商？").words == "会商"
    assert count_asked("一共开了几次会谈？").words == "会谈"


@pytest.mark.parametrize("text, forms, listed", [
    # The lead-in says the thing is listed, before it (一系列) or after it (例如).
    ("恐怖主义组织通过一系列不同方式利用这些技术，例如： (a) 为宣传目的； (b) 用来收集信息； "
     "(c) 作为一个培训工具；", {"方式"}, True),
    ("会员国采取的措施包括： (a) 立法； (b) 培训； (c) 合作。", {"措施"}, True),
    # A noun of the lead-in that is not what is listed: experts, of an agenda.
    ("专家组通过了以下临时议程： 1. 组织事项： (a) 会议开幕； (b) 通过议程；", {"专家"}, False),
    # A list of what the thing should do, no count of it.
    ("会员国应当： (a) 加强合作； (b) 交流信息； (c) 提供培训。", {"会员国"}, False),
    # A lead-in with no list after it.
    ("恐怖主义组织通过一系列不同方式利用这些技术，例如宣传。", {"方式"}, False),
    # The thing must end the lead-in: these list proposals, experiences, practices.
    ("若干会员国提出了以下建议： (a) 立法； (b) 培训；", {"会员国"}, False),
    ("会员国提出的建议包括： (a) 立法； (b) 培训；", {"会员国"}, False),
    ("以下国家的专家介绍了本国的经验： (a) 立法； (b) 培训；", {"专家"}, False),
    ("若干国家的做法，例如： (a) 立法； (b) 培训；", {"国家"}, False),
    ("会议审议了下列议题： (a) 立法； (b) 培训；", {"议题"}, True),
    # A run of names in one sentence (、) lists what 下列 / 以下 modifies, however the lead-in
    # goes on; marked items after such a lead-in may be what those named did.
    ("下列国家的专家作了发言：阿尔巴尼亚、阿尔及利亚、阿根廷和澳大利亚。", {"国家"}, True),
    ("讨论由以下专题讨论主讲人主导：A 先生（尼日利亚）、B 先生（中国）、C 先生（泰国）和 D 女士（美国）。",
     {"讨论"}, True),
    ("以下国家的专家介绍了本国的经验： (a) 立法； (b) 培训；", {"国家"}, False),
    ("下列国家的专家作了发言：阿尔巴尼亚和阿根廷。", {"国家"}, False),  # one 、 short of a run
    # A run of things, not of names, after such a lead-in.
    ("以下国家的代表讨论了以下议题：立法、执法、国际合作和预防。", {"国家"}, False),
    ("以下国家表示：需要立法、培训、技术援助。", {"国家"}, False),
])
def test_a_list_its_lead_in_names_counts_the_thing(text, forms, listed):
    assert lists_counted(text, forms) is listed


@pytest.mark.parametrize("text, gives", [
    ("平均损失为 5,100 美元", True), ("US$ 2 million", True), ("三百万", True),
    ("1.2 billion victims", True),
    # A report's other numbers are no sum: dates, resolutions, counts of States.
    ("2018 年 4 月 3 日", False), ("大会第 74/247 号决议", False), ("有 94 个会员国", False),
])
def test_a_sum_of_money_or_in_millions_is_an_amount(text, gives):
    assert states_amount(text) is gives
