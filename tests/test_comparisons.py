"""Questions that ask the documents to weigh one thing against another."""

import pytest

from egassist.comparisons import (asks_comparison, asks_difference, asks_superlative, contrasts,
                                 states_comparison, states_superlative)


@pytest.mark.parametrize("question", [
    "专家组认为哪一项文书在打击网络犯罪方面更为有效？",
    "网络钓鱼造成的损失是否比黑客攻击更大？",
    "与第三次会议相比，第四次会议有何变化？",
    "Is the proposed timeline shorter or longer than the one for the Corruption Convention?",
    "Is spam a bigger problem in developing countries than elsewhere?",
    "How does mutual legal assistance compare with extradition on dual criminality?",
])
def test_a_comparison_asked(question):
    assert asks_comparison(question)


@pytest.mark.parametrize("question", [
    # 比 inside a word: 哥伦比亚 (Colombia), 比例 (share), 比利时 (Belgium).
    "哥伦比亚代表更正了哪一段的措辞？",
    "尼日利亚信件诈骗在损失总额中占多大比例？",
    "比利时专家提出了哪些建议？",
    # "more" without "than" asks for a view, not a comparison the documents must make.
    "Which other UN forums did some experts consider more suitable?",
    "Other than the Budapest Convention, which instruments were named?",
])
def test_no_comparison_asked(question):
    assert not asks_comparison(question)


@pytest.mark.parametrize("text, compares", [
    ("在发展中国家，垃圾电子邮件问题比西方国家严重。", True),
    ("引渡通常有双重犯罪要求，而司法协助则不一定有此要求。", True),
    ("Such losses are higher than those caused by hacking.", True),
    ("一些发言者认为《布达佩斯公约》是一项区域法律文书。", False),
    ("哥伦比亚代表做出下述发言。", False),
])
def test_a_passage_that_compares(text, compares):
    assert states_comparison(text) is compares


@pytest.mark.parametrize("question, asks", [
    ("哪一项建议得到的会员国支持最多？", True),
    ("Which framework is the most comprehensive?", True),
    ("Who received the largest number of votes?", True),
    ("专家组最终通过了哪些建议？", False),   # 最终 ranks nothing
    ("最佳做法有哪些？", False),
    ("Which areas should the activities cover at least?", False),   # a bound
    ("Which is the most recent meeting the report mentions?", False),  # a date
])
def test_questions_asking_which_is_the_most(question, asks):
    assert asks_superlative(question) is asks


@pytest.mark.parametrize("text, states", [
    ("区域文书中以欧洲委员会公约的规定最为全面", True),
    ("大多数发言者支持该建议", True),
    ("Most speakers supported the proposal", True),
    # 大多 is "most" as 大多数 is: "most comprehensive regional frameworks contain ...".
    ("综合性区域框架大多还载有一整套规定", True),
    ("会员国应分享最佳做法", False),     # a set phrase
    ("最后，专家组通过了报告", False),
    ("一些发言者支持该建议，另一些发言者表示反对", False),
])
def test_texts_singling_one_out_as_the_most(text, states):
    assert states_superlative(text) is states


def test_what_a_question_compares_the_meetings_counts_of():
    from egassist.comparisons import count_compared

    assert count_compared("第三次会议和第四次会议相比，哪一次出席的会员国更多？") == "会员国"
    assert count_compared("Which meeting was attended by more Member States?") == "Member States"
    assert count_compared("哪个公约更有效？") is None
    assert count_compared("第四次会议和第六次会议中，哪一次会议持续的天数更多？") is None   # a length
    assert count_compared("第四次会议有多少个会员国出席？") is None


@pytest.mark.parametrize("question, asks", [
    ("引渡和司法协助在双重犯罪要求上有什么区别？", True),
    ("各国采取的做法有何不同？", True),
    ("各国在这方面有哪些不同做法？", True),
    ("How do extradition and mutual legal assistance differ on dual criminality?", True),
    ("What different approaches do countries take?", True),
    # Whether one is as the other.
    ("Is dual criminality required for mutual legal assistance in the same way as for "
     "extradition?", True),
    ("司法协助是否与引渡一样要求双重犯罪？", True),
    ("司法协助和引渡的要求相同吗？", True),
    ("专家组是否同意与上次会议相同的议程？", False),   # a thing the same as another
    ("专家组是否同意采取相同做法？", False),           # 同 of 同意
    ("会员国是否同时采用一样标准？", False),
    ("与会者是否都认为应采取相同措施？", False),
    ("与2018年一样，2020年的会议也在维也纳举行吗？", False),   # the scene it sets
    # A difference that only sets the scene.
    ("在讨论网络安全与网络犯罪的区别时，有发言者主张应放到哪些论坛讨论？", False),
    ("Why does an e-mail involve several different service providers?", False),
    ("各国有哪些不同类型的立法？", False),   # kinds, not ways that differ
])
def test_questions_asking_how_things_differ(question, asks):
    assert asks_difference(question) is asks


@pytest.mark.parametrize("text, contrasting", [
    ("引渡通常有双重犯罪要求，而司法协助则不一定有此要求；", True),
    ("一些国家让行业完全自愿地参与犯罪调查。还有的国家规定行业在法律上有义务合作。", True),
    ("Some States require it, whereas others leave it to industry.", True),
    # Naming a difference is not drawing one.
    ("特别是引渡和司法协助方面的挑战，包括适用双重犯罪和调查措施上的差异；", False),
    ("对此也采取了不同办法。", False),
    ("一些代表团认为应当如此；另一些代表团认为不必。", True),
    # 现有的 and 其他, 大部分, 从而 and 原则 are no sides of a contrast.
    ("审查现有的并提出新的国家和国际打击网络犯罪的法律对策或其他对策", False),
    ("大部分会员国和其他国际组织", False),
    ("从而形成了国际合作的原则", False),
])
def test_texts_drawing_a_contrast(text, contrasting):
    assert contrasts(text) is contrasting


@pytest.mark.parametrize("question, weighs", [
    ("与第三次会议相比，第四次会议出席的会员国多了多少个？", True),
    ("2018年和2020年哪次更多人参加？", True),
    ("第三次会议和第四次会议哪一次出席的会员国更多？", True),
    ("Were more States present in 2018 than in 2020?", True),
    ("第三次和第四次专家组会议的会期分别是哪一天决定的？", False),
    ("专家组2018年会和2020年第六次会，各来了多少个会员国？", False),
])
def test_a_question_weighing_one_thing_against_the_other(question, weighs):
    from egassist.comparisons import weighs_one_against_other

    assert weighs_one_against_other(question) is weighs
