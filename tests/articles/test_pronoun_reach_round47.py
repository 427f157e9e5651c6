"""Round 47 (xquotes47): a "he said" whose speaker is named two paragraphs up, past a paragraph of narration.

* A paragraph between the speaker's and the quotation's that names no one, refers to no one (no he/she) and quotes no
  one does not change who is speaking: "“...,” he said." after it is the person named in the paragraph before it.
Guards: a paragraph with a quotation in between keeps the old reach (its speaker may be someone the people reader did
not recognise); a "he said" three paragraphs from any name stays unattributed."""
from __future__ import annotations

from inline import quote_pairs


def test_he_said_after_a_paragraph_of_narration():
    body = ("Albanese says US tariffs unwarranted\n\n"
            "Prime Minister Anthony Albanese spoke to reporters in Canberra on Thursday.\n\n"
            "Australia charges nothing on imports from the United States, so its own goods should face no tariffs.\n\n"
            "\"These tariffs are not unexpected, but they are totally unwarranted,\" he said.")
    assert ("Anthony Albanese", "These tariffs are not unexpected, but they are totally unwarranted") in quote_pairs(body)


def test_she_said_after_a_paragraph_of_figures():
    body = ("Nigeria looks for new markets\n\n"
            "Trade Minister Jumoke Oduwole described trade with the United States as dominated by energy.\n\n"
            "Crude oil made up 92 per cent of the country's $5.5 billion of exports to the US last year.\n\n"
            "\"It's mostly an energy trading relationship,\" she said.")
    assert ("Jumoke Oduwole", "It's mostly an energy trading relationship") in quote_pairs(body)


def test_a_quotation_between_keeps_the_reach():
    body = ("Apparel makers warn over tariff\n\n"
            "Finance Minister Anthony Smith said the government would seek talks.\n\n"
            "\"If this is the end number, we are in trouble,\" the head of the apparel forum told reporters.\n\n"
            "\"Our competitors have received lower tariffs,\" he added.")
    assert not any(text.startswith("Our competitors") for _, text in quote_pairs(body))


def test_three_paragraphs_of_narration_stay_out_of_reach():
    body = ("Exporters brace\n\n"
            "Trade Minister Anthony Smith met exporters on Monday.\n\n"
            "Shipments to the United States fell 12 per cent in May.\n\n"
            "Rice and garments accounted for most of the decline.\n\n"
            "\"We are in a difficult position,\" he said.")
    assert not any(text.startswith("We are in a difficult") for _, text in quote_pairs(body))
