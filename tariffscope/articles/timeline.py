"""The story level of a tariff fact's status (issue 11, round 6).

The rules and the learned status read each rate in its own sentence.  Some statuses are only decided
by the story: a headline's present tense ("Trump hits South Africa with 30% tariff") says nothing about
when the measure starts -- the body does ("... will take effect on Aug. 1").  This module links the
mentions of one measure across the article (same imposer and rate, compatible target and product) and
settles the status of the mentions that carry no status of their own from the measure's other mentions.

`settle(ctx, facts)` runs after every per-sentence decision (extract_tariffs) and keeps each
(imposer, target, product, rate, status) once, as the rules do -- one good spelt twice ("onion" / "onions") counting as
one product (round 16b).
"""
from __future__ import annotations

import re
from datetime import date
from functools import lru_cache

from .constants import (ALL_PARTNERS, DECIDED_STATUSES, FIRST_STEP_BEFORE, GLOBAL_TARGET_WORDS,
                        CHANGE_STACKS, CHANGE_STILL_AHEAD, CHANGE_TO_RATE_BEFORE, CHANGED_AFTER_NEW_RATE_CHARS,
                        CHANGED_AFTER_OBJECT, CHANGED_AFTER_SUBJECT, CHANGED_NEXT_SENTENCE, COUNTERFACTUAL_BEFORE,
                        COUNTERFACTUAL_STATUS, EPISODE_ENDED_AFTER,
                        HISTORY_AFTER_CHARS, HISTORY_BEFORE_CHARS, KICKER_MAX_LOWER, KICKER_MAX_WORDS, KICKER_SEPARATOR,
                        MEASURE_NAMES, MEASURE_UNDER, MONTH_ABBR, PAST_PERFECT_OWN_AFTER, PAST_PERFECT_OWN_BEFORE, PERCENT_UNIT,
                        POINTED_LIFT_VERB, POINTED_OBJECT, POINTED_OPENING_CHARS, POINTED_PAUSE_VERB, RATE_DATED_MONTH, REMEDY_STAGE, RATE_STILL_APPLIES, RATE_TOLD_AHEAD_BEFORE,
                        RATE_CLAUSE_BREAK, RATE_CLAUSE_SURVIVES, RESTATED_CONDITION_OPENER, RESTATED_CONDITION_REACH,
                        STRUCK_DOWN_VERB, STRUCK_NOT_FINAL_BEFORE, STRUCK_OBJECT_CHARS, STRUCK_STAYED,
                        STRUCK_SUBJECT_CHARS,
                        SAME_GOODS_WORDS, UNTIL_NOW_NOT_PAST, UNTIL_NOW_OPENING, UNTIL_NOW_PAST)
from .context import Context
from .money import find_percents
from .prefilter import prefiltered, word_led

KEY_FIELDS = ("imposer", "target", "product", "rate_pct", "status")
# a headline that states the measure applies now ("US tariffs of 39% take effect", "15% tariff applies
# retroactively") keeps its in force
_APPLIES_NOW = re.compile(r"\b(?:takes? effect|took effect|kicks? in|kicked in|in (?:force|effect|place)|appl(?:y|ies)|"
                          r"already|now|still|since|current(?:ly)?)\b", re.I)
_KICKER_SEPARATOR = re.compile(KICKER_SEPARATOR)
_LOWER_WORD = re.compile(r"(?<![\w'’])[a-z][a-z'’-]+")
_RATE = re.compile(r"\d(?:\s?|-)" + PERCENT_UNIT, re.I)
_COUNTERFACTUAL_BEFORE = re.compile(COUNTERFACTUAL_BEFORE, re.I)
_RATE_DATED_MONTH = re.compile(RATE_DATED_MONTH)
_RATE_STILL_APPLIES = re.compile(RATE_STILL_APPLIES, re.I)
_REMEDY_STAGE = re.compile(REMEDY_STAGE, re.I)
_RESTATED_CONDITION_OPENER = re.compile(RESTATED_CONDITION_OPENER, re.I)
_RATE_TOLD_AHEAD_BEFORE = re.compile(RATE_TOLD_AHEAD_BEFORE, re.I)
_CHANGE_TO_RATE_BEFORE = re.compile(CHANGE_TO_RATE_BEFORE, re.I)
_CHANGE_STACKS = re.compile(CHANGE_STACKS, re.I)
# a sentence saying its rate covers every partner: roles.py's global words and consolidate.py's all-partner phrase
_GLOBAL_TARGET = re.compile(GLOBAL_TARGET_WORDS + "|" + ALL_PARTNERS, re.I)


def applies_now(sentence: str) -> bool:
    """The sentence says its measure applies now ("take effect", "kicked in", "now", "already", "since")."""
    return _APPLIES_NOW.search(sentence or "") is not None


def same_goods(p: str | None, q: str | None) -> bool:
    """Products of one measure: equal, one containing the other, or one of them all goods (None)."""
    return p is None or q is None or p == q or p in q or q in p


def same_measure(a: dict, b: dict) -> bool:
    """Two mentions of one measure: same imposer and rate, compatible target and product."""
    return (a["imposer"] == b["imposer"] and a["rate_pct"] == b["rate_pct"]
            and (a["target"] == b["target"] or a["target"] is None or b["target"] is None)
            and same_goods(a["product"], b["product"]))


def _title_line(ctx: Context, i: int) -> bool:
    """Sentence i stands alone in its paragraph and does not end as a sentence does (a headline's form)."""
    return ctx.alone_in_paragraph(i) and not ctx.sentences[i].text.rstrip().endswith(".")


def _kicker(text: str) -> bool:
    """A section label above a headline ("BUSINESS", "Trade | Germany", "News > Business"): almost no lowercase
    words, no rate, and a section separator or only a few words."""
    text = text.strip()
    if _RATE.search(text) or len(_LOWER_WORD.findall(text)) > KICKER_MAX_LOWER:
        return False
    return bool(_KICKER_SEPARATOR.search(text)) or len(text.split()) <= KICKER_MAX_WORDS


def headline_start(ctx: Context, past_kicker: bool = False) -> int | None:
    """Start of the headline: a first sentence alone in its paragraph, not ending as a sentence does -- or, with
    past_kicker, the line after a section kicker of that form, when it has the form too (the kicker names no
    measure; consolidate.py, round 13b)."""
    if not ctx.sentences or not _title_line(ctx, 0):
        return None
    if past_kicker and len(ctx.sentences) > 1 and _kicker(ctx.sentences[0].text) and _title_line(ctx, 1) \
            and not ctx.sentences[1].text.lstrip().startswith("*"):  # an italic deck is no headline
        return ctx.sentences[1].start
    return ctx.sentences[0].start


def headline_status(ctx: Context, facts: list[dict]) -> None:
    """A headline rate read as in force ("hits", "slaps", "raises ... to 50%": the headline's present tense)
    takes the status of the first body mention of the same measure (in place), unless the headline says the
    measure applies now."""
    head = headline_start(ctx)
    if head is None or _APPLIES_NOW.search(ctx.sentences[0].text):
        return
    body = [f for f in facts if f["span"][0] != head]
    for f in facts:
        if f["span"][0] != head or f["status"] != "in_force":
            continue
        twin = next((b for b in body if same_measure(f, b) and not _goods_left_out(f, b)), None)
        if twin is not None:
            f["status"] = twin["status"]


def _goods_left_out(head: dict, body: dict) -> bool:
    """The body fact is goods left out of the headline's measure (a `lifted` fact of goods the headline does not name:
    "Pharmaceuticals, which remain exempt from the 39% tariff"), not a mention of the measure itself (round 27)."""
    return body["status"] == "lifted" and head["product"] is None and body["product"] is not None


def _counterfactual(fact: dict) -> bool:
    """Every mention of the fact's rate in its sentence is what the rate would have been ("would have jumped to 145
    per cent", "could have climbed to 125 per cent"): constants.COUNTERFACTUAL_BEFORE."""
    text = fact.get("sentence") or ""
    at = [p.start for p in find_percents(text) if p.value == fact["rate_pct"]]
    return bool(at) and all(_COUNTERFACTUAL_BEFORE.search(text, max(0, s - 80), s) for s in at)


def counterfactual_status(facts: list[dict]) -> None:
    """A rate told only as what it would have been takes the status of the same measure's first other mention that
    is not counterfactual too, else `paused` (LABELING.md round 17; constants.COUNTERFACTUAL_BEFORE)."""
    hypothetical = [_counterfactual(f) for f in facts]
    told = [f for f, h in zip(facts, hypothetical) if not h]
    for f, h in zip(facts, hypothetical):
        if h:
            twin = next((t for t in told if same_measure(f, t)), None)
            f["status"] = twin["status"] if twin is not None else COUNTERFACTUAL_STATUS


def dedupe(facts: list[dict]) -> list[dict]:
    """Each (imposer, target, product, rate, status) once, its first mention kept."""
    seen, out = set(), []
    for f in facts:
        key = tuple(f[k] for k in KEY_FIELDS)
        if key not in seen:
            seen.add(key)
            out.append(f)
    return out


def goods_key(product: str) -> tuple[str, ...]:
    """The words of a product compared across readings: lower case, each word's plural dropped ("onions" ~
    "onion", "batteries" ~ "battery"), the writers' words for one good made one (constants.SAME_GOODS_WORDS)."""
    out = []
    for word in product.lower().split():
        word = SAME_GOODS_WORDS.get(word, word)
        if word.endswith("ies") and len(word) > 4:
            word = word[:-3] + "y"
        elif word.endswith(("ches", "shes", "xes", "sses", "oes")):
            word = word[:-2]
        elif word.endswith("s") and not word.endswith("ss"):
            word = word[:-1]
        out.append(word)
    return tuple(out)


def _spells_same_goods(short: tuple[str, ...], long: tuple[str, ...]) -> bool:
    """`long` names the goods `short` does, at most with modifiers before its head ("oil" ~ "canola oil",
    "trucks" ~ "heavy trucks")."""
    return len(short) <= len(long) and long[len(long) - len(short):] == short


def one_fact_per_good(facts: list[dict]) -> list[dict]:
    """LABELING.md: one fact per (imposer, target, product, rate, status). Two readings of one rate with the same
    parties and status whose products are one good spelt twice ("onion" and "onions", "automobiles" and "autos",
    "oil" and "canola oil") are one fact: the reading with the fuller words stays (round 16b)."""
    drop: set[int] = set()
    for i, f in enumerate(facts):
        if f["product"] is None:
            continue
        fk = goods_key(f["product"])
        for j, g in enumerate(facts[:i]):
            if j in drop or g["product"] is None or g["product"] == f["product"] \
                    or (g["imposer"], g["target"], g["rate_pct"], g["status"]) != \
                    (f["imposer"], f["target"], f["rate_pct"], f["status"]):
                continue
            gk = goods_key(g["product"])
            if _spells_same_goods(fk, gk):
                drop.add(i)
                break
            if _spells_same_goods(gk, fk):
                drop.add(j)
    return [f for k, f in enumerate(facts) if k not in drop]


def settle(ctx: Context, facts: list[dict]) -> list[dict]:
    """The story-level status decisions on the article's tariff facts (in document order), each fact once."""
    headline_status(ctx, facts)
    counterfactual_status(facts)
    replaced_by_later_change(ctx, facts)
    changed_after_told(ctx, facts)
    told_in_past_perfect(facts)
    told_as_first_step(facts)
    paused_by_next_sentence(ctx, facts)
    lifted_with_struck_measure(ctx, facts)
    return target_left_unnamed(one_status_per_rate(one_fact_per_good(dedupe(facts))))


def one_status_per_rate(facts: list[dict]) -> list[dict]:
    """Round 27b: a rate (imposer, target, goods, value) the story first states as decided -- in force or announced --
    and a later sentence reads as threatened, lifted or paused is one fact, in the status of its first statement:
    the later sentence retells the decided rate inside a condition, a plea or a worry ("if the 20% tariff stays in
    place", "to have the 25% tariff removed", "fear of the looming 46% duty") and takes that clause's mood, where the
    labels hold the rate once (LABELING.md: each rate labelled once, in its status at the published date).  A first
    statement that is itself a threat or a change, and a later reading that is decided, keep both facts (measured:
    the old rate of a cut told later as still paid, a threat carried out, a rate in force told later as announced
    split about evenly on dev); one sentence's own readings are its own.  Round 40: a later decided reading at
    another status folds too when its rate sits inside a conditional clause ("would lose orders if the 20% tariff
    stays in place for long", read `announced` after "charges a 20% tariff ... since August 7"): the condition
    retells the rate, it does not decide it again."""
    first: dict[tuple, dict] = {}
    for f in facts:
        first.setdefault((f["imposer"], f["target"], f["product"], f["rate_pct"]), f)
    return [f for f in facts if not _retold_undecided(f, first[(f["imposer"], f["target"], f["product"], f["rate_pct"])])]


def _retold_undecided(fact: dict, first: dict) -> bool:
    """`fact` is a later sentence's reading of a rate `first` (its rate's first reading, in another sentence) states
    as decided, read threatened / lifted / paused, or at another status inside a conditional clause."""
    if fact["span"][0] == first["span"][0] or first["status"] not in DECIDED_STATUSES:
        return False
    return fact["status"] not in DECIDED_STATUSES or (fact["status"] != first["status"] and rate_in_condition(fact))


def rate_in_condition(fact: dict) -> bool:
    """Round 40: the fact's rate, in its sentence, sits inside a conditional clause: an opener ("if", "unless", "as
    long as", a clause-initial "should") at most RESTATED_CONDITION_REACH characters before it, with no clause break
    between ("if talks fail, the rate will rise to 50%": the 50% is the main clause's).  Every mention of the value in
    the sentence must be so: "If that rate is below 15%, the total duty is brought up to 15%" decides the rate in its
    main clause."""
    sentence = fact.get("sentence") or ""
    starts = [p.start for p in find_percents(sentence) if round(p.value, 2) == round(float(fact["rate_pct"]), 2)]
    return bool(starts) and all(_opens_condition_before(sentence, start) for start in starts)


def _opens_condition_before(sentence: str, start: int) -> bool:
    """A conditional opener reaches the rate at `start`: no clause break between, and near enough to be its clause."""
    m = _RESTATED_CONDITION_OPENER.search(sentence, 0, start)
    return m is not None and start - m.start() <= RESTATED_CONDITION_REACH


def target_left_unnamed(facts: list[dict]) -> list[dict]:
    """Round 28: a rate read without a target in one sentence, when another sentence reads the same rate (imposer,
    goods, value, status) for one named country, is that country's rate retold without its name ("Steel and
    aluminium stocks after the 50% tariff", "Those goods pay the 50% tariff ...", "the 25% rate stays as it is" after
    the sentence naming whose goods pay it): the labels hold the named fact once (LABELING.md: a rate restated is no
    second fact).  A sentence with a global or all-partner phrase ("on all imports", "baseline", "from most
    countries", "every other country") states a measure on every partner, which LABELING.md keeps beside a named
    country's rate; two named countries of the rate leave the reader no one country to settle it into.  Only the
    targetless reading goes: the named one is never carried to it (carrying the country measured as a loss in rounds
    26b and 28)."""
    return [f for f in facts if not _named_elsewhere(f, facts)]


def _named_elsewhere(fact: dict, facts: list[dict]) -> bool:
    """`fact` has no target, no global phrase in its sentence, and the other sentences' readings of its rate at its
    status and goods name exactly one country (not the imposer)."""
    if fact["target"] is not None or _GLOBAL_TARGET.search(fact.get("sentence") or ""):
        return False
    named = {g["target"] for g in facts
             if g["target"] is not None and g["target"] != fact["imposer"] and g["span"][0] != fact["span"][0]
             and (g["imposer"], g["rate_pct"], g["status"]) == (fact["imposer"], fact["rate_pct"], fact["status"])
             and _same_goods_named(g["product"], fact["product"])}
    return len(named) == 1


def _same_goods_named(p: str | None, q: str | None) -> bool:
    """Both readings on all goods, or both on goods of which one names the other ("steel" ~ "steel products"):
    `same_goods` without its all-goods wildcard."""
    return (p is None) == (q is None) and same_goods(p, q)


# ---- the story's time order of one measure's rates (round 24).  LABELING.md: the old rate of a change in force is
# `lifted`, also when the change is told in another sentence.  Text order is not the story's time order (round 23: a
# feature on "a change told later in the text" split 10/8), so the rates are ordered by what the story says of them:
# a rate its own clause dates in a past month is background; a change of the same measure "to" another rate, dated
# later or not dated at all (the story's news), has replaced it.


def _rate_window(fact: dict) -> tuple[str, int, int, int, int] | None:
    """(sentence, window start, rate start, rate end, window end) of the fact's rate in its sentence."""
    text = fact.get("sentence") or ""
    p = next((q for q in find_percents(text) if q.value == fact["rate_pct"]), None)
    if p is None:
        return None
    return text, max(0, p.start - HISTORY_BEFORE_CHARS), p.start, p.end, min(len(text), p.end + HISTORY_AFTER_CHARS)


def _month_told(text: str, lo: int, hi: int, published) -> tuple[int, int, int] | None:
    """(year, month, day or 0) of the last month dating the window; a month with no year is read as `_month_ahead`
    reads it (up to six months after `published`: ahead, else the latest such month before it), the year unknown (0)
    without `published`."""
    m = None
    for m in _RATE_DATED_MONTH.finditer(text, lo, hi):
        pass
    if m is None:
        return None
    month, day = _MONTHS[m.group("mon")[:3]], int(m.group("day") or 0)
    if m.group("yr"):
        return int(m.group("yr")), month, day
    if published is None:
        return 0, month, day
    if _later_month(month, published):        # "take effect on Oct. 1" in a September paper: ahead
        return published.year + (month < published.month), month, day
    return (published.year if month <= published.month else published.year - 1), month, day


def _background_month(fact: dict, published) -> tuple[int, int, int] | None:
    """The past month the rate's own words date it in ("applied a 25% tariff ... in March"), unless they keep it
    current ("has applied since March", "still"), tell it ahead ("will rise to 28% from July 1") or the month is after
    `published`."""
    w = _rate_window(fact)
    if w is None:
        return None
    text, lo, start, _, hi = w
    when = _month_told(text, lo, hi, published)
    if when is None or _RATE_STILL_APPLIES.search(text, lo, hi) or _RATE_TOLD_AHEAD_BEFORE.search(text, lo, start) \
            or _REMEDY_STAGE.search(text, lo, hi):
        return None
    if published is not None and when > (published.year, published.month, published.day):
        return None     # "comes into force on August 7" in an August 6 paper
    return when


def _change_to_rate(fact: dict, published) -> tuple[bool, tuple[int, int, int] | None]:
    """(the rate is the new side of a change "to" it that adds nothing on top, the month dating it or None)."""
    w = _rate_window(fact)
    if w is None:
        return False, None
    text, lo, start, _, hi = w
    before = text[lo:start]
    if not _CHANGE_TO_RATE_BEFORE.search(before) or _CHANGE_STACKS.search(before):
        return False, None
    return True, _month_told(text, lo, hi, published)


def _one_pair_and_goods(a: dict, b: dict) -> bool:
    """Same imposer and target, and the same goods (both all goods, or one good named twice)."""
    if a["imposer"] != b["imposer"] or a["target"] != b["target"]:
        return False
    return a["product"] == b["product"] or (a["product"] is not None and b["product"] is not None
                                           and same_goods(a["product"], b["product"]))


def _replaced_status(old: str, new: str) -> str | None:
    """LABELING.md: the old rate is `lifted` once the change is in force; a rate only announced is `lifted` when
    the change that replaces it is decided (in force or announced).  None: the old rate stands."""
    if new == "in_force" or (old == "announced" and new == "announced"):
        return "lifted"
    return None


def replaced_by_later_change(ctx: Context, facts: list[dict]) -> None:
    """A rate the story dates in a past month takes `lifted` (in place) when another sentence tells a change of the
    same measure to another rate, dated in a later month or not dated."""
    changes = []
    for g in facts:
        is_change, when = _change_to_rate(g, ctx.published)
        if is_change and g["status"] in DECIDED_STATUSES:
            changes.append((g, when))
    if not changes:
        return
    for f in facts:
        if f["status"] not in DECIDED_STATUSES:
            continue
        since = _background_month(f, ctx.published)
        if since is None:
            continue
        for g, when in changes:
            if g["sentence"] == f["sentence"] or g["rate_pct"] == f["rate_pct"] or not _one_pair_and_goods(f, g) \
                    or (when is not None and when <= since):
                continue
            status = _replaced_status(f["status"], g["status"])
            if status is not None:
                f["status"] = status
                break


# ---- a rate the story changes right after telling it (round 26).  LABELING.md: a rate removed or replaced is
# `lifted`, the old rate of a change in force too.  Rounds 15-24 read a change that names the old rate's number or
# follows it "to" the new one; here the change names the rate again by a pronoun or a definite tariff noun -- in a
# later clause of the rate's sentence ("..., before a deal ... brought the rate down to 15 per cent"; "...; those
# duties have since been cut to 18%") or as the subject opening the next sentence ("Those were later replaced by a 10%
# tariff").  The story tells the change after the rate, in the past: the rate was the measure before it.
_CHANGED_AFTER = tuple(re.compile(rx, re.I) for rx in (CHANGED_AFTER_OBJECT, CHANGED_AFTER_SUBJECT))
_EPISODE_ENDED_AFTER = re.compile(EPISODE_ENDED_AFTER, re.I)
_CHANGED_NEXT_SENTENCE = re.compile(CHANGED_NEXT_SENTENCE, re.I)
_CHANGE_STILL_AHEAD = re.compile(CHANGE_STILL_AHEAD, re.I)
_UNTIL_NOW_OPENING = re.compile(UNTIL_NOW_OPENING, re.I)
_UNTIL_NOW_PAST = re.compile(UNTIL_NOW_PAST, re.I)
_UNTIL_NOW_NOT_PAST = re.compile(UNTIL_NOW_NOT_PAST, re.I)
_NEW_RATE_AFTER = re.compile(rf"[^.;%]{{0,{CHANGED_AFTER_NEW_RATE_CHARS}}}?\bto\s+(?:an?\s+)?(?P<v>\d+(?:\.\d+)?)\s*"
                             + PERCENT_UNIT, re.I)


def _change_in_sentence(text: str, rate_end: int) -> re.Match | None:
    """The later clause of the rate's sentence that changes it (no other rate between them), or that ends the
    episode the sentence's rates belong to ("before both sides pulled back")."""
    for rx in _CHANGED_AFTER:
        m = rx.match(text, rate_end)
        if m is not None and not _RATE.search(text, rate_end, m.start("verb")):
            return m
    return _EPISODE_ENDED_AFTER.match(text, rate_end)


def _ended_now(text: str, rate_start: int) -> bool:
    """The sentence opens "Until now / this week / Thursday," and tells the rate in a past tense: it ran until the
    story's present (the change is the story's news)."""
    m = _UNTIL_NOW_OPENING.match(text)
    if m is None or m.end() > rate_start:
        return False
    return _UNTIL_NOW_PAST.search(text, m.end(), rate_start) is not None \
        and _UNTIL_NOW_NOT_PAST.search(text, m.end(), rate_start) is None


def _next_sentence(ctx: Context, fact: dict) -> tuple[str, int] | None:
    """(text, start) of the sentence after the fact's."""
    for i, s in enumerate(ctx.sentences[:-1]):
        if s.start == fact["span"][0]:
            nxt = ctx.sentences[i + 1]
            return ctx.body[nxt.start:nxt.end], nxt.start
    return None


def _told_change(ctx: Context, fact: dict, by_sentence: dict) -> tuple[str, re.Match, list[dict]] | None:
    """(text, match, facts of that text) of the change the story tells right after the rate, if any."""
    window = _rate_window(fact)
    if window is None:
        return None
    text, _, _, rate_end, _ = window
    m = _change_in_sentence(text, rate_end)
    if m is not None:
        return text, m, by_sentence.get(fact["span"][0], [])
    # the next sentence's pronoun names the rate only when its sentence states one rate
    if len({g["rate_pct"] for g in by_sentence.get(fact["span"][0], [])}) != 1:
        return None
    nxt = _next_sentence(ctx, fact)
    m = _CHANGED_NEXT_SENTENCE.match(nxt[0]) if nxt else None
    return (nxt[0], m, by_sentence.get(nxt[1], [])) if m else None


def _lifted_by_change(status: str, text: str, m: re.Match, there: list[dict]) -> bool:
    """The change is past and replaces the rate: no modal or plan before its verb, nothing stacked; a new rate it
    names ("to 15%") in force -- or, for a rate only announced, decided (LABELING.md: a rate replaced before it took
    effect is lifted if it had been announced)."""
    verb = m.start("verb")
    if _CHANGE_STILL_AHEAD.search(text[max(0, verb - 40):verb]) or _CHANGE_STACKS.search(text, m.start(), m.end()):
        return False
    new = _NEW_RATE_AFTER.match(text, m.end())
    if new is None:
        return True
    statuses = {g["status"] for g in there if g["rate_pct"] == float(new.group("v"))}
    if not statuses:
        return True
    return "in_force" in statuses or (status == "announced" and "announced" in statuses)


def changed_after_told(ctx: Context, facts: list[dict]) -> None:
    """A rate in force or announced takes `lifted` (in place) when the story, right after stating it, tells it was
    changed or removed."""
    by_sentence: dict[int, list[dict]] = {}
    for f in facts:
        by_sentence.setdefault(f["span"][0], []).append(f)
    for f in facts:
        if f["status"] not in DECIDED_STATUSES:
            continue
        told = _told_change(ctx, f, by_sentence)
        if (told is not None and _lifted_by_change(f["status"], *told)) or _ended_now_fact(f):
            f["status"] = "lifted"


def _ended_now_fact(fact: dict) -> bool:
    """`_ended_now` on the fact's rate in its sentence."""
    window = _rate_window(fact)
    return window is not None and _ended_now(window[0], window[2])


# ---- a rate the next sentence pauses or removes by pointing back to it (round 41, xstorylifted41): "Trump imposed
# tariffs of 30% on South Africa ... He then paused those tariffs for 90 days so that the countries affected could
# negotiate."  Round 26 reads the next sentence when it opens with the rate as the subject of a change; here the
# pointer is the object of a past pause or removal verb near the next sentence's start ("A week later he paused it for
# 90 days", "It then postponed the start of those duties until April 2"), or the subject of a past pause ("Those
# tariffs were suspended until July 9").  LABELING.md: suspended, delayed, on hold is `paused`; removed is `lifted`.
# (behind the verbs every match holds: round 49, searched in the opening of every sentence after a rate)
_POINTED_OBJECT_CHANGE = prefiltered(re.compile(rf"\b(?:(?P<pause>{POINTED_PAUSE_VERB})\s+{POINTED_OBJECT}|"
                                    rf"(?P<lift>{POINTED_LIFT_VERB})\s+{POINTED_OBJECT}(?!\s+(?:to|up)\b))", re.I))
_POINTED_SUBJECT_PAUSE = re.compile(rf"\b(?:they|{POINTED_OBJECT})\s+(?:was|were|has|have|had)\s+(?:been\s+)?"
                                    rf"(?:(?:later|since|then|subsequently|quickly|soon)\s+)?(?:been\s+)?"
                                    rf"(?P<pause>{POINTED_PAUSE_VERB})\b", re.I)
_POINTED_CLAUSE_CHARS = 60      # room past the opening for the verb and its pointer ("put off the start of those duties")


def _pointed_change(text: str) -> str | None:
    """The status the opening clause of `text` gives the rate it points back to: `paused` or `lifted` by a past verb
    within POINTED_OPENING_CHARS of its start, with no rate, clause break or plan ("agreed to", "will") before it."""
    for rx in (_POINTED_OBJECT_CHANGE, _POINTED_SUBJECT_PAUSE):
        # the verb must start within the opening; its pointer may run past it
        m = rx.search(text, 0, min(len(text), POINTED_OPENING_CHARS + _POINTED_CLAUSE_CHARS))
        if m is None or m.start() > POINTED_OPENING_CHARS:
            continue
        before = text[:m.start()]
        if _RATE.search(before) or ";" in before or ":" in before or _CHANGE_STILL_AHEAD.search(before):
            continue
        return "paused" if m.group("pause") else "lifted"
    return None


def _pointed_sentence(ctx: Context, i: int, by_sentence: dict) -> list[dict]:
    """The decided facts the pointer of sentence `i` names again: those of the sentence before it, or of the one
    before that when the sentence before states no rate ("... 25% on US goods. The tariffs were first due on August 4.
    On that day India postponed them"); of one imposer, the pointer's measure."""
    for j in (i - 1, i - 2):
        there = by_sentence.get(ctx.sentences[j].start, []) if j >= 0 else []
        if there:
            decided = [f for f in there if f["status"] in DECIDED_STATUSES]
            return decided if len({f["imposer"] for f in decided}) == 1 else []
    return []


def paused_by_next_sentence(ctx: Context, facts: list[dict]) -> None:
    """Rates in force or announced take `paused` / `lifted` (in place) when the next sentence, stating no rate of its
    own before its verb, pauses or removes them by a pointer ("He then paused those tariffs for 90 days")."""
    by_sentence: dict[int, list[dict]] = {}
    for f in facts:
        by_sentence.setdefault(f["span"][0], []).append(f)
    for i, s in enumerate(ctx.sentences[1:], 1):
        status = _pointed_change(ctx.body[s.start:s.end])
        if status is None:
            continue
        for f in _pointed_sentence(ctx, i, by_sentence):
            f["status"] = status



# ---- a court's ruling told for a measure by its name (round 42, xmeasure42).  "The Supreme Court struck down the
# IEEPA tariffs" says which rates it reached only through the measure's name: the rates whose own clause names that
# measure ("the EU has paid a 15% "reciprocal" tariff"), not the Section 122 or Section 232 rates told beside them.
_MEASURE_NAMES = tuple((name, re.compile(rx, re.I)) for name, rx in MEASURE_NAMES.items())
_STRUCK_DOWN = prefiltered(re.compile(rf"\b(?:{STRUCK_DOWN_VERB})\b", re.I))
_STRUCK_NOT_FINAL_BEFORE = re.compile(STRUCK_NOT_FINAL_BEFORE, re.I)
_STRUCK_STAYED = re.compile(STRUCK_STAYED, re.I)
_RATE_CLAUSE_SURVIVES = re.compile(RATE_CLAUSE_SURVIVES, re.I)
_RATE_CLAUSE_BREAK = re.compile(RATE_CLAUSE_BREAK, re.I)
_NAME_WINDOW_BREAK = re.compile(r"[;:,()\u2014\u2013]")


def _measures_named(text: str) -> set[str]:
    return {name for name, rx in _MEASURE_NAMES if rx.search(text)}


def _struck_measures(sentence: str) -> set[str]:
    """The measures a sentence tells struck down, final: the name in the verb's own phrase (its object after it, or
    its subject before it, neither past a comma or other break), no condition before the verb and no stay told."""
    struck: set[str] = set()
    if _STRUCK_DOWN.search(sentence) is None or _STRUCK_STAYED.search(sentence):
        return struck           # (the verb first, behind its literals: most sentences strike nothing down)
    for v in _STRUCK_DOWN.finditer(sentence):
        if _STRUCK_NOT_FINAL_BEFORE.search(sentence, 0, v.start()):
            continue
        before = sentence[max(0, v.start() - STRUCK_SUBJECT_CHARS):v.start()]
        after = sentence[v.end():v.end() + STRUCK_OBJECT_CHARS]
        cuts = list(_NAME_WINDOW_BREAK.finditer(before))
        before = before[cuts[-1].end():] if cuts else before
        cut = _NAME_WINDOW_BREAK.search(after)
        after = after[:cut.start()] if cut else after
        for name in _measures_named(before + " " + after):
            struck.update(MEASURE_UNDER.get(name, (name,)))
    return struck


def _rate_clause(sentence: str, rate: float) -> str:
    """The clause of the rate's first mention in its sentence: from the last break before it to the first after it."""
    m = next((p for p in find_percents(sentence) if p.value == rate), None)
    if m is None:
        return ""
    starts = [b.end() for b in _RATE_CLAUSE_BREAK.finditer(sentence, 0, m.start)]
    end = _RATE_CLAUSE_BREAK.search(sentence, m.end)
    return sentence[(starts[-1] if starts else 0):(end.start() if end else len(sentence))]


def lifted_with_struck_measure(ctx: Context, facts: list[dict]) -> None:
    """Rates in force or announced take `lifted` (in place) when their own clause names one measure, not told as
    surviving, and another sentence of the story tells that measure struck down by name."""
    struck = {s.start: _struck_measures(ctx.body[s.start:s.end]) for s in ctx.sentences}
    if not any(struck.values()):
        return      # (speed, round 51) nothing struck down, so no one measure named is: most stories, no clause read
    for f in facts:
        if f["status"] not in DECIDED_STATUSES:
            continue
        clause = _rate_clause(ctx.body[f["span"][0]:f["span"][1]], f["rate_pct"])
        named = _measures_named(clause)
        if len(named) != 1 or _RATE_CLAUSE_SURVIVES.search(clause):
            continue
        if any(named <= measures for start, measures in struck.items() if start != f["span"][0]):
            f["status"] = "lifted"

# ---- a rate told in the past perfect beside a later rate of the same pair (round 31, xstatushist31).  A story that
# tells one imposer's rates on one partner across months names the earlier rate in a clause of its own set before the
# story's present ("up from the 10 percent it had paid during the 90-day reprieve", "the 29% rate that had earlier been
# set"); LABELING.md: the old rate of a change in force is `lifted`, and a rate only announced is `lifted` once a
# decided rate replaces it (round 21).  The clause alone is no proof ("The 39% rate had put whole branches at risk"
# tells the rate in force): the story must give the pair another rate, decided.
_PAST_PERFECT_OWN_BEFORE = re.compile(PAST_PERFECT_OWN_BEFORE, re.I)
_PAST_PERFECT_OWN_AFTER = re.compile(PAST_PERFECT_OWN_AFTER, re.I)


def _past_perfect_own_clause(fact: dict) -> bool:
    """The fact's rate is a definite figure whose own clause is in the past perfect (no other rate between), and no
    change goes "to" it: the new side of a change is the story's present whatever its clause says of how it was
    planned ("brings the total to the 50% rate Trump had promised")."""
    window = _rate_window(fact)
    if window is None:
        return False
    text, lo, start, end, _ = window
    if not _PAST_PERFECT_OWN_BEFORE.search(text, max(0, start - 30), start) \
            or _CHANGE_TO_RATE_BEFORE.search(text[lo:start]):
        return False
    m = _PAST_PERFECT_OWN_AFTER.match(text, end)
    return m is not None and not _RATE.search(text, end, m.end())


def told_in_past_perfect(facts: list[dict]) -> None:
    """A rate in force (announced) whose own clause is in the past perfect takes `lifted` (in place) when the story
    gives the same imposer, target and goods another rate in force (in force or announced)."""
    _lift_replaced_step(facts, _past_perfect_own_clause)


def _lift_replaced_step(facts: list[dict], told_as_step) -> None:
    """A rate in force (announced) whose own clause `told_as_step` reads as an earlier step of its pair's history takes
    `lifted` (in place) when the story gives the same imposer, target and goods another rate in force (in force or
    announced)."""
    for f in facts:
        if f["status"] not in DECIDED_STATUSES or not told_as_step(f):
            continue
        decided = ("in_force",) if f["status"] == "in_force" else DECIDED_STATUSES
        if any(g["rate_pct"] != f["rate_pct"] and g["status"] in decided and _one_pair_and_goods(f, g) for g in facts):
            f["status"] = "lifted"


# ---- a rate told as the first step of its pair's history (round 37, xlifted37): "Washington first slapped a 29pc
# reciprocal tariff on Pakistani exports on April 2" in a story whose news is the 19% the deal set.  The learned status
# reads the clause's past verb as in force; the story's other rate of the pair says the first step was replaced.
_FIRST_STEP_BEFORE = re.compile(FIRST_STEP_BEFORE, re.I)


def _first_step_own_clause(fact: dict) -> bool:
    """The fact's rate is governed by "first <verb>" (no other figure between) and its own words do not keep it current
    ("both of which are still in place")."""
    window = _rate_window(fact)
    if window is None:
        return False
    text, lo, start, end, hi = window
    return _FIRST_STEP_BEFORE.search(text[lo:start]) is not None and not _RATE_STILL_APPLIES.search(text, end, hi)


def told_as_first_step(facts: list[dict]) -> None:
    """A rate in force (announced) told as the pair's first step takes `lifted` (in place) when the story gives the
    same imposer, target and goods another rate in force (in force or announced): the same condition as
    `told_in_past_perfect`, whose clause tells the same history by its tense."""
    _lift_replaced_step(facts, _first_step_own_clause)


# ---- start dates (moved from tariffs.py, round 22): a start word and its day, read against `published`.  The rules read
# them in a rate's sentence (tariffs.py), the learned status in the whole story (tariff_model.story_start_features).
_WEEKDAY = r"(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
# "Aug. 7", "from 7 August" too
_DAY_MONTH = (rf"(?P<mon>{MONTH_ABBR})[a-z]*\.?\s+(?P<day>\d{{1,2}})\b|"
              rf"(?P<day2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<mon2>{MONTH_ABBR})[a-z]*\b")
# round 36: the participles too ("a 25 percent surtax ..., taking effect on October 15"; "coming into force on Monday")
_STARTS = (r"starting|beginning|effective|as of|set to take effect|takes? effect|taking effect|due to take effect|kicks? in|from"
           r"|(?:comes?|come|coming|enters?|enter|entering)\s+into\s+(?:force|effect)|(?:goes|go)\s+into\s+effect")
# round 20b: a start told by a day word, read against `published` ("take effect tomorrow", "kicks in this weekend",
# "comes into force today", "as of today"): today is the page's day, the others come after it
_DAY_WORDS = r"tomorrow|tonight|this weekend|later (?:today|this week)|within hours|today"
# round 36: a rate's own start may be the period after the page's ("from next month", "which takes effect next week",
# "starting next year"): always after `published`, whatever the page's date; with a start word before it only, so "sales
# next year" or "talks next week" date nothing.  Not a whole sentence's start (SENTENCE_START_DATE): a rate-less "The
# tariffs are scheduled to apply from next week" would date the rates told before it (d547).  "later this month" is left
# out: 2 dev articles, and in d128's live blog its announced rate carried into the next entry's rates in force
_NEXT_PERIOD = r"(?:early\s+|late\s+|mid-)?next\s+(?:week|month|year)"
# round 38: a start counted in days or weeks from the page or its event ("will take effect in seven days", "due to take
# effect within the next 21 days", "kicks in 21 days after Wednesday's order", "from seven days after the signing",
# "due to begin 21 days from now"): always after `published`, like the period after the page's, and read where a day
# word is (a rate's own segment and comma adjunct, and a whole sentence's start: "The rates, contained in an executive
# order, will take effect in seven days."); not in the learned status's story starts (start_dates)
_COUNT = r"(?:\d{1,3}|an?|one|two|three|four|five|six|seven|eight|nine|ten|fourteen|fifteen|twenty(?:-one)?|thirty|sixty|ninety)"
_DAYS_AHEAD = (rf"(?:in|within)\s+(?:the\s+next\s+|another\s+)?{_COUNT}\s+(?:days?|weeks?)(?:[’']\s+time)?"
               rf"|{_COUNT}\s+days?\s+(?:after|from)")
_RELATIVE_START = rf"(?P<rel>{_DAY_WORDS}|{_NEXT_PERIOD}|{_DAYS_AHEAD})\b(?![’'])"
_LATER_DAYS = ("tomorrow", "tonight", "this weekend", "later today", "later this week", "within hours")
# "all due to start", "are scheduled to start", "before the new rates begin"
_TO_START = r"(?:(?:all\s+)?(?:due|set|scheduled|slated)\s+to\s+)?(?:start|begin)s?"
# a clock time between the start and its day: "start at 12:01 a.m. EDT on Aug. 7", "takes effect at midnight on Tuesday"
_CLOCK = (r"(?:at\s+(?:midnight|noon|\d{1,2}(?:[:.]\d\d)?\s*(?:a\.m\.|p\.m\.|am\b|pm\b))"
          r"(?:\s+(?:ET|EDT|EST|GMT|BST|CET|Eastern|local)(?:\s+time)?)?\s+)?")
# "On <date>" may open the sentence ("On January 1, 2026, the duty goes from 25 to 30 percent"); the other start words
# stay lower-case: a sentence-opening "Starting Aug. 29, …" dates its main clause, not a rate listed in it
# round 20b: a month with no day ("from October 2025", "scheduled to take effect in March"), read against `published`
# -- in the rate's own sentence only: a month told alone dates seasons and campaigns as often as a measure
_MONTH_ONLY = rf"(?:in\s+)?(?P<mon3>{MONTH_ABBR})[a-z]*\.?(?:\s+(?P<yr>(?:19|20)\d\d))?\b(?![.\s,]*\d|\s+last\s+year)"
START_DATE = word_led(
    rf"(?:(?:{_STARTS}|{_TO_START})\s+{_CLOCK}(?:on\s+)?(?:next\s+)?(?:{_WEEKDAY}|{_RELATIVE_START}|{_MONTH_ONLY})"
    rf"|(?:{_STARTS}|{_TO_START}|[Oo]n)\s+{_CLOCK}(?:on\s+)?(?:{_DAY_MONTH}))")
# the whole sentence's start date ("signed an order ..., effective Aug. 7"): not a bare "on <date>", which
# dates only its own rate's segment.  Round 38: a count of days is one too, as the day words are; the period after the
# page's is not (round 36, d547)
_RELATIVE_SENTENCE_START = rf"(?P<rel>{_DAY_WORDS}|{_DAYS_AHEAD})\b(?![’'])"
SENTENCE_START_DATE = word_led(
    rf"(?:{_STARTS}|{_TO_START})\s+{_CLOCK}(?:on\s+)?(?:(?:next\s+)?{_WEEKDAY}|{_RELATIVE_SENTENCE_START}|{_DAY_MONTH})")
_MONTHS = {m: i for i, m in enumerate(MONTH_ABBR.split("|"), 1)}


def _period_start(m: re.Match) -> bool:
    """The start is a period after the page's ("from next year") or a count of days or weeks ("in seven days"), not a
    day."""
    return m.group("rel") is not None and re.fullmatch(f"{_NEXT_PERIOD}|{_DAYS_AHEAD}", m.group("rel"), re.I) is not None


def counted_start(m: re.Match) -> bool:
    """The start is counted in days or weeks ("will take effect in seven days", "21 days after the order")."""
    return m.group("rel") is not None and re.fullmatch(_DAYS_AHEAD, m.group("rel"), re.I) is not None


def starts_after(m: re.Match, published) -> bool:
    if m.group("rel"):
        return m.group("rel").lower() in _LATER_DAYS or _period_start(m)
    if m.groupdict().get("mon3"):
        return _month_ahead(m, published)
    if m.group("wd"):
        # "starting Tuesday" looks ahead -- unless that day is the publication day ("effective Friday")
        days = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
        return published is None or days.index(m.group("wd")) != published.weekday()
    if published is None:
        return False
    try:
        mon, day = (m.group("mon"), m.group("day")) if m.group("mon") else (m.group("mon2"), m.group("day2"))
        d = date(published.year, _MONTHS[mon[:3]], int(day))
    except (ValueError, KeyError):
        return False
    if (published - d).days > 180:
        return True         # "take effect on Jan. 1" in a December paper: next January
    if (d - published).days > 180:
        return False        # "took effect on August 1" in a January paper: last August (round 20b)
    return d > published


def _month_ahead(m: re.Match, published) -> bool:
    """A month with no day starts after `published` when it is a later month: of the year written, else the nearer
    one ("from March" in a November paper: next March); the page's own month is no later start."""
    if published is None:
        return False
    month = _MONTHS[m.group("mon3")[:3]]
    if m.group("yr"):
        return (int(m.group("yr")), month) > (published.year, published.month)
    return _later_month(month, published)


def _later_month(month: int, published: date) -> bool:
    """A month written with no year is a later one when it falls within the six months after `published`'s."""
    return 0 < (month - published.month) % 12 <= 6


@lru_cache(maxsize=64)
def start_dates(body: str, published: date | None) -> tuple[tuple[int, int, str], ...]:
    """Every start date the story tells, read once per story: (start, end, "future") for one after `published` ("take
    effect on Aug. 7"), (start, end, "past") for one on or before it.  Not a period after the page's (round 36): it dates
    a rate's own segment only, while these feed the learned status's story and nearby starts, where "weigh on exports
    from next year" (d1750) is no measure's start."""
    return tuple((m.start(), m.end(), "future" if starts_after(m, published) else "past")
                 for m in START_DATE.finditer(body) if not _period_start(m))


def story_start_dates(body: str, published: date | None) -> set[str]:
    """The kinds of start date the story tells anywhere ("future", "past")."""
    return {kind for _, _, kind in start_dates(body, published)}
