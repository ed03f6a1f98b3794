from hypothesis import given
from hypothesis import strategies as st

from egassist.citations import (Citation, DocumentRef, Locator, LocatorSyntaxError, int_to_roman,
                                int_to_zh, parse_locator, roman_to_int, zh_to_int)
import pytest

REF = DocumentRef(file="ecn15-2011-19.zh.txt", language="zh", symbol="E/CN.15/2011/19")


@pytest.mark.parametrize("typed, canonical", [
    ("annex I para 37", "annex I para 37"),
    ("annex I, para. 37", "annex I para 37"),
    ("附件一，第 37 段", "annex I para 37"),
    ("附件二", "annex II"),
    ("annex II", "annex II"),
    ("para. 10 (f) (ii)", "para 10(f)(ii)"),
    ("第 10 段(f)(二)", "para 10(f)(ii)"),
    ("第10段（f）（十五）", "para 10(f)(xv)"),
    ("para 1(a)(xviii)", "para 1(a)(xviii)"),
    ("para 9(c)", "para 9(c)"),
    ("paragraph 18", "para 18"),
    ("18", "para 18"),
    ("footnote 13", "footnote 13"),
    ("脚注 13", "footnote 13"),
    ("footnote *", "footnote *"),
    ("item 1 (b)", "item 1(b)"),
    ("项目 1(b)", "item 1(b)"),
    ("masthead", "masthead"),
    ("文件首页", "masthead"),
    ("preamble", "preamble"),
    ("Preamble", "preamble"),
    ("序言", "preamble"),
    ("annex I, preamble", "annex I preamble"),
    ("附件一，序言", "annex I preamble"),
    # Subparagraphs before 段, and paragraph numbers typed in Chinese numerals.
    ("第 5(a) 段", "para 5(a)"),
    ("第 10(f)(vii) 段", "para 10(f)(vii)"),
    ("第十八段", "para 18"),
    ("附件一第三十七段", "annex I para 37"),
])
def test_typed_locators_parse_to_canonical(typed, canonical):
    assert parse_locator(typed).canonical() == canonical


@pytest.mark.parametrize("bad", ["", "para", "annex Q para 3", "para 3 extra words", "chapter 2"])
def test_unreadable_locators_raise(bad):
    with pytest.raises(LocatorSyntaxError):
        parse_locator(bad)


def test_display_forms_follow_citations_md():
    cases = [
        (Locator("para", "18"), "E/CN.15/2011/19, para. 18", "E/CN.15/2011/19，第 18 段"),
        (Locator("para", "9", ("c",)), "E/CN.15/2011/19, para. 9 (c)", "E/CN.15/2011/19，第 9 段(c)"),
        (Locator("para", "10", ("f", "ii")), "E/CN.15/2011/19, para. 10 (f) (ii)",
         "E/CN.15/2011/19，第 10 段(f)(二)"),
        (Locator("para", "37", (), "I"), "E/CN.15/2011/19, annex I, para. 37",
         "E/CN.15/2011/19，附件一，第 37 段"),
        (Locator("annex", annex="II"), "E/CN.15/2011/19, annex II", "E/CN.15/2011/19，附件二"),
        (Locator("footnote", "13"), "E/CN.15/2011/19, footnote 13", "E/CN.15/2011/19，脚注 13"),
        (Locator("footnote", "*"), "E/CN.15/2011/19, footnote *", "E/CN.15/2011/19，脚注 *"),
        (Locator("item", "1", ("b",)), "E/CN.15/2011/19, item 1 (b)", "E/CN.15/2011/19，项目 1(b)"),
        (Locator("masthead"), "E/CN.15/2011/19, masthead", "E/CN.15/2011/19，文件首页"),
        (Locator("preamble"), "E/CN.15/2011/19, preamble", "E/CN.15/2011/19，序言"),
        (Locator("preamble", annex="I"), "E/CN.15/2011/19, annex I, preamble",
         "E/CN.15/2011/19，附件一，序言"),
    ]
    for locator, en, zh in cases:
        citation = Citation(REF, locator)
        assert citation.en() == en
        assert citation.zh() == zh


def test_unknown_symbol_is_said_not_invented():
    ref = DocumentRef(file="ahc.zh.txt", language="zh", symbol=None, short_title="AHC outline",
                      title_zh="拟议纲要和方法")
    citation = Citation(ref, Locator("para", "8"))
    assert citation.en() == "AHC outline (symbol unknown), para. 8"
    assert citation.zh() == "《拟议纲要和方法》（文号不详），第 8 段"


def test_undetermined_place_is_said():
    citation = Citation(REF, Locator("unplaced"))
    assert citation.en() == "E/CN.15/2011/19, place not determined"
    assert "位置不详" in citation.zh()


def test_paragraph_contains_its_subparagraphs_not_longer_numbers():
    para10 = Locator("para", "10")
    assert para10.contains(Locator("para", "10", ("f", "ii")))
    assert not para10.contains(Locator("para", "100"))
    assert not para10.contains(Locator("para", "10", (), "I"))
    assert Locator("annex", annex="I").contains(Locator("para", "3", ("a",), "I"))


def test_preamble_is_a_place_without_a_number():
    preamble = parse_locator("preamble")
    assert preamble == Locator("preamble") and preamble.number == "" and preamble.sub == ()
    assert preamble.canonical() == "preamble"
    assert preamble.contains(Locator("preamble"))
    assert not preamble.contains(Locator("para", "1"))
    assert not preamble.contains(Locator("masthead"))
    assert not Locator("para", "1").contains(preamble)
    assert not preamble.contains(Locator("preamble", annex="I"))
    assert Locator("annex", annex="I").contains(Locator("preamble", annex="I"))
    with pytest.raises(LocatorSyntaxError):
        parse_locator("preamble 3")


@given(st.integers(min_value=1, max_value=3999))
def test_roman_round_trip(n):
    assert roman_to_int(int_to_roman(n)) == n


@given(st.integers(min_value=1, max_value=99))
def test_chinese_numeral_round_trip(n):
    assert zh_to_int(int_to_zh(n)) == n


_subs = st.lists(st.sampled_from("abcdefghjkmnopqrstuw"), min_size=0, max_size=1).flatmap(
    lambda first: st.just(tuple(first)) if not first else st.tuples(
        st.just(first[0]), st.integers(1, 20).map(int_to_roman)).map(tuple) | st.just(tuple(first)))
_locators = st.one_of(
    st.builds(lambda n, s, a: Locator("para", str(n), s, a), st.integers(1, 300), _subs,
              st.one_of(st.none(), st.integers(1, 12).map(lambda i: int_to_roman(i).upper()))),
    st.builds(lambda n: Locator("footnote", str(n)), st.integers(1, 300)),
    st.just(Locator("footnote", "*")),
    st.builds(lambda n, s: Locator("item", str(n), s), st.integers(1, 20),
              st.sampled_from([(), ("a",), ("b",)])),
    st.builds(lambda a: Locator("annex", annex=a), st.integers(1, 9).map(
        lambda i: int_to_roman(i).upper())),
    st.builds(lambda a: Locator("preamble", annex=a), st.one_of(st.none(), st.integers(1, 9).map(
        lambda i: int_to_roman(i).upper()))),
)


@given(_locators)
def test_canonical_english_and_chinese_forms_round_trip(locator):
    assert parse_locator(locator.canonical()) == locator
    assert parse_locator(locator.display_en()) == locator
    assert parse_locator(locator.display_zh()) == locator


@pytest.mark.parametrize("sentence, canonical", [
    ("E/CN.15/2018/12 第 9(a) 段说了什么？", "para 9(a)"),
    ("E/CN.15/2018/12 第十八段", "para 18"),
    ("专家组第一次会议", None),
    ("E/CN.15/2023/L.4 preamble", "preamble"),
    ("E/CN.15/2023/L.4 的序言说了什么？", "preamble"),
    ("E/CN.15/2023/L.4, annex I, preamble", "annex I preamble"),
    # A subparagraph typed without brackets is still a subparagraph, never its paragraph.
    ("E/CN.15/2018/12, para 9 c", "para 9(c)"),
    ("What does paragraph 9c of E/CN.15/2018/12 say?", "para 9(c)"),
    ("E/CN.15/2018/12 para. 10 f viii", "para 10(f)(viii)"),
    ("E/CN.15/2018/12 para 10f(viii).", "para 10(f)(viii)"),
    ("E/CN.15/2018/12 第 9 段 c 项说了什么？", "para 9(c)"),
    ("E/CN.15/2018/12 第 10 段 f 项 viii 目", "para 10(f)(viii)"),
    ("§ 3 b of the draft", "para 3(b)"),
    # A second-level item named in words after its subparagraph, in brackets or with its 目.
    ("2018年报告第10段(f)项第(十三)目所列的行为", "para 10(f)(xiii)"),
    ("第 9 段(n)项(三)目说了什么？", "para 9(n)(iii)"),
    ("第十段(f)项第二目", "para 10(f)(ii)"),
    ("第 9 段 n 项第(三)目", "para 9(n)(iii)"),
    ("第10段(f)项(xiii)", "para 10(f)(xiii)"),
    ("第10段(f)项十分重要", "para 10(f)"),
    # ... but a word after the number stays a word.
    ("para 9 in E/CN.15/2018/12", "para 9"),
    ("para 9 a and b", "para 9"),
    # English may name the annex after the paragraph; footnotes and items have no annex.
    ("What does paragraph 1 of annex I of the 2011 report say?", "annex I para 1"),
    ("para 9(c) in annex II", "annex II para 9(c)"),
    ("footnote 3 of annex I", "footnote 3"),
    ("para 3 of the report and annex I", "para 3"),
])
def test_places_inside_a_sentence_in_the_ways_people_type_them(sentence, canonical):
    from egassist.citations import find_locator

    found = find_locator(sentence)
    assert (found.canonical() if found else None) == canonical
