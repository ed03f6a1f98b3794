"""Questions asking the page of a cited work, and texts giving one."""

import pytest

from egassist.pages import (asks_author, asks_page, asks_publisher, asks_volume, states_author,
                            states_page, states_publisher, states_volume)


@pytest.mark.parametrize("question", [
    "Simon 和 Slay 那篇论文在会议文集的第几页？",
    "脚注 52 引用的著作见哪一页？",
    "脚注 15 引用的论文页码是多少？",
    "Which page of the Wilson report is cited?",
    "On what pages does the article appear?",
    "page number of the Casey citation?",
    # A work named by its title is a cited work.
    "Which page of Development Gateway's Special Report \"Information Society — The Next Steps\" "
    "says developing-country Internet users outnumbered those in industrial countries?",
    "《Electronic Evidence and Discovery》在第几页提到电子证据？",
])
def test_questions_asking_a_page(question):
    assert asks_page(question)


@pytest.mark.parametrize("question", [
    "第几次会议通过了报告？",
    "Which paragraph says it?",
    "What does the webpage say?",
    "专家组会议的网页地址是什么？",
    # Where in the documents, which a paragraph answers.
    "Which page of E/CN.15/2018/12 discusses sanctions?",
    "哪一页提到了僵尸网络？",
    # A title the page mentions, not the work the page is of; a Chinese title.
    "Which page of the 2018 report mentions the \"Budapest Convention\"?",
    "《布达佩斯公约》在 2018 年报告的哪一页被提到？",
    "E/CN.15/2011/19 的哪一页讨论了“服务提供方和私营部门的作用和责任”？",
])
def test_questions_asking_no_page(question):
    assert not asks_page(question)


@pytest.mark.parametrize("text, gives", [
    ("Casey, Digital Evidence and Computer Crime （见脚注 51）, p. 9.。", True),
    ("Loyola University Chicago Law Journal, vol. 33, 2001, pp. 57 ff.,可查阅", True),
    ("见该报告第 12 至 15 页。", True),
    ("see pages 12-15 of the report", True),
    ("为 2006 年 12 月 4 日在珀思举行的第四次澳大利亚数字法医学会议编拟的文件。", False),
    ("Congressional Research Service Report RL32114, 2007", False),
    ("paragraph 9 (c) of the report", False),
])
def test_a_text_gives_a_page(text, gives):
    assert states_page(text) == gives


@pytest.mark.parametrize("question, volume, publisher", [
    ("Gercke 2008年发表在 Computer Law Review International 的那篇文章是第几卷？", True, False),
    ("Which volume of the Indiana Law Review carried Gemignani's article?", True, False),
    ("Freed 那本书是哪家出版社出版的？", False, True),
    ("Who published Lipson's book?", False, True),
    ("Which publisher issued the book?", False, True),
    ("Did publishers attend the meeting?", False, False),
    ("出版了哪些报告？", False, False),
    ("What does the report say about volume crime?", False, False),
    ("What volume of data must service providers retain?", False, False),
    ("《Understanding Cybercrime》是由哪家机构出版的？", False, True),
])
def test_questions_asking_a_volume_or_a_publisher(question, volume, publisher):
    assert asks_volume(question) is volume
    assert asks_publisher(question) is publisher


@pytest.mark.parametrize("text, volume, publisher", [
    # E/CN.15/2011/19, footnotes 5, 57, 3, 51 and 39.
    ("Freed, Materials and Cases on Computer and Law (n.p., 1971), p. 65。", False, False),
    ("M. Gercke, “National, regional and international legislative approaches in the fight "
     "against cybercrime”, Computer Law Review International, 2008, pp. 7 ff.", False, False),
    ("Gemignani, “Computer crime: the law in ‘80”, Indiana Law Review, vol. 13, 1980, p. 681。",
     True, False),
    ("E. Casey, Digital Evidence and Computer Crime (Oxford, Oxford University Press, 2007)",
     False, True),
    ("（联合国出版物，出售品编号：E.94.IV.5）", False, True),
    ("《联合国条约汇编》，第 2225 卷，第 39574 号", True, False),
    # A body as author, its city and year: it published the work (E/CN.15/2011/19, footnote 13).
    ("国际电信联盟, Understanding Cybercrime: A Guide for Developing Countries (Geneva, 2009)",
     False, True),
])
def test_a_text_gives_a_volume_or_a_publisher(text, volume, publisher):
    assert states_volume(text) is volume
    assert states_publisher(text) is publisher


@pytest.mark.parametrize("question, asks", [
    ("横滨第二届禁止对儿童商业色情剥削世界大会的主题文件“Child pornography”作者是谁？", True),
    ("Who wrote the paper on Voice over IP?", True),
    ("这篇论文是谁写的？", True),
    ("《Electronic evidence and the law》的作者是谁？", True),
    # Not of a cited work: the documents' own authors are their bodies.
    ("Who is the author of the 2018 report?", False),
    ("作者在报告中提出了什么？", False),
    ("What did the author of the paper argue?", False),
])
def test_questions_asking_an_author(question, asks):
    assert asks_author(question) is asks


@pytest.mark.parametrize("text, names", [
    # E/CN.15/2011/19, footnotes 12, 47, 48, 15, 13 and 58.
    ("“Child pornography”, 为 2001 年 12 月 12 日至 20 日在日本横滨举行的第二届禁止对儿童商业"
     "色情剥削世界大会编拟的主题文件, p. 17", False),
    ("S. M. Giordano, “Electronic evidence and the law”, Information Systems Frontiers", True),
    ("Lange/Minster, Electronic Evidence and Discovery, p. 6。", True),
    ("M. Simon and J. Slay, “Voice over IP: forensic computing implications”", True),
    ("国际电信联盟, Understanding Cybercrime: A Guide for Developing Countries", True),
    ("见 Development Gateway’s Special Report, Information Society — The Next Steps (2005)。",
     True),
])
def test_a_text_cites_a_work_by_its_author(text, names):
    assert states_author(text) is names

