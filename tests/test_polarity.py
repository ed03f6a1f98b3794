"""Predicates a text negates, and passages that negate what a question negates."""

import pytest

from egassist.polarity import negated_predicates, negates_any


@pytest.mark.parametrize("text, predicates", [
    ("认为不需要新的全球性网络犯罪法律文书的发言者", {"need"}),
    ("为什么没有必要再制定一项条约？", {"need"}),
    ("审议情况概要为什么无需在会上通过？", {"need"}),
    ("Why did speakers see no need for a new instrument?", {"need"}),
    ("Why is a new treaty not necessary?", {"need"}),
    ("为什么不能把统计数字简单汇总？", {"can"}),
    ("哪些发言者认为现有文书不足以应对挑战？", {"enough"}),
    ("Which States did not agree with the proposal?", {"agree"}),
    # asked, not negated
    ("研究范围有没有涉及成本分配？", set()),
    ("需不需要在会上通过？", set()),
    ("是不是需要新的文书？", set()),
    ("需要不需要新的文书？", set()),
    ("发言者提出了哪些不同意见？", set()),           # 不同意见, differing views
    ("认为需要新的全球性法律文书的发言者有哪些理由？", set()),
])
def test_negated_predicates(text, predicates):
    assert negated_predicates(text) == predicates


def test_negates_any_reads_every_wording_of_a_predicate():
    need = frozenset({"need"})
    assert negates_any("本审议情况概要没有经过辩论，因此无需在会议期间通过", need)
    assert negates_any("许多发言者认为，不需要新的网络犯罪问题全球综合法律文书", need)
    assert negates_any("speakers saw no need for a new instrument", need)
    assert not negates_any("另有一些发言者再次表示认为需要制定新对策", need)
    assert not negates_any("不能简单汇总", need)
