import pytest

from egassist.recommendations import asks_recommendations, gives_recommendation


@pytest.mark.parametrize("question", [
    "Which preliminary conclusions and recommendations on international cooperation did Member "
    "States put forward at the sixth Expert Group meeting?",
    "What recommendations did the 2018 meeting make on criminalization?",
    "第六次会议上，会员国具体提出了哪些初步结论和建议？",
    "阿根廷代表团提出的建议具体内容是什么？",
    "评估会议通过的结论和建议有哪些？",
    "第六次会议上，会员国就执法提出了哪些具体的初步建议？",   # two words before 建议
])
def test_questions_asking_which_recommendations(question):
    assert asks_recommendations(question)


@pytest.mark.parametrize("question", [
    "In the 2020 draft report, what happens to comments on the preliminary conclusions and "
    "recommendations?",
    "初步建议清单由谁编写？",
    "专家组何时审议建议书？",
    "这些建议是什么时候提交的？",
    "Which recommendations list did the rapporteur prepare?",
])
def test_questions_not_asking_which_recommendations(question):
    assert not asks_recommendations(question)


@pytest.mark.parametrize("text, question", [
    ("(t) 会员国应当利用和（或）加入现有的有关网络犯罪的多边法律文书；", "会员国提出了哪些建议？"),
    ("《萨尔瓦多宣言》还建议考虑与所有相关合作伙伴共同制定国际性的能力建设行动计划。",
     "《萨尔瓦多宣言》提出了什么建议？"),
    ("Member States should consider criminalizing the misuse of devices.",
     "Which recommendations were made?"),
])
def test_sentences_giving_a_recommendation(text, question):
    assert gives_recommendation(text, question)


@pytest.mark.parametrize("text", [
    # The work plan and the rapporteur's list speak of recommendations without giving any.
    "按照工作计划，专家组将在评估会议上审议所收集的初步结论和建议，并将所通过的结论和建议合并在一个"
    "清单中，提交预防犯罪和刑事司法委员会。",
    "报告员编写了会员国提出的初步建议清单。",
    "这些初步建议和结论是会员国提交的，未经专家组讨论。",
    "讨论了因地制宜的培训课程。",  # 宜 of 因地制宜 recommends nothing
    # What a declaration asks is not what a meeting recommended ...
    "在《多哈宣言》中，会员国请预防犯罪和刑事司法委员会考虑建议专家组继续在其工作基础上交流信息。",
])
def test_sentences_only_speaking_of_recommendations(text):
    assert not gives_recommendation(text, "第六次会议上会员国提出了哪些建议？")


def test_a_declarations_recommendation_answers_a_question_naming_one():
    text = "在《多哈宣言》中，会员国请预防犯罪和刑事司法委员会考虑建议专家组继续在其工作基础上交流信息。"
    assert gives_recommendation(text, "《多哈宣言》提出了什么建议？")
