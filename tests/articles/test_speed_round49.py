"""Round 49 (xspeed49): speed with the facts unchanged. The large literal lexicons (the hand goods lexicon and round
48's 7,800-form general goods lexicon) are compiled as a trie nested by every character (text.longest_first_trie),
which must match exactly what the length-sorted alternation (text.literal_alternation) matched: the same spans, the
longest word first, the shorter ones where the longer fails its boundary. The stories run the rules alone and keep
round 48's goods readings.
"""
from __future__ import annotations

import re

from inline import rate_products as products

from tariffscope.articles.text import literal_alternation, longest_first_trie

_WORDS = ["rice", "rices", "rice wine", "rice-wine", "ric", "oil", "olive oil", "olive", "oils", "Apple", "apple pie",
          "cocoa", "cocoa beans", "co"]
_TEXTS = ["Rice wine and olive oils, apple pie; RICE-WINE and rices", "ricewine co-op cocoa beansprout oil-rich",
          "olive oil\nolive  oil, apples, co., cocoa beans.", "x-rice rice- ric rice_wine Olive Oil"]


def _spans(pattern: str, flags: int, text: str) -> list[tuple[int, int]]:
    return [m.span() for m in re.finditer(r"(?<![\w-])(?:" + pattern + r")(?![\w-])", text, flags)]


def test_trie_matches_the_length_sorted_alternation():
    for flags, ignorecase in ((re.I, True), (0, False)):
        old = literal_alternation(sorted(set(_WORDS), key=len, reverse=True), ignorecase)
        new = longest_first_trie(_WORDS, ignorecase)
        for text in _TEXTS + [t.upper() for t in _TEXTS]:
            assert _spans(new, flags, text) == _spans(old, flags, text), (flags, text)


def test_trie_keeps_the_plain_alternation_for_non_ascii_words_under_ignorecase():
    words = ["café", "cafés", "tea"]
    assert longest_first_trie(words, ignorecase=True) == literal_alternation(sorted(words, key=len, reverse=True), True)
    assert "(?:" in longest_first_trie(["rice", "rices"], ignorecase=True)


def test_general_goods_still_read(rules_only):
    body = ("Beijing hits back\n\nChina's commerce ministry said American cocoa and brandy will face an extra 15% "
            "tariff from March 10.")
    assert {("cocoa", 15.0), ("brandy", 15.0)} <= products(body)


def test_general_goods_word_before_an_industry_is_no_goods(rules_only):
    body = ("Cairo weighs its options\n\nWashington imposed a 10% tariff on all imports from Egypt, hurting rice "
            "farmers.")
    assert products(body) == {(None, 10.0)}


def test_fold_as_the_per_character_generator():
    import unicodedata

    from tariffscope.articles.people import _fold
    for text in ("Luiz Inácio Lula da Silva", "Maroš Šefčovič", "plain ASCII", "Ø ł ß ﬁ “x”", ""):
        assert _fold(text) == "".join(unicodedata.normalize("NFKD", c)[0] if ord(c) > 127 else c for c in text)


def test_known_person_written_without_accents_is_the_known_one():
    from tariffscope.articles import people as P
    first = {}
    for k in P.KNOWN_PEOPLE:
        first.setdefault(P._fold(k), k)
    assert P._KNOWN_BY_FOLD == first
    assert all(P._KNOWN_BY_NAME[k] == next(j for j in P.KNOWN_PEOPLE if k == j.split()[-1] or k == j)
               for k in P.KNOWN_PEOPLE)


def test_empty_frames_are_fresh_copies():
    from tariffscope.articles.frames import _frame
    a, b = _frame("article_quote", []), _frame("article_quote", [])
    assert a.equals(b) and a is not b and a.height == 0
    assert _frame("article_quote", [{"article_id": "x", "position": 0}]).height == 1


_STORIES = ["Medicines are also currently spared from the 39% reciprocal tariff, and chips are outside the 19% tariff.",
            "Steel would be exempt from the 25% duty if talks succeed. Coffee was left out of the 10% levy.",
            "The countries covered, which include China, Vietnam and Thailand, face 20%. Trading partners — notably Japan",
            "A week later he paused those tariffs for 90 days. It then postponed the start of those duties until April 2.",
            "Washington imposed a 10% tariff on all imports from Egypt, and the 25% rate stands."]


def test_prefiltered_scans_find_what_the_bare_patterns_find():
    from tariffscope.articles import roles, tariffs, timeline
    for gated in (tariffs._LEFT_OUT_BEFORE, roles._GROUP_MEMBERS, timeline._POINTED_OBJECT_CHANGE):
        bare = gated.pattern
        for text in _STORIES:
            ends = [len(text)] + [i for i, c in enumerate(text) if c.isdigit() or c.isupper()]
            for pos in range(0, len(text), 7):
                for end in ends:
                    a, b = gated.search(text, pos, end), bare.search(text, pos, end)
                    assert (a and a.span()) == (b and b.span()), (bare.pattern[:40], text, pos, end)
