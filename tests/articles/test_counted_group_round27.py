"""Round 27 (xlist27): a rate whose clause counts the countries it hits without naming them.

"goods from eight European countries will be hit with a 10% import tax" names the countries elsewhere: in the next
sentence ("Trump named Denmark, Norway, ..."), paragraphs later ("The leaders of Denmark, ..., the eight countries
named by Washington"), or earlier in the same sentence ("Argentina, Brazil, Paraguay and Uruguay ..., where beef from
the four countries pays a tariff of 20%").  The labels give one fact per listed country (LABELING.md: a rate stated
for a list of named countries is one fact per country; dev d034, d1728, d693, d1555).  `roles._counted_group_members`
ties the count to the article's one list of exactly that many countries.  Guards: a count that matches no list, or two
different lists, gives none of them; a rate that names its own countries keeps them."""
from __future__ import annotations

from datetime import date

from inline import tariff_tuples

PUBLISHED = date(2026, 1, 18)


def _targets(body: str, rate: float) -> set:
    return {g[1] for g in tariff_tuples(body, PUBLISHED) if g[3] == rate}


def test_counted_group_listed_in_the_next_sentence():
    body = ("President Donald Trump said Saturday that goods from six European countries will be hit with a 10% import "
            "tax from February because their governments opposed his plan.\n\n"
            "In a social media post, Trump named Denmark, Norway, Sweden, France, Germany and Finland. "
            "Leaders across Europe called the threat unacceptable.")
    assert _targets(body, 10.0) == {"DNK", "NOR", "SWE", "FRA", "DEU", "FIN"}


def test_counted_group_listed_later_and_carried_to_the_raised_rate():
    body = ("The countermeasures answer Trump's proposed 10% tariff on goods from five European countries, which is due "
            "to take effect on February 1. Trump has threatened to lift that rate to 25% by June.\n\n"
            "Allies close ranks\n\n"
            "The leaders of Denmark, Finland, France, Norway and Sweden, the five countries named by Washington, put out "
            "a joint statement of solidarity.")
    assert _targets(body, 10.0) == {"DNK", "FIN", "FRA", "NOR", "SWE"}
    assert _targets(body, 25.0) == {"DNK", "FIN", "FRA", "NOR", "SWE"}


def test_counted_group_after_its_list_in_the_same_sentence():
    body = ("The European Union will cut its beef tariffs under the Mercosur deal, Brussels said on Monday.\n\n"
            "Argentina, Brazil, Paraguay and Uruguay already enjoy preferential access to the EU through the Hilton "
            "quota, where beef from the four countries pays a tariff of 20%. Exporters want the quota widened.")
    assert {"ARG", "BRA", "PRY", "URY"} <= _targets(body, 20.0)


def test_a_count_matching_no_list_or_two_lists_names_none_of_them():
    # eight counted, three listed: the list is not the group
    no_match = ("Trump said goods from eight European countries will be hit with a 10% import tax from February. "
                "Denmark, Norway and Sweden said they would answer together.")
    assert not {"DNK", "NOR", "SWE"} & _targets(no_match, 10.0)
    # three counted, two different lists of three: the count points at neither
    two_lists = ("Trump said goods from three countries will be hit with a 10% import tax from February.\n\n"
                 "Officials in Denmark, Norway and Sweden objected. Officials in Spain, Italy and Portugal stayed quiet.")
    assert not {"DNK", "NOR", "SWE", "ESP", "ITA", "PRT"} & _targets(two_lists, 10.0)


def test_a_rate_naming_its_own_countries_keeps_them():
    body = ("Washington will charge a 15% tariff on goods from Japan and South Korea, the two countries said on Friday. "
            "Officials in Denmark, Norway and Sweden were not affected.")
    assert _targets(body, 15.0) == {"JPN", "KOR"}
