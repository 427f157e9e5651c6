"""Trade values: money amounts tied to trade between countries.

An amount counts when its clause talks about trade (trade, exports, imports, deficit, surplus,
goods, or a measure covering goods) and not about revenue, aid, investment, prices and the like.
Kind: countermeasure_coverage when the amount is the value of goods a tariff/measure covers
("counter-tariffs on C$30 billion of US goods"), else deficit/surplus, else the trade word nearest
to the amount (exports / imports / total_trade), else `other`.
Year: explicit year in the clause, then the sentence; "last year"/"this year" against `published`.
Parties: countries in the clause, then the sentence, then the previous sentences; for coverage the
[imposer, target] of the measure.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache

from . import roles, trade_model
from .constants import (AMOUNT_TAKEN_AWAY, ANAPHORIC_PARTNER, BACK_FLOW_BEFORE_PARTNER, BACK_FLOW_WAY, BACK_NOT_PARTNER,
                        BACK_POINTER_BARE_NOUN, BACK_POINTER_NOUN, BACK_POINTER_PRONOUN, BACK_SENTENCES,
                        BACK_WORLD_WORD, BASE_YEAR_BEFORE, BLOC_APPOSITIVE_BEFORE, BLOC_FRAME_BEFORE,
                        BLOC_MODIFIER_AFTER, BRACKET_BASE_PERIOD, BY_AMOUNT, CALENDAR_PERIOD,
                        CARRIED_FLOW_REPORTER_FIRST, CHANGED_BY_WINDOW,
                        CHANGE_HEDGE, CHANGE_NOUNS, CHANGE_VERBS, CHANGE_VERB_ANY, CODELESS_GROUP, COMPARED_PERIOD_CUE,
                        COUNTRY_ROW_LABEL, COVER_BETWEEN_OWN_VERB, COVER_VERB_DIRECT, COVER_VERB_THROUGH_GOODS,
                        DATELINE, DAY_DATE_BEFORE_YEAR, DIFFERENCE_AFTER_AMOUNT, DIFFERENCE_APPOSITION,
                        DIFFERENCE_BY_BEFORE, DIFFERENCE_COMPARATIVE, DIFFERENCE_LEVEL_AFTER, DIFFERENCE_LEVEL_BEFORE,
                        DIFFERENCE_NOUNS, DIFFERENCE_NOUN_AFTER, DIFFERENCE_SIDES_AFTER, DIFFERENCE_SIDES_WINDOW,
                        EARNED_BEFORE, EARNED_CONTEXT, EARNED_NOT_TRADE_BEFORE, EU_MEMBER_STATES,
                        EXPORTER_AFTER_COUNTRY, EXPORTER_RELATIVE, EXTRA_AMOUNT, FISCAL_PERIOD, FLOW_BALANCE_LEFT,
                        FLOW_BALANCE_OWNED, FLOW_BALANCE_RUN, FLOW_DEMONYM_GOODS, FLOW_FROM_BEFORE, FLOW_OWNER_EXPORTS,
                        FLOW_OWNER_IMPORTS, FLOW_OWN_VERB, FLOW_STRETCH_CUT, FLOW_SUBJECT_BUYS, FLOW_SUBJECT_MARKET,
                        FLOW_SUBJECT_PLEDGES_BUY, FLOW_SUBJECT_SELLS, FLOW_TO_BEFORE, FLOW_WITH_BEFORE, FRONTED_PARTNER_AFTER,
                        FRONTED_PARTNER_BEFORE, GOODS_BROUGHT_IN_AFTER, GOODS_ROW_KINDS, GROUP_MIN_MEMBERS,
                        HEADLINE_SENTENCES, INVESTIGATION_SUBJECT, ISO_DATE_AFTER_YEAR, LEDE_DAY_AFTER_MONTH,
                        LEDE_DAY_BEFORE_MONTH, LEDE_REPORT_MONTH, LEDE_SENTENCES, LEVEL_NONFINITE, LEVEL_SAYING,
                        LEVEL_SIDE_CLAUSE, LEVEL_VERB_PAST, LEVEL_VERB_PRESENT, LIST_HEADING_WORDS, LIST_ROW_CHARS,
                        LIST_ROW_GAP, LIST_ROW_LABEL, MARKET_AFTER_COUNTRY, MARKET_BEFORE_COUNTRY, MARKET_TAKER_AFTER,
                        MEASURE_REACHES, MEASURE_STORY_SENTENCES, MONTH_ABBR, MONTH_OWNER, MONTH_RANGE_END,
                        NAMED_PAIR_BEFORE, NAMED_PAIR_JOIN, NON_ISO_TARGETS, NON_TRADE_MONEY, NO_DEAL_COUNTRY_CHARS,
                        NO_DEAL_PARTNERS, NUMERIC_DATE_BEFORE_YEAR, OTHER_DIRECTION_WORDS, OWN_MONTH_AFTER,
                        OWN_PERIOD_AFTER, PAIR_PRONOUN, PARTNER_JUST_AFTER_AMOUNT, PART_AFTER_WHOLE, PERCENT_UNIT,
                        PERIOD_BACKREF, PRONOUN_ADJUNCT, PRONOUN_LEVEL_VERB, PRONOUN_MARKET_AFTER,
                        PRONOUN_MARKET_SUBJECT, PRONOUN_PLURAL_FLOWS, PRONOUN_SHARE_PART, PRONOUN_SINGULAR_FLOWS,
                        PRONOUN_SUBJECT, QUOTATION, QUOTED_CHANGE, RANGE_BETWEEN, RANGE_GAP, RANGE_NOT_AFTER, RANGE_OF,
                        RANKING_LINK, RANKING_OPENING_TAIL, RANKING_ORDINAL, RANKING_ROLE_NOUNS, RANKING_ROW_JOIN,
                        RANKING_ROW_TAIL, RECORD_SINCE, REPORT_LAG_MONTHS, RESPECTIVELY_WINDOW, ROW_GOODS_WORDS,
                        ROW_MARKET_WORDS, ROW_SUPPLIER_WORDS, SAME_PERIOD_BACKREF, SAME_PERIOD_SENTENCES,
                        SHARE_WHOLE_AFTER, SIDES_BALANCE, SIDES_TAIL_STOP, SIDE_CLAUSE_CUE, SIDE_FLOW_BEFORE,
                        STORY_CURRENCY_NAMES, STORY_FLOW_JOIN, STORY_FLOW_WORDS, STORY_OTHER_DIRECTION,
                        STORY_WORLD_NEAR, STORY_WORLD_NOT_FLOW, STORY_WORLD_WORD, SUBJECT_ADJUNCT, SUBJECT_DETERMINER,
                        SUBJECT_KIND_NOUNS, SUBJECT_LEVEL_TAIL_END, SUBJECT_LEVEL_VERB, SUBJECT_OPENING,
                        SUBJECT_TAIL_STOP, SUPPLIER_AFTER_COUNTRY, TARIFF_NOUNS, THAN_BASE_BEFORE_YEAR, TRADE_CONTEXT,
                        TOTAL_BETWEEN_BEFORE, TOTAL_OWNER_PARTNER_AFTER, TOTAL_PAIR_JOIN,
                        TOTAL_PARTNER_OF_BEFORE, TOTAL_TWO_WAY_WORDS, TOTAL_WITH_BEFORE,
                        TRADE_KIND_CUES, TRAILING_CLAUSE_OPENER, WHOLE_AFTER_SHARE, WHOLE_SHARE, WHOLE_WHICH_VERB,
                        WORLD_ADVERB)
from .context import Context
from .gazetteer import Mention
from .money import CURRENCY_HINT, SPELLED_HINT, Money, amount, elided_currency, find_money
from .text import Sentence, clause_spans
from .unit_tables import unit_tables

_NON_ISO = re.compile(rf"\b(?:{NON_ISO_TARGETS})\b")
_CURRENCY_WORD = re.compile(r"[€£¥₹₩]|\bRs\.?\s?\d|dollars|pesos|euros?\b|pounds|francs|yuan|renminbi|\byen\b|rupees|\bwon\b|reais|reals"
                            r"|\b(?:USD|CAD|MXN|EUR|GBP|JPY|CNY|RMB|INR|KRW|BRL|CHF)(?![A-Za-z])")
_TRADE_CONTEXT = re.compile(rf"\b{TRADE_CONTEXT}\b", re.I)
_NON_TRADE = re.compile(rf"\b{NON_TRADE_MONEY}\b", re.I)
# direction words before the generic cues ("inbound shipments" are imports, "goods brought in from America", "the
# value of goods China bought and sold abroad" is two-way trade; "exports exceeded its imports by 16.9 billion dollars",
# "the value by which exports exceed imports" is the balance)
_DIRECTION_CUES = (("trade_surplus", r"exports?\b[^.;,$]{0,30}?\b(?:exceed\w*|outstrip\w*|outpac\w*|topp\w*)\s+(?:its\s+|their\s+|the\s+)?imports?"),
                   ("trade_deficit", r"imports?\b[^.;,$]{0,30}?\b(?:exceed\w*|outstrip\w*|outpac\w*|topp\w*)\s+(?:its\s+|their\s+|the\s+)?exports?"),
                   ("total_trade", r"bought and sold|sold and bought"),
                   # "shipped in from China" is inbound, "the $59.1 billion shipped in the same period last year" is a date
                   ("imports", r"inbound\s+(?:shipments?|trade|goods)|brought\s+in(?:to)?|shipped\s+in(?:to\b|(?=\s+from\b))"),
                   ("exports", r"outbound\s+(?:shipments?|trade|goods)"))
_KINDS = [(kind, re.compile(rf"\b(?:{rx})\b", re.I)) for kind, rx in _DIRECTION_CUES + TRADE_KIND_CUES]
_COVERAGE_BEFORE = re.compile(
    rf"(?:\b(?:{TARIFF_NOUNS}|retaliat\w*|measures?|list|round|wave|tranche|batch|rate|package|increases|hikes)\b|\d\s?(?:%|per\s?cent\b|percent\b))(?:[^.;]|(?<=\b[A-Z])\.){{0,80}}?\b(?:on|covering|cover|covers|against|targeting|targets?|targeted|affecting|hitting|hit|hits|worth|reach|reaches)\s+"
    r"(?:(?:about|roughly|some|nearly|almost|around|more than|over|up to|an additional|another|a further|an estimated|the|a|its|first|second)\s+)*$",
    re.I,
)
# "when Washington taxed €8bn worth of European steel", "The imports affected are worth US$55bn"
# "covered EU dairy shipments worth more than $506 million", "the biggest single item, covering almost €11 billion"
_COVERAGE_VERB = re.compile(r"(?:\b(?:taxed|taxes|taxing)\s+|\b(?:imports|exports|goods|products)\s+(?:affected|covered|targeted|hit)\s+(?:are|were|is|was)\s+worth\s+"
                            r"|\b(?:cover|covers|covered|covering)\s+(?:[\w.’'-]+\s+){0,4}?(?:goods|shipments|imports|exports|products|merchandise)\s+worth\s+"
                            r"|\b(?:covering|covers)\s+)"
                            r"(?:(?:about|roughly|some|nearly|almost|around|approximately|more than|over|up to|an estimated)\s+)*$", re.I)
# "Indian exports covered by the US auto measure: $2.895 billion a year": the goods a measure covers
# "about $48.2 billion of exports are affected": the goods a measure reaches, said after the amount
_AFFECTED_AFTER = re.compile(r"\s*(?:worth\s+)?of\s+(?:[\w.\-’']+\s+){0,3}?(?:goods|products|imports|exports|shipments|trade)\s+"
                             r"(?:are|were|is|was|would be|will be|could be|to be)\s+(?:affected|covered|hit|targeted)\b", re.I)
_COVERED_BY = re.compile(rf"\b(?:covered|affected|hit|targeted|caught)\s+by\s+[^.;]{{0,50}}?\b(?:{TARIFF_NOUNS}|measures?|countermeasures?)\b"
                         r"[^.;]{0,15}$", re.I)
# "… a further C$14.2 billion in other U.S. imports, for a total of C$29.8 billion": the sum of the amounts before
_TOTAL_OF = re.compile(r"\b(?:a total of|a combined|in total|totall?ing)\s+(?:about\s+|roughly\s+|some\s+)?$", re.I)
# a trade verb governs the amount ("which sold about $130 billion worth of goods"), or a relative clause after it
# says what the goods are ("$19 billion in goods that the two countries traded"): a flow, not a measure's coverage
_FLOW_VERB_BEFORE = re.compile(r"\b(?:sold|sells|bought|buys|buy|purchase|shipped|ships|exported|imported|traded)\s+(?:[\w’']+\s+){0,3}?"
                               r"(?:(?:about|roughly|some|nearly|almost|around|approximately|more than|over)\s+)*$", re.I)
_FLOW_RELATIVE_AFTER = re.compile(r"^\s*(?:worth\s+)?(?:of|in)\s+(?:[\w.\-’']+\s+){0,3}?(?:goods|products|imports|exports|items|merchandise)"
                                  r"\s+(?:that|which)\s+(?:[\w.’']+\s+){0,4}?(?:traded|sold|bought|exported|imported|shipped)\b", re.I)
# purchase pledges ("Indonesia will buy ... $15 billion of US energy", "the EU pledged ... $750 billion of purchases",
# "committed to buying", "the EU's intention to buy ... through 2028"): imports [buyer, seller], year null (LABELING.md)
_PLEDGE_WORD = re.compile(r"\b(?:will|would|shall|pledg\w*|commit\w*|agree\w*|intend\w*|intention|promis\w*|vow\w*|(?:is|are) to|deal)\b"
                          r"|\b(?:by|through|until)\s+20[2-4]\d\b", re.I)
_PURCHASE = re.compile(r"\b(?:buy|buys|buying|purchas\w*)\b", re.I)
# the amount's own noun says what it is: "... and $750 billion of purchases of American energy"
_OWN_TRADE_NOUN = re.compile(r"\s*(?:worth\s+)?(?:of|in)\s+(?:[\w.\-’']+\s+){0,2}?(?:purchases|imports|exports|goods|products|shipments)\b", re.I)
_TRADE_IN = re.compile(r"^\s*(?:of|in)\s+(?:bilateral\s+|two-way\s+|goods\s+|merchandise\s+)*trade\b", re.I)
_BALANCE_BEFORE = re.compile(r"\b(?:surplus|deficit|gap)\s+(?:of|at|to|was|is|reached|hit|stood at)\s+(?:(?:about|roughly|some|nearly|almost|around|more than|over)\s+)*$", re.I)
_COVERAGE_PERIOD = re.compile(r"\s+(?:(?:worth|of goods|of imports|of exports)\s+)?(?:in|during|for|of)\s+(?:calendar\s+|fiscal\s+|the\s+)?"
                              r"(?P<y>(?:19[89]\d|20[0-4]\d)(?:[-–/]\d{2})?)(?!\d)(?!\s*[-–/]?\s*\d)")
# the amount is money of another sort, whatever the clause says: "$1.91 billion in duties", "$121,000 per vehicle"
# ("half a billion dollars in tariff expenses", "$2 billion in tariffs": money paid in tariffs is a cost or revenue; on dev
# 14 such amounts, none labelled, round 25b)
_OTHER_MONEY_AFTER = re.compile(r"\s*(?:(?:in|of)\s+(?:new\s+|additional\s+|extra\s+|annual\s+|customs\s+)?(?:duties|duty|revenues?|subsidies|aid|investments?|loans?|taxes|fines|refunds?"
                                r"|tariffs|tariff\s+(?:costs?|expenses|bills?|payments?))\b"
                                r"|(?:a|per|each)\s+(?:barrel|tonne|ton|pound|kilogram|kg|unit|vehicle|car|hour|head|share|piece)\b)", re.I)
# "... tariffs on $30 billion ... and will expand them to a further $125 billion"
_EXPAND_TO = re.compile(r"\b(?:expand\w*|extend\w*|widen\w*|broaden\w*)\s+(?:them|it|the\s+[\w-]+)\s+to\s+(?:cover\s+)?"
                        r"(?:(?:a further|another|an additional|a total of|about|some|nearly)\s+)?$", re.I)
_COVERAGE_AFTER = re.compile(r"^\s*(?:worth\s+)?(?:of|in)\s+(?:[\w.\-’']+\s+){0,3}?(?:goods|products|imports|exports|items|merchandise)\b", re.I)
_COMPARED = re.compile(r"\b(?:up|down)\s+from\s+(?:about\s+|roughly\s+|nearly\s+)?$|\b(?:compared (?:with|to)|versus|vs\.?|from)\s+$", re.I)
# ("in the same month of 2024" states its year: the year found is already the figure's, nothing to subtract)
_YEAR_EARLIER = re.compile(r"\)?\s*(?:a year (?:earlier|ago|before)|(?:of\s+)?the (?:previous|prior|preceding) year|(?:of\s+)?the year before|in the same (?:month|period|quarter) (?:a year earlier|last year))")
_EXCLUDING = re.compile(r"\b(?:other than|except|excluding|apart from|outside(?: of)?|besides)\s+(?:the\s+)?$")
# imports "of American products", "$3 billion of Australian beef": the goods' country is the seller
_OF_SELLER = re.compile(r"\bof\s+(?:the\s+)?$")
_COUNTERPART_BEFORE = re.compile(r"(?<!according )\b(?:to|from|into)\s+(?:the\s+)?$")
# "surplus with US", "deficit with the United States": the partner of a balance
_BALANCE_WITH = re.compile(r"\b(?:surplus|deficit|gap|balance)\s+with\s+(?:the\s+)?$", re.I)
# "higher US duties": a country naming a measure, not a trade party
_MEASURE_AFTER = re.compile(r"\.?\s+(?:tariffs?|duties|duty|levies|levy|sanctions|surtax\w*|measures)\b", re.I)
# ", with the U.S. taking nearly half", ", with the US the single largest buyer": a share, not the partner
_SHARE_BEFORE = re.compile(r",\s*with\s+(?:the\s+)?$")
_SHARE_AFTER = re.compile(r"\.?\s+(?:taking|accounting|account|making up|the (?:single )?(?:largest|biggest|top|main))\b")
# "98% of that went to the United States", "more than 80 percent of which went to the neighboring United States",
# "making the U.S. the largest buyer": the partner's share of a figure with the world, not its partner
_SHARE_OF = re.compile(r"\b(?:\d+(?:\.\d+)?\s?(?:%|per\s?cent|percent)|half|a third|two-thirds|a quarter|three-quarters|most|the bulk|the majority)"
                       r"\s+of\s+(?:that|which|it|this|these|those|them|the total)\b[^.;]{0,40}?\b(?:to|from|for|in)\s+(?:the\s+)?"
                       r"(?:neighbou?ring\s+)?$", re.I)
_MAKING = re.compile(r"\bmaking\s+(?:the\s+)?$")
# "Figures from the Korea International Trade Association": a source named after a country, not a partner
_ORG_AFTER = re.compile(r"\.?\s+(?:[A-Z][\w&]*\s+){0,3}?(?:Association|Institute|Ministry|Bank|Agency|Office|Bureau|Chamber|Council"
                        r"|Federation|Service|Administration|Department|Customs|Statistics|Commission|Board|Authority)\b")
_LEADING_YEAR_EARLIER = re.compile(r"\s*(?:A|One) year (?:earlier|ago|before)\b")
_TO_WORLD = re.compile(r"\b(?:(?:to|from|with)\s+(?:the world(?!['’]s)|all (?:countries|partners|trading partners|markets|destinations))|worldwide)\b", re.I)
_WORLD = re.compile(r"\b(?:the world(?!['’]s)|world(?!['’]s)|global|worldwide|all (?:countries|partners|trading partners|markets|destinations)|overall)\b")
_YEAR = re.compile(r"(?<!\d)(?:19[89]\d|20[0-4]\d)(?!\d)")
# "in the 2024-25 fiscal year", "FY 2023-24": the figure is for the year the fiscal year ends in
_FISCAL = re.compile(r"(?<!\d)(?P<y>(?:19[89]\d|20[0-4]\d))[-–/](?P<e>\d{2})(?!\d)")
# "FY25", "in FY24": the fiscal year that ends in 2025, 2024 (a four-digit "FY2025" is read as the year itself)
_FY = re.compile(r"\bFY\s?['’]?(?P<y>[0-4]\d)(?![\d\-–/])")
# "a year", "annually", "per year" anywhere in the sentence: a rate of trade with no period of its own ("Two-way trade
# runs to roughly US$2.8 billion a year, of which ... US$900 million")
_PER_YEAR = re.compile(r"\b(?:a|per|each|every)\s+year\b(?!\s+(?:earlier|ago|before|after|later))|\bannually\b|\byearly\b", re.I)
# "20.9 billion euros ($23.6 billion)": the same amount in another currency
_CONVERSION = re.compile(r"\s*\((?:about|roughly|around|some|nearly|or)?\s*$")
# "$28bn of European exports, or roughly €25.6bn": the same amount in another currency after ", or"
_OR_CONVERSION = re.compile(r"\s*(?:(?:of|in|worth)\s+(?:[\w.\-’']+\s+){0,3}?[\w.\-’']+)?,\s*or\s+(?:about|roughly|around|some|nearly|almost)?\s*$")


def _restates(text: str, before: Money, mo: Money) -> bool:
    """mo restates the amount just before it in another currency ("20.9 billion euros ($23.6 billion)")."""
    return bool(_CONVERSION.fullmatch(text, before.end, mo.start)) or (
        before.currency != mo.currency and bool(_OR_CONVERSION.fullmatch(text, before.end, mo.start)))
# rates and commitments have no period of their own: "$3.6 billion a day", "agreed to buy $15 billion"
# (a forecast is dated like a recorded level, LABELING.md: "had expected the March gap to come in at $16 billion",
# "expects exports of US$344.9 billion for the year"; "up 8.8% on an annual basis" is a comparison, not a rate a year)
_NO_PERIOD = re.compile(r"\b(?:a|per|each|every)\s+(?:day|week|year)\b(?!\s+(?:earlier|ago|before))|\bannual(?:ly)?\b(?!\s+basis)"
                        r"|\b(?:will|would|could|shall|commit\w*|pledg\w*|agree\w*|promis\w*|plans?|planned|aims?|target\w*)\b", re.I)
_PAIR_WORDS = re.compile(r"\b(?:between the (?:two )?(?:countries|nations|sides|neighbou?rs|economies)|bilateral|two-way)\b"
                         rf"|{PAIR_PRONOUN}", re.I)
_LAST_YEAR = re.compile(r"\b(?:last year|in the past year|over the past year|the past year)\b", re.I)
_THIS_YEAR = re.compile(r"\b(?:this year|so far this year|year to date|this past year|(?:in the )?first (?:half|quarter)(?! of \d)"
                        r"|(?:first|past|last)\s+(?:\w+\s+)?(?:months|quarters?|half) of (?:the|this) year)\b", re.I)

_THIS_YEAR_ONLY = re.compile(r"\b(?:this year|so far this year|year to date|this past year)\b", re.I)

# ("topping the US$428.1 billion set in 2022": the record beaten is a compared amount with its own period)
# (the "from <amount>" branch ends at the amount: it has no trailing space of its own; so do "against <amount>" and
# "90 per cent on the <amount>", the compared figure of "the surplus was €17.4 billion, against €11.6 billion in 2024")
_COMPARISON = re.compile(r"\b(?:(?:(?:down|up|rising|falling|rose|fell|increas\w+|decreas\w+)\s+from|than|above|below|compared (?:with|to)|versus|vs\.?)\s"
                         r"|(?:from|against|(?:topping|surpassing|beating|eclipsing)\s+(?:the\s+)?|(?<=%)\s+on\s+(?:the\s+)?"
                         r"|(?:per ?cent|percent)\s+on\s+(?:the\s+)?)\s*"
                         r"(?=(?:about |roughly |nearly |less than |more than )?(?:US\$|C\$|A\$|USD|[$€£¥₹]|\d)"
                         r"|the (?:US\$|C\$|A\$|NZ\$|USD|[$€£¥₹₦])))", re.I)   # "a turnaround from the $4.46 billion deficit"
_STRETCH_END = re.compile(r"[,;]|$")
# a compared amount and its own period, before another amount: "from $71.71 billion in March 2024"
# ("more than $5 billion in 2024" is an amount of its own: "than", "above", "below" are no comparison here)
_COMPARED_STRETCH = re.compile(r"\b(?:from|against|compared (?:with|to)|versus|vs\.?|(?<=%)\s*on(?:\s+the)?|(?:per ?cent|percent)\s+on(?:\s+the)?)"
                               r"\s+(?:about |roughly |nearly |some |around )?(?:US\$|C\$|A\$|USD|[$€£¥₹]|\d)", re.I)
_LAST_MONTH = re.compile(r"\blast month\b", re.I)
# the preposition in either case: a sentence-initial "In December, exports grew ..." names its month as "in December"
# does (round 39); the month itself stays capitalised, so "may" and "march" as words are no months
_MONTH = re.compile(r"\b(?i:in|during|for|since|through|between)\s+(?P<m>Jan(?:uary)?|Feb(?:ruary)?|March|April|May|June|July|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\b(?!\s+\d)")
_MONTH_NO = {m: i for i, m in enumerate(["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"], 1)}


_OWN_MONTH_AFTER = re.compile(OWN_MONTH_AFTER, re.I)
_NEXT_AMOUNT_OR_STOP = re.compile(r"[,;:]|(?:[$€£¥₹₦฿₩]|\bRs\.?\s?)\s?\d|\d[\d.,]*\s*(?:trillion|billion|million|bn|tn|trn|mn)\b", re.I)


def _own_month_year(text: str, anchor: int, anchor_end: int, published) -> int | None:
    """The year of a month the amount's own stretch names right after it, with no year of its own (constants.py
    OWN_MONTH_AFTER): the latest such month not after publication.  A bare "in <Month>" yields to a year stated before
    the amount outside a compared amount's stretch ("In 2024, exports reached $X in April" is April 2024's)."""
    if published is None:
        return None
    stop = _NEXT_AMOUNT_OR_STOP.search(text, anchor_end)
    m = _OWN_MONTH_AFTER.match(text[anchor_end:stop.start() if stop else len(text)])
    if m is None:
        return None
    if m.group("cue").lower() not in ("this", "as of"):
        before = _blank_compared(text, anchor, anchor_end, _COMPARED_STRETCH)[:anchor]
        if _years(before, 0, len(before)) or _LAST_YEAR.search(before):
            return None
    mon = _MONTH_NO[m.group("m")[:3].lower()]
    return published.year if mon <= published.month else published.year - 1


_OWN_PERIOD_AFTER = re.compile(OWN_PERIOD_AFTER, re.I)


def _own_period_year(text: str, anchor_end: int, published) -> int | None:
    """The year or "last year" the amount's own stretch names right after it (constants.py OWN_PERIOD_AFTER, to the
    next comma, colon or amount): "US$44 billion in the same period of last year" is last year's even when the figure it
    is compared with, nearer before it, names 2025."""
    stop = _NEXT_AMOUNT_OR_STOP.search(text, anchor_end)
    m = _OWN_PERIOD_AFTER.match(text[anchor_end:stop.start() if stop else len(text)])
    if m is None:
        return None
    p = m.group("p")
    return int(p) if p[0].isdigit() else (published.year - 1 if published is not None else None)


def _span_dist(lo: int, hi: int, start: int, end: int) -> int:
    # a year as near before the amount as one after it ("from $283 million in 2024 to $7.5 billion in 2025")
    # belongs to the amount before: ties go to the year after
    return lo - end if lo >= end else start - hi + 1


def _dist(m, start: int, end: int) -> int:
    return _span_dist(m.start(), m.end(), start, end)


def _year(text: str, clause: tuple[int, int], anchor: int, published, anchor_end: int | None = None) -> int | None:
    anchor_end = anchor_end if anchor_end is not None else anchor
    text = _blank_record_since(text, anchor_end)
    own = _own_month_year(text, anchor, anchor_end, published)
    if own is not None:
        return own      # "€13 billion in April, the lowest since October 2024": April's, not the comparison's year
    y = _explicit_year(text, clause, anchor, published, anchor_end)
    if y is None and published is not None:
        # "in July" without a year: the latest such month not after publication -- the month nearest the amount,
        # outside another amount's comparison ("to $36.56 billion in January from $38.51 billion in December")
        own = _blank_compared(text, anchor, anchor_end, _COMPARED_STRETCH)
        cmp = _COMPARISON.search(own, anchor_end, clause[1])
        months = _months(own, clause[0], cmp.start() if cmp else clause[1]) or _months(own, 0, len(own))
        if months:
            m = min(months, key=lambda m: _dist(m, anchor, anchor_end))
            return _month_period_year(own, m, published)
    return y


_MONTH_OWNER = re.compile(MONTH_OWNER)


def _months(text: str, lo: int, hi: int) -> list[re.Match]:
    """The months text[lo:hi] names as a period: "in <Month>" and the like, and a month named as a figure's own
    ("January's gap", "December exports") -- without the latter an early-year paper's "December exports" fell to the
    story's year."""
    return list(_MONTH.finditer(text, lo, hi)) + list(_MONTH_OWNER.finditer(text, lo, hi))


_RECORD_SINCE_PERIOD = re.compile(RECORD_SINCE, re.I)


def _blank_record_since(text: str, anchor_end: int) -> str:
    """text with the "since <period>" of each record stated after the amount blanked (constants.py RECORD_SINCE): "rose
    to $7.09 billion, the highest monthly level since October" in a February paper is January's, not October's."""
    for m in reversed(list(_RECORD_SINCE_PERIOD.finditer(text, anchor_end))):
        text = text[:m.start("since")] + " " * (m.end("since") - m.start("since")) + text[m.end("since"):]
    return text


_MONTH_RANGE_END = re.compile(MONTH_RANGE_END)


def _month_period_year(text: str, m: re.Match, published) -> int:
    """The year of the period a month match "in <Month>" opens: the latest such month not after publication -- the
    month the period ends in when a stretch of months follows ("between January and November" in a January paper
    is last year's: its November is not yet this year's)."""
    end = _MONTH_RANGE_END.match(text, m.end())
    mon = _MONTH_NO[(end.group("b") if end else m.group("m"))[:3].lower()]
    return published.year if mon <= published.month else published.year - 1


# a year after "since" is where a comparison or a sum starts, not the figure's period -- unless the text goes on to
# the figure of that time ("the lowest since October 2024, when they stood at €12.3 billion")
_SINCE = re.compile(r"\bsince\s+(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+)?(?:\d{1,2},?\s+)?$", re.I)
_WHEN_AFTER = re.compile(r",?\s+when\b")
# cumulative and standing figures have no year of their own (LABELING.md: "$300 billion over the last ten years" is
# null; "Indonesia's trade surplus with the United States, which stands at roughly US$16 billion", "runs a goods
# trade deficit of roughly US$6 billion": a state the text dates nowhere)
_CUMULATIVE = re.compile(r"\b(?:over|in|during|across|for)\s+the\s+(?:past|last|previous)\s+(?:[\w-]+\s+){0,2}?(?:years|decades?)\b"
                         r"|\bsince\s+(?:19[89]\d|20[0-4]\d)\b(?!,?\s+when\b)", re.I)
_PERIOD_WORDS = re.compile(r"(?<!\d)(?:19[89]\d|20[0-4]\d)(?!\d)|\b(?:last|this|next|past|previous|same)\s+(?:year|month|quarter|"
                           r"period|stretch|half)|\b(?:January|February|March|April|May|June|July|August|September|October|"
                           r"November|December)\b|\bquarter\b|\bfirst half\b|\bmonths?\b|\ba year (?:earlier|ago|before)"
                           r"|\bthe year before\b|\bthe (?:previous|prior|preceding) year\b", re.I)


# "declined to $18.9 billion, their lowest level since 2009", "shrank to 52.2 billion euros, the smallest since 2021": a
# record against the years since -- the figure is this period's level, not a sum since that year
_RECORD_SINCE = re.compile(r"\b(?:lowest|highest|smallest|biggest|largest|weakest|strongest)\b[^,;.]{0,30}?\bsince\s+"
                           r"(?:19[89]\d|20[0-4]\d)\b", re.I)


def _blank(m: re.Match) -> str:
    return " " * len(m.group(0))


def undated(ctx: Context, c: "Candidate") -> bool:
    """The figure has no period of its own and none is near: a cumulative sum ("over the past 15 years", "since 2015"),
    or a level stated in the present ("stands at", "are worth", "puts ... at": figure_verb) in a sentence that, like
    the one before it, names no period (LABELING.md, round 35: such a level is year null); or a figure in a direct
    quotation whose sentence names no period, whatever its tense (`quoted`; LABELING.md round 40, round 46)."""
    text, cl = c.sent.text, c.clause
    if _CUMULATIVE.search(_RECORD_SINCE.sub(_blank, text), cl[0], cl[1]) and not (_LAST_YEAR.search(text) or _THIS_YEAR.search(text)):
        return True
    if c.si == 0 and not _LINE_END.search(text):
        return False        # a headline tells the news in the present, whatever the period of its figure
    if _PERIOD_WORDS.search(text) or _PERIOD_BACKREF.search(text):
        return False
    if quoted(ctx, c) and not _QUOTED_CHANGE.search(text):
        return True         # a person's figure with no period of its own (LABELING.md, round 40), whatever its tense
    return bool(figure_verb(text, cl, c.money) == "present"
                and not (c.si > 0 and _PERIOD_WORDS.search(ctx.sentences[c.si - 1].text)))


_QUOTATION = re.compile(QUOTATION, re.M)
_QUOTED_CHANGE = re.compile(QUOTED_CHANGE, re.I)


def quoted(ctx: Context, c: "Candidate") -> bool:
    """The amount stands inside a direct quotation (constants.QUOTATION): a person's own words ("'We exported $40
    billion and imported $40 billion,' Alckmin said"), where the writers give no period unless the speaker does."""
    spans = ctx.memo.get("quotations")
    if spans is None:
        spans = ctx.memo["quotations"] = [m.span() for m in _QUOTATION.finditer(ctx.body)]
    at = c.sent.start + c.money.start
    return any(lo < at < hi for lo, hi in spans)


_LEVEL_VERB = re.compile(rf"(?P<past>{LEVEL_VERB_PAST})|(?P<present>(?i:{LEVEL_VERB_PRESENT}))|(?P<nonfinite>{LEVEL_NONFINITE})")
_LEVEL_SAYING = re.compile(LEVEL_SAYING)
_LEVEL_SIDE_CLAUSE = re.compile(LEVEL_SIDE_CLAUSE, re.I)
_PERIOD_BACKREF = re.compile(PERIOD_BACKREF, re.I)


def figure_verb(text: str, cl: tuple[int, int], mo: Money) -> str | None:
    """"present" or "past": the tense of the verb that states the figure -- the last one before it in its clause, else
    (a figure as the subject: "some €379 billion, are hit by") the first after it; a relative clause's verb between
    commas is not the figure's ("Shipments ..., which is Germany's biggest trading partner outside the EU, fell ...").
    The writers tell a standing level with no period in the present and a statistic another sentence dates in the
    past (xtvundated35), so the tense tells the two apart where the old cue list took any "is" of the clause."""
    own = _LEVEL_SIDE_CLAUSE.sub(_blank, text[cl[0]:cl[1]])
    at, end = mo.start - cl[0], mo.end - cl[0]
    before = [v for v in _LEVEL_VERB.finditer(own, 0, max(0, at)) if not _LEVEL_SAYING.fullmatch(v.group(0))]
    verb = before[-1] if before else _LEVEL_VERB.search(own, max(0, end))
    if verb is None or verb.lastgroup != "nonfinite":
        return None if verb is None else verb.lastgroup
    # "shipments worth more than $30 billion remain outside": the verb after it; "with shipments worth $1.16 billion":
    # the tense of the sentence's own verb before it
    after = next((v for v in _LEVEL_VERB.finditer(own, max(0, end)) if v.lastgroup != "nonfinite"), None)
    if after is not None:
        return after.lastgroup
    main = [v for v in _LEVEL_VERB.finditer(_LEVEL_SIDE_CLAUSE.sub(_blank, text), 0, cl[0] + verb.start())
            if v.lastgroup != "nonfinite" and not _LEVEL_SAYING.fullmatch(v.group(0))]
    return main[-1].lastgroup if main else "present"


def _years(text: str, start: int, end: int) -> list[tuple[re.Match, int]]:
    """Years stated in text[start:end]; a fiscal year "2024-25" counts as the year it ends in."""
    fiscal = {m.start(): m for m in _FISCAL.finditer(text, start, end)}
    out = [(m, 2000 + int(m.group("y"))) for m in _FY.finditer(text, start, end)] if "FY" in text else []  # "FY25"
    for m in _YEAR.finditer(text, start, end):
        if _in_numeric_date(text, m):
            continue        # "10:06 AM EST, 01/08/2026 (MT Newswires) --": when the text was written
        if _SINCE.search(text, max(0, m.start() - 30), m.start()) and not _WHEN_AFTER.match(text, m.end()):
            continue        # "rose 41.9 percent since 2020 to ... last year", "the biggest since February 2024"
        f = fiscal.get(m.start())
        if f is not None:
            y = int(f.group("y"))
            end_year = y // 100 * 100 + int(f.group("e"))
            out.append((m, end_year if end_year == y + 1 else y))
        else:
            out.append((m, int(m.group(0))))
    return out


_NUMERIC_DATE_BEFORE_YEAR = re.compile(NUMERIC_DATE_BEFORE_YEAR)
_ISO_DATE_AFTER_YEAR = re.compile(ISO_DATE_AFTER_YEAR)


def _in_numeric_date(text: str, m: re.Match) -> bool:
    """The year is part of a numeric date ("01/08/2026", "2026-02-20"): a day's timestamp, no figure's period."""
    return bool(m.start() > 0 and text[m.start() - 1] == "/" and _NUMERIC_DATE_BEFORE_YEAR.search(text, max(0, m.start() - 6), m.start())
                or _ISO_DATE_AFTER_YEAR.match(text, m.end()))


_BASE_YEAR_BEFORE = re.compile(BASE_YEAR_BEFORE, re.I)


def _blank_base_years(text: str) -> str:
    """text with each year named as a comparison's base with no amount of its own blanked (constants.py
    BASE_YEAR_BEFORE: "compared with the same two months of 2024"), unless the text goes on to the base's figure
    (", when they stood at $X")."""
    for m in reversed(list(_YEAR.finditer(text))):
        if _BASE_YEAR_BEFORE.search(text, max(0, m.start() - 50), m.start()) and not _WHEN_AFTER.match(text, m.end()):
            text = text[:m.start()] + " " * (m.end() - m.start()) + text[m.end():]
    return text


def _explicit_year(text: str, clause: tuple[int, int], anchor: int, published, anchor_end: int) -> int | None:
    cs, ce = clause
    text = _blank_base_years(text)
    # "$14.7 billion ..., down from $15.4 billion in the same stretch last year": the period after a
    # comparison belongs to the compared amount
    text = _blank_compared(_blank_compared(text, anchor, anchor_end), anchor, anchor_end, _COMPARED_STRETCH)
    cmp = _COMPARISON.search(text, anchor_end, ce)
    cut = cmp.start() if cmp else ce
    years = [(_dist(m, anchor, anchor_end), y) for m, y in _years(text, cs, cut)]
    if years:
        return min(years)[1]
    if published is not None:
        y = _relative_year(text, cs, cut, anchor, anchor_end, published)
        if y is not None:
            return y
    # the sentence, less the compared amount's own stretch (up to the next comma)
    cmp = _COMPARISON.search(text, anchor_end)
    lo, hi = (cmp.start(), _STRETCH_END.search(text, cmp.end()).start()) if cmp else (len(text), len(text))
    rest = text[:lo] + " " * (hi - lo) + text[hi:]
    years = [(abs(m.start() - anchor), y) for m, y in _years(rest, 0, len(rest))]
    if years:
        return min(years)[1]
    if published is not None:
        return _relative_year(rest, 0, len(rest), anchor, anchor_end, published)
    return None


# "up 36.5% from the same period of 2024", "rose 5% on 2023": the period of a comparison, not of the amount
# (the noun form too, round 20: "$38.49 billion, an increase of 9.03 per cent over the same month of 2024", "a post-pandemic
# high in May of $16.2 billion, an increase of 21% from May 2024")
_PCT_COMPARED = re.compile(r"\b(?:(?:up|down|rising|falling|rose|fell|grew|growing|climbing|climbed|jumped|jumping|slipped|dropped|"
                           r"declined|increased|decreased|gained)\s+(?:by\s+)?"
                           rf"|(?:an?\s+)?(?:{CHANGE_NOUNS}|growth)\s+of\s+{CHANGE_HEDGE})\d+(?:\.\d+)?\s?(?:%|percent\b|per cent\b)\s+"
                           r"(?:from|on|over|compared (?:with|to)|versus|against)\s", re.I)
# "wiping out last year's ₦1.57tn surplus": a period phrase owned by the amount it precedes
_PERIOD_OF_NEXT = re.compile(r"['’]s\s+(?:[A-Z]{0,3}[$€£¥₹₦฿₩]|Rs\.?\s?|\d)")
_AMOUNT_AHEAD = re.compile(r"(?:[$€£¥₹₦฿₩]|\bRs\.?\s?)\s?\d|\d[\d.,]*\s*(?:trillion|billion|million|bn|tn|trn|mn)\b", re.I)


def _blank_compared(text: str, anchor: int, anchor_end: int, rx: re.Pattern | None = None) -> str:
    """text with each "up 36.5% from <period>" stretch (to the next comma) blanked, unless the amount is in it; with
    rx=_COMPARED_STRETCH, each compared amount's stretch before this amount ("... rose to $73.61 billion from $71.71
    billion in March 2024, while imports increased to $77.23 billion": March 2024 is the compared figure's)."""
    for m in (rx or _PCT_COMPARED).finditer(text, 0, anchor if rx else len(text)):
        hi = _STRETCH_END.search(text, m.end()).start()
        hi = min(hi, anchor) if rx else hi
        if not (m.start() <= anchor < hi):
            text = text[:m.start()] + " " * (hi - m.start()) + text[hi:]
    return text


# "dropped 18.5% from August last year to $2.8 billion", "rose 395 per cent compared with March of last year, reaching
# €25.4 billion": "last year" as the base of a comparison that states no amount of its own dates no amount
_BASE_PERIOD_BEFORE = re.compile(r"\b(?:compared\s+(?:with|to)|from|versus|against)\s+(?:the\s+same\s+(?:month|period|quarter|time)\s+"
                                 r"|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+)?(?:of\s+)?$", re.I)


def _relative_year(text: str, lo: int, hi: int, anchor: int, anchor_end: int, published) -> int | None:
    """The year of the period phrase ("last year", "this year", "last month") nearest the amount in text[lo:hi],
    one in the amount's own stretch after it (before the next amount) first: "$298 million ... last year and a
    further $114 million ... between January and April this year"."""
    found = []
    for rx, year in ((_LAST_YEAR, published.year - 1), (_THIS_YEAR_ONLY, published.year),
                     (_LAST_MONTH, published.year if published.month > 1 else published.year - 1)):
        for m in rx.finditer(text, lo, hi):
            if rx is _LAST_YEAR and _BASE_PERIOD_BEFORE.search(text, max(0, m.start() - 40), m.start()):
                continue
            own = _PERIOD_OF_NEXT.match(text, m.end())
            if own and m.end() <= anchor <= own.end():
                return year     # "last year's ₦1.57tn surplus": the amount's own period
            if not own:
                found.append((m, year))
    if not found:       # a part of a year ("in the first quarter", "the first seven months of the year"): this year's
        return published.year if _THIS_YEAR.search(text, lo, hi) else None
    nxt = _AMOUNT_AHEAD.search(text, anchor_end, hi)
    after = [(m.start() - anchor_end, y) for m, y in found if anchor_end <= m.start() < (nxt.start() if nxt else hi)]
    return min(after)[1] if after else min((_dist(m, anchor, anchor_end), y) for m, y in found)[1]


_EARNED_BEFORE = re.compile(EARNED_BEFORE, re.I)
_GOODS_BROUGHT_IN_AFTER = re.compile(GOODS_BROUGHT_IN_AFTER, re.I)
_EARNED_NOT_TRADE_BEFORE = re.compile(EARNED_NOT_TRADE_BEFORE, re.I)
_EARNED_CONTEXT = re.compile(EARNED_CONTEXT, re.I)


def earned_flow(text: str, start: int, end: int) -> str | None:
    """The kind an earning verb right before the amount gives it (round 18): "exports" for the money goods earn ("Chips
    alone brought in $9.8 billion", "bringing in about R34 billion in foreign earnings"; LABELING.md: export earnings are
    exports), "imports" for goods brought in, named after the amount ("brought in $474 billion worth of auto products")."""
    m = _EARNED_BEFORE.search(text, max(0, start - 60), start)
    if m is None or _EARNED_NOT_TRADE_BEFORE.search(text, max(0, m.start() - 40), m.start()):
        return None
    return "imports" if m.group(0).lower().startswith("br") and _GOODS_BROUGHT_IN_AFTER.match(text, end) else "exports"


_MEASURE_REACHES = re.compile(rf"(?:{MEASURE_REACHES.format(nouns=TARIFF_NOUNS)}){CHANGE_HEDGE}$", re.I)


def measure_reaches(text: str, lo: int, start: int) -> bool:
    """A measure is the subject of a verb of reach right before the amount at `start` ("The rulings apply to $2.9bn of
    imports", "The order reaches imports that were worth $347.1 million"): the goods it covers (round 18)."""
    return _MEASURE_REACHES.search(text, max(lo, start - 120), start) is not None


def _earned_from_sales(c: "Candidate") -> bool:
    """Export earnings in a sentence about trade or sales ("copper alone brought in about $55.188 billion" after the
    sentence's exports, "Beef sales to the US bring in about A$4 billion each year") though the clause has no trade word."""
    text = c.sent.text
    return earned_flow(text, c.money.start, c.money.end) == "exports" \
        and bool(_TRADE_CONTEXT.search(text) or _EARNED_CONTEXT.search(text))


# a percent that is a share of a flow ("taking 18.3% of the kingdom's total shipments abroad, worth US$55 billion", "52% of
# Chile's copper in 2024, worth $26 billion") or its change ("jumped 65.6% from a year earlier ... to reach US$11.77
# billion", "an increase of roughly 90 per cent on the €52.8 billion") is no tariff rate: it names no measure whose goods
# the amount could be (_COVERAGE_BEFORE reads "a 25% on $X" as one)
_NOT_A_RATE = re.compile(rf"\b(?:up|down|{CHANGE_VERBS}|(?:rising|falling|growing|jumping|climbing|dropping|declining|surging|soaring)"
                         rf"|(?:an?\s+)?{CHANGE_NOUNS}\s+of)\s+{CHANGE_HEDGE}(?P<p>\d+(?:\.\d+)?\s?(?:%|per\s?cent\b|percent\b))"
                         r"|(?P<q>\d+(?:\.\d+)?\s?(?:%|per\s?cent\b|percent\b))(?=\s+of\b)", re.I)


def _rates_only(text: str) -> str:
    """text with its share and change percents blanked (same length), so only a tariff rate can anchor a coverage."""
    return _NOT_A_RATE.sub(lambda m: m.group(0).replace(m.group("p") or m.group("q"), " " * len(m.group("p") or m.group("q"))), text)


_HEDGE_BEFORE = r"(?:(?:about|roughly|some|nearly|almost|around|approximately|more than|over|up to|an estimated|close to|as much as|just over|just under)\s+)*"
_COVER_DIRECT = re.compile(rf"(?:{COVER_VERB_DIRECT}){_HEDGE_BEFORE}$", re.I)
_COVER_THROUGH_GOODS = re.compile(rf"{COVER_VERB_THROUGH_GOODS}{_HEDGE_BEFORE}$", re.I)
_COVER_OWN_VERB = re.compile(COVER_BETWEEN_OWN_VERB, re.I)
_INVESTIGATION = re.compile(INVESTIGATION_SUBJECT, re.I)


def coverage_verb_governs(text: str, m_start: int) -> bool | None:
    """A verb of coverage governs the amount (round 25b): right before it ("Both steps together cover roughly €26
    billion", "They covered $7.5bn", "they cover trade worth more than US$40 billion"), or through the goods it took as
    its object, whose value the sentence gives later ("The new measure covers ... imports ..., goods worth around €380
    million", "the duties apply to close to 4 million tons of imports, with an estimated value of as much as $2.2
    billion"). Whatever names the measure (a pronoun, "steps", a tariff noun), the amount is its coverage -- not when an
    investigation is the subject ("The probe covered close to $400 billion of imports") or the goods get a verb of their
    own ("farm goods covered make up a quarter of New Zealand's exports ..., with a value of"). True: coverage; False:
    an investigation's scope governed directly, whatever else in the clause names a measure; None: no verb of coverage
    governs it (or an investigation's through its goods: left to the older cues)."""
    before = text[max(0, m_start - 300):m_start]
    m = direct = _COVER_DIRECT.search(before)
    if m is None:
        m = _COVER_THROUGH_GOODS.search(before)
        if m is None or _COVER_OWN_VERB.search(m.group("between")):
            return None
    # the verb's subject: the stretch of its sentence before it (after the last semicolon or colon)
    subject = before[:m.start()]
    subject = subject[max(subject.rfind(";"), subject.rfind(":")) + 1:]
    if _INVESTIGATION.search(subject[-80:]):
        # a probe's scope is no coverage when the verb governs the amount; through its goods the labels go both ways
        return False if direct else None
    return True


def _kind(text: str, clause: tuple[int, int], m_start: int, m_end: int) -> str:
    cs, ce = clause
    after = text[m_end:ce]
    earned = earned_flow(text, m_start, m_end)
    if earned:
        return earned       # the verb says which way the goods went (before "brought in" as an inbound cue)
    sides = sides_balance_kind(text, m_start)
    if sides:
        return sides        # round 37: "the gap between imports and exports came to $2.32 billion" is the balance
    if measure_reaches(text, cs, m_start):
        return "countermeasure_coverage"
    if _TOTAL_OF.search(text, max(0, m_start - 30), m_start):
        before = find_money(text[:m_start])
        if before:      # "... in other U.S. imports, for a total of C$29.8 billion": the kind of the amounts summed
            return _kind(text, _clause_of(clause_spans(text), before[-1].start), before[-1].start, before[-1].end)
    if _BALANCE_BEFORE.search(text[max(cs, m_start - 40):m_start]) or _TRADE_IN.match(after):
        pass        # "a surplus of $410 billion in bilateral trade": a balance or a flow, not a measure's coverage
    elif _FLOW_VERB_BEFORE.search(text[max(cs, m_start - 60):m_start]) or _FLOW_RELATIVE_AFTER.match(after):
        pass
    elif (governs := coverage_verb_governs(text, m_start)) is not None:
        if governs:     # round 25b: a verb of coverage governs the amount, directly or by its goods
            return "countermeasure_coverage"
    elif _COVERAGE_VERB.search(text[max(cs, m_start - 60):m_start]) or _AFFECTED_AFTER.match(text, m_end) or _COVERED_BY.search(text[max(cs, m_start - 90):m_start]) or _COVERAGE_BEFORE.search(_rates_only(text[cs:m_start])) or (
        _EXPAND_TO.search(text[max(cs, m_start - 60):m_start]) and re.search(rf"\b{TARIFF_NOUNS}\b", text[cs:ce], re.I)
    ) or (
        _COVERAGE_AFTER.match(text[m_end:ce]) and re.search(rf"\b{TARIFF_NOUNS}\b", text[cs:ce], re.I)
    ):
        return "countermeasure_coverage"
    subject_kind = subject_noun_kind(text, m_start)
    if subject_kind:
        return subject_kind     # round 27b: the clause's subject noun names the figure ("Imports ... climbed 16.4% to ...")
    share_kind = share_whole_kind(text, m_end)
    if share_kind:
        return share_kind       # round 27b: "..., roughly 44 per cent of India's shrimp exports"
    if _MARKET_BUYING.search(text, cs, m_start):
        return "exports"    # "the top market for Vietnamese goods, buying US$57 billion worth"
    # cues in the amount's own comma-delimited stretch first, then anywhere in the clause
    seg_s = max(cs, text.rfind(",", cs, m_start) + 1)
    seg_e = text.find(",", m_end, ce)
    seg_e = ce if seg_e < 0 else seg_e
    for lo, hi in ((seg_s, seg_e), (cs, ce)):
        kind = _nearest_kind(text, lo, hi, m_start, m_end)
        if kind == "trade_deficit" and _SURPLUS_ONLY.search(text) and not _DEFICIT_WORD.search(text):
            return "trade_surplus"      # "running a surplus with the United States ..., with the gap reaching ..."
        if kind:
            return kind
    return "other"


# "the top market for Vietnamese goods, buying US$57 billion worth", "the largest buyer of Australian beef, taking a
# record A$4 billion": what a market buys (the participle right before the amount) is the seller's exports
_MARKET_BUYING = re.compile(r"\b(?:market|buyer|destination|customer)\b[^.;$]{0,50}?,\s+(?:buying|taking|absorbing|purchasing)\b"
                            r"[^,;$]{0,40}$", re.I)
_SURPLUS_ONLY = re.compile(r"\bsurplus(?:es)?\b", re.I)
_DEFICIT_WORD = re.compile(r"\b(?:deficits?|shortfalls?)\b", re.I)


_SUBJECT_NOUN = re.compile(SUBJECT_ADJUNCT + SUBJECT_DETERMINER + "(?i:" + "|".join(f"(?P<{kind}>{rx})" for kind, rx in SUBJECT_KIND_NOUNS)
                           + r")\b(?P<mod>[^;$€£¥₹]{0,130}?)\b(?i:(?P<verb>" + SUBJECT_LEVEL_VERB + r"))\b")
_SUBJECT_OPENINGS = re.compile(SUBJECT_OPENING)
_LEVEL_TAIL_END = re.compile(SUBJECT_LEVEL_TAIL_END, re.I)
_TAIL_STOP = re.compile(SUBJECT_TAIL_STOP, re.I)
# another flow or side in the subject's modifiers makes the noun no longer the figure's alone ("the gap between what it
# buys and what it sells", "imports and exports"): left to the older cues
_OTHER_FLOW_WORD = re.compile(r"\b(?:imports?|exports?|surplus(?:es)?|deficits?|shortfalls?|gap|bought|buys|sold|sells"
                              r"|shipments?|purchases|balance)\b", re.I)
_VERB_OWN_LEVEL = re.compile(r"^(?:reached|totall?ed|hit)$", re.I)
_PRONOUN_OWN_LEVEL = re.compile(r"\b(?:reached|totall?ed|hit)\s*$", re.I)


def _clause_opening(text: str, at: int) -> re.Match | None:
    """The last clause opening before `at` in the sentence (its start, "; ", ", while / whereas / but / and"): where the
    amount's own clause begins."""
    opening = None
    for opening in _SUBJECT_OPENINGS.finditer(text, 0, at):
        pass
    return opening


def subject_noun_kind(text: str, m_start: int) -> str | None:
    """The kind the amount's own clause subject names (round 27b): the last opening before the amount (the sentence,
    a semicolon, ", while / but / and ...") starts with a flow or balance noun whose verb sets the amount as its level
    ("Imports, meanwhile, declined 2.0% to $23.7 billion", "The gap with Mexico, ..., came in at $17.38 billion",
    "Canada's surplus with the U.S. shrank sharply, to C$4.8 billion from C$8.4 billion"). None when the nearest clause
    has another subject, or anything between the verb and the amount is a clause or a cue of its own."""
    opening = _clause_opening(text, m_start)
    if opening is None:
        return None
    m = _SUBJECT_NOUN.match(text, opening.end(), m_start)
    if m is None or _OTHER_FLOW_WORD.search(m.group("mod")):
        return None
    tail = text[m.end():m_start]
    if _TAIL_STOP.search(tail) or any(rx.search(tail) for _, rx in _KINDS):
        return None
    if not (_LEVEL_TAIL_END.search(tail) or (not tail.strip() and _VERB_OWN_LEVEL.match(m.group("verb")))):
        return None
    kind = next(k for k, _ in SUBJECT_KIND_NOUNS if m.group(k))
    if kind == "trade_deficit" and m.group(kind).lower().endswith("gap") and _SURPLUS_ONLY.search(text) \
            and not _DEFICIT_WORD.search(text):
        return "trade_surplus"      # "running a surplus with the United States ..., with the gap reaching ..."
    return kind


_PRONOUN_SUBJECT = re.compile(PRONOUN_ADJUNCT + PRONOUN_SUBJECT + "(?i:" + PRONOUN_LEVEL_VERB + r")\b")
_PRONOUN_FLOWS = {"they": re.compile(rf"\b(?:{PRONOUN_PLURAL_FLOWS})\b", re.I),
                  "it": re.compile(rf"\b(?:{PRONOUN_SINGULAR_FLOWS})", re.I)}


def pronoun_subject(text: str, m_start: int) -> str | None:
    """"they" / "it" when the amount's clause opens (after an adjunct: "In January 2025 they had reached", "Compared
    with August last year they were down 20.1 percent, at") with that pronoun as the subject of a level verb that
    reaches the amount with nothing between that opens a clause or names a kind of its own."""
    opening = _clause_opening(text, m_start)
    if opening is None:
        return None
    m = _PRONOUN_SUBJECT.match(text, opening.end(), m_start)
    if m is None:
        return None
    tail = text[m.end():m_start]
    if _TAIL_STOP.search(tail) or any(rx.search(tail) for _, rx in _KINDS):
        return None
    if not (_LEVEL_TAIL_END.search(tail) or (not tail.strip() and _PRONOUN_OWN_LEVEL.search(m.group(0)))):
        return None     # "In January 2025 they had reached US$3.22 billion": the verb takes the amount itself
    return m.group("pron").lower()


def pronoun_antecedent(ctx: Context, c: "Candidate") -> str | None:
    """The kind of the flow or balance a pronoun subject refers back to (round 28): "Imports also disappointed. They
    rose 1 per cent year on year to US$215.28 billion" is imports, "Vietnam's surplus with the United States has run
    ahead of China's. Over the whole of 2025 it reached $178 billion" the surplus.  The sentence before must name
    nouns of one kind only, in the pronoun's number ("they": exports / imports; "it": a balance or two-way trade), so a
    pronoun for a price, a country or a company ("It then slipped back to $3,461.40") reads nothing.  And it must name
    the flow without a figure of its own (round 29): after "The US wine trade deficit stood at USD 915 million in
    1992." the pronoun goes on with a figure already read, whose parties and period the continuation readings
    (_continued, _carried) carry or leave -- the antecedent would add only the story's country ("it widened again
    last year to USD 5.8 billion" read with Canada, the reporter)."""
    if c.si == 0:
        return None
    pron = pronoun_subject(c.sent.text, c.money.start)
    if pron is None:
        return None
    before = ctx.sentences[c.si - 1].text
    if find_money(before):
        return None     # the flow's own sentence states its figure: the pronoun continues that figure
    kinds = {next(k for k, v in m.groupdict().items() if v)
             for m in _PRONOUN_FLOWS[pron].finditer(before)}
    return kinds.pop() if len(kinds) == 1 else None


_SIDES_BALANCE = re.compile(SIDES_BALANCE, re.I)
_SIDES_TAIL_STOP = re.compile(SIDES_TAIL_STOP, re.I)


def sides_balance_kind(text: str, m_start: int) -> str | None:
    """The balance a clause tells by its two sides (round 37): "The gap between what India buys from China and what it
    sells there reached $X", "the gap between imports and exports came to $X" -- the nearest cue read the side named
    last or "imports and exports" as two-way trade. The amount comes after the sides with no clause of its own between
    ("..., down from $904 billion" keeps the balance). A deficit unless the sentence names a surplus and no deficit
    ("the gap between what China sold and what it bought reached $X, the largest annual surplus"): such a gap with no
    balance word is a deficit in every dev label."""
    sides = None
    for m in _SIDES_BALANCE.finditer(text, 0, m_start):
        sides = m
    if sides is None or _SIDES_TAIL_STOP.search(text, sides.end(), m_start):
        return None
    if _SURPLUS_ONLY.search(text) and not _DEFICIT_WORD.search(text):
        return "trade_surplus"
    return "trade_deficit"


_SHARE_WHOLE_AFTER = re.compile(SHARE_WHOLE_AFTER, re.I)


def share_whole_kind(text: str, m_end: int) -> str | None:
    """The flow an appositive after the amount makes it a share of (round 27b): "bought $12.84 billion of American
    soybeans, more than half of the roughly $24 billion in farm products the United States exported" is exports."""
    m = _SHARE_WHOLE_AFTER.match(text, m_end)
    if m is None:
        return None
    return "exports" if m.group("exports") else "imports"


@lru_cache(maxsize=1024)
def _nearest_kind(text: str, cs: int, ce: int, m_start: int, m_end: int) -> str | None:
    # memoised (speed, round 51): the rules and the learned kind ask it for the same amount, and a stretch that is the
    # whole clause twice: two of five calls repeat an earlier one
    best: tuple[int, str] | None = None
    # a cue after the amount past an " and " belongs to the next conjunct ("grew to 9.41 trillion yen and inbound
    # shipments increased ...") unless nothing before the amount says what it is
    conj = text.find(" and ", m_end, ce)
    for kind, rx in _KINDS:
        for m in rx.finditer(text, cs, ce):
            d = m_start - m.end() if m.end() <= m_start else (m.start() - m_end) + 10  # prefer cues before
            if m.start() >= m_end and 0 <= conj < m.start():
                d += 1000
            if best is None or d < best[0]:
                best = (d, kind)
    return best[1] if best else None


def _clause_of(spans, pos):
    for s, e in spans:
        if s <= pos < e:
            return (s, e)
    return spans[-1]


@dataclass
class Candidate:
    """A money amount of a sentence: what the rules decided for it (`fact`, or why not: `reason`)."""
    si: int
    sent: Sentence
    money: Money
    clause: tuple[int, int]
    reason: str = "fact"
    fact: dict | None = None
    conversion_of: int | None = None     # index (in the candidate list) of the amount this one restates
    breakdown: dict | None = None        # one item of a by-country breakdown: {"parties", "year", "kind"} (see _breakdown)
    continues: dict | None = None        # the fact of a sentence just before that this amount's sentence goes on with
    carried: list[str] | None = None     # the pair of a bilateral fact just before, for a figure naming no country (_carried)
    item_of: int | None = None           # index of the amount this one is a further item of, in one list (_list_item)
    base: str | None = None              # the base of a comparison "to <amount> from <this>": "dated" or "undated" (_base)
    parallel: "Candidate | None" = None  # an undated base: the dated base of the comparison just before (_parallel_base)
    conjunct: list[str] | None = None    # the pair before with one country of its own put in (_conjunct_pair)
    story_partner: str | None = None     # the partner of the headline's flow, for a figure of that flow naming none (_story_pairs)
    antecedent: str | None = None        # the kind of the flow a pronoun subject refers back to (pronoun_antecedent)
    total_pair: list[str] | None = None  # [owner, other] of a two-way total just before this figure may be a side of (_total_pair)
    row_flow: tuple | None = None        # (kind, parties) of a table row labelled by a country alone (country_row)
    rank: tuple | None = None            # (head index, parties) of a ranking row; (None, parties) of a ranking's head (ranking_row)
    in_range: bool = False               # an end of a range of amounts ("between $9 billion and $10 billion": range_ends),
    #                                      reported by neither the rules nor the learned decision; the rules' reading of
    #                                      it (`fact`, `reason`) stays, so the learned features and the later sentences'
    #                                      context are the base's


# a headline ends without a full stop, also before a closing quote ("... at 'considerable risk'"); a colon or a deck's
# emphasis ("*Shipments abroad reached ...*") ends a body line
_LINE_END = re.compile(r"[.!?:;*][\"”’')]*\s*$")


def headline_only(ctx: Context, si: int, mo: Money, by_sentence: dict[int, list[Money]]) -> bool:
    """The amount sits in a headline line and the body states that figure nowhere else (round 21): writers label trade
    values from the body, and a headline's rounded or teaser figure ("Irish pharma exports to US top €10 billion in
    February alone" over the body's €10.45 billion, "Ireland's €44bn drug exports at 'considerable risk'") is none --
    on dev 16 such amounts in 14 writer batches, none labelled.  A headline figure the body restates stays."""
    sent = ctx.sentences[si]
    if si >= HEADLINE_SENTENCES or _LINE_END.search(sent.text) \
            or any(s.para == sent.para for k, s in enumerate(ctx.sentences) if k != si):
        return False
    v = round(mo.value / 1e5)
    return not any(round(m.value / 1e5) == v for k, ms in by_sentence.items() if k != si for m in ms)


def extract_trade_values(ctx: Context) -> list[dict]:
    cands = candidates(ctx)
    model = trade_model.active()
    if model is None:
        return [c.fact for c in cands if c.fact is not None and not c.in_range]
    return trade_model.decide(model, ctx, cands)


# a bare "$" amount the article states elsewhere in a local dollar ("Ottawa finalizes $16.6B list" and "the draft
# list, worth C$16.6 billion"): the same figure, in that currency
_LOCAL_DOLLARS = {"CAD", "AUD", "NZD", "HKD", "SGD", "MXN"}
_BARE_DOLLAR = re.compile(r"\$\s?\d")
_DIGIT = re.compile(r"\d")


def _local_dollars(ctx: Context, monies_by_sentence: dict[int, list[Money]]) -> dict[float, str]:
    """Amounts (to 0.1 million) stated with an explicit local-dollar currency, when that is one currency."""
    out: dict[float, set[str]] = {}
    for si, monies in monies_by_sentence.items():
        text = ctx.sentences[si].text
        for mo in monies:
            if mo.currency in _LOCAL_DOLLARS and not _BARE_DOLLAR.match(text, mo.start):
                out.setdefault(round(mo.value / 1e6, 1), set()).add(mo.currency)
    return {v: next(iter(c)) for v, c in out.items() if len(c) == 1}


def _restated_in_local(text: str, monies: list[Money], local: dict[float, str]) -> list[Money]:
    return [replace(mo, currency=local[round(mo.value / 1e6, 1)])
            if mo.currency == "USD" and _BARE_DOLLAR.match(text, mo.start) and round(mo.value / 1e6, 1) in local else mo
            for mo in monies]


_YEN_WORD = re.compile(r"\b(?:yen|JPY)\b")
_YUAN_WORD = re.compile(r"\b(?:yuan|renminbi|RMB|CNY)\b")


# a line declaring the article's dollar ("(all figures in Australian dollars)", "All figures in the report are in
# Canadian dollars.", "All dollar figures below are in Canadian dollars."): every bare "$" of that article is that
# dollar (LABELING.md: currency stated or implied); a "US$" stays USD
_DECLARED_DOLLAR = re.compile(r"\b(?:all|the)\s+(?:dollar\s+)?(?:figures|amounts|values|numbers)\b[^.;$()]{0,40}?\bin\s+"
                              r"(?P<cur>Australian|Canadian|New Zealand|Hong Kong|Singapore)\s+dollars\b", re.I)
_DOLLAR_NAMES = {"australian": "AUD", "canadian": "CAD", "new zealand": "NZD", "hong kong": "HKD", "singapore": "SGD"}


def declared_dollar(body: str) -> str | None:
    """The local dollar the article says all its figures are in, when it names one."""
    names = {_DOLLAR_NAMES[" ".join(m["cur"].lower().split())] for m in _DECLARED_DOLLAR.finditer(body)}
    return names.pop() if len(names) == 1 else None


def _in_declared_dollar(text: str, monies: list[Money], cur: str) -> list[Money]:
    return [replace(mo, currency=cur) if mo.currency == "USD" and _BARE_DOLLAR.match(text, mo.start) else mo for mo in monies]


def _yen_or_yuan(ctx: Context, text: str, monies: list[Money]) -> list[Money]:
    """A "¥" amount is the story's currency (LABELING.md: currency stated or implied): yen when the article names
    only yen or (naming neither) is about Japan, yuan when it names only yuan or is about China; else unknown."""
    key = ("yen_or_yuan",)
    cur = ctx.memo.get(key, False)
    if cur is False:
        yen, yuan = bool(_YEN_WORD.search(ctx.body)), bool(_YUAN_WORD.search(ctx.body))
        story = {"JPN", "CHN"} & {ctx.reporter, ctx.default_imposer}
        cur = ctx.memo[key] = "JPY" if yen and not yuan else "CNY" if yuan and not yen else \
            {"JPN": "JPY", "CHN": "CNY"}[story.pop()] if len(story) == 1 and not (yen or yuan) else None
    if cur is None:
        return monies
    return [replace(mo, currency=cur) if mo.currency is None and text.startswith("¥", mo.start) else mo for mo in monies]


_STORY_CURRENCY_NAME = re.compile(
    r"(?<![\w$.,])(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)\s*(?P<mult>trillion|billion|million|bn|mn)?\s+"
    r"(?:[A-Z][a-z]+\s+)?(?P<word>" + "|".join(sorted(STORY_CURRENCY_NAMES, key=len, reverse=True)) + r")s?\b", re.I)
_STORY_CURRENCY_CUE = re.compile(r"\b(?:" + "|".join(STORY_CURRENCY_NAMES) + r")s?\b", re.I)   # not "material", "trial"
_STORY_CURRENCY_PARTS = ("irham", "inar", "rial", "Rial", "wacha", "kron", "Kron", "kr\u00f3n", "Kr\u00f3n")  # the cheap test first


def _story_currency_word(text: str) -> bool:
    return any(w in text for w in _STORY_CURRENCY_PARTS) and bool(_STORY_CURRENCY_CUE.search(text))


def _story_currency_money(ctx: Context, text: str, monies: list[Money]) -> list[Money]:
    """`monies` with the amounts in a currency name several countries share ("15 billion dirhams"), in the story's
    country's currency (LABELING.md: currency stated or implied; round 50), when exactly one of the story's countries
    (reporter, default imposer, main country) uses that name; else the amount stays unread as before."""
    out = list(monies)
    for m in _STORY_CURRENCY_NAME.finditer(text):
        cur = _story_currency(ctx, m.group("word").lower())
        if cur is None or any(mo.start <= m.start() < mo.end or m.start() <= mo.start < m.end() for mo in monies):
            continue
        out.append(Money(m.start(), m.end(), amount(m.group("num"), (m.group("mult") or "").lower()), cur))
    return sorted(out, key=lambda x: x.start) if len(out) > len(monies) else monies


def _story_currency(ctx: Context, word: str) -> str | None:
    users = STORY_CURRENCY_NAMES[word]
    story = {c for c in (ctx.reporter, ctx.default_imposer, ctx.main_country) if c in users}
    return users[story.pop()] if len(story) == 1 else None


def _sentence_money(ctx: Context, text: str) -> list[Money]:
    """find_money, with the two readings that need the sentence or the story: a currency left off a second amount
    and a currency name the story's country decides (round 50); each runs only where its cue is written."""
    monies = find_money(text)
    if monies:
        monies = elided_currency(text, monies)
    if _story_currency_word(text):
        monies = _story_currency_money(ctx, text, monies)
    return monies


def _money_sentence(text: str) -> bool:
    """The cheap test before find_money: a digit and a currency sign or word, or an amount in words ("half a billion
    dollars", round 25b)."""
    if _DIGIT.search(text):
        return bool("$" in text or _CURRENCY_WORD.search(text) or CURRENCY_HINT.search(text) or _story_currency_word(text))
    return bool(SPELLED_HINT.search(text))


def _currency_read(ctx: Context, text: str, monies: list, declared, local) -> list:
    """A sentence's amounts with the story's currency reading applied: a dollar the story declares, a figure restated
    in the local currency, and "¥" as yen or yuan."""
    if declared:
        monies = _in_declared_dollar(text, monies, declared)
    elif local:
        monies = _restated_in_local(text, monies, local)
    if "¥" in text:
        monies = _yen_or_yuan(ctx, text, monies)
    return monies


def candidates(ctx: Context) -> list[Candidate]:
    """Every money amount of the body with the rules' decision on it (facts deduplicated as before)."""
    cands: list[Candidate] = []
    facts: list[dict] = []
    seen: set[tuple] = set()
    by_sentence = {si: _sentence_money(ctx, sent.text) for si, sent in enumerate(ctx.sentences)   # (money needs a digit
                   if _money_sentence(sent.text)}                                                # or a number in words)
    local = _local_dollars(ctx, by_sentence)
    declared = declared_dollar(ctx.body)
    tables = unit_tables(ctx, by_sentence)
    for si, sent in enumerate(ctx.sentences):
        text = sent.text
        monies = by_sentence.get(si)
        _table_cells(sent, si, tables.get(si, []), cands, facts, seen)
        if not monies:
            continue
        monies = _currency_read(ctx, text, monies, declared, local)
        spans = clause_spans(text)
        state = {"last_excluded_end": -1}
        first = len(cands)
        items, ends = _breakdown(ctx, sent, monies, facts), range_ends(text, monies)
        for k, mo in enumerate(monies):
            c = Candidate(si, sent, mo, _clause_of(spans, mo.start), in_range=k in ends,
                          breakdown=items[k] or (None if k else _measure_goes_on(ctx, sent, mo, facts)))
            c.continues = _continued(ctx, c, facts)
            c.carried = _carried(ctx, c, cands, facts)
            c.total_pair = _total_pair(ctx, c, facts, cands[first:])
            c.row_flow = country_row(ctx, c) or (None if c.continues else goods_row(ctx, c))
            c.antecedent = pronoun_antecedent(ctx, c)
            if k and _restates(text, monies[k - 1], mo):
                c.conversion_of = first + k - 1
                c.antecedent = c.antecedent or cands[first + k - 1].antecedent   # "(12.7 billion U.S. dollars)"
            elif k:
                c.item_of = _list_item(cands, first, k, text, mo)
                c.base = _base(cands, first, k, text, mo)
                c.parallel = _parallel_base(cands, si) if c.base == "undated" else None
                if c.item_of is None and c.base is None and items[k] is None:
                    c.conjunct = _conjunct_pair(ctx, cands[first + k - 1], cands, c)
            c.rank = ranking_row(ctx, c, cands, first, k) if c.conversion_of is None else None
            cands.append(c)
            if headline_only(ctx, si, mo, by_sentence):
                c.reason = "headline_only"
                continue
            if c.rank and c.rank[0] is not None:
                fact = _ranked_fact(c, cands[c.rank[0]])
            elif c.item_of is not None:
                fact = _item_fact(c, cands[c.item_of])
            else:
                fact = _breakdown_fact(c) if c.breakdown else _rule_fact(ctx, c, monies, facts, state)
            if fact is None:
                continue
            key = (tuple(sorted(fact["parties"])), fact["year"], fact["value"], fact["kind"])
            if key in seen:
                c.reason = "duplicate"
                continue
            seen.add(key)
            facts.append(fact)
            c.fact = fact
    _story_pairs(ctx, cands)
    return cands


def _table_cells(sent: Sentence, si: int, cells: list, cands: list[Candidate], facts: list[dict], seen: set) -> None:
    """The cells of a table under a unit line (unit_tables): each one's flow is told by its column, row and unit line,
    so it is a fact as a breakdown's part is (the learned decision keeps it); a cell restating a fact is left out."""
    for mo, flow in cells:
        c = Candidate(si, sent, mo, (0, len(sent.text)), breakdown=flow)
        fact = _breakdown_fact(c)
        key = (tuple(sorted(fact["parties"])), fact["year"], fact["value"], fact["kind"])
        if key in seen:
            continue
        seen.add(key)
        facts.append(fact)
        c.fact = fact
        cands.append(c)


_STORY_FLOW = re.compile(STORY_FLOW_WORDS, re.I)
_STORY_JOIN = re.compile(STORY_FLOW_JOIN, re.I)
_STORY_OTHER_DIRECTION = {group: re.compile(rx, re.I) for group, rx in STORY_OTHER_DIRECTION.items()}
_STORY_WORLD_NEAR = re.compile(STORY_WORLD_NEAR, re.I)
_STORY_KIND_GROUP = {"exports": "exports", "imports": "imports", "trade_surplus": "balance", "trade_deficit": "balance"}
_SECTION_LABEL_WORDS = 3


def story_flow(ctx: Context) -> tuple[str, str] | None:
    """(kind group, partner) of the headline's flow when its first flow word names its partner right after it
    ("Australian exports to the US climb", "Brazil's trade deficit with US multiplies") and the headline names no
    third country (round 27).  The line after a section label ("KENYA") is the headline."""
    if "story_flow" in ctx.memo:
        return ctx.memo["story_flow"]
    out = None
    for k, s in enumerate(ctx.sentences[:2]):
        f = _STORY_FLOW.search(s.text)
        if not f:
            if len(s.text.split()) <= _SECTION_LABEL_WORDS:
                continue
            break
        after = ctx.country_mentions(s.start + f.end(), s.end, with_people=False)
        named = {m.iso3 for m in ctx.country_mentions(s.start, s.end, with_people=False)}
        if after and after[0].iso3 != ctx.reporter and _STORY_JOIN.fullmatch(ctx.body, s.start + f.end(), after[0].start) \
                and named <= {ctx.reporter, after[0].iso3}:
            out = (f.lastgroup, after[0].iso3)
        break
    ctx.memo["story_flow"] = out
    return out


_STORY_WORLD_WORD = re.compile(STORY_WORLD_WORD, re.I)
_STORY_WORLD_NOT_FLOW = re.compile(STORY_WORLD_NOT_FLOW, re.I)


def _story_world_flow(ctx: Context, group: str) -> bool:
    """A body sentence names the headline's kind of flow with a world word, with or without an amount ("The overall
    trade surplus narrowed in May", "Total exports grew 2.0 pct", "Taking all destinations together, Swiss exports
    edged down").  Round 29: a world word of a name or of a duty is none (`flow_world_word`)."""
    for s in ctx.sentences[1:]:
        if any(f.lastgroup == group for f in _STORY_FLOW.finditer(s.text)) and flow_world_word(s.text):
            return True
    return False


def flow_world_word(text: str) -> bool:
    """A world word of the sentence that can say a flow is with the world: not a word of a name, capitalised inside
    the sentence ("think tank Global Trade Research Initiative (GTRI) said exports to America dropped", "The World
    Bank"), and not one that qualifies a duty or demand ("the same global duties whatever their origin")."""
    for w in _STORY_WORLD_WORD.finditer(text):
        name = w.start() > 0 and w.group(0)[0].isupper()
        if not name and not _STORY_WORLD_NOT_FLOW.match(text, w.end()):
            return True
    return False


def _story_pairs(ctx: Context, cands: list[Candidate]) -> None:
    """A figure of the headline's flow that the body gives with the story's country alone and no country of its own
    in its sentence ("Beef exports grew 26% over the three months to reach A$1.6 billion" under "Australian exports to
    the US climb") is the headline's pair: [story's country, partner] (round 27).  Not in a story that reports the
    same kind with the world as well -- a figure of it with a world word ("total exports") or larger than the
    story's own pair figures ("Outbound shipments came to $40.1 billion" above $10 billion to the US) -- and not for a
    figure whose sentence states the other direction beside it (a report of the country's totals)."""
    flow = story_flow(ctx)
    if not flow or not ctx.reporter:
        return
    group, partner = flow
    same = [c for c in cands if c.fact and c.conversion_of is None and _STORY_KIND_GROUP.get(c.fact["kind"]) == group]
    pairs = [c.money.value for c in same if set(c.fact["parties"]) == {ctx.reporter, partner}]
    ones = [c for c in same if c.fact["parties"] == [ctx.reporter]]
    if any(_WORLD_FIGURE.search(c.sent.text) or with_world(ctx, c) or (pairs and c.money.value > max(pairs)) for c in ones) \
            or _story_world_flow(ctx, group):
        return          # the story gives this kind with the world too: an unnamed figure may be either
    for c in ones:
        s = c.sent
        near = ctx.sentences[c.si - 1].text + " " + s.text if c.si else s.text
        if _STORY_OTHER_DIRECTION[group].search(s.text) or _STORY_WORLD_NEAR.search(near) \
                or any(m.iso3 != ctx.reporter for m in ctx.country_mentions(s.start, s.end, with_people=False)):
            continue
        c.story_partner = partner
        c.fact = {**c.fact, "parties": [ctx.reporter, partner]}
    for c in cands:     # an amount restating one in another currency follows it
        if c.conversion_of is not None and cands[c.conversion_of].story_partner and c.fact \
                and c.fact["parties"] == [ctx.reporter]:
            c.story_partner = cands[c.conversion_of].story_partner
            c.fact = {**c.fact, "parties": [ctx.reporter, c.story_partner]}


def _breakdown(ctx: Context, sent, monies: list[Money], facts: list[dict]) -> list[dict | None]:
    """A by-country breakdown of the figure just stated ("The EU sold €500 billion worth of goods to the United
    States last year. Germany accounted for €161 billion of that, Ireland for €72 billion and Italy for €65
    billion"; "The US accounted for $0.75 million of that, followed by the UAE ($0.54 million), Singapore ...";
    "trailing Canada, which shipped US $5.303 billion, and China, with US $5.254 billion"): two or more amounts,
    each with exactly one country of its own between it and the amount before, all different.  Each item is that
    country's part of the figure: its kind and year, the item's country in place of the figure's own side (the
    story's country, or the exporter), the partner kept."""
    none: list[dict | None] = [None] * len(monies)
    if len(monies) < 2 or not facts or facts[-1]["span"][0] < ctx.sentences[max(0, ctx.sentence_index(sent.start) - 2)].start:
        return none
    items, counterparts = [], True
    lo = sent.start
    for mo in monies:
        ms = ctx.country_mentions(lo, sent.start + mo.start, with_people=False)
        isos = {m.iso3 for m in ms}
        if len(isos) != 1:
            return none
        items.append(isos.pop())
        counterparts = counterparts and all(_counterpart(ctx, m) for m in ms)
        lo = sent.start + mo.end
    # "Other key markets were Singapore at US$21 billion, South Korea at ...": items named as the story's markets
    counterparts = counterparts or bool(_MARKETS.search(sent.text, 0, monies[0].start))
    prev = facts[-1]
    if len(set(items)) != len(items) or prev["kind"] not in ("exports", "imports"):
        return none
    if _OTHER_DIRECTION[prev["kind"]].search(sent.text, 0, monies[0].start):
        return none     # "Imports came mainly from China ($10.28 billion), ..." after export figures: no part of them
    if counterparts:
        return _partner_items(ctx, prev, items) or none
    parties = prev["parties"]
    if len(parties) == 2:
        keep = [p for p in parties if p != ctx.reporter] if ctx.reporter in parties else \
            [parties[1] if prev["kind"] == "exports" else parties[0]]
    else:
        keep = list(parties)
    if not keep or any(i in keep for i in items):
        return none
    return [{"parties": [i, keep[0]] if prev["kind"] == "exports" else [keep[0], i], "year": prev["year"],
             "kind": prev["kind"]} for i in items]


# "They cover C$12.6 billion of U.S. steel products ...", "The list includes €10.5 billion of aircraft": a sentence that
# opens with the measure of the sentence before as its subject and a verb of coverage right before its first amount
_MEASURE_SUBJECT_VERB = re.compile(
    r"\s*(?:They|It|These|Those|The\s+(?:new\s+)?(?:list|lists|package|measures?|tariffs?|duties|countermeasures?|levies|surtax(?:es)?))"
    r"\s+(?:(?:would|will|could)\s+)?(?:cover|covers|covered|include|includes|included|target|targets|targeted|hit|hits)\s+"
    r"(?:(?:about|roughly|some|nearly|almost|around|up to|an estimated|another|a further)\s+)*")


_MEASURE_NOUN = re.compile(rf"\b(?:{TARIFF_NOUNS}|countermeasures?|retaliat\w*|measures?)\b", re.I)


def _measure_goes_on(ctx: Context, sent, mo: Money, facts: list[dict]) -> dict | None:
    """The story's last figure, a measure's coverage, when this sentence goes on with that measure as its subject
    ("... retaliatory tariffs on C$29.8 billion worth of American goods. ... Canada's duties are scheduled to start on
    March 13. They cover C$12.6 billion of U.S. steel products"): the amount is more of the measure's coverage, with its
    parties and year (the last figure of the story within MEASURE_STORY_SENTENCES)."""
    if not facts or facts[-1]["kind"] != "countermeasure_coverage" or not _MEASURE_SUBJECT_VERB.fullmatch(sent.text, 0, mo.start):
        return None
    prev, si = facts[-1], ctx.sentence_index(sent.start)
    # "They" is the measure the sentence before names ("Canada's duties are scheduled to start ... They cover ..."),
    # and the story's last figure is that measure's coverage
    if not si or not _MEASURE_NOUN.search(ctx.sentences[si - 1].text) or \
            not ctx.sentences[max(0, si - MEASURE_STORY_SENTENCES)].start <= prev["span"][0] < sent.start:
        return None
    return {"parties": prev["parties"], "year": prev["year"], "kind": prev["kind"]}


# a part of the figure just stated: "more than half of that", "80 percent of which"
_PART_OF = re.compile(r"\b(?:\d+(?:\.\d+)?\s?(?:%|per\s?cent|percent)|half|a third|two-thirds|a quarter|three-quarters|most|the bulk|"
                      r"the majority)\s+of\s+(?:that|which|it|this|the total)\b", re.I)
# a breakdown that names the other direction of trade than the figure before is no part of it
_OTHER_DIRECTION = {kind: re.compile(rx, re.I) for kind, rx in OTHER_DIRECTION_WORDS.items()}
# the items of a breakdown are the figure's counterparts, not its own side
# ("suppliers" is not one: "third among the US's suppliers, trailing Canada ... and China" names the figure's own side)
_MARKETS = re.compile(r"\b(?:markets|destinations|buyers|customers)\b", re.I)


def _partner_items(ctx: Context, prev: dict, items: list[str]) -> list[dict] | None:
    """The breakdown's items named as counterparts ("Exports to Argentina jumped 40.4% to $1.6 billion and those to
    Mexico climbed 43.8% to $790 million"; "Imports from the US rose to €8.4 billion, and those from the UK fell to
    €3 billion"): each item is the partner of the figure before's own side -- the story's country when that is a
    party of it, else its one party -- kept."""
    parties = prev["parties"]
    own = next((p for p in (ctx.reporter, ctx.main_country) if p in parties), None) if len(parties) == 2 else \
        (parties[0] if parties else None)
    if not own or own in items:
        return None
    return [{"parties": [own, i], "year": prev["year"], "kind": prev["kind"]} for i in items]


# a list of the goods one verb governs: "cover C$12.6 billion of U.S. steel products and C$3 billion of aluminum, along
# with a further C$14.2 billion of American imports"; "US$3.5 billion of liquefied petroleum gas, US$4.5 billion of crude
# oil and US$7 billion of refined gasoline": what lies between an "<amount> of <goods>" and the next amount (after
# "comprising" / "made up of" the items are parts of the amount before, with its kind, parties and year)
_ITEM_JOIN = re.compile(r"\s*(?:worth\s+)?(?:of|in)\s+(?:[^,;:.$€£¥₹()]|(?<=[A-Z])\.){1,60}?"
                        r"(?:,\s*(?:and\s+)?|\s+and\s+|,?\s+(?:along with|plus|as well as|comprising|made up of|consisting of)\s+)"
                        r"(?:(?:a further|another|an additional|about|roughly|some|nearly|almost|around|up to|more than)\s+)*", re.I)
_ITEM_GOODS = re.compile(r"\s*(?:worth\s+)?of\s+(?!which\b|that\b|this\b|those\b|these\b|the total\b)", re.I)


def _list_item(cands: list[Candidate], first: int, k: int, text: str, mo: Money) -> int | None:
    """The index of the list's first amount when amount k of the sentence is a further item of it: the goods of the
    amount before, a list join (",", "and", "along with a further") and goods of its own ("$4.5 billion of crude
    oil"), in one clause.  Such an item shares the first one's kind, parties and year."""
    prev = cands[first + k - 1]
    head = prev.conversion_of if prev.conversion_of is not None else first + k - 1
    if cands[head].clause != _clause_of(clause_spans(text), mo.start) or not _ITEM_GOODS.match(text, mo.end):
        return None
    if not _ITEM_JOIN.fullmatch(text, prev.money.end, mo.start) or _NON_TRADE.search(text[prev.money.end:mo.start]):
        return None     # ("$600 billion in additional investment in the US and $750 billion of purchases": no list)
    return cands[head].item_of if cands[head].item_of is not None else head


# "rose to $73.61 billion from $71.71 billion": the amount after "from" is the comparison's base
_TO_BEFORE = re.compile(r"\bto\s+(?:about\s+|roughly\s+|nearly\s+|some\s+|a record\s+)?$", re.I)
_FROM_BETWEEN = re.compile(r"(?:\s*\)|[^,;:$€£¥₹()]){0,40}?\bfrom\s+(?:about\s+|roughly\s+|nearly\s+|some\s+)?", re.I)
_AMOUNT_OR_STOP = re.compile(r"[,;:]|(?:[$€£¥₹₦฿₩]|\bRs\.?\s?)\s?\d|\d[\d.,]*\s*(?:trillion|billion|million|bn|tn|trn|mn)\b", re.I)


def _base(cands: list[Candidate], first: int, k: int, text: str, mo: Money) -> str | None:
    """"dated" / "undated" when amount k is the base of a comparison ("to $71.24 billion from $63.55 billion"), by
    whether its own stretch after it names a period ("from $38.51 billion in December", "a year ago"); else None."""
    prev = cands[first + k - 1]
    head = cands[prev.conversion_of] if prev.conversion_of is not None else prev
    if not _TO_BEFORE.search(text, max(0, head.money.start - 20), head.money.start) \
            or not _FROM_BETWEEN.fullmatch(text, prev.money.end, mo.start):
        return None
    stop = _AMOUNT_OR_STOP.search(text, mo.end)
    return "dated" if _PERIOD_WORDS.search(text, mo.end, stop.start() if stop else len(text)) else "undated"


def _parallel_base(cands: list[Candidate], si: int) -> Candidate | None:
    """The dated base of the last comparison of this sentence or the one before ("Merchandise exports declined to
    $36.56 billion in January from $38.51 billion in December. Imports climbed to $71.24 billion from $63.55 billion":
    December's): an undated base in a run of comparisons is for the same period."""
    for c in reversed(cands):
        if c.si < si - 1:
            return None
        if c.base:
            return c if c.base == "dated" else c.parallel
    return None


# the kinds whose second amount in a sentence can be a parallel of the first with one country changed
_CONJUNCT_KINDS = ("exports", "imports", "total_trade", "trade_surplus", "trade_deficit")


def _own_new_countries(ctx: Context, c: Candidate, lo: int, hi: int, taken: list[str]) -> list[Mention]:
    """The mentions in c's sentence text[lo:hi] of countries that are not in `taken` and may be a party (not an
    organisation's seat, not after "excluding", not a measure's or a share's country)."""
    sent = c.sent
    excluded = _not_parties(ctx, ctx.country_mentions(sent.start, sent.end))
    return [m for m in ctx.country_mentions(sent.start + lo, sent.start + hi, with_people=False)
            if m.iso3 not in taken and m.iso3 not in excluded and not _ORG_AFTER.match(ctx.body, m.end)]


def _conjunct_pair(ctx: Context, prev: Candidate, cands: list[Candidate], c: Candidate) -> list[str] | None:
    """The parties of a further amount of a sentence that restates the amount before for one other country: "China's
    surplus with the United States stood at $270.4 billion, ahead of Mexico at $157.2 billion and Vietnam at $113.1
    billion"; "Canada sold C$7.7 billion worth of canola to the U.S. and C$4.9 billion to China"; "U.S. exports to
    Canada fell to US$26.097 billion and those to China dropped to US$9.298 billion".  The one new country named
    between the two amounts (else, as a counterpart, right after this one in its stretch) takes the place of the
    party of the same role in the pair before (_kept_side)."""
    head = cands[prev.conversion_of] if prev.conversion_of is not None else prev
    pair = head.fact["parties"] if head.fact and head.fact["kind"] in _CONJUNCT_KINDS else None
    if not pair or len(pair) != 2 or head.sent.start != c.sent.start:
        return None
    text, start = c.sent.text, c.sent.start
    if c.clause != head.clause and \
            {m.iso3 for m in ctx.country_mentions(start + c.clause[0], start + c.money.start)} & set(pair):
        return None     # "..., while U.S. exports to Canada fell to $26.1 billion": a clause stating its own flow
    new = _own_new_countries(ctx, c, prev.money.end, c.money.start, pair)
    if not new:
        nxt = _AMOUNT_AHEAD.search(text, c.money.end)
        hi = min(nxt.start() if nxt else len(text), _stretch(text, c.clause, c.money.start, c.money.end)[1])
        after = _own_new_countries(ctx, c, c.money.end, hi, pair)
        new = after if all(_counterpart(ctx, m) for m in after) else []
    if len({m.iso3 for m in new}) != 1:
        return None
    keep = _kept_side(ctx, pair, head, c, all(_counterpart(ctx, m) for m in new))
    return [new[0].iso3 if p != keep else p for p in pair] if keep else None


# a flow or balance, or money the rules give no direction ("Ireland, the second-largest destination, took only $3.2
# billion of Israeli goods, with China third at $2.8 billion": the learned kind of the head decides the rows' kind)
_RANKED_KINDS = (*_CONJUNCT_KINDS, "other")
_RANKING_LINK = re.compile(RANKING_LINK, re.I)
_RANKING_JOIN = re.compile(RANKING_ROW_JOIN, re.I)
_RANKING_TAIL = re.compile(RANKING_ROW_TAIL, re.I)
_RANKING_OPENING = re.compile(RANKING_OPENING_TAIL, re.I)
_RANKING_ORDINAL = re.compile(rf"\b{RANKING_ORDINAL}\b", re.I)
_RANKING_ROLE = re.compile(RANKING_ROLE_NOUNS, re.I)


def ranking_row(ctx: Context, c: Candidate, cands: list[Candidate], first: int, k: int) -> tuple | None:
    """(index of the ranking's head, parties) when amount c is a row of a ranking told in prose: "China was again the
    largest source of imports, supplying $4.64 billion ..., ahead of Russia with $3.56 billion and Germany with $3
    billion" (each row: [the story's country, the row's country]); "The United Kingdom came second at $1.69 billion"
    after "Germany kept its place as the biggest buyer of Turkish goods, taking $1.97 billion" (round 37).  The row is
    its head's flow with the head's ranked country replaced by its own; a country of the rows read into the head's
    pair is taken out of it.  None when the amount is no row or nothing says which side of the head is ranked."""
    if k:
        prev = cands[first + k - 1]
        prev = cands[prev.conversion_of] if prev.conversion_of is not None else prev
        row = _row_country(ctx, c, prev.money.end, _RANKING_TAIL)
        if row is None or not _ranked_join(c, prev, row):
            return None
        head_i = prev.rank[0] if prev.rank and prev.rank[0] is not None else cands.index(prev)
    else:
        row = _row_country(ctx, c, 0, _RANKING_OPENING)
        head_i = _previous_head(cands, c)
        if row is None or head_i is None:
            return None
    head = cands[head_i]
    if head.fact is None or head.fact["kind"] not in _RANKED_KINDS:
        return None
    pair = _ranking_head_pair(ctx, head, row.iso3)
    if row.iso3 in pair:
        return None
    kept = _ranking_kept(ctx, head, pair)
    if len(pair) == 2 and kept in pair:
        return head_i, [row.iso3 if p != kept else p for p in pair]
    return None


def _row_country(ctx: Context, c: Candidate, lo: int, tail: re.Pattern) -> Mention | None:
    """The one country named between text[lo] and c's amount, with only a row's join before it and a rank after it."""
    start = c.sent.start
    found = ctx.country_mentions(start + lo, start + c.money.start, with_people=False)
    if len({m.iso3 for m in found}) != 1 or found[0].compound:
        return None
    m = found[0]
    text = c.sent.text
    if not _RANKING_JOIN.fullmatch(text, lo, m.start - start) or not tail.fullmatch(text, m.end - start, c.money.start):
        return None
    return m


def _ranked_join(c: Candidate, prev: Candidate, row: Mention) -> bool:
    """A further row: a ranking link before its country, or a rank after it, or the row before was one ("... followed
    by Malaysia at $330 billion and Thailand at $301 billion")."""
    text, start = c.sent.text, c.sent.start
    return bool(_RANKING_LINK.search(text, prev.money.end, row.start - start)
                or _RANKING_ORDINAL.search(text, row.end - start, c.money.start)
                or (prev.rank and prev.rank[0] is not None))


def _previous_head(cands: list[Candidate], c: Candidate) -> int | None:
    """The index of the last fact of the sentence before, in c's paragraph: the head a sentence opening with a row
    ("China came next at $1.27 billion") goes on with (the head of that fact when it is a row itself)."""
    for i in range(len(cands) - 1, -1, -1):
        p = cands[i]
        if p.si < c.si - 1 or p.sent.para != c.sent.para:
            return None
        if p.si == c.si - 1 and p.fact is not None and p.conversion_of is None:
            return p.rank[0] if p.rank and p.rank[0] is not None else i
    return None


def _ranking_head_pair(ctx: Context, head: Candidate, row: str) -> list[str]:
    """The head's parties without the row's country (named after it, so no party of it), with the story's country put
    in when the head names its role as the story country's market or source ("ranked Uganda first among Kenya's
    export markets with Sh11 billion").  The head's fact is corrected in place."""
    pair = list(head.rank[1]) if head.rank else list(head.fact["parties"])
    fixed = [p for p in pair if p != row]
    if len(fixed) == 1 and ctx.reporter and ctx.reporter not in fixed \
            and _RANKING_ROLE.search(head.sent.text, 0, head.money.start):
        fixed = [ctx.reporter, fixed[0]]
    if fixed != pair and fixed:
        head.rank = (None, fixed)
        head.fact["parties"] = fixed
    return fixed


def _ranking_kept(ctx: Context, head: Candidate, pair: list[str]) -> str | None:
    """The side of the head's pair that the rows keep: the story's country, else the one named as the counterpart in
    the head's sentence ("Ireland posted the largest surplus with the US")."""
    if ctx.reporter in pair:
        return ctx.reporter
    s = head.sent
    sides = {m.iso3 for m in ctx.country_mentions(s.start, s.end, with_people=False) if m.iso3 in pair and _counterpart(ctx, m)}
    return sides.pop() if len(sides) == 1 else None


def _ranked_fact(c: Candidate, head: Candidate) -> dict | None:
    c.reason = "ranking_row"
    if head.fact is None:
        return None
    return flow_at(head.fact, c, parties=list(c.rank[1]))


def _kept_side(ctx: Context, pair: list[str], head: Candidate, c: Candidate, as_counterpart: bool) -> str | None:
    """The party of the pair before that a conjunct's new country leaves in place.  A new counterpart ("to China",
    "$68.5 billion with Japan") replaces the pair's counterpart, the one of the pair the head's conjunct names after
    "to/from/with" or "surplus with".  Any other new country replaces the side that is not the story's country (the
    writers' reading of "Chile's copper shipments to the U.S. were worth $5.8 billion, ahead of Japan, at $5.3
    billion": Chile's to Japan), else the side that is not the counterpart.  None when nothing says which."""
    mentions = ctx.country_mentions(c.sent.start + head.clause[0], c.sent.start + c.money.start)
    sides = [p for p in pair if any(m.iso3 == p and (_counterpart(ctx, m) or _BALANCE_WITH.search(
        ctx.body, max(0, m.start - 20), m.start)) for m in mentions)]
    if len(sides) == 1 and (as_counterpart or ctx.reporter not in pair):
        return next(p for p in pair if p != sides[0]) if as_counterpart else sides[0]
    return ctx.reporter if ctx.reporter in pair else None


def measure_item(cands: list[Candidate], c: Candidate) -> bool:
    """A further item of a list of the goods a measure covers (its first item's rule fact is coverage): the learned
    decision on the first item decides the whole list."""
    head = cands[c.item_of] if c.item_of is not None else None
    return head is not None and head.fact is not None and head.fact["kind"] == "countermeasure_coverage"


def flow_at(fact: dict, c: Candidate, **fields) -> dict:
    """`fact`'s flow (with `fields` over it) at candidate c's amount and sentence: a list item, a breakdown's part or a
    ranking's row told as the flow before it."""
    return {**fact, **fields, "value": float(c.money.value), "currency": c.money.currency,
            "sentence": c.sent.text, "span": [c.sent.start, c.sent.end]}


def _item_fact(c: Candidate, head: Candidate) -> dict | None:
    c.reason = "list_item"
    if head.fact is None:
        return None
    return flow_at(head.fact, c)


def _breakdown_fact(c: Candidate) -> dict:
    c.reason = "breakdown"
    return flow_at(c.breakdown, c)


def _rule_fact(ctx: Context, c: Candidate, monies, facts: list[dict], state: dict) -> dict | None:
    """The rules' trade value for candidate `c` (None with c.reason saying why not)."""
    text, mo, cl, sent, si = c.sent.text, c.money, c.clause, c.sent, c.si
    clause = text[cl[0]:cl[1]]
    if not _TRADE_CONTEXT.search(clause) and c.continues is None and not _earned_from_sales(c) and c.antecedent is None \
            and c.row_flow is None:
        c.reason = "no_trade_context"
        return None
    near_start = max(cl[0], mo.start - 50)
    prev = [m for m in monies if m.end <= mo.start and m.end > near_start]
    if prev and any(rx.search(text, prev[-1].end, mo.start) for kind, rx in _KINDS if kind != "total_trade"):
        # "invest $350 billion in U.S. projects and buy $100 billion of U.S. LNG": the amount has
        # its own trade verb; the other amount's investment words are not its context
        near_start = prev[-1].end
    if _OWN_TRADE_NOUN.match(text, mo.end):
        near_start = max(near_start, mo.start)
    nxt = [m.start for m in monies if m.start > mo.start]
    if nxt:     # "buy $750 billion of US energy and to invest $600 billion": the next amount's own conjunct
        cut = text.find(" and ", mo.end, nxt[0])
        nxt[0] = nxt[0] if cut < 0 else cut
    near = text[near_start:min(cl[1], mo.end + 40, *nxt[:1])]
    last_excluded_end = state["last_excluded_end"]
    compared = last_excluded_end >= 0 and _COMPARED.search(text[last_excluded_end:mo.start])
    non_trade = [m.group(0).lower() for m in _NON_TRADE.finditer(near)]
    if non_trade and set(non_trade) <= {"package"} and rule_kind(c) == "countermeasure_coverage":
        non_trade = []      # "a new package aimed at US exports worth up to €18bn": a package of countermeasures
    if non_trade and set(non_trade) <= {"earnings"} and earned_flow(text, mo.start, mo.end) == "exports":
        non_trade = []      # "bringing in about R34 billion in foreign earnings each year": export earnings (LABELING.md)
    if non_trade or compared or other_money(c):
        state["last_excluded_end"] = mo.end      # "revenue reached $29.6 billion, ... up from $7.1 billion"
        c.reason = "non_trade" if not compared else "compared"
        return None
    if mo.value < 1e5:          # prices, per-unit amounts
        c.reason = "small"
        return None
    prev_fact = facts[-1] if facts and facts[-1]["span"][0] == sent.start else None
    if prev and prev_fact is not None and prev_fact["value"] == prev[-1].value \
            and _restates(text, prev[-1], mo):
        # "20.9 billion euros ($23.6 billion)": the same figure in another currency
        c.reason = "conversion"
        return {**prev_fact, "value": float(mo.value), "currency": mo.currency}
    kind = rule_kind(c)
    if kind != "countermeasure_coverage" and _NON_ISO.search(text, cl[0], mo.start):
        c.reason = "non_iso"
        return None         # "The EU exported goods worth 532 billion euros": no ISO3 party for the bloc
    if kind == "countermeasure_coverage" and _NON_ISO.search(text, cl[0], mo.start) \
            and not ctx.country_mentions(sent.start + cl[0], sent.start + mo.start, with_people=False):
        c.reason = "non_iso"
        return None         # the EU's countermeasures: no ISO3 imposer to report
    parties = rule_parties(ctx, c, kind)
    if not parties:
        c.reason = "no_parties"
        return None         # no country to tie the amount to
    year = rule_year(ctx, c, kind)
    if future(ctx, year):
        c.reason = "target"
        return None         # "exports to USD 100 billion by 2030", "buy $750 billion of US energy through 2028"
    return {"parties": parties, "year": year, "value": float(mo.value), "currency": mo.currency,
            "kind": kind, "sentence": text, "span": [sent.start, sent.end]}


# a change, not a level (LABELING.md): "exports were down £1.7bn", "expects the deal to add about US$1 billion to
# exports" ("the deficit widened by £3.0bn" is changed_by's)
_CHANGE_BEFORE = re.compile(r"(?:(?<!made )\bup|\bdown|\b(?:add|adds|added|adding))\s+"
                            r"(?:(?:about|roughly|nearly|some|more than|almost|around|an estimated)\s+)?$", re.I)


# a difference ("$4.2 billion more than a year earlier", "£0.7 billion less than in May") or a threshold ("under the
# $9 billion mark", "break US$50 billion barrier"): no level of a flow
_DIFFERENCE_AFTER = re.compile(r"\s*(?:more|less|higher|lower|above|below)\s+than\b|\s+(?:mark|barrier|threshold)\b", re.I)


def other_money(c: Candidate) -> bool:
    """Money of another sort whatever the clause says: "$1.91 billion in duties", "$121,000 per vehicle", "$175 billion
    in refunds"; or a change ("widened by £3.0bn", "$4.2 billion more than a year earlier") or a threshold."""
    text, start = c.sent.text, c.money.start
    return bool(_OTHER_MONEY_AFTER.match(text, c.money.end) or _DIFFERENCE_AFTER.match(text, c.money.end)
                or a_change(text, start, c.money.end))


_RANGE_GAP = re.compile(RANGE_GAP, re.I)
_RANGE_BETWEEN = re.compile(RANGE_BETWEEN, re.I)
_RANGE_NOT_AFTER = re.compile(RANGE_NOT_AFTER, re.I)
_RANGE_OF = re.compile(RANGE_OF, re.I)
_RANGE_OF_CHANGE = re.compile(rf"\b{CHANGE_NOUNS}\b|\bfrom\b|{CHANGE_VERB_ANY}", re.I)
_RANGE_LOOKBACK = 40


def range_ends(text: str, monies: list[Money]) -> set[int]:
    """Indices of the amounts that are an end of a range (round 49; LABELING.md round 16: a range of trade values is no
    trade value): two amounts of one currency joined by "and" after "between" ("estimated at between $9 billion and $10
    billion", "somewhere between $16 billion and $17 billion a year"), or by "to" or a dash, rising, where the first is
    no change's base or size ("the $5 billion to $6 billion worth of goods", "a surplus of roughly A$4.2 billion to A$4.4
    billion"; not "from X to Y", "by X to Y", "climbing X to Y", nor "of X to Y" after a change word: constants.py)."""
    out: set[int] = set()
    for k in range(len(monies) - 1):
        a, b = monies[k], monies[k + 1]
        gap = _RANGE_GAP.fullmatch(text, a.end, b.start)
        if gap is None or (a.currency and b.currency and a.currency != b.currency):
            continue
        before = text[max(0, a.start - _RANGE_LOOKBACK):a.start]
        if gap.group("join").lower() == "and":
            ranged = bool(_RANGE_BETWEEN.search(before))
        else:
            ranged = a.value < b.value and not (_RANGE_NOT_AFTER.search(before) or _CHANGE_BEFORE.search(before)
                                                or _CHANGE_VERB_BEFORE_ANY.search(before)
                                                or (_RANGE_OF.search(before) and _RANGE_OF_CHANGE.search(before)))
        if ranged:
            out |= {k, k + 1}
    return out


# round 16 (constants.CHANGE_NOUNS ...): "a rise of $2.5 billion", "down 8.8%, or £2.7 billion", "slid £300 million",
# "US$600 million less shipped"
_CHANGE_NOUN_BEFORE = re.compile(rf"\b(?:a|an|the)\s+(?:[\w.-]+\s+){{0,2}}?{CHANGE_NOUNS}\s+of\s+{CHANGE_HEDGE}$", re.I)
_PERCENT_CHANGE_BEFORE = re.compile(rf"(?:(?<!made )(?<!makes )(?<!make )\bup|\b(?:down|{CHANGE_VERBS}|{CHANGE_NOUNS}))\b[^;$€£¥₹]{{0,30}}?\d(?:[\d.,]*\d)?\s?{PERCENT_UNIT}"
                                    rf",?\s+(?:or\s+)?{CHANGE_HEDGE}$", re.I)
_CHANGE_VERB_BEFORE = re.compile(rf"\b{CHANGE_VERBS}\s+{CHANGE_HEDGE}$", re.I)
_DIFFERENCE_AFTER_AMOUNT = re.compile(DIFFERENCE_AFTER_AMOUNT, re.I)
_EXTRA_AMOUNT = re.compile(EXTRA_AMOUNT, re.I)
_AMOUNT_TAKEN_AWAY = re.compile(AMOUNT_TAKEN_AWAY, re.I)
_BY_AMOUNT = re.compile(BY_AMOUNT, re.I)
_CHANGE_VERB_ANY = re.compile(CHANGE_VERB_ANY, re.I)
_CHANGE_VERB_BEFORE_ANY = re.compile(rf"{CHANGE_VERB_ANY}\s+{CHANGE_HEDGE}$", re.I)


def changed_by(text: str, start: int) -> bool:
    """The amount at `start` follows "by" and a verb of change stands shortly before it (round 25b: "slumped by £2
    billion", "lowered June's surplus by R1.1bn", "... and imports by R15.2bn" after "exports climbed by R14.5bn")."""
    return bool(_BY_AMOUNT.search(text, max(0, start - 30), start)
                and _CHANGE_VERB_ANY.search(text, max(0, start - CHANGED_BY_WINDOW), start))


def a_change(text: str, start: int, end: int) -> bool:
    """The amount text[start:end] is a change of a flow, not its level (LABELING.md: "Not trade values: changes"): round
    13's change words right before it ("down", "add"); a change noun, a percentage change restated in money or a
    change verb right before it, a difference right after it (round 16); an amount taken away, or an amount called extra
    when the sentence names no measure (an "additional C$14.2 billion" a tariff hits is the measure's coverage) (round
    17); "by" after a change verb in any form ("widened by", "grew, by", "went up by": `changed_by`, round 25b)."""
    before = text[max(0, start - 70):start]
    return bool(_CHANGE_BEFORE.search(text, max(0, start - 40), start)
                or _CHANGE_NOUN_BEFORE.search(before) or _PERCENT_CHANGE_BEFORE.search(before)
                or _CHANGE_VERB_BEFORE.search(before) or _DIFFERENCE_AFTER_AMOUNT.match(text, end)
                or _AMOUNT_TAKEN_AWAY.search(before) or changed_by(text, start)
                or (_EXTRA_AMOUNT.search(before) is not None and not _MEASURE_NOUN.search(text))
                or a_difference(text, start, end))


# round 40 (constants.DIFFERENCE_*): a difference told around the amount in the forms a_change's cues above miss
_DIFFERENCE_TAIL = re.compile(rf"{DIFFERENCE_APPOSITION}\s+(?P<cmp>{DIFFERENCE_COMPARATIVE})", re.I)
_DIFFERENCE_LEVEL_BEFORE = re.compile(DIFFERENCE_LEVEL_BEFORE, re.I)
_DIFFERENCE_BY_BEFORE = re.compile(DIFFERENCE_BY_BEFORE)
_DIFFERENCE_NOUN_BEFORE = re.compile(rf"\b(?:a|an|the)\s+(?:[\w.-]+\s+){{0,2}}?{DIFFERENCE_NOUNS}\s+of\s+{CHANGE_HEDGE}$", re.I)
_DIFFERENCE_NOUN_AFTER = re.compile(DIFFERENCE_NOUN_AFTER, re.I)
_PERCENT_IN_BRACKETS_BEFORE = re.compile(rf"(?:(?<!made )(?<!makes )(?<!make )\bup|\b(?:down|{CHANGE_VERBS}|{CHANGE_NOUNS}))\b"
                                         rf"[^;$€£¥₹]{{0,30}}?\d(?:[\d.,]*\d)?\s?{PERCENT_UNIT}\s*\(\s*{CHANGE_HEDGE}$", re.I)
_PERCENT_APPOSED_BEFORE = re.compile(rf"\d\s?{PERCENT_UNIT}(?:,?\s+or\s+|\s*\(\s*){CHANGE_HEDGE}$", re.I)
_COMPARATIVE_AFTER_COMMA = re.compile(rf"\)?,\s+{DIFFERENCE_COMPARATIVE}\s+than\b", re.I)
_DIFFERENCE_LEVEL_AFTER = re.compile(DIFFERENCE_LEVEL_AFTER)
_DIFFERENCE_SIDES_AFTER = re.compile(DIFFERENCE_SIDES_AFTER, re.I)


def a_difference(text: str, start: int, end: int) -> bool:
    """The amount text[start:end] is a difference between two levels, not a level (round 40; LABELING.md: changes are
    no trade values): a comparative after it, across a bracket or a percentage in apposition ("$20 billion higher",
    "€46.1 billion, or 27.7 per cent, more than"; "above"/"below" only when no preposition before the amount states it
    as a level); "higher by" / "ahead of Mexico by" before it; a percentage change restated in brackets ("up 61.4 per
    cent ($297.8 million"), or in apposition with a comparative after ("17.5 percent, or $156.7 million, lower than");
    a change noun of its own ("a loss of", "a $7.1 billion fall in"); a change verb in any form with the new level after
    it ("climbing €6.2 billion to €28.5 billion")."""
    before = text[max(0, start - 70):start]
    tail = _DIFFERENCE_TAIL.match(text, end)
    if tail and _DIFFERENCE_SIDES_AFTER.search(text, end, end + DIFFERENCE_SIDES_WINDOW):
        return False        # "sold R37 billion more to the United States than it bought from it": the balance
    if tail and (tail.group("cmp").lower() not in ("above", "below") or not _DIFFERENCE_LEVEL_BEFORE.search(before)):
        return True
    if _PERCENT_APPOSED_BEFORE.search(before) and _COMPARATIVE_AFTER_COMMA.match(text, end):
        return True
    return bool(_DIFFERENCE_BY_BEFORE.search(before) or _PERCENT_IN_BRACKETS_BEFORE.search(before)
                or _DIFFERENCE_NOUN_BEFORE.search(before) or _DIFFERENCE_NOUN_AFTER.match(text, end)
                or (_DIFFERENCE_LEVEL_AFTER.match(text, end) and _CHANGE_VERB_BEFORE_ANY.search(before)))


def future(ctx: Context, year: int | None) -> bool:
    """A figure for a year after publication is a target or a commitment, not a trade value."""
    return year is not None and ctx.published is not None and year > ctx.published.year


def rule_kind(c: Candidate) -> str:
    if c.row_flow:
        return c.row_flow[0]    # round 31: "Where Brazil's exports went // Argentina: up 40.4% to $1.6 billion"
    kind = _kind(c.sent.text, c.clause, c.money.start, c.money.end)
    if c.antecedent and kind != "countermeasure_coverage":
        return c.antecedent     # round 28: "Imports also disappointed. They rose 1 per cent ... to US$215.28 billion"
    return c.continues["kind"] if kind == "other" and c.continues else kind


def _continued(ctx: Context, c: Candidate, facts: list[dict]) -> dict | None:
    """The fact of one of the two sentences before when this amount's clause has no trade word and its sentence no
    word of other money: the story goes on with the same figures ("Exports to the US rose to $60 billion. Gold was the
    single biggest item, at $11.5 billion."; "It includes 10.5 billion euros of aircraft, ..."; list rows
    "Rubber products – US$2.783 billion, up 11.83%")."""
    text, cl = c.sent.text, c.clause
    if not facts or _own_trade_words(ctx, c) or _NON_TRADE.search(text):
        return None
    prev = facts[-1]
    if prev["span"][0] == c.sent.start:
        # round 31: a further item of the sentence's own ranking or list ("Oil made up the bulk of it at $1.1 billion,
        # followed by uranium at $322.9 million"); not of money of no direction ("Toyota's $3 billion or Honda's $850
        # million", "receipts reached USD59.2 billion, against USD44.1 billion"): money of another sort, mostly
        return prev if prev["kind"] != "other" else None
    lo = ctx.sentences[max(0, c.si - 2)].start
    if not lo <= prev["span"][0] < c.sent.start:
        return _row_continued(ctx, c, prev)
    # a line between with trade words of its own ("Top five exports to the US, January–July 2025:") starts other figures
    stops = [k for k in range(max(0, c.si - 2), c.si)
             if prev["span"][0] < ctx.sentences[k].start and _TRADE_CONTEXT.search(ctx.sentences[k].text)]
    if stops and _list_intro(ctx, c.si) is not None:
        stops = [k for k in stops if not _list_row(ctx, k)]    # not a row of the same list ("Animal products: $2 billion")
    return None if stops else prev


_ROW_GOODS = re.compile(ROW_GOODS_WORDS, re.I)


def _own_trade_words(ctx: Context, c: Candidate) -> bool:
    """The amount's clause has trade words of its own -- but not a list row whose only ones are its goods label's
    ("Engineering goods: $11.01 billion", "Pulp and paper products: C$3 billion": what the row is of, round 32)."""
    text, cl = c.sent.text, c.clause
    if not _TRADE_CONTEXT.search(text, cl[0], cl[1]):
        return False
    if _list_intro(ctx, c.si) is None:
        return True
    return bool(_TRADE_CONTEXT.search(_ROW_GOODS.sub(_blank, text[cl[0]:cl[1]])))


def _row_continued(ctx: Context, c: Candidate, prev: dict) -> dict | None:
    """The fact before a list's intro for a row of that list with no trade word ("The export lines expected to feel
    the tariff, with the value of what they ship to the US, include: // Textiles and clothing: $10.3 billion" after
    "... half of the country's $86-billion exports to the American market"; "The annual import values were given by
    the senior official: // Coffee: C$714 million" under a measure's C$30 billion): the rows break the figure before
    down, as a row right under it does (round 29).  An intro naming a kind must name the figure's (a measure's
    coverage is the imports it reaches: "import values"); an intro naming none must follow it within two sentences."""
    k = _list_intro(ctx, c.si)
    if k is None or ctx.country_mentions(c.sent.start, c.sent.end, with_people=False):
        return None     # a row naming a country ("Ireland: -$18.22 billion") is a breakdown by partner, not by goods
    if prev["span"][0] >= ctx.sentences[k].start:
        return prev     # a row above in the same run read its figure: the list goes on with it
    named = {kind for kind, rx in _KINDS if rx.search(ctx.sentences[k].text)}
    if named:
        return prev if prev["kind"] in named or (prev["kind"] == "countermeasure_coverage" and "imports" in named) else None
    return prev if prev["span"][0] >= ctx.sentences[max(0, k - 2)].start else None


# "total exports", "overall trade balance", "global imports", "with all trading partners": a figure with the world
_WORLD_FIGURE = re.compile(STORY_WORLD_WORD, re.I)    # a world figure's words (constants.STORY_WORLD_WORD)


_STATED_PAIR = re.compile(r"\bbetween the (?:two )?(?:countries|nations|sides|neighbou?rs|economies)\b", re.I)


def _carried(ctx: Context, c: Candidate, cands: list[Candidate], facts: list[dict]) -> list[str] | None:
    """The pair of the fact just before (within two sentences, none between naming a country) when this amount's
    sentence names no country and no world: a story on one bilateral flow goes on with it ("... the surplus with the
    US came to 904.987 billion baht. Exports over the period climbed 30.07% to 1.321 trillion baht"; "July alone
    produced a surplus of ..."), as long as the figure before states its pair ("with the US", "exports to America",
    "between the two countries") or carried it itself -- not a headline's "as US shipments slide"."""
    s = c.sent
    if not facts or ctx.country_mentions(s.start, s.end, with_people=False) or _WORLD_FIGURE.search(s.text):
        return None
    if any(f["parties"] == [ctx.reporter] and f["kind"] != "countermeasure_coverage" for f in facts):
        return None         # the story gives its country's figures with the world too: an unnamed one may be either
    prev = facts[-1]
    lo, hi = prev["span"]
    if len(prev["parties"]) != 2 or prev["kind"] == "countermeasure_coverage" \
            or not ctx.sentences[max(0, c.si - 2)].start <= lo <= s.start:
        return None
    if any(ctx.country_mentions(b.start, b.end, with_people=False) for b in ctx.sentences[max(0, c.si - 2):c.si] if b.start > lo):
        return None         # a sentence between names other countries: the story has moved on
    prev_c = next((p for p in reversed(cands) if p.fact is prev), None)
    stated = (prev_c is not None and prev_c.carried) or _STATED_PAIR.search(ctx.body, lo, hi) or any(
        m.iso3 in prev["parties"] and _counterpart(ctx, m) for m in ctx.country_mentions(lo, hi, with_people=False))
    return list(prev["parties"]) if stated else None


# a country's own flow or balance, named right after the country: "Mexico's merchandise exports", "India's trade deficit",
# "Brazil from posting a trade surplus", "China closed out the first six months of 2025 with a trade surplus", "German
# exports" (a demonym owns exports only: "Chinese imports" are goods from China)
_OWNED_FLOW = re.compile(r"(?:['’]s?\s+|\s+(?:(?:posted|posting|posts|recorded|recording|records|reported|reporting|ran|running"
                         r"|runs|logged|logging)\s+|closed\s+out\s+[^,;$]{0,40}?\s+with\s+)(?:a|an|its)\s+)"
                         r"(?:(?:record|merchandise|goods|overall|monthly|annual|total|outbound|foreign|half-year|first-half)\s+){0,3}"
                         r"(?-i:(?:[a-z][a-z-]+\s+){0,2}?)"        # the goods: "Taiwan's semiconductor exports", "China's soybean imports"
                         r"(?P<flow>exports|imports|shipments|trade\s+surplus|trade\s+deficit|surplus|deficit)\b", re.I)
_DEMONYM_FLOW = re.compile(r"\s+(?:(?:merchandise|goods|overall|monthly|total|outbound)\s+){0,2}(?P<flow>exports|shipments)\b", re.I)
# "the main destination for Brazilian exports", "tariffs on China's exports": the flow is another's object
_FLOW_OBJECT_BEFORE = re.compile(r"\b(?:for|on|against|of|from|to|into|over|targeting|hit|hits|hitting)\s+(?:the\s+)?$", re.I)
# "Canada's surplus with its southern neighbour", "... with the world's largest economy": a partner named otherwise
_PARTNER_WORDS = re.compile(r"\b(?:with|to|from)\s+(?:its|their|the\s+(?:country|nation)['’]s)\b", re.I)
_FLOW_KIND = {"exports": "exports", "shipments": "exports", "imports": "imports", "surplus": "trade_surplus",
              "deficit": "trade_deficit"}


def _total_pair(ctx: Context, c: Candidate, facts: list[dict], before: list[Candidate]) -> list[str] | None:
    """[owner, other] when this amount may be one country's side of a two-way total of two countries stated earlier
    in its sentence or in the sentence before ("Two-way trade between the countries was worth $131.8 billion ..., of
    which Indian exports accounted for $86.5 billion"; "Bilateral trade between India and the US came to $131.8 billion
    in 2024-25. India's exports were worth $86.5 billion and its imports $45.3 billion"): the owner is the one country of
    the pair named as no counterpart between the sentence's amount before and this one, else the owner of that amount
    before ("its imports"); the sentence names no country outside the pair and no world figure.  `before`: the
    candidates of this sentence before this one."""
    if _WORLD_FIGURE.search(c.sent.text):
        return None
    lo = ctx.sentences[max(0, c.si - 1)].start
    total = next((f for f in reversed(facts) if f["span"][0] >= lo and f["kind"] == "total_trade"), None)
    if total is None or len(set(total["parties"])) != 2:
        return None
    s, pair = c.sent, set(total["parties"])
    if {m.iso3 for m in ctx.country_mentions(s.start, s.end, with_people=False)} - pair:
        return None
    start = s.start + before[-1].money.end if before else s.start
    owners = {m.iso3 for m in ctx.country_mentions(start, s.start + c.money.start, with_people=False)    # "with India's
              if (m.possessive or m.kind == "demonym" or not _counterpart(ctx, m)) and not m.compound  # exports at"
              and not _OF_SELLER.search(ctx.body, max(0, m.start - 12), m.start)}     # not "purchases of US goods"
    if not owners and before and before[-1].total_pair:
        owners = {before[-1].total_pair[0]}
    if len(owners) != 1:
        return None
    owner = owners.pop()
    return [owner, (pair - {owner}).pop()]


def total_side(ctx: Context, c: Candidate, kind: str) -> list[str] | None:
    """[owner, other] for a country's exports or imports told as one side of the two-way total just before (round 30;
    `_total_pair`)."""
    return list(c.total_pair) if c.total_pair and kind in ("exports", "imports") else None


def owned_world_flow(ctx: Context, c: Candidate, kind: str) -> str | None:
    """The country whose own flow of this kind the amount is, with the world: the clause names a country's flow
    ("Mexico's merchandise exports rose 7.4% in August to 55,718.2 million dollars, helped along by the reciprocal tariffs
    the United States now charges"; "... a trade surplus of US$586 billion, as shipments to the United States
    started to steady"); nothing between that flow and the amount names another country, a pair or a partner by
    role, and the amount's own stretch after it names no counterpart ("ran a deficit of $6 billion with Bangladesh")."""
    sent, mo = c.sent, c.money
    if total_side(ctx, c, kind):
        return None     # a side of the two-way total just before (round 30)
    lo, hi = _stretch(sent.text, c.clause, mo.start, mo.end)
    if any(_WITH_BEFORE.search(ctx.body, max(0, m.start - 12), m.start)
           for m in ctx.country_mentions(sent.start + mo.end, sent.start + hi)):
        return None
    for m in ctx.country_mentions(sent.start + c.clause[0], sent.start + mo.start, with_people=False):
        rx = _DEMONYM_FLOW if m.kind == "demonym" else _OWNED_FLOW
        f = rx.match(ctx.body, m.end)
        if not f or f.end() > sent.start + mo.start or _FLOW_OBJECT_BEFORE.search(ctx.body, max(0, m.start - 15), m.start) \
                or _FLOW_KIND[f.group("flow").split()[-1].lower()] != kind:
            continue
        between = ctx.body[f.end():sent.start + mo.start]
        if _PART_OF.search(between):
            return None     # "... exports totaled US$165 billion, and more than half of that, US$85.26 billion, went to China"
        if not ctx.country_mentions(f.end(), sent.start + mo.start) and not _PAIR_WORDS.search(between) \
                and not _TWO_WAY.search(between) and not _PARTNER_WORDS.search(between) \
                and not _PERIPHRASIS.search(between) and not _BLOC.search(between) \
                and not _ANAPHORIC_PARTNER.search(between) \
                and not _FLOW_BACK_REFERENCE.search(ctx.body, m.start, sent.start + mo.start):
            return m.iso3       # not "Thai shipments there were worth $54.95 billion" (round 30: back_reference's)
    return None


# a balance named with its partner in the sentences before ("Vietnam's surplus with the U.S. grew by almost a quarter";
# "trade with the US produced a surplus of $1.57 billion"): a later bare "the surplus" / "it" is that pair's balance
_BALANCE_WORD = re.compile(r"\b(?:surplus|surpluses|deficit|deficits|gap|imbalance)\b", re.I)
_PAIR_BALANCE_CHARS = 60
_BALANCE_WITH_PARTNER = re.compile(r"\bwith\s+(?:the\s+)?$")
_BALANCE_LOOKBACK = 3


def _balance_pair(ctx: Context, sent) -> tuple[str | None, str] | None:
    """(owner or None, partner) of a balance the sentence names with a partner ("with the U.S."); None when its
    balances have none."""
    for b in _BALANCE_WORD.finditer(sent.text):
        lo, hi = max(0, b.start() - _PAIR_BALANCE_CHARS), min(len(sent.text), b.end() + _PAIR_BALANCE_CHARS)
        window = sent.text[lo:hi].split(";")
        for m in ctx.country_mentions(sent.start + lo, sent.start + hi, with_people=False):
            if _BALANCE_WITH_PARTNER.search(ctx.body, max(0, m.start - 12), m.start) and len(window) == 1:
                owner = next((o.iso3 for o in ctx.country_mentions(sent.start + lo, sent.start + b.start(), with_people=False)
                              if o.iso3 != m.iso3), None)
                return owner, m.iso3
    return None


def balance_partner(ctx: Context, c: Candidate, party: str) -> list[str] | None:
    """The pair of a one-party balance whose sentence names no other country and no world figure ("U.S. figures show
    that in March alone the surplus reached $13.5 billion" after "Vietnam's surplus with the U.S. grew ..."): the
    nearest balance named with a partner in the three sentences before, when the party is on its side; a balance
    named bare ("A surplus means ...") in between is skipped, a sentence on the world's figures stops the search."""
    s = c.sent
    if _WORLD_FIGURE.search(s.text) or {m.iso3 for m in ctx.country_mentions(s.start, s.end, with_people=False)} - {party}:
        return None
    for k in range(c.si - 1, max(-1, c.si - 1 - _BALANCE_LOOKBACK), -1):
        prev = ctx.sentences[k]
        pair = _balance_pair(ctx, prev) if _BALANCE_WORD.search(prev.text) else None
        if pair is None:
            if _WORLD_FIGURE.search(prev.text):
                return None     # "Overall exports came to ¥9,162.6 billion": the story has turned to the world
            continue
        owner, partner = pair
        owner = owner or ctx.reporter
        if party in (owner, partner) and owner and owner != partner:
            return [owner, partner]
        return None
    return None


def rule_parties(ctx: Context, c: Candidate, kind: str) -> list[str]:
    """The rules' parties of candidate `c` read as `kind`, a pair in the flow's order (flow_order, round 46)."""
    return flow_order(ctx, c, kind, _read_parties(ctx, c, kind))


def _read_parties(ctx: Context, c: Candidate, kind: str) -> list[str]:
    text, cl, sent, si, mo = c.sent.text, c.clause, c.sent, c.si, c.money
    if c.row_flow:
        return list(c.row_flow[1])              # "Largest US goods deficits // Ireland: -$18.22 billion" (round 31)
    if c.rank:
        return list(c.rank[1])                  # "..., ahead of Russia with $3.56 billion" (round 37)
    listed = respectively_parties(ctx, c)
    if listed:
        return listed                           # "Uganda, the US and Pakistan ... Sh11 billion, ... respectively" (round 31)
    group = codeless_group_flow(ctx, c) if kind != "countermeasure_coverage" else None
    if group:
        return group                            # "Exports to ASEAN rose 71.6 percent to US$11.63 billion" (round 33);
                                                # a measure's coverage keeps its imposer and target (roles)
    if c.continues and not ctx.country_mentions(sent.start, sent.end):
        parties = list(c.continues["parties"])  # the sentence names no country: the parties of the figure before
        if kind in _BACK_REFERENCE_KINDS and len(parties) == 1 and back_reference(c):
            there = _place_named_before(ctx, c, parties[0])     # a world figure before, then "best sellers across
            parties = [parties[0], there] if there else parties  # the Atlantic at 1.7 billion euros" (round 26)
        return parties
    antecedent = exporter_antecedent(ctx, c) if kind == "exports" else None
    if antecedent:
        return antecedent                       # "Pakistan, which shipped about $4.1 billion of apparel to the US" (round 29)
    if c.conjunct and kind in _CONJUNCT_KINDS:
        return list(c.conjunct)                 # "..., ahead of Mexico at $157.2 billion": the pair before, Mexico in
    fronted = fronted_partner_pair(ctx, c) if kind in _CONJUNCT_KINDS else None
    if fronted:
        return fronted                          # "With the United States, Japan posted a trade surplus of ..."
    whole = (whole_of_share(ctx, c) or side_clause_world(ctx, c)) if kind in _SIDE_KINDS else None
    if whole:
        return whole                            # "The United States takes close to a fifth of India's $437.4 billion"
    side = total_side(ctx, c, kind)
    if side:
        return side                             # "Bilateral trade ... came to $131.8 billion. India's exports were worth ..."
    owner = owned_world_flow(ctx, c, kind) if kind in _FLOW_KIND.values() else None
    if owner:
        return [owner]
    if c.carried and kind not in ("countermeasure_coverage", "other"):
        return list(c.carried)                  # the bilateral figure just before: the story goes on with its pair
    if kind == "countermeasure_coverage":
        imposer, target, _ = roles.resolve(ctx, sent.start, text, cl, si, anchor=mo.start)
        parties = [p for p in (imposer, target) if p]
    else:
        parties = _parties(ctx, sent, cl, si, fill=kind not in ("imports", "exports"), anchor=(mo.start, mo.end),
                           seller=kind == "imports",
                           balance=kind in ("trade_deficit", "trade_surplus"))
    if not parties and kind != "countermeasure_coverage" and kind != "other" and ctx.reporter:
        parties = [ctx.reporter]    # "leaving a trade surplus of $170.51 billion": the story's country
    if kind in ("trade_surplus", "trade_deficit") and len(parties) == 1:
        parties = balance_partner(ctx, c, parties[0]) or parties
    if kind in _BACK_REFERENCE_KINDS and len(parties) == 1 and back_reference(c):
        there = _place_named_before(ctx, c, parties[0])
        parties = [parties[0], there] if there else parties     # "Shipments there fell to $6.86 billion"
    if c.story_partner and parties == [ctx.reporter] and _STORY_KIND_GROUP.get(kind) == story_flow(ctx)[0]:
        parties = [ctx.reporter, c.story_partner]               # "Beef exports grew 26% ... to A$1.6 billion" (round 27)
    if kind == "exports":
        parties = taker_market(ctx, c, parties)                 # "The US took 35% of that, or $2.8 billion" (round 29)
    return parties


_FLOW_CUT = re.compile(FLOW_STRETCH_CUT, re.I)
_FLOW_TO = re.compile(FLOW_TO_BEFORE, re.I)
_FLOW_FROM = re.compile(FLOW_FROM_BEFORE, re.I)
_FLOW_OWNER_EXPORTS = re.compile(FLOW_OWNER_EXPORTS, re.I)
_FLOW_OWNER_IMPORTS = re.compile(FLOW_OWNER_IMPORTS, re.I)
_FLOW_DEMONYM_GOODS = re.compile(FLOW_DEMONYM_GOODS, re.I)
_FLOW_SUBJECT_SELLS = re.compile(FLOW_SUBJECT_SELLS, re.I)
_FLOW_SUBJECT_BUYS = re.compile(FLOW_SUBJECT_BUYS, re.I)
_FLOW_SUBJECT_MARKET = re.compile(FLOW_SUBJECT_MARKET, re.I)
_FLOW_SUBJECT_PLEDGES_BUY = re.compile(FLOW_SUBJECT_PLEDGES_BUY, re.I)
_FLOW_OWN_VERB = re.compile(FLOW_OWN_VERB, re.I)
_FLOW_WITH = re.compile(FLOW_WITH_BEFORE, re.I)
_FLOW_BALANCE_OWNED = re.compile(FLOW_BALANCE_OWNED, re.I)
_FLOW_BALANCE_RUN = re.compile(FLOW_BALANCE_RUN, re.I)
_FLOW_BALANCE_LEFT = re.compile(FLOW_BALANCE_LEFT, re.I)
_TOTAL_BETWEEN = re.compile(TOTAL_BETWEEN_BEFORE, re.I)
_TOTAL_OWNER_PARTNER = re.compile(TOTAL_OWNER_PARTNER_AFTER, re.I)
_TOTAL_PARTNER_OF = re.compile(TOTAL_PARTNER_OF_BEFORE, re.I)
_TOTAL_WITH = re.compile(TOTAL_WITH_BEFORE, re.I)
_TOTAL_PAIR_JOIN = re.compile(TOTAL_PAIR_JOIN, re.I)
_TOTAL_TWO_WAY = re.compile(TOTAL_TWO_WAY_WORDS, re.I)
# the side LABELING.md puts first, per kind: exports [exporter, importer], imports [importer, exporter],
# deficit/surplus [the country that has it, the partner]
_FLOW_FIRST_SIDE = {"exports": "seller", "imports": "buyer", "trade_surplus": "holder", "trade_deficit": "holder"}
_FLOW_CUE_WINDOW = 60       # characters before and after a mention its cue is read in
_FLOW_NEAR_WINDOW = 14      # "to" / "into" / "with" right before the mention
_TOTAL_WITH_WINDOW = 40     # characters before a mention "trade ... with" is read in (round 53)


def flow_order(ctx: Context, c: Candidate, kind: str, parties: list[str]) -> list[str]:
    """A pair of parties in the flow's order (round 46; LABELING.md "parties ordered as the flow"): each party's own
    mentions in the amount's stretch tell its side ("Shipments to the US slid to C$44bn": the US buys; "The United
    States remained India's largest export market, taking $6.86 billion": the US buys, India sells; "leaving Brazil with
    a deficit": Brazil holds it).  The pair is put in the kind's order when the cues of both parties agree; a party
    with two sides, both on one side, or no cue at all leave the order the reading gave.  Round 52: an exports pair
    whose sentence names neither party takes the story's reporter first (`_pair_named`); a two-way total the order its
    flow phrase names (`_total_trade_order`)."""
    if kind == "total_trade" and len(parties) == 2:
        return _total_trade_order(ctx, c, parties)
    first = _FLOW_FIRST_SIDE.get(kind)
    if len(parties) != 2 or first is None:
        return parties
    if kind in CARRIED_FLOW_REPORTER_FIRST and ctx.reporter in parties and not _pair_named(ctx, c, parties):
        return [ctx.reporter] + [p for p in parties if p != ctx.reporter]
    lo, hi = _amount_stretch(c)
    sides = _stretch_sides(ctx, c, kind, parties, lo, hi)
    if not sides and lo > 0 and not _FLOW_OWN_VERB.search(c.sent.text, lo, hi):
        # round 54: an amount whose own stretch names neither party, after a cut that follows another amount, is that
        # flow's base or the next of its run ("buying US$57 billion worth ..., compared with US$44 billion"; "from
        # $6.91 billion in 2021 to $8.03 billion in 2022"): the sentence before its stretch orders it -- unless the
        # stretch tells a flow of its own ("sold $5.94bn to Nigeria and bought $4.49bn worth from it")
        sides = _stretch_sides(ctx, c, kind, parties, 0, lo)
    a, b = parties
    side_a, side_b = sides.get(a, set()), sides.get(b, set())
    if len(side_a) > 1 or len(side_b) > 1 or side_a == side_b:
        return parties
    a_first = first in side_a if side_a else first not in side_b
    return [a, b] if a_first else [b, a]


def _stretch_sides(ctx: Context, c: Candidate, kind: str, parties: list[str], lo: int, hi: int) -> dict[str, set[str]]:
    """The sides of the flow each party's mentions in c's sentence[lo:hi] name (`_flow_cue`)."""
    text, s0 = c.sent.text, c.sent.start
    sides: dict[str, set[str]] = {}
    for m in ctx.country_mentions(s0 + lo, s0 + hi):
        cue = _flow_cue(text, m.start - s0, m.end - s0, m, kind) if m.iso3 in parties and not m.compound else None
        if cue:
            sides.setdefault(m.iso3, set()).add(cue)
    return sides


def _total_trade_order(ctx: Context, c: Candidate, parties: list[str]) -> list[str]:
    """A two-way trade pair in the order the flow phrase names it (LABELING.md, round 47): the country right after
    "between" first ("two-way trade between South Africa and the United States"), else the owner of a partner phrase
    ("the US remained China's third-largest trading partner", "the top trading partner of the United States"), else the
    country before the one after "trade ... with" ("U.S. trade with Mexico").  Two parties each with a cue leave the
    order the reading gave (round 52); none, the pair a back reference points to (`_total_pair_before`, round 53), else
    a two-way figure's reporter (`_two_way_reporter`, round 54)."""
    text, s0 = c.sent.text, c.sent.start
    firsts, seconds = set(), set()
    for m in ctx.country_mentions(s0, s0 + len(text)):
        if m.iso3 not in parties or m.compound:
            continue
        start, end = m.start - s0, m.end - s0
        near = text[max(0, start - _FLOW_NEAR_WINDOW - 10):start]
        owner = m.possessive and _TOTAL_OWNER_PARTNER.match(text, end)
        if _TOTAL_BETWEEN.search(near) or _TOTAL_PARTNER_OF.search(near) or owner:
            firsts.add(m.iso3)
        elif _TOTAL_WITH.search(text[max(0, start - _TOTAL_WITH_WINDOW):start]):
            seconds.add(m.iso3)
    firsts |= {p for p in parties if seconds and p not in seconds}
    if len(firsts) > 1 or len(seconds) > 1:
        return parties
    head = firsts.pop() if firsts else _total_pair_before(ctx, c, parties) or _two_way_reporter(ctx, c, parties)
    return [head] + [p for p in parties if p != head] if head else parties


def _two_way_reporter(ctx: Context, c: Candidate, parties: list[str]) -> str | None:
    """The first of a two-way pair no flow phrase orders and no join before names: the story's reporter, when the
    sentence says the trade runs both ways ("Trade between the two countries totalled $240.1 million" in a story from
    Lesotho; "put two-way trade at NZ$25.8 billion"; round 54: the dev labels put the reporter first there in most
    writer batches).  None: no such words, the reporter is not in the pair, or the sentence names both (a compound
    "India-China bilateral trade", a balance "Washington ran a deficit with Manila, on two-way trade of ..." held by
    the other: labelled in their own order)."""
    if ctx.reporter not in parties or not _TOTAL_TWO_WAY.search(c.sent.text):
        return None
    s0 = c.sent.start
    named = {m.iso3 for m in ctx.country_mentions(s0, s0 + len(c.sent.text)) if m.iso3 in parties}
    return ctx.reporter if len(named) < 2 else None


def _total_pair_before(ctx: Context, c: Candidate, parties: list[str]) -> str | None:
    """The first of a two-way pair no flow phrase orders: the pair a back reference points to (LABELING.md, round 47),
    the last place up to the figure's sentence's end that names the two joined as a pair ("The United States and South
    Korea ...", then "Two-way trade between the countries came to roughly $200 billion"; compounds are not read).
    None: the two are never named as a pair, and the order stays (round 53: the story's reporter first there split
    the labels 7 to 4)."""
    mentions = [m for m in ctx.country_mentions(0, c.sent.end) if m.iso3 in parties and not m.compound]
    for a, b in zip(reversed(mentions[:-1]), reversed(mentions[1:])):
        if a.iso3 != b.iso3 and _TOTAL_PAIR_JOIN.fullmatch(ctx.body, a.end, b.start):
            return a.iso3
    return None


def _pair_named(ctx: Context, c: Candidate, parties: list[str]) -> bool:
    """Whether the amount's own sentence names either party.  A pair it names neither of was carried in from the flow
    the sentences before tell ("They slipped further to USD 1.5 billion in July", "Of that total, iron and steel
    accounted for USD 587.5 million", a goods row under "exports to the US"), and its reporter is the story's
    (LABELING.md: the story's country is the reporter the text leaves implicit; round 52)."""
    s0 = c.sent.start
    return any(m.iso3 in parties for m in ctx.country_mentions(s0, s0 + len(c.sent.text)))


def _amount_stretch(c: Candidate) -> tuple[int, int]:
    """The part of the sentence that tells the amount's own flow: from the last cut (a comma, "and", "while", ...)
    before it that follows an amount, to the first cut before the amount after it (FLOW_STRETCH_CUT).  Amounts with no
    cut between them share one stretch: a base ("fell to $6.3 billion in October from $6.9 billion a year earlier") and
    a conversion ("C$44bn ($32bn)") are the flow of the amount they go with."""
    text, mo = c.sent.text, c.money
    monies = find_money(text)
    nxt = min((m.start for m in monies if m.start >= mo.end), default=None)
    lo, hi, start = 0, len(text), mo.start
    for before in sorted((m for m in monies if m.end <= mo.start), key=lambda m: -m.end):
        if before.end > start:
            continue        # an amount inside the one already taken in
        cuts = [m.end() for m in _FLOW_CUT.finditer(text, before.end, start)]
        if cuts:
            lo = cuts[-1]
            break
        start = before.start
    if nxt is not None:
        cut = _FLOW_CUT.search(text, mo.end, nxt)
        hi = cut.start() if cut else nxt
    return lo, hi


def _flow_cue(text: str, start: int, end: int, m: Mention, kind: str) -> str | None:
    """The side of the flow a country's mention at text[start:end] names: "seller" / "buyer" of exports and imports,
    "holder" / "partner" of a balance; None when its words tell none."""
    before, after = text[max(0, start - _FLOW_CUE_WINDOW):start], text[end:end + _FLOW_CUE_WINDOW]
    near = before[-_FLOW_NEAR_WINDOW:]
    if kind in ("trade_surplus", "trade_deficit"):
        if _FLOW_WITH.search(near):
            return "partner"                # "a surplus of $7.08 billion with the US"
        owned = (m.possessive or m.kind == "demonym") and _FLOW_BALANCE_OWNED.match(after)
        return "holder" if owned or _FLOW_BALANCE_LEFT.search(before) or _FLOW_BALANCE_RUN.match(after) else None
    if _FLOW_TO.search(before):
        return "buyer"                      # "exports to the United States" (not "according to the U.S. Census")
    if _FLOW_FROM.search(before):
        return "seller"                     # "imports from China"
    if _FLOW_OWNER_EXPORTS.match(after):
        return "seller"                     # "India's exports", "Thailand's biggest export market"
    if _FLOW_OWNER_IMPORTS.match(after):
        return "buyer"                      # "Germany's imports"
    if (m.kind == "demonym" and _FLOW_DEMONYM_GOODS.match(after)) or _FLOW_SUBJECT_SELLS.match(after):
        return "seller"                     # "Turkish goods", "Korea shipped"
    if _FLOW_SUBJECT_BUYS.match(after) or _FLOW_SUBJECT_MARKET.match(after) or _FLOW_SUBJECT_PLEDGES_BUY.match(after):
        return "buyer"                      # "China bought", "The US is New Zealand's second-largest export market"
    return None


def respectively_parties(ctx: Context, c: Candidate) -> list[str] | None:
    """The pair of one amount of a "respectively" list: "KNBS listed Uganda, the United States and Pakistan as Kenya's
    top three export markets ..., taking goods worth Sh11 billion, Sh6.3 billion and Sh6 billion respectively"; "The
    next four places went to Hong Kong, China, Japan and the Netherlands, which took $1.1 billion, ..., respectively";
    "India and China ... shipped $12 billion and $8 billion of pharmaceuticals respectively to the U.S." (round 31).
    The n-th amount of the run takes the n-th country of the last list of as many countries before it (the tariff
    rules' pairing, roles._respectively_pairs); its other party is the one country the sentence names besides the
    list, else the story's country.  The listed country is the counterpart when the other is not named as one."""
    text = c.sent.text
    if "respectively" not in text:
        return None
    monies = find_money(text)
    mentions = [m for m in ctx.country_mentions(c.sent.start, c.sent.end, with_people=False) if not m.compound]
    pairs = roles._respectively_pairs(text, c.sent.start, mentions, [(m.start, m.end) for m in monies], RESPECTIVELY_WINDOW)
    k = next((i for i, m in enumerate(monies) if m.start == c.money.start), None)
    if k not in pairs:
        return None
    item = pairs[k][0][0]
    listed = {isos[0] for isos, _ in pairs.values()}
    others = [m for m in mentions if m.iso3 not in listed]
    if len({m.iso3 for m in others}) > 1 or (not others and (not ctx.reporter or ctx.reporter in listed)):
        return None
    if others and all(_counterpart(ctx, m) for m in others):
        return [item, others[0].iso3]           # the listed countries ship to the one counterpart
    other = others[0].iso3 if others else ctx.reporter
    return None if other == item else [other, item]


_EXPORTER_RELATIVE = re.compile(EXPORTER_RELATIVE)


def exporter_antecedent(ctx: Context, c: Candidate) -> list[str] | None:
    """[exporter, market] of an export amount inside a relative clause of selling whose antecedent is a country
    (round 29): "Pakistan, which shipped about $4.1 billion of apparel to the United States, ..." -- the antecedent sold
    the goods, so it is the exporter whatever the story's country; the market is the counterpart the relative clause
    names before or after the amount, else the one counterpart of a flow the sentence names ("Mexico's $13,197 million
    of automotive exports to the United States ... the runner-up, Japan, which shipped $4,866 million").  None when the
    antecedent is itself a counterpart ("sales to China, which were worth ...": the clause is the sales'), when no
    market is named, or when the clause's stretch is cut by a comma or another amount before the amount."""
    sent, mo = c.sent, c.money
    for m in reversed(ctx.country_mentions(sent.start, sent.start + mo.start, with_people=False)):
        rel = _EXPORTER_RELATIVE.match(ctx.body, m.end)
        if not rel or _counterpart(ctx, m) or m.kind == "demonym":
            continue
        between = ctx.body[rel.end():sent.start + mo.start]
        if "," in between or ";" in between or _AMOUNT_AHEAD.search(between):
            return None
        stop = sent.start + _clause_stop(sent.text, mo.end)
        own = [x.iso3 for x in ctx.country_mentions(m.end, stop, with_people=False) if _counterpart(ctx, x)]
        named = {x.iso3 for x in ctx.country_mentions(sent.start, sent.end, with_people=False)
                 if _counterpart(ctx, x)} - {m.iso3}
        market = next((iso for iso in own if iso != m.iso3), None) or (named.pop() if len(named) == 1 else None)
        return [m.iso3, market] if market else None
    return None


_FRONTED_BEFORE = re.compile(FRONTED_PARTNER_BEFORE)
_FRONTED_AFTER = re.compile(FRONTED_PARTNER_AFTER)


def fronted_partner_pair(ctx: Context, c: Candidate) -> list[str] | None:
    """[reporter, partner] of a flow or balance whose sentence opens with "With <country>," (round 26): the fronted
    phrase names the partner of what the main clause states ("With the United States, Japan posted a trade surplus
    of nearly 477 billion yen"; "With Türkiye, German exports grew 9.4% to $20.8 billion"), which the amount's own
    stretch does not repeat.  The reporter is the last country named between the fronted phrase and the amount that is
    no counterpart ("Japan", "German"; "the US" after "With Vietnam, a base for Chinese ... companies,"), else the
    story's country.  None when another counterpart stands before the amount or in its stretch ("..., while its trade
    with China showed a deficit of $4.1 billion": that clause has its own partner)."""
    sent, mo = c.sent, c.money
    ms = ctx.country_mentions(sent.start, sent.start + mo.start, with_people=False)
    if not ms or not _FRONTED_BEFORE.match(sent.text, 0, ms[0].start - sent.start) \
            or not _FRONTED_AFTER.match(ctx.body, ms[0].end):
        return None
    partner = ms[0].iso3
    _, hi = _stretch(sent.text, c.clause, mo.start, mo.end)
    later = ms[1:] + ctx.country_mentions(sent.start + mo.end, sent.start + hi, with_people=False)
    if any(m.iso3 != partner and _counterpart(ctx, m) for m in later):
        return None
    excluded = _not_parties(ctx, ctx.country_mentions(sent.start, sent.end))
    own = [m.iso3 for m in ms[1:] if m.iso3 not in (partner, *excluded)]
    reporter = own[-1] if own else ctx.reporter if ctx.reporter != partner else ctx.default_imposer
    return [reporter, partner] if reporter and reporter != partner else None


_WHOLE_RIGHT_AFTER = re.compile(WHOLE_SHARE + WHOLE_AFTER_SHARE.format(hedge=_HEDGE_BEFORE), re.I)
_WHOLE_WHICH = re.compile(WHOLE_WHICH_VERB.format(hedge=_HEDGE_BEFORE), re.I)
_SHARE_OBJECT = re.compile(rf"\b{WHOLE_SHARE}\s+(?P<object>[^.;$€£¥₹]{{0,80}}?)$", re.I)
_SHARE_BEFORE_AMOUNT = re.compile(rf"\b{WHOLE_SHARE}\b", re.I)
_PART_AFTER = re.compile(PART_AFTER_WHOLE.format(share=WHOLE_SHARE), re.I)
_POSSESSIVE = re.compile(r"['’]s?\b")       # "contributor to Indonesia's overall trade surplus": the owner, no counterpart
_CLAUSE_STOP = re.compile(r"[,;]")


def whole_of_share(ctx: Context, c: Candidate) -> list[str] | None:
    """[owner] when the amount is the whole of a share the sentence gives a partner (round 26): the object of the share
    ("The United States takes close to a fifth of India's 437.4 billion dollars in merchandise exports", "16.6% of the
    $73.27 billion in total export receipts"), the relative clause on the share's flow ("taking roughly 12% of Italy's
    agrifood exports, which overall could climb to 70 billion euros"), or the figure a later part clause divides with a
    partner of its own ("South Africa exports $13.7bn of agricultural products every year, of which $500mn goes to the
    US"; "China bought $4.8 billion of pork from abroad in 2024, and the EU supplied more than half of that").  The
    partner takes the part; the whole is the owner's flow with the world.  None when the whole names a counterpart of
    its own, before the amount or after it ("almost half of the 65 billion Swiss francs of goods that Switzerland
    exported to the United States", "Chile shipped copper worth US$5.6 billion to the United States, most of it ...")."""
    text, mo, sent = c.sent.text, c.money, c.sent
    before = text[:mo.start]
    which = _WHOLE_WHICH.search(before)
    part = _PART_AFTER.match(text, mo.end)
    if _WHOLE_RIGHT_AFTER.search(before):
        lo, hi = before.rfind(" of ") + 4, _clause_stop(text, mo.end)    # the owner: "of India's 437.4 billion dollars"
    elif which and (share := _SHARE_OBJECT.search(before, 0, which.start())):
        lo, hi = share.start("object"), _clause_stop(text, mo.end)      # "12% of Italy's agrifood exports, which ..."
    elif part and _part_names_partner(ctx, c, part.start("cue")):
        lo, hi = c.clause[0], part.start("cue")          # "South Africa exports $13.7bn ..., of which $500mn goes to the US"
    else:
        return None
    ms = ctx.country_mentions(sent.start + lo, sent.start + mo.start, with_people=False)
    after = ctx.country_mentions(sent.start + mo.end, sent.start + hi, with_people=False)
    if any(_counterpart(ctx, m) and not _POSSESSIVE.match(ctx.body, m.end) for m in ms + after):
        return None         # "Exports to the US came to $10 billion, of which ...": the whole is bilateral
    own = [m.iso3 for m in ms]
    owner = own[0] if own else ctx.reporter
    return [owner] if owner else None


_SIDE_KINDS = ("exports", "imports", "trade_surplus", "trade_deficit")
_SIDE_CUE = re.compile(SIDE_CLAUSE_CUE, re.I)
_SIDE_FLOW_BEFORE = re.compile(SIDE_FLOW_BEFORE, re.I)


def side_clause_world(ctx: Context, c: Candidate) -> list[str] | None:
    """[owner] of a figure whose partner the sentence names only in a side clause after the amount, as the counterpart
    of a flow of that clause's own ("Irish exports reach €134.4bn as pharma sales to US soar"; "..., with a recovery in
    sales to the United States playing a part"; "..., hurt by the halt in cattle exports to the U.S."): the amount's own
    clause states the country's flow with the world (round 26).  None when a counterpart, a partner by role ("with its
    southern neighbour") or a pair stands before the amount or between the amount and the side clause."""
    text, mo, sent = c.sent.text, c.money, c.sent
    cue = _SIDE_CUE.search(text, mo.end)
    if not cue or _AMOUNT_AHEAD.search(text, mo.end, cue.start()):
        return None
    if any(rx.search(text, 0, cue.start()) for rx in (_PARTNER_WORDS, _ROLE, _PERIPHRASIS, _PAIR_WORDS, _BLOC)):
        return None         # "Canada's surplus with its southern neighbour widened to C$6.7 billion, ..., as imports ..."
    own = ctx.country_mentions(sent.start, sent.start + cue.start(), with_people=False)
    side = ctx.country_mentions(sent.start + cue.end(), sent.end, with_people=False)
    if not side or any(_counterpart(ctx, m) and not _POSSESSIVE.match(ctx.body, m.end) for m in own) \
            or not all(_SIDE_FLOW_BEFORE.search(ctx.body, max(0, m.start - 45), m.start) for m in side):
        return None
    owner = own[0].iso3 if own else ctx.reporter
    return [owner] if owner and owner not in {m.iso3 for m in side} else None


def _clause_stop(text: str, at: int) -> int:
    stop = _CLAUSE_STOP.search(text, at)
    return stop.start() if stop else len(text)


def _part_names_partner(ctx: Context, c: Candidate, cue: int) -> bool:
    """The part clause after the amount (from its cue to the next comma) names a country that is no organisation's, and
    the amount is no part itself: no pair stated before it ("Two-way trade between the countries was worth $131.8
    billion, of which ...") and no share before it ("China buys about a third of Canada's canola exports, shipments
    worth roughly C$5 billion a year, and a large share of that crop ...": the amount is the share's value)."""
    text, mo, sent = c.sent.text, c.money, c.sent
    if _PAIR_WORDS.search(text, c.clause[0], mo.start) or _SHARE_BEFORE_AMOUNT.search(text, 0, mo.start):
        return False
    end = _clause_stop(text, _PART_AFTER.match(text, mo.end).end())
    return any(not _ORG_AFTER.match(ctx.body, m.end) and not _POSSESSIVE.match(ctx.body, m.end)
               for m in ctx.country_mentions(sent.start + cue + 1, sent.start + end, with_people=False))


_NO_DEAL = re.compile(NO_DEAL_PARTNERS, re.I)


def _no_deal_imposer(ctx: Context, si: int) -> str | None:
    """The country whose partners without a trade agreement a measure applies to (constants.NO_DEAL_PARTNERS), named in
    or right after the phrase ("countries with which Mexico has no trade agreement", "... no free-trade agreement with
    Mexico"), said in the sentence, the one before or the one after."""
    for k in (si - 1, si, si + 1):
        if not 0 <= k < len(ctx.sentences):
            continue
        s = ctx.sentences[k]
        for m in _NO_DEAL.finditer(s.text):
            named = ctx.country_mentions(s.start + m.start(), s.start + min(len(s.text), m.end() + NO_DEAL_COUNTRY_CHARS),
                                         with_people=False)
            if named:
                return named[0].iso3
    return None


def coverage_sides(ctx: Context, c: Candidate, parties: list[str]) -> list[str]:
    """The parties of a measure's coverage (LABELING.md: [imposer, target]), after the learned party count: a coverage
    read with one side ("Nearly $30 billion in new retaliatory tariffs is Ottawa's latest counterpunch"; "Machinery
    imports on the list are now worth €9.4 billion") gets the story's other side -- the story's country when the one side
    is the default imposer (the U.S.), else the default imposer; a measure on every partner without a trade agreement
    ("applies to countries with which Mexico has no trade agreement ... The imports affected are worth US$55bn") or on
    a list of countries named in the sentence has no single target, so its coverage keeps the imposer alone."""
    imposer = _no_deal_imposer(ctx, c.si) if len(parties) == 2 else None
    if imposer in parties:
        return [imposer]
    if len(parties) != 1 or _NO_DEAL.search(ctx.body):
        return parties
    side = parties[0]
    named = {m.iso3 for m in ctx.country_mentions(c.sent.start, c.sent.end, with_people=False)} - {side}
    if len(named) >= GROUP_MIN_MEMBERS:
        return parties      # "The rulings apply to $2.9bn of imports from SA, Australia, Brazil, ...": a list, no one target
    other = ctx.reporter if side == ctx.default_imposer else ctx.default_imposer
    return [side, other] if other and other != side else parties


_MARKET_AFTER = re.compile(MARKET_AFTER_COUNTRY, re.I)
_MARKET_BEFORE = re.compile(MARKET_BEFORE_COUNTRY, re.I)
_EXPORTER_AFTER = re.compile(EXPORTER_AFTER_COUNTRY, re.I)
_COUNTERPART_FROM = re.compile(r"\bfrom\s+(?:the\s+)?$", re.I)      # "exports from the US": the exporter


def market_partner(ctx: Context, c: Candidate, parties: list[str]) -> list[str]:
    """The parties of an export figure whose one party the sentence names as its market, not its exporter ("the
    American market alone took Rs 22,000 crore", "for which the US is a key destination", "Shipments bound for the
    United States came to $6.182 billion"): LABELING.md -- when the text leaves the reporter implicit, the story's
    country is the reporter -- so [story's country, market].  Runs after the learned party count (like coverage_sides)."""
    if len(parties) != 1 or not ctx.reporter or parties[0] == ctx.reporter:
        return parties
    own = [m for m in ctx.country_mentions(c.sent.start, c.sent.end, with_people=False) if m.iso3 == parties[0]]
    if any(_EXPORTER_AFTER.match(ctx.body, m.end) or _COUNTERPART_FROM.search(ctx.body, max(0, m.start - 12), m.start)
           for m in own):
        return parties      # "U.S. exports to ...", "exports from the US": the country's own flow
    if any(_MARKET_AFTER.match(ctx.body, m.end) or _MARKET_BEFORE.search(ctx.body, max(0, m.start - 25), m.start)
           for m in own):
        return [ctx.reporter, parties[0]]
    return taker_market(ctx, c, parties)


_SUPPLIER_AFTER = re.compile(SUPPLIER_AFTER_COUNTRY, re.I)


def supplier_partner(ctx: Context, c: Candidate, parties: list[str]) -> list[str]:
    """The parties of an import figure whose one party the sentence names, before the amount, as the story country's
    supplier (round 36): "China remained the biggest source of the country's imports, supplying goods worth $3.40
    billion" -- the supplier is the exporter, the story's country the importer the text leaves implicit (LABELING.md),
    so [story's country, supplier], as market_partner reads an export figure's market.  Only a subject before the
    amount: "Imports fell to €112.5 billion, with China still the largest source" keeps the world total's one party."""
    if len(parties) != 1 or not ctx.reporter or parties[0] == ctx.reporter:
        return parties
    sent = c.sent
    subjects = [m for m in ctx.country_mentions(sent.start, sent.start + c.money.start, with_people=False)
                if m.iso3 == parties[0] and _SUPPLIER_AFTER.match(ctx.body, m.end)]
    return [ctx.reporter, parties[0]] if subjects else parties


_PRONOUN_MARKET = re.compile(PRONOUN_ADJUNCT + PRONOUN_MARKET_SUBJECT + "(?:" + PRONOUN_MARKET_AFTER + ")")


def pronoun_market(ctx: Context, c: Candidate, kind: str, parties: list[str]) -> list[str]:
    """[story's country, antecedent] of an export figure read with the story's country alone whose clause's subject is
    "It" taking the goods or predicated as a market, the pronoun standing for the one country besides the story's that
    the sentence before names, first (round 45): "The US is the biggest export market for Indian gems and jewellery. It
    took 31% of the sector's total exports in FY 2024-25, worth about $9.23 billion" -- taker_market and
    market_partner read the same clause with the country named.  Not when the amount is the whole the
    share is taken from ("It took 37.66 per cent of the Kingdom's total export value of $X": whole_of_share, the
    story's country's flow with the world), nor when the figure's sentence names another country.  Runs after the
    learned party count, like back_partner."""
    rep = ctx.reporter
    if kind != "exports" or parties != [rep] or not rep or c.si == 0:
        return parties
    text, sent = c.sent.text, c.sent
    opening = _clause_opening(text, c.money.start)
    taking = _PRONOUN_MARKET.match(text, opening.end(), c.money.start) if opening else None
    if taking is None or whole_of_share(ctx, c) or _whole_taken_from(text, taking.end(), c.money.start):
        return parties
    if any(m.iso3 != rep for m in ctx.country_mentions(sent.start, sent.end, with_people=False)):
        return parties      # the figure's own sentence names a country: its own reading stands
    prev = ctx.sentences[c.si - 1]
    named = ctx.country_mentions(prev.start, prev.end, with_people=False)
    others = {m.iso3 for m in named if m.iso3 != rep}
    if len(others) != 1 or named[0].iso3 not in others or named[0].compound:
        return parties      # the pronoun's antecedent: one country besides the story's, named first
    return [rep, named[0].iso3]


_PRONOUN_SHARE_PART = re.compile(PRONOUN_SHARE_PART, re.I)


def _whole_taken_from(text: str, lo: int, at: int) -> bool:
    """A share stands between the taking verb and the amount, and the amount is not told as the share's part: the
    whole ("It took 37.66 per cent of the Kingdom's total export value of $2.306 billion")."""
    return bool(_PERCENT_IN.search(text, lo, at)) and not _PRONOUN_SHARE_PART.search(text[lo:at])


_PARTNER_JUST_AFTER = re.compile(PARTNER_JUST_AFTER_AMOUNT, re.I)


def _own_country(text: str, names: list[Mention], mo: Money) -> tuple[str, str] | None:
    """The country a figure of a run belongs to and how it is bound: the partner named right after it ("deficits of
    $73.9 billion with Taiwan, $68.5 billion with Japan"; "after"), else the last country name before it in the
    sentence ("the deficit with China grew ... to $14.7 billion", "Mexico ($16.6 billion)"; "before")."""
    after = next((m for m in names if m.start >= mo.end), None)
    if after and _PARTNER_JUST_AFTER.fullmatch(text, mo.end, after.start):
        return after.iso3, "after"
    before = [m for m in names if m.end <= mo.start]
    return (before[-1].iso3, "before") if before else None


def own_figure_partner(ctx: Context, c: Candidate, parties: list[str]) -> list[str]:
    """[story's country, own country] of a figure in a run of figures each told for its own country (round 38): "The
    deficit with China grew by about $1 billion to $14.7 billion, and the shortfall with India rose by about $2 billion
    to $4.4 billion"; "Imports from the US were worth EUR 1.7 billion in the month, and those from China EUR 1.3
    billion"; "Mexico ($16.6 billion), Vietnam ($16.1 billion) and Taiwan ($13.5 billion)".  A pair of two countries
    that are not the story's, of which every one that is not this figure's own country is the own country of another
    figure of the sentence, joined two figures' partners: the story's country, left implicit, is the reporter of each
    (LABELING.md).  The run binds every figure the same way (all partners after their amounts, or all before): "Germany
    ran a surplus of $17.7bn with the US, and Slovakia one of $6.3bn" names a shared partner, not a run.  Not when the
    sentence names the story's country ("kept Mexico in first place ..., ahead of Canada,
    whose exports to the United States came to $198 billion, and China, at $167 billion": the reporter is not left
    implicit) or a country of it is an owner ("China's exports ...", "Italy's"): a figure of a third country's trade
    keeps its pair.  Runs after the learned party count, like market_partner."""
    rep = ctx.reporter
    if len(parties) != 2 or not rep or rep in parties or c.rank or c.row_flow:
        return parties
    sent = c.sent
    mentions = ctx.country_mentions(sent.start, sent.end, with_people=False)
    if any(m.iso3 == rep or m.possessive or _POSSESSIVE.match(ctx.body, m.end) for m in mentions):
        return parties      # the story's country named (not implicit), or an owner: the pair is the sentence's own
    names = [replace(m, start=m.start - sent.start, end=m.end - sent.start)
             for m in mentions if m.kind == "name" and not m.compound]
    bound = {mo.start: _own_country(sent.text, names, mo) for mo in find_money(sent.text)}
    own = bound.get(c.money.start)
    others = {b[0] for at, b in bound.items() if b and at != c.money.start}
    if not own or own[0] == rep or any(p != own[0] and p not in others for p in parties) \
            or len({b[1] for b in bound.values() if b}) > 1:
        return parties      # a shared partner after one amount, an owner before the other: no run of own figures
    return [rep, own[0]]


# the pronoun after any adjunct ("In January 2025 they had reached"); the bare noun after a comma-closed one only, so
# that a modifier ("Outbound shipments") is not taken for an adjunct
_BACK_POINTER_SUBJECT = re.compile(PRONOUN_ADJUNCT + BACK_POINTER_PRONOUN + "|"
                                   + SUBJECT_ADJUNCT + BACK_POINTER_BARE_NOUN)
_BACK_POINTER_NOUN = re.compile(BACK_POINTER_NOUN, re.I)
_BACK_FLOW_BEFORE = re.compile(BACK_FLOW_BEFORE_PARTNER, re.I)
_BACK_NOT_PARTNER = re.compile(BACK_NOT_PARTNER, re.I)
_BACK_WORLD = re.compile(BACK_WORLD_WORD, re.I)


def back_partner(ctx: Context, c: Candidate, kind: str, parties: list[str]) -> list[str]:
    """[story's country, partner] of a figure read with the story's country alone whose clause points back to the flow
    one of the two sentences before tells with its partner (round 43): "Taiwan's exports to the United States rose 0.7%
    from a year earlier in January. They were worth $8.46 billion"; "... 80 items exported to the United States ...
    Together, those items were worth US$4.6 billion"; "Colombian goods sold to the United States lost ground sharply in
    August. Shipments were worth US$1,090.6 million".  LABELING.md (round 34): a noun or pronoun for the flow before
    takes that flow's partner; a flow stated afresh ("Exports came to", "Imports fell") is not read here, nor a clause
    with a world word ("Shipments abroad totaled").  Runs after the learned party count, like market_partner."""
    rep = ctx.reporter
    if parties != [rep] or not rep or c.si == 0 or kind == "countermeasure_coverage" or not _points_back(c):
        return parties
    sent = c.sent
    if any(m.iso3 != rep for m in ctx.country_mentions(sent.start, sent.end, with_people=False)):
        return parties      # the figure's own sentence names a country: its own reading stands
    partner = _flow_partner_before(ctx, c.si, rep)
    if partner is None or kind not in BACK_FLOW_WAY[partner[1]]:
        return parties
    return [rep, partner[0]]


def _points_back(c: Candidate) -> bool:
    """The amount's clause -- from its last opening (the sentence's start, "; ", ", and / but / while") to the amount --
    opens with a pointer subject or holds a demonstrative flow noun, and no world word."""
    text, at = c.sent.text, c.money.start
    opening = _clause_opening(text, at)
    if opening is None:
        return False
    clause = text[opening.end():at]
    if _BACK_WORLD.search(text, opening.end(), _clause_stop(text, c.money.end)):
        return False
    return bool(_BACK_POINTER_SUBJECT.match(clause) or _BACK_POINTER_NOUN.search(clause))


def _flow_partner_before(ctx: Context, si: int, rep: str) -> tuple[str, str] | None:
    """(partner, preposition) of the flow the nearest of the BACK_SENTENCES sentences before that names a country other
    than the story's tells: one such country, right after a flow word and "to / into / from / with"."""
    for k in range(si - 1, max(-1, si - 1 - BACK_SENTENCES), -1):
        prev = ctx.sentences[k]
        named = [m for m in ctx.country_mentions(prev.start, prev.end, with_people=False) if m.iso3 != rep]
        if not named:
            continue
        if len({m.iso3 for m in named}) != 1 or named[0].compound:
            return None
        m = named[0]
        flow = _BACK_FLOW_BEFORE.search(ctx.body, max(prev.start, m.start - 60), m.start)
        if flow is None or _BACK_NOT_PARTNER.search(ctx.body, max(prev.start, m.start - 25), m.start):
            return None
        return m.iso3, flow.group("prep").lower()
    return None


_WORLD_ADVERB = re.compile(WORLD_ADVERB, re.I)
_COUNTERPART_BEFORE = re.compile(r"\b(?:to|from|with|into)\s+(?:the\s+)?$", re.I)
_PERCENT_IN = re.compile(rf"\d\s?{PERCENT_UNIT}\s+of\b", re.I)      # a share "of" the flow: "18.3% of ... shipments abroad"


def world_clause_party(ctx: Context, c: Candidate, kind: str, parties: list[str]) -> list[str]:
    """[story's country] of a figure read with a partner whose own clause -- from its last opening to the next comma or
    semicolon -- says the flow goes to or comes from the world ("shipped goods worth nearly US$220 billion abroad, and
    US$70.9 billion of that went to the United States"; "Germany's exports to the whole world, other EU countries
    included, grew"; "Worldwide, the island's apparel sales ... reached $4.8 billion") and names no counterpart of its
    own (round 43; LABELING.md: a world word keeps one party).  Not a measure's coverage, nor a share of the flow told
    in the clause ("taking 18.3% of the kingdom's total shipments abroad, worth US$55 billion": the partner's part)."""
    rep = ctx.reporter
    if len(parties) != 2 or rep not in parties or kind == "countermeasure_coverage":
        return parties
    text, sent, at = c.sent.text, c.sent, c.money.start
    opening = _clause_opening(text, at)
    lo = opening.end() if opening else 0
    hi = _clause_stop(text, c.money.end)
    if not _WORLD_ADVERB.search(text, lo, hi) or _PERCENT_IN.search(text, lo, at):
        return parties
    if any(_COUNTERPART_BEFORE.search(ctx.body, max(0, m.start - 12), m.start)
           for m in ctx.country_mentions(sent.start + lo, sent.start + hi, with_people=False)):
        return parties      # "overseas shipments to the United States": the clause's own partner
    return [rep]


_MARKET_TAKER = re.compile(MARKET_TAKER_AFTER, re.I)


def taker_market(ctx: Context, c: Candidate, parties: list[str]) -> list[str]:
    """[story's country, market] of an export figure whose one party is the subject of a taking verb before the amount
    (round 29): "The US took 35% of that, or $2.8 billion", "the US bought 27 per cent of the sector's exports ..., or
    $9.5 billion", "The European Union was next, taking USD 7.1 billion" -- the taker is the market, the story's country
    the exporter the text leaves implicit (LABELING.md).  Not when the clause names where the goods came from ("took
    seafood worth NOK 1.6 billion from Norway": that country is the exporter) or the taker is a counterpart itself."""
    if len(parties) != 1 or not ctx.reporter or parties[0] == ctx.reporter:
        return parties
    sent, mo = c.sent, c.money
    takers = [m for m in ctx.country_mentions(sent.start + c.clause[0], sent.start + mo.start, with_people=False)
              if m.iso3 == parties[0] and _MARKET_TAKER.match(ctx.body, m.end) and not _counterpart(ctx, m)]
    if not takers or _COUNTERPART_FROM_IN.search(sent.text, c.clause[0], c.clause[1]):
        return parties
    return [ctx.reporter, parties[0]]


_COUNTERPART_FROM_IN = re.compile(r"\bfrom\s+(?:abroad|overseas|(?:the\s+)?[A-Z])")


# a flow that refers back to the bilateral flow the sentence before named (round 22b): "exports there", "Those shipments
# were worth $368 million", "these exports averaged", "that trade", "best sellers across the Atlantic", "sold ... south of
# the border".  Writers label such figures two-party in 8 of 8 writer batches where the rules gave one party (dev); a bare
# "these goods" or "the same imports" is no flow and stays out.
_FLOW_BACK_REFERENCE = re.compile(
    r"\b(?:exports|shipments|sales|imports|shipped|sold|sent|exported)\s+(?:from\s+|to\s+)?there\b"
    r"|\b(?:those|these|such)\s+(?:[\w-]+\s+){0,2}?(?:exports|imports|shipments|sales|purchases|deliveries|flows)\b"
    r"|\b(?:that|this)\s+(?:trade|flow)\b"
    r"|\bacross\s+the\s+(?:Atlantic|Pacific|border)\b|\b(?:south|north)\s+of\s+the\s+border\b", re.I)
_BACK_REFERENCE_KINDS = ("exports", "imports", "total_trade")


def back_reference(c: Candidate) -> bool:
    """The amount's clause names its flow by referring back to the one before ("Those shipments were worth ..."):
    the figure's partner is the country the sentence before named, not left to the world."""
    return bool(c.antecedent) or bool(_FLOW_BACK_REFERENCE.search(c.sent.text, c.clause[0], c.clause[1]))


def _place_named_before(ctx: Context, c: Candidate, party: str) -> str | None:
    """The last country other than the figure's own party named in the sentence before (the previous paragraph's last
    sentence too: "... pharma exports to the US to €19.9 billion. // Last year the monthly value of these exports ...")."""
    if c.si == 0:
        return None
    prev = ctx.sentences[c.si - 1]
    named = [m.iso3 for m in ctx.country_mentions(prev.start, prev.end) if m.iso3 != party and not m.compound]
    return named[-1] if named else None


def pledge(c: Candidate) -> bool:
    """A purchase pledge: the clause commits someone to buy ("will buy", "pledged ... purchases")."""
    text, cl = c.sent.text, c.clause
    return bool(_PURCHASE.search(text, cl[0], cl[1]) and _PLEDGE_WORD.search(text, cl[0], cl[1]))


_BRACKET_BASE = re.compile(BRACKET_BASE_PERIOD)


def _without_base_bracket(c: Candidate) -> Candidate:
    """c with the bracket after its amount that states another period's figure blanked ("China: -$15.03 billion
    (September 2024: -$31.8 billion)": 2024 is the bracketed figure's year, round 32); c itself when there is none."""
    text, mo = c.sent.text, c.money
    m = _BRACKET_BASE.match(text, mo.end)
    if not m:
        return c
    lo, hi = m.span("bracket")
    return replace(c, sent=replace(c.sent, text=text[:lo] + " " * (hi - lo) + text[hi:]))


def rule_year(ctx: Context, c: Candidate, kind: str) -> int | None:
    c = _without_base_bracket(c)
    text, cl, mo = c.sent.text, c.clause, c.money
    if kind == "imports" and pledge(c):
        return None             # a purchase pledge has no year of its own
    if fiscal_figure(ctx, c):
        return None             # a fiscal year or a period over a year's end: no calendar year (LABELING.md)
    if c.parallel is not None:
        return rule_year(ctx, c.parallel, kind)     # "Imports climbed to $71.24 billion from $63.55 billion" (_parallel_base)
    if kind != "countermeasure_coverage" and _spans_two_years(text, (0, cl[1])):
        return None             # "In the April-January period, exports ..., while imports ... to $43.92 billion"
    if kind != "countermeasure_coverage" and ctx.published is not None and _year_ago_in_stretch(text, cl, mo):
        # "the A$5.2 billion shipped in the same quarter a year earlier": a year before the sentence's own period
        own = _year(text, cl, mo.start, ctx.published, mo.end)
        # with no period in the sentence, the year before the story's: the year its figure stated without a period
        # takes below ("up from $1.215 trillion the year before" in a February paper on the annual deficit)
        return (own if own is not None else _story_year(ctx)) - 1
    if kind != "countermeasure_coverage":
        own = _own_period_year(text, mo.end, ctx.published)
        if own is not None:
            return own          # "compared with US$44 billion in the same period of last year"
    if c.continues and not (_YEAR.search(text) or _LAST_YEAR.search(text) or _THIS_YEAR.search(text)
                            or _NO_PERIOD.search(text, cl[0], cl[1])):
        return c.continues["year"]      # no period of its own: the period of the figure before
    if kind == "countermeasure_coverage":
        # the goods a measure covers: a year only when stated as the figure's period ("worth $50 billion in
        # 2017", "of 2017 imports"), not a date in the clause ("added on March 13, 2025")
        m = _COVERAGE_PERIOD.match(text, mo.end)
        year = _years(text, m.start("y"), m.end("y"))[0][1] if m else None
    else:
        year = _year(text, cl, mo.start, ctx.published, mo.end)
        if year is None and _THAT_YEAR.search(text, cl[0], cl[1]):
            year = _year_named_before(ctx, c.si)     # "... worth A$4.16 billion went to the US market that year"
        if year is None and _SAME_PERIOD.search(text):
            year = _same_period_year(ctx, c.si, text)   # "... came to just $2.1 billion over the same period"
        if year is None:
            year = _list_intro_year(ctx, c.si)      # "Trade in 2024:" over "US exports to Thailand: USD 17.7 billion"
        if year is None and not _PER_YEAR.search(text, cl[0], cl[1]):
            year = _previous_period(ctx, c.si)      # (a rate "a year" has no period, not the sentence before's)
        if year is None and not _PER_YEAR.search(text, cl[0], cl[1]) and not _NO_PERIOD.search(text, cl[0], cl[1]):
            year = _previous_sentence_period(ctx, c.si)     # "... in 2024. Shipments there amounted to $12.14 billion"
    if year is None and ctx.published is not None and kind != "countermeasure_coverage" \
            and not _NO_PERIOD.search(text, cl[0], cl[1]) and not _PER_YEAR.search(text) and not undated(ctx, c):
        # a figure stated without a period is the latest: this year's -- in a January paper, last year's
        # (the annual or December figures)
        year = _story_year(ctx)
        if _LEADING_YEAR_EARLIER.match(text):
            year -= 1           # "A year earlier, exports had stood at $34.58 billion"
    if year is not None and _YEAR_EARLIER.match(text, mo.end):
        year -= 1               # "..., down from C$47.5 billion a year earlier"
    elif year is not None and year_on_year_base(text, mo):
        year -= 1               # "rose to $8.42 billion from $6.61 billion in the year-earlier month"
    return year


# a sentence comparing with the same period a year before, in words that state no year of their own
_YEAR_ON_YEAR = re.compile(r"\b(?:compared (?:with|to) a year (?:earlier|ago|before)|year-(?:earlier|ago)|year[- ]on[- ]year"
                           r"|over (?:twelve|12) months)\b", re.I)
_FROM_BEFORE = re.compile(r"\bfrom\s+(?:about\s+|roughly\s+|nearly\s+|around\s+)?$", re.I)
_TO_AMOUNT = re.compile(r"\bto\s+(?:about\s+|roughly\s+|nearly\s+|around\s+)?(?:US\$|C\$|A\$|USD|EUR|[$€£¥₹]|\d)", re.I)
_MONTH_EARLIER = re.compile(r"\b(?:a month (?:earlier|ago|before)|month[- ]on[- ]month|the previous month|last month)\b", re.I)


def year_on_year_base(text: str, mo: Money) -> bool:
    """The amount is the "from" side of a move "to X from Y" / "from Y to X" in a sentence whose cue compares with a
    year before ("climbed 27.8 per cent in September compared with a year earlier, to €28.5 billion from €22.3
    billion", "sliding over twelve months from 18.5 billion euros to 9.6 billion euros"): LABELING.md dates a figure
    by the period it is for, and the base of a year-on-year move is the year before.  A sentence that names a year,
    "last year" or a month-earlier base dates its amounts itself."""
    if not _FROM_BEFORE.search(text, max(0, mo.start - 20), mo.start) or not _YEAR_ON_YEAR.search(text):
        return False
    if _YEAR.search(text) or _LAST_YEAR.search(text) or _MONTH_EARLIER.search(text):
        return False
    return bool(_TO_AMOUNT.search(text, max(0, mo.start - 160), mo.start)
                or _TO_AMOUNT.search(text, mo.end, mo.end + 60))


# "the A$5.2 billion shipped in the same quarter a year earlier", "a A$6.2 billion goods deficit with the US a year ago"
# round 43 (xtvrelease43): "the year before" / "the preceding year" too, as releases write the year-earlier column
# ("up from $1.215 trillion the year before", "well above the $123.5 billion of the year before")
_YEAR_AGO = re.compile(r"\b(?:a year (?:earlier|ago|before)|the (?:previous|prior|preceding) year|the year before)\b", re.I)
# the amount's restatement in another currency right after it: "down from £5.4bn ($7.35bn) the year before"
_CONVERSION_AFTER = re.compile(r"\s*\([^()]{1,40}\)")


def _year_ago_in_stretch(text: str, cl: tuple[int, int], mo: Money) -> bool:
    """The amount's own stretch after it (to the next comma or amount) says "a year earlier" and names no year."""
    hi = _stretch(text, cl, mo.start, mo.end)[1]
    conv = _CONVERSION_AFTER.match(text, mo.end, hi)
    nxt = _AMOUNT_AHEAD.search(text, conv.end() if conv else mo.end, hi)
    hi = nxt.start() if nxt else hi
    ago = _YEAR_AGO.search(text, mo.end, hi)
    if ago is None or _YEAR.search(text, mo.end, hi):
        return False
    # "... to €13.7 billion in the five months to May compared with a year earlier": the base of the comparison
    return not _COMPARED_PERIOD_CUE.search(text, max(mo.end, ago.start() - 20), ago.start())


_COMPARED_PERIOD_CUE = re.compile(COMPARED_PERIOD_CUE, re.I)


# "for April-January", "in the July–March period": months running over a year's end
_MONTH_RANGE = re.compile(rf"\b(?P<a>{MONTH_ABBR})[a-z]*\.?\s*(?:-|–|to|through)\s*"
                          rf"(?P<b>{MONTH_ABBR})[a-z]*\b(?!\.?\s*\d)")


# "that year", "in the same year" (stating none of its own): the year the text named last
_THAT_YEAR = re.compile(r"\b(?:that|the same) year\b", re.I)


def _year_named_before(ctx: Context, si: int) -> int | None:
    """The last year stated in the two sentences before (of the same paragraph or the one before it)."""
    for k in (si - 1, si - 2):
        if k >= 0:
            years = _years(ctx.sentences[k].text, 0, len(ctx.sentences[k].text))
            if years:
                return max(years, key=lambda my: my[0].start())[1]
    return None


# "over the same period", "in the same six months": the period of the figure stated before (constants.py)
_SAME_PERIOD = re.compile(SAME_PERIOD_BACKREF, re.I)


def _same_period_year(ctx: Context, si: int, text: str) -> int | None:
    """The year of a figure whose period is "the same period" as the figure before: the period of the first trade
    amount of the nearest sentence before that states one (up to SAME_PERIOD_SENTENCES back, across a paragraph
    break -- the writers open a new paragraph with "Traffic in the other direction ... over the same period");
    a leading "A year earlier" puts it a year before that period."""
    for k in range(si - 1, max(-1, si - 1 - SAME_PERIOD_SENTENCES), -1):
        prev = ctx.sentences[k].text
        monies = find_money(prev)
        if not monies or not _TRADE_CONTEXT.search(prev):
            continue
        mo = monies[0]
        year = _year(prev, _clause_of(clause_spans(prev), mo.start), mo.start, ctx.published, mo.end)
        if year is None:
            return None     # the figure before has no period of its own: neither has this one
        return year - 1 if _LEADING_YEAR_EARLIER.match(text) else year
    return None


_LIST_ROW_LABEL = re.compile(LIST_ROW_LABEL)


def _list_row(ctx: Context, si: int) -> bool:
    """Sentence si is a row of a list or table flattened to text: a paragraph of its own, short, a label, a colon or
    dash, then the amount ("US exports to Thailand: USD 17.7 billion")."""
    if not 0 <= si < len(ctx.sentences):
        return False
    text = ctx.sentences[si].text
    if len(text) > LIST_ROW_CHARS or not ctx.alone_in_paragraph(si):
        return False
    m = _LIST_ROW_LABEL.match(text)
    monies = find_money(text) if m else []
    return bool(monies) and m.end() - 1 <= monies[0].start <= m.end() + LIST_ROW_GAP


def _list_intro(ctx: Context, si: int) -> int | None:
    """The line introducing the list whose row is si: the first line above the run of rows, a line ending in a colon
    or a short heading naming no amount (None for a lone "Label: amount" line, which is no list)."""
    if not _list_row(ctx, si) or not (_list_row(ctx, si - 1) or _list_row(ctx, si + 1)):
        return None
    k = si - 1
    while _list_row(ctx, k):
        k -= 1
    if k < 0:
        return None
    intro = ctx.sentences[k].text.strip()
    heading = ctx.alone_in_paragraph(k) and len(intro.split()) <= LIST_HEADING_WORDS and not find_money(intro) \
        and not re.search(r"[.!?]$", intro)
    return k if intro.endswith(":") or heading else None


_COUNTRY_ROW_LABEL = re.compile(COUNTRY_ROW_LABEL, re.I)
_ROW_MARKET = re.compile(ROW_MARKET_WORDS, re.I)
_ROW_SUPPLIER = re.compile(ROW_SUPPLIER_WORDS, re.I)
_NON_WORD = re.compile(r"\W*")     # what may stand between a row's country and its colon ("Ireland:", "China -")


def country_row(ctx: Context, c: Candidate) -> tuple[str, list[str]] | None:
    """(kind, parties) of a row of a flattened table whose label is one country alone, under an intro naming the flow
    (round 31): "Where Brazil's exports went // Argentina: up 40.4% to $1.6 billion" (exports [BRA, ARG]); "Largest US
    goods deficits, September 2025 // Ireland: -$18.22 billion" (deficit [USA, IRL]); "The next four markets were: //
    Japan: $984.8 million" (the story's exports to Japan); "To China: $10.4 billion".  The row's country is the
    counterpart of the intro's flow; its own side is the one country the intro names, else the story's country.
    None when the row names its own flow or another country, or the run's words make the rows suppliers."""
    si, sent = c.si, c.sent
    if not _list_row(ctx, si):
        return None
    colon = _LIST_ROW_LABEL.match(sent.text).end()
    lead = _COUNTRY_ROW_LABEL.match(sent.text)
    row = ctx.country_mentions(sent.start, sent.end, with_people=False)
    if len(row) != 1 or row[0].start != sent.start + lead.end() or not _NON_WORD.fullmatch(ctx.body, row[0].end, sent.start + colon) \
            or _TRADE_CONTEXT.search(sent.text, colon):
        return None
    k = _list_intro(ctx, si)
    intro = ctx.sentences[k] if k is not None else None
    words = (intro.text if intro else "") + " " + sent.text
    named = [kind for kind, rx in _KINDS if intro and rx.search(intro.text)]
    if lead.group("to") or (not named and _ROW_MARKET.search(words)):
        named = ["exports"]
    if not named or _ROW_SUPPLIER.search(words) or named[0] not in ("exports", "imports", "trade_deficit", "trade_surplus"):
        return None
    owners = {m.iso3 for m in ctx.country_mentions(intro.start, intro.end, with_people=False)} if intro else set()
    owner = owners.pop() if len(owners) == 1 else None if owners else ctx.reporter
    if not owner or owner == row[0].iso3:
        return None
    return named[0], [owner, row[0].iso3]


def goods_row(ctx: Context, c: Candidate) -> tuple[str, list[str]] | None:
    """(kind, parties) of a row of goods under an intro naming its own one-way flow, when the row does not go on with
    the figure before the intro (round 32): "Top five exports to the US, January–July 2025: // Rubber products –
    US$2.783 billion" after an imports figure (exports [THA, USA]); "The biggest export items in November 2025: //
    Engineering goods: $11.01 billion" after a deficit (exports [IND]).  The intro's countries are the flow's: none,
    the story's country alone; one named as the counterpart ("to the US"), the story's country and it; one otherwise
    ("Vietnam's top exports"), the owner alone; two, both.  None when the row names a country, a flow or other money of
    its own, or the intro names no flow or both ways."""
    k = _list_intro(ctx, c.si)
    sent = c.sent
    if k is None or ctx.country_mentions(sent.start, sent.end, with_people=False) or _NON_TRADE.search(sent.text) \
            or any(rx.search(sent.text) for _, rx in _KINDS):
        return None
    intro = ctx.sentences[k]
    label = _LIST_ROW_LABEL.match(intro.text.strip())
    if label and intro.text.strip()[label.end():].strip():
        return None     # a row of its own with no amount ("Exports to China: -11.7%"), not the list's intro
    named = {kind for kind, rx in _KINDS if rx.search(intro.text)}
    if len(named) != 1 or not named <= set(GOODS_ROW_KINDS) or _ROW_SUPPLIER.search(intro.text):
        return None
    parties = _intro_parties(ctx, intro)
    return (named.pop(), parties) if parties else None


def _intro_parties(ctx: Context, intro: Sentence) -> list[str] | None:
    """The parties of the flow a list's intro names (goods_row)."""
    mentions = ctx.country_mentions(intro.start, intro.end, with_people=False)
    named = list(dict.fromkeys(m.iso3 for m in mentions))
    if not named:
        return [ctx.reporter] if ctx.reporter else None
    if len(named) == 2:
        return named
    if len(named) > 2:
        return None
    counterpart = _COUNTERPART_BEFORE.search(ctx.body, intro.start, mentions[0].start)
    if counterpart and ctx.reporter and ctx.reporter != named[0]:
        return [ctx.reporter, named[0]]
    return None if counterpart else named


def _list_intro_year(ctx: Context, si: int) -> int | None:
    """The one year of the line introducing the list whose row si states no period: the writers state the period once,
    above the rows ("Trade in 2024:", a heading "France-US goods trade, 2023 (French customs)"), and the rows carry
    the label and the amount only.  The intro is the first line above the run of rows: a line ending in a colon, or a
    short heading naming no amount.  Two years in it ("June 2025 (June 2024 in brackets)") decide nothing."""
    k = _list_intro(ctx, si)
    if k is None:
        return None
    intro = ctx.sentences[k].text.strip()
    years = {y for _, y in _years(intro, 0, len(intro))}
    return years.pop() if len(years) == 1 else None


# the lede dates the story's figures last year ("Global shipments dipped in value last year", "endured a difficult
# 2025") unless it names a period of this year: a month already past ("the first 20 days of May", "in the opening weeks
# of October": a monthly story), "this year", "the first half"
_MONTH_NAME = re.compile(r"\b(?P<m>January|February|March|April|May|June|July|August|September|October|November|December"
                         r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b\.?(?!\s*(?:\d{1,2},?\s+)?(?:19|20)\d\d)")
_LEDE_THIS_PERIOD = re.compile(r"\b(?:this year|so far this year|year to date|first (?:half|quarter)|last month|this month)\b", re.I)


def _story_year(ctx: Context) -> int:
    """The year of a figure the text states without a period: the year of the month the lede reports, when it names one
    (_lede_report_month); else the latest -- this year's; in a January paper, or when the headline, deck and lede date
    the story's figures last year (and name no period of this year: no this year, no month already past), last year's
    (the annual figures)."""
    hit = ctx.memo.get("story_year")
    if hit is None:
        pub = ctx.published
        month = _lede_report_month(ctx)
        hit = ctx.memo["story_year"] = (pub.year - (month > pub.month) if month is not None
                                        else pub.year - (pub.month == 1 or _lede_last_year(ctx)))
    return hit


_LEDE_REPORT_MONTH = re.compile(LEDE_REPORT_MONTH)


def _lede_periods(ctx: Context) -> str:
    """The headline, deck and lede as one text, datelines and compared amounts' stretches blanked (_own_periods):
    where _lede_report_month and _lede_last_year look for the story's period."""
    return _own_periods(" ".join(_DATELINE.sub(_blank, s.text) for s in ctx.sentences[:LEDE_SENTENCES]))


def _lede_report_month(ctx: Context) -> int | None:
    """The first month the headline, deck and lede name as the period of the story's figures (constants.py
    LEDE_REPORT_MONTH, or a month owning a figure: "December's gap"), outside a compared amount's stretch, when it lies
    at most REPORT_LAG_MONTHS before publication: a statistics story's month, whose year is the latest such month not
    after publication ("the first 20 days of January" in a January paper is this year's; "in December" in a February
    paper last year's)."""
    pub = ctx.published
    lede = _lede_periods(ctx)
    found = sorted([(m.start(), m.group("m") or m.group("r")) for m in _LEDE_REPORT_MONTH.finditer(lede)]
                   + [(m.start(), m.group("m")) for m in _MONTH_OWNER.finditer(lede)])
    for _, name in found:
        month = _MONTH_NO[name[:3].lower()]
        if (pub.month - month) % 12 <= REPORT_LAG_MONTHS:
            return month
    return None


def _lede_last_year(ctx: Context) -> bool:
    pub = ctx.published
    lede = _lede_periods(ctx)
    years = {y for _, y in _years(lede, 0, len(lede))}
    last = any(not _BASE_PERIOD_BEFORE.search(lede, max(0, m.start() - 40), m.start()) and not _PERIOD_OF_NEXT.match(lede, m.end())
               for m in _LAST_YEAR.finditer(lede))
    if not (last or pub.year - 1 in years) or pub.year in years or _THIS_YEAR.search(lede) or _LEDE_THIS_PERIOD.search(lede):
        return False
    return not any(_MONTH_NO[m.group("m")[:3].lower()] <= pub.month for m in _MONTH_NAME.finditer(lede)
                   if not _day_date(lede, m))


_LEDE_DAY_AFTER_MONTH = re.compile(LEDE_DAY_AFTER_MONTH)
_LEDE_DAY_BEFORE_MONTH = re.compile(LEDE_DAY_BEFORE_MONTH)


def _day_date(text: str, m: re.Match) -> bool:
    """The month is a day's date ("released on Friday, February 6", "on 17 February"), not a period: the day of a
    release or an event tells nothing of which year the story's figures are for (round 44)."""
    return bool(_LEDE_DAY_AFTER_MONTH.match(text, m.end("m"))
                or _LEDE_DAY_BEFORE_MONTH.search(text, max(0, m.start() - 6), m.start()))


# the text's own date (a wire dateline, a line that is only a date, a timestamp): no period of the story's figures
_DATELINE = re.compile(DATELINE)


def _own_periods(text: str) -> str:
    """text with each compared amount's stretch blanked ("fell to $2.8 billion from $3.4 billion last year", "against
    $7.3 billion in October 2024"): the periods left are those of the figures the text reports."""
    for m in reversed(list(_COMPARISON.finditer(text))):
        hi = _STRETCH_END.search(text, m.end()).start()
        text = text[:m.start()] + " " * (hi - m.start()) + text[hi:]
    return text


def _spans_two_years(text: str, cl: tuple[int, int]) -> bool:
    """The clause's period is a stretch of months over a year's end ("April-January") and it names no year: the
    figure is for no one calendar year (LABELING.md: the calendar year the figure is for, else null)."""
    m = _MONTH_RANGE.search(text, cl[0], cl[1])
    return bool(m) and _MONTH_NO[m.group("a").lower()] > _MONTH_NO[m.group("b").lower()] \
        and not _YEAR.search(text, cl[0], cl[1])


def _previous_period(ctx: Context, si: int) -> int | None:
    """The period of the previous sentence's first amount, when that sentence is in the same paragraph
    and states one: "Trade totaled $93 billion last year. China's exports climbed to $46.4 billion, ..."
    and "... $334 billion over the same period" continue last year's figures."""
    if si == 0 or ctx.sentences[si - 1].para != ctx.sentences[si].para:
        return None
    prev = ctx.sentences[si - 1].text
    monies = find_money(prev)
    if not monies or not _TRADE_CONTEXT.search(prev):
        return None
    mo = monies[0]
    return _year(prev, _clause_of(clause_spans(prev), mo.start), mo.start, ctx.published, mo.end)


_DAY_DATE_BEFORE_YEAR = re.compile(DAY_DATE_BEFORE_YEAR, re.I)
_THAN_BASE_BEFORE_YEAR = re.compile(THAN_BASE_BEFORE_YEAR, re.I)
# "since 2022, when exports grew 16.7%": where a comparison or a record runs from, even with its figure after it
_SINCE_BEFORE = re.compile(r"\bsince\s+$", re.I)


def _previous_sentence_period(ctx: Context, si: int) -> int | None:
    """The one period the sentence before states, when it is in the same paragraph and states no amount of its own:
    "The US was the country's largest export destination in 2024. Shipments there amounted to $12.14 billion", "Last
    year the country sent close to 100,000 tons of citrus to the US. Those shipments brought in more than
    $100-million" -- the writers name the period once and state the figure next.  Two periods decide nothing."""
    if si == 0 or ctx.sentences[si - 1].para != ctx.sentences[si].para:
        return None
    prev = ctx.sentences[si - 1].text
    if find_money(prev):
        return None         # a figure of its own: _previous_period reads its period
    periods = _stated_periods(ctx, prev)
    return periods.pop() if len(periods) == 1 else None


def _stated_periods(ctx: Context, text: str) -> set[int]:
    """The years a sentence with no amount states as its period: not a year it compares with ("from May of last year",
    "higher than in the same three months of 2024"), one a sum or record runs from ("since 2022"), a day's date ("on
    March 13, 2025": an event)."""
    periods = {y for m, y in _years(text, 0, len(text))
               if not _SINCE_BEFORE.search(text, max(0, m.start() - 12), m.start())
               and not _BASE_YEAR_BEFORE.search(text, max(0, m.start() - 50), m.start())
               and not _THAN_BASE_BEFORE_YEAR.search(text, max(0, m.start() - 50), m.start())
               and not _DAY_DATE_BEFORE_YEAR.search(text, max(0, m.start() - 16), m.start())}
    if ctx.published is None:
        return periods              # "last year" of an undated article names no year
    return periods | {ctx.published.year - 1 for m in _LAST_YEAR.finditer(text)
                      if not _BASE_PERIOD_BEFORE.search(text, max(0, m.start() - 40), m.start())
                      and not _PERIOD_OF_NEXT.match(text, m.end())}


def _share(ctx: Context, m) -> bool:
    """The mention names a partner's share of a figure ("with the U.S. taking nearly half", "98% of that went
    to the United States", "making the U.S. the largest buyer"), not a party of it.  Memoised per article (it reads
    only the body around the mention; 7 in 8 calls repeat one)."""
    key = ("share", m.start, m.end)
    hit = ctx.memo.get(key)
    if hit is None:
        hit = ctx.memo[key] = _share_of_figure(ctx, m)
    return hit


def _share_of_figure(ctx: Context, m) -> bool:
    return bool((_SHARE_BEFORE.search(ctx.body, max(0, m.start - 12), m.start) and _SHARE_AFTER.match(ctx.body, m.end))
                or _SHARE_OF.search(ctx.body, max(0, m.start - 90), m.start)
                or (_MAKING.search(ctx.body, max(0, m.start - 12), m.start) and _SHARE_AFTER.match(ctx.body, m.end)))


def _stretch(text: str, cl: tuple[int, int], start: int, end: int) -> tuple[int, int]:
    """The amount's own comma-delimited stretch of its clause."""
    lo = max(cl[0], text.rfind(",", cl[0], start) + 1)
    hi = text.find(",", end, cl[1])
    return lo, cl[1] if hi < 0 else hi


# "Total exports rose 0.9% to C$61.86 billion, helped by ... shipments to the United States", "out of total wine
# exports of 8.2 billion euros", "Global imports: 54.88 trillion yen": a flow with the world, whoever else is named
_WORLD_FLOW = re.compile(r"\b(?:total|overall|global|worldwide)\s+(?:[\w-]+\s+){0,2}?(?:exports?|imports?|shipments|sales|trade"
                         r"|surplus|deficit|balance)\b", re.I)


def _world_flow(ctx: Context, sent, cl: tuple[int, int], anchor: tuple[int, int]) -> list[str] | None:
    """[reporter] when the amount's own stretch names a total flow ("total exports", "overall trade balance") and no
    counterpart of it ("total exports to the US" is bilateral): the country the stretch names, else the story's."""
    lo, hi = _stretch(sent.text, cl, *anchor)
    if not _WORLD_FLOW.search(sent.text, lo, hi) or _PAIR_WORDS.search(sent.text, lo, hi):
        return None
    ms = ctx.country_mentions(sent.start + lo, sent.start + hi)
    if any(_counterpart(ctx, m) for m in ms):
        return None
    own = [m.iso3 for m in ms]
    return own[:1] if own else ([ctx.reporter] if ctx.reporter else None)


# "Canada's trade with the United States dwarfed that figure at $924.4 billion": two-way trade, stated in the amount's
# own stretch with no word of one direction
_TWO_WAY = re.compile(r"\b(?:trade\s+(?:with|between)|two-way\s+trade|bilateral\s+trade|trade\s+between|total\s+trade)\b"
                      r"|\b(?:imports?\s+and\s+exports?|exports?\s+and\s+imports?|imports?-exports?|exports?-imports?)\b", re.I)
# both directions named together ("combined imports and exports", "import-export turnover") say two-way trade,
# not a one-way flow
_BOTH_WAYS = re.compile(r"\b(?:imports?\s+and\s+exports?|exports?\s+and\s+imports?|imports?-exports?|exports?-imports?)\b", re.I)
_ONE_WAY = re.compile(r"\b(?:export\w*|import\w*|shipp\w*|shipments?|sold|sales|bought|purchas\w*|surplus|deficit)\b", re.I)


def stated_two_way(c: Candidate) -> bool:
    """The amount's own comma stretch says two-way trade ("trade with the United States", "total trade", "combined
    imports and exports") and no one direction."""
    lo, hi = _stretch(c.sent.text, c.clause, c.money.start, c.money.end)
    stretch = _BOTH_WAYS.sub(" ", c.sent.text[lo:hi])
    return bool(_TWO_WAY.search(c.sent.text, lo, hi)) and not _ONE_WAY.search(stretch)


def _world_party(ctx: Context, sent, cl: tuple[int, int], anchor: tuple[int, int] | None, out: list[str]) -> list[str] | None:
    """The one party of a figure with the world: "India's seafood exports to all markets were worth ..., with the US the
    largest buyer"; "Total exports rose 0.9% to C$61.86 billion, helped by ... shipments to the United States"."""
    world = _stretch(sent.text, cl, *anchor) if anchor else cl
    if out and _TO_WORLD.search(sent.text, *world):
        return out[:1]
    return _world_flow(ctx, sent, cl, anchor) if anchor else None


def with_world(ctx: Context, c: Candidate) -> bool:
    """The amount's stretch says the figure is with the world ("exports to all markets"), the clause names four
    or more partners, or the sentence gives a partner's share of it and names no partner next to the amount.
    The rules' one party then stands."""
    text, cl, sent = c.sent.text, c.clause, c.sent
    lo, hi = _stretch(text, cl, c.money.start, c.money.end)
    if _TO_WORLD.search(text, lo, hi) or _world_flow(ctx, sent, cl, (c.money.start, c.money.end)) \
            or codeless_group_flow(ctx, c):
        return True
    if len({m.iso3 for m in ctx.country_mentions(sent.start + cl[0], sent.start + cl[1])}) >= 4:
        return True
    if any(not _share(ctx, m) and m.iso3 != ctx.reporter and not _ORG_AFTER.match(ctx.body, m.end)
           for m in ctx.country_mentions(sent.start + lo, sent.start + hi)):
        return False        # "Shipments ... to the United States hit $8.22 billion, ..., making the U.S. the largest buyer"
    return any(_share(ctx, m) for m in ctx.country_mentions(sent.start, sent.end))


_CODELESS_GROUP = re.compile(CODELESS_GROUP)


def codeless_group_flow(ctx: Context, c: Candidate) -> list[str] | None:
    """[owner] of a flow whose counterpart, in the amount's own comma stretch, is a group of countries with no code
    ("Exports to ASEAN rose 71.6 percent to US$11.63 billion, narrowing the gap with shipments to China"; "China has run
    up a $60 billion trade surplus with Africa"; "shipments to European countries outside the bloc grew to $550 million"):
    LABELING.md keeps the reporter as the only party, where the sentence's other country was read as the partner.  The
    owner is the one country the stretch names as no counterpart, else the story's; none when the stretch also names a
    country counterpart or a pair ("exports to Asia and the US") -- countries inside the group's words ("countries other
    than the U.S.", "non-US partners") are not counted."""
    text, base = c.sent.text, c.sent.start
    lo, hi = _stretch(text, c.clause, c.money.start, c.money.end)
    group = _CODELESS_GROUP.search(text, lo, hi) or _group_in_clause_head(ctx, c, lo, hi)
    if group and group.start() < lo:
        lo = c.clause[0]
    if not group or _PAIR_WORDS.search(text, lo, hi):
        return None
    named = [m for m in ctx.country_mentions(base + lo, base + hi)
             if not base + group.start() <= m.start < base + group.end()]
    if any(_counterpart(ctx, m) for m in named) or len({m.iso3 for m in named}) > 1:
        return None
    owner = named[0].iso3 if named else (_between_owner(ctx, c, group) or ctx.reporter)
    return [owner] if owner else None


def _group_in_clause_head(ctx: Context, c: Candidate, lo: int, hi: int):
    """The group of the clause's head when the amount's own stretch continues it with no country or amount of its own
    (round 47): "Shipments to North America as a whole rose by 9.7% ..., reaching $4.2 billion", "Trade between China
    and Africa already set a record in 2024, when it reached $295.6 billion"."""
    text, head = c.sent.text, c.clause[0]
    if head >= lo or _AMOUNT_AHEAD.search(text, head, lo) or ctx.country_mentions(c.sent.start + lo, c.sent.start + hi):
        return None
    return _CODELESS_GROUP.search(text, head, lo)


def _between_owner(ctx: Context, c: Candidate, group) -> str | None:
    """The one country of "between China and Africa" (round 47): the pair's other side, the flow's owner."""
    if not group.group("between"):
        return None
    lo, hi = group.span("between")
    inner = {m.iso3 for m in ctx.country_mentions(c.sent.start + lo, c.sent.start + hi)}
    return inner.pop() if len(inner) == 1 else None


# "Switzerland's trade surplus with the world's largest economy": the U.S.; "the world's second-largest economy": China
_PERIPHRASIS = re.compile(r"\bthe world['’]s (?P<second>second[- ])?(?:largest|biggest) economy\b", re.I)


# "Trade between Indonesia and the bloc": the EU, in a story that names it
_BLOC = re.compile(r"\bthe\s+(?:27-(?:nation|member|country)\s+|European\s+)?bloc\b", re.I)


# a partner named by its role: "a surplus of US$720 million with its largest trading partner", "imports from its northern
# neighbour", "the country's biggest export market": the country the text has just named (_role_partner)
_ROLE = re.compile(r"\b(?:its|their|the country['’]s|the nation['’]s)\s+(?:(?:single\s+)?(?:biggest|largest|top|main|second[- ](?:largest|biggest))"
                   r"\s+(?:single\s+)?(?:trading partner|trade partner|export market|customer|supplier)"
                   r"|(?:northern|southern|eastern|western)\s+neighbou?r)\b", re.I)


def _role_partner(ctx: Context, sent, at: int) -> str | None:
    """The country a role phrase at sent.text[at] stands for: the last one named before it in the sentence, else in the
    sentence before ("Trade with China moved ... That gave Brazil a surplus ... with its largest trading partner"); the
    story's reporter is no partner of its own."""
    si = ctx.sentence_index(sent.start)
    for lo, hi in ((sent.start, sent.start + at), (ctx.sentences[si - 1].start, ctx.sentences[si - 1].end) if si else (0, 0)):
        named = [m.iso3 for m in ctx.country_mentions(lo, hi, with_people=False) if m.iso3 != ctx.reporter]
        if named:
            return named[-1]
    return None


def _periphrases(ctx: Context, sent, cl: tuple[int, int]) -> list[Mention]:
    out = [Mention(sent.start + m.start(), sent.start + m.end(), "CHN" if m.group("second") else "USA", "name", m.group(0))
           for m in _PERIPHRASIS.finditer(sent.text, cl[0], cl[1])]
    for m in _ROLE.finditer(sent.text, cl[0], cl[1]):
        iso = _role_partner(ctx, sent, m.start())
        if iso:
            out.append(Mention(sent.start + m.start(), sent.start + m.end(), iso, "name", m.group(0)))
    if "EUU" in ctx.first_mention:
        out += [Mention(sent.start + m.start(), sent.start + m.end(), "EUU", "name", m.group(0))
                for m in _BLOC.finditer(sent.text, cl[0], cl[1])]
    return out + anaphoric_partners(ctx, sent, cl)


_ANAPHORIC_PARTNER = re.compile(ANAPHORIC_PARTNER)
_ANAPHORA_LOOKBACK = 2      # sentences before the description's own that may hold its referent


def anaphoric_partners(ctx: Context, sent, cl: tuple[int, int]) -> list[Mention]:
    """The countries that descriptions after a counterpart preposition stand for ("Turkish exports to the country",
    "Brazilian farm exports to the Asian giant", "imported ... from the country", "Canada's surplus with its neighbour";
    round 30): each is the last country named before it -- earlier in its sentence, else in the two sentences before --
    that is not the flow's own side.  The flow's side is a country the clause names before the description as no
    counterpart ("Turkish", "the EU imported"), else the story's country, whose own exports a bare "exports to the
    country" are.  Not when the side is a pronoun for a country of an earlier clause ("China's exports to Canada
    climbed ..., while its imports from the North American country grew"): the sentence's countries read that pair."""
    out = []
    for d in _ANAPHORIC_PARTNER.finditer(sent.text, cl[0], cl[1]):
        at = sent.start + d.start("desc")
        owners = [m for m in ctx.country_mentions(sent.start, at, with_people=False)
                  if not _counterpart(ctx, m) and not m.compound]
        sides = {m.iso3 for m in owners if m.start >= sent.start + cl[0]}
        if owners and not sides:
            continue
        sides = sides or {ctx.reporter}
        iso = _last_named_besides(ctx, ctx.sentence_index(sent.start), at, sides)
        if iso:
            out.append(Mention(at, sent.start + d.end(), iso, "name", d.group("desc")))
    return out


def _last_named_besides(ctx: Context, si: int, at: int, sides: set) -> str | None:
    """The last country named before body offset `at`, in sentence si or the _ANAPHORA_LOOKBACK sentences before it,
    other than `sides` and other than a pair compound ("US-Mexico")."""
    lo = ctx.sentences[max(0, si - _ANAPHORA_LOOKBACK)].start
    named = [m.iso3 for m in ctx.country_mentions(lo, at, with_people=False) if m.iso3 not in sides and not m.compound]
    return named[-1] if named else None


_WITH_BEFORE = re.compile(r"(?<!according )\b(?:to|from|into|with)\s+(?:the\s+)?$")


def _counterpart(ctx: Context, m: Mention) -> bool:
    """The mention is the counterpart of a flow or balance ("to the US", "from America", "with the U.S.")."""
    return bool(_WITH_BEFORE.search(ctx.body, max(0, m.start - 12), m.start)) and not _ORG_AFTER.match(ctx.body, m.end) \
        and not _share(ctx, m)


def _partner_after(ctx: Context, sent, cl: tuple[int, int], anchor: tuple[int, int], excluded: set[str]) -> list[str] | None:
    """[reporter, partner] when the counterpart right after the amount, before the next amount, is one country ("deficits
    of $73.9 billion with Taiwan, $68.5 billion with Japan and $66 billion with South Korea": Japan is the $68.5
    billion's); the reporter is the one country of the clause named as no counterpart, else the story's country."""
    text = sent.text
    nxt = _AMOUNT_AHEAD.search(text, anchor[1], cl[1])
    own = [m for m in ctx.country_mentions(sent.start + anchor[1], sent.start + (nxt.start() if nxt else cl[1]))
           if m.iso3 not in excluded and _counterpart(ctx, m)]
    if len({m.iso3 for m in own}) != 1:
        return None
    partner = own[0].iso3
    clause = [m for m in ctx.country_mentions(sent.start + cl[0], sent.start + cl[1]) if m.iso3 not in excluded]
    others = {m.iso3 for m in clause if not _counterpart(ctx, m)} - {partner}
    reporter = others.pop() if len(others) == 1 else None if others else \
        (ctx.reporter if ctx.reporter != partner else ctx.default_imposer)
    return [reporter, partner] if reporter and reporter != partner else None


def _stretch_pair(ctx: Context, sent, cl: tuple[int, int], anchor: tuple[int, int], excluded: set[str]) -> list[str] | None:
    """[reporter, partner] from the amount's own comma stretch when it names exactly one counterpart ("with the US",
    "to the US"): the reporter is the one other country of the stretch, else the story's country."""
    lo, hi = _stretch(sent.text, cl, *anchor)
    ms = [m for m in ctx.country_mentions(sent.start + lo, sent.start + hi) if m.iso3 not in excluded]
    partners = {m.iso3 for m in ms if _counterpart(ctx, m)}
    if len(partners) > 1:
        return _partner_after(ctx, sent, cl, anchor, excluded)
    if len(partners) != 1:
        return None
    partner = partners.pop()
    others = {m.iso3 for m in ms} - {partner}
    reporter = others.pop() if len(others) == 1 else None if others else \
        (ctx.reporter if ctx.reporter != partner else ctx.default_imposer)
    return [reporter, partner] if reporter and reporter != partner else None


def _not_parties(ctx: Context, mentions: list) -> set[str]:
    """Countries of the sentence that are no party of its trade figures: the ones after "excluding" or naming a
    measure, and a partner's share, unless another mention names them as the flow's counterpart or partner."""
    excluded = {m.iso3 for m in mentions
                if _EXCLUDING.search(ctx.body, max(0, m.start - 25), m.start) or _MEASURE_AFTER.match(ctx.body, m.end)}
    # "Shipments to the United States slid ... as higher U.S. tariffs ...": a country named as the counterpart
    # of the flow is a party, whatever other mention of it names a measure
    excluded -= {m.iso3 for m in mentions if _counterpart(ctx, m) and not _MEASURE_AFTER.match(ctx.body, m.end)
                 and not _EXCLUDING.search(ctx.body, max(0, m.start - 25), m.start)}
    # a partner's share ("making the U.S. the largest buyer") unless the sentence also names it as a partner
    excluded |= {m.iso3 for m in mentions if _share(ctx, m)} - {m.iso3 for m in mentions if not _share(ctx, m)}
    if any(_bloc_frames_member(ctx, m, mentions) for m in mentions):
        excluded |= {"EUU"} - {m.iso3 for m in mentions if m.iso3 == "EUU" and _counterpart(ctx, m)}
    return excluded


_BLOC_FRAME_BEFORE = re.compile(BLOC_FRAME_BEFORE)
_BLOC_APPOSITIVE_BEFORE = re.compile(BLOC_APPOSITIVE_BEFORE)
_BLOC_MODIFIER_AFTER = re.compile(BLOC_MODIFIER_AFTER)


def _bloc_frames_member(ctx: Context, m, mentions: list) -> bool:
    """The EU named only as the frame of a member state's own figure (round 26c): "Within the EU, Ireland posted the
    largest surplus with the US", "Ireland, an EU member state, ... sent $50 billion of drug products to the U.S." --
    the member is the party (LABELING.md: member states as themselves), the bloc none of this sentence's figures."""
    if m.iso3 != "EUU":
        return False
    members = [o for o in mentions if o.iso3 in EU_MEMBER_STATES]
    if not members:
        return False
    if _BLOC_MODIFIER_AFTER.match(ctx.body, m.end):
        return True                                             # "No EU economy relies more ... than Ireland"
    if _BLOC_FRAME_BEFORE.search(ctx.body, max(0, m.start - 30), m.start):
        return any(o.start > m.end for o in members)            # the frame opens before the member it frames
    return any(o.end <= m.start and _BLOC_APPOSITIVE_BEFORE.match(ctx.body[o.end:m.start]) for o in members)


# "The nation ran a trade surplus of US$73.92 billion with the US": the partner of a balance, after the amount
_BALANCE_WORD = re.compile(r"\b(?:surplus|deficit|trade balance)\b", re.I)


def _named_partner_pair(ctx: Context, sent, clause_mentions: list, mentions: list, partner: str) -> list[str] | None:
    """[reporter, partner] when the one country named is the flow's partner ("Exports to the United States rose to
    $42.1 billion", "two-way trade between the countries"): the reporter is the country the article is about."""
    cm = [m for m in clause_mentions if m.iso3 == partner]
    # "Exports ... climbed to 1.321 trillion baht, ... while imports from America rose": the only country named is
    # the counterpart of the sentence's flows, never the reporter
    elsewhere = not cm and partner != ctx.reporter and any(
        _counterpart(ctx, m) for m in mentions if m.iso3 == partner)
    if (cm and not _ORG_AFTER.match(ctx.body, cm[0].end)
            and (_COUNTERPART_BEFORE.search(ctx.body, max(0, cm[0].start - 12), cm[0].start)
                 or _BALANCE_WITH.search(ctx.body, max(0, cm[0].start - 20), cm[0].start)
                 or (_BALANCE_WORD.search(sent.text) and _counterpart(ctx, cm[0])))) \
            or _PAIR_WORDS.search(sent.text) or elsewhere:
        reporter = ctx.reporter if ctx.reporter != partner else ctx.default_imposer
        if reporter == partner and _PAIR_WORDS.search(sent.text):
            reporter = ctx.main_country     # the story's own country named: "bilateral" is with its other one (round 48)
        if reporter and reporter != partner:
            return [reporter, partner]
    return None


def _story_two(ctx: Context) -> list[str] | None:
    """The story's two countries "the two countries" / "bilateral" point to when the sentence names none: the reporter
    and the default imposer -- or, where the reporter is the default imposer itself (round 48: a U.S. story reporting
    the Census Bureau's figures on its trade with Mexico, "between the two countries reached $506.91 billion"), the
    story's main country."""
    other = ctx.default_imposer if ctx.default_imposer != ctx.reporter else ctx.main_country
    return [ctx.reporter, other] if ctx.reporter and other and other != ctx.reporter else None


def _reporter_and_counterpart(ctx: Context, clause_mentions, partner: str, seller: bool) -> list[str] | None:
    """"exports to the United States fell to $2.07 billion": the clause names the partner only (after "to", "from",
    "into" -- or "of" for a seller); the reporter is the story's country, not another country elsewhere in the
    sentence."""
    cm = [m for m in clause_mentions if m.iso3 == partner]
    reporter = ctx.reporter if ctx.reporter != partner else ctx.default_imposer
    if cm and (_COUNTERPART_BEFORE.search(ctx.body, max(0, cm[0].start - 12), cm[0].start)
               or (seller and _OF_SELLER.search(ctx.body, max(0, cm[0].start - 12), cm[0].start))) \
            and not _ORG_AFTER.match(ctx.body, cm[0].end) \
            and reporter and reporter != partner:
        return [reporter, partner]
    return None


def _parties(ctx: Context, sent, cl: tuple[int, int], si: int, fill: bool = True, balance: bool = False,
             anchor: tuple[int, int] | None = None, seller: bool = False) -> list[str]:
    """Countries in the clause, then the sentence; balances and totals (fill=True) also look at the
    previous sentences and the article's default partner -- a one-sided "Canada exported $X" is
    exports to the world and keeps one party."""
    out: list[str] = []
    mentions = ctx.country_mentions(sent.start, sent.end)
    excluded = _not_parties(ctx, mentions)
    clause_mentions = ctx.country_mentions(sent.start + cl[0], sent.start + cl[1]) + \
        ctx.region_mentions(sent.start + cl[0], sent.start + cl[1]) + \
        _periphrases(ctx, sent, cl)      # "B.C. bought ..." is Canada; "the world's largest economy" the U.S.
    for m in sorted(clause_mentions, key=lambda m: m.start):
        if m.iso3 not in out and m.iso3 not in excluded:
            out.append(m.iso3)
    named = _named_pair(ctx, clause_mentions, excluded) if len(out) > 2 else None
    if named:
        return named        # "Speaking in Dublin, Harris put trade between the EU and the US at 1.6 trillion euro"
    if len(out) >= 4:
        pair = _stretch_pair(ctx, sent, cl, anchor, excluded) if anchor else None
        if pair:
            return pair     # "a trade surplus of $123.5 billion with the US last year, ... after China and Mexico"
        return out[:1]      # "The United States imported cars worth $220 billion, mainly from Mexico, Japan, Korea ..."
    own = _world_party(ctx, sent, cl, anchor, out)
    if own:
        return own
    if len(out) == 1 and not fill:
        pair = _reporter_and_counterpart(ctx, clause_mentions, out[0], seller)
        if pair:
            return pair
    if len(out) < 2:
        own_only = set(out) <= {ctx.reporter}     # the clause names none but the story's country (round 44)
        for m in ctx.country_mentions(sent.start, sent.end):
            if m.iso3 not in out and m.iso3 not in excluded and not (own_only and _in_trailing_clause(sent, cl, m)):
                out.append(m.iso3)
    if len(out) == 1:
        pair = _named_partner_pair(ctx, sent, clause_mentions, mentions, out[0])
        if pair:
            return pair
    two = _story_two(ctx) if not out and _PAIR_WORDS.search(sent.text) else None
    if two:
        return two      # "trade ... between the two countries", no country named
    if len(out) == 1 or (len(out) < 2 and not fill) or (not out and balance):
        return out          # one side named (a balance naming nobody is the story country's: the caller's): "India's trade deficit widened ..." is with the world
    if len(out) < 2:
        for k in (si - 1, si - 2):
            if k >= 0 and len(out) < 2:
                s = ctx.sentences[k]
                for m in ctx.country_mentions(s.start, s.end):
                    if m.iso3 not in out and len(out) < 2:
                        out.append(m.iso3)
    clause = sent.text[cl[0]:cl[1]]
    if len(out) == 1 and _WORLD.search(clause):
        return out
    if len(out) == 1 and ctx.default_imposer and ctx.default_imposer != out[0]:
        out.append(ctx.default_imposer)
    return out[:2]


_TRAILING_CLAUSE_OPENER = re.compile(TRAILING_CLAUSE_OPENER, re.I)


def _in_trailing_clause(sent, cl: tuple[int, int], m) -> bool:
    """The country stands past the figure's clause, in a clause of its own that a subordinator or a new coordinated
    subject opens ("..., while cautioning that sales to the United States would keep shrinking", "..., and the US was
    its third-largest market"): that clause's country, not the figure's party (round 44).  The caller asks only when
    the figure's clause names no country but the story's: a clause naming another ("Japan supplied $32.4b, while
    Singapore ...") is left to the readings of runs of figures."""
    end = sent.start + cl[1]
    return m.start >= end and bool(_TRAILING_CLAUSE_OPENER.match(sent.text[cl[1]:m.start - sent.start]))


_NAMED_PAIR_BEFORE = re.compile(NAMED_PAIR_BEFORE)
_NAMED_PAIR_JOIN = re.compile(NAMED_PAIR_JOIN)


def _named_pair(ctx: Context, clause_mentions: list, excluded: set[str]) -> list[str] | None:
    """The two countries a clause names as its pair, "between the EU and the US" (round 26c): they are the parties
    whatever other place the clause names first (a dateline's "in Dublin", a paper's "The Irish Examiner")."""
    ms = sorted((m for m in clause_mentions if m.iso3 not in excluded), key=lambda m: m.start)
    pairs = [[a.iso3, b.iso3] for a, b in zip(ms, ms[1:])
             if a.iso3 != b.iso3 and _NAMED_PAIR_BEFORE.search(ctx.body, max(0, a.start - 12), a.start)
             and _NAMED_PAIR_JOIN.match(ctx.body[a.end:b.start])]
    return pairs[0] if len(pairs) == 1 else None


# ---------------------------------------------------------------- fiscal and cross-year periods (round 15 ruling)
_FISCAL_PERIOD = re.compile(FISCAL_PERIOD)
_CALENDAR_PERIOD = re.compile(CALENDAR_PERIOD)
# "the first seven months of the fiscal", "the first half of fiscal 2025", "the April-October period of the current fiscal
# year", "April-October 2025-26": a part of a fiscal year, dated by the part
_PART_OF_FISCAL = re.compile(r"\s+(?:(?:period|months)\s+)?(?:of\s+(?:the\s+)?(?:current\s+|this\s+)?)?")
# fiscal periods need one of these: "FY", "fiscal", "financial year", a digit-dash-digit year pair, "year to", a month
_FISCAL_HINT = re.compile(r"FY|fiscal|financial year|\d[-–/]\s?['’]?\d|\b(?:year|months) (?:to|ended|ending|through)"
                          rf"|\b(?:{MONTH_ABBR})", re.I)
# "between April and January": months over a year's end, like _MONTH_RANGE's "April-January"
_BETWEEN_MONTHS = re.compile(rf"\b[Bb]etween\s+(?P<a>{MONTH_ABBR})[a-z]*\s+and\s+"
                             rf"(?P<b>{MONTH_ABBR})[a-z]*\b(?!\.?\s*\d)")


def _fiscal_spans(text: str) -> list[tuple[int, int]]:
    """Spans of text naming a fiscal or cross-year period (constants.FISCAL_PERIOD; "2024-25" and "April 2024 to March
    2025" only when the second year is the next one; "April-January", "between April and January")."""
    out = []
    for m in _FISCAL_PERIOD.finditer(text):
        a, b = m.group("a", "b") if m.group("a") else m.group("c", "d")
        if a is not None:
            end = int(b) if len(b) == 4 else int(a) // 100 * 100 + int(b)
            if end != int(a) + 1:
                continue    # "2025-08" is a date, "2021-2024" a span of years
        out.append(m.span())
    for rx in (_MONTH_RANGE, _BETWEEN_MONTHS):
        out += [m.span() for m in rx.finditer(text) if _MONTH_NO[m.group("a")[:3].lower()] > _MONTH_NO[m.group("b")[:3].lower()]]
    return out


def _fiscal_in_sentence(text: str, start: int, end: int) -> bool | None:
    """Whether the period nearest the amount text[start:end] is a fiscal or cross-year one (True) or one of a calendar
    year (False); None when the sentence names no period at all."""
    fiscal = _fiscal_spans(text) if _FISCAL_HINT.search(text) else []
    calendar = [m.span() for m in _CALENDAR_PERIOD.finditer(text)
                if not any(lo <= m.start() < hi or lo < m.end() <= hi for lo, hi in fiscal)]
    # a fiscal period qualifying a part ("the first half of fiscal 2025") dates nothing of its own
    fiscal = [(lo, hi) for lo, hi in fiscal
              if not any(_PART_OF_FISCAL.fullmatch(text, ce, lo) for _, ce in calendar if ce <= lo)]
    spans = [(s, True) for s in fiscal] + [(s, False) for s in calendar]
    if not spans:
        return None
    return min(spans, key=lambda s: _span_dist(*s[0], start, end))[1]



def fiscal_figure(ctx: Context, c: "Candidate") -> bool:
    """The figure is for a fiscal year or another period over a year's end (LABELING.md: year null): the period nearest
    it in its sentence is one ("India exported goods worth $86.5 billion to the US in fiscal year 2025", "taking NZ$9.3
    billion of goods in the year to June"), or its sentence names no period and the paragraph's sentence before states
    its first figure for one ("In FY25, bilateral trade stood at $131.8 billion. India's exports accounted for $86.5
    billion of that")."""
    key = ("fiscal", c.si, c.money.start)
    hit = ctx.memo.get(key)
    if hit is None:
        own = _fiscal_in_sentence(c.sent.text, c.money.start, c.money.end)
        if own is None and c.si > 0 and ctx.sentences[c.si - 1].para == c.sent.para:
            prev = ctx.sentences[c.si - 1].text
            monies = find_money(prev)
            own = bool(monies) and bool(_TRADE_CONTEXT.search(prev)) and bool(_fiscal_in_sentence(prev, monies[0].start, monies[0].end))
        hit = ctx.memo[key] = bool(own)
    return hit


# Speed (round 7): the slowest scans here behind the literals every match must contain (prefilter.py; same
# results, no engine run where none of them occurs).
from .prefilter import prefiltered  # noqa: E402

_CURRENCY_WORD, _NON_TRADE, _CHANGE_BEFORE, _THIS_YEAR_ONLY, _PURCHASE, _THIS_YEAR = map(prefiltered, (_CURRENCY_WORD, _NON_TRADE, _CHANGE_BEFORE, _THIS_YEAR_ONLY, _PURCHASE, _THIS_YEAR))
_KINDS = [(kind, prefiltered(rx)) for kind, rx in _KINDS]
