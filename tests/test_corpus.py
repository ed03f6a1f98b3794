"""Loading the corpus: the manifest, masthead detection, and every kind of bad input."""

import shutil
from pathlib import Path

import pytest

from conftest import CORPUS
from egassist.catalog import Catalog
from egassist.corpus import detect_masthead, load_corpus
from egassist.structure import parse_document
from egassist.textio import decode_bytes

ZH = "1. 专家组审议了网络犯罪问题。\n2. 会员国应当加强国际合作。\n"
MASTHEAD = ("United Nations E/CN.15/2018/12\n\nEconomic and Social Council\nDistr.: General\n"
            "13 April 2018\n\nOriginal: English\n\nI. Introduction\n\n"
            "1. The Expert Group met in Vienna.\n")


def write_manifest(directory, entries: str):
    (directory / "manifest.toml").write_text(entries, encoding="utf-8")


def test_shipped_corpus_loads_without_problems(corpus_copy):
    corpus = load_corpus(corpus_copy)
    assert corpus.problems == []
    assert [d.symbol for d in corpus.documents] == [
        "E/CN.15/2011/19", "UNODC/CCPCJ/EG.4/2017/1", "E/CN.15/2018/12",
        "UNODC/CCPCJ/EG.4/2020/L.1", None]
    assert all(d.language == "zh" for d in corpus.documents)


def test_masthead_gives_symbol_date_and_languages():
    found = detect_masthead(MASTHEAD)
    assert found["symbol"] == "E/CN.15/2018/12"
    assert found["date"] == "2018-04-13"
    assert found["original_language"] == "en"
    assert found["language"] == "en"
    zh = detect_masthead("\n\n21 March 2017\nChinese\nOriginal: English\n\n专家组\n")
    assert zh["language"] == "zh" and zh["original_language"] == "en" and "symbol" not in zh


def test_unlisted_files_are_described_from_their_text(corpus_copy):
    (corpus_copy / "new-report.en.txt").write_text(MASTHEAD, encoding="utf-8")
    (corpus_copy / "untitled.zh.txt").write_text(ZH, encoding="utf-8")
    corpus = load_corpus(corpus_copy)
    by_file = {d.file: d for d in corpus.documents}
    # The new English report claims the same symbol as the Chinese one but in another language.
    assert by_file["new-report.en.txt"].symbol == "E/CN.15/2018/12"
    assert by_file["new-report.en.txt"].language == "en"
    untitled = by_file["untitled.zh.txt"]
    assert untitled.symbol is None and untitled.language == "zh"
    assert any(p.file == "untitled.zh.txt" and "symbol unknown" in p.message
               for p in corpus.problems)
    citation = parse_document(untitled.ref(), untitled.text)
    block = citation.citable_blocks()[0]
    assert citation.citation(block).en() == "untitled.zh (symbol unknown), para. 1"


def test_bad_inputs_each_named_while_the_rest_loads(tmp_path):
    d = tmp_path
    write_manifest(d, "")
    (d / "empty.txt").write_bytes(b"")
    (d / "binary.txt").write_bytes(bytes(range(256)) * 4)
    (d / "gbk.zh.txt").write_bytes(ZH.encode("gb18030"))
    (d / "utf16.zh.txt").write_bytes(ZH.encode("utf-16"))
    (d / "utf16le.zh.txt").write_bytes(ZH.encode("utf-16-le"))
    (d / "utf16be.zh.txt").write_bytes(ZH.encode("utf-16-be"))
    (d / "bom.zh.txt").write_bytes(b"\xef\xbb\xbf" + ZH.encode("utf-8"))
    (d / "crlf.zh.txt").write_bytes(ZH.replace("\n", "\r\n").encode("utf-8"))
    corpus = load_corpus(d)
    problems = {p.file: p.message for p in corpus.problems}
    assert "empty" in problems["empty.txt"]
    assert "binary" in problems["binary.txt"]
    loaded = {doc.file: doc for doc in corpus.documents}
    for name in ("gbk.zh.txt", "utf16.zh.txt", "utf16le.zh.txt", "utf16be.zh.txt", "bom.zh.txt", "crlf.zh.txt"):
        assert loaded[name].text.replace("\n", "") == ZH.replace("\n", ""), name
        document = parse_document(loaded[name].ref(), loaded[name].text)
        assert [str(b.locator) for b in document.citable_blocks()] == ["para 1", "para 2"], name
    assert loaded["gbk.zh.txt"].encoding == "gb18030"


@pytest.mark.parametrize("name, text, encoding", [
    ("fr.txt", "Rapport du Groupe d'experts chargé de réaliser une étude approfondie sur la "
               "cybercriminalité. Les États membres ont souligné l'importance de la coopération "
               "internationale et les délégations ont présenté leurs expériences.", "latin-1"),
    ("ru.txt", "Доклад о работе совещания Группы экспертов для проведения всестороннего "
               "исследования киберпреступности. Государства-члены подчеркнули важность "
               "международного сотрудничества.", "cp1251"),
    ("tw.zh.txt", "網絡犯罪問題專家組會議報告。會員國強調國際合作的重要性，"
                  "並介紹了各自國家的立法經驗和能力建設需要。", "big5"),
])
def test_other_eight_bit_text_is_decoded_as_what_it_is_not_as_gb18030(tmp_path, name, text,
                                                                         encoding):
    # These used to be refused as undecodable or, being valid GB18030 (Big5), "decoded" into
    # Chinese-looking nonsense that was then indexed.
    data = text.encode(encoding)
    decoded = decode_bytes(data, tmp_path / name)
    assert decoded.text == text
    assert decoded.encoding != "gb18030"


def test_gb18030_chinese_is_still_read_as_gb18030():
    for path in sorted(CORPUS.glob("*.txt")):
        text = path.read_text("utf-8")
        for sample in (text, text[:200]):
            decoded = decode_bytes(sample.encode("gb18030"), path.name)
            assert decoded.encoding == "gb18030" and decoded.text == sample.replace("\r\n", "\n")


def test_malformed_manifest_names_the_line_and_files_still_load(corpus_copy):
    text = (corpus_copy / "manifest.toml").read_text("utf-8")
    lines = text.split("\n")
    lines[12] = 'symbol = "E/CN.15/2011/19'  # an unterminated string on line 13
    (corpus_copy / "manifest.toml").write_text("\n".join(lines), encoding="utf-8")
    corpus = load_corpus(corpus_copy)
    [problem] = [p for p in corpus.problems if p.file == "manifest.toml"]
    assert problem.line == 13 and "malformed manifest" in problem.message
    assert "manifest.toml:13" in str(problem)
    # ... and says why every symbol is now unknown.
    assert "until it is fixed, no symbol, title or date of the manifest is used" in problem.message
    # Every document still loads, described from its own text.
    assert len(corpus.documents) == 5


def test_manifest_entry_whose_file_is_missing(corpus_copy):
    (corpus_copy / "eg4-2020-l1.zh.txt").unlink()
    corpus = load_corpus(corpus_copy)
    [problem] = corpus.problems
    assert problem.file == "manifest.toml" and "eg4-2020-l1.zh.txt" in problem.message
    assert "missing" in problem.message and problem.line is not None
    assert len(corpus.documents) == 4


def test_two_files_claiming_the_same_symbol_and_language(corpus_copy):
    shutil.copy(corpus_copy / "ecn15-2018-12.zh.txt", corpus_copy / "zz-copy.zh.txt")
    with open(corpus_copy / "manifest.toml", "a", encoding="utf-8") as f:
        f.write('\n[[document]]\nfile = "zz-copy.zh.txt"\nsymbol = "E/CN.15/2018/12"\n'
                'language = "zh"\n')
    corpus = load_corpus(corpus_copy)
    [problem] = corpus.problems
    assert problem.file == "zz-copy.zh.txt"
    assert "E/CN.15/2018/12" in problem.message and "ecn15-2018-12.zh.txt" in problem.message
    assert len(corpus.documents) == 5


def test_catalog_finds_documents_by_symbol_or_file_and_suggests(corpus_copy):
    import pytest

    from egassist.errors import NotFoundError

    catalog = Catalog.load(corpus_copy)
    assert catalog.get("e/cn.15/2018/12").ref.file == "ecn15-2018-12.zh.txt"
    assert catalog.get("ahc-outline-modalities.zh.txt").ref.symbol is None
    with pytest.raises(NotFoundError) as err:
        catalog.get("E/CN.15/2018/13")
    assert "E/CN.15/2018/12" in err.value.suggestions


def test_a_plain_title_fills_the_title_of_its_language(tmp_path):
    (tmp_path / "a.zh.txt").write_text("1. 第一段。\n", encoding="utf-8")
    (tmp_path / "b.en.txt").write_text("1. First paragraph.\n", encoding="utf-8")
    (tmp_path / "manifest.toml").write_text(
        '[[document]]\nfile = "a.zh.txt"\nsymbol = "X/1"\ntitle = "专家组会议报告"\n'
        'date = 2019-03-27\nlanguage = "zh"\n\n'
        '[[document]]\nfile = "b.en.txt"\nsymbol = "X/2"\ntitle = "Report of the meeting"\n'
        'language = "en"\n', encoding="utf-8")
    corpus = load_corpus(tmp_path)
    assert corpus.problems == []
    a, b = sorted(corpus.documents, key=lambda d: d.file)
    assert (a.title_zh, a.title_en, a.date) == ("专家组会议报告", "", "2019-03-27")
    assert (b.title_zh, b.title_en) == ("", "Report of the meeting")


def test_binary_and_undecodable_files_are_skipped_and_named(tmp_path):
    english = ("The Expert Group met in Vienna to discuss cybercrime.\n" * 20).encode("utf-8")
    (tmp_path / "nul.txt").write_bytes(b"hello\x00world\x00" * 50)  # read as UTF-16: 敨汬o潷汲d
    (tmp_path / "stray-nul.txt").write_bytes(english[:500] + b"\x00\x00" + english[500:])
    (tmp_path / "invalid.txt").write_bytes(bytes([0x80, 0x81, 0xFF, 0xFE, 0xC3, 0x28, 0xA0]) * 40)
    (tmp_path / "good.en.txt").write_bytes(english)
    (tmp_path / "nobom16.en.txt").write_bytes(MASTHEAD.encode("utf-16-le"))  # still text
    corpus = load_corpus(tmp_path)
    problems = {p.file: p.message for p in corpus.problems if "symbol unknown" not in p.message}
    assert problems == {
        "nul.txt": "not a text document: binary data; skipped",
        "stray-nul.txt": "not a text document: binary data; skipped",
        "invalid.txt": "not a text document: cannot be decoded as UTF-8, UTF-16, GB18030 or other "
                       "text; skipped"}
    assert sorted(d.file for d in corpus.documents) == ["good.en.txt", "nobom16.en.txt"]
    assert corpus.find("nobom16.en.txt").symbol == "E/CN.15/2018/12"


def test_english_samples_decode_as_utf8_without_problems():
    corpus = load_corpus(Path(__file__).parent / "data" / "english")
    assert corpus.problems == [] and len(corpus.documents) == 3
    assert {d.encoding for d in corpus.documents} == {"utf-8"}


def test_manifest_entry_outside_the_corpus_folder_is_ignored(tmp_path):
    (tmp_path / "secret.txt").write_text("1. Not part of the corpus.\n", encoding="utf-8")
    corpus_dir = tmp_path / "corpus"
    corpus_dir.mkdir()
    (corpus_dir / "a.en.txt").write_text("1. First paragraph.\n", encoding="utf-8")
    write_manifest(corpus_dir, f'''[[document]]
file = "../secret.txt"
symbol = "X/1"

[[document]]
file = "{tmp_path / 'secret.txt'}"
symbol = "X/2"

[[document]]
file = "a.en.txt"
symbol = "X/3"
''')
    corpus = load_corpus(corpus_dir)
    assert [(p.file, p.line) for p in corpus.problems] == [("manifest.toml", 1),
                                                           ("manifest.toml", 5)]
    assert "../secret.txt" in corpus.problems[0].message
    assert str(tmp_path / "secret.txt") in corpus.problems[1].message
    assert all("outside the corpus folder" in p.message for p in corpus.problems)
    assert [(d.file, d.symbol) for d in corpus.documents] == [("a.en.txt", "X/3")]


def test_manifest_fields_of_the_wrong_type_are_named_and_ignored(tmp_path):
    (tmp_path / "a.en.txt").write_text("1. First paragraph.\n", encoding="utf-8")
    (tmp_path / "b.en.txt").write_text("1. Second document.\n", encoding="utf-8")
    write_manifest(tmp_path, '''[[document]]
file = "a.en.txt"
symbol = ["X/1"]
title = 3
date = 2020
language = "en"

[[document]]
file = "b.en.txt"
symbol = "X/2"
symbol_verified = "yes"
short_title = { en = "B" }
date = 2020-01-02T10:00:00
''')
    corpus = load_corpus(tmp_path)
    found = [(p.file, p.line, p.message) for p in corpus.problems]
    assert found == [
        ("manifest.toml", 1, "in the entry for a.en.txt, `symbol` must be a string, not an array "
                             "(the field is ignored)"),
        ("manifest.toml", 1, "in the entry for a.en.txt, `title` must be a string, not a number "
                             "(the field is ignored)"),
        ("manifest.toml", 1, "in the entry for a.en.txt, `date` must be a string or a date like "
                             "2019-03-27, not a number (the field is ignored)"),
        ("manifest.toml", 8, "in the entry for b.en.txt, `symbol_verified` must be true or false, "
                             "not a string (the field is ignored)"),
        ("manifest.toml", 8, "in the entry for b.en.txt, `short_title` must be a string, not a "
                             "table (the field is ignored)"),
    ]
    a, b = corpus.documents  # both still load, with their good fields
    assert (a.file, a.symbol, a.title_en, a.date, a.language) == ("a.en.txt", None, "", "", "en")
    assert (b.symbol, b.symbol_verified, b.short_title, b.date) == ("X/2", False, "", "2020-01-02")
    for source in corpus.documents:  # and parse into citable passages
        assert parse_document(source.ref(), source.text).citable_blocks()


def test_manifest_documents_that_are_not_tables(tmp_path):
    (tmp_path / "a.en.txt").write_text("1. First paragraph.\n", encoding="utf-8")
    write_manifest(tmp_path, "document = [1, 2]\n")  # was an AttributeError traceback
    corpus = load_corpus(tmp_path)
    assert "manifest.toml: expected [[document]] tables" in str(corpus.problems[0])
    assert [d.file for d in corpus.documents] == ["a.en.txt"]
