import pytest

from egassist.initialisms import asked_initialisms, spelled_initialisms


@pytest.mark.parametrize("text, initials", [
    ("Congressional Research Service Report RL32114", "crs"),
    ("United Nations Office on Drugs and Crime", "unodc"),     # small words skipped
    ("the International Telecommunication Union's guide", "itu"),
])
def test_a_run_of_capitalised_words_spells_its_initials(text, initials):
    assert initials in spelled_initialisms(text)


@pytest.mark.parametrize("text, initials", [
    # Punctuation ends a run: an author and a title are two.
    ("Clay Wilson, “Botnets, cybercrime, and cyberterrorism”", "cwb"),
    ("the research service report", "rsr"),                    # not capitalised
    ("Congressional Research Service", "c"),                    # one letter is no initialism
    ("Hoover Institution Press", "ip"),                         # nor two: bibliographies abound
])
def test_what_spells_no_initialism(text, initials):
    assert initials not in spelled_initialisms(text)


def test_a_question_asks_by_its_all_capital_words_only():
    assert asked_initialisms("那条脚注引的 CRS 报告是哪份？") == {"crs": "crs"}
    # As the question's tokens hold them (isps), with the letters they stand for.
    assert asked_initialisms("Which ISPs did UNODC consult?") == {"isps": "isp", "unodc": "unodc"}
    assert asked_initialisms("What did the Congressional Research Service report?") == {}
    assert asked_initialisms("Is Voice over IP covered?") == {}
