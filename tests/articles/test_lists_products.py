"""Issue 11 round 6 (branch xproducts): list and table readers, products from the measure's own phrase."""
from __future__ import annotations

from datetime import date

from inline import tariff_tuples
from tariffscope.articles.products import item_products


def tariffs(body: str, published=date(2025, 8, 1)) -> set[tuple]:
    return tariff_tuples(body, published)


def test_rate_first_list_gives_one_fact_per_partner(rules_only):
    got = tariffs("President Donald Trump imposed a 30% tariff on goods from South Africa.\n\n"
                  "The order sets rates for other African economies:\n\n"
                  "15%: Nigeria, Ghana and Zambia, among others\n\n10%: Kenya and Ethiopia\n")
    for iso, rate in (("NGA", 15.0), ("GHA", 15.0), ("ZMB", 15.0), ("KEN", 10.0), ("ETH", 10.0)):
        assert ("USA", iso, None, rate, "in_force") in got


def test_dash_list_items(rules_only):
    got = tariffs("The 39% tariff that Washington imposed on Switzerland took effect on August 7.\n\n"
                  "Only a handful of countries were hit harder:\n\nSyria – 41%\nLaos – 40%\nIraq – 35%\n")
    assert {("USA", "SYR", None, 41.0, "in_force"), ("USA", "LAO", None, 40.0, "in_force"),
            ("USA", "IRQ", None, 35.0, "in_force")} <= got


def test_pipe_table_carries_the_header_to_each_row(rules_only):
    got = tariffs("President Donald Trump signed orders that reset the tariff rates the United States charges.\n\n"
                  "Country | New rate | Previous rate | Notes\n"
                  "Canada | 35% | 25% | In force from 1 August\n"
                  "India | 25% | 10% | Talks stalled over Russian oil purchases\n")
    assert ("USA", "CAN", None, 35.0, "in_force") in got
    assert ("USA", "CAN", None, 25.0, "lifted") in got          # the row says the new rate applies
    assert ("USA", "IND", None, 25.0, "in_force") in got        # the partner is the row's first cell, not "Russian"
    assert not any(t[1] == "RUS" for t in got)


def test_table_row_of_companies_names_no_goods(rules_only):
    # the company's name ("Iron & Steel") is no goods; the row pays the measure stated before the table
    got = tariffs("South Korea imposed provisional anti-dumping duties on Chinese steel plate.\n\n"
                  "Company | Provisional duty\n\nBaoshan Iron & Steel | 27.91%\n")
    assert {t[2] for t in got if t[3] == 27.91} in ({"steel"}, {"steel plate"})


def test_change_with_time_adjunct_pairs_old_and_new(rules_only):
    got = tariffs("The levy on Japanese automobiles was cut to 15% in September from the 27.5% that had applied until then.",
                  published=date(2025, 10, 1))
    assert ("USA", "JPN", "automobiles", 27.5, "lifted") in got


def test_relative_clause_subject_pays_the_rate(rules_only):
    got = tariffs("It comes on top of the 25% levy that British cars and steel products already face from the United States.")
    assert {t[2] for t in got if t[3] == 25.0} >= {"cars", "steel"}
    got = tariffs("An additional 40% duty will be added to the 10% tariff that Brazilian goods already pay in the United States.")
    assert {t[2] for t in got if t[3] == 10.0} == {None}      # "Brazilian goods": all goods


def test_collective_noun_takes_the_named_goods(rules_only):
    got = tariffs("European steel and aluminium remain under the 50% duty that Washington applies to imports of the metals.")
    assert {t[2] for t in got if t[3] == 50.0} == {"steel", "aluminium"}


def test_item_label_names_the_goods_of_its_later_sentences(rules_only):
    assert item_products("Apples: included in an Indian trade deal for the first time.") == ["apples"]
    got = tariffs("India and New Zealand signed a trade deal.\n\n"
                  "Apples: included in an Indian trade deal for the first time. India's current 50 percent tariff "
                  "will fall to 25 percent on a quota of 32,500 tonnes.\n", published=date(2025, 12, 22))
    assert {t[2] for t in got if t[3] in (50.0, 25.0)} == {"apples"}


def test_a_share_is_no_rate(rules_only):
    got = tariffs("More than half of New Zealand's exports will enter India duty-free, a share that rises to 82 percent "
                  "within ten years.")
    assert not any(t[3] == 82.0 for t in got)


def test_a_kicker_in_capitals_names_no_goods():
    assert item_products("CHINA CLOCK TICKING: The next deadline with Beijing is less than two weeks away.") == []


def test_measure_noun_through_its_attachment(rules_only):
    got = tariffs("To get there, the United States will suspend a 24 percent slice of the \"reciprocal\" duties on "
                  "Chinese goods for 90 days.", published=date(2025, 5, 12))
    assert any(t[3] == 24.0 for t in got)
    got = tariffs("Import prices rose by a 5% rate of growth on imports of food last year.")
    assert not got


def test_country_rate_pairs_after_a_colon(rules_only):
    got = tariffs("President Trump unveiled sweeping tariffs. Higher country rates for the \"worst offenders\": "
                  "China 34 per cent, Switzerland 31 per cent, Taiwan 32 per cent", published=date(2025, 4, 3))
    assert {(t[1], t[2], t[3]) for t in got} >= {("CHN", None, 34.0), ("CHE", None, 31.0), ("TWN", None, 32.0)}


def test_coordinated_measures_share_the_rate(rules_only):
    got = tariffs("Trump said he was increasing the duties on Korean autos, lumber and pharmaceuticals, as well as the "
                  "reciprocal tariff on all other Korean goods, to 25 per cent.", published=date(2026, 1, 27))
    assert {t[2] for t in got if t[3] == 25.0} == {"autos", "lumber", "pharmaceuticals", None}


def test_markdown_table_column_dates_its_rates(rules_only):
    got = tariffs("President Donald Trump sent letters setting new tariff rates for more countries.\n\n"
                  "| Country | Tariff rate from Aug. 1 |\n|---|---|\n| Malaysia | 25% |\n| Bangladesh | 35% |\n",
                  published=date(2025, 7, 8))
    assert {("USA", "MYS", None, 25.0, "announced"), ("USA", "BGD", None, 35.0, "announced")} <= got


def test_a_margin_column_is_no_rate(rules_only):
    got = tariffs("The Commission imposed definitive anti-dumping duties on titanium dioxide from China.\n\n"
                  "| Company | Definitive dumping margin | Definitive duty |\n|---|---|---|\n| LB Group | 32.3% | €0.74/kg |\n",
                  published=date(2025, 1, 9))
    assert not any(t[3] == 32.3 for t in got)


def test_a_table_of_exporters_takes_the_goods_of_the_measure(rules_only):
    got = tariffs("The EU sets definitive anti-dumping duties of up to 35.6% on Chinese biodiesel.\n\n"
                  "| Exporting producer | Definitive anti-dumping duty |\n|---|---|\n| EcoCeres group | 10% |\n"
                  "| Zhuoyue group | 23.4% |\n", published=date(2025, 2, 12))
    assert {(t[2], t[3]) for t in got if t[3] in (10.0, 23.4)} == {("biodiesel", 10.0), ("biodiesel", 23.4)}
