"""text.literal_alternation matches exactly what the plain alternation of the same words matches."""
import re

from tariffscope.articles.text import literal_alternation

WORDS = ["steel", "Steel", "soybeans", "soy", "auto parts", "autos", "auto", "aluminum", "s", "U.S.", "US", "USMCA",
         "Prime Minister", "President", "Premier", "Ótawa"]
TEXT = ("U.S. Steel and USMCA autos: the Premier said soy, soybeans and auto parts (S) face steel duties; "
        "Prime Minister Carney; President Trump; ótawa Ótawa; AUTO PARTS, Soybeans.")


def _spans(rx: re.Pattern) -> list[tuple[tuple[int, int], str]]:
    return [(m.span(), m.group(0)) for m in rx.finditer(TEXT)]


def test_same_matches_as_plain_alternation():
    for words in (WORDS, sorted(WORDS, key=len, reverse=True), sorted(WORDS, key=len)):
        for flags in (0, re.I):
            plain = re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, words)) + r")(?!\w)", flags)
            grouped = re.compile(r"(?<!\w)(?:" + literal_alternation(words, ignorecase=bool(flags)) + r")(?!\w)", flags)
            assert _spans(grouped) == _spans(plain)
            assert _spans(grouped), "the text names some of the words"


def test_groups_by_first_character():
    assert literal_alternation(["steel", "soy", "autos"]) == "s(?:teel|oy)|a(?:utos)"
    assert literal_alternation(["Steel", "soy"], ignorecase=True) == "s(?:teel|oy)"
    # a non-ASCII first character under re.I keeps the plain alternation (wider case folding)
    assert literal_alternation(["Ótawa", "oil"], ignorecase=True) == "Ótawa|oil"


def test_find_literals_is_the_bounded_alternation():
    from tariffscope.articles.text import find_literals

    text = "Sheinbaum said; Claudia Sheinbaum, Sheinbaums and _Sheinbaum met Sir Keir and Keir Starmer; Keir.Carney"
    for words in (["Claudia Sheinbaum", "Sheinbaum", "Sir Keir", "Keir Starmer", "Keir", "Carney"],
                  ["Keir", "Keir Starmer", "Sheinbaum", "Claudia Sheinbaum"], ["Keir", ""]):
        rx = re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, words)) + r")(?!\w)")
        assert find_literals(text, words) == [(m.start(), m.end(), m.group(0)) for m in rx.finditer(text)]
