"""The article level of tariff facts: one reading per tariff event (issue 11, round 8).

Every rate is read in its own sentence (tariffs.py, tariff_model.py, then timeline.py for the status a
headline takes from its body).  A measure stated again later in the story -- headline, lede, recap,
quote, table -- is a second reading of one event, and when the two readings disagree the article holds
two facts where the labels hold one.  This step looks at all the readings of a rate in the article at once.

What it decides, and why only that (held-out measurements on corpus_v2/dev, docs/articles-rounds.md "Round 8"): a reading
found only in telegraphic lines -- the headline, decks, section titles, link lines, lines that end
without a sentence's punctuation -- gives way when the article's full sentences state the same rate but
never with its parties: for the headline neither its imposer-and-target pair ("Brazil starts ... process
against U.S. 50% tariffs" is the U.S.'s 50% on Brazil, as the body says), for the other lines its imposer
("ALSO READ: US' 30% tariff threat to EU fuels concern").  Telegraphic grammar drops the words that say
who charges whom; the sentences keep them.

A collective product ("metals") gives way when another reading with the same imposer and rate names
goods it stands for ("steel", "aluminium"): LABELING.md's collective-noun rule at the article level.

A fact dropped here must be wrong about three times in four to raise an F1 near 0.5; on dev (held out)
37 of the 41 dropped were (headline readings 14 of 18, other lines 14 of 14, collective goods 9 of 9).
Other groupings were measured and left: the first / majority / last status of a measure's readings, the
specific product over "all goods" or the reverse, the target or imposer most readings agree on, and a
learned keep-or-drop over the readings of a rate (logistic regression on how each reading differs from the
others: fields, same sentence, first or later, headline): about half the readings each would drop are
labelled facts (a story does restate one rate for different goods, parties or statuses), so each lost F1
at every threshold.  Lists ("on Canada and Mexico") are readings of one sentence and are never merged.

Round 9 (docs/articles-rounds.md "Round 9", xconsolidate2): a measure the article states with its goods or target, read again with
that field missing, gives way -- a reading with neither target nor goods beside the same imposer and rate on named
goods from every partner, and the later of two readings of one measure (imposer, goods, rate) at two statuses, one
naming the target and one not -- unless, without a target, its sentence says the rate covers every partner
("baseline", "global", "all imports": LABELING.md keeps those beside a named rate).  A rate read only inside quoted
speech gives way when the narration states the same imposer and rate: the speaker restates the measure in his own
tense.  Held out on dev, the three steps dropped 47 facts, 1 labelled.

Round 12 (docs/articles-rounds.md "Round 12", xsurplus): goods a sentence names only as examples of a broader class ("tariffs on
products such as steel, aluminium and auto parts", "Cambodia, whose exports, largely clothing and footwear, will be
charged 49%") do not split the measure: the readings become one, product null (LABELING.md's examples rule).

Round 16 (xsurplus3): goods a rate's sentence names for something other than the rate -- what the hit firms or economy
make ("firms that export whisky, seafood ..."), goods "among the goods that carry" it, goods of another measure the
sentence adds without a rate ("on top of sector levies on autos, steel and aluminium") -- are not the rate's goods.

Round 44 (xgoods44): a collective fact whose imposer and rate no reading gives a member of becomes the members its rate's
sentence names ("British steel and aluminium ... even though Washington doubled its metals tariff to 50 percent"), or,
with a pointing word ("both metals"), the sentence before or the headline names (`collective_members`).

Round 13b (xsurplus2): a section kicker above the headline ("BUSINESS", "Trade | Germany") is not the headline; the
line under it is, and its readings are checked on imposer and target like any headline's.
"""

from __future__ import annotations

import re

from .constants import (ADDED_MEASURE, ALL_PARTNERS, AMONG_THE_GOODS, COLLECTIVE_GOODS, COLLECTIVE_MEMBER_WORDS,
                        COLLECTIVE_POINTER, EXAMPLE_CLASS, EXAMPLE_CUE, EXEMPTION_WORD, HEADLINE_PARTIES, LINE_PARTIES,
                        MAKERS_GOODS, SPEECH_MIN_WORDS, TARIFF_NOUNS)
from .context import Context
from .money import find_percents
from .prefilter import prefiltered
from .timeline import KEY_FIELDS, headline_start

# a line that ends as no sentence does (headline, deck, section title, "ALSO READ: ..." link, table row)
_SENTENCE_END = re.compile(r"[.!?:;\"”’')\]]\s*$")
_ALL_PARTNERS = re.compile(ALL_PARTNERS, re.I)
_QUOTATION = re.compile(r"[\"“][^\"“”]+[\"”]")
# a class of goods (with up to two words before its noun: "steel products"), its examples after the cue; the items run
# to a rate, a number or a clause break
_EXAMPLES = re.compile(rf"(?P<cls>(?:\b[\w-]+\s+){{0,2}}\b{EXAMPLE_CLASS}\b[^,;:.%\d]{{0,25}}?),?\s+{EXAMPLE_CUE}\s+(?P<items>[^;:.%\d()]+)", re.I)
# the same examples set after the class with "included" (round 18b: "most Brazilian goods, coffee included",
# "Australian goods, beef included", "most Japanese goods, cars included"); the items are the few words before it
_EXAMPLES_INCLUDED = re.compile(rf"(?P<cls>(?:\b[\w-]+\s+){{0,2}}\b{EXAMPLE_CLASS}\b),\s+(?P<items>[^,;:.%\d()]{{2,40}}?)\s+"
                                rf"(?:included|among them)\b", re.I)
_WORD = re.compile(r"[a-z]{3,}")
_COLLECTIVE_MEMBERS = {noun: re.compile(words, re.I) for noun, words in COLLECTIVE_MEMBER_WORDS.items()}
_MAKERS_GOODS = prefiltered(re.compile(MAKERS_GOODS, re.I))
_AMONG_THE_GOODS = prefiltered(re.compile(AMONG_THE_GOODS, re.I))
# where the items before "are among the goods" begin: a clause break, a number, or a new coordinated clause
_CLAUSE_BREAK = re.compile(r"[;:.%\d()]|,\s+(?:and|but|while|whereas|so)\s", re.I)
# another measure added after the rate: the connector, then (in the same clause stretch) that measure's tariff noun
_ADDED_MEASURE = prefiltered(re.compile(ADDED_MEASURE + r"[^.;:]*?\b" + TARIFF_NOUNS + r"\b", re.I))


def _key(f: dict) -> tuple:
    """The fact's (imposer, target, product, rate, status): what one tariff fact is."""
    return tuple(f[k] for k in KEY_FIELDS)


def _telegraphic(f: dict, head: int | None) -> str | None:
    """The kind of line a reading comes from: the headline, another telegraphic line, or None (a sentence)."""
    if f["span"][0] == head:
        return "headline"
    return None if _SENTENCE_END.search(f["sentence"]) else "line"


def overruled_readings(facts: list[dict], head: int | None) -> list[dict]:
    """The facts read only in telegraphic lines whose rate the article's sentences state, but never with
    the line's parties (head: the headline's start, or None)."""
    kinds = [_telegraphic(f, head) for f in facts]
    in_sentences: dict[float, list[dict]] = {}
    for f, kind in zip(facts, kinds):
        if kind is None:
            in_sentences.setdefault(f["rate_pct"], []).append(f)
    events: dict[tuple, list[int]] = {}
    for i, f in enumerate(facts):
        events.setdefault(_key(f), []).append(i)
    out = []
    for readings in events.values():
        lines = {kinds[i] for i in readings}
        if None in lines or len(lines) != 1:
            continue
        first = facts[readings[0]]
        parties = HEADLINE_PARTIES if lines == {"headline"} else LINE_PARTIES
        sentences = in_sentences.get(first["rate_pct"], [])
        if sentences and not any(all(g[p] == first[p] for p in parties) for g in sentences):
            out += [facts[i] for i in readings]
    return out


def collective_readings(facts: list[dict]) -> list[dict]:
    """The facts whose product is a collective noun ("metals") when another reading of the article with the
    same imposer and rate names goods it stands for ("steel", "aluminium"): those goods are the facts."""
    named = {(f["imposer"], f["rate_pct"], f["product"]) for f in facts}
    return [f for f in facts if f["product"] in COLLECTIVE_GOODS
            and any((f["imposer"], f["rate_pct"], member) in named for member in COLLECTIVE_GOODS[f["product"]])]


def _named_members(ctx: Context, noun: str, at: int) -> list[str]:
    """The member goods of a collective noun its rate's own sentence says, named where the reader looks for what it
    stands for: that sentence, else -- when a pointing word says the noun points back ("both metals") -- the sentence
    before, else the headline (first found, in text order, once each). A sentence without the noun names none: the
    collective came from another clause's goods."""
    i = ctx.sentence_index(at)
    own = ctx.sentences[i].text
    if not re.search(rf"\b{noun}\b", own, re.I):
        return []
    head = headline_start(ctx)
    places = [i]
    if re.search(COLLECTIVE_POINTER + noun + r"\b", own, re.I):
        places += [i - 1] + ([ctx.sentence_index(head)] if head is not None else [])
    for k in places:
        if 0 <= k < len(ctx.sentences):
            words = [m.group(0).lower() for m in _COLLECTIVE_MEMBERS[noun].finditer(ctx.sentences[k].text)]
            if words:
                return list(dict.fromkeys(words))
    return []


def collective_members(ctx: Context, facts: list[dict]) -> list[dict]:
    """A collective fact ("metals") whose imposer and rate no reading gives a member of becomes one fact per member
    its sentence, the sentence before or the headline names (LABELING.md: a collective noun for goods the text
    names -> the named goods; round 44). With no member named it stays the collective."""
    named = {(f["imposer"], f["rate_pct"], f["product"]) for f in facts}
    out = []
    for f in facts:
        noun = f["product"]
        if noun in _COLLECTIVE_MEMBERS and not any((f["imposer"], f["rate_pct"], m) in named
                                                    for m in COLLECTIVE_GOODS[noun]):
            members = _named_members(ctx, noun, f["span"][0])
            if members:
                out += [{**f, "product": m} for m in members]
                continue
        out.append(f)
    return out


def _first_readings(facts: list[dict]) -> dict[tuple, int]:
    """Each (imposer, target, product, rate, status) of the article with the start of its first reading."""
    first: dict[tuple, int] = {}
    for f in facts:
        first.setdefault(_key(f), f["span"][0])
    return first


def _said_of_all_partners(facts: list[dict]) -> set[tuple]:
    """The facts without a target read in a sentence that says its rate covers every partner ("baseline", "on all
    imports"): a measure on every partner, which stands beside the same rate on named goods or a named country."""
    return {_key(f) for f in facts if f["target"] is None and _ALL_PARTNERS.search(f["sentence"])}


def _own_rate_after_all_partners(facts: list[dict], said_of_all: set[tuple]) -> set[tuple]:
    """The facts naming a target whose measure (imposer, product, rate) was first read, without a target, in a
    sentence that says the rate covers every partner: the named country's own rate ("British steel and aluminium
    will continue to pay the existing 25%" after "... replaces the across-the-board 25% duty"), which LABELING.md
    keeps beside the global one (a baseline or sector rate stated for one named country is that country's) --
    no restatement that gave way (round 13b)."""
    global_measures = {(k[0], k[2], k[3]) for k in said_of_all}     # said_of_all: _said_of_all_partners(facts)
    return {_key(f) for f in facts if f["target"] is not None and (f["imposer"], f["product"], f["rate_pct"])
            in global_measures}


def goods_left_unnamed(facts: list[dict]) -> set[tuple]:
    """The facts with neither target nor product when another reading gives the same imposer and rate to named
    goods from every partner: "the 25 percent tariff" after "a 25 percent tariff on imported cars" is the cars
    measure read without its goods, not a second measure on all goods of all partners."""
    first = _first_readings(facts)
    goods = {(k[0], k[3]) for k in first if k[1] is None and k[2] is not None}
    return {k for k in first if k[1] is None and k[2] is None and (k[0], k[3]) in goods}


def target_read_twice(facts: list[dict]) -> set[tuple]:
    """The later of two readings of one measure (imposer, product, rate), one naming its target and one not, at two
    statuses: a restatement read out of the sentence that states the measure ("the 30% duty ..." after "Washington's
    30% tariff on South African goods"; "... will now pay the 10% rate" after "a 10% tariff on nearly all imports"
    kept in place) -- one measure, whose first statement gives its status."""
    first = _first_readings(facts)
    by_measure: dict[tuple, list[tuple]] = {}
    for k in first:
        by_measure.setdefault((k[0], k[2], k[3]), []).append(k)
    return {k for k, start in first.items()
            if any(first[o] < start and o[4] != k[4] and (o[1] is None) != (k[1] is None)
                   for o in by_measure[(k[0], k[2], k[3])])}


def _rate_in_speech(f: dict) -> bool:
    """The reading's rate is inside a quotation of its sentence long enough to be speech."""
    text = f["sentence"]
    speech = [m.span() for m in _QUOTATION.finditer(text) if len(m.group(0).split()) >= SPEECH_MIN_WORDS]
    return any(p.value == f["rate_pct"] and any(a < p.start < b for a, b in speech) for p in find_percents(text))


def speech_readings(facts: list[dict]) -> set[tuple]:
    """The facts read only inside quoted speech when the article's own narration states the same imposer and
    rate: the reporter's sentence states the measure; a speaker restates it in his tense and words ("I am going to
    charge Canada a 50% Tariff ..." for the threat the story reports; "despite the 15% tariffs ...")."""
    quoted: dict[tuple, bool] = {}
    for f in facts:
        k = _key(f)
        quoted[k] = quoted.get(k, True) and _rate_in_speech(f)
    narrated = {(k[0], k[3]) for k, only_quoted in quoted.items() if not only_quoted}
    return {k for k, only_quoted in quoted.items() if only_quoted and (k[0], k[3]) in narrated}


def _stems(text: str) -> set[str]:
    """The first four letters of each word of three letters or more: "aluminium" and "aluminum" alike."""
    return {w[:4] for w in _WORD.findall(text.lower())}


# a sentence that says goods stand outside a rate ("are exempt from", "spared", "exempts"): its examples are goods
# exempted, not examples of the measure's goods (round 20b)
_EXEMPTION_WORD = re.compile(EXEMPTION_WORD, re.I)


def named_as_example(f: dict) -> bool:
    """The reading's goods are named in its sentence only as examples of a broader class ("products such as steel",
    "whose exports, largely clothing and footwear", "industries such as footwear"), not as the class itself
    ("steel products, including flat steel" keeps "steel products") nor after a rate among the items ("all goods,
    including its 10% duty on cars"), nor goods said to be exempted from the rate ("some goods, among them copper,
    pharmaceuticals and some energy products, are exempt from the 30% tariff": LABELING.md round 16, the rate
    `lifted` with each; round 20b)."""
    if f["product"] is None or (f["status"] == "lifted" and _EXEMPTION_WORD.search(f["sentence"])):
        return False
    own = _stems(f["product"])
    found = [*_EXAMPLES.finditer(f["sentence"]), *_EXAMPLES_INCLUDED.finditer(f["sentence"])]
    return any(own & _stems(m.group("items")) and not own & _stems(m.group("cls")) for m in found)


def made_by_those_hit(f: dict) -> bool:
    """The reading's goods are named in its sentence only as what the hit firms or economy make or sell ("Highland
    firms that export whisky, seafood, textiles ...", "the manufacturing base, which produces shoes and clothing")
    or as some of the goods that carry the rate ("Coffee, fruit and meat are among the goods that now carry the 50%
    surcharge"): examples of the goods hit, not the measure's goods.  Goods "among the goods" a rate leaves out are
    its exempted goods, each `lifted` (round 47: "Orange juice, iron ore, ... are among the goods left out of the 50%
    rate"; LABELING.md round 15)."""
    if f["product"] is None:
        return False
    text, own = f["sentence"], _stems(f["product"])
    made = [m.group("made") for m in _MAKERS_GOODS.finditer(text)]
    exempted = f["status"] == "lifted" and _EXEMPTION_WORD.search(text) is not None
    among = [] if exempted else [_CLAUSE_BREAK.split(text[:m.start()])[-1] for m in _AMONG_THE_GOODS.finditer(text)]
    return any(own & _stems(items) for items in made + among)


def _first_stem(text: str, stems: set[str], start: int) -> int | None:
    """Where the first word from start whose first four letters are among stems begins, or None."""
    return next((m.start() for m in _WORD.finditer(text.lower(), start) if m.group(0)[:4] in stems), None)


def of_an_added_measure(f: dict) -> bool:
    """The reading's goods are first named after its rate under another measure the sentence adds without a rate
    of its own ("a 10 per cent rate on energy and potash, on top of sector levies on autos, steel and aluminium";
    "pays the 10 percent baseline tariff ..., plus higher duties on cars, steel and aluminium"): that measure's
    goods, not this rate's (LABELING.md: the goods of the clause stating the rate)."""
    if f["product"] is None:
        return False
    text, own = f["sentence"], _stems(f["product"])
    percents = find_percents(text)
    rate = next((p for p in percents if p.value == f["rate_pct"]), None)
    added = rate and _ADDED_MEASURE.search(text, rate.end)
    goods = _first_stem(text, own, 0) if added else None
    if goods is None or goods < added.end():    # goods named before the added measure are the rate's own
        return False
    return not any(rate.end <= p.start < goods for p in percents)  # a rate between states the goods' own measure


def goods_not_of_the_rate(facts: list[dict]) -> list[dict]:
    """The readings without goods their sentence names for something other than the rate: goods made by those hit
    become product null; an added measure's goods give way to the rate's own goods in the same sentence, else
    product null (round 16)."""
    added = [of_an_added_measure(f) for f in facts]
    own_goods = {(f["span"][0], f["rate_pct"]) for f, a in zip(facts, added) if f["product"] is not None and not a}
    out = []
    for f, a in zip(facts, added):
        if made_by_those_hit(f):
            f = {**f, "product": None}
        elif a:
            if (f["span"][0], f["rate_pct"]) in own_goods:
                continue
            f = {**f, "product": None}
        out.append(f)
    return out


def consolidate(ctx: Context, facts: list[dict]) -> list[dict]:
    """The article's tariff facts (every reading, document order) without the readings of an event that
    the article's other readings overrule (see the module docstring)."""
    # goods named only as examples do not split a measure: one reading, product null (LABELING.md; round 12)
    facts = goods_not_of_the_rate([{**f, "product": None} if named_as_example(f) else f for f in facts])
    facts = collective_members(ctx, facts)
    if len(facts) < 2:
        return facts
    overruled = {id(f) for f in overruled_readings(facts, headline_start(ctx, past_kicker=True)) + collective_readings(facts)}
    facts = [f for f in facts if id(f) not in overruled]
    # a measure the article states with its goods or target, read again with that field missing (goods first:
    # a reading that gives way there is no measure's first statement)
    for restated in (goods_left_unnamed, target_read_twice):
        said_of_all = _said_of_all_partners(facts)
        drop = restated(facts) - said_of_all - _own_rate_after_all_partners(facts, said_of_all)
        facts = [f for f in facts if _key(f) not in drop]
    spoken = speech_readings(facts)
    return [f for f in facts if _key(f) not in spoken]
