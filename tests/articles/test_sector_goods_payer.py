"""Round 14b: a sector rate whose goods are themselves its paying subject and whose clause names no country ("Aluminum
exports, which face a 50% tariff") is the story's partner's -- LABELING.md's sector rule, "the named country when the
text says its goods pay it"; imports, examples of a kind and a measure's object stay global."""
from __future__ import annotations

from datetime import date

from inline import tariff_tuples


def _targets(body: str, rate: float) -> set:
    return {(t, p) for _, t, p, r, _ in tariff_tuples(body, date(2025, 8, 10)) if r == rate}


def test_goods_in_a_which_clause_paying_the_rate_are_the_story_partners():
    body = ("Canada's trade deficit with the world narrowed in July as exports to the United States rose.\n\n"
            "Aluminum exports, which face a 50% tariff at the American border, sank 31% in July.")
    assert _targets(body, 50.0) == {("CAN", "aluminum")}


def test_goods_still_subject_to_a_levy_after_a_colon_are_the_story_partners():
    body = ("UK exports to the US fell to a three-year low in June.\n\n"
            "Steel and aluminium: still subject to a 25% US levy while talks on a quota continue.")
    assert _targets(body, 25.0) == {("GBR", "steel"), ("GBR", "aluminium")}


def test_imports_paying_a_sector_rate_stay_global():
    body = "Korea's exports to the US fell in June.\n\nSteel imports face a 50 percent tariff."
    assert _targets(body, 50.0) == {(None, "steel")}


def test_goods_named_as_examples_of_sector_tariffs_stay_global():
    body = ("The EU and Mexico received letters from Trump.\n\nBoth letters say the 30% will not apply to goods already "
            "covered by sector-specific tariffs, such as cars, which pay 25%, and steel and aluminium, which pay 50%.")
    assert {t for t, _ in _targets(body, 50.0)} == {None}


def test_a_measures_own_object_is_no_paying_subject():
    body = ("Korea's exports to the US fell in June.\n\n"
            "The levy on flat steel products will be charged at 12% in the first year.")
    assert {t for t, _ in _targets(body, 12.0)} <= {None}
