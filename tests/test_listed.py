from egassist.citations import parse_locator
from egassist.listed import nth_entry, nth_listed


def test_the_nth_entry_a_question_asks():
    assert nth_listed("第10段(f)项列举的第十五种应考虑定罪的行为是什么？") == (15, "第十五种")
    assert nth_listed("第 9 段的第 3 点建议是什么？") == (3, "第 3 点")
    assert nth_listed("What is the third recommendation in paragraph 9?") == (3, "third recommendation")
    # Places, meetings and numbers are no entries of a list.
    assert nth_listed("第三段说了什么？") is None
    assert nth_listed("第三次会议在哪里举行？") is None
    # Nor a topic: the documents number topics themselves, and not by their place in a list.
    assert nth_listed("E/CN.15/2011/19 附件一第6段列出的第五个专题是什么？") is None
    assert nth_listed("What did the third meeting decide?") is None


def test_the_place_of_the_nth_entry_follows_the_documents_numbering():
    assert str(nth_entry(parse_locator("para 10(f)"), 15)) == "para 10(f)(xv)"
    assert str(nth_entry(parse_locator("annex I para 6"), 7)) == "annex I para 6(g)"
    assert str(nth_entry(parse_locator("para 9"), 28)) == "para 9(bb)"
    assert nth_entry(parse_locator("para 10(f)(ii)"), 1) is None
    assert nth_entry(parse_locator("footnote 4"), 1) is None
