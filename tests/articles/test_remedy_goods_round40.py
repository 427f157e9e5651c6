"""Round 40 (xremedygoods40): a trade-remedy case names its goods once, in its lede, and its company and country rates
further down name none ("Hennessy will pay a duty of 34.9%").  `tariffs._story_goods` gives those rates the case's
goods; it now also reads them where the lede names the case by its own noun ("its anti-dumping case against European
brandy", "its anti-dumping investigation into imports of halogenated butyl rubber", "its antidumping duty
administrative review of frozen warmwater shrimp") and where the lede's remedy word stands before its rates rather
than its duties ("countervailing and antidumping rates").  A remedy word that names no case ("its antidumping
regime") gives no goods to another measure's rate told in the story.  The stories run the rules alone.
"""
from __future__ import annotations

from inline import rate_products as products


def test_a_case_against_the_goods_gives_them_to_a_company_rate(rules_only):
    body = ("China penalises EU brandy\n\nChina's Ministry of Commerce has closed its anti-dumping case against "
            "European brandy with a final duty.\n\nHennessy and other producers that did not sign price undertakings "
            "will pay a duty of 34.9%.")
    assert products(body) == {("brandy", 34.9)}


def test_an_investigation_into_imports_of_the_goods(rules_only):
    body = ("China extends probe\n\nChina's Ministry of Commerce has given itself more time to finish its anti-dumping "
            "investigation into imports of halogenated butyl rubber from Canada and Japan.\n\nIn August it set "
            "preliminary deposits of 13.8% for Japanese exporters, the ministry said.")
    assert products(body) == {("halogenated butyl rubber", 13.8)}


def test_a_remedy_word_that_names_no_case_gives_no_goods(rules_only):
    body = ("Australia to toughen antidumping regime for steel and aluminum as US tariffs bite\n\nAustralia will give "
            "its Anti-Dumping Commission more powers, the minister said.\n\nMost Australian goods now face the 10% US "
            "baseline tariff.")
    assert products(body) == {(None, 10.0)}
