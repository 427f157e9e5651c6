"""Round 26b (branch xquota26b): a pause of part of a rate's goods is no pause of the rate.

Round 26's xquota26 read "put off" as a pause cue; on its fresh batch a president "put off for a month the 25% tariffs
on many Canadian imports" (the goods spared named in another sentence) and the all-goods 25% came out `paused`, where
LABELING.md (round 25b: a rate "scaled back for many products" with no goods named keeps its fact `in_force`, product
null) keeps it `in_force`.  A pause whose object is the rate on a quantified, unnamed part of its goods ("on many / some
/ certain ... imports") leaves the rate's own status; a pause of the rate itself, or of goods a qualifying clause names
("products covered by the T-MEC": the dev labels keep those `paused`), stays `paused`.
"""
from __future__ import annotations

from datetime import date

from inline import rate_statuses, tariff_tuples

PUB = date(2025, 3, 7)


def test_a_pause_on_many_of_the_goods_keeps_the_rate_in_force(rules_only):
    # the fresh-batch form in other words: another country, another rate; the spared goods named in the next sentence
    body = ("Japan on Thursday put off for six weeks the 18% duties on many South Korean imports, after a call between "
            "the two leaders. Steel coils and machine parts that meet the rules of their trade pact will not pay them "
            "until April 20.")
    got = rate_statuses(body, PUB)
    assert (18.0, "in_force") in got and (18.0, "paused") not in got


def test_a_delay_for_some_goods_keeps_the_rate_in_force(rules_only):
    body = "Brazil delayed by a month its 12 percent tariff on some American goods, officials said on Friday."
    got = rate_statuses(body, PUB)
    assert (12.0, "in_force") in got and (12.0, "paused") not in got


def test_a_rate_suspended_on_certain_goods_is_no_pause_of_the_rate(rules_only):
    body = "The 30% levy on certain Chinese imports has been suspended for 90 days while talks continue."
    got = rate_statuses(body, PUB)
    assert (30.0, "paused") not in got


def test_a_pause_of_the_whole_rate_stays_paused(rules_only):
    # guard: no quantifier -- the rate itself is put off
    body = ("Japan on Thursday put off for six weeks the 18% duties on South Korean imports, after a call between the "
            "two leaders.")
    got = rate_statuses(body, PUB)
    assert (18.0, "paused") in got and (18.0, "in_force") not in got


def test_a_pause_of_goods_a_clause_names_stays_paused(rules_only):
    # guard (the dev labels d591, d1080): the goods are named by a qualifying clause, the pause is theirs
    body = ("Trump decided to delay until April 2 the 25% tariffs on Mexican products covered by the USMCA, after a "
            "telephone call with President Claudia Sheinbaum.")
    got = {(t[3], t[4]) for t in tariff_tuples(body, PUB)}
    assert (25.0, "paused") in got


# The reverse, read on dev (d115, d143, d392, d1320, d1359: six writer batches): a pause noun before a rate whose own verb
# says it goes on applying is the other rates' pause -- the rate is `in_force`.

def test_a_rate_that_stays_in_place_under_the_pause_is_in_force(rules_only):
    body = ("Under the reprieve, a flat duty of 12 per cent stays in place for every partner except Vietnam. Even with "
            "the postponement, an 8 percent surcharge on all imports entering Chile remains in force.")
    got = rate_statuses(body, PUB)
    assert {(12.0, "in_force"), (8.0, "in_force")} <= got
    assert (12.0, "paused") not in got and (8.0, "paused") not in got


def test_the_rate_a_suspension_leaves_in_place_is_in_force(rules_only):
    body = ("In April Washington set a 32 percent tariff on Thai goods, which it suspended for 90 days a week later, "
            "leaving a 10 percent baseline duty in place while negotiators talked.")
    got = rate_statuses(body, PUB)
    assert (10.0, "in_force") in got and (10.0, "paused") not in got
    assert (32.0, "paused") in got          # guard: the suspended rate keeps its pause


def test_a_rate_that_remains_on_hold_stays_paused(rules_only):
    # guard: "remains on hold" is the pause going on, not the rate applying
    body = "The 25% tariff on Canadian goods has been suspended and remains on hold until April."
    got = rate_statuses(body, PUB)
    assert (25.0, "paused") in got and (25.0, "in_force") not in got
