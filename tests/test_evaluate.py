"""Scoring rules of the shared evaluation README, pinned on small hand-made cases."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from egassist.evaluate import (
    format_report,
    load_questions,
    locator_matches,
    normalise_text,
    passage_hits,
    quote_in_text,
    report_to_dict,
    score,
)

FILE = "ecn15-2018-12.zh.txt"


def gold(quote, locator="para 9(a)", file=FILE):
    return {"file": file, "symbol": "E/CN.15/2018/12", "quote": quote, "locator": locator}


def question(qid, kind="fact", golds=()):
    return {"id": qid, "question": f"question {qid}", "kind": kind, "gold": list(golds)}


def passage(text, locator="para 9(a)", file=FILE, rank=None):
    p = {"file": file, "symbol": "E/CN.15/2018/12", "language": "zh", "locator": locator,
         "citation": "", "citation_en": "", "citation_zh": "", "heading": "", "text": text}
    if rank is not None:
        p["rank"] = rank
    return p


def answer(*passages, answered=True, quoted=None):
    """An answer object; it quotes its top passage unless `quoted` says what it quotes."""
    ps = []
    for i, p in enumerate(passages, 1):
        p = dict(p)
        p.setdefault("rank", i)
        p.setdefault("score", 1.0 / i)
        ps.append(p)
    if quoted is None:
        quoted = f"“{ps[0]['text']}” (E/CN.15/2018/12, para. 1)" if ps else ""
    return {"question": "", "answered": answered, "answer": quoted, "passages": ps}


FILLER = passage("与问题无关的段落。", locator="para 1")


# --- normalisation and hits --------------------------------------------------------------------


def test_normalise_removes_whitespace_links_and_emphasis():
    assert normalise_text("会员国 应当\n颁布\u3000法律\t") == "会员国应当颁布法律"
    assert normalise_text("草案（[A/C.3/72/12](#)，附件）") == "草案（A/C.3/72/12，附件）"
    assert normalise_text("见 [www.unodc.org](http://www.unodc.org) 查阅") == "见www.unodc.org查阅"
    assert normalise_text("**网络**犯罪和 *网上* 犯罪、__核心__ 罪行") == "网络犯罪和网上犯罪、核心罪行"
    assert normalise_text("<b>2021 年</b>") == "2021年"
    assert normalise_text("公约》<sup>3</sup>的组织") == "公约》的组织"


def test_normalise_keeps_draft_placeholders():
    assert normalise_text("有[94]个会员国和[……]会议") == "有[94]个会员国和[……]会议"


def test_hit_ignores_whitespace_and_markdown_on_both_sides():
    text = "会员国应当颁布法律\n作出技术 中性的阐述，并将**被视为非法**的活动"
    assert quote_in_text("会员国应当颁布法律作出技术中性的阐述", text)
    assert quote_in_text("应当颁布法律作出技术中性的阐述，并将被视为非法的活动", text)
    assert quote_in_text("草案（[A/C.3/72/12](#)，附件）", "草案（A/C.3/72/12，附件）。")
    assert quote_in_text("草案（A/C.3/72/12，附件）", "草案（ [A/C.3/72/12](#) ，附件）")
    assert not quote_in_text("会员国应当颁布法律作出技术中立的阐述", text)


def test_hit_needs_the_same_file():
    g = gold("会员国应当颁布法律作出技术中性的阐述")
    text = "会员国应当颁布法律作出技术中性的阐述"
    assert passage_hits(g, passage(text))
    assert not passage_hits(g, passage(text, file="eg4-2020-l1.zh.txt"))


def test_empty_quote_never_hits():
    assert not quote_in_text("", "任何文本")
    assert not quote_in_text("   ", "任何文本")


# --- the 12-character rule ---------------------------------------------------------------------

QUOTE = "一二三四五六七八九十甲乙丙丁戊己"  # 16 characters


def test_quote_cut_by_the_passage_end_counts_with_its_first_12_characters():
    assert quote_in_text(QUOTE, "前文。" + QUOTE[:12])
    assert quote_in_text(QUOTE, "前文。" + QUOTE[:15])
    assert quote_in_text(QUOTE, "前文。" + QUOTE[:6] + "\n" + QUOTE[6:13])  # whitespace ignored
    assert quote_in_text(QUOTE, "前文。" + QUOTE[:13] + "……")  # trailing ellipsis ignored


def test_quote_cut_before_its_12th_character_does_not_count():
    assert not quote_in_text(QUOTE, "前文。" + QUOTE[:11])
    assert not quote_in_text(QUOTE, QUOTE[4:] + "。后文")  # the tail alone never counts


def test_first_12_characters_followed_by_other_text_is_not_a_cut_quote():
    assert not quote_in_text(QUOTE, "前文。" + QUOTE[:12] + "不同的后文")
    # symbols share long prefixes: UNODC/CCPCJ/ is 12 characters
    assert not quote_in_text("UNODC/CCPCJ/EG.4/2020/INF/1",
                             "工作计划的提案（UNODC/CCPCJ/EG.4/2018/CRP.1）。")


def test_short_quote_must_be_contained_whole():
    assert quote_in_text("UNODC/CCPCJ/", "见UNODC/CCPCJ/")
    assert not quote_in_text("A/C.3/72/12", "A/C.3/72/1")


# --- locators -----------------------------------------------------------------------------------


@pytest.mark.parametrize("got, ok", [
    ("para 10(f)", True),
    ("para 10(f)(ii)", True),
    ("para 10(f)(ii)(a)", True),
    ("para 100", False),
    ("para 10", False),
    ("para 10(g)", False),
    ("para 10(ff)", False),
    ("annex I para 10(f)", False),
    (None, False),
    ("", False),
])
def test_locator_extends_only_by_subparagraph(got, ok):
    assert locator_matches("para 10(f)", got) is ok


def test_locator_other_forms():
    assert locator_matches("annex I para 3", "annex I para 3(b)")
    assert not locator_matches("annex I para 3", "annex I para 37")
    assert not locator_matches("annex I para 3", "para 3")
    assert locator_matches("footnote 14", "footnote 14")
    assert not locator_matches("footnote 1", "footnote 14")
    assert locator_matches("item 1(b)", " item 1(b) ")
    assert not locator_matches(None, "para 1")


# --- citation accuracy --------------------------------------------------------------------------


def test_citation_accuracy_counts_top1_hits_with_a_gold_locator():
    qs = [
        question("c1", golds=[gold("甲乙丙丁戊己庚辛", "para 10(f)")]),
        question("c2", golds=[gold("甲乙丙丁戊己庚辛", "para 10(f)")]),
        question("c3", golds=[gold("甲乙丙丁戊己庚辛", "para 10(f)")]),
        question("c4", golds=[gold("甲乙丙丁戊己庚辛", None)]),  # null: not checked
        question("c5", golds=[gold("甲乙丙丁戊己庚辛", "para 10(f)")]),  # hit only at rank 2
    ]
    hit = "甲乙丙丁戊己庚辛"
    ans = [
        answer(passage(hit, "para 10(f)(ii)")),
        answer(passage(hit, "para 100")),
        answer(passage(hit, "para 10(f)")),
        answer(passage(hit, "para 2")),
        answer(FILLER, passage(hit, "para 10(f)")),
    ]
    report = score(qs, ans)
    assert report.overall.citation_checked == 3
    assert report.overall.citation_correct == 2
    assert report.overall.citation_accuracy == pytest.approx(2 / 3)
    by_id = {r.id: r for r in report.questions}
    assert by_id["c1"].top1_citation_correct is True
    assert by_id["c2"].top1_citation_correct is False
    assert by_id["c4"].top1_citation_correct is None
    assert by_id["c5"].top1_citation_correct is None and by_id["c5"].first_hit_rank == 2


def test_citation_uses_the_gold_entry_the_top1_passage_hits():
    q = question("m", golds=[gold("甲乙丙丁戊己庚辛", "para 7"), gold("子丑寅卯辰巳午未", "para 11")])
    report = score([q], [answer(passage("……子丑寅卯辰巳午未……", "para 11"))])
    assert report.questions[0].top1_citation_correct is True
    report = score([q], [answer(passage("……子丑寅卯辰巳午未……", "para 7"))])
    assert report.questions[0].top1_citation_correct is False


def test_quote_accuracy_counts_answered_top1_hits_whose_quote_holds_the_gold():
    g = [gold("甲乙丙丁戊己庚辛壬癸子丑寅卯")]
    text = "辰巳午未。甲乙丙丁戊己庚辛壬癸子丑寅卯。"
    qs = [question(f"q{i}", golds=g) for i in range(5)]
    ans = [
        answer(passage(text), quoted="“甲乙丙丁 戊己庚辛壬癸子丑寅卯。”"),  # quoted (whitespace aside)
        answer(passage(text), quoted="“辰巳午未。”"),                     # the wrong sentence
        answer(passage(text), quoted="“…甲乙丙丁戊己庚辛壬癸子丑…”"),      # cut after the first 12
        answer(passage(text), answered=False, quoted=""),            # refused: not checked
        answer(FILLER, passage(text), quoted="“与问题无关的段落。”"),    # not a top-1 hit
    ]
    report = score(qs, ans)
    assert [r.top1_quoted for r in report.questions] == [True, False, True, None, None]
    assert report.overall.quote_checked == 3 and report.overall.quote_correct == 2
    assert report_to_dict(report)["overall"]["quote_accuracy"] == pytest.approx(2 / 3)
    assert "the quoted sentences miss the gold" in report.questions[1].failures()


# --- recall, MRR --------------------------------------------------------------------------------


def test_recall_and_mrr():
    g = [gold("甲乙丙丁戊己庚辛")]
    hit = passage("甲乙丙丁戊己庚辛")
    qs = [question(f"r{i}", golds=g) for i in range(5)]
    ans = [
        answer(hit),                                  # rank 1
        answer(FILLER, hit),                          # rank 2
        answer(*[FILLER] * 4, hit),                   # rank 5
        answer(*[FILLER] * 10, hit),                  # rank 11: outside @10
        answer(FILLER, FILLER),                       # no hit
    ]
    report = score(qs, ans)
    o = report.overall
    assert o.n == o.n_answerable == 5
    assert o.recall_at_1 == pytest.approx(1 / 5)
    assert o.recall_at_5 == pytest.approx(3 / 5)
    assert o.recall_at_10 == pytest.approx(3 / 5)
    assert o.mrr_at_10 == pytest.approx((1 + 1 / 2 + 1 / 5 + 0 + 0) / 5)
    assert [r.first_hit_rank for r in report.questions] == [1, 2, 5, 11, None]


def test_any_gold_entry_answers():
    q = question("a", golds=[gold("甲乙丙丁戊己庚辛"), gold("子丑寅卯辰巳午未", file="eg4-2020-l1.zh.txt")])
    other = passage("子丑寅卯辰巳午未", file="eg4-2020-l1.zh.txt", locator="para 9(a)")
    report = score([q], [answer(FILLER, FILLER, other)])
    assert report.questions[0].first_hit_rank == 3


def test_passages_are_taken_in_rank_order():
    q = question("o", golds=[gold("甲乙丙丁戊己庚辛")])
    ans = {"question": "", "answered": True, "answer": "", "passages": [
        passage("无关", rank=2), passage("甲乙丙丁戊己庚辛", rank=1)]}
    assert score([q], [ans]).questions[0].first_hit_rank == 1


# --- negatives ----------------------------------------------------------------------------------


def test_negatives_and_wrong_refusals():
    g = [gold("甲乙丙丁戊己庚辛")]
    qs = [
        question("n1", "negative"), question("n2", "negative"), question("n3", "negative"),
        question("a1", golds=g), question("a2", "crosslingual", golds=g),
    ]
    ans = [
        answer(answered=False),
        answer(FILLER, answered=False),
        answer(FILLER, answered=True),
        answer(passage("甲乙丙丁戊己庚辛"), answered=False),  # hit, but wrongly refused
        answer(passage("甲乙丙丁戊己庚辛"), answered=True),
    ]
    report = score(qs, ans)
    neg = report.per_kind["negative"]
    assert neg.n == neg.n_negative == 3 and neg.n_answerable == 0
    assert neg.negatives_refused_share == pytest.approx(2 / 3)
    assert neg.recall_at_1 is None  # no answerable question of this kind
    assert report.overall.answerable_refused_share == pytest.approx(1 / 2)
    assert report.per_kind["fact"].answerable_refused_share == 1.0
    assert report.per_kind["crosslingual"].answerable_refused_share == 0.0
    assert report.overall.recall_at_1 == 1.0  # refusal does not change retrieval scores
    assert report.overall.negatives_refused_share == pytest.approx(2 / 3)


def test_answers_by_id_and_missing_answers():
    qs = [question("x", golds=[gold("甲乙丙丁戊己庚辛")]), question("y", "negative")]
    report = score(qs, {"x": answer(passage("甲乙丙丁戊己庚辛"))})
    assert report.questions[0].first_hit_rank == 1
    assert report.questions[1].answer_missing
    assert report.overall.negatives_refused_share == 0.0  # no answer is not a refusal
    assert report.overall.answers_missing == 1
    with pytest.raises(ValueError):
        score(qs, [answer()])


# --- loading and output -------------------------------------------------------------------------


def test_load_questions(tmp_path):
    path = tmp_path / "q.jsonl"
    path.write_text(json.dumps(question("a", "negative"), ensure_ascii=False) + "\n\n"
                    + json.dumps({"id": "b", "question": "?", "kind": "fact"}) + "\n",
                    encoding="utf-8")
    qs = load_questions(path)
    assert [q["id"] for q in qs] == ["a", "b"] and qs[1]["gold"] == []
    path.write_text("{not json\n", encoding="utf-8")
    with pytest.raises(ValueError):
        load_questions(path)


def test_format_report_and_dict():
    g = [gold("甲乙丙丁戊己庚辛")]
    qs = [question("f1", golds=g), question("f2", golds=g), question("n1", "negative")]
    ans = [answer(passage("甲乙丙丁戊己庚辛")), answer(FILLER), answer(FILLER, answered=True)]
    report = score(qs, ans)
    text = format_report(report)
    for word in ("fact", "negative", "overall", "R@1", "MRR@10", "f2", "n1"):
        assert word in text
    assert "f1 " not in text.split("failures")[1]
    d = report_to_dict(report)
    json.dumps(d)
    assert d["overall"]["recall@1"] == 0.5
    assert d["per_kind"]["negative"]["negatives_answered_false"] == 0.0
    assert d["questions"][1]["failures"] == ["no hit"]


def test_module_imports_no_front_end():
    code = ("import sys, egassist.evaluate; "
            "bad = [m for m in ('textual', 'click', 'rich') if m in sys.modules]; "
            "print(','.join(bad))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""
