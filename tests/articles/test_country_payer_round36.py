"""Round 36 (xproduct36): the goods of a rate paid by a country.  When the subject that pays or faces the rate is a run
of countries, the goods an aside of that subject names are what the country makes or exports, not the rate's goods
("China, a smaller player in diamond processing, faces even steeper tariffs of up to 125%", dev d2151; "Japan, for
instance, will pay 24%", d2537; "South Africa and Bosnia and Herzegovina will face 30 per cent", d1189): a country pays
on all its goods, product null (LABELING.md "Products").  The same for the antecedent of the rate's relative clause
("olive oil exporters such as Turkey, Argentina and Morocco, which pay only the 10% baseline tariff").  Guards: a
country inside the goods' own phrase ("automobiles from the UK, which will pay 7.5%") and a possessive subject after
the aside ("Ecuador ... has a much lighter burden: its shrimp faces a 10% tariff") keep their goods.  And the paying
verb in its past and perfect forms reads the subject's goods as "pays" does ("Billets entering Egypt have paid a
provisional safeguard duty of 16.2 percent", d2546)."""
from __future__ import annotations

from datetime import date

from inline import tariff_tuples

PUBLISHED = date(2025, 10, 3)
LEAD = "Trade news of the week\n\nThe government published new tariff rates on Friday.\n\n"


def _products(body: str, rate: float) -> set:
    """The products of every fact of the rate."""
    return {f[2] for f in tariff_tuples(LEAD + body, PUBLISHED) if f[3] == rate}


def test_country_subject_with_an_aside_pays_on_all_goods():
    body = ("Botswana's diamond exports have slumped. China, a smaller player in diamond processing, faces even steeper "
            "tariffs of up to 125%.")
    assert _products(body, 125.0) == {None}


def test_countries_as_antecedent_of_the_paying_relative_clause():
    body = ("Tunisia would also lose ground against emerging olive oil exporters such as Turkey, Argentina and Morocco, "
            "which pay only the 10% baseline tariff.")
    assert _products(body, 10.0) == {None}


def test_country_in_the_goods_phrase_keeps_the_goods():
    body = ("The deal sets an annual quota of 100,000 automobiles from the UK, which will pay a preferential Section 232 "
            "duty of 7.5%.")
    assert _products(body, 7.5) == {"automobiles"}


def test_perfect_paying_verb_reads_the_subject_goods():
    body = ("Egypt is weighing a new safeguard plan. Since September 14, billets entering Egypt have paid a provisional "
            "safeguard duty of 16.2 percent.")
    assert _products(body, 16.2) == {"billets"}
