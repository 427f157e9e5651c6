"""The article level of tariff facts (consolidate.py): one reading per tariff event, on inline articles."""
from __future__ import annotations

from inline import tariff_tuples
from tariffscope.articles import consolidate
from tariffscope.articles.context import Context


def _fact(imposer, target, product, rate, status, start, sentence="A sentence."):
    return {"imposer": imposer, "target": target, "product": product, "rate_pct": rate, "status": status,
            "span": [start, start + 10], "sentence": sentence}


def _ctx() -> Context:
    return Context(body="", published=None)     # no sentences: no headline


def test_headline_reading_the_body_contradicts_is_dropped():
    facts = [_fact("BRA", "USA", None, 50.0, "in_force", 0),       # "Brazil starts ... against U.S. 50% tariffs"
             _fact("USA", "BRA", None, 50.0, "in_force", 60),
             _fact("USA", "BRA", None, 10.0, "in_force", 0),       # the body states no 10%: the headline stands
             _fact("USA", "CAN", "steel", 25.0, "in_force", 0),    # the body shares the parties: kept
             _fact("USA", "CAN", None, 25.0, "announced", 90)]
    overruled = consolidate.overruled_readings(facts, 0)
    assert [(f["imposer"], f["rate_pct"]) for f in overruled] == [("BRA", 50.0)]


def test_a_reading_in_headline_and_body_is_kept():
    facts = [_fact("BRA", "USA", None, 50.0, "in_force", 0), _fact("BRA", "USA", None, 50.0, "in_force", 60),
             _fact("USA", "BRA", None, 50.0, "in_force", 120)]
    assert consolidate.overruled_readings(facts, 0) == []


def test_headline_without_the_body_target_gives_way():
    body = "Canada weighs 25% counter-tariffs\n\nOttawa said on Friday it could impose 25% tariffs on U.S. steel."
    assert tariff_tuples(body) == {("CAN", "USA", "steel", 25.0, "threatened")}


def test_headline_rate_the_body_repeats_with_its_parties_stays_once():
    body = ("Mexico proposes 50% tariffs on China-made cars\n\n"
            "Mexico wants to raise the tariff on cars imported from China to 50%, the economy ministry said.")
    assert ("MEX", "CHN", "cars", 50.0, "announced") in tariff_tuples(body)


def test_first_sentence_that_is_no_headline_is_body():
    body = "Canada weighs 25% counter-tariffs. Ottawa said on Friday it could impose 25% tariffs on U.S. steel."
    assert ("CAN", None, None, 25.0, "threatened") in tariff_tuples(body)


def test_other_telegraphic_line_gives_way_to_the_sentences_imposer():
    facts = [_fact("USA", "EUU", None, 30.0, "threatened", 0),
             _fact("EUU", "USA", None, 30.0, "threatened", 90, "ALSO READ: US' 30% tariff threat to EU fuels concern"),
             _fact("USA", "CAN", None, 35.0, "in_force", 150, "Canada | 35% | in force"),
             _fact("USA", None, None, 35.0, "in_force", 200)]
    overruled = consolidate.overruled_readings(facts, None)
    assert [(f["imposer"], f["rate_pct"]) for f in overruled] == [("EUU", 30.0)]


def test_collective_goods_give_way_to_the_goods_named_at_the_rate():
    facts = [_fact("CAN", "USA", "steel", 25.0, "in_force", 0), _fact("CAN", "USA", "aluminium", 25.0, "in_force", 0),
             _fact("CAN", "USA", "metals", 25.0, "in_force", 80),     # "The duties ... on US metal products"
             _fact("USA", "CAN", "metals", 50.0, "threatened", 140),  # no goods named at 50%: stays
             _fact("USA", None, "metals", 25.0, "lifted", 200)]       # steel at 25% is Canada's, not the U.S.'s
    assert [(f["imposer"], f["rate_pct"]) for f in consolidate.collective_readings(facts)] == [("CAN", 25.0)]


def test_metals_restated_later_are_the_named_metals():
    body = ("Ottawa imposed 25 per cent counter-tariffs on American steel and aluminium in March.\n\n"
            "The duties on U.S. metals, charged at 25 per cent, will be reviewed on July 21.")
    got = tariff_tuples(body)
    assert {t[2] for t in got if t[3] == 25.0} == {"steel", "aluminium"}


def test_rate_without_goods_or_target_is_the_goods_measure_read_again():
    facts = [_fact("USA", None, "cars", 25.0, "in_force", 0),          # "a 25 percent tariff on imported cars"
             _fact("USA", None, None, 25.0, "in_force", 80),           # "... have faced a 25 percent US tariff"
             _fact("USA", "CAN", None, 25.0, "in_force", 160),         # a named target: not this step's
             _fact("MEX", None, None, 25.0, "announced", 240)]         # another imposer: stays
    assert consolidate.goods_left_unnamed(facts) == {("USA", None, None, 25.0, "in_force")}


def test_measure_read_with_and_without_target_at_two_statuses_keeps_its_first_reading():
    facts = [_fact("USA", "ZAF", None, 30.0, "in_force", 0),           # "a 30% tariff on South African goods"
             _fact("USA", None, None, 30.0, "announced", 90),          # "the 30% duty ..." read without its target
             _fact("USA", None, None, 10.0, "in_force", 150),          # "a 10% tariff on nearly all imports"
             _fact("USA", "EUU", None, 10.0, "announced", 200),        # "the EU ... will now pay the 10% rate"
             _fact("USA", "GBR", None, 10.0, "in_force", 250),         # same status: a second measure, stays
             _fact("USA", None, "steel", 30.0, "threatened", 300)]     # other goods: another measure, stays
    assert consolidate.target_read_twice(facts) == {("USA", None, None, 30.0, "announced"),
                                                    ("USA", "EUU", None, 10.0, "announced")}


def test_sentence_saying_all_partners_keeps_its_reading():
    facts = [_fact("USA", "CAN", None, 10.0, "in_force", 0),
             _fact("USA", None, None, 10.0, "announced", 90, "The Proclamation sets a global tariff of 10% for 150 days."),
             _fact("USA", None, "buses", 10.0, "in_force", 160),
             _fact("USA", None, None, 25.0, "in_force", 220, "It is a 25% tariff."),
             _fact("USA", None, "steel", 25.0, "in_force", 260)]
    kept = {(f["target"], f["product"], f["rate_pct"]) for f in consolidate.consolidate(_ctx(), facts)}
    assert (None, None, 10.0) in kept and (None, None, 25.0) not in kept


def test_rate_restated_in_quoted_speech_gives_way_to_the_narration():
    speech = '"If this is not corrected, I am going to charge Canada a 50% Tariff on all Aircraft," he wrote.'
    label = 'Trump said the "direct tariff of 15%" would apply to cars.'
    facts = [_fact("USA", "CAN", "aircraft", 50.0, "threatened", 0, "Trump threatens 50% tariff on Canadian aircraft."),
             _fact("USA", "CAN", "aircraft", 50.0, "announced", 90, speech),
             _fact("USA", "CAN", None, 35.0, "in_force", 200, '"We pay 35% now," she said of the duty.'),  # no narration
             _fact("USA", "EUU", "cars", 15.0, "announced", 260, label),           # a scare quote: not speech
             _fact("USA", "EUU", None, 15.0, "in_force", 320)]
    assert consolidate.speech_readings(facts) == {("USA", "CAN", "aircraft", 50.0, "announced")}


def test_all_partner_words_keep_only_a_reading_without_target():
    facts = [_fact("USA", None, None, 15.0, "announced", 0),            # "a 15% tariff" first, no target
             _fact("USA", "JPN", None, 15.0, "in_force", 90, "Most imports from Japan paid a 15% tariff.")]
    assert [f["target"] for f in consolidate.consolidate(_ctx(), facts)] == [None]


# Round 13b: a section kicker above the headline ("BUSINESS", "Trade | Canada") does not make the headline a body line
def test_headline_under_a_section_kicker_is_the_headline():
    from tariffscope.articles.timeline import headline_start
    ctx = Context.build("Trade | Canada\n\nCanada weighs 25% counter-tariffs\n\nOttawa said it could impose 25% tariffs "
                        "on U.S. steel.", None)
    assert headline_start(ctx) == 0                                  # the story-level status keeps the first line
    assert headline_start(ctx, past_kicker=True) == ctx.sentences[1].start


def test_title_case_headline_is_no_kicker():
    from tariffscope.articles.timeline import headline_start
    ctx = Context.build("Canada Weighs Counter-Tariffs On U.S. Steel\n\nOttawa Said To Act Soon\n\nOttawa said it could "
                        "impose 25% tariffs on U.S. steel.", None)
    assert headline_start(ctx, past_kicker=True) == 0


def test_headline_under_a_kicker_without_the_body_target_gives_way():
    body = ("BUSINESS\n\nCanada weighs 25% counter-tariffs\n\n"
            "Ottawa said on Friday it could impose 25% tariffs on U.S. steel.")
    assert tariff_tuples(body) == {("CAN", "USA", "steel", 25.0, "threatened")}
