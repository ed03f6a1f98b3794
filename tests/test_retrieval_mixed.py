"""A corpus with Chinese and English documents: questions reach the document that answers them,
whichever language it is in.

Runs the real default model: the bias under test is e5's (a Chinese question's nearest passages
are Chinese ones, whatever they say).
"""

import pytest

from egassist.answer import answer_question
from egassist.catalog import Catalog
from egassist.engine import LazyEmbedder, ModelChoice, open_searcher
from egassist.index import build_index
from egassist.search import fuse, fuse_by_language
from conftest import mixed_corpus


@pytest.fixture(scope="module")
def mixed(tmp_path_factory):
    corpus = mixed_corpus(tmp_path_factory.mktemp("mixed-corpus"),
                          {"ahc-outline-modalities.zh.txt": None, "eg4-2020-l1.zh.txt": None},
                          {"ecn15-2018-12.en.txt": "E/CN.15/2018/12"})
    index = tmp_path_factory.mktemp("mixed-index")
    embedder = LazyEmbedder(ModelChoice())
    build_index(Catalog.load(corpus), embedder, index)
    return open_searcher(index, embedder)


@pytest.mark.parametrize("question, place", [
    ("国际合作是否要求立法完全统一？", "para 9(e)"),
    ("国内法律框架在调查和起诉中起什么作用？", "para 9(f)"),
    ("会员国应如何规定域外管辖权？", "para 9(g)"),
    ("各国制定政策时应尊重其他国家的主权吗？", "para 9(b)"),
])
def test_a_chinese_question_finds_its_answer_in_an_english_document(mixed, question, place):
    # On one scale for all passages these ranked below Chinese passages of the other documents
    # (9(e) not in the top 5): both retrievers favour the question's own language.
    answer = answer_question(question, mixed)
    assert answer.answered, answer.reason
    first = answer.hits[0].passage
    assert (first.file, str(first.locator)) == ("ecn15-2018-12.en.txt", place)


def test_a_chinese_question_answered_in_chinese_still_finds_the_chinese_passage(mixed):
    answer = answer_question("特设委员会的谈判会议拟在哪里举行？", mixed)
    assert answer.hits[0].passage.file == "ahc-outline-modalities.zh.txt"


def test_one_language_fuses_exactly_as_before():
    lexical, dense = {0: 3.0, 1: 1.0, 2: 0.5}, {1: 0.9, 2: 0.8, 3: 0.7}
    assert fuse_by_language(lexical, dense, 0.6, ["zh"] * 4) == fuse(lexical, dense, 0.6)


def test_a_language_whose_scores_run_low_is_not_ranked_below_the_other_as_a_whole():
    # Chinese passages 0-2 score higher throughout than English passages 3-5 (the retrievers'
    # own-language bias); the best English passage should still rank above the weak Chinese ones.
    language_of = ["zh", "zh", "zh", "en", "en", "en"]
    lexical = {0: 9.0, 1: 6.0, 2: 5.5, 3: 4.0, 4: 1.0, 5: 0.5}
    dense = {0: 0.90, 1: 0.86, 2: 0.85, 3: 0.84, 4: 0.80, 5: 0.79}
    one_scale = fuse(lexical, dense, 0.6)
    assert sorted(one_scale, key=lambda r: -one_scale[r]).index(3) == 3
    by_language = fuse_by_language(lexical, dense, 0.6, language_of)
    assert sorted(by_language, key=lambda r: -by_language[r]).index(3) <= 1


@pytest.mark.parametrize("question, file, place", [
    ("会员国应如何规定域外管辖权？", "ecn15-2018-12.en.txt", "para 9(g)"),
    ("特设委员会的谈判会议拟在哪里举行？", "ahc-outline-modalities.zh.txt", "para 11"),
])
def test_proximity_counts_only_the_terms_a_passage_of_its_language_can_hold(mixed, question,
                                                                             file, place):
    # A Chinese question carries its Chinese words and their English renderings; an English
    # passage can hold only the second, a Chinese one only the first. What it cannot hold must
    # not dilute its score against passages of the other language.
    import dataclasses

    row = next(r for r, p in enumerate(mixed.passages)
               if p.file == file and str(p.locator) == place)
    query = mixed.analyse(question)
    english = mixed.passages[row].language == "en"
    own = dataclasses.replace(query, weights={
        t: w for t, w in query.weights.items()
        if (t.isascii() if english else not (t.isascii() and t.isalpha()))})
    assert len(own.weights) < len(query.weights)
    assert mixed.proximity(query, row) == pytest.approx(mixed.proximity(own, row))
    assert mixed.proximity(query, row) > 0.5


def test_a_venue_in_a_mixed_corpus_is_looked_for_by_its_chinese_words(mixed):
    # With English documents the key terms carry English forms too; "congressional", one of 会议's,
    # is in no passage and must not make 会议 a rare word the venue's clause lacks.
    answer = answer_question("大会决定特设委员会的组织会议在哪里召开、开几天？", mixed)
    assert answer.answered, answer.reason
    assert answer.hits[0].passage.file == "ahc-outline-modalities.zh.txt"
