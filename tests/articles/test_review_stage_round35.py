"""Round 35 (xremedystage35): the rates of a trade-remedy review's preliminary results are `announced`.

LABELING.md round 23c: "the preliminary results of an administrative review are `announced`" -- they become cash
deposits only with the final results (dev d1014, d1539, d2490, three writer batches).  The stage is told once, in the
headline or lede ("Commerce has issued preliminary results in its administrative review"); a rate's own sentence often
says only "puts" or "faces".  A story whose lede tells final results keeps its rates' own statuses, and a rate the
clause says is paid now (the order's current rate) stays in force."""
from __future__ import annotations

from inline import tariff_tuples


def _statuses(body: str, rate: float) -> set:
    return {t[4] for t in tariff_tuples(body) if t[3] == rate}


def test_a_rate_in_a_reviews_preliminary_results_is_announced():
    body = ("US review raises duty on Argentine honey. The US Department of Commerce has released the preliminary "
            "results of its administrative review of the anti-dumping duties on raw honey from Argentina. The review "
            "puts a 58.34% duty on most Argentine honey.")
    assert _statuses(body, 58.34) == {"announced"}


def test_a_rate_paid_now_in_such_a_story_stays_in_force():
    body = ("US sets lower preliminary dumping rates on Vietnamese honey in review. The US Department of Commerce has "
            "issued preliminary results in its administrative review of the anti-dumping duty order on raw honey from "
            "Vietnam. Vietnamese exporters currently pay a duty of 60.03% on raw honey.")
    assert _statuses(body, 60.03) == {"in_force"}


def test_a_final_results_story_is_not_read_as_preliminary():
    body = ("US sets final duties on Canadian softwood lumber. The Commerce Department has issued the final results "
            "of its administrative review, consistent with the preliminary results it released in April. Canadian "
            "producers now pay a combined duty of 35.19% on softwood lumber.")
    assert "announced" not in _statuses(body, 35.19)
