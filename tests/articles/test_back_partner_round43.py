"""Round 43 (xtvpartner43): a figure whose clause points back to the flow one of the two sentences before tells with its
partner -- a pronoun subject ("They were worth $8.46 billion"), a demonstrative noun ("those items", "those
shipments") or a bare "Shipments" as the subject -- takes that partner beside the story's country (LABELING.md round
34: a noun or pronoun for the flow before).  A flow stated afresh ("Imports fell"), a clause with a world word
("Shipments abroad") and a flow told without a country ("countries other than the U.S.") keep one party.  Runs after
the learned party count, like market_partner.  And the other way (`world_clause_party`): a world adverb in the figure's
own clause ("shipped goods worth nearly US$220 billion abroad, and US$70.9 billion of that went to the United States")
keeps the story's country alone; a share of the flow ("taking 18.3% of the country's total shipments abroad, worth US$55
billion") and a clause naming its own counterpart keep the pair."""
from __future__ import annotations

from datetime import date

from inline import value_candidate

from tariffscope.articles.trade_values import back_partner, world_clause_party

PUB = date(2026, 2, 7)


def _candidate(body: str, value: float):
    return value_candidate(body, value, PUB)


TAIWAN = ("Taiwan's January exports beat forecasts\n\n"
          "Taiwan's exports grew more than expected in January, the Ministry of Finance said on Friday. ")


def test_a_pronoun_subject_takes_the_partner_of_the_flow_before():
    body = TAIWAN + ("Taiwan's exports to the United States rose 0.7% from a year earlier in January. "
                     "They were worth $8.46 billion, after a 16% gain the month before.")
    ctx, c = _candidate(body, 8.46e9)
    assert ctx.reporter == "TWN"
    assert back_partner(ctx, c, "exports", ["TWN"]) == ["TWN", "USA"]


def test_a_demonstrative_noun_and_a_bare_shipments_subject_point_back():
    body = ("Colombia's exports to the US fall in August\n\n"
            "BOGOTÁ — Colombian goods sold to the United States lost ground sharply in August. "
            "Shipments were worth US$1,090.6 million, according to the national statistics department. "
            "The trade ministry counted 80 items exported to the United States that are affected by the change. "
            "Together, those items were worth US$4.6 billion in 2024.")
    ctx, c = _candidate(body, 1090.6e6)
    assert ctx.reporter == "COL"
    assert back_partner(ctx, c, "exports", ["COL"]) == ["COL", "USA"]
    _, items = _candidate(body, 4.6e9)
    assert back_partner(ctx, items, "exports", ["COL"]) == ["COL", "USA"]


def test_a_fresh_flow_a_world_word_and_an_excluded_country_keep_one_party():
    body = TAIWAN + ("Shipments to the United States rose 0.7% in January. Imports fell 17.2% to $28.74 billion. "
                     "Exports to countries other than the United States grew 5%. They were worth $30.25 billion. "
                     "Sales to the U.S. slipped. Shipments abroad totaled $31.97 billion.")
    ctx, fresh = _candidate(body, 28.74e9)
    assert back_partner(ctx, fresh, "imports", ["TWN"]) == ["TWN"]      # "Imports fell": no pointer
    _, excluded = _candidate(body, 30.25e9)
    assert back_partner(ctx, excluded, "exports", ["TWN"]) == ["TWN"]   # the flow before is told without the U.S.
    _, world = _candidate(body, 31.97e9)
    assert back_partner(ctx, world, "exports", ["TWN"]) == ["TWN"]      # "abroad": the world


def test_the_flows_way_must_match_the_figures_kind():
    body = TAIWAN + "Taiwan's imports from Japan rose 3% in January. They reached $5.2 billion."
    ctx, c = _candidate(body, 5.2e9)
    assert back_partner(ctx, c, "imports", ["TWN"]) == ["TWN", "JPN"]
    assert back_partner(ctx, c, "exports", ["TWN"]) == ["TWN"]          # "from" is an import's way


VIETNAM = ("Vietnam's exports rise in June\n\n"
           "Vietnam's exports rose in June, the General Statistics Office said. ")


def test_a_world_adverb_in_the_figures_clause_keeps_one_party():
    body = VIETNAM + ("Over the first six months of 2025, Vietnam shipped goods worth nearly US$220 billion abroad, and "
                      "US$70.9 billion of that went to the United States.")
    ctx, whole = _candidate(body, 220e9)
    assert ctx.reporter == "VNM"
    assert world_clause_party(ctx, whole, "exports", ["VNM", "USA"]) == ["VNM"]
    _, part = _candidate(body, 70.9e9)
    assert world_clause_party(ctx, part, "exports", ["VNM", "USA"]) == ["VNM", "USA"]


def test_a_share_of_the_world_flow_and_an_own_counterpart_keep_the_pair():
    body = VIETNAM + ("The United States was Vietnam's largest export market last year, taking 18.3% of the country's "
                      "total shipments abroad, worth US$55 billion. Overseas shipments to the United States reached $12 "
                      "billion in June.")
    ctx, share = _candidate(body, 55e9)
    assert world_clause_party(ctx, share, "exports", ["VNM", "USA"]) == ["VNM", "USA"]
    _, own = _candidate(body, 12e9)
    assert world_clause_party(ctx, own, "exports", ["VNM", "USA"]) == ["VNM", "USA"]
