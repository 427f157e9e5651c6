"""Learned decisions for tariff facts (issue 11 §2): candidates by rules, decisions by classifiers.

The rules (tariffs.py, roles.py) find every tariff rate and make a first guess of its target, product
and status.  For each rate this module then builds the candidates of each field -- every country named
in the sentence or the two before it, the story's main country, "all partners" (null); every product
word in the sentence or the one before, "all goods" (null) -- describes each candidate by binary
features (position relative to the rate, the words before and after the mention, distance, clause,
the rules' own guess, cue words) and lets a logistic regression pick:

  target   binary classifier over candidate countries, highest score wins
  product  binary classifier over candidate products, highest score wins
  status   multinomial classifier over the five statuses

A rate the rules expanded into several targets or products (lists: "on Canada and Mexico") keeps the
rules' list.  The weights are trained by `python -m tariffscope.articles.train_tariffs` (scikit-learn,
a dev dependency) on the labelled corpora and shipped as plain JSON (`tariff_model.json`); here they
are applied with dot products -- no scikit-learn, no pickle, nothing fetched at run time.  Without the
file the rules' decisions stand.
"""
from __future__ import annotations

import json
import re
from bisect import bisect_right
from collections import Counter
from datetime import date
from functools import lru_cache
from pathlib import Path

from .constants import (ALL_GOODS_WORDS, CHANGE_DONE_NOT_BEFORE, CHANGE_TOLD_DONE, GLOBAL_TARGET_WORDS,
                        GOVERNING_ADVERB, GOVERNING_AUX, GOVERNING_BREAK, STATUS_VERB_IRREGULAR, STATUS_VERB_LEMMAS)
from .context import Context
from .logreg import LogReg
from .measures_calendar import phases as calendar_phases
from .roles import sells_bought_goods
from .text import clause_at, clause_spans, literal_alternation
from .timeline import start_dates, story_start_dates

MODEL_FILE = Path(__file__).with_name("tariff_model.json")
DECISIONS = ("target", "product", "status", "keep", "extra")
# the status model of a story with no date, where the calendar of measures is silent (fitted with the status, its
# rows without calendar_features; round 54, xcalaug54); a model file without it decides every story by "status"
UNDATED_STATUS = "status_undated"
# an explicit removal or suspension verb governing the rate ("dropped", "paused", "suspended") is the rules'
# decision to keep: the learned status, trained on long copy, otherwise reads a bare "dropped a 25% tariff" as
# in force
RULE_STATUS_STANDS = frozenset({"lifted", "paused"})
EXTRA_THRESHOLD = 0.5
STATUSES = ("announced", "in_force", "lifted", "paused", "threatened")
KEEP_THRESHOLD = 0.2
_WORD = re.compile(r"[a-z]+(?:'[a-z]+)?|\d+(?:\.\d+)?%?")
_GLOBAL = re.compile(GLOBAL_TARGET_WORDS, re.I)
_ALL_GOODS = re.compile(rf"\b{ALL_GOODS_WORDS}\b", re.I)
_EXAMPLE_BEFORE = re.compile(r"\b(?:including|such as|like|notably|especially|from|for)\s+(?:[\w-]+,?\s+){0,4}$", re.I)
# (?=[...]): the cues' first letters, so other positions fail at once (same matches, half the scan time)
_CUES = re.compile(r"\b(?=[wcmptlrsiafendh])(?:will|would|could|may|might|plan\w*|propos\w*|threat\w*|warn\w*|paus\w*|suspend\w*|delay\w*|"
                   r"lift\w*|remov\w*|scrap\w*|took effect|take effect|takes effect|in effect|in force|in place|"
                   r"impos\w*|announc\w*|set to|from|starting|effective|since|already|currently|no longer|"
                   r"agreed|deal|reduc\w*|cut|lower\w*|rais\w*|increas\w*|hik\w*)\b", re.I)


def _words(s: str) -> list[str]:
    return _WORD.findall(s.lower().replace("’", "'"))


def _bucket(n: int) -> str:
    for lim in (0, 1, 2, 4, 7, 12, 20):
        if n <= lim:
            return str(lim)
    return "far"


class TariffModel:
    def __init__(self, models: dict[str, LogReg | None], keep_threshold: float = KEEP_THRESHOLD,
                 extra_threshold: float = EXTRA_THRESHOLD, status_band: float = 0.0):
        self.models, self.keep_threshold, self.extra_threshold = models, keep_threshold, extra_threshold
        # the learned status replaces the rules' only when its probability beats theirs by more than this
        self.status_band = status_band

    def get(self, decision: str) -> LogReg | None:
        return self.models.get(decision)


# --------------------------------------------------------------------------- candidates and features

@lru_cache(maxsize=256)
def _clauses(text: str) -> tuple[tuple[int, int], ...]:
    return tuple(clause_spans(text))


class RateView:
    """One rate occurrence: its sentence, clause, position and the rules' guesses."""

    def __init__(self, ctx: Context, si: int, start: int, end: int, change: str | None, fact: dict):
        self.ctx, self.si = ctx, si
        self.sent = ctx.sentences[si]
        self.text = self.sent.text
        self.start, self.end, self.change = start, end, change
        self.imposer, self.rule_target = fact["imposer"], fact["target"]
        self.rule_product, self.rule_status = fact["product"], fact["status"]
        self.rate: float | None = fact.get("rate_pct")     # (views built by hand in tests may have none)
        self.last_target = self.last_product = "?"       # the previous rate's decisions ("?": none before)
        self.restated: tuple[str, ...] = ()                 # the rules' statuses of the story's other mentions of the rate
        self.measures: tuple[str, ...] = ()                 # the same, each as "<relation>=<status>" (_measure_relations)
        self.other_rate = False                             # the story gives this imposer and target another rate too
        self.starts: list[str | None] = []                  # per sentence of the story, the start it tells (sentence_starts)
        self.clause = clause_at(self.text, start)


# the tense of a stretch of text, first match wins (round 13: crossed with the rules' status, a feature of the status)
_TENSE = (("future", re.compile(r"\b(?:will|would|shall|set to|due to|plans? to|expected to|is to|are to)\b", re.I)),
          ("perfect", re.compile(r"\b(?:has|have|had)\s+(?:been\s+)?\w+(?:ed|en)\b", re.I)),
          ("modal", re.compile(r"\b(?:could|may|might|threaten\w*)\b", re.I)),
          ("past", re.compile(r"\b\w+ed\b", re.I)))


def _tense(text: str) -> str:
    return next((name for name, rx in _TENSE if rx.search(text)), "present")


def conjunction_features(v: RateView) -> list[str]:
    """The cue and its side of the rate (the nearest before and after, within the clause), each crossed with
    the rules' status; the tense of the clause before the rate and of the sentence, crossed with it."""
    a, b = v.clause
    before = [m.group(0).lower() for m in _CUES.finditer(v.text, a, v.start)]
    after = [m.group(0).lower() for m in _CUES.finditer(v.text, v.end, b)]
    r = v.rule_status
    out = [f"cb:{c}" for c in before] + [f"ca:{c}" for c in after]
    if before:
        out += [f"ncb:{before[-1]}", f"rule={r}&ncb={before[-1]}"]
    if after:
        out += [f"nca:{after[0]}", f"rule={r}&nca={after[0]}"]
    tb, ts = _tense(v.text[a:v.start]), _tense(v.text)
    out += [f"tense={tb}", f"stense={ts}", f"rule={r}&tense={tb}", f"rule={r}&stense={ts}",
            f"head={v.si in v.ctx.headings or v.si == 0}&rule={r}"]
    return out


# "took effect", "came into force", "kicked in", "is in effect": the story tells a measure already applies (the lookahead
# on the first letter: the same matches, the alternation tried at fewer positions -- a whole-story scan, round 22)
_STARTED = re.compile(r"\b(?=[tcwkianrs])(?:took effect|came into (?:force|effect)|went into effect|kicked in|(?:is|are|now|remain|remains|"
                      r"already|still) in (?:force|effect|place))\b", re.I)


@lru_cache(maxsize=64)
def _story_starts(body: str, published: date | None) -> tuple[str, ...]:
    """The starts the story tells anywhere: a start word with a date after `published` ("take effect on Aug. 7"),
    one on or before it, a measure told as already applying."""
    out = story_start_dates(body, published)
    if _STARTED.search(body):
        out.add("started")
    return tuple(sorted(out)) or ("none",)


def story_start_features(v: RateView) -> list[str]:
    """The story's starts crossed with the rules' status: a lede's "signed an order putting 25% tariffs" is `announced`
    in a story that dates the start after `published` and `in_force` in one that says it took effect (LABELING.md:
    the status at the published date)."""
    r = v.rule_status
    starts = _story_starts(v.ctx.body, v.ctx.published)
    return [f"story={x}" for x in starts] + [f"rule={r}&story={x}" for x in starts] + [f"rule={r}&stories={'+'.join(starts)}"]


# "will take effect", "is due to come into force": a start told ahead with no date (a dated one is timeline.START_DATE's)
_WILL_START = re.compile(r"\b(?=[wsdia])(?:will|would|(?:set|due|scheduled|slated) to|(?:is|are) to)\s+(?:take effect|come into (?:force|effect)|"
                         r"go into effect|kick in|start|begin)\b", re.I)
NEARBY_START_SENTENCES = 2      # how far (sentences) a start told for the measure is read from the rate's sentence


_START_KINDS = ("future", "past", "started", "will")     # the order a sentence telling several is read in


def sentence_starts(ctx: Context) -> list[str | None]:
    """Per sentence, the start it tells, the first of: a dated start after `published` ("future"), one on or before it
    ("past"), "took effect" / "is in force" ("started"), "will take effect" with no date ("will"); None where none.
    The story is scanned once (timeline.start_dates is the scan the story-level starts use too)."""
    bounds = [s.start for s in ctx.sentences]
    told: list[set[str]] = [set() for _ in ctx.sentences]
    marks = list(start_dates(ctx.body, ctx.published))
    marks += [(m.start(), m.end(), "started") for m in _STARTED.finditer(ctx.body)]
    marks += [(m.start(), m.end(), "will") for m in _WILL_START.finditer(ctx.body)]
    for a, b, kind in marks:
        i = bisect_right(bounds, a) - 1
        if i >= 0 and b <= ctx.sentences[i].end:     # inside one sentence ("takes effect" / a dateline below: no start)
            told[i].add(kind)
    return [next((k for k in _START_KINDS if k in kinds), None) for kinds in told]


def _nearest_start(starts: list[str | None], si: int, step: int) -> str | None:
    for k in range(1, NEARBY_START_SENTENCES + 1):
        j = si + step * k
        if 0 <= j < len(starts) and starts[j] is not None:
            return starts[j]
    return None


def nearby_start_features(v: RateView) -> list[str]:
    """The start told in the nearest sentence before and after the rate's (within NEARBY_START_SENTENCES), crossed with
    the rules' status: the measure's start is often told next to its rate, not in the rate's sentence ("The tariffs will
    take effect on Aug. 7." after "Switzerland faces 39%"; "US tariffs of 39% take effect" over a lede's "hit with 39%").
    No feature where neither side tells one (round 21b: a feature on every rate moves near-ties)."""
    r, out = v.rule_status, []
    for side, step in (("before", -1), ("after", 1)):
        kind = _nearest_start(v.starts, v.si, step)
        if kind is not None:
            out += [f"near_start={kind}", f"rule={r}&{side}_start={kind}"]
    return out


# Round 52 (xstatusaway52): a measure's removal or pause told in a sentence of its own next to the rate, taking the
# measure back by the rate's own noun with no rate of its own ("Canada set a 25% surtax on U.S. steel. The surtax was
# suspended on Friday."); the rules read the rate's own sentence and the start features read only starts
_MEASURE_NOUN_AFTER = re.compile(r"\s*(?:[\w-]+\s+){0,4}?(tariff|dut(?:y|ies)|lev(?:y|ies)|surtax|surcharge|countermeasure)",
                                 re.I)
_AWAY_STATUS = (("lifted", re.compile(r"\b(?=[lrsdwae])(?:lift(?:ed|s|ing)|remov(?:ed|es|ing)|scrap(?:ped|s|ping)|"
                                      r"dropp(?:ed|ing)|rescind\w*|revok\w*|withdr[ae]wn?|repeal\w*|abolish\w*|eliminat\w*|"
                                      r"ended)\b", re.I)),
                ("paused", re.compile(r"\b(?=[psdho])(?:paus(?:e|ed|es|ing)|suspen(?:d|ded|ds|ding|sion)|postpon\w*|"
                                      r"delay(?:ed|s|ing)?|defer(?:red|s|ring)?|on hold)\b", re.I)))
AWAY_STATUS_SENTENCES = 2       # how far the sentence telling the measure's removal or pause is read (within the paragraph
#                                 past the next one)


def measure_noun(v: RateView) -> str | None:
    """The noun the rate's own phrase names its measure by ("a 25% surtax on" -> "sur"), its first three letters."""
    m = _MEASURE_NOUN_AFTER.match(v.text, v.end)
    return m.group(1).lower()[:3] if m else None


def _away_status(ctx: Context, j: int, noun: str) -> str | None:
    """The one removal / pause class sentence j tells of a measure it takes back by `noun` ("the levies were lifted"),
    when it names no rate of its own; None otherwise."""
    text = ctx.sentences[j].text
    if _RATE_MARK.search(text):
        return None
    told = [name for name, rx in _AWAY_STATUS if rx.search(text)]
    if len(told) != 1 or not re.search(rf"\b(?:the|those|these|this|that|such|its|their)\s+(?:[\w-]+\s+){{0,3}}?{noun}",
                                       text, re.I):
        return None
    return told[0]


def away_status_features(v: RateView) -> list[str]:
    """The removal or pause told of the rate's measure in the nearest sentence before and after (the next one, or
    within the paragraph up to AWAY_STATUS_SENTENCES), crossed with the rules' status; nothing where none is told
    (round 21b: a feature on every rate moves near-ties)."""
    noun = measure_noun(v)
    if noun is None:
        return []
    r, out, sents = v.rule_status, [], v.ctx.sentences
    for side, step in (("before", -1), ("after", 1)):
        for k in range(1, AWAY_STATUS_SENTENCES + 1):
            j = v.si + step * k
            if not 0 <= j < len(sents) or (k > 1 and sents[j].para != v.sent.para):
                break
            told = _away_status(v.ctx, j, noun)
            if told is not None:
                out += [f"away={told}", f"rule={r}&{side}_away={told}"]
                break
    return out


def calendar_features(v: RateView, target: str | None = None, product: str | None = None) -> list[str]:
    """Round 53 (xcalendar53): where the story's `published` date falls against the real measure the rate names (the
    imposer, target and goods at this rate in measures_calendar.csv), crossed with the rules' status: "the 25%
    steel tariff" in a July 2025 story was superseded on 2025-06-04, a rate set on 31 July is announced until 7 August.
    Round 54: `cal_own=` when only an every-partner measure matched but the target has its own (New Zealand's 10%
    after its 15% took effect); `target` / `product` are the learned decisions where they differ from the rules'
    (_apply).  Nothing where no measure matches or the story has no date (round 21b: a feature on every rate moves
    near-ties)."""
    if v.rate is None:
        return []
    target = v.rule_target if target is None else target
    product = v.rule_product if product is None else product
    told, own = calendar_phases(v.imposer, target, product, v.rate, v.ctx.published)
    if told is None:
        return []
    out = [f"cal={told}", f"rule={v.rule_status}&cal={told}"]
    if own is not None:
        out += [f"cal_own={own}", f"rule={v.rule_status}&cal_own={own}"]
    return out


_CALENDAR_FEATURES = re.compile(r"(?:^|&)cal(?:_own)?=")


def _is_calendar_feature(feat: str) -> bool:
    return _CALENDAR_FEATURES.search(feat) is not None


def relearned_calendar(v: RateView, sfeats: list[str], target: str | None, product: str | None) -> list[str]:
    """The status features with the calendar read at the learned target and goods (round 54: the rules' target is
    the wrong partner's where the learned target decision moved it, and so is its measure)."""
    if (target, product) == (v.rule_target, v.rule_product):
        return sfeats
    return [f for f in sfeats if not _is_calendar_feature(f)] + calendar_features(v, target, product)


def without_calendar(feats: list[str]) -> list[str]:
    """The status features of a rate as a story with no date gives them: calendar_features' block left out, `cal_own`
    too (training's undated copies, round 54)."""
    return [f for f in feats if not _is_calendar_feature(f)]


def _verb_forms() -> dict[str, str]:
    """Every form of STATUS_VERB_LEMMAS (base, -s, -ed, -ing, doubled consonants, -ies/-ied) -> its base form."""
    out = dict(STATUS_VERB_IRREGULAR)
    for lemma in STATUS_VERB_LEMMAS.split():
        stem = lemma[:-1] if lemma.endswith("e") else lemma
        doubled = lemma + lemma[-1] if re.search(r"[^aeiou][aeiou][ptgbm]$", lemma) and len(lemma) <= 4 else lemma
        forms = [lemma, lemma + "s", lemma + "es", lemma + "d", stem + "ed", stem + "ing", doubled + "ed", doubled + "ing"]
        if lemma.endswith("y") and lemma[-2] not in "aeiou":
            forms += [lemma[:-1] + "ies", lemma[:-1] + "ied"]
        for f in forms:
            out.setdefault(f, lemma)
    return out


_VERB_FORMS = _verb_forms()
# grouped by first letter (text.literal_alternation): under re.I the flat alternation of 640 forms was tried whole at
# every word start (round 31: the verb-group scan of the dev texts 11.1 -> 1.5 CPU s, the same matches)
_VERB_GROUP = re.compile(rf"\b((?:{GOVERNING_AUX}\s+(?:{GOVERNING_ADVERB}\s+)?){{0,3}})"
                         rf"({literal_alternation(sorted(_VERB_FORMS, key=len, reverse=True), ignorecase=True)})\b", re.I)
_GOVERNING_BREAK = re.compile(GOVERNING_BREAK, re.I)
_HARD_BREAK = re.compile(r"[;:—–(]")
_UNCHANGED_PAST = frozenset({"put", "set", "cut", "hit"})      # past or present: the form does not tell
# the auxiliaries that name a tense or modality, first match wins ("would have been" is would, "had been" pluperfect)
_AUX_TENSES = (("will", re.compile(r"\b(?:will|shall)\b|['’]ll\b", re.I)), ("would", re.compile(r"\bwould\b", re.I)),
               ("scheduled", re.compile(r"\b(?:set|due|scheduled|slated|expected|going|poised)\s+to\b|"
                                        r"\b(?:is|are|was|were)\s+to\b", re.I)),
               ("possible", re.compile(r"\b(?:could|may|might|can|should|must)\b", re.I)),
               ("pluperfect", re.compile(r"\bhad\b", re.I)), ("perfect", re.compile(r"\b(?:has|have)\b", re.I)),
               ("infinitive", re.compile(r"\bto\s*$", re.I)))


def _group_tense(aux: str, verb: str) -> str:
    """The tense or modality of one verb group: from its auxiliaries, else from the verb's own form."""
    told = next((name for name, rx in _AUX_TENSES if rx.search(aux)), None)
    if told:
        return told
    v, words = verb.lower(), aux.lower().split()
    if any(w in ("is", "are") for w in words):
        return "present_" + ("progressive" if v.endswith("ing") else "passive")
    if any(w in ("was", "were") for w in words):
        return "past_" + ("progressive" if v.endswith("ing") else "passive")
    if v.endswith("ing"):
        return "participle"
    if v in _UNCHANGED_PAST:
        return "past_or_present"
    if v.endswith("ed") or v in STATUS_VERB_IRREGULAR:
        return "past"
    return "present_s" if v.endswith("s") else "present"


def governing_verbs(v: RateView) -> tuple[str, str, str, str]:
    """(tense, base form) of the verb group nearest before the rate in its clause -- the verb that governs it, not the
    sentence's first -- and of the first after it up to the next rate ("the 50% that applied until this week", "a 10%
    levy will be charged"); "none" where there is none."""
    a = v.clause[0]
    cut = [m.end() for m in _GOVERNING_BREAK.finditer(v.text, a, v.start)]
    groups = [m for m in _VERB_GROUP.finditer(v.text, cut[-1] if cut else a, v.start) if _is_verb(v.text, m)]
    before = _tense_and_base(groups[-1]) if groups else ("none", "none")
    nxt = _RATE_MARK.search(v.text, v.end)
    brk = _HARD_BREAK.search(v.text, v.end, nxt.start() if nxt else len(v.text))
    hi = brk.start() if brk else (nxt.start() if nxt else len(v.text))
    m = next((m for m in _VERB_GROUP.finditer(v.text, v.end, hi) if _is_verb(v.text, m, v.end)), None)
    return before + (_tense_and_base(m) if m else ("none", "none"))


def _tense_and_base(m: re.Match) -> tuple[str, str]:
    return _group_tense(m.group(1), m.group(2)), _VERB_FORMS[m.group(2).lower()]


# a bare form after one of these, or right after the rate, is a noun ("the levy", "its cut", "a 25% charge")
_NOUN_BEFORE = re.compile(r"(?:\b(?:a|an|the|its|their|his|her|this|these|those|any|per|of|new|extra|additional)|"
                          r"\d\s?(?:%|per\s?cent|percent|pct))[\s-]*$", re.I)
_NOUN_CUE_LONGEST = 10


def _is_verb(text: str, m: re.Match, rate_end: int | None = None) -> bool:
    """A verb group, not a noun spelt as a verb ("the levy", "a 25% cut"): a bare form needs no determiner before it
    and does not follow the rate at once."""
    if m.group(1).strip():
        return True
    if rate_end is not None and not text[rate_end:m.start()].strip(" -"):
        return False
    # a noun cue ends where the run of spaces and hyphens before the group starts, and is at most 10 characters
    # long ("additional", "5 per cent"): search only there, not the sentence from its start (the same answer)
    j = m.start()
    while j > 0 and (text[j - 1].isspace() or text[j - 1] == "-"):
        j -= 1
    return _NOUN_BEFORE.search(text, max(0, j - _NOUN_CUE_LONGEST), m.start()) is None


def governing_verb_features(v: RateView) -> list[str]:
    """The governing verb's tense (before the rate; after it) crossed with the rules' status, and its base form with
    its tense (round 30: the clause's tense features read the first verb of the clause, this the nearest)."""
    tb, lb, ta, la = governing_verbs(v)
    r = v.rule_status
    return [f"gvb={tb}", f"rule={r}&gvb={tb}", f"gvb={tb}&{lb}", f"gva={ta}", f"rule={r}&gva={ta}", f"gva={ta}&{la}"]


def status_features(v: RateView) -> list[str]:
    before = _words(v.text[:v.start])[-8:]
    after = _words(v.text[v.end:])[:8]
    ch = v.change or "none"
    out = [f"rule={v.rule_status}", f"change={ch}", f"rule_change={v.rule_status}/{ch}"]
    out += [f"b:{w}" for w in before] + [f"a:{w}" for w in after]
    out += [f"b2:{w}" for w in before[-3:]] + [f"a2:{w}" for w in after[:3]]
    out += [f"cue:{m.group(0).lower()}" for m in _CUES.finditer(v.text, v.clause[0], v.clause[1])]
    out += [f"scue:{m.group(0).lower()}" for m in _CUES.finditer(v.text)]
    if v.si > 0:
        prev = v.ctx.sentences[v.si - 1].text
        out += [f"pcue:{m.group(0).lower()}" for m in _CUES.finditer(prev)]
    return (out + conjunction_features(v) + story_start_features(v) + restatement_features(v) + superseded_features(v)
            + nearby_start_features(v) + governing_verb_features(v) + away_status_features(v) + calendar_features(v))


def _near(v: RateView, pos_start: int, pos_end: int, prefix: str) -> list[str]:
    """Features of a mention at [pos_start, pos_end) of the rate's sentence."""
    text = v.text
    side = "before" if pos_end <= v.start else "after"
    gap = text[pos_end:v.start] if side == "before" else text[v.end:pos_start]
    dist = _bucket(len(_words(gap)))
    w_before = _words(text[max(0, pos_start - 40):pos_start])[-2:]
    w_after = _words(text[pos_end:pos_end + 40])[:2]
    in_clause = v.clause[0] <= pos_start < v.clause[1]
    out = [f"{prefix}side={side}", f"{prefix}dist={dist}", f"{prefix}{side}&dist={dist}",
           f"{prefix}clause={in_clause}", f"{prefix}{side}&clause={in_clause}"]
    if w_before:
        out += [f"{prefix}p1={w_before[-1]}", f"{prefix}{side}&p1={w_before[-1]}"]
        out.append(f"{prefix}p2={' '.join(w_before)}")
    if w_after:
        out += [f"{prefix}n1={w_after[0]}", f"{prefix}{side}&n1={w_after[0]}"]
    if ";" in gap or "—" in gap:
        out.append(f"{prefix}gap_break")
    if side == "before" and re.search(r"%|per ?cent", gap):
        out.append(f"{prefix}other_rate_between")
    return out


_RATE_MARK = re.compile(r"\d(?:\.\d+)?\s?(?:%|per\s?cent\b|percent\b|pct\b)", re.I)
# "Vietnam 20%", "Canada: 35%", "Syria – 41%", "Laos and Myanmar at 40%", "Canada | 35%": a country right before its rate
_ADJ_BEFORE = re.compile(r"^(?:['’]s)?\s*(?:[:|–—-]\s*|\s+(?:at|to|of|with|gets?|got|faces?|pays?|only|just|now)\s+){0,2}"
                         r"(?:(?:a|an|the|up to|about|around|roughly|nearly)\s+)?$", re.I)
# "20% on Vietnam", "30% on South Africa and Algeria", "35% for Canada", "of 25% against Mexican goods"
_ADJ_AFTER = re.compile(r"^\s*(?:[\w-]+\s+){0,3}?(?:on|for|against|to|from)\s+(?:(?:all|the|most|some|[\w-]+\s+from)\s+)?$", re.I)


def _structure(v: RateView, m) -> list[str]:
    """Where mention m stands in the rate's own layout: between the previous and the next rate of the
    sentence (its own segment of a list) or in another rate's; right next to the rate ("Vietnam 20%",
    "30% on South Africa"); the cue roles.py gives it (target / imposer / none)."""
    from .roles import _cue
    s, e = m.start - v.sent.start, m.end - v.sent.start
    marks = [(x.start(), x.end()) for x in _RATE_MARK.finditer(v.text)]
    prev_end = max([me for _, me in marks if me <= v.start], default=0)
    next_start = min([ms for ms, _ in marks if ms >= v.end], default=len(v.text))
    if e <= v.start:
        seg = "own" if s >= prev_end else "prev"
        adj = bool(_ADJ_BEFORE.match(v.text[e:v.start]))
    else:
        seg = "own" if s < next_start else "next"
        adj = bool(_ADJ_AFTER.match(v.text[v.end:s]))
    n_rates = len(marks)
    cue = _cue(v.text, m, v.sent.start) or "none"
    return [f"seg={seg}", f"adj={adj}", f"seg={seg}&adj={adj}", f"cue={cue}", f"cue={cue}&seg={seg}",
            f"seg={seg}&multi={n_rates > 1}", f"adj={adj}&multi={n_rates > 1}"]


def target_candidates(v: RateView) -> dict[str | None, list[str]]:
    ctx, sent = v.ctx, v.sent
    cands: dict[str | None, list[str]] = {}
    here = [m for m in ctx.country_mentions(sent.start, sent.end) if not m.compound
            and not sells_bought_goods(v.text, m, sent.start)]     # "buying Russian oil": the reason, no candidate
    rel = sorted(here, key=lambda m: abs((m.start - sent.start) - v.start))
    for m in rel:
        if m.iso3 in cands:
            continue
        f = ["here", f"kind={m.kind}"] + _near(v, m.start - sent.start, m.end - sent.start, "")
        if m.possessive:
            f.append("poss")
        f += _structure(v, m)
        cands[m.iso3] = f
    for back in (1, 2):
        k = v.si - back
        if k < 0 or k <= ctx.section_start(v.si):
            break
        s = ctx.sentences[k]
        for m in ctx.country_mentions(s.start, s.end):
            if m.iso3 not in cands and not m.compound and not sells_bought_goods(s.text, m, s.start):
                cands[m.iso3] = [f"prev{back}", f"prev{back}&kind={m.kind}"] + (["poss"] if m.possessive else [])
    for iso in (ctx.main_country, v.rule_target):
        if iso is not None and iso not in cands:
            cands[iso] = ["far"]
    cands.setdefault(None, [])
    clause_text = v.text[v.clause[0]:v.clause[1]]
    glob = bool(_GLOBAL.search(clause_text))
    n_here = len({m.iso3 for m in here if m.iso3 != v.imposer})
    for iso, f in cands.items():
        if iso is None:
            f += ["none", f"none&glob={glob}", f"none&nhere={_bucket(n_here)}", f"none&sglob={bool(_GLOBAL.search(v.text))}"]
        else:
            f += [f"main={iso == ctx.main_country}", f"imposer={iso == v.imposer}", f"default_imp={iso == ctx.default_imposer}",
                  f"glob={glob}", f"first={iso == next(iter(ctx.first_mention), None)}"]
        rule = iso == v.rule_target
        src = "none" if iso is None else f[0]
        f += [f"rule={rule}", f"rule={rule}&none={iso is None}", f"rule_none={v.rule_target is None}",
              f"src={src}&nhere={_bucket(n_here)}", f"src={src}&rule_none={v.rule_target is None}",
              f"src={src}&glob={glob}", f"src={src}&rule={rule}", f"last={iso == v.last_target}",
              f"src={src}&last={iso == v.last_target}", f"rule={rule}&last={iso == v.last_target}"]
        f += [f"rule={rule}&{x}" for x in list(f) if x.startswith(("side=", "clause=", "p1=", "here", "prev"))]
    return cands


def product_candidates(v: RateView, products_with_pos) -> dict[str | None, list[str]]:
    cands: dict[str | None, list[str]] = {}
    found = products_with_pos(v.text)
    found.sort(key=lambda t: abs(t[1] - v.start))
    for prod, pos in found:
        if prod in cands:
            continue
        end = pos + len(prod)
        f = ["here"] + _near(v, pos, min(end, len(v.text)), "")
        if _EXAMPLE_BEFORE.search(v.text[max(0, pos - 60):pos]):
            f.append("example_before")
        cands[prod] = f
    if v.si > 0 and v.si - 1 > v.ctx.section_start(v.si):
        for prod, _ in products_with_pos(v.ctx.sentences[v.si - 1].text):
            cands.setdefault(prod, ["prev1"])
    if v.rule_product is not None:
        cands.setdefault(v.rule_product, ["far"])
    cands.setdefault(None, [])
    clause_text = v.text[v.clause[0]:v.clause[1]]
    allg = bool(_ALL_GOODS.search(clause_text))
    n_here = len(found)
    for prod, f in cands.items():
        if prod is None:
            f += ["none", f"none&allgoods={allg}", f"none&nhere={_bucket(n_here)}"]
        rule = prod == v.rule_product
        src = "none" if prod is None else f[0]
        f += [f"rule={rule}", f"rule={rule}&none={prod is None}", f"rule_none={v.rule_product is None}",
              f"src={src}&nhere={_bucket(n_here)}", f"src={src}&rule_none={v.rule_product is None}",
              f"src={src}&allgoods={allg}", f"src={src}&rule={rule}", f"last={prod == v.last_product}",
              f"src={src}&last={prod == v.last_product}"]
        f += [f"rule={rule}&{x}" for x in list(f) if x.startswith(("side=", "clause=", "p1=", "here", "prev"))]
    return cands


def keep_features(v: RateView, f: dict, group: list[dict], sfeats: list[str], seen: set) -> list[str]:
    """Features of one fact for "is this a labelled tariff fact at all" (shares, averages, wrong
    parties and restatements are the rules' usual extras)."""
    ctx = v.ctx
    rate = f["rate_pct"]
    out = [x for x in sfeats if not x.startswith(("pcue:", "rule_change"))]
    out += [f"status={f['status']}", f"t_none={f['target'] is None}", f"p_none={f['product'] is None}",
            f"imp_default={f['imposer'] == ctx.default_imposer}", f"imp={f['imposer']}",
            f"t_main={f['target'] == ctx.main_country}", f"group={_bucket(len(group))}",
            f"rate={rate:g}" if rate in (10, 15, 20, 25, 30, 50, 100) else f"rate_other={rate >= 10}",
            f"round={rate == int(rate)}", f"heading={v.si in ctx.headings or v.si == 0}",
            f"rates_in_sentence={_bucket(len(re.findall(r'%|per ?cent', v.text)))}",
            f"seen={(f['imposer'], f['target'], f['product'], rate, f['status']) in seen}",
            f"seen_rate={any(k[3] == rate for k in seen)}", f"sent_pos={_bucket(v.si)}"]
    out += [f"status={f['status']}&t_none={f['target'] is None}", f"status={f['status']}&change={v.change}"]
    return out


_TARIFF_WORD = re.compile(r"\b(?:tariff|dut(?:y|ies)|levy|levies|surtax|surcharge|countermeasure|rate|taxed|charged|pa(?:y|id|ys)|fac(?:e|es|ed|ing))", re.I)
_NON_RATE = re.compile(r"\b(?:share|grew|growth|fell|rose|jump\w*|drop\w*|declin\w*|inflation|gdp|poll|survey|percent of|per cent of|% of|"
                       r"year-on-year|year on year|exports|imports|stake|margin|interest|unemployment|average|effective)\b", re.I)


def extra_features(v: RateView, f: dict, rule_rates_in_sentence: int) -> list[str]:
    """Features of a percentage the rules did not report as a tariff rate."""
    text = v.text
    before = _words(text[max(0, v.start - 60):v.start])[-4:]
    after = _words(text[v.end:v.end + 60])[:4]
    clause = text[v.clause[0]:v.clause[1]]
    out = [f"b:{w}" for w in before] + [f"a:{w}" for w in after]
    if before:
        out.append(f"b1:{before[-1]}")
    if after:
        out.append(f"a1:{after[0]}")
    out += [f"cl_tariff={bool(_TARIFF_WORD.search(clause))}", f"s_tariff={bool(_TARIFF_WORD.search(text))}",
            f"cl_nonrate={bool(_NON_RATE.search(clause))}", f"t_none={f['target'] is None}",
            f"p_none={f['product'] is None}", f"imp_default={f['imposer'] == v.ctx.default_imposer}",
            f"status={f['status']}", f"rule_rates={_bucket(rule_rates_in_sentence)}",
            f"heading={v.si in v.ctx.headings or v.si == 0}", f"pipe={'|' in text}",
            f"countries_clause={_bucket(len(v.ctx.country_mentions(v.sent.start + v.clause[0], v.sent.start + v.clause[1])))}"]
    return out


# --------------------------------------------------------------------------- applying

_override: list = []      # corpus_eval / training put a model (or None: rules only) here


def use(model: "TariffModel | None | bool") -> None:
    """Use `model` instead of the shipped file (None: rules only; False: back to the file)."""
    _override.clear()
    if model is not False:
        _override.append(model)


@lru_cache(maxsize=1)
def _shipped() -> TariffModel | None:
    try:
        doc = json.loads(MODEL_FILE.read_text(encoding="utf-8"))
        return TariffModel({d: LogReg.from_dict(doc[d]) if doc.get(d) else None for d in DECISIONS + (UNDATED_STATUS,)},
                           float(doc.get("keep_threshold", KEEP_THRESHOLD)),
                           float(doc.get("extra_threshold", EXTRA_THRESHOLD)),
                           float(doc.get("status_band", 0.0)))
    except (OSError, ValueError, KeyError, TypeError):
        return None


def active() -> TariffModel | None:
    return _override[0] if _override else _shipped()


def _best(model: LogReg, cands: dict) -> object:
    return max(cands, key=lambda c: model.score(cands[c]))


collector: list | None = None   # training: a list that receives (facts of a rate, its candidates) per rate


def _restatements(groups: dict[tuple, list[dict]]) -> dict[tuple, tuple[str, ...]]:
    """For each rate occurrence, the rules' statuses of the other occurrences of the same imposer and rate in the story
    (a lede's "set a 15% tariff" restated lower down as "the 15% tariff that takes effect on Aug. 7").  The `lifted`
    copies a later sentence makes of goods it leaves out of the rate ("Pharmaceutical products and gold were exempt from
    the duty") restate no status of the rate (round 31: read as one, they turned the rate itself `lifted`)."""
    return {pos: tuple(sorted({o["status"] for other, o in mentions if other != pos}))
            for mentions in _mentions_by_rate(groups) for pos, _ in mentions}


def _mentions_by_rate(groups: dict[tuple, list[dict]]) -> list[list[tuple]]:
    """The rate occurrences as (position, first fact), one list per imposer and rate; no extra the rules do not report
    and no occurrence made only of `lifted` left-out copies (_restatements)."""
    by_rate: dict[tuple, list[tuple]] = {}
    for pos, g in groups.items():
        if not g[0].get("_extra") and not all(f.get("_left_out_copy") for f in g):
            by_rate.setdefault((g[0]["imposer"], g[0]["rate_pct"]), []).append((pos, g[0]))
    return list(by_rate.values())


# words that place a rate before the one a partner faces now: "had first announced a 49% levy", "was first assigned a
# 29% rate", "the 32 percent tariff the US announced for Taiwan in April", "the rates Washington had announced earlier"
_EARLIER_CUE = re.compile(r"\b(?:first|initially|originally|earlier|previously|once|in april|liberation day|"
                          r"had\s+(?:been\s+)?(?:announced|set|proposed|assigned|threatened|given|handed|put down)|"
                          r"was\s+(?:first\s+)?(?:assigned|handed|given|put down))\b", re.I)


def superseded_features(v: RateView) -> list[str]:
    """An earlier-announcement cue in the rate's sentence, crossed with whether the story gives the same imposer and
    target another rate: LABELING.md round 21, a rate announced and replaced by another before it ever applied is
    `lifted` ("Washington had first announced a 49% levy ... later set a 36% rate"; the April rates the deals cut)."""
    marks = [(x.start(), x.end()) for x in _RATE_MARK.finditer(v.text)]
    lo = max([e for _, e in marks if e <= v.start], default=0)        # the rate's own stretch: from the rate before
    hi = min([s for s, _ in marks if s >= v.end], default=len(v.text))  # it to the next ("19%, below the 20% it had
    cues = sorted({re.sub(r"\s+", " ", m.group(0).lower())            # announced earlier": the cue is the 20%'s)
                   for m in _EARLIER_CUE.finditer(v.text, lo, hi)})
    if not cues:        # no feature at all elsewhere: the other statuses' decisions stay as trained (round 21b)
        return []
    out = [f"earlier&other_rate={v.other_rate}", f"rule={v.rule_status}&earlier&other_rate={v.other_rate}"]
    return out + [f"earlier={c}&other_rate={v.other_rate}" for c in cues]


def _other_rates(groups: dict[tuple, list[dict]]) -> set[tuple]:
    """The rate occurrences whose imposer and target (the rules') the story also gives a different rate."""
    rates: dict[tuple, set] = {}
    for g in groups.values():
        if not g[0].get("_extra") and g[0]["target"] is not None:
            rates.setdefault((g[0]["imposer"], g[0]["target"]), set()).add(g[0]["rate_pct"])
    return {pos for pos, g in groups.items() if not g[0].get("_extra")
            and len(rates.get((g[0]["imposer"], g[0]["target"]), ())) > 1}


def restatement_features(v: RateView) -> list[str]:
    """The rules' statuses of the rate's other mentions, each crossed with the rules' status of this one; and each
    with how the mention's measure relates to this one's (round 49, _measure_relations)."""
    r = v.rule_status
    if not v.restated:
        return ["restated=none", f"rule={r}&restated=none"]
    out = [f"restated={x}" for x in v.restated] + [f"rule={r}&restated={x}" for x in v.restated]
    return out + [f"rel_{x}" for x in v.measures] + [f"rule={r}&rel_{x}" for x in v.measures]


def _relation(a: dict, b: dict) -> str:
    """How two mentions of one imposer's rate relate as measures: "same" (one target, goods alike), "scope" (one
    names goods or a partner the other leaves open: a restatement, or all goods beside a sector's rate at the same
    figure), "other" (two partners, or two named goods neither containing the other: two measures at one rate)."""
    ta, tb, pa, pb = a["target"], b["target"], a["product"], b["product"]
    if (ta is not None and tb is not None and ta != tb) or \
            (pa is not None and pb is not None and not (pa in pb or pb in pa)):
        return "other"
    return "same" if ta == tb and (pa is None) == (pb is None) else "scope"


def _measure_relations(groups: dict[tuple, list[dict]]) -> dict[tuple, tuple[str, ...]]:
    """For each rate occurrence, "<relation>=<status>" of each other occurrence of the same imposer and rate (the
    occurrences of _mentions_by_rate): a story telling two measures at one rate ("Indian goods 25%" in force beside
    "a further 25%" to come; 15% on a partner's goods applied since August, the same 15% on its cars still to come)
    gives each measure its own status, which the bare restated statuses pool (round 48, xstatusaway48)."""
    return {pos: tuple(sorted({f"{_relation(f, o)}={o['status']}" for other, o in mentions if other != pos}))
            for mentions in _mentions_by_rate(groups) for pos, f in mentions}


def _change_partner(groups: dict[tuple, list[dict]], pos: tuple) -> tuple | None:
    """The new rate of the change whose old rate is at `pos`: the nearest rate of the same sentence the rules read as
    a change's new rate."""
    news = [p for p, g in groups.items() if p[0] == pos[0] and not g[0].get("_extra") and g[0]["_rate"][2] == "new"]
    return min(news, key=lambda p: abs(p[1] - pos[1]), default=None)


def hold_old_rates(groups: dict[tuple, list[dict]], rule_statuses: dict[tuple, str]) -> None:
    """The old rate of a change the learned status read as only announced stays `in_force` ("are to come down from
    39% to 15%"; LABELING.md: the old rate applies until the change does). The rules gave it `lifted` from the new
    rate's `in_force`; the learned status re-decides the new rate but leaves a `lifted` alone (RULE_STATUS_STANDS)."""
    for pos, g in groups.items():
        if g[0].get("_extra") or g[0]["_rate"][2] != "old" or any(f["status"] != "lifted" for f in g):
            continue
        partner = _change_partner(groups, pos)
        if partner is None or rule_statuses.get(partner) != "in_force":
            continue
        if all(f["status"] == "announced" for f in groups[partner]):
            for f in g:
                f["status"] = "in_force"


def decide(ctx: Context, facts: list[dict], products_with_pos, model: TariffModel | None) -> None:
    """Re-decide target, product and status of each rate in `facts` and keep or drop the extra
    candidates (in place; facts carry "_rate" = (start, end, change) relative to their sentence, "span"
    = the sentence, and "_extra" when the rules did not report the rate)."""
    if model is None and collector is None:
        return
    rule_decisions = collector is not None or any(model.get(d) for d in ("target", "product", "status", "keep"))
    index = {s.start: i for i, s in enumerate(ctx.sentences)}
    groups: dict[tuple, list[dict]] = {}
    for f in facts:
        groups.setdefault((f["span"][0], f["_rate"][0]), []).append(f)
    rule_rates = Counter(s0 for (s0, _), g in groups.items() if not g[0].get("_extra"))
    restatements = _restatements(groups)
    relations = _measure_relations(groups)
    other_rates = _other_rates(groups)
    starts = sentence_starts(ctx)
    rule_statuses = {pos: g[0]["status"] for pos, g in groups.items()}
    seen: set[tuple] = set()
    last = ("?", "?")
    for (sent_start, _), group in groups.items():
        si = index.get(sent_start)
        if si is None or not (group[0].get("_extra") or rule_decisions):
            continue
        start, end, change = group[0]["_rate"]
        v = RateView(ctx, si, start, end, change, group[0])
        v.last_target, v.last_product = last
        v.restated = restatements.get((sent_start, start), ())
        v.measures = relations.get((sent_start, start), ())
        v.other_rate = (sent_start, start) in other_rates
        v.starts = starts
        if group[0].get("_extra"):
            _extra(model, v, group, rule_rates[sent_start])
            continue
        tcands = target_candidates(v)
        if v.imposer is not None:
            tcands.pop(v.imposer, None)
        pcands = product_candidates(v, products_with_pos)
        sfeats = status_features(v)
        if collector is not None:
            collector.append(([dict(f) for f in group], tcands, pcands, sfeats,
                              [keep_features(v, f, group, sfeats, seen) for f in group]))
        if model is not None:
            _apply(model, v, group, tcands, pcands, sfeats, seen)
        seen.update(_key(f) for f in group)
        last = (group[-1]["target"], group[-1]["product"])
    if model is not None and model.get("status") is not None:
        hold_old_rates(groups, rule_statuses)


def _extra(model: TariffModel | None, v: RateView, group: list[dict], rule_rates: int) -> None:
    efeats = [extra_features(v, f, rule_rates) for f in group]
    if collector is not None:
        collector.append(([dict(f) for f in group], None, None, None, efeats))
    em = model.get("extra") if model is not None else None
    for f, feats in zip(group, efeats):
        f["_drop"] = em is None or em.proba(feats)["1"] < model.extra_threshold


def _apply(model: TariffModel, v: RateView, group: list[dict], tcands: dict, pcands: dict, sfeats: list[str],
           seen: set) -> None:
    tm, pm, km = (model.get(d) for d in ("target", "product", "keep"))
    sm = status_model_of(model, v)
    if tm is not None and len({f["target"] for f in group}) == 1:
        best = _best(tm, tcands)
        for f in group:
            f["target"] = best
    if pm is not None and len({f["product"] for f in group}) == 1:
        best = _best(pm, pcands)
        for f in group:
            f["product"] = best
    sfeats = relearned_calendar(v, sfeats, group[0]["target"], group[0]["product"])
    # (one status per rate: a rate whose facts the rules gave two statuses -- goods exempted from it `lifted`, its
    # remaining scope as the measure stands, round 14 -- keeps them)
    if sm is not None and v.rule_status not in RULE_STATUS_STANDS and not _modal_governs(v) \
            and not _change_done(v) and not _old_side_ahead(v) and len({f["status"] for f in group}) == 1:
        status = _learned_status(sm, sfeats, v.rule_status, model.status_band)
        for f in group:
            f["status"] = status
    if km is not None:
        for f in group:
            f["_drop"] = km.proba(keep_features(v, f, group, sfeats, seen))["1"] < model.keep_threshold


def status_model_of(model: TariffModel, v: RateView) -> LogReg | None:
    """The status model of the rate's story: the undated one where the story has no date (UNDATED_STATUS), if the
    model has one."""
    undated = model.get(UNDATED_STATUS) if v.ctx.published is None else None
    return undated if undated is not None else model.get("status")


def _learned_status(sm: LogReg, sfeats: list[str], rule: str, band: float) -> str:
    """The learned status, or the rules' when the model prefers its own by no more than `band` in probability
    (a near-tie that retraining on slightly different articles flips)."""
    if not band:
        return sm.predict(sfeats)
    p = sm.proba(sfeats)
    best = max(p, key=p.__getitem__)
    return best if p[best] - p.get(rule, 0.0) > band else rule


# "would be taxed at 50%", "will impose a 25%": a future modal governing the rate's own verb (LABELING.md:
# "will impose" is announced); the rules' announced stands
_MODAL_BEFORE = re.compile(r"\b(?:will|would|shall)(?:\s+(?!not\b|continue\b|remain\b|stay\b)[\w-]+){1,3}"
                           r"\s+(?:(?:at|to|of|by|with|a|an|the|new|additional|extra)\s+){0,2}$", re.I)


# "The European Union approved its first countermeasures, 25% tariffs on ...": a decision on the measure the rate
# belongs to, with no start stated (LABELING.md: decided but not yet applied is announced); the rules' announced stands
_DECIDED_BEFORE = re.compile(r"\bapprov(?:ed|es)\s+(?:its|their|the|his|her)\s+(?:[\w-]+\s+){0,3}?"
                             r"(?:countermeasures|retaliat\w*|tariffs|duties|levies|measures)\s*,\s*$", re.I)


# "a 10 per cent levy will be charged on soybeans": the rate's own noun phrase is the subject of a future verb
_MODAL_AFTER = re.compile(r"\s*(?:[\w-]+\s+){0,3}?(?:will|shall)\s+(?:be\s+)?(?:charged|imposed|applied|levied|collected|"
                          r"added|apply|take effect|kick in|start|begin)\b", re.I)


def _modal_governs(v: RateView) -> bool:
    if v.rule_status == "threatened":
        return _warning_governs(v)
    return v.rule_status == "announced" and (_MODAL_BEFORE.search(v.text, v.clause[0], v.start) is not None
                                             or _DECIDED_BEFORE.search(v.text, 0, v.start) is not None
                                             or _MODAL_AFTER.match(v.text, v.end) is not None)


_CHANGE_TOLD_DONE = re.compile(CHANGE_TOLD_DONE, re.I)
_CHANGE_DONE_NOT_BEFORE = re.compile(CHANGE_DONE_NOT_BEFORE, re.I)


def _change_done(v: RateView) -> bool:
    """Round 44: the new rate of a change its clause tells as done ("has been cut to 10% from 25%", "lowered the tariff
    on European cars to 15%, down from 25%"; constants.CHANGE_TOLD_DONE) keeps the rules' `in_force`: the learned
    status read such rates `announced`, and hold_old_rates then took the old rate's `lifted` back with it (held out,
    both rates of the change missed).  No plan or modal before the verb in the clause ("would fall to 18% from 50%")."""
    if v.change != "new" or v.rule_status != "in_force":
        return False
    done = None
    for done in _CHANGE_TOLD_DONE.finditer(v.text, v.clause[0], v.start):
        pass
    return done is not None and _CHANGE_DONE_NOT_BEFORE.search(v.text, v.clause[0], done.start()) is None


def _old_side_ahead(v: RateView) -> bool:
    """Round 45: the old rate of a change the rules read `in_force` -- the change still to come ("would cut its tariffs
    on Korean automobiles from 25 percent to 15 percent", "will cut the tariff to 15%, down from the 20%") -- keeps it
    against the learned status, as its `lifted` already stands (RULE_STATUS_STANDS): the old rate's status is the
    change's, which the rules read from the change's own verb group and hold_old_rates couples to the new rate."""
    return v.change == "old" and v.rule_status == "in_force"


def _warning_governs(v: RateView) -> bool:
    """"Trump has warned that he will slap 30% tariffs": the warning's modal governs the rate (LABELING.md: "warned it
    would" is threatened, round 17b); the rules' threatened stands as their announced does under a plain modal."""
    from .tariffs import warned_future     # tariffs imports this module: imported when first used
    return warned_future(v.text, v.start)


def _key(f: dict) -> tuple:
    return (f["imposer"], f["target"], f["product"], f["rate_pct"], f["status"])


# Speed (round 7): the slowest scans here behind the literals every match must contain (prefilter.py; same
# results, no engine run where none of them occurs).
from .prefilter import prefiltered  # noqa: E402

_GLOBAL, _NON_RATE, _STARTED, _WILL_START = map(prefiltered, (_GLOBAL, _NON_RATE, _STARTED, _WILL_START))
_AWAY_STATUS = tuple((name, prefiltered(rx)) for name, rx in _AWAY_STATUS)
WILL_START = _WILL_START    # round 26: tariffs._tells_ahead reads an undated "will take effect" with the measure's noun
