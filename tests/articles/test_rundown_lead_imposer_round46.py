"""Round 46 (xownduty46): a rundown item whose own clause cues no imposer takes the one country its lead-in cues as
imposer ("China is now charging the following anti-dumping rates:" / "- United States: 74.9%"), instead of the story's
default imposer (roles._rundown_lead_imposer)."""
from __future__ import annotations

from datetime import date

from inline import tariff_tuples

PUBLISHED = date(2025, 5, 19)
POM = ("China puts anti-dumping duties on plastic imports\n\n"
       "The ministry launched the probe in May 2024, shortly after Washington raised its tariffs on Chinese electric "
       "vehicles. U.S. officials have criticised the probe. The U.S. trade representative said the United States would "
       "respond.\n\n")


def test_a_lead_in_names_whose_rates_the_list_sets():
    body = POM + ("On that basis, China is now charging the following anti-dumping rates on POM polymers:\n\n"
                  "- United States: 74.9%\n"
                  "- Japan: 35.5%\n")
    got = {(f[0], f[1], f[3]) for f in tariff_tuples(body, PUBLISHED)}
    assert ("CHN", "USA", 74.9) in got
    assert ("CHN", "JPN", 35.5) in got
    assert not any(f[0] == "USA" for f in got)


def test_a_lead_in_with_the_imposer_as_subject_of_its_verb():
    body = POM + ("From Monday, Canada will charge these surtaxes:\n\n"
                  "- Steel wire: 25%\n"
                  "- Fasteners: 15%\n")
    got = {(f[0], f[3]) for f in tariff_tuples(body, PUBLISHED)}
    assert ("CAN", 25.0) in got and ("CAN", 15.0) in got


def test_a_lead_in_cueing_no_imposer_leaves_the_items_to_the_story():
    body = POM + ("The rates by origin are:\n\n"
                  "- Japan: 35.5%\n"
                  "- Taiwan: 32.6%\n")
    got = {(f[0], f[1], f[3]) for f in tariff_tuples(body, PUBLISHED)}
    assert ("CHN", "JPN", 35.5) in got        # the headline's imposer, as before: the lead-in cues none

