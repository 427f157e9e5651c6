"""Trade values, candidate-then-classify: the candidates, the rules' years, the shipped decision model."""
from __future__ import annotations

import json
from datetime import date

import pytest
from inline import trade_values

from tariffscope.articles import extract_facts, trade_model
from tariffscope.articles.context import Context
from tariffscope.articles.logreg import LogReg
from tariffscope.articles.money import find_money
from tariffscope.articles.read import Article
from tariffscope.articles.text import normalize_body
from tariffscope.articles.trade_values import candidates
from tariffscope.articles.train_trade_values import fit, frequent_features


def values(body: str, published: date) -> set[tuple]:
    return {(tuple(v["parties"]), v["year"], v["value"], v["currency"], v["kind"])
            for v in trade_values(body, published)}


def test_crore_and_lakh_amounts():
    got = [(m.value, m.currency) for m in find_money("exports of Rs 60,523.89 crore (US$7.38 billion) and Rs 5 lakh")]
    assert got == [(605_238_900_000.0, "INR"), (7_380_000_000.0, "USD"), (500_000.0, "INR")]


def test_code_glued_to_the_number_is_a_candidate():
    ctx = Context.build("Goods trade between China and Canada totaled USD93 billion last year.", date(2025, 3, 8))
    assert [(c.money.value, c.money.currency) for c in candidates(ctx)] == [(93e9, "USD")]


def test_every_amount_is_a_candidate_with_the_rules_reason(values_rules_only):
    ctx = Context.build("Ottawa pledged C$2 billion in aid to makers of goods. Canada exported C$40 billion of goods to Mexico in 2024.",
                        date(2025, 3, 8))
    got = [(c.money.value, c.reason, c.fact is not None) for c in candidates(ctx)]
    assert got == [(2e9, "non_trade", False), (40e9, "fact", True)]


def test_compared_amount_keeps_its_own_year(values_rules_only):
    got = values("Korean exports to the U.S. came to $14.7 billion in the Aug. 1 to 10 period, down from $15.4 billion "
                 "in the same stretch last year, according to customs.", date(2025, 8, 11))
    assert {(v[1], v[2]) for v in got} == {(2025, 14.7e9), (2024, 15.4e9)}


def test_imports_from_a_country_keep_the_stated_year(values_rules_only):
    got = values("The U.S. imported $427 billion of goods from China in 2023.", date(2024, 5, 14))
    assert got == {(("USA", "CHN"), 2023, 427e9, "USD", "imports")}


def test_linear_model_scores_by_dot_product():
    m = LogReg({"a": 0, "b": 1}, [[1.0, 0.0], [0.0, 2.0]], [0.5, 0.0], ["x", "y"])
    assert m.predict(["a"]) == "x"
    assert m.predict(["b"]) == "y"
    assert m.predict(["unknown"]) == "x"
    assert LogReg({}, [], [], ["none"]).predict(["a"]) == "none"


def test_fit_writes_weights_that_round_trip():
    data = {"kind": [(["b2:exports"], "exports"), (["b2:aid"], "none")] * 3,
            "parties": [(["k=exports"], "2")], "year": [(["ry=pub"], "rule"), (["ry=none"], "none")]}
    model = fit(data, min_count=1)
    again = trade_model.TradeModel.from_dict(json.loads(json.dumps(
        {k: getattr(model, k).to_dict() for k in ("kind", "parties", "year")})))
    assert again.kind.predict(["b2:exports"]) == "exports"
    assert again.kind.predict(["b2:aid"]) == "none"
    assert again.parties.predict([]) == "2"
    assert again.year.predict(["ry=none"]) == "none"


def test_a_feature_seen_in_fewer_examples_than_the_minimum_is_not_learned():
    # "w:yuzu" is one writer's word in one sentence; "b2:exports" is how many writers say what the amount is
    data = [(["b2:exports", "w:yuzu"], "exports"), (["b2:exports"], "exports"), (["b2:aid"], "none"), (["b2:aid"], "none")]
    assert frequent_features(data, 2) == [(["b2:exports"], "exports"), (["b2:exports"], "exports"),
                                          (["b2:aid"], "none"), (["b2:aid"], "none")]
    assert frequent_features(data, 1) is data
    model = fit({"kind": data, "parties": [(["k=exports"], "2")], "year": [(["ry=pub"], "rule")]}, min_count=2)
    assert "w:yuzu" not in model.kind.vocab and model.kind.predict(["b2:exports", "w:yuzu"]) == "exports"


def test_shipped_model_is_plain_json_and_used():
    assert trade_model.MODEL_FILE.exists()
    doc = json.loads(trade_model.MODEL_FILE.read_text(encoding="utf-8"))
    assert set(doc["kind"]["classes"]) >= {"none", "exports", "imports", "countermeasure_coverage"}
    assert trade_model.active() is not None
    body = normalize_body("Canada exported C$40 billion of goods to Mexico in 2024, Statistics Canada said.")
    got = extract_facts(Article(None, date(2025, 3, 8), None, body, "inline.txt", "0" * 64, 1))["trade_values"]
    assert [(sorted(v["parties"]), v["year"], v["value"], v["currency"], v["kind"]) for v in got] == [
        (["CAN", "MEX"], 2024, 40e9, "CAD", "exports")]


def test_a_later_compared_amount_does_not_give_its_year(values_rules_only):
    # "up 4.5 percent from 2023" and "from USD 44 billion in May 2024" are the compared figures' periods
    got = values("Goods trade between China and Canada totaled USD93 billion last year, up 4.5 percent from 2023.",
                 date(2025, 3, 10))
    assert {v[1] for v in got} == {2024}
    got = values("The value of goods China shipped to the US fell to USD 28.8 billion last month from USD 44 billion "
                 "in May 2024.", date(2025, 6, 10))
    assert {(v[1], v[2]) for v in got} == {(2025, 28.8e9), (2024, 44e9)}


def test_change_from_a_year_earlier_is_this_years_figure(values_rules_only):
    got = values("Shipments to the United States fell 1.8 pct from a year earlier to 1,770.8 billion yen, "
                 "Japan's Finance Ministry said.", date(2025, 5, 21))
    assert {(v[1], v[2]) for v in got} == {(2025, 1770.8e9)}


def test_a_sentence_continues_the_previous_figures_period(values_rules_only):
    got = values("Trade between Mexico and China totaled $150 billion last year. "
                 "The United States sold Mexico $334 billion of goods over the same period.", date(2025, 12, 11))
    assert {(v[1], v[2]) for v in got} == {(2024, 150e9), (2024, 334e9)}


@pytest.mark.parametrize("sentence, kind", [
    ("Washington taxed €8bn worth of European steel and aluminium exports in the dispute with the EU.", "countermeasure_coverage"),
    ("Mexico will impose tariffs on Chinese cars. The imports affected are worth approximately US$55bn a year.",
     "countermeasure_coverage"),
    ("Canada will hit a further C$14.2 billion in other U.S. imports with tariffs, for a total of C$29.8 billion.",
     "countermeasure_coverage"),
    ("The duties are meant to cut Mexico's deficit with China, which sold about $130 billion worth of goods to Mexico in 2024.",
     "exports"),
    ("Tariffs hit only a small share of the $19 billion in goods that Turkey and the U.S. traded in 2017.", "total_trade"),
    ("Despite the tariffs, Washington has built up a surplus of 410 billion US dollars in bilateral trade with Brazil.",
     "trade_surplus"),
])
def test_coverage_versus_flow(values_rules_only, sentence, kind):
    got = values(sentence, date(2025, 3, 12))
    assert [v[4] for v in got if v[2] == max(x[2] for x in got)] == [kind]


@pytest.mark.parametrize("sentence", [
    "The measure will lead to the collection of $1.91 billion in duties on steel imported into the US from India.",
    "British plants sold cars to American buyers in 2024 at an average price of $121,000 per vehicle.",
    "The industry warned that the duties endanger India's goal of taking textile exports to USD 100 billion by 2030.",
])
def test_revenue_prices_and_targets_are_not_trade_values(sentence):
    assert values(sentence, date(2025, 8, 26)) == set()


def test_exports_to_all_markets_are_one_sided_and_a_source_is_no_partner(values_rules_only):
    got = values("India's seafood exports to all markets were worth US$7.38 billion in 2024, with the US the largest buyer.",
                 date(2025, 8, 30))
    assert got == {(("IND",), 2024, 7.38e9, "USD", "exports")}
    got = values("South Korea's outbound shipments came to $14.7 billion in the Aug. 1 to 10 period, according to the "
                 "Korea Customs Service.", date(2025, 8, 11))
    assert got == {(("KOR",), 2025, 14.7e9, "USD", "exports")}


def test_coverage_year_only_when_stated_as_its_period(values_rules_only):
    got = values("Canada added consumer goods on March 13, 2025 to its counter-tariffs, covering a further C$14 billion "
                 "of U.S. imports.", date(2025, 9, 4))
    assert {(v[1], v[4]) for v in got} == {(None, "countermeasure_coverage")}
    got = values("China's tariffs target U.S. goods worth $50 billion in 2017.", date(2018, 4, 4))
    assert {(v[1], v[4]) for v in got} == {(2017, "countermeasure_coverage")}


@pytest.mark.parametrize("text, want", [
    ("Yet we imported $US3 billion of Australian beef", (3e9, "USD")),
    ("Exports surged to about $A4 billion last year", (4e9, "AUD")),
    ("shipments worth nearly Rs 7.25 lakh crore are in the grey zone", (7.25e12, "INR")),
    ("exports rose to $3.77trn", (3.77e12, "USD")),
])
def test_more_money_forms(text, want):
    assert [(m.value, m.currency) for m in find_money(text)] == [want]


def test_a_january_paper_reports_last_years_figures(values_rules_only):
    got = values("Mexico's imports rose 4.4 percent, leaving Mexico with a trade surplus of $771 million.", date(2026, 1, 27))
    assert {(v[0], v[1]) for v in got} == {(("MEX",), 2025)}
    got = values("India's exports rose in September. A year earlier, India's exports had stood at $34.58 billion.",
                 date(2025, 10, 15))
    assert {(v[0], v[1]) for v in got} == {(("IND",), 2024)}


def test_partners_listed_or_given_as_shares_are_not_the_pair(values_rules_only):
    got = values("The United States imported passenger cars worth $220 billion in 2024, mainly from Mexico, Japan, "
                 "South Korea, Canada and Germany.", date(2025, 3, 27))
    assert {v[0] for v in got} == {("USA",)}
    got = values("South Korea's total auto exports reached $70.79 billion last year, with the U.S. taking nearly half.",
                 date(2025, 2, 23))
    assert {v[0] for v in got} == {("KOR",)}


def test_balance_with_partner_and_a_countrys_measure_is_no_party(values_rules_only):
    got = values("Japan's exports to the US fell in April. Trade surplus with US: 7.5 trillion yen.", date(2025, 5, 21))
    assert {v[0] for v in got} == {("JPN", "USA")}
    got = values("India's goods exports edged up to $36.38 billion in September, even as higher US duties hit shipments.",
                 date(2025, 10, 15))
    assert {v[0] for v in got} == {("IND",)}


def test_years_of_a_from_to_pair_and_a_balance_naming_no_country(values_rules_only):
    got = values("Brazil's goods trade gap with the United States went from US$283 million in 2024 to US$7.5 billion "
                 "in 2025.", date(2026, 1, 6))
    assert {(v[1], v[2]) for v in got} == {(2024, 283e6), (2025, 7.5e9)}
    got = values("South Korea's exports held steady. June alone brought in a monthly trade surplus of $9.08 billion.",
                 date(2025, 7, 1))
    assert {v[0] for v in got} == {("KOR",)}


@pytest.mark.parametrize("sentence, published, want", [
    ("Last year Mexico sold tomatoes abroad, earning US$3.339 billion, and 98% of that went to the United States.",
     date(2025, 8, 18), ("MEX",)),
    ("Mexico's exports totaled $664.8 billion over the year, more than 80 percent of which went to the neighboring "
     "United States.", date(2026, 1, 27), ("MEX",)),
    ("Shipments of Korean auto parts hit $8.22 billion, making the U.S. the largest buyer of parts whose exports reached "
     "$22.54 billion in 2024.", date(2025, 2, 23), ("KOR",)),
    ("Figures from the Korea International Trade Association show that South Korea's total auto exports reached "
     "$70.79 billion last year.", date(2025, 2, 23), ("KOR",)),
])
def test_a_partners_share_or_a_source_named_after_a_country_is_no_party(sentence, published, want):
    # rules and the shipped decisions alike: a figure with the world keeps its one party
    got = values(sentence, published)
    assert want in {v[0] for v in got}
    assert not any(len(v[0]) == 2 for v in got if v[2] in (3.339e9, 664.8e9, 22.54e9, 70.79e9))


def test_a_conversion_follows_the_fact_kept_for_a_restated_figure():
    # the headline states the figure first (one party); the body restates it with a conversion
    got = values("China's trade surplus hits record $1.2 trillion\n\nChina ran up a record trade surplus of $1.2 trillion "
                 "(£900 billion) last year, as sales to the rest of the world compensated for shrinking shipments to "
                 "the United States.", date(2026, 1, 14))
    assert {(v[0], v[2], v[3]) for v in got if v[4] == "trade_surplus"} == {(("CHN",), 1.2e12, "USD"), (("CHN",), 900e9, "GBP")}


def test_a_bare_dollar_amount_stated_elsewhere_in_canadian_dollars_is_cad(values_rules_only):
    got = values("Ottawa finalizes $16.6 billion list of tariffs on U.S. goods\n\nCanada will impose tariffs on a list of "
                 "U.S. goods worth C$16.6 billion, Finance Minister Chrystia Freeland said.", date(2018, 6, 29))
    assert {(v[2], v[3]) for v in got} == {(16.6e9, "CAD")}


def test_a_partner_named_next_to_its_own_amount_stays_a_party():
    got = values("India sold rice worth Rs 83,000 crore to the world last year, of which only about Rs 3,200 crore went "
                 "to the US.", date(2025, 8, 29))
    assert {(v[0], v[2]) for v in got} >= {(("IND",), 830e9)}
    assert {tuple(sorted(v[0])) for v in got if v[2] == 32e9} == {("IND", "USA")}


@pytest.mark.parametrize("sentence", [
    "The EU intends to buy $750 billion of US energy products through 2028.",
    "The EU has agreed to buy $750 billion of US energy and to invest $600 billion in the US by 2028.",
    "In return, the EU pledged $600 billion in additional investment in the US and $750 billion of purchases of "
    "American energy.",
])
def test_a_purchase_pledge_is_imports_without_a_year(values_rules_only, sentence):
    # LABELING.md: purchase pledges are imports [buyer, seller], year null; investment pledges stay out
    assert values(sentence, date(2025, 7, 28)) == {(("EUU", "USA"), None, 750e9, "USD", "imports")}


def test_a_by_country_breakdown_of_the_figure_before(values_rules_only):
    got = values("The EU sold roughly €500 billion worth of goods to the United States last year. Germany accounted for "
                 "€161 billion of that, Ireland for €72 billion and Italy for €65 billion.", date(2025, 5, 24))
    assert {(tuple(sorted(v[0])), v[1], v[2], v[4]) for v in got} == {
        (("EUU", "USA"), 2024, 500e9, "exports"), (("DEU", "USA"), 2024, 161e9, "exports"),
        (("IRL", "USA"), 2024, 72e9, "exports"), (("ITA", "USA"), 2024, 65e9, "exports")}
    got = values("In the financial year 2023-24, India imported bourbon whiskey worth $2.5 million. The US accounted for "
                 "$0.75 million of that, followed by the UAE ($0.54 million) and Singapore ($0.28 million).", date(2025, 2, 15))
    assert {(tuple(sorted(v[0])), v[2]) for v in got} == {
        (("IND",), 2.5e6), (("IND", "USA"), 0.75e6), (("ARE", "IND"), 0.54e6), (("IND", "SGP"), 0.28e6)}


def test_a_breakdown_by_counterpart_keeps_the_story_country(values_rules_only):
    # "Exports to Argentina ... and those to Mexico": the items are partners of the story's country, not exporters
    got = values("Brazil posted a trade surplus in August. Shipments to China, the main destination for Brazilian exports, "
                 "rose 29.9% to $9.6 billion. Exports to Argentina jumped 40.4% to $1.6 billion and those to Mexico "
                 "climbed 43.8% to $790 million.", date(2025, 9, 5))
    assert {(tuple(sorted(v[0])), v[2]) for v in got} == {
        (("BRA", "CHN"), 9.6e9), (("ARG", "BRA"), 1.6e9), (("BRA", "MEX"), 790e6)}


def test_a_countrys_own_flow_is_with_the_world(values_rules_only):
    # another country named in another clause, or as a measure's imposer, is no party of the country's own flow
    got = values("China closed out the first six months of 2025 with a trade surplus of roughly US$586 billion, the "
                 "largest on record, as shipments to the United States started to steady.", date(2025, 7, 14))
    assert {(v[0], v[2], v[4]) for v in got} == {(("CHN",), 586e9, "trade_surplus")}
    got = values("Mexico's merchandise exports rose 7.4% year on year in August to 55,718.2 million dollars, helped along "
                 "by the reciprocal tariffs the United States now charges other countries.", date(2025, 9, 26))
    assert {(v[0], v[4]) for v in got} == {(("MEX",), "exports")}
    # a partner after the amount, or before it by role, keeps the pair
    got = values("The United States ran a goods trade deficit of roughly US$6 billion with Bangladesh last year.",
                 date(2025, 4, 9))
    assert {tuple(sorted(v[0])) for v in got} == {("BGD", "USA")}


def test_last_year_as_a_comparisons_base_dates_no_amount(values_rules_only):
    got = values("Shipments to the United States dropped 18.5% from August last year to $2.8 billion.", date(2025, 9, 5))
    assert {(v[1], v[2]) for v in got} == {(2025, 2.8e9)}
    got = values("Exports to the United States rose by nearly 395 per cent compared with March of last year, reaching "
                 "€25.4 billion for the month.", date(2025, 5, 15))
    assert {(v[1], v[2]) for v in got} == {(2025, 25.4e9)}
    # a compared amount keeps "last year" for itself
    got = values("Exports to the United States fell to $2.8 billion from $3.4 billion last year.", date(2025, 9, 5))
    assert (2025, 2.8e9) in {(v[1], v[2]) for v in got}


def test_the_worlds_largest_economy_is_the_partner(values_rules_only):
    got = values("Switzerland's trade surplus with the world's largest economy narrowed to 2.06 billion Swiss francs in "
                 "August.", date(2025, 9, 18))
    assert {tuple(sorted(v[0])) for v in got} == {("CHE", "USA")}


def test_imports_of_a_countrys_goods_pair_the_seller_with_the_story_country(values_rules_only):
    got = values("Brazil's shipments to the US fell 6.6% to US$37 billion, while imports of American products climbed "
                 "11% to US$45 billion.", date(2026, 1, 6))
    assert {(tuple(sorted(v[0])), v[2]) for v in got} == {(("BRA", "USA"), 37e9), (("BRA", "USA"), 45e9)}


def test_any_iso_4217_currency_by_name_code_or_sign():
    text = ("exports of 900 billion baht, 8 billion zlotys, 2 billion New Zealand dollars, THB 1.3 trillion, "
            "RM600 billion and ₦743.63bn, in ALL 3 countries")
    got = [(m.value, m.currency) for m in find_money(text)]
    assert got == [(9e11, "THB"), (8e9, "PLN"), (2e9, "NZD"), (1.3e12, "THB"), (6e11, "MYR"), (743.63e9, "NGN")]


def test_word_classes_of_the_amounts_clause():
    t = "Exports to the U.S. fell by $3 billion, while the company reported sales of $90 billion."
    first, second = (t.index("$3"), t.index("$3") + 10), (t.index("$90"), t.index("$90") + 11)
    assert {"s:flow_out", "nb:flow_out", "change"} <= set(trade_model.class_features(t, *first, (0, len(t))))
    f = set(trade_model.class_features(t, *second, (0, len(t))))
    assert "s:company" in f and "change" not in f


# round 6 (branch xvalues5): the money's own clause, the story's country, the year phrase nearest the amount

def test_a_counterpart_after_the_amount_is_the_partner_however_many_countries_follow(values_rules_only):
    got = values("Vietnam's exports rose. That left Vietnam with a trade surplus of $123.5 billion with the US last year, "
                 "the third largest of any partner after China and Mexico.", date(2025, 6, 20))
    assert got == {(("VNM", "USA"), 2024, 123.5e9, "USD", "trade_surplus")}


def test_the_counterpart_of_a_flow_stays_a_party_when_another_mention_names_a_measure(values_rules_only):
    got = values("Japan's trade. Shipments to the United States slid 10.2 percent to 9.71 trillion yen in the six months "
                 "to September as higher U.S. tariffs bit.", date(2025, 10, 22))
    assert got == {(("JPN", "USA"), 2025, 9.71e12, "JPY", "exports")}


def test_the_period_phrase_of_the_amounts_own_conjunct(values_rules_only):
    got = values("Japan's rice. Japan bought $298 million worth of American rice last year and a further $114 million "
                 "worth between January and April this year.", date(2025, 6, 20))
    assert {(v[1], v[2]) for v in got} == {(2024, 298e6), (2025, 114e6)}


def test_a_compared_period_and_a_possessive_period_belong_to_their_own_amounts(values_rules_only):
    got = values("Vietnam trade. Between January and May, bilateral trade with the US came to $77.4 billion, up 36.5% "
                 "from the same period of 2024.", date(2025, 6, 20))
    assert {(v[1], v[2]) for v in got} == {(2025, 77.4e9)}
    got = values("Nigeria and the US. Purchases from the US more than doubled to ₦6.80tn, wiping out last year's "
                 "₦1.57tn surplus with the US.", date(2025, 11, 20))
    assert {(v[1], v[2], v[4]) for v in got} == {(2025, 6.8e12, "imports"), (2024, 1.57e12, "trade_surplus")}


def test_direction_words_decide_the_kind(values_rules_only):
    got = values("Japan's trade. Outbound shipments grew 4.2 percent to 9.41 trillion yen and inbound shipments increased "
                 "3.3 percent to 9.65 trillion yen.", date(2025, 10, 22))
    assert {(v[2], v[4]) for v in got} == {(9.41e12, "exports"), (9.65e12, "imports")}


def test_a_sentence_going_on_with_the_figure_before_takes_its_parties_and_period(values_rules_only):
    got = values("Swiss exports to the United States rose to $60 billion last year. Gold was the single biggest item, "
                 "at $11.5 billion.", date(2025, 6, 20))
    assert got == {(("CHE", "USA"), 2024, 60e9, "USD", "exports"), (("CHE", "USA"), 2024, 11.5e9, "USD", "exports")}


def test_an_or_restatement_and_covered_by_a_measure_are_coverage(values_rules_only):
    got = values("The EU hits back. The American duties hit more than $28bn of European exports, or roughly €25.6bn, "
                 "the Commission said.", date(2025, 6, 20))
    assert {(v[2], v[3], v[4]) for v in got} == {(28e9, "USD", "countermeasure_coverage"),
                                                 (25.6e9, "EUR", "countermeasure_coverage")}
    got = values("India notifies the WTO. Indian exports covered by the US auto measure: $2.895 billion a year",
                 date(2025, 6, 20))
    assert {(v[2], v[4]) for v in got} == {(2.895e9, "countermeasure_coverage")}


def test_a_figure_naming_no_country_goes_on_with_the_bilateral_pair_before(values_rules_only):
    body = ("Thailand's surplus with the United States came to 904.9 billion baht between January and July. "
            "Exports over the period climbed 30% to 1.321 trillion baht.\n\n"
            "July alone produced a surplus of 146.9 billion baht.")
    got = values(body, date(2025, 9, 5))
    assert {(frozenset(v[0]), v[2], v[4]) for v in got} == {
        (frozenset({"THA", "USA"}), 904.9e9, "trade_surplus"), (frozenset({"THA", "USA"}), 1.321e12, "exports"),
        (frozenset({"THA", "USA"}), 146.9e9, "trade_surplus")}


def test_no_pair_is_carried_into_a_story_with_figures_with_the_world(values_rules_only):
    body = ("Korea's exports rose 1.3% to $57.27 billion in May. Shipments to China dropped 8.4% to $10.4 billion. "
            "Imports fell 5.3% to $50.33 billion.")
    got = {v[2]: v[0] for v in values(body, date(2025, 6, 1))}
    assert got[57.27e9] == ("KOR",) and got[50.33e9] == ("KOR",) and set(got[10.4e9]) == {"KOR", "CHN"}


def test_a_total_flow_is_with_the_world_whoever_else_the_sentence_names(values_rules_only):
    got = values("Total exports rose 0.9% to C$61.86 billion, helped above all by a 5% jump in shipments to the "
                 "United States, Statistics Canada said.", date(2025, 9, 4))
    assert got == {(("CAN",), 2025, 61.86e9, "CAD", "exports")}


@pytest.mark.parametrize("sentence, published, want_year", [
    ("Canada's exports to the U.S. rose 41.9 percent since 2020 to a record $47 billion last year.", date(2025, 3, 1), 2024),
    ("Australia's goods trade surplus widened to A$6.9 billion in March, the biggest since February 2024.", date(2025, 5, 6), 2025),
    ("Over the past 15 years, Washington has built up a surplus of 410 billion US dollars in trade with Brazil.",
     date(2025, 9, 15), None),
    ("Indonesia's trade surplus with the United States stands at roughly US$16 billion.", date(2025, 7, 16), None),
])
def test_since_years_cumulative_sums_and_standing_states_have_no_default_year(values_rules_only, sentence, published, want_year):
    assert {v[1] for v in values(sentence, published)} == {want_year}


def test_a_dollar_named_after_the_number_in_parentheses():
    assert [(m.value, m.currency) for m in find_money("shipped $15.9 billion (Canadian) worth of aluminum")] == [(15.9e9, "CAD")]


def test_the_bloc_is_the_eu_and_a_balance_with_a_partner_after_the_amount(values_rules_only):
    got = values("The European Union and Indonesia signed the deal. Trade between Indonesia and the bloc was worth about "
                 "$30 billion in 2024.", date(2025, 9, 23))
    assert {frozenset(v[0]) for v in got} == {frozenset({"IDN", "EUU"})}
    got = values("Taiwan posted record exports. The nation ran a trade surplus of US$73.92 billion with the US last year.",
                 date(2025, 8, 1))
    assert {frozenset(v[0]) for v in got} == {frozenset({"TWN", "USA"})}


@pytest.mark.parametrize("sentence", [
    "The surplus for the January-to-May period came to $19 billion, $4.2 billion more than a year earlier.",
    "Korea's exports to the US fell 12%, leaving the monthly total under the $9 billion mark for the first time.",
])
def test_a_difference_or_a_threshold_is_no_trade_value(values_rules_only, sentence):
    assert 4.2e9 not in {v[2] for v in values(sentence, date(2025, 6, 1))} and 9e9 not in {v[2] for v in values(sentence, date(2025, 6, 1))}


# Round 9 (xvalues8): a figure's year from its own stretch of the sentence
@pytest.mark.parametrize("sentence, published, want", [
    # the compared amount's period ("from $40.2 billion in May 2024") is its own, not the next amount's
    ("Peru's exports in May 2025 rose to $45.1 billion from $40.2 billion in May 2024, while imports increased "
     "to $38.7 billion.", date(2025, 6, 20), {45.1e9: 2025, 40.2e9: 2024, 38.7e9: 2025}),
    # the month nearest the amount, against the publication date
    ("Chile's exports fell to $8.4 billion in January from $9.9 billion in December.", date(2026, 2, 10),
     {8.4e9: 2026, 9.9e9: 2025}),
    # "against <amount> in <year>"
    ("Norway's trade surplus was $6.1 billion, against $7.3 billion in October 2024.", date(2025, 11, 14),
     {6.1e9: 2025, 7.3e9: 2024}),
    # "a year earlier" in the amount's own stretch
    ("Exports to Japan reached NZ$2.2 billion in the June quarter, well above the NZ$1.8 billion shipped in the same "
     "quarter a year earlier.", date(2025, 8, 5), {2.2e9: 2025, 1.8e9: 2024}),
    # a rate of trade "a year" has no period of its own, nor do its parts
    ("Trade between Kenya and Uganda runs to about $1.5 billion a year, of which Kenya's exports to Uganda are worth "
     "$1.1 billion.", date(2025, 7, 1), {1.5e9: None, 1.1e9: None}),
])
def test_a_figures_year_from_its_own_stretch(values_rules_only, sentence, published, want):
    assert {v[2]: v[1] for v in values(sentence, published)} == want


@pytest.mark.parametrize("sentence, published, want", [
    # months over a year's end name no calendar year
    ("Kenya's exports for the July-March period rose 4 per cent to $5.1 billion.", date(2025, 4, 20), {5.1e9: None}),
    ("Kenya's exports for January-March rose 4 per cent to $1.9 billion.", date(2025, 4, 20), {1.9e9: 2025}),
    # fiscal years ("FY25"): no calendar year either (LABELING.md, round 15)
    ("India's exports to the UAE rose to $36.6 billion in FY25 from $35.6 billion in FY24.", date(2025, 5, 2),
     {36.6e9: None, 35.6e9: None}),
    # a rate "a year" does not take the period of the sentence before
    ("Kenya's exports to the US rose to $700 million last year. Kenya also sells about $200 million of tea a year to the "
     "American market.", date(2025, 6, 1), {700e6: 2024, 200e6: None}),
])
def test_periods_of_no_one_calendar_year(values_rules_only, sentence, published, want):
    assert {v[2]: v[1] for v in values(sentence, published)} == want


def test_a_yen_sign_is_the_storys_currency(values_rules_only):
    body = ("Japan's exports fell in June. Japan's shipments to the United States were down 11.4% at ¥1,707.1 billion, "
            "the finance ministry said, the third monthly fall in yen terms.")
    assert {v[3] for v in values(body, date(2025, 7, 20))} == {"JPY"}
    body = "China's exports rose to ¥3.2 trillion in June, customs data in yuan showed."
    assert {v[3] for v in values(body, date(2025, 7, 20))} == {"CNY"}


def test_a_partner_named_right_after_each_amount_of_a_list(values_rules_only):
    body = ("Trump said the deficits were unfair. The US also recorded deficits of $73.9 billion with Taiwan, "
            "$68.5 billion with Japan and $66 billion with South Korea, Trump said.")
    got = {v[2]: frozenset(v[0]) for v in values(body, date(2025, 4, 8))}
    assert got == {73.9e9: frozenset({"USA", "TWN"}), 68.5e9: frozenset({"USA", "JPN"}), 66e9: frozenset({"USA", "KOR"})}


def test_the_story_reporter_owns_the_ledes_trade_flow():
    # a Taiwan release naming China more often: the lede's "Taiwan's exports" makes Taiwan the implicit reporter
    body = ("Taiwan's exports hit a record last month as U.S. buyers rushed orders before Trump's tariffs, the ministry "
            "said.\n\nOutbound shipments rose to US$51.74 billion in May, with the United States the top buyer.\n\n"
            "Shipments to China rose 27% as China and Beijing talked, and China and Beijing held their own talks.")
    ctx = Context.build(normalize_body(body), date(2025, 6, 10))
    assert ctx.main_country == "CHN" and ctx.reporter == "TWN"
    # "tariffs on Chinese exports" is a flow named as a measure's object; "US imports" are goods from the US
    other = Context.build("Mexico set tariffs on Chinese exports of cars and on US imports.", date(2025, 6, 10))
    assert other.reporter == other.main_country


def test_a_story_about_one_countrys_own_trade_has_it_as_reporter(values_rules_only):
    # the only country named is the default imposer (no main country): its figures still have their reporter
    body = "Türkiye exported a record $25 billion worth of goods in July, the trade minister said."
    assert values(body, date(2025, 8, 2)) == {(("TUR",), 2025, 25e9, "USD", "exports")}


@pytest.mark.parametrize("body, want", [
    ("Brazil's exports to the US fell. Trade with China moved the other way. That gave Brazil a surplus of US$720 million with its largest trading partner.",
     {(("BRA", "CHN"), 2025, 720e6, "USD", "trade_surplus")}),
    ("Vietnamese makers rely on machinery from China. Imports from its northern neighbour rose to $117.93 billion in the "
     "first eight months.", {(("VNM", "CHN"), 2025, 117.93e9, "USD", "imports")}),
])
def test_a_partner_named_by_its_role_is_the_country_just_named(values_rules_only, body, want):
    assert values(body, date(2025, 9, 10)) == want


# ---------------------------------------------------------------- round 12 (xvalues12)
def test_new_taiwan_dollar_shilling_and_mdd_amounts():
    got = [(m.value, m.currency) for m in find_money(
        "exports of US$11.77 billion (NT$389.82 billion), goods worth Sh50.87 billion, KSh6 billion and a deficit of "
        "4,558 mdd")]
    assert got == [(11.77e9, "USD"), (389.82e9, "TWD"), (50.87e9, "KES"), (6e9, "KES"), (4558e6, "USD")]
    assert find_money("Shipments rose. She said so.") == []


@pytest.mark.parametrize("sentence", [
    "China's combined imports and exports grew 1.3 percent to $1.41 trillion in the first three months of the year.",
    "Total import-export turnover came to US$78.6 billion in May, up 15.5 per cent year on year.",
])
def test_both_directions_named_together_are_two_way_trade(values_rules_only, sentence):
    got = values(sentence, date(2025, 6, 10))
    assert {v[4] for v in got} == {"total_trade"}


def test_a_list_of_goods_under_one_verb_shares_the_first_items_fields(values_rules_only):
    body = ("The federal government is rolling out retaliatory tariffs on C$29.8 billion worth of American goods. "
            "Canada's duties are scheduled to start on March 13. They cover C$12.6 billion of U.S. steel products and "
            "C$3 billion of aluminum, along with a further C$14.2 billion of American imports.")
    got = {v[2]: v for v in values(body, date(2025, 3, 12))}
    for value in (12.6e9, 3e9, 14.2e9):
        assert got[value][1] is None and got[value][4] == "countermeasure_coverage" and set(got[value][0]) == {"CAN", "USA"}


def test_items_after_comprising_are_parts_of_the_amount_before(values_rules_only):
    body = ("Indonesia will buy US$15 billion of American energy commodities, comprising US$3.5 billion of liquefied "
            "petroleum gas, US$4.5 billion of crude oil and US$7 billion of refined gasoline.")
    got = values(body, date(2025, 7, 20))
    assert {v[2] for v in got} == {15e9, 3.5e9, 4.5e9, 7e9}
    assert len({(v[0], v[1], v[4]) for v in got}) == 1


def test_an_undated_comparison_base_has_the_period_of_the_base_before(values_rules_only):
    body = ("Merchandise exports declined to $36.56 billion in January from $38.51 billion in December. "
            "India's imports climbed to $71.24 billion from $63.55 billion.")
    got = {v[2]: v[1] for v in values(body, date(2026, 2, 16))}
    assert got[38.51e9] == 2025 and got[63.55e9] == 2025 and got[71.24e9] == 2026
    body = "India's total exports eased to $72.9 billion from $73.4 billion a year ago. Imports climbed to $94.7 billion from $82.4 billion."
    got = {v[2]: v[1] for v in values(body, date(2025, 11, 17))}
    assert got[82.4e9] == 2024 and got[94.7e9] == 2025


def test_a_countrys_own_goods_exports_and_the_markets_that_took_them(values_rules_only):
    body = ("Taiwan's semiconductor exports totaled US$165 billion last year, and more than half of that, US$85.26 "
            "billion, went to China. Other key markets were Singapore at US$21 billion and Japan at US$10.4 billion.")
    got = {v[2]: set(v[0]) for v in values(body, date(2025, 4, 3))}
    assert got == {165e9: {"TWN"}, 85.26e9: {"TWN", "CHN"}, 21e9: {"TWN", "SGP"}, 10.4e9: {"TWN", "JPN"}}


@pytest.mark.parametrize("sentence, kind", [
    ("The previous record dated back to 2009, when Argentina's exports exceeded its imports by 16.8858 billion dollars.",
     "trade_surplus"),
    ("Indonesia's surplus, the value by which exports exceed imports, came to a mere US$158 million in April.", "trade_surplus"),
    ("Kenya's imports outstripped its exports by $1.2 billion in May.", "trade_deficit"),
])
def test_exports_exceeding_imports_is_the_balance(values_rules_only, sentence, kind):
    assert {v[4] for v in values(sentence, date(2025, 6, 10))} == {kind}


@pytest.mark.parametrize("sentence", [
    "The probe covered EU dairy shipments worth more than $506 million, China's commerce ministry said.",
    "Officials reckon that about $48.2 billion of Indian exports are affected by the US tariff.",
    "Aircraft are the biggest single item on the EU's countermeasure list, covering almost €11 billion of US exports.",
])
def test_goods_a_measure_covers_named_by_its_verb(values_rules_only, sentence):
    assert {v[4] for v in values(sentence, date(2025, 8, 27))} == {"countermeasure_coverage"}


def _coverage_candidate(body: str, published: date, value: float):
    from tariffscope.articles.trade_values import candidates as all_candidates

    ctx = Context.build(normalize_body(body), published)
    return ctx, next(c for c in all_candidates(ctx) if c.money.value == value)


def test_a_one_sided_coverage_gets_the_storys_other_side():
    from tariffscope.articles.trade_values import coverage_sides

    ctx, c = _coverage_candidate("Canada strikes back at U.S. steel tariffs\n\nCanada will impose counter-tariffs on U.S. "
                                 "goods from July 1. Nearly C$30 billion in new retaliatory tariffs is Ottawa's latest "
                                 "counterpunch.", date(2025, 3, 4), 30e9)
    assert coverage_sides(ctx, c, ["CAN"]) == ["CAN", "USA"]        # the imposer alone: the default imposer is the target
    assert coverage_sides(ctx, c, ["USA"]) == ["USA", "CAN"]        # the target alone: the story's country imposes
    assert coverage_sides(ctx, c, ["CAN", "USA"]) == ["CAN", "USA"]


def test_a_measure_on_partners_without_a_deal_or_on_a_list_has_no_single_target():
    from tariffscope.articles.trade_values import coverage_sides

    ctx, c = _coverage_candidate("Mexico proposes tariffs on Chinese cars\n\nMexico proposed tariffs of up to 50% on cars "
                                 "from China. The plan applies to countries with which Mexico has no trade agreement. The "
                                 "imports affected are worth approximately US$55bn a year.", date(2025, 9, 11), 55e9)
    assert coverage_sides(ctx, c, ["USA", "MEX"]) == ["MEX"]        # the country whose partners lack a deal imposes
    assert coverage_sides(ctx, c, ["MEX"]) == ["MEX"]
    ctx, c = _coverage_candidate("Mexico's tariffs on Chinese imports start Jan. 1\n\nGoods from other countries that have "
                                 "no free-trade agreement with Mexico, such as India and Thailand, are also caught by the "
                                 "package, which covers about $52 billion of imports a year.", date(2025, 12, 30), 52e9)
    assert coverage_sides(ctx, c, ["USA", "MEX"]) == ["MEX"]
    assert coverage_sides(ctx, c, ["CHN", "USA"]) == ["CHN", "USA"]  # a pair without that country: left as read
    ctx, c = _coverage_candidate("US affirms steel duties\n\nThe United States affirmed anti-dumping duties on steel. The "
                                 "rulings apply to $2.9bn of imports from Brazil, Canada, Mexico and Vietnam, the department "
                                 "said.", date(2025, 9, 11), 2.9e9)
    assert coverage_sides(ctx, c, ["USA"]) == ["USA"]


@pytest.mark.parametrize("body, value", [
    ("India's shrimp exports slump\n\nIndia's shrimp industry is in trouble. By some estimates, the American market alone "
     "took roughly Rs 22,000 crore of the country's shrimp.", 220e9),
    ("Korea's exports fall in April\n\nSouth Korea's exports fell 3%. Shipments bound for the United States came to $6.182 "
     "billion in the period.", 6.182e9),
    ("Australia posts a surplus\n\nAustralia's exports rose in July. Non-monetary gold, for which the US is a key "
     "destination, rose 8.3% to a record of just over A$6 billion.", 6e9),
])
def test_a_partner_named_as_the_market_gets_the_storys_country(body, value):
    # LABELING.md: when the text leaves the reporter implicit, the story's country is the reporter (round 16)
    from tariffscope.articles.trade_values import market_partner

    ctx, c = _coverage_candidate(body, date(2025, 8, 1), value)
    assert market_partner(ctx, c, ["USA"]) == [ctx.reporter, "USA"] and ctx.reporter != "USA"
    assert market_partner(ctx, c, [ctx.reporter]) == [ctx.reporter]       # the story's own flow: left as read


def test_a_country_named_as_the_exporter_is_no_market():
    from tariffscope.articles.trade_values import market_partner

    ctx, c = _coverage_candidate("Korea's exports fall in April\n\nSouth Korea's exports fell 3%. U.S. exports bound for "
                                 "Korea came to $6.2 billion, with American buyers cautious.", date(2025, 5, 1), 6.2e9)
    assert market_partner(ctx, c, ["USA"]) == ["USA"]


@pytest.mark.parametrize("sentence", [
    "The value of July shipments compared with $22.5 billion in July 2024, a rise of $2.5 billion.",
    "Across all destinations, UK goods exports in April were down 8.8%, or £2.7 billion.",
    "That is a fall of 20.5 per cent, or roughly ₦940.98bn in lost export earnings.",
    "Machinery exports dropped, while chemicals exports slid £300 million.",
    "Brazil had roughly US$600 million less shipped to the United States over the month.",
    "Australia's exports to the US came in more than A$1 billion above the same three months a year earlier.",
    # round 17: "by" across a comma or after a phrasal verb, an amount called extra, an amount taken away
    "Shipments to Europe also rose, by £1.2bn or 4%, on stronger demand.",
    "Sales of machinery to Canada went up by £600mn in May.",
    "Over the quarter the deficit on trade in goods deepened by £2bn, the statistics office said.",
    "The extra $2.1bn spent on Chinese parts turned the surplus into a deficit.",
    "Steel imports have seen an additional $4.5 billion this year.",
    "The duties could wipe about $1.8 billion a year off the value of its exports to Japan.",
    "Exports to the US fell sharply over the summer, removing more than $2 billion in monthly shipment value.",
])
def test_a_change_of_a_flow_is_no_trade_value(sentence):
    # LABELING.md: "Not trade values: changes (label the level the text gives, if any)" (round 16 forms)
    from tariffscope.articles.trade_values import a_change

    text = normalize_body(sentence)
    mo = find_money(text)[-1]
    assert a_change(text, mo.start, mo.end)


@pytest.mark.parametrize("sentence", [
    "Exports rose 5% to $42 billion in July.",
    "Between them, those two categories made up more than €280 million of the EU's imports from the US in 2017.",
    "Exports to the US were down 8.8% at £13.7 billion.",
    "Imports from Mexico also declined, by £300 million to £3.9 billion.",
    "Canada will hit an additional C$14.2 billion of American goods with 25% tariffs.",
    "Exports brought in A$46 billion in July, while imports cost A$38.7 billion.",
    "Exports rose by 5% to $42 billion in July.",
])
def test_a_level_after_a_change_word_stays_a_level(sentence):
    from tariffscope.articles.trade_values import a_change

    text = normalize_body(sentence)
    mo = find_money(text)[-1]
    assert not a_change(text, mo.start, mo.end)


@pytest.mark.parametrize("sentence, kind", [
    ("Chips alone brought in $9.8 billion, or 25.3 percent of everything Korea sold abroad.", "exports"),
    ("Citrus is South Africa's biggest farm export, bringing in about R34 billion in foreign earnings each year.", "exports"),
    ("Beef sales to the US bring in about A$4 billion each year.", "exports"),
    ("The United States brought in $474 billion worth of auto products in 2024.", "imports"),
    ("He said the car tariffs would bring in about $100 billion a year for the Treasury.", None),
])
def test_money_a_flow_earns_is_its_exports(sentence, kind):
    # LABELING.md: "an industry's yearly export earnings ... are exports" -- an earning verb right before the amount;
    # goods brought in, named after it, are imports; what a tariff brings in is revenue (round 18)
    from tariffscope.articles.trade_values import earned_flow

    text = normalize_body(sentence)
    mo = find_money(text)[0]
    assert earned_flow(text, mo.start, mo.end) == kind


@pytest.mark.parametrize("sentence, covered", [
    ("The rulings apply to $2.9bn of imports from Brazil, Canada and Vietnam, the department said.", True),
    ("Legislators estimate that the changes touch about $51.9 billion of imports.", True),
    ("The order reaches imports that were worth $347.1 million in 2023, the department said.", True),
    ("The probe covered close to $400 billion of imports, yet the first tariffs are far narrower.", False),
    ("Imports from China reached $130 billion in 2024.", False),
])
def test_a_measure_that_reaches_an_amount_covers_it(sentence, covered):
    # LABELING.md countermeasure_coverage: the value of goods a tariff measure covers; an investigation's imports stay
    # imports (round 15)
    from tariffscope.articles.trade_values import measure_reaches

    text = normalize_body(sentence)
    mo = find_money(text)[0]
    assert measure_reaches(text, 0, mo.start) is covered


def test_an_earned_or_reached_amount_keeps_its_kind_against_the_learned_kind():
    facts = values("Korea's exports rose in June\n\nKorean exports rose 2% in the first half. Chips alone brought in $9.8 "
                   "billion, or 25.3 percent of everything Korea sold abroad.\n\nThe US affirmed anti-dumping duties on "
                   "Korean steel. The rulings apply to $2.9bn of imports from Korea, the department said.", date(2025, 7, 1))
    kinds = {v[2]: v[4] for v in facts}
    assert kinds[9.8e9] == "exports" and kinds[2.9e9] == "countermeasure_coverage"


@pytest.mark.parametrize("sentence, kind", [
    ("That is 0.9 percent above the $59.1 billion shipped in the same period last year.", "exports"),
    ("Steel plate shipped in from China was worth $2 billion last year.", "imports"),
])
def test_shipped_in_a_period_is_no_inbound_flow(sentence, kind):
    from tariffscope.articles.trade_values import _kind

    text = normalize_body(sentence)
    mo = find_money(text)[0]
    assert _kind(text, (0, len(text)), mo.start, mo.end) == kind


def test_a_lowercase_m_glued_to_the_number_is_millions():
    # "€640m (£540m)", "$161m (R2.84bn)": British, Irish, Australian and South African outlets' millions (round 18)
    got = [(m.value, m.currency) for m in find_money("worth €640m (£540m), and $161m (R2.84bn); $5 m and $640 more")]
    assert got == [(640e6, "EUR"), (540e6, "GBP"), (161e6, "USD"), (2.84e9, "ZAR"), (5.0, "USD"), (640.0, "USD")]


def test_a_dollar_prefix_is_no_word_of_the_story():
    # "US$35.979 billion", "A$4 billion": the currency's form; read as "us" it weighed as the United States named in
    # the clause, and the learned parties added the US to a world figure's rows (round 19, d1055)
    assert trade_model._words("shipped US$35.9 billion of parts, A$4 billion, HK$2 billion and a $5 billion") == \
        ["shipped", "$", "<num>", "billion", "of", "parts", "$", "<num>", "billion", "$", "<num>", "billion",
         "and", "a", "$", "<num>", "billion"]
    assert "us" in trade_model._words("exports to the US rose")


def test_a_source_is_no_counterpart_of_the_party_decision():
    text = normalize_body("The auto industry shipped US$35.979 billion of parts in 2023, according to Mexico's "
                          "Ministry of Economy.")
    ctx = Context.build(text, date(2025, 3, 5))
    c = next(c for c in candidates(ctx) if c.money.value == 35.979e9)
    feats = trade_model.party_features(ctx, c, "exports", ["MEX"])
    assert "to_from" not in feats                           # "according to Mexico's": a source, not a market
    assert "c:us" not in feats
