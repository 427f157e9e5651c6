"""Tariff facts: one per (rate, product) in a sentence that states a tariff rate.

Pipeline for each sentence that mentions a tariff noun:
  percentages -> keep those that are tariff rates (is_tariff_rate) -> products (list expansion)
  -> status (nearest cue) -> imposer/target (roles.resolve).
Rate changes "from 25% to 35%" give two facts: the new rate takes the status of the change; the
old rate is `lifted` when the change has happened (status in_force) and `in_force` when it is
only announced, threatened or paused.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache

from . import consolidate, roles, status_model, tariff_model, timeline
from .constants import (
    EXEMPT_FORM_CLASS, EXEMPT_FORM_EXAMPLES, EXEMPT_FORM_FREE_CUE_AFTER, EXEMPT_FORM_FREE_CUE_BEFORE,
    EXEMPT_FORM_GENERIC, EXEMPT_FORM_LEAD, EXEMPT_FORM_LIST_MIN, EXEMPT_FORM_NOT_NOUN, EXEMPT_FORM_NOUN,
    EXEMPT_FORM_SUBJECT_REACH, EXEMPT_NOT_APPLY, EXEMPT_SAID_CUE, EXEMPT_SAID_FUTURE, EXEMPT_SAID_FUTURE_NOT,
    EXEMPT_SAID_HEAD_CHARS, EXEMPT_SAID_HEDGE, EXEMPT_SAID_PERIOD, EXEMPT_SAID_SAME_MEASURE, EXEMPT_SAID_VERB,
    RECALLED_RATE_AFTER, RECALLED_RATE_LEAD, RECALLED_RATE_LEAD_REACH, RECALLED_RATE_NOT_AFTER, RECALLED_RATE_PAUSED,
    RECALLED_RATE_REPLACED, RECALLED_PAUSE_LATER, RECALLED_CLAUSE_END,
    ROW_OLD_AGAINST, ROW_OLD_AGAINST_TAIL, ROW_OLD_BRACKET,
    LABEL_LIST_FILLER, LABEL_NAME_LIST,
    PASSED_PAY_BEFORE, PASSED_SINCE_AFTER, PASSED_START_AFTER, PASSED_START_NOT_BETWEEN, PASSED_START_OVERRULES,
    PASSED_START_REACH,
    CARRIED_OVER_STATUS,
    CARRIED_STATUS,
    REMEDY_COLLECTED_LATER, REMEDY_COLLECTED_NOW, REMEDY_LATER_BEGUN, REMEDY_OTHER_MEASURE, REMEDY_STAGES,
    REMEDY_TIMING_HEDGE, REVIEW_FINAL, REVIEW_NOUN, REVIEW_PRELIMINARY, REVIEW_RATE_PAID_NOW,
    PAST_PAYMENT_AUX, PAST_PAYMENT_VERB,
    OWN_ALL_GOODS_PHRASE, RESTATED_EXEMPTION_CUE, RESTATED_RATE_LEAD, RESTATED_RATE_LEAD_REACH,
    PRODUCER_PAYER_NOUN, PRODUCER_PAYER_TAIL, REMEDY_CASE_SENTENCES, REMEDY_PAYER_GAP, REMEDY_PAYER_NOT,
    REMEDY_PAYER_NOUN, REMEDY_PAYER_REACH, REMEDY_PAYER_TAIL,
    PROSE_RUNDOWN_MIN_ITEMS, PROSE_RUNDOWN_OTHER_QUANTITY, PROSE_RUNDOWN_PARAS_BACK, WORLD_REGION_LABEL,
    KEEPS_RATE_BEFORE, STILL_PAYS_NOW_BEFORE, STILL_PAYS_NOW_REACH, EU_MEMBER_STATES,
    ALLOCATED_BACKGROUND_AFTER,
    LEFT_IN_PLACE_AFTER,
    LEFT_IN_PLACE_BEFORE,
    PARTIAL_GOODS_AFTER,
    FRONTED_GOODS_ANAPHOR,
    STILL_APPLIES_AFTER,
    ALLOCATED_RATE_BACKGROUND,
    ALLOCATED_RATE_VERB,
    ASSIGNED_RATE_BEFORE,
    MEASURE_BEGUN,
    MEASURE_KIND_NOUNS,
    MEASURE_NOT_BEGUN,
    STORY_UNVEIL_VERB,
    START_EVENT_PAST,
    WILL_PAY_VERB,
    BARE_RATE_AFTER,
    THREATENED_OWN_AFTER,
    BENCHMARK_EARLIER,
    BENCHMARK_OWN_AFTER,
    BENCHMARK_OWN_BEFORE,
    BENCHMARK_PAYER_END,
    BENCHMARK_PAYER_REACH,
    BENCHMARK_PAYER_SUBJECT,
    BENCHMARK_POSSESSIVE_BEFORE,
    THREATENED_OWN_BEFORE,
    CHANGE_CONDITION_BEFORE,
    CHANGE_CONDITION_REACH,
    CURRENT_RATE_AFTER,
    CURRENT_RATE_BEFORE,
    CURRENT_RATE_GAP_BLOCK,
    CURRENT_RATE_NOT_AFTER,
    CURRENT_RATE_REACH,
    FUTURE_CHANGE_ADVERB,
    OLD_RATE_STILL,
    OWN_CLAUSE_CHARS,
    OBJECT_CHANGE_REACH,
    CHANGED_LATER_GAP,
    CHANGE_STACKS,
    ALL_GOODS_WORDS,
    ANOTHER_MEASURE,
    ALL_GOODS_MEASURE_WORDS,
    BACKREF_MEASURE_NP,
    BACKREF_MEASURE_SUBJECT,
    BENCHMARK_BEFORE_MEASURE,
    GOODS_BEFORE_MEASURE,
    MEASURE_GOODS_ON,
    CARRIED_LIST_MIN,
    CHANGE_AIM_BEFORE,
    CHANGE_AIM_DONE_AFTER,
    CHANGE_AIM_EVENT_NOUN,
    CHANGE_AIM_REACH,
    CONTACT_CLAUSE_AUX,
    CONTACT_CLAUSE_DATE,
    SAME_RATE_SLOT,
    CONTACT_CLAUSE_PARTY_SUBJECT,
    CONTACT_CLAUSE_LEVY_VERB,
    DEFAULT_STATUS,
    MODAL_ADVERB_SLOT,
    STATED_IN_FORCE,
    EXEMPT_EXAMPLES_CUE,
    EXEMPT_LIST_MIN,
    EXEMPTION_AFTER_DENIED, EXEMPTION_AFTER_EXCEPT, EXEMPTION_AFTER_NOUN, EXEMPTION_AFTER_PARTICIPLE,
    EXEMPTION_AFTER_HEDGE, EXEMPTION_AFTER_HEDGE_REACH, EXEMPTION_AFTER_RATE_REACH, EXEMPTION_BEFORE_RATE_REACH,
    EXEMPTION_DENIED_REACH, EXEMPTION_WORD,
    EXEMPTED_PASSIVE,
    EXEMPTING_VERB,
    EXEMPTION_LIST_DENIED,
    EXEMPTION_LIST_HEAD,
    EXEMPTION_LIST_VERB,
    EXEMPTED_GOODS_NOUN,
    EXEMPTED_GOODS_PARTICIPLE,
    EXEMPTION_ITEM_CLAUSE_END, EXEMPTION_ITEM_CLAUSE_WORDS, EXEMPTION_ITEM_ENUMERATOR, EXEMPTION_ITEM_MAX_WORDS,
    EXEMPTION_ITEMS_CUE,
    EXEMPTION_ITEMS_HIT,
    EXEMPTION_ITEMS_MAX,
    EXEMPTION_NOT_DONE,
    EXEMPTION_SOUGHT,
    EXISTING_RATE_AFTER,
    EXISTING_RATE_BEFORE,
    FUTURE_REMOVAL_BEFORE,
    GOVERNED_RATE_SLOT, GOVERNED_REACH, GOVERNING_LIFT_VERB, GOVERNING_PAUSE_VERB,
    GOODS_ITEM_TAIL_WORDS,
    GOODS_LIST_COORDINATOR,
    GOODS_LIST_PREPOSITIONS,
    INTERRUPTER_MAX_CHARS,
    INTERRUPTER_RELATIVE,
    LEFT_OUT_ADVERB,
    LEFT_OUT_COPULA,
    LEFT_OUT_MODAL_COPULA,
    LEFT_OUT_MODAL_HEDGE,
    LEFT_OUT_NOT_PAYING,
    LEFT_OUT_NOT_PAYING_HEDGE,
    LEFT_OUT_CUE,
    LEFT_OUT_MEASURE_REACH,
    RATE_EXEMPTING_VERB,
    SPARED_GOODS_REACH,
    SPARING_VERB,
    RATE_FREE_EXEMPTION_REACH,
    EXEMPT_SUBJECT_ADVERB, EXEMPT_SUBJECT_CUE, EXEMPT_SUBJECT_DESCRIBED, EXEMPT_SUBJECT_MEASURE,
    EXEMPTING_ACTIVE_UNDONE, EXEMPTING_ACTIVE_VERB,
    RATE_FREE_MEASURE_NOUN,
    MEASURE_PHRASE_GENERIC,
    MEASURE_PHRASE_SUBJECT,
    MEASURE_SUBJECT,
    MONTH_ABBR,
    NON_ISO_TARGETS,
    NON_TARIFF_PERCENT_AFTER,
    NON_TARIFF_PERCENT_BEFORE,
    NOT_THE_MEASURE,
    OVER_QUOTA,
    OVER_QUOTA_AFTER,
    OVER_QUOTA_REACH,
    PAYER_VERB_BEFORE_RATE, PRONOUN_OBJECT, ANTECEDENT_PLACE_BEFORE, ORIGIN_AFTER_GOODS,
    PERCENT_UNIT,
    GENERAL_GOODS_WORDS,
    OPEN_PHRASE_WORDS,
    INDUSTRY_AFTER_GOODS_WORD,
    PRODUCTS,
    PRODUCT_SYNONYMS,
    QUOTA_GOODS_SENTENCES,
    QUOTA_NOUN,
    RECOMMENDATION_DECIDED,
    RECOMMENDATION_REACH,
    RECOMMENDATION_VERB,
    REMOVAL_REACH,
    REMOVING_VERB,
    REPORTED_PHRASE_SUBJECT,
    REPORTED_START_OPENER,
    ROUTED_THROUGH,
    ROUTED_THROUGH_REACH,
    SCOPE_NAMES_GOODS,
    COUNTRY_ASIDE_BREAK, COUNTRY_ORIGIN_BEFORE, COUNTRY_PAYER_AFTER_RUN, COUNTRY_RELATIVE_PAYS, COUNTRY_RUN_GLUE,
    STATUS_CUES,
    SUPPOSED_RATE_NP, SUPPOSED_RATE_OPENER, SUPPOSED_RATE_REACH, SUPPOSED_RATE_VERB,
    TAKING_OUT_VERB,
    TARIFF_NOUNS,
    THIRD_COUNTRIES,
    TRANSSHIPMENT_CUE,
    TRANSSHIPPED_GOODS,
    UNDONE_REMOVAL_BEFORE,
    WARNED_MODAL_REACH,
    WARNING_REACH,
    WARNING_VERB,
)
from .context import RATE_FIRST_ITEM, Context
from .gazetteer import find_countries, lookup
from .money import Percent, find_percents
from .prefilter import behind_cue
from .text import clause_at, clause_spans, literal_alternation, longest_first_trie
from .products import (goods_nouns_after, head_label_span, item_products, lead_products, listed_goods, open_products, subject_lead_products,
                       subject_list_goods, subject_products)

_TARIFF_NOUN = re.compile(rf"\b{TARIFF_NOUNS}\b|\btax(?:ed|es)?\b|\btariffed\b", re.I)
_NOUN_AFTER_PCT = re.compile(
    rf"^[\s\-]*(?:[“”\"‘’']?(?!(?:of|in|from|than|by|on|and|or|to|for|with)\b)[\w\-.’']+[“”\"‘’',]?\s+){{0,3}}?[“”\"‘’']?(?:{TARIFF_NOUNS}|taxe?s?)\b",
    re.I,
)
# the tariff noun phrase through its attachment: "a 24 percent slice of the "reciprocal" duties", "a 15% ceiling on
# most of its goods", "a 10% rate on energy": a measure noun whose "of/on/for" names a tariff or goods
_MEASURE_NOUN_AFTER = re.compile(
    rf"^\s*(?:[\w-]+\s+){{0,2}}?(?:rates?|slice|portion|ceiling|cap|charge|penalty|top-up)\s+(?:of|on|for)\s+"
    rf"(?:(?:most|all|many|some|much)\s+of\s+)?(?:(?!(?:of|in|on|for|from|to|by|than|at)\b)[\w“”\"‘’'-]+\s+){{0,3}}?"
    rf"[“”\"‘’']?(?:{TARIFF_NOUNS}|goods|imports|products|exports|shipments)\b", re.I)
_CONNECTOR_BEFORE = re.compile(
    r"\b(?:of|at|to|from|and|or|with|including|includes|pay|pays|paying|face|faces|facing|as high as|as much as|up to|reach|reaches|reaching|hit|hits|hitting|totaling|totalling|a|an|the|new|additional|extra|another|"
    r"about|around|roughly|nearly|almost|some|over|over a|near|minimum|maximum|flat|blanket|steep|hefty|whopping|sweeping|"
    r"base|baseline|universal|global|higher|lower|by|rate|as well as|plus|along with|exceed|exceeds|exceeding|more than|capped at|cap of|ceiling of|"
    r"same)\s*$|^\s*$|[,(:]\s*$",       # round 26: "lowered to the same 15% level" (a rate restated)
    re.I,
)
_NON_ISO_TARGET = re.compile(rf"^\s*(?:(?:most|all|many|some|certain)\s+)?(?:(?:imports|goods|products)\s+from\s+)?(?:the\s+)?(?:{NON_ISO_TARGETS})\b")
_NON_ISO_MENTION = re.compile(rf"\b(?:{NON_ISO_TARGETS})\b")
# "..., imports of crude oil from the US will face": a flow of goods heading the subject (round 13)
_FLOW_OF_BEFORE = re.compile(r"(?:[,;]\s*|\bthat\s+)(?:the\s+)?(?:imports|exports|shipments)\s+of\s+"
                             r"(?:[\w’'.-]+\s+){0,2}$", re.I)
_PP_PRODUCT = re.compile(r"\b(?:of|for|from|by|with|in)\s+(?:[\w’'.-]+\s+){0,2}$", re.I)
_ANNOUNCE_WORDS = re.compile(r"\b(?:will|would|plans?|planned|proposed|set to|announc\w*|threat\w*|could|may|might)\b", re.I)
_TIME_ADJUNCT = re.compile(r"(?:as of|starting|beginning|on\s|next\s|set for|slated|scheduled)", re.I)
_PREP_DEFINITE = re.compile(r"\b(?:from|by|against|under|with|of|including|on top of|in addition to|such as|like)\s+(?:the|its|their|this|that)\s+(?:(?:existing|current|new|steep|additional|sweeping)\s+)?", re.I)
_EVENT_NOUN = re.compile(r"\b(?:pause|delay|suspension|lifting|removal|reprieve|postponement|increase|hike|cut|reduction|doubling|rise)\s+$", re.I)
_OWNER_BEFORE = re.compile(r"\b[A-Z][\w.]*(?:’s|'s)\s+(?:(?:new|existing|current|additional|latest|steep|sweeping)\s+)?")
_AVERAGE_BEFORE = re.compile(r"\b(?:average|effective|overall|weighted|mean|median)\s+(?:[\w.’']+\s+){0,2}$", re.I)
_FACE_BEFORE = re.compile(r"\b(?:face|faces|facing|pay|pays|paying|get|gets|charge|charges|charging|charged|at)\s+(?:a\s+|an\s+)?$", re.I)
# "rates range from 10% to 41%", "between 9pc and 16pc": the first number with or without its unit
_RANGE_FIRST = r"\d+(?:\.\d+)?\s?(?:" + PERCENT_UNIT + r")?"
_RANGE_BEFORE = re.compile(r"(?:\brang\w*\s+from\s+|\bbetween\s+|\brang\w*\s+from\s+" + _RANGE_FIRST + r"\s+to\s+|\bbetween\s+"
                           + _RANGE_FIRST + r"\s+and\s+)$", re.I)
# round 18 (LABELING.md rounds 9 and 16: ranges of company rates are no facts): "X% to Y%" after a word that opens a
# range -- "run/vary/span (from)", "duties of", "Rates: (from)", ", " or "and" one range after another -- ; the first
# number's unit may be left out ("27.91 to 34.10 percent")
_RANGE_PAIR = re.compile(r"(?<![\d.])(\d+(?:\.\d+)?)\s?(?:" + PERCENT_UNIT + r")?\s+to\s+(\d+(?:\.\d+)?)\s?" + PERCENT_UNIT,
                         re.I)
_RANGE_LEAD = re.compile(r"(?:\b(?:rang\w*|runs?|running|ran|var(?:y|ies|ied|ying)|spann?(?:s|ed|ing)?)\s+(?:from\s+)?"
                         r"|\b(?:of|and)\s+|,\s+|:\s*(?:from\s+)?)$", re.I)
# a change before the lead or right after the pair makes "X% to Y%" old and new rates, not a range
_RANGE_CHANGE = re.compile(r"\b(?:rais|hik|increas|cut|lower|reduc|doubl|tripl|halv|slash|boost|bump|jump|climb|"
                           r"ris|rose|fell|fall|drop|mov|chang|adjust|revis|amend|step|went|go(?:es|ing)?\b|"
                           r"up\b|down\b|after\s+(?:the|a)\s+(?:hike|increase|cut|change))", re.I)
RANGE_LEAD_REACH = 60   # the change words this far (characters) before a range's lead
_MONTH = MONTH_ABBR
_WEAK_PRESENT = re.compile(r"\b(?:faces?|facing|gets?|pays?|is subject to|are subject to)\b", re.I)
_STRONG_IN_FORCE = re.compile(r"\b(?:impos(?:ed|es)|took effect|in effect|in force|in place|levied|hit with|been hit|already|currently)\b", re.I)
_BACKREF_SUBJECT = re.compile(BACKREF_MEASURE_SUBJECT)   # "That figure includes ...", "Those US levies remain ..."
_CARRY_PRODUCT = re.compile(r"^(?:An?\s+(?:further|additional|second|new|extra|separate)|(?:The|That|This|Those|These)\s+(?:combined|total|new|higher|lower|same|overall|additional)|It|They)\b")
_OTHER_MEASURE = re.compile(
    r"\b(?:inflation|unemployment|jobless|growth|GDP|prices?|economy|jobs|stocks?|shares?|index|sales|profits?|"
    r"output|poll\w*|approval|interest rates?|mortgages?|wages|confidence|market|costs?|revenues?|margins?|"
    r"probability|odds|chance|support|majority|respondents|turnout)\b", re.I)
_ANOTHER_MEASURE = re.compile(rf"\b{ANOTHER_MEASURE}\b", re.I)
_TRANSSHIPMENT = re.compile(rf"\b{TRANSSHIPMENT_CUE}", re.I)
_ANY_GOODS = re.compile(r"\s*(?:whatever|anything|any|every|each)\b", re.I)     # "on whatever they sell": all goods
_PART_END = re.compile(r"[,;:]|\.(?:\s|$)")
_NOT_AFTER = re.compile(rf"^\s*{NON_TARIFF_PERCENT_AFTER}", re.I)
_NOT_BEFORE = re.compile(rf"\b{NON_TARIFF_PERCENT_BEFORE}\s+(?:(?:about|around|roughly|nearly|almost|more than|some)\s+)?$", re.I)
_LEXICON = {p.lower(): p.lower() for p in PRODUCTS}
for _p in list(_LEXICON):
    # singular forms of plural entries ("tomato imports" -> tomatoes, "pharmaceutical" -> pharmaceuticals)
    if _p.endswith("oes"):
        _LEXICON.setdefault(_p[:-2], _p)
    elif _p.endswith("s") and not _p.endswith(("ss", "us", "is", "gas")) and len(_p) > 4:
        _LEXICON.setdefault(_p[:-1], _p)
_PRODUCT_RE = re.compile(
    r"(?<![\w-])(?:" + longest_first_trie(_LEXICON, ignorecase=True) + r")(?![\w-])",
    re.I,
)


def _plural(word: str) -> str:
    if word.endswith(("s", "x", "ch", "sh")):
        return word + "es"
    return word[:-1] + "ies" if word.endswith("y") and word[-2:-1] not in "aeiou" else word + "s"


# round 48 (xgoodsnull48): the general goods lexicon (constants.GENERAL_GOODS_WORDS), singular and plural, read only
# where the hand lexicon finds nothing; in lower case only: a capital is a name ("Apple", "Swatch said ...",
# "Condoleezza Rice", a headline's title case)
_GENERAL_GOODS_FORMS = {form for w in GENERAL_GOODS_WORDS if w not in _LEXICON for form in (w, _plural(w))} - set(_LEXICON)
_GENERAL_GOODS_RE = re.compile(
    r"(?<![\w-])(?:" + longest_first_trie(_GENERAL_GOODS_FORMS, ignorecase=True) + r")(?![\w-])", re.I)


# "the garment sector warns of a 30% tariff", "garment makers": a goods word before an industry or its firms names who
# is hit, not what the rate is on (the exports, "garment exports", stay goods)
_INDUSTRY_AFTER = re.compile(rf"\s+(?:{INDUSTRY_AFTER_GOODS_WORD})\b", re.I)


def _general_goods_word(np: str, m: re.Match) -> bool:
    """A general lexicon match in lower case, not a modifier of an industry or its firms."""
    return m.group(0).islower() and not _INDUSTRY_AFTER.match(np, m.end())


_ON_NP = re.compile(
    rf"^[\s\-]*(?:[“”\"‘’']?[\w\-.’']+[“”\"‘’']?\s+){{0,4}}?(?:(?:{TARIFF_NOUNS}|taxe?s?)\s+)?(?:on|against|covering|cover|covers|covered|targeting|"
    r"appl(?:y|ies|ied|ying)(?:\s+(?:from|as of|starting)\s+[A-Z][a-z]+\.?\s+\d{1,2},?)?\s+to)\s+",
    re.I,
)
# "a 25% tariff on India for buying Russian oil": the purchase the rate punishes is its reason, not its goods (a
# secondary tariff covers all the buyer's goods; "over its purchases of" stops at "over" already)
_PURCHASE_REASON = r"for\s+(?:(?:its|their|[A-Z][\w.]*['’]s)\s+)?(?:continued\s+)?(?:buying|purchasing|purchases?)"
_NP_STOP = re.compile(
    r"[;:?!()—–]|(?<![A-Z])\.(?!\w)|\s(?:including|such as|like|excluding|except|among|notably|especially)\b|\s(?:while|which|that|who|with|within|citing|saying|starting|effective|as|in|by|after|if|unless|but|to|until|because|"
    r"since|when|from|not|under|over|into|at|before|would|will|could|is|are|was|were|has|have|had|amid|despite|"
    rf"{_PURCHASE_REASON}|and\s+(?:an?|the)\s)\b",
    re.I,
)
_ALL_GOODS = re.compile(rf"\b{ALL_GOODS_WORDS}\b", re.I)
_ANY_TARIFF_NOUN = re.compile(TARIFF_NOUNS, re.I)
# the words run before a tariff noun ("steel and aluminium tariffs"), behind the noun itself: no tariff noun, no match,
# and the lazy run is a quadratic scan
_WORDS_BEFORE_TARIFF_NOUN = behind_cue(
    re.compile(rf"((?:[\w\-]+(?:,\s*|\s+and\s+|\s+or\s+|\s+))+?)(?:{TARIFF_NOUNS})\b", re.I), _ANY_TARIFF_NOUN)
_STATUS = [(status, re.compile(rf"\b(?:{rx})(?!\w)", re.I)) for status, rx in STATUS_CUES]
_THREAT_TO_BEFORE = re.compile(r"\b(?:threat\w*|warn\w*|vow\w*|mull\w*|consider\w*|weigh\w*)\s+(?:\w+\s+)?(?:to|it would|he would|she would|they would)\s+(?:\w+\s+)?$", re.I)
_MODAL_BEFORE = re.compile(
    r"\b(?:will|would|shall|to|’ll|'ll|set to|plans? to|going to|propos\w*|plans?|planning|announc\w*|intends?|seeks?|wants?)"
    r"(?:\s+on\s+\w+)?\s+(?:\w+\s+)?$"
    r"|\b(?:will|would)\s+(?:[\w-]+\s+){1,8}?and\s+$"   # "will limit imports ... and slap"
    rf"|\b(?:will|would|shall)\s+{MODAL_ADVERB_SLOT}$", re.I)   # round 23b: "will now be charged"
_IMMEDIATE = re.compile(r"\b(?:effective immediately|with immediate effect|take[sn]? effect immediately|took effect immediately)\b", re.I)
_PLANNED_ADJ = re.compile(r"\b(?:a|an|the|its|their|his|her)\s+(?:planned|proposed|scheduled|threatened|looming)\s+(?:\w+\s+){0,2}?$", re.I)
_DANGLING_FROM = re.compile(r"\b(?:increas|rais|hik|doubl|tripl|lower|reduc|cut)\w*\b[^.;%]{0,60}\bfrom\s+$", re.I)
# "will be charged 10%", "will not face more than 15%": a rate stated by the verb alone (after a tariff sentence)
# ... and a rate restated with "the same" after such a verb ("Cars will pay the same 15 percent", round 26:
# constants.SAME_RATE_SLOT)
_CHARGED_LEAD = (r"\b(?:charged|face[sd]?|facing|pay|pays|paying|remains? at|remained at|stays? at|stayed at)\s+"
                 rf"(?:(?:no\s+|not\s+)?more than\s+|up to\s+|at most\s+|{SAME_RATE_SLOT})")
_CHARGED_BEFORE = re.compile(rf"{_CHARGED_LEAD}$", re.I)
_CHARGED = re.compile(rf"{_CHARGED_LEAD}\d", re.I)
_STATED_IN_FORCE = re.compile(STATED_IN_FORCE, re.I)
_MODAL_WEAK_VERB = re.compile(r"\b(?:will|would)\s+(?:not\s+)?(?:be\s+)?(?:face|charged|pay)\b", re.I)
# digest items: "Canada: 35% on goods not covered by CUSMA; 10% on energy", "Switzerland: 39%."
# "...; a planned increase to 30% is on hold" in a tariff sentence: the increase is of that tariff
_NOUN_INCREASE_BEFORE = re.compile(r"\b(?:a|an|the|its|that|this)\s+(?:[\w-]+\s+){0,2}?(?:rate|increase|hike)\s+(?:to|of)\s+$", re.I)
_LABEL_LINE = re.compile(r"^(?:[A-Z][\w.’'-]*)(?:\s+[\w.’'-]+|\s*\([^()]{1,30}\)){0,3}(?::|\s+[–—-])\s+(?=\d)")   # "Syria – 41%" too
# round 53: a row whose label lists the partners sharing its rate ("Iraq, Libya, Algeria and Sri Lanka: 30%"), read as
# a row only when every name is a country (_label_countries)
_LABEL_LIST = re.compile(LABEL_NAME_LIST)
_LABEL_LIST_FILLER = re.compile(LABEL_LIST_FILLER)
_LABEL_RATE_BEFORE = re.compile(r"(?:^(?:[A-Z][\w.’'-]*)(?:\s+[\w.’'-]+|\s*\([^()]{1,30}\)){0,3}(?::|\s+[–—-])|;)\s*$")
# rate-first list items: "30%: South Africa, Algeria and Libya", "15% – Nigeria, Ghana and others"
_LABEL_SUB_BEFORE = re.compile(r";\s*(?P<sub>(?:[\w.’'-]+\s+){1,4})$")      # "...; buses 10%"
_LABEL_RATE_AFTER = re.compile(r"^\s*(?:on\b|from\b|since\b|as of\b|starting\b|effective\b|[,.;]|$)")
# round 52: the earlier rate a label row gives after its own, in brackets or after "against" ("Libya - 30% (31%)", "UK: 10
# percent, against 25 percent proposed"): the rate the row's rate replaces (constants.ROW_OLD_*)
_ROW_OLD_BRACKET = re.compile(ROW_OLD_BRACKET)
_ROW_OLD_AGAINST = re.compile(ROW_OLD_AGAINST, re.I)
_ROW_OLD_AGAINST_TAIL = re.compile(ROW_OLD_AGAINST_TAIL, re.I)
_ROW_BRACKET_AHEAD = re.compile(ROW_OLD_BRACKET.rstrip("$") + r"\d")
_ROW_BRACKET_BEFORE = re.compile(r"(?:%|\bper\s?cent|\bpercent)" + ROW_OLD_BRACKET.lstrip("^"))
_ROW_AGAINST_BEFORE = re.compile(r"(?:%|\bper\s?cent|\bpercent)" + ROW_OLD_AGAINST.lstrip("^"), re.I)
_RISING_TO = re.compile(r"^,?\s*(?:rising|climbing|increasing|going|jumping|set to rise)\s+to\s*$", re.I)   # "25%, rising to 50%"
_LIFT_TO_RATE = re.compile(r"[^%;.]{0,100}?\bto\s+(?:an?\s+)?(?:[\w-]+\s+)?\d")
_TO_RATE_AFTER = re.compile(r"\s+(?:\w+\s+)?(?:to|from)\s+(?:an?\s+)?(?:[\w-]+\s+)?\d")
# "suspended his tariffs ..., dropping them to a universal 10% rate": the rate the pause leaves in force
_PARTICIPLE_TO = re.compile(r"\b(?:dropping|lowering|cutting|reducing|bringing|slashing)\s+(?:\w+\s+)?to\s+(?:an?\s+)?(?:[\w-]+\s+)?$", re.I)
# "The pause does not apply to the 25% tariffs on autos": an existing measure left alone
_NOT_COVERED = re.compile(r"(?:\b(?:not|n[’']t)|\bnor\s+(?:does|do|did|will)\s+(?:the\s+|this\s+|that\s+)?\w+)\s+"
                          r"(?:apply\s+to|cover|affect|include|touch|change)\s+(?:the|its|their|his|existing)\s+$", re.I)
_BUT_BACKREF = re.compile(r"(?:,\s*)?\bbut\s+(?:that|this|the|it|they|those|these)\b(?![^%]*%)", re.I)
_SAYS_PROGRESSIVE = re.compile(r"\b(?:says?|said|announc\w+)\s+(?:that\s+)?(?:he|she|it|they|we|I)\s*(?:is|are|am|was|were|’s|'s|’re|'re|’m|'m)\s+$", re.I)
_FLOW_OF = re.compile(r"^\s*(?:imports|exports|shipments|purchases|sales|supplies)\s+of\s+", re.I)
_ANAPHOR = re.compile(r"^\s*(?:the|those|these|both|such)\s+(?:[\w-]+\s+)?(?:metals?|products|goods|items|foods|commodities|categories|sectors|imports)\b", re.I)
_ONE_METAL = re.compile(r"^\s*the\s+(?:[\w-]+\s+)?metal\b", re.I)      # "imports of the metal" (round 11)
_POSSESSED_INCLUDING = re.compile(
    r"\b(?:his|her|its|their)\s+(?:(?!new\b|planned\b|proposed\b|threatened\b|future\b)[“”\"'\w-]+\s+){0,2}?"
    r"(?:tariffs|duties|levies)[”\"]?,?\s+including\b", re.I)
_EFFECT_CUE = re.compile(r"\b(?:took effect|in effect|in force|in place|already|currently|since|remains?|stays?)\b", re.I)
_COLON_RATES = re.compile(rf"\b(?:rates?|{TARIFF_NOUNS})\b[^:;%]{{0,60}}:\s", re.I)
_EXISTING_OTHER = re.compile(r"\b(?:on top of|in addition to|besides)\s+(?:the|its|their)\s+$", re.I)
_CHANGE_OBJECT = re.compile(r"\b(?:rais|hik|increas|doubl|tripl|lower|cut|reduc|slash)\w*\s+(?:the|its|their|his|that)\s+$"
                            r"|\b(?:rais|hik|increas|doubl|tripl|lower|cut|reduc|slash|bring|brought)\w*\s+"
                            r"(?:the|its|their|his|that|a|an)\s+(?P<old>existing|current|previous|previously imposed|"
                            r"earlier|original|initial)\s+(?:[\w“”\"-]+\s+){0,3}?(?:(?:rate|tariff|duty|levy)\s+of\s+)?$", re.I)
_BUT = re.compile(r"(?:,\s*)?\bbut\b(?![^%]*%)", re.I)
_CONTINUATION = re.compile(r"\b(?:rates?|increases?|hikes?|raises?|levy|levies|capped|caps?|ceiling)\b", re.I)
_CONT_BEFORE = re.compile(r"\b(?:rate|increase|hike|raise|rise|levy)\s+(?:\w+\s+){0,2}?(?:to|of|at)\s+$", re.I)
_TAX_NOUN_AFTER = re.compile(r"^\W*(?:[\w.’'-]+\s+){0,3}?tax(?:es)?\b", re.I)
_WEAK_MODAL_BEFORE = re.compile(r"\b(?:could|may|might)\s+(?:\w+\s+)?$", re.I)
# a cue in a relative clause that belongs to the rate's own noun phrase:
# "the 25% rate Trump had threatened", "the 30% tariff that Trump has threatened to impose"
_OWN_CLAUSE = re.compile(
    rf"^[\s\-]*(?:[\w\-“”\"]+\s+){{0,3}}?(?i:{TARIFF_NOUNS}|rate|taxe?s?)\b[“”\"]?"
    r"(?:(?:\s+on\s+[^,;%\d]{1,60}?)?(?<!\sand)(?<!\sor)\s+(?:that|which)\s+(?:[\w.]+\s+){0,2}?|\s+(?:[A-Z][\w.]+|he|she|it|they)\s+(?:had|has|have|was|is)?\s*"
    rf"|\s+{CONTACT_CLAUSE_PARTY_SUBJECT}(?={CONTACT_CLAUSE_AUX}))",   # round 23b: "the tariff the United States will levy"
)
# "That would bring the total tariff ... to 130%": a consequence shares the previous sentence's status
_CONSEQUENCE = re.compile(r"^(?:That|This|It|Which|The (?:move|increase|hike|change|measure|order))\s+(?:would|will|could)\b")
# rate changes: "from 25% to 35%", "to 20% from 10%", "to 20.56%, up from 7.66%"
_FROM_BEFORE = re.compile(r"\bfrom\s+(?:(?:as (?:much|high) as|up to|about|around|roughly|nearly|almost|over|more than)\s+)?$|\bfrom\s*$", re.I)
# the old rate of a change may carry the words of its own noun phrase between "from" and the number: "down from the
# combined 84 per cent", "down from a punishing 39 per cent", "from its current 30%" (round 15: the fixed list
# "previous / prior / current / earlier" missed the rest)
_OLD_RATE_WORDS = r"(?:(?:the|a|an|its|their|his|her)\s+)?(?:(?!(?:of|in|on|for|to|by|than|and|or)\b)[a-z][\w-]*\s+){0,2}?"
_CHANGE_OLD_FIRST = re.compile(r"^\s*to\s*$", re.I)
# "tariffs as high as 120% before a truce cut the rate to 54%": the earlier rate is the old one
_CHANGE_BEFORE_CUT = re.compile(
    r"^[^%;]{0,30}?\bbefore\s+(?:[\w.’'-]+\s+){0,5}?(?:cut|lowered|reduced|slashed|raised|hiked|increased|brought|pushed|lifted)"
    r"\s+(?:the\s+|that\s+|its\s+)?(?:(?:rate|tariffs?|levy|duty|it|them)\s+)?(?:down\s+|up\s+)?to\s*$", re.I)
_CHANGE_NEW_FIRST = re.compile(
    r"^[\s,]*(?:(?:up|down)\s+)?from\s+" + _OLD_RATE_WORDS + r"$"
    r"|^[\s-]*(?:[\w-]+\s+){0,2}?instead\s+of\s+(?:the\s+|a\s+|an\s+)?$"   # "a 15% levy instead of the 25% tariff"
    r"|^[^%;]{0,120},\s*(?:up|down)\s+from\s+" + _OLD_RATE_WORDS + r"$"
    # "was cut to 15 pct in September from the 27.5 pct": a short time adjunct between the new rate and "from"
    r"|^\s+(?:in|on|by|as\s+of|starting|effective|this|next|last)\s+(?:[\w.]+\s+){1,3}?(?:(?:up|down)\s+)?from\s+"
    + _OLD_RATE_WORDS + r"$", re.I)
_DATE_START = re.compile(r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Jan|Feb|March|April|May|June|July|Aug|Sept?|Oct|Nov|Dec)[a-z]*\b")
_AMOUNT_LEAD = re.compile(r"(?:about\s+|roughly\s+|nearly\s+|some\s+|more than\s+|over\s+)?(?:[A-Z]{0,3}\$|US\$|C\$)\s?[\d.,]+(?:[\s-]*(?:billion|million|trillion|bn))?\s+(?:worth\s+)?(?:of|in)\s+")
# "the rate on cabinets and vanities ... to 50%": a rate on goods is a tariff rate
_RATE_ON = re.compile(r"\brates?\s+(?:on|for)\s+(?!(?:mortgages?|loans?|deposits?|savings|bonds?|credit)\b)", re.I)


def is_tariff_rate(text: str, p_start: int, p_end: int, clause_start: int) -> bool:
    """Is the percentage at text[p_start:p_end] (a clause of a sentence) a tariff rate?"""
    after = text[p_end:p_end + 80]
    before = text[max(clause_start, p_start - 60):p_start]
    if _NOT_AFTER.match(after) and not re.match(r"^\s*of\s+(?:up to\s+)?\d(?!\d{3}\b)", after):   # "50 per cent of 2024 levels" is a share
        return False
    if _NOT_BEFORE.search(before) and not re.search(r"\bup to\s*$", before, re.I):
        return False
    if _NOUN_AFTER_PCT.match(after) or _MEASURE_NOUN_AFTER.match(after):
        return True
    # the tariff noun is earlier in the clause: "tariffs of 25%", "taxed at 50%", "raised ... to 35%"
    lead = text[clause_start:p_start]
    nouns = sorted([*_TARIFF_NOUN.finditer(lead), *_RATE_ON.finditer(lead)], key=lambda m: m.start())
    if nouns and _AVERAGE_BEFORE.search(lead[:nouns[-1].start()]):
        return False        # "the average effective U.S. tariff rate is 18.6%" describes, it is no measure
    if nouns and _CONNECTOR_BEFORE.search(before):
        # ... unless something else sits in between: "tariffs have pushed inflation to 3%"
        return not _OTHER_MEASURE.search(lead[nouns[-1].end():])
    # "Taiwan will face a 20% tariff, while India will face 25%": the noun is in an earlier clause
    if not nouns and _FACE_BEFORE.search(before):
        nouns = list(_TARIFF_NOUN.finditer(text, 0, clause_start))
        return bool(nouns) and not _OTHER_MEASURE.search(text[nouns[-1].end():p_start])
    return False


def is_range(text: str, p_start: int) -> bool:
    """"rates range from 10% to 41%", "between 10% and 20%": a range, not two rates."""
    return bool(_RANGE_BEFORE.search(text[max(0, p_start - 40):p_start])) or p_start in _range_ends(text)


@lru_cache(maxsize=1024)
def _range_ends(text: str) -> frozenset[int]:
    """Where the two numbers of each "X% to Y%" range of rates start ("levies which run from 15.6% to 62.4%", "duties
    of 27.91 to 34.10 percent", "Rates: from 43.3% to 86.8%"): LABELING.md rounds 9 and 16, company-specific rates
    given as a range are no facts.  Only after a lead that opens a range, and with no change verb just before it:
    "raised from 10% to 25%" and "duties of 25% to 50% after the hike" read as changes.  Memoised (speed, round 51):
    is_range asks once per percentage of the sentence."""
    ends: set[int] = set()
    for m in _RANGE_PAIR.finditer(text):
        lead = text[max(0, m.start() - RANGE_LEAD_REACH):m.start()]
        lead_m = _RANGE_LEAD.search(lead)
        if lead_m is None or _RANGE_CHANGE.search(lead, 0, lead_m.start()) or _RANGE_CHANGE.match(text, m.end()):
            continue
        ends.update((m.start(1), m.start(2)))
    return frozenset(ends)


def _range_status(text: str) -> str | None:
    """The status of a sentence's first range of rates, which is no fact but states the measure the next sentence's
    company rates belong to ("the provisional duties run from 28.16 percent to 33.10 percent. Baoshan ... will pay
    29.89 percent": the duties are collected), as its rates would have carried it; None without a range."""
    ends = sorted(_range_ends(text))
    if not ends:
        return None
    cl = _clause_of(clause_spans(text), ends[0])
    return _status_at(text, ends[0], cl, ends[0] + 1, default=None) or DEFAULT_STATUS


# a remedy story's later rate told by its rank among the companies' rates, without a tariff noun ("Those that did not
# cooperate will face the top rate of 42.7%", "the lowest rate, 21.9%"): a rate of the story's measure
_RANKED_RATE = re.compile(r"\b(?:top|highest|lowest|maximum|residual)\s+(?:rates?|margins?)\b", re.I)


def _remedy_ranked_rate(ctx: Context, sent) -> bool:
    """A sentence of a trade-remedy story (its lede names the measure or its goods) giving a ranked rate of it; one
    naming a country gives a company's rate ("Italy's Sterilgarda faced the lowest rate"), labelled on the measure's
    target or not at all, and stays out."""
    return bool((ctx.country_remedy or ctx.story_goods) and _RANKED_RATE.search(sent.text)
                and not ctx.country_mentions(sent.start, sent.end, with_people=False))


def _range_products(text: str) -> list[str]:
    """The goods a sentence whose only rates are a range names ("anti-dumping duties on steel rebar, with rates running
    from 21.9% to 42.7%"): the range is no fact, but the next sentence's top rate or company rate ("will face the top
    rate of 42.7%") is a rate of the same measure, as the range's rates carried it before round 18; [] without one."""
    return _products_in(text) if _range_ends(text) else []


def _products_in(np: str) -> list[str]:
    """Products named in a noun phrase; "pharmaceutical drugs" (adjacent matches) is one product."""
    return [product for product, _ in _products_with_pos(np)]


def _goods_of(np: str) -> list[str]:
    """The goods a rate's phrase names: every item of a plain list ("rum, brandy and vodka", round 11) when the
    lexicon knows only some of them, else the lexicon's products, else the phrase normalised."""
    known = _products_in(np)
    listed = listed_goods(np, _products_in)
    return listed if len(listed) > len(known) else (known or open_products(np))


# "goods that Vietnam ships to the United States", "every country that ships to the US", "the goods they ship there":
# "ship" before where the goods go is the verb of sending them (round 22: 4 writer batches read it as ships the goods)
_SHIP_VERB = re.compile(r"ships?\s+(?:to|there|abroad|overseas|into)\b", re.I)
_SHIP_SUBJECT = re.compile(r"\b(?:it|they|we|that|which|who)\s+$", re.I)      # "the goods it ships": the verb
# "secondary tariffs on buyers of Russian oil", "if India resumes buying Russian crude", "India's energy purchases": the
# goods a country is punished for buying are the reason of a secondary tariff, not its goods (it covers all the
# buyer's goods, LABELING.md product null); read on the goods word itself, wherever the noun phrase was cut
_BOUGHT_BEFORE = re.compile(
    r"\b(?i:buy|buys|buying|bought|purchas(?:e|es|ed|ing)(?:\s+of)?|buyers?\s+of|purchasers?\s+of)\s+"
    r"(?:(?:discounted|sanctioned|cheap|cheaper|more|its|their|[A-Z][\w.]*['’]?s?)\s+){0,2}$")
_BOUGHT_AFTER = re.compile(r"\s+(?:purchases|purchasing|buying|buyers|purchasers)\b", re.I)


def _bought_goods(np: str, start: int, end: int) -> bool:
    """Is the goods word at np[start:end] what someone buys ("buying Russian oil", "energy purchases")?"""
    return bool(_BOUGHT_BEFORE.search(np, max(0, start - 60), start) or _BOUGHT_AFTER.match(np, end))


def _products_with_pos(np: str) -> list[tuple[str, int]]:
    """(product, start offset) per product in a noun phrase; adjacent matches are one product.  The hand lexicon
    first; where it finds nothing, the general goods lexicon (round 48), its words as written with the nouns after
    them ("strawberry jam")."""
    return _lexicon_goods(np, _PRODUCT_RE, compound=True) or _general_goods(np)


def _general_goods(np: str) -> list[tuple[str, int]]:
    """The general lexicon's goods of a phrase, named as the open reader names the short phrase holding them
    ("parboiled rice", "halogenated butyl rubber", "petroleum products"), else with the nouns after them."""
    found = _lexicon_goods(np, _GENERAL_GOODS_RE, _general_goods_word)
    opened = open_products(np) if found and len(np.split()) <= OPEN_PHRASE_WORDS else []
    out = {}
    for word, st in found:
        name = next((o for o in opened if word in o), None) or np[st:goods_nouns_after(np, st + len(word))].lower()
        out.setdefault(name, st)
    return list(out.items())


def _any_match(np: str, m: re.Match) -> bool:
    return True


# "copper derivative products": a goods head word closing the compound, kept with it
_GOODS_HEAD_AFTER = re.compile(r"\s+(?:products|goods)\b", re.I)


def _goods_head(word: str) -> bool:
    """A compound's last word that is a noun of goods: a plural ("parts", "cakes", "cathodes") or a goods word of
    either lexicon ("soybean oil", "crude palm oil"); not a singular the walk took that names no goods ("the steel
    safeguard", "copper content", "beef alone", "wine inside")."""
    return (word.endswith("s") and not word.endswith("ss")) or bool(_PRODUCT_RE.fullmatch(word)
                                                                     or _GENERAL_GOODS_RE.fullmatch(word))


def _compound_goods(np: str, m: re.Match) -> tuple[str, int] | None:
    """The goods a lexicon word names as the modifier of a compound noun, as written, and where it ends ("aircraft
    parts", "truck parts", "oil cakes", "copper cathodes", "pharmaceutical ingredients", "copper derivative
    products"): the plain nouns after it are the head (products.goods_nouns_after, as round 48 names a general
    goods word), not an industry or its firms ("steel makers", "garment sector"); None when no noun of goods
    follows."""
    end = goods_nouns_after(np, m.end())
    if end == m.end() or _INDUSTRY_AFTER.match(np, m.end()):
        return None
    head = _GOODS_HEAD_AFTER.match(np, end)
    if head:
        end = head.end()
    elif not _goods_head(np[m.end():end].split()[-1].lower()):
        return None
    return np[m.start():end].lower(), end


def _names_alike(a: str, b: str) -> bool:
    """Two goods names one could be read for the other: equal, or one holds the other's words ("oil", "canola oil")."""
    return a == b or f" {a} " in f" {b} " or f" {b} " in f" {a} "


def _split_collided(np: str, items: list[tuple[str, int, re.Match]]) -> list[tuple[str, int]]:
    """Round 51: one lexicon word read for two goods of one phrase ("aircraft and aircraft parts", "canola oil, oil
    cakes and peas", "copper ore, copper concentrates, copper mattes") names none of them alone -- the labels give each
    good its compound as written, and the reader wrote one fact for both.  Where two names are alike, each match that
    modifies a plain noun takes its compound; a lexicon match inside a compound taken is part of it."""
    out, covered = [], -1
    for i, (name, st, m) in enumerate(items):
        if st < covered:
            continue
        comp = any(_names_alike(name, other) for j, (other, _, _) in enumerate(items) if j != i) \
            and _compound_goods(np, m)
        if comp:
            name, covered = comp
        out.append((name, st))
    return out


def _lexicon_goods(np: str, lexicon: re.Pattern, keep=_any_match, compound: bool = False) -> list[tuple[str, int]]:
    """_products_with_pos over one lexicon; `keep` screens its matches; with `compound`, goods that one lexicon
    word would name twice take their compounds (_split_collided)."""
    out: list[tuple[str, int, re.Match]] = []
    last_end = -10
    for m in lexicon.finditer(np):
        if not keep(np, m):
            continue
        if _SHIP_VERB.match(np, m.start()) or (m.group(0).lower() in ("ship", "ships")
                                                and _SHIP_SUBJECT.search(np, 0, m.start())):
            continue            # "the goods it ships to the United States": a verb, not ships as goods
        if _bought_goods(np, m.start(), m.end()):
            continue            # "tariffs on buyers of Russian oil": the purchase is the reason, not the goods
        if out and not np[last_end:m.start()].strip():
            last_end = m.end()
            continue
        word = _LEXICON.get(m.group(0).lower(), m.group(0).lower())
        out.append((PRODUCT_SYNONYMS.get(word, word), m.start(), m))
        last_end = m.end()
    if compound and len(out) > 1:
        return _split_collided(np, out)
    return [(name, st) for name, st, _ in out]


# "the duty of 17.09% that the United States now charges on Mexican tomatoes": the rate's own relative clause
_REL_ON_NP = re.compile(
    rf"^[\s\-]*(?:[\w\-]+\s+){{0,2}}?(?:(?:{TARIFF_NOUNS})\s+)?(?:that|which)\s+(?:[\w.’'-]+\s+){{1,5}}?"
    r"(?:charges?|charged|levies|levied|levy|impos(?:es|ed)|impose|appl(?:ies|ied|y)|collects?|collected|puts?|slapped|placed)"
    rf"\s+(?:{CONTACT_CLAUSE_DATE}\s+)?(?:on|to)\s+(?=[^\d\s])", re.I)   # (a date before "on": "applied since April 2024
#                                           to", round 23; not "imposed last month to 30%": a change, its rate next)
# "the 25% tariff the United States charges on Korean cars", "the 15 percent tariff Beijing placed in April on U.S.
# fruit", "the 200% tariff Trump had threatened to put on European wines": the same relative clause without its
# pronoun (a contact clause, round 23). Its subject opens with "the" or a capital (a party, not goods), right after
# the tariff noun; a date may stand between the verb and "on".
_CONTACT_REL_ON_NP = re.compile(
    rf"^[\s\-]*(?:[\w\-]+\s+){{0,2}}?(?:{TARIFF_NOUNS})\s+(?=(?-i:the\s|[A-Z]))(?:[\w.’'-]+\s+){{1,7}}?"
    rf"(?:{CONTACT_CLAUSE_LEVY_VERB})\s+(?:{CONTACT_CLAUSE_DATE}\s+)?(?:on|to)\s+(?=[^\d\s])", re.I)
# "applied a 25% tariff to all imported steel": the verb before the rate, "to" after its noun
_TO_NP = re.compile(rf"^[\s\-]*(?:[\w\-]+\s+){{0,2}}?(?:{TARIFF_NOUNS})\s+to\s+(?!\d)", re.I)
# "the 25% levy that British cars and steel products already face", "the 13% that US beans will continue to pay":
# the subject of the rate's own relative clause pays it
_REL_PAYER_NP = re.compile(
    rf"^[\s\-]*(?:[\w\-]+\s+){{0,2}}?(?:(?:{TARIFF_NOUNS}|rates?)\s+)?(?:that|which)\s+(?P<np>(?:[\w’'.-]+\s+){{1,5}}?)"
    r"(?:(?:already|still|now|also|currently|will|would|must|continue\s+to|have\s+to|had\s+to|ha(?:ve|s|d)\s+been)\s+){0,3}"
    r"(?:face[sd]?|pay|pays|paid|paying|attracts?)\b", re.I)
_PCT_END = re.compile(r"[\d.,]+\s?" + PERCENT_UNIT + "$", re.I)
_APPLY_BEFORE = re.compile(r"\b(?:appl(?:y|ies|ied|ying)|extend(?:s|ed|ing)?|add(?:s|ed|ing)?)\s+(?:\w+\s+){0,3}$", re.I)
# round 28 (xproduct28): "has applied a flat tariff of 50% to steel": the measure noun before the rate, "to" right after
# it ("adds an extra 10% tariff to U.S. soybeans" is _TO_NP's, with "add" among the apply verbs); a digit after "to" is
# a rate change ("raised the tariff of 10% to 25%"), never goods
_APPLY_NOUN_OF_BEFORE = re.compile(
    rf"\b(?:appl(?:y|ies|ied|ying)|extend(?:s|ed|ing)?|add(?:s|ed|ing)?)\s+(?:[\w-]+\s+){{0,3}}(?:{TARIFF_NOUNS})\s+of\s+$", re.I)
_TO_RIGHT_AFTER = re.compile(r"^\s*to\s+(?![\d$€£¥])", re.I)


# "the duty on alcoholic drinks to 140 percent and the duty on leaf tobacco to 60 percent", "... to 10% and the removal
# of tariffs on aircraft engines": a coordinated noun phrase after the rate is another measure's, its goods not this
# rate's (round 14)
_COORDINATED_MEASURE = re.compile(r"\s*,?\s*(?:and|or|while|but|whereas)\s+(?:the|a|an|its|his|their)\s", re.I)


def _after_np(text: str, p_end: int, limit: int) -> tuple[str, int] | None:
    """The noun phrase after "... tariff on" following a rate, cut at the first clause stop."""
    seg = text[p_end:limit]
    m = _ON_NP.match(seg) or _REL_ON_NP.match(seg) or _CONTACT_REL_ON_NP.match(seg)
    if m and _COORDINATED_MEASURE.match(seg):
        m = None
    if not m and _APPLY_BEFORE.search(_PCT_END.sub("", text[max(0, p_end - 70):p_end])):
        m = _TO_NP.match(seg)
    if not m and _APPLY_NOUN_OF_BEFORE.search(_PCT_END.sub("", text[max(0, p_end - 90):p_end])):
        m = _TO_RIGHT_AFTER.match(seg)
    if not m:
        rel = _REL_PAYER_NP.match(seg)
        np = rel.group("np").strip() if rel else ""
        # (a lexicon good may be capitalised: "that Chinese-built EVs currently pay", round 23)
        if np and (np.split()[-1].islower() or _products_in(np)) and (_products_in(np) or open_products(np)
                                                                      or _ALL_GOODS.search(np)):
            return np, p_end + rel.end()
        return None
    rest = seg[m.end():]
    if _DATE_START.match(rest):
        return None             # "rise to 50 per cent on Monday": a date, not goods
    lead = _AMOUNT_LEAD.match(rest)
    if lead:                    # "cover $12.6 billion in U.S. steel ..." -> "U.S. steel ..."
        rest = rest[lead.end():]
    stop = _NP_STOP.search(rest)
    np = rest[:stop.start()] if stop else rest
    # a comma ends the list unless what follows still names a product, or the whole phrase is a plain list of goods
    parts = re.split(r",\s*", np)
    if len(parts) > 1 and listed_goods(np, _products_in):
        parts = [np]
    kept = [parts[0]]
    for part in parts[1:]:
        if _PRODUCT_RE.search(part):
            kept.append(part)
        else:
            break
    np = ", ".join(kept)
    return np, p_end + m.end() + (lead.end() if lead else 0) + len(np)


_PREP_BEFORE_NP = re.compile(rf"\b(?P<prep>{'|'.join(GOODS_LIST_PREPOSITIONS)})\s+(?:[^\s%]+\s+){{0,6}}?$", re.I)
_REPEATED_PREP = re.compile(
    rf"(?P<tail>(?:\s+[^\s,;:%()]+){{0,{GOODS_ITEM_TAIL_WORDS}}}?)\s*(?:,\s*(?:{GOODS_LIST_COORDINATOR}\s+)?|"
    rf"\s+{GOODS_LIST_COORDINATOR}\s+)(?P<prep>{'|'.join(GOODS_LIST_PREPOSITIONS)})\s+"
    r"(?!(?:top|behalf|board|hold|track|course|average|the\s+(?:[\w-]+\s+)?(?:tariffs?|dut(?:y|ies)|lev(?:y|ies)|rates?))\b)",
    re.I)
_TAIL_CLAUSE = re.compile(rf"\b(?:{TARIFF_NOUNS}|that|which|who|said|says|while|but|would|will|could|is|are|was|were)\b", re.I)
_NOT_AN_ITEM = re.compile(r"^\s*(?:zero|nil|nothing|par|\d)", re.I)


def _coordinated_goods(text: str, np_start: int, np_end: int, limit: int) -> list[str]:
    """Goods of the phrases coordinated after a rate's own goods phrase with its preposition repeated (round 15,
    constants.GOODS_LIST_COORDINATOR): "on imported steel and aluminum since March, on cars since April and on auto
    parts since May" gives cars and auto parts too.  Each item's goods phrase is cut as the rate's own is; the
    walk stops at an item naming no goods, a country ("and on beef from Argentina": another party's measure, which
    the rate's parties would not carry), a clause word in an item's tail, or an item that leads into the next rate
    ("on steel to 50% and on aluminum to 25%")."""
    lead = _PREP_BEFORE_NP.search(text, max(0, np_start - 60), np_start)
    if not lead:
        return []
    prep, goods, pos = lead.group("prep").lower(), [], np_end
    while pos < limit:
        m = _REPEATED_PREP.match(text, pos, limit)
        if not m or m.group("prep").lower() != prep or _TAIL_CLAUSE.search(m.group("tail")) \
                or find_countries(m.group("tail")):
            break
        rest = text[m.end():limit]
        stop = _NP_STOP.search(rest)
        item = re.split(r",", rest[:stop.start()] if stop else rest, maxsplit=1)[0]
        item_end = m.end() + len(item)
        own = _goods_of(item) if item.strip() and not _NOT_AN_ITEM.match(item) else []
        if prep != "on":        # "to" leads to rates and dates too often: only goods the lexicon knows
            own = [g for g in own if g in _products_in(item)]
        if not own or find_countries(item) or _leads_into_rate(text, item_end, limit):
            break
        goods += own
        pos = item_end
    return goods


def _leads_into_rate(text: str, end: int, limit: int) -> bool:
    """The words after an item run, with no comma, into the next rate of the clause: the item is that rate's."""
    return limit < len(text) and text[limit:limit + 1].isdigit() and "," not in text[end:limit] \
        and len(text[end:limit]) < 30


_ASSIGNED_RATE_BEFORE = re.compile(ASSIGNED_RATE_BEFORE, re.I)
_BARE_RATE_AFTER = re.compile(BARE_RATE_AFTER)


_PAST_PAYMENT_VERB = re.compile(PAST_PAYMENT_VERB, re.I)
_PAST_PAYMENT_AUX = re.compile(PAST_PAYMENT_AUX, re.I)


def _current_payment(text: str, verb: re.Match) -> bool:
    """Round 34: the paying verb before the figure tells a present or future payment ("are charged", "will pay", "now
    pay"), not a past one ("paid", "was put down for", "had been assigned")."""
    return not _PAST_PAYMENT_VERB.search(verb.group()) \
        and not _PAST_PAYMENT_AUX.search(text, max(0, verb.start() - 40), verb.start())


def _assigned_rate(text: str, p: Percent, current_only: bool = False) -> bool:
    """Round 25: a bare rate given to its payer ("Cambodia was first assigned 49% in April", "Vietnam faces a slightly
    higher 20%."): the verb names the measure, so the rate needs no tariff noun nor a tariff sentence before it; the
    figure must stand bare (no noun after it: "faces a 20% drop" is no rate).  Round 34: also in a sentence whose
    tariff noun belongs to another figure ("Canadian goods ... face a 35 per cent U.S. tariff, and Canadian steel and
    aluminum are charged 50 per cent", "Kitchen cabinets ... will face a 50% tariff, and upholstered furniture will be
    charged 30%"): the paying verb governs this figure all the same, told in the present or future (`current_only`)."""
    verb = _ASSIGNED_RATE_BEFORE.search(text, max(0, p.start - 80), p.start)
    return verb is not None and bool(_BARE_RATE_AFTER.match(text, p.end)) and not is_range(text, p.start) \
        and (not current_only or _current_payment(text, verb))


_THREATENED_OWN_BEFORE = re.compile(THREATENED_OWN_BEFORE, re.I)
_THREATENED_OWN_AFTER = re.compile(THREATENED_OWN_AFTER, re.I)


def _threatened_own(text: str, p: Percent) -> bool:
    """Round 25b: "the 46 percent first threatened in April", "the 20% the US had threatened to impose": a definite
    figure whose own clause calls it threatened is a tariff rate (the verb names the measure) and stays `threatened`."""
    return bool(_THREATENED_OWN_BEFORE.search(text, max(0, p.start - 30), p.start)) \
        and bool(_THREATENED_OWN_AFTER.match(text, p.end)) and not is_range(text, p.start)


_BENCHMARK_OWN_BEFORE = re.compile(BENCHMARK_OWN_BEFORE, re.I)
_BENCHMARK_OWN_AFTER = re.compile(BENCHMARK_OWN_AFTER, re.I)
_BENCHMARK_PAYER_SUBJECT = re.compile(BENCHMARK_PAYER_SUBJECT, re.I)
_BENCHMARK_PAYER_END = re.compile(BENCHMARK_PAYER_END, re.I)
_BENCHMARK_EARLIER = re.compile(BENCHMARK_EARLIER, re.I)
_BENCHMARK_POSSESSIVE_BEFORE = re.compile(BENCHMARK_POSSESSIVE_BEFORE)


def _benchmark_payer_span(text: str, p: Percent) -> tuple[int, int] | None:
    """Round 28: "above the 15% charged on Turkey", "the 10% paid by Britain", "the 15 percent that will apply to goods
    from Japan", "the 10 per cent that Singapore continues to pay": a definite figure whose own clause puts it on a
    named payer is that payer's rate (LABELING.md: a benchmark rate stated outright is a fact); the verb and its payer
    name the measure, so it needs no tariff noun.  Returns where the payer is named (after the verb, or the clause's
    subject), None when the figure has no such clause or its payer names no country."""
    if is_range(text, p.start):
        return None
    if not _BENCHMARK_OWN_BEFORE.search(text, max(0, p.start - 30), p.start):
        return _possessive_payer_span(text, p)
    verb = _BENCHMARK_OWN_AFTER.match(text, p.end)
    subject = None if verb else _BENCHMARK_PAYER_SUBJECT.match(text, p.end)
    if _TARIFF_NOUN.search((verb or subject or re.match("", "")).group()):
        return None     # "the 25% tariffs already charged on goods from Canada": the noun's own reading holds
    if verb:
        limit = min(len(text), verb.end() + BENCHMARK_PAYER_REACH)
        stop = _BENCHMARK_PAYER_END.search(text, verb.end(), limit)
        span = (verb.end(), stop.start() if stop else limit)
    elif subject:
        span = subject.span("payer")
    else:
        return None
    return span if find_countries(text[span[0]:span[1]]) else None


def _possessive_payer_span(text: str, p: Percent) -> tuple[int, int] | None:
    """Round 28: "more than the EU's 15% but less than Vietnam's 20%": a bare figure a comparison gives a country by
    its possessive is that country's rate (LABELING.md round 17: "more than the EU's 15%" is a fact)."""
    own = _BENCHMARK_POSSESSIVE_BEFORE.search(text, max(0, p.start - 50), p.start)
    if not own or not _BARE_RATE_AFTER.match(text, p.end) or not find_countries(own.group("payer")):
        return None
    return own.span("payer")


def _benchmark_own(text: str, p: Percent) -> bool:
    return _benchmark_payer_span(text, p) is not None


def _benchmark_payers(ctx: Context, sent, p: Percent) -> list[str]:
    """The countries a benchmark figure's own clause names as its payers: the first country named there and those
    coordinated with it ("the 19% set for both Cambodia and Indonesia" -> KHM, IDN; "goods from Japan, South Korea and
    the EU" -> JPN, KOR, EUU); [] when the figure is no benchmark."""
    span = _benchmark_payer_span(sent.text, p)
    if span is None:
        return []
    mentions = [m for m in ctx.country_mentions(sent.start, sent.end, with_people=False) if not m.compound]
    first = next((j for j, m in enumerate(mentions) if span[0] <= m.start - sent.start < span[1]), None)
    if first is None:
        return []
    last = first
    while last + 1 < len(mentions) and _COUNTRY_LIST_GAP.fullmatch(sent.text[mentions[last].end - sent.start:
                                                                             mentions[last + 1].start - sent.start]):
        last += 1
    return list(dict.fromkeys(m.iso3 for m in mentions[first:last + 1]))


def _benchmark_reading(ctx: Context, sent, p: Percent, imposer: str | None, products: list | None,
                       status: str) -> tuple[list, list, str] | None:
    """Targets, goods and status of a benchmark figure (round 28), None when the figure is none or its payer is the
    imposer itself: its own payers ("the 19% set for both Cambodia and Indonesia"), the goods its sentence names, and
    `lifted` when its own clause dates it earlier."""
    named = _benchmark_payers(ctx, sent, p)
    if not named or imposer in named:
        return None
    return named, _benchmark_goods(sent.text, products), _benchmark_status(sent.text, p, status)


def _benchmark_fact(fact: dict) -> bool:
    """The fact is a benchmark figure's (round 28): goods a later sentence exempts are the measure's, not the
    benchmark's ("Added to the 10% Brazilian goods already pay, the new charge ..." then "Orange juice ... are spared")."""
    start = fact.get("_rate", (None,))[0]
    p = next((q for q in find_percents(fact["sentence"]) if q.start == start), None)
    return p is not None and _benchmark_payer_span(fact["sentence"], p) is not None


def _benchmark_goods(text: str, products: list) -> list:
    """The goods of a benchmark figure: those its own sentence names, not goods carried from the story ("Added to the
    10% Brazilian goods already pay" under an exemption list is no rate on the exempted goods)."""
    return [g for g in products or () if g and g.lower() in text.lower()]


def _benchmark_status(text: str, p: Percent, status: str) -> str:
    """A benchmark figure its own clause dates earlier ("the 21% Trump first set for Ivory Coast in April", "the 32%
    that Washington first imposed on Indonesia") is the rate the compared one replaced: `lifted`."""
    span = _benchmark_payer_span(text, p)
    # the payer's phrase ends where a time clause starts ("... charged on cars from the EU before this year's ...")
    return "lifted" if span and _BENCHMARK_EARLIER.search(text, p.end, min(len(text), span[1] + 7)) else status


def _reads_assigned(ctx: Context) -> bool:
    """A trade-remedy story (its lede names anti-dumping or countervailing duties) gives its bare rates to firms ("Denmark's
    Danish Crown, another sampled exporter, was given 18.6 per cent"), whose parties the firm's home country would get
    wrong (LABELING.md: the measure's target): there the bare assigned rate is left to the learned "extra" decision."""
    return ctx.tariff_article and not ctx.country_remedy


def _assigned_rate_sentence(text: str) -> bool:
    """The sentence gives a rate by a verb that names the measure (assigned, faces, threatened): read it."""
    return any(0 < p.value <= 1000 and (_assigned_rate(text, p) or _threatened_own(text, p) or _benchmark_own(text, p))
               for p in find_percents(text))


def _continuation_rate(text: str, p: Percent) -> bool:
    """A rate in a sentence without a tariff noun that follows a tariff sentence:
    "The combined rate of 35.19 per cent ...", "Syria faces the highest rate, 41%, followed by Laos at 40%",
    "Imports from Britain will be charged 10%"."""
    if re.match(r"\s+(?:\w+\s+)?rates?\b", text[p.end:p.end + 30]):
        return True
    before = text[max(0, p.start - 40):p.start]
    if _CHARGED_BEFORE.search(before) and not _OTHER_MEASURE.search(text[p.end:p.end + 30]):
        return True
    if _CONT_BEFORE.search(before):
        return True
    cont = list(_CONTINUATION.finditer(text, 0, p.start))
    return bool(cont) and bool(re.search(r"(?:\b(?:at|of|to)\s+|,\s*)$", before)) and \
        not _OTHER_MEASURE.search(text[cont[-1].end():p.start])


def _but_status(text: str, rate_end: int, limit: int, status: str) -> str | None:
    """"threatened to raise that rate to 30% but agreed to a 90-day pause", "would start Oct. 1, but the
    administration has held off": a pause or lift after "but" (and before any other rate) undoes the plan."""
    m = _BUT.search(text, rate_end, limit)
    if m is None:
        return None
    if status not in ("announced", "threatened") and not _BUT_BACKREF.match(text, m.start()):
        return None         # "imposed 25% ... but that order was dropped": only a back-reference undoes a measure
    return _nearest_cue(text, m.end(), min(limit, m.end() + 80), after=True, only=("paused", "lifted"))


def _sentence_status(text: str, published) -> str | None:
    """A status the whole sentence states without a rate: "signed an order ..., effective Aug. 7"."""
    m = timeline.SENTENCE_START_DATE.search(text)
    if m and timeline.starts_after(m, published):
        return "announced"
    return None


# round 20b: a start the sentence tells as already passed -- "applies retroactively from November 14", "retroactive to
# Nov. 13", "the lower rate has applied since Aug. 7" (LABELING.md round 15: a retroactive start before the published date
# is `in_force`)
_STARTED_ALREADY = re.compile(r"\bretroactive(?:ly)?,?\s+(?:to|from)\b|\b(?:has|have)\s+(?:been\s+)?"
                              r"(?:applied|charged|collected|paid|in\s+(?:force|effect))\s+since\b", re.I)


# "... cut to 15% from 39%, and the lower rate applies retroactively": the subject names the change's new rate
_NEW_RATE_SUBJECT = re.compile(r"\b(?:the|that)\s+(?:lower|new|reduced|higher)\s+(?:rate|tariff|duty|levy)\s+(?:appl(?:ies|ied)\s+)?$", re.I)


def _started_already(text: str, seg_start: int) -> bool:
    """The rate's segment is followed by a start told as passed, with no other rate between ("the 15% rate, which applies
    retroactively from November 14") -- not one of a rate after it ("to 15%, up from the 10% they have paid since April")."""
    m = _STARTED_ALREADY.search(text, seg_start)
    if m is None:
        return False
    return len(find_percents(text[seg_start:m.start()])) <= 1 or _NEW_RATE_SUBJECT.search(text, seg_start, m.start()) is not None


def _future_adjust(text: str, segment: tuple[int, int], tail: int, status: str, published, existing: bool = False) -> str:
    """An in-force verb with a start date after publication ("imposing 25% tariffs ..., starting
    Tuesday") is only announced; "takes effect Monday" on that Monday is in force.  The date is
    looked for in the rate's own segment, then in a comma-separated adjunct after the clause's last
    rate (which applies to every rate).  Round 38: a start counted in days ("is due to start in seven days") is the new
    measure's, not that of a rate the clause tells as paid already (`existing`: "Added to the 10% Brazilian goods already
    pay, the new charge ... is due to start in seven days")."""
    if status not in ("in_force", "announced"):
        return status
    if status == "in_force" and _removal_to_come(text, segment):
        return status       # "will scrap, from November 10, the 15% tariffs": the date is the removal's
    if status == "announced" and _started_already(text, segment[0]):
        return "in_force"
    m = timeline.START_DATE.search(text, segment[0], segment[1])
    if m is None:
        m = next((x for x in timeline.START_DATE.finditer(text, tail) if re.search(r",\s*$", text[max(0, x.start() - 3):x.start()])), None)
    if m is None:
        return status
    if status == "in_force" and timeline.starts_after(m, published):
        return status if existing and timeline.counted_start(m) else "announced"
    if status == "announced" and published is not None and not timeline.starts_after(m, published) \
            and (re.match(r"(?:takes? effect|kicks? in|effective|starting|beginning)", m.group(0), re.I) or m.group("rel")) \
            and not _ANNOUNCE_WORDS.search(_MODAL_WEAK_VERB.sub("", text[segment[0]:segment[1]])):
        return "in_force"       # "takes effect Monday" in Monday's paper; "will face 35%, effective Aug. 1" on Aug. 1
    return status


_GOVERNING_LIFT = re.compile(rf"\b(?:{GOVERNING_LIFT_VERB}){GOVERNED_RATE_SLOT}", re.I)
_GOVERNING_PAUSE = re.compile(rf"\b(?:{GOVERNING_PAUSE_VERB}){GOVERNED_RATE_SLOT}", re.I)


def _governing_event(text: str, cs: int, pos: int) -> str | None:
    """Round 40: `lifted` / `paused` when a removal or pause verb governs the rate's noun phrase ("scrapping the separate
    25% penalty duty it had levied", "has suspended the 25% tariff"): the verb is the rate's event, read before the
    rate's relative clause and modifiers, which tell its history (constants.GOVERNING_LIFT_VERB).  Not a removal to come
    or only wished ("will scrap the 25% tariff", "agreed to remove the 25% duty"): the rate stays as the clause reads it."""
    start = max(cs, pos - GOVERNED_REACH)
    lift = _GOVERNING_LIFT.search(text, start, pos)
    if lift is not None and lift.end() == pos:
        return None if _future_removal(text, lift.start()) else "lifted"
    pause = _GOVERNING_PAUSE.search(text, start, pos)
    if pause is not None and pause.end() == pos:
        return "paused"
    return None


def _status_at(text: str, pos: int, clause: tuple[int, int], rate_end: int | None = None,
               default: str | None = DEFAULT_STATUS) -> str | None:
    """Status of the rate at text[pos:rate_end]: its own relative clause's cue, else the cue nearest
    before it in the clause, else the nearest after it, else DEFAULT_STATUS.  A future modal before
    an in-force verb ("will lower", "will face") makes it `announced`; could/may/might `threatened`."""
    cs, ce = clause
    if _IMMEDIATE.search(text, cs, ce):
        # "removes the 10% tariff on those products, effective immediately": the lift is what takes effect
        return _nearest_cue(text, cs, pos, after=False, only=("lifted",)) or "in_force"
    governed = _governing_event(text, cs, pos)
    if governed:
        return governed
    if rate_end is not None:
        own = _own_status(text, rate_end, clause)
        if own:
            return own
    poss = _POSSESSED_INCLUDING.search(text, cs, pos)
    if poss is not None and _nearest_cue(text, poss.end(), pos, after=False) is None:
        # "... could use a law to impose his “reciprocal” tariffs, including a 10% baseline tax and
        # higher rates of up to 50%": examples of a measure he already has
        return _nearest_cue(text, rate_end or pos, ce, after=True, only=("lifted", "paused")) or DEFAULT_STATUS
    owner = None
    for owner in _OWNER_BEFORE.finditer(text, cs, pos):
        pass
    if owner is not None and owner.end() == pos:
        cs = owner.start()      # "by President Donald Trump's 50 per cent tariffs": an existing measure
    prep = _PREP_DEFINITE.search(text, cs, pos)
    if prep is not None and prep.end() == pos and not _EVENT_NOUN.search(text[max(cs, prep.start() - 25):prep.start()]):
        # "seek an exemption from the 25% U.S. tariff": the rate is an existing measure, the
        # sentence's modal governs something else
        return _nearest_cue(text, rate_end or pos, ce, after=True, only=("lifted", "paused")) or DEFAULT_STATUS
    if _NOT_COVERED.search(text, max(cs, pos - 40), pos):
        return DEFAULT_STATUS
    before = _nearest_cue(text, cs, pos, after=False)
    if before in ("paused", "lifted") and _PARTICIPLE_TO.search(text, max(cs, pos - 50), pos):
        return DEFAULT_STATUS
    if before in ("announced", "threatened") and _PLANNED_ADJ.search(text[max(cs, pos - 40):pos]):
        # "a reprieve from a planned increase to 30%": the clause's event is the reprieve
        event = _nearest_cue(text, cs, pos, after=False, only=("lifted", "paused")) or \
            _nearest_cue(text, rate_end or pos, ce, after=True, only=("lifted", "paused"))   # "... is on hold"
        if event:
            return event
    if before:
        return before
    if rate_end is not None and _FUTURE_CHANGE_AFTER.match(text, rate_end, ce):
        return "in_force"       # "Indonesia's 50 percent import tariff on European cars will be removed over five years"
    after = _nearest_cue(text, rate_end or pos, ce, after=True)
    return after or default


_ALREADY = re.compile(r"\b(?:already|still|currently)\b", re.I)
# the rate's own noun phrase is the subject of a later cut or removal: the rate applies until then (LABELING.md: the
# old rate of a change that is only announced is in force) -- "the 45% duty will be phased out over five years",
# "India's tariffs of up to 150 percent will be brought down", "the 11% slab will be lowered to 10%"; round 25: across an
# adverb ("will also be brought down to zero") and the intransitive "come down" ("The 150% tariff on Scotch will come
# down once the agreement takes effect")
_FUTURE_CHANGE_AFTER = re.compile(
    rf"[^.;%]{{0,80}}?\b(?:will|would|is to|are to|is set to|are set to|is due to|are due to)\s+(?:{FUTURE_CHANGE_ADVERB}\s+)?"
    r"(?:be\s+)?(?:gradually\s+)?"
    r"(?:removed|cut|lowered|reduced|brought down|phased out|eliminated|scrapped|abolished|halved|slashed|come down|go down)\b",
    re.I)


# round 14b: a modal before "still" / "continue to" / "keep" announces no new rate: the rate the verb after it names goes
# on applying -- "will keep paying a 25% tariff", "would continue to charge a 10% tariff", "will still be taxed at 13
# percent" (LABELING.md: a rate that applies now and will go on applying is in force)
_STILL_APPLIES_BEFORE = re.compile(
    r"\b(?:will|would|’ll|'ll)\s+(?:\w+\s+)?(?:still|continue\s+to|keep(?:\s+on)?)\s+(?:be\s+)?"
    r"(?:pay|paying|face|facing|charg\w*|collect\w*|levy\w*|appl\w*|impos\w*|tax\w*|subject\s+to|hit\s+with)"
    r"\s+(?:[\w-]+\s+){0,2}?$", re.I)


_CHANGE_AIM = re.compile(CHANGE_AIM_BEFORE, re.I)
_CHANGE_AIM_EVENT_NOUN = re.compile(CHANGE_AIM_EVENT_NOUN, re.I)
_CHANGE_AIM_DONE_AFTER = re.compile(CHANGE_AIM_DONE_AFTER, re.I)


def _aimed_change(text: str, clause_start: int, rate_start: int) -> bool:
    """The rate is the new rate of a change told as an infinitive ("agreed to cut that rate to 15 percent"): a change
    aimed at, ordered or committed to, not one made -- the in-force reading of "cut / raise" is the verb's, not the
    change's.  Not an infinitive on the noun of a change made ("Trump's decision to raise duties ... to 35 per cent"),
    nor one the sentence says applies."""
    aim = _CHANGE_AIM.search(text, max(clause_start, rate_start - CHANGE_AIM_REACH), rate_start)
    if aim is None or _CHANGE_AIM_EVENT_NOUN.search(text, max(0, aim.start() - 12), aim.start()):
        return False
    return _CHANGE_AIM_DONE_AFTER.search(text, rate_start) is None


_STILL_PAYS_NOW_BEFORE = re.compile(STILL_PAYS_NOW_BEFORE, re.I)
_KEEPS_RATE_BEFORE = re.compile(KEEPS_RATE_BEFORE, re.I)


def _still_applies(text: str, clause_start: int, rate_start: int) -> bool:
    """The verb before the rate is "still / continue to / keep" + an applying verb, after a modal of the future
    ("will keep paying a 25% tariff", round 14b) or in the present ("Chinese goods continue to face a 30% tariff",
    round 26c), or the rate is what the imposer keeps or leaves ("keeps the 10% tariff ... in place", "will keep the
    reciprocal tariff on Korean goods at 15%", round 26c): an existing rate that goes on applying."""
    start = max(clause_start, rate_start - STILL_PAYS_NOW_REACH)
    return _STILL_APPLIES_BEFORE.search(text, start, rate_start) is not None \
        or _STILL_PAYS_NOW_BEFORE.search(text, start, rate_start) is not None \
        or _KEEPS_RATE_BEFORE.search(text, start, rate_start) is not None      # "will keep the tariff ... at 15%"


_CURRENT_RATE_BEFORE = re.compile(CURRENT_RATE_BEFORE, re.I)
_CURRENT_RATE_AFTER = re.compile(CURRENT_RATE_AFTER, re.I)
_CURRENT_RATE_GAP_BLOCK = re.compile(CURRENT_RATE_GAP_BLOCK, re.I)
_CURRENT_RATE_NOT_AFTER = re.compile(CURRENT_RATE_NOT_AFTER, re.I)


def _marked_current(text: str, p: Percent, clause: tuple[int, int]) -> bool:
    """Round 25: the rate's own words say it applies now -- "from the present 39%", "now as high as 110%", "now taxed at
    10%", "the 27.5% charged now", "the 18% levy Nicaraguan goods currently pay".  In a sentence told ahead such a rate
    is the one that applies until the change (LABELING.md: the old rate of an announced change is in force), whatever
    the sentence's future verb says of the other rate.  The marker after the rate counts only with nothing between that
    ties the rate to another time or clause ("to", "from", "will", "said")."""
    if _CURRENT_RATE_BEFORE.search(text, max(clause[0], p.start - CURRENT_RATE_REACH), p.start):
        return True
    after = _CURRENT_RATE_AFTER.match(text, p.end, clause[1])
    if after is None or _CURRENT_RATE_NOT_AFTER.match(text, after.end()):
        return False
    return _CURRENT_RATE_GAP_BLOCK.search(text, p.end, after.start("marker")) is None


def _already_own(text: str, rate_end: int, clause: tuple[int, int]) -> bool:
    """The rate's own relative clause says it applies now: "the 6.1 percent tariff Canada already applies",
    "a 20 percent levy that Washington already collects" (a measure the sentence's new one is added to)."""
    own = _OWN_CLAUSE.match(text[rate_end:clause[1]])
    if not own:
        return False
    start = rate_end + own.end()
    stop = text.find(",", start, clause[1])
    return _ALREADY.search(text, max(rate_end, start - 10), stop if stop > 0 else clause[1]) is not None


def _own_status(text: str, rate_end: int, clause: tuple[int, int]) -> str | None:
    """Status from the rate's own relative clause: "the 46% rate he had threatened",
    "a 10% tariff on lumber that takes effect Oct. 14"."""
    cs, ce = clause
    own = _OWN_CLAUSE.match(text[rate_end:ce])
    if not own:
        return None
    tail_end = text.find(",", rate_end + own.end(), ce)
    hit = _nearest_cue(text, rate_end + own.end(), tail_end if tail_end > 0 else ce, after=True, verbs_only=True)
    if hit:
        # "the 100% tariff Trump had threatened ... was now off the table": the main verb wins -- not a verb of a
        # time clause inside the relative one ("the 10% tariff that Washington has applied since it paused ...")
        sub = _TIME_CLAUSE.search(text, rate_end + own.end(), ce)
        main = _nearest_cue(text, rate_end + own.end() + 12, sub.start() if sub else ce, after=True,
                            only=("lifted", "paused"))
        return main or hit
    return None


_TIME_CLAUSE = re.compile(r"\b(?:since|when|after|before|until)\s+(?:it|he|she|they|the|its|his|their)\b")


def _nearest_cue(text: str, start: int, end: int, after: bool, only: tuple[str, ...] | None = None,
                 verbs_only: bool = False) -> str | None:
    best: tuple[int, int, str, int] | None = None       # (distance, -length, status, match start)
    for status, rx in _STATUS:
        if only and status not in only:
            continue
        for m in rx.finditer(text, start, end):
            if verbs_only and _TIME_ADJUNCT.match(m.group(0)):
                continue        # "as of Sept. 1" dates the main verb, not a relative clause
            st = status
            if status == "lifted" and m.group(0).lower().startswith("lift") and _LIFT_TO_RATE.match(text, m.end()):
                # "lifted the tariff on steel from 25% to 50%", "lifting the combined rate to 50%": a raise
                if m.group(0).lower().endswith("ing"):
                    continue
                st = "in_force"
            elif status == "lifted" and _TO_RATE_AFTER.match(text, m.end()):
                # "dropped to 10%" changes a rate (in force); "with levies dropping to 10%" has no tense
                if m.group(0).lower().endswith("ing"):
                    continue
                st = "in_force"
            d = m.start() - start if after else end - m.end()
            cand = (d, -(m.end() - m.start()), st, m.start())
            if best is None or cand[:2] < best[:2]:
                best = cand
    if best is None:
        return None
    status, mstart = best[2], best[3]
    if status == "lifted" and _future_removal(text, mstart):
        return "in_force"
    if status == "in_force":
        lead = text[max(0, mstart - 40):mstart]
        if _WEAK_MODAL_BEFORE.search(lead) or _THREAT_TO_BEFORE.search(lead):
            return "threatened"
        if _MODAL_BEFORE.search(lead) and not re.match(r"(?:(?:will|would)\s+)?(?:remain|stay|keep|maintain|retain|continu)", text[mstart:mstart + 15], re.I):
            return "announced"
        if _SAYS_PROGRESSIVE.search(lead) and text[mstart:mstart + 12].split()[0].lower().endswith("ing"):
            return "announced"      # "Trump says he is imposing an additional 10% tariff": a declaration
    return status


_FUTURE_REMOVAL = re.compile(rf"\b(?:{FUTURE_REMOVAL_BEFORE}|{UNDONE_REMOVAL_BEFORE})\s+(?:[\w-]+\s+){{0,2}}$", re.I)


# not a removal to come: "will no longer pay" (a state from now on), "will lift the tariffs ... to 125%" (a raise)
_NOT_A_REMOVAL = re.compile(r"no\s+longer\b|off\s+the\s+table\b|\w+\b[^.;%]{0,100}?(?<!\bup\s)\bto\s+(?:about\s+)?\d", re.I)


def _future_removal(text: str, cue_start: int) -> bool:
    """The lift verb at cue_start is a removal still to come ("will lift", "would also scrap", "is set to be
    removed"): LABELING.md (rounds 11-12) -- the rate stays `in_force` until the removal starts."""
    if _NOT_A_REMOVAL.match(text, cue_start):
        return False
    return _FUTURE_REMOVAL.search(text, max(0, cue_start - 40), cue_start) is not None


def _removal_to_come(text: str, segment: tuple[int, int]) -> bool:
    """A future lift verb governs the rate's segment (up to REMOVAL_REACH characters before it)."""
    lift = dict(_STATUS)["lifted"]
    return any(_future_removal(text, m.start())
               for m in lift.finditer(text, max(0, segment[0] - REMOVAL_REACH), segment[1]))


def _clause_of(spans, pos):
    for s, e in spans:
        if s <= pos < e:
            return (s, e)
    return spans[-1]


def _changes(text: str, rates: list, row: bool = False) -> dict[int, tuple[str, int]]:
    """Map rate index -> ('old'|'new', index of its partner) for rate changes; in a label row (`row`) also a rate and
    the earlier one after it (_row_old_rate)."""
    out: dict[int, tuple[str, int]] = {}
    for k in range(len(rates) - 1):
        p, q = rates[k][0], rates[k + 1][0]
        gap = text[p.end:q.start]
        if _CHANGE_OLD_FIRST.match(gap) and _FROM_BEFORE.search(text[max(0, p.start - 30):p.start]):
            out[k], out[k + 1] = ("old", k + 1), ("new", k)
        elif _CHANGE_BEFORE_CUT.match(gap) and k not in out:
            out[k], out[k + 1] = ("old", k + 1), ("new", k)
        elif _RISING_TO.match(gap) and k not in out:
            out[k], out[k + 1] = ("old", k + 1), ("new", k)
        elif (_CHANGE_NEW_FIRST.match(gap) or (row and _row_old_rate(text, p, q))) and k not in out:
            out[k], out[k + 1] = ("new", k + 1), ("old", k)
    return out


_RELATIVE_PAYER = re.compile(r"^(?:which|that)\s+(?:(?:now|still|already|also|would|could|will|may|might|must|can|then|have|has|had|been|are|is|were|was)\s+){0,3}"
                             r"(?:not\s+)?(?:face[sd]?|facing|pay|pays|paid|paying|charged|hit\s+(?:with|by)|subject\s+to|attracts?)\b", re.I)
_LAST_PP = re.compile(r"\b(?:for|on|of|with|to|from|about|over|against|by|in|that|which|and\s+the|the|its|their)\s+", re.I)


_COORD_MEASURES = re.compile(r"[^;:%()]{1,80}?,?\s+(?:as well as|and|plus)\s+(?:the|its|a|an)\s+(?:[\w-]+\s+){0,2}?", re.I)
_COORD_SPLIT = re.compile(r",?\s+(?:as well as|and|plus)\s+(?:the|its|a|an)\s+(?:[\w-]+\s+){0,2}?$", re.I)


# "Sri Lanka's clothing industry faces hard times unless ... the 30 percent tariff ... on its goods", "Rival beef
# suppliers were handed much steeper levies": goods before a producer noun name who the rate hurts, not its goods
_PRODUCER_NOUN = re.compile(r"\s+(?:and\s+[\w-]+\s+)?(?:industry|industries|sector|sectors|exporters?|producers?|"
                            r"makers?|suppliers?|growers?|manufacturers?|companies|firms)\b", re.I)


def _only_names_producers(text: str, seg: str, st: int) -> bool:
    """The good at `st` of `seg` modifies a producer noun ("clothing exporter"), and the sentence names that good
    nowhere else (round 22: eleven writer batches label such rates with product null, LABELING.md's all goods;
    "Korea's steel industry ... its tariffs on imports of steel" keeps steel)."""
    m = _PRODUCT_RE.match(seg, st)
    if m is None or not _PRODUCER_NOUN.match(seg, m.end()):
        return False
    good = _LEXICON.get(m.group(0).lower(), m.group(0).lower())      # "car exporters ... European cars": one good
    mentions = [x for x in _PRODUCT_RE.finditer(text) if _LEXICON.get(x.group(0).lower(), x.group(0).lower()) == good]
    return all(_PRODUCER_NOUN.match(text, x.end()) for x in mentions)



# round 28 (xproduct28): a producer noun that is the subject paying the rate names the rate's goods, before it
# ("onion exporters pay a duty of 20%") or after its "of" ("Exporters of crude palm oil will pay 10 percent"); see
# constants.PRODUCER_PAYER_TAIL.  The modifier form reads lexicon goods only ("other Chinese producers" names none);
# the "of" form also an open phrase of up to four words without a relative clause ("producers of active anode material")
_PRODUCER_PAYER_SEEN = re.compile(rf"\b{PRODUCER_PAYER_NOUN}\b", re.I)
_PRODUCER_MODIFIER_PAYS = re.compile(rf"(?P<np>(?:[\w-]+\s+){{1,3}}?){PRODUCER_PAYER_NOUN}{PRODUCER_PAYER_TAIL}", re.I)
_PRODUCER_OF_PAYS = re.compile(rf"\b{PRODUCER_PAYER_NOUN}\s+of\s+(?P<np>(?:(?!that\b|which\b|who\b)[\w’'-]+\s+){{1,4}}?)"
                               rf"{PRODUCER_PAYER_TAIL[3:]}", re.I)


def _producer_payer_goods(lead: str) -> list[str]:
    """The goods a paying producer noun names at the end of the rate's lead; [] when none pays the rate."""
    if not _PRODUCER_PAYER_SEEN.search(lead):
        return []
    of = _PRODUCER_OF_PAYS.search(lead)
    if of:      # "Exporters of crude palm oil": the open phrase first, the lexicon splits "crude" from "oil"
        return open_products(of.group("np")) or _products_in(of.group("np"))
    mod = _PRODUCER_MODIFIER_PAYS.search(lead)
    if not mod:
        return []
    known = [g for g, _ in _lexicon_goods(mod.group("np"), _PRODUCT_RE)]
    if known:
        return known
    words = mod.group("np").split()
    if len(words) == 1 and open_products(words[0]):
        return [_adjunct_plural(words[-1].lower())]     # "garment exporters": garments (before the general lexicon)
    return _products_in(mod.group("np"))


def _adjunct_plural(word: str) -> str:
    """A noun adjunct is singular ("onion exporters", "garment exporters"); the labels name goods in the plural."""
    if word.endswith(("s", "x", "z", "ch", "sh")):
        return word
    if word.endswith("y") and word[-2:-1] not in "aeiou":
        return word[:-1] + "ies"
    return word + "s"

# "the duty it charges on exports of parboiled rice to 10 percent", "the highest tariff the US charged on shrimp from
# India stood at around 8 per cent", "the tariffs that Trump placed on European alcoholic drinks in 2025, set first at 10
# percent": a measure noun's own relative clause (with or without its pronoun) before the rate names the goods after its
# "on" (round 23; its subject is a pronoun, "the ..." or a capitalised party, never goods)
_LEVIED_ON_BEFORE = re.compile(
    rf"\b(?:{TARIFF_NOUNS}|taxe?s?|rates?)[”\"’']?\s+(?:(?:that|which)\s+)?(?:it|they|he|she|we|the\s+[\w.]+|"
    rf"(?-i:[A-Z])[\w.’'-]*)(?:\s+[\w.’'-]+){{0,4}}?\s+(?:{CONTACT_CLAUSE_LEVY_VERB})\s+(?:{CONTACT_CLAUSE_DATE}\s+)?"
    r"(?:on|for|against)\s+", re.I)


_COUNTRY_RUN_GLUE = re.compile(COUNTRY_RUN_GLUE, re.I)
_COUNTRY_PAYER_AFTER_RUN = re.compile(COUNTRY_PAYER_AFTER_RUN, re.I)
_COUNTRY_RELATIVE_PAYS = re.compile(COUNTRY_RELATIVE_PAYS, re.I)
_ORIGIN_BEFORE = re.compile(COUNTRY_ORIGIN_BEFORE, re.I)
_ASIDE_BREAK = re.compile(COUNTRY_ASIDE_BREAK, re.I)


def _country_run(np: str) -> tuple[int, int] | None:
    """(start, end) of the first run of country names in np (names joined by commas, "and", "or", "the"), None when
    it names none. Names only: a demonym ("Chinese steel") or a possessive ("Vietnam's textiles") modifies goods."""
    names = [m for m in find_countries(np) if m.kind == "name" and not m.possessive and not m.compound]
    if not names:
        return None
    end = names[0].end
    for m in names[1:]:
        if not _COUNTRY_RUN_GLUE.match(np[end:m.start]):
            break
        end = m.end
    return names[0].start, end


def _country_payer(lead: str) -> bool:
    """Round 36: the subject that pays the rate is a run of countries -- the lead opens with it and goes on to an
    aside or its paying verb ("India and Pakistan, both rising garment exporters with large cotton industries of their
    own, face tariffs of only 26%", "Japan, for instance, will pay 24%"), or the rate's relative clause ends it
    ("olive oil exporters such as Turkey, Argentina and Morocco, which pay only the 10% baseline tariff"). A country
    pays on all its goods (LABELING.md: product null); the goods its aside names (what it makes or exports) are not
    the rate's."""
    if not _PAYER_VERB_BEFORE.search(lead):
        return False
    run = _country_run(lead)
    if run and _COUNTRY_RUN_GLUE.match(lead[:run[0]]) and _COUNTRY_PAYER_AFTER_RUN.match(lead, run[1]):
        return not _ASIDE_BREAK.search(lead, run[1])
    rel = _COUNTRY_RELATIVE_PAYS.search(lead)
    if not rel:
        return False
    names = [m for m in find_countries(lead[:rel.start()]) if m.kind == "name" and not m.possessive]
    # (not "100,000 automobiles from the UK, which will pay ...": a country in the goods' own phrase)
    return bool(names) and not lead[names[-1].end:rel.start()].strip() \
        and not _ORIGIN_BEFORE.search(lead, 0, _run_start(lead, names))


def _run_start(text: str, names: list) -> int:
    """Where the run of country names that ends with names[-1] starts."""
    start = names[-1].start
    for m in reversed(names[:-1]):
        if not _COUNTRY_RUN_GLUE.match(text[m.end:start]):
            break
        start = m.start
    return start


_ORIGIN_AFTER_GOODS = re.compile(ORIGIN_AFTER_GOODS)


def _relative_antecedent_goods(before: str) -> list[str]:
    """The goods of the noun phrase a paying relative clause hangs on ("steel and aluminium, which still face"): the
    object of its last preposition.  When that object is a place the goods come from ("vehicles made in China and in
    certain other Asian nations, which now face a 50% tariff", "upholstered furniture from Vietnam, which pays 20
    percent"; round 42), the lexicon goods before the origin phrase; a class of all goods there ("goods from Brazil,
    which now pay") keeps the rate on all goods."""
    ante = _LAST_PP.split(before)[-1]
    prods = _goods_of(ante) if len(ante.split()) <= 4 or listed_goods(ante, _products_in) else _products_in(ante)
    if prods:
        return prods
    for m in _ORIGIN_AFTER_GOODS.finditer(before):
        if m.start() > 0 and find_countries(before[m.end():]) and not _products_in(before[m.end():]):
            ante = _LAST_PP.split(before[:m.start()])[-1]
            return [] if _ALL_GOODS.search(ante) else _products_in(ante)
    return []


_PLURAL_END = re.compile(r"[a-z](?<!s)s$")


def _listed_before(np: str) -> list[str]:
    """Round 52: every item of a plain list of goods before the rate ("the tariff on cars and parts to 15%", "duties on
    awnings and tents of 35%"), as `_goods_of` reads one after it, where each item the lexicon does not know ends in a
    plural noun: a bare first word is a modifier joined over the one head ("carbon and alloy steel strapping",
    "non-alloy and alloy steel": one good, round 39) or a verb the phrase ran on into ("cheese and cream range from")."""
    known = _products_in(np)
    listed = listed_goods(np, _products_in)
    if len(listed) <= len(known) or not all(_PLURAL_END.search(g) for g in listed if g not in known):
        return []
    return listed


def _before_products(text: str, start: int, end: int) -> list[str] | None:
    """Products for a rate whose phrase comes before it: "tariffs on steel and aluminum at 50%",
    "steel and aluminum tariffs of 50%", "copper, aluminum and steel would be taxed at 50%".
    None when the lead names nothing; [] when it names all goods."""
    lead = text[start:end]
    ons = list(re.finditer(rf"\b(?:{TARIFF_NOUNS}|taxe?s?|rates?)[”\"’']?\s+(?:on|for|against)\s+", lead, re.I))
    ons = sorted(ons + list(_LEVIED_ON_BEFORE.finditer(lead)), key=lambda m: m.end())
    if ons and _PRONOUN_OBJECT.match(lead[ons[-1].end():]):
        return _antecedent_goods(text, start + ons[-1].end())   # "India's tariff on it falls from 150% to 75%"
    if ons:
        np = lead[ons[-1].end():]
        stop = _NP_STOP.search(np)
        np = np[:stop.start()] if stop else np
        prods = _listed_before(np) or _products_in(np) or open_products(np)
        if len(ons) > 1 and _COORD_MEASURES.fullmatch(lead[ons[-2].end():ons[-1].start()]):
            # "the duties on Korean autos, lumber and pharmaceuticals, as well as the reciprocal tariff on all other
            # Korean goods, to 25 per cent": coordinated measures share the rate, each with its goods
            first = lead[ons[-2].end():ons[-1].start()]
            first = first[:_COORD_SPLIT.search(first).start()]
            firsts = _products_in(first) or open_products(first)
            if firsts:      # the measure on all other goods is a fact of its own (product null)
                prods = list(dict.fromkeys(firsts + (prods or ([None] if _ALL_GOODS.search(np) else []))))
        return prods if prods else ([] if _ALL_GOODS.search(np) or np.strip() else None)
    interrupted = subject_list_goods(lead, _products_in)
    if interrupted:
        return interrupted      # "flat-rolled steel, bars, ..., which currently enter duty-free, would face a 10% duty"
    if _country_payer(lead):
        return []               # "China, a smaller player in diamond processing, faces ... 125%": all its goods
    adj = list(_WORDS_BEFORE_TARIFF_NOUN.finditer(lead))
    if adj:
        prods = _products_in(adj[-1].group(1)[-80:])
        if prods:
            return prods
    # subject list before a passive/levy verb, within the last comma-free stretch (lists allowed)
    segs = re.split(r"[;:]|,\s+(?=(?:while|but|and\s+(?:the|a|an)\b|which|who|as|after|with)\b)", lead)
    seg = segs[-1]
    rel = _RELATIVE_PAYER.match(seg)
    if len(segs) > 1 and rel and "," not in seg[rel.end():]:     # (the relative clause itself governs the rate)
        # "... quota system for steel and aluminium, which still face a 50% tariff": the relative
        # clause's antecedent, the noun phrase before it (after its last preposition), pays the rate
        prods = _relative_antecedent_goods(segs[-2][-80:])
        if prods:
            return prods
    payer = _producer_payer_goods(seg)
    if payer:
        return payer        # "Garment exporters now pay a combined 35.5 percent duty" (round 28)
    # a product inside a prepositional phrase ("purchases of Russian oil") is not the measure's subject
    # ("imports of crude oil from the US will face a 10 percent tariff": the flow's goods are the subject's)
    prods = [p for p, st in _products_with_pos(seg) if (not _PP_PRODUCT.search(seg[max(0, st - 40):st])
             or _FLOW_OF_BEFORE.search(seg[max(0, st - 40):st])) and not _in_company_name(seg, st)
             and not _only_names_producers(text, seg, st)]
    if prods and not re.search(rf"\b(?:{TARIFF_NOUNS})\s+(?:on|for)\b", seg, re.I):
        return prods
    if _ALL_GOODS.search(seg):
        return []
    return subject_products(seg) or None       # "graphite from China could face a 93.5% duty"


def _respectively(text: str, rates: list, resolved: dict) -> None:
    """"butter and cheese ... 241 per cent and 245 per cent respectively": pair products with rates."""
    if "respectively" not in text:
        return
    by_clause: dict[tuple[int, int], list[int]] = {}
    for k, (_p, cl) in enumerate(rates):
        if resolved.get(k) is not None:
            by_clause.setdefault(cl, []).append(k)
    for cl, ks in by_clause.items():
        if len(ks) < 2 or "respectively" not in text[cl[0]:cl[1]]:
            continue
        prods = list(dict.fromkeys(_products_in(text[cl[0]:rates[ks[0]][0].start])))
        if len(prods) == len(ks):
            for k, prod in zip(ks, prods):
                resolved[k] = ([prod], resolved[k][1])


_SKIP = object()       # a percentage that looked like a rate but is not a reportable measure
_ANAPHORIC: list[str] = []   # "on those products" naming nothing in its sentence: the previous sentence's goods
_PRONOUN_BEFORE: list[str] = []  # "a 50 per cent tariff on it" naming no antecedent in its sentence: the previous one's


@dataclass
class _Carry:
    """What a sentence hands to the next one (continuation sentences share status and products)."""
    had_tariff: bool = False
    status: str | None = None
    products: list[str] = field(default_factory=list)
    future: bool = False        # the previous sentence dated its measures after publication
    main_status: str | None = None   # status of the sentence's last rate that is not a change's old rate
    stated_in_force: bool = False    # round 23b: the previous sentence stated a measure as taken ("took effect")
    measure_goods: list[str] = field(default_factory=list)  # round 30: goods of the one measure a rate-free sentence names
    goods_countries: frozenset = frozenset()   # round 30: the countries the sentence handing on goods names
    measure_unclear: bool = False   # round 30: the last tariff sentence named a measure, no one goods measure


def _list_item(text: str) -> bool:
    """A digest / list item line of a tariff article: "Canada: 35% ...", "Syria – 41%", "30%: South Africa, ..."."""
    return bool(_LABEL_LINE.match(text) or _LABEL_LIST.match(text) or RATE_FIRST_ITEM.match(text) or _company_item(text))


def _row_old_rate(text: str, p: Percent, q: Percent) -> bool:
    """q is the earlier rate a label row gives after its own rate p: in brackets ("Libya - 30% (31%)", "Brunei: 25
    percent (April: 24 percent)") or after "against" with a plan or an earlier time after it ("UK: 10 percent, against
    25 percent proposed"); not the same figure ("Algeria: 30 percent (April: 30 percent, unchanged)": one rate).
    Round 52; read only in a label row (constants.ROW_OLD_*)."""
    if p.value == q.value:
        return False
    gap = text[p.end:q.start]
    return bool(_ROW_OLD_BRACKET.match(gap) or (_ROW_OLD_AGAINST.match(gap) and _ROW_OLD_AGAINST_TAIL.match(text[q.end:])))


def _replaced_in_row(text: str, p: Percent) -> bool:
    """p is the earlier rate a label row gives after its own (_row_old_rate): the rate the row's rate replaces, `lifted`
    (d150, d1819, d4147: the April or proposed rates, labelled lifted beside an announced new rate)."""
    before = text[max(0, p.start - 30):p.start]
    return bool(_ROW_BRACKET_BEFORE.search(before)
                or (_ROW_AGAINST_BEFORE.search(before) and _ROW_OLD_AGAINST_TAIL.match(text[p.end:])))


def _label_countries(ctx: Context, sent) -> tuple[str, ...]:
    """The partners a row's label lists as sharing its rate: two or more countries and nothing else before the colon or
    dash ("Laos and Myanmar: 40%", "Iraq, Libya, Algeria and Sri Lanka: 30%"); () for any other row.  Round 53
    (LABELING.md round 14: one fact per listed country)."""
    m = _LABEL_LIST.match(sent.text)
    if m is None:
        return ()
    named = [c for c in ctx.country_mentions(sent.start, sent.start + m.start("end"), with_people=False)
             if c.kind != "person"]
    rest, at = [], 0
    for c in named:
        rest.append(sent.text[at:c.start - sent.start])
        at = c.end - sent.start
    rest.append(sent.text[at:m.start("end")])
    isos = tuple(dict.fromkeys(c.iso3 for c in named))
    if len(isos) < 2 or not all(_LABEL_LIST_FILLER.fullmatch(r) for r in rest):
        return ()
    return isos


def _label_rate(text: str, p: Percent) -> bool:
    """A rate right after a digest item's label (or a semicolon in it): "Canada: 35% on goods ...; 10% on energy"."""
    if p.start == 0 and RATE_FIRST_ITEM.match(text):
        return True             # the item's own rate, its label after it
    after = text[p.end:]
    if not (_LABEL_LINE.match(text) or _LABEL_LIST.match(text)) \
            or not (_LABEL_RATE_AFTER.match(after) or _ROW_BRACKET_AHEAD.match(after)):
        return False
    if _LABEL_RATE_BEFORE.search(text, 0, p.start):
        return True
    listed = _LABEL_LIST.match(text)
    if listed and listed.end() == p.start:
        return True             # round 53: "Iraq, Libya, Algeria and Sri Lanka: 30%"
    sub = _LABEL_SUB_BEFORE.search(text, 0, p.start)
    return bool(sub) and bool(_products_in(sub.group("sub")))


# A trade-remedy story's company list (LABELING.md round 9: company-specific margins are rates of the measure, target the
# company's country): "- Maanshan Iron and Steel Co., Ltd: 4.76 per cent", "- All other U.S. companies: 78.2 percent",
# "- BYD: 17.4%" under "set an individual rate for each of the Chinese exporters it sampled:".  The label names a payer,
# never goods; the intro or the header above the list names the country (round 19: 6 writer batches of 14)
_COMPANY_LABEL = re.compile(r"^(?P<label>[A-Z][^:;%\n]{0,140}?):\s+(?=\d)")
_COMPANY_WORD = re.compile(r"\b(?:Co|Corp|Corporation|Company|Inc|Incorporated|Ltd|Limited|LLC|PLC|GmbH|AG|S\.A|Group|"
                           r"Enterprises?|Industries|Industrial|Holdings?)\b")
_OTHER_PAYERS = re.compile(r"^(?:[A-Z][\w.’' -]*,\s*)?(?:all|other|the rest)\b[^:]{0,50}?\b(?:others|producers|exporters|"
                           r"companies|firms|manufacturers|makers|suppliers)\b|^all others\b", re.I)
_PRODUCER_INTRO = re.compile(r"\b(?:producers?|exporters?|compan(?:y|ies)|firms?|groups|manufacturers?|\w*makers?|suppliers?)\b", re.I)
_NAME_CASED = re.compile(r"^(?:(?:[A-Z0-9][\w.&’'-]*|and|&|of|de|du)[\s,]*)+$")   # "Taihua New Energy and Sunshine Electrical Energy"
_INTRO_WHEN = re.compile(rf"\b(?:{_MONTH})[a-z]*\b|\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|week|month|"
                         r"year|once|when|after|until|tomorrow|today)\b")
# a label is a name, not a clause: "All other exporters will face these rates: 25% ..." is prose
_LABEL_VERB = re.compile(r"\b(?:will|would|shall|face[sd]?|pay|pays|paid|is|are|was|were|has|have|had|said|says)\b")
COMPANY_LIST_REACH = 24         # list lines and headers walked back to the list's intro


# "Bengang Steel Plates Co Ltd will now pay 42.08 per cent": a capitalised goods word followed, within a few capitalised
# words, by a company word is part of the payer's name, not the goods of the rate (the measure's goods are the story's)
_COMPANY_NAME_REST = re.compile(r"^[\w-]*(?:\s+(?:[A-Z][\w&.’'-]*|&|and|of))*?\s+" + _COMPANY_WORD.pattern)


def _in_company_name(text: str, start: int) -> bool:
    """The word at `start` is capitalised and part of a company's name ("Hyundai Steel Company", "China Steel Sumikin
    Viet Nam Joint Stock Company")."""
    return text[start:start + 1].isupper() and bool(_COMPANY_NAME_REST.match(text[start:]))


def _company_item(text: str) -> bool:
    """A list line whose label is a company or the other exporters: "OFS Fitel, LLC: 33.3 percent", "All others: 21.31%"."""
    m = _COMPANY_LABEL.match(text)
    return bool(m) and not _LABEL_VERB.search(m.group("label")) \
        and bool(_COMPANY_WORD.search(m.group("label")) or _OTHER_PAYERS.match(m.group("label")))


def _company_list_intro(ctx: Context, si: int) -> int | None:
    """Index of the sentence introducing the list line si belongs to: the first one above that is no list line,
    heading or other list-like line; None when none is near."""
    k = si - 1
    while k >= max(0, si - COMPANY_LIST_REACH):
        text = ctx.sentences[k].text
        if not (_list_item(text) or _COMPANY_LABEL.match(text) or k in ctx.headings):
            return k
        k -= 1
    return None


def _company_row(ctx: Context, si: int) -> bool:
    """Sentence si is a line of a remedy story's company list: its label names no goods and no country alone, and it is
    a company line itself, or its list has one, or the intro says the rates are the producers' or exporters'."""
    text = ctx.sentences[si].text
    m = _COMPANY_LABEL.match(text)
    if not m or not (ctx.country_remedy or ctx.story_goods):
        return False
    if _company_item(text):
        return True             # "Maanshan Iron and Steel Co., Ltd": its steel is the company's name
    label = m.group("label")
    if not _NAME_CASED.match(label):
        return False            # "Billets (semi-finished steel): 16.2%", "The previous extension ... ran ...: 17% in ...": no name
    if ctx.country_mentions(ctx.sentences[si].start, ctx.sentences[si].start + len(label), with_people=False):
        return False            # "South Korea: 33.4%": a country's own line
    intro = _company_list_intro(ctx, si)
    if intro is None:
        return False
    lines = [ctx.sentences[k].text for k in range(intro + 1, min(len(ctx.sentences), si + COMPANY_LIST_REACH))]
    return bool(_PRODUCER_INTRO.search(ctx.sentences[intro].text)) or any(_company_item(t) for t in lines)


def _company_rate(text: str, spans, rates: list) -> list:
    """A company line's rates with the one right after its label ("Baojia New Energy, CRC, Lynter and Mega PP: 81.24%")."""
    end = _COMPANY_LABEL.match(text).end()
    own = [p for p in find_percents(text) if p.start == end and 0 < p.value <= 1000 and not is_range(text, p.start)]
    if not own or any(r[0].start == end for r in rates):
        return rates
    return sorted(rates + [(own[0], _clause_of(spans, end))], key=lambda r: r[0].start)


def _company_intro_status(ctx: Context, si: int) -> str | None:
    """The status the intro of a company list gives its lines (headings of countries between them).  A later start
    needs a time the intro names ("the duties it would charge from 4 July", "... published later this week:"); "the
    duties will be applied as follows:" only introduces the list (a definitive duty in force, d991)."""
    intro = _company_list_intro(ctx, si)
    if intro is None:
        return None
    text = ctx.sentences[intro].text.rstrip("*_ ")
    status = _status_at(text, len(text), (0, len(text)), default=None) or _sentence_status(text, ctx.published)
    return None if status == "announced" and not _INTRO_WHEN.search(text) else status


def _company_list_targets(ctx: Context, si: int, imposer) -> list:
    """The country of a company list whose line names none: the nearest heading or intro above naming one ("**Malaysia**",
    "Duty rates on ... fiber from the U.S.:", "Duties for Chinese exporters are set company by company")."""
    intro = _company_list_intro(ctx, si)
    for k in range(si - 1, (intro if intro is not None else si) - 1, -1):
        s = ctx.sentences[k]
        isos = [c.iso3 for c in ctx.country_mentions(s.start, s.end, with_people=False) if c.iso3 != imposer]
        if isos and (k in ctx.headings or k == intro):
            return list(dict.fromkeys(isos))[:1]
    return []


# pipe tables ("Country | New rate | Previous rate | Notes" / "Canada | 35% | 25% | In force from 1 August"): a row's
# cell that is only a rate is a rate of the column its header names; a "previous/old" column is the old rate of a change
_RATE_CELL = re.compile(r"^\s*\d+(?:\.\d+)?\s?(?:%|per\s?cent|percent)\s*(?:\([^()]{0,30}\))?\s*$", re.I)
_RATE_COLUMN = re.compile(rf"\b(?:rates?|{TARIFF_NOUNS})\b", re.I)
_OLD_COLUMN = re.compile(r"\b(?:previous|prior|old|former|earlier|until now|before)\b", re.I)
_PARTNER_COLUMN = re.compile(r"^(?:countr|partner|econom|nation|origin|trading partner|market)", re.I)
_GOODS_COLUMN = re.compile(r"^(?:products?|goods|sectors?|items?|categor|commodit|industr)", re.I)


def _cells(text: str) -> list[tuple[int, int]]:
    """[start, end) spans of a pipe-table line's cells ("| Japan | 25% |" and "Japan | 25%" alike)."""
    bounds = [-1] + [i for i, ch in enumerate(text) if ch == "|"] + [len(text)]
    spans = [(a + 1, b) for a, b in zip(bounds, bounds[1:])]
    return [sp for k, sp in enumerate(spans) if text[sp[0]:sp[1]].strip() or 0 < k < len(spans) - 1]


def _table_row(text: str) -> bool:
    return "|" in text and len(_cells(text)) > 1 and any(_RATE_CELL.match(text[a:b]) for a, b in _cells(text))


_MEASURE_ON = re.compile(rf"\b(?:{TARIFF_NOUNS})\s+(?:on|against)\s+(?:imports\s+of\s+)?", re.I)


_REMEDY_PAYER = re.compile(rf"\b{REMEDY_PAYER_NOUN}\b[^%;:]{{0,{REMEDY_PAYER_GAP}}}?{REMEDY_PAYER_TAIL}", re.I)
_REMEDY_PAYER_NOT = re.compile(REMEDY_PAYER_NOT, re.I)
# "antidumping (AD) and countervailing (CVD) rates on Canadian softwood lumber": a remedy's measure noun, or its rates
_REMEDY_MEASURE_ON = re.compile(rf"\b(?:{TARIFF_NOUNS}|rates|margins)\s+(?:on|against)\s+(?:imports\s+of\s+)?", re.I)


def _remedy_payer_rate(text: str, p: Percent, window: int, own_np: str) -> bool:
    """Round 53: is the rate one a producer pays with no goods of its own ("Every other supplier without its own rate
    pays the residual duty of 40.08%", "one manufacturer pays a 7.8 percent duty", constants.REMEDY_PAYER_NOUN)?  Not
    a rate whose own phrase names all goods, nor a baseline or reciprocal rate (a country's rate its firms pay)."""
    if _ALL_GOODS.search(own_np):
        return False
    lead = text[max(window, p.start - REMEDY_PAYER_REACH):p.start]
    return bool(_REMEDY_PAYER.search(lead)) and not _REMEDY_PAYER_NOT.search(lead + text[p.end:p.end + 40])


def _remedy_case_goods(ctx: Context, si: int, rate_start: int, facts: list) -> list[str]:
    """The goods of the trade-remedy case a producer's rate belongs to: those the case's own sentence names ("set new
    antidumping and countervailing rates on Canadian softwood lumber"), the rate's sentence before the rate or the one
    before it; else, in a remedy story (its lede names the case), the measure's goods (_measure_products).  [] when no
    remedy is named there: outside a case, a producer's rate is its country's ("New Zealand exporters will pay 15%")."""
    for k in range(si, max(-1, si - 1 - REMEDY_CASE_SENTENCES), -1):
        text = ctx.sentences[k].text[:rate_start] if k == si else ctx.sentences[k].text
        if not _COUNTRY_REMEDY.search(text):
            continue
        for m in _REMEDY_MEASURE_ON.finditer(text):
            rest = text[m.end():]
            stop = _NP_STOP.search(rest)
            goods = _products_in(rest[:stop.start()] if stop else rest)
            if goods:
                return goods
        return _measure_products(ctx, si, facts)
    return _measure_products(ctx, si, facts) if ctx.country_remedy else []


def _measure_products(ctx: Context, si: int, facts: list) -> list[str]:
    """The goods of the measure a table of exporters' rates spells out: those of the last fact before the table
    that names goods ("definitive anti-dumping duties of up to 35.6% on Chinese biodiesel"), else of the nearest
    sentence whose tariff noun attaches goods ("duties on imports of biodiesel from China")."""
    named = [f for f in facts if f["product"] and f["span"][0] < ctx.sentences[si].start]
    if named:
        last = [f["product"] for f in named if f["span"] == named[-1]["span"] and f["_rate"][0] == named[-1]["_rate"][0]]
        return list(dict.fromkeys(last))
    for k in range(si - 1, max(-1, si - 30), -1):
        text = ctx.sentences[k].text
        for m in reversed(list(_MEASURE_ON.finditer(text))):
            rest = text[m.end():]
            stop = _NP_STOP.search(rest)
            np = rest[:stop.start()] if stop else rest
            prods = _products_in(np) or open_products(np)
            if prods:
                return prods
    return []


def _first_cell(text: str) -> str:
    a, b = _cells(text)[0]
    return text[a:b]


def _table_header(ctx: Context, si: int) -> list[str] | None:
    """Cells of the header of the pipe table whose row is sentence si: the nearest row above without a rate."""
    for k in range(si - 1, max(-1, si - 40), -1):
        t = ctx.sentences[k].text
        if re.fullmatch(r"[\s|:+-]+", t):
            continue            # a markdown separator row "|---|---|"
        if "|" not in t:
            return None
        if not find_percents(t):
            return [t[a:b].strip(" []") for a, b in _cells(t)]
    return None


def _table_rates(text: str, spans, percents: list[Percent], header: list[str] | None) -> list:
    """(rate, clause, old?) of the rate cells of a table row whose column is a rate column."""
    out = []
    cells = _cells(text)
    for p in percents:
        col = next((k for k, (a, b) in enumerate(cells) if a <= p.start < b), None)
        if col is None or not _RATE_CELL.match(text[cells[col][0]:cells[col][1]]) or not (0 < p.value <= 1000):
            continue
        name = header[col] if header and col < len(header) else ""
        if header and not _RATE_COLUMN.search(name):
            continue
        out.append((p, _clause_of(spans, p.start), bool(_OLD_COLUMN.search(name)), name))
    return out


def _find_rates(text: str, spans, percents: list[Percent], has_noun: bool, digest: bool = False,
                country_ends: frozenset = frozenset(), country_starts: frozenset = frozenset(), assigned: bool = False,
                after_measure: bool = False) -> list[tuple[Percent, tuple[int, int]]]:
    rates: list[tuple[Percent, tuple[int, int]]] = []
    for p in percents:
        cl = _clause_of(spans, p.start)
        if is_range(text, p.start):
            continue
        if 0 < p.value <= 1000 and (is_tariff_rate(text, p.start, p.end, cl[0])
                                    or (not has_noun and _continuation_rate(text, p))
                                    or (assigned and _assigned_rate(text, p, current_only=has_noun))
                                    or (assigned and _threatened_own(text, p))
                                    or (assigned and _benchmark_own(text, p))
                                    or (digest and _label_rate(text, p))
                                    or (has_noun and _NOUN_INCREASE_BEFORE.search(text, max(cl[0], p.start - 60), p.start)
                                        and not _OTHER_MEASURE.search(text, cl[0], p.start))):
            rates.append((p, cl))
    # "from 25 to 35 per cent": a number paired with a rate in a change is a rate too
    rate_set = {r[0] for r in rates}
    for i, p in enumerate(percents[:-1]):
        q = percents[i + 1]
        gap = text[p.end:q.start]
        if is_range(text, p.start) or is_range(text, q.start):
            continue
        if _CHANGE_OLD_FIRST.match(gap) or _CHANGE_NEW_FIRST.match(gap) or _RISING_TO.match(gap) \
                or (digest and _row_old_rate(text, p, q)):
            if q in rate_set and p not in rate_set:
                rates.append((p, _clause_of(spans, p.start)))
            elif p in rate_set and q not in rate_set:
                rates.append((q, _clause_of(spans, q.start)))
    _later_change_rates(text, spans, percents, rates)
    _rate_subject_changes(text, spans, percents, rates)
    # 'Higher country rates for the "worst offenders": EU 20 per cent, China 34 per cent, Switzerland 31 per cent':
    # country-rate pairs listed after a colon whose lead names the rates
    colon = _COLON_RATES.search(text)
    if colon and country_ends:
        rate_set = {r[0] for r in rates}
        for p in percents:
            if p not in rate_set and p.start > colon.end() and 0 < p.value <= 1000 \
                    and len(text[:p.start].rstrip()) in country_ends \
                    and re.match(r"\s*(?:and\b|or\b|[,.;]|$)", text[p.end:]):
                rates.append((p, _clause_of(spans, p.start)))
    _gapped_rates(text, spans, percents, rates)
    _listed_rates(text, spans, percents, rates, (country_starts, country_ends), after_measure)
    rates.sort(key=lambda r: r[0].start)
    return rates


def _later_change_rates(text: str, spans, percents: list[Percent], rates: list) -> None:
    """Round 15: the new rate of a change told after the old one ("a 25% US levy in February; Washington then doubled
    that charge to 50% in July", "a 25% tariff ..., a rate that was later cut to 15%") is a rate when the old one is:
    the change names the old rate again (`_SUPERSEDED_ANAPHOR`) or follows it as its clause (`_SUPERSEDED_GAP`)."""
    found = {r[0] for r in rates}
    for p, q in zip(percents, percents[1:]):
        if p in found and q not in found and 0 < q.value <= 1000 and not _SHARE_AFTER.match(text, q.end):
            gap = text[p.end:q.start]
            if _SUPERSEDED_GAP.fullmatch(gap) or _SUPERSEDED_ANAPHOR.fullmatch(gap):
                rates.append((q, _clause_of(spans, q.start)))
                found.add(q)


# Round 15: a change of a rate whose two numbers have no tariff noun right beside them -- "lifted the rate charged on
# Nigerian goods from 14 per cent to 15 per cent": the thing that changes (a tariff noun or "rate", before the pair in
# its clause) makes both numbers rates, unless the clause measures something else ("inflation", "share", "average
# tariff") or a number is a share ("of") -- the "from X to Y" of an economy's figures stays out.
_RATE_SUBJECT = re.compile(rf"\b(?:rates?|{TARIFF_NOUNS}|tax(?:es)?)\b", re.I)
_SHARE_AFTER = re.compile(r"\s*(?:of|points?)\b", re.I)


def _rate_subject_changes(text: str, spans, percents: list[Percent], rates: list) -> None:
    found = {r[0] for r in rates}
    for p, q in zip(percents, percents[1:]):
        if p in found or q in found or not (0 < p.value <= 1000 and 0 < q.value <= 1000):
            continue
        gap = text[p.end:q.start]
        old_first = _CHANGE_OLD_FIRST.match(gap) and _FROM_BEFORE.search(text, max(0, p.start - 30), p.start)
        later = _SUPERSEDED_GAP.fullmatch(gap) or _SUPERSEDED_ANAPHOR.fullmatch(gap)     # "set at 31%, was raised to 39%"
        if not (old_first or later or _CHANGE_NEW_FIRST.match(gap)) or is_range(text, p.start):
            continue
        cl = _clause_of(spans, p.start)
        subjects = list(_RATE_SUBJECT.finditer(text, cl[0], p.start))
        if not subjects or _AVERAGE_BEFORE.search(text[cl[0]:subjects[-1].start()]) \
                or _OTHER_MEASURE.search(text, cl[0], p.start) or _NOT_BEFORE.search(text[max(cl[0], p.start - 60):p.start]) \
                or _SHARE_AFTER.match(text, p.end) or _SHARE_AFTER.match(text, q.end):
            continue
        rates += [(p, cl), (q, _clause_of(spans, q.start))]
        found |= {p, q}


# "Liechtenstein faces 15%, and the United Kingdom only 10%", "Martell will pay a 30.6 percent deposit, Rémy Martin
# 38.1 percent and Hennessy 39 percent", "would then go to 15% on August 1, 20% on September 1": a rate coordinated
# with the rate before it, its verb and noun left out (gapping) -- a short tail of the previous rate's phrase, a
# coordinator, at most a short name, then the rate
_GAPPED = re.compile(
    r"^(?:\s+[\w’'-]+){0,3}?\s*(?:,\s*(?:and\s+|or\s+)?|\s+and\s+|\s+or\s+)(?:the\s+)?"
    r"(?:[A-Z][\w.’'-]*\s+){0,3}(?:only\s+|just\s+|about\s+|around\s+|roughly\s+|at\s+)?$")


# Round 52: "timber and lumber will pay 10%, upholstered furniture 25%, and wooden cabinets and vanities 25%", "milk
# imports pay 60 percent and sugar 100 percent", "Italian wines pay 15% and Italian filled pasta 16%": the gapped item's
# subject is goods -- lower-case words right after the coordinator (a demonym may open them) that name a good of
# either lexicon.  No tail after the rate before the coordinator: "fell 29.9 percent, computer peripherals 23.3
# percent" is no rate, so it never starts a gapped run
_GAPPED_GOODS = re.compile(
    r"^\s*(?:,\s*(?:and\s+|or\s+|while\s+)?|\s+and\s+|\s+or\s+|\s+while\s+)"
    r"(?P<np>(?:[A-Z][a-z]+\s+)?(?:[a-z][\w’'-]*\s+){1,4})$")
_GAPPED_GOODS_NOT = re.compile(r"\b(?:the|a|an|to|from|at|of|on|for|in|by|with|rate|rates|tariffs?|duty|duties|"
                               r"levy|levies|only|just|about|around|then|than|rather|lower|higher|even)\b", re.I)


def _gapped_goods(text: str, prev: Percent, p: Percent) -> bool:
    """Is p a gapped rate whose subject is goods ("..., upholstered furniture 25%")?"""
    m = _GAPPED_GOODS.match(text[prev.end:p.start])
    return bool(m) and not _GAPPED_GOODS_NOT.search(m.group("np")) and bool(_products_in(m.group("np")))


def _gapped_rates(text: str, spans, percents: list[Percent], rates: list) -> None:
    found = {r[0] for r in rates}
    for prev, p in zip(percents, percents[1:]):
        if prev in found and p not in found and 0 < p.value <= 1000 and not is_range(text, p.start) \
                and (_GAPPED.match(text[prev.end:p.start]) or _gapped_goods(text, prev, p)) \
                and not _NOT_AFTER.match(text[p.end:p.end + 80]) \
                and re.match(r"\s*(?:and\b|or\b|on\b|for\b|in\b|if\b|respectively\b|[,.;)]|$)", text[p.end:]):
            rates.append((p, _clause_of(spans, p.start)))
            found.add(p)


# Round 20b: rates stated as a list in a tariff sentence, each item pairing one rate with who pays it or the goods --
# "34% for China, 46% for Vietnam and 32% for Taiwan", "Ecuador (10 per cent), Vietnam (46 per cent) and Indonesia
# (32 per cent)", "chemicals (12.8 per cent); plastics and rubber (6.5 per cent)".  The items after the first were
# often read as gapped rates, the head of the list (no tariff noun right beside it) was not.
_LIST_SEP = r"\s*(?:[,;]\s*(?:and\s+|or\s+)?|\s+and\s+|\s+or\s+)"
_RATE_FOR_AFTER = re.compile(r"\s+(?:for|on)\s+(?:imports\s+from\s+|goods\s+from\s+)?(?:the\s+)?")
_PAREN_RATE_BEFORE = re.compile(r"[A-Za-z][\w.’'-]*\s*\(\s*(?:up to\s+|about\s+|around\s+)?$")
_PAREN_RATE_AFTER = re.compile(r"\s*\)")
_AT_RATE_BEFORE = re.compile(r"(?P<name>[\w’'-]+),?\s+(?:both\s+|each\s+)?at\s+(?:up to\s+|about\s+|around\s+|roughly\s+)?$")
_DESCRIBED_RATES = re.compile(r"\b(?:average|effective|weighted)\s+(?:[\w.’'-]+\s+){0,2}?(?:tariff|duty|rate)", re.I)
LISTED_RATES_MIN = 2    # a list needs two items; one "X (25%)" is an aside, no list


def _listed_item(text: str, p: Percent, countries: tuple[frozenset, frozenset], named: tuple[bool, bool]) -> bool:
    """Is the percentage one item of a rate list: "N% for <country>", in a sentence naming rates or duties
    "<name> (N%)", in one naming them or a payer's verb "<country or goods> at N%" ("Switzerland at 39%", "chemicals
    at up to 22 per cent")?"""
    country_starts, country_ends = countries
    paren, at_ok = named
    if paren and _PAREN_RATE_BEFORE.search(text, max(0, p.start - 40), p.start) and _PAREN_RATE_AFTER.match(text, p.end):
        return True
    at = _AT_RATE_BEFORE.search(text, max(0, p.start - 60), p.start) if at_ok else None
    if at and (at.end("name") in country_ends or _products_in(at.group("name"))):
        return True
    m = _RATE_FOR_AFTER.match(text, p.end)
    return bool(m) and m.end() in country_starts


def _listed_runs(text: str, percents: list[Percent], countries: tuple[frozenset, frozenset],
                 after_measure: bool = False) -> list[list[Percent]]:
    """The runs of listed rates in a sentence: two items or more joined by commas, semicolons or "and".  A bracketed
    percentage is an item only in a sentence naming rates or duties, an "at" one also after a payer's verb ("now pay 44
    per cent"): "machinery (62.5%)", "Mexico City (18.5%)", "Russia at 11.6%" after "fastest-growing lines",
    "concentrated mainly in", "a 14.4% share" are growth and shares.  Round 27b: an "at" item also in a prose
    rundown right after the measure's sentence (`after_measure`, "the order sets Jordan at 15%, Tunisia at 25%")."""
    if _DESCRIBED_RATES.search(text):
        return []       # "the effective US tariff rate on Mexico at about 5.2pc ..., against 30.7pc for China"
    named = (bool(_RATE_SUBJECT.search(text)),
             bool(_RATE_SUBJECT.search(text) or _CHARGED.search(text)) or after_measure)
    runs: list[list[Percent]] = []
    run: list[Percent] = []
    for p in percents:
        item = 0 < p.value <= 1000 and not is_range(text, p.start) and _listed_item(text, p, countries, named) \
            and not _NOT_AFTER.match(text[p.end:p.end + 80])
        joined = run and re.fullmatch(rf"[^%;:.]{{0,60}}?(?:{_LIST_SEP})[^%;:.]{{0,60}}", text[run[-1].end:p.start])
        if item and (not run or joined):
            run.append(p)
            continue
        runs.append(run)
        run = [p] if item else []
    runs.append(run)
    return [r for r in runs if len(r) >= LISTED_RATES_MIN]


def _listed_rates(text: str, spans, percents: list[Percent], rates: list, countries: tuple[frozenset, frozenset],
                  after_measure: bool = False) -> None:
    """Admit every item of a run of listed rates as a rate."""
    found = {r[0] for r in rates}
    for run in _listed_runs(text, percents, countries, after_measure):
        for p in run:
            if p not in found:
                rates.append((p, _clause_of(spans, p.start)))
                found.add(p)


_ITEM_START = re.compile(r"[,;:)]\s*(?:and\s+|or\s+)?(?=[^,;:)]*$)")


def _paren_item_goods(text: str, p: Percent, country_starts: frozenset) -> list[str] | None:
    """The goods of a parenthesised list item, "plastics and rubber (6.5 per cent)" -> plastics, rubber (one fact per
    good, LABELING.md); None when the rate is no such item or its name is a country ("Vietnam (46 per cent)")."""
    before = _PAREN_RATE_BEFORE.search(text, max(0, p.start - 40), p.start)
    if not before or not _PAREN_RATE_AFTER.match(text, p.end):
        return None
    open_at = text.rindex("(", 0, p.start)
    lead = text[max(0, open_at - 80):open_at]
    start = _ITEM_START.search(lead)
    item = lead[start.end():] if start else lead
    item_start = open_at - len(lead) + (start.end() if start else 0)
    if item_start in country_starts or not item.strip() or item.strip()[0].isupper():
        return None
    return _goods_of(item.strip()) or None


LIST_SENTENCE_MIN = 3   # listed rates that make a sentence with no tariff noun a tariff sentence of a tariff article


def _rate_list_sentence(ctx: Context, si: int, sent) -> bool:
    """"Other countries have been hit with much steeper rates: 34% for China, 46% for Vietnam, 20% for the European
    Union ..." under a heading of its own: three listed rates or more in a tariff article state the measure's rates;
    two after the measure's sentence (round 27b, a prose rundown: "..., the order sets Jordan at 15%, Tunisia at 25%")."""
    percents = find_percents(sent.text)
    if len(percents) < min(PROSE_RUNDOWN_MIN_ITEMS, LIST_SENTENCE_MIN):
        return False        # too few rates either way: spare the look back over the paragraphs
    after = _prose_rundown(ctx, si)
    least = PROSE_RUNDOWN_MIN_ITEMS if after else LIST_SENTENCE_MIN
    if len(percents) < least:
        return False
    mentions = ctx.country_mentions(sent.start, sent.end, with_people=False)
    countries = (frozenset(m.start - sent.start for m in mentions), frozenset(m.end - sent.start for m in mentions))
    return sum(len(run) for run in _listed_runs(sent.text, percents, countries, after)) >= least


def _measure_status(ctx: Context, si: int) -> str | None:
    """The status the sentences before a prose rundown give its measure: the nearest one that tells its start, in
    the rundown's window of paragraphs ("It takes effect on August 7, 2025" after "... signed the executive order").
    Only a start: "The White House also announced preliminary trade frameworks" tells no
    start of the rates "left where they are"."""
    for prev in _rundown_window(ctx, si):
        if _tells_ahead(prev.text, ctx.published):
            return "announced"
        if _tells_begun(prev.text, ctx.published):
            return "in_force"
    return None     # the story's frame is no start of these rates ("Trump ... unveils Latin American trade frameworks")


_COUNTRY_LIST_GAP = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?")


def _at_item_countries(ctx: Context, sent, p: Percent) -> list[str]:
    """The countries of a prose rundown's "at" item, in order: the country right before "at N%" and those coordinated
    before it ("Algeria and Libya at 30% each" -> DZA, LBY; "over Vietnam and Taiwan, both at 20%" -> VNM, TWN);
    [] when the item's name is no country ("chemicals at up to 22 per cent")."""
    at = _AT_RATE_BEFORE.search(sent.text, max(0, p.start - 60), p.start)
    if not at:
        return []
    mentions = [m for m in ctx.country_mentions(sent.start, sent.end, with_people=False) if not m.compound]
    last = next((j for j, m in enumerate(mentions) if m.end - sent.start == at.end("name")), None)
    if last is None:
        return []
    first = last
    while first > 0 and _COUNTRY_LIST_GAP.fullmatch(sent.text[mentions[first - 1].end - sent.start:
                                                              mentions[first].start - sent.start]):
        first -= 1
    return list(dict.fromkeys(m.iso3 for m in mentions[first:last + 1]))


_PROSE_RUNDOWN_OTHER_QUANTITY = re.compile(PROSE_RUNDOWN_OTHER_QUANTITY, re.I)


def _prose_rundown(ctx: Context, si: int) -> bool:
    """A sentence read as a prose rundown's: it follows the measure's sentence and calls its percentages nothing
    else (a margin, a share, growth, prices)."""
    return not _PROSE_RUNDOWN_OTHER_QUANTITY.search(ctx.sentences[si].text) and _after_measure(ctx, si)


def _after_measure(ctx: Context, si: int) -> bool:
    """Round 27b: a sentence of a prose rundown follows the sentence that names the measure.  True when a sentence
    of its own paragraph before it, or of the PROSE_RUNDOWN_PARAS_BACK paragraphs before that, names a tariff
    ("On August 1 the White House published a fresh list of tariffs ..." two paragraphs before "the order sets
    Jordan at 15%, Tunisia at 25%"): the rundown's rates are that measure's, told without its noun."""
    return any(_TARIFF_NOUN.search(prev.text) for prev in _rundown_window(ctx, si))


def _rundown_window(ctx: Context, si: int):
    """The sentences before sentence si, nearest first, in its paragraph and the PROSE_RUNDOWN_PARAS_BACK before it."""
    para = ctx.sentences[si].para
    for k in range(si - 1, -1, -1):
        if para - ctx.sentences[k].para > PROSE_RUNDOWN_PARAS_BACK:
            return
        yield ctx.sentences[k]


def _rate_products(text: str, rates, k: int, nxt: int, changes, consumed_until: int):
    """(products, np) for rate k; _SKIP when the rate is not a reportable measure."""
    p, cl = rates[k]
    np = _after_np(text, p.end, nxt)
    if np is not None and _NON_ISO_TARGET.match(np[0]):
        return _SKIP, np            # "20% on the European Union": no ISO3 target to report
    if np is not None and _TAX_NOUN_AFTER.match(text[p.end:nxt]) and not _products_in(np[0]) \
            and not _ALL_GOODS.search(np[0]):
        return _SKIP, np            # "a 1% tax on cash transfers" is not a tariff
    if np is not None and _ANAPHOR.match(_FLOW_OF.sub("", np[0])):     # "imports of the metals" too
        # "tariffs on the metals", "on those products": the goods named before the rate in the sentence
        # (else, when the phrase names no goods itself, the previous sentence's)
        earlier = [x for x in _products_in(text[:p.start]) if x != "metals"]
        if _ONE_METAL.match(_FLOW_OF.sub("", np[0])):
            earlier = earlier[-1:]      # "steel exports ... under the 50 percent duty on the metal": one good, the last
        if earlier or not _products_in(np[0]):
            return (earlier if earlier else _ANAPHORIC), np
    if np is not None and _PRONOUN_OBJECT.match(np[0]):
        return _antecedent_goods(text, np[1] - len(np[0])), np     # "the 25% tariffs Ottawa placed on them"
    if np is not None:
        goods = _goods_of(np[0])
        if goods:
            goods = list(dict.fromkeys(goods + _coordinated_goods(text, np[1] - len(np[0]), np[1], nxt)))
        if goods or not _names_no_party_nor_goods(np[0]):
            payer = [] if goods else _payer_goods(text, _lead_start(rates, k, cl, changes, consumed_until), p.start, np[0])
            return (payer or goods), np
        # "have been charged 25% on entry to the US", "taxed at 13% on arrival", "levied on them": the rate's own
        # phrase names neither goods nor a party, so the goods the clause names before the rate are its goods
        before = _before_products(text, _lead_start(rates, k, cl, changes, consumed_until), p.start)
        return (before or goods), np
    between = re.match(rf"^[\s\-]*((?:[\w\-“”\"]+\s+){{0,3}}?)(?:{TARIFF_NOUNS})", text[p.end:nxt], re.I)
    if between and _products_in(between.group(1)):
        return _products_in(between.group(1)), None       # "50% steel tariff"
    return _before_products(text, _lead_start(rates, k, cl, changes, consumed_until), p.start), None


_PRONOUN_OBJECT = re.compile(PRONOUN_OBJECT, re.I)
_PLACE_BEFORE = re.compile(ANTECEDENT_PLACE_BEFORE, re.I)
_IMPOSER_BEFORE_MEASURE = re.compile(rf"(?:’s|'s)?\s+(?:[\w-]+\s+){{0,2}}?(?:{TARIFF_NOUNS})\b", re.I)  # "the US tariff on them"


def _antecedent_goods(text: str, end: int, first: bool = False) -> list[str]:
    """The goods a pronoun at `end` stands for (constants.PRONOUN_OBJECT): the last goods phrase before it, [] when a
    country named after those goods is the nearer antecedent; with `first`, the sentence's first goods or country (the
    previous sentence's subject).  _PRONOUN_BEFORE when text[:end] names neither (with `first`, [] then: the pronoun
    is not handed back any further)."""
    goods = _products_with_pos(text[:end])
    places = [m.start for m in find_countries(text[:end]) if m.kind == "name" and not m.compound
              and not _PLACE_BEFORE.search(text, max(0, m.start - 12), m.start)
              and not _IMPOSER_BEFORE_MEASURE.match(text, m.end)]
    if not goods:
        return [] if places or first else _PRONOUN_BEFORE
    if first:
        return [] if places and places[0] < goods[0][1] else [g for g, st in goods if not places or st < places[0]]
    after = max(places, default=-1)
    return [g for g, st in goods if st > after] if goods[-1][1] > after else []


_PAYER_VERB_BEFORE = re.compile(PAYER_VERB_BEFORE_RATE, re.I)
_SCOPE_NAMES_GOODS = re.compile(SCOPE_NAMES_GOODS, re.I)


def _payer_goods(text: str, start: int, end: int, own: str) -> list[str]:
    """The goods of the subject that pays the rate, when the rate's own phrase names only its parties (round 24):
    "Korean steel, aluminum and copper continue to pay the 50 percent Section 232 tariffs that Washington applies to
    all suppliers", "Brazilian coffee ... will still pay a separate 40% tariff imposed on Brazil".  The phrase after
    the rate tells whom the measure is on, the subject what pays it here.  [] when the phrase names a class of goods
    ("a 25% tariff on Canadian goods": all goods) or the lead has no payer verb right before the rate."""
    producer = _producer_payer_goods(text[start:end])
    if producer:
        return producer     # "Garment exporters now pay a combined 35.5 percent duty on shipments to the US" (round 28)
    if _SCOPE_NAMES_GOODS.search(own) or not _PAYER_VERB_BEFORE.search(text, max(start, end - 80), end):
        return []
    return _before_products(text, start, end) or []


def _lead_start(rates, k: int, cl, changes, consumed_until: int) -> int:
    """Where the lead of rate k starts: its clause, after the goods phrases already read and the clause's earlier rate
    (unless rate k is that rate's old rate)."""
    start = max(cl[0], consumed_until)
    prev_rates = [r for r in rates[:k] if r[1] == cl]
    if prev_rates and not (k in changes and changes[k][1] == k - 1):
        start = max(start, prev_rates[-1][0].end)
    return start


def _names_no_party_nor_goods(np: str) -> bool:
    """A rate's own phrase that names no goods, no class of all goods and no country ("entry to the US" cut to
    "entry", "arrival", "them", "their full customs value")."""
    return not (_ALL_GOODS.search(np) or _ANY_GOODS.match(np) or _NON_ISO_MENTION.search(np)
                or any(lookup(w.strip(",.’'s")) for w in np.split()))


_IN_YEAR = re.compile(r"\s*(?:in|by|from|starting in|as of|effective)\s+(?P<y>20\d\d)\b")


# Round 22c: the change's own verb group, read right before its pair ("are due to come down from 39% to 15%", "will
# fall from the current 27.5% to 15%", "is set to drop to 15% from 25%"), the modality nearest the pair winning: a
# schedule or future modal (the change is still to come) or a verb that tells it happened ("fell", "has cut", "was
# lowered").  Not "was due to" / "would have" (a schedule or a change in the past), not "set to 15%" (the rate itself).
_CHANGE_MODALITY = re.compile(
    r"\b(?:(?P<ahead>(?<!\bwas\s)(?<!\bwere\s)(?:due|set|scheduled|slated|poised|expected|going)\s+to(?=\s+[a-z])|"
    r"(?:is|are)\s+to(?=\s+[a-z])|(?:will|would|shall)(?!\s+(?:have|not)\b))|"
    r"(?P<done>has|have|had|was|were|fell|rose|[a-z]+ed))\b", re.I)
# between the modal and the pair: another clause ("will suffer after tariffs rose from ...") or a rate that goes on
# applying ("will remain at 25%, down from 50%")
_CHANGE_MODALITY_BREAK = re.compile(r"\b(?:after|since|because|when|which|that|who|as|and|but|remain\w*|stay\w*|"
                                    r"continu\w*|keep\w*|still)\b", re.I)
_OLD_SIDE_LEAD = re.compile(r"\bfrom\s+(?:[\w-]+\s+){0,3}$", re.I)     # "from the current " before the old rate
CHANGE_VERB_REACH = 60      # characters before the change pair read as its verb group


def _change_ahead(text: str, rates, k: int, other: int, cl) -> bool:
    """The verb group of the change whose sides are rates k and `other` tells a change still to come."""
    pair_start = min(rates[k][0].start, rates[other][0].start)
    lead = _OLD_SIDE_LEAD.search(text, max(cl[0], pair_start - 30), pair_start)
    if lead is not None:
        pair_start = lead.start()
    verb = text[max(cl[0], pair_start - CHANGE_VERB_REACH):pair_start]
    last = None
    for last in _CHANGE_MODALITY.finditer(verb):
        pass
    return last is not None and last.group("ahead") is not None \
        and _CHANGE_MODALITY_BREAK.search(verb, last.end()) is None


def _change_ahead_status(text: str, row: "_Row", k: int, status: str, published) -> str:
    """LABELING.md: a change still to come gives its new rate `announced` and leaves its old rate `in_force`.  The rules'
    cue nearest each rate may be another's ("current" in "from the current 27.5% to 15%") or none ("is due to fall"):
    the new rate read in force becomes announced, the old rate read lifted from it stays in force (not one its own
    clause lifts: "cut the 25% tariff it had proposed to 15%").  A start the sentence dates on or before `published`
    ("will face 35%, up from 25%, effective Aug. 1" on Aug. 1) keeps the rules' dated reading."""
    role, other = row.changes[k]
    if not _change_ahead(text, row.rates, k, other, row.rates[k][1]) \
            or any(kind == "past" for _, _, kind in timeline.start_dates(text, published)):
        return status
    if role == "new" and status == "in_force":
        return "announced"
    p, cl = row.rates[k]
    if role == "old" and status == "lifted" and not _own_status(text, p.end, cl):
        return "in_force"
    return status


def _scheduled_year(text: str, rate_end: int, published) -> bool:
    """The rate right before `rate_end` takes effect in a year stated after it, not before publication."""
    m = _IN_YEAR.match(text, rate_end)
    return bool(m) and published is not None and int(m.group("y")) >= published.year


# a rate changed later in its own sentence: "25% duties ..., a rate that was later doubled to 50%", "put a 25%
# tariff on steel in March and then raised it to 50% in June", "which had stood at 27.5%, was cut to 15%"
_SUPERSEDED_GAP = re.compile(r"[^;%]{0,160}?\b(?:later|then|since|subsequently|was|were|had been|has been|have been)\s+"
                             r"(?:\w+\s+){0,2}?(?:rais|increas|hik|doubl|tripl|cut|lower|reduc|slash|brought|bumped)\w*"
                             r"(?:\s+(?:it|them|down|up))?\s+to\s+(?:an?\s+)?$", re.I)


# the change names the rate again by a pronoun or a definite noun: "imposed a 25% tariff on steel in March and doubled it
# to 50% in June", "..., before doubling the rate to 50%", "...; Washington then doubled that charge to 50%", "announced a
# 32% tariff in April and lowered it to 20% in August" (round 12)
_SUPERSEDED_ANAPHOR = re.compile(
    r"[^%]{0,160}?\b(?:and|before|then|later|had|has|have)\s+(?:[\w’'-]+\s+){0,3}?"
    r"(?:rais|increas|hik|doubl|tripl|cut|lower|reduc|slash|brought|bumped)\w*\s+"
    r"(?:it|them|(?:that|this|the)\s+(?:[\w-]+\s+)?(?:rate|duty|duties|levy|levies|tariffs?|charge|surcharge))\s+"
    r"(?:down\s+|up\s+)?to\s+(?:an?\s+)?$", re.I)


_CHANGED_LATER_GAP = re.compile(CHANGED_LATER_GAP, re.I)
_OLD_RATE_STILL = re.compile(OLD_RATE_STILL, re.I)
_CHANGE_CONDITION_BEFORE = re.compile(CHANGE_CONDITION_BEFORE, re.I)
_CHANGE_STACKS = re.compile(CHANGE_STACKS, re.I)


def _changed_later(text: str, p: Percent, rates: list, k: int, resolved, status: str, cl) -> bool:
    """Round 24: the rate is the subject of a change to the next rate told later in its sentence ("a 25% tariff,
    which the agreement cut to 15%", "The 25% tariff that was set to hit ... is being cut to 15%").  LABELING.md: it is
    lifted when the change is in force, and -- a rate replaced before it took effect -- when its own clause says it was
    announced and the change is decided (in force or announced).  Not a rate the change adds to ("lifting the total
    to 50%"), not one its own clause does not call announced (a step of a schedule: "will rise to 25% in June and be
    raised to 50% in 2026")."""
    if k + 1 >= len(rates) or resolved[k + 1] is None:
        return False
    gap = text[p.end:rates[k + 1][0].start]
    if _CHANGED_LATER_GAP.fullmatch(gap) is None or _CHANGE_STACKS.search(gap) \
            or _CHANGE_CONDITION_BEFORE.search(text, max(cl[0], p.start - CHANGE_CONDITION_REACH), p.start):
        return False
    new_status = resolved[k + 1][1]
    if status == "in_force":
        return new_status == "in_force"
    return status == "announced" and new_status in ("in_force", "announced") \
        and _own_status(text, p.end, cl) == "announced"


def _superseded_later(text: str, p: Percent, rates: list, k: int, resolved, status: str) -> bool:
    """LABELING.md: the old rate of a change in force is lifted, also when the change follows in the
    same sentence as a separate clause ("..., a rate that was later doubled to 50%"); a rate announced and
    then changed by a change that names it again ("announced 32% ... and lowered it to 20%") was replaced."""
    if k + 1 >= len(rates) or resolved[k + 1] is None or resolved[k + 1][1] != "in_force":
        return False
    gap = text[p.end:rates[k + 1][0].start]
    if status == "in_force" and _SUPERSEDED_GAP.fullmatch(gap) is not None:
        return True
    return status in ("in_force", "announced") and _SUPERSEDED_ANAPHOR.fullmatch(gap) is not None


# "The deal replaces the 30% tariff ... had planned", "rather than the 25% Washington had announced", "replacing the
# 104% level that had applied": LABELING.md -- a rate replaced is lifted, also one only announced; one only
# threatened stays threatened; a replacement still to come ("is due to replace", "would replace") leaves it as it is
_REPLACED_BEFORE = re.compile(r"\b(?:replac(?:es|ed|ing)|rather than|in place of)\s+(?:the|a|an|its|his|her|their|that)\s+"
                              r"(?:[\w“”\"’'-]+\s+){0,3}$", re.I)
_REPLACE_LATER = re.compile(r"\b(?:will|would|could|may|might|due|set|to)\s+(?:\w+\s+)?$", re.I)


def _replaced(text: str, p: Percent, status: str) -> bool:
    """The rate is the object of a replacement that has happened (the rate is gone: lifted)."""
    m = _REPLACED_BEFORE.search(text, max(0, p.start - 60), p.start)
    if m is None or status in ("threatened", "lifted"):
        return False
    if _REPLACE_LATER.search(text, max(0, m.start() - 30), m.start()) is not None:
        return False
    # "Canada will let in ... at a tariff of 6.1%, replacing the 100% surtax it imposed in 2024": the new rate is
    # still to come, so the old one applies (LABELING.md: the old rate of an announced change is in force) --
    # unless the rate's own words put it in the past perfect ("... that had applied since August")
    return not (_FUTURE_MAIN.search(text, 0, m.start()) and not _PAST_PERFECT_AFTER.match(text, p.end))


_FUTURE_MAIN = re.compile(r"\b(?:will|would|is to|are to)\s+(?!have\b)", re.I)
_PAST_PERFECT_AFTER = re.compile(r"[^;%]{0,60}?\bhad\b", re.I)


_CURRENT_BEFORE = re.compile(r"\b(?:current|currently applied|existing)\s+$", re.I)


def _replaced_announced(own: str, new_status: str, still: bool = False) -> str:
    """LABELING.md: a rate replaced before it took effect is `lifted` if it had been announced ("cut the 25% tariff it
    had originally proposed to 15%"), once the change itself is decided (in force or announced); one only threatened
    stays threatened (round 15)."""
    if own == "in_force" and new_status == "in_force" and not still:
        # round 24: "from the 25% rate that had applied since March", "raises the 25% tariff ... that the United States
        # put in place in March to 50%": it applied until the change -- not one its clause keeps ("that still applies")
        return "lifted"
    return "lifted" if own == "announced" and new_status in ("in_force", "announced") else own


def _change_status(text: str, k: int, p: Percent, cl, status: str, changes, resolved) -> tuple[str, list | None]:
    """Status (and shared products) of a rate that is part of a rate change."""
    role, other = changes[k]
    products = None
    if resolved[other] is None:
        return status, products
    if resolved[other][0]:
        products = resolved[other][0]
    if role == "new":
        status = resolved[other][1] if resolved[other][1] != DEFAULT_STATUS else status
        status = resolved[k][1] if resolved[k][1] != DEFAULT_STATUS else status
    elif _replaced_in_row(text, p):
        status = "lifted"           # round 52: "Libya - 30% (31%)", "UK: 10 percent, against 25 percent proposed"
    elif _CURRENT_BEFORE.search(text, max(0, p.start - 20), p.start):
        status = DEFAULT_STATUS     # "to 15% from the current 27.5%": a rate still applying is not yet replaced
    elif _threatened_own(text, p):
        status = "threatened"       # round 25b: "instead of the 25% previously threatened" stays what the text says
    elif _own_status(text, p.end, cl):
        status = _replaced_announced(_own_status(text, p.end, cl), resolved[other][1],   # "down from the 46% he had threatened"
                                     _OLD_RATE_STILL.search(text, p.end, min(cl[1], p.end + OWN_CLAUSE_CHARS)) is not None)
    else:
        new_status = resolved[other][1]
        if new_status == DEFAULT_STATUS and resolved[k][1] != DEFAULT_STATUS:
            new_status = resolved[k][1]
        status = "lifted" if new_status == "in_force" else "in_force"
    return status, products


def _list_intro_status(ctx: Context, si: int) -> str | None:
    """A digest item without a cue of its own ("Carpets: 52.9%") under a sentence that introduces the list
    ("... the total duty Indian goods will face once the second tranche kicks in:") takes that sentence's status."""
    k = si - 1
    while k >= 0 and _list_item(ctx.sentences[k].text):
        k -= 1
    if k < 0:
        return None
    intro = ctx.sentences[k].text.rstrip()
    if not intro.endswith(":"):
        return None
    # round 53: an intro with no status of its own ("The largest partners on that list and their rates are:") is told
    # by its paragraph's sentences before it ("Roughly 60 countries ... will pay more than the baseline from April 9")
    for j in range(k, ctx.paragraph_first(k) - 1, -1):
        text = ctx.sentences[j].text
        status = _status_at(text, len(text), (0, len(text)), default=None) or _sentence_status(text, ctx.published)
        if status:
            return status
    return None


_ALLOCATED_RATE_VERB = re.compile(ALLOCATED_RATE_VERB, re.I)
_ALLOCATED_RATE_BACKGROUND = re.compile(ALLOCATED_RATE_BACKGROUND, re.I)
_STORY_UNVEIL_VERB = re.compile(STORY_UNVEIL_VERB, re.I)


def _allocated_rate(text: str, row: "_Row", k: int, cl: tuple[int, int]) -> bool:
    """Round 25b: the k-th rate is one a list or letter allocates to its payer: an allocating verb in its clause before
    it ("China was handed a 34% tariff", "set out a 40 per cent tariff on Laos ..., 36 per cent on Cambodia"), the rate no
    side of a change ("will face a 15 percent ..., lifting the rate from the 10 percent") nor told as background ("had at
    first been handed", "was first assigned ... in April", "from the 10 percent first announced in April")."""
    p = row.rates[k][0]
    return k not in row.changes and _ALLOCATED_RATE_VERB.search(text, cl[0], p.start) is not None \
        and _ALLOCATED_RATE_BACKGROUND.search(text, cl[0], min(cl[1], p.end + ALLOCATED_BACKGROUND_AFTER)) is None


def _allocation_announced(ctx: Context) -> bool:
    """The story tells the allocated measure ahead of its start (LABELING.md: the status at `published`): its lede dates
    the start after `published` (story_frame), or the lede tells the list or letters unveiled and the story tells no
    start anywhere (no dated start, no "took effect", no "will take effect": the story is the announcement)."""
    if ctx.country_remedy:
        return False    # round 26: a ruling's company rates ("Asahi Kasei Corp was given its own lower rate of 24.5%")
    if ctx.story_frame is not None:
        return ctx.story_frame[0] == "announced"
    key = ("allocation_announced",)
    if key not in ctx.memo:
        ctx.memo[key] = any(_STORY_UNVEIL_VERB.search(s.text) for s in ctx.sentences[:LEDE]) \
            and not any(tariff_model.sentence_starts(ctx))
    return ctx.memo[key]


_MEASURE_KINDS = [(kind, re.compile(rx, re.I)) for kind, rx in MEASURE_KIND_NOUNS.items()]
_WILL_PAY = re.compile(WILL_PAY_VERB, re.I)
_MEASURE_BEGUN = re.compile(MEASURE_BEGUN, re.I)
_MEASURE_NOT_BEGUN = re.compile(MEASURE_NOT_BEGUN, re.I)


def _measure_kinds(text: str) -> set[str]:
    """The kinds of measure (quota, anti-dumping, countervailing, safeguard, surtax) a text names."""
    return {kind for kind, rx in _MEASURE_KINDS if rx.search(text)}


def _tells_begun(text: str, published, begun: re.Pattern = _MEASURE_BEGUN) -> bool:
    """The sentence tells a start that has come at `published`: a start word dated on or before it ("with effect from
    June 27", "apply from today", "starting today, June 23"; not a bare "on <date>", which dates any event), or the
    `begun` words ("came into force / took effect / in force"), and no start after it nor a denial ("not yet in
    force")."""
    dates = [(m, timeline.starts_after(m, published)) for m in timeline.START_DATE.finditer(text)]
    if any(later for _, later in dates) or _MEASURE_NOT_BEGUN.search(text):
        return False
    return any(not m.group(0).lower().startswith("on") for m, _ in dates) or begun.search(text) is not None


def _tells_ahead(text: str, published) -> bool:
    """The sentence tells a start still to come: dated after `published`, or "would start / will take effect"."""
    return any(timeline.starts_after(m, published) for m in timeline.START_DATE.finditer(text)) \
        or tariff_model.WILL_START.search(text) is not None


def _begun_kinds(ctx: Context) -> set[str]:
    """The measure kinds whose start the story tells as come, and no sentence tells as still to come ("The government
    did not say when the quotas would start to be applied"); memoised per story."""
    key = ("begun_kinds",)
    if key not in ctx.memo:
        begun = {kind for s in ctx.sentences if _tells_begun(s.text, ctx.published) for kind in _measure_kinds(s.text)}
        ahead = {kind for s in ctx.sentences if _tells_ahead(s.text, ctx.published) for kind in _measure_kinds(s.text)}
        ctx.memo[key] = begun - ahead
    return ctx.memo[key]


def _will_pay_begun(ctx: Context, si: int, text: str, p: Percent, cl: tuple[int, int]) -> bool:
    """Round 26: "will pay / be charged / face" before the rate in its clause tells how a quota, safeguard or remedy
    measure works, and the story tells that measure's start as come -- the kind the rate's sentence names ("above the
    quota ... will be charged an additional 50 percent tax" under "The quotas came into force on June 27"), else the
    measure the lede names, if one kind ("Bengang Steel will now pay 42.08 per cent" under "New anti-dumping rates apply
    from today").
    Not when the rate's own sentence dates a start (its own words win)."""
    if _WILL_PAY.search(text, cl[0], p.start) is None or timeline.START_DATE.search(text) \
            or any(_tells_ahead(s.text, ctx.published) for s in ctx.sentences[:LEDE]):
        return False        # the rate's sentence dates its own start, or the lede tells the story's measure ahead
    kinds = _measure_kinds(text)
    if not kinds:
        lede = _measure_kinds(" ".join(_lede(ctx)))
        kinds = lede if len(lede) == 1 else set()
        if not kinds and _story_started_only(ctx):
            return True     # round 28: a deal's or an order's rate "will pay" in a story that tells only starts come
    return bool(kinds & _begun_kinds(ctx)) or _next_tells_begun(ctx, si)


_START_EVENT_PAST = re.compile(START_EVENT_PAST, re.I)


def _story_started_only(ctx: Context) -> bool:
    """Round 28: the story tells its measure's start as come ("took effect on Thursday", "in force from June 5") and no
    sentence of it tells a start still to come: its "will pay / face" rates tell how the measure works, not when
    (memoised per story)."""
    key = ("started_only",)
    if key not in ctx.memo:
        ctx.memo[key] = any(_tells_begun(s.text, ctx.published, _START_EVENT_PAST) for s in ctx.sentences) \
            and not any(_tells_ahead(s.text, ctx.published) for s in ctx.sentences)
    return ctx.memo[key]


def _next_tells_begun(ctx: Context, si: int) -> bool:
    """The next sentence's subject is the measure and tells it started ("... will be charged a 50 per cent surtax. The
    measure applies from June 27")."""
    if si + 1 >= len(ctx.sentences):
        return False
    nxt = ctx.sentences[si + 1].text
    subject = _MEASURE_SUBJECT.match(nxt)
    return subject is not None and not _NOT_THE_MEASURE.search(subject.group(0)) and _tells_begun(nxt, ctx.published)


# the lede dates the story's measure: "Most of the new rates will apply from 7 August"; a headline that unveils it
_FRAME_NOUN = re.compile(rf"\b(?:{TARIFF_NOUNS}|rates?)\b", re.I)
_FRAME_HEADLINE = re.compile(r"\b(?:unveil(?:s|ed)?|announc(?:es|ed)|sets? out|lays? out|to impose|will impose)\b", re.I)
LEDE = 6


def story_frame(ctx: Context) -> tuple[str, int] | None:
    """("announced", its sentence index) when the headline or lede (its first LEDE sentences, up to the first list item or table row)
    dates the start of a tariff measure after `published`, or the headline unveils/announces the measure."""
    for si, sent in enumerate(ctx.sentences[:LEDE]):
        text = sent.text
        if si > 0 and (_list_item(text) or _table_row(text)):
            break
        if _FRAME_NOUN.search(text) and (_sentence_status(text, ctx.published) == "announced"
                                         or (si == 0 and _FRAME_HEADLINE.search(text))):
            return "announced", si
    return None


def _frame_imposer(ctx: Context, facts: list) -> str | None:
    """The imposer of the story's framed measure: that of the first fact from the frame's sentence on."""
    start = ctx.sentences[ctx.story_frame[1]].start
    return next((f["imposer"] for f in facts if f["span"][0] >= start), None)


def _bare_item(ctx: Context, si: int, row: "_Row") -> bool:
    """An item of a list or table of the body: a digest line, a rate-first line, a table row, or a line alone in its
    paragraph that does not end as a sentence does ("Baseline tariff of 10 per cent on imports from all countries")."""
    if si == 0:
        return False
    if row.label:
        return True
    sent = ctx.sentences[si]
    return ctx.alone_in_paragraph(si) and not sent.text.rstrip().endswith((".", "!", "?", '"', "”"))


def _listed_previous(ctx: Context, sent, row: "_Row", k: int, seg_end: int, facts: list) -> list:
    """The facts of the previous item when the k-th rate follows it in a run of listed rates and names no party."""
    if k == 0 or row.rates[k][0] not in row.list_followers or _own_party(ctx, sent.start, row.window[k], seg_end):
        return []
    return [f for f in facts[row.sentence_first:] if f["_rate"][0] == row.rates[k - 1][0].start]


def _own_party(ctx: Context, base: int, start: int, end: int) -> bool:
    """A country, person or region named in [start, end) of the sentence at `base`."""
    return bool(ctx.country_mentions(base + start, base + end) or ctx.region_mentions(base + start, base + end))


@dataclass
class _Row:
    """One sentence's rates, what its layout says about them (a digest item, a rate-first list, a table row) and the
    per-rate choices the resolving pass hands to the pass that writes the facts."""
    text: str
    first_m: re.Match | None             # "30%: South Africa, ..." (rate-first list line)
    table: set | None                    # the rate cells of a table row
    first_col: str                       # what a table row's first cell is: the partner, or the goods
    label: bool                          # a digest item, a rate-first line or a table row
    label_products: list
    lead: list
    rates: list
    changes: dict
    col_status: dict
    sentence_first: int                  # facts[sentence_first:] are this sentence's
    resolved: dict = field(default_factory=dict)
    window: dict = field(default_factory=dict)
    phrase_end: dict = field(default_factory=dict)
    own_np: dict = field(default_factory=dict)
    lead_until: int = 1 << 30            # the lead's goods are those of the rates before this offset
    framed: set = field(default_factory=set)     # the rates whose status is the story's frame (story_frame)
    allocated: set = field(default_factory=set)  # the rates read `announced` as a list's allocation (round 25b)
    paired: dict = field(default_factory=dict)   # rate index -> (countries its own segment pairs it with, where)
    bare: set = field(default_factory=set)       # rates whose own words name no goods, nor all goods
    exempted: dict = field(default_factory=dict)  # rate index -> the goods an act of removal takes out of it
    subject_goods: dict = field(default_factory=dict)  # rate index -> goods read in its exemption's subject (round 28)
    back_referred: set = field(default_factory=set)   # rates that took the goods of the measure named before (round 30)
    company: bool = False                # a line of a remedy story's company list (_company_row)
    country_starts: frozenset = frozenset()  # where the sentence's country mentions start (listed rates)
    list_followers: frozenset = frozenset()  # the rates after the first of a run of listed rates (_listed_runs)
    measure_status: str | None = None    # round 27b: a prose rundown's status, told by the measure's sentences before
    listed: frozenset = frozenset()      # round 27b: every rate of a prose rundown's runs of listed rates
    label_countries: tuple = ()          # round 53: the partners a row's label lists ("Laos and Myanmar: 40%")


_WORLD_REGION_LABEL = re.compile(WORLD_REGION_LABEL)


def _label_names_party(ctx: Context, sent) -> bool:
    """A head label the story reads as a party names no goods: a country ("Bosnia and Herzegovina: 30 percent") or a
    word of the name of a person the story names ("Zafrul: 19% US tariff fair" over Tengku Datuk Seri Zafrul Abdul
    Aziz's words), round 22."""
    span = head_label_span(sent.text)
    if span is None:
        return False
    lo, hi = sent.start + span[0], sent.start + span[1]
    if ctx.country_mentions(lo, hi, with_people=False) or _WORLD_REGION_LABEL.match(sent.text[span[0]:span[1]]):
        return True     # round 27b: "South-east Asia: framework deals set rates of 19% for Indonesia, ..."
    words = set(sent.text[span[0]:span[1]].split())
    return ctx.people is not None and any(words & set(p.name.split()) for p in ctx.people.people)


def _story_names_again(ctx: Context, sent, goods: str) -> bool:
    """Does the story name the goods a sentence's subject gives its rate outside that sentence? The open-vocabulary
    subject reader takes any head noun ("The hope on the European side ...", "Trade experts explained ...",
    "Elsewhere in the Middle East ..."); goods a story is about come back in it, a subject word said once is no
    goods of the rate. The lexicon's goods need no second mention."""
    if _products_in(goods):
        return True
    head = re.compile(rf"\b{re.escape(goods.split()[-1])}\b", re.I)
    return bool(head.search(ctx.body, 0, sent.start) or head.search(ctx.body, sent.end))


def _table_row_rates(ctx: Context, text: str, spans, header, rates: list, changes: dict) -> tuple:
    """A table row: its rate cells beside the sentence's rates, each cell's status from its column's words, and the
    "previous rate" column the old rate of the row's change; returns (rates, changes, column statuses, cell rates)."""
    cells = _table_rates(text, spans, find_percents(text), header)
    merged = {r[0]: r for r in rates} | {p: (p, cl) for p, cl, _, _ in cells}
    # the column's own words date it: "Tariff rate from Aug. 1" in a paper of July 8 is announced
    # and the "previous rate" column is what applied until now (in force, unless the row's change says otherwise)
    col_status = {p: _sentence_status(name, ctx.published) or ("in_force" if is_old else None)
                  for p, _, is_old, name in cells}
    rates = sorted(merged.values(), key=lambda r: r[0].start)
    idx = {r[0]: k for k, r in enumerate(rates)}
    old = [idx[p] for p, _, is_old, _ in cells if is_old]
    new = [idx[p] for p, _, is_old, _ in cells if not is_old]
    # the previous rate is the old rate of a change only when the row says the new one applies ("In force from
    # 1 August"); with no cue in the row the previous rate is what still applies
    if len(old) == 1 and len(new) == 1 and rates[old[0]][0].value != rates[new[0]][0].value and \
            _status_at(text, rates[new[0]][0].start, rates[new[0]][1], rates[new[0]][0].end, default=None):
        changes = {new[0]: ("new", old[0]), old[0]: ("old", new[0])}
    table = {p for p, _, _, _ in cells}
    return rates, changes, col_status, table


def _read_row(ctx: Context, si: int, sent, has_noun: bool, n_facts: int) -> _Row:
    text = sent.text
    spans = clause_spans(text)
    label_m = _LABEL_LINE.match(text)
    first_m = RATE_FIRST_ITEM.match(text)
    table = ctx.tariff_article and _table_row(text)
    header = _table_header(ctx, si) if table else None
    first_col = header[0] if header else ""      # what the row's first cell is: the partner, or the goods
    company = ctx.tariff_article and _company_row(ctx, si)
    # a label row's partners ("Laos and Myanmar: 40%"); not a rate-first item's, whose label is goods
    label_countries = _label_countries(ctx, sent) if ctx.tariff_article and (label_m or not first_m) else ()
    label = bool(label_m or first_m or table or company or label_countries)
    label_products = _products_in(text[:label_m.end()]) if label_m else \
        (_products_in(text[first_m.end():]) if first_m else
         (_products_in(_first_cell(text)) or open_products(_first_cell(text)) if _GOODS_COLUMN.match(first_col) else []))
    lead, lead_until = lead_products(text), len(text)
    if lead and _label_names_party(ctx, sent):
        lead = []
    if company:     # "JinkoSolar: 21.31%": the label names who pays, not goods
        label_products, lead = [], []
    if label_products and _label_names_party(ctx, sent):
        label_products = []     # round 27b: "South-east Asia: framework deals set rates of 19% for Indonesia, ..."
    if not lead:
        lead, lead_until = subject_lead_products(text)   # "Strawberry jam ... will carry a 10 per cent tariff"
        lead = [g for g in lead if _story_names_again(ctx, sent, g)]
        lead_until = lead_until if lead else len(text)
    para_first = ctx.paragraph_first(si)
    if not lead and para_first < si:
        lead = item_products(ctx.sentences[para_first].text)    # the item's label names the goods of its sentences
    country_ends = frozenset(m.end - sent.start for m in ctx.country_mentions(sent.start, sent.end, with_people=False))
    country_starts = frozenset(m.start - sent.start for m in ctx.country_mentions(sent.start, sent.end, with_people=False))
    after_measure = ctx.tariff_article and not has_noun and _prose_rundown(ctx, si)
    rates = _find_rates(text, spans, find_percents(text), has_noun, digest=label and ctx.tariff_article,
                        country_ends=country_ends, country_starts=country_starts, assigned=_reads_assigned(ctx),
                        after_measure=after_measure)
    rates = _subject_rates(ctx, sent, spans, rates)
    if company:
        rates = _company_rate(text, spans, rates)
    changes = _changes(text, rates, row=label and ctx.tariff_article)
    col_status: dict = {}
    if table:
        rates, changes, col_status, table = _table_row_rates(ctx, text, spans, header, rates, changes)
    runs = _listed_runs(text, find_percents(text), (country_starts, country_ends), after_measure)
    return _Row(text, first_m, table or None, first_col, label, label_products, lead, rates, changes, col_status,
                n_facts, lead_until=lead_until, company=company, country_starts=country_starts,
                list_followers=frozenset(p for run in runs for p in run[1:]),
                measure_status=_measure_status(ctx, si) if after_measure else None,
                listed=frozenset(p for run in runs for p in run) if after_measure else frozenset(),
                label_countries=label_countries)


def _paired_rates(ctx: Context, sent) -> bool:
    """"Switzerland is on 31 per cent, Taiwan on 32 per cent and India on 26 per cent" after a tariff sentence: two
    or more percentages each led by its own country continue the measure."""
    percents = find_percents(sent.text)
    return len(percents) >= 2 and len(roles.subject_rates(ctx, sent.start, sent.text, percents)) >= 2


def _subject_rates(ctx: Context, sent, spans, rates: list) -> list:
    """The sentence's rates and the percentages each led by its own country as subject ("Switzerland is on 31 per
    cent, Taiwan on 32 per cent", "..., while Pakistan and Indonesia will pay 19%") when two of them pair so, or one
    does after a rate already found: a rate of the sentence's own measure, paired with its country."""
    found = {r[0] for r in rates}
    subj = {p: own for p, own in roles.subject_rates(ctx, sent.start, sent.text, find_percents(sent.text)).items()
            if p not in found and 0 < p.value <= 1000 and not is_range(sent.text, p.start)}
    if not subj or (len(subj) < 2 and not found):
        return rates
    return sorted(rates + [(p, _clause_of(spans, p.start)) for p in subj], key=lambda r: r[0].start)


def _sentence_rates(ctx: Context, si: int, sent, has_noun: bool, own_status, carry: _Carry, facts, seen) -> list:
    row = _read_row(ctx, si, sent, has_noun, len(facts))
    row.paired = roles.paired_targets(ctx, sent.start, row.text, [(p.start, p.end) for p, _ in row.rates],
                                      [p.end for p in find_percents(row.text)])
    continuing = (not has_noun or bool(_CARRY_PRODUCT.match(row.text)) or bool(_BACKREF_SUBJECT.match(row.text))) \
        and not row.label  # a digest item starts afresh; a back-referring subject continues the measure before
    consumed_until = 0
    for k in range(len(row.rates)):
        consumed_until = _resolve_rate(ctx, si, sent, row, k, has_noun, own_status, carry, continuing,
                                       consumed_until, facts)
    _respectively(row.text, row.rates, row.resolved)
    _earlier_rate_goods(row)
    for k in range(len(row.rates)):
        if row.resolved[k] is not None:
            _write_rate(ctx, si, sent, row, k, carry, facts, seen)
    return row.rates


_NAMED_MEASURE = re.compile(rf"\s*[“\"‘']?[\w-]+[”\"’']?\s+(?:[\w-]+\s+)?(?:{TARIFF_NOUNS})\b", re.I)
_NEW_SPEAKER = re.compile(r"\b(?:said|says|say|told|added|warned)\b", re.I)


def _earlier_rate_goods(row: _Row) -> None:
    """A later rate of the sentence whose own words name no goods is a rate of the goods the rate before it names:
    "raised its duty on steel imports to 50 percent in June, from the 25 percent it had imposed", "a 50% tariff, which
    replaces the across-the-board 25% duty", "a safeguard duty of 13%, which is scheduled to fall to 11% ... and 9%"."""
    goods, goods_end = None, 0
    for k in range(len(row.rates)):
        got = row.resolved.get(k)
        if got is None:
            continue
        if got[0]:
            goods, goods_end = got[0], row.rates[k][0].end
        elif k in row.bare and goods and k not in row.paired \
                and not _NEW_SPEAKER.search(row.text, goods_end, row.rates[k][0].start) \
                and not _NAMED_MEASURE.match(row.text, row.rates[k][0].end):
            # (not "Vietnam and Bangladesh, which will also pay 20 percent": its own country's rate; not "..., and
            # said drugmakers could face a duty of 200%": a new statement; not "an additional 25 percent
            # “fentanyl tariff”", "the 10% baseline tariff": a measure named for itself)
            row.resolved[k] = (list(goods), got[1])


_OVER_QUOTA = re.compile(OVER_QUOTA, re.I)
_OVER_QUOTA_AFTER = re.compile(OVER_QUOTA_AFTER, re.I)
_QUOTA_NOUN = re.compile(rf"\b{QUOTA_NOUN}\b", re.I)


def _over_quota_rate(text: str, rates: list, k: int) -> bool:
    """Is rate k charged on the volume beyond a quota (constants.OVER_QUOTA): the phrase stands in the stretch before
    the rate since the sentence's previous rate, or opens the rate's own phrase ("the 25 percent out-of-quota rate")."""
    p = rates[k][0]
    start = max(rates[k - 1][0].end if k > 0 else 0, p.start - OVER_QUOTA_REACH)
    return bool(_OVER_QUOTA.search(text, start, p.start) or _OVER_QUOTA_AFTER.match(text[p.end:p.end + 80]))


def _quota_goods(ctx: Context, si: int, text: str, rate_start: int) -> list[str]:
    """The goods of the quota an over-quota rate is charged beyond: named in the rate's sentence before it ("steel
    imports would be capped by a quota ..., and a 50 per cent tariff would kick in once that limit was reached"), else
    in the nearest earlier sentence that names a quota and goods (constants.QUOTA_GOODS_SENTENCES back).  [] (all
    goods) when none does."""
    goods = _products_in(text[:rate_start])
    if goods and _QUOTA_NOUN.search(text, 0, rate_start):
        return goods
    for i in range(si - 1, max(-1, si - 1 - QUOTA_GOODS_SENTENCES), -1):
        earlier = ctx.sentences[i].text
        goods = _products_in(earlier) if _QUOTA_NOUN.search(earlier) else []
        if goods:
            return goods
    return []


def _resolve_rate(ctx: Context, si: int, sent, row: _Row, k: int, has_noun: bool, own_status, carry: _Carry,
                  continuing: bool, consumed_until: int, facts: list) -> int:
    """The goods and status of the sentence's k-th rate (row.resolved[k], None to skip it); returns how far the
    goods phrases read so far reach."""
    text, rates, changes, resolved = row.text, row.rates, row.changes, row.resolved
    p, cl = rates[k]
    nxt = rates[k + 1][0].start if k + 1 < len(rates) and rates[k + 1][1] == cl else cl[1]
    row.window[k] = cl[0]
    if k > 0 and rates[k - 1][1] == cl:
        row.window[k] = row.window[k - 1] if (k in changes and changes[k][1] == k - 1) else row.phrase_end[k - 1]
    row.phrase_end[k] = p.end
    products, np = _rate_products(text, rates, k, nxt, changes, consumed_until)
    if products is None and np is None:
        row.bare.add(k)
    if row.table and p in row.table:
        products, np = list(row.label_products), None      # a rate cell: the goods only the header says the row names
        if not products and not _PARTNER_COLUMN.match(row.first_col):
            products = _measure_products(ctx, si, facts)  # rows of exporters: the goods of the measure they pay
    if products is _SKIP:
        resolved[k] = None
        return consumed_until
    if products is _ANAPHORIC:
        products = _products_in(ctx.sentences[si - 1].text) if si > 0 else []
    if products is _PRONOUN_BEFORE:
        products = _antecedent_goods(ctx.sentences[si - 1].text, len(ctx.sentences[si - 1].text), first=True) \
            if si > 0 else []
    if not products and k not in row.own_np and row.lead and p.start < row.lead_until and _topic_names_goods(row, np):
        products = list(row.lead)          # "For rapeseed, the deposit rate ...", "Wine: the 150% duty ..."
    if row.label and not products and row.label_products:
        products = list(row.label_products)     # "Copper: 50% on semi-finished products", "Autos: 25%; Japan ... pay 15%"
    item_goods = _paren_item_goods(text, p, row.country_starts)
    if item_goods:
        products = item_goods       # "chemicals (12.8 per cent); plastics and rubber (6.5 per cent)"
    if np is not None:
        consumed_until = max(consumed_until, np[1])
        row.phrase_end[k] = np[1]
        row.own_np[k] = np[0]
    status = _rate_status(ctx, si, row, k, nxt, has_noun, own_status, carry, continuing)
    if not products and continuing and carry.products and k not in row.own_np and (has_noun or k not in row.paired) \
            and not _EXISTING_OTHER.search(text, max(0, p.start - 30), p.start) \
            and not _list_of_another_measure(text, p.start, carry.products):   # "on top of the 25% tariffs ..." is another measure
        products = list(carry.products)    # "The combined rate of 35.19 per cent took effect" (not "India on 26%")
    if not products and _back_referring_rate(text, p.start, row, k, carry):
        products = list(carry.measure_goods or carry.products)   # "... tariffs on steel and aluminum. Those US levies remain in force at 50%."
        row.back_referred.add(k)
    if not products and k not in row.own_np:
        products = _fronted_anaphor_goods(ctx, si, text, p, cl, facts)   # "... vanities. Those products will face 25%"
    if not products:
        products = _goods_from_story(ctx, si, row, k, p, facts, products)
    if _transshipment_rate(text, rates, k, row.window[k], row.phrase_end[k]):
        # "a 40% tariff on goods transshipped through the country" (the text's own "transshipped products" stays)
        products = [g for g in products or [] if g and g.startswith("transshipped ")] or [TRANSSHIPPED_GOODS]
    products = _without_exempted(text, p, nxt, row, k, products)
    resolved[k] = (products, status)
    return consumed_until


def _goods_from_story(ctx: Context, si: int, row: _Row, k: int, p: Percent, facts: list, products):
    """The goods of a rate whose sentence gives none, from the story around it: a company's rate of the measure, the
    story's one good, a producer's rate of a named trade-remedy case, an over-quota rate's quota goods; `products`
    (empty) when none applies."""
    own_np = row.own_np.get(k, "")
    if row.company:
        products = list(ctx.story_goods) or _measure_products(ctx, si, facts)   # a company's rate of the measure
    if not products and ctx.story_goods and not _ALL_GOODS.search(own_np):
        products = list(ctx.story_goods)   # "the duty will be charged at 12.72%" in a safeguard story on ceramic tiles
    if not products and _remedy_payer_rate(row.text, p, row.window[k], own_np):
        products = _remedy_case_goods(ctx, si, p.start, facts)  # "all other mills pay 35.16%": a company's rate of the case
    if not products and not _ALL_GOODS.search(own_np) and _over_quota_rate(row.text, row.rates, k):
        products = _quota_goods(ctx, si, row.text, p.start) or products     # "Imports beyond those volumes ... 50%"
    return products


_FRONTED_GOODS_ANAPHOR = re.compile(FRONTED_GOODS_ANAPHOR, re.I)


def _fronted_anaphor_goods(ctx: Context, si: int, text: str, p: Percent, cl: tuple[int, int], facts: list) -> list[str]:
    """Round 45: the goods of the sentence before when the rate's clause points back to them with a demonstrative goods
    noun before the rate and names no goods of its own (constants.FRONTED_GOODS_ANAPHOR).  [] -- the rate stays the
    all-goods one -- when the story already read this rate for all goods (a country's rate restated: "entries of those
    goods continue to pay the 19% rate"), or the rate's clause names a country before the rate ("Brazil's combined duty
    on those products", "Those products, and the same goods from Belarus, will carry 50%": a party's goods, and its
    imposer or target is another reading's) or a party's goods after it ("the 10% tariff that applies to Brazilian
    goods")."""
    lead = text[cl[0]:p.start]
    if si == 0 or not _FRONTED_GOODS_ANAPHOR.search(lead) or _products_in(lead) or _country_codes(lead) \
            or _ALL_GOODS.search(text, p.end, cl[1]):
        return []
    if any(f["rate_pct"] == float(p.value) and f["product"] is None for f in facts):
        return []
    return _products_in(ctx.sentences[si - 1].text)


_OWN_ALL_GOODS = re.compile(OWN_ALL_GOODS_PHRASE, re.I)


def _topic_names_goods(row: _Row, np: tuple[str, int] | None) -> bool:
    """Whether the sentence's fronted topic (row.lead: "For rapeseed, ...", a head label "Wine:") gives the rate its
    goods (round 33). Not when the rate's own phrase names every good of its payer ("the 10 per cent levy on Australian
    goods", "50% on most Indian goods") and the topic is only the open reader's guess ("For miners, ...", "For a
    compliant shipment, ...", "Total:", "Scope:"): the topic then says what the sentence is about, not what the measure
    covers. A topic the lexicon knows is a digest item's goods ("Auto parts: The United States kept the 25% tariff on
    Japanese goods", round 27) and stays."""
    if np is None or not _OWN_ALL_GOODS.search(np[0]):
        return True
    return any(_products_in(g) for g in row.lead)


def _without_exempted(text: str, p, nxt: int, row: _Row, k: int, products: list | None) -> list | None:
    """The k-th rate's goods once the goods its sentence exempts or leaves out are set aside (kept in
    row.exempted[k] for their own `lifted` facts)."""
    listed = _listed_exemption(text, p)     # a whole list first: the readers below take one good of it
    exempted = [] if listed else _exempted_goods(text, p, nxt)
    if exempted:
        row.exempted[k] = exempted
    left_out = listed or ([] if exempted else _forms_left_out(text, p) or _left_out_goods(text, p)
                          or _not_paying_goods(text, p) or _exempted_after_rate(text, p))
    spelled = _colon_list_goods(text, p) if exempted or left_out else []
    if spelled:     # "exempted from the 15% rate from September 1: aircraft and aircraft parts, generic drugs, ..."
        exempted, left_out = ([], spelled) if left_out else (spelled, [])
        if exempted:
            row.exempted[k] = exempted
    if left_out:        # the subject's goods are the ones left out: the rate keeps its remaining scope (all goods)
        in_subject = [g for g in _goods_in_exempted_subject(text, p, products or []) if g not in left_out
                      and not any(o.startswith(f"{g} ") for o in left_out)]   # "copper" of "copper ores" (round 51)
        row.subject_goods[k] = in_subject
        left_out = left_out + in_subject
        row.exempted[k] = left_out
        products = [g for g in products or [] if g not in left_out]
    return products


_ROUTED = re.compile(rf"\b{ROUTED_THROUGH}\s+", re.I)
_THIRD = re.compile(THIRD_COUNTRIES, re.I)


def _routed_through(ctx: Context, sent, imposer, targets: list) -> list:
    """Targets of a penalty on transshipped goods: the countries the sentence says the goods pass through ("through
    Vietnam"); [None] when they pass through any third country (the penalty hits goods of every origin); else the
    targets the roles gave ("through the country" in a story on Vietnam)."""
    named, third = [], False
    for m in _ROUTED.finditer(sent.text):
        lo = sent.start + m.end()
        named += [c.iso3 for c in ctx.country_mentions(lo, lo + ROUTED_THROUGH_REACH, with_people=False)
                  if c.iso3 != imposer]
        third = third or _THIRD.match(sent.text, m.end()) is not None
    if named:
        return list(dict.fromkeys(named))
    return [None] if third else targets


def _transshipment_rate(text: str, rates, k: int, window: int, phrase_end: int) -> bool:
    """Rate k is the penalty on transshipped goods: its own stretch of the sentence -- from its lead (after the rate
    before it) to the end of its own phrase's clause part -- names transshipment (constants.TRANSSHIPMENT_CUE)."""
    p = rates[k][0]
    lo = max([window] + [r[0].end for r in rates[:k]])
    stop = _PART_END.search(text, max(p.end, phrase_end))
    hi = stop.start() if stop else len(text)
    if k + 1 < len(rates):
        hi = min(hi, rates[k + 1][0].start)
    return _TRANSSHIPMENT.search(text, lo, hi) is not None


# the measure right before its rate: "from the additional ", "out of the ", "from paying the "
_MEASURE_LEAD = r"\s+(?:the|its|his|their|an?|that|this)\s+(?:[\w“”\"'’-]+\s+){0,3}$"
_EXEMPTED_BEFORE = re.compile(
    rf"(?:\b{EXEMPTING_VERB}\s+(?P<obj>[^;:%]{{2,80}}?)\s+from(?:\s+paying)?"
    rf"|\b{TAKING_OUT_VERB}\s+(?P<out>[^;:%]{{2,80}}?)\s+out\s+of"
    rf"|(?P<subj>[^;:%,]{{2,80}}?)\s+(?:were|was|have\s+been|has\s+been|had\s+been|are|is|got)\s+(?:now\s+|also\s+)?"
    rf"{EXEMPTED_PASSIVE}(?:\s+(?:from|of))?(?:\s+paying)?){_MEASURE_LEAD}", re.I)
_REMOVED_BEFORE = re.compile(rf"\b{REMOVING_VERB}{_MEASURE_LEAD}", re.I)
_OFF_GOODS_AFTER = re.compile(r"\s*(?:[\w“”\"'’-]+\s+){0,3}?(?:off|from)\s+(?!\d)(?P<np>[^;:,%]{2,80})", re.I)
_NOT_DONE_BEFORE = re.compile(rf"\b{EXEMPTION_NOT_DONE}\b[^,;]{{0,25}}$", re.I)
_SUBJECT_CLAUSE = re.compile(r"\b(?:that|which|who|said|says|while|but|after|because|as|when|if|than|and)\s+", re.I)


def _exempted_goods(text: str, p: Percent, limit: int) -> list[str]:
    """The goods an act of removal takes out of the rate (constants.EXEMPTING_VERB and the rest), [] when none:
    "exempted a list of Brazilian food products from the additional 40% tariff", "oranges were exempted from the 30%
    tariffs", "took the 10% reciprocal duty off Brazilian farm goods". Round 14."""
    lo = max(0, p.start - 160)
    m = _EXEMPTED_BEFORE.search(text, lo, p.start)
    if m:
        np, verb_at = m.group("obj") or m.group("out"), m.start()
        if np is None:          # the passive's subject, from its own clause on
            np, verb_at = _SUBJECT_CLAUSE.split(m.group("subj"))[-1], m.end("subj")
    else:
        spared = _spared_goods(text, p)
        if spared:
            return spared
        m = _REMOVED_BEFORE.search(text, lo, p.start)
        after = _OFF_GOODS_AFTER.match(text, p.end, limit) if m else None
        if after is None:
            return []
        np, verb_at = after.group("np"), m.start()
    if _NOT_DONE_BEFORE.search(text, max(0, verb_at - 40), verb_at):
        return []
    return _goods_phrase(np)


# an act of sparing goods from a measure told with no determiner or a possessive ("spares orange juice ... from new 40%
# duty", "remove smartphones, ... from Trump's 125% tariff ... and from his baseline 10%"), or a headline's reduced
# passive ("PH semiconductors, electronics spared from Trump's 20% tariff"); the object holds no rate and no measure
# noun (not "removes US tariffs on British steel ... down from 27.5 per cent"), a second measure joined by "and from"
# takes the same goods
# (behind the sparing verb every match holds: few windows have one, and the lazy object or subject is what costs)
_SPARED_FROM = behind_cue(re.compile(
    rf"(?:\b{SPARING_VERB}\s+(?P<obj>[^;:%]{{2,200}}?)|(?P<subj>[^;:%]{{2,120}}?)\s+(?:spared|exempted))"
    rf",?\s+from(?:\s+paying)?(?:\s+[^;:]{{1,120}}?\s+and\s+(?:also\s+)?from)?"
    rf"\s+(?:[\w“”\"'’-]+\s+){{0,3}}$", re.I), re.compile(rf"\b{SPARING_VERB}\b", re.I))
_MEASURE_WORD = re.compile(rf"\b{RATE_FREE_MEASURE_NOUN}\b", re.I)
_SOUGHT_BEFORE = re.compile(rf"\b(?:{EXEMPTION_NOT_DONE}|{EXEMPTION_SOUGHT})\b[^,;.]{{0,40}}$", re.I)
# the subject's own clause: _SUBJECT_CLAUSE but for "and", which joins the goods of a list ("Semiconductors and
# electronics ... spared from Trump's 20% tariff")
_REDUCED_SUBJECT_CLAUSE = re.compile(r"\b(?:that|which|who|said|says|while|but|after|because|as|when|if|than)\s+", re.I)
_CHANGE_AFTER = re.compile(r"\s*(?:[\w-]+\s+){0,3}?to\s+\d", re.I)


def _spared_goods(text: str, p: Percent) -> list[str]:
    """The goods an act of sparing takes out of the rate when the measure after "from" has no determiner or has a
    possessive (_SPARED_FROM), [] when none: the lexicon's goods of the object (or of the reduced passive's subject),
    at least one; not an exemption sought ("presses Washington to spare coffee from 50% tariff"), not an object that
    is a measure, not the old rate of a change ("from 25% to 18%")."""
    m = _SPARED_FROM.search(text, max(0, p.start - SPARED_GOODS_REACH), p.start)
    if m is None or _CHANGE_AFTER.match(text, p.end):
        return []
    if m.group("obj") is not None:
        np, verb_at = m.group("obj"), m.start()
    else:                       # the reduced passive's subject, from its own clause on
        np, verb_at = _REDUCED_SUBJECT_CLAUSE.split(m.group("subj"))[-1], m.end("subj")
    if _MEASURE_WORD.search(np) or _SOUGHT_BEFORE.search(text, max(0, verb_at - 60), verb_at):
        return []
    return _goods_phrase(np)


def _goods_phrase(np: str) -> list[str]:
    """The goods a noun phrase names, read up to where it stops (punctuation, "including", a clause or verb word)."""
    forms = _shared_head_forms(np)     # "copper ores, concentrates and mattes": each form with its good (round 51)
    if forms:
        return forms
    stop = _NP_STOP.search(np)
    return [g for g in _goods_of(np[:stop.start()] if stop else np) if g]


# the copula of a rate's own exemption: as it stands, or a decided measure's "will be" / "would be" (round 31)
_LEFT_OUT_VERB = rf"(?:{LEFT_OUT_COPULA}|(?P<modal>{LEFT_OUT_MODAL_COPULA}))"
_LEFT_OUT_BEFORE = re.compile(
    rf"(?P<subj>[^;:%,]{{2,80}}?)\s+{_LEFT_OUT_VERB}\s+(?:{LEFT_OUT_ADVERB}\s+){{0,2}}{LEFT_OUT_CUE}"
    rf"(?:\s+(?:from|of))?{_MEASURE_LEAD}", re.I)
_MODAL_HEDGE = re.compile(LEFT_OUT_MODAL_HEDGE, re.I)


def _hedged_modal(text: str, m: re.Match) -> bool:
    """The exemption cue m reads is told with a modal ("would be exempt") under a condition or a mere possibility
    before it in the sentence ("if talks succeed, steel would be exempt", "officials hope coffee will be spared"): no
    exemption decided, the goods stay as the base reads them (round 31)."""
    return m.group("modal") is not None and _MODAL_HEDGE.search(text, 0, m.start("modal")) is not None


def _left_out_goods(text: str, p: Percent) -> list[str]:
    """The goods the sentence says stand outside the rate from the start (constants.LEFT_OUT_*: "Medicines are also
    currently spared from the 39% reciprocal tariff", "chips are outside the 19% tariff"), [] when none: LABELING.md
    (round 15) labels them as goods exempted, the rate `lifted` with them.  Not a removal only planned.  A subject set
    off from its copula by an apposition or a relative clause is read before the interrupter (_interrupted_subject)."""
    lo = max(0, p.start - 160)
    m = _LEFT_OUT_BEFORE.search(text, lo, p.start)
    if m and (_NOT_DONE_BEFORE.search(text, max(0, m.end("subj") - 40), m.end("subj")) or _hedged_modal(text, m)):
        return []
    goods = _goods_phrase(_SUBJECT_CLAUSE.split(m.group("subj"))[-1]) if m else []
    if not goods and m:
        goods = _restricted_head_goods(m.group("subj"))
    if not goods:
        goods = _interrupted_subject(text, lo, p.start, _INTERRUPTED_BEFORE_RATE)
    if not goods:
        return []
    m_end = m.end("subj") if m else p.start
    if set(goods) & set(_products_in(text[m_end:p.end + LEFT_OUT_MEASURE_REACH])):
        return []       # "Refined copper cathodes have been left out of the 50% copper tariff": part of its own goods
    return goods


# (behind its verb: few sentences say so, and the lazy subject is what costs)
_NOT_PAYING_BEFORE = behind_cue(
    re.compile(rf"(?<![\w'’-])(?P<subj>[^;:%,]{{2,80}}?)\s+{LEFT_OUT_NOT_PAYING}{_MEASURE_LEAD}", re.I),
    re.compile(LEFT_OUT_NOT_PAYING, re.I))
_NOT_PAYING_HEDGE = re.compile(LEFT_OUT_NOT_PAYING_HEDGE, re.I)


def _not_paying_goods(text: str, p: Percent) -> list[str]:
    """The goods the rate's sentence says do not pay it, the rate right after the verb (constants.LEFT_OUT_NOT_PAYING:
    "Steel and aluminum articles ... are not subject to the 40%", "Australian beef will no longer pay a 10 per cent
    tariff", "passenger jets and orange juice have escaped the 50% rate"), [] when none: goods left out of the rate as
    _left_out_goods reads them (round 31).  Not told under a condition, a proposal or a modal of possibility, and not
    goods the measure itself names after the rate (its own goods)."""
    m = _NOT_PAYING_BEFORE.search(text, max(0, p.start - 160), p.start)
    if m is None or _NOT_PAYING_HEDGE.search(text, 0, m.end("subj")):
        return []
    subj = _SUBJECT_CLAUSE.split(m.group("subj"))[-1]
    goods = _goods_phrase(subj) if _products_in(subj) else []     # goods the lexicon knows: not "The industry"
    if not goods or set(goods) & set(_products_in(text[m.end("subj"):p.end + LEFT_OUT_MEASURE_REACH])):
        return []
    return goods


# round 51: a list of a good's forms as the subject of the rate's own exemption cue, commas and examples in it ("copper
# ores, concentrates, mattes and anodes are not covered by the 50% tariff", "Copper input materials, such as copper
# ores, ..., are not subject to the 50 percent tariff"): the cue right before the rate's measure, the subject before it
_FORMS_LEFT_OUT_CUE = re.compile(
    rf",?\s+(?:{_LEFT_OUT_VERB}\s+(?:{LEFT_OUT_ADVERB}\s+){{0,2}}{LEFT_OUT_CUE}(?:\s+(?:from|of))?|"
    rf"{LEFT_OUT_NOT_PAYING}){_MEASURE_LEAD}", re.I)


def _forms_left_out(text: str, p: Percent) -> list[str]:
    """The forms of a good the rate's sentence says stand outside it (_shared_head_forms of the subject before the cue
    _FORMS_LEFT_OUT_CUE), [] when none, or when the cue is hedged or only planned (as _not_paying_goods)."""
    lo = max(0, p.start - EXEMPT_FORM_SUBJECT_REACH)
    if not _FORM_NOUN_CUE.search(text, lo, p.start):
        return []
    m = _FORMS_LEFT_OUT_CUE.search(text, lo, p.start)
    if m is None or _NOT_PAYING_HEDGE.search(text, 0, m.start()) or _hedged_modal(text, m):
        return []
    return _forms_subject(text[lo:m.start()])


_FORMS_FREE_AFTER = re.compile(EXEMPT_FORM_FREE_CUE_AFTER, re.I)
_FORMS_FREE_BEFORE = re.compile(EXEMPT_FORM_FREE_CUE_BEFORE, re.I)
_FORMS_SAID_LEAD = re.compile(r"^.*\bthat\s+", re.I | re.S)      # "It states that ...": the clause after the speaker


def _rate_free_forms(text: str) -> list[str]:
    """The forms of a good a sentence with no rate says are left out (constants.EXEMPT_FORM_FREE_CUE_*), each with the
    good its list names (_shared_head_forms), [] when none or when the sentence hedges (constants.EXEMPT_SAID_HEDGE)
    after its last colon. Round 51: the copper order's "It states that copper inputs, namely ores, concentrates, ...,
    will be subject neither to the Section 232 tariff nor to the reciprocal tariffs"."""
    if not _FORM_NOUN_CUE.search(text) or _EXEMPT_SAID_HEDGED.search(text, text.rfind(":") + 1):
        return []
    before = _FORMS_FREE_BEFORE.search(text)
    forms = _shared_head_forms(text[before.end():]) if before else []
    for after in [] if forms else reversed(list(_FORMS_FREE_AFTER.finditer(text))):    # the last cue first
        stretch = text[text.rfind(":", 0, after.start()) + 1:after.start()]     # a colon's list: what follows it
        lead = _FORMS_SAID_LEAD.match(stretch)
        forms = _shared_head_forms(stretch[lead.end():] if lead else stretch)
        if forms:
            break
    return forms


def _forms_subject(stretch: str) -> list[str]:
    """_shared_head_forms of the subject that ends a stretch of text: after the last clause stop or verb in it."""
    last = None
    for last in _FORM_LIST_END.finditer(stretch):
        pass
    return _shared_head_forms(stretch[last.end():] if last else stretch)


# the goods subject of an exemption cue set off by an interrupter (constants.INTERRUPTER_*): "Pharmaceuticals, the
# country's largest export, were exempt from the 39% rate", "Pharmaceuticals, which remain exempt from the 39% tariff",
# "crude oil, which dominates shipments to America, is exempt"; the head holds no comma, the interrupter either opens
# with a relative pronoun whose own verb is the copula, or is a comma-closed apposition / relative clause
_INTERRUPTED = (rf"(?P<head>[^;:%,]{{2,120}}?),\s+(?:{INTERRUPTER_RELATIVE}\s+|(?P<inter>[^;:%,]{{2,{INTERRUPTER_MAX_CHARS}}}?),\s+)"
                rf"{LEFT_OUT_COPULA}\s+(?:{LEFT_OUT_ADVERB}\s+){{0,2}}{LEFT_OUT_CUE}")
# the copula and cue every _INTERRUPTED match ends with, found in one linear scan: where a window has none, the lazy
# head/interrupter pattern would only fail, slowly (speed, round 27)
_LEFT_OUT_TAIL = re.compile(rf"{LEFT_OUT_COPULA}\s+(?:{LEFT_OUT_ADVERB}\s+){{0,2}}{LEFT_OUT_CUE}", re.I)
_INTERRUPTED_BEFORE_RATE = behind_cue(re.compile(rf"{_INTERRUPTED}(?:\s+(?:from|of))?{_MEASURE_LEAD}", re.I),
                                      _LEFT_OUT_TAIL)
_INTERRUPTED_RATE_FREE = behind_cue(re.compile(
    rf"{_INTERRUPTED}(?:\s+(?:from|of)\s+(?:the|that|this|these|those|its|his|their)\s+(?:[\w-]+\s+){{0,3}}?"
    rf"{RATE_FREE_MEASURE_NOUN}\b|\s*[.,;]|\s*$)", re.I), _LEFT_OUT_TAIL)
# where the head's own noun phrase starts: after its last clause word, copula or preposition ("The big exception is
# pharmaceuticals", "the relief granted to smartphones and drugs")
_HEAD_NP_START = re.compile(r".*\b(?:that|which|who|said|says|while|but|after|because|when|if|than|is|are|was|were|"
                            r"to|for|on|of|as)\s+", re.I | re.S)
# an interrupter that adds goods or examples rather than describing the head ("like pharmaceuticals", "and steel")
_INTERRUPTER_ADDS = re.compile(rf"^\s*(?:and|or|as\s+well\s+as|plus|like|{EXEMPT_EXAMPLES_CUE})\b", re.I)


# an interrupter that describes the head even when it names goods: a relative clause, or an apposition opened by a
# determiner ("Refined copper, the form in which Chile sells most of its metal abroad, was exempted"); a list's item
# opens with its own noun or adjective
_INTERRUPTER_DESCRIBES = re.compile(rf"\s*(?:{INTERRUPTER_RELATIVE}|the|an?|its|their|his|her|one|by\s+far)\b", re.I)


# a restrictive relative clause closing the subject with no commas ("The electronics and semiconductors that make up
# the bulk of Philippine sales abroad are not covered by the 20% tariff"): its head's goods are the subject's
_RESTRICTIVE_RELATIVE = re.compile(rf"\s+{INTERRUPTER_RELATIVE}\s+(?!.*\s{INTERRUPTER_RELATIVE}\s)", re.I)


def _restricted_head_goods(subj: str) -> list[str]:
    """The goods of the head a restrictive relative clause closes the subject with ([] when none): the noun phrase
    before the last "that"/"which", read as _left_out_goods reads a subject; none when the clause names goods itself
    (then it is not the head that is described)."""
    rel = _RESTRICTIVE_RELATIVE.search(subj)
    if rel is None or _products_in(subj[rel.end():]):
        return []
    return _goods_phrase(_SUBJECT_CLAUSE.split(subj[:rel.start()])[-1])


def _interrupted_subject(text: str, lo: int, hi: int, pattern) -> list[str]:
    """The goods of an exemption cue's subject read before its interrupter (_INTERRUPTED), [] when none: the head's
    last noun phrase, goods the lexicon knows; not an interrupter that adds goods or examples of its own (a list, or
    an apposition naming goods: "copper, pharmaceuticals and energy products, are exempt" is _listed_exemption's)."""
    m = pattern.search(text, lo, hi)
    if m is None:
        return []
    inter = m.group("inter")
    if inter is not None and (_INTERRUPTER_ADDS.match(inter) or
                              (_products_in(inter) and not _INTERRUPTER_DESCRIBES.match(inter))):
        return []
    head = m.group("head")
    start = _HEAD_NP_START.match(head)
    return _products_in(head[start.end():] if start else head)


# a subject list standing outside the rate right after it: "Copper, pharmaceuticals and energy products are exempt from
# the 30% tariff", "some goods, among them copper, ... , are exempt from the 30% tariff", and a list said to be "among
# the goods" exempted (round 47: "Orange juice, iron ore, steel products, oil and aircraft are among the goods left out
# of the 50% rate", d1822; "Coffee, beef, ... are among the goods now exempted from the 40% tariff", d3224)
# (behind the cue every match holds: few sentences have one, and the lazy subject is what costs)
_AMONG_EXEMPTED_GOODS = rf"(?:among\s+the\s+(?:[\w-]+\s+){{0,2}}?{EXEMPTED_GOODS_NOUN}\s+(?:{LEFT_OUT_ADVERB}\s+)?)?"
_LISTED_BEFORE = behind_cue(re.compile(
    rf"(?P<subj>[^;:%]{{2,200}}?),?\s+{_LEFT_OUT_VERB}\s+(?:{LEFT_OUT_ADVERB}\s+){{0,2}}{_AMONG_EXEMPTED_GOODS}"
    rf"(?:{LEFT_OUT_CUE}|{EXEMPTED_PASSIVE})"
    rf"(?:\s+(?:from|of))?(?:\s+paying)?{_MEASURE_LEAD}", re.I), re.compile(rf"{LEFT_OUT_CUE}|{EXEMPTED_PASSIVE}", re.I))
_EXAMPLES_OPEN = re.compile(rf",?\s+{EXEMPT_EXAMPLES_CUE}\s+", re.I)
_LIST_PARTS = re.compile(r",\s*|\s+(?:and|or)\s+", re.I)
# the rate's own phrase exempts a list: "The 39% rate exempts pharmaceuticals, precious metals and electronics"
_RATE_EXEMPTS_AFTER = re.compile(rf"\s*(?:[\w-]+\s+){{0,4}}?{RATE_EXEMPTING_VERB}\s+(?P<np>[^;:.%]{{2,200}})", re.I)


def _goods_in_exempted_subject(text: str, p: Percent, products: list[str]) -> list[str]:
    """The rate's goods that stand in the subject of its exemption cue ("Steel, aluminium, drugs, aerospace products
    and lumber are exempt from the 15 per cent tariff", "Crude oil and other energy-related goods have been left out
    of the 14 per cent rate"): the subject readers stop at a list part the lexicon does not know or at "and", and the
    goods before it were left to the rate as its in-force goods.  Goods named in the subject are the ones left out
    (LABELING.md round 15), never the rate's own.  The subject runs from its last clause word (not "and": a list)."""
    if not products:
        return []
    lo = max(0, p.start - 200)
    m = _LISTED_BEFORE.search(text, lo, p.start)
    if m is not None and _hedged_modal(text, m):
        return []
    if m is None:       # goods said not to pay the rate (round 31): their subject as well
        m = _NOT_PAYING_BEFORE.search(text, lo, p.start)
    if m is None:
        return []
    subj = _REDUCED_SUBJECT_CLAUSE.split(m.group("subj"))[-1]
    return [g for g in products if g and re.search(rf"\b{re.escape(g)}", subj, re.I)]


def _listed_exemption(text: str, p: Percent) -> list[str]:
    """The goods of a list the rate's sentence says stand outside the rate (constants.EXEMPT_EXAMPLES_CUE and the
    rest), [] unless at least constants.EXEMPT_LIST_MIN goods are listed: a list before the cue (its items from
    the examples cue on, else the comma parts that name goods, read back from the cue), or a list the rate's own
    phrase exempts.  Not an exemption only planned."""
    lo = max(0, p.start - 200)
    m = _LISTED_BEFORE.search(text, lo, p.start)
    goods: list[str] = []
    if m and not _NOT_DONE_BEFORE.search(text, max(0, m.end("subj") - 40), m.end("subj")) and not _hedged_modal(text, m):
        goods = _subject_list(m.group("subj"))
    if not goods:
        after = _RATE_EXEMPTS_AFTER.match(text, p.end)
        goods = _goods_phrase(after.group("np")) if after else []
    return goods if len(goods) >= EXEMPT_LIST_MIN else []


def _subject_list(subj: str) -> list[str]:
    """The goods of a subject written as a list: those after an examples cue ("some goods, among them copper,
    pharmaceuticals and ..."), else the trailing comma parts that each name goods ("Copper, pharmaceuticals and
    energy products")."""
    opened = _EXAMPLES_OPEN.search(subj)
    if opened:
        return _goods_of(subj[opened.end():].rstrip(", "))
    parts = _LIST_PARTS.split(subj)
    items: list[str] = []
    for part in reversed(parts):
        found = _products_in(part) if len(part.split()) <= 4 else []
        if not found:
            break
        items = found + items
    return items


# the forms of an exemption whose goods stand after the rate (constants.EXEMPTION_AFTER_*), each read from the rate's end
# to the next rate: the exemption noun's "for" list, an absolute "with" whose participle exempts, "other than" / "except
# for" the rate's own phrase, and "among them" after an exemption word of the sentence
_AFTER_NP = r"(?P<np>[^;:%]{2,200})"
_EXEMPTION_FOR_AFTER = re.compile(
    rf"[^;:%]{{0,{EXEMPTION_AFTER_RATE_REACH}}}?\b(?P<noun>{EXEMPTION_AFTER_NOUN})\s+for\s+{_AFTER_NP}", re.I)
_EXEMPTION_FROM_BEFORE = re.compile(rf"\b{EXEMPTION_AFTER_NOUN}\s+from{_MEASURE_LEAD}", re.I)
_FOR_AFTER_MEASURE = re.compile(rf"[^;:%]{{0,60}}?\bfor\s+{_AFTER_NP}", re.I)
_WITH_EXEMPTED_AFTER = re.compile(
    rf"[^;:%]{{0,{EXEMPTION_AFTER_RATE_REACH}}}?,\s*with\s+(?P<np>[^;:%,]{{2,100}}?)\s+(?:now\s+|also\s+)?"
    rf"{EXEMPTION_AFTER_PARTICIPLE}\b", re.I)
_EXCEPT_AFTER = re.compile(rf"[^;:%]{{0,60}}?\b{EXEMPTION_AFTER_EXCEPT}\s+{_AFTER_NP}", re.I)
_AMONG_THEM_AFTER = re.compile(rf"[^;:%.]{{0,60}}?,\s+among\s+them\s+{_AFTER_NP}", re.I)
_EXEMPTION_WORD_CUE = re.compile(EXEMPTION_WORD, re.I)
_EXEMPTION_DENIED = re.compile(EXEMPTION_AFTER_DENIED, re.I)
_EXEMPTION_HEDGED = re.compile(EXEMPTION_AFTER_HEDGE, re.I)
_NEXT_PERCENT = re.compile(r"\d\s*(?:%|per\s*cent|percent)", re.I)


def _exempted_after_rate(text: str, p: Percent) -> list[str]:
    """The goods an exemption in the rate's own sentence names after the rate (constants.EXEMPTION_AFTER_*: "a 15%
    tariff, with exemptions for cork, aircraft and generic pharmaceuticals", "a 20% tariff on most goods from Taiwan,
    with semiconductors exempted", "a 25% tariff on all Canadian products other than energy products", "The 10%
    surcharge exempts several categories of goods, among them beef, ..."), [] when none: goods the lexicon knows (not
    countries or firms: "all countries except China"), read up to the next rate; "other than" only when no rate follows
    in the sentence (the goods' own rate: "other than energy, which has been charged at 10%", labelled both ways on dev,
    d044 and d2543, and the relative clause's rate takes the goods); not an exemption denied, failed or only sought
    ("no carve-out for", "failed to obtain an exemption for"), nor one a modal puts in doubt right after its goods
    ("the exemption for smartphones could be rethought").  LABELING.md rounds 15 and 30: each good is `lifted` under
    the rate it escapes."""
    nxt = _NEXT_PERCENT.search(text, p.end)
    hi = nxt.start() if nxt else len(text)
    m = _exemption_noun_list(text, p, hi) or _WITH_EXEMPTED_AFTER.match(text, p.end, hi)
    if m is None and nxt is None:   # "other than energy, which has been charged at 10%": goods with a rate of their own
        m = _EXCEPT_AFTER.match(text, p.end, hi)
    if m is None:
        among = _AMONG_THEM_AFTER.match(text, p.end, hi)
        cued = among is not None and _EXEMPTION_WORD_CUE.search(text, max(0, p.start - EXEMPTION_BEFORE_RATE_REACH),
                                                                    among.start("np"))
        m = among if cued else None
    if m is None or _EXEMPTION_HEDGED.search(text, m.start("np"), min(hi, m.start("np") + EXEMPTION_AFTER_HEDGE_REACH)):
        return []
    np = m.group("np")
    return list(dict.fromkeys(_goods_phrase(np))) if _products_in(np) else []


def _exemption_noun_list(text: str, p: Percent, hi: int) -> re.Match | None:
    """The "for" list of an exemption noun after the rate ("with exemptions for cork, ..."), or after the measure an
    exemption noun before the rate names ("grants exemptions from the 15% rate, starting September 1, for aircraft");
    None when there is none or the noun is denied or only sought ("no carve-out for", "failed to obtain an exemption
    for": constants.EXEMPTION_AFTER_DENIED in the constants.EXEMPTION_DENIED_REACH characters before the noun)."""
    m = _EXEMPTION_FOR_AFTER.match(text, p.end, hi)
    if m is not None:
        noun_at = m.start("noun")
    else:
        before = _EXEMPTION_FROM_BEFORE.search(text, max(0, p.start - EXEMPTION_BEFORE_RATE_REACH), p.start)
        m = _FOR_AFTER_MEASURE.match(text, p.end, hi) if before else None
        noun_at = before.start() if before else 0
    if m is None or _EXEMPTION_DENIED.search(text, max(0, noun_at - EXEMPTION_DENIED_REACH), noun_at):
        return None
    return m


# a whole sentence, no rate in it: its subject, a cue, then the measure ("from the duty", "out of the tariff") or its end
_RATE_FREE_EXEMPTION = re.compile(
    rf"(?:(?:but|however|meanwhile|for\s+now|so\s+far),?\s+)?(?P<subj>[^;:%]{{2,120}}?)\s+{LEFT_OUT_COPULA}\s+"
    rf"(?:{LEFT_OUT_ADVERB}\s+){{0,2}}(?:exempt(?:ed)?|spared|excluded|left\s+out|carved\s+out|kept\s+out)"
    rf"(?:\s+(?:from|of)\s+(?:the|that|this|these|those|its|his|their)\s+(?:[\w-]+\s+){{0,3}}?"
    rf"{RATE_FREE_MEASURE_NOUN}\b|\s*[.,;]|\s*$)", re.I)


# a subject that is more than goods: a clause of its own ("Coffee and beef are among the goods that now pay the full
# rate, while aircraft ... were exempted"), a relative clause, goods only described or given as examples ("Goods
# subject to the Section 232 ... tariffs", "Some specialty products, including enamelled ... steel")
_CLAUSE_IN_SUBJECT = re.compile(r"\b(?:that|which|who|while|whereas|but|because|when|if|than|is|are|was|were|has|have|"
                                r"had|such\s+as|including|among|subject\s+to|from)\b", re.I)


def _rate_free_exemption(text: str) -> list[str]:
    """The goods a sentence with no rate says stand outside a measure ("Pharmaceutical products and gold were exempt
    from the duty", "Energy is exempted."), [] when none: the first comma part of the subject that names goods
    ("Its main export, oil and gas, is left out": the apposition), goods the lexicon knows; no subject with a clause
    or examples in it (_CLAUSE_IN_SUBJECT). Not an exemption only planned ("could be exempted": no copula matches)."""
    forms = _rate_free_forms(text)
    if forms:       # a good's forms ("Copper inputs, among them ores, ...", round 51)
        return forms
    m = _RATE_FREE_EXEMPTION.match(text.strip())
    if not m or _CLAUSE_IN_SUBJECT.search(m.group("subj")):
        return _interrupted_subject(text, 0, len(text), _INTERRUPTED_RATE_FREE) or _exempt_subject_goods(text) \
            or _active_exemption_goods(text) or _said_clause_goods(text)
    for part in m.group("subj").split(","):
        goods = _products_in(part)      # the lexicon's goods only: "Up to now, buyers have been largely spared"
        if goods:
            return _exempted_forms(part, goods)
    return []


# round 49: the rate-free exemption sentences the round-20 form leaves (constants.EXEMPT_SUBJECT_*): the subject, its
# copula, adverbs, the cue, and what follows the cue -- the sentence's end or a clause of its own after a comma, or the
# measure the goods escape ("from the hike", "by the new tariffs", "outside the duties", "from it")
_EXEMPT_SUBJECT_CUE = re.compile(EXEMPT_SUBJECT_CUE, re.I)
_EXEMPT_SUBJECT = re.compile(
    rf"(?P<subj>[^;:%]{{2,240}}?)\s+{LEFT_OUT_COPULA}(?:,?\s+{EXEMPT_SUBJECT_ADVERB},?){{0,2}}\s+{EXEMPT_SUBJECT_CUE}"
    rf"(?:,?\s+{EXEMPT_SUBJECT_ADVERB}\b)*(?P<tail>.*)$", re.I | re.S)
_EXEMPT_SUBJECT_TAIL = re.compile(
    rf"\s*(?:[.,;!]|$)|\s+(?:(?:from|of|by|under|outside)\s+)?{EXEMPT_SUBJECT_MEASURE}", re.I)
# a subject part that is a relative clause or a lead phrase, read as no part of the goods ("..., which account for most
# of what we sell, ...", "Under it, ...", "On the other hand, ...")
_SUBJECT_ASIDE = re.compile(r"^\s*(?:which|who|whose|that|under|for|on|in|at|after|as|with|but|however|meanwhile)\b",
                            re.I)
# a comma part that describes the goods rather than naming more ("Switzerland's largest export to the US", "the
# country's main exports") when the lexicon knows no goods in it
_SUBJECT_APPOSITION = re.compile(r"^\s*(?:the|a|an|its|their|one|two|some|several|many|most|[\w.-]+['’]s)\b", re.I)
# a clause in what stays of the subject: a speaker's verb or a verb of its own ("The White House said pharmaceuticals
# ... remain exempt", "the fact that semiconductors have been exempted"), a relative clause with no comma ("Vehicles
# and auto parts that comply with the USMCA"), goods only described by a rule or the measure itself ("Goods subject
# to the Section 232 tariffs", "Duties on semiconductors ... are not covered by the rate", "with the exception of
# unmanned aircraft"); "such as" / "including" examples are the goods
_EXEMPT_SUBJECT_CLAUSE = re.compile(
    r"\b(?:said|says|say|told|reported|that|which|who|while|whereas|because|when|if|than|is|are|was|were|has|have|"
    r"had|will|would|could|may|might|should|not|no|unless|whether|" + EXEMPT_SUBJECT_DESCRIBED + r")\b", re.I)
# the measure's time after the cue: an exemption while a review runs is `paused`, one with an end no lasting one
_EXEMPT_SUBJECT_UNTIL = re.compile(r"\b(?:until|till|pending|while)\b", re.I)


def _exempt_subject_goods(text: str) -> list[str]:
    """The goods a rate-free sentence's subject names when its predicate leaves them out of the measure -- "Basic copper
    inputs, including ores, concentrates, cathodes, anodes and scrap, are left out of the tariffs", "Generic drugs and
    biosimilars are excluded for now", "Ores, concentrates and mattes are not covered", "Orange juice, fuels and
    fertilizers are on the list of exclusions" -- [] when none: every good the lexicon knows in the subject's parts
    that are no aside (_SUBJECT_ASIDE), when no part holds a clause of its own; not an object after the cue that is
    no measure ("exempt from VAT", "not covered by the deal"). Round 49; LABELING.md rounds 15, 16 and 30."""
    if not _EXEMPT_SUBJECT_CUE.search(text):
        return []
    m = _EXEMPT_SUBJECT.match(text.strip())
    if m is None or not _EXEMPT_SUBJECT_TAIL.match(m.group("tail")) or _EXEMPT_SUBJECT_UNTIL.search(m.group("tail")):
        return []
    parts = [part for part in m.group("subj").split(",") if part.strip() and not _SUBJECT_ASIDE.match(part)
             and (_products_in(part) or not _SUBJECT_APPOSITION.match(part))]
    if not parts or any(_EXEMPT_SUBJECT_CLAUSE.search(part) for part in parts):
        return []
    return _exempted_list_goods(",".join(parts))


# round 49: the active form -- the verb, its object up to "from", and the measure (constants.EXEMPTING_ACTIVE_*)
_EXEMPTING_ACTIVE = re.compile(
    rf"\b{EXEMPTING_ACTIVE_VERB}\s+(?P<np>[^;:%]{{2,200}}?)\s+from\s+{EXEMPT_SUBJECT_MEASURE}", re.I)
_EXEMPTING_UNDONE = re.compile(EXEMPTING_ACTIVE_UNDONE, re.I)


def _active_exemption_goods(text: str) -> list[str]:
    """The goods a rate-free sentence's actor exempts from the measure ("The White House has also exempted passenger
    vehicles, certain electronics, pharmaceuticals and critical minerals from the surcharge"), [] when none: the
    object's list, its examples when a class word opens it ("exempts goods such as coffee, beef ..."); goods the lexicon
    knows; not an exemption denied, wished or to come before the verb ("has not exempted", "could spare").  Round 49;
    LABELING.md rounds 15, 16 and 30."""
    m = _EXEMPTING_ACTIVE.search(text) if _EXEMPT_SUBJECT_CUE.search(text) else None
    if m is None or _EXEMPTING_UNDONE.search(text, 0, m.start()):
        return []
    return _exempted_list_goods(m.group("np"))


# round 50: the speaker's clause (constants.EXEMPT_SAID_*) -- the speaker and the verb, or "the fact that", then the
# complement clause, read with its future as the copula; and the measure's own "will not apply to" a list
_EXEMPT_SAID_CUE = re.compile(EXEMPT_SAID_CUE, re.I)
_EXEMPT_SAID_OPEN = re.compile(
    rf"(?P<head>[^;:%\"“”]{{2,{EXEMPT_SAID_HEAD_CHARS}}}?)\b(?:{EXEMPT_SAID_VERB}(?:\s+on\s+\w+)?(?:,?\s+that)?|"
    rf"the\s+fact\s+that)\s+(?P<clause>[^;%\"“”]{{4,}})$", re.I | re.S)
# (speed, round 51) the same pattern without its head: where the verb and the clause to the sentence's end stand.
# Every match of _EXEMPT_SAID_OPEN holds one, and its head is at most EXEMPT_SAID_HEAD_CHARS long, so no match starts
# before the first of these less that many characters: the lazy head is not tried at every earlier character.
_EXEMPT_SAID_TAIL = re.compile(
    rf"\b(?:{EXEMPT_SAID_VERB}(?:\s+on\s+\w+)?(?:,?\s+that)?|the\s+fact\s+that)\s+[^;%\"“”]{{4,}}$", re.I | re.S)
_EXEMPT_SAID_HEDGED = re.compile(EXEMPT_SAID_HEDGE, re.I)
_EXEMPT_SAID_FUTURE_NOT = re.compile(EXEMPT_SAID_FUTURE_NOT, re.I)
_EXEMPT_SAID_FUTURE = re.compile(EXEMPT_SAID_FUTURE, re.I)
_EXEMPT_SAID_PERIOD = re.compile(EXEMPT_SAID_PERIOD, re.I)
_EXEMPT_SAID_OTHER_MEASURE = re.compile(
    rf"\b(?:the|its|their|his)\s+(?!(?:{EXEMPT_SAID_SAME_MEASURE})\b)(?:[\w-]+\s+){{1,3}}?{RATE_FREE_MEASURE_NOUN}\b", re.I)
_NOT_APPLY = re.compile(rf"\b{EXEMPT_SUBJECT_MEASURE}\s+(?:{EXEMPT_NOT_APPLY})\s+to\s+(?P<np>[^;:%]{{2,200}})", re.I)


def _said_clause_goods(text: str) -> list[str]:
    """The goods a speaker's clause in a rate-free sentence says stand outside the measure ("The fact sheet said copper
    scrap would not be covered", "Carney said auto parts would be left out of the Canadian measure", "the fact that
    semiconductors have been exempted from the tariffs"), [] when none: the complement clause read by the rate-free
    forms once its future is read as the copula (round 31: "will / would be" exempt from a decided measure is the
    exemption); not a speaker who argues, asks or hopes, nor a clause in doubt before its cue (EXEMPT_SAID_HEDGE).
    Round 50; LABELING.md rounds 15 and 30."""
    m = _said_open(text) if _EXEMPT_SAID_CUE.search(text) else None
    if m is None:
        return []
    clause = m.group("clause")
    cue = _EXEMPT_SAID_CUE.search(clause)
    if cue is None or _EXEMPT_SAID_HEDGED.search(m.group("head")) or _EXEMPT_SAID_HEDGED.search(clause, 0, cue.start()):
        return []
    if _EXEMPT_SAID_PERIOD.search(clause, cue.end()) or _EXEMPT_SAID_OTHER_MEASURE.search(clause, cue.end()):
        return []
    clause = _EXEMPT_SAID_FUTURE.sub("are", _EXEMPT_SAID_FUTURE_NOT.sub("are not covered", clause))
    return _not_apply_goods(clause) or _rate_free_exemption(clause)


def _said_open(text: str) -> re.Match | None:
    """_EXEMPT_SAID_OPEN.search(text), searched from where its first match can start (_EXEMPT_SAID_TAIL)."""
    tail = _EXEMPT_SAID_TAIL.search(text)
    if tail is None:
        return None
    return _EXEMPT_SAID_OPEN.search(text, max(0, tail.start() - EXEMPT_SAID_HEAD_CHARS))


def _not_apply_goods(text: str) -> list[str]:
    """The goods a speaker's clause says the measure does not apply to ("the levy will not apply to copper scrap,
    copper ores, copper concentrates or copper cathodes"), [] when none: the list up to a clause of its own, goods the
    lexicon knows (not partners: "will not apply to the EU"); not one in doubt before it (EXEMPT_SAID_HEDGE).  Read in
    a speaker's clause only: alone, the form tells end uses and goods in transit as often ("does not apply to chips
    imported for use in US data centers", "will not apply to Russian farm goods ... moving through the EU").  Round 50."""
    m = _NOT_APPLY.search(text) if "apply" in text else None
    if m is None or _EXEMPT_SAID_HEDGED.search(text, 0, m.start("np")):
        return []
    np = m.group("np")
    stop = _LIST_END.search(np)
    return _exempted_list_goods(np[:stop.start()] if stop else np)


def _exempted_list_goods(np: str) -> list[str]:
    """The goods of an exempted noun phrase, each once: its examples where a class word opens them ("inputs, including
    ores, concentrates": the ores and concentrates), else the whole list; [] when the lexicon knows no goods in it.
    An item naming a form of a good ("copper scrap", "refined copper") stays that form (_exempted_forms)."""
    forms = _shared_head_forms(np)
    if forms:
        return forms
    examples = _EXAMPLES_OPEN.split(np, maxsplit=1)
    np = examples[-1] if len(examples) > 1 else np
    return list(dict.fromkeys(g for g in _exempted_forms(np, _goods_of(np)) if g)) if _products_in(np) else []


_EXEMPT_FORM = re.compile(rf"(?:{EXEMPT_FORM_LEAD}\s+(?P<good>[a-z]+)"
                          rf"|(?P<head>[a-z]+)\s+(?!(?:{EXEMPT_FORM_GENERIC}|{EXEMPT_FORM_NOT_NOUN})\b)[a-z]+)", re.I)
_FORM_DETERMINER = re.compile(r"^\s*(?:the|some|certain|most|all|its|their)\s+", re.I)


def _exempted_forms(np: str, goods: list[str]) -> list[str]:
    """goods, the lexicon's reading of an exempted list, with each good a list item names in a form of its own put back
    as written, in order ("copper scrap, copper ores or copper cathodes": the lexicon's copper, copper, copper ->
    copper scrap, copper ores, copper cathodes; constants.EXEMPT_FORM_*)."""
    out = list(goods)
    for item in _LIST_PARTS.split(np):
        item = _FORM_DETERMINER.sub("", item.strip().rstrip(".;"))
        m = _EXEMPT_FORM.fullmatch(item)
        if m is None:
            continue
        good = _products_in(m.group("good") or m.group("head"))
        if len(good) != 1 or _products_in(item) != good or (m.group("head") and _products_in(item.split()[1])):
            continue
        at = next((i for i, g in enumerate(out) if g == good[0]), None)
        if at is not None:
            out[at] = item.lower()
    return out


# round 51: a list of a good's raw forms (constants.EXEMPT_FORM_NOUN) and the good they share: the good right before a
# form or before its class word ("copper ores", "copper inputs"); an item that is a form, alone or after that good
_FORM_NOUN_CUE = re.compile(rf"\b{EXEMPT_FORM_NOUN}\b", re.I)
_FORM_SHARED_GOOD = re.compile(rf"\b(?P<good>[a-z]+)\s+(?:{EXEMPT_FORM_NOUN}|{EXEMPT_FORM_CLASS})\b", re.I)
_FORM_ITEM = re.compile(rf"(?:(?P<good>[a-z]+)\s+)?(?P<form>{EXEMPT_FORM_NOUN})", re.I)
_LIST_JOINER = re.compile(r"^(?:and|or)\s+", re.I)     # ", and copper scrap": the item after the serial comma
_FORM_EXAMPLES = re.compile(rf",?\s+{EXEMPT_FORM_EXAMPLES}\s+", re.I)
# where the forms' list ends: a clause stop or a verb ("..., are not covered", "... will not pay")
_FORM_LIST_END = re.compile(r"[;:?!()]|\.(?!\w)|\s(?:which|that|while|who|are|is|was|were|will|would|"
                            r"have|has|had|be|been|not|to|by|from|under|but|because|fall|falls|stay|stays|remain|"
                            r"remains|escape|escapes|all|both|together\s+with|as\s+well\s+as)\b", re.I)


def _shared_head_forms(np: str) -> list[str]:
    """The goods of an exempted list that names a good's raw forms, each form with the good the list names ("copper
    ores, concentrates, mattes and anodes" -> copper ores, copper concentrates, copper mattes, copper anodes; "copper
    inputs, such as ores and cathodes" -> copper ores, copper cathodes), the other items read as before; [] when np
    names fewer than constants.EXEMPT_FORM_LIST_MIN forms or no good the lexicon knows before them (LABELING.md round
    39's shared head noun, round 50's form words kept).  Only where a form word occurs (a cheap search first)."""
    if not _FORM_NOUN_CUE.search(np):
        return []
    parts = _FORM_EXAMPLES.split(np, maxsplit=1)
    stop = _FORM_LIST_END.search(parts[-1])
    listed = parts[-1][:stop.start()] if stop else parts[-1]
    shared = next((m.group("good").lower() for m in _FORM_SHARED_GOOD.finditer(" ".join(parts[:-1] + [listed]))
                   if _products_in(m.group("good"))), None)     # the good before the list's end, not after it
    if shared is None:
        return []
    items = [_FORM_DETERMINER.sub("", _LIST_JOINER.sub("", i.strip())) for i in _LIST_PARTS.split(listed)]
    forms = [m if m and (m.group("good") or shared).lower() == shared else None
             for m in map(_FORM_ITEM.fullmatch, items)]
    if sum(1 for m in forms if m) < EXEMPT_FORM_LIST_MIN:
        return []
    out = []
    for item, m in zip(items, forms):
        if m:
            out.append(f"{shared} {m.group('form').lower()}")
        elif item and _products_in(item):
            out += _exempted_forms(item, _products_in(item))
    return list(dict.fromkeys(out))


# the head naming the exemptions, the word that opens their list, and the list (constants.EXEMPTION_LIST_*); no comma
# between the exemption word and the list's opener ("were spared the top rate, but key exports such as coffee ..."); not
# "including" / "such as": goods given as examples of exempted sectors stay unlabelled on dev (d016, d209, d300)
# (both behind the exemption word every match of either holds, _EXEMPTION_HEAD_CUE: few sentences name an
# exemption, and the lazy head is what costs)
_EXEMPTION_HEAD_CUE = re.compile(EXEMPTION_LIST_HEAD, re.I)
_EXEMPTION_LIST = behind_cue(re.compile(
    rf"(?P<head>[^;%]{{0,120}}?{EXEMPTION_LIST_HEAD}(?:[^;:%,]|,\s*however\b){{0,80}}?)"
    rf"(?:\s+{EXEMPTION_LIST_VERB}\s+|,?\s+among\s+them\s+|\s*:\s*)(?P<np>[^;%]{{2,300}})$", re.I), _EXEMPTION_HEAD_CUE)
# the goods named as exempted, then a copula and their list (constants.EXEMPTED_GOODS_*): "The exempted products are
# semiconductors, ...", "Among the products now exempted are coffee and tea, ..."
_EXEMPTED_GOODS_LIST = behind_cue(re.compile(
    rf"(?P<head>(?:[^;:%]{{0,80}}?\b)?(?:{EXEMPTED_GOODS_PARTICIPLE}\s+{EXEMPTED_GOODS_NOUN}|"
    rf"{EXEMPTED_GOODS_NOUN}\s+(?:{LEFT_OUT_ADVERB}\s+)?{EXEMPTED_GOODS_PARTICIPLE}))\s+(?:are|were)\s+(?P<np>[^;%]{{2,300}})$",
    re.I), _EXEMPTION_HEAD_CUE)
_HEAD_DENIED = re.compile(rf"{EXEMPTION_LIST_DENIED}|\b{EXEMPTION_NOT_DONE}\b", re.I)


def _exemption_list_goods(text: str) -> list[str]:
    """The goods a sentence with no rate lists as the exemptions of a measure after naming them ("The exclusions cover
    orange juice, certain aircraft parts, wood pulp and energy products", "Some 700 items were spared from the start,
    among them orange juice, fuels, ..."), [] when none: the items of the list when the lexicon knows some of them, at
    least constants.EXEMPT_LIST_MIN; not an exemption denied or only sought ("no exemptions", "could be spared")."""
    text = text.strip()
    m = _EXEMPTION_LIST.match(text) or _EXEMPTED_GOODS_LIST.match(text)
    if not m or _HEAD_DENIED.search(m.group("head")):
        return []
    if ":" in text[m.end("head"):m.start("np")] and len(m.group("head").split()) < 3:
        return []       # a run-in label is no head: "Left out: coffee and beef face an uncertain few months"
    np = m.group("np")
    forms = _shared_head_forms(np)
    if forms:
        return forms
    stop = _LIST_END.search(np)
    np = np[:stop.start()] if stop else np
    # every item of a plain list when the lexicon knows some of them ("orange juice, fuels, ores, fertilisers"), none
    # when it knows none (an exemption by end use: "data centres and repairs", LABELING.md round 19)
    goods = list(dict.fromkeys(_goods_of(np))) if _products_in(np) else []
    return goods if len(goods) >= EXEMPT_LIST_MIN else []


# where a list of goods ends: a clause of its own after it ("..., which account for most of what we sell")
_LIST_END = re.compile(r"[;:()]|(?<![A-Z])\.(?!\w)|,?\s+(?:which|that|while|but|because|so|as\s+well\s+as\s+the)\b", re.I)


def _rate_free_exempted(ctx: Context, si: int, sent, facts: list, seen: set) -> list[dict]:
    """Goods a rate-free sentence leaves out of the measure whose rate the nearest earlier sentence with a rate (at
    most constants.RATE_FREE_EXEMPTION_REACH sentences back) states: each fact of that rate not lifted (read from
    any sentence: a restated rate adds no fact of its own), `lifted` with each good (LABELING.md round 15, as
    _left_out_goods), unless the good is the measure's own (round 14).  The copies keep the rate's own sentence and
    position, which the learned decisions read; their span is the exemption's sentence.  A list that names the
    exemptions (_exemption_list_goods, round 23) goes with the facts of that earlier sentence when it gave any: the
    measure it states, not the same rate told of another partner elsewhere."""
    goods = _rate_free_exemption(sent.text) if facts else []
    listed = [] if goods or not facts else _exemption_list_goods(sent.text)
    item, intro = ([], None) if goods or listed or not facts else _exemption_item_goods(ctx, si)
    if item:        # an item line: the rates of its intro's paragraph, else of the sentences before it
        stated, measure = _items_measure(ctx, intro, facts)
        goods = item
    else:
        earlier = [ctx.sentences[i] for i in range(si - 1, max(-1, si - 1 - RATE_FREE_EXEMPTION_REACH), -1)]
        source = next((s for s in earlier if find_percents(s.text)), None)
        stated = {float(p.value) for p in find_percents(source.text)} if source else set()
        measure = [f for f in facts if f["span"][0] == source.start] if listed and source else []
        goods = goods or listed
        headline = _headline_measure(ctx, si, facts)
        if headline and headline[0]["rate_pct"] not in stated:     # the story's measure, not the rate told nearest
            stated, measure = {headline[0]["rate_pct"]}, headline
    out = []
    for f in _forms_measure(goods, measure or facts) if goods else []:
        if f["rate_pct"] not in stated or f["status"] == "lifted" or f["product"] in goods or _benchmark_fact(f):
            continue
        for product in goods:
            key = (f["imposer"], f["target"], product, f["rate_pct"], "lifted")
            if key not in seen:
                seen.add(key)
                out.append({**f, "product": product, "status": "lifted", "span": [sent.start, sent.end],
                            "_left_out_copy": True})
    return out


def _forms_measure(goods: list[str], facts: list) -> list:
    """The facts whose goods a good's forms are left out of: where every good is a form of one good ("copper ores",
    "copper cathodes", round 51), the facts whose goods name that good when any does (the copper measure, not the
    partner's rate the same story tells at the same percent), else facts."""
    shared = {g.split()[0] for g in goods}
    if len(shared) != 1 or not all(_FORM_NOUN_CUE.search(g) for g in goods):
        return facts
    own = [f for f in facts if f["product"] and next(iter(shared)) in f["product"].lower()]
    return own or facts


def _headline_measure(ctx: Context, si: int, facts: list) -> list[dict]:
    """The facts of the one rate the story's headline states as a tariff, when sentence si (a later one, with no rate)
    tells goods left out of a measure: an exemption sentence names the story's measure ("Beef, tomatoes and oranges
    are exempt from the new duty" under "What escapes Trump's new 10% global tariff?"), which the rate told nearest
    before it need not be -- another measure's or the total's ("Added to the 10% Brazilian goods already pay, the new
    charge takes the total to 50%" under "US spares orange juice ... from new 40% duty").  [] when there is no
    headline, it states no rate or more than one, or its percent gave no tariff fact ("exports slump 79%").  Round 46;
    LABELING.md round 15 (goods left out of a rate: the rate `lifted` with each) and round 41 (goods exempted from one
    named part of a stated total are `lifted` under that part only)."""
    if si == 0 or timeline.headline_start(ctx) is None:
        return []
    head = ctx.sentences[0]
    rates = {float(p.value) for p in find_percents(head.text)}
    return [f for f in facts if f["span"][0] == head.start and f["rate_pct"] in rates and f["status"] != "lifted"] \
        if len(rates) == 1 else []


# the rate's clause closed by a colon and the list it opens: "A list of sectors is exempted from the 15% rate from
# September 1: aircraft and aircraft parts, ...", "removes the additional 40% duty from a range of Brazilian
# agricultural imports: coffee, tea, ..." (no other rate, clause stop or sentence end before the colon)
_COLON_LIST_AFTER = re.compile(r"[^:;%.!?()]{0,120}?:\s+(?P<np>[^;%]{2,300})")


def _colon_list_goods(text: str, p: Percent) -> list[str]:
    """The goods of the list a colon opens right after the clause of an exempted rate, read up to a clause of their
    own (_LIST_END); [] unless at least constants.EXEMPT_LIST_MIN goods: the list spells out the goods the clause
    named as a group ("a list of sectors", "a range of agricultural imports"), so they replace the group's words."""
    m = _COLON_LIST_AFTER.match(text, p.end)
    if not m:
        return []
    np = m.group("np")
    stop = _LIST_END.search(np)
    goods = list(dict.fromkeys(g for g in _goods_of(np[:stop.start()] if stop else np) if g))
    return goods if len(goods) >= EXEMPT_LIST_MIN else []


_ITEMS_CUE = re.compile(EXEMPTION_ITEMS_CUE, re.I)
_ITEM_CLAUSE_END = re.compile(EXEMPTION_ITEM_CLAUSE_END)
_ITEM_ENUMERATOR = re.compile(EXEMPTION_ITEM_ENUMERATOR)
_ITEMS_NOT_DONE = re.compile(rf"\b{EXEMPTION_NOT_DONE}\b", re.I)
_ITEMS_HIT = re.compile(EXEMPTION_ITEMS_HIT, re.I)
# a line that is a labelled heading, not an item ("Automobiles and Parts: Rate Reduced")
_LABELLED_LINE = re.compile(r"^[^:]{2,80}:\s+\S")


def _item_line(ctx: Context, i: int) -> bool:
    """Sentence i is a line of a list: alone in its paragraph (the reader drops the bullet, "- Crude oil;"), short, and
    no intro of its own (no closing colon)."""
    s = ctx.sentences[i]
    text = s.text.rstrip()
    most = EXEMPTION_ITEM_CLAUSE_WORDS if _ITEM_CLAUSE_END.search(text) else EXEMPTION_ITEM_MAX_WORDS
    return ctx.alone_in_paragraph(i) and len(text.split()) <= most and not text.endswith(":")


def _items_intro(ctx: Context, si: int) -> tuple[int, int] | None:
    """(first, last) sentence index of the paragraph that introduces the list line si belongs to: back over the list's
    lines to a sentence ending with a colon whose paragraph names an exemption (constants.EXEMPTION_ITEMS_CUE), not one
    only planned ("could exempt"); None when the lines follow no such intro."""
    j = si - 1
    while j >= 0 and si - j <= EXEMPTION_ITEMS_MAX and _item_line(ctx, j):
        j -= 1
    if j < 0 or si - j > EXEMPTION_ITEMS_MAX or not ctx.sentences[j].text.rstrip().endswith(":"):
        return None
    k = ctx.paragraph_first(j)
    cued = [s for s in ctx.sentences[k:j + 1] if _ITEMS_CUE.search(s.text)]
    if not cued or _ITEMS_NOT_DONE.search(cued[-1].text):
        return None
    if cued[-1] is not ctx.sentences[j] and _ITEMS_HIT.search(ctx.sentences[j].text):
        return None         # "Canada is exempt from the 10% tariff. The goods hit include:": the rate's own goods
    return k, j


def _exemption_item_goods(ctx: Context, si: int) -> tuple[list[str], tuple[int, int] | None]:
    """The goods of a list line under an exemption intro ("The products exempted from the 40% tariff include the
    following:" / "Orange juice, frozen or not, and orange pulp"), read up to a clause of their own ("Natural resources
    and fertilisers that the US cannot produce"), with the intro's span; ([], None) when the sentence is no such line.
    Not a category heading in capitals ("FARM AND FOOD PRODUCTS"), nor the next section's heading after the list: a
    last line with no closing stop is an item only when it names goods the lexicon knows, and no labelled line."""
    text = ctx.sentences[si].text.strip()
    if not _item_line(ctx, si) or text.isupper() or _LABELLED_LINE.match(text):
        return [], None
    last = si + 1 == len(ctx.sentences) or not _item_line(ctx, si + 1)
    if last and not re.search(r"[.;,]$", text) and not _products_in(text):
        return [], None
    intro = _items_intro(ctx, si)
    if intro is None:
        return [], None
    text = _ITEM_ENUMERATOR.sub("", text, count=1)     # "(i) critical minerals;": the enumerator is no goods word
    stop = _LIST_END.search(text)
    goods = [g for g in _goods_of(text[:stop.start()] if stop else text) if g]
    return list(dict.fromkeys(goods)), intro


def _items_measure(ctx: Context, intro: tuple[int, int], facts: list) -> tuple[set, list]:
    """The rates an item list's goods escape, and the facts of the measure: those the intro's paragraph states ("...
    are exempt from the 15% reciprocal tariff. They include:"), every rate it names; else the rates of the nearest
    sentence with a rate before it (at most constants.RATE_FREE_EXEMPTION_REACH back), any fact of those rates."""
    lo, hi = intro
    own = [s for s in ctx.sentences[lo:hi + 1] if find_percents(s.text)]
    if own:
        starts = {s.start for s in own}
        stated = {float(p.value) for s in own for p in find_percents(s.text)}
        measure = [f for f in facts if f["span"][0] in starts]
        told = {f["rate_pct"] for f in measure}     # a rate the intro restates gave no fact of its own there: any fact
        return stated, measure + [f for f in facts if f["rate_pct"] in stated - told]
    earlier = [ctx.sentences[i] for i in range(lo - 1, max(-1, lo - 1 - RATE_FREE_EXEMPTION_REACH), -1)]
    source = next((s for s in earlier if find_percents(s.text)), None)
    return ({float(p.value) for p in find_percents(source.text)} if source else set()), []


def _exemption_split(products: list | None, status: str, exempted: list[str] | None) -> list[tuple[list, str]]:
    """(products, status) groups of a rate: with goods exempted from it, those goods `lifted` and the measure's
    remaining scope (its other goods, or all goods) as the measure stands (LABELING.md, round 13)."""
    if not exempted:
        return [(products or [], status)]
    rest = [g for g in products or [] if g not in exempted]
    groups = [(list(exempted), "lifted")]
    if rest or not products:
        groups.insert(0, (rest, "in_force" if status == "lifted" else status))
    return groups


_MEASURE_GOODS_ON = re.compile(MEASURE_GOODS_ON, re.I)        # "tariffs on steel", "a duty on imports of flat steel"
_GOODS_MEASURE = re.compile(GOODS_BEFORE_MEASURE, re.I)     # "Trump imposed steel tariffs"
# the same pattern where a word starts (speed, round 50: see _goods_measure_matches)
_GOODS_MEASURE_AT_WORD = re.compile(r"(?<![\w-])" + GOODS_BEFORE_MEASURE, re.I)


def _goods_measure_matches(text: str):
    """What _GOODS_MEASURE.finditer(text) yields, tried only where a match can be leftmost: where the search resumes
    and where a word starts. A try inside a word (after a letter, digit, underscore or hyphen) reads the rest of that
    word as its first word and then what the try one character before read, so it fails where that one failed;
    finditer tried every character, each reading its word to the end (1.3% of the extractor)."""
    pos = 0
    while m := _GOODS_MEASURE.match(text, pos) or _GOODS_MEASURE_AT_WORD.search(text, pos + 1):
        yield m
        pos = m.end()           # (never empty: a word and the measure noun)


def rate_free_measure_goods(text: str) -> list[str]:
    """The goods of the one goods measure a tariff sentence with no rate names: "Washington's tariffs on steel and
    aluminum", "a final safeguard duty on imports of certain flat steel products", "Trump imposed steel tariffs".  []
    when it names none, or goods of two measures (then "those levies" after it is no one measure's)."""
    found = []
    for m in _MEASURE_GOODS_ON.finditer(text):
        stop = _NP_STOP.search(text, m.end())
        goods = _products_in(text[m.end():stop.start() if stop else len(text)])
        if goods:
            found.append((m.start(), goods))          # where the measure's noun starts
    for m in _goods_measure_matches(text):
        goods = _products_in(m.group(1))
        if goods and not any(abs(start - m.end(1)) < 40 for start, _ in found):
            found.append((m.end(1), goods))
    nouns = [m.start() for m in _TARIFF_NOUN.finditer(text)]
    if len(found) != 1 or not nouns or nouns[-1] > found[0][0]:
        return []        # (not "Ottawa answered Washington's metals duties with a fresh slate of counter-tariffs")
    return found[0][1]


def _back_referring_rate(text: str, rate_start: int, row: _Row, k: int, carry: _Carry) -> bool:
    """A rate with no goods of its own whose subject or noun phrase refers back to a measure ("Those US levies remain
    in force at 50%", "The proposed duty would be 12 per cent", "The duties began at 25 per cent") right after the
    sentence that named that one measure with its goods -- a rate-free sentence's last measure, else the rate sentence
    whose facts all named goods: the rate is that measure's (LABELING.md: one measure restated keeps its goods).  A
    rate-free tariff sentence naming no one goods measure leaves no antecedent for it."""
    goods = carry.measure_goods or ([] if carry.measure_unclear else carry.products)
    return bool(goods and k not in row.own_np and not row.label
                and (_BACKREF_SUBJECT.match(text) or _back_referring_np(text, rate_start, carry.goods_countries))
                and not _EXISTING_OTHER.search(text, max(0, rate_start - 30), rate_start)
                and not _list_of_another_measure(text, rate_start, goods))


_BACKREF_NP = re.compile(BACKREF_MEASURE_NP)
_ALL_GOODS_MEASURE = re.compile(ALL_GOODS_MEASURE_WORDS, re.I)


def _back_referring_np(text: str, rate_start: int, countries: frozenset) -> bool:
    """The rate stands in (or right after) a definite or demonstrative measure noun phrase that names no goods, payer
    or kind of its own: "The 25 per cent duties take effect", "the applicable duty stays at 25%" -- not "the 10%
    baseline tariff", "the reciprocal tariff of 20%" (all-goods rates, LABELING.md product null)."""
    if _country_codes(text) - countries:
        return False        # a sentence naming a country the antecedent did not, whose own rate that may be: "Most
        #                     other New Zealand exports still pay the 15% US rate", "failing to head off the 39% rate"
    for m in _BACKREF_NP.finditer(text, max(0, rate_start - 60), min(len(text), rate_start + 60)):
        if m.start() <= rate_start <= m.end() + 25 and not _ALL_GOODS_MEASURE.search(m.group(0)) \
                and not _BENCHMARK_BEFORE.search(text, max(0, m.start() - 25), m.start()):
            return True     # (not "lower than the 32 percent tariff the US announced for Taiwan": another measure)
    return False


_BENCHMARK_BEFORE = re.compile(BENCHMARK_BEFORE_MEASURE, re.I)   # "lower than the 32 percent tariff ..."


def _country_codes(text: str) -> frozenset:
    return frozenset(m.iso3 for m in find_countries(text))


def _list_of_another_measure(text: str, rate_start: int, handed: list[str]) -> bool:
    """A list of goods the sentence before gave its own rates is not handed to a rate this sentence calls another
    measure ("It will suspend the additional 24% levy" after "15% on chicken, wheat ... and 10% on soybeans, ...";
    "A second group of products will carry 10%"); one good still is, and so is a list the sentence restates ("It
    doubled both rates to 50%", "The higher rate applies to all countries except the UK, which will remain at 25%").
    Round 12."""
    return len(handed) >= CARRIED_LIST_MIN and _ANOTHER_MEASURE.search(text, 0, rate_start) is not None


def _uncued_status(ctx: Context, si: int, row: _Row, k: int, own_status, carry: _Carry, continuing: bool) -> str:
    """The k-th rate's status when its own clause has no cue: the sentence's, the carried one, a list's or column's,
    the story's dated measure, an allocation told ahead, else the default."""
    text, rates = row.text, row.rates
    p, cl = rates[k]
    # no cue in the clause: a sentence continuing the previous one shares its status
    # round 27b: a prose rundown's item takes the start its measure's sentences tell before what the sentence
    # right before says of its own rates ("Singapore, which faces a 10% tariff" / "Vietnam and Taiwan, both at 20%")
    status = own_status or (row.measure_status if p in row.listed else None) \
        or (carry.status if continuing else None) or \
        (_company_intro_status(ctx, si) if row.company else _list_intro_status(ctx, si) if row.label else None) \
        or row.col_status.get(p)
    if status is None and ctx.story_frame and _bare_item(ctx, si, row):
        status = ctx.story_frame[0]     # an uncued list item or table row of the story's dated measure
        row.framed.add(k)
    if status is None and _allocated_rate(text, row, k, cl) and _allocation_announced(ctx) \
            and not (si == 0 and timeline.headline_start(ctx) is not None):
        # "China was handed a 34% tariff" in a story that tells the list ahead of its start (a headline's rate takes
        # its body mention's status: timeline.headline_status)
        status = "announced"
        row.allocated.add(k)
    return status or DEFAULT_STATUS


def _rate_status(ctx: Context, si: int, row: _Row, k: int, nxt: int, has_noun: bool, own_status, carry: _Carry,
                 continuing: bool) -> str:
    """The status of the k-th rate from its own clause, else what the sentence, list or column around it says."""
    text, rates, changes = row.text, row.rates, row.changes
    p, cl = rates[k]
    # "a 15% tariff ..., down from the 25% rate Trump had threatened": the old rate's own clause is not the new rate's
    st_cl = (cl[0], rates[k + 1][0].start) if changes.get(k) == ("new", k + 1) else cl
    status = _status_at(text, p.start, st_cl, p.end, default=None)
    if status is None and (k in row.paired or p in row.list_followers) and k > 0 and row.resolved.get(k - 1):
        status = row.resolved[k - 1][1]     # "Syrian goods will pay 41 percent, ..., and Swiss products 39 percent"
    if status is None:
        status = _uncued_status(ctx, si, row, k, own_status, carry, continuing)
    if status == "in_force" and "announced" in (carry.status, row.measure_status if p in row.listed else None) \
            and _WEAK_PRESENT.search(text, cl[0], cl[1]) \
            and not _STRONG_IN_FORCE.search(text, cl[0], cl[1]):
        status = "announced"        # "Syria faces 41%" right after "..., effective Aug. 7"
    status = _but_status(text, row.phrase_end[k], rates[k + 1][0].start if k + 1 < len(rates) else len(text), status) or status
    if status == "in_force" and carry.future and not has_noun and own_status is None \
            and not _EFFECT_CUE.search(text, cl[0], cl[1]):
        status = "announced"        # "The new rates ... take effect on Aug. 7. Switzerland was hit with a 39% rate"
    if status == "announced" and not has_noun and carry.status == "in_force" and own_status is None \
            and (carry.stated_in_force or ctx.country_remedy) and _MODAL_WEAK_VERB.search(text, cl[0], cl[1]):
        # round 23b: only after a sentence that stated the measure as taken, or in a trade-remedy story ("European
        # suppliers will pay 34.5%" lists the rates of a duty imposed); "South Africa ... will face 30 per cent" after
        # "The letters also set out a 40 per cent tariff" (in force only by default) tells the rate ahead
        status = "in_force"         # "Imports from Britain will be charged 10%" after "... took effect"
    last_in_clause = max(r[0].end for r in rates if r[1] == cl)
    status = _future_adjust(text, (row.window[k], nxt), last_in_clause, status, ctx.published, _told_existing(text, p, cl))
    if status == "in_force" and _aimed_change(text, cl[0], p.start):
        status = "announced"    # round 23c: "committed to lower its tariffs to 2 percent"
    if status == "announced" and _will_pay_begun(ctx, si, text, p, cl):
        status = "in_force"     # round 26: "... above the quota will be charged 50%" after "The quotas came into force"
    if status == "announced" and (_already_own(text, p.end, cl) or _still_applies(text, cl[0], p.start)):
        status = "in_force"     # "will be added, from August 6, to the 10% tariff that Brazilian goods already pay"
    if status in ("announced", "paused") and _marked_current(text, p, cl):
        # round 25: "will fall from the present 39% to 15%"; "The top rates are on hold and a blanket 10% tariff now
        # applies" (the pause is the other rates')
        status = "in_force"
    if status == "announced" and _conditional_threat(text, p):
        status = "threatened"   # "Trump said Denmark ... would face a 10% tariff from Feb. 1, ..., unless a deal ..."
    if status == "in_force" and ctx.review_preliminary and not _REVIEW_PAID_NOW.search(text, cl[0], cl[1]):
        status = "announced"    # round 35: a rate of a review's preliminary results (LABELING.md round 23c)
    if status in ("announced", "in_force") and _recommended(text, p.start):
        status = "threatened"   # "DGTR recommends 12 pc provisional safeguard duty": awaits the government's decision
    if status in ("announced", "in_force") and warned_future(text, p.start):
        status = "threatened"   # "Trump has warned that he will slap 30% tariffs on imports from Mexico"
    if _threatened_own(text, p):
        status = "threatened"   # round 25b: "well below the 46 percent that had been threatened at first"
    return status


_RECOMMENDATION = re.compile(rf"\b(?:{RECOMMENDATION_VERB})", re.I)
_REVIEW_PRELIMINARY = re.compile(REVIEW_PRELIMINARY, re.I)
_REVIEW_NOUN = re.compile(REVIEW_NOUN, re.I)
_REVIEW_FINAL = re.compile(REVIEW_FINAL, re.I)
_REVIEW_PAID_NOW = re.compile(REVIEW_RATE_PAID_NOW, re.I)
_RECOMMENDATION_DECIDED = re.compile(rf"\b(?:{RECOMMENDATION_DECIDED})\b", re.I)


def _review_preliminary(ctx: Context) -> bool:
    """Round 35: the headline or lede reports the preliminary results of a trade-remedy review ("Commerce has issued
    preliminary results in its second administrative review of the anti-dumping duty order on raw honey"), and none of
    it tells final results: the story's rates are deposits to come (LABELING.md round 23c: `announced`)."""
    lede = _lede(ctx)
    return any(_REVIEW_PRELIMINARY.search(t) and _REVIEW_NOUN.search(t) for t in lede) \
        and not any(_REVIEW_FINAL.search(t) for t in lede)


def _recommended(text: str, rate_start: int) -> bool:
    """The rate is what an investigating authority recommends to its government (LABELING.md rounds 8 and 16:
    `threatened` until the government decides): a recommendation verb before the rate in its sentence ("the KTC agreed
    to recommend that the finance ministry levy duties of 21.62 percent"), with no decision word between them."""
    cues = list(_RECOMMENDATION.finditer(text, max(0, rate_start - RECOMMENDATION_REACH), rate_start))
    return bool(cues) and _RECOMMENDATION_DECIDED.search(text, cues[-1].end(), rate_start) is None


# the warning verb, then its complement's subject (no "to", no clause break) and a future modal; the rate follows
_WARNED_MODAL = re.compile(
    rf"(?<!\bthe\s)(?<!\ba\s)(?<!\bhis\s)(?<!\bits\s)\b(?:{WARNING_VERB})\s+(?:that\s+)?"
    r"(?:(?!to\b|will\b|would\b)[\w'’.-]+\s+){0,8}?(?:will|would)\b", re.I)
# between the modal and the rate: a clause break, another rate, or a definite article -- "the letters warn that any
# increase would be added on top of the 25% charged": a definite rate is an existing measure, not the warning's
_WARNED_GAP_STOP = re.compile(r"[,;%]|\b(?:the|its|their|this|that|those|these)\b", re.I)


def warned_future(text: str, rate_start: int) -> bool:
    """The rate is what a warning says someone will or would impose (LABELING.md `status`: "warned it would" is
    `threatened`): a warning verb ("warned that he will slap 30% tariffs", "warning that the United States would put a
    200% tariff") whose future modal stands close before the rate, with no comma, semicolon or other rate between."""
    warnings = list(_WARNED_MODAL.finditer(text, max(0, rate_start - WARNING_REACH), rate_start))
    if not warnings or rate_start - warnings[-1].end() > WARNED_MODAL_REACH:
        return False
    return _WARNED_GAP_STOP.search(text, warnings[-1].end(), rate_start) is None


# a conditional: "would" before the rate, "unless" after it (LABELING.md: "warned it would" is threatened); "will ...
# unless" -- a measure set to start unless averted -- stays announced
_WOULD = re.compile(r"\bwould\b", re.I)
# (not an exemption for firms: "would face a 100% tariff ... unless a Company IS BUILDING their Plant in America")
_UNLESS = re.compile(r"\bunless\b(?!\W+(?:\w+\W+){0,2}?(?:compan|manufactur|firm|producer|importer|maker)\w*)", re.I)


def _conditional_threat(text: str, p: Percent) -> bool:
    would = [m.start() for m in _WOULD.finditer(text, 0, p.start)]
    return bool(would) and not re.search(r"\bwill\b", text[would[-1]:p.start], re.I) and \
        _UNLESS.search(text, p.end) is not None


def _write_rate(ctx: Context, si: int, sent, row: _Row, k: int, carry: _Carry, facts: list, seen: set) -> None:
    """The facts of the sentence's k-th rate: its status after the sentence's changes, its parties, one fact per
    target and product not seen before."""
    text, rates, changes = row.text, row.rates, row.changes
    p, cl = rates[k]
    products, status = row.resolved[k]
    if k in changes:
        status, shared = _change_status(text, k, p, cl, status, changes, row.resolved)
        products = products or shared
        new_k = k if changes[k][0] == "new" else changes[k][1]
        if _scheduled_year(text, rates[new_k][0].end, ctx.published):
            # "25%, rising to 50% by 2025" / "from 7.5% to 25% in 2026": a scheduled step up; the
            # current rate stays in force until then
            status = "announced" if k == new_k else "in_force"
        else:
            status = _change_ahead_status(text, row, k, status, ctx.published)
    if _CONSEQUENCE.match(text) and facts and sent.start - 2 <= facts[-1]["span"][1] <= sent.start:
        status = facts[-1]["status"]
    if k not in changes:
        status = _unchanged_rate_status(text, row, k, status)
    # the parties are told by the goods the rate read, those moved out of it by round 28's subject reading too: a
    # rate whose sector goods are all exempted keeps the parties it had ("Steel, aluminium, ... are exempt from the
    # 15 per cent tariff" after "... the UK and Australia": the global rate, not Australia's)
    # a back-referring rate's parties are read as its own clause gives them: the goods it took from the measure named
    # before do not make it a global sector rate ("Those US levies remain in force at 50%" stays the EU's)
    told = [] if k in row.back_referred else (products or [])
    parties = _rate_parties(ctx, si, sent, row, k, told + row.subject_goods.get(k, []), facts)
    if parties is None:
        return
    imposer, targets = parties
    benchmark = None
    if p in row.listed and (named := _at_item_countries(ctx, sent, p)):
        targets, products = named, []   # round 27b: "... has a clear edge over Vietnam and Taiwan, both at 20%"
    elif benchmark := _benchmark_reading(ctx, sent, p, imposer, products, status):
        targets, products, status = benchmark   # round 28: "above the 15% charged on Turkey and the 19% set for ..."
    if row.company and not any(targets):
        targets = _company_list_targets(ctx, si, imposer) or targets    # "- BYD: 17.4%" under "... Chinese exporters ...:"
    if any(g and g.startswith("transshipped ") for g in products or ()):
        targets = _routed_through(ctx, sent, imposer, targets)
    if k in row.framed and _frame_imposer(ctx, facts) not in (None, imposer):
        status = DEFAULT_STATUS     # "US 'reciprocal' tariff on Chinese goods: 125%" under China's dated measure
    if not (k in changes and changes[k][0] == "old") and not (status == "lifted" and _past_rate(text, p)):
        carry.main_status = status      # what the sentence hands on: not the old rate of a change
    if status in ("announced", "paused") and _compared_earlier_rate(text, p, targets, facts[row.sentence_first:]):
        status = "lifted"
    exempted = None if benchmark else row.exempted.get(k)
    if exempted:
        targets = _left_out_of_targets(ctx, sent, p, imposer, targets, facts[:row.sentence_first]) or targets
    # a benchmark figure is no rate of the sentence's exempted goods ("Added to the 10% Brazilian goods already pay")
    _append_rate_facts(sent, row, k, imposer, targets, _exemption_split(products, status, exempted), facts, seen)


def _append_rate_facts(sent, row: _Row, k: int, imposer, targets, split, facts: list, seen: set) -> None:
    """One fact per (goods and their status, target, product) of the k-th rate not seen before."""
    p, changes = row.rates[k][0], row.changes
    for goods, goods_status in split:
        for target in (targets or [None]):
            for product in dict.fromkeys(goods or [None]):
                key = (imposer, target, product, p.value, goods_status)
                if key in seen:
                    continue
                seen.add(key)
                facts.append({
                    "imposer": imposer, "target": target, "product": product, "rate_pct": float(p.value),
                    "status": goods_status, "sentence": row.text, "span": [sent.start, sent.end],
                    "_rate": (p.start, p.end, changes[k][0] if k in changes else None),
                    "_allocated": k in row.allocated and goods_status == "announced",
                })


_RESTATED_RATE_LEAD = re.compile(RESTATED_RATE_LEAD, re.I)


def _left_out_of_targets(ctx: Context, sent, p: Percent, imposer, targets: list, earlier: list) -> list:
    """Round 31 (xexempttarget31): the targets of the rate a sentence's goods are left out of, when the sentence
    restates a rate told before ("Pharmaceuticals and petroleum products are exempt from the 50% duty" after "India
    alone faces the 50% tariff"; "... are likewise outside the 40%" in a story on the 40% tariff on Brazil): every
    target of the earlier all-goods facts of that rate and imposer (LABELING.md: goods left out of a country's rate are
    `lifted` for each country the rate covers).  [] -- the roles' targets stay -- when the rate is no restatement ("a
    25% tariff"), when the sentence names a country of its own (the exemption's own "from Mexico"), or when no earlier
    all-goods fact of that rate names a country."""
    lead = sent.text[max(0, p.start - RESTATED_RATE_LEAD_REACH):p.start]
    if not _RESTATED_RATE_LEAD.search(lead):
        return []
    if any(c.iso3 != imposer for c in ctx.country_mentions(sent.start, sent.end, with_people=False)):
        return []
    told = [f["target"] for f in earlier if f["rate_pct"] == float(p.value) and f["imposer"] == imposer
            and f["product"] is None and f["status"] != "lifted" and f["target"] is not None]
    told = list(dict.fromkeys(told))
    return told if told and told != list(targets or []) else []


# the rate's own noun phrase is the subject of a suspension: "The 25% US tariff on single malt Scotch, imposed during the
# Boeing-Airbus dispute, has been suspended for five years", "... will remain suspended", "a 25% reciprocal tariff, but
# the rate was suspended for 90 days", "the 46% tariff ... in April, which was then paused" (LABELING.md: suspended is
# paused; round 12)
_SUSPENDED_AFTER = re.compile(
    r"(?:(?!\b(?:while|whereas|although|though)\b)[^;%]){0,100}?\b(?:is|are|was|were|has been|have been|had been|will remain|would remain|remains?|remained|"
    r"will be|would be)\s+(?:then\s+|initially\s+|also\s+|now\s+|temporarily\s+|since\s+)?"
    r"(?:suspended|paused|put on hold|on hold|frozen)\b", re.I)
# a rate that applies while another is paused: "with a 10% rate applied in the meantime", "during which a 10% rate
# has applied instead", "During that pause, imports ... have paid a blanket 10% rate" (round 12)
_INTERIM_AFTER = re.compile(r"[^.;%]{0,40}?\b(?:in the meantime|meanwhile|in the interim|instead)\b", re.I)
_INTERIM_BEFORE = re.compile(r"\bduring\s+(?:which|that pause|the pause|that period|the suspension|that suspension)\b"
                             r"[^.;%]{0,80}$", re.I)


_PARTIAL_GOODS_AFTER = re.compile(PARTIAL_GOODS_AFTER, re.I)


_STILL_APPLIES_AFTER = re.compile(STILL_APPLIES_AFTER, re.I)
_LEFT_IN_PLACE_BEFORE = re.compile(LEFT_IN_PLACE_BEFORE, re.I)
_LEFT_IN_PLACE_AFTER = re.compile(LEFT_IN_PLACE_AFTER, re.I)


def _applies_beside_pause(text: str, p: Percent, limit: int) -> bool:
    """Round 26b: the rate's own verb says it goes on applying beside the pause its sentence tells ("Even with the delay,
    a 10 percent baseline tariff ... remains in force", "..., leaving a 10% baseline duty in place"): the pause is
    the other rates'."""
    if _STILL_APPLIES_AFTER.match(text, p.end, limit):
        return True
    return _LEFT_IN_PLACE_BEFORE.search(text, max(0, p.start - 50), p.start) is not None \
        and _LEFT_IN_PLACE_AFTER.match(text, p.end, limit) is not None


def _partial_pause(text: str, p: Percent, limit: int) -> bool:
    """Round 26b: the paused rate is told on a quantified, unnamed part of its goods ("put off for a month the 25% tariffs
    on many Canadian imports"): the pause is those goods', the rate keeps its own status (LABELING.md round 25b)."""
    return _PARTIAL_GOODS_AFTER.match(text, p.end, limit) is not None


def _suspension_status(text: str, p: Percent, status: str, limit: int) -> str:
    """Paused when the rate itself is what was suspended (before the next rate, `limit`); in force when it is the
    rate that applies meanwhile, or when the pause is of a part of its goods only (round 26b)."""
    if status == "paused" and _partial_pause(text, p, limit):
        return "in_force"
    if status != "paused" and _SUSPENDED_AFTER.match(text, p.end, limit):
        return status if _partial_pause(text, p, limit) else "paused"
    if status == "paused" and (_INTERIM_AFTER.match(text, p.end)
                               or _INTERIM_BEFORE.search(text, max(0, p.start - 120), p.start)
                               or _applies_beside_pause(text, p, limit)):
        return "in_force"
    return status


# "Thai goods have been charged a 19% US tariff since August 7, well below the 36% rate Washington had announced for
# Thailand in April", "The new levy is also higher than the 31 per cent rate Trump announced for Switzerland in April and
# then suspended": the same country's earlier announced rate, measured against the rate that replaced it (round 12)
_COMPARED_BEFORE = re.compile(r"\b(?:(?:higher|lower|above|below|under|less|worse|better)(?:\s+than)?\s+(?:half\s+)?"
                              r"|takes?\s+the\s+place\s+of\s+)(?:the|its)\s+$", re.I)
_NEW_SUBJECT = re.compile(r"\bnew\b", re.I)
# the compared rate's own words say it was announced before ("Washington announced for the island in April", "it set
# out in a letter"), not a rate set for another country ("the 20 per cent set for the neighbouring EU")
_ANNOUNCED_BEFORE_AFTER = re.compile(r"[^;%]{0,60}?\b(?:announc\w*|unveil\w*|set out|had set|assigned|initially|"
                                     r"originally|in a letter|on April 2)\b", re.I)


def _compared_earlier_rate(text: str, p: Percent, targets, sentence_facts: list) -> bool:
    """LABELING.md: a rate replaced before it took effect is lifted if it had been announced.  The rate is the
    object of a comparison with the sentence's rate for the same country (or with "the new" rate)."""
    m = _COMPARED_BEFORE.search(text, max(0, p.start - 40), p.start)
    if m is None or not _ANNOUNCED_BEFORE_AFTER.match(text, p.end):
        return False
    others = [f for f in sentence_facts if f["rate_pct"] != float(p.value) and f["_rate"][0] < p.start]
    if not others:
        return _NEW_SUBJECT.search(text, 0, m.start()) is not None
    return any(f["target"] in (targets or [None]) for f in others)


# Round 15: the old side of a change told by the rate's own verb, its new side elsewhere: the payer "had paid / had been
# paying / had faced" the rate, or the rate "applied / was paid until <time>" or "before <event>" -- "Until now,
# European vehicles had paid 27.5 per cent", "twice the 25% that applied until Tuesday", "the 2.5% duty that Japanese
# automakers paid before April".  LABELING.md: the old rate of a change in force is lifted.  Not "reverts to the 1%
# tariff it paid before" (the rate applies again) nor a bare "before" ending the clause.
_HAD_PAID_BEFORE = re.compile(r"\bhad\s+(?:also\s+|previously\s+|long\s+)?(?:been\s+)?(?:paid|paying|faced|facing|charged|"
                              r"subject(?:ed)?\s+to|lodg\w+|hit\s+with|taxed\s+at)\b[^%.;]{0,50}$", re.I)
_PAID_UNTIL_AFTER = re.compile(r"[^.;%]{0,50}?\b(?:applied|paid|charged|levied|in\s+place)\s+(?:to\s+\w+\s+|on\s+\w+\s+)?"
                               r"(?:until|before|prior\s+to)\s+(?=[\w\d])", re.I)
_APPLIES_AGAIN_BEFORE = re.compile(r"\b(?:revert\w*|return\w*|back)\s+to\s+[^%.;]{0,30}$", re.I)


def _past_rate(text: str, p: Percent) -> bool:
    if _APPLIES_AGAIN_BEFORE.search(text, max(0, p.start - 40), p.start):
        return False
    return bool(_HAD_PAID_BEFORE.search(text, max(0, p.start - 80), p.start) or _PAID_UNTIL_AFTER.match(text, p.end))


# a change whose old rate is the change verb's object, its new rate after "to": "cut the 25 percent tariff it had
# originally proposed for Korean goods to 15 percent", "lowered its 34% tariff to 10%"
_OBJECT_CHANGE_TO = re.compile(rf"[^.;%]{{0,{OBJECT_CHANGE_REACH}}}\bto\s+(?:an?\s+)?$", re.I)


def _object_change_status(text: str, row: _Row, k: int, status: str) -> str:
    """Round 15: the old rate of "<change verb> the X% tariff <its own clause> to Y%" -- LABELING.md's two sides of a
    change: `lifted` when the change (the new rate) is in force, else `in_force`; by its own clause, an old rate
    announced before is `lifted` once the change is decided, one threatened stays threatened."""
    rates, p, cl = row.rates, row.rates[k][0], row.rates[k][1]
    if k + 1 >= len(rates) or not row.resolved.get(k + 1) \
            or not _OBJECT_CHANGE_TO.fullmatch(text, p.end, rates[k + 1][0].start):
        return status
    own, new_status = _own_status(text, p.end, cl), row.resolved[k + 1][1]
    if own:
        return _replaced_announced(own, new_status,
                                   _OLD_RATE_STILL.search(text, p.end, rates[k + 1][0].start) is not None)
    return "lifted" if new_status == "in_force" else "in_force"


def _unchanged_rate_status(text: str, row: _Row, k: int, status: str) -> str:
    """A rate that is no side of a "from X to Y" change: the words before and after it may still say it changed."""
    rates = row.rates
    p, cl = rates[k]
    status = _suspension_status(text, p, status, rates[k + 1][0].start if k + 1 < len(rates) else len(text))
    obj = _CHANGE_OBJECT.search(text, max(cl[0], p.start - 60), p.start)
    if obj and (obj.group("old") or not re.match(rf"[^.;%]{{0,{OBJECT_CHANGE_REACH}}}\bto\s+\d", text[p.end:cl[1]])) \
            and _own_status(text, p.end, cl) is None:
        # "would raise the 25% tariff on Indian goods", "doubling the existing 25 percent duty", "raising a
        # previously imposed 10 per cent tariff on China to 20 per cent": the rate is the measure being changed
        status = "lifted" if status == "in_force" else "in_force"
    elif obj:
        status = _object_change_status(text, row, k, status)
    if status == "in_force" and _DANGLING_FROM.search(text[cl[0]:p.start]) \
            and not re.match(r"\s+to\s+\d", text[p.end:p.end + 8]):
        status = "lifted"       # "increased the tariff from 25% ...": the old rate is gone
    if status == "in_force" and _past_rate(text, p):
        status = "lifted"       # "European vehicles had paid 27.5 per cent", "the 25% that applied until Tuesday"
    if _superseded_later(text, p, rates, k, row.resolved, status) \
            or _changed_later(text, p, rates, k, row.resolved, status, cl):
        status = "lifted"       # "imposed 25% duties ..., a rate that was later doubled to 50%"
    if _replaced(text, p, status):
        status = "lifted"       # "The deal replaces the 30% tariff the White House had planned"
    return status


def _rate_parties(ctx: Context, si: int, sent, row: _Row, k: int, products, facts: list) -> tuple | None:
    """(imposer, targets) of the sentence's k-th rate; None when the measure has no ISO3 party to report."""
    text, rates, changes = row.text, row.rates, row.changes
    p, cl = rates[k]
    seg_end = rates[k + 1][0].start if k + 1 < len(rates) and rates[k + 1][1] == cl and \
        (k + 1) not in changes else cl[1]
    if k + 1 in row.paired and row.paired[k + 1][1] > p.end:
        seg_end = min(seg_end, row.paired[k + 1][1])    # the next rate's own countries are not this rate's
    imposer, targets, is_global = roles.resolve_all(ctx, sent.start, text, cl, si, anchor=p.start,
                                                    window_start=row.window[k], window_end=seg_end,
                                                    sector=any(x in roles.SECTOR_PRODUCTS for x in products or ()))
    if (row.first_m or _PARTNER_COLUMN.match(row.first_col)) and not is_global:
        # "15%: Nigeria, Ghana and Zambia, among others": one fact per listed partner; a table row's partner cell
        lo, hi = (row.first_m.end(), len(text)) if row.first_m else _cells(text)[0]
        listed = [m.iso3 for m in ctx.country_mentions(sent.start + lo, sent.start + hi, with_people=False)
                  if m.iso3 != imposer]
        targets = list(dict.fromkeys(listed)) or targets
    elif row.label_countries and not is_global:
        # round 53: "Iraq, Libya, Algeria and Sri Lanka: 30%": one fact per partner the label lists
        targets = [iso for iso in row.label_countries if iso != imposer] or targets
    if not targets and not is_global and _NON_ISO_MENTION.search(text):
        return None     # the measure is about the EU (or another bloc): no ISO3 target to report
    same_sentence = [f for f in facts[row.sentence_first:] if f["_rate"][0] < cl[0]]
    listed_prev = _listed_previous(ctx, sent, row, k, seg_end, facts)
    if listed_prev:
        # "chemicals at up to 22 per cent and pharmaceuticals at 11 per cent": an item of a rate list naming no
        # party of its own is the list's measure, even for sector goods that alone would read as a global measure
        imposer, targets = listed_prev[-1]["imposer"], list(dict.fromkeys(f["target"] for f in listed_prev))
    elif same_sentence and not ctx.country_mentions(sent.start + cl[0], sent.start + cl[1]) \
            and not ctx.region_mentions(sent.start + cl[0], sent.start + cl[1]) and not is_global:
        # "a 15% surcharge will apply to U.S. chicken ..., while a 10% levy will be charged on
        # soybeans": a clause naming no party continues the measure of the clause before it
        imposer, targets = same_sentence[-1]["imposer"], [same_sentence[-1]["target"]]
    elif k > 0 and rates[k - 1][1] == cl and not is_global and not _own_party(ctx, sent.start, row.window[k], seg_end) \
            and not _TARIFF_NOUN.search(text, rates[k - 1][0].end, row.window[k]):
        # "the duty on US passenger cars rises to 120 percent, the duty on alcoholic drinks to 140 percent":
        # a rate whose own segment of the clause names no party continues the previous rate's measure
        # (unless a new measure is named after the previous rate: "..., and Chinese levies on U.S. imports
        # dropping to 10%")
        prev = [f for f in facts[row.sentence_first:] if f["_rate"][0] == rates[k - 1][0].start]
        if prev:
            imposer, targets = prev[-1]["imposer"], list(dict.fromkeys(f["target"] for f in prev))
    if imposer is not None and any(imposer in isos for isos, _ in row.paired.values()) and ctx.default_imposer not in targets:
        imposer = ctx.default_imposer    # "..., Mexico keeps its 25% rate": a country paired with its rate pays it
    own = [iso for iso in row.paired.get(k, ([], 0))[0] if iso != imposer]
    if own and not is_global:
        # "Vietnam and Indonesia ... 20% and 19% respectively", "Chinese producers facing 37.13% and South Korean
        # suppliers up to 15.67%": the rate's own countries, not those the sentence's other rate pairs with
        targets = own
    return imposer, targets


# a trade-remedy story names its measure's goods once up front ("China slaps provisional anti-dumping duties on EU
# pork", "safeguard duty on imported ceramic tiles"); its later rates say "the duty", "the provisional measure"
_REMEDY = re.compile(r"\b(?:anti-?dumping|safeguard|countervailing|anti-?subsidy|anti-circumvention|dumping|"
                     r"(?:provisional|definitive|preliminary))\s+(?:[\w.%-]+\s+)?(?:dut|deposit|measure|determination|"
                     r"tariff|levy|probe|investigation|case|ruling)", re.I)
_STORY_MEASURE = re.compile(
    rf"\b(?:{TARIFF_NOUNS}|measures?|determinations?|rates?)(?:\s+(?:of|at)\s+(?:up\s+to\s+|as\s+much\s+as\s+)?"
    r"[\d.]+\s?(?:%|per\s?cent|percent))?\s+(?:on|against|to)\s+(?:more\s+|some\s+|certain\s+)?"
    r"(?:imports\s+of\s+|imported\s+)?", re.I)
# round 40 (xremedygoods40): the case's rates named in the lede also name the case ("final combined countervailing
# and antidumping rates", "antidumping (AD) duties", "the new anti-dumping rate"); a remedy word alone does not ("to
# toughen its antidumping regime for steel and aluminum as US tariffs bite" is no case)
_REMEDY_WORD = r"(?:anti-?dumping|countervailing|anti-?subsidy)"
_REMEDY_RATES = re.compile(rf"\b{_REMEDY_WORD}(?:\s+\((?:AD|CVD)\))?(?:\s+(?:and|or)\s+{_REMEDY_WORD})?\s+(?:[\w-]+\s+)?"
                           r"(?:dut(?:y|ies)|rates?|margins?|orders?)\b", re.I)
# the case itself names its goods ("its antidumping duty administrative review of frozen warmwater shrimp from India",
# "its anti-dumping investigation into imports of halogenated butyl rubber", "closed its anti-dumping case against
# European brandy"), as a duty does ("duties on X")
_STORY_CASE = re.compile(r"\b(?:case|investigation|probe|review)s?\s+(?:into|against|of|on)\s+(?:imports\s+of\s+|imported\s+)?",
                         re.I)
_GOODS_BEFORE_MEASURE = re.compile(rf"((?:[\w-]+\s+){{1,3}}){TARIFF_NOUNS}\b", re.I)   # "China cuts EU pork duties"
_APPOSITION = re.compile(r",\s+(?:an?|the|which|who)\s.*$", re.S)


# anti-dumping and anti-subsidy duties are charged on named countries' goods, never on every origin (a safeguard is)
_COUNTRY_REMEDY = re.compile(r"\b(?:anti-?dumping|countervailing|anti-?subsidy|anti-circumvention|dumping\s+margins?)\b", re.I)


def _country_remedy(ctx: Context) -> bool:
    """Whether the headline or lede (first three paragraphs) names an anti-dumping or anti-subsidy measure: then its
    steel or lumber duty is no global sector duty (roles.SECTOR_PRODUCTS) but one on the story's target."""
    return any(_COUNTRY_REMEDY.search(t) for t in _lede(ctx))


_EU_PARTIES = EU_MEMBER_STATES | {"EUU"}


def _eu_case(ctx: Context) -> bool:
    """A trade-remedy case on goods from the EU (LABELING.md, the lead's round-34 ruling): an anti-dumping or
    anti-subsidy story whose headline or lede names the European Union as a party."""
    lede = _lede_sentences(ctx) if ctx.country_remedy else []
    return any(m.iso3 == "EUU" for s in lede for m in ctx.country_mentions(s.start, s.end, with_people=False))


def eu_case_targets(ctx: Context, facts: list[dict]) -> list[dict]:
    """In a remedy case on EU goods, a rate read on a member state's goods (its exporter's rate: "French cognac maker
    Hennessy faces 34.9%", "Denmark's Danish Crown was given 18.6 per cent") targets the EU: the case, and so each
    company's margin in it, is on the bloc's goods (round 9's "the company's country" read for EU cases).  The case's
    imposer is the one a rate is read on the EU itself for ("duties of up to 34.9% on brandy from the European
    Union"), any outside the EU when no rate is: another country's rate on a member's goods told beside the case
    ("French wine already faces a 15% US tariff") and the EU's own measures keep their target."""
    if not _eu_case(ctx):
        return facts
    on_eu = {f["imposer"] for f in facts if f["target"] == "EUU"} or {f["imposer"] for f in facts}
    case = on_eu - _EU_PARTIES
    return [{**f, "target": "EUU"} if f["target"] in EU_MEMBER_STATES and f["imposer"] in case else f for f in facts]


def _lede_sentences(ctx: Context) -> list:
    """The headline and lede a story names its measure in: its first eight sentences within three paragraphs."""
    return [s for s in ctx.sentences[:8] if s.para < ctx.sentences[0].para + 3] if ctx.sentences else []


def _lede(ctx: Context) -> list[str]:
    """The texts of the story's headline and lede (_lede_sentences)."""
    return [s.text for s in _lede_sentences(ctx)]


def _story_goods(ctx: Context) -> list[str]:
    """The goods of a trade-remedy story's measure as its headline or lede names them (first three paragraphs),
    for its later rates that name none (LABELING.md: a measure on specific goods gives those goods); a lede that
    lists three goods or more names no one measure's goods.  The case may be named by its rates ("countervailing and
    antidumping rates") and its goods by the case's own noun ("its anti-dumping case against European brandy")."""
    lead = _lede(ctx)
    if not any(_REMEDY.search(t) or _REMEDY_RATES.search(t) for t in lead):
        return []
    for t in lead:
        if goods := lead_products(t):
            return goods                    # "Epoxy resins: EU's definitive anti-dumping duties on China, ..."
        for m in sorted([*_STORY_MEASURE.finditer(t), *_STORY_CASE.finditer(t)], key=lambda m: m.start()):
            rest = _APPOSITION.sub("", t[m.end():])
            stop = _NP_STOP.search(rest)
            np = rest[:stop.start()] if stop else rest
            if len(re.split(r",|\band\b", np)) > 2:
                return []
            prods = _products_in(np) or open_products(np)
            if prods:
                return prods
        m = _GOODS_BEFORE_MEASURE.search(t)
        if m and (goods := _products_in(m.group(1))):
            return goods
    return []


def _read_without_noun(ctx: Context, si: int, sent, carry: _Carry) -> bool:
    """A sentence naming no tariff is read for rates when it continues a tariff sentence ("The combined rate of 35.19
    per cent ...", "will be charged 10%"), is an item of a list or table of a tariff story, or ranks a remedy's rates."""
    text = sent.text
    return bool(carry.had_tariff and (_CONTINUATION.search(text) or _CHARGED.search(text) or _paired_rates(ctx, sent))) \
        or bool(ctx.tariff_article and (_list_item(text) or _table_row(text) or _company_row(ctx, si)
                                        or _rate_list_sentence(ctx, si, sent))) \
        or _remedy_ranked_rate(ctx, sent)


# round 32 (xexemptforms32): goods left out of a rate the story told before, the rate restated with a determiner and
# no tariff noun ("Pharmaceuticals, the country's largest export, were exempt from the 39% rate" a paragraph after the
# 39% tariff; "... are exempted from the 30% rate"; "are not covered by the 39% rate for now"): the sentence is read as
# a continuation of the measure also when a sentence between broke the carry
_RESTATED_EXEMPTION_CUE = re.compile(RESTATED_EXEMPTION_CUE, re.I)


def _restated_exemption(ctx: Context, text: str, facts: list) -> bool:
    """The sentence names no tariff, but one of its rates restates a rate the story has read before ("the 39% rate":
    a determiner and at most three modifiers before it) and the sentence's exemption readers name goods left out of
    it (_left_out_goods, _not_paying_goods, _listed_exemption): LABELING.md round 15 labels them `lifted` under that
    rate.  Goods required: "the UK has escaped the doubling to 50%" names a country, not goods, and stays unread."""
    if not (ctx.tariff_article and facts and _RESTATED_EXEMPTION_CUE.search(text)):
        return False
    told = {f["rate_pct"] for f in facts if f["status"] != "lifted"}
    for p in find_percents(text):
        if float(p.value) not in told:
            continue
        if not _RESTATED_RATE_LEAD.search(text[max(0, p.start - RESTATED_RATE_LEAD_REACH):p.start]):
            continue
        if _listed_exemption(text, p) or _left_out_goods(text, p) or _not_paying_goods(text, p):
            return True
    return False


def _restated_exemption_facts(new: list, earlier: list) -> list:
    """The facts of a sentence _restated_exemption let in: its goods keep their facts, with the parties of the rate
    they are left out of -- every fact of the last sentence that told that rate for all goods (a rate told for three
    countries gives each its copy); the rate's own null-product fact is dropped when the story told the measure so, it
    was read there (a second reading would take this sentence's tense: "were exempt" makes an announced rate
    `in_force`).  A rate the story told only with goods keeps this sentence's reading whole."""
    out, keys = [], set()
    for f in new:
        told = [e for e in earlier if e["rate_pct"] == f["rate_pct"] and e["product"] is None and e["status"] != "lifted"]
        if told and f["product"] is None:
            continue
        for e in [e for e in told if e["span"] == told[-1]["span"]] or [f]:
            key = (e["imposer"], e["target"], f["product"], f["rate_pct"], f["status"])
            if key not in keys:
                keys.add(key)
                out.append({**f, "imposer": e["imposer"], "target": e["target"]})
    return out


def extract_tariffs(ctx: Context) -> list[dict]:
    ctx.tariff_article = bool(_TARIFF_NOUN.search(ctx.body))
    ctx.story_goods = _story_goods(ctx) if ctx.tariff_article else []
    ctx.country_remedy = ctx.tariff_article and _country_remedy(ctx)
    ctx.review_preliminary = ctx.tariff_article and _review_preliminary(ctx)
    ctx.story_frame = story_frame(ctx) if ctx.tariff_article else None
    facts: list[dict] = []
    seen: set[tuple] = set()
    carry = _Carry()
    for si, sent in enumerate(ctx.sentences):
        text = sent.text
        if not find_percents(text):
            facts += _rate_free_exempted(ctx, si, sent, facts, seen)
        has_noun = bool(_TARIFF_NOUN.search(text))
        read = has_noun or _read_without_noun(ctx, si, sent, carry) \
            or (_reads_assigned(ctx) and _assigned_rate_sentence(text))
        restated = not read and _restated_exemption(ctx, text, facts)
        if not (read or restated):
            carry = _Carry()
            continue
        own_status = _sentence_status(text, ctx.published)
        if not find_percents(text):
            carry.had_tariff = has_noun or carry.had_tariff     # "The new rates take effect on Aug. 7." continues
            if has_noun:
                carry.measure_goods = rate_free_measure_goods(text)
                carry.measure_unclear = not carry.measure_goods
                carry.goods_countries = _country_codes(text) if carry.measure_goods else carry.goods_countries
            carry.status = own_status or carry.status
            carry.future = own_status == "announced"
            carry.stated_in_force = bool(_STATED_IN_FORCE.search(text)) or carry.stated_in_force
            continue
        carry.main_status = None
        n_before = len(facts)
        rates = _sentence_rates(ctx, si, sent, has_noun, own_status, carry, facts, seen)
        if restated:
            facts[n_before:] = _restated_exemption_facts(facts[n_before:], facts[:n_before])
        sent_facts = [f for f in facts if f["span"][0] == sent.start]
        prods = list(dict.fromkeys(f["product"] for f in sent_facts))
        carry.products = prods if prods and None not in prods else (carry.products if not sent_facts else [])
        if not sent_facts and has_noun:
            carry.products = _range_products(text) or carry.products
        carry.status = own_status or ((carry.main_status or sent_facts[-1]["status"]) if sent_facts else
                                      (_range_status(text) if has_noun else None) or carry.status)
        carry.future = own_status == "announced" and not sent_facts
        carry.stated_in_force = bool(_STATED_IN_FORCE.search(text))
        carry.had_tariff = has_noun or bool(rates) or carry.had_tariff
        carry.measure_goods, carry.measure_unclear = [], False   # a rate sentence's own facts are the antecedent now
        carry.goods_countries = _country_codes(text) if sent_facts else carry.goods_countries
    return _decided_article_facts(ctx, facts)


def _decided_article_facts(ctx: Context, facts: list[dict]) -> list[dict]:
    """The sentence readings' facts after the learned decisions and the article-level readings."""
    later_status_wins(facts)
    model = tariff_model.active()
    if (model is not None and model.get("extra") is not None) or tariff_model.collector is not None:
        facts += _extra_candidates(ctx, facts)
        facts.sort(key=lambda f: (f["span"][0], f["_rate"][0]))
    tariff_model.decide(ctx, facts, _products_with_pos, model)
    facts = [f for f in facts if not f.pop("_drop", False) and not supposed_rate(f)]
    learned = model is not None and model.get("status") is not None
    if not learned:
        _mark_clause_cues(facts)        # (speed, round 49: read by status_told_in_own_clause for the rules' status only)
    facts = _learned_status(facts)
    facts = eu_case_targets(ctx, facts)
    status_told_in_own_clause(ctx, facts, learned=learned)
    # the article level, after every per-sentence decision: one reading per event, then the story's status
    facts = consolidate.consolidate(ctx, facts)
    start_told_elsewhere(ctx, facts)
    facts = timeline.settle(ctx, facts)
    return facts + recalled_rates(ctx, facts)


_SUPPOSED_RATE_OPENER = re.compile(SUPPOSED_RATE_OPENER, re.I)
_SUPPOSED_RATE = re.compile(r"[\w’'.-]\s+(?:to\s+)?" + SUPPOSED_RATE_VERB + SUPPOSED_RATE_NP, re.I)


def supposed_rate(fact: dict) -> bool:
    """Round 41: the fact's rate is only supposed by a condition ("if the EU imposed a tariff of around 20%", "if the
    firm were also subject to a 70% AD duty"): the condition's own verb sets the rate, which it brings in with an
    indefinite article -- no fact, whatever the learned decisions read it as (constants.SUPPOSED_RATE_OPENER)."""
    text, start = fact["sentence"], fact["_rate"][0]
    window = max(0, start - SUPPOSED_RATE_REACH)
    opener = _SUPPOSED_RATE_OPENER.search(text, window, start)
    return opener is not None and _SUPPOSED_RATE.search(text, opener.start(), start) is not None


def _clause_cue(fact: dict) -> str | None:
    """The status a cue in the rate's own clause gives it (None: the default, a carried or a listed status)."""
    text, (start, end, _) = fact["sentence"], fact["_rate"]
    return _status_at(text, start, clause_at(text, start), end, default=None)


def _own_cued_status(fact: dict) -> bool:
    """The fact's rate has a status cue in its own clause (not the default, not a carried or listed status)."""
    return _clause_cue(fact) is not None


def _mark_clause_cues(facts: list[dict]) -> None:
    """Each fact's own-clause cue ("_cue"), read before "_rate" is dropped, for status_told_in_own_clause."""
    for f in facts:
        f["_cue"] = _clause_cue(f)


def _cued_elsewhere(fact: dict, facts: list[dict]) -> set[str]:
    """The statuses the other sentences' mentions of the fact's rate (the same imposer, target and value, compatible
    goods) take from a cue in their own clause, where that status stands after the learned decisions."""
    return {g["_cue"] for g in facts if g["span"][0] != fact["span"][0] and g["_cue"] is not None
            and g["status"] == g["_cue"] and g["rate_pct"] == fact["rate_pct"] and g["imposer"] == fact["imposer"]
            and g["target"] == fact["target"] and timeline.same_goods(g["product"], fact["product"])}


def status_told_in_own_clause(ctx: Context, facts: list[dict], learned: bool = False) -> None:
    """Round 48: a headline rate read in force with no status cue in its own clause (the headline's present tense:
    "Canada hits Chinese EVs with 100% tariff", "Trump sends 25% tariff letters to Japan") is `announced` when every
    body sentence that tells the same rate (imposer, target, value, goods) with a cue of its own tells it announced
    ("The 100% tariff will take effect on October 1"): the labels hold a rate once, in its status at `published`
    (LABELING.md round 15).  timeline.headline_status takes the first body mention's status, which is often an uncued
    restatement read in force.  Not where the headline says the measure applies now ("take effect", "now",
    timeline.applies_now).  Only headlines: a body sentence or rundown item so read was right in force 22 times to 51
    on dev rules-only, the headline 8 to 91 (one rate told twice is two measures as often: "Indian goods 25%" in force
    beside "a further 25% duty" to come); only this direction (an uncued `announced` beside a mention cued in force: 2
    right, 6 wrong).  Rules' status only (`learned`: the learned status decides, and reads the story's starts itself,
    story_start_features): past it the reading split evenly (dev 5-fold 17 articles better, 17 worse)."""
    head = timeline.headline_start(ctx)
    for f in facts:
        if not learned and head is not None and f["span"][0] == head and f["_cue"] is None \
                and f["status"] == CARRIED_OVER_STATUS and not timeline.applies_now(f["sentence"]) \
                and _cued_elsewhere(f, facts) == {CARRIED_STATUS}:
            f["_carry"] = True
    for f in facts:
        if f.pop("_carry", False):
            f["status"] = CARRIED_STATUS
        f.pop("_cue", None)


def _same_rate(later: dict, fact: dict) -> bool:
    """`later` tells the same rate as `fact`: the same imposer, target and value, the same goods or none named."""
    return later["rate_pct"] == fact["rate_pct"] and later["imposer"] == fact["imposer"] \
        and later["target"] == fact["target"] and later["product"] in (fact["product"], None)


def later_status_wins(facts: list[dict]) -> None:
    """Round 26: a rate read `announced` only as a list's allocation (round 25b, "Korea was assigned a basic tariff of
    10% plus a reciprocal tariff of 15%") takes the status a later sentence gives the same rate in its own words ("The
    15% reciprocal tariff has been put off until July 8, while the 10% basic tariff is already being collected"): the
    allocation reading guesses the list's start from the story's dates, the later sentence tells this rate's own."""
    allocated = [f for f in facts if f.pop("_allocated", False)]
    for fact in allocated:
        later = next((g for g in facts if g["span"][0] > fact["span"][0] and g not in allocated
                      and _same_rate(g, fact) and _own_cued_status(g)), None)
        if later is not None:
            fact["status"] = later["status"]


_MEASURE_SUBJECT = re.compile(MEASURE_SUBJECT, re.I)
_MEASURE_PHRASE_SUBJECT = re.compile(MEASURE_PHRASE_SUBJECT, re.I)
_PHRASE_GENERIC = re.compile(MEASURE_PHRASE_GENERIC, re.I)
_REPORTED_START_OPENER = re.compile(REPORTED_START_OPENER, re.I)
_REPORTED_PHRASE_SUBJECT = re.compile(REPORTED_PHRASE_SUBJECT, re.I)
_NOT_THE_MEASURE = re.compile(NOT_THE_MEASURE, re.I)
_EXISTING_RATE_BEFORE = re.compile(EXISTING_RATE_BEFORE, re.I)
_EXISTING_RATE_AFTER = re.compile(EXISTING_RATE_AFTER, re.I)


def _starts_later(text: str, published) -> tuple[frozenset, tuple] | None:
    """A sentence with no rate whose subject is the measure tells a start after `published` ("It is due to start at
    12:01 a.m. ET on April 3", "The duties will apply from April 16"): the imposers and goods its subject names (round
    37; none named for a pronoun or a bare noun), None when it tells no such start."""
    if find_percents(text):
        return None
    for m in timeline.SENTENCE_START_DATE.finditer(text):
        subject = text[:m.start()]
        if not timeline.starts_after(m, published) or _NOT_THE_MEASURE.search(subject):
            continue
        if _MEASURE_SUBJECT.search(subject):
            return frozenset(), ()
        phrase = _MEASURE_PHRASE_SUBJECT.search(subject)
        if phrase:
            return _measure_named(phrase.group("mods"))
        reported = _reported_named(subject)
        if reported:
            return reported
    return None


def _reported_named(subject: str) -> tuple[frozenset, tuple] | None:
    """The measure as the subject of reported speech ("Trump said the duty would apply from 1 August 2025"): the noun
    phrase after the last reporting verb, up to the start words (round 43), and what it names as _measure_named reads
    it; a possessive ("China's Ministry of Finance said that its additional tariffs would be imposed from April 10")
    makes it the speaker's measure, of the countries the words before the verb name."""
    opener = None
    for opener in _REPORTED_START_OPENER.finditer(subject):
        pass
    phrase = _REPORTED_PHRASE_SUBJECT.match(subject, opener.end()) if opener else None
    if phrase is None:
        return None
    imposers, goods = _measure_named(phrase.group("mods"))
    if phrase.group("own"):
        imposers |= {c.iso3 for c in find_countries(subject[:opener.start()])}
    return imposers, goods


def _measure_named(mods: str) -> tuple[frozenset, tuple]:
    """The imposers ("The new Indian tariffs") and goods words ("The auto tariffs") the words before a measure noun
    name (round 37)."""
    countries = find_countries(mods)
    for c in countries:
        mods = mods[:c.start] + " " * (c.end - c.start) + mods[c.end:]
    goods = tuple(w for w in re.findall(r"\b[a-z][\w-]*", mods) if not _PHRASE_GENERIC.fullmatch(w))
    return frozenset(c.iso3 for c in countries), goods


def _start_dates_fact(named: tuple[frozenset, tuple], fact: dict) -> bool:
    """A start told of the measure its subject names dates this rate: the same imposer, goods with that word."""
    imposers, goods = named
    product = (fact["product"] or "").lower()
    return (not imposers or fact["imposer"] in imposers) and (not goods or any(w[:4] in product for w in goods))


def _told_existing(text: str, p: Percent, cl: tuple[int, int]) -> bool:
    """The rate's clause tells it applies already or is the old rate of a change ("the 10% Brazilian goods already pay")."""
    return _EXISTING_RATE_BEFORE.search(text[cl[0]:p.start]) is not None \
        or _EXISTING_RATE_AFTER.match(text, p.end, cl[1]) is not None


def _new_rate(text: str, rate: float) -> bool:
    """Some mention of `rate` in its sentence is no existing measure: nothing before it in its clause says it applies
    already or is the old rate of a change, and no "already / currently" follows it."""
    for p in find_percents(text):
        if float(p.value) != rate:
            continue
        cl = clause_at(text, p.start)
        if not _EXISTING_RATE_BEFORE.search(text[cl[0]:p.start]) and not _EXISTING_RATE_AFTER.match(text, p.end, cl[1]):
            return True
    return False


def start_told_elsewhere(ctx: Context, facts: list[dict]) -> None:
    """The starts and collections a story tells in sentences other than the rate's, after every learned decision."""
    start_told_next(ctx, facts)
    remedy_collection_told(ctx, facts)


def start_told_next(ctx: Context, facts: list[dict]) -> None:
    """A rate read in force whose sentence states no start of its own becomes `announced` when a later sentence tells
    the measure starts after `published` ("... signed a proclamation putting a 25% tariff on all imported automobiles.
    It is due to start at 12:01 a.m. ET on April 3."; a headline's rates and the deck under it).  LABELING.md:
    `announced` is decided but starting later.  The per-sentence reading carries a start forward to the sentences after
    it (_rate_status); the sentence after the rate is the story's, so this runs on the article's facts after every
    learned decision (round 18: held out +11 tp −12 fp on 5-fold, in 6 writer batches, no loss).  Round 20b: the start
    may come any number of sentences later ("Lesotho ... were assigned tariffs of 50%. [...] The new tariffs are due to
    start on April 5."): writers tell the rates first and the start after them (rules-only +10 tp −17 fp held out,
    9 writer batches, no article lost); a start told before the rate dates what it follows, not this rate.  Round 37:
    the subject may be the measure as a whole noun phrase ("According to the EU, the countermeasures will apply from
    Aug. 7"), which dates only the rates of the imposer or goods its words name (_measure_named)."""
    index = {s.start: i for i, s in enumerate(ctx.sentences)}
    told = [(i, named) for i, s in enumerate(ctx.sentences) if (named := _starts_later(s.text, ctx.published))]
    if not told:
        return
    for f in facts:
        i = index.get(f["span"][0])
        if f["status"] != "in_force" or i is None or not any(j > i and _start_dates_fact(n, f) for j, n in told):
            continue
        text = f["sentence"]
        if timeline.SENTENCE_START_DATE.search(text) or not _new_rate(text, f["rate_pct"]):
            continue
        f["status"] = "announced"


_COLLECTED_LATER = re.compile(REMEDY_COLLECTED_LATER, re.I)
_COLLECTED_NOW = re.compile(REMEDY_COLLECTED_NOW, re.I)
_TIMING_HEDGE = re.compile(REMEDY_TIMING_HEDGE, re.I)
_LATER_BEGUN = re.compile(REMEDY_LATER_BEGUN, re.I)
_STAGES = {name: re.compile(rx, re.I) for name, rx in REMEDY_STAGES.items()}
_REMEDY_OTHER_MEASURE = re.compile(REMEDY_OTHER_MEASURE, re.I)


def _collection_timing(text: str) -> str | None:
    """The collection a sentence tells for a remedy's duties: "later" (only once published, after an order, a vote or
    an injury finding), "now" (collected now, from today), None when it tells neither or hedges it.  A dated start is
    timeline.START_DATE's ("The duties apply from June 11, the day after the decision appeared in the Official
    Journal" is no start after publication)."""
    if _TIMING_HEDGE.search(text) or timeline.START_DATE.search(text):
        return None
    if _COLLECTED_LATER.search(text) and not _LATER_BEGUN.search(text):
        return "later"
    return "now" if _COLLECTED_NOW.search(text) else None


def _stages(text: str) -> set[str]:
    return {name for name, rx in _STAGES.items() if rx.search(text)}


def _story_collection(ctx: Context) -> tuple[str, set[str]] | None:
    """The one collection timing a trade-remedy story tells for its duties, in sentences with no rate of their own (a
    rate's sentence times that rate: "the 62.4% that Beijing began collecting on December 23"), with the stages those
    sentences name; None when it tells none, or both (then each rate's stage would have to say which is whose)."""
    told = [(kind, _stages(s.text)) for s in ctx.sentences
            if not find_percents(s.text) and (kind := _collection_timing(s.text))]
    kinds = {kind for kind, _ in told}
    # a dated start the other way anywhere ("The final duties take effect on Wednesday" beside "have been paying as
    # deposits") times another stage or measure: the story's timing is not one
    dated = {"later" if when == "future" else "now" for when in timeline.story_start_dates(ctx.body, ctx.published)}
    if len(kinds) != 1 or dated - kinds:
        return None
    return kinds.pop(), set().union(*(stages for _, stages in told))


def remedy_collection_told(ctx: Context, facts: list[dict]) -> None:
    """Round 36 (LABELING.md, the lead's round-36 ruling: a trade-remedy rate's status follows its own collection
    timing): a remedy story that tells, in one sentence or more, when its duties are collected -- only after a later
    step ("Importers will have to post cash deposits at these rates once the preliminary determinations are published
    in the Federal Register") or now ("Customs and Border Protection has been told to begin collecting cash deposits at
    the new rate") -- gives that timing to its rates read `in_force` / `announced` whose own sentence tells no start, no
    existing rate, no other stage and no other measure, and whose imposer is the case's (the story's most frequent: the
    other side's measure told as background has its own timing).  Runs after every learned decision, like
    start_told_next."""
    if not (ctx.country_remedy or any(_REMEDY.search(t) for t in _lede(ctx))):
        return
    story = _story_collection(ctx)
    if story is None:
        return
    kind, stages = story
    wrong, right = ("in_force", "announced") if kind == "later" else ("announced", "in_force")
    case = Counter(f["imposer"] for f in facts).most_common(1)[0][0] if facts else None
    for f in facts:
        text = f["sentence"]
        if f["status"] != wrong or f["imposer"] != case or f.get("_left_out_copy") or _collection_timing(text) \
                or timeline.START_DATE.search(text) or _REMEDY_OTHER_MEASURE.search(text) or not _new_rate(text, f["rate_pct"]):
            continue
        own = _stages(text)
        if own and stages and not own & stages:
            continue        # "the provisional duties of up to 62.4%" in a story timing the final duties
        f["status"] = right


_RECALLED_RATE_LEAD = re.compile(RECALLED_RATE_LEAD, re.I)
_RECALLED_RATE_AFTER = re.compile(RECALLED_RATE_AFTER)
_RECALLED_RATE_NOT_AFTER = re.compile(RECALLED_RATE_NOT_AFTER, re.I)
_RECALLED_RATE_REPLACED = re.compile(RECALLED_RATE_REPLACED, re.I)
_RECALLED_RATE_PAUSED = re.compile(RECALLED_RATE_PAUSED, re.I)
_RECALLED_PAUSE_LATER = re.compile(RECALLED_PAUSE_LATER + r"$", re.I)
_RECALLED_CLAUSE_END = re.compile(RECALLED_CLAUSE_END)


def _recalled(text: str, p: Percent) -> bool:
    """The figure is recalled as the rate announced, set or assigned earlier, in a comparison ("lower than the 44
    percent it was assigned in April"): constants.RECALLED_RATE_*."""
    tail = text[p.end:]
    return bool(_RECALLED_RATE_LEAD.search(text[max(0, p.start - RECALLED_RATE_LEAD_REACH):p.start])
                and _RECALLED_RATE_AFTER.match(tail) and not _RECALLED_RATE_NOT_AFTER.match(tail))


def _recalled_status(text: str, p: Percent) -> str:
    """LABELING.md (rounds 26b, 32, 45): the April-type rate a later one replaced is `lifted`; one the words after it
    tell suspended or put on hold ("the 46% announced in April and suspended since"), and nothing replaced, `paused`.
    A suspension told as a later act of the announcer ("he announced in April before suspending the higher rates")
    dates the pause before the new rate: `lifted`."""
    if _RECALLED_RATE_REPLACED.search(text):
        return "lifted"
    paused = _RECALLED_RATE_PAUSED.search(text, p.end)
    return "paused" if paused and not _RECALLED_PAUSE_LATER.search(text, 0, paused.start()) else "lifted"


def _recalled_target(ctx: Context, sent, p: Percent) -> str | None:
    """The one partner the recalling clause names ("the 17% Trump announced for Israel in April"), else None."""
    m = _RECALLED_RATE_AFTER.match(sent.text[p.end:])
    rest = sent.text[p.end + m.end():]
    stop = _RECALLED_CLAUSE_END.search(rest)
    end = sent.start + p.end + m.end() + (stop.start() if stop else len(rest))
    named = {c.iso3 for c in ctx.country_mentions(sent.start + p.end, end, with_people=False)}
    return named.pop() if len(named) == 1 else None


def _recalled_parties(ctx: Context, si: int, sent, p: Percent, facts: list[dict]) -> tuple[str | None, list]:
    """Whose the recalled rate was: the partner its own clause names ("announced for Israel"), else that of the rate it
    is compared with -- the sentence's fact told before it ("lower the reciprocal rate on Vietnamese goods to 20%, down
    from the 46% announced in April"): the old rate of the same partner --, else the rate's clause (roles)."""
    clause = clause_at(sent.text, p.start)
    imposer, targets, _ = roles.resolve_all(ctx, sent.start, sent.text, clause, si, anchor=p.start)
    before = {float(q.value) for q in find_percents(sent.text) if q.start < p.start}
    compared = [f for f in facts if f["span"][0] == sent.start and f["rate_pct"] in before]
    if compared:
        imposer, targets = compared[-1]["imposer"], [compared[-1]["target"]]
    own = _recalled_target(ctx, sent, p)
    return imposer, ([own] if own and own != imposer else targets)


def recalled_rates(ctx: Context, facts: list[dict]) -> list[dict]:
    """Round 48 (xratemiss48): a rate the story tells only as the one announced, set or assigned earlier for a partner,
    in a comparison with the rate that replaced it ("Myanmar is set to face a 40 percent rate from Aug. 1, lower than
    the 44 percent it was assigned in April"; "Taiwan's rate is lower than the 32 per cent Trump announced for the
    island in April"): no tariff noun names the figure, so neither the rules nor the learned extra decision took it,
    and the labels give it `lifted` (or `paused`).  One fact per such rate no other fact of the article has and per
    partner (_recalled_parties: none read, no fact).  Not in a trade-remedy story, whose
    rates recalled from an earlier review or stage belong to firms and stages (round 25's _reads_assigned guard)."""
    if not _reads_assigned(ctx):
        return []
    told = {f["rate_pct"] for f in facts}
    out: list[dict] = []
    for si, sent in enumerate(ctx.sentences):
        text = sent.text
        for p in find_percents(text):
            if float(p.value) in told or not _recalled(text, p):
                continue
            told.add(float(p.value))
            imposer, targets = _recalled_parties(ctx, si, sent, p, facts)
            targets = [t for t in targets if t is not None]
            if not targets:
                continue        # the form recalls what a partner was given: no partner read, no reading of whose
            products = _products_in(text[p.end:clause_at(text, p.start)[1]]) or [None]
            out += [{"imposer": imposer, "target": target, "product": product, "rate_pct": float(p.value),
                     "status": _recalled_status(text, p), "sentence": text, "span": [sent.start, sent.end]}
                    for target in targets for product in dict.fromkeys(products)]
    return out


def _extra_candidates(ctx: Context, facts: list[dict]) -> list[dict]:
    """Every other percentage of a tariff article as a candidate fact (parties by roles.py, products of
    its clause, status by the cue rules), marked "_extra": the learned "extra" decision keeps or drops
    it ("Liechtenstein faces 15%", "Japanese cars have paid 15% since mid-September")."""
    if not ctx.tariff_article:
        return []
    have = {(f["span"][0], f["_rate"][0]) for f in facts}
    out = []
    for si, sent in enumerate(ctx.sentences):
        text = sent.text
        percents = [p for p in find_percents(text) if (sent.start, p.start) not in have and not is_range(text, p.start)]
        every = find_percents(text) if percents else []
        for p in percents:
            cl = clause_at(text, p.start)
            # the rate's own segment of a list ("25 percent for South Korea, 24 percent for Malaysia"):
            # from the previous percentage of its clause to the next one
            ws = max([q.end for q in every if cl[0] <= q.end <= p.start], default=cl[0])
            we = min([q.start for q in every if p.end <= q.start < cl[1]], default=cl[1])
            imposer, targets, _ = roles.resolve_all(ctx, sent.start, text, cl, si, anchor=p.start, window_start=ws,
                                                    window_end=we)
            status = _status_at(text, p.start, cl, p.end)
            for target in (targets or [None]):
                for product in dict.fromkeys(_products_in(text[cl[0]:cl[1]]) or [None]):
                    out.append({"imposer": imposer, "target": target, "product": product, "rate_pct": float(p.value),
                                "status": status, "sentence": text, "span": [sent.start, sent.end],
                                "_rate": (p.start, p.end, None), "_extra": True})
    return out


def _learned_status(facts: list[dict]) -> list[dict]:
    """The status model (status_model.py) decides each rate's status from the rules' status and the
    rate's context; facts that become identical are kept once."""
    model = status_model.active()
    out, seen = [], set()
    for f in facts:
        start, end, change = f.pop("_rate")
        f.pop("_extra", None)
        f.pop("_left_out_copy", None)
        f["rule_features"] = status_model.features(f["sentence"], start, end, f["status"], change)
        if model is not None:
            f["status"] = model.predict(f["rule_features"])
        if f["status"] in PASSED_START_OVERRULES and not status_model.keep_features \
                and passed_start_bound(f["sentence"], start, end):
            f["status"] = "in_force"
        key = (f["imposer"], f["target"], f["product"], f["rate_pct"], f["status"], f["span"][0])
        if key not in seen:
            seen.add(key)
            out.append(f)
    if not status_model.keep_features:
        for f in out:
            f.pop("rule_features")
    return out


_PASSED_START_AFTER = re.compile(PASSED_START_AFTER, re.I)
_PASSED_START_NOT_BETWEEN = re.compile(PASSED_START_NOT_BETWEEN, re.I)
_PASSED_PAY_BEFORE = re.compile(PASSED_PAY_BEFORE, re.I)
_PASSED_SINCE_AFTER = re.compile(PASSED_SINCE_AFTER, re.I)


def passed_start_bound(text: str, start: int, end: int) -> bool:
    """Round 44 (xannounced44): the rate's own words tell its start has passed -- a relative or a pointer after it
    ("the 10% baseline that has applied since April", "25% duties ..., and those duties took effect last month") with
    no other rate, modal or condition between, or a perfect paying verb just before it and "since" after it ("Japanese
    cars have paid a 25% U.S. import duty since April").  LABELING.md dates the status at `published`: in force, whatever
    the story's coming measure made the learned status read.  The learned status's features and training examples are
    the rules' own, so this stands after the decision without moving the per-fold models."""
    if _PASSED_PAY_BEFORE.search(text[max(0, start - 40):start]) and _PASSED_SINCE_AFTER.search(text[end:]):
        return True
    m = _PASSED_START_AFTER.search(text, end, min(len(text), end + PASSED_START_REACH))
    return m is not None and not _PASSED_START_NOT_BETWEEN.search(text, end, m.start()) \
        and not find_percents(text[end:m.start()])


# Speed (round 7): the slowest scans here behind the literals every match must contain (prefilter.py; same
# results, no engine run where none of them occurs).
from .prefilter import prefiltered  # noqa: E402

_TARIFF_NOUN, _IMMEDIATE, _NOT_BEFORE, _POSSESSED_INCLUDING = map(prefiltered, (_TARIFF_NOUN, _IMMEDIATE, _NOT_BEFORE, _POSSESSED_INCLUDING))
_EXEMPTED_BEFORE, _REMOVED_BEFORE, _OFF_GOODS_AFTER = map(prefiltered, (_EXEMPTED_BEFORE, _REMOVED_BEFORE, _OFF_GOODS_AFTER))
# (round 49: the lazy subject before "exempt / spared / excluded / left out ..." was tried over 160 characters before
# every rate in a tariff sentence; most hold none of those words)
_LEFT_OUT_BEFORE = prefiltered(_LEFT_OUT_BEFORE)
# (round 53: a producer's paying verb, tried before every rate still without goods)
_REMEDY_PAYER = prefiltered(_REMEDY_PAYER)
_STATUS = [(status, prefiltered(rx)) for status, rx in _STATUS]
