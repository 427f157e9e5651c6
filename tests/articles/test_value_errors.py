"""The trade-value error anatomy (value_errors.py) and corpus_eval's --ids range, on inline articles."""
from __future__ import annotations

import corpus_eval as ce
from value_errors import anatomy


def _fact(parties, year, value, currency="USD", kind="exports", sentence="Exports to the US rose to $42.1 billion."):
    return {"parties": parties, "year": year, "value": value, "currency": currency, "kind": kind, "sentence": sentence}


def test_anatomy_names_the_wrong_field_and_the_never_candidate_label():
    art = {"name": "d001-x.md", "published": "2025-06-20", "main": "CAN",
           "got": [_fact(["CAN"], 2025, 42.1e9), _fact(["CAN", "USA"], 2025, 7e9, sentence="Revenue from duties hit $7 billion.")],
           "want": [_fact(["CAN", "USA"], 2025, 42.1e9), _fact(["CAN", "USA"], 2024, 3e9)],
           "cands": [{"value": 42100.0, "currency": "USD", "reason": "fact", "sentence": "Exports to the US rose to $42.1 billion.",
                      "start": 26, "end": 39},
                     {"value": 7000.0, "currency": "USD", "reason": "fact", "sentence": "Revenue from duties hit $7 billion.",
                      "start": 24, "end": 34}]}
    res = anatomy([art])
    assert res["per_article"] == [("d001-x.md", 2, 0, 2, 2)]
    assert res["fn_cause"] == {"reported": 1, "never_candidate": 1}
    assert res["fn_fields"] == {"parties": 1}
    assert res["fn_how"] == {"parties 1->2 (reporter kept)": 1}
    assert res["fp_kind"] == {"same_amount_as_label": 1, "amount_not_labelled": 1}
    assert res["fp_context"] == {"public_money": 1}


def test_ids_range_selects_articles_by_number():
    assert ce.in_ids("d199-x.md", "d199-d234") and ce.in_ids("d234-y.txt", "d199-d234")
    assert not ce.in_ids("d198-z.md", "d199-d234") and ce.in_ids("d001-a.md", None)


def test_anatomy_counts_each_cause_in_writer_batches():
    """The same wrong field in two articles of one batch is one batch; a third article in another batch makes two."""
    def art(name):
        return {"name": name, "published": "2025-06-20", "main": "CAN", "cands": [],
                "got": [_fact(["CAN"], 2025, 42.1e9)], "want": [_fact(["CAN", "USA"], 2025, 42.1e9)]}

    res = anatomy([art("d001-a.md"), art("d002-b.md"), art("d030-c.md")])   # INDEX-d001-d028 twice, INDEX-d029-d056
    assert res["fn_how"] == {"parties 1->2 (reporter kept)": 3}
    assert res["batches"]["fnh:parties 1->2 (reporter kept)"] == 2
    assert res["batches"]["fnf:parties"] == 2 and res["batches"]["fpf:parties"] == 2


def test_anatomy_flags_the_story_country_against_the_reporter_trade_values_read():
    """Round 32: "reporter wrong" is taken against `Context.reporter` (the story's country trade values use), not the
    main country of the tariff context; a cache without a reporter falls back to the main country."""
    def art(**story):
        return {"name": "d001-a.md", "published": "2025-06-20", "cands": [], **story,
                "got": [_fact(["CAN", "MEX"], 2025, 4.0e9)], "want": [_fact(["USA", "MEX"], 2025, 4.0e9)]}

    assert anatomy([art(main="MEX", reporter="USA")])["fn_how"] == {"parties 2->2 other (reporter wrong)": 1}
    assert anatomy([art(main="MEX", reporter="MEX")])["fn_how"] == {"parties 2->2 other": 1}
    assert anatomy([art(main="CAN")])["fn_how"] == {"parties 2->2 other (reporter wrong)": 1}
