"""Article-level context shared by the fact extractors (sentences, countries, people)."""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter
from dataclasses import dataclass, field
from datetime import date

from . import gazetteer
from .constants import (BALANCE_CLAUSE_START, BALANCE_SIDES_AFTER, BALANCE_SIDES_BEFORE, COUNTRY_POINTER_BLOCS,
                        COUNTRY_POINTER_MENTION, COUNTRY_POINTER_OTHER_WORDS, COUNTRY_POINTER_SENTENCES,
                        HOME_STORY_MIN_SENTENCES, LEDE_SENTENCES, OWNED_BALANCE_AFTER, OWNED_FLOW_ONE_WORD_AFTER,
                        OWNED_GOODS_WORDS, OWNED_TRADE_AFTER, OWNED_TRADE_LEVEL_AFTER, SELF_POINTER_BALANCE,
                        SELF_POINTER_NOT_WORDS, SELF_POINTER_OPENING, SELF_POINTER_VERB, STATISTICS_AGENCIES,
                        AGENCY_DATA_REACH, AGENCY_DATA_WORDS)
from .gazetteer import Mention
from .people import PeopleIndex
from .text import Sentence, literal_alternation, split_sentences


_ITEM = re.compile(r"^[A-Z][\w.’'-]*(?:\s+[\w.’'-]+){0,3}:\s+\d")
# list items whose label is after the rate ("30%: South Africa, Algeria and Libya") or after a dash ("Syria – 41%")
RATE_FIRST_ITEM = re.compile(r"^\d+(?:\.\d+)?\s?(?:%|per\s?cent|percent)\s*(?::|\s[–—-])\s+(?=[A-Z])", re.I)
# what a bare-name heading may hold besides the country's name: markdown marks, "The"
_BARE_HEADING = re.compile(r"[\s#*_]*(?:the\s+)?[\s#*_:]*", re.I)
_LINE_NOT_TITLE = re.compile(r"[:\d|]")
_ITEM_DASH = re.compile(r"^[A-Z][\w.’'-]*(?:\s+[\w.’'-]+){0,3}\s+[–—-]\s+\d")
# a country owning the story's trade figures: "Taiwan's exports hit", "German exports to the US slide", "India's merchandise
# trade deficit", "Türkiye exported a record $25 billion", "China posts record half-year trade surplus" ("US imports" and
# "Chinese imports" are goods from there: a demonym owns exports only)
_FLOW_NOUN = (r"(?:(?:total|overall|merchandise|goods|monthly|annual|foreign|outbound|record)\s+){0,2}"
              r"(?:exports?\b|imports?\b|shipments\b|trade\s+(?:surplus|deficit|balance|gap)\b)")
_OWN_FLOW = re.compile(rf"['’]s\s+{_FLOW_NOUN}|\s+(?:exported|imported)\b"
                       r"|\s+(?:posts?|posted|records?|recorded|logs?|logged|runs?|ran)\s+(?:[\w$.,-]+\s+){0,5}?"
                       r"(?:exports|imports|trade\s+(?:surplus|deficit))\b")
_DEMONYM_FLOW = re.compile(r"\s+(?:(?:total|overall|merchandise|goods|monthly|outbound)\s+)?(?:exports|shipments)\b")
_OWNED_BALANCE = re.compile(OWNED_BALANCE_AFTER, re.I)
_OWNED_FLOW_ONE_WORD = re.compile(OWNED_FLOW_ONE_WORD_AFTER, re.I)
_OWNED_TRADE_LEVEL = re.compile(OWNED_TRADE_LEVEL_AFTER, re.I)
_OWNED_TRADE = re.compile(OWNED_TRADE_AFTER, re.I)
_POINTER = re.compile(COUNTRY_POINTER_MENTION)
_POINTER_OBJECT_BEFORE = re.compile(r"\b(?:on|from|against|with)\s+$", re.I)
_POINTER_OWNS_GOODS = re.compile(rf"\s+(?:[\w-]+\s+){{0,2}}?{OWNED_GOODS_WORDS}\b", re.I)
_SELF_OPENING = re.compile(SELF_POINTER_OPENING, re.I)
_SELF_VERB = re.compile(SELF_POINTER_VERB, re.I)
_SELF_BALANCE = re.compile(SELF_POINTER_BALANCE, re.I)
# "America's China trade deficit": a country after another's possessive is the partner, not the owner
_POSSESSIVE_BEFORE = re.compile(r"['’]s\s+(?:the\s+)?$")
_CLAUSE_START = re.compile(BALANCE_CLAUSE_START, re.I)
_SIDES_BEFORE = re.compile(BALANCE_SIDES_BEFORE, re.I)
_SIDES_AFTER = re.compile(BALANCE_SIDES_AFTER, re.I)
# a statistics agency's name as a word of its own (not inside a longer word: "ONS" in "ONSITE")
_AGENCY = re.compile(rf"\b(?:{literal_alternation(STATISTICS_AGENCIES)})\b")
_AGENCY_DATA = re.compile(AGENCY_DATA_WORDS, re.I)
# "tariffs on China's exports", "curbs against Chinese exports": a flow named as something else's object
_OBJECT_BEFORE = re.compile(r"\b(?:on|against|of|from|to|for|with|into|over|about|targeting|hit|hits|hitting)\s+(?:the\s+)?$", re.I)


@dataclass
class Context:
    body: str
    published: date | None
    sentences: list[Sentence] = field(default_factory=list)
    countries: list[Mention] = field(default_factory=list)
    people: PeopleIndex | None = None
    default_imposer: str | None = None
    main_country: str | None = None
    reporter: str | None = None       # the country whose trade figures the story reports (trade values; see story_reporter)
    _starts: list[int] = field(default_factory=list)
    first_mention: dict[str, int] = field(default_factory=dict)
    cued_imposers: dict[int, str] = field(default_factory=dict)   # sentence index -> imposer named there
    recent_targets: dict[int, str] = field(default_factory=dict)  # sentence index -> target of a measure there
    recent_global: set[int] = field(default_factory=set)          # sentence indexes with a global measure
    counted_groups: list = field(default_factory=list)           # (sentence index, members) of counted groups read
    regions: list[Mention] = field(default_factory=list)          # provinces: stand for their country in roles
    headings: list[int] = field(default_factory=list)             # sentence indexes of section headings
    items: list[int] = field(default_factory=list)                # digest items "Canada: 35% on ..." (first sentences)
    tariff_article: bool = False                                  # the body names a tariff somewhere
    story_goods: list = field(default_factory=list)               # a trade-remedy story's goods (tariffs._story_goods)
    country_remedy: bool = False                                  # the lede names an anti-dumping/anti-subsidy measure
    review_preliminary: bool = False                              # the lede reports a review's preliminary results
    story_frame: tuple | None = None                              # the lede dates the story's measure: (status, sentence)
    memo: dict = field(default_factory=dict, repr=False)  # per-article answers of pure helpers (speed), by (helper, args);
    #                                                       country_mentions: 7 calls in 10 repeat one

    @classmethod
    def build(cls, body: str, published: date | None) -> "Context":
        ctx = cls(body=body, published=published)
        ctx.sentences = split_sentences(body)
        ctx.countries = gazetteer.find_countries(body)
        ctx.regions = [Mention(s, e, iso, "region", body[s:e]) for s, e, iso in gazetteer.find_regions(body)]
        paras = Counter(s.para for s in ctx.sentences)
        ctx.headings = [i for i, s in enumerate(ctx.sentences)
                        if paras[s.para] == 1 and len(s.text.split()) <= 8 and not re.search(r"[.!?:;,”\"’')]$", s.text)]
        ctx.items = [i for i, s in enumerate(ctx.sentences)
                     if (i == 0 or ctx.sentences[i - 1].para != s.para) and (_ITEM.match(s.text) or RATE_FIRST_ITEM.match(s.text)
                                                                    or _ITEM_DASH.match(s.text))]
        ctx._starts = [m.start for m in ctx.countries]
        ctx.people = PeopleIndex(body)
        counts = Counter(m.iso3 for m in ctx.countries)
        for pm in ctx.people.mentions:
            if pm.person.country:
                counts[pm.person.country] += 1
        ctx.default_imposer = _default_imposer(ctx, counts)
        pointers = pointer_mentions(ctx)
        if pointers:
            # (a demonym inside the description is part of it: "the Indian Ocean nation's exports" is no India)
            inside = [(p.start, p.end) for p in pointers]
            kept = [m for m in ctx.countries if not any(s < m.start and m.end <= e for s, e in inside)]
            ctx._set_countries(kept + pointers)
        for m in reversed(ctx.countries):
            ctx.first_mention[m.iso3] = m.start
        non_us = [(n, iso) for iso, n in counts.items() if iso != ctx.default_imposer]
        if non_us:
            # most mentioned; ties go to the first mentioned
            first = {m.iso3: m.start for m in reversed(ctx.countries)}
            ctx.main_country = sorted(non_us, key=lambda t: (-t[0], first.get(t[1], 1 << 30)))[0][1]
        ctx.reporter = ctx.story_reporter()
        own = self_pointer_mentions(ctx)
        if own:
            ctx._set_countries(ctx.countries + own)
        return ctx

    def _set_countries(self, mentions: list[Mention]) -> None:
        """Replace the country mentions (a reading added after the first pass: description pointers, rounds 39-40) and
        forget what was worked out from the old ones."""
        self.countries = sorted(mentions, key=lambda m: m.start)
        self._starts = [m.start for m in self.countries]
        self.memo.clear()

    def story_reporter(self) -> str | None:
        """The implicit reporter of the story's trade figures (LABELING.md: "the story's country"): the first country of
        the headline, deck and lede that owns a trade flow ("Taiwan's exports hit ...", "German exports to the US slide");
        else the country of the statistics agency the headline, deck or lede names (round 39), else of the first one the
        story names further down (round 48); else the main country; else -- a story about one country's own trade that
        names no other ("Türkiye exported ...") -- the default imposer.  The mention count alone reads a Taiwan release
        naming China more often as China's."""
        lede_end = self.sentences[min(len(self.sentences), LEDE_SENTENCES) - 1].end if self.sentences else 0
        for m in self.countries:
            if m.start >= lede_end:
                break
            if self._owns_flow(m):
                return m.iso3
        return (self.release_country(lede_end) or self.cited_release_country() or self.main_country
                or self.default_imposer)

    def release_country(self, lede_end: int) -> str | None:
        """The country of the first statistics agency named before `lede_end` ("USDA sees farm trade deficit easing to
        $41.5 billion", "Eurostat reported on Friday that ..."): the story reports that agency's release, so its country
        is the reporter the figures leave implicit -- not the partner the story names most (round 39: d2135's USDA
        outlook and d2730's farm exports read for China, d2378's SARS release for Botswana, d1700's Eurostat surplus for
        China)."""
        agency = _AGENCY.search(self.body, 0, lede_end)
        return STATISTICS_AGENCIES[agency.group(0)] if agency else None

    def cited_release_country(self) -> str | None:
        """The country of the first statistics agency whose figures the story cites anywhere (AGENCY_DATA_WORDS near
        its name): round 48, a story whose lede names neither an owner of a flow nor an agency but tells the agency's
        figures further down ("Mexico set to top U.S. export markets ... according to U.S. Census Bureau data"; "Source:
        U.S. Census Bureau" under a plywood case's import rows) reports that agency's country's trade -- a country the
        story names besides the agency itself: "Separately, Eurostat figures showed the bloc's imports grew" at the end of
        a story about Vietnam's trade names no EU, and stays an aside (round 39)."""
        for agency in _AGENCY.finditer(self.body):
            iso = STATISTICS_AGENCIES[agency.group(0)]
            # (the name's own words left out: "Statistics Canada" is no citation of itself)
            lo, hi = max(0, agency.start() - AGENCY_DATA_REACH), agency.end() + AGENCY_DATA_REACH
            cited = _AGENCY_DATA.search(self.body, lo, agency.start()) or _AGENCY_DATA.search(self.body, agency.end(), hi)
            if cited and any(m.iso3 == iso and not agency.start() <= m.start < agency.end() for m in self.countries):
                return iso
        return None

    def _owns_flow(self, m: Mention) -> bool:
        if _OBJECT_BEFORE.search(self.body, max(0, m.start - 15), m.start):
            return False
        return bool(_OWN_FLOW.match(self.body, m.end) or (m.kind == "demonym" and _DEMONYM_FLOW.match(self.body, m.end))
                    or self._owns_balance(m) or self._owns_modified_flow(m))

    def _owns_modified_flow(self, m: Mention) -> bool:
        """The country owns a flow its possessive names with one word between ("Malaysia's November exports", "South
        Africa's preliminary trade surplus", "Korea's carmakers exported"): round 31, national-statistics stories whose
        reporter was read as a country the body names more often (d2098 Taiwan for Malaysia, d2107 Botswana for South
        Africa)."""
        return bool(_OWNED_FLOW_ONE_WORD.match(self.body, m.end) or _OWNED_TRADE_LEVEL.match(self.body, m.end))

    def _owns_balance(self, m: Mention) -> bool:
        """The country owns the story's trade balance or whole foreign trade, written attributively or possessively
        ("the US trade deficit barely moved", "China's foreign trade reaches ...", "the gap between what the United States
        imports and what it exports"): round 24, the US and Chinese
        national-statistics stories whose main country was read as the most-mentioned partner."""
        if _POSSESSIVE_BEFORE.search(self.body, max(0, m.start - 12), m.start):
            return False
        if _OWNED_TRADE.match(self.body, m.end) or (_SIDES_BEFORE.search(self.body, max(0, m.start - 20), m.start)
                                                      and _SIDES_AFTER.match(self.body, m.end)):
            return True
        bal = _OWNED_BALANCE.match(self.body, m.end)
        if not bal:
            return False
        # a possessive owns its balance anywhere; a name used attributively only where the phrase opens its clause
        return bal.group(0)[:1] in "'’" or bool(_CLAUSE_START.search(self.body, max(0, m.start - 30), m.start))

    def country_mentions(self, start: int, end: int, with_people: bool = True) -> list[Mention]:
        """Country mentions in [start, end), people standing for their country included (a new list each
        call; the Mentions are frozen and shared)."""
        key = ("country_mentions", start, end, with_people, len(self.countries), id(self.people))
        hit = self.memo.get(key)
        if hit is None:
            hit = self.memo[key] = tuple(self._country_mentions(start, end, with_people))
        return list(hit)

    def _country_mentions(self, start: int, end: int, with_people: bool) -> list[Mention]:
        i = bisect_left(self._starts, start)
        out = []
        while i < len(self.countries) and self.countries[i].start < end:
            if self.countries[i].end <= end:
                out.append(self.countries[i])
            i += 1
        if with_people and self.people is not None:
            for pm in self.people.mentions_in(start, end):
                if pm.person.country:
                    poss = self.body[pm.end:pm.end + 2] in ("’s", "'s")
                    out.append(Mention(pm.start, pm.end, pm.person.country, "person", self.body[pm.start:pm.end], poss))
        out.sort(key=lambda m: m.start)
        return out

    def sentence_index(self, pos: int) -> int:
        """Index of the sentence that holds offset `pos` (its start included); the sentences' starts are listed once
        per article."""
        starts = self.memo.get("sentence_offsets")
        if starts is None:
            starts = self.memo["sentence_offsets"] = [s.start for s in self.sentences]
        return bisect_right(starts, pos) - 1

    def alone_in_paragraph(self, i: int) -> bool:
        """Sentence i is the whole of its paragraph (a heading, a list line, a title)."""
        para = self.sentences[i].para
        return all(self.sentences[k].para != para for k in (i - 1, i + 1) if 0 <= k < len(self.sentences))

    def paragraph_first(self, i: int) -> int:
        """Index of the first sentence of sentence i's paragraph."""
        para = self.sentences[i].para
        while i > 0 and self.sentences[i - 1].para == para:
            i -= 1
        return i

    def section_start(self, sent_index: int) -> int:
        """Index of the last sentence before the section of sentence `sent_index` (-1 when none): a
        heading, or the sentence before a digest item (each item stands alone)."""
        return max(max((h for h in self.headings if h < sent_index), default=-1),
                   max((i - 1 for i in self.items if i <= sent_index), default=-1))

    def pointer_window_start(self, sent_index: int, default: int) -> int:
        """Where the country a description points back to ("the country's goods", "the bloc") is looked for: the start
        of the first of the COUNTRY_POINTER_SENTENCES before sentence `sent_index`, inside its section (`default` when
        the article has no such sentence).  Shared by roles._pointer_country and _pointer_antecedent."""
        first = max(self.section_start(sent_index) + 1, sent_index - COUNTRY_POINTER_SENTENCES, 0)
        return self.sentences[first].start if first < len(self.sentences) else default

    def heading_country(self, sent_index: int) -> str | None:
        """The country a bare-name section heading gives the section of sentence `sent_index` ("## Thailand",
        "<h2>Laos</h2>" in a country-by-country rundown): the heading is that country's name and nothing else."""
        # (a list's short lines pass for headings too: "Total volume: USD 81 billion"; a title has no colon, no digit)
        heading = max((h for h in self.headings if h < sent_index and not _LINE_NOT_TITLE.search(self.sentences[h].text)),
                      default=-1)
        if heading < 0:
            return None
        s = self.sentences[heading]
        named = [m for m in self.country_mentions(s.start, s.end, with_people=False) if not m.compound]
        if len(named) != 1 or not _BARE_HEADING.fullmatch(s.text.replace(named[0].text, "", 1)):
            return None
        return named[0].iso3

    def item_label_isos(self, sent_index: int) -> list[str] | None:
        """Countries named by the label of the digest item sentence `sent_index` opens (None: not an item)."""
        if sent_index not in self.items:
            return None
        s = self.sentences[sent_index]
        first = RATE_FIRST_ITEM.match(s.text)
        if first:           # "30%: South Africa, Algeria and Libya": the label is the rest of the line
            return [m.iso3 for m in self.country_mentions(s.start + first.end(), s.end) if m.kind != "person"]
        dash = _ITEM_DASH.match(s.text)
        colon = s.text.find(":") if not dash else len(dash.group(0).rstrip("0123456789").rstrip(" –—-"))
        return [m.iso3 for m in self.country_mentions(s.start, s.start + colon) if m.kind != "person"]

    def region_mentions(self, start: int, end: int) -> list[Mention]:
        return [m for m in self.regions if start <= m.start and m.end <= end]

    def country_codes(self) -> list[str]:
        return sorted({m.iso3 for m in self.countries})


def pointer_mentions(ctx: Context) -> list[Mention]:
    """Round 39: the descriptions of a country that stand where its name would as a party -- an owner of goods ("the
    bloc's carmakers", "the Indian Ocean nation's exports") or a preposition's object ("duties of 39% on imports from
    the wealthy Alpine country", "pork imported from the bloc") -- as mentions of the country they point back to.  Not
    every description: "brought into the country", "the country will introduce" are often the imposer's own, and
    counting them into the story's main country moved the reporter of whole statistics stories (d182, d347)."""
    out = []
    for p in _POINTER.finditer(ctx.body):
        owner = p.group("poss") and _POINTER_OWNS_GOODS.match(ctx.body, p.end())
        partner = not p.group("poss") and _POINTER_OBJECT_BEFORE.search(ctx.body, max(0, p.start() - 10), p.start())
        if not (owner or partner) or set(p.group("words").lower().split()) & COUNTRY_POINTER_OTHER_WORDS:
            continue
        iso = _pointer_antecedent(ctx, p.start(), p.group("pointer").lower())
        if iso:
            end = p.end("pointer")
            out.append(Mention(p.start(), end, iso, "name", ctx.body[p.start():end], bool(p.group("poss"))))
    return out


def self_pointer_mentions(ctx: Context) -> list[Mention]:
    """Round 40: a description standing as the subject of a clause ("The Andean country has added a 30% tariff", "the
    country will introduce a new 25% tariff", "the country exported goods worth R188bn") or owning a balance ("the
    country's merchandise trade balance swung ...") is the story's own country (`_own_country`), not a partner named
    before it: the description a story uses for the country it is about, where pointer_mentions reads the one it
    passes to as a party.  Read after the reporter, so that the story's country is not read from itself."""
    own = _own_country(ctx)
    if own is None:
        return []
    taken = {(m.start, m.end) for m in ctx.countries}
    out = []
    for p in _POINTER.finditer(ctx.body):
        words = set(p.group("words").lower().split())
        if (p.start(), p.end("pointer")) in taken or words & (COUNTRY_POINTER_OTHER_WORDS | SELF_POINTER_NOT_WORDS):
            continue
        if not (_self_subject(ctx, p) or (p.group("poss") and _SELF_BALANCE.match(ctx.body, p.end()))):
            continue
        iso = _self_pointer_country(ctx, p, own)
        if iso:
            end = p.end("pointer")
            out.append(Mention(p.start(), end, iso, "name", ctx.body[p.start():end], bool(p.group("poss"))))
    return out


def _self_pointer_country(ctx: Context, p: re.Match, own: str) -> str | None:
    """The story's own country, where the description's sentence and the two before name it or name no country; none
    where they name only others (a U.S. story's "Imports of medicines into the United States shot up ... The country
    imported"; a tracker's "a 25% levy on goods from India because the country buys Russian oil"). "The bloc" only where
    the own country is the EU and no name qualifies it ("the Mercosur bloc")."""
    noun = p.group("pointer").lower()
    qualified = p.group("words") != p.group("words").lower()
    if noun in COUNTRY_POINTER_BLOCS and (COUNTRY_POINTER_BLOCS[noun] != own or qualified):
        return None
    k = ctx.sentence_index(p.start())
    named = {m.iso3 for m in ctx.country_mentions(ctx.pointer_window_start(k, p.start()), p.start(), with_people=False)
             if not m.compound}
    return own if own in named or not named else None


def _own_country(ctx: Context) -> str | None:
    """The story's own country: the default imposer when the story is about another country's measure (a home story:
    Colombia's decree, South Africa's release), else the story's reporter (the country it is about)."""
    if ctx.default_imposer and ctx.default_imposer != "USA":
        return ctx.default_imposer
    return ctx.reporter


def _self_subject(ctx: Context, p: re.Match) -> bool:
    """The description opens a clause (the sentence's start, a comma, a conjunction) and a verb follows it."""
    if p.group("poss"):
        return False
    k = ctx.sentence_index(p.start())
    lo = ctx.sentences[k].start if k >= 0 else 0
    opens = p.start() == lo or bool(_SELF_OPENING.search(ctx.body, max(lo, p.start() - 12), p.start()))
    return opens and bool(_SELF_VERB.match(ctx.body, p.end()))


def _pointer_antecedent(ctx: Context, at: int, noun: str) -> str | None:
    """The one country other than the default imposer (a party description is the imposer's partner) named before the
    description in its sentence and the COUNTRY_POINTER_SENTENCES before it, inside its section (names, demonyms,
    capitals; not a pair's compound nor a person); none when two are named (a list: "Denmark, Sweden, ... unless a deal
    on the Arctic island"); "the bloc" the EU when named."""
    k = ctx.sentence_index(at)
    if k < 0:
        return None
    named = {m.iso3 for m in ctx.country_mentions(ctx.pointer_window_start(k, at), at, with_people=False)
             if not m.compound and m.iso3 != ctx.default_imposer}
    if noun in COUNTRY_POINTER_BLOCS:
        return COUNTRY_POINTER_BLOCS[noun] if COUNTRY_POINTER_BLOCS[noun] in named else None
    return named.pop() if len(named) == 1 else None


def _default_imposer(ctx: "Context", counts: Counter) -> str | None:
    """The imposer of a tariff whose text names none.  2025 trade news: a U.S. tariff -- unless the article barely
    involves the U.S. (a Mexican decree on Asian steel): then its main country; and a whole story that never names the
    U.S. (nor Trump) is another country's measure however rarely it names that country (India's budget, Pakistan's duty
    slabs: "the government", "basic customs duty")."""
    us_signal = counts.get("USA", 0) + len(re.findall(r"\bTrump\b", ctx.body))
    others = [(n, iso) for iso, n in counts.items() if iso != "USA"]
    top = max(others) if others else (0, None)
    # (named, not only as a demonym: "the levy on Japanese automobiles" alone names the payer; and a whole story:
    # an excerpt of a few sentences that names no U.S. is no evidence against the U.S. default)
    named = {m.iso3 for m in ctx.countries if m.kind != "demonym"}
    few = top[0] < 3 and (us_signal > 0 or top[1] not in named or len(ctx.sentences) < HOME_STORY_MIN_SENTENCES)
    return "USA" if us_signal >= 3 or us_signal * 2 >= top[0] or few or top[1] is None else top[1]
