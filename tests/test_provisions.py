"""Questions about what a provision says or which article it is, and sentences that answer them."""

import pytest

from egassist.provisions import CONTENT, WHICH, answers_provision, asked_provision


@pytest.mark.parametrize("question, kind", [
    ("《布达佩斯公约》第 19 条具体规定了什么？", CONTENT),
    ("第32条(b)项的内容是什么？", CONTENT),
    ("《布达佩斯公约》第32条(b)项的具体规定是什么？", CONTENT),
    ("《布达佩斯公约》第32条(b)项的规定为何引起一些发言者的关切？", None),   # why
    ("该条款的规定是什么时候生效的？", None),
    ("公约草案中关于管辖权的条款是怎么规定的？", CONTENT),
    ("这一条文的原文是什么？", CONTENT),
    ("What does Article 29 of the Budapest Convention provide?", CONTENT),
    ("What is the text of article 5?", CONTENT),
    ("What exactly does article 32(b) of the Budapest Convention allow a Party to do?", CONTENT),
    # What it allows or requires, asked in Chinese.
    ("《布达佩斯公约》第 32 条(b)项具体允许缔约国做什么？", CONTENT),
    ("第 16 条要求缔约国采取哪些措施？", CONTENT),
    ("选举主席团成员依据的是议事规则第几条？", WHICH),
    ("哪一条款被认为与国家主权相冲突？", WHICH),
    ("《布达佩斯公约》中，跨境访问数据规定在哪一条？", WHICH),
    ("Which provision of the convention concerns extradition?", WHICH),
    ("What article of the rules governs elections?", WHICH),
])
def test_questions_about_a_provision(question, kind):
    assert asked_provision(question) == kind


@pytest.mark.parametrize("question", [
    "会员国应当在拟订计算机犯罪的条款时考虑什么？",  # what to consider, not what one provides
    "示范条款的内容是什么？",                        # what a recommended model law should cover
    "有发言者对第 32 条(b)项提出了哪些质疑？",       # the concerns, not its text
    "第 32 条(b)项存在哪些挑战？",
    "第 32 条是否要求任何授权？",                    # whether, with the 何 of 任何
    "示范条款要求会员国采取哪些措施？",              # what a model provision should cover
    "哪些条件下可以跨境调取数据？",                   # 条件, not 条
    "What rules govern the participation of observers?",
    "What provisions should Member States enact on electronic evidence?",
    "专家组提出了哪几条建议？",                       # 条, the measure word
    "Which rule of law principles did speakers stress?",
    "发言者对第32条(b)项说了什么？",                  # what speakers said of it
    "“色情报复”进了刑事定罪建议清单没有？列在哪一条？",  # the item of a list
    "色情报复列入了哪一条？", "被列在清单的哪一条？",
])
def test_questions_that_ask_no_provision(question):
    assert asked_provision(question) is None


def test_a_sentence_naming_an_article_answers_which():
    question = "《布达佩斯公约》哪一条款有争议？"
    assert answers_provision("一些发言者认为，《布达佩斯公约》，特别是其中的第 32 条(b)项，存在挑战。",
                             WHICH, question)
    # An article of another treaty, or the treaty without an article, does not.
    assert not answers_provision("根据《欧洲联盟条约》第 34 条制定的互助公约。《布达佩斯公约》提供了"
                                 "便利。", WHICH, question)
    # ... nor one of another treaty in the same sentence: an article is its nearest title's.
    question = "欧洲委员会《网上犯罪公约》第几条规定了迅速保存计算机数据？"
    assert not answers_provision("区域组织开始应对网上犯罪问题，包括欧洲委员会（《网上犯罪公约》）、"
                                 "欧洲联盟（理事会根据《欧洲联盟条约》第 34 条制定的互助公约）等。",
                                 WHICH, question)
    assert answers_provision("《网上犯罪公约》第 16 条规定了迅速保存，《欧洲联盟条约》另有规定。",
                             WHICH, question)
    # A title in a citation's brackets is not the treaty the article is of.
    assert answers_provision("《网上犯罪公约》（欧洲委员会，《欧洲条约汇编》，第 185 号）第 16 条规定了"
                             "迅速保存。", WHICH, question)
    assert answers_provision("The Committee elects its officers under rule 103.", WHICH,
                             "Which rule applies?")


def test_a_sentence_saying_what_an_article_provides_answers_content():
    question = "议事规则第103条规定了什么？"
    assert answers_provision("根据大会议事规则第103条，委员会应根据公平地域分配选举主席团成员。",
                             CONTENT, question)
    assert answers_provision("第 16 条(a)项规定，缔约国应采取立法措施。", CONTENT, question)
    assert answers_provision("Article 16 provides that each State Party shall adopt measures.",
                             CONTENT, "What does article 16 provide?")


def test_a_sentence_that_only_discusses_an_article_does_not_say_what_it_provides():
    question = "第 32 条(b)项规定了什么？"
    assert not answers_provision("另有发言者指出，第 32 条(b)项的范围是有限的，而且一些国家现已超出了"
                                 "第 32 条(b)项中的规定。", CONTENT, question)
    assert not answers_provision("《布达佩斯公约》，特别是其中的第 32 条(b)项，存在国际法方面难以"
                                 "接受的挑战。", CONTENT, question)
    assert not answers_provision("Speakers discussed the provisions of article 32 (b) at length.",
                                 CONTENT, "What does article 32 (b) provide?")


def test_an_article_cited_inside_a_sentence_is_no_authority_for_what_follows():
    question = "What does article 15 provide?"
    assert not answers_provision("See the safeguards under article 15, and the guidance notes "
                                 "adopted by the Committee.", CONTENT, question)
    # ... nor one opening it when the clause after it only goes on listing.
    assert not answers_provision("Under article 15, and the guidance notes adopted by the "
                                 "Committee.", CONTENT, question)
    assert answers_provision("Under article 15, each Party shall ensure adequate safeguards.",
                             CONTENT, question)


@pytest.mark.parametrize("sentence", [
    "Article 16 of the Convention provides that each State Party shall adopt measures.",
    "Article 16, paragraph 1, provides that a request shall be made in writing.",
    "Under article 16 of the Convention, each State Party shall adopt measures.",
    "公约第 16 条第 1 款规定，缔约国应采取措施。",
])
def test_an_article_with_its_paragraph_or_treaty_before_the_verb(sentence):
    assert answers_provision(sentence, CONTENT, "What does article 16 provide?")


def test_the_treaty_named_may_be_in_another_sentence_of_the_passage():
    assert answers_provision("《布达佩斯公约》是一项多边文书。第 32 条(b)项规定，缔约方可以访问公开数据。",
                             CONTENT, "《布达佩斯公约》第32条(b)项规定了什么？")


def test_an_english_text_says_what_an_article_allows_under_its_english_title():
    # A Chinese question names the treaty 《布达佩斯公约》; an English footnote names no title.
    text = ("Article 32 (b) allows a party, without the authorization of another party, to access "
            "stored computer data located in another party, if the party obtains consent.")
    assert answers_provision(text, CONTENT, "《布达佩斯公约》第三十二条(b)项允许一方做什么？")
    assert not answers_provision("第 32 条(b)项存在难以接受的挑战。", CONTENT,
                                 "《布达佩斯公约》第三十二条(b)项允许一方做什么？")
