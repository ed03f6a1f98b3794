"""What a document symbol says by its form (symbols.py)."""

from __future__ import annotations

from egassist.symbols import kinds_of, symbol_asked_of


def test_a_symbols_series_says_what_kind_of_document_it_is():
    assert "会议室文件" in kinds_of("UNODC/CCPCJ/EG.4/2017/CRP.1")
    assert kinds_of("E/CN.15/2013/CRP.10") == ("会议室文件",)
    assert kinds_of("E/CN.15/2018/12") == ()
    assert kinds_of("UNODC/CCPCJ/EG.4/2020/L.1") == ()


def test_a_question_asking_which_document_is_cited_asks_a_symbol():
    # The documents cite others by symbol (见 A/AC.261/…).
    assert symbol_asked_of("For the anti-corruption committee's practice, which document and "
                           "paragraphs does the background paper refer to?") == ""
    assert symbol_asked_of("Which report does the background paper cite?") == ""
    assert symbol_asked_of("Which document was adopted at the meeting?") is None
