"""Round 39 (xreporter39): a story that reports a statistics agency's release ("USDA sees farm trade deficit easing",
"SARS reports R19.70 billion trade surplus", "Eurostat reported on Friday ...") is that agency's country's trade: when no
country owns a flow in the headline, deck or lede, the agency's country is the story's reporter, not the partner the
story names most.  A country that owns a flow there ("Mexico's exports to the United States rose ...") still comes
first, and an agency named only further down gives nothing."""
from __future__ import annotations

from datetime import date

from tariffscope.articles.context import Context
from tariffscope.articles.text import normalize_body
from tariffscope.articles.trade_values import extract_trade_values

PUB = date(2025, 11, 10)


def _read(body: str, published: date = PUB):
    ctx = Context.build(normalize_body(body), published)
    return ctx, [(f["parties"], f["value"], f["kind"]) for f in extract_trade_values(ctx)]


def test_a_usda_outlook_that_names_china_most_is_the_us_trade():
    ctx, facts = _read("USDA sees farm trade deficit easing to $41.5 billion\n\n"
                       "The department expects the agricultural trade deficit to narrow next year as imports shrink. "
                       "Sales to China are forecast to fall to $9 billion, and China is buying less soybeans. China remains "
                       "a key market, and China's buyers have turned to Brazil.")
    assert ctx.reporter == "USA"
    assert (["USA", "CHN"], 9e9, "exports") in facts


def test_a_sars_release_that_names_its_customs_union_partners_is_south_africas():
    ctx, facts = _read("SARS reports R19.70 billion trade surplus for September\n\n"
                       "The preliminary trade balance showed a surplus of R19.70 billion in September, the revenue service "
                       "said. The figures include trade with Botswana, Eswatini, Lesotho and Namibia. Exports to Botswana "
                       "rose, and imports from Botswana fell.", date(2022, 10, 31))
    assert ctx.reporter == "ZAF"
    assert facts == [(["ZAF"], 19.7e9, "trade_surplus")]


def test_a_country_owning_the_flow_in_the_lede_comes_before_the_agency():
    ctx, facts = _read("Mexican exports to the US rise in July\n\n"
                       "Mexico's exports to the United States rose 8% to $48 billion in July, Census Bureau data showed. "
                       "Mexico shipped more cars. Mexico also sold more produce.")
    assert ctx.reporter == "MEX"
    assert facts == [(["MEX", "USA"], 48e9, "exports")]


def test_an_agency_named_only_after_the_lede_gives_no_reporter():
    body = ("Vietnam courts new buyers\n\nVietnam's trade ministry is courting buyers in the Gulf. Officials met traders "
            "in Dubai. Vietnam wants more sales there. Vietnam hopes to add markets. Vietnam named a new envoy. "
            "Vietnam's growth has slowed.\n\nSeparately, Eurostat figures showed the bloc's imports grew.")
    ctx = Context.build(normalize_body(body), PUB)
    assert ctx.release_country(len(body)) == "EUU"      # the agency is there, but past the lede
    assert ctx.reporter != "EUU"
