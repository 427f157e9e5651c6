"""Round 34 (xremedy34): a trade-remedy company rate in a case on goods from the EU targets the EU.

LABELING.md (the lead's round-34 ruling) reads round 9's "company-specific margins: target = the company's country"
as EUU in an anti-dumping or anti-subsidy case on EU goods, also where the text names the firm's member state ("French
cognac maker Hennessy will pay 34.9%", "Denmark's Danish Crown was given 18.6 per cent"; dev d130, d139, d214, d468,
d1545).  The case is the EU's when the story's headline or lede names the bloc; a case on one member's goods alone
keeps that member (d1515), and so does another country's rate on a member's goods told beside the case."""
from __future__ import annotations

from inline import tariff_tuples


def _targets(body: str, rate: float) -> set:
    return {t[1] for t in tariff_tuples(body) if t[3] == rate}


def test_a_member_firms_rate_in_an_eu_case_targets_the_eu():
    body = ("China to collect anti-dumping duties on European Union brandy. China will collect anti-dumping duties of "
            "up to 34.9% on brandy from the European Union from Saturday. French cognac maker Hennessy will pay a duty "
            "of 34.9%, while Martell's brandy faces a duty of 27.7%.")
    assert _targets(body, 34.9) == {"EUU"}
    assert _targets(body, 27.7) == {"EUU"}


def test_a_member_named_as_the_firms_country_gives_way_to_the_eu():
    body = ("China sets pork duties. China's commerce ministry set anti-dumping duties on pork from the European Union "
            "on Tuesday. Danish Crown of Denmark will pay a duty of 18.6% on its pork.")
    assert _targets(body, 18.6) == {"EUU"}


def test_a_case_on_one_members_goods_keeps_the_member():
    body = ("US sets dumping duties on German steel blocks. The Commerce Department set anti-dumping duties on forged "
            "steel fluid end blocks from Germany. German producer BGH faces a duty of 11.92% on its forged steel fluid "
            "end blocks.")
    assert _targets(body, 11.92) == {"DEU"}


def test_another_countrys_rate_on_a_members_goods_keeps_the_member():
    body = ("China to collect anti-dumping duties on European Union brandy. China will collect anti-dumping duties of "
            "up to 34.9% on brandy from the European Union from Saturday. French cognac maker Hennessy will pay a duty "
            "of 34.9%. The dispute comes as French wine already faces a 15% US tariff.")
    assert _targets(body, 34.9) == {"EUU"}
    assert _targets(body, 15.0) == {"FRA"}
