"""tariff_exposure on the bundled data: one row per measure and year from the preferred source, days prorated."""

from __future__ import annotations

README_QUERY = """
select measure_name, target_iso3, rate_pct, covered_chapters,
       round(covered_imports_usd / 1e9, 2) as covered_bn, round(estimated_duty_usd / 1e9, 2) as duty_bn,
       round(prorated_duty_usd / 1e9, 2) as prorated_bn, trade_source_label, note
from tariff_exposure where year = 2024 order by estimated_duty_usd desc nulls last
"""


def test_one_row_per_measure_and_year(read_db):
    assert read_db.execute("select count(*) from (select measure_id, year from tariff_exposure "
                           "group by all having count(*) > 1)").fetchone()[0] == 0
    rows = read_db.execute(README_QUERY).fetchall()
    measures = read_db.execute("select count(distinct measure_id) from tariff_exposure where year = 2024").fetchone()[0]
    assert len(rows) == measures == 35


def test_the_preferred_source_is_named_and_used(read_db):
    # US imports from Canada 2024: US Census API US$411.89B, not the press-quoted US$413B of the same year
    row = read_db.execute("select trade_source, trade_source_label, covered_imports_usd, other_trade_sources "
                          "from tariff_exposure where measure_name = 'IEEPA \"fentanyl\" tariff increase' and year = 2024").fetchone()
    assert row[0].startswith("US Census Bureau International Trade API") and row[1] == "US Census"
    assert round(row[2] / 1e9, 2) == 411.89 and row[3] == 1


def test_a_three_day_measure_is_prorated_and_flagged(read_db):
    # the original IEEPA order on Mexico: in force 2025-03-04 to 2025-03-06 (end inclusive), 3 of 365 days
    row = read_db.execute("select covered_imports_usd, estimated_duty_usd, days_in_force, partial_year, prorated_duty_usd, note "
                          "from tariff_exposure where measure_name = 'IEEPA \"fentanyl\"/southern-border tariff' and year = 2024").fetchone()
    covered, duty, days, partial, prorated, note = row
    assert round(covered / 1e9, 2) == 505.52 and duty == covered * 0.25
    assert (days, partial) == (3, True)
    assert round(prorated / 1e9, 2) == round(505.523174525 * 0.25 * 3 / 365, 2) == 1.04
    assert "in force 3 of 365 days of 2025 (2025-03-04 to 2025-03-06)" in note


def test_prorated_sums_do_not_double_count_successive_measures(read_db):
    # the three all-goods IEEPA rates on Canada replace one another: 25% (3 days), 25% carve-out (147), 35% (153)
    rows = read_db.execute("select rate_pct, days_in_force, prorated_duty_usd from tariff_exposure "
                           "where target_iso3 = 'CAN' and year = 2024 and measure_name like 'IEEPA \"fentanyl\"%' "
                           "and covered_chapters = ['TOTAL'] order by effective_date").fetchall()
    assert [(r, d) for r, d, _ in rows] == [(25.0, 3), (25.0, 147), (35.0, 153)]
    total = sum(p for *_, p in rows)
    assert round(total / 1e9, 2) == round(411.887 * (0.25 * 3 + 0.25 * 147 + 0.35 * 153) / 365, 2)


def test_never_in_force_has_no_prorated_duty(read_db):
    row = read_db.execute("select days_in_force, prorated_duty_usd, note from tariff_exposure "
                          "where measure_name like 'Announced additional 10%%' and year = 2024").fetchone()
    assert row[0] is None and row[1] is None and row[2].startswith("never in force")


def test_source_rank_reads_the_reference_table(read_db):
    ranks = dict(read_db.execute("select source_label, source_rank from trade_source_rank").fetchall())
    assert ranks["US Census"] == 1 and ranks["US Commerce (press)"] == 3 and ranks["Statistics Canada"] == 1
    unmatched = read_db.execute("select source_rank from trade_source_rank where source like 'worldtradeflows%'").fetchone()[0]
    assert unmatched == 100
