"""Counts in messages agree with their number."""

import pytest

from egassist.wording import counted


@pytest.mark.parametrize("n, expected", [(0, "0 passages"), (1, "1 passage"), (2, "2 passages")])
def test_counted_is_singular_only_for_one(n, expected):
    assert counted(n, "passage") == expected


def test_counted_takes_an_irregular_plural():
    assert counted(1, "entry", "entries") == "1 entry"
    assert counted(3, "entry", "entries") == "3 entries"
