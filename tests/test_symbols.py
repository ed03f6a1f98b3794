"""What a document symbol says by its form (symbols.py)."""

from __future__ import annotations

import pytest

from egassist.symbols import (asks_cited_document, asks_documents, gives_documents, kind_asked_en,
                              kind_before, kind_in, kinds_of, names_a_kind, symbol_asked_of,
                              symbol_question_clause, symbol_year)


def test_a_symbols_series_says_what_kind_of_document_it_is():
    assert "会议室文件" in kinds_of("UNODC/CCPCJ/EG.4/2017/CRP.1")
    assert kinds_of("E/CN.15/2013/CRP.10") == ("会议室文件",)
    assert kinds_of("E/CN.15/2018/12") == ()
    assert kinds_of("UNODC/CCPCJ/EG.4/2020/L.1") == ()


def test_a_question_asking_which_document_is_cited_asks_a_symbol():
    # The documents cite others by symbol (见 A/AC.261/…).
    assert symbol_asked_of("For the anti-corruption committee's practice, which document and "
                           "paragraphs does the background paper refer to?") == ""
    assert symbol_asked_of("Which report does the background paper cite?") == ""
    assert symbol_asked_of("Which document was adopted at the meeting?") is None
    assert symbol_asked_of("关于这一做法，脚注指引读者参阅哪份文件的哪几段？") == ""


def test_what_an_english_question_asks_the_symbol_of_is_what_carries_it():
    assert symbol_asked_of("Under what symbol was the report of the third meeting issued?") \
        == "report of the third meeting"
    assert symbol_asked_of("What symbol does the report of the fourth meeting carry?") \
        == "report of the fourth meeting"
    assert symbol_asked_of("Under what symbol?") == ""
    # ... or the document a number was given to, asked as a "document number".
    assert symbol_asked_of("Which document number was assigned to the summary of the second "
                           "meeting?") == "summary of the second meeting"
    assert symbol_asked_of("What document number does the report of the fourth meeting carry?") \
        == "report of the fourth meeting"
    assert symbol_asked_of("What number of documents were received?") is None
    assert symbol_asked_of("Which document number was allocated to the report that was issued "
                           "in 2013?") == "report that was issued in 2013"


def test_the_kind_of_document_an_english_question_asks_is_its_head_noun():
    assert kind_asked_en("report of the Expert Group's third meeting in Vienna") == "report"
    assert kind_asked_en("Secretariat's background paper") == "paper"
    assert kind_asked_en("provisional agenda (UNODC, 2017)") == "agenda"
    assert kind_asked_en("document adopted at the meeting") == ""
    # A participle after the head noun qualifies it, as "adopted" does.
    assert kind_asked_en("annotated provisional agenda received by the Expert Group") == "agenda"
    assert kind_asked_en("note before the sixth meeting") == "note"
    # ... and so does a relative clause without "that".
    assert kind_asked_en("annotated provisional agenda the Expert Group received") == "agenda"


def test_a_delegates_shorthand_asks_a_symbol():
    assert symbol_asked_of("doc symbol for 2nd meeting report?") == "2nd meeting report"
    assert symbol_asked_of("symbol of the 3rd EG meeting report?") == "3rd EG meeting report"
    assert symbol_asked_of("symbols are printed where?") is None
    # "document number" is a delegate's word for a symbol, after "what's" too; a count is not.
    assert symbol_asked_of("what's the document number of the provisional agenda?") == \
        "provisional agenda"
    assert symbol_asked_of("doc no. for the second meeting's report") == "second meeting's report"
    assert symbol_asked_of("What's the symbol for the report?") == "report"
    assert symbol_asked_of("What number of documents did the meeting have?") is None


def test_what_a_chinese_question_asks_the_symbol_of():
    # 以 ("under") joins the document to the question word; it is no part of the document.
    assert symbol_asked_of("专家组第三次会议的报告以什么文件编号印发？") == "报告"
    assert symbol_asked_of("第一次专家组会议的概念/工作文件的文件编号是什么？") == "概念/工作文件"
    assert symbol_asked_of("该说明作为什么文件编号印发？") == "说明"
    # 文件号 as 文件编号; a copula before 以 is no part of it either.
    assert symbol_asked_of("第二次会议的报告是以什么文件号印发的？") == "报告"
    assert symbol_asked_of("扩大主席团的说明用哪个文件号？") == "说明"
    assert symbol_asked_of("秘书处关于经费使用以什么文件号印发？") == "秘书处关于经费使用"
    # The 为 ending a word (行为) is the word's, not a copula.
    assert symbol_asked_of("打击为犯罪目的使用信息和通信技术行为，文号是什么？") == \
        "打击为犯罪目的使用信息和通信技术行为"
    assert symbol_asked_of("全球方案项目的报告，文号是什么？") == "报告"  # 项目's 目, no 目的
    # 号召 ("calls on") is no 文件号; 为什么 asks why.
    assert symbol_asked_of("哪个文件号召提供充分的预算外资源？") is None
    assert symbol_asked_of("为什么文件号不同？") is None
    # A question that is only the phrase asks it too; the word inside a sentence does not.
    assert symbol_asked_of("委员会第二十届会议的临时议程文号？") == "临时议程"
    assert symbol_asked_of("临时议程文号") == "临时议程"
    assert symbol_asked_of("文号不同的两份报告说了什么？") is None
    # A question ending on the word but asking something else of it, by its own question word.
    assert symbol_asked_of("为什么两份报告用了不同的文号？") is None
    assert symbol_asked_of("第四次会议收到了哪些文件及其文号？") is None


def test_the_clause_asking_a_symbol_and_whether_a_cited_document_is_asked():
    # The year of the first clause is another document's: the symbol is asked in the second.
    assert symbol_question_clause("2017年4月会议的文件提到了专家组第二次会议报告，该报告的文号是"
                                  "什么？") == "该报告的文号是什么？"
    assert asks_cited_document("关于网络钓鱼一词的脚注参阅了哪份文件？")
    assert asks_cited_document("Which report does the background paper cite?")
    assert not asks_cited_document("第一次专家组会议报告的文号是什么？")


def test_the_year_a_symbol_is_numbered_in():
    assert symbol_year("E/CN.15/2011/19") == 2011
    assert symbol_year("UNODC/CCPCJ/EG.4/2017/CRP.1") == 2017
    assert symbol_year("A/C.3/72/12") is None      # a session number
    assert symbol_year("A/RES/74/247") is None
    assert symbol_year("S/RES/1973") is None       # a Security Council resolution's number


def test_the_kind_of_document_named_before_a_symbol():
    assert kind_before("……专家组第二次会议审议情况概要（") == "概要"
    assert kind_before("如专家组第二次会议报告（") == "报告"
    assert kind_before("大会第 65/230 号决议第 9 段（") is None
    assert kind_before("专家组第六次会议临时议程说明（") == "议程"  # an annotated agenda
    assert kind_in("报告", "report of the second meeting")
    assert not kind_in("概要", "report of the second meeting")
    assert kind_in("概要", "第二次会议审议情况概要")
    assert names_a_kind("专家组第二次会议报告") and not names_a_kind("the Expert Group's meeting")


@pytest.mark.parametrize("question, asks", [
    ("第三次会议审议前两次会议的概要时，面前会有哪些文件？", True),
    ("What documents will the Expert Group have before it?", True),
    ("议程项目 2 下，秘书处还会提交什么文件？", True),
    ("UNODC/CCPCJ/EG.4/2017/2 是什么文件？", False),      # what a symbol's document is
    ("第四次会议报告的文件编号是什么？", False),            # a symbol asked
    ("秘书处提交的是哪些文件？", True),
    ("第三次会议面前的文件有哪些？", True),
    ("UNODC/CCPCJ/EG.4/2017/2 是一个什么文件？", False),
])
def test_questions_asking_which_documents(question, asks):
    assert asks_documents(question) is asks


@pytest.mark.parametrize("text, gives", [
    ("报告员编写的……第一次会议审议情况概要（UNODC/CCPCJ/EG.4/2017/2）", True),
    ("除了……全面研究报告草稿外，专家组还收到下列文件：", True),
    ("委员会在第 22/7 号决议中请专家组审定其第一和第二次会议的审议情况概要报告", False),
])
def test_texts_giving_documents(text, gives):
    assert gives_documents(text) is gives


def test_a_question_asking_only_what_a_named_symbols_document_is():
    from egassist.symbols import asks_what_symbol_is

    for question in ("首页星号注明的 E/CN.15/2010/1 系何文件？",
                     "文件首页引用了 E/CN.15/2018/1，这个符号指的是什么？",
                     "The agenda lists UNODC/CCPCJ/EG.4/2017/3; what is that document?",
                     "What document is E/CN.15/2018/1, as cited in the 2018 report?",
                     # (The clause pointing back may follow the symbol without a comma.)
                     "E/CN.15/2018/1 这个符号指的是什么？报告在哪里引用了它？",
                     "UNODC/CCPCJ/EG.4/2017/3 这个文号对应的是哪份文件？",
                     "UNODC/CCPCJ/EG.4/2017/3 这个文号对应的文件是什么？",
                     "UNODC/CCPCJ/EG.4/2017/3 这一文号对应的是哪份文件？",
                     # The symbol all the question names.
                     "What is document UNODC/CCPCJ/EG.4/2017/CRP.1 about?",
                     "What is E/CN.15/2018/1?", "What's E/CN.15/2018/12 about, briefly?"):
        assert asks_what_symbol_is(question), question
    # Not what the document says of something, nor a question with no symbol.
    for question in ("E/CN.15/2018/12 关于气候变化的建议是什么？", "E/CN.15/2018/12 对气候变化有何论述？",
                     "What does E/CN.15/2018/12 say about climate change?", "这份文件系何文件？",
                     "E/CN.15/2018/12 该报告关于气候变化的建议是什么？",
                     # (With no comma, the clause ends on what is asked.)
                     "E/CN.15/2018/12 此文件代表哪些国家的立场？", "E/CN.15/2018/12 此指哪一段？",
                     "What is E/CN.15/2018/12 about cybercrime trends?",
                     "What is the title of E/CN.15/2011/19?"):
        assert not asks_what_symbol_is(question), question


def test_a_place_cited_of_another_document_is_its_own_words_after_the_symbol():
    from egassist.citations import parse_locator
    from egassist.search import cites_place_of, place_after_symbol

    crp = "UNODC/CCPCJ/EG.4/2018/CRP.1"
    assert str(place_after_symbol(f"E/CN.15/2018/12 援引 {crp} 第 12 段说明什么？", crp)) == "para 12"
    assert str(place_after_symbol(f"What does paragraph 12 of {crp} say?", crp)) == "para 12"
    assert place_after_symbol(f"What is {crp}?", crp) is None
    para_1, para_12 = parse_locator("para 1"), parse_locator("para 12")
    assert cites_place_of(f"({crp}, para. 12).", crp, para_12)
    # (review) Not para. 1 inside 12, nor CRP.10, nor any number after the symbol.
    assert not cites_place_of(f"({crp}, para. 12).", crp, para_1)
    assert not cites_place_of("(UNODC/CCPCJ/EG.4/2018/CRP.10, para. 1)", crp, para_1)
    assert not cites_place_of(f"见 {crp}。2019 年 1 月", crp, para_1)


def test_an_article_asked_what_it_permits_and_a_note_opening_on_it():
    from egassist.search import article_asked_what_it_does, opens_on_article

    assert article_asked_what_it_does("What does article 32 (b) permit?") == ("32", "b")
    assert article_asked_what_it_does("art. 32(b) - what does it let a party do?") == ("32", "b")
    assert article_asked_what_it_does("《布达佩斯公约》第 32 条(b)项允许什么？") == ("32", "b")
    assert article_asked_what_it_does("Why did speakers object to article 32 (b)?") is None
    assert opens_on_article("Article 32 (b) allows a party, without ...", "32", "b")
    assert not opens_on_article("Article 32 (a) allows ...", "32", "b")
    assert not opens_on_article("See article 32 (b) of the Convention.", "32", "b")
