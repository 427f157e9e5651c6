"""Round 46 (xtvyear46): a figure a person states in a direct quotation with no period of its own has year null
(LABELING.md, round 40: "A figure a person states with no period of its own has year null, also beside a dated official
figure").  The rules gave such a figure the story's year -- the publication year -- whenever its verb was not a present
level ("We exported $40 billion"); `undated` now takes a quoted figure whose sentence names no period as a figure with
no period of its own, whatever its tense.  A period the speaker gives, or the narrative's own undated past figure, keeps
the year it had.  The stories run the trade-value rules alone."""
from __future__ import annotations

from datetime import date

from inline import values_by_amount

_PUB = date(2025, 2, 14)


def test_a_quoted_figure_with_no_period_has_no_year(values_rules_only):
    body = ("Brazil is no trade problem for the US, says Alckmin\n\nBrazilian Vice President Geraldo Alckmin said on "
            "Thursday that Brazil posed no trade problem for Washington.\n\n\"Our trade balance of goods is balanced. "
            "We exported $38 billion and imported $41 billion,\" Alckmin said.")
    got = values_by_amount(body, _PUB)
    assert got[38e9]["year"] is None and got[38e9]["kind"] == "exports"


def test_a_quotation_running_on_to_the_paragraph_end_counts(values_rules_only):
    body = ("Knitwear cluster seeks relief\n\nTiruppur, September 3 (ANI): Exporters in Tiruppur asked the government "
            "for help.\n\n"
            "\u201cTiruppur's exports are worth Rs 45,000 crore globally, with much of that going to the US.")
    got = values_by_amount(body, date(2025, 9, 3))
    assert got[450e9]["year"] is None


def test_the_speakers_own_period_keeps_its_year(values_rules_only):
    body = ("Brazil is no trade problem for the US, says Alckmin\n\nBrazilian Vice President Geraldo Alckmin said on "
            "Thursday that Brazil posed no trade problem for Washington.\n\n\"Last year we exported $38 billion to the "
            "United States,\" Alckmin said.")
    got = values_by_amount(body, _PUB)
    assert got[38e9]["year"] == 2024


def test_a_narrative_figure_outside_quotation_marks_keeps_the_story_year(values_rules_only):
    body = ("Brazil is no trade problem for the US, says Alckmin\n\nBrazilian Vice President Geraldo Alckmin said on "
            "Thursday that Brazil posed no trade problem for Washington.\n\nBrazil exported $38 billion of goods to the "
            "United States and imported $41 billion, official figures show.")
    got = values_by_amount(body, date(2025, 6, 14))
    assert got[38e9]["year"] == 2025


def test_a_quoted_release_figure_with_its_change_keeps_the_story_year(values_rules_only):
    body = ("Malaysia's November exports rise\n\nMalaysia's exports rose in November, the statistics department said.\n\n"
            "\"Re-exports increased by 40.3 per cent y-o-y to RM29.8 billion,\" the chief statistician said.")
    got = values_by_amount(body, date(2025, 12, 19))
    assert got[29.8e9]["year"] == 2025
