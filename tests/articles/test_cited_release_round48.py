"""Round 48 (xtvreporter48): a statistics agency whose figures the story cites below the lede ("according to U.S.
Census Bureau data", "Source: U.S. Census Bureau") gives the story's reporter when the lede names neither a country
owning a flow nor an agency (context.Context.cited_release_country); an agency quoted on something else is no release.
"The two countries" then point to the reporter and the story's main country (trade_values._story_two)."""
from __future__ import annotations

from inline import parties_by_amount, value_candidate

MEXICO = ("Mexico on course to pass Canada\n\n"
          "Mexico is set to end Canada's long run as the top buyer of American goods this year. "
          "Canada bought less in the first half, and Mexican buyers kept ordering.\n\n"
          "Two-way merchandise trade between the two countries reached $506.91 billion over the period.\n\n")


def test_an_agency_cited_below_the_lede_names_the_reporter():
    ctx, _ = value_candidate(MEXICO + "This summary draws on US Census Bureau data.", 506.91e9)
    assert ctx.reporter == "USA"
    assert parties_by_amount(MEXICO + "This summary draws on US Census Bureau data.")[506.91e9] == {"USA", "MEX"}


def test_a_source_line_under_import_rows_names_the_reporter():
    body = ("Plywood duties set\n\n"
            "Preliminary duties on hardwood plywood from China, Indonesia and Vietnam were set this week. "
            "Chinese producers face the highest rates, and Chinese exporters in China said they would appeal.\n\n"
            "Imports from Indonesia came to $337.6 million in 2024.\n\n"
            "Source: U.S. Census Bureau, accessed through a trade database.")
    assert value_candidate(body, 337.6e6)[0].reporter == "USA"
    assert parties_by_amount(body)[337.6e6] == {"USA", "IDN"}


def test_an_agency_quoted_on_something_else_is_no_release():
    story = ("Pakistan rice finds a market\n\n"
             "Pakistan's rice growers see an opening as buyers look for new suppliers. Pakistan sold more in Europe too. "
             "A fiscal year earlier, it had shipped 595,120 tonnes for $650.4m.\n\n")
    quoted = ("Imported rice has claimed a larger part of the market in the United States for three decades, the USDA says: from "
              "7 percent of domestic use to a quarter.")
    ctx, _ = value_candidate(story + quoted, 650.4e6)
    assert ctx.cited_release_country() is None
    cited = quoted.replace("the USDA says", "USDA data show")
    assert value_candidate(story + cited, 650.4e6)[0].cited_release_country() == "USA"


def test_the_two_countries_with_the_reporter_named_pair_it_with_the_main_country():
    body = MEXICO.replace("over the period.", "over the period, 15.3% of all US merchandise trade.")
    assert parties_by_amount(body + "This summary draws on US Census Bureau data.")[506.91e9] == {"USA", "MEX"}
