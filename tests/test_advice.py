"""Questions asking the assistant's own recommendation (advice.py)."""

from __future__ import annotations

import pytest

from egassist.advice import asks_own_advice


@pytest.mark.parametrize("question", [
    "Can you recommend a hotel near the Vienna International Centre?",
    "I am new here. Could you suggest a good introduction to cybercrime law?",
    "Any tips on protecting a laptop while travelling?",
    "请推荐几本关于网络犯罪的入门书籍。",
    "你能推荐一个翻译服务吗？",
    "维也纳国际中心附近有没有适合代表团入住的酒店可以推荐？",
    "附近有什么推荐的餐厅？",
])
def test_a_recommendation_asked_of_the_one_addressed(question):
    assert asks_own_advice(question)


@pytest.mark.parametrize("question", [
    # What the documents' bodies recommend, or a body's right to recommend.
    "What did the Expert Group recommend on capacity-building?",
    "Which measures would you recommend to States?",
    "每个区域组最多可以向秘书处推荐几名政府专家？",
    "各区域组可以推荐吗？",
    "专家组建议会员国采取哪些措施？",
])
def test_what_the_documents_recommend_is_no_advice_asked(question):
    assert not asks_own_advice(question)
