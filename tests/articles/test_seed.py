"""The bundled seed article: the facts issue 3 names."""
from __future__ import annotations

from pathlib import Path

import polars as pl
import pytest

from tariffscope.articles import article_frames, extract_facts, read_article

SEED = Path(__file__).resolve().parents[2] / "data" / "articles" / "carney-sheinbaum-mexico-city.txt"


@pytest.fixture(scope="module")
def seed():
    art = read_article(SEED)
    return art, extract_facts(art)


def test_tariffs(seed):
    _, facts = seed
    got = {(t["imposer"], t["target"], t["product"], t["rate_pct"]) for t in facts["tariffs"]}
    assert got == {("USA", "CAN", "steel", 50.0), ("USA", "MEX", "pharmaceuticals", 25.0), ("USA", "MEX", None, 25.0)}
    steel = next(t for t in facts["tariffs"] if t["product"] == "steel")
    assert steel["status"] == "in_force"
    fentanyl = next(t for t in facts["tariffs"] if t["product"] is None)
    assert "fentanyl" in fentanyl["sentence"]


def test_trade_values(seed):
    _, facts = seed
    got = {(tuple(sorted(v["parties"])), v["year"], v["value"], v["currency"], v["kind"]) for v in facts["trade_values"]}
    assert got == {(("CAN", "MEX"), 2024, 40.5e9, "USD", "total_trade"), (("CAN", "USA"), 2024, 924.4e9, "USD", "total_trade")}


def test_quotes(seed):
    _, facts = seed
    got = [(q["speaker"], q["text"][:25]) for q in facts["quotes"]]
    assert got == [
        ("Claudia Sheinbaum", "mutual respect"),
        ("Claudia Sheinbaum", "Mexico and Canada will co"),
        ("Mark Carney", "economic envy of the worl"),
        ("Mark Carney", "I have full confidence, a"),
        ("Mark Carney", "We will move forward toge"),
        ("Donald Trump", "51st state"),
        ("Claudia Sheinbaum", "There will be no invasion"),
    ]


def test_people_and_countries(seed):
    _, facts = seed
    people = {p["name"]: (p["role"], p["country"]) for p in facts["people"]}
    assert people["Mark Carney"] == ("Prime Minister", "CAN")
    assert people["Claudia Sheinbaum"] == ("President", "MEX")
    assert people["Donald Trump"] == ("President", "USA")
    assert facts["countries"] == ["CAN", "MEX", "USA"]


def test_spans_point_into_body(seed):
    art, facts = seed
    for t in facts["tariffs"] + facts["trade_values"]:
        assert art.body[t["span"][0]:t["span"][1]] == t["sentence"]
    for q in facts["quotes"]:
        assert art.body[q["span"][0]:q["span"][1]] == q["text"]


def test_body_normalized(seed):
    art, _ = seed
    assert "Read More" not in art.body
    assert "![]()" not in art.body
    assert art.title is None and art.published is None
    assert art.n_paragraphs == 12


def test_frames(seed):
    art, facts = seed
    frames = article_frames(art, facts)
    assert frames["article"]["article_id"].to_list() == [art.sha256]
    assert frames["article_tariff_claim"].height == 3
    assert frames["article_trade_claim"]["year"].dtype == pl.Int16
    assert frames["article_quote"].height == 7
