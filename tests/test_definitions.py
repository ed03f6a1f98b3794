"""Questions asking what a quoted term means, and clauses that define a term."""

import pytest

from egassist.definitions import asked_meaning, defines, quoted_terms


@pytest.mark.parametrize("question, terms", [
    ("“技术中性”具体是指什么？", ["技术中性"]),
    ("所谓“网络钓鱼”具体指的是哪种行为？", ["网络钓鱼"]),
    ("“网络钓鱼”这个词是什么意思？", ["网络钓鱼"]),
    ("什么叫“僵尸”网络？", ["僵尸"]),
    ("报告的脚注如何解释“僵尸”一词？", ["僵尸"]),
    ("怎样解释“网络钓鱼”攻击里的“网络钓鱼”一词？", ["网络钓鱼"]),  # each term once
    ("“多元利益攸关方”的含义是什么？", ["多元利益攸关方"]),
    # Either quoted term may be the one defined.
    ("“计算机犯罪”与“网络犯罪”这两个说法指的是什么？", ["计算机犯罪", "网络犯罪"]),
    # What kind of thing it is.
    ("主席团采用的“默许程序”是一种怎样的程序？", ["默许程序"]),
    ("“技术中性”是什么样的原则？", ["技术中性"]),
    # Asked in a later clause that points back to the one quoted term.
    ("会议以“混合/主席形式”举行，这种形式具体指什么？", ["混合/主席形式"]),
    ("报告提到“多元利益攸关方”，该说法是什么意思？", ["多元利益攸关方"]),
])
def test_questions_asking_what_a_term_means(question, terms):
    assert asked_meaning(question, "zh") == terms


@pytest.mark.parametrize("question", [
    "专家组审议了题为“立法和框架”的议程项目，讨论了什么？",  # a title, not a term to explain
    "“色情报复”是否应定为犯罪？",
    "技术中性是指什么？",                                    # unquoted: where does the term begin?
    "第 32 条(b)项指的是什么？",
    "“技术中性”原则是在怎样的背景下提出的？",              # its context, not its meaning
    "会议以“混合形式”举行，这次会议有多少人参加？",        # a later clause asking something else
    "报告如何解释“网络钓鱼”现象日益增多？",                # why it grows, not what the word means
])
def test_questions_that_ask_no_meaning(question):
    assert asked_meaning(question, "zh") == []


def test_explaining_a_thing_named_in_english_asks_no_meaning():
    assert asked_meaning('How does the report explain the "botnet" threat?', "en") == []


@pytest.mark.parametrize("question, terms", [
    ('How does the 2011 report define the term "phishing"?', ["phishing"]),
    ('How does the 2011 report explain the term "botnet"?', ["botnet"]),
    ("What did the term 'phishing' originally refer to?", ["phishing"]),
    ("What is meant by the ‘silence procedure’?", ["silence procedure"]),
    # An apostrophe inside a word opens no quotation.
    ("What does the Secretariat's paper mean by 'progressive approach'?", ["progressive approach"]),
    ("Which paragraph refers to document A/C.3/72/12?", []),   # no quoted term
    ('What did speakers say about "revenge porn"?', []),       # no meaning asked
    # The meaning word must be of the quoted term: here the term is what is referred to.
    ('Which footnote refers to the "Understanding Cybercrime" guide?', []),
    # A yes/no question asks whether the documents include it.
    ('Does the outline include the importance of a definition of "cybercrime"?', []),
    # A curly apostrophe inside a word does not close the quotation.
    ("What does the ‘Secretariat’s proposal’ mean for the sessions?", ["Secretariat’s proposal"]),
    # "What does the term 'X', ..., mean?": the meaning word ends the question.
    ("What does the term 'revenge porn', listed among the recommendations, mean?",
     ["revenge porn"]),
    ("What does the 'Understanding Cybercrime' guide say it will mean for States?", []),
])
def test_english_questions_asking_what_a_term_means(question, terms):
    assert asked_meaning(question, "en") == terms


@pytest.mark.parametrize("text, term", [
    ("“网络钓鱼”一词系指为使受害者透露个人/秘密信息而进行的行动。", "网络钓鱼"),
    ("“僵尸”是简称，系指一组在外部控制下运行软件的计算机。", "僵尸"),
    ("计算机犯罪和较为确切的网上犯罪这两个术语用于描述一种具体类别的犯罪。", "网络犯罪"),  # variant
    ("The term “phishing” refers to acts to make victims disclose information.", "phishing"),
    ("网络特有犯罪，常指代核心的网络犯罪", "网络特有犯罪"),
    # An example in brackets right after the term says what it covers.
    ("(d) 组合犯罪（如“网络钓鱼”）和未来趋势概览；", "组合犯罪"),
])
def test_a_clause_defining_the_term(text, term):
    assert defines(text, term)


@pytest.mark.parametrize("text, term", [
    # The term used, not explained.
    ("2019 年 12 月 18 日，扩大主席团通过默许程序商定了第六次会议的临时议程。", "默许程序"),
    # A definition of something else, in another clause.
    ("扩大主席团通过默许程序予以批准。“僵尸”系指一组计算机。", "默许程序"),
    # Too far from the term to be its definition.
    ("会员国应当颁布法律作出技术中性的阐述，使之适用于今后出现的各种新技术，这是指立法。", "技术中性"),
])
def test_a_clause_that_does_not_define_the_term(text, term):
    assert not defines(text, term)


def test_the_terms_a_question_quotes():
    assert quoted_terms("第四次会议上，“预防”议程项目的专题讨论由哪些小组成员主持？") == ["预防"]
    assert quoted_terms("专家组审议了题为“立法和框架”和“刑事定罪”的议程项目") == ["立法和框架", "刑事定罪"]
    assert quoted_terms("专家组第四次会议讨论了什么？") == []


def test_an_english_term_is_defined_only_as_a_whole_word():
    assert defines('The term "phishing" describes acts carried out to make victims', "phishing")
    assert not defines("A triangle means a shape with three sides", "angle")
