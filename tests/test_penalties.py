import pytest

from egassist.penalties import asks_penalty, states_penalty


@pytest.mark.parametrize("question, penalty", [
    ("会员国建议对非法侵入计算机系统规定多高的刑罚？", True),
    ("非法访问罪的最高监禁年限是多少？", True),
    ("该罪可判处几年徒刑？", True),
    ("What penalties does the model law prescribe for illegal access?", True),
    ("What is the maximum penalty for computer fraud?", True),
    ("How many years of imprisonment does the code provide?", True),
    # Sanctions on a provider that does not cooperate are any measure, no penalty of a court.
    ("What sanctions did the Expert Group discuss for service providers?", False),
    ("会员国建议将哪些行为定为刑事犯罪？", False),
    ("Which offences should be criminalized?", False),
    # A sentence of a text, a bureau's years.
    ("What sentence in the 2018 report asks States to criminalize illegal access?", False),
    ("区域办事处几年来开展了哪些培训？", False),
])
def test_questions_asking_a_penalty(question, penalty):
    assert asks_penalty(question) == penalty


def test_a_penalty_is_written_in_the_words_of_punishment():
    assert states_penalty("处三年以下有期徒刑或者拘役")
    assert states_penalty("shall be liable to imprisonment for a period not exceeding two years")
    assert states_penalty("应处以罚款")
    assert not states_penalty("会员国应当将非法访问计算机系统定为刑事犯罪")
    assert not states_penalty("专家组讨论了对不合作的互联网服务提供商进行制裁的有关问题")
