"""Property tests on generated documents: parsing never raises and never loses a character."""

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from egassist.citations import DocumentRef, int_to_roman, int_to_zh
from egassist.structure import parse_document

REF = DocumentRef(file="generated.txt", language="zh", symbol="E/CN.15/2099/1")

_cjk = st.text(alphabet=st.sampled_from("网络犯罪会员国应当专家组审议报告的和在了对于，、（）“”"),
               min_size=1, max_size=60)
_latin = st.text(alphabet=st.sampled_from("abcdefghijklmnop ,.;:()"), min_size=1, max_size=60)
_sentence = st.one_of(_cjk, _latin).map(str.strip).filter(bool)


@st.composite
def un_document(draw) -> str:
    """A document built from the line shapes UN texts are made of, in a random order."""
    lines = []
    para = 0
    footnote = 0
    for _ in range(draw(st.integers(1, 40))):
        shape = draw(st.sampled_from(
            ["para", "para", "sub", "sub2", "text", "heading", "md", "sep", "fn", "sup", "star",
             "annex", "table", "blank", "indent", "junk", "glued", "organ", "row"]))
        s = draw(_sentence)
        if shape == "para":
            para += 1
            lines.append(f"{para}. {s}")
        elif shape == "sub":
            lines.append(f"({draw(st.sampled_from('abcdefghi'))}) {s}")
        elif shape == "sub2":
            n = draw(st.integers(1, 15))
            lines.append(draw(st.sampled_from([f"({int_to_zh(n)}) {s}", f"- ({int_to_roman(n)}) {s}"])))
        elif shape == "heading":
            lines.append(draw(st.sampled_from(["一. 导言", "A. 立法和框架", "专题 3. 挑战", "背景"])))
        elif shape == "md":
            lines.append(f"{'#' * draw(st.integers(1, 4))} {s}")
        elif shape == "sep":
            lines.append(draw(st.sampled_from(["__________________ ", "---"])))
        elif shape == "fn":
            footnote += 1
            lines.append(f" {footnote} {s}")
        elif shape == "sup":
            footnote += 1
            lines.append(f"<sup>{footnote}</sup> {s}")
        elif shape == "star":
            lines.append(f"* {s}")
        elif shape == "annex":
            lines.append(draw(st.sampled_from(["附件一", "附件二", "Annex", "## 附件"])))
            para = 0
        elif shape == "table":
            lines.append(f"{s}\t{s}\t1(a)")
        elif shape == "blank":
            lines.append(draw(st.sampled_from(["", " ", "\t"])))
        elif shape == "indent":
            lines.append(f" {s}")
        elif shape == "organ":  # the line that opens a resolution's preamble
            lines.append(draw(st.sampled_from([
                "预防犯罪和刑事司法委员会，", "大会，",
                "The Commission on Crime Prevention and Criminal Justice,"])))
        elif shape == "row":  # a schedule row laid out with spaces
            lines.append(draw(st.sampled_from([
                " 2 月 28 日，星期一", " 上午 10 时至下午 1 时 1(a) 会议开幕", " 1(b) 通过议程",
                "Monday, 28 February", "3-6 p.m. 2 General discussion"])))
        elif shape == "glued":
            lines.append(f"{s}。{footnote + 1}1970 年代{s}")
        else:
            lines.append(draw(st.text(max_size=30)))
    return draw(st.sampled_from(["\n", "\n\n"])).join(lines)


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow])
@given(un_document())
def test_generated_documents_lose_no_character(source):
    document = parse_document(REF, source)
    assert document.coverage_problems() == []
    for block in document.blocks:
        if block.citable:
            assert block.locator.kind != "para" or block.locator.number.isdigit()


@settings(max_examples=300)
@given(st.text())
def test_parsing_never_raises_on_arbitrary_text(source):
    document = parse_document(REF, source)
    assert document.coverage_problems() == []


def test_every_line_lands_in_a_block_in_reading_order():
    source = "标题\n\n一. 导言\n\n1. 第一段。\n\n(a) 分段；\n\n__________\n 1 脚注。\n 2. 第二段。"
    document = parse_document(REF, source)
    starts = [s for b in document.blocks for s, _ in b.lines]
    assert sorted(starts) == starts or len(starts) == len(set(starts))
    held = "".join(source[s:e] for b in document.blocks for s, e in b.lines)
    assert sorted(held.replace(" ", "")) == sorted(source.replace(" ", "").replace("\n", ""))
    kinds = [(b.kind, str(b.locator)) for b in document.blocks if b.citable]
    assert kinds == [("masthead", "masthead"), ("para", "para 1"), ("subpara", "para 1(a)"),
                     ("footnote", "footnote 1"), ("para", "para 2")]


def test_a_superscript_digit_alone_under_the_separator_is_not_a_footnote_number():
    # Found by the property above: '²'.isdigit() is true but int('²') fails.
    source = "__________________ \n\n²\n1. “"
    document = parse_document(REF, source)
    assert not document.coverage_problems()


# A resolution's operative paragraphs quoted after "as follows:" carry numbers that run on from the
# quoting paragraph's own; the document's next paragraph then repeats the first quoted number.
QUOTE_EN = """I. Introduction
1. The Ad Hoc Committee was established by resolution 74/247.
2. The first session was held in New York.
3. In its resolution 75/282, the General Assembly decided as follows:
4. Decides that the Ad Hoc Committee shall convene at least six sessions;
5. Also decides that the Ad Hoc Committee shall take into consideration existing instruments;
4. The third session was held in New York from 29 August to 9 September 2022.
5. The session was attended by representatives of 140 States.
6. The Chair closed the session."""

QUOTE_ZH = """一. 导言
1. 特设委员会是根据第 74/247 号决议设立的。
2. 第一届会议在纽约举行。
3. 大会在第 75/282 号决议中决定如下：
4. 决定特设委员会至少举行六届会议；
5. 又决定特设委员会应考虑到现有文书；
4. 第三届会议于 2022 年 8 月 29 日至 9 月 9 日在纽约举行。
5. 140 个国家的代表出席了会议。
6. 主席宣布会议闭幕。"""


def paras(document):
    return {str(b.locator): b.text for b in document.blocks if b.kind == "para"}


def test_quoted_paragraphs_numbered_on_from_the_colon_stay_in_the_quoting_paragraph():
    for language, source, starts in [
            ("en", QUOTE_EN, ("In its resolution", "The third session", "The session was",
                              "The Chair")),
            ("zh", QUOTE_ZH, ("大会在第", "第三届会议", "140 个国家", "主席宣布"))]:
        document = parse_document(DocumentRef("q.txt", language, "A/AC.291/99"), source)
        found = paras(document)
        assert list(found) == ["para 1", "para 2", "para 3", "para 4", "para 5", "para 6"]
        for number, start in zip((3, 4, 5, 6), starts):
            assert found[f"para {number}"].startswith(start), (language, number)
        assert "4. Decides" in found["para 3"] or "4. 决定特设委员会" in found["para 3"]
        assert found["para 3"].endswith(("existing instruments;", "现有文书；"))
        assert document.coverage_problems() == []
        assert document.warnings == []


def test_gaps_inside_a_reattached_quotation_are_not_reported():
    source = QUOTE_EN.replace("5. Also decides", "7. Also decides")
    document = parse_document(DocumentRef("q.txt", "en", "A/AC.291/99"), source)
    assert list(paras(document)) == ["para 1", "para 2", "para 3", "para 4", "para 5", "para 6"]
    assert "7. Also decides" in paras(document)["para 3"]
    assert document.warnings == []


def test_a_backward_jump_no_colon_explains_is_kept_and_noted():
    source = QUOTE_EN.replace("decided as follows:", "decided as follows.")
    document = parse_document(DocumentRef("q.txt", "en", "A/AC.291/99"), source)
    assert document.coverage_problems() == []
    assert "para 4 follows para 5: kept in para 5 as quoted numbering" in document.warnings
