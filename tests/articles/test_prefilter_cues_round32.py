"""Round 32 (branch xprefilter32): the "cue search, then the lazy subject search" pairs on one helper.

Readers with a lazy subject or head ("(?P<subj>[^;:%]{2,200}?)\\s+... exempt from the 30%") searched a rare cue first
(the verb or tail every match holds) and ran the slow pattern only where the cue was found, each written by hand at
every call site.  `prefilter.behind_cue(pattern, cue)` does it once: the pattern's own results, the engine run only
where the cue is found in the same s[pos:endpos].  These tests hold every such pair of the package to the promise
(each match holds its cue: the gated search gives what the bare pattern gives, on stories with and without the cue),
and the readings behind them still give their facts (and none where no cue stands).
"""
from __future__ import annotations

import re
import sys
from datetime import date

import pytest
from inline import tariff_tuples

from tariffscope.articles import people, prefilter, products, tariffs

PUB = date(2025, 9, 1)

STORIES = [
    "Switzerland faces a 39% tariff on its goods. Copper, pharmaceuticals and gold are exempt from the 39% tariff.",
    "Brazil faces a 50% tariff on its goods. Orange juice and aircraft will no longer pay the 50% tariff.",
    "The White House spared orange juice and aircraft from the 40% tariff on Brazil.",
    "Pharmaceuticals, the country's largest export, were exempt from the 39% rate on Swiss goods.",
    "The exemptions include pharmaceuticals, gold and coffee. The exempted products are semiconductors and phones.",
    "Graphite from China could face a 93.5% duty. Steel and aluminium tariffs rose, and canola oil faces 100%.",
    "Guy Parmelin, who heads Switzerland's Department of Economic Affairs, said talks go on.",
    "Exports fell 3% in August. Analysts expect a rebound, and no goods were named.",
]


def _cued_patterns():
    """Every behind_cue pattern of the readers' modules, by name."""
    for mod in (tariffs, products, people):
        for name, value in vars(mod).items():
            if isinstance(value, prefilter.Cued):
                yield f"{mod.__name__.rsplit('.', 1)[-1]}.{name}", value


def test_the_pairs_are_on_the_helper():
    names = {name for name, _ in _cued_patterns()}
    assert {"tariffs._LISTED_BEFORE", "tariffs._NOT_PAYING_BEFORE", "tariffs._SPARED_FROM",
            "tariffs._INTERRUPTED_BEFORE_RATE", "tariffs._EXEMPTION_LIST", "products._SUBJECT",
            "people._NAME_WHO"} <= names


@pytest.mark.parametrize("name, cued", list(_cued_patterns()))
def test_a_cued_pattern_finds_what_the_bare_pattern_finds(name, cued):
    for story in STORIES:
        for pos in range(0, len(story), 7):
            for endpos in (len(story), sys.maxsize, pos + 60, pos + 160):
                bare = cued.pattern.search(story, pos, endpos)
                got = cued.search(story, pos, endpos)
                assert (got and got.span()) == (bare and bare.span()), (name, story, pos, endpos)
        assert [m.span() for m in cued.finditer(story)] == [m.span() for m in cued.pattern.finditer(story)]
        assert bool(cued.match(story.strip())) == bool(cued.pattern.match(story.strip()))


def test_no_cue_no_engine_run():
    calls = []

    class Spy:
        def search(self, *a):
            calls.append(a)
            return None

    gated = prefilter.Cued(Spy(), re.compile("exempt"))
    assert gated.search("Coffee pays the 50% tariff.") is None and calls == []
    gated.search("Coffee is exempt from the 50% tariff.")
    assert len(calls) == 1


def test_the_readings_behind_the_cues_keep_their_facts(rules_only):
    got = tariff_tuples(STORIES[0], PUB)
    assert {("USA", "CHE", g, 39.0, "lifted") for g in ("copper", "pharmaceuticals", "gold")} <= got
    got = tariff_tuples(STORIES[1], PUB)
    assert {("USA", "BRA", g, 50.0, "lifted") for g in ("orange juice", "aircraft")} <= got
    got = tariff_tuples(STORIES[2], PUB)
    assert {("USA", "BRA", g, 40.0, "lifted") for g in ("orange juice", "aircraft")} <= got


def test_goods_that_pay_the_rate_are_not_left_out(rules_only):
    got = tariff_tuples("Brazil faces a 50% tariff on its goods. Orange juice and aircraft pay the 50% tariff too.", PUB)
    assert not any(t[4] == "lifted" for t in got)
