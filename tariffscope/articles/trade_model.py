"""Learned decisions on trade-value candidates (issue 11 §2): candidate, then classify.

trade_values.candidates() finds every money amount of an article together with what the rules decide
for it (kind, parties, year, or why they drop it).  Three small multinomial logistic regressions then
decide, from labelled data instead of hand-ordered cue lists:

- kind:    is the amount a trade value at all ("none") and which kind (exports, imports, total_trade,
           trade_deficit, trade_surplus, countermeasure_coverage, other);
- parties: one party (a figure with the world) or two (a bilateral figure; the implicit reporter
           is the story's country);
- year:    the rules' year, none, the publication year or the year before.

Trained by `python -m tariffscope.articles.train_trade_values` (scikit-learn, a dev dependency) and
shipped as plain JSON weights (`trade_model.json`), applied here with dot products -- no scikit-learn,
no pickle, nothing fetched at run time.  When the file is missing the rules' facts stand.
"""
from __future__ import annotations

import json
import math
import re
from functools import lru_cache
from pathlib import Path

from .logreg import LogReg

MODEL_FILE = Path(__file__).with_name("trade_model.json")
WINDOW = 5
CLAUSE_BAG = True
PARTY_WIDE = YEAR_WIDE = True
_WORD = re.compile(r"[a-z]+(?:'[a-z]+)?|[$€£¥₹₩]|\d+(?:[.,]\d+)*%?")
_YEARISH = re.compile(r"(?:19[89]\d|20[0-4]\d)$")
# a dollar's country prefix glued to the sign ("US$35.9 billion", "A$4 billion", "HK$"): the currency's form, not a
# word of the story -- read as "us" it weighed as the United States named in the clause (round 19: d1055's rows)
_DOLLAR_PREFIX = re.compile(r"\b(?:us|a|au|c|ca|nz|hk|s|sg|nt|mx|r)\$")
_WORLD = re.compile(r"\b(?:the world(?!['’]s)|world(?!['’]s)|global|worldwide|overall|all (?:countries|partners|trading partners|markets|destinations))\b", re.I)
_PAIR = re.compile(r"\b(?:between|bilateral|two-way|with)\b", re.I)
_TO_WORLD = re.compile(r"\b(?:(?:to|from|with)\s+(?:the world(?!['’]s)|all (?:countries|partners|trading partners|markets|destinations))|worldwide)\b", re.I)
_SHARE = re.compile(r",\s*with\s+(?:the\s+)?[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?\s+(?:taking|accounting|account|making up|the (?:single )?(?:largest|biggest|top|main))\b")
_TO_FROM = re.compile(r"(?<!according )\b(?:to|from|into|with)\s+(?:the\s+)?$", re.I)   # a source is no counterpart
_LAST = re.compile(r"\b(?:last year|past year|a year (?:earlier|ago|before))\b", re.I)
_THIS = re.compile(r"\b(?:this year|so far this year|year to date|first (?:half|quarter)|\w+ months)\b", re.I)
_TARIFF = re.compile(r"\b(?:tariffs?|duties|duty|levies|levy|surtax\w*|counter-?tariffs?|countermeasures?|retaliat\w*)\b", re.I)
_YEAR = re.compile(r"(?<!\d)(?:19[89]\d|20[0-4]\d)(?!\d)")
_YEAR_EARLIER = re.compile(r"\s*(?:a year (?:earlier|ago|before)|the (?:previous|prior) year|in the same (?:month|period|quarter))")


def _tok(w: str) -> str:
    if w[0].isdigit():
        return "<year>" if _YEARISH.match(w) else ("<pct>" if w.endswith("%") else "<num>")
    return w


def _words(s: str) -> list[str]:
    return list(_cached_words(s))


@lru_cache(maxsize=1024)
def _cached_words(s: str) -> tuple[str, ...]:
    """_words, memoised: a sentence's stretches before and after its amounts repeat (2 of 3 calls on dev)."""
    return tuple(_tok(w) for w in _WORD.findall(_DOLLAR_PREFIX.sub("$", s.lower().replace("’", "'"))))


def context_features(text: str, start: int, end: int, clause: tuple[int, int], wide: bool = True) -> list[str]:
    before = _words(text[:start])[-WINDOW:]
    after = _words(text[end:])[:WINDOW]
    out = [f"b2:{w}" for w in before[-3:]] + [f"a2:{w}" for w in after[:3]]
    if not wide:
        return out
    out += [f"b:{w}" for w in before] + [f"a:{w}" for w in after]
    if CLAUSE_BAG:
        out += [f"c:{w}" for w in _words(text[clause[0]:clause[1]])]
    return out


# Word classes of the money's own clause (round 5): what the amount is, in words any outlet uses, so the kind
# decision weighs "a class of word next to the amount" rather than the exact words of the styles it was trained on.
_CLASSES = (
    ("flow_out", r"export\w*|shipp\w*|shipments?|sold|sells|sales to|sent|outbound"),
    ("flow_in", r"import\w*|bought|buys?|buying|purchas\w*|inbound|brought into"),
    ("trade", r"trade|traded|trading|two-way|bilateral|commerce"),
    ("balance", r"surplus\w*|deficits?|gap|balance"),
    ("measure", r"tariffs?|duties|duty|levies|levy|surtax\w*|counter-?tariffs?|countermeasures?|retaliat\w*|list|targeting|covering|hit"),
    ("worth", r"worth|valued"),
    ("invest", r"invest\w*|capex|factory|factories|plants?"),
    ("public_money", r"revenues?|collected|collect\w*|raised|raising|funds?|funding|aid|subsid\w*|budget|relief|bailout|"
                     r"spend\w*|loans?|grants?|stimulus|taxpayers?|receipts|customs (?:income|take)"),
    ("company", r"company|companies|firms?|corp\w*|inc|ltd|group|makers?|automakers?|manufacturers?|earnings|profits?|"
                r"sales|turnover|shares|stock|market (?:cap\w*|value)|valuation|worth of (?:its|the company)"),
    ("macro", r"gdp|economy|output|gross domestic"),
    ("penalty", r"fines?|fined|penalt\w*|settlement|damages"),
    ("price", r"prices?|priced|costs?|costing|per|each|a (?:barrel|tonne|ton|unit|vehicle)"),
    ("market", r"market|industry|sector"),
    ("target", r"targets?|goal|aims?|aiming|by 20[2-4]\d|through 20[2-4]\d"),
    ("pledge", r"pledg\w*|commit\w*|promis\w*|vow\w*|agreed|will|would"),
)
_BY_CHANGE = re.compile(r"\b(?:by|of)\s+(?:about\s+|roughly\s+|nearly\s+|some\s+|more than\s+|almost\s+)?$", re.I)
_CHANGE_VERB = re.compile(r"\b(?:rose|fell|grew|jumped|dropped|declined|increased|decreased|widened|narrowed|shrank|climbed|"
                          r"slipped|plunged|soared|surged|rising|falling|growing|up|down|increase|decrease|drop|rise|fall|jump)\s+"
                          r"(?:\w+\s+){0,2}?(?:by\s+)?(?:about\s+|roughly\s+|nearly\s+|some\s+|more than\s+|almost\s+)?$", re.I)
WORD_CLASSES = True


_CLASS_WORDS = [(name, re.compile(rf"\b(?:{rx})\b", re.I)) for name, rx in _CLASSES]   # compiled once


def _classes_in(text: str, lo: int, hi: int) -> list[tuple[int, int, str]]:
    out = []
    for name, rx in _CLASS_WORDS:
        out += [(m.start(), m.end(), name) for m in rx.finditer(text[lo:hi])]
    return [(s + lo, e + lo, n) for s, e, n in out]


def class_features(text: str, start: int, end: int, clause: tuple[int, int]) -> list[str]:
    """The word classes of the amount's own comma stretch (s:), the nearest class before (nb:) and after (na:) it in
    the clause, what it is "of"/"in" (of:), and a change ("fell by $3 billion") rather than a level."""
    cl0, cl1 = clause
    lo = max(cl0, text.rfind(",", cl0, start) + 1)
    hi = text.find(",", end, cl1)
    hi = cl1 if hi < 0 else hi
    found = _classes_in(text, cl0, cl1)
    out = sorted({f"s:{n}" for s, e, n in found if lo <= s < hi})
    before = [(start - e, n) for s, e, n in found if e <= start]
    after = [(s - end, n) for s, e, n in found if s >= end]
    if before:
        out.append(f"nb:{min(before)[1]}")
    if after:
        out.append(f"na:{min(after)[1]}")
    of = re.match(r"\s*(?:worth\s+)?(?:of|in)\s+((?:[\w.\-’']+\s+){0,3}[\w.\-’']+)", text[end:cl1])
    if of:
        out += sorted({f"of:{n}" for s, e, n in _classes_in(of.group(1), 0, len(of.group(1)))} or {"of:other"})
    if _BY_CHANGE.search(text, max(cl0, start - 25), start) and _CHANGE_VERB.search(text, max(cl0, start - 60), start):
        out.append("change")
    return out


_CUES = re.compile(r"\b(?:tariffs?|duties|levies|surtax\w*|counter-?tariffs?|countermeasures?|retaliat\w*|list|package"
                   r"|exports?|imports?|trade|surplus|deficit|invest\w*|purchas\w*|buy|subsid\w*|revenue)\b", re.I)


def kind_inputs(ctx, cands) -> list[tuple[str, list[str]] | None]:
    """(rule kind, features) per candidate (None: not a candidate for a decision: a restated amount,
    one under 100,000 or a headline's own figure, trade_values.headline_only)."""
    from .trade_values import measure_item, rule_kind, rule_parties

    out: list = []
    rks: list[str | None] = []
    for i, c in enumerate(cands):
        rk = rule_kind(c)
        rks.append(rk)
        if c.conversion_of is not None or measure_item(cands, c) or c.money.value < 1e5 or c.reason == "headline_only":
            out.append(None)
            continue
        prev = next((rks[j] for j in range(i - 1, -1, -1) if cands[j].si >= c.si - 1), None)
        feats = features(ctx, c, rk, rule_parties(ctx, c, rk))
        feats.append(f"prevk={prev or 'none'}")
        if c.si > 0:
            feats += [f"ps:{w.lower()}" for w in _CUES.findall(ctx.sentences[c.si - 1].text)]
        out.append((rk, feats))
    return out


def features(ctx, c, rkind: str, rparties: list[str]) -> list[str]:
    """Binary features of one candidate for the kind decision."""
    from .trade_values import pledge

    text, mo, cl = c.sent.text, c.money, c.clause
    out = [f"rule={c.fact['kind'] if c.fact else 'rej:' + c.reason}", f"rk={rkind}",
           f"cur={mo.currency or 'none'}", f"mag={int(math.log10(max(mo.value, 1)))}",
           f"np={min(len(rparties), 2)}"]
    if c.conversion_of is not None:
        out.append("conv")
    if pledge(c):
        out.append("pledge")
    if _TARIFF.search(text, cl[0], cl[1]):
        out.append("tariff_clause")
    if ctx.reporter and ctx.reporter in rparties:
        out.append("has_main")
    if ctx.default_imposer and ctx.default_imposer in rparties:
        out.append("has_default")
    out += context_features(text, mo.start, mo.end, cl)
    if WORD_CLASSES:
        out += class_features(text, mo.start, mo.end, cl)
    return out


def party_features(ctx, c, kind: str, rparties: list[str]) -> list[str]:
    from .trade_values import back_reference

    text, mo, cl = c.sent.text, c.money, c.clause
    clause = text[cl[0]:cl[1]]
    out = [f"k={kind}", f"np={min(len(rparties), 2)}", f"k_np={kind}/{min(len(rparties), 2)}"]
    mentions = ctx.country_mentions(c.sent.start + cl[0], c.sent.start + cl[1])
    ncl = min(len({m.iso3 for m in mentions}), 2)
    nse = min(len({m.iso3 for m in ctx.country_mentions(c.sent.start, c.sent.end)}), 2)
    out += [f"ncl={ncl}", f"nse={nse}", f"k_ncl={kind}/{ncl}", f"k_nse={kind}/{nse}", f"np_ncl={min(len(rparties), 2)}/{ncl}"]
    if any(_TO_FROM.search(ctx.body, max(0, m.start - 12), m.start) for m in mentions):
        out.append("to_from")
    if _WORLD.search(clause):
        out.append("world")
    if _TO_WORLD.search(clause):
        out.append("to_world")      # "exports to all markets"
    if len({m.iso3 for m in mentions}) >= 4:
        out.append("many")          # "mainly from Mexico, Japan, South Korea, Canada and Germany"
    if _SHARE.search(clause):
        out.append("share")         # ", with the U.S. taking nearly half"
    if _PAIR.search(clause):
        out.append("pair")
    if ctx.reporter and ctx.reporter in rparties:
        out.append("has_main")
    if c.carried:
        out.append("carried")       # the pair of the bilateral figure just before (trade_values._carried)
    if back_reference(c):
        out += ["back_ref", f"back_ref_k={kind}"]   # "Those shipments were worth ...": the flow before, with its partner
    out += context_features(text, mo.start, mo.end, cl, PARTY_WIDE)
    return out


def year_features(ctx, c, kind: str, ryear: int | None) -> list[str]:
    from .trade_values import pledge, undated

    text, mo, cl = c.sent.text, c.money, c.clause
    clause = text[cl[0]:cl[1]]
    pub = ctx.published.year if ctx.published else None
    rel = "none" if ryear is None else ("pub" if ryear == pub else ("pub-1" if pub and ryear == pub - 1 else "other"))
    out = [f"k={kind}", f"ry={rel}", f"k_ry={kind}/{rel}"] + ["pledge"] * pledge(c)
    if _YEAR.search(clause):
        out.append("year_clause")
    elif _YEAR.search(text):
        out.append("year_sent")
    if _LAST.search(clause):
        out.append("last")
    if _THIS.search(clause):
        out.append("this")
    if _LAST.search(text, mo.end, min(len(text), mo.end + 40)):
        out.append("last_after")        # "totaled $93 billion last year, up 4% from 2023"
    if _YEAR_EARLIER.match(text, mo.end):
        out.append("year_earlier")
    if c.si > 0:
        prev = ctx.sentences[c.si - 1].text
        out += ["prev_year"] * bool(_YEAR.search(prev)) + ["prev_last"] * bool(_LAST.search(prev))
    if not _YEAR.search(text) and _YEAR.search(ctx.body):
        out.append("year_elsewhere")
    if undated(ctx, c):
        out.append("undated")           # cumulative or standing, no period near (trade_values.undated)
    out += context_features(text, mo.start, mo.end, cl, YEAR_WIDE)
    return out


class TradeModel:
    def __init__(self, kind: LogReg, parties: LogReg, year: LogReg):
        self.kind, self.parties, self.year = kind, parties, year

    @classmethod
    def from_dict(cls, d: dict) -> "TradeModel":
        return cls(*(LogReg.from_dict(d[k]) for k in ("kind", "parties", "year")))


_override: list = []      # corpus_eval trains a model per fold and puts it here


def use(model: "TradeModel | None | bool") -> None:
    """Use `model` instead of the shipped file (None: rules only; False: back to the file)."""
    _override.clear()
    if model is not False:
        _override.append(model)


@lru_cache(maxsize=1)
def _shipped() -> TradeModel | None:
    try:
        return TradeModel.from_dict(json.loads(MODEL_FILE.read_text(encoding="utf-8")))
    except (OSError, ValueError, KeyError, TypeError):
        return None


def active() -> TradeModel | None:
    return _override[0] if _override else _shipped()


# round 19: 0.85 -> 0.9.  Written forms the rules read as one party that one writer labels a world figure and another
# a bilateral one (a product's exports in a story about one partner) leave the model sure only of the writers it read;
# at 0.9 it no longer added the partner to d1055's product rows (leave-writer-batch-out +8 tp -5 fp)
PARTY_MARGIN = 0.9


def party_count(model: TradeModel, feats: list[str], n_rules: int) -> str:
    """One or two parties: the model's choice when it disagrees with the rules' count only with probability
    PARTY_MARGIN or more, else the rules' count."""
    proba = model.parties.proba(feats)
    best = max(proba, key=proba.__getitem__)
    rules = "1" if n_rules == 1 else "2"
    if best != rules and rules in proba and proba[best] < PARTY_MARGIN:
        return rules
    return best


KIND_MARGIN = 0.5


def trade_kind(model: TradeModel, feats: list[str], rule_kind: str | None) -> str:
    """The learned kind; when the rules keep the amount as a trade value of another kind, the model's other trade
    kind replaces it only with probability KIND_MARGIN or more ("Canada's trade with the United States dwarfed that
    figure at $924.4 billion": total trade, the rules' word, against exports at 0.48)."""
    proba = model.kind.proba(feats)
    best = max(proba, key=proba.__getitem__)
    if rule_kind and best not in ("none", rule_kind) and rule_kind in proba and proba[best] < KIND_MARGIN:
        return rule_kind
    return best


def apply_parties(ctx, rparties: list[str], n: str) -> list[str]:
    """The rules' parties cut to one (keeping the story's country) or filled to two (adding it)."""
    if n == "1" and len(rparties) > 1:
        keep = ctx.reporter if ctx.reporter in rparties else rparties[0]
        return [keep]
    if n == "2" and len(rparties) == 1:
        for other in (ctx.reporter, ctx.default_imposer):
            if other and other != rparties[0]:
                return [other, rparties[0]]
    return rparties


def apply_year(ctx, ryear: int | None, mode: str) -> int | None:
    pub = ctx.published.year if ctx.published else None
    if mode == "none":
        return None
    if mode == "pub" and pub:
        return pub
    if mode == "pub-1" and pub:
        return pub - 1
    return ryear


def _learned_kind(model: TradeModel, c, inp) -> str:
    """The learned kind of one candidate ("none": no trade value), overruled where the figure's own words say it."""
    from .trade_values import (earned_flow, measure_reaches, share_whole_kind, sides_balance_kind, stated_two_way,
                               subject_noun_kind)

    mo = c.money
    kind = trade_kind(model, inp, c.fact["kind"] if c.fact else None)
    if kind == "none":
        return kind
    if c.fact and c.fact["kind"] == "total_trade" and stated_two_way(c):
        kind = "total_trade"    # "Canada's trade with the United States ... at $924.4 billion": the stretch says so
    earned = earned_flow(c.sent.text, mo.start, mo.end) if c.fact else None
    if earned:
        kind = earned           # "Chips alone brought in $9.8 billion": the verb says the way (round 18)
    elif c.fact and c.fact["kind"] == sides_balance_kind(c.sent.text, mo.start):
        kind = c.fact["kind"]   # round 37: a balance told by its sides ("the gap between imports and exports came to")
    elif c.fact and measure_reaches(c.sent.text, c.clause[0], mo.start):
        kind = "countermeasure_coverage"    # "The rulings apply to $2.9bn of imports" (round 18)
    elif c.fact and c.fact["kind"] == subject_noun_kind(c.sent.text, mo.start):
        kind = c.fact["kind"]   # round 27b: the clause's subject noun names the figure ("Imports ... declined 2.0% to")
    elif c.fact and c.fact["kind"] == share_whole_kind(c.sent.text, mo.end):
        kind = c.fact["kind"]   # round 27b: the share of a flow the appositive makes it ("..., 44 per cent of India's exports")
    elif c.fact and c.fact["kind"] == c.antecedent:
        kind = c.fact["kind"]   # round 28: a pronoun subject's flow before ("Imports also disappointed. They rose ... to")
    return kind


def _learned_parties(model: TradeModel, ctx, c, kind: str) -> list:
    """The parties of one kept candidate: the rules' parties, their number decided by the model."""
    from .trade_values import (back_partner, codeless_group_flow, coverage_sides, flow_order, market_partner,
                               own_figure_partner, owned_world_flow, pronoun_market, rule_parties, side_clause_world,
                               supplier_partner, whole_of_share, with_world, world_clause_party)

    rp = rule_parties(ctx, c, kind)
    if c.rank:
        return rp           # a ranking's head, its rows taken out of its pair (trade_values.ranking_row, round 37)
    if len(rp) == 1 and kind != "countermeasure_coverage" and codeless_group_flow(ctx, c) == rp:
        return rp           # "Shipments to North America ...": a group with no code keeps the owner alone (round 47)
    if len(rp) == 1 and kind != "countermeasure_coverage" and (with_world(ctx, c) or owned_world_flow(ctx, c, kind)
                                                          or whole_of_share(ctx, c) or side_clause_world(ctx, c)):
        parties = rp        # "exports to all markets ..., with the US the single largest buyer"
    else:
        parties = apply_parties(ctx, rp, party_count(model, party_features(ctx, c, kind, rp), len(rp)))
    if kind == "countermeasure_coverage":
        parties = coverage_sides(ctx, c, parties)   # a measure's two sides, or its imposer alone (round 15)
    elif kind == "exports":
        parties = market_partner(ctx, c, parties)   # the one party named as the market: + the story's country (round 16)
    elif kind == "imports":
        parties = supplier_partner(ctx, c, parties)  # the one party named as the supplier: + the story's country (round 36)
    parties = pronoun_market(ctx, c, kind, parties)  # "It took 31% of ..., worth $9.23 billion": + the market (round 45)
    if kind != "countermeasure_coverage":
        parties = own_figure_partner(ctx, c, parties)  # a run of figures, each its own country's: + the story's (round 38)
        parties = back_partner(ctx, c, kind, parties)  # a pointer to the flow before: + that flow's partner (round 43)
        parties = world_clause_party(ctx, c, kind, parties)  # a world adverb in the figure's clause: one party (round 43)
    return flow_order(ctx, c, kind, parties)        # the pair in the flow's order, after the fills above (round 46)


def _learned_fact(model: TradeModel, ctx, c, inp) -> dict | None:
    """One candidate's fact as the model decides it (None: not a trade value, no parties, or a future year)."""
    from .trade_values import fiscal_figure, future, rule_year

    kind = _learned_kind(model, c, inp)
    if kind == "none":
        return None
    parties = _learned_parties(model, ctx, c, kind)
    if not parties:
        return None
    ry = rule_year(ctx, c, kind)
    # a fiscal-year figure stays undated whatever the learned year says (LABELING.md; trade_values.fiscal_figure)
    year = None if fiscal_figure(ctx, c) else apply_year(ctx, ry, model.year.predict(year_features(ctx, c, kind, ry)))
    if future(ctx, year):
        return None
    mo = c.money
    return {"parties": parties, "year": year, "value": float(mo.value), "currency": mo.currency,
            "kind": kind, "sentence": c.sent.text, "span": [c.sent.start, c.sent.end]}


def decide(model: TradeModel, ctx, cands) -> list[dict]:
    """Facts for the candidates the model keeps, deduplicated like the rules' facts."""
    from .trade_values import flow_at, measure_item, other_money

    inputs = kind_inputs(ctx, cands)
    facts: list[dict] = []
    chosen: dict[int, dict] = {}
    seen: dict[tuple, dict] = {}
    for i, c in enumerate(cands):
        mo = c.money
        if c.in_range:
            continue        # an end of a range of amounts is no trade value (trade_values.range_ends, round 49)
        if c.conversion_of is not None and c.conversion_of in chosen:
            fact = {**chosen[c.conversion_of], "value": float(mo.value), "currency": mo.currency}
        elif measure_item(cands, c):
            if c.item_of not in chosen:
                continue        # a further item of a list the decision did not keep (trade_values._list_item)
            fact = flow_at(chosen[c.item_of], c)
        elif c.rank and c.rank[0] is not None and c.fact is not None:
            head = chosen.get(c.rank[0], cands[c.rank[0]].fact)    # a ranking's row: its head's flow (round 37)
            fact = flow_at(head, c, parties=list(c.rank[1]))
        elif c.fact is not None and c.breakdown is not None:
            fact = c.fact        # one country's part of the figure before (trade_values._breakdown)
        elif inputs[i] is None or other_money(c):
            continue
        else:
            fact = _learned_fact(model, ctx, c, inputs[i][1])
            if fact is None:
                continue
        # a figure restated ("Trade surplus with US: 7.5 trillion yen" after the story's sentence) is one fact,
        # and an amount restating it in another currency follows the fact kept, not the restatement
        key = (fact["year"], fact["value"], fact["currency"], fact["kind"])
        if key not in seen:
            seen[key] = fact
            facts.append(fact)
        chosen[i] = seen[key]
    return facts


# Speed (round 7): the slowest scans here behind the literals every match must contain (prefilter.py; same
# results, no engine run where none of them occurs).
from .prefilter import prefiltered  # noqa: E402

_YEAR = prefiltered(_YEAR)
_CLASS_WORDS = [(name, prefiltered(rx)) for name, rx in _CLASS_WORDS]
