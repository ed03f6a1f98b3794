"""The word list learnt from documents we have in both languages (egassist.parallel)."""

from importlib import resources

from egassist.catalog import Catalog
from egassist.glossary import parallel_terms
from egassist.parallel import aligned_blocks, learn, to_tsv
from conftest import CORPUS, ROOT


def test_blocks_align_by_locator_and_words_by_the_company_they_keep():
    pairs = [("Service providers shall cooperate.", "服务提供方应当合作。"),
             ("Providers of services keep data.", "服务提供方保存数据。"),
             ("States shall cooperate.", "国家应当合作。")]
    lexicon = learn(pairs)
    assert lexicon["provider"][0] == "服务提供方"
    assert "state" not in lexicon  # seen once: no evidence


def test_the_committed_word_list_is_what_the_documents_give():
    pairs = aligned_blocks(Catalog.load(CORPUS), Catalog.load(ROOT / "tests" / "data" / "english"))
    assert len(pairs) > 100
    committed = resources.files("egassist").joinpath("data", "parallel.tsv").read_text("utf-8")
    assert to_tsv(learn(pairs)) == committed, (
        "regenerate: python -m egassist.parallel corpus tests/data/english "
        "src/egassist/data/parallel.tsv")
    assert parallel_terms("provider")[0] == "服务提供方"
