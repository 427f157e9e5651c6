"""The verdict table: claims written as fact rows into a copy of the bundled warehouse, each with the verdict,
reason and evidence figure claim_check must give. Figures are the bundled real ones (US Census, Statistics
Canada, Mexico SE, Banxico, the 2025 tariff measures) and the annual FX rates in data/reference/fx_annual.csv."""

from __future__ import annotations

import shutil
from dataclasses import dataclass

import duckdb
import pytest

B = 1e9
REASONS = {"match", "measure_later", "rate_differs", "measure_in_force", "measure_ended", "not_in_force",
           "measure_not_found", "parties_uncertain", "value_differs", "currency_mixup", "currency_unknown",
           "year_unknown", "no_data", "not_comparable", "product_scope"}


@dataclass
class Tariff:
    published: str | None
    imposer: str | None
    target: str | None
    product: str | None
    rate: float
    status: str


@dataclass
class Trade:
    a: str | None
    b: str | None
    year: int | None
    value: float
    currency: str | None
    kind: str
    sentence: str


# (name, claim, verdict, reason, evidence figure: rate in % or US$ billions rounded to 2, text in evidence/explanation)
CASES = [
    # --- tariffs: in force at the article date -----------------------------------------------------------
    ("steel 50 in force", Tariff("2025-09-01", "USA", "CAN", "steel", 50, "in_force"), "supported", "match", 50, "2025-06-04"),
    ("steel 25 in force in May", Tariff("2025-05-01", "USA", "CAN", "steel", 25, "in_force"), "supported", "match", 25, "Proclamation 10896"),
    ("steel 50 before its date", Tariff("2025-05-01", "USA", "CAN", "steel", 50, "in_force"), "supported", "measure_later", 50, "in force from 2025-06-04"),
    ("steel 25 after the doubling", Tariff("2025-07-01", "USA", "CAN", "steel", 25, "in_force"), "contradicted", "rate_differs", 50, "has rate 50.0%"),
    ("Canadian steel counter-tariff, 9 days early", Tariff("2025-03-04", "CAN", "USA", "steel", 25, "in_force"), "supported", "measure_later", 25, "in force from 2025-03-13"),
    ("fentanyl 25 on its 2nd day", Tariff("2025-03-05", "USA", "CAN", None, 25, "in_force"), "supported", "match", 25, "northern-border"),
    ("fentanyl 25 carve-out", Tariff("2025-03-20", "USA", "CAN", None, 25, "in_force"), "supported", "match", 25, "USMCA carve-out"),
    ("fentanyl 25 after the raise to 35", Tariff("2025-09-01", "USA", "CAN", None, 25, "in_force"), "contradicted", "rate_differs", 35, "has rate 35.0%"),
    ("fentanyl 35 in force", Tariff("2025-09-01", "USA", "CAN", None, 35, "in_force"), "supported", "match", 35, "in force from 2025-08-01"),
    ("fentanyl 35 two weeks early", Tariff("2025-07-15", "USA", "CAN", None, 35, "in_force"), "supported", "measure_later", 35, "in force from 2025-08-01"),
    ("lumber 10 in force", Tariff("2025-11-15", "USA", "CAN", "lumber", 10, "in_force"), "supported", "match", 10, "timber & lumber"),
    ("lumber 25 is wrong", Tariff("2025-11-15", "USA", "CAN", "softwood lumber", 25, "in_force"), "contradicted", "rate_differs", 10, "has rate 10.0%"),
    ("undated article: copper 50 ever in force", Tariff(None, "USA", "MEX", "copper", 50, "in_force"), "supported", "match", 50, "Section 232 copper"),
    ("steel 25 in 2018 (2018 measure)", Tariff("2018-09-01", "USA", "CAN", "steel", 25, "in_force"), "supported", "match", 25, "Proclamation 9705"),
    ("steel 25 after the 2019 lift", Tariff("2019-08-01", "USA", "CAN", "steel", 25, "in_force"), "unverified", "measure_ended", 25, "was in force until 2019-05-19"),
    ("pharmaceuticals 25 on Mexico", Tariff("2025-10-01", "USA", "MEX", "pharmaceuticals", 25, "in_force"), "unverified", "measure_not_found", None, "closest: Announced pharmaceutical tariff"),
    ("pharmaceuticals 100 said in force", Tariff("2025-10-01", "USA", "MEX", "pharmaceuticals", 100, "in_force"), "unverified", "not_in_force", 100, "never in force"),
    ("no imposer", Tariff("2025-09-01", None, "CAN", "steel", 50, "in_force"), "unverified", "parties_uncertain", None, "who imposes"),
    ("no such measure", Tariff("2025-09-01", "USA", "CHN", "semiconductors", 20, "in_force"), "unverified", "measure_not_found", None, "no in_force measure"),
    ("global 10% baseline vs a Canada exemption", Tariff("2025-04-07", "USA", None, None, 10, "in_force"), "unverified", "measure_not_found", None, "no in_force measure"),
    ("global 10% baseline vs Canada's announced 10%", Tariff("2025-08-01", "USA", None, None, 10, "announced"), "unverified", "measure_not_found", None, "no announced measure"),
    ("global 50% on copper, backed by the per-country rows", Tariff("2025-09-01", "USA", None, "copper", 50, "in_force"), "supported", "match", 50, "Section 232 copper"),
    # --- tariffs with a status ----------------------------------------------------------------------------
    ("35 announced before its announcement", Tariff("2025-07-15", "USA", "CAN", None, 35, "announced"), "supported", "measure_later", 35, "announced 2025-07-31"),
    ("35 threatened after announcement", Tariff("2025-08-05", "USA", "CAN", None, 35, "threatened"), "supported", "match", 35, "fentanyl"),
    ("Mexico 30 threatened", Tariff("2025-10-01", "USA", "MEX", None, 30, "threatened"), "supported", "match", 30, "never in force"),
    ("Mexico 30 paused", Tariff("2025-10-01", "USA", "MEX", None, 30, "paused"), "supported", "match", 30, "Threatened IEEPA increase"),
    ("threatened 200% on drugs: not a contradiction", Tariff("2025-07-09", "USA", None, "pharmaceutical", 200, "threatened"), "unverified", "measure_not_found", None, "closest: Announced pharmaceutical tariff (Truth Social) at 100.0%"),
    ("Canada 25 paused in February", Tariff("2025-02-05", "USA", "CAN", None, 25, "paused"), "supported", "match", 25, "in force from 2025-03-0"),
    ("Canada 25 'paused' while in force", Tariff("2025-03-20", "USA", "CAN", None, 25, "paused"), "contradicted", "measure_in_force", 25, "was in force on 2025-03-20"),
    ("Canada 10 announced a week later", Tariff("2025-10-20", "USA", "CAN", None, 10, "threatened"), "supported", "measure_later", 10, "announced 2025-10-25; never in force"),
    ("Canada 10 threatened", Tariff("2025-11-01", "USA", "CAN", None, 10, "threatened"), "supported", "match", 10, "Truth Social"),
    ("steel 25 lifted", Tariff("2025-07-01", "USA", "CAN", "steel", 25, "lifted"), "supported", "match", 25, "in force 2025-03-12 to 2025-06-03"),
    ("steel 50 'lifted' while in force", Tariff("2025-07-01", "USA", "CAN", "steel", 50, "lifted"), "contradicted", "measure_in_force", 50, "was in force on 2025-07-01"),
    ("counter-tariffs to be dropped in 10 days", Tariff("2025-08-22", "CAN", "USA", None, 25, "lifted"), "supported", "measure_later", 25, "in force until 2025-08-31: lifted after the article"),
    ("pharma 100 lifted, never in force", Tariff("2025-10-01", "USA", "MEX", "pharmaceuticals", 100, "lifted"), "unverified", "not_in_force", 100, "never in force"),
    # --- trade values: own figure, mirror, currency ----------------------------------------------------------
    ("Canada's exports to the US: the mirror", Trade("CAN", "USA", 2024, 412e9, "USD", "exports", "Canada exported $412 billion to the U.S."),
     "supported", "match", 411.89, "USA-reported imports from CAN (mirror of CAN exports), US Census 2024: US$411.89B"),
    ("US imports from Canada: own figure", Trade("USA", "CAN", 2024, 411.9e9, "USD", "imports", "The U.S. imported $411.9 billion from Canada."),
     "supported", "match", 411.89, "USA-reported imports from CAN, US Census 2024"),
    ("US exports to Mexico", Trade("USA", "MEX", 2024, 334e9, "USD", "exports", "U.S. exports to Mexico were $334 billion."),
     "supported", "match", 334.03, "USA-reported exports to MEX"),
    ("US imports from Mexico in euros", Trade("USA", "MEX", 2024, 467e9, "EUR", "imports", "U.S. imports from Mexico: 467 billion euros."),
     "supported", "match", 505.52, "EUR 467.0B at the 2024 average rate is US$505.47B"),
    ("US imports from Canada in yen", Trade("USA", "CAN", 2024, 62.3e12, "JPY", "imports", "imports worth 62.3 trillion yen"),
     "supported", "match", 411.89, "JPY"),
    ("euros with no currency recorded", Trade("DEU", "FRA", 2024, 120e9, None, "exports", "German exports to France were worth 120 billion euros in 2024."),
     "unverified", "currency_unknown", None, "no currency"),
    ("euros, no German data", Trade("DEU", "FRA", 2024, 120e9, "EUR", "exports", "German exports to France were worth 120 billion euros in 2024."),
     "unverified", "no_data", None, "no official totals for DEU-FRA in 2024"),
    ("a currency with no rate", Trade("USA", "MEX", 2024, 500e12, "ARS", "imports", "500 trillion pesos argentinos"),
     "unverified", "currency_unknown", None, "no ARS rate for 2024"),
    ("euros before the FX table", Trade("USA", "MEX", 2012, 200e9, "EUR", "imports", "200 billion euros in 2012"),
     "unverified", "currency_unknown", None, "no EUR rate for 2012"),
    ("dollars need no rate (2013)", Trade("USA", "CAN", 2013, 633.3e9, "USD", "total_trade", "U.S.-Canada trade was $633.3 billion in 2013."),
     "supported", "match", 633.26, "US Census 2013"),
    ("no year", Trade("USA", "CAN", None, 762e9, "USD", "total_trade", "Trade is worth $762 billion."),
     "unverified", "year_unknown", None, "no year"),
    ("one party", Trade("CAN", None, 2024, 40e9, "USD", "total_trade", "Trade reached $40 billion."),
     "unverified", "parties_uncertain", None, "two different parties"),
    ("countermeasure coverage", Trade("CAN", "USA", 2025, 30e9, "CAD", "countermeasure_coverage", "tariffs on C$30 billion of U.S. goods"),
     "unverified", "not_comparable", None, "not a bilateral trade total"),
    ("C$ figure converted and judged", Trade("CAN", "USA", 2024, 924.4e9, "CAD", "total_trade", "Canada-U.S. trade was C$924.4 billion in 2024."),
     "supported", "match", 761.79, "mirror"),
    ("bare $ far off, CAD not within 5%", Trade("USA", "CAN", 2024, 900e9, "USD", "total_trade", "U.S.-Canada trade of $900 billion in 2024."),
     "contradicted", "value_differs", 761.79, "tolerance 5%"),
    ("bare $ that is C$", Trade("CAN", "USA", 2024, 560e9, "USD", "exports", "Canada exported $560 billion of goods to the U.S."),
     "contradicted", "currency_mixup", 411.89, "likely CAD"),
    ("explicit US$ is not re-read as C$", Trade("CAN", "USA", 2024, 560e9, "USD", "exports", "Canada exported US$560 billion of goods to the U.S."),
     "contradicted", "value_differs", 411.89, "mirror"),
    ("bare $ that is MX$", Trade("MEX", "USA", 2024, 9.2e12, "USD", "exports", "Mexico exported $9.2 trillion to the U.S."),
     "contradicted", "currency_mixup", 505.52, "likely MXN"),
    ("'US $' with a space is explicit", Trade("CAN", "MEX", 2024, 56e9, "USD", "total_trade", "Two-way trade between Canada and Mexico was worth nearly US $56 billion last year."),
     "contradicted", "value_differs", 40.57, "tolerance 5%"),
    ("Mexico's own export figure", Trade("MEX", "USA", 2023, 475.6e9, "USD", "exports", "Mexican exports to the U.S. hit $475.6 billion."),
     "supported", "match", 475.6, "MEX-reported exports to USA, Mexico SE 2023"),
    ("Mexico exports 2024: mirror", Trade("MEX", "USA", 2024, 505e9, "USD", "exports", "Mexico exported $505 billion to the U.S."),
     "supported", "match", 505.52, "USA-reported imports from MEX (mirror of MEX exports)"),
    ("mirror tolerance 15%", Trade("MEX", "USA", 2024, 540e9, "USD", "exports", "Mexico exported $540 billion to the U.S."),
     "supported", "match", 505.52, "CIF/FOB"),
    ("mirror, too far", Trade("MEX", "USA", 2024, 600e9, "USD", "exports", "Mexico exported $600 billion to the U.S."),
     "contradicted", "value_differs", 505.52, "tolerance 15%"),
    ("half the pair's trade: parties uncertain", Trade("CAN", "MEX", 2024, 20e9, "USD", "total_trade", "Trade reached $20 billion."),
     "unverified", "parties_uncertain", 40.57, "likely another pair"),
    # --- a product the sentence names: its HS chapters, never a contradiction against whole chapters ---------
    ("vehicles: HS 87 mirror", Trade("CAN", "USA", 2024, 51e9, "USD", "exports", "Canada sold about $51 billion worth of vehicles to the U.S. last year."),
     "supported", "match", 50.42, "USA-reported imports from CAN of HS 87 (mirror of CAN exports), US Census 2024"),
    ("lumber: HS 44 is broader", Trade("CAN", "USA", 2024, 8.5e9, "USD", "exports", "Canada exported $8.5 billion worth of softwood lumber to the U.S."),
     "unverified", "product_scope", 11.11, "whole HS chapters are broader"),
    ("trucks: HS 87 is broader", Trade("MEX", "USA", 2024, 28e9, "USD", "exports", "Mexico exported some US$28 billion worth of heavy trucks to the United States."),
     "unverified", "product_scope", 136.56, "HS 87"),
    ("steel with no chapter figures", Trade("MEX", "USA", 2024, 6.1e9, "USD", "imports", "Mexico imported US$6.1 billion worth of steel from the United States."),
     "unverified", "product_scope", 334.03, "no figures by chapter"),
    ("a product named beside the total", Trade("CAN", "USA", 2024, 412e9, "USD", "exports", "Canada exported $412 billion of goods, led by vehicles and energy."),
     "supported", "match", 411.89, "USA-reported imports from CAN (mirror"),
    ("US deficit with Mexico", Trade("USA", "MEX", 2024, 171.5e9, "USD", "trade_deficit", "a $171.5 billion deficit"),
     "supported", "match", 171.49, "trade balance with MEX"),
    ("Canada surplus with the US: mirror", Trade("CAN", "USA", 2024, 62e9, "USD", "trade_surplus", "a $62 billion surplus"),
     "supported", "match", 61.98, "mirror of CAN trade surplus"),
    ("US-Mexico trade 2023", Trade("USA", "MEX", 2023, 796.5e9, "USD", "total_trade", "trade of $796.5 billion in 2023"),
     "supported", "match", 796.54, "US Census 2023"),
    ("Banxico 2019", Trade("MEX", "CAN", 2019, 14.3e9, "USD", "exports", "Mexico's exports to Canada were $14.3 billion"),
     "supported", "match", 14.32, "Banxico 2019"),
    ("unranked source still used", Trade("CAN", "MEX", 2023, 6.9e9, "USD", "exports", "Canada exported $6.9 billion to Mexico"),
     "supported", "match", 6.94, "worldtradeflows.com"),
]

STEEL_2018 = {  # Proclamation 9705: 25% on steel; Canada's exemption ended 2018-06-01, lifted by Proclamation 9894
    "measure_id": "test-steel-2018-can", "imposing_iso3": "USA", "target_iso3": "CAN",
    "product_scope": "Steel articles (Canada's exemption expired 2018-06-01; removed from 2019-05-20)",
    "hs_codes": "ch. 72-73", "rate_pct": 25.0, "measure_name": "Section 232 steel (Proclamation 9705)",
    "legal_authority": "Section 232; Proclamation 9705 (2018-03-08), Proclamation 9894 (2019-05-19)",
    "announced_date": "2018-03-08", "effective_date": "2018-06-01", "end_date": "2019-05-19", "usmca_exempt": "no",
    "source": "Federal Register 83 FR 11625; 84 FR 23987", "source_url": None, "hs_chapters": ["72", "73"],
    "all_products": False, "source_file": "tests/claims", "_load_id": "tests-claims",
}


def insert_case(con: duckdb.DuckDBPyConnection, n: int, claim) -> str:
    article_id = f"claims-case-{n:02d}"
    published = getattr(claim, "published", "2025-10-01")
    sentence = getattr(claim, "sentence", "A tariff sentence.")
    con.execute("insert into article (article_id, title, published, source_file, n_paragraphs, body, _load_id) "
                "values (?, ?, ?, 'tests/claims', 1, ?, 'tests-claims')",
                [article_id, f"case {n}", published, sentence])
    if isinstance(claim, Tariff):
        con.execute("insert into article_tariff_claim (article_id, position, imposer_iso3, target_iso3, product, rate_pct, "
                    "status, sentence, span_start, span_end, _load_id) values (?, 0, ?, ?, ?, ?, ?, ?, 0, ?, 'tests-claims')",
                    [article_id, claim.imposer, claim.target, claim.product, claim.rate, claim.status, sentence, len(sentence)])
    else:
        con.execute("insert into article_trade_claim (article_id, position, party_a_iso3, party_b_iso3, year, value, "
                    "currency, kind, sentence, span_start, span_end, _load_id) values (?, 0, ?, ?, ?, ?, ?, ?, ?, 0, ?, 'tests-claims')",
                    [article_id, claim.a, claim.b, claim.year, claim.value, claim.currency, claim.kind, sentence, len(sentence)])
    return article_id


@pytest.fixture(scope="module")
def verdicts(bundled_warehouse, tmp_path_factory):
    path = tmp_path_factory.mktemp("claims") / "cases.duckdb"
    shutil.copy(bundled_warehouse, path)
    con = duckdb.connect(str(path))
    columns = ", ".join(STEEL_2018)
    con.execute(f"insert into tariff_measure ({columns}) values ({', '.join('?' * len(STEEL_2018))})", list(STEEL_2018.values()))
    ids = {name: insert_case(con, n, claim) for n, (name, claim, *_) in enumerate(CASES)}
    rows = con.execute("select article_id, verdict, reason, evidence_value, evidence, explanation, claim_type from claim_check").fetchall()
    con.close()
    by_article = {r[0]: r[1:] for r in rows}
    return {name: by_article[article_id] for name, article_id in ids.items()}, rows


def test_the_table_has_at_least_40_cases_and_covers_every_reason():
    assert len(CASES) >= 40
    assert {c[3] for c in CASES} == REASONS


@pytest.mark.parametrize("name, claim, verdict, reason, figure, text", CASES, ids=[c[0] for c in CASES])
def test_verdict(verdicts, name, claim, verdict, reason, figure, text):
    got_verdict, got_reason, value, evidence, explanation, claim_type = verdicts[0][name]
    assert (got_verdict, got_reason) == (verdict, reason), (evidence, explanation)
    if figure is None:
        assert value is None
    else:
        assert round(value / (B if claim_type == "trade_value" else 1), 2) == figure, evidence
    assert text in f"{evidence} | {explanation}"


def test_every_reason_is_in_the_closed_set(verdicts):
    assert {r[2] for r in verdicts[1]} <= REASONS
    assert {r[1] for r in verdicts[1]} <= {"supported", "contradicted", "unverified"}


# --- the seed article's five verdicts, as the README states them ---------------------------------------------

SEED = [
    ("tariff", "USA -> CAN steel 50.0%%", "supported", "match", 50.0),
    ("tariff", "USA -> MEX all goods 25.0%%", "supported", "match", 25.0),
    ("tariff", "USA -> MEX pharmaceuticals%%", "unverified", "measure_not_found", None),
    ("trade_value", "CAN - MEX total_trade 2024%%", "supported", "match", 40571000000.0),
    ("trade_value", "CAN - USA total_trade 2024%%", "contradicted", "currency_mixup", 761794836491.0),
]


@pytest.mark.parametrize("claim_type, like, verdict, reason, figure", SEED, ids=[s[1] for s in SEED])
def test_seed_verdicts(read_db, claim_type, like, verdict, reason, figure):
    rows = read_db.execute("select verdict, reason, evidence_value, explanation from claim_check "
                           "where claim_type = ? and claim like ?", [claim_type, like]).fetchall()
    assert len(rows) == 1 and rows[0][:3] == (verdict, reason, figure), rows


def test_seed_cad_explanation_names_the_converted_figure(read_db):
    explanation = read_db.execute("select explanation from claim_check where claim like 'CAN - USA total_trade 2024%'").fetchone()[0]
    assert explanation.startswith("likely CAD, not USD: at the 2024 average rate the claim is US$674.8B, gap -11.4% "
                                  "(within the 15% tolerance for a mirror figure) instead of 21.3%")
