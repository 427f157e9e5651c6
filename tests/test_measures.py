import polars as pl

from tariffscope.measures import chapters_from_hs_codes, chapters_from_product, covered_chapters, read_tariffs
from tariffscope.settings import DATA_DIR


def test_chapter_lists_and_ranges_in_hs_codes():
    assert chapters_from_hs_codes("ch. 72, 73, 76 and derivatives") == ["72", "73", "76"]
    assert chapters_from_hs_codes("ch. 72-73 and listed derivatives") == ["72", "73"]


def test_headings_give_chapters_but_chapter_99_provisions_do_not():
    assert chapters_from_hs_codes("8703; light trucks (Annex I)") == ["87"]
    assert chapters_from_hs_codes("9903.01.10; 9903.01.13") == []


def test_product_words_map_to_chapters():
    assert chapters_from_product("Softwood timber and lumber") == ["44"]
    assert chapters_from_product("Branded or patented pharmaceutical products") == ["30"]
    assert covered_chapters("Steel articles", None) == ["72", "73"]


def test_bundled_measures():
    measures = read_tariffs(DATA_DIR / "tariffs" / "tariff_measures_2025.csv").frame
    assert measures.height == 42 and measures["measure_id"].is_unique().all()
    steel_can = measures.filter(pl.col("target_iso3") == "CAN", pl.col("rate_pct") == 50, pl.col("product_scope").str.starts_with("Steel and aluminum"))
    assert steel_can["hs_chapters"].to_list() == [["72", "73", "76"]]
    assert str(steel_can["effective_date"].item()) == "2025-06-04"
    fentanyl_mex = measures.filter(pl.col("target_iso3") == "MEX", pl.col("product_scope").str.starts_with("All products"))
    assert fentanyl_mex["all_products"].to_list() == [True]
