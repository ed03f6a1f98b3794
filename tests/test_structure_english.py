"""English UN documents as text extracted from PDF: every citable place, the tricky cases, and no
character lost.

The samples in tests/data/english/ are written in the style of the English originals of three
shipped Chinese documents (hard-wrapped lines with no indentation, page headers and footers,
footnotes below a separator with their numbers glued to the text):
- ecn15-2018-12.en.txt: a report (E/CN.15/2018/12): masthead, chapters and sections, (a)-(v) with
  (i)-(iv) under (n), a quoted agenda in para 35, a footnote continued on the next page;
- eg4-2017-1.en.txt: an annotated provisional agenda (UNODC/CCPCJ/EG.4/2017/1): agenda list,
  annotations by item with wrapped item headings and "Documentation" lists, an annex table;
- ecn15-2011-19.en.txt: a report with annexes I and II (E/CN.15/2011/19): paragraphs restarting at
  1 in each annex, an unnumbered timetable, a quoted statement, words hyphenated at line ends.
"""

import shutil
from pathlib import Path

import pytest

from egassist.catalog import Catalog
from egassist.citations import DocumentRef, parse_locator
from egassist.structure import parse_document

DATA = Path(__file__).parent / "data" / "english"
REPORT = "ecn15-2018-12.en.txt"
AGENDA = "eg4-2017-1.en.txt"
ANNEXES = "ecn15-2011-19.en.txt"
FILES = [REPORT, AGENDA, ANNEXES]


@pytest.fixture(scope="module")
def english(tmp_path_factory):
    """The samples loaded as a corpus folder of their own (no manifest: symbols from mastheads)."""
    folder = tmp_path_factory.mktemp("english-corpus")
    for name in FILES:
        shutil.copy(DATA / name, folder / name)
    return Catalog.load(folder)


def texts(document, locator):
    return [b.text for b in document.find(parse_locator(locator))]


def one(document, locator):
    [text] = texts(document, locator)
    return text


# Locator, kind and first four words of every citable block, in reading order.
PINS = {
    "ecn15-2011-19.en.txt": [
        ("masthead", "masthead", "United Nations E/CN.15/2011/19 Economic"),
        ("para 1", "para", "In paragraph 9 of"),
        ("para 2", "para", "In paragraph 11 of"),
        ("footnote *", "footnote", "E/CN.15/2010/1."),
        ("para 3", "para", "Following the adoption of"),
        ("annex I para 1", "para", "During the Twelfth United"),
        ("annex I para 2", "para", "The topics set out"),
        ("annex I para 3", "para", "The terms computer crime"),
        ("annex I para 4", "para", "In the 1960s, the"),
        ("footnote 1", "footnote", "With regard to the"),
        ("footnote 2", "footnote", "McLaughlin, “Computer crime: the"),
        ("footnote 3", "footnote", "Gemignani, “Computer crime: the"),
        ("footnote 4", "footnote", "Bequai, “The electronic criminals:"),
        ("annex I para 5", "para", "The distribution of child"),
        ("footnote 5", "footnote", "“Child pornography”, theme paper"),
        ("annex I para 6", "para", "The study on this"),
        ("annex I para 6(a)", "subpara", "Analysis of the phenomenon"),
        ("annex I para 6(b)", "subpara", "Inventory of offences that"),
        ("annex I para 6(c)", "subpara", "Inventory of conduct that"),
        ("annex I para 6(d)", "subpara", "Overview of combined offences"),
        ("annex I para 6(e)", "subpara", "Inventory of relevant cases;"),
        ("annex I para 6(f)", "subpara", "Discussion of the importance"),
        ("annex I para 7", "para", "Crime statistics provide a"),
        ("annex I para 8", "para", "Information about the extent"),
        ("annex I para 9", "para", "The study on this"),
        ("annex I para 9(a)", "subpara", "Availability of national statistics"),
        ("annex I para 9(b)", "subpara", "Methods used to collect"),
        ("annex I para 9(c)", "subpara", "Surveys of victims of"),
        ("annex I para 9(d)", "subpara", "Comparability of statistics between"),
        ("annex I para 9(e)", "subpara", "Estimates of unreported offences;"),
        ("annex I para 9(f)", "subpara", "Statistics on cases prosecuted;"),
        ("annex I para 9(g)", "subpara", "Statistics on convictions;"),
        ("annex I para 9(h)", "subpara", "Statistics on requests for"),
        ("annex I para 9(i)", "subpara", "Identification of training programmes"),
        ("annex I para 9(j)", "subpara", "Proposals for improving the"),
        ("annex I para 10", "para", "Cybercrime poses a wide"),
        ("annex I para 11", "para", "Owing to the transnational"),
        ("footnote 6", "footnote", "The term “phishing” describes"),
        ("footnote 7", "footnote", "P. A. Collier and"),
        ("footnote 8", "footnote", "With regard to the"),
        ("annex II para 1", "para", "In order to fulfil"),
        ("annex II para 2", "para", "All States are entitled"),
        ("annex II para 3", "para", "The United Nations Office"),
        ("annex II para 4", "para", "The Secretariat will regularly"),
        ("annex II para 5", "para", "For the collection of"),
        ("annex II para 6", "para", "Secondly, bearing in mind"),
        ("annex II", "text", "January 2011: First meeting"),
    ],
    "ecn15-2018-12.en.txt": [
        ("masthead", "masthead", "United Nations E/CN.15/2018/12 Economic"),
        ("para 1", "para", "In its resolution 65/230,"),
        ("para 2", "para", "The first meeting of"),
        ("para 3", "para", "The second meeting of"),
        ("para 4", "para", "In the Doha Declaration"),
        ("footnote *", "footnote", "E/CN.15/2018/1."),
        ("footnote 1", "footnote", "General Assembly resolution 65/230,"),
        ("footnote 2", "footnote", "General Assembly resolution 70/174,"),
        ("para 5", "para", "The third meeting of"),
        ("para 6", "para", "In its resolution 26/4,"),
        ("para 7", "para", "On 23 January 2018,"),
        ("para 8", "para", "In accordance with the"),
        ("para 9", "para", "In accordance with the"),
        ("para 9(a)", "subpara", "Member States should enact"),
        ("para 9(b)", "subpara", "Member States should respect"),
        ("para 9(c)", "subpara", "In order to prevent"),
        ("para 9(d)", "subpara", "When developing policies and"),
        ("para 9(e)", "subpara", "Member States should strive"),
        ("para 9(f)", "subpara", "Member States should take"),
        ("para 9(g)", "subpara", "Member States should provide"),
        ("para 9(h)", "subpara", "Member States may use"),
        ("para 9(i)", "subpara", "Member States, when deciding"),
        ("para 9(j)", "subpara", "Member States should promote"),
        ("para 9(k)", "subpara", "Member States should support"),
        ("para 9(l)", "subpara", "The effective development, enactment"),
        ("para 9(m)", "subpara", "Member States should strengthen"),
        ("para 9(n)", "subpara", "UNODC should actively carry"),
        ("para 9(n)(i)", "subpara", "Training for judges, prosecutors,"),
        ("para 9(n)(ii)", "subpara", "Drafting, amending and/or implementing"),
        ("para 9(n)(iii)", "subpara", "Establishing cybercrime investigation units"),
        ("para 9(n)(iv)", "subpara", "Drafting, updating and implementing"),
        ("para 9(o)", "subpara", "In the area of"),
        ("para 9(p)", "subpara", "Member States should continue"),
        ("para 9(q)", "subpara", "In order to avoid"),
        ("para 9(r)", "subpara", "Member States should assess"),
        ("para 9(s)", "subpara", "Member States should develop"),
        ("para 9(t)", "subpara", "Member States should use"),
        ("para 9(u)", "subpara", "Existing legal instruments and"),
        ("para 9(v)", "subpara", "Member States should explore,"),
        ("para 10", "para", "In accordance with the"),
        ("para 10(a)", "subpara", "Member States should take"),
        ("footnote 3", "footnote", "Council of Europe, European"),
        ("para 10(b)", "subpara", "Member States should adopt"),
        ("para 10(c)", "subpara", "Member States should continue"),
        ("para 10(d)", "subpara", "Member States should criminalize"),
        ("para 10(e)", "subpara", "Cyber-related conduct that constitutes"),
        ("para 10(f)", "subpara", "Member States that have"),
        ("para 10(f)(i)", "subpara", "Emerging forms of cybercrime"),
        ("para 10(f)(ii)", "subpara", "Disclosure of personal information"),
        ("para 10(f)(iii)", "subpara", "Terrorism-related acts committed using"),
        ("para 10(f)(iv)", "subpara", "The use of the"),
        ("para 10(f)(v)", "subpara", "The provision of technical"),
        ("para 10(f)(vi)", "subpara", "The creation of illegal"),
        ("para 10(f)(vii)", "subpara", "Illegal access to, or"),
        ("para 10(f)(viii)", "subpara", "Illegal interception or damage"),
        ("para 10(f)(ix)", "subpara", "Illegal interference with computer"),
        ("para 10(f)(x)", "subpara", "Misuse of devices;"),
        ("para 10(f)(xi)", "subpara", "Computer-related forgery and fraud;"),
        ("para 10(f)(xii)", "subpara", "Child sexual abuse and"),
        ("para 10(f)(xiii)", "subpara", "Copyright infringement;"),
        ("para 10(f)(xiv)", "subpara", "Child sexual abuse and"),
        ("para 10(f)(xv)", "subpara", "Illegal interference with critical"),
        ("para 10(g)", "subpara", "Member States should ensure"),
        ("para 10(h)", "subpara", "Member States should bear"),
        ("para 10(i)", "subpara", "Member States should avoid"),
        ("para 10(j)", "subpara", "Member States should adopt"),
        ("para 10(k)", "subpara", "Given the frequent involvement"),
        ("para 10(l)", "subpara", "Member States should explore"),
        ("para 10(m)", "subpara", "Member States should exercise"),
        ("para 10(n)", "subpara", "In effectively addressing cybercrime,"),
        ("para 10(o)", "subpara", "Member States should conduct"),
        ("para 10(p)", "subpara", "Member States should consider"),
        ("para 10(q)", "subpara", "Member States should consider"),
        ("para 11", "para", "At its 1st meeting,"),
        ("para 12", "para", "At its 2nd, 3rd"),
        ("para 13", "para", "The discussion was led"),
        ("para 14", "para", "During the ensuing discussion,"),
        ("para 15", "para", "Many speakers were of"),
        ("para 16", "para", "Some other speakers reiterated"),
        ("para 17", "para", "Several speakers recalled that"),
        ("para 18", "para", "Some speakers expressed the"),
        ("para 19", "para", "Owing to the increasingly"),
        ("para 20", "para", "The Expert Group also"),
        ("para 21", "para", "Many speakers expressed appreciation"),
        ("para 22", "para", "Speakers expressed their gratitude"),
        ("para 23", "para", "At the 3rd meeting,"),
        ("para 24", "para", "The Expert Group further"),
        ("para 25", "para", "At its 4th and"),
        ("para 26", "para", "The discussion was led"),
        ("para 27", "para", "Many speakers provided information"),
        ("para 28", "para", "Speakers also highlighted the"),
        ("para 29", "para", "Speakers shared their national"),
        ("para 30", "para", "The Expert Group discussed"),
        ("para 31", "para", "With regard to the"),
        ("para 32", "para", "The meeting was opened"),
        ("para 33", "para", "Statements were made by"),
        ("footnote 4", "footnote", "Article 32 (b) allows"),
        ("para 34", "para", "Statements were also made"),
        ("para 35", "para", "At its 1st meeting,"),
        ("para 36", "para", "The meeting was attended"),
        ("para 37", "para", "A provisional list of"),
        ("para 38", "para", "In addition to the"),
        ("para 38(a)", "subpara", "Provisional agenda (UNODC/CCPCJ/EG.4/2018/1);"),
        ("para 38(b)", "subpara", "Proposal of the Chair"),
        ("para 39", "para", "At its 6th meeting,"),
    ],
    "eg4-2017-1.en.txt": [
        ("masthead", "masthead", "United Nations UNODC/CCPCJ/EG.4/2017/1 Distr.:"),
        ("agenda", "text", "1. Organizational matters: (a)"),
        ("item 1(a)", "text", "The third meeting of"),
        ("item 1(b)", "text", "In its resolution 65/230,"),
        ("footnote 1", "footnote", "General Assembly resolution 65/230,"),
        ("item 2", "text", "Under agenda item 2,"),
        ("item 2", "text", "Report on the meeting"),
        ("item 3", "text", "In its resolution 22/7,"),
        ("footnote 2", "footnote",
         "Available at www.unodc.org/unodc/en/organized-crime/emerging-crimes.html."),
        ("footnote 3", "footnote", "Available at www.unodc.org/unodc/en/organized-crime/"
                                   "comments-to-the-comprehensive-study-on-cybercrime.html."),
        ("footnote 4", "footnote", "The reconvened Bureau of"),
        ("item 3", "text", "Summary by the Rapporteur"),
        ("item 4", "text", "In its resolution 22/7,"),
        ("item 5", "text", "In the Doha Declaration,"),
        ("item 6", "text", "Under agenda item 6,"),
        ("item 7", "text", "No issues to be"),
        ("item 8", "text", "The report of the"),
        ("annex", "table", "Date Time Item Title"),
    ],
}


@pytest.mark.parametrize("file", FILES)
def test_every_citable_block_is_pinned(english, file):
    got = [(str(b.locator), b.kind, " ".join(b.text.split()[:4]))
           for b in english.get(file).blocks if b.citable]
    assert got == PINS[file]


@pytest.mark.parametrize("file", FILES)
def test_lossless_every_character_in_exactly_one_block(english, file):
    document = english.get(file)
    assert document.coverage_problems() == []
    assert document.warnings == []


@pytest.mark.parametrize("file, symbol", [
    (REPORT, "E/CN.15/2018/12"), (AGENDA, "UNODC/CCPCJ/EG.4/2017/1"), (ANNEXES, "E/CN.15/2011/19")])
def test_masthead_names_the_document_and_job_numbers_are_furniture(english, file, symbol):
    document = english.get(file)
    assert (document.ref.symbol, document.ref.language) == (symbol, "en")
    first = document.citable_blocks()[0]
    assert (first.kind, str(first.locator)) == ("masthead", "masthead")
    lines = first.text.split("\n")
    assert lines[:2] == ["United Nations", symbol]
    assert "Distr.: General" in lines and "Original: English" in lines
    assert not any(line.startswith(("V.1", "*1")) for line in lines)  # job number, barcode


def test_report_masthead_keeps_the_session_and_title(english):
    [masthead] = texts(english.get(REPORT), "masthead")
    assert masthead.split("\n")[2:5] == ["Economic and Social Council", "Distr.: General",
                                         "13 April 2018"]
    assert "Item 8 of the provisional agenda*" in masthead
    assert masthead.endswith("held in Vienna from 3 to\n5 April 2018")
    assert one(english.get(REPORT), "footnote *") == "E/CN.15/2018/1."


@pytest.mark.parametrize("file, numbering", [
    (REPORT, {None: 39}), (ANNEXES, {None: 3, "I": 11, "II": 6}), (AGENDA, {})])
def test_paragraphs_are_numbered_consecutively_and_annexes_restart(english, file, numbering):
    found: dict = {}
    for b in english.get(file).blocks:
        if b.kind == "para":
            found.setdefault(b.locator.annex, []).append(int(b.locator.number))
    assert {k: len(v) for k, v in found.items()} == numbering
    for numbers in found.values():
        assert numbers == list(range(1, len(numbers) + 1))


def test_page_furniture_is_never_reading_text(english):
    for file in FILES:
        document = english.get(file)
        furniture = [b.raw(document.source) for b in document.blocks if b.kind == "furniture"]
        assert document.ref.symbol in furniture  # the running header of every page after the first
        assert any("/" in f and f.split("/")[0].isdigit() for f in furniture)  # "2/5"
        for b in document.blocks:
            if b.citable and b.kind != "masthead":
                assert document.ref.symbol not in b.text.split("\n")
                assert "V.1" not in b.text and "____" not in b.text
                assert "Please recycle" not in b.text
    report = english.get(REPORT)
    # para 4 runs on past the footnotes, the footer and the next page's header.
    assert "continue, based on its work, to exchange information on national legislation" in \
        one(report, "para 4")
    assert one(report, "para 10(a)").endswith("in the online environment, where appropriate;")
    annexes = english.get(ANNEXES)
    assert "the World Wide Web) in the 1990s was followed by a rapid increase" in \
        one(annexes, "annex I para 4")


def test_glued_footnote_numbers_are_taken_out_and_attached(english):
    report = english.get(REPORT)
    [para1] = report.find(parse_locator("para 1"))
    assert para1.footnote_refs == ("1",)
    assert "in a Changing World, an open-ended intergovernmental" in para1.text  # "World,1 an"
    assert "resolution 65/230, the General Assembly" in para1.text
    [para4] = report.find(parse_locator("para 4"))
    assert para4.footnote_refs == ("2",) and "resolution 70/174, Member States" in para4.text
    [t] = report.find(parse_locator("para 9(t)"))
    assert t.footnote_refs == ("3",) and "(the Budapest Convention), as they" in t.text
    [para18] = report.find(parse_locator("para 18"))
    assert para18.footnote_refs == ("4",)
    assert "in particular article 32 (b) thereof, raised challenges" in para18.text
    annexes = english.get(ANNEXES)
    [para4] = annexes.find(parse_locator("annex I para 4"))
    assert para4.footnote_refs == ("1", "2", "3", "4")
    assert "more widely available, and the criminalization" in para4.text
    assert "computer systems were increasingly replaced" in para4.text
    assert "manipulation of electronic data. With the shift" in para4.text
    [d] = annexes.find(parse_locator("annex I para 6(d)"))
    assert d.footnote_refs == ("6",) and d.text.endswith("(such as “phishing”) and future trends;")
    agenda = english.get(AGENDA)
    [b] = agenda.find(parse_locator("item 1(b)"))
    assert b.footnote_refs == ("1", "2", "3", "4")
    assert "on the website of UNODC. Pursuant to resolution 22/7" in b.text
    assert "Economic and Social Council. The first meeting" in b.text


def test_numbers_in_the_text_are_not_footnote_markers(english):
    report = english.get(REPORT)
    # Footnote 2 is the next expected while paras 2 and 3 are read: "2.2" and "Add.2" stay.
    para2 = report.find(parse_locator("para 2"))[0]
    assert para2.footnote_refs == () and "as described in section 2.2 of the report" in para2.text
    para3 = report.find(parse_locator("para 3"))[0]
    assert para3.footnote_refs == ()
    assert "(UNODC/CCPCJ/EG.4/2013/2 and Add.2 and 3)" in para3.text
    para22 = report.find(parse_locator("para 22"))[0]
    assert para22.text.endswith("(see also E/CN.15/2017/10/Add.1, para. 2).")
    assert "2018–2021" in one(report, "para 8") and "para. 12)" in one(report, "para 8")
    refs = [r for b in report.blocks for r in b.footnote_refs]
    assert refs == ["1", "2", "3", "4"]


def test_footnote_continued_on_the_next_page_stays_one_footnote(english):
    report = english.get(REPORT)
    fn3 = one(report, "footnote 3")
    assert fn3.startswith("Council of Europe, European Treaty Series, No. 185.")
    assert "Convention Committee, in particular guidance note No. 3 on transborder" in fn3
    assert fn3.endswith("(T-CY (2013)7 E).")
    # ...and the subparagraph that follows the footnotes on that page is body text again.
    assert one(report, "para 10(b)").startswith("Member States should adopt and apply")
    annexes = english.get(ANNEXES)
    fn5 = one(annexes, "footnote 5")
    assert "abuse through information and communications technologies, published in" in fn5
    assert fn5.endswith("Strasbourg in 2008, chap. 2.")
    assert one(annexes, "footnote 6").startswith("The term “phishing” describes")


def test_a_footnote_line_starting_with_the_next_number_continues_it(english):
    annexes = english.get(ANNEXES)
    # "..., vol. 13, No." / "4 (1980), p. 681." is footnote 3 going on, not footnote 4.
    assert one(annexes, "footnote 3").endswith("Indiana Law Review, vol. 13, No. 4 (1980), p. 681.")
    assert one(annexes, "footnote 4").startswith("Bequai, “The electronic criminals")
    assert one(annexes, "footnote 6").endswith("(Geneva, 2009), chap. 2.8.4.")


def test_hyphenated_line_breaks_are_joined(english):
    annexes = english.get(ANNEXES)
    para4 = one(annexes, "annex I para 4")
    assert "a new form of crime, computer-related fraud, emerged" in para4  # a compound keeps it
    para5 = one(annexes, "annex I para 5")
    assert "such offences required international cooperation" in para5  # a broken word loses it
    assert "inter-national" not in para5 and "inter- national" not in para5


def test_latin_lines_join_with_one_space(english):
    for file in FILES:
        for b in english.get(file).blocks:
            if b.kind in ("para", "subpara", "footnote", "text") and b.locator.kind != "agenda":
                assert "\n" not in b.text and "  " not in b.text, b.locator
    report = english.get(REPORT)
    assert one(report, "para 1").startswith(
        "In its resolution 65/230, the General Assembly requested the Commission on Crime "
        "Prevention and Criminal Justice to establish")


def test_quoted_numbering_stays_inside_its_paragraph(english):
    report = english.get(REPORT)
    para35 = one(report, "para 35")
    assert para35.startswith("At its 1st meeting, on 3 April 2018, the Expert Group adopted")
    assert ("following provisional agenda: 1. Organizational matters: (a) Opening of the meeting; "
            "(b) Adoption of the agenda; (c) Adoption of the proposal") in para35
    assert para35.endswith("2. Legislation and frameworks. 3. Criminalization. 4. Other matters. "
                           "5. Adoption of the report.")
    assert one(report, "para 36").startswith("The meeting was attended by representatives of 98")
    annexes = english.get(ANNEXES)
    para3 = one(annexes, "para 3")
    assert "They are used, for example: (a) For propaganda purposes;" in para3
    assert "(g) To attack computer networks directly. 2. In the interests of reaching" in para3
    assert para3.endswith("(c) Colombia also expresses the hope that the study will take into "
                          "consideration the issue raised in paragraph 25 of that document, "
                          "namely, the possible misuse by terrorists of tools that can be used to "
                          "commit cybercrime.")
    for document in (report, annexes):
        assert not [b for b in document.blocks if b.locator is not None
                    and str(b.locator).startswith(("para 35(", "para 3("))]
    assert one(annexes, "annex I para 1").startswith("During the Twelfth United Nations Congress")


def test_subparagraph_letters_and_roman_second_level(english):
    report = english.get(REPORT)
    assert one(report, "para 9(i)").startswith("Member States, when deciding to enact")  # after (h)
    assert one(report, "para 10(i)").startswith("Member States should avoid criminalizing")
    assert one(report, "para 9(v)").startswith("Member States should explore, under the auspices")
    assert [str(b.locator) for b in report.find(parse_locator("para 9(n)"))] == [
        "para 9(n)", "para 9(n)(i)", "para 9(n)(ii)", "para 9(n)(iii)", "para 9(n)(iv)"]
    assert one(report, "para 9(n)(iii)") == (
        "Establishing cybercrime investigation units and providing guidance on the relevant "
        "procedures;")
    assert len(texts(report, "para 10")) == 1 + 17 + 15
    assert one(report, "para 10(f)(xiii)") == "Copyright infringement;"
    assert one(report, "para 10(f)(xv)") == (
        "Illegal interference with critical information infrastructure;")
    annexes = english.get(ANNEXES)
    assert one(annexes, "annex I para 9(i)").startswith("Identification of training programmes")


def test_headings_wrapped_over_two_lines_are_one_heading(english):
    report = english.get(REPORT)
    [para11] = report.find(parse_locator("para 11"))
    assert para11.heading == ("III. Summary of deliberations", "A. Adoption of the proposal of the "
                              "Chair for the workplan of the Expert Group for the period 2018–2021")
    annexes = english.get(ANNEXES)
    [para4] = annexes.find(parse_locator("annex I para 4"))
    assert para4.heading == ("Annex I", "II. Detailed overview of topics",
                             "Topic 1. The phenomenon of cybercrime",
                             "The development of computer crime and cybercrime")
    title = [b.text for b in annexes.blocks if b.kind == "heading"
             and b.text.startswith("Collection of topics")]
    assert title == ["Collection of topics for consideration within a comprehensive study of the "
                     "impact of and response to cybercrime"]


def test_unnumbered_timetable_is_cited_by_its_annex(english):
    annexes = english.get(ANNEXES)
    [timeline] = [b for b in annexes.blocks if b.kind == "text"]
    assert str(timeline.locator) == "annex II"
    assert timeline.heading == ("Annex II", "Indicative timeline")
    assert timeline.text.startswith("January 2011: First meeting of the expert group")
    assert "Mid-June 2011: Deadline for receipt of comments" in timeline.text
    assert timeline.text.endswith("twenty-second session for its consideration.")
    assert one(annexes, "annex II para 6").endswith("users and other relevant actors.")


def test_agenda_items_annotations_and_annex_table(english):
    agenda = english.get(AGENDA)
    lines = one(agenda, "agenda").split("\n")
    assert len(lines) == 14  # one entry a line, entries wrapped in the PDF joined again
    assert lines[:3] == ["1. Organizational matters:", "(a) Opening of the meeting;",
                         "(b) Adoption of the agenda."]
    assert lines[3] == ("2. Update by the Secretariat on the implementation of General Assembly "
                        "resolution 65/230 and Commission on Crime Prevention and Criminal Justice "
                        "resolutions 22/7 and 22/8.")
    assert lines[-1] == "8. Adoption of the report."
    assert one(agenda, "item 1(a)") == ("The third meeting of the Expert Group to Conduct a "
                                        "Comprehensive Study on Cybercrime will be opened at "
                                        "10 a.m. on Monday, 10 April 2017.")
    item2 = agenda.find(parse_locator("item 2"))
    assert item2[0].heading == ("Annotations", "2. Update by the Secretariat on the implementation "
                                "of General Assembly resolution 65/230 and Commission on Crime "
                                "Prevention and Criminal Justice resolutions 22/7 and 22/8")
    assert item2[1].heading[-1] == "Documentation"
    assert item2[1].text.endswith("(UNODC/CCPCJ/EG.4/2017/CRP.1)")
    item3 = agenda.find(parse_locator("item 3"))
    assert item3[0].text.endswith("from 25 to 28 February 2013, respectively.")  # across a page
    assert item3[1].heading[1:] == ("3. Adoption of the summaries by the Rapporteur of "
                                    "deliberations at the first and second meetings of the "
                                    "Expert Group", "Documentation")
    assert one(agenda, "item 7").startswith("No issues to be raised under item 7")
    [table] = [b for b in agenda.blocks if b.kind == "table"]
    assert str(table.locator) == "annex"
    assert table.heading == ("Annex", "Proposed organization of work")
    rows = table.text.split("\n")
    # Cells keep the document's own separator (a tab), so a quote across cells is verbatim.
    assert rows[0] == "Date\tTime\tItem\tTitle or description"
    assert rows[1] == "Monday, 10 April\t10 a.m.–1 p.m.\t1 (a)\tOpening of the meeting"
    assert rows[-1] == "3–6 p.m.\t8\tAdoption of the report"


def test_parsing_without_a_known_symbol_gives_the_same_places():
    """Page headers are recognised from the masthead's own symbol, not only from the manifest."""
    for file in FILES:
        source = (DATA / file).read_text("utf-8")
        bare = parse_document(DocumentRef(file=file, language="en"), source)
        known = parse_document(DocumentRef(file=file, language="en",
                                           symbol=source.split("\n")[1]), source)
        assert [(str(b.locator), b.text) for b in bare.blocks if b.citable] == \
            [(str(b.locator), b.text) for b in known.blocks if b.citable]


# --- other shapes English PDF text takes ----------------------------------------------------

REF = DocumentRef(file="variant.en.txt", language="en")


def places(source):
    document = parse_document(REF, source)
    assert document.coverage_problems() == []
    return document, [(str(b.locator), b.text) for b in document.blocks if b.citable]


RESOLUTION = (
    "United Nations\nE/CN.15/2099/L.4\nEconomic and Social Council\nDistr.: Limited\n"
    "24 May 2099\n\nOriginal: English\nCommission on Crime Prevention and Criminal Justice\n"
    "Agenda item 6\nIntegration and coordination of efforts\n\n"
    "Austria and Brazil: draft resolution\n\n"
    "Strengthening international cooperation to counter cybercrime\n"
    "The Commission on Crime Prevention and Criminal Justice,\n"
    "Recalling General Assembly resolution 74/247 of 27 December 2019, in which the\n"
    "Assembly decided to establish an ad hoc committee,1\n"
    "Noting with appreciation the work of the Expert Group, which concluded its\n"
    "mandate in April 2021,2\n"
    "Concerned about the growing use of information and communications technologies,\n"
    "1. Requests the Office to continue to provide technical assistance;\n"
    "2. Decides to remain seized of the matter.\n"
    "__________________\n1 General Assembly resolution 74/247, para. 2.\n"
    "2 See UNODC/CCPCJ/EG.4/2021/2.\n")


def test_a_resolutions_preamble_is_its_own_block_not_the_masthead():
    document, got = places(RESOLUTION)
    assert [loc for loc, _ in got] == ["masthead", "preamble", "para 1", "para 2", "footnote 1",
                                       "footnote 2"]
    masthead = document.find(parse_locator("masthead"))[0]
    assert masthead.text.endswith("Strengthening international cooperation to counter cybercrime")
    assert masthead.footnote_refs == ()
    preamble = document.find(parse_locator("preamble"))[0]
    assert preamble.text.startswith("The Commission on Crime Prevention and Criminal Justice, "
                                    "Recalling General Assembly resolution 74/247")
    assert preamble.text.endswith("communications technologies,")
    assert preamble.footnote_refs == ("1", "2")
    assert document.citation(preamble).en() == "variant.en.txt (symbol unknown), preamble"


def test_an_organ_named_in_the_masthead_without_operative_paragraphs_opens_no_preamble():
    document, got = places(
        "United Nations E/CN.15/2099/1\nEconomic and Social Council\nDistr.: General\n"
        "The Commission on Crime Prevention and Criminal Justice,\n"
        "I. Introduction\nThe Commission met in Vienna.\n")
    assert "preamble" not in [loc for loc, _ in got]


def test_an_unnumbered_english_schedule_is_the_annex_not_headings():
    document, got = places(
        "I. Introduction\n1. The Committee adopted its report.\nAnnex II\n"
        "Organization of work\nMonday, 28 February\n10 a.m.-1 p.m. 1 (a) Opening of the session\n"
        "1 (b) Adoption of the agenda\n3-6 p.m. 2 General discussion\n")
    assert [b.text for b in document.blocks if b.kind == "heading"] == [
        "I. Introduction", "Annex II", "Organization of work"]
    assert [loc for loc, _ in got] == ["para 1", "annex II"]
    assert got[1][1].splitlines()[0] == "Monday, 28 February"


def test_a_title_with_a_date_in_it_is_still_a_heading():
    document, _ = places(
        "I. Introduction\n1. 专家组举行了会议。\n附件一\n\n2021 年 4 月 6 日至 8 日会议的议程\n"
        "1. 会议开幕。\n")
    assert [b.text for b in document.blocks if b.kind == "heading"] == [
        "I. Introduction", "附件一", "2021 年 4 月 6 日至 8 日会议的议程"]


def test_markers_alone_on_their_line():
    document, got = places(
        "United Nations E/CN.15/2099/1\nEconomic and Social Council\nDistr.: General\n"
        "I. Introduction\n1.\nThe Expert Group met in Vienna in January 2099.1 It adopted\n"
        "its report.2\n2.\nThe meeting was opened by the Chair, who proposed\nthe following:\n"
        "(a)\nOpening of the meeting;\n(b)\nAdoption of the agenda.\n__________________\n"
        "1\nSee A/74/130.\n2\nIbid., para. 3.\n2/4\nV.99-00001\nE/CN.15/2099/1\n"
        "3. The Expert Group adopted the agenda.\n")
    assert got[1:] == [
        ("para 1", "The Expert Group met in Vienna in January 2099. It adopted its report."),
        ("para 2", "The meeting was opened by the Chair, who proposed the following:"),
        ("para 2(a)", "Opening of the meeting;"), ("para 2(b)", "Adoption of the agenda."),
        ("footnote 1", "See A/74/130."), ("footnote 2", "Ibid., para. 3."),
        ("para 3", "The Expert Group adopted the agenda.")]
    assert document.find(parse_locator("para 1"))[0].footnote_refs == ("1", "2")


def test_footnotes_end_at_the_next_paragraph_when_pages_carry_no_furniture():
    _, got = places(
        "I. Introduction\n1. The first paragraph concerns cybercrime.1 It goes on\n"
        "over a second line and mentions article 32\n(b) of the Convention and paragraph 12\n"
        "(c) of the report.\n__________________\n1 See E/CN.15/2018/12, vol. 2, No.\n"
        "3 (2018), p. 4.\n2. The second paragraph follows the footnotes.\nII. Conclusions\n"
        "3. The third paragraph.\n")
    assert got == [
        ("para 1", "The first paragraph concerns cybercrime. It goes on over a second line and "
                   "mentions article 32 (b) of the Convention and paragraph 12 (c) of the report."),
        ("footnote 1", "See E/CN.15/2018/12, vol. 2, No. 3 (2018), p. 4."),
        ("para 2", "The second paragraph follows the footnotes."),
        ("para 3", "The third paragraph.")]


def test_upper_case_annexes_restart_and_a_tab_after_the_number():
    _, got = places(
        "I. Introduction\n1. Body paragraph one.\n2. Body paragraph two.\nANNEX I\n"
        "Terms of reference\n1. Annex paragraph one.\nANNEX II\nList of documents\n"
        "1. Annex two paragraph one.\n2.\tAnnex two paragraph two.\n")
    assert got == [("para 1", "Body paragraph one."), ("para 2", "Body paragraph two."),
                   ("annex I para 1", "Annex paragraph one."),
                   ("annex II para 1", "Annex two paragraph one."),
                   ("annex II para 2", "Annex two paragraph two.")]


def test_annotations_with_numbered_paragraphs_follow_the_agenda_titles():
    document, got = places(
        "Provisional agenda\n1. Election of officers.\n2. Organizational matters:\n"
        "(a) Adoption of the agenda;\n(b) Organization of work.\n"
        "3. Thematic discussion on international cooperation in\ncombating cybercrime.\n"
        "Annotations\n1. Election of officers\n"
        "1. In accordance with rule 15 of the rules of procedure of the functional commissions of "
        "the\nEconomic and Social Council, the Commission shall elect a Chair and other officers.\n"
        "2. The following officers were elected:\n(a) Chair: Mr. A (Brazil);\n"
        "(b) Rapporteur: Ms. B (China).\n2. Organizational matters\n(a) Adoption of the agenda\n"
        "3. The provisional agenda was approved by the Commission at its previous session.\n"
        "(b) Organization of work\n"
        "4. The proposed organization of work is contained in the annex.\n"
        "3. Thematic discussion on international cooperation in combating\ncybercrime\n"
        "5. The Commission will hold a thematic discussion.\n")
    assert [loc for loc, _ in got] == ["agenda", "para 1", "para 2", "para 2(a)", "para 2(b)",
                                       "para 3", "para 4", "para 5"]
    assert got[0][1].split("\n")[-1] == ("3. Thematic discussion on international cooperation in "
                                         "combating cybercrime.")
    [para3] = document.find(parse_locator("para 3"))
    assert para3.heading == ("Annotations", "2. Organizational matters",
                             "(a) Adoption of the agenda")
    [para5] = document.find(parse_locator("para 5"))
    assert para5.heading[-1] == ("3. Thematic discussion on international cooperation in "
                                 "combating cybercrime")


def test_english_in_the_shape_of_the_shipped_chinese_extractions():
    """Blank lines between wrapped lines, subparagraphs and footnotes starting with a space, and
    the first line of each page indented (no headers or footers)."""
    document, got = places(
        "United Nations E/CN.15/2018/12\n\nEconomic and Social Council\n\nDistr.: General\n\n"
        "I. Introduction\n\n \n\n"
        "1. In its resolution 65/230, the General Assembly requested the Commission on Crime\n\n"
        "Prevention and Criminal Justice to establish an open-ended intergovernmental expert\n\n"
        "group.1 The Group met in 2011.\n\nIII. Summary of deliberations\n\n"
        "A. Adoption of the proposal of the Chair for the workplan of the Expert Group for the\n\n"
        "period 2018–2021\n\n2. At its 1st meeting, the Expert Group considered the following:\n\n"
        " (a) Legislation and frameworks;\n\n (b) Criminalization.\n\n"
        "3. The discussion was led by the following panellists, who presented the main issues\n\n"
        "__________________\n\n"
        " 1 General Assembly resolution 65/230, annex, see in particular Official Records, "
        "vol. 2,\n\n"
        "No. 3 (2010).\n\n 2 See E/CN.15/2018/1.\n\n"
        " raised in the debate on the topic.2 Many speakers then took the floor.\n")
    assert [loc for loc, _ in got] == ["masthead", "para 1", "para 2", "para 2(a)", "para 2(b)",
                                       "para 3", "footnote 1", "footnote 2"]
    assert dict(got)["para 3"] == ("The discussion was led by the following panellists, who "
                                   "presented the main issues raised in the debate on the topic. "
                                   "Many speakers then took the floor.")
    assert dict(got)["footnote 1"].endswith("Official Records, vol. 2, No. 3 (2010).")
    para2 = document.find(parse_locator("para 2"))[0]
    assert para2.heading[-1] == ("A. Adoption of the proposal of the Chair for the workplan of the "
                                 "Expert Group for the period 2018–2021")


def test_table_of_contents_is_front_matter_and_opens_no_annex():
    document, got = places(
        "United Nations\nA/AC.291/9\nGeneral Assembly\nDistr.: General\n10 March 2022\n"
        "Original: English\nReport of the Ad Hoc Committee on its first session\nContents\nPage\n"
        "I. Introduction . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . 2\n"
        "II. Organization of the session . . . . . . . . . . . . . . . . . . . . . . . . . . . 2\n"
        "A. Adoption of the agenda and organization of work, and other organizational\n"
        "matters . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . 3\n"
        "Annex\n"
        "List of documents before the Ad Hoc Committee at its first session . . . . . . 9\n"
        "I. Introduction\n"
        "1. In its resolution 74/247, the General Assembly decided to establish an open-ended ad hoc\n"
        "intergovernmental committee of experts.\nII. Organization of the session\n"
        "2. The first session was opened on 28 February 2022.\nAnnex\n"
        "List of documents before the Ad Hoc Committee at its first session\n"
        "A/AC.291/1\tProvisional agenda\n")
    assert [loc for loc, _ in got] == ["masthead", "para 1", "para 2", "annex"]
    assert got[0][1].endswith("at its first session . . . . . . 9")
    assert document.find(parse_locator("para 2"))[0].heading == ("II. Organization of the session",)


@pytest.mark.parametrize("source, expected", [
    ("一. 导言\n1. 第一段的案文。1\n2. 第二段的案文。\n__________________\n"
     "1 脚注一的开头，见秘书处\nV.22-01574 (C) 250322 280322\n3. 第三段的案文。2\n"
     "__________________\n 编写的背景文件。\n2 脚注二的案文。\nV.22-01574 2/2\n",
     [("para 1", "第一段的案文。"), ("para 2", "第二段的案文。"),
      ("footnote 1", "脚注一的开头，见秘书处编写的背景文件。"), ("para 3", "第三段的案文。"),
      ("footnote 2", "脚注二的案文。")]),
    ("I. Introduction\n1. Text of the first paragraph.1\n2. Text of the second paragraph.\n"
     "__________________\n1 Start of footnote one, see the paper prepared by the\n"
     "V.22-01574 (E) 250322 280322\n3. Text of the third paragraph.2\n__________________\n"
     " Secretariat.\n2 Text of footnote two.\nV.22-01574 2/2\n",
     [("para 1", "Text of the first paragraph."), ("para 2", "Text of the second paragraph."),
      ("footnote 1", "Start of footnote one, see the paper prepared by the Secretariat."),
      ("para 3", "Text of the third paragraph."), ("footnote 2", "Text of footnote two.")]),
], ids=["zh", "en"])
def test_an_indented_footnote_continuation_below_the_next_separator(source, expected):
    # The page's first footnote line continues the previous page's last footnote even when the
    # extraction indents it (the shipped Chinese footnotes are indented: " 1 关于…").
    _, got = places(source)
    assert got == expected


@pytest.mark.parametrize("source, annex_one, annex_two", [
    ("1. 唯一一段。\n附件一\n文件清单\nA/AC.291/L.1 报告草稿\n\n附件二\n与会者名单\n"
     "阿尔及利亚 阿卜杜勒卡德尔\n", "文件清单A/AC.291/L.1 报告草稿", "附件二"),
    ("1. Text of the only paragraph.\nAnnex I\nList of documents\n"
     "UNODC/CCPCJ/EG.4/2021/1            1 (b)         Annotated provisional agenda\n"
     "UNODC/CCPCJ/EG.4/2021/L.1          6             Draft report\n\nAnnex II\n"
     "List of participants\nAlgeria               Abdelkader Benali\n",
     "UNODC/CCPCJ/EG.4/2021/1            1 (b)         Annotated provisional agenda "
     "UNODC/CCPCJ/EG.4/2021/L.1          6             Draft report", "Annex II"),
], ids=["zh", "en"])
def test_the_next_annex_starts_after_annex_text_that_does_not_end_a_sentence(
        source, annex_one, annex_two):
    # Annex I ends in a list or column-aligned table rows, with no full stop: "Annex II" on its
    # own line still starts annex II, and what follows it is annex II's.
    document, got = places(source)
    assert got[:2] == [("para 1", source.split("\n")[0][3:]), ("annex I", annex_one)]
    start = next(i for i, b in enumerate(document.blocks) if b.text == annex_two)
    assert document.blocks[start].kind == "heading"
    after = document.blocks[start:]
    assert all(b.heading[0] == annex_two for b in after)
    assert all(b.locator is None or str(b.locator) == "annex II" for b in after)


@pytest.mark.parametrize("source, expected", [
    ("1. Member States should:\n(g) Enact laws;\n(h) Support specialized units, including:\n"
     "(i) Cybercrime units;\n(ii) Forensic laboratories;\n(i) Exchange good practices;\n"
     "(j) Report to the Commission.\n",
     ["para 1", "para 1(g)", "para 1(h)", "para 1(h)(i)", "para 1(h)(ii)", "para 1(i)",
      "para 1(j)"]),
    # no introducing colon, but "(ii)" next proves the roman numeral
    ("1. Member States should:\n(g) Enact laws;\n(h) Support specialized units\n"
     "(i) Cybercrime units;\n(ii) Forensic laboratories;\n(i) Exchange good practices.\n",
     ["para 1", "para 1(g)", "para 1(h)", "para 1(h)(i)", "para 1(h)(ii)", "para 1(i)"]),
    # an item ending in a colon, but "(j)" next proves the letter
    ("1. Member States should:\n(g) Enact laws;\n(h) Consider the following:\n"
     "(i) Exchange good practices;\n(j) Report to the Commission.\n",
     ["para 1", "para 1(g)", "para 1(h)", "para 1(i)", "para 1(j)"]),
    # the last item, after an item that introduces no list: the letter
    ("1. Member States should:\n(g) Enact laws;\n(h) Train judges;\n"
     "(i) Exchange good practices.\n",
     ["para 1", "para 1(g)", "para 1(h)", "para 1(i)"]),
], ids=["colon-and-ii", "ii-next", "j-next", "last-item"])
def test_an_i_after_h_is_the_roman_numeral_or_the_letter_as_the_list_shows(source, expected):
    document, got = places(source)
    assert [loc for loc, _ in got] == expected
    texts_in_order = [text for _, text in got]
    assert texts_in_order[0] == "Member States should:"
