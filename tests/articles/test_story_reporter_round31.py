"""Round 31 (xtvmain31): the story's own country -- the reporter of figures whose text leaves it implicit (LABELING.md:
"the story's country is the reporter") -- is the country whose flow the headline or lede names with a possessive, also
when one word stands between the possessive and the flow's noun: a month ("Malaysia's November exports climb"), a status
("South Africa's preliminary trade surplus"), the goods ("Japan's chip exports") or the makers that export ("Korea's
carmakers exported").  Before, such a story fell back to the country its body names most after the home country."""
from __future__ import annotations

from datetime import date

from inline import parties_by_amount

from tariffscope.articles.context import Context
from tariffscope.articles.text import normalize_body

PUB = date(2025, 12, 19)


def reporter(body: str) -> str | None:
    return Context.build(normalize_body(body), PUB).reporter


MONTH_BODY = ("DOSM: Malaysia's November exports climb but surplus shrinks\n\n"
              "Malaysia's November exports rose 7 per cent, with more chips sent to Taiwan and Singapore. Shipments to "
              "Taiwan doubled and Taiwan overtook Singapore as a market, while Taiwan and Singapore both sold more to the "
              "country. Imports were up 15.8 per cent at RM128.9 billion.")

STATUS_BODY = ("SA's trade surplus more than doubles in November\n\n"
               "South Africa's preliminary trade surplus jumped to R37.7bn in November. Including trade with Botswana, "
               "Eswatini, Lesotho and Namibia, figures that cover Botswana's and Namibia's customs union trade, it is the biggest "
               "surplus this year. Imports fell to R150.3bn. Botswana and Namibia buy most of the re-exports.")


def test_a_month_between_the_possessive_and_exports_names_the_reporter():
    assert reporter(MONTH_BODY) == "MYS"


def test_an_implicit_import_figure_takes_the_month_flow_owner(values_rules_only):
    assert parties_by_amount(MONTH_BODY, PUB)[128.9e9] == {"MYS"}


def test_a_preliminary_surplus_names_the_reporter(values_rules_only):
    assert reporter(STATUS_BODY) == "ZAF"
    assert parties_by_amount(STATUS_BODY, PUB)[150.3e9] == {"ZAF"}


def test_a_possessive_maker_that_exported_names_the_reporter():
    body = ("Auto exports to US drop as tariff gap with Japan opens\n\n"
            "Korea's carmakers exported more vehicles in August than a year earlier, while Japanese rivals now pay a "
            "lower tariff than Japan's old rate and Japan's makers gain ground. Auto exports came to $5.5 billion "
            "last month.")
    assert reporter(body) == "KOR"


# guards: a measure on a flow is no flow of its owner; the plain possessive flow keeps working
def test_a_ban_that_hits_exports_names_no_reporter():
    body = ("China's ban hits exports of gallium\n\n"
            "Japan's exports of chips to China slid. Japan shipped $2 billion of gear to China in June, and China and "
            "Japan are talking.")
    assert reporter(body) == "JPN"


def test_curbs_that_hit_a_partners_exports_name_no_reporter():
    body = ("Canada's curbs hit US exports of steel\n\n"
            "American exports of steel to Canada were worth $9 billion last year. Canada and the US are talking.")
    assert reporter(body) == "USA"


def test_a_possessive_trade_that_passes_a_level_names_the_reporter(values_rules_only):
    body = ("Vietnam's trade passes US$800 billion by mid-November\n\n"
            "Goods flowing in and out had topped US$800 billion by November 15, customs figures show, as the US, Japan "
            "and Japanese buyers took more and Japan's carmakers and the US sold more. Imports over the same two weeks "
            "reached US$19.1 billion.")
    assert reporter(body) == "VNM"
    assert parties_by_amount(body, PUB)[19.1e9] == {"VNM"}


# guards: a possessive trade minister, a trade deal, and an import tariff are no flow of their owner's
def test_a_trade_minister_or_an_import_tariff_is_no_owned_flow():
    body = ("Japan's trade minister weighs Washington's steep import tariffs\n\n"
            "Korea's exports to the US fell. Japan and the US are talking, and Japan's envoy flew to Washington.")
    assert reporter(body) == "KOR"
