"""Property-based: random text never raises and every span slices to its sentence / quote."""
from __future__ import annotations

import hashlib

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tariffscope.articles import article_frames, extract_facts
from tariffscope.articles.read import Article
from tariffscope.articles.text import normalize_body, paragraph_spans

WORDS = [
    "Canada", "U.S.", "Mexico", "China", "Trump", "Carney", "Sheinbaum", "Ottawa", "Washington", "Canadian",
    "American", "tariff", "tariffs", "counter-tariffs", "duty", "on", "of", "from", "to", "steel", "aluminum",
    "goods", "imports", "exports", "trade", "deficit", "25%", "35 per cent", "50 percent", "from 25% to 35%",
    "$40.5 billion", "C$30 billion", "US$1.2 trillion", "$20.80", "in 2024", "last year", "said", "he", "she",
    "said.", "“", "”", '"', ",", ".", ";", "—", "imposed", "will", "threatened", "paused", "lifted", "Mr.", "Jan.",
    "President", "Prime Minister", "Mark Carney", "Claudia Sheinbaum", "\n", "\n\n", "![]()", "Read More", "\u00a0",
]

text_strategy = st.one_of(
    st.text(max_size=400),
    st.lists(st.sampled_from(WORDS), max_size=120).map(" ".join),
)


def _article(raw: str) -> Article:
    body = normalize_body(raw)
    return Article(None, None, None, body, "prop.txt", hashlib.sha256(body.encode()).hexdigest(),
                   len(paragraph_spans(body)))


@settings(max_examples=500, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text_strategy)
def test_random_text_never_raises_and_spans_point_at_text(raw):
    art = _article(raw)
    facts = extract_facts(art)
    body = art.body
    for f in facts["tariffs"] + facts["trade_values"]:
        s, e = f["span"]
        assert 0 <= s <= e <= len(body) and body[s:e] == f["sentence"]
    for q in facts["quotes"]:
        s, e = q["span"]
        assert body[s:e] == q["text"]
    for t in facts["tariffs"]:
        assert t["status"] in {"in_force", "announced", "threatened", "paused", "lifted"}
        assert t["rate_pct"] > 0
    for v in facts["trade_values"]:
        assert v["kind"] in {"total_trade", "exports", "imports", "trade_deficit", "trade_surplus",
                             "countermeasure_coverage", "other"}
    frames = article_frames(art, facts)
    assert frames["article_tariff_claim"].height == len(facts["tariffs"])


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=300))
def test_normalize_is_idempotent(raw):
    once = normalize_body(raw)
    assert normalize_body(once) == once
