"""The five shipped documents: every numbered place, the tricky cases, and no character lost."""

import json
from pathlib import Path

import pytest

from egassist.citations import parse_locator

PINS = json.loads((Path(__file__).parent / "data" / "structure_pins.json").read_text("utf-8"))
FILES = ["ecn15-2011-19.zh.txt", "eg4-2017-1.zh.txt", "ecn15-2018-12.zh.txt",
         "eg4-2020-l1.zh.txt", "ahc-outline-modalities.zh.txt"]


def doc(catalog, file):
    return catalog.get(file)


@pytest.mark.parametrize("file", FILES)
def test_every_citable_block_is_pinned(catalog, file):
    """Locators, kinds and opening words of every citable block, in reading order."""
    got = [[str(b.locator), b.kind, b.text.replace("\n", " ")[:16]]
           for b in doc(catalog, file).blocks if b.citable]
    assert got == PINS[file]


@pytest.mark.parametrize("file", FILES)
def test_lossless_every_character_in_exactly_one_block(catalog, file):
    document = doc(catalog, file)
    assert document.coverage_problems() == []


@pytest.mark.parametrize("file, numbering", [
    ("ecn15-2011-19.zh.txt", {None: 3, "I": 53, "II": 6}),
    ("ecn15-2018-12.zh.txt", {None: 39}),
    ("eg4-2020-l1.zh.txt", {None: 25}),
    ("ahc-outline-modalities.zh.txt", {None: 16}),
    ("eg4-2017-1.zh.txt", {}),
])
def test_paragraphs_are_numbered_consecutively_and_annexes_restart(catalog, file, numbering):
    found: dict = {}
    for b in doc(catalog, file).blocks:
        if b.kind == "para":
            found.setdefault(b.locator.annex, []).append(int(b.locator.number))
    assert {k: len(v) for k, v in found.items()} == numbering
    for numbers in found.values():
        assert numbers == list(range(1, len(numbers) + 1))


def texts(document, locator):
    return [b.text for b in document.find(parse_locator(locator))]


def test_quoted_statement_keeps_its_numbering_inside_the_quoting_paragraph(catalog):
    d = doc(catalog, "ecn15-2011-19.zh.txt")
    para3 = " ".join(texts(d, "para 3"))
    assert "1. 在不限成员名额政府间专家组会议期间" in para3
    assert "(g) 用来亲自攻击计算机网络" in para3
    assert not [b for b in d.blocks if b.locator and str(b.locator).startswith("para 3(")]
    e = doc(catalog, "ecn15-2018-12.zh.txt")
    assert "3. 刑事定罪。" in texts(e, "para 35")[0]
    assert texts(e, "para 36")[0].startswith("出席会议的代表分别来自 98 个会员国")


def test_glued_pdf_footnote_numbers_are_taken_out_and_attached(catalog):
    d = doc(catalog, "ecn15-2011-19.zh.txt")
    [para11] = d.find(parse_locator("annex I para 11"))
    assert "物理破坏。1970 年代" in para11.text  # source: 物理破坏。21970 年代
    assert "欺诈。1980 年代" in para11.text  # source: 欺诈。81980 年代
    assert "计算机系统。1990 年代" in para11.text  # source: 计算机系统。111990 年代
    assert para11.footnote_refs == tuple(str(n) for n in range(1, 17))
    # Each marker's place in the reading text: footnote 2 after 物理破坏。
    assert para11.text[:para11.ref_offsets[1]].endswith("物理破坏。")
    assert texts(d, "footnote 2")[0].startswith("McLaughlin")
    assert texts(d, "footnote 14")[0].startswith("“僵尸”是简称")


def test_footnote_continuing_onto_the_next_page_stays_one_footnote(catalog):
    d = doc(catalog, "ecn15-2011-19.zh.txt")
    [fn37] = texts(d, "footnote 37")
    assert "Dimension of Cyber Crime and Terrorism" in fn37
    assert fn37.endswith("0817999825_1.pdf。")
    # ...and the body paragraph interrupted by the footnotes continues after them.
    [para11] = texts(d, "annex I para 11")
    assert "互联网用户人数迅速增加" in para11


def test_asterisk_footnotes_are_their_own_namespace(catalog):
    assert texts(doc(catalog, "ecn15-2011-19.zh.txt"), "footnote *") == ["E/CN.15/2010/1。"]
    e = doc(catalog, "ecn15-2018-12.zh.txt")
    assert texts(e, "footnote *") == ["E/CN.15/2018/1。"]
    assert "在其工作基础上就国家立法" in texts(e, "para 4")[0]  # para 4 runs on past the footnote


def test_subparagraph_levels_and_chinese_second_level(catalog):
    e = doc(catalog, "ecn15-2018-12.zh.txt")
    assert texts(e, "para 10(f)(ii)") == ["披露个人信息和“色情报复”；"]
    assert texts(e, "para 10(f)(xv)") == ["非法影响关键信息基础设施；"]
    assert texts(e, "para 9(n)(iv)") == ["起草、更新和实施法规打击为恐怖目的利用互联网的行为；"]
    assert len(texts(e, "para 10")) == 1 + 17 + 15
    d = doc(catalog, "ecn15-2011-19.zh.txt")
    # (i) after (h) is the letter i, not the roman numeral one.
    assert texts(d, "annex I para 33(i)")[0].startswith("查明正在开展的培训方案")


def test_agenda_items_annotations_and_unnumbered_annex(catalog):
    d = doc(catalog, "eg4-2017-1.zh.txt")
    assert any("UNODC/CCPCJ/EG.4/2013/3" in t for t in texts(d, "item 1(b)"))
    assert "专家组第二次会议于 2013 年 2 月 25 日至 28 日举行" in " ".join(texts(d, "item 1(b)"))
    assert texts(d, "agenda")[0].startswith("1. 组织事项")
    [table] = [b for b in d.blocks if b.kind == "table"]
    assert str(table.locator) == "annex" and "会议开幕" in table.text


def test_table_is_cited_by_its_paragraph_even_across_a_page(catalog):
    d = doc(catalog, "ahc-outline-modalities.zh.txt")
    [table] = [b for b in d.blocks if b.kind == "table"]
    assert str(table.locator) == "para 8"
    assert "讨论并商定与公约大纲和结构有关的事项" in table.text
    assert "最后审定并核准公约案文草案" in table.text  # after footnotes 2-4 on the next page
    assert texts(d, "footnote *")[0].startswith("由于工作程序")


def test_draft_placeholders_are_kept_verbatim(catalog):
    d = doc(catalog, "eg4-2020-l1.zh.txt")
    assert "有[94]个会员国" in texts(d, "para 22")[0]
    assert texts(d, "para 21")[0].endswith("[……]")
    assert "【和 28 日】" in texts(d, "para 14")[0]


def test_markdown_links_and_markers_are_not_in_reading_text(catalog):
    d = doc(catalog, "ecn15-2018-12.zh.txt")
    para16 = texts(d, "para 16")[0]
    assert "（A/C.3/72/12，附件）" in para16 and "](#)" not in para16
    ahc = doc(catalog, "ahc-outline-modalities.zh.txt")
    para3 = ahc.find(parse_locator("para 3"))[0]
    assert "<sup>" not in para3.text and para3.footnote_refs == ("1",)


def test_a_footnote_knows_the_sentence_that_cites_it(catalog):
    from egassist.passages import citing_sentence, split_document

    d = doc(catalog, "eg4-2017-1.zh.txt")
    [block] = [b for b in d.blocks if "4" in b.footnote_refs]
    offset = block.ref_offsets[block.footnote_refs.index("4")]
    assert block.text[:offset].endswith("重新召集了专家组主席团。")  # <sup>4</sup> stood here
    [footnote] = [p for p in split_document(d) if str(p.locator) == "footnote 4"]
    # The bureau's members are those of the bureau reconvened in 2016: the sentence says so.
    assert footnote.cited_by == ("依照第 22/7 号决议，秘书处于 2016 年协助会员国根据经济及社会理事会"
                                 "职司委员会议事规则，重新召集了专家组主席团。")
    text = "The Group met in 2016. It elected a bureau, as listed. Then it closed."
    assert citing_sentence(text, text.index(" Then")) == "It elected a bureau, as listed."
    assert citing_sentence(text, text.index(" as listed")) == "It elected a bureau, as listed."
    assert citing_sentence("第一句。第二句", 6) == "第二句"


def test_a_footnote_is_under_the_heading_of_the_block_citing_it(catalog):
    from egassist.passages import split_document

    # Printed at the foot of a page under a later heading, it belongs where its marker is.
    study = {str(p.locator): p for p in split_document(doc(catalog, "ecn15-2011-19.zh.txt"))}
    assert study["footnote 38"].citation.heading[-2:] == ("专题 4. 共同的立法办法", "国家和区域差异")
    agenda = {str(p.locator): p for p in split_document(doc(catalog, "eg4-2017-1.zh.txt"))}
    assert agenda["footnote 4"].citation.heading[-1] == "(b) 通过议程和工作安排"
    # The masthead's marker: no heading (not "一. 引言", where the page's foot is).
    report = {str(p.locator): p for p in split_document(doc(catalog, "ecn15-2018-12.zh.txt"))}
    assert report["footnote *"].citation.heading == ()


def test_a_symbol_footnote_knows_the_line_its_marker_stands_in(catalog):
    from egassist.passages import marked_lines, split_document

    # The masthead's marker is no sentence's: the footnote gives the provisional agenda's symbol,
    # the agenda of the session the lines above it name.
    passages = {str(p.locator): p for p in split_document(doc(catalog, "ecn15-2018-12.zh.txt"))}
    assert passages["footnote *"].cited_by == ("预防犯罪和刑事司法委员会 第二十七届会议 "
                                                 "2018年5月14日至18日，维也纳 临时议程*项目8")
    # A timetable row's: the dates of the fifth session are not given, and why.
    ahc = {str(p.locator): p for p in split_document(doc(catalog, "ahc-outline-modalities.zh.txt"))}
    assert "四月内的两周*" in ahc["footnote *"].cited_by
    assert marked_lines("甲**\n乙*丙\n* 注", "*") == ["乙*丙"]  # not "**", not the note's own
    assert marked_lines("甲\\*乙", "*") == []  # an escaped asterisk marks nothing
    assert marked_lines("表格** 行*", "*") == ["表格** 行*"]  # its own, after another's
    assert marked_lines("委员会\n\n第二届会议\n议程*\n标题", "*", heading=True) == [
        "委员会 第二届会议 议程*"]  # a heading's line with those it continues, not those after


def test_a_short_footnote_is_embedded_with_the_sentence_citing_it(catalog):
    from egassist.passages import split_document

    passages = {str(p.locator): p for p in split_document(doc(catalog, "ecn15-2011-19.zh.txt"))}
    examples = passages["footnote 56"]  # "例如，大会第 45/121、55/63、56/121 和 60/177 号决议。"
    assert examples.cited_by and examples.cited_by in examples.embed_text()
    assert examples.cited_by not in examples.index_text()  # not a lexical match of its own
    # A footnote with a topic of its own is embedded as it is.
    long = next(p for p in passages.values() if p.kind == "footnote" and p.cited_by
                and sum("\u4e00" <= c <= "\u9fff" for c in p.text) > 80)
    assert long.cited_by not in long.embed_text()


def test_a_timetable_is_embedded_one_dated_entry_at_a_time(catalog):
    from egassist.passages import dated_entries, split_document, windows

    passages = {str(p.locator): p for p in split_document(doc(catalog, "ecn15-2011-19.zh.txt"))}
    timetable = passages["annex II"]
    entries = dated_entries(timetable.text)
    assert "".join(entries) == timetable.text  # whole, in order
    assert entries[0].startswith("2011 年 1 月：第一次专家组会议")
    assert any(e.startswith("2011 年 7 月中旬至 12 月末：数据收集和分类") for e in entries)
    october = next(e for e in entries if e.startswith("2012 年 10 月："))
    assert "第三次专家组会议" in october and "2013 年" not in october
    pieces = timetable.pieces()
    assert len(pieces) >= len(entries) and all(p.startswith("指示性时间表\n") for p in pieces)
    # A numbered paragraph, however many dates it gives, is embedded as before.
    para = passages["annex II para 3"]
    assert para.pieces() == windows(para.embed_text())


def test_dated_entries_need_several_dates_at_the_head_of_sentences():
    from egassist.passages import dated_entries

    entries = ["Mid-June 2011: comments due. ", "July 2011: questionnaire sent. ",
               "October 2012: third meeting."]
    assert dated_entries("".join(entries)) == entries
    lines = ["2011 年 1 月：第一次会议\n", "2011 年 4 月：委员会第二十届会议\n", "2011 年 6 月：截止"]
    assert dated_entries("".join(lines)) == lines  # one entry a line, with no full stop
    # Dates inside sentences, or too few entries, make no timetable.
    assert dated_entries("会议于 2011 年 1 月：举行。2012 年 4 月：提交报告。") == []
    assert dated_entries("The Group met in 2011 and again in June 2012: it agreed.") == []


def test_a_subparagraph_is_indexed_with_what_introduces_it(catalog):
    from egassist.passages import split_document

    passages = {str(p.locator): p for p in split_document(doc(catalog, "ecn15-2018-12.zh.txt"))}
    # A first-level subparagraph: its paragraph's chapeau.
    assert "本段载有会员国" in passages["para 10(f)"].context
    # A second-level item: the sentence of its subparagraph that introduces the items, not the
    # subparagraph's other sentences, and never in its text (which is what is quoted and cited).
    assert "未将以下行为定为刑事犯罪的会员国应考虑将其定为刑事犯罪" in passages["para 10(f)(i)"].context
    item = passages["para 9(n)(iv)"]
    assert "这些能力建设活动应当至少涵盖以下领域" in item.context
    assert "政治中性" not in item.context
    assert item.text.startswith("起草、更新和实施法规") and "涵盖以下领域" in item.index_text()
    # Who does what the items list (the subparagraph's first sentence) is embedded, not indexed.
    assert item.subject.startswith("毒品和犯罪问题办公室应积极为需要援助的所有会员国")
    assert "积极为需要援助" in item.embed_text() and "积极为需要援助" not in item.index_text()
    assert passages["para 9(n)"].subject == ""


def test_line_joining_cjk_without_space_latin_with_one(catalog):
    d = doc(catalog, "ecn15-2011-19.zh.txt")
    para1 = texts(d, "para 1")[0]
    assert "综合战略：预防犯罪" in para1  # a CJK line break joins with no space
    fn1 = texts(d, "footnote 1")[0]
    assert "Methods and problems in computer security”, Rutgers" in fn1


def test_furniture_is_not_text(catalog):
    d = doc(catalog, "ecn15-2011-19.zh.txt")
    furniture = [b for b in d.blocks if b.kind == "furniture"]
    assert furniture and all(set(b.raw(d.source)) <= set("_ ") for b in furniture)
    assert not any("____" in b.text for b in d.blocks if b.citable)


def test_headings_give_each_block_its_path(catalog):
    d = doc(catalog, "ecn15-2011-19.zh.txt")
    para43 = d.find(parse_locator("annex I para 43"))[0]
    assert para43.heading == ("附件一", "二. 各专题详细概览", "专题 9. 服务提供方和私营部门的作用和责任",
                              "研究范围")


def test_a_chinese_resolutions_preamble_is_its_own_block_not_the_masthead():
    from egassist.citations import DocumentRef
    from egassist.structure import parse_document

    source = ("联合国 E/CN.15/2099/L.4\n经济及社会理事会\nDistr.: Limited\n24 May 2099\n"
              "Chinese\nOriginal: English\n预防犯罪和刑事司法委员会\n议程项目 6\n\n"
              "奥地利和巴西：决议草案\n\n加强国际合作打击网络犯罪\n"
              "预防犯罪和刑事司法委员会，\n"
              "回顾大会 2019 年 12 月 27 日第 74/247 号决议，其中大会决定设立一个特设委员会，1\n"
              "注意到专家组的工作，\n关切地注意到为犯罪目的使用信息和通信技术的情况日益增多，\n"
              "认识到需要加强国际合作，\n"
              "1. 请联合国毒品和犯罪问题办公室继续提供技术援助；\n2. 决定继续处理此案。\n"
              "__________________\n1 大会第 74/247 号决议，第 2 段。\n")
    d = parse_document(DocumentRef(file="res.zh.txt", language="zh"), source)
    assert d.coverage_problems() == []
    assert [str(b.locator) for b in d.citable_blocks()] == [
        "masthead", "preamble", "para 1", "para 2", "footnote 1"]
    masthead, preamble = d.citable_blocks()[:2]
    assert masthead.text.endswith("加强国际合作打击网络犯罪") and masthead.footnote_refs == ()
    assert preamble.text.startswith("预防犯罪和刑事司法委员会，回顾大会")
    assert preamble.text.endswith("认识到需要加强国际合作，") and preamble.footnote_refs == ("1",)
    assert d.citation(preamble).zh() == "《res.zh.txt》（文号不详），序言"


SCHEDULE_ANNEX = ("附件二\n\n 第一届会议工作安排\n\n 2 月 28 日，星期一\n"
                  " 上午 10 时至下午 1 时 1(a) 会议开幕\n 下午 3 时至 6 时 2 一般性讨论\n")


def _schedule_document(body):
    from egassist.citations import DocumentRef
    from egassist.structure import parse_document

    d = parse_document(DocumentRef(file="doc.txt", language="zh", symbol="A/AC.291/99"),
                       body + SCHEDULE_ANNEX)
    assert d.coverage_problems() == []
    return d


@pytest.mark.parametrize("body", [
    # the reviewer's reproduction: one short paragraph, then the annex
    "1. 特设委员会在 2022 年 3 月 11 日第 20 次会议上通过了本届会议的报告，主席作了闭幕发言并\n"
    "指出各代表团就公约的目标和范围达成了广泛的共识。\n",
    "1. 唯一一段。\n",  # lines shorter than the rows
    "1. " + "特设委员会审议了公约的目标和范围，各代表团表达了意见，" * 3 + "\n"
    + "并同意继续讨论这一问题，以便在下届会议上达成共识并通过案文草稿和相关附件以及工作安排。\n" * 4,
], ids=["reviewer", "short-lines", "long-lines"])
def test_an_unnumbered_schedule_in_an_annex_is_one_annex_block_not_headings(body):
    d = _schedule_document(body)
    headings = [b.text for b in d.blocks if b.kind == "heading"]
    assert headings == ["附件二", "第一届会议工作安排"]
    annex = d.find(parse_locator("附件二"))
    assert [(b.kind, str(b.locator)) for b in annex] == [("table", "annex II")]
    assert annex[0].text == ("2 月 28 日，星期一\n上午 10 时至下午 1 时 1(a) 会议开幕\n"
                             "下午 3 时至 6 时 2 一般性讨论")


def test_schedule_rows_with_column_heads_and_item_rows_stay_in_the_table():
    from egassist.citations import DocumentRef
    from egassist.structure import parse_document

    source = ("1. 唯一一段。\n附件二\n\n 第一届会议工作安排\n\n 日期 议程项目 标题或说明\n"
              " 2 月 28 日，星期一\n 上午 10 时至下午 1 时 1(a) 会议开幕\n 1(b) 通过议程\n"
              " 3 公约的目标和范围\n")
    d = parse_document(DocumentRef(file="doc.txt", language="zh"), source)
    assert d.coverage_problems() == []
    assert [b.text for b in d.blocks if b.kind == "heading"] == ["附件二", "第一届会议工作安排"]
    (table,) = d.find(parse_locator("annex II"))
    assert table.text.splitlines() == ["日期 议程项目 标题或说明", "2 月 28 日，星期一",
                                       "上午 10 时至下午 1 时 1(a) 会议开幕", "1(b) 通过议程",
                                       "3 公约的目标和范围"]
