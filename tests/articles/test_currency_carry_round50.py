"""Round 50 (xtvplain50): amounts whose currency the reader could not read. A writer who names the currency in a word
after the number leaves it off the next amount of the sentence ("exported 79.721 billion dollars and imported 60.822
billion"): the bare amount is in that currency (money.elided_currency), unless a unit noun follows it ("5.55 million
vehicles"). A currency name several countries share ("15 billion dirhams") is the story's country's
(trade_values._story_currency_money), and "Euro 313.4 billion" is euros."""
from __future__ import annotations

from datetime import date

from inline import values_by_amount

PUBLISHED = date(2025, 2, 10)


def test_a_currency_left_off_the_second_amount_is_the_first_ones():
    body = ("Argentina posts record trade surplus\n\n"
            "Argentina closed 2024 with its largest trade surplus on record, the statistics institute said.\n\n"
            '"In 2024, Argentina exported 79.721 billion dollars and imported 60.822 billion," the institute said.')
    values = values_by_amount(body, PUBLISHED)
    assert values[60.822e9]["currency"] == "USD"
    assert values[60.822e9]["kind"] == "imports"
    assert values[79.721e9]["kind"] == "exports"


def test_a_bare_count_after_a_word_named_amount_is_no_money():
    body = ("Hyundai unveils investment plan\n\n"
            "Hyundai Motor said it would invest 77.3 trillion won in South Korea by 2030 and reach global sales of "
            "5.55 million vehicles a year, as exports to the United States face a 25% tariff.")
    assert 5.55e6 not in values_by_amount(body, PUBLISHED)


def test_dirhams_are_the_story_countrys():
    body = ("Morocco weighs US duties\n\n"
            "Morocco's trade with the United States has grown since the two countries signed a free trade agreement.\n\n"
            "Moroccan exports to the United States reached 15 billion dirhams in 2023, according to the Office des "
            "Changes.")
    values = values_by_amount(body, PUBLISHED)
    assert values[15e9]["currency"] == "MAD"
    assert values[15e9]["year"] == 2023


def test_euro_written_before_the_number():
    body = ("EU pharma exports hit record\n\n"
            "The European Union's exports of medicinal and pharmaceutical products rose in 2024 to Euro 313.4 "
            "billion, Eurostat data showed.")
    assert values_by_amount(body, PUBLISHED)[313.4e9]["currency"] == "EUR"
