"""Open-vocabulary products (issue 11, round 4): the goods a rate's own phrase names.

The product lexicon (constants.PRODUCTS) knows steel, cars or soybeans; real copy names walnuts,
POM copolymers, construction lifts, gold bars or nitrogen-based fertilisers.  When the lexicon finds
nothing in the phrase a rate attaches to ("a 70% duty on walnuts", "graphite from China could face a
93.5% duty", "canola oil, which still faces a 100 per cent tariff", "For rapeseed, the deposit rate
... is 75.8 percent", a digest label "Carpets: 52.9%"), that phrase itself is normalised to a product
as LABELING.md asks: a short lowercase noun phrase the text uses, without determiners, the countries
or demonyms that say whose goods they are ("Mexican tomatoes" -> tomatoes), "imports of", a trailing
"imports"/"exports", or what follows "from"/"made in".  A phrase that only says "goods", "products",
"imports" or "everything" is all goods (no product); one whose head is no good at all (countries,
companies, consumers, the value, a date) gives nothing.  Lists split ("chickpeas, Bengal gram and
masur dal" -> three products).
"""
from __future__ import annotations

import re

from .constants import NOT_GOODS_HEADS, SUBJECT_GOODS_PARTICIPLE, SUBJECT_LIST_JOINERS, SUBJECT_LIST_RELATIVE
from .gazetteer import lookup
from .prefilter import behind_cue

_CUT = re.compile(
    r"\s(?:from|made|produced|originating|imported|entering|arriving|coming|shipped|sold|worth|valued|that|which|"
    r"who|with|in|at|to|into|under|over|for|by|on|of\s+(?:more|less|up|about|around|between)|than|as|because|"
    r"if|when|while|after|before|until|since|starting|effective|including|such|like|except|excluding|other than|"
    r"will|would|could|can|may|might|must|shall|is|are|was|were|has|have|had|be|been|now|still|already|also|"
    r"face|faces|faced|pay|pays|paid|attract|attracts)\b.*$", re.I | re.S)
_LEAD_OF = re.compile(r"^(?:(?:imports|exports|shipments|purchases|sales|supplies|deliveries)\s+of|"
                      r"(?:a|the)\s+(?:range|number|list|basket|host|variety)\s+of)\s+", re.I)
_DET = frozenset("""a an the all some certain most many several various other its their his her our your these
those this that such any each every more additional extra new select selected key major main imported
foreign foreign-made non-us overseas domestic local raw finished remaining affected covered targeted
listed specific particular different identical equivalent same u.s. us eu european both either
virtually practically essentially""".split())    # round 39: "virtually every good" is all goods
_ALL_GOODS = frozenset("""goods good imports import exports export products product items item shipments shipment
merchandise everything all things purchases sales supplies lines categories commodities articles parcels packages""".split())
_TRAILING = frozenset("imports import exports export shipments purchases sector industry trade sales".split())
_NOT_GOODS = frozenset("""country countries nation nations partner partners economy economies bloc region regions
company companies firm firms exporter exporters importer importers producer producers maker makers manufacturer
manufacturers business businesses consumer consumers farmer farmers worker workers people government governments
it them they he she we value values worth amount amounts basis level levels rate rates average quota quotas
volume volumes percent cent day days week weeks month months year years time times deal deals agreement
agreements order orders measure measures tariff tariffs duty duties levy levies surtax surcharge fee fees tax
taxes top rest part share bulk half third quarter majority entry entries border market markets world
update analysis background timeline latest breaking context note editor read related source sources photo
video live what why how who when where overview summary hold top board notice track behalf paper record
schedule course balance condition ice pause display offer sale table account list lists basis suppliers
supplier drugmakers carmakers makers material materials bottle bottles arrival threat threats power
steelmaker steelmakers mill mills investigation investigations probe probes ruling rulings announcement annex numbers figures offender offenders ally allies neighbour neighbours neighbor neighbors rival rivals competitor competitors
island islands sidelines par commerce everyone everybody anyone
date dates case cases group groups""".split())   # round 18b: "New Changhai Group, which faces", "covered by the case will face"
# round 39 (xproductspan39): heads that name a route, a side, a time or a place, never goods ("on its way into the
# United States", "on the Japanese side", "to year-end", "the short version", "most countries and territories")
_NOT_GOODS |= frozenset("way side version year-end territory territories".split())
# round 39: a rank or an order ("India, the fifth largest, will pay 26%", "first at 25 per cent", "its biggest trading
# partners", "hit hardest") says which one, not what goods: a phrase holding such a word names no goods
_RANK = frozenset("""first second third fourth fifth sixth seventh eighth ninth tenth biggest largest hardest highest
lowest steepest smallest greatest""".split())
_MONTHS = re.compile(r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\b|\d", re.I)
_ING_NOUNS = frozenset("clothing bedding flooring tubing piping casing roofing packaging fittings seed "
                        "rolled coated galvanised galvanized painted processed refined".split())   # "cold rolled coil"
_VERBS = frozenset("""took take takes taken hit hits rose rise rises fell fall falls went go goes came come comes became
remain remains jump jumps drop drops climb climbs soar soars kick kicks start starts begin begins began apply applies
cover covers account accounts make makes made get gets got say says said rate do does did
continue continues want wants run runs reach reaches
stay stays threaten threatens press""".split())   # round 39: "the rate ... stays at 10 percent", "imposed to press Beijing"
_FUNCTION = frozenset("""of the a an but nor so yet he she it they we you i his her its their our my your this that these
those there here not no is are was were be been being has have had do does did said says wrote told according per
via up down out off over about against between into through during without within along across behind beyond plus
today yesterday tomorrow now monday tuesday wednesday thursday friday saturday sunday week nearly almost
contrast comparison sample explained updates back another announced floated two three four five dozen apart else
once together further later earlier""".split())   # round 39: "together with", "further imports", "a year later"
# "India currently faces", "Indian shrimp currently faces": a sentence adverb between the subject and its paying verb is
# no part of the goods (round 26)
_SENTENCE_ADVERBS = frozenset("currently presently already still also now meanwhile".split())
_COMPANY = frozenset("""incorporated inc corp corporation co company limited ltd plc llc gmbh holdings""".split())
_DEMONYM = re.compile(r"^[A-Z][a-z]+(?:ian|ese|ish|ean|an)$")
_ORIGIN_ADJECTIVE = ("-built", "-made", "-owned", "-based")
_ORIGIN_SUFFIX = "-origin"      # round 39: "Canadian-origin rapeseed": whose goods, like a demonym
_WORD = re.compile(r"^[a-z][a-z’'-]*$")


def _origin_word(word: str) -> bool:
    """"Canadian-origin" says whose goods, as the demonym alone would (round 39)."""
    return word.endswith(_ORIGIN_SUFFIX) and bool(_DEMONYM.match(word.removesuffix(_ORIGIN_SUFFIX)))


def _strip_parties(words: list[str], orig: list[str]) -> tuple[list[str], list[str]]:
    """Drop leading determiners, countries/demonyms ("U.S.", "Mexican", "Russian and Belarusian")."""
    while words:
        w, o = words[0], orig[0]
        two = " ".join(orig[:2])
        if len(orig) > 1 and lookup(two):
            words, orig = words[2:], orig[2:]
        elif w in _DET or _DEMONYM.match(o) or _origin_word(o) or lookup(o.rstrip(",")) or lookup(o.rstrip(",").removesuffix("’s").removesuffix("'s")) \
                or (w in ("and", "or", "&") and len(words) > 1):
            words, orig = words[1:], orig[1:]
        else:
            break
    return words, orig


def _no_goods_head(words: list[str]) -> bool:
    """The phrase's head names no goods (round 16b): an institution, a document, a role or an abstract noun
    (constants.NOT_GOODS_HEADS: "press release", "commerce ministry", "prices"), or a lone verb form the phrase
    was cut from ("Depending on the company, ...", "which continue to face", "... products and runs from April")."""
    head = words[-1]
    if head in NOT_GOODS_HEADS:
        return True
    return len(words) == 1 and (head in _VERBS or (head.endswith("ing") and head not in _ING_NOUNS)
                                or (head.endswith("ed") and not head.endswith("eed")))


def _party_possessive(word: str, orig: str) -> bool:
    """"their countries' goods", "the partners' products": a plural possessive of a party, whose goods, not which."""
    return orig.endswith(("s'", "s’")) and word in _NOT_GOODS


def _one(phrase: str) -> str | None:
    """One normalised product, "" for all goods, None when the phrase names no goods."""
    phrase = _LEAD_OF.sub("", phrase.strip(" \t\"“”‘’'.,;:"))
    phrase = _CUT.sub("", " " + phrase).strip()
    orig = [o for o in re.split(r"\s+", phrase) if o]
    words = [o.lower().strip("\"“”‘’'.,") for o in orig]
    words, orig = _strip_parties(words, orig)
    kept = [i for i, w in enumerate(words) if w not in _SENTENCE_ADVERBS]
    words, orig = [words[i] for i in kept], [orig[i] for i in kept]
    rest = " ".join(orig)
    flow_goods = _one(rest) if len(orig) < len(phrase.split()) and _LEAD_OF.match(rest) else None
    if flow_goods:
        return flow_goods       # "UK exports of parts", "Chinese imports of solar panels": the flow's goods (round 26)
    if any(w.strip(",.") in _COMPANY for w in words):
        return None             # "Corning Incorporated: 37.9 percent", "Angang Steel Company Limited": an exporter
    cut = next((i for i, w in enumerate(words) if i > 0 and ((w.endswith(("ing", "ed")) and not w.endswith("eed")
                                                               and w not in _ING_NOUNS)
                                                              or w in _VERBS or words[i - 1] in _ALL_GOODS)), None)
    if cut is not None:         # "Chinese goods falling to 30%": a participle ends the phrase
        words, orig = words[:cut], orig[:cut]
    while words and words[-1] in _TRAILING and len(words) > 1:
        words, orig = words[:-1], orig[:-1]
    if not words:
        return ""
    if all(w in _ALL_GOODS for w in words):
        return ""
    if words[-1] in _ALL_GOODS and any(w.startswith("non") or o != o.lower() or _party_possessive(w, o)
                                       for w, o in zip(words[:-1], orig)):
        return ""               # "non-USMCA goods", "CUSMA-compliant products", "their countries' goods": all goods
    if len(words) > 4 or words[-1] in _NOT_GOODS or _no_goods_head(words) or any(w in _FUNCTION or w in _RANK for w in words) \
            or any(w.endswith(("'s", "’s")) for w in words) \
            or (len(orig) == 1 and orig[0].isupper()) or any(not _WORD.match(w) for w in words) \
            or _MONTHS.search(" ".join(words)) or any(lookup(o) for o in orig):
        return None
    if len(words) == 1 and (len(words[0]) < 3 or words[0].endswith(_ORIGIN_ADJECTIVE)):
        return None             # "Chinese-built excavators carry 18.81%. Every other supplier ...": no goods left
    return " ".join(words)


def open_products(np: str) -> list[str]:
    """Products the phrase names, normalised; [] when it names all goods or nothing recognisable."""
    np = re.split(r"\s(?:including|such as|like|notably|especially|among them)\b|[(—–;:]", np, maxsplit=1)[0]
    parts = [p for p in re.split(r",\s*(?:and\s+|or\s+)?|\s+(?:and|or|&)\s+", np) if p.strip()]
    if not parts:
        return []
    got = [_one(p) for p in parts]
    if any(g is None for g in got):
        whole = _one(np)        # "steel and aluminum products" stays one phrase when a piece is no good
        return [whole] if whole else []
    return list(dict.fromkeys(g for g in got if g))


# "graphite from China could face a 93.5% duty", "canola oil, which still faces a 100 per cent tariff",
# "Fresh apples from the US will be charged 70%": the subject of a face/pay/charged verb before the rate; "keep paying",
# "continue to pay", "go on paying" are the paying verb's own aspect, never goods of the subject (round 24)
_SUBJECT = re.compile(
    r"(?P<np>[^;:%]{2,120}?)\s*,?\s+(?:which\s+|that\s+)?(?:(?:now|still|already|also|would|could|will|may|might|must|"
    r"can|then|keeps?|continues?\s+to|go(?:es)?\s+on|ha(?:s|ve|d)|so\s+far|until\s+now)\s+){0,3}(?:not\s+)?(?:be(?:en)?\s+)?(?:face[sd]?|facing|pays?|paid|paying|"
    r"attracts?|carry|carries|charged|hit\s+with|subject\s+to)\s+(?:[^\s,.;:%]+\s+){0,6}$", re.I)
_SUBJECT_FROM = re.compile(r"\s(?:from|made in|produced in|originating in|imported from|shipped from)\s.*$", re.I)
# "Indian shrimp entering the US", "shrimp shipped to the US": where the subject's goods go is no part of them, and its
# preposition ("to the US") must not be taken for the start of the subject (round 23)
_SUBJECT_PARTICIPLE = re.compile(rf"\s{SUBJECT_GOODS_PARTICIPLE}\s.*$", re.I | re.S)
_SUBJECT_START = re.compile(r".*(?:[,;:(—–]|\b(?:that|which|who|says?|said|reports?|while|and|but|whereas|where|as|"
                            r"after|because|since|about|of|on|for|with|by|to|in|when|if|than))\s+", re.I | re.S)
_FOR_LEAD = re.compile(r"^\s*(?:For|On)\s+(?P<np>[^,]{2,60}?),\s", re.I)
_HEAD_LABEL = re.compile(r"^(?P<np>[A-Z][\w’'-]*(?:\s+[\w’'-]+){0,3}):\s")


# behind _SUBJECT's own ending, linear to test: a lead without it cannot match _SUBJECT (whose lazy search is quadratic)
_SUBJECT = behind_cue(_SUBJECT, re.compile(
    r"(?:face[sd]?|facing|pays?|paid|paying|attracts?|carry|carries|charged|hit\s+with|subject\s+to)\s+(?:[^\s,.;:%]+\s+){0,6}$", re.I))


_COORDINATED_VERB = re.compile(r"\b(?:and|or|but)\s*$", re.I)      # "... and will carry": the verb's subject is earlier


def subject_products(lead: str) -> list[str]:
    m = _SUBJECT.search(lead[-160:])
    if not m:
        return []
    np = _SUBJECT_PARTICIPLE.sub("", _SUBJECT_FROM.sub("", m.group("np")))
    if _COORDINATED_VERB.search(np):
        return []       # "Strawberry jam, however, stays on the list and will carry ...": the subject stands earlier
    start = _SUBJECT_START.match(np)
    np = np[start.end():] if start else np
    return open_products(np) if len(np.split()) <= 3 else []


_INTERRUPTER_RELATIVE = re.compile(rf"^\s*{SUBJECT_LIST_RELATIVE}\b", re.I)
_INTERRUPTER_JOINER = re.compile(rf"^\s*{SUBJECT_LIST_JOINERS}\s+", re.I)
_EXAMPLES_OPENER = re.compile(r"^\s*(?:including|such\s+as|like|notably|especially|among\s+them|mainly|mostly)\b", re.I)
_INTRODUCTORY = re.compile(r"^\s*(?:under|in|for|after|before|with|by|from|since|as|at|on|of|to|during|until|once)\b", re.I)
_ITEM_PREPOSITION = re.compile(r"\s(?:for|of|from|with|in|to|on|at|by)\s", re.I)
_CHUNK_OPENER = re.compile(r"^\s*(?:and|but|while|whereas)\s+", re.I)


def subject_list_goods(lead: str, known) -> list[str]:
    """Every good of a list that is the subject of a pay/face verb across an interrupter between list and verb
    (round 15, constants.SUBJECT_LIST_*): "flat-rolled steel, bars, rods, wire, angles and sections, which currently
    enter the country duty-free, would face a 10% import duty" -> all six; "British cars and car parts, along with steel
    and aluminium, face a higher 25% levy" -> all four.  [] when no interrupter stands there (that subject is read
    already), when the list gives examples ("Farm goods, such as beef, face ..."), or names fewer than two goods."""
    tail = lead[-220:]
    m = _SUBJECT.search(tail)
    if not m:
        return []
    chunks = [c for c in re.split(r",\s*", m.group("np")) if c.strip()]
    if chunks and ((m.start("np") > 0 and tail[m.start("np") - 1].isalnum()) or _INTRODUCTORY.match(chunks[0])):
        chunks = chunks[1:]     # a phrase cut by the window, or "Under the proposals, ...": no item of the list
    joined: list[str] = []
    interrupted = False
    while len(chunks) > 1:
        last = chunks[-1]
        if _EXAMPLES_OPENER.match(last):
            return []
        if _INTERRUPTER_JOINER.match(last):
            more = _list_or_one(last[_INTERRUPTER_JOINER.match(last).end():], known)
            if not more:
                return []       # "Switzerland, along with most other countries, paid": no goods joined
            joined = more + joined
        elif not _INTERRUPTER_RELATIVE.match(last):
            break
        interrupted = True
        chunks.pop()
    if not interrupted:
        return []
    for i in range(len(chunks)):
        run = _CHUNK_OPENER.sub("", ", ".join(chunks[i:]))
        if _ITEM_PREPOSITION.search(run):
            continue            # "Kits for electric and hybrid cars": one phrase, not a list
        if run.split()[-1].lower().strip(".’'") in _NOT_GOODS | _PEOPLE:
            return []           # "Indian textile and apparel exporters": people, not goods
        goods = _list_or_one(run, known)
        if goods:
            goods = list(dict.fromkeys(goods + joined))
            return goods if len(goods) > 1 else []
    return []


def _list_or_one(np: str, known) -> list[str]:
    """The goods of a plain list ("A, B and C"), or of one short phrase of goods (three words at most)."""
    listed = listed_goods(np, known)
    if listed:
        return listed
    if len(np.split()) > 3 or "," in np:
        return []
    return known(np) or open_products(np)


def lead_products(text: str) -> list[str]:
    """Goods a sentence names up front: "For rapeseed, the deposit rate ...", a digest label "Wine: the 150% duty"."""
    m = _FOR_LEAD.match(text) or _HEAD_LABEL.match(text)
    if not m or _place_label(m.group("np")):
        return []
    return open_products(m.group("np"))


def head_label_span(text: str) -> tuple[int, int] | None:
    """Where a sentence's head label ("Wine:", "Bosnia and Herzegovina:") stands, None without one."""
    m = _HEAD_LABEL.match(text)
    return m.span("np") if m else None


def item_products(text: str) -> list[str]:
    """Goods a digest item's label names ("Apples: included in a trade deal for the first time."), for the
    item's later sentences that name none ("India's current 50 percent tariff will fall to 25 percent ...")."""
    m = _HEAD_LABEL.match(text)
    if not m or _place_label(m.group("np")):
        return []
    return open_products(m.group("np"))


def _place_label(label: str) -> bool:
    """A head label that names no goods: upper case ("KUALA LUMPUR:", a dateline; "CHINA CLOCK TICKING:", a
    newsletter's kicker) or several words all capitalised ("New York:", "Hong Kong:", a dateline in title case whose
    last word open_products would otherwise take for goods, round 27); goods labels capitalise their first word only
    ("Auto parts:", "Steel and aluminum:")."""
    words = label.split()
    return label.isupper() or (len(words) > 1 and all(w[0].isupper() for w in words))


# "Semi-knocked down (SKD) kits, which had been taxed at 25 per cent, are now charged 20 per cent", "Ethanol shipped
# from the United States, now taxed at 10% on arrival, will pay 5%", "Strawberry jam, however, stays on the list and
# will carry a 10 per cent tariff": the sentence's subject names the goods its rates are paid on
_SUBJECT_LEAD = re.compile(r"^(?P<np>[A-Z][^,;:%]{1,60}?)(?=,|\s+(?:which|that|now|still|will|would|was|were|is|are|has|"
                           r"have|had|pay|pays|paid|face|faces|faced|carry|carries|stays?|remains?|goes|go)\b)")
_PAYER_VERB = re.compile(r"\b(?:pay|pays|paid|paying|face|faces|faced|facing|carry|carries|carried|charged|taxed|attracts?|"
                         r"subject to|hit (?:by|with)|go(?:es)? from)\b", re.I)
_NOT_SUBJECT = frozenset("""however meanwhile still also instead yet now then today separately overall additionally
previously currently together under until since from after before in on at by for with as while when if but and
even both outside anything nothing something""".split())
_MEASURE_WORD = re.compile(r"\b(?:dut(?:y|ies)|tariffs?|lev(?:y|ies)|rates?|surtax\w*|measures?|quotas?|safeguards?)\b", re.I)
_SAID = re.compile(r"\b(?:said|says|say|told|noted|warned|wrote|argued|added)\b", re.I)


# (not "and a 5.77% countervailing duty": a second rate the same subject carries, round 19)
_NEXT_CLAUSE = re.compile(r",?\s+(?:and|while|but|whereas)\s(?!(?:an?|the)\s+(?:[\w-]+\s+)?[\d.]+\s?(?:%|per\s?cent|percent))|;")


def subject_lead_products(text: str) -> tuple[list[str], int]:
    """Goods the sentence's subject names when the sentence says they pay, face or carry its rates, and how far
    that clause reaches ("Canadian energy shipments now face a 10 per cent tariff, and nearly everything else ...
    25 per cent": the 25 is not energy's)."""
    m = _SUBJECT_LEAD.match(text)
    if not m:
        return [], 0
    np = re.sub(r"\s*\([^()]{1,30}\)", "", m.group("np"))
    words = np.split()
    pct = re.search(r"\d\s?(?:%|per\s?cent|percent)", text)
    if words[0].lower() in _NOT_SUBJECT or words[0].lower().endswith("ly") or not pct or _SAID.search(np) \
            or not _PAYER_VERB.search(text, m.end(), pct.start()) or _SAID.search(text, m.end(), pct.start()):
        return [], 0
    head = _CUT.sub("", " " + np).split()       # "Ethanol shipped from the United States": the goods before "from"
    names = [w for w in head[1:] if w[:1].isupper() and not lookup(w.rstrip(",")) and not _DEMONYM.match(w)]
    if names or (len(words) == 1 and not words[0].lower().endswith("s")) or _MEASURE_WORD.search(np):
        return [], 0            # "President Donald Trump", "Hyundai Motor and Kia", "Trump", "Annex": no goods
    got = open_products(np)
    if any(g.split()[-1].endswith("ed") for g in got):
        return [], 0            # "Beijing confirmed"
    nxt = _NEXT_CLAUSE.search(text, pct.end())
    return got, (nxt.start() if nxt else len(text))


_PEOPLE = frozenset("officials ministers lawmakers analysts economists traders buyers sellers executives".split())
_LIST_SPLIT = re.compile(r",\s*(?:and\s+|or\s+)?|\s+(?:and|or|&)\s+")
_LIST_END = re.compile(r"\s(?:and|or|&)\s+\S", re.I)


def _plain_item(part: str, item: str | None, lexical: bool) -> bool:
    """One item of a plain list of goods: not all goods, and when the lexicon does not know it, a short lowercase
    noun (not a name such as "Temu", a verb, a participle, people, or "similar products")."""
    words = item.split() if item else []
    if not words or words[0] in _ALL_GOODS or words[0] == "everything":
        return False
    if lexical:
        return True
    return not (len(words) > 2 or words[-1] in _ALL_GOODS or words[-1] in _VERBS or words[-1] in _PEOPLE
                or item not in part.lower() or part.strip()[-1:].isupper() or all(w[:1].isupper() for w in part.split())
                or (words[-1].endswith(("ed", "ing")) and words[-1] not in _ING_NOUNS))


def listed_goods(np: str, known) -> list[str]:
    """Every item of a plain list of goods, "A, B, C and D" (round 11): an item the lexicon knows (`known` gives its
    products) as the lexicon reads it, any other as `open_products` normalises one phrase ("American rum, brandy and
    vodka" -> rum, brandy, vodka; "flat-rolled steel, bars, rods, wire, angles and sections").  [] unless the phrase
    is such a list: two items or more, the last joined by "and"/"or", each a short phrase of goods; one item that is
    all goods ("and everything else", "other goods") or no goods at all makes it no plain list."""
    if not _LIST_END.search(np) or re.search(r"\s(?:including|such as|like|notably|especially|among them)\b|[(—–;:]",
                                             np):
        return []
    parts = [p for p in _LIST_SPLIT.split(np.strip()) if p.strip()]
    if len(parts) < 2 or not _LIST_END.search(np.rsplit(",", 1)[-1]):
        return []       # "steel and aluminum, due to start ...": the list ends before the comma
    out: list[str] = []
    for part in parts:
        lexical = known(part) if len(part.split()) <= 4 else []
        item = lexical if len(lexical) == 1 else ([_one(part)] if not lexical and len(part.split()) <= 4 else [])
        if not item or not _plain_item(part, item[0], bool(lexical)):
            return []       # "pasta, chocolate, biscuits and similar products": examples of a class, one measure
        out += item
    return list(dict.fromkeys(out))


# round 48 (xgoodsnull48): at most two nouns after a general goods word, which name the goods with it ("strawberry jam",
# "hardwood plywood", "vanilla beans"): lower case, no function word, verb form, party, class or trade-flow word
_NOUN_AFTER = re.compile(r"\s+([a-z][a-z’'-]*)")
GOODS_NOUNS_AFTER = 2


def goods_nouns_after(text: str, end: int) -> int:
    """Where the goods noun phrase whose first goods word ends at `end` ends."""
    for _ in range(GOODS_NOUNS_AFTER):
        m = _NOUN_AFTER.match(text, end)
        word = m.group(1) if m else ""
        if not word or word.endswith(("ing", "ed", "ly")) or word in _FUNCTION or word in _VERBS \
                or word in _NOT_GOODS or word in _ALL_GOODS or word in _TRAILING or word in _DET or word in _RANK \
                or word in NOT_GOODS_HEADS or _CUT.match(" " + word) or word in ("and", "or", "nor", "but"):
            break
        end = m.end()
    return end
