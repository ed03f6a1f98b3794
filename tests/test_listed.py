from egassist.citations import parse_locator
from egassist.listed import LAST, nth_entry, nth_listed


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
    # A rank in the list, and the last entry (LAST: the list's own length says which).
    assert nth_listed("能力建设应涵盖的领域中排在第二位的是哪一项？") == (2, "排在第二位")
    assert nth_listed("应定罪的行为里排在最后的是哪一项？") == (LAST, "排在最后")
    assert nth_listed("第 10 段(f)项的最后一种行为是什么？") == (LAST, "最后一种")
    assert nth_listed("What is the very last item of that list?") == (LAST, "last item")
    assert nth_listed("最后一次会议在哪里举行？") is None
    assert nth_listed("What was decided at the last meeting?") is None
    # (review) The asker's own numbering of questions, and a last meeting, are no entries.
    assert nth_listed("最后一个问题：专家组关于跨境取证提出了什么建议？") is None
    assert nth_listed("第一个问题：专家组在哪里开会？") is None
    assert nth_listed("Last point: what did the group recommend?") is None
    assert nth_listed("专家组最后一个会议在哪里开？") is None


def test_the_place_of_the_nth_entry_follows_the_documents_numbering():
    assert str(nth_entry(parse_locator("para 10(f)"), 15)) == "para 10(f)(xv)"
    assert str(nth_entry(parse_locator("annex I para 6"), 7)) == "annex I para 6(g)"
    assert str(nth_entry(parse_locator("para 9"), 28)) == "para 9(bb)"
    assert nth_entry(parse_locator("para 10(f)(ii)"), 1) is None
    assert nth_entry(parse_locator("footnote 4"), 1) is None
