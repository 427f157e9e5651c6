"""Forms of real published pages (round 9, branch xrealpages): link lines in any case, percentage units and
number forms, names that open with a function word, on inline articles."""
from __future__ import annotations

from inline import article, tariff_tuples
from tariffscope.articles import extract_facts
from tariffscope.articles.money import find_percents
from tariffscope.articles.text import normalize_body


def test_link_lines_in_any_case_and_separator_are_dropped():
    body = normalize_body("India cut its duty on bourbon to 50% on Friday.\n\nALSO READ: Textile exporters count losses as "
                          "50% duty kicks in\n\n**Also Read:** Sensex slides\n\n*Read also: Naira wobbles*\n\n"
                          "Also read | India, US trade talks\n\nREAD ALSO: Nigeria's crude struggles\n\nThe cut took effect.")
    assert body == "India cut its duty on bourbon to 50% on Friday.\n\nThe cut took effect."


def test_a_link_heading_takes_its_list_of_headlines_with_it():
    body = normalize_body("Seoul said it would respond.\n\n**Also Read**\n- Seoul scrambles to save pact\n"
                          "- Hyundai shares slide\n\nThe ministry said talks go on.\n\nLatest developments:\n- EU acts")
    assert body == ("Seoul said it would respond.\n\nAlso Read\n\nThe ministry said talks go on.\n\n"
                    "Latest developments:\n\nEU acts")


def test_percent_units_pc_and_thousands_in_a_change():
    assert [p.value for p in find_percents("a 25pc duty and 10 pc more")] == [25.0, 10.0]
    assert [p.value for p in find_percents("raised from 1,000 to 2,500 per cent")] == [1000.0, 2500.0]
    assert [p.value for p in find_percents("cut from 25 to 15 pct")] == [25.0, 15.0]


def test_a_range_in_pc_is_no_rate():
    body = "Steel within the quotas will continue to pay Brazil's regular import tax of between 9pc and 16pc."
    assert not {t for t in tariff_tuples(body) if t[3] in (9.0, 16.0)}


def _names(body: str) -> list[str]:
    return [p["name"] for p in extract_facts(article(body))["people"]]


def test_a_family_name_that_is_an_english_function_word():
    assert _names("General Secretary To Lam said the talks went well.") == ["To Lam"]
    assert "To Lam" in _names('"We will talk," said To Lam on Friday.')
    assert _names("To be sure, exports rose, said Jane Doe.") == ["Jane Doe"]


def test_hyphenated_title_and_a_name_in_its_own_script():
    facts = extract_facts(article('Department of Statistics Director-General Beatrice Tsai (蔡美娜) called the result '
                                  'outstanding.\n\n"The AI opportunity is gaining momentum," Tsai told a news conference.'))
    assert [p["name"] for p in facts["people"]] == ["Beatrice Tsai"]
    assert [q["speaker"] for q in facts["quotes"]] == ["Beatrice Tsai"]


def test_a_quote_after_a_paragraph_that_ends_with_a_colon():
    facts = extract_facts(article("Liz McKeown, director of economic statistics at the ONS, blames manufacturing:\n\n"
                                  '"Across the quarter as a whole manufacturing drove the weakness in production."'))
    assert [q["speaker"] for q in facts["quotes"]] == ["Liz McKeown"]


def test_a_partial_quote_after_a_verb_of_opinion():
    facts = extract_facts(article('Martin Beck, chief economist at WPI Strategy, reckons a cut is now "even more likely".'))
    assert [(q["speaker"], q["text"]) for q in facts["quotes"]] == [("Martin Beck", "even more likely")]


def test_a_role_that_names_its_patch_before_the_name():
    assert "Lynn Song" in _names("Exports should recover, ING's chief economist for Greater China, Lynn Song, wrote.")
