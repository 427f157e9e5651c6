"""Who imposes a measure on whom, from a clause, its sentence and the article context.

Cues, strongest first:
- target:  "on/against/from/targeting <country>", "imports from <country>", a demonym or possessive
           before goods/products ("Canadian steel", "Canada's steel exports"), "<country> has been hit
           with / is facing / faces", "hit <country> with".
- imposer: "<country|person> imposed/slapped/announced/retaliated/threatened/...", a possessive or
           demonym right before the tariff noun ("U.S. tariffs", "Canada's counter-tariffs",
           "Trump's tariffs"), "imposed by <country>".
Fallbacks: retaliation words make the imposer the non-U.S. party and the target the U.S.; otherwise
the imposer is the article's default imposer (the U.S. whenever the article involves it) and the
target is the nearest other country in the clause, sentence, previous two sentences, then the
article's main country -- unless the clause says the measure is global ("all countries",
"baseline", "worldwide"), then the target is null.
"""
from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from .constants import (PAYER_CATENATIVE, FLOATING_QUANTIFIER, ALL_GOODS_WORDS, BASELINE_WORDS, CONTENT_ORIGIN_BEFORE, EVERY_PARTNER, GLOBAL_TARGET_WORDS,
                        GROUP_MIN_MEMBERS, COUNTED_GROUP, COUNTED_GROUP_MAX, COUNTED_GROUP_NUMBERS, CHANGE_FROM_BETWEEN, OWNED_GOODS_OBJECT_BEFORE, OWNED_GOODS_PRONOUN, OWNED_GOODS_SUBJECT, OWNED_GOODS_REACH, OWNED_GOODS_WORDS,
                        COUNTRY_POINTER_BLOCS,
                        RUNDOWN_ITEM_MAX_WORDS, RUNDOWN_LEAD_END, RUNDOWN_MAX_ITEMS, PERCENT_UNIT,
                        PRODUCTS, RETALIATION_WORDS, SECONDARY_BUYERS, SECONDARY_OBJECT_CHARS, TARIFF_NOUNS,
                        TRADE_AUTHORITIES, BOUGHT_NOUN_AFTER, BOUGHT_OWNER_BEFORE, BOUGHT_SELLER_BEFORE,
                        BOUGHT_SOURCE_BEFORE, MEASURED_IMPORTS_BEFORE, QUOTA_MEASURE_WORDS, PAYER_VERB_BETWEEN,
                        PASSIVE_PAYER_AFTER, PAYING_SUBJECT_TO_RATE, PAYING_SUBJECT_NOT_AFTER,
                        PAYING_SUBJECT_SECOND_RATE, PAYING_SUBJECT_ACTIVE_CHARGED, PAYING_SUBJECT_RELATIVE,
                        BARE_IMPORTED, DEAL_NOUNS, DEAL_UNDER, DEAL_SETS, DEAL_TERMS, DEAL_NOT_BILATERAL,
                        DEAL_PHRASE_REACH, REPLY_VERBS, GO_AHEAD_VERBS, OWN_MEASURE_BEFORE, OWN_MEASURE_AFTER,
                        HOME_GOVERNMENT_SUBJECT, HOME_GOVERNMENT_EXTRA_VERBS, BARE_PASSIVE_AFTER,
                        IMPORTS_AFTER, OWN_GOODS_OBJECT, RELATION_AFTER, MADE_IN_BEFORE, DEMONSTRATIVE_ANAPHOR)
from .context import Context
from . import gazetteer
from .gazetteer import Mention
from .text import is_adverbial_clause

DOMINANT_MIN, DOMINANT_SHARE = 4, 0.6   # the story's main partner: at least 4 mentions and 60% of the other countries'
_PRODUCT_WORDS = "|".join(re.escape(p) for p in sorted(PRODUCTS, key=len, reverse=True))
_TARGET_BEFORE = re.compile(
    r"(?:\b(?:on|against|from|targeting|targets|target|toward|towards|at|through|via)\s+"
    r"(?:(?:all|most|many|some|the|its|their|certain|other|goods|imports|products|exports|shipments|items|made|in|[a-z]+ed)\s+)*"
    r"|\b(?:hit|hitting|hits|slapped|slapping|slaps|targeted|punish\w*|penaliz\w*|threaten\w*|spared|sparing|exempt\w*)\s+"
    r"|\b(?:on|against)\s+(?:[\w-]+\s+){0,2}exports?\s+to\s+(?:\w+\s+)?)$"
)
_TARGET_AFTER = re.compile(
    # "Canada faces / will face / is facing ...", "Canada has been hit / was slapped with ..." (passive only:
    # "Canada slapped a tariff on ..." makes Canada the imposer)
    # (round 24: "Ecuador, whose shrimp pays 15%", "China, whose goods now face a duty of 145 per cent": the owner of the
    # goods that pay is the payer, as "China's goods" are)
    # (round 35: a floating quantifier among the auxiliaries, "Myanmar and Laos will each pay 40%")
    r"^(?:,\s+(?:which|whose(?:\s+[\w-]+){1,2}?))?(?:\s+(?:has|have|had|was|were|is|are|will|would|could|may|might|now|already|also|still|currently|again|itself"
    rf"|{FLOATING_QUANTIFIER})){{0,3}}"
    rf"(?:\s+{PAYER_CATENATIVE})?\s+(?:facing|faces|face|faced|pay|pays|paying|subject to|getting hit|gets hit|got hit)\b"
    r"|^(?:,\s+which)?(?:\s+(?:has|have|had|will|would|could|may|might|now|already|also|still|currently|again|itself)){0,2}"
    rf"\s+(?:been|was|were|is|are|be|being|gets|got)\s+(?:\w+ly\s+|{FLOATING_QUANTIFIER}\s+)?"
    r"(?:hit|targeted|slapped|spared|exempt\w*|struck|singled out)\b"
)
_MADE_IN_BEFORE = re.compile(MADE_IN_BEFORE)      # "cars made in Korea": the goods' country (round 36)
_RELATIVE_AFTER = re.compile(r"^,\s+(?:which|whose)\b")
_GOODS_AFTER = re.compile(rf"^(?:[\s-]+[\w\-]+){{0,2}}?[\s-]+(?:{ALL_GOODS_WORDS}|{_PRODUCT_WORDS}|made|-made|producers|companies|exporters)\b", re.I)
# a legislature's or council's decision: "Mexico's Senate on Wednesday gave final approval to higher import duties",
# "European Union ministers on Thursday gave final approval to new tariffs"
_APPROVAL = r"(?:gave|given|gives|give|giving)\s+(?:(?:its|their|final|formal)\s+){0,2}(?:approval|green\s+light|go-ahead)\s+to"
# (", which in May announced …", ", which has imposed …": a relative clause's verb is its country's, round 14)
_IMPOSER_VERB_AFTER = re.compile(
    r"^(?:,[^,]{0,60},|,\s+which)?(?:\s+(?:federal\s+)?(?:government|administration|officials|authorities|cabinet|(?:\w+\s+)?ministry|leaders?|lawmakers|ministers|Congress|Parliament|Senate))?(?:\s+(?:has|have|had|was|is|will|would|could|may|might|also|already|then|now|later|quickly|on \w+|last \w+|this \w+|in \w+|said it|says it|said|says|plans to|planned to|threatened to|intends to|moved to|moves to|moving to|decided to|vowed to|promised to|decision to|move to|plan to|threat to|order to|bid to|push to|has moved to|is set to|is expected to|"
    r"agreed to|agrees to|committed to|commits to|pledged to|pledges to|offered to|wants to|aims to|seeks to|sought to|"
    r"began|begins|started|starts)){0,3}"
    r"\s+(?:" + _APPROVAL + r"|" + REPLY_VERBS + r"|" + GO_AHEAD_VERBS + r"|impos\w*|halv\w*|trim\w*|slash\w*|reinstat\w*|restor\w*|consider\w*|recommend\w*|slapp?\w*|levi\w*|levy|announc\w*|retaliat\w*|unveil\w*|plac\w*|put|puts|putting|applie\w*|apply|threaten\w*|rais\w*|hik\w*|doubl\w*|increas\w*|lift\w*|remov\w*|dropp?\w*|paus\w*|delay\w*|suspend\w*|respond\w*|hit|hits|match\w*|introduc\w*|set|sets|enact\w*|adopt\w*|decid\w*|struck|strikes|fired|fires|charg\w*|collect\w*|lower\w*|cut|cuts|reduc\w*|scrapp?\w*|rescind\w*|kept|keeps|maintain\w*|extend\w*|expand\w*|propos\w*|approv\w*|confirm\w*|add\w*|launch\w*|finaliz\w*|sign\w*|order\w*)\b"
    r"(?!\s+(?:(?:a|an|the|its)\s+)?(?:[\w-]+\s+){0,2}?(?:deals?|agreements?|pacts?|framework|accords?|truce)\b"   # "struck a trade deal"
    # (round 35: a comparison's object -- "Thailand keeps an edge over Vietnam and Taiwan, both at 20%": the subject
    # compares, it imposes nothing; the compared rates are the measure's)
    r"|\s+(?:(?:a|an|the|its|their)\s+)?(?:[\w-]+\s+)?(?:edge|advantage)\s+over\b)"
)
# (a rate may stand between the party and its noun: "Washington's 25% tariffs", "Trump's 30% tariff", "U.S. 10% duty")
_NOUN_AFTER = re.compile(rf"^(?:’s|'s)?(?:\s+[\w\-“”\"]+%?){{0,3}}?\s+(?:{TARIFF_NOUNS}|retaliation|retaliatory\s+\w+)\b", re.I)
# "Under Canada’s supply management system, over-quota tariffs ...": a possessive reaches further
_PAYER_VERB_BETWEEN = re.compile(PAYER_VERB_BETWEEN, re.I)
_PASSIVE_PAYER_AFTER = re.compile(PASSIVE_PAYER_AFTER, re.I)
_BARE_PASSIVE_AFTER = re.compile(BARE_PASSIVE_AFTER, re.I)
_NOUN_AFTER_POSS = re.compile(rf"^(?:’s|'s)(?:\s+[\w\-“”\"]+%?,?){{0,5}}?\s+(?:{TARIFF_NOUNS}|retaliation|retaliatory\s+\w+)\b", re.I)
_RATE_FOR = re.compile(rf"\b(?:rates?|{TARIFF_NOUNS})\s+for\s+(?:the\s+)?$", re.I)
_REL_RATE = re.compile(r",\s+(?:(?:which|who|that|whose\s+(?:goods|exports|products|shipments))\s+(?:[\w-]+\s+){0,3}?"
                       r"(?:faces?|faced|facing|secured|gets?|got|pays?|paid|receives?|received|won|is\s+at|was\s+at|stands\s+at)"
                       r"|with)\s+(?:(?:a|an|the|only|just|rates?\s+of|a\s+rate\s+of)\s+)?")
# "25 percent for South Korea", "36% for Cambodia and Thailand": the rate's own "for" names its partner
_PCT_FOR = re.compile(r"\d\s?" + PERCENT_UNIT + r"\s+(?:(?:tariffs?|dut(?:y|ies)|rates?|levy|levies)\s+)?for\s+(?:the\s+)?$", re.I)
_PREP_BEFORE = re.compile(r"\b(?:with|from|of|to|for|in|by|between|than)\s+(?:the\s+)?$", re.I)
_OWN_SUBJECT = re.compile(rf"^\S+(?:\s+[“”\"\w-]+){{0,3}}?\s+(?:{TARIFF_NOUNS}|rates?)[”\"]?\s+(?:that\s+|which\s+)?$", re.I)
_RATE_AFTER = re.compile(r"^\s+(?:[\w-]+\s+){0,2}?(?:tariff\s+)?rates?\b", re.I)
_BOTH = re.compile(r"\b(?:both countries|the two countries|both nations|both neighbou?rs|both governments|the two neighbou?rs)\b", re.I)
_PROVINCE_MEASURE = re.compile(rf"\b(?:the province|provincial)(?:’s|'s)?\s+(?:[\w-]+\s+){{0,4}}?(?:{TARIFF_NOUNS})\b", re.I)
_BOUGHT_BEFORE = re.compile(r"\b(?:purchases?|imports?|buying|buys|bought|purchasing|sales)\s+of\s+(?:\w+\s+)?$", re.I)
_MEASURED_IMPORTS_BEFORE = re.compile(MEASURED_IMPORTS_BEFORE, re.I)
# a country's name used as the adjective of its goods ("EU goods", "UK steel", "China imports")
_NAME_GOODS_AFTER = re.compile(r"^[\s-]+(?:-?made\s+|-?origin\s+)?(?:goods|products|imports|exports|shipments|exporters|producers|"
                               r"merchandise|steel|aluminium|aluminum|cars|vehicles|autos)\b(?!\s+(?:of|to|from|into|rose|fell|grew|jumped|dropped)\b)")
_PURCHASES_AFTER = re.compile(r"^\s+(?:purchases?|imports?|buying)\s+of\b", re.I)
_BY_BEFORE = re.compile(r"\b(?:imposed|levied|announced|introduced|set|applied|slapped|placed)\s+(?:\w+\s+)?by\s+(?:the\s+)?$")
# the market goods enter is the one that charges them ("Turkish goods entering the United States are subject to the
# 10% baseline", "aluminum exports, which face a 50% tariff at the American border"): the imposer, never the payer
_DESTINATION_BEFORE = re.compile(
    r"\b(?:entering|enter|enters|entered|arriving\s+in|arrive\s+in|arrives\s+in|arrived\s+in|"
    r"(?:its|their|his|her|our)\s+(?:[\w-]+\s+)?(?:exports|sales|shipments)\s+to|exported\s+to|shipped\s+to|sold\s+to|"
    r"(?:imports?|imported|goods|products|shipments|exports|exported|sold|shipped|brought|coming|come|comes|flowing)\s+into)"
    r"\s+(?:the\s+)?$", re.I)
# "at the US border", "dumped on the Chinese market", "shut out of the US market, where a 25 per cent tariff ..."
_MARKET_AFTER = re.compile(r"\s+(?:border|market)\b", re.I)
_THE_BEFORE = re.compile(r"\bthe\s+$", re.I)
# "importers of Canadian canola", "importers of some EU dairy products": the goods' country pays
_IMPORTERS_OF = re.compile(r"\bimporters?\s+of\s+(?:(?:the|some|certain|most|all)\s+)?$", re.I)
_RETALIATION = re.compile(RETALIATION_WORDS, re.I)
_NEW_ACTOR_BEFORE = re.compile(r"(?:,\s*|\s+)(?:and|while|whereas|but|with)\s+(?:the\s+)?$", re.I)
_RATE_OWN_NOUN = re.compile(r"[\d.]+\s?(?:%|per\s?cent|percent|pct)\s+(?:the\s+)?$", re.I)    # "10% US tariff"
_NEGATED_RETALIATION = re.compile(
    r"\b(?:not|n[’']t|no|never|without)\s+(?:\w+\s+)?retaliat"
    r"|\b(?:any|if\s+(?:[\w.]+\s+){0,3}?)retaliat", re.I)     # "warning that any retaliation ... would be added"
_GLOBAL = re.compile(GLOBAL_TARGET_WORDS, re.I)
_BUYERS = re.compile(SECONDARY_BUYERS, re.I)
_BOUGHT_SELLER_BEFORE = re.compile(BOUGHT_SELLER_BEFORE, re.I)
_BOUGHT_SOURCE_BEFORE = re.compile(BOUGHT_SOURCE_BEFORE, re.I)
_BOUGHT_OWNER_BEFORE = re.compile(BOUGHT_OWNER_BEFORE, re.I)
_BOUGHT_NOUN_AFTER = re.compile(BOUGHT_NOUN_AFTER, re.I)
# "eight European countries", "other Asian nations": a demonym qualifying a group of countries names none of them
_GROUP_LIST = re.compile(r"\b(?:countries|nations|economies|trading\s+partners)\s*(?:[-–—:(]|,\s+namely)\s*(?:the\s+)?$", re.I)
# round 14: a group of countries the measure names, then its members ("on goods from countries that do not have trade
# agreements with Mexico, among them China, India, South Korea, Thailand and Indonesia", "the countries covered, which
# include China, India, South Korea and Brazil"): one fact per member (LABELING.md: one per listed target); not a
# group of every partner ("all countries, including China" stays global)
_GROUP_MEMBERS = re.compile(
    r"(?<!\ball\s)(?<!\bmost\s)(?<!\bevery\s)(?<!\bmany\s)(?<!\bnearly\s)(?<!\balmost\s)(?<!\bdozens\sof\s)"
    r"(?<!\bscores\sof\s)(?<!\bhundreds\sof\s)(?<!\bmore\sthan\s\d\d\s)"
    r"\b(?:countries|nations|economies|trading\s+partners)\b(?:(?![^,;.%]*\d)[^;.%]){0,90}?"
    r"(?:,?\s+among\s+them|,?\s+which\s+include[sd]?|,\s+namely|\s*[-–—:(])\s*(?:the\s+)?$", re.I)
# (not "including" / "such as": those name examples, as for products -- the rule corpus's article 81, "from countries with
# which Mexico does not have a trade agreement, including China, South Korea, India and Thailand", is labelled global)
_GROUP_AFTER = re.compile(r"\s+(?:countries|nations|economies|member\s+states|trading\s+partners)\b", re.I)
_LIST_GAP = re.compile(r"\s*(?:,\s*(?:and\s+|or\s+)?|\s+and\s+|\s+or\s+|\s*&\s*)(?:the\s+)?")
_SHARED_SUBJECT = re.compile(r"^\W*(?:while|and|but|yet)?\s*(?:keeping|maintaining|leaving|retaining|holding|raising|imposing|adding|cutting|lowering)\b", re.I)
_FEDERAL_GOVERNMENT = re.compile(r"\b(?:the|its)\s+federal\s+government\b", re.I)
_WHO_AFTER = re.compile(r",\s+who\s+(?:[\w-]+\s+){0,5}?(?:threaten\w*|impos\w*|slapp?\w*|announc\w*|levi\w*|propos\w*|introduc\w*)\b")
_NEXT_RATE_SUBJECT = re.compile(r"^\s+(?:goods|products|imports|exports|cars|steel)?\s*(?:an?\s+|the\s+)?\d")
# a sector measure (LABELING.md: null target "when stated on imports generally or from all/most countries, even
# naming one"): the goods of the global U.S.-style sector duties, and the words that say the rate's own phrase
# covers every partner
SECTOR_PRODUCTS = frozenset((
    "steel", "aluminum", "aluminium", "copper", "lumber", "softwood lumber", "timber", "wood", "autos", "auto", "cars",
    "car", "vehicles", "automobiles", "auto parts", "car parts", "automotive parts", "trucks", "heavy trucks",
    "light trucks", "pharmaceuticals", "drugs", "semiconductors", "chips", "metals", "furniture", "kitchen cabinets",
    "cabinets", "vanities", "upholstered furniture"))
_PARTNER_NOUNS = (r"(?:countries|country|nations|nation|trading\s+partners?|partners?|suppliers?|sources?|origins?"
                  r"|exporters|producers|imports(?!\s+from\b))")
_ALL_PARTNERS = re.compile(
    r"\b(?:(?:from|of|by|on)\s+(?:all|every|any|most)\s+(?:other\s+)?(?:countries|country|nations|nation|trading partners?|partners?|suppliers?|sources?|origins?)"
    r"|(?:all\s+)?(?:foreign|imported)(?!\s+(?:from|into)\b)|worldwide|globally|regardless of (?:origin|where)"
    r"|\bon\s+all\s+(?:[\w-]+\s+(?:and\s+)?){1,3}?imports"      # "on all steel and aluminium imports"
    # round 13b: the rate's own phrase says whom the duty is charged to, or compares the named country with every
    # other partner ("the 50 percent tariffs that Washington applies to all suppliers", "doubled to 50% for most
    # suppliers, Mexico among them", "a 25 percent tariff on all imports of steel ..., including those from the EU",
    # "like those of almost every other trading partner", "in the same way as to anyone else's", "duties of 50
    # percent that apply to imports of the metals"): LABELING.md's sector rule, null "when stated ... from all/most
    # countries, even naming one"
    r"|(?:to|for)\s+(?:almost\s+|nearly\s+|virtually\s+)?(?:all|every|most)\s+(?:other\s+)?" + _PARTNER_NOUNS +
    r"|(?:from|of|by|on)\s+(?:almost|nearly|virtually)\s+(?:all|every)\s+(?:other\s+)?" + _PARTNER_NOUNS +
    r"|\blike\s+(?:those\s+of\s+)?(?:almost\s+|nearly\s+|virtually\s+)?(?:all|every|most)\s+(?:other\s+)?" + _PARTNER_NOUNS +
    r"|the\s+same\s+way\s+as\s+(?:to\s+)?(?:anyone|everyone|every\w*)\s+else"
    r"|\bappl(?:y|ies|ied)\s+to\s+imports(?!\s+from\b)|\ball\s+imports\s+of\b(?![^,;]*\bfrom\b))\b", re.I)
_SECTOR_WORDS = "|".join(re.escape(p) for p in sorted(SECTOR_PRODUCTS, key=len, reverse=True))
# round 14b: sector goods that are themselves the rate's paying subject, no country named ("Aluminum exports, which
# face a 50% tariff at the American border", "steel and aluminium, which still face a 50 per cent US tariff",
# "Steel and aluminium: still subject to a 25% US levy"): in a story on one partner's trade these are its goods
# (LABELING.md's sector rule: "the named country when the text says its goods pay it"); "imports" / "imported"
# goods are every partner's, and "from ..." names an origin the cues read
_GOODS_PAYING = re.compile(
    rf"\b(?:{_SECTOR_WORDS})(?:\s+(?:exports|shipments|products|sales))?"
    r"(?:,?\s+(?:which|that)|\s*:|(?:\s+(?!(?:from|of|on|to|into|imports?|imported|foreign|for|by)\b)[\w-]+){0,3}?)"
    r"(?:\s+(?:has|have|had|was|were|is|are|will|would|could|may|might|now|already|also|still|currently|again|"
    r"generally|typically|continue\s+to|continues\s+to)){0,3}"
    r"\s+(?:facing|faces|face|faced|pay|pays|paying|paid|subject\s+to|carry|carries|charged)"
    r"(?:\s+(?!(?:on|from|for|by)\b)[\w-]+){0,3}?\s*$", re.I)
# the goods are examples of a kind ("sector-specific tariffs, such as cars, which pay 25%") or a measure's object ("the
# levy on non-alloy and alloy flat steel products will be charged at 12%"): not one partner's goods paying
_NOT_PAYING_GOODS_BEFORE = re.compile(rf"(?:\b(?:such\s+as|including)\b[^.;:]*|\blike\s+|\b(?:{TARIFF_NOUNS})\s+on(?:\s+[\w-]+){{0,4}}?\s+)$", re.I)
# "Mexico would continue to pay ...", "Canadian steel has also been charged ...": the one paying, before the rate
_PAYER_AFTER = re.compile(r"(?:\s+[\w’'-]+){0,4}?\s+(?:pay|pays|paid|paying|face|faces|faced|facing|charged|subject to|hit)\b", re.I)
_NEXT_CLAUSE_RATE = re.compile(r"\d\s?(?:%|per\s?cent|percent|pct)\b.*?(?:[,;]\s*(?:and|while|but|whereas)\b|;)", re.I | re.S)


_OWNED_GOODS = re.compile(rf"\b{OWNED_GOODS_PRONOUN}(?:[\w-]+\s+){{0,2}}?(?:{OWNED_GOODS_WORDS}|{_PRODUCT_WORDS})\b", re.I)
_OWNED_GOODS_SUBJECT = re.compile(OWNED_GOODS_SUBJECT % f"{OWNED_GOODS_WORDS}|{_PRODUCT_WORDS}", re.I)
_OWNED_GOODS_OBJECT_BEFORE = re.compile(OWNED_GOODS_OBJECT_BEFORE, re.I)
_CHANGE_FROM_BETWEEN = re.compile(CHANGE_FROM_BETWEEN, re.I)
_ANY_PERCENT = re.compile(r"\d\s?" + PERCENT_UNIT, re.I)
_EVERY_PARTNER = re.compile(EVERY_PARTNER, re.I)
_PAYING_SUBJECT_TO_RATE = re.compile(PAYING_SUBJECT_TO_RATE, re.I)
_PAYING_SUBJECT_NOT_AFTER = re.compile(PAYING_SUBJECT_NOT_AFTER, re.I)
_BARE_IMPORTED = re.compile(BARE_IMPORTED, re.I)
_PAYING_SUBJECT_SECOND_RATE = re.compile(PAYING_SUBJECT_SECOND_RATE, re.I)
_PAYING_SUBJECT_ACTIVE_CHARGED = re.compile(PAYING_SUBJECT_ACTIVE_CHARGED, re.I)
_PAYING_SUBJECT_RELATIVE = re.compile(PAYING_SUBJECT_RELATIVE, re.I)
_RATE_NUMBER = re.compile(r"[\d.,]*\d\s?" + PERCENT_UNIT, re.I)
_CONTENT_ORIGIN_BEFORE = re.compile(CONTENT_ORIGIN_BEFORE, re.I)
_OWN_RATE = re.compile(r"[\d.,]+\s?" + PERCENT_UNIT + r"?", re.I)
_TARIFF_ADJECTIVE = re.compile(rf"^(?:’s|'s)?\s+(?:[\w-]+\s+)?(?:{TARIFF_NOUNS})\b", re.I)   # "US tariff", "American levy"
# "a levy on American whiskey", "duties against U.S. goods": the country named is the object's owner
_ON_GOODS_BEFORE = re.compile(r"\b(?:on|against)\s+(?:(?:all|most|the|some|certain|[\w-]+\s+from)\s+)?$", re.I)
_CLAUSE_BREAK = re.compile(r"[;:]|,\s+(?:and|but|while|whereas)\b")


@lru_cache(maxsize=1024)   # pure; resolve_all asks again for the same mentions per rate (half the calls repeat)
def _cue(text: str, m: Mention, base: int) -> str | None:
    """'target', 'imposer' or None for mention m (offsets relative to base) inside text."""
    s, e = m.start - base, m.end - base
    before = text[max(0, s - 60):s]
    after = text[e + (2 if m.possessive else 0):e + 120]
    if _BY_BEFORE.search(before):
        return "imposer"
    if _destination(text, m, e, before):
        return "imposer"
    if _IMPORTERS_OF.search(before):
        return "target"
    if m.text in TRADE_AUTHORITIES:
        # an authority decides, it never pays ("according to a notice from the Customs Tariff Commission")
        return "imposer" if _IMPOSER_VERB_AFTER.match(after) or _NOUN_AFTER.match(text[e:e + 80]) else None
    if _TARGET_BEFORE.search(before) or _RATE_FOR.search(before) or _PCT_FOR.search(before) \
            or _MADE_IN_BEFORE.search(before):
        return "target"     # ("... on cars made in Korea": where the goods were made names their owner, round 36)
    if _TARGET_AFTER.match(after) and (not _PREP_BEFORE.search(before) or _RELATIVE_AFTER.match(after)):
        # "Canada will face ..." (but not "an agreement with Canada will face"); a relative clause is the mention's own
        # whatever governs it ("less competitive than Ecuador, whose shrimp pays 15%", round 24)
        return "target"
    if m.kind != "person" and _payer_subject(after, before):
        return "target"
    if m.kind != "person" and not _PREP_BEFORE.search(before) and _PASSIVE_PAYER_AFTER.match(after):
        return "target"         # "Brazil, for example, is hit by a 50% duty": passive, the payer (round 25b)
    if m.kind != "person" and _BARE_PASSIVE_AFTER.match(after):
        return "target"         # a headline's bare passive: "South Africa hit with 30% US tariff" (round 30)
    poss_noun = _NOUN_AFTER_POSS.match(text[e:e + 100]) if m.kind in ("name", "capital") and m.possessive else None
    if poss_noun and not _other_country_word(poss_noun.group(), m.iso3):
        # (not across another country's adjective of the noun: "Norway's seafood sector handed 15% US tariff", round 30)
        return "imposer"
    noun = _NOUN_AFTER.match(text[e:e + 80]) if m.kind in ("demonym", "name", "capital") else None
    if noun and not _PAYER_VERB_BETWEEN.search(noun.group()):
        # "U.S. tariffs", "Canadian counter-tariffs", "Canada's retaliatory tariffs" -- not "Japanese goods could face
        # tariffs": the goods pay (round 25b)
        if m.kind == "demonym" or m.possessive or m.text in ("U.S.", "US"):
            return "imposer"
    if m.kind == "person" and m.possessive and _NOUN_AFTER.match(text[e:e + 80]):
        return "imposer"
    if (m.kind == "demonym" or m.possessive or m.text in ("U.S.", "US")) and _GOODS_AFTER.match(after):
        if _bought_before(before):
            return None        # "a penalty for New Delhi's purchases of Russian oil": the buyer is hit
        return "target"
    if m.kind == "name" and not m.possessive and _NAME_GOODS_AFTER.match(after) and not _bought_before(before):
        return "target"         # "EU goods currently face a 10% US tariff", "a blanket 10% tariff applies to EU imports"
    if m.possessive and _PURCHASES_AFTER.match(after):
        return "target"
    if m.possessive and _RATE_AFTER.match(after):
        return "target"         # "Mexico's rate on non-compliant goods remains at 25 per cent"
    if _IMPOSER_VERB_AFTER.match(after):
        return "imposer"
    return None


def _other_country_word(span: str, iso3: str) -> bool:
    """Whether a word of `span` (a possessive's reach to its tariff noun) names a country other than `iso3`."""
    return any(gazetteer.lookup(w) not in (None, iso3) for w in re.findall(r"[A-Z][\w.]*", span))


def _bought_before(before: str) -> bool:
    """Whether a country's goods follow a buyer's purchase ("New Delhi's purchases of Russian oil": the buyer is hit, not
    the seller) -- not imports that a measure names as its object ("a 25% tariff on imports of Canadian seafood": the
    goods' origin pays it)."""
    return bool(_BOUGHT_BEFORE.search(before)) and not _MEASURED_IMPORTS_BEFORE.search(before)


# round 14: the payer named as the subject of its clause with words between it and its verb -- an appositive or relative
# clause ("Switzerland, home to some of the world's best-known luxury names, will face a 39% tariff"), its goods going
# to the market ("Most EU exports to the US pay a baseline tariff", "South African citrus arriving in the US currently
# pays the 10% baseline") -- or the seller in "goods that Vietnam sells to the U.S. will carry a baseline tariff"
_PAYER_VERB = (r"(?:\s+(?:has|have|had|was|were|is|are|will|would|could|may|might|now|already|also|still|currently|"
               r"again|generally|typically|continue\s+to|continues\s+to)){0,3}"
               r"\s+(?:facing|faces|face|faced|pay|pays|paying|paid|subject\s+to|carry|carries|charged|placed\s+on)\b")
_SUBJECT_INTERRUPTED = re.compile(
    r"^(?:,\s+(?![^,;:]*\d\s?(?:%|per\s?cent|percent))[^,;:()]{3,100}?,"          # ", home to ... ," (no rate inside)
    r"|[\s-]+(?:[\w-]+\s+){0,2}?(?:goods|products|imports|exports|shipments|merchandise|" + _PRODUCT_WORDS + r"|citrus)"
    r"\s+(?:to|into|in|arriving\s+in|entering|shipped\s+to|sent\s+to|sold\s+in)\s+(?:the\s+)?[\w.]+(?:\s+[A-Z][\w.]*)?,?)"
    + _PAYER_VERB, re.I)
_GOODS_THAT_BEFORE = re.compile(r"\b(?:goods|products|exports|items|shipments|merchandise)\s+(?:that|which)\s+(?:the\s+)?$", re.I)
_SELLS_AFTER = re.compile(r"^\s+(?:sells|sold|ships|shipped|sends|sent|exports|exported)\s+(?:to|into)\b", re.I)


def _payer_subject(after: str, before: str) -> bool:
    """Whether a country mention is the payer of the rate by the shape of its clause, across the words between it and
    its payer verb (see _SUBJECT_INTERRUPTED), or as the seller of "goods that X sells to ..."."""
    if _GOODS_THAT_BEFORE.search(before) and _SELLS_AFTER.match(after):
        return True
    return not _PREP_BEFORE.search(before) and bool(_SUBJECT_INTERRUPTED.match(after))


def _destination(text: str, m: Mention, e: int, before: str) -> bool:
    """Whether mention m is the market goods enter ("entering the US", "at the American border"): it charges them."""
    if m.kind == "person":
        return False
    if _DESTINATION_BEFORE.search(before):
        return True
    return bool(_THE_BEFORE.search(before) and not m.possessive and _MARKET_AFTER.match(text, e))


def resolve(ctx: Context, sent_start: int, sent_text: str, clause: tuple[int, int], sent_index: int,
            anchor: int | None = None, window_start: int | None = None) -> tuple[str | None, str | None, bool]:
    imposer, targets, is_global = resolve_all(ctx, sent_start, sent_text, clause, sent_index, anchor, window_start)
    return imposer, (targets[0] if targets else None), is_global


def _coordinated(sent_text: str, sent_start: int, first: Mention, mentions: list[Mention]) -> list[str]:
    """"imports from Mexico and Canada", "Laos and Myanmar at 40%": the countries listed with `first`."""
    out = [first.iso3]
    prev = first
    for m in mentions:
        if m.start <= prev.start or m.kind == "person":
            continue
        gap = sent_text[prev.end - sent_start + (2 if prev.possessive else 0):m.start - sent_start]
        if not _LIST_GAP.fullmatch(gap):
            break
        if m.iso3 not in out:
            out.append(m.iso3)
        prev = m
    return out


def _imposer_unnamed(ctx: Context, sent_start: int, sent_text: str, target: str | None, retaliation: bool,
                     sentence_isos: list[str], mentions, sellers, span: tuple[int, int]) -> tuple[str | None, str | None]:
    """(imposer, target) when no cue names the imposer: _uncued_imposer, never a country the payers buy from."""
    clause_isos = [m.iso3 for m in mentions if m.kind != "person"]
    imposer, target = _uncued_imposer(ctx, sent_start, sent_text, target, retaliation, sentence_isos, clause_isos, span)
    if imposer in sellers:
        imposer = ctx.default_imposer    # the country a secondary tariff's payers buy from imposes nothing
    return imposer, target


def _sector_story_payer(ctx: Context, sent_index: int, sent_start: int, sent_text: str, cued, tgt, mentions,
                        imposer: str | None, span: tuple[int, int, int]) -> str | None:
    """A sector measure's payer: the clause's own, the story's goods payer, or the rundown lead's."""
    a, ws, we = span
    return _sector_payer(sent_text, sent_start, cued, tgt, imposer, a, we) \
        or _story_goods_payer(ctx, sent_index, sent_start, sent_text, mentions, imposer, a, ws, we) \
        or _rundown_lead_payer(ctx, sent_index, mentions, imposer)


def _unnamed_target(ctx: Context, sent_index: int, sent_start: int, sent_text: str, window: tuple[int, int, int],
                    a: int, mentions, imposer: str | None, targets: list[str], is_global: bool,
                    retaliation_alone: bool) -> tuple[str | None, list[str]]:
    """The target of a measure whose clause names none: a counted group's members ("goods from eight European
    countries"), else the target the story hands down."""
    cs, ws, we = window
    if not is_global:
        members = _counted_group_members(ctx, sent_index, sent_text, ws, we - sent_start, imposer)
        if members:
            ctx.counted_groups.append((sent_index, members))    # carried on like a listed group (_carried_group)
            return members[0], members
    return _story_handed_target(ctx, sent_index, sent_start, sent_text, cs, a, ws, mentions, imposer,
                                targets, is_global, retaliation_alone)


def _cued_parties(ctx: Context, sent_start: int, sent_text: str, mentions, cued, spans: tuple[int, int, int, int, int],
                  sector: bool) -> tuple:
    """(imposer, target, targets, target mentions) the rate's clause cues: the cued imposer or the segment's actor, the
    cued targets (for a sector measure, not a country hit before its imposer acts or after the rate), and a payer beside
    the default imposer when the cued target is that imposer."""
    a, cs, ws, we, ce = spans
    tgt = [m for m, c in cued if c == "target"]
    imposer = _cued_imposer(sent_text, sent_start, cued, a, sent_start + ws, we)
    imposer = _segment_actor(sent_text, sent_start, mentions, cued, imposer, a, we, cs) or imposer
    imposer = _region_imposer(ctx, sent_text, sent_start, cued, (sent_start + cs, a)) or imposer
    if imposer is not None and _pays_own_rate(sent_text, sent_start, cued, imposer, (a, sent_start + ws, we)):
        imposer = None      # the rate's own phrase names the imposer read as its payer: the imposer is another
    if sector:
        tgt = [m for m in tgt if not _hit_before_imposer_acts(sent_text, sent_start, m, cued, imposer, a)
               and not _hit_after_rate(sent_text, sent_start, m, a)]
    target, targets = _cued_target(sent_text, sent_start, mentions, tgt, imposer, a, ws, we, ce)
    payer = _possessor_pays(ctx, sent_text, sent_start, mentions, cued, imposer)
    # (a cued target keeps the possessor the imposer: "Mexico's tariffs of up to 50% on China")
    if payer is not None and target is None:
        imposer, target, targets = ctx.default_imposer, payer, [payer]
    if imposer is None and target is not None and target == ctx.default_imposer:
        payer = _payer_beside_default(sent_text, sent_start, mentions, tgt, target, a, ws)
        target, targets = (payer[0], payer) if payer else (target, targets)
    return imposer, target, targets, tgt


# round 43: what the possessive's rate noun is about when it is the possessor's own measure -- an answer ("retaliatory",
# "counter-tariffs", "its own") or a charge on another country ("Mexico's tariffs of up to 50% on China")
_POSS_OWN_MEASURE = re.compile(rf"{RETALIATION_WORDS}|\b(?:own|import|export)\b", re.I)
# the possessive must be the rate noun's own determiner: its modifiers only ("Japan's 24% across-the-board tariff"), not
# a noun it owns first ("Canada's decision to impose tariffs", "Beijing's answer to ...", "China's reduction of its
# tariff", "the EU's 15% rate only replaces duties") nor a name ("Mexico's Congress", "China's Customs Tariff Commission")
_POSS_MODIFIERS = re.compile(r"^['’]s(?:\s+(?!(?:decision|answer|response|reduction|intention|move|plan|proposal|"
                             r"rates?|its|their)\b)(?:[a-z][\w-]*|[\d.]+\s?(?:%|per\s?cent|percent)|“|”|\")){0,5}\s+$")
_POSS_OBJECT_AFTER = re.compile(r"\s+(?:[\w-]+\s+){0,1}?(?:on|against)\b", re.I)


def _possessor_pays(ctx: Context, sent_text: str, sent_start: int, mentions: list, cued: list,
                    imposer: str | None) -> str | None:
    """The country whose possessive before the rate noun is the clause's only imposer cue when that noun is the default
    imposer's rate on it ("Vietnam's tariff was cut to 20%", "set Lesotho's tariff at 15%", "India's 50% tariffs take
    effect", "Japan's 24% across-the-board tariff"): over dev such a possessive with no answer word and no "on ..."
    object is labelled the payer in a story whose default imposer is another country (round 43). None otherwise --
    "Canada's 25% counter-tariffs", "Mexico's 25% tariff on Chinese cars", the default imposer's own possessive."""
    default = ctx.default_imposer
    if imposer is None or default is None or imposer == default:
        return None
    own = [m for m, c in cued if c == "imposer" and m.iso3 == imposer]
    if not own or any(not m.possessive or m.kind not in ("name", "capital") for m in own):
        return None
    for m in own:
        e = m.end - sent_start
        noun = _NOUN_AFTER_POSS.match(sent_text[e:e + 100])
        if noun is None or _POSS_OWN_MEASURE.search(noun.group()) or _POSS_OBJECT_AFTER.match(sent_text, e + noun.end()):
            return None
        head = re.search(r"\S+$", noun.group()).start()
        if not _POSS_MODIFIERS.match(noun.group()[:head]):
            return None
    return imposer


# "Ontario's 25% duty", "Ontario's new 25 per cent surcharge": the possessive owns the rate itself (not "B.C.'s softwood
# lumber with tariffs in addition to the 14.5 per cent duties it already faces": goods owned, another's duty)
_REGION_RATE_AFTER = re.compile(r"['’]s\s+(?:[\w-]+\s+){0,2}$")


def _region_imposer(ctx: Context, sent_text: str, sent_start: int, cued: list, span: tuple[int, int]) -> str | None:
    """The country of a province or state that the rate's clause names as acting before the rate, nearer the rate than
    any country cued as imposer ("Ontario had put a 25% surcharge on power sold to three US states", "a retaliation for
    Ontario's 25% duty on the electricity the province sells to the United States"): LABELING.md, a province's surcharge
    is its country's measure (round 30; provinces stood only for a target before).  None otherwise."""
    lo, a = span
    acting = []
    for r in ctx.region_mentions(lo, a):
        e = r.end - sent_start
        poss = sent_text[e:e + 2] in ("’s", "'s")
        if (_REGION_RATE_AFTER.match(sent_text, e, a - sent_start) if poss else
                _IMPOSER_VERB_AFTER.match(sent_text[e:e + 120]) and not _PREP_BEFORE.search(sent_text, 0, r.start - sent_start)):
            acting.append(r)
    if not acting:
        return None
    if any(c == "imposer" and acting[-1].start < m.start < a for m, c in cued):
        return None         # a country acts nearer the rate
    return acting[-1].iso3


def _targetless_sector_payer(ctx: Context, sent_index: int, sent_start: int, sent_text: str, cued, tgt, mentions,
                             imposer: str | None, spans: tuple[int, int, int, int], every_partner: bool) -> str | None:
    """A targetless sector rate's payer: the story's payer of the sector (`_sector_story_payer`), else -- unless the
    rate's own phrase covers every partner -- the partner of the deal that sets it (`_deal_partner`, round 29)."""
    a, ws, we, cs = spans
    return _sector_story_payer(ctx, sent_index, sent_start, sent_text, cued, tgt, mentions, imposer, (a, ws, we)) \
        or (None if every_partner else _deal_partner(ctx, sent_index, sent_start, sent_text, imposer, a,
                                                     (cs, we - sent_start))
            or _antecedent_payer(ctx, sent_index, sent_start, sent_text, imposer, a))


_DEMONSTRATIVE_ANAPHOR = re.compile(DEMONSTRATIVE_ANAPHOR, re.I)


def _antecedent_payer(ctx: Context, sent_index: int, sent_start: int, sent_text: str, imposer: str | None,
                      a: int) -> str | None:
    """The payer of the sentence before, for a sector rate whose sentence names no country but the imposer and points
    back to that sentence's goods or measure with a demonstrative before the rate, no rate of its own before it ("European
    cars currently face a 110% import duty in India. Under the FTA, that duty will be brought down ... to 10%": the EU;
    round 37).  The sentence before, in the same section, must name one country besides the imposer; None otherwise --
    a sector rate with no such back reference stays global (rounds 26b, 28 and 37 measured carrying the country of the
    sentence before to every such rate as a loss: most of them are labelled null)."""
    k = sent_index - 1
    if k < 0 or k <= ctx.section_start(sent_index) or _named_besides(ctx, sent_start, sent_start + len(sent_text), imposer):
        return None
    anaphor = _DEMONSTRATIVE_ANAPHOR.search(sent_text, 0, a - sent_start)
    if anaphor is None or _ANY_PERCENT.search(sent_text, 0, anaphor.start()):
        return None     # "... face a 25% tariff now, and that rate will climb to 50%": the antecedent is this sentence's
    before = ctx.sentences[k]
    named = _named_besides(ctx, before.start, before.end, imposer)
    return named.pop() if len(named) == 1 else None


def _named_besides(ctx: Context, lo: int, hi: int, imposer: str | None) -> set[str]:
    """The countries named between `lo` and `hi` other than the imposer (no people's countries, no compounds)."""
    return {m.iso3 for m in ctx.country_mentions(lo, hi) if m.kind != "person" and not m.compound and m.iso3 != imposer}


def resolve_all(ctx: Context, sent_start: int, sent_text: str, clause: tuple[int, int], sent_index: int,
                anchor: int | None = None, window_start: int | None = None,
                window_end: int | None = None, sector: bool = False) -> tuple[str | None, list[str], bool]:
    """(imposer, target, is_global) for a measure mentioned in `clause` of a sentence.

    Offsets in `clause`, `anchor` and `window_start` are relative to the sentence; the window is the
    part of the clause that belongs to this measure (after the previous rate's phrase).  A `sector`
    measure (steel, autos, ... : SECTOR_PRODUCTS) has a target only when the rate's own clause attaches
    one ("on Canadian steel", "Mexico pays 25% on cars"); otherwise, or when its own phrase covers every
    partner ("on steel imports from all countries"), it is global -- but in an anti-dumping or anti-subsidy story
    (`ctx.country_remedy`) only then: such a duty is charged on the story's target.  In order: the parties the clause cues,
    the imposer from the sentences around it, a sector measure's payer, then the target the story hands down."""
    cs, ce = clause
    ws = max(cs, window_start if window_start is not None else cs)
    clause_text = sent_text[cs:ce]
    buyers, mentions, sellers = _clause_mentions(ctx, sent_start, sent_text, cs, ce)
    cued = [(m, _cue(sent_text, m, sent_start)) for m in mentions]
    a = sent_start + (anchor if anchor is not None else cs)
    we = sent_start + (window_end if window_end is not None else ce)
    actor = _next_actor_start(sent_text, sent_start, cued, a, we)
    if actor < we:
        we = actor
        cued = [(m, c) for m, c in cued if m.start < we]
    imposer, target, targets, tgt = _cued_parties(ctx, sent_start, sent_text, mentions, cued, (a, cs, ws, we, ce),
                                                  sector)
    target, targets, every_partner = _target_overrides(ctx, sent_text, sent_start, imposer, sector, (cs, ws, we), a,
                                                       (target, targets))
    if imposer is not None and imposer == target:
        imposer = None
    imposer = _imposer_from_neighbours(ctx, sent_start, sent_text, clause, sent_index, a, imposer, target)
    retaliation = bool(_RETALIATION.search(clause_text)) and not _NEGATED_RETALIATION.search(clause_text)
    is_global = (bool(_GLOBAL.search(sent_text[ws:ce])) or bool(buyers)) and target is None
    sentence_isos = [m.iso3 for m in ctx.country_mentions(sent_start, sent_start + len(sent_text)) if not m.compound
                     and not sells_bought_goods(sent_text, m, sent_start)
                     and not relation_reference(sent_text, m, sent_start)]
    if imposer is None:
        imposer, target = _imposer_unnamed(ctx, sent_start, sent_text, target, retaliation, sentence_isos, mentions,
                                           sellers, (sent_start + cs, a))
    if sector and target is None and _reads_sector_payer(ctx, sent_index, sent_start, sent_text, clause):
        payer = _targetless_sector_payer(ctx, sent_index, sent_start, sent_text, cued, tgt, mentions, imposer,
                                         (a, ws, we, cs), every_partner)
        target, targets = (payer, [payer]) if payer is not None else (target, targets)
        is_global = target is None
    is_global = is_global or (every_partner and target is None)
    if is_global and _baseline_for_named(ctx, sent_text, sent_start, imposer, ws, ce):
        is_global = False       # "Korean goods ... leaving a 10% baseline duty in place": Korea's baseline
    if is_global:
        ctx.recent_global.add(sent_index)
    if target is None:
        target, targets = _unnamed_target(ctx, sent_index, sent_start, sent_text, (cs, ws, we), a, mentions, imposer,
                                          targets, is_global, retaliation and not sentence_isos)
    if target == imposer:
        target = None
    if target is not None:
        ctx.recent_targets[sent_index] = target
    if not targets or targets[0] != target:
        targets = [target] if target is not None else []
    return imposer, [t for t in targets if t != imposer], is_global


_DEAL_FRAMES = tuple(re.compile(f, re.I) for f in (DEAL_UNDER, DEAL_SETS, DEAL_TERMS))
_DEAL_NOUN = re.compile(rf"\b{DEAL_NOUNS}\b", re.I)
_DEAL_NOT_BILATERAL = re.compile(DEAL_NOT_BILATERAL, re.I)


def _deal_frame(sent_text: str, rate: int, clause: tuple[int, int]):
    """The deal frame the rate at sentence offset `rate` stands in: a frame in the rate's clause, or opening the
    sentence, with no other rate between it and the rate (round 29, xdealrate29: "Under the framework Seoul and
    Washington reached on July 30, the duty on cars and auto parts is to fall to 15 percent")."""
    cs, ce = clause
    for frame in _DEAL_FRAMES:
        for m in frame.finditer(sent_text, 0, ce):
            if m.start() < cs and sent_text[:m.start()].strip():
                continue        # an earlier clause's frame, unless it opens the sentence
            lo, hi = (m.end(), rate) if m.start() < rate else (_rate_end(sent_text, rate), m.start())
            if not _ANY_PERCENT.search(sent_text, lo, hi):
                return m
    return None


def _deal_phrase_partners(ctx: Context, sent_text: str, sent_start: int, frame, imposer: str | None) -> list[str]:
    """The parties the deal's own phrase names, the imposer aside: "the EU deal", "the framework Seoul and Washington
    reached on July 30", "the agreement struck between Washington and Brussels" (to the next comma or rate)."""
    end = min(len(sent_text), frame.end() + DEAL_PHRASE_REACH)
    stop = re.search(r"[,;:]|\d", sent_text[frame.end():end])
    end = frame.end() + stop.start() if stop else end
    # (a compound names the deal's pair: "the EU-US trade agreement")
    return list(dict.fromkeys(m.iso3 for m in ctx.country_mentions(sent_start + frame.start(), sent_start + end)
                              if m.kind != "person" and m.iso3 != imposer))


def _story_deal_partners(ctx: Context, sent_index: int, imposer: str | None) -> list[str] | None:
    """The parties of the story's deal: the countries other than the imposer that the nearest earlier sentence naming
    a deal names ("Washington and Tokyo have reached a broad trade agreement" -> [JPN]); None when no earlier
    sentence names a deal with a country."""
    for k in range(sent_index - 1, -1, -1):
        s = ctx.sentences[k]
        if not _DEAL_NOUN.search(s.text) or _DEAL_NOT_BILATERAL.search(s.text):
            continue
        isos = list(dict.fromkeys(m.iso3 for m in ctx.country_mentions(s.start, s.end)
                                  if m.kind != "person" and m.iso3 != imposer))
        if isos:
            return isos
    return None


def _deal_partner(ctx: Context, sent_index: int, sent_start: int, sent_text: str, imposer: str | None, a: int,
                  clause: tuple[int, int]) -> str | None:
    """The partner of the one deal that sets this sector rate: LABELING.md's sector rule gives a rate the country
    "set for it by a deal or an order", where no all-partner phrase, spared country or multi-party agreement is in
    the sentence.  The partner is the one country the deal's phrase names, else the story's deal partner, else the
    previous sentence's target."""
    if imposer is None or _DEAL_NOT_BILATERAL.search(sent_text):
        return None
    rate = a - sent_start
    frame = _deal_frame(sent_text, rate, clause)
    if frame is None:
        return None
    lo, hi = min(frame.start(), rate), clause[1]
    if _EVERY_PARTNER.search(sent_text, lo, hi) or not _only_imported_goods(sent_text, lo, hi):
        return None     # "the 50 percent tariff that Washington applies to all suppliers" is no deal's rate
    partners = _deal_phrase_partners(ctx, sent_text, sent_start, frame, imposer) \
        or _story_deal_partners(ctx, sent_index, imposer)
    if partners is None:
        # no deal named with its partner before: "Korean cars still pay a 25 percent US tariff. Under the trade deal
        # concluded at the Gyeongju summit, Washington has agreed to cut that rate to 15 percent"
        partners = [t for t in (ctx.recent_targets.get(sent_index - 1),) if t is not None and t != imposer]
    return partners[0] if len(partners) == 1 else None


def _target_overrides(ctx: Context, sent_text: str, sent_start: int, imposer: str | None, sector: bool,
                      window: tuple[int, int, int], a: int, cued: tuple[str | None, list[str]]
                      ) -> tuple[str | None, list[str], bool]:
    """The rate's own phrase over the cued target: (target, targets, whether it is stated for every partner).

    `window` is (clause start, measure window start) relative to the sentence and the window's absolute end."""
    cs, ws, we = window
    target, targets = cued
    if sector and _ALL_PARTNERS.search(sent_text, a - sent_start, we - sent_start) \
            and not (_only_imported_goods(sent_text, a - sent_start, we - sent_start)
                     and _paying_subject(ctx, sent_text, sent_start, target, a, cs)):
        target, targets = None, []     # "hit by the 50% tariff ... on steel imports from all countries"
    every_partner = _every_partner_rate(ctx, sent_text, sent_start, a, (cs, ws), we)
    if every_partner and not sector and _paying_subject(ctx, sent_text, sent_start, target, a, cs):
        every_partner = False  # round 26b: the named paying subject keeps the rate (LABELING.md, round 18)
    if every_partner:
        target, targets = None, []     # "... like those of almost every other trading partner, have paid a 10% tariff"
    if target is None and not sector:
        payer = _uncued_paying_subject(ctx, sent_text, sent_start, imposer, a, cs)
        if payer is not None:
            target, targets, every_partner = payer, [payer], False
    origin = _content_origin(ctx, sent_text, sent_start, imposer, a, ws)
    if origin is not None:
        target, targets = origin, [origin]     # "on steel imports from every country if ... melted and poured in China"
    owners = _owned_goods_owners(ctx, sent_text, sent_start, imposer, a, ws, we)
    if owners:
        target, targets = owners[0], owners      # "a 39% tariff on its goods": the goods' country pays it
    return target, targets, every_partner


def _paying_subject(ctx: Context, sent_text: str, sent_start: int, target: str | None, a: int, cs: int) -> bool:
    """The cued target is named in the rate's clause as the subject of the rate's own paying verb ("Iraqi goods, like
    those of almost every other trading partner, have paid a 10% tariff", "Japan ... pays the 10 percent baseline
    tariff that Washington applies to most countries"): LABELING.md's round-18 rule gives that country, not null, even
    where the sentence also says most partners pay the rate.  Not a country after a preposition or "including"."""
    if target is None:
        return False
    rate = a - sent_start
    for m in ctx.country_mentions(sent_start + cs, a):
        s, e = m.start - sent_start, m.end - sent_start
        if m.iso3 != target or m.compound or _PAYING_SUBJECT_NOT_AFTER.search(sent_text, max(0, s - 30), s):
            continue
        if _pays_rate(sent_text[e:rate]):
            return True
    return False


def _uncued_paying_subject(ctx: Context, sent_text: str, sent_start: int, imposer: str | None, a: int,
                           cs: int) -> str | None:
    """A country the cues left out, named in the rate's clause as the subject of its paying verb, in a sentence that
    also states a rate for all or most partners ("Japan, which had pressed for an exemption, was assigned a 24%
    levy ..., on top of a 10% baseline duty on all trading partners"; "every country except China, which remains
    subject to a steep 145% duty"): LABELING.md's round-18 rule names it.  Not the imposer, nor a country after a
    preposition (unless a relative clause makes it the subject), nor the actor of an active "charged"."""
    if not (_GLOBAL.search(sent_text) or _EVERY_PARTNER.search(sent_text)):
        return None
    rate = a - sent_start
    for m in reversed(ctx.country_mentions(sent_start + cs, a)):
        s, e = m.start - sent_start, m.end - sent_start
        if m.iso3 == imposer or m.compound or m.kind == "person":
            continue
        between = sent_text[e:rate]
        relative = bool(_PAYING_SUBJECT_RELATIVE.match(between))
        if (_PAYING_SUBJECT_NOT_AFTER.search(sent_text, max(0, s - 30), s) and not relative) \
                or _PAYING_SUBJECT_ACTIVE_CHARGED.search(between):
            continue
        if _pays_rate(between):
            return m.iso3
    return None


def _pays_rate(between: str) -> bool:
    """The text from a country's mention to the rate makes the country the rate's paying subject: straight
    (PAYING_SUBJECT_TO_RATE), or through a first rate it pays and a coordinator ("is still paying a 10% baseline
    tariff, along with a 25% tax on imported cars")."""
    if ";" in between:
        return False
    first = _RATE_NUMBER.search(between)
    if first is None:
        return bool(_PAYING_SUBJECT_TO_RATE.search(between))
    return bool(_PAYING_SUBJECT_TO_RATE.search(between[:first.start()])
                and _PAYING_SUBJECT_SECOND_RATE.match(between[first.start():]))


def _only_imported_goods(sent_text: str, lo: int, hi: int) -> bool:
    """Every all-partner phrase of the stretch is a bare "imported" / "foreign" on the goods ("a 25% US tariff on
    imported cars"): the goods are imports, which says nothing of who else pays -- beside a named paying subject
    ("Japan is also already subject to a 25% US tariff on imported cars") the country pays it (LABELING.md's sector
    rule: "the named country when the text says its goods pay it")."""
    return all(_BARE_IMPORTED.fullmatch(m.group(0)) for m in _ALL_PARTNERS.finditer(sent_text, lo, hi))


def _reads_sector_payer(ctx: Context, sent_index: int, sent_start: int, sent_text: str,
                        clause: tuple[int, int]) -> bool:
    """Whether a sector measure with no target looks for its payer: not in a digest item (it keeps its label's
    country), a country trade-remedy story, or a sentence on the imposer's own goods ("American steel products will
    face a 25% tariff, while aluminum ... 10%" in a story on Canada's countermeasures is no U.S. sector measure) --
    unless the rate stands in an adverbial clause of its own ("Canada had imposed counter-tariffs of 25% ... on US
    products ..., after Washington announced 25% duties on steel": the clause of the other side's act, round 31)."""
    cs, ce = clause if is_adverbial_clause(sent_text, clause) else (0, len(sent_text))
    return (ctx.item_label_isos(sent_index) is None and not ctx.country_remedy
            and not _hits_imposer_goods(ctx, sent_start + cs, sent_text[cs:ce]))


# "worries mount in Korea's steel sector after Washington said it would put a 25 percent tariff on ...": the clause of
# the imposer's act, opened by a conjunction of time or cause, is the rate's own clause
_ACT_CLAUSE_OPENER = re.compile(r"\b(?:after|as|when|since|because|once|before)\s+(?:the\s+)?$", re.I)
# ", fuelling worries that ...", ", a change that would ...", ", which hurts ...": the rest of the sentence tells the
# measure's effect
_EFFECT_CLAUSE = re.compile(r",\s+(?:[a-z]+ing\b|(?:a|the|which|in\s+a)\s+(?:[\w-]+\s+){0,2}?(?:that|which)?\s*(?:would|could|will|is|has|"
                            r"hurts?|hits?|deals?|weighs?)\b|which\b)", re.I)


def _segment_actor(sent_text: str, sent_start: int, mentions: list, cued: list, imposer: str | None, a: int, we: int,
                   cs: int) -> str | None:
    """The country opening a later rate's own segment as its actor, when the imposer read for the rate acts only before
    an earlier rate of the clause and the rate's own phrase makes that same country its payer: "the US raised its tariffs
    on Chinese goods to 145 per cent and Beijing answered with 125 per cent duties on American products" (a reply: the
    second rate is Beijing's on the U.S., not the first segment's imposer's on its own goods)."""
    if imposer is None:
        return None
    if not any(c == "target" and m.iso3 == imposer and a <= m.start < we and "," not in sent_text[a - sent_start:m.start - sent_start]
               for m, c in cued):
        return None     # the rate's own phrase does not hit the imposer's goods
    acts = [m.start for m, c in cued if c == "imposer" and m.iso3 == imposer and m.start < a]
    opening = [m for m in mentions if sent_start + cs <= m.start < a and m.kind != "person"
               and _NEW_ACTOR_BEFORE.search(sent_text, 0, m.start - sent_start)]
    if not acts or not opening or opening[-1].iso3 == imposer or dict(cued).get(opening[-1]) is not None:
        return None
    actor = opening[-1]
    # the imposer acts before an earlier rate, and nothing of the imposer's stands in the actor's own segment
    between = sent_text[max(acts) - sent_start:actor.start - sent_start]
    if not _ANY_PERCENT.search(between) or any(m.iso3 == imposer and actor.start < m.start < a for m in mentions):
        return None
    return actor.iso3


def _pays_own_rate(sent_text: str, sent_start: int, cued: list, imposer: str, span: tuple[int, int, int]) -> bool:
    """Whether the rate's own object phrase names the goods of the country read as its imposer as what it hits ("lower
    the 39% tariffs that US President Donald Trump imposed on Swiss goods" after "The United States and Switzerland have
    agreed", "keeps a 10% tariff on British goods in place", "bringing the total levies on Indian exports to 50%" after
    "New Delhi keeps buying"): a country never charges a tariff on its own goods, so the cue that made it the imposer (a
    subject agreeing, keeping, buying; an object of "between") is the weaker reading (round 33).  The goods' mention stands
    in the rate's window, within one tariff noun of the rate and no comma (another measure's goods: "Washington's 25% levy
    on vehicles ... and reserves the right to raise duties on American goods"), after it before any other country's
    possessive (another measure's actor: "... fall to 30% and China's on U.S. goods"), and is not the market of "US
    imports" (imports into it)."""
    a, ws, we = span
    stop = next((m.start for m, _ in cued if a <= m.start < we and m.kind != "person" and m.iso3 != imposer
                 and m.possessive), we)
    for m, c in cued:
        if c != "target" or m.iso3 != imposer or m.kind == "person" or not ws <= m.start < stop:
            continue
        lo, hi = sorted((a, m.start))
        between = sent_text[lo - sent_start:hi - sent_start]
        if "," in between or len(_TARIFF_NOUN.findall(between)) > 1:
            continue
        if _OWN_GOODS_OBJECT.search(sent_text, max(0, m.start - sent_start - 60), m.start - sent_start) \
                and not (m.kind != "demonym" and _IMPORTS_AFTER.match(sent_text, m.end - sent_start)):
            return True
    return False


def _hit_before_imposer_acts(sent_text: str, sent_start: int, m: Mention, cued: list, imposer: str | None,
                             a: int) -> bool:
    """A country cued as paying a sector rate before it, in a clause of its own that a later clause of the imposer's
    act ("after Washington lifted its steel tariff to 50 percent") follows: the country is told hit by the measure (its
    goods, its industry, its exporters), not said to pay it -- LABELING.md's sector rule gives the named country only
    "when the text says its goods pay it", else null."""
    if imposer is None or m.start >= a:
        return False
    return any(n.start > m.end and n.start < a and n.iso3 == imposer and c != "target"
               and _ACT_CLAUSE_OPENER.search(sent_text, 0, n.start - sent_start) for n, c in cued)


def _hit_after_rate(sent_text: str, sent_start: int, m: Mention, a: int) -> bool:
    """A country cued as paying a sector rate after it, past a comma that opens a clause on the measure's effect
    (", fuelling worries that the damage to Korean exporters ...", ", a change that would also hit Korean steelmakers"):
    the measure's harm, not its payer (LABELING.md's sector rule, as above)."""
    if m.start <= a:
        return False
    return _EFFECT_CLAUSE.search(sent_text, a - sent_start, m.start - sent_start) is not None


def _clause_mentions(ctx: Context, sent_start: int, sent_text: str, cs: int, ce: int) -> tuple[list[int], list, set]:
    """The clause's country mentions that can be a party, with the ends of its secondary-buyer phrases and the
    countries those buyers buy from (sellers: no party of the measure, "the squeeze on Iran" before its buyers
    included); a demonym of a group ("European Union") is left to the group's own mention."""
    buyers = [b.end() for b in _BUYERS.finditer(sent_text, cs, ce)]
    mentions = [m for m in ctx.country_mentions(sent_start + cs, sent_start + ce) if not m.compound
                and not (m.kind == "demonym" and _GROUP_AFTER.match(sent_text, m.end - sent_start))
                and not relation_reference(sent_text, m, sent_start)]
    sellers = {m.iso3 for m in mentions if _bought_from(m, buyers, sent_start)}
    # the seller named on the goods bought is dropped by its mention alone: the same country may be a party elsewhere
    return buyers, [m for m in mentions if m.iso3 not in sellers and not sells_bought_goods(sent_text, m, sent_start)], sellers


def relation_reference(sent_text: str, m: Mention, sent_start: int) -> bool:
    """Whether a country's name stands only as the reference of a relation noun ("any US trading partner", "the United
    States' trading partners", "America's closest allies", "Australia's main competitors"): the partners, allies or
    rivals are the others, so the named country is neither a payer nor an actor of the rate (round 33).  A demonym is
    not one: "European rivals" are European."""
    if m.kind not in ("name", "capital"):
        return False
    return bool(_RELATION_AFTER.match(sent_text, m.end - sent_start))


def _story_handed_target(ctx: Context, sent_index: int, sent_start: int, sent_text: str, cs: int, a: int, ws: int,
                         mentions: list, imposer: str | None, targets: list[str], is_global: bool,
                         bare_retaliation: bool) -> tuple[str | None, list[str]]:
    """The target the story hands down when the clause cues none: the U.S. for a bare countermeasure sentence in a
    story on a U.S. measure, the article's pair after "Both", else the story's target (with its carried group)."""
    if bare_retaliation and imposer not in (None, "USA") and ctx.default_imposer == "USA":
        return "USA", targets   # "The countermeasures would affect ..." after "Canada will impose ...": against the U.S.
    if is_global:
        return None, targets
    if _BOTH.search(sent_text, cs, a - sent_start + 1):
        # "Both countries are subject to a 50 per cent U.S. tariff": the pair the article is about
        pair = _article_pair(ctx, sent_start, imposer)
        if len(pair) == 2:
            return pair[1], list(reversed(pair))
    window_isos = [m.iso3 for m in mentions if m.kind != "person" and m.start >= sent_start + ws]
    target = _story_target(ctx, sent_index, sent_start, sent_text, imposer, a, window_isos)
    if target is not None and not [m for m in mentions if m.kind != "person" and m.iso3 != imposer]:
        targets = [target] + [i for i in _carried_group(ctx, sent_index, target, imposer) if i != target]
    return target, targets


def _rate_end(sent_text: str, rate: int) -> int:
    """Where the rate starting at `rate` (sentence offset) ends, its number and unit: a phrase's stretch to the rate
    is measured from here, so that the rate's own percent sign is no other rate between."""
    own = _OWN_RATE.match(sent_text, rate)
    return own.end() if own else rate


def _content_origin(ctx: Context, sent_text: str, sent_start: int, imposer: str | None, a: int, ws: int) -> str | None:
    """LABELING.md's origin-of-content rule: the country a measure's metal was melted, poured, smelted or cast in is
    its target, even when the rate is charged on imports from every country; no other rate between the rate and it."""
    rate = a - sent_start
    rate_end = _rate_end(sent_text, rate)
    for m in ctx.country_mentions(sent_start + ws, sent_start + len(sent_text)):
        s = m.start - sent_start
        if m.compound or m.iso3 == imposer or not _CONTENT_ORIGIN_BEFORE.search(sent_text, max(0, s - 40), s):
            continue
        lo, hi = (s, rate) if s < rate else (rate_end, s)
        if not _ANY_PERCENT.search(sent_text, lo, hi):
            return m.iso3
    return None


def _every_partner_rate(ctx: Context, sent_text: str, sent_start: int, a: int, starts: tuple[int, int],
                        we: int) -> bool:
    """The rate's own stretch of the clause (`starts`: the clause's and the window's start) says every or most
    partners pay it: LABELING.md's null target "when it applies to all partners", for a baseline or any other rate.
    The phrase is the rate's when no other rate stands between them, nor in the clause before a phrase ahead of the
    rate ("10% on imports from all countries and 20% on goods from the EU": the 20% is the EU's), nor a country after
    the rate before the phrase ("the 15% tariff on Japan ... unlike the rate charged on most other partners")."""
    (cs, ws), rate = starts, a - sent_start
    rate_end = _rate_end(sent_text, rate)
    for m in _EVERY_PARTNER.finditer(sent_text, ws, we - sent_start):
        if m.end() <= rate:
            between, named_between = sent_text[cs:rate], False
        else:
            between = sent_text[rate_end:m.start()]
            named_between = bool(ctx.country_mentions(sent_start + rate_end, sent_start + m.start()))
        if not _ANY_PERCENT.search(between) and ";" not in between and not named_between:
            return True
    return False


def _baseline_for_named(ctx: Context, sent_text: str, sent_start: int, imposer: str | None, ws: int, ce: int) -> bool:
    """LABELING.md's baseline rule: a baseline is global only when stated for all partners.  True when "baseline"
    is the clause's only global word, the sentence says nothing of all / most partners, and it cues a country
    whose goods pay ("Korean goods were assigned ..., leaving a 10% baseline duty in place")."""
    words = [m.group(0).lower() for m in _GLOBAL.finditer(sent_text, ws, ce)]
    if not words or any(w not in BASELINE_WORDS for w in words):
        return False
    if _ALL_PARTNERS.search(sent_text) or any(w not in BASELINE_WORDS for w in
                                              (m.group(0).lower() for m in _GLOBAL.finditer(sent_text))):
        return False
    return any(_cue(sent_text, m, sent_start) == "target" and m.iso3 != imposer and m.kind != "person"
               for m in ctx.country_mentions(sent_start, sent_start + len(sent_text)) if not m.compound)


def _owned_goods_phrase(sent_text: str, sent_start: int, a: int, ws: int, we: int):
    """The "on its goods" / "on their steel" phrase of the rate at `a` (absolute): after the rate or before it in
    the rate's window, within OWNED_GOODS_REACH characters, with no other percentage or clause break between."""
    r = a - sent_start
    rate_end = _rate_end(sent_text, r)
    for m in _OWNED_GOODS.finditer(sent_text, ws, we - sent_start):
        between = sent_text[rate_end:m.start()] if m.start() >= r else sent_text[m.end():r]
        if len(between) <= OWNED_GOODS_REACH and not _CLAUSE_BREAK.search(between) \
                and not _other_rate_between(between):
            return m
    return _owned_goods_subject(sent_text, r, rate_end, ws, we - sent_start)


def _other_rate_between(between: str) -> bool:
    """Another percentage between the owned goods and the rate, unless it is the old rate of the same change told
    "from 25% to 15%" (the goods are the new rate's too)."""
    return bool(_ANY_PERCENT.search(between)) and not _CHANGE_FROM_BETWEEN.search(between)


def _owned_goods_subject(sent_text: str, r: int, rate_end: int, ws: int, we: int):
    """Round 26: the pronoun's goods as the paying subject of the rate ("their goods were already subject to a 25%
    levy": the verb's first percentage after it, nothing but its object words between) or as the object of a
    relative clause right after the rate's noun ("the 10% tariff its goods already pay")."""
    for m in _OWNED_GOODS_SUBJECT.finditer(sent_text, ws, we):
        if m.end() <= r:
            between = sent_text[m.end():r]
            if len(between) <= OWNED_GOODS_REACH and not _CLAUSE_BREAK.search(between) \
                    and not _ANY_PERCENT.search(between):
                return m
        elif m.start() >= rate_end and _OWNED_GOODS_OBJECT_BEFORE.match(sent_text[rate_end:m.start()]):
            return m
    return None


def _owned_goods_owners(ctx: Context, sent_text: str, sent_start: int, imposer: str | None, a: int, ws: int,
                        we: int) -> list[str]:
    """LABELING.md's payer: the country (or, for "their", the listed countries) whose goods the rate's own phrase
    names by a possessive pronoun ("Brazil would face 50% tariffs on its goods"; "Japan and the EU, whose
    agreements set a 15% tariff on their pharmaceuticals").  The owner is the nearest country before the pronoun,
    passing over the tariff's own adjective ("the 50% US tariff on its steel") and objects of a preposition
    ("negotiating with Washington"); none when that country is the imposer (its own goods: an export duty)."""
    phrase = _owned_goods_phrase(sent_text, sent_start, a, ws, we)
    if phrase is None:
        return []
    mentions = [m for m in ctx.country_mentions(sent_start, sent_start + phrase.start(), with_people=False)
                if not m.compound]
    # (round 38: no cue of the sentence may name the imposer, which is read later from the sentences around; the story's
    # default stands for it here, and the pronoun passes over it -- "India now pays one of the steepest rates of any US
    # trading partner: a 50 percent tariff on its goods" is no US goods -- where it stops at a cued one)
    story_imposer = imposer is None
    imposer = imposer or ctx.default_imposer
    if phrase.group("pointer"):
        owner = _pointer_country(ctx, sent_start, phrase, imposer)
        return [owner] if owner else []
    for m in reversed(mentions):
        before = sent_text[max(0, m.start - sent_start - 12):m.start - sent_start]
        if _TARIFF_ADJECTIVE.match(sent_text[m.end - sent_start:]) or _PREP_BEFORE.search(before) \
                or (story_imposer and m.iso3 == imposer):
            continue    # (the story's imposer named as another verb's object: "Mexico presses Washington to drop 25%
            #              tariff on its steel")
        if m.iso3 == imposer or _cue(sent_text, m, sent_start) == "imposer":
            return []
        if "their" not in phrase.group(0).lower():
            return [m.iso3]
        return _listed_with(sent_text, sent_start, m, mentions)
    return []


def _pointer_country(ctx: Context, sent_start: int, phrase: re.Match, imposer: str | None) -> str | None:
    """Round 38: the country a description of it names ("a 39 percent tariff on the country's goods", "the 50% levy on
    the bloc's goods"): the nearest country named before the description that is not the imposer -- in its sentence,
    else in the COUNTRY_POINTER_SENTENCES before it in its section.  A description names a country, so it passes over
    the imposer ("Trump stunned the Swiss by imposing a 39 percent tariff on the country's goods"), where a pronoun
    stops at it (an export duty on its own goods); "the bloc" is the EU only."""
    noun = phrase.group("pointer").lower()
    k = ctx.sentence_index(sent_start)
    lo = ctx.pointer_window_start(k, sent_start)
    for m in reversed(ctx.country_mentions(min(lo, sent_start), sent_start + phrase.start(), with_people=False)):
        if m.compound or m.iso3 == imposer:
            continue
        if noun in COUNTRY_POINTER_BLOCS:
            return COUNTRY_POINTER_BLOCS[noun] if m.iso3 == COUNTRY_POINTER_BLOCS[noun] else None
        return m.iso3
    return None


def _listed_with(sent_text: str, sent_start: int, last: Mention, mentions: list[Mention]) -> list[str]:
    """The coordinated list that ends at `last` ("Japan and the EU"), in order; `last` alone when none."""
    for first in mentions:
        if first.start >= last.start:
            break
        listed = _coordinated(sent_text, sent_start, first, mentions)
        if listed[-1] == last.iso3 and len(listed) > 1:
            return listed
    return [last.iso3]


def _next_actor_start(sent_text: str, sent_start: int, cued: list, a: int, we: int) -> int:
    """Where a second measure's own actor opens after the rate ("Washington bringing its duties on Chinese products
    down from 145 percent to 30 percent and Beijing lowering its countermeasures on US goods ..."): the rate's window
    ends there, so neither that actor nor its goods are this rate's parties."""
    for m, c in cued:
        if c == "imposer" and a < m.start < we and _NEW_ACTOR_BEFORE.search(sent_text, 0, m.start - sent_start):
            return m.start
    return we


def sells_bought_goods(sent_text: str, m: Mention, sent_start: int) -> bool:
    """Whether mention m names the seller of goods a buyer is punished for buying ("India's purchases of Russian oil",
    "if India resumes buying Russian crude", "India's Russian oil purchases", "importing oil from Russia" after a buying
    verb): a secondary tariff's reason, never its target (round 22c; the buyer is, LABELING.md)."""
    if m.possessive or m.kind == "person":
        return False            # "Russia's purchases", "Putin": an actor, not the goods' origin
    s, e = m.start - sent_start, m.end - sent_start
    lo = max(0, s - 60)
    if m.kind == "demonym" and _BOUGHT_SELLER_BEFORE.search(sent_text, lo, s):
        return True
    if m.kind == "demonym" and _BOUGHT_OWNER_BEFORE.search(sent_text, lo, s) and _BOUGHT_NOUN_AFTER.match(sent_text, e):
        return True
    before = sent_text[lo:s]
    return m.kind != "demonym" and bool(_BOUGHT_SOURCE_BEFORE.search(before)) and not _ANY_PERCENT.search(before)


def _bought_from(m: Mention, buyer_ends: list[int], sent_start: int) -> bool:
    """Whether mention m is what a secondary tariff's payers buy ("any country that buys oil or gas from Venezuela"):
    no party of the measure."""
    return any(0 <= m.start - sent_start - e <= SECONDARY_OBJECT_CHARS for e in buyer_ends)


def _cued_imposer(sent_text: str, sent_start: int, cued: list, a: int, ws: int, we: int) -> str | None:
    """The imposer the clause cues: named in the rate's own relative clause, else before the rate ("Canada will
    slap 25% ..."), else anywhere in the clause; cues nearest the rate win."""
    imp = [m for m, c in cued if c == "imposer"]
    imp_before = [m for m in imp if m.start < a]
    # "the 125% “reciprocal” rate Trump imposed on ...": the rate's own relative clause names its imposer
    own = [m for m in imp if a < m.start < we and (_OWN_SUBJECT.match(sent_text[a - sent_start:m.start - sent_start])
                                                   # "a 10 percent Chinese tariff on US products": the rate's own noun
                                                   or _RATE_OWN_NOUN.match(sent_text, a - sent_start, m.start - sent_start))]
    if own:
        return own[0].iso3
    if imp_before:
        return (_own_measure_actor(sent_text, sent_start, imp_before, a) or imp_before[-1]).iso3
    # a cue after the rate that names the rate's own payer belongs to another measure ("raise the duty it charges on
    # every product arriving from the United States to 84%, ... hours after Trump's newest round of tariffs")
    own_targets = {m.iso3 for m, c in cued if c == "target" and ws <= m.start < a}
    # (not the rate's own noun phrase: "the 10% US baseline tariff")
    imp = [m for m in imp if m.iso3 not in own_targets or _RATE_OWN_NOUN.match(sent_text, a - sent_start, m.start - sent_start)]
    return imp[0].iso3 if imp else None


_OWN_MEASURE_BEFORE = re.compile(OWN_MEASURE_BEFORE, re.I)
_OWN_MEASURE_AFTER = re.compile(OWN_MEASURE_AFTER, re.I)


def _own_measure_actor(sent_text: str, sent_start: int, imp_before: list, a: int) -> Mention | None:
    """The clause's acting subject when the rate's own noun phrase is "its own" ("Beijing has answered President Trump's
    145% tariff on Chinese goods with a 125% tariff of its own", "... by raising its own levy on imports from the United
    States to 84 percent"): the last imposer cued before the rate as the subject of a verb, not the possessive or
    adjective of the measure it answers, which stands nearer (round 30).  None when the phrase is not "its own" or no
    subject acts."""
    r = a - sent_start
    if not (_OWN_MEASURE_AFTER.match(sent_text, r) or _OWN_MEASURE_BEFORE.search(sent_text, max(0, r - 120), r)):
        return None
    actors = [m for m in imp_before if not m.possessive
              and _IMPOSER_VERB_AFTER.match(sent_text[m.end - sent_start:m.end - sent_start + 120])]
    return actors[-1] if actors else None


def _cued_target(sent_text: str, sent_start: int, mentions: list, tgt: list, imposer: str | None, a: int, ws: int,
                 we: int, ce: int) -> tuple[str | None, list[str]]:
    """(target, coordinated targets) the clause cues: after the rate ("... on Canadian goods"), else before it,
    else a country right before "at <rate>" or its own rate in a list."""
    # a country after the rate that is the subject of its own "faces ..." belongs to the next rate
    tgt_after = [m for m in tgt if a <= m.start < we and m.iso3 != imposer
                 and not (we < sent_start + ce and (_TARGET_AFTER.match(sent_text[m.end - sent_start:m.end - sent_start + 80])
                                                     # "..., while India, another apparel rival, was hit with 25%"
                                                     or _PASSIVE_PAYER_AFTER.match(sent_text[m.end - sent_start:m.end - sent_start + 120])
                                                     # "…, and Canadian goods a 35% rate": the next rate's subject
                                                     or _NEXT_RATE_SUBJECT.match(sent_text[m.end - sent_start:m.end - sent_start + 40])))]
    tgt_before = [m for m in tgt if sent_start + ws <= m.start < a and m.iso3 != imposer]
    chosen = tgt_after[0] if tgt_after else (tgt_before[-1] if tgt_before else None)
    # (after the rate too, from the rate on: "the 15 percent levy that Japan and South Korea are set to face", round 24)
    list_from = a if tgt_after else sent_start + ws
    while chosen is not None:
        # "Japan and South Korea pay 15%": walk back to the first member of the list
        prev = [m for m in mentions if m.end <= chosen.start and m.start >= list_from and m.kind != "person"]
        if not prev or not _LIST_GAP.fullmatch(sent_text[prev[-1].end - sent_start:chosen.start - sent_start]):
            break
        chosen = prev[-1]
    if chosen is None:
        chosen = _listed_at_rate(sent_text, sent_start, mentions, a, ws)
    if chosen is None:
        # "goods from eight European countries - Denmark, Norway, ...": the group's own list names the targets
        chosen = next((m for m in mentions if m.start >= sent_start + ws and m.kind != "person"
                       and _GROUP_LIST.search(sent_text, max(0, m.start - sent_start - 40), m.start - sent_start)), None)
    if chosen is None:
        chosen = _group_member(sent_text, sent_start, mentions, ws)
        if chosen is not None and len(_coordinated(sent_text, sent_start, chosen, mentions)) < GROUP_MIN_MEMBERS:
            chosen = None
    if chosen is None:
        return None, []
    return chosen.iso3, [i for i in _coordinated(sent_text, sent_start, chosen, mentions) if i != imposer]


def _payer_beside_default(sent_text: str, sent_start: int, mentions: list, tgt: list, default: str, a: int,
                          ws: int) -> list[str]:
    """The payer a clause cues before the rate when its cued target is the story's default imposer and nothing cues
    an imposer ("Any Argentine beef above that amount pays a 26.4% tariff, according to the U.S. Department of
    Agriculture", "Japanese vehicles arriving at US ports face a 15% tariff"): the default imposer's mention is its
    market or an agency, not a payer, and taking it as the target made the real payer the imposer (both parties
    swapped).  Not when the default imposer's own goods are the rate's object ("a 50 percent levy on American
    whiskey"): they pay, and the other country is the unnamed imposer."""
    if any(m.iso3 == default and _ON_GOODS_BEFORE.search(sent_text, 0, m.start - sent_start) for m in tgt):
        return []
    # (the payer as its goods' owner -- "Argentine beef", "Japanese vehicles" -- not "a statement from China's finance
    # ministry", an authority the default imposer's goods are sold to), or as the subject of a paying verb (round 42),
    # not when the default imposer is listed with it as that verb's subject
    other = [m for m in tgt if m.iso3 != default and m.kind != "person" and sent_start + ws <= m.start < a
             and (not m.possessive and _GOODS_AFTER.match(sent_text[m.end - sent_start:m.end - sent_start + 80])
                  or _pays_by_verb(sent_text, sent_start, m) and not _listed_after(sent_text, sent_start, m, tgt, default))]
    if not other:
        return []
    return [i for i in _coordinated(sent_text, sent_start, other[-1], mentions) if i != default]


def _pays_by_verb(sent_text: str, sent_start: int, m: Mention) -> bool:
    """Whether country mention m is the subject of a paying verb ("China, which faces a 55% levy", "Brazil, for example,
    is hit by a 50% duty", "China, a leading source of US imports, already pays a hefty 30% tariff"; round 42): the
    payer by the verb that governs the rate, which a goods noun the default imposer modifies ("US imports", "US meat
    purchases") does not outrank -- that mention is the market the goods enter, not a payer."""
    if m.possessive or m.kind == "person":
        return False
    s, e = m.start - sent_start, m.end - sent_start
    before, after = sent_text[max(0, s - 60):s], sent_text[e:e + 120]
    if _PREP_BEFORE.search(before) and not _RELATIVE_AFTER.match(after):
        return False
    return bool(_TARGET_AFTER.match(after) or _PASSIVE_PAYER_AFTER.match(after) or _payer_subject(after, before))


def _listed_after(sent_text: str, sent_start: int, m: Mention, tgt: list, iso3: str) -> bool:
    """Whether m closes a list that names iso3 ("fertilisers from Russia and Belarus will pay"): the verb's subject is
    the whole list, so iso3 pays too and is no market beside the payer."""
    return any(d.iso3 == iso3 and d.end <= m.start
               and _LIST_GAP.fullmatch(sent_text[d.end - sent_start + (2 if d.possessive else 0):m.start - sent_start])
               for d in tgt)


def _group_member(sent_text: str, sent_start: int, mentions: list, ws: int):
    """The first member of a group the clause lists after naming it ("the countries covered, which include China, ...")."""
    return next((m for m in mentions if m.start >= sent_start + ws and m.kind != "person"
                 and _GROUP_MEMBERS.search(sent_text, max(0, m.start - sent_start - 120), m.start - sent_start)), None)


def _story_groups(ctx: Context) -> list[tuple[int, list[str]]]:
    """(sentence index, members) of every group of countries the article lists after naming it (_GROUP_MEMBERS)."""
    hit = ctx.memo.get("story_groups")
    if hit is None:
        hit = []
        for si, sent in enumerate(ctx.sentences):
            mentions = [m for m in ctx.country_mentions(sent.start, sent.end) if not m.compound and m.kind != "person"]
            first = _group_member(sent.text, sent.start, mentions, 0)
            if first is not None:
                members = _coordinated(sent.text, sent.start, first, mentions)
                if len(members) >= GROUP_MIN_MEMBERS:
                    hit.append((si, members))
        ctx.memo["story_groups"] = hit
    return hit


_COUNTED_GROUP = re.compile(COUNTED_GROUP)


def _story_lists(ctx: Context) -> list[tuple[int, list[str]]]:
    """(sentence index, countries) of every list of GROUP_MIN_MEMBERS or more countries the article writes out
    ("Denmark, Norway, Sweden, ... and Finland"), each list once (from its first member)."""
    hit = ctx.memo.get("story_lists")
    if hit is None:
        hit = []
        for si, sent in enumerate(ctx.sentences):
            mentions = [m for m in ctx.country_mentions(sent.start, sent.end) if not m.compound and m.kind != "person"]
            listed_until = -1
            for m in mentions:
                if m.start <= listed_until:
                    continue
                members = _coordinated(sent.text, sent.start, m, mentions)
                if len(members) >= GROUP_MIN_MEMBERS:
                    hit.append((si, members))
                    listed_until = max(x.start for x in mentions if x.iso3 in members and x.start >= m.start)
        ctx.memo["story_lists"] = hit
    return hit


def _counted_group_members(ctx: Context, sent_index: int, sent_text: str, ws: int, we: int,
                           imposer: str | None) -> list[str]:
    """The countries of a rate whose own window counts them without naming them ("goods from eight European countries
    will be hit with a 10% import tax", "beef from the four countries pays a tariff of 20%"): the list the article
    writes of exactly that many countries, in the same sentence or any other ("Trump named Denmark, Norway, ...",
    "The leaders of Denmark, ..., the eight countries named by Washington"); [] when the count matches no list or
    lists of different countries (the count is what ties a list to the rate, so it must point at one)."""
    counted = _COUNTED_GROUP.search(sent_text, ws, we)
    if counted is None:
        return []
    word = counted.group("count").lower()
    count = int(word) if word.isdigit() else COUNTED_GROUP_NUMBERS[word]
    if not GROUP_MIN_MEMBERS <= count <= COUNTED_GROUP_MAX:
        return []
    matching = {tuple(members) for _, members in _story_lists(ctx) if len(members) == count and imposer not in members}
    if len({frozenset(members) for members in matching}) != 1:
        return []
    return list(next(iter(matching)))


def _carried_group(ctx: Context, sent_index: int, target: str, imposer: str | None) -> list[str]:
    """The members of the group listed last before a rate (same section) whose clause names no country and whose carried
    target is one of them ("Most products will be subject to tariffs of up to 35 per cent" after "... among them China,
    India, South Korea, Thailand and Indonesia"); [] when there is none."""
    section = ctx.section_start(sent_index)
    groups = [members for si, members in sorted(_story_groups(ctx) + ctx.counted_groups)
              if section < si <= sent_index and target in members]
    return [i for i in groups[-1] if i != imposer] if groups else []


def _listed_at_rate(sent_text: str, sent_start: int, mentions: list, a: int, ws: int):
    """"Laos and Myanmar at 40%": the (first coordinated) country right before "at <rate>" or its own rate."""
    at = [m for m in mentions if sent_start + ws <= m.start < a and m.kind != "person"
          and (re.fullmatch(r"(?:,?\s+(?:which|that|who)\s+(?:\w+\s+){0,3}?|\s+)at\s+", sent_text[m.end - sent_start:a - sent_start])
               # "Thailand, which also secured 19%", "Vietnam, whose goods will face 20%", "the UK, with 10%"
               or _REL_RATE.fullmatch(sent_text, m.end - sent_start, a - sent_start)
               # "..., Taiwan 20% and India 25%": a listed country right before its rate
               or (re.fullmatch(r"\s+(?:only\s+|just\s+)?", sent_text[m.end - sent_start:a - sent_start])
                   and re.search(r"(?:,|\band)\s+(?:the\s+)?$", sent_text[:m.start - sent_start])))]
    if not at:
        return None
    chosen = at[-1]
    firsts = [m for m in mentions if sent_start + ws <= m.start <= chosen.start and m.kind != "person"]
    for f in firsts:
        if chosen.iso3 in _coordinated(sent_text, sent_start, f, mentions):
            return f
    return chosen


def _imposer_from_neighbours(ctx: Context, sent_start: int, sent_text: str, clause: tuple[int, int], sent_index: int,
                             a: int, imposer: str | None, target: str | None) -> str | None:
    """The cued imposer, recorded for the sentence's next rates; without one, the imposer the sentence's earlier
    clause hands down (same subject), the federal government, a person's own measure, a province."""
    cs, ce = clause
    clause_text = sent_text[cs:ce]
    if imposer is not None:
        ctx.cued_imposers[sent_index] = imposer
    if imposer is None and sent_index in ctx.cued_imposers and _SHARED_SUBJECT.match(clause_text) \
            and ctx.cued_imposers[sent_index] != target:
        # "China will suspend its 24% tariff ..., while keeping a 10% levy in place": same subject
        imposer = ctx.cued_imposers[sent_index]
    if imposer is None and ctx.main_country in ("CAN", "MEX") and ctx.main_country != target \
            and _FEDERAL_GOVERNMENT.search(sent_text, cs, a - sent_start):
        # "The federal government already imposed ..." in a Canadian or Mexican story is Ottawa's / Mexico City's
        imposer = ctx.main_country
    if imposer is None:
        # "Ontario Premier Doug Ford, who earlier this year threatened a 25 per cent surcharge ...": the actor
        who = [m for m in ctx.country_mentions(sent_start, a) if m.kind == "person"
               and _WHO_AFTER.match(sent_text, m.end - sent_start) and m.iso3 != target]
        if who:
            imposer = who[-1].iso3
    if imposer is None and _PROVINCE_MEASURE.search(clause_text):
        imposer = "CAN"         # "the province's 25 per cent surcharge" (the provinces we know are Canadian)
    return imposer


def _uncued_imposer(ctx: Context, sent_start: int, sent_text: str, target: str | None, retaliation: bool,
                    sentence_isos: list, clause_isos: list, before_rate: tuple[int, int] = (0, 0)) -> tuple[str | None, str | None]:
    """(imposer, target) when nothing names the imposer: a retaliating clause's one country, a country hitting
    back at the U.S., the other country of a sentence targeting the default imposer, else the story's."""
    imposer = None
    lead = _rundown_lead_imposer(ctx, ctx.sentence_index(sent_start), target)
    if lead is not None:
        return lead, target
    if target is None and len(set(clause_isos)) == 1 and retaliation:
        return clause_isos[0], target
    nobody = not sentence_isos and ctx.main_country not in (None, "USA") and ctx.default_imposer == "USA"
    if retaliation and target != "USA" and (target is not None or "USA" in sentence_isos or nobody):
        # (a sentence naming nobody: "the countermeasures would affect about $8 billion in imports" in
        # a Canadian story are Canada's, against the U.S.)
        # a retaliating country other than the U.S. hits back at the U.S.
        cands = [i for i in sentence_isos if i not in ("USA", target)]
        imposer = cands[0] if cands else (ctx.main_country if ctx.main_country != target else None)
        target = target or "USA"
        if imposer is None:
            imposer = ctx.default_imposer if ctx.default_imposer != target else None
    elif target == ctx.default_imposer:
        cands = [i for i in sentence_isos if i != target]
        home = _payer_story_imposer(ctx)
        if home not in (None, target):
            # (the payer named most is no imposer; an actor named before the rate still is: "Washington recently
            # moved to raise its import duties on Chinese cars" in a story on Turkey's duties)
            imposer = _verb_subject(ctx, sent_start, sent_text, target, before_rate) \
                or _us_actor(ctx, sent_start, sent_text, target, home, before_rate[1])
        else:
            imposer = cands[0] if cands else ctx.main_country
    else:
        story = _story_imposer(ctx)
        home = _payer_story_imposer(ctx)
        fallback = (story if story != target else None) or (home if home != target else None) or ctx.default_imposer
        market = _quota_rate_market(ctx, sent_start, sent_text, target, before_rate) if fallback == "USA" else None
        fallback = market if market not in (None, target) else fallback
        fallback = _fellow_payer_imposer(ctx, sent_start, sent_text, target, fallback, before_rate) or fallback
        fallback = _home_government_imposer(ctx, sent_start, sent_text, target, fallback, before_rate) or fallback
        fallback = _third_country_imposer(ctx, target, fallback) or fallback
        imposer = _verb_subject(ctx, sent_start, sent_text, target, before_rate) \
            or _us_actor(ctx, sent_start, sent_text, target, fallback, before_rate[1])
    return imposer, target


def _home_government_imposer(ctx: Context, sent_start: int, sent_text: str, target: str | None, fallback: str | None,
                             before_rate: tuple[int, int]) -> str | None:
    """The story's own country for a rate an unnamed government body decides in the rate's clause ("The Budget proposes
    to cut the duty on motorcycles ... from 50 per cent to 40 per cent", "The government responded by reducing the rate
    to 50 per cent"), when the fallback imposer is the default U.S. and the story's main country is another: "the
    government" of a story about India's budget is India's, not Washington's (round 30: the U.S. default kept for
    another country's own duties).  Not when a country is named between the body and the rate ("The Government says it
    will keep working with the US to have the 25% tariff taken away").  None otherwise."""
    home = ctx.main_country
    if fallback != "USA" or home in (None, "USA", target):
        return None
    lo, a = before_rate
    acts = None
    for acts in _HOME_GOVERNMENT_ACTS.finditer(sent_text, lo - sent_start, a - sent_start):
        pass
    if acts is None:
        return None
    named = [m for m in ctx.country_mentions(sent_start + acts.start(), a) if not m.compound]
    return None if named else home


def _third_country_imposer(ctx: Context, target: str | None, fallback: str | None) -> str | None:
    """The U.S. for a rate on a third country when the fallback imposer is the story's imposer and the lede names that
    imposer's measure as one on U.S. goods ("China to impose 34% tariffs on all US imports": "The European Union was given
    20 percent, Vietnam 46 percent ..."; "Kuala Lumpur will also cut or remove duties on 98.4% of American imports": "It is
    below the 20 per cent set for Vietnam"): a counter-measure's story tells the U.S. rates of other partners beside it,
    not the story country's own rates on them (round 30).  None otherwise."""
    if fallback == "USA" or target in (None, "USA", fallback) \
            or ctx.country_remedy:      # an anti-dumping duty charged on several origins, the U.S. among them (d125)
        return None
    return "USA" if _lede_target(ctx, fallback) == "USA" else None


def _fellow_payer_imposer(ctx: Context, sent_start: int, sent_text: str, target: str | None, fallback: str | None,
                          before_rate: tuple[int, int]) -> str | None:
    """The imposer of a rate whose clause names its payer before it and no imposer ("India, by comparison, currently
    faces a 25 percent reciprocal tariff", "Mexico, which was hit by the same 25 per cent rate", "salmon from the United
    Kingdom ... will face a 10 percent duty"), when the story's fallback imposer is a country the lede names as paying
    another country's tariff ("Washington announced a 20 percent tariff on Bangladeshi goods"): the rate is told beside
    the story country's own, a fellow payer of the same imposer -- the one the lede names -- not a measure of the story
    country (the reverse of ximposer25's misses: "another country read where the U.S. is labelled").  None otherwise."""
    if fallback in (None, "USA") or target is None:
        return None
    payer_before = any(m.iso3 == target and m.kind != "person" and not m.compound
                       and _cue(sent_text, m, sent_start) == "target" for m in ctx.country_mentions(*before_rate))
    if not payer_before:
        return None
    imposer = _lede_imposer_on(ctx, fallback)
    return imposer if imposer not in (None, target, fallback) else None


def _lede_imposer_on(ctx: Context, payer: str) -> str | None:
    """The country a headline or lede sentence cues as imposer where it cues `payer` as the one paying ("South African
    goods shipped to the United States will pay a 30% tariff"); None when no lede sentence does."""
    key = ("lede_imposer_on", payer)
    if key not in ctx.memo:
        found = None
        for sent in _lede(ctx):
            cued = [(m, _cue(sent.text, m, sent.start)) for m in ctx.country_mentions(sent.start, sent.end) if not m.compound]
            if any(m.iso3 == payer and c == "target" and m.kind != "person" for m, c in cued):
                found = next((m.iso3 for m, c in cued if c == "imposer" and m.iso3 != payer), None)
                if found is not None:
                    break
        ctx.memo[key] = found
    return ctx.memo[key]


_QUOTA_MEASURE = re.compile(QUOTA_MEASURE_WORDS, re.I)


def _quota_rate_market(ctx: Context, sent_start: int, sent_text: str, target: str | None,
                       before_rate: tuple[int, int]) -> str | None:
    """The imposer of a rate its sentence ties to a quota or safeguard ("Steel shipped above the quota will keep paying
    the 50% surtax", "recommended a provisional safeguard duty of 12 per cent") and names no imposer of: the market
    the story's lede says the quota guards, instead of the U.S. of the story's background tariffs (the caller asks
    only when the U.S. would be the fallback: another country already is the story's own: "New Zealand and India seal
    trade deal").  A country other than the U.S. that the rate's clause names before it, not as the payer, is the
    market itself ("In October, the EU said it would replace its own safeguards with 50% tariffs" in a UK story)."""
    if not _QUOTA_MEASURE.search(sent_text) or _quota_market(ctx) is None:
        return None
    own = [m.iso3 for m in ctx.country_mentions(*before_rate) if not m.compound and m.kind != "person"
           and m.iso3 not in ("USA", target) and _cue(sent_text, m, sent_start) != "target"]
    return own[0] if own else _quota_market(ctx)


def _quota_market(ctx: Context) -> str | None:
    """The market a story's quotas or safeguards guard (cached): the country a headline or lede sentence names with a
    quota or safeguard (`_lede_quota_country`); else, when the lede names no quota and no U.S. at all ("Canada to
    tighten steel import rules to shield domestic mills"), the story's main country."""
    if "_quota_market" not in ctx.__dict__:
        found, told = None, False
        for sent in _lede(ctx):
            quota = _QUOTA_MEASURE.search(sent.text)
            if quota is not None:
                found, told = _lede_quota_country(ctx, sent, quota.start()), True
                break
        if not told and ctx.main_country != "USA" and not any(
                m.iso3 == "USA" for sent in _lede(ctx) for m in ctx.country_mentions(sent.start, sent.end)):
            found = ctx.main_country
        ctx.__dict__["_quota_market"] = found
    return ctx.__dict__["_quota_market"]


def _lede_quota_country(ctx: Context, sent, quota: int) -> str | None:
    """The market a lede sentence names with its quota word at `quota` ("Canada extends steel tariff quotas", "UK
    expected to cut the amount of steel it lets in tariff-free", "Steel safeguard duty: a sturdier shield for India"):
    the first country other than the U.S. before the quota word, else the story's main country after it.  None when
    the U.S. is named before the quota word (a U.S. deal's quota: "Mexico and US close in on steel quota deal", "the
    American tariff on British cars ... for a quota"), or after it with no other country before ("EU to tighten steel
    quotas ... as US tariffs bite" names its market first)."""
    mentions = [m for m in ctx.country_mentions(sent.start, sent.end) if not m.compound]
    before = [m.iso3 for m in mentions if m.start < sent.start + quota]
    after = [m.iso3 for m in mentions if m.start >= sent.start + quota]
    if "USA" in before or (not before and "USA" in after):
        return None
    # (after the quota word only the story's main country: "additional duty on steel linked to China" names the
    # goods' origin, not the market)
    return (before or [iso for iso in after if iso == ctx.main_country] or [None])[0]


def _lede_cues(ctx: Context, iso3: str | None) -> set:
    """The cues ('target', 'imposer', None) the headline and lede give country iso3's mentions."""
    return {_cue(s.text, m, s.start) for s in _lede(ctx) for m in ctx.country_mentions(s.start, s.end)
            if m.iso3 == iso3 and not m.compound and m.kind != "person"}


def _payer_story_imposer(ctx: Context) -> str | None:
    """In a story on another country's measure, the article's default imposer (its most-named country) is often the
    payer the lede names ("EC confirms provisional duties on Chinese EVs", "duties on fertilizers from Russia and
    Belarus", "Korea ... anti-dumping duty on Japanese and Chinese hot-rolled steel": China is named most because its
    goods are hit).  Such a default charges nothing: the story's imposer is the lede's, else the main country when
    the lede does not name it as a payer too.  None when the default is no such payer (the U.S., or cued as imposer)."""
    if "_payer_story_imposer" not in ctx.__dict__:
        found = None
        d = ctx.default_imposer
        cues = _lede_cues(ctx, d) if d not in (None, "USA") else set()
        if "target" in cues and "imposer" not in cues:
            found = _story_imposer(ctx)
            if found is None and ctx.main_country not in (None, d) \
                    and "target" not in _lede_cues(ctx, ctx.main_country):
                found = ctx.main_country
            if found == d:
                found = None
        ctx.__dict__["_payer_story_imposer"] = found
    return ctx.__dict__["_payer_story_imposer"]


def _us_actor(ctx: Context, sent_start: int, sent_text: str, target: str | None, fallback: str | None, a: int) -> str | None:
    """The fallback imposer (the story's, else the default) for a rate no cue gives one, unless that is another
    country's and the U.S. is the actor named last before the rate ("Trump said he had authorized a doubling of tariffs on Turkish metals, to 50 percent",
    "days after Washington withdrew earlier relaxations and reinstated its 25 per cent tariff", "their biggest market,
    the United States, is charging a 50 per cent tariff" in stories on Turkey's, India's, Oman's own measures): the
    background U.S. measure of a story about another country's decision."""
    if fallback in (None, "USA") or target == "USA":
        return fallback
    actors = [m for m in ctx.country_mentions(sent_start, a) if not m.compound and m.iso3 != target
              and m.kind != "demonym" and _cue(sent_text, m, sent_start) != "target"]
    return "USA" if actors and actors[-1].iso3 == "USA" else fallback


def _verb_subject(ctx: Context, sent_start: int, sent_text: str, target: str | None, span: tuple[int, int]) -> str | None:
    """A country that is the subject of a tariff decision's verb in the rate's clause, before the rate ("The US began
    charging a 50% tariff on Indian goods"), when no cue named the imposer: it stands before the story's imposer."""
    for m in ctx.country_mentions(*span):
        if not m.compound and m.kind in ("name", "capital") and m.iso3 != target \
                and _SUBJECT_VERB.match(sent_text[m.end - sent_start:]) and _cue(sent_text, m, sent_start) != "target":
            return m.iso3
    return None


def _sector_payer(sent_text: str, sent_start: int, cued: list, tgt: list, imposer: str | None, a: int,
                  we: int) -> str | None:
    """A sector measure's target: the sentence's subject when it is cued as the one paying ("Mexico would continue
    to pay a 25% fentanyl tariff, as well as 25% on cars"); None (a global measure) otherwise, also across another
    rate and a new clause ("goods from the EU pay a 15% tariff, ..., and in June Trump doubled the duties on
    steel to 50%")."""
    subj = [m for m in tgt if m.start < a and m.iso3 != imposer] or [
        m for m, c in cued if m.start < a and c is None and m.kind != "person" and m.iso3 != imposer
        and not _PREP_BEFORE.search(sent_text[max(0, m.start - sent_start - 12):m.start - sent_start])
        and _PAYER_AFTER.match(sent_text, m.end - sent_start + (2 if m.possessive else 0), a - sent_start)]
    subj = [m for m in subj if not _NEXT_CLAUSE_RATE.search(sent_text[m.end - sent_start:a - sent_start])]
    if subj and (not _ALL_PARTNERS.search(sent_text, a - sent_start, we - sent_start)
                 or (_only_imported_goods(sent_text, a - sent_start, we - sent_start)
                     and _pays_rate(sent_text[subj[-1].end - sent_start:a - sent_start]))):
        return subj[-1].iso3     # "Japan is still paying ..., along with a 25% tax on imported cars": Japan's
    return None


def _story_goods_payer(ctx: Context, sent_index: int, sent_start: int, sent_text: str, mentions: list,
                       imposer: str | None, a: int, ws: int, we: int) -> str | None:
    """The story's partner as a sector measure's target when the goods are the rate's paying subject and the clause
    names no country of its own (_GOODS_PAYING: "Aluminum exports, which face a 50% tariff"); None otherwise."""
    if any(m.kind != "person" and m.iso3 != imposer for m in mentions) \
            or _ALL_PARTNERS.search(sent_text, ws, we - sent_start):
        return None
    paying = _GOODS_PAYING.search(sent_text, ws, a - sent_start)
    if paying is None or _NOT_PAYING_GOODS_BEFORE.search(sent_text, 0, paying.start()):
        return None
    target = _story_target(ctx, sent_index, sent_start, sent_text, imposer, a, [])
    return target if target != imposer else None


_RUNDOWN_LEAD_END = re.compile(RUNDOWN_LEAD_END)
_LINE_LEAD = re.compile(r"[ \t]*(?:[-•*–—]|\d{1,2}[.)])?[ \t]*$")     # what may stand before an item on its line


def _rundown_item(ctx: Context, k: int) -> bool:
    """Whether sentence `k` is a rundown item: a short line of its own (after a bullet at most)."""
    s = ctx.sentences[k]
    line_start = ctx.body.rfind("\n", 0, s.start) + 1
    return len(s.text.split()) <= RUNDOWN_ITEM_MAX_WORDS and bool(_LINE_LEAD.fullmatch(ctx.body[line_start:s.start]))


def _rundown_lead_payer(ctx: Context, sent_index: int, mentions: list, imposer: str | None) -> str | None:
    """The one country a rundown's lead-in names, for a sector item that names none ("Under it, Mexico will keep
    paying:" / "- A 50% tariff on steel, aluminum and copper": Mexico pays it; round 26b). Items are short lines of
    their own between the rate's line and a lead-in ending with a colon; a lead-in naming no country, or several
    besides the imposer ("The duties announced so far are:"), gives none."""
    lead = None if any(m.kind != "person" for m in mentions) else _rundown_lead(ctx, sent_index)
    if lead is None:
        return None
    named = {m.iso3 for m in ctx.country_mentions(lead.start, lead.end)
             if m.kind != "person" and not m.compound and m.iso3 != imposer}
    return named.pop() if len(named) == 1 else None


def _rundown_lead(ctx: Context, sent_index: int):
    """The lead-in sentence of the rundown whose item sentence `sent_index` is: the nearest earlier sentence ending with
    a colon, with only items (short lines of their own) between, within RUNDOWN_MAX_ITEMS; None when it is no item."""
    if not _rundown_item(ctx, sent_index):
        return None
    for k in range(sent_index - 1, max(sent_index - RUNDOWN_MAX_ITEMS, -1), -1):
        if _RUNDOWN_LEAD_END.search(ctx.sentences[k].text):
            return ctx.sentences[k]
        if not _rundown_item(ctx, k):
            return None
    return None


def _rundown_lead_imposer(ctx: Context, sent_index: int, target: str | None) -> str | None:
    """The one country a rundown's lead-in cues as imposer, for an item whose own clause cues none ("On that basis, China
    is now charging the following anti-dumping rates on POM polymers:" / "- United States: 74.9%" / "- Japan: 35.5%";
    "Under the rates Milei announced:" / "- the export duty on soybeans falls to 26% from 33%;"): the lead-in says whose
    rates the list sets, where the story's fallback would give the default imposer -- a country's own duties read as
    the U.S.'s (round 46).  Items are short lines of their own between the rate's line and a lead-in ending with a
    colon, as for `_rundown_lead_payer`; a lead-in cueing no imposer or several, or only the item's payer, gives none."""
    lead = _rundown_lead(ctx, sent_index)
    if lead is None:
        return None
    cued = {m.iso3 for m in ctx.country_mentions(lead.start, lead.end)
            if not m.compound and _cue(lead.text, m, lead.start) == "imposer"}
    return cued.pop() if len(cued) == 1 and target not in cued else None


def _article_pair(ctx: Context, sent_start: int, imposer: str | None) -> list[str]:
    """The two countries named last before the sentence, other than the imposer (latest first)."""
    pair: list[str] = []
    for m in reversed(ctx.countries):
        if m.start < sent_start and m.iso3 != imposer and m.iso3 not in pair and not m.compound:
            pair.append(m.iso3)
        if len(pair) == 2:
            break
    return pair


def _pays_later_rate(sent_text: str, sent_start: int, m: Mention, a: int) -> bool:
    """Whether a mention after the rate at `a` is the paying subject of a later rate of the sentence ("..., puts
    Cambodia level with Thailand ..., and just below Vietnam, whose goods will face 20%": Vietnam pays the 20%, not the
    rate before it; round 24)."""
    e = m.end - sent_start + (2 if m.possessive else 0)
    pays = _TARGET_AFTER.match(sent_text[e:e + 120]) or _PASSIVE_PAYER_AFTER.match(sent_text[e:e + 120])
    return m.start > a and bool(pays) and bool(_ANY_PERCENT.search(sent_text, e))


def _story_target(ctx: Context, sent_index: int, sent_start: int, sent_text: str, imposer: str | None, a: int,
                  window_isos: list) -> str | None:
    """The target of a measure whose clause cues none: the sentence's cued or nearest country, a digest item's
    label, what recent sentences hand down, the article's main country once named."""
    region_isos = [m.iso3 for m in ctx.region_mentions(sent_start, sent_start + len(sent_text))]
    section = ctx.section_start(sent_index)     # a heading ends what earlier sentences hand down
    recent = [ctx.recent_targets[k] for k in range(sent_index - 1, max(sent_index - 11, section), -1)
              if k in ctx.recent_targets and ctx.recent_targets[k] != imposer]
    parties = [m for m in ctx.country_mentions(sent_start, sent_start + len(sent_text))
               if not m.compound and not sells_bought_goods(sent_text, m, sent_start)]   # not "buying Russian oil"
    sent_tgt = [m for m in parties if _cue(sent_text, m, sent_start) == "target" and m.iso3 != imposer]
    cued_sent = [m.iso3 for m in sent_tgt if m.start < a][-1:] or \
        [m.iso3 for m in sent_tgt if not _pays_later_rate(sent_text, sent_start, m, a)][:1]
    near = [m for m in parties if m.kind != "person" and m.iso3 != imposer]
    nearest = [m.iso3 for m in near if m.start < a][-1:] or [m.iso3 for m in near][:1]
    # a digest item's sub-clauses stand alone: its own clause, then the country its label names
    item = ctx.item_label_isos(sent_index)
    last_measure = max([k for k in ctx.recent_targets if k < sent_index] + [k for k in ctx.recent_global if k < sent_index],
                       default=-1)
    after_global = last_measure in ctx.recent_global and last_measure > section
    # a country-by-country rundown's section ("## Thailand" ... "Announced tariff: 36 %") is about its heading's country
    heading = [iso for iso in (ctx.heading_country(sent_index),) if iso]
    if item is not None:
        chain = (window_isos, item or heading)
    elif after_global:
        # the last measure was global: a sentence naming no target of its own continues it
        # ("The 25% tariff on imported vehicles took effect … Auto parts will face the 25% tariff from May 3")
        chain = (cued_sent, window_isos, heading, nearest, region_isos)
    else:
        chain = (cued_sent, window_isos, heading, nearest, region_isos, recent[:1], _previous_isos(ctx, sent_index))
    for isos in chain:
        cands = [i for i in isos if i != imposer]
        if cands:
            return cands[-1] if isos is not window_isos else cands[0]
    # the article's main country, but only once the article has named it
    sec_from = ctx.sentences[section + 1].start if section >= 0 else 0
    if ctx.main_country and ctx.main_country != imposer and not after_global and (
            any(m.iso3 == ctx.main_country for m in ctx.country_mentions(sec_from, sent_start))
            or _dominant(ctx, imposer)):
        return ctx.main_country
    return None if after_global else _lede_target(ctx, imposer)


LEDE_SENTENCES = 3
LEDE_MIN_WORDS = 4      # a dateline, byline or section label ("New Delhi:", "ECONOMY") is no lede sentence
_TARIFF_NOUN = re.compile(rf"\b(?:{TARIFF_NOUNS})\b", re.I)
_IMPORTS_AFTER = re.compile(IMPORTS_AFTER, re.I)
_OWN_GOODS_OBJECT = re.compile(OWN_GOODS_OBJECT, re.I)
_RELATION_AFTER = re.compile(RELATION_AFTER, re.I)
# a headline's or lede's own measure, in any case ("India Lowers Import Duty", "S. Korea to Levy Antidumping
# Duties", "Malaysia to keep anti-dumping duties", "Seoul has formally started collecting", "Milei's government
# is cutting the import tariff"): the verbs of a country's own tariff decision
_DECISION_VERBS = (
    rf"{_APPROVAL}|recommend\w*|impos\w*|trim\w*|slapp?\w*|lev(?:y|ies|ied|ying)|puts?|putting|plac\w*|extend\w*|halv\w*|cut|cuts|cutting|"
    r"lower\w*|slash\w*|rais\w*|hik\w*|doubl\w*|(?:start\w*|begin\w*|began)\s+(?:charging|collecting|imposing|levying)|"
    r"collect\w*|charg\w*|order\w*|announc\w*|approv\w*|introduc\w*|retaliat\w*|hits?|strikes?|struck|finali[sz]\w*|"
    r"scrap\w*|remov\w*|lift\w*|suspend\w*|drop\w*|reduc\w*|increas\w*")
_SUBJECT_BEFORE_VERB = (
    r"^(?:’s|'s)?(?:\s+(?:federal\s+)?(?:government|administration|cabinet|authorities|(?:\w+\s+)?ministry|ministers|"
    r"lawmakers|senate|congress|parliament))?"
    r"(?:\s+(?:has|have|had|will|would|to|now|formally|officially|also|on\s+\w+|this\s+\w+|last\s+\w+)){0,3}"
    r"(?:\s+(?:is|are|was|were)(?=\s+\w+ing\b))?\s+")      # "is cutting", not the passive "was hit" (the target)
_LEDE_IMPOSER_VERB = re.compile(rf"{_SUBJECT_BEFORE_VERB}(?:{_DECISION_VERBS}|keep\w*|kept)\b", re.I)
# ("Mexico keeps its 25% rate" in a sentence's body names the payer, not the imposer: no "keep" there)
_SUBJECT_VERB = re.compile(rf"{_SUBJECT_BEFORE_VERB}(?:{_DECISION_VERBS})\b", re.I)


def _lede(ctx: Context) -> list:
    """The headline and the first sentences of the story, datelines and bylines left out."""
    return [s for s in ctx.sentences[:LEDE_SENTENCES + 3] if len(s.text.split()) >= LEDE_MIN_WORDS][:LEDE_SENTENCES]


def _story_imposer(ctx: Context) -> str | None:
    """The country that the headline or lede names as imposing ("Turkey doubles tariffs on US cars", "India
    starts charging higher tariffs on 28 US products", "South Korea puts provisional anti-dumping duties on Chinese
    steel plate"): the imposer of a rate whose own sentence names none, instead of the article's default."""
    if "_story_imposer" not in ctx.__dict__:
        found = None
        for sent in _lede(ctx):
            if not _TARIFF_NOUN.search(sent.text):
                continue
            # (a demonym only as the subject of its verb -- "Mexican Senate approves tariffs" -- not "the Chinese
            # carmaker a duty-free window")
            cued = [m for m in ctx.country_mentions(sent.start, sent.end) if not m.compound
                    and (_cue(sent.text, m, sent.start) == "imposer"
                         and (m.kind != "demonym" or _IMPOSER_VERB_AFTER.match(sent.text[m.end - sent.start:]))
                         or _LEDE_IMPOSER_VERB.match(sent.text[m.end - sent.start:])
                         and _cue(sent.text, m, sent.start) != "target")]     # not "South Africa hit with" (round 30)
            if not cued:
                cued = _dateline_government(ctx, sent)
            if cued:
                found = cued[0].iso3
                hit = [m.iso3 for m in ctx.country_mentions(sent.start, sent.end) if not m.compound and m.iso3 != found
                       and m.kind != "person" and _cue(sent.text, m, sent.start) == "target"]
                ctx.__dict__["_story_target"] = hit[0] if hit else None
                break
        ctx.__dict__["_story_imposer"] = found
    return ctx.__dict__["_story_imposer"]


_HOME_GOVERNMENT_ACTS = re.compile(rf"{HOME_GOVERNMENT_SUBJECT}{_SUBJECT_BEFORE_VERB[1:]}"
                                   rf"(?:{_DECISION_VERBS}|{HOME_GOVERNMENT_EXTRA_VERBS})\b", re.I)


# "New Delhi, Apr 21 (PTI) The government on Monday slapped a provisional safeguard duty ...", "Ottawa -- The federal
# government will impose ...": a dateline's capital, then an unnamed government as the subject of a decision verb
_DATELINE = re.compile(r"(?:,?\s+[A-Z][a-z]{2,8}\.?\s+\d{1,2})?(?:,?\s+\d{4})?\s*(?:\([A-Za-z]+\))?\s*[:—–-]*\s*")
_GOVERNMENT_SUBJECT = re.compile(
    rf"^\s*(?:the\s+)?(?:(?:federal|central|union|national)\s+)?(?:government|govt|cabinet|authorities){_SUBJECT_BEFORE_VERB[1:]}"
    rf"(?:{_DECISION_VERBS})\b", re.I)


def _dateline_government(ctx: Context, sent) -> list:
    """[the dateline's capital] when a lede sentence opens with a dateline and an unnamed government decides there."""
    first = next((m for m in ctx.country_mentions(sent.start, sent.end) if m.kind == "capital"), None)
    if first is None or first.start - sent.start > 2:
        return []
    rest = sent.text[first.end - sent.start:]
    head = _DATELINE.match(rest).group(0)
    if not head.strip() or not _GOVERNMENT_SUBJECT.match(rest[len(head):]):
        return []
    return [first]


def _lede_target(ctx: Context, imposer: str | None) -> str | None:
    """The target the headline or lede gives the story's imposer ("South Korea puts provisional anti-dumping duties
    on Chinese steel plate" -> CHN): the target of that imposer's rates whose own sentences name none."""
    if imposer is None or _story_imposer(ctx) != imposer:
        return None
    return ctx.__dict__.get("_story_target")


def _hits_imposer_goods(ctx: Context, sent_start: int, sent_text: str) -> bool:
    """The sentence names the default imposer's goods as hit ("American steel products will face ...")."""
    return any(m.iso3 == ctx.default_imposer and _cue(sent_text, m, sent_start) == "target"
               for m in ctx.country_mentions(sent_start, sent_start + len(sent_text)) if not m.compound)


def _dominant(ctx: Context, imposer: str | None) -> bool:
    """The story is about one partner: its main country has most of the mentions of countries other than
    the imposer (a digest of India's rates under headings in a story on the U.S. tariff on India)."""
    counts = Counter(m.iso3 for m in ctx.countries if m.iso3 != imposer and not m.compound)
    n = counts.get(ctx.main_country, 0)
    return n >= DOMINANT_MIN and n >= DOMINANT_SHARE * sum(counts.values())


def _previous_isos(ctx: Context, sent_index: int) -> list[str]:
    out: list[str] = []
    for k in (sent_index - 2, sent_index - 1):
        if k > ctx.section_start(sent_index) and k >= 0:
            s = ctx.sentences[k]
            out.extend(m.iso3 for m in ctx.country_mentions(s.start, s.end) if m.kind != "person" and not m.compound)
    return out


# Speed (round 7): the slowest scans here behind the literals every match must contain (prefilter.py; same
# results, no engine run where none of them occurs).
from .prefilter import prefiltered  # noqa: E402

_GLOBAL, _RETALIATION, _RATE_FOR = map(prefiltered, (_GLOBAL, _RETALIATION, _RATE_FOR))
# (round 49: its ten look-behinds were tried at each of the 120 characters before every country mention)
_GROUP_MEMBERS = prefiltered(_GROUP_MEMBERS)


# Rate-country pairs in a sentence with several rates (round 10, xpairs): each rate with its own country segment.
# "Vietnam and Indonesia ... tariffs of 20% and 19% respectively": the n-th listed country pays the n-th rate
_RATE_RUN_GAP = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)$")
_RESPECTIVELY_AFTER = re.compile(r"^,?\s*(?:\w+\s+){0,2}?respectively\b", re.I)
# "Vietnam (46%), Thailand (36%)": a rate in brackets right after its country
_BRACKET_RATE_BEFORE = re.compile(r"^\s*\(\s*(?:about\s+|around\s+|up\s+to\s+)?$", re.I)
# a segment that opens a new pair: the previous rate's phrase (at most six words, naming no country), a coordinator
_PAIR_OPENING = re.compile(r"^(?:[\s-]+[\w’'.-]+){0,6}?\s*(?:,\s*(?:and|while|whereas|but)\s+|;\s*|\s+(?:and|while|whereas|but)\s+|,\s*)"
                           r"(?:the\s+)?(?:(?:imports|goods|products|shipments|exports)\s+from\s+(?:the\s+)?)?$", re.I)
_FROM_SUBJECT = re.compile(r"\b(?:imports|goods|products|shipments|exports)\s+from\s+(?:the\s+)?$", re.I)  # "imports from Laos 40%"
_LIST_COLON = re.compile(r"(?:^|:)\s*(?:the\s+)?$", re.I)     # a sentence's start, or a list after a colon
_PREPOSITION = r"(?:on|against|from|for|to|of|in|than|by|with|into|at)\b"
_PAIR_OBJECT = re.compile(rf"\b{_PREPOSITION}\s*(?:the\s+)?$", re.I)     # "on China and 15%": an object, no subject
# the subject country's own words up to its rate: "... and China 34%", "South Korean suppliers up to 15.67%",
# "Taiwan on 32 per cent", "Pakistan, which secured 19%", "Vietnam's goods will pay a slightly higher 20%",
# "India, another apparel rival, was hit with 25%"
_SUBJECT_ADVERBS = (r"(?:\s+(?:will|would|has|have|had|was|were|is|are|also|now|still|only|already|then|be|been|each|"
                    r"continues?\s+to|continued\s+to))*")
_SUBJECT_VERBS = (r"(?:on|at|given|handed|assigned|charged|hit\s+with|pays?|paid|paying|faces?|faced|facing|secured|gets?|"
                  r"got|receives?|received|keeps?\s+its|kept\s+its|remains?\s+at|stays?\s+at|set\s+at|up\s+to|"
                  r"as\s+(?:much|high)\s+as)")
_SUBJECT_RATE_WORDS = (r"\s+(?:an?\s+|the\s+|its\s+)?(?:(?:extra|additional|same|higher|lower|slightly|reciprocal|new|"
                       r"combined|rate|tariff|duty|of)\s+){0,3}$")
_SUBJECT_TO_RATE = re.compile(
    r"^(?:’s|'s)?(?:\s+(?:goods|products|exports|imports|shipments|producers|suppliers|exporters|companies|firms|cars))?"
    r"(?:,\s+(?:which|who|whose\s+\w+)\b[^,%]{0,60}?,|,\s+(?:an?|another|the)\s[^,%]{0,40},)?"
    r"(?:,?\s+(?:which|who|that))?" + _SUBJECT_ADVERBS + rf"(?:\s+{_SUBJECT_VERBS})?" + _SUBJECT_RATE_WORDS, re.I)
# the same with the payer's own goods in any words, when a paying verb follows them: "French superabsorbent polymers
# are charged 51%", "Korean automobiles were charged 25%", "European Union countries face a 20 percent tariff" (round 22)
# (never the measure's own noun or an imposing verb: "China's own levy stays at 10%" is China's rate, not on China)
_NOT_PAYER_GOODS = r"(?!(?:tariffs?|dut(?:y|ies)|lev(?:y|ies)|rates?|surcharges?|countermeasures?|retaliat\w*|impos\w*)\b)"
# (and a verb of paying, never "as much as" / "up to": "Bangladesh stands to lose as much as 14 percent of its exports")
_PAYING_VERBS = r"(?:charged|hit\s+with|pays?|paid|paying|faces?|faced|facing|given|handed|assigned|gets?|got|receives?|received)"
_SUBJECT_GOODS_TO_RATE = re.compile(rf"^(?:’s|'s)?(?-i:\s+{_NOT_PAYER_GOODS}[a-z][\w-]*){{1,3}}?" + _SUBJECT_ADVERBS + rf"\s+{_PAYING_VERBS}"
                                    + _SUBJECT_RATE_WORDS, re.I)
# the elliptic pair after a verb stated once: "Israel was hit with a 17 per cent tariff, Tunisia with 28 per cent"
_SUBJECT_ELLIPTIC = re.compile(r"^\s+with\s+(?:an?\s+)?$", re.I)


def paired_targets(ctx: Context, sent_start: int, sent_text: str, rates: list[tuple[int, int]],
                   percent_ends: list[int]) -> dict[int, tuple]:
    """{index of a rate: (the countries its own segment pairs it with, where they start in the sentence)} for a
    sentence's rates ([start, end) offsets in the sentence), when the sentence names two or more countries."""
    mentions = _pair_mentions(ctx, sent_start, sent_text)
    if len(rates) < 2 or len({m.iso3 for m in mentions}) < 2:
        return {}
    out = _respectively_pairs(sent_text, sent_start, mentions, rates)
    for k, (a, _b) in enumerate(rates):
        if k in out:
            continue
        before = [m for m in mentions if m.end - sent_start <= a]
        if before and _BRACKET_RATE_BEFORE.match(sent_text[before[-1].end - sent_start:a]):
            out[k] = ([before[-1].iso3], before[-1].start - sent_start)
            continue
        seg_start = max([e for e in percent_ends if e <= a], default=0)     # after the percentage before it
        own = _segment_subject(sent_text, sent_start, mentions, seg_start, a)
        if own is not None:
            out[k] = own
    return out


def subject_rates(ctx: Context, sent_start: int, sent_text: str, percents: list) -> dict:
    """{percent: its subject pair} for the percentages of a sentence each led by its own country as its subject
    ("Switzerland is on 31 per cent, Taiwan on 32 per cent and India on 26 per cent")."""
    mentions = _pair_mentions(ctx, sent_start, sent_text)
    if len({m.iso3 for m in mentions}) < 2:
        return {}
    out = {}
    for k, p in enumerate(percents):
        own = _segment_subject(sent_text, sent_start, mentions, percents[k - 1].end if k else 0, p.start)
        if own is not None:
            out[p] = own
    return out


def _subject_words_to_rate(gap: str) -> bool:
    """The words between a segment's subject list and its rate read as the subject paying that rate."""
    return any(rx.match(gap) for rx in (_SUBJECT_TO_RATE, _SUBJECT_GOODS_TO_RATE, _SUBJECT_ELLIPTIC))


def _pair_mentions(ctx: Context, sent_start: int, sent_text: str) -> list:
    return [m for m in ctx.country_mentions(sent_start, sent_start + len(sent_text), with_people=False) if not m.compound]


def _respectively_pairs(sent_text: str, sent_start: int, mentions: list, rates: list, window: int = 30) -> dict[int, tuple]:
    """"X and Y ... A% and B% respectively": a run of coordinated rates before "respectively", paired in order with
    the last list of as many countries before the run.  `window`: the characters after the run's last item that may
    hold "respectively" (trade values name their goods first: "$12 billion and $8 billion of pharmaceuticals
    respectively")."""
    out: dict[int, tuple] = {}
    for last, (_a, b) in enumerate(rates):
        if not _RESPECTIVELY_AFTER.match(sent_text[b:b + window]):
            continue
        first = last
        while first > 0 and _RATE_RUN_GAP.match(sent_text[rates[first - 1][1]:rates[first][0]]) \
                and rates[first][0] - rates[first - 1][1] <= 8:
            first -= 1
        before = [m for m in mentions if m.end - sent_start <= rates[first][0]]
        for j in range(len(before) - 1, -1, -1):
            listed = _coordinated(sent_text, sent_start, before[j], before)
            heads_list = j == 0 or not _LIST_GAP.fullmatch(sent_text[before[j - 1].end - sent_start:before[j].start - sent_start])
            if len(listed) == last - first + 1 and heads_list:
                out.update({first + i: ([iso], before[j].start - sent_start) for i, iso in enumerate(listed)})
                break
    return out


def _segment_subject(sent_text: str, sent_start: int, mentions: list, seg_start: int, a: int) -> tuple | None:
    """(countries, start) of the country list that opens the segment [seg_start, a) as the subject of its rate:
    after a coordinator (or at the sentence's start), the rate right after the list's own words."""
    inside = [m for m in mentions if seg_start <= m.start - sent_start and m.end - sent_start <= a]
    if not inside:
        return None
    first = inside[0]
    opening = sent_text[seg_start:first.start - sent_start]
    if seg_start == 0:
        if not _LIST_COLON.search(opening):
            return None
    elif not _PAIR_OPENING.match(opening) or (_PAIR_OBJECT.search(opening) and not _FROM_SUBJECT.search(opening)):
        return None
    listed = _coordinated(sent_text, sent_start, first, inside)
    last = [m for m in inside if m.iso3 == listed[-1]][0]
    if any(m.start > last.start and m.iso3 not in listed for m in inside):
        return None
    if not _subject_words_to_rate(sent_text[last.end - sent_start:a]):
        return None
    return listed, first.start - sent_start
