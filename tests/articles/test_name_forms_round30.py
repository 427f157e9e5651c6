"""Round 30 (the lead's xnames30): a person's name as published (LABELING.md people and quotes: the full name, the
speaker of every quotation of that person).  tests/articles/quote_errors.py found 33 quotes of 15 writer batches
given another form of the speaker's name: a party or council word read as a given name ("Republican Chuck Grassley",
"Federal Councillor Guy Parmelin"), a Malay name cut at four words ("Tengku Datuk Seri Zafrul Abdul Aziz"), and a
short form never tied to the full one ("Tengku Zafrul", "Gan Kim" for "Gan Kim Yong", "Nhat Tan").
Guards: two people who share one word stay two people; a short form sharing neither the first nor the last word of a
longer name is not that person."""
from __future__ import annotations

from inline import article, quote_pairs

from tariffscope.articles import extract_facts


def _people(body: str) -> set[str]:
    return {p["name"] for p in extract_facts(article(body))["people"]}


def test_party_word_before_a_name_is_a_title():
    body = ("Farm-state senators press the White House\n\n"
            "Republican Chuck Grassley met growers in Iowa on Monday.\n\n"
            "\"I'm hopeful the administration will come up with a plan,\" Grassley said.")
    assert ("Chuck Grassley", "I'm hopeful the administration will come up with a plan") in quote_pairs(body)
    assert "Republican Chuck Grassley" not in _people(body)


def test_council_word_before_a_name_is_a_title():
    body = ("Swiss minister rules out concessions\n\n"
            "At a press conference, Federal Councillor Guy Parmelin said that \"Switzerland has made no concessions\".")
    assert _people(body) == {"Guy Parmelin"}


def test_malay_honorific_chain_is_the_whole_name_and_the_short_form_is_that_person():
    body = ("Malaysia secures lower US tariff\n\n"
            "Investment, Trade and Industry Minister Tengku Datuk Seri Zafrul Abdul Aziz credited the outcome to "
            "months of talks.\n\n"
            "\"This result was achieved through sustained engagement,\" Tengku Zafrul said.")
    # round 47: the conferred style "Datuk Seri" is dropped, the royal "Tengku" kept (LABELING.md)
    assert _people(body) == {"Tengku Zafrul Abdul Aziz"}
    assert ("Tengku Zafrul Abdul Aziz", "This result was achieved through sustained engagement") in quote_pairs(body)


def test_name_with_its_last_word_dropped_is_that_person():
    body = ("Singapore seeks drug tariff deal\n\n"
            "Trade minister Gan Kim Yong met pharmaceutical firms on Tuesday.\n\n"
            "\"We hope to have an arrangement to remain competitive,\" Gan Kim said.")
    assert _people(body) == {"Gan Kim Yong"}


def test_people_sharing_one_word_stay_two():
    body = ("Two ministers speak\n\n"
            "Finance Minister Maria Luisa Santos spoke first. Trade Minister Jose Santos Cruz spoke next.\n\n"
            "\"We are ready,\" Maria Santos said.")
    people = _people(body)
    assert "Jose Santos Cruz" in people and "Maria Luisa Santos" in people


def test_short_form_sharing_neither_end_is_not_that_person():
    body = ("Trade talks\n\n"
            "Trade Minister Ana Maria Lopez Vidal met the delegation. Economist Maria Lopez of Banorte disagreed.\n\n"
            "\"Talks will drag on,\" Maria Lopez said.")
    assert ("Maria Lopez", "Talks will drag on") in quote_pairs(body)


def test_chain_with_an_academic_title_drops_it_like_dr():
    body = ("Malaysia's exports rise\n\n"
            "Chief statistician Datuk Seri Dr Mohd Uzir Mahidin said exports rose in November.")
    assert _people(body) == {"Mohd Uzir Mahidin"}
