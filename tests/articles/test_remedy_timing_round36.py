"""Round 36 (xremedytiming36): a trade-remedy rate's status follows the collection timing its story tells.

LABELING.md (the lead's round-36 ruling): collected now -> `in_force`; only once published, after an order, a vote or
an injury finding -> `announced`.  Writers often tell that timing in a sentence of its own with no rate ("Importers
will have to post cash deposits at these rates once the preliminary determinations are published in the Federal
Register": dev d1537, d1544, d1552, d2482), after rates whose own sentence says only "assigned" or "set".  The timing
reaches the case's rates whose own sentence tells none, not the other side's measure told as background."""
from __future__ import annotations

from inline import tariff_tuples


def _statuses(body: str, rate: float) -> set:
    return {t[4] for t in tariff_tuples(body) if t[3] == rate}


def test_a_rate_collected_only_once_published_is_announced():
    body = ("Commerce sets preliminary subsidy duties on Indian solar cells. The US Department of Commerce said on "
            "Tuesday that solar cells from India are assigned a preliminary countervailing duty of 125.87%. Importers "
            "will have to post cash deposits at these rates once the preliminary determinations are published in the "
            "Federal Register.")
    assert _statuses(body, 125.87) == {"announced"}


def test_a_rate_whose_own_clause_says_it_is_paid_already_keeps_in_force():
    body = ("Commerce sets preliminary subsidy duties on Indian solar cells. The US Department of Commerce set a "
            "preliminary countervailing duty of 125.87% on solar cells from India. Indian cells already pay an "
            "anti-dumping duty of 20% in force since 2023. Importers will have to post cash deposits at the new rate "
            "once the preliminary determination is published in the Federal Register.")
    assert _statuses(body, 20.0) == {"in_force"}


def test_the_other_sides_measure_keeps_its_status():
    body = ("China sets preliminary anti-dumping duties on EU pork. China's commerce ministry has set preliminary "
            "anti-dumping duties of up to 62.4% on pork from the European Union. The EU charges countervailing duties "
            "of up to 35.3% on Chinese electric vehicles. Importers will have to post deposits once the ruling is "
            "published in the official gazette.")
    assert _statuses(body, 62.4) == {"announced"}
    assert _statuses(body, 35.3) == {"in_force"}
