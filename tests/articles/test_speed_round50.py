"""Round 50 (xspeed50): speed with the facts unchanged. A capitalised word (people._CAP) now matches one way only, so a
name that fails at the next token no longer backtracks through every split of every word; the "steel tariffs" reading
(tariffs._GOODS_MEASURE) is tried only where a match can be leftmost; a warehouse frame is built from typed Series.
Each must give what the old form gave: the same matches (spans and groups), the same frames, the same errors.
"""
from __future__ import annotations

import re

import polars as pl
import pytest

from tariffscope.articles import frames, people, tariffs
from tariffscope.articles.people import PeopleIndex
from tariffscope.columns import polars_schema

# the round-49 form of people._CAP: a capital, word characters, a lower-case letter somewhere after it
_OLD_CAP = rf"[{people._UP}][\w’'\-]*[{people._LOW}][\w’'\-]*"
_NAME_TEXTS = [
    "Finance Minister François-Philippe Champagne, who announced the budget, said the levy would stay.",
    "Mark Carney, Canada's prime minister, said. Matthew Holmes, executive vice president of the Canadian Chamber of "
    "Commerce, warned.",
    "Nitin Awasthi of InCred Equities expects more. McDONALD O'Neill-Smith, a partner at the law firm Wiley Rein, "
    "said. USA TODAY, IBM and iPhone; Ursula von der Leyen said. Żaneta Ołówek-Łuk, director of the ŁÓDŹ office of "
    "the bank, spoke.",
    "Luiz Inácio Lula da Silva, a former union leader, who spoke on Monday; Ferdinand Marcos Jr., the president of "
    "the Philippines, said. V.K. Vijayakumar, chief strategist at Geojit, said.",
]


def _matches(rx: re.Pattern, text: str) -> list:
    return [(m.span(), m.groupdict() or m.groups()) for m in rx.finditer(text)]


def test_capitalised_word_matches_as_before():
    for text in _NAME_TEXTS + [t.upper() for t in _NAME_TEXTS] + [t.lower() for t in _NAME_TEXTS]:
        assert _matches(re.compile(people._CAP), text) == _matches(re.compile(_OLD_CAP), text)
        for name in ("_NAME_APPOS_ROLE", "_NAME_OF_ORG_VERB", "_TITLE_NAME", "_ROLE_COMMA_NAME", "_NAME_BEFORE"):
            new = getattr(people, name)
            old = re.compile(new.pattern.replace(people._CAP, _OLD_CAP), new.flags)
            assert old.pattern != new.pattern
            assert _matches(new, text) == _matches(old, text), (name, text)


def test_appositive_names_still_read():
    names = {p.name for p in PeopleIndex(" ".join(_NAME_TEXTS[:2])).people}
    assert {"François-Philippe Champagne", "Mark Carney", "Matthew Holmes"} <= names
    # a firm in apposition is no person
    assert not PeopleIndex("Rio Tinto, the largest aluminium producer, said prices rose.").people


_GOODS_TEXTS = [
    "Trump imposed steel tariffs and then aluminum duties on Canada.",
    "The tariff-free quota and duty-free access; anti-dumping duties on pork. tariffs tariffs-related levies",
    "EU pork duties, x-ray duties, _under_score levies and 2025 tariffs; -- duties",
]


def test_goods_measure_matches_as_finditer():
    for text in _GOODS_TEXTS + [t.upper() for t in _GOODS_TEXTS]:
        got = [(m.span(), m.groups()) for m in tariffs._goods_measure_matches(text)]
        assert got == [(m.span(), m.groups()) for m in tariffs._GOODS_MEASURE.finditer(text)], text
    assert tariffs.rate_free_measure_goods("Trump imposed steel tariffs on Canada last year.") == ["steel"]


def test_frame_as_built_from_a_dict():
    rows = [{"article_id": "a", "position": 0, "imposer_iso3": "USA", "target_iso3": None, "product": "steel",
             "rate_pct": 25, "status": "in_force", "sentence": "s", "span_start": 1, "span_end": 9},
            {"article_id": "a", "position": 1, "rate_pct": 2.5, "span_start": 3, "span_end": 4}]
    schema = polars_schema("article_tariff_claim")
    old = pl.DataFrame({c: [r.get(c) for r in rows] for c in schema}, schema=schema)
    new = frames._frame("article_tariff_claim", rows)
    assert new.schema == old.schema and new.equals(old)
    empty = frames._frame("article_quote", [])
    assert empty.schema == pl.DataFrame({c: [] for c in polars_schema("article_quote")},
                                        schema=polars_schema("article_quote")).schema and empty.height == 0
    with pytest.raises(TypeError):          # strict, as the dict path: a fraction in an integer column
        frames._frame("article_tariff_claim", [{**rows[0], "span_start": 1.5}])
