"""Questions that ask the documents to weigh one thing against another."""

import pytest

from egassist.comparisons import asks_comparison, states_comparison


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
