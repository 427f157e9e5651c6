"""A "he said" finds its speaker in its own paragraph or the one before (headings and quotation-only paragraphs skipped);
a speaker the people reader does not know does not hand the quote to the last person it does know (round 22c)."""
from __future__ import annotations

from inline import article

from tariffscope.articles import extract_facts


def quotes(body: str) -> dict[str, str | None]:
    return {q["text"]: q["speaker"] for q in extract_facts(article(body))["quotes"]}


def test_unknown_speaker_two_paragraphs_on_is_not_trump():
    body = ("President Donald Trump said on Monday that the tariffs would stay in force.\n\n"
            "The appeals court ruled that most of the levies were unlawful under the emergency powers law.\n\n"
            "A lawyer for the small businesses that sued welcomed the decision. \"This is a big win for "
            "importers,\" he said.")
    got = quotes(body)
    assert "This is a big win for importers" not in got


def test_speaker_in_the_paragraph_before_still_found():
    body = ("President Donald Trump said on Monday that the tariffs would stay in force.\n\n"
            "\"We will win at the Supreme Court,\" he said.")
    assert quotes(body) == {"We will win at the Supreme Court": "Donald Trump"}


def test_heading_and_quotation_only_paragraph_are_skipped():
    body = ("European Commission President Ursula von der Leyen said the bloc deeply regretted the measure.\n\n"
            "\"Tariffs are taxes. They are bad for business.\"\n\n"
            "Next steps\n\n"
            "She added that the bloc would \"always remain open to negotiations\".")
    assert quotes(body).get("always remain open to negotiations") == "Ursula von der Leyen"


def test_possessive_role_names_the_antecedent():
    body = ("President Donald Trump said on Monday that Japan would face a higher rate.\n\n"
            "Japan already pays a 25% tariff on cars, under a separate legal authority.\n\n"
            "The president's comments followed a post in which he accused Japan of refusing rice. "
            "\"They won't take our RICE,\" he wrote.")
    assert quotes(body).get("They won't take our RICE") == "Donald Trump"
