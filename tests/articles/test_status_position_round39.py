"""Round 39 (xstatusmodel39): the rate's place in the story, a feature of the learned status
(tariff_model.story_position_features): the lede, the top after it, the story's thirds, a section heading between
the lede and the rate -- each crossed with the rules' status.  A feature, not a rule: the shipped weights decide."""
from datetime import date

from tariffscope.articles import read_article, extract_facts, tariff_model
from tariffscope.articles.context import Context
from tariffscope.articles.money import find_percents

PUB = date(2025, 8, 8)


def _features(body: str, sentence_word: str, rule_status: str = "in_force") -> list[str]:
    ctx = Context.build(body, PUB)
    si = next(i for i, s in enumerate(ctx.sentences) if sentence_word in s.text)
    p = find_percents(ctx.sentences[si].text)[0]
    fact = {"imposer": "USA", "target": None, "product": None, "status": rule_status}
    return tariff_model.story_position_features(tariff_model.RateView(ctx, si, p.start, p.end, None, fact))


STORY = ("U.S. sets new tariffs\n\n"
         "President Donald Trump signed an order on Thursday that raises tariffs on Swiss goods to 39% next week.\n\n"
         "Swiss officials said they would keep talking with Washington about the measure.\n\n"
         "Exporters fear the damage to watchmakers and machine makers in the coming months.\n\n"
         "Economists said the economy could slow down this year as a result.\n\n"
         "Steel and aluminum\n\n"
         "A 50% tariff on steel has applied since June and stays in place for every trading partner.")


def test_a_rate_in_the_lede_is_read_there_with_the_rules_status():
    assert _features(STORY, "Swiss goods", "announced") == ["rule=announced&pos=lede"]


def test_a_rate_under_a_heading_after_the_lede_is_read_as_such():
    feats = _features(STORY, "since June")
    assert "rule=in_force&under_heading" in feats
    assert feats[0] == "rule=in_force&pos=late"


def test_the_headline_is_no_heading_under_which_the_lede_stands():
    # the one-line headline above the lede is a heading line, but it does not open a section the rate stands in
    assert not any("under_heading" in f for f in _features(STORY, "Swiss goods"))


def test_the_shipped_reading_of_a_took_effect_rate_stands(tmp_path):
    path = tmp_path / "story.txt"
    path.write_text("---\npublished: 2025-08-08\n---\nThe United States imposed a 39% tariff on Swiss goods, which took "
                    "effect on Thursday. Swiss officials said they were disappointed.\n", encoding="utf-8")
    facts = extract_facts(read_article(path))["tariffs"]
    assert {(f["imposer"], f["target"], f["rate_pct"], f["status"]) for f in facts} == {("USA", "CHE", 39.0, "in_force")}
