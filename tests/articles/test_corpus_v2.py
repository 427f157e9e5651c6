"""CI gate on the frozen, blind test split of corpus_v2 (issue 11): F1 per fact kind, not in-sample.

The coordinator sets the thresholds from the measurement; they start at 0.0.  Run the same numbers with
`.venv/bin/python -m tests.articles.corpus_eval --split test`.
"""
from __future__ import annotations

import json

import pytest

from corpus_eval import KINDS, evaluate, split_files

# F1 each fact kind must reach on corpus_v2/test (the only place the thresholds live)
TEST_F1_THRESHOLDS = {"tariffs": 0.0, "trade_values": 0.0, "quotes": 0.0, "people": 0.0}


def test_thresholds_name_every_kind():
    assert set(TEST_F1_THRESHOLDS) == set(KINDS)


def test_frozen_test_split_f1(capsys):
    if not split_files("test"):
        pytest.skip("corpus_v2/test has no labelled articles in this checkout")
    res = evaluate("test")
    with capsys.disabled():
        print("\ncorpus_v2 test scores:", json.dumps(res["pooled"]))
    for kind, floor in TEST_F1_THRESHOLDS.items():
        assert (res["pooled"][kind]["f1"] or 0.0) >= floor, (kind, res["pooled"])
