"""Target and imposer of tariff facts (roles.py, round 7): the story's own measure, a named country's baseline,
sector measures on all imports, gazetteer spellings."""
from __future__ import annotations

from datetime import date

from tariffscope.articles.gazetteer import find_countries

from test_rules import tariffs


def _parties(body: str) -> set[tuple]:
    return {(t[0], t[1], t[3]) for t in tariffs(body, date(2025, 6, 1))}


def test_the_headline_names_the_imposer_past_a_dateline_and_in_title_case():
    # the most-mentioned country (China, the target) is no imposer: the headline's "Malaysia To Keep ... Duties On
    # Chinese Coil" gives both parties to a rate whose sentence names neither.  (The rate has its tariff noun: a bare
    # firm's rate in a trade-remedy story is left to the learned "extra" decision since round 25, not to the rules.)
    body = ("Malaysia To Keep Anti-Dumping Duties On Chinese Coil\n\nKUALA LUMPUR:\n\n"
            "Importers of cold rolled coil from China will keep paying the duties, the ministry said. China said it "
            "regretted the step. Chinese mills ship most of the coil. China is the biggest supplier.\n\n"
            "The largest Chinese mill will pay a duty of 4.82%.")
    assert _parties(body) == {("MYS", "CHN", 4.82)}


def test_a_named_countrys_goods_at_the_baseline_are_that_countrys():
    # LABELING.md: a baseline rate stated for one named country -> that country
    assert _parties("UK goods currently face the 10% baseline tariff.") == {("USA", "GBR", 10.0)}
    assert _parties("A blanket 10% tariff still applies to EU imports.") == {("USA", "EUU", 10.0)}


def test_a_sector_duty_on_all_imports_has_no_target():
    body = "Washington's 25% tariffs on all steel imports could divert more supply towards Korea."
    assert _parties(body) == {("USA", None, 25.0)}


def test_gazetteer_spellings():
    assert [m.iso3 for m in find_countries("Việt Nam imposes duties on steel from the ROK.")] == ["VNM", "KOR"]


def test_the_two_congos():
    # "Republic of the Congo" (COG) stands inside "the Democratic Republic of the Congo" (COD): the longer name wins
    assert [m.iso3 for m in find_countries("The Democratic Republic of the Congo was assigned 11%.")] == ["COD"]
    assert [m.iso3 for m in find_countries("DR Congo and the Republic of the Congo")] == ["COD", "COG"]
