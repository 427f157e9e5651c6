"""The issue's examples as tiny articles, ingested through the real pipeline into a copy of the bundled warehouse."""

from __future__ import annotations

import shutil

import duckdb
import pytest

from tariffscope import pipeline

ARTICLES = {
    "euro.txt": """---
title: Euro figures
published: 2025-03-01
---
German exports to France were worth 120 billion euros in 2024, the statistics office said.

Canada exported $412 billion of goods to the United States in 2024.
""",
    "steel.txt": """---
title: Counter-tariffs
published: 2025-03-04
---
Canada imposed a 25% tariff on steel from the United States in retaliation, Prime Minister Justin Trudeau said.

The United States imposed a 25% tariff on all goods from Mexico on Tuesday.
""",
}


@pytest.fixture(scope="module")
def checked(bundled_warehouse, tmp_path_factory):
    folder = tmp_path_factory.mktemp("e2e")
    warehouse = folder / "w.duckdb"
    shutil.copy(bundled_warehouse, warehouse)
    for name, text in ARTICLES.items():
        (folder / name).write_text(text, encoding="utf-8")
        assert pipeline.ingest_file("articles", folder / name, warehouse).status == "loaded"
    con = duckdb.connect(str(warehouse), read_only=True)
    rows = con.execute("select a.source_file, c.claim, c.verdict, c.reason, c.evidence, c.explanation "
                       "from claim_check c join article a using (article_id) where a.source_file not like '%carney%'").fetchall()
    con.close()
    return {(src.rsplit("/", 1)[-1], claim.split(" ")[0] + " " + claim.split(" ")[2]): (v, r, e, x)
            for src, claim, v, r, e, x in rows}


def test_euro_figure_is_never_compared_as_dollars(checked):
    # the extractor reads "billion euros" as EUR; converted at the 2024 rate there is no DEU-FRA figure in the
    # bundled data, so the claim stays unverified (never "supported" against a dollar figure)
    verdict, reason, evidence, explanation = checked[("euro.txt", "DEU FRA")]
    assert (verdict, reason, evidence) == ("unverified", "no_data", None)
    assert "US$" not in (explanation or "") or "EUR" in explanation


def test_canada_exports_name_the_mirror_flow(checked):
    verdict, reason, evidence, _ = checked[("euro.txt", "CAN USA")]
    assert (verdict, reason) == ("supported", "match")
    assert evidence == "USA-reported imports from CAN (mirror of CAN exports), US Census 2024: US$411.89B"


def test_counter_tariff_nine_days_early_is_announced_not_missing(checked):
    verdict, reason, evidence, explanation = checked[("steel.txt", "CAN USA")]
    assert (verdict, reason) == ("supported", "measure_later")
    assert "in force from 2025-03-13" in explanation and "Canadian counter-tariffs on steel" in evidence


def test_all_goods_25_on_mexico_on_the_first_day(checked):
    verdict, reason, evidence, _ = checked[("steel.txt", "USA MEX")]
    assert (verdict, reason) == ("supported", "match") and "2025-03-04 to 2025-03-06" in evidence
