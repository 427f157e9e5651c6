"""The analytic views on the bundled data: the verdicts and figures the product promises."""

from __future__ import annotations


def claim(read_db, claim_type: str, like: str) -> dict:
    rows = read_db.execute(
        "select verdict, gap_pct, evidence_value, evidence, explanation from claim_check where claim_type = ? and claim like ?",
        [claim_type, like]).fetchall()
    assert len(rows) == 1, rows
    return dict(zip(["verdict", "gap_pct", "evidence_value", "evidence", "explanation"], rows[0]))


def test_steel_50_on_canada_is_supported_by_section_232(read_db):
    check = claim(read_db, "tariff", "USA -> CAN steel 50.0%%")
    assert check["verdict"] == "supported" and "2025-06-04" in check["evidence"]


def test_fentanyl_25_on_mexico_is_supported(read_db):
    check = claim(read_db, "tariff", "USA -> MEX all goods 25.0%%")
    assert check["verdict"] == "supported" and "fentanyl" in check["evidence"]


def test_pharmaceuticals_25_on_mexico_is_unverified(read_db):
    assert claim(read_db, "tariff", "USA -> MEX pharmaceuticals%%")["verdict"] == "unverified"


def test_canada_mexico_40_5_billion_is_supported_by_statistics_canada(read_db):
    check = claim(read_db, "trade_value", "CAN - MEX total_trade 2024%%")
    assert check["verdict"] == "supported"
    assert round(check["evidence_value"] / 1e9, 2) == 40.57  # 34.293 imports + 6.278 exports


def test_canada_us_924_billion_is_contradicted_and_the_cad_mixup_named(read_db):
    check = claim(read_db, "trade_value", "CAN - USA total_trade 2024%%")
    assert check["verdict"] == "contradicted"
    assert 761 < check["evidence_value"] / 1e9 < 763  # US-reported exports + imports
    assert round(check["gap_pct"]) == 21
    assert check["explanation"].startswith("likely CAD")


def test_steel_and_aluminum_50_against_canada_covers_chapters_72_73_76(read_db):
    rows = read_db.execute(
        "select covered_chapters, covered_imports_usd, estimated_duty_usd from tariff_exposure "
        "where target_iso3 = 'CAN' and rate_pct = 50 and product_scope like 'Steel and aluminum%' and year = 2024").fetchall()
    assert len(rows) == 1
    chapters, covered, duty = rows[0]
    assert chapters == ["72", "73", "76"]
    by_chapter = read_db.execute(
        "select sum(value_usd) from trade_flow where reporter_iso3='USA' and partner_iso3='CAN' and flow='import' "
        "and year=2024 and hs_code in ('72','73','76')").fetchone()[0]
    assert covered == by_chapter and round(covered / 1e9, 2) == 24.34
    assert duty == covered * 0.5


def test_bilateral_balance_shows_the_mexico_reported_mirror(read_db):
    row = read_db.execute(
        "select imports_usd, mirror_source, export_asymmetry_pct, import_asymmetry_pct from bilateral_balance "
        "where reporter_iso3 = 'USA' and partner_iso3 = 'MEX' and year = 2023 and mirror_source like 'Mexico%'").fetchone()
    assert row is not None and row[1].startswith("Mexico Economy Ministry")
    assert row[3] is not None and -5 < row[3] < 5  # US imports vs Mexico's reported exports, close


def test_trade_trend_year_on_year(read_db):
    change = read_db.execute(
        "select change_pct from trade_trend where source like 'US Census Bureau International Trade API (timeseries/intltrade),%' "
        "and reporter_iso3='USA' and partner_iso3='MEX' and flow='import' and hs_code='TOTAL' and year=2024").fetchone()[0]
    assert 6 < change < 8
