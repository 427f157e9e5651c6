"""corpus_eval's --ordered-parties view (round 45): a trade value's parties matched in order, the flow's direction as
claim_check reads it; the default (LABELING.md scoring, the gate) matches them as a set."""
from __future__ import annotations

import corpus_eval

KOREA_TO_CHINA = {"parties": ["KOR", "CHN"], "year": 2025, "value": 11.5e9, "currency": "USD", "kind": "exports"}
CHINA_TO_KOREA = {**KOREA_TO_CHINA, "parties": ["CHN", "KOR"]}


def test_the_set_view_matches_a_reversed_flow(monkeypatch):
    monkeypatch.setattr(corpus_eval, "ORDERED_PARTIES", False)
    assert corpus_eval.key("trade_values", KOREA_TO_CHINA) == corpus_eval.key("trade_values", CHINA_TO_KOREA)


def test_the_ordered_view_tells_the_directions_apart(monkeypatch):
    monkeypatch.setattr(corpus_eval, "ORDERED_PARTIES", True)
    assert corpus_eval.key("trade_values", KOREA_TO_CHINA) != corpus_eval.key("trade_values", CHINA_TO_KOREA)
    assert corpus_eval.key("trade_values", KOREA_TO_CHINA) == corpus_eval.key("trade_values", dict(KOREA_TO_CHINA))


def test_tariffs_keep_their_key_in_either_view(monkeypatch):
    monkeypatch.setattr(corpus_eval, "ORDERED_PARTIES", False)
    rate = {"imposer": "USA", "target": "KOR", "product": "steel", "rate_pct": 25.0, "status": "in_force"}
    before = corpus_eval.key("tariffs", rate)
    monkeypatch.setattr(corpus_eval, "ORDERED_PARTIES", True)
    assert corpus_eval.key("tariffs", rate) == before
