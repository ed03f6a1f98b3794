"""Over English documents: questions in either language find and cite them, and are answered.

The shipped corpus is all Chinese; these run on the English samples in tests/data/english.
"""

import pytest

from egassist.answer import answer_question
from egassist.catalog import Catalog
from egassist.engine import LazyEmbedder, ModelChoice, open_searcher
from egassist.index import build_index
from conftest import ROOT

ENGLISH = ROOT / "tests" / "data" / "english"


@pytest.fixture(scope="module")
def searcher(tmp_path_factory):
    index = tmp_path_factory.mktemp("english-index")
    embedder = LazyEmbedder(ModelChoice())
    build_index(Catalog.load(ENGLISH), embedder, index)
    return open_searcher(index, embedder)


def top(answer, n):
    return [(h.passage.file, str(h.passage.locator)) for h in answer.hits[:n]]


@pytest.mark.parametrize("question", [
    "What purposes do terrorists use ICT for, according to Colombia?",
    "哥伦比亚代表团提到恐怖分子为哪些目的使用信息通信技术？",
])
def test_a_question_in_either_language_is_answered_from_an_english_document(searcher, question):
    answer = answer_question(question, searcher)
    assert answer.answered, answer.reason
    assert ("ecn15-2011-19.en.txt", "para 3") in top(answer, 3)


def test_a_meeting_and_a_month_asked_in_chinese_are_found_in_english_words(searcher):
    # 第一次 is "first meeting" and 1 月 is "January" in these documents.
    answer = answer_question("2011 年 1 月专家组第一次会议在哪里举行？", searcher)
    assert answer.answered, answer.reason
    assert ("ecn15-2018-12.en.txt", "para 2") in top(answer, 5)


@pytest.mark.parametrize("question", [
    "What is the weather tomorrow in Vienna?",
    "明天维也纳的天气怎么样？",
    "What did the Expert Group conclude at its ninth meeting?",
])
def test_unanswerable_questions_are_still_refused(searcher, question):
    assert not answer_question(question, searcher).answered
