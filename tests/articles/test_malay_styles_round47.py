"""Round 47 (the lead's xmalay47): LABELING.md, decided by the lead in round 47 -- Malay conferred styles (Datuk Seri,
Dato' Sri, Tan Sri, Datuk, Tun) are no part of a person's name, a royal "Tengku" / "Tunku" is (xrulings47: the dev
labels drop them in 55 of 55 names). The chain is still read whole, so its shorter cuts join the person; a name
that only begins like a style ("Sri Mulyani Indrawati", "Tan Wei Ming") keeps every word."""
from __future__ import annotations

from inline import article, quote_pairs

from tariffscope.articles import extract_facts


def _people(body: str) -> set[str]:
    return {p["name"] for p in extract_facts(article(body))["people"]}


def test_conferred_style_dropped_royal_title_kept():
    body = ("Malaysia seeks lower US rate on chips\n\n"
            "Investment, Trade and Industry Minister Tengku Datuk Seri Zafrul Abdul Aziz said talks would resume.\n\n"
            "\"We are confident of a fair outcome,\" Tengku Zafrul said.")
    assert _people(body) == {"Tengku Zafrul Abdul Aziz"}
    assert ("Tengku Zafrul Abdul Aziz", "We are confident of a fair outcome") in quote_pairs(body)


def test_datuk_seri_before_a_name_without_royal_title():
    body = ("Anwar says Malaysia will not retaliate\n\n"
            "Prime Minister Datuk Seri Anwar Ibrahim said the government would keep talking to Washington.\n\n"
            "\"Retaliation is not in our interest,\" he said.")
    assert _people(body) == {"Anwar Ibrahim"}
    assert ("Anwar Ibrahim", "Retaliation is not in our interest") in quote_pairs(body)


def test_names_that_only_begin_like_a_style_keep_every_word():
    body = ("Indonesia weighs response to US tariff\n\n"
            "Finance Minister Sri Mulyani Indrawati said revenue would hold up.\n\n"
            "\"We will protect our exporters,\" Sri Mulyani said.")
    assert "Sri Mulyani Indrawati" in _people(body)
