"""A quotation split by its own attribution, the role before the name (issue 11, round 26): in “...,” says US Trade
Representative Jamieson Greer, “while opening ...” the second half went to no one, because the title kept the
attribution from reading as "<name> says"; it goes on in lower case after a comma, and the only person named between
the halves is its speaker."""
from __future__ import annotations

from inline import article

from tariffscope.articles import extract_facts


def quotes(body: str) -> list[tuple[str, str]]:
    return [(q["speaker"], q["text"][:20]) for q in extract_facts(article(body))["quotes"]]


def test_the_second_half_after_a_titled_attribution():
    got = quotes('"These deals show that tariffs can stay," says US Trade Representative Dana Keller, '
                 '"while opening new markets for farmers."')
    assert ("Dana Keller", "while opening new ma") in got


def test_a_new_speaker_between_the_halves_takes_nothing_from_the_first():
    got = quotes('"These deals show that tariffs can stay," says trade envoy Dana Keller, but economist Omar Haddad '
                 'says, "they will raise prices for farmers."')
    assert ("Dana Keller", "they will raise pric") not in got
