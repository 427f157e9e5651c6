"""People: names with roles and countries, and every place each person is mentioned."""
from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left
from dataclasses import dataclass, field

from . import gazetteer
from .constants import (
    DEMONYMS,
    FAMILY_FUNCTION_WORDS,
    FAMILY_NAME_FIRST,
    FEMALE_FIRST_NAMES,
    HONORIFICS,
    KNOWN_PEOPLE,
    KNOWN_SURNAMES,
    NAME_STOPWORDS,
    NON_PERSON_WORDS,
    PERSON_ROLE_MODIFIER,
    PERSON_ROLE_NOUNS,
    PLURAL_TITLES,
    REGIONS,
    ROLE_TITLES,
    ROLE_WORDS_LOWER,
    SPEECH_VERBS,
    SURNAME_AS_ADJECTIVE,
)
from .furniture import link_spans, mask
from .prefilter import behind_cue
from .text import find_literals, literal_alternation

# upper and lower case Latin letters with diacritics (Š, Ł, Ø, ă ...): names keep them as published
_LATIN = [chr(c) for c in range(0xC0, 0x250)]
_UP = "A-Z" + "".join(c for c in _LATIN if c.isupper())
_LOW = "a-z" + "".join(c for c in _LATIN if c.islower())
# a capitalised word: a capital, then word characters with a lower-case letter among them. The characters before the
# first lower-case letter exclude lower case, so a word matches one way only (`[\w’'\-]*[{_LOW}]` could split a word
# at any of its lower-case letters, and names of four such words failing at the next token backtracked through every
# split of each: up to 11 ms a try; speed, round 50). Same words, same ends tried longest first.
_CAP = rf"[{_UP}](?:[^\W{_LOW}]|[’'\-])*[{_LOW}][\w’'\-]*"
_PARTICLE = r"(?:de|del|della|la|las|los|van|von|der|den|da|das|do|dos|du|di|le|bin|ibn|al|el|y)"
_SP = r"[^\S\n]+"          # a name never runs across a line break
# "Ferdinand Marcos Jr.": the suffix keeps its period, as published
# "V.K. Vijayakumar": initials written together are one token (never "U.S." or "B.C.")
_JOINED = r"(?:[A-Z]\.){2,3}"
_INITIALS = rf"(?:(?!U\.S\.|U\.K\.|E\.U\.|U\.N\.|B\.C\.|A\.M\.|P\.M\.){_JOINED}|[A-Z]\.)"
_JOINED_INITIALS = re.compile(_JOINED)
# "Sergio Ortiz-Luis, Jr.", "George Tuttle III": a generational suffix after a comma or in Roman numerals is part of
# the name as published (LABELING.md people: full name as published)
_GENERATION = rf"(?:,{_SP}(?:Jr|Sr)\.|{_SP}(?:III|IV|II)(?![\w’'\-]))"
_GENERATION_SUFFIX = re.compile(r",?\s+(?:Jr\.?|Sr\.?|III|IV|II)$")
_NAME = (rf"(?:{_CAP}|{_INITIALS}|[A-Z](?={_SP}[A-Z]))"
         rf"(?:{_SP}(?:{_PARTICLE}{_SP}){{0,2}}(?:(?:Jr|Sr)\.|{_CAP}|{_INITIALS}|[A-Z](?={_SP}[A-Z])|JD|J\.D\.)){{0,3}}"
         rf"{_GENERATION}?")
NAME_PATTERN = _NAME          # for quotes.py: the same names (particles, diacritics, initials)
# a Malay name with its honorific chain, as published and labelled whole ("Tengku Datuk Seri Zafrul Abdul Aziz", five
# to seven words: beyond _NAME's four); round 30, Malaysian ministers quoted in six articles of four writer batches
_MALAY_TITLE = rf"(?:Tengku|Tunku|Tun|Tan{_SP}Sri|Puan{_SP}Sri|Datuk|Dato['’]|Datin|Seri|Sri)"
# the conferred styles inside a chain (Datuk Seri, Dato' Sri, Tan Sri, Puan Sri, Datuk, Datin, Tun) are no part of the
# name shown, a royal "Tengku" / "Tunku" is (LABELING.md, decided by the lead in round 47; 55 of 55 dev labels)
_MALAY_CONFERRED_STYLE = re.compile(
    rf"(?<![\w’'\-])(?:(?:Datuk|Dato['’]|Tan|Puan){_SP}(?:Seri|Sri)|Datuk|Dato['’]|Datin|Tun){_SP}(?=[A-Z])")
_MALAY_HONORIFIC_NAME = re.compile(
    rf"(?<![\w’'\-])(?P<name>{_MALAY_TITLE}(?:{_SP}{_MALAY_TITLE})*(?:{_SP}(?:bin|binti|{_CAP})){{1,5}})")
_HONORIFIC_ABBREVIATIONS = "Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Prof"
HONORIFIC_PATTERN = rf"(?:(?:{_HONORIFIC_ABBREVIATIONS})\.?|Sir|Dame|Lord|Lady)"
# "his economic adviser, Prof. Avi Simhon": an abbreviated honorific between a role and the name (its full stop
# would end the name pattern at "Prof")
_DOTTED_HONORIFIC = rf"(?:(?:{_HONORIFIC_ABBREVIATIONS})\.{_SP})"
_ROLE_ALT = literal_alternation(sorted(ROLE_TITLES, key=len, reverse=True))
_ROLE_LOWER_ALT = "|".join(re.escape(r) for r in sorted(ROLE_WORDS_LOWER, key=len, reverse=True))
_DEM_ALT = "|".join(re.escape(d) for d in sorted(set(DEMONYMS) | {"U.S.", "US", "Canada’s", "Canada's", "Mexico’s", "Mexico's", "China’s", "China's"}, key=len, reverse=True))

# "Canadian Prime Minister Mark Carney", "U.S. Commerce Secretary Howard Lutnick", "President Donald Trump"
# (?=[...]): a match starts with a capital (the "where" words) or a title's first letter; other positions fail at once
_ROLE_FIRST = "".join(re.escape(c) for c in sorted({r[0] for r in ROLE_TITLES}))
_TITLE_NAME = re.compile(
    rf"(?=[A-Z{_ROLE_FIRST}])(?:(?P<where>(?:[A-Z][\w.’']*{_SP}){{0,2}}?)?)(?<![\w])(?P<role>{_ROLE_ALT}){_SP}{_DOTTED_HONORIFIC}?(?P<name>{_NAME})"
)
# "Secretary for Transport and Logistics Mable Chan", "Deputy Minister for Trade and Investment Kang Kam-chan",
# "Minister of Finance Chuang Tsui-yun": a title that names its portfolio before the name (seen in seven writer
# batches of dev). The portfolio is one capitalised field, or two joined by "and" after its first word
# ("Steel and Heavy Industries"); the capitals that follow run on into the name, so where the portfolio ends is read
# from the shape of the run (`_name_after_portfolio`), not from a list of portfolio words. An "and" later in the run
# joins a second person ("... Airlangga Hartarto and US Trade Representative ..."), never the portfolio.
_PORTFOLIO_WORD = rf"(?:{_INITIALS}|[{_UP}][\w&’'\-]*(?:\.[\w&’'\-]+)*)"      # a final period ends a sentence
_TITLE_PORTFOLIO_NAME = re.compile(
    rf"(?=[{_ROLE_FIRST}])(?<![\w])(?P<role>{_ROLE_ALT}){_SP}(?:for|of){_SP}(?:the{_SP})?"
    rf"(?P<run>{_PORTFOLIO_WORD}(?:{_SP}and{_SP}{_PORTFOLIO_WORD})?"
    rf"(?:{_SP}(?:{_PARTICLE}{_SP}){{0,2}}{_PORTFOLIO_WORD}){{2,6}})(?![\w’'\-])"
)
_ROLE_NOUN_ALT = literal_alternation(sorted(set(ROLE_WORDS_LOWER) | set(PERSON_ROLE_NOUNS), key=len, reverse=True))
# "AMIA president Rogelio Garza", "EU sanctions envoy David O'Sullivan", "ranking member Ron Wyden"
_ROLE_NOUN_CAP_ALT = literal_alternation(r.title() for r in sorted(set(PERSON_ROLE_NOUNS), key=len, reverse=True))
_ROLE_LOWER_NAME = re.compile(rf"\b(?P<role>{_ROLE_NOUN_ALT}|{_ROLE_NOUN_CAP_ALT}){_SP}{_DOTTED_HONORIFIC}?(?P<name>{_NAME})")
# "Canada's prime minister, Mark Carney," / "its industry minister, Kim Jung-kwan,"
_ROLE_NOUN_CAP_FIRST = "".join(sorted({r[0].upper() for r in PERSON_ROLE_NOUNS}))
_ROLE_NOUN_FIRST = "".join(re.escape(c) for c in sorted({r[0] for r in set(ROLE_WORDS_LOWER) | set(PERSON_ROLE_NOUNS)}))
# "ING's chief economist for Greater China, Lynn Song,": the role may name its patch ("for/at/of" + capitals)
# "The council's representative in the US, Karine Rød Haraldsson,": "in" + the country it works in, too; and the
# role as a capitalised title ("Nigeria's Minister of Finance and Coordinating Minister of the Economy, Wale Edun,")
# the patch a role names: "for Greater China", "of Mines and Energy", "for Commerce and Economic Development" (a
# portfolio of two fields joined by "and"), "to Canada" (an ambassador's posting). What follows a comma and runs on
# with "and" is the portfolio's next field, not a name ("Commissioner for Trade and Economic Security,
# Interinstitutional Relations and Transparency").
_ROLE_PATCH = rf"(?:for|at|of|in|to){_SP}(?:the{_SP})?[A-Z][\w.&’'-]*(?:{_SP}(?:and{_SP})?[A-Z][\w.&’'-]*){{0,3}}"
_ROLE_COMMA_NAME = re.compile(rf"(?=[{_ROLE_NOUN_FIRST}{_ROLE_NOUN_CAP_FIRST}])\b(?P<role>{_ROLE_NOUN_ALT}|{_ROLE_NOUN_CAP_ALT})"
                              rf"(?:{_SP}{_ROLE_PATCH})?,{_SP}{_DOTTED_HONORIFIC}?(?P<name>{_NAME})(?![\w’'\-]|{_SP}and{_SP})")
# whose role it is: a capitalised owner, a determiner, or any owner written with a possessive ("the toymaker's chief
# financial officer, Gina Goetter," -- a common noun owner is how a story names the firm a second time)
_ROLE_APPOS_WHERE = re.compile(
    rf"(?P<where>(?:[A-Z][\w.’']*|its|his|her|their|the|[a-z][\w\-]*(?:’s|'s|s’|s')){_SP})(?:{PERSON_ROLE_MODIFIER}{_SP}){{0,2}}?$"
)
# "said Jane Doe" / "Jane Doe said": found from the verbs (a set lookup per word, much faster than
# one regex alternation tried at every position)
_SPEECH_WORDS = frozenset(v for v in SPEECH_VERBS.replace("\n", "").split("|") if re.fullmatch(r"[a-z]+", v)) | {"called", "described", "accused", "urged", "wrote"}
# the speech words as whole lower-case runs: what `[a-z]+` tokens found in _SPEECH_WORDS are, in one scan
_SPEECH_WORD_RE = re.compile(r"(?<![a-z])(?:" + literal_alternation(sorted(_SPEECH_WORDS, key=len, reverse=True)) + r")(?![a-z])")
_NAME_AT = re.compile(rf"{_SP}(?P<name>{_NAME})")
_NAME_BEFORE = re.compile(rf"(?<![\w’'\-])(?P<name>{_NAME}){_SP}$")
# "Jane Doe of Capital Economics said" (the organisation between the name and the verb)
_NAME_OF_ORG = re.compile(rf"(?<![\w’'\-])(?P<name>{_NAME}){_SP}(?:of|from|at){_SP}(?:the{_SP})?(?:[A-Z][\w&’'\-]*{_SP}){{1,5}}$")
# "Jane Doe, who leads the largest group in parliament, said" / "Jane Doe, a professor at McGill, called"
_NAME_APPOS_CLAUSE = re.compile(rf"(?<![\w’'\-])(?P<name>{_NAME}),{_SP}(?P<clause>(?:who|the|a|an|[a-z][\w\-]*|[A-Z][\w.]*(?:’s|'s)|\d\d|Minister|Secretary|Chair(?:man|woman)?|President|Director)\b[^“”\"\n.;:]{{0,150}}),{_SP}(?:\w+ly{_SP})?$")
# appositive tails ", Canada's prime minister" / ", the minister responsible for ..." / ", an evangelical pastor"
# nouns that also describe companies ("Rio Tinto, the largest aluminium producer") never make a person here
_COMPANY_NOUNS = {"producer", "trader", "investor", "owner", "partner", "manager", "grower", "consultant", "expert",
                  "member", "official", "fellow", "executive", "head", "chief", "host", "candidate", "nominee"}
_ROLE_NOUN_APPOS_ALT = literal_alternation(sorted((set(ROLE_WORDS_LOWER) | set(PERSON_ROLE_NOUNS)) - _COMPANY_NOUNS,
                                                            key=len, reverse=True))
# "Jonathan Wilkinson, the Minister of Energy, said": the role may be written with a capital
_PERSON_CLAUSE = re.compile(rf"^\d\d$|\bwho\b|\b(?:{_ROLE_NOUN_APPOS_ALT})\b|^(?-i:of|at|from){_SP}(?:the{_SP})?[A-Z]", re.I)
_APPOS_TAIL = re.compile(
    rf",{_SP}(?:the{_SP}|a{_SP}|an{_SP}|who{_SP}is{_SP}|its{_SP}|[A-Z][\w.]*(?:’s|'s){_SP})?(?P<where>(?:[A-Z][\w.’']*{_SP}){{0,3}}?)?"
    rf"(?:{PERSON_ROLE_MODIFIER}{_SP}){{0,3}}?(?P<role>{_ROLE_NOUN_APPOS_ALT})\b"
)
# "Republican Sens. Thom Tillis and Lisa Murkowski", "Justices Neil Gorsuch and Amy Coney Barrett"
_PLURAL_TITLE = re.compile(
    rf"(?<![\w])(?P<role>{'|'.join(re.escape(t) for t in PLURAL_TITLES)}){_SP}(?P<names>{_NAME}(?:(?:,{_SP}|,?{_SP}and{_SP}){_NAME}){{1,4}})"
)
# "Ron Wyden (D-Ore.)", "Chuck Grassley (R-Iowa)": a U.S. lawmaker's party and state
_PARTY_TAG = re.compile(rf"(?<![\w’'\-])(?P<name>{_NAME}){_SP}\((?:R|D|I)-[A-Z][\w.]*\.?\)$")
_PARTY_TAG_ONLY = re.compile(r"\((?:R|D|I)-[A-Z][\w.]*\.?\)")
# broadcast transcripts: "[Interview: Park Jeong-seong / Director of Trade ...]"
INTERVIEW_TAG = re.compile(rf"^\[(?:Interview|INTERVIEW|Soundbite|SOUNDBITE|Sound ?bite|SOT|Voice|Speaker)\s*:\s*(?P<name>{_NAME})\s*(?:/|,|\||-)\s*(?P<role>[^\]\n]{{0,120}})\]", re.M)
_CAPITAL_WORD_END = re.compile(rf"[{_UP}][\w’'\-.]*{_SP}$")
_COMMA_END = re.compile(rf",{_SP}(?:\w+ly{_SP})?$")
# the capital first, then the look back over it: the same single-character matches, but a pattern that opens
# with a character class lets re skip to the next capital in C (a leading look-behind is tried everywhere)
_NAME_START = re.compile(rf"[{_UP}](?<![\w’'\-].)")
_ACCORDING = re.compile(rf"\b(?:[Aa]ccording to|[Pp]er){_SP}(?P<name>{_NAME})")
# "Trump administration": the surname stands for a government, not for a mention of the person
_SURNAME_ADJ = re.compile(rf"{_SP}{SURNAME_AS_ADJECTIVE}\b")
_PARTICLE_WORD = re.compile(_PARTICLE)      # "da Silva": a tail of a name never starts with its particle
# "Sir Keir": a title with a first name is a way to mention a person, never the name as published
_COURTESY_FIRST = frozenset({"Sir", "Dame", "Lord", "Lady"})
# "Ms. Sheinbaum", "Mr. Carney": the gender a courtesy title gives a surname (where each title ends)
_FEMALE_TITLE = re.compile(r"\b(?:Ms\.?|Mrs\.?|Miss|Dame|Lady)\s+")
_MALE_TITLE = re.compile(r"\b(?:Mr\.?|Sir|Lord)\s+")


# "Gareth Stace, director general of UK Steel,", "Daniel Béland, a political science professor at McGill":
# a name in apposition with a role noun that says where the person works
_ROLE_NOUNS = (r"director general|director|vice president|president|professor|economist|strategist|analyst|researcher|"
               r"fellow|lecturer|partner|founder|lawyer|adviser|advisor|spokesperson|spokesman|spokeswoman|official|"
               r"envoy|commissioner|minister|secretary general|secretary|chair|chairman|chairwoman|head|chief|executive|officer|"
               r"general secretary|manager|leader|governor|representative|ceo|expert|specialist|owner|counsel|staffer|"
               r"director-general|chairperson|member|statistician|coordinator|deputy")
# Round 20: the role may be written as a title ("John Denton, Secretary General of the International Chamber of
# Commerce,", "Bill Bullard, CEO of R-CALF USA,"), with a prefix ("co-president of Chopard", "vice-minister of the
# General Administration of Customs"), name its field before its employer ("head of market analysis at RBC Brewin
# Dolphin") and the employer's kind before its name ("a partner at the law firm Wiley Rein")
_NAME_APPOS_ROLE = re.compile(     # ((?=[{_UP}]): a name starts with a capital; other positions fail at once)
    rf"(?=[{_UP}])(?:^|(?<=[.!?”\"]\s)|(?<=,\s)|(?<=[”\"],\s))(?P<name>{_NAME}),\s+(?:a\s+|an\s+|the\s+)?"
    rf"(?P<role>(?:[a-z][\w-]*\s+|[A-Z][\w-]*\s+){{0,3}}?(?:co-|vice-)?(?i:{_ROLE_NOUNS}))"
    rf"(?:\s+(?:of|for|in)(?:\s+[a-z][\w-]*){{1,3}})?\s+(?:of|at|for|with)\s+(?:the\s+)?(?:[a-z][\w-]*\s+){{0,3}}"
    rf"(?:[A-Z]|[a-z][\w-]*,)", re.M)
# "Guy Parmelin, who heads Switzerland's Department of Economic Affairs,", "Florian Kohl, who speaks for the coalition,":
# a relative "who" is said of people (seen in ten writer batches); the name may carry its own script in parentheses,
# masked to spaces before the comma
# (behind the tail every match ends with: most articles have none, and the name scan is what costs; speed, round 20)
_NAME_WHO = behind_cue(re.compile(
    rf"(?=[{_UP}])(?:^|(?<=[.!?”\"]\s)|(?<=,\s)|(?<=[”\"],\s))(?P<name>{_NAME})[^\S\n]*,{_SP}who(?:se)?{_SP}[a-z]", re.M),
    re.compile(rf",{_SP}who(?:se)?{_SP}[a-z]"))
# "Nitin Awasthi of InCred Equities expects ...", "Michelle Gavin of the Council on Foreign Relations said": a name
# that opens its sentence, or a clause after ", but / while / and" ("…, but William Bain of the British Chambers of
# Commerce warned"), with its employer after "of" and then a verb (four writer batches)
_NAME_OF_ORG_VERB = re.compile(
    rf"(?=[{_UP}])(?:^|(?<=[.!?”\"]\s)|(?<=, but )|(?<=, while )|(?<=, and ))(?P<name>{_NAME}){_SP}of{_SP}(?:the{_SP})?[A-Z][\w&’'\-]*"
    rf"(?:{_SP}(?:(?:on|for|and|of|&){_SP})?[A-Z][\w&’'\-]*){{0,5}}{_SP}(?:[a-z]+(?:s|ed)|said|told|wrote)\b", re.M)
# "“...,” Amin said." / "“...,” said Amin.": the slot right after a closing quotation mark that a speech verb makes the
# speaker's (a comma, "!" or "?" closes the quoted words inside the marks). One capitalised word there is a person's
# surname when the text also writes it after a given name ("Ali Amin grows pistachios ..."): `_quote_speakers`.
_QUOTE_SLOT_SURNAME = re.compile(
    rf"[,!?][”\"]{_SP}(?:(?P<a>{_CAP}){_SP}(?:[a-z]+ly{_SP})?(?P<va>[a-z]+)\b|(?P<vb>[a-z]+){_SP}(?P<b>{_CAP})(?=[^\S\n]*[,.;]))")
_KNOWN_RE = re.compile(r"(?<!\w)(?:" + literal_alternation(sorted(set(KNOWN_PEOPLE) | set(KNOWN_SURNAMES), key=len, reverse=True)) + r")(?!\w)")



# a Chinese or Korean given name of two syllables joined by a hyphen ("Ching-te", "Tsui-yun", "Duk-geun", "Jae-in"): the
# word before it is the family name ("William Lai Ching-te" is "Lai"); a double-barrelled surname ("Keller-Sutter")
# has a capital after the hyphen
_HYPHENATED_GIVEN_NAME = re.compile(r"^[A-Z][a-z]+-[a-z]+$")


class _AccentFold(dict):
    """str.translate's table for _fold, filled on first sight of a character: a non-ASCII letter's first NFKD
    character, an ASCII one itself."""

    def __missing__(self, code: int) -> str:
        c = chr(code)
        folded = self[code] = unicodedata.normalize("NFKD", c)[0] if code > 127 else c
        return folded


_ACCENT_FOLD = _AccentFold()


def _fold(text: str) -> str:
    """The text with accents dropped letter by letter (same length, so offsets carry over): "Inácio" -> "Inacio".
    (speed, round 49: an ASCII text is its own fold, and str.translate replaces the per-character generator -- the
    known people's names were folded anew for every new name a story writes)"""
    return text if text.isascii() else text.translate(_ACCENT_FOLD)


# the known people by the name or surname a text writes, and by their accent-folded names: the first known person
# in KNOWN_PEOPLE's order, as the scans over it found (speed, round 49)
_KNOWN_BY_NAME: dict[str, str] = {}
for _k in KNOWN_PEOPLE:
    _KNOWN_BY_NAME.setdefault(_k.split()[-1], _k)
    _KNOWN_BY_NAME.setdefault(_k, _k)
_KNOWN_BY_FOLD: dict[str, str] = {}
for _k in KNOWN_PEOPLE:
    _KNOWN_BY_FOLD.setdefault(_fold(_k), _k)
_KNOWN_LAST_WORDS = frozenset(k.split()[-1] for k in KNOWN_PEOPLE)

@dataclass
class Person:
    name: str
    role: str | None = None
    country: str | None = None
    gender: str | None = None
    first: int = 0
    aliases: set[str] = field(default_factory=set)
    published: str | None = None     # the form the text writes, where `name` is a KNOWN_PEOPLE canonical form

    @property
    def shown_name(self) -> str:
        """The name as the article publishes it (what labels give, LABELING.md people: surname only → that surname),
        without a Malay conferred style (the chain is read whole, so its shorter cuts still join the person)."""
        return self.published or _MALAY_CONFERRED_STYLE.sub("", self.name)

    @property
    def surname(self) -> str:
        """The name a story uses on later mentions: the last token, or the first for family-name-first
        names ("Lee Jae Myung" -> "Lee", "Moon Jae-in" -> "Moon"); never a generational suffix ("Marcos" for
        "Ferdinand Marcos Jr.")."""
        parts = _GENERATION_SUFFIX.sub("", self.name).split()
        if len(parts) > 1 and _HYPHENATED_GIVEN_NAME.match(parts[-1]):
            return parts[-2]            # "William Lai Ching-te" -> "Lai", "Chuang Tsui-yun" -> "Chuang"
        if len(parts) > 1 and parts[0] in FAMILY_NAME_FIRST and parts[-1] not in FAMILY_NAME_FIRST:
            return parts[0]
        return parts[-1] if parts else self.name

    @property
    def other_short_forms(self) -> set[str]:
        """One-word forms besides `surname` that a story refers back to the person by, where the name may be written
        family name first: both its first word and its last ("Gan" of "Gan Kim Yong", "Son" of "Nguyen Anh Son" --
        Vietnamese copy calls a person by the given name --, "Reynolds" of "Kim Reynolds", "Kinyanjui" of "Lee
        Kinyanjui", where "Kim" and "Lee" are given names). A last word of two letters ("Wang Yi") is no form."""
        parts = _GENERATION_SUFFIX.sub("", self.name).split()
        if len(parts) < 2 or parts[0] not in FAMILY_NAME_FIRST:
            return set()
        return {parts[0]} | ({parts[-1]} if len(parts[-1]) > 2 else set())


@dataclass(frozen=True)
class PersonMention:
    start: int
    end: int
    person: Person


ORG_WORDS = frozenset(
    """Association Council Producers Manufacturers Ministry Department Bureau Agency Union Federation Chamber
    Institute Bank Company Corp Corporation Inc Ltd Group Commission Committee Office Party Press News Network
    Reuters Bloomberg Statistics House Senate Congress Parliament Court Board Foundation Fund Authority Service
    Canada Mexico States Street Social Truth Hill Park Palace Economics Sachs Stanley Capital Securities Partners
    Research Analytics Insights Markets Financial Holdings Motors Airlines Industries Brands Reserve Exchange
    University College School Times Journal Post Globe Mail Star Herald Tribune Television Radio""".split())
_ROLE_TOKENS = frozenset(w for r in ROLE_TITLES for w in r.split()) | frozenset(
    r.title() for r in PERSON_ROLE_NOUNS if " " not in r) | frozenset(
    """Federal Provincial State Deputy Acting Former Interim Associate Assistant Senior Chief General Executive
    Commissioner Director Officer Agriculture Industry Economy Economic Finance Foreign Trade Commerce Treasury
    Energy Environment Defence Defense Health Labour Labor International Public Safety Natural Resources
    Innovation Development Affairs Minister Secretary President Premier Ambassador National Vice""".split()) | frozenset(
    # a party or council word before a name is its title ("Republican Chuck Grassley", "Senior House Democrat Richard
    # Neal", "Federal Councillor Guy Parmelin", "Chief of Staff Rui Costa"): round 30, name_form misses of 4 batches
    """Republican Democrat Democratic Councillor Councilor Staff""".split())


def _is_hyphenated_role(tok: str) -> bool:
    """"Director-General", "Secretary-General", "Vice-President": a title written with a hyphen."""
    return "-" in tok and all(part in _ROLE_TOKENS for part in tok.split("-"))


def _given_name_after_family_name(toks: list[str]) -> bool:
    """"Wang Jun, a vice minister at China's customs agency": after a family name written first, a month's
    abbreviation ("Jun", "Jan") is the given name (four writer batches quote China's customs vice minister so)."""
    return len(toks) == 2 and toks[0] in FAMILY_NAME_FIRST and toks[1] in _MONTH_GIVEN_NAMES


def _without_middle_initials(name: str) -> str:
    """"Donald J. Trump" -> "Donald Trump": the name without the single-letter initials between its first and last word."""
    toks = name.split()
    return " ".join([toks[0]] + [t for t in toks[1:-1] if not re.fullmatch(r"[A-Z]\.?", t)] + toks[-1:]) if toks else name


def _leading_noise(toks: list[str], mid_sentence: bool) -> bool:
    """Whether the span's first word is a sentence opener ("Even", "Meanwhile", "Asked") and not part of the name.
    Inside a sentence English writes those words in lower case, so there a capitalised one before two more capitalised
    words is a given name ("…,” said Even Rogers Pay, a director at Trivium China": five writer batches)."""
    return toks[0] in _LEADING_NOISE and not (mid_sentence and len(toks) >= 3)


def _clean_name(name: str, after_role: bool = False, mid_sentence: bool = False) -> str | None:
    """The person's name in a candidate span, or None (organisations, places, headings).
    `after_role`: the span follows a title ("Vice Premier He Lifeng", "General Secretary To Lam"); `mid_sentence`:
    a lower-case word or a comma precedes it ("spoke with To Lam"). There a capitalised short function word
    can only be a family name: English writes "to", "he", "an" in lower case inside a sentence."""
    name = re.sub(r"(?:’s|'s)$", "", name.strip())
    toks = name.split()
    # "Ontario Premier Doug Ford" -> "Doug Ford": keep what follows the last role word
    for i in range(len(toks) - 1, -1, -1):
        t = toks[i]
        if t in _SURNAME_TITLES and 0 < i == len(toks) - 1:
            continue                    # "Brandon Lord, who directs CBP's programme": last after a given name, a surname
        if t in _ROLE_TOKENS or _is_hyphenated_role(t) or gazetteer.lookup(t) or t in REGIONS or t.rstrip(".") in ("Sen", "Rep", "Gov", "Dr", "Mr", "Mrs", "Ms", "Sir", "Dame", "Lord", "Lady"):
            toks = toks[i + 1:]
            break
    # "Heavy Industries H.D. Kumaraswamy": initials written together open a name, they never sit inside one
    joined = [i for i, t in enumerate(toks) if _JOINED_INITIALS.fullmatch(t)]
    if joined and joined[0] > 0 and len(toks) - joined[0] > 1:
        toks = toks[joined[0]:]
    while len(toks) > 2 and re.search(r"(?:’s|'s|s’|s')$", toks[0]):
        toks = toks[1:]                  # "Tesla's Elon Musk", "Fox News' Maria Bartiromo"
    while len(toks) > 2 and re.search(r"(?:’s|'s|s’|s')$", toks[1]):
        toks = toks[2:]
    # drop trailing stopword tokens ("Trump Administration") and leading ones ("What Trump announced")
    while toks and toks[-1] in NAME_STOPWORDS and not _given_name_after_family_name(toks):
        toks.pop()
    family_first = (after_role or mid_sentence) and len(toks) == 2 and toks[0] in FAMILY_FUNCTION_WORDS
    while toks and (toks[0] in NAME_STOPWORDS or _leading_noise(toks, mid_sentence)) and not family_first:
        toks.pop(0)
    while len(toks) > 2 and toks[0] in HONORIFICS:      # "Sir Keir Starmer" -> "Keir Starmer"
        toks.pop(0)
    # "Park Jeong-seong": a family name first is not the organisation word "Park"
    check = toks[1:] if len(toks) > 1 and toks[0] in FAMILY_NAME_FIRST and "-" in toks[1] else toks
    own = [t for t in toks if not _PARTICLE_WORD.fullmatch(t)]      # "Carmem Lucia Chaves de Brito": four and a particle
    if not toks or any(t in ORG_WORDS or t in NON_PERSON_WORDS for t in check) or len(own) > 4:
        return None
    if any(len(t) == 1 and t.isupper() for t in toks[-1:]) or "-" in toks[0][:1]:
        return None
    name = " ".join(toks)
    if gazetteer.lookup(name) or name in REGIONS:
        return None
    if any(gazetteer.lookup(t) for t in toks) and len(toks) == 1:
        return None
    return name


_SURNAME_TITLES = frozenset({"Lord", "Lady"})      # titles that are also family names
_RUN_GOES_ON = re.compile(rf"\.|{_SP}[{_UP}]")
_INITIAL_TOKEN = re.compile(rf"{_INITIALS}|[A-Z]")
_NAME_LEAD_TOKEN = re.compile(rf"{_INITIALS}|[A-Z]|{_PARTICLE}")     # the words of a name that are not its own capitals


def _back_over(rx: re.Pattern, toks: list[tuple[int, str]], i: int) -> int:
    """The index of the first of the tokens matching `rx` written right before toks[i] (i itself when none)."""
    while i > 0 and rx.fullmatch(toks[i - 1][1]):
        i -= 1
    return i


def _name_after_portfolio(run: str) -> tuple[int, str] | None:
    """(offset in `run`, name) of the person a run of capitals after "<Title> for|of" names ("Transport and
    Logistics Mable Chan" -> "Mable Chan"). The run's first word (and the word after an "and" that follows it) is the
    portfolio; of what is left, a name given after a portfolio is a given name and a surname, so the last two words,
    with the initials and particles written before them ("H D Kumaraswamy", "Lula da Silva"). A shorter rest (one
    word) is the portfolio's own second word, not a name."""
    toks = [(m.start(), m.group()) for m in re.finditer(r"\S+", run)]
    skip = 3 if len(toks) > 2 and toks[1][1] == "and" else 1
    rest = toks[skip:]
    caps = [i for i, (_, t) in enumerate(rest) if not _NAME_LEAD_TOKEN.fullmatch(t)]
    if not caps:
        return None
    surname = _back_over(_PARTICLE_WORD, rest, caps[-1])        # "da Silva"
    first = _back_over(_INITIAL_TOKEN, rest, surname)           # "H D Kumaraswamy": initials stand for the given name
    if first == surname:
        if len(caps) < 2:
            return None
        first = _back_over(_INITIAL_TOKEN, rest, caps[-2])
        if first > 0 and rest[first - 1][1] in FAMILY_NAME_FIRST:
            first -= 1                  # "Nguyen Hong Dien": a family name written first, then a two-word given name
    name = _clean_name(" ".join(t for _, t in rest[first:]), after_role=True)
    return (rest[first][0], name) if name and len(name.split()) >= 2 else None


def _in_order(short: list[str], long_: list[str]) -> bool:
    """Whether every word of `short` stands in `long_`, in the same order."""
    it = iter(long_)
    return all(t in it for t in short)


def _covers_name(cand: tuple, names: list[tuple]) -> bool:
    """Whether candidate `cand` (start, name, ...) is a longer reading of one of `names` over the same words: it starts
    earlier and ends with that name ("Logistics Mable Chan" over "Mable Chan")."""
    start, name = cand[0], cand[1]
    return any(start < n[0] <= start + len(name) and name.endswith(" " + n[1]) for n in names)


# "Beatrice Tsai (蔡美娜) called ...": the name in its own script, in parentheses, stands between the name and its verb
_OTHER_SCRIPT_NAME = re.compile(r"\((?=[^)\n]{0,30}[^\x00-\u024f\W])[^)\n]{1,30}\)")


# a lower-case word or a comma right before a name: the name sits inside a sentence
_MID_SENTENCE = re.compile(r"(?:[a-z]|,)[^\S\n]+$")


def _mid_sentence(text: str, start: int) -> bool:
    return bool(_MID_SENTENCE.search(text, max(0, start - 3), start))


def _country_of(where: str | None) -> str | None:
    if not where:
        return None
    for tok in re.findall(r"[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?", where):
        t = re.sub(r"(?:’s|'s)$", "", tok)
        for cand in (t, t.split()[-1], t.split()[0]):
            iso = gazetteer.lookup(cand) or REGIONS.get(cand)
            if iso:
                return iso
    return None


# month abbreviations that are also Chinese and Korean given names
_MONTH_GIVEN_NAMES = frozenset({"Jun", "Jan"})
_LEADING_NOISE = frozenset(
    """What When Where Why How Who Which Whose While After Before Since Because If Although Though Unlike
    Like Asked Speaking Meanwhile However Still Yet Also Even Only Under Over Despite Earlier Later Then
    Both Neither Either Former Ex Acting Outgoing Incoming Related Read Watch Listen""".split())


def _title_role(role: str) -> str:
    role = {"Sen.": "Senator", "Rep.": "Representative", "CEO": "CEO", "ceo": "CEO"}.get(role, role)
    return " ".join(w if w.isupper() else w[:1].upper() + w[1:] for w in role.split())


class PeopleIndex:
    """Registry of people in an article and the offsets where each is mentioned."""

    def __init__(self, body: str):
        self.body = body
        # what people are looked for in: no link blocks, no name in another script after a name
        self._text = mask(body, link_spans(body) + [m.span() for m in _OTHER_SCRIPT_NAME.finditer(body)])
        self._caps = [m.start() for m in _NAME_START.finditer(self._text)]
        self._female_ends = [m.end() for m in _FEMALE_TITLE.finditer(self._text)]
        self._male_ends = [m.end() for m in _MALE_TITLE.finditer(self._text)]
        self.people: list[Person] = []
        self._by_key: dict[str, Person] = {}
        self._starts: list[int] = []
        self._collect()
        self.mentions: list[PersonMention] = self._find_mentions()
        self._published_forms()

    # -- building
    def _get(self, name: str, pos: int) -> Person:
        key = name.lower()
        if key in self._by_key:
            return self._by_key[key]
        for p in self.people:
            # "Luiz Inacio Lula da Silva" as written and "Luiz Inácio Lula da Silva" known: one person, whatever the accents
            if p.name == name or name in p.aliases or _fold(p.name) == _fold(name):
                self._by_key[key] = p
                return p
            # "De la Fuente" after "Juan Ramón de la Fuente"
            if len(name.split()) > 1 and p.name.lower().endswith(" " + key):
                self._by_key[key] = p
                p.aliases.add(name)
                return p
        # "Sir Keir" after "Sir Keir Starmer": British honorifics go with the first name
        toks = name.split()
        if len(toks) == 2 and toks[0] in HONORIFICS:
            for p in self.people:
                if len(p.name.split()) > 1 and p.name.split()[0] == toks[1]:
                    p.aliases.add(name)
                    self._by_key[key] = p
                    return p
        # "Sheinbaum" after "Claudia Sheinbaum", or "Claudia Sheinbaum" after "Sheinbaum"; "Cho Jung-tai" after a
        # headline's "Premier Cho" (a family name written first is the surname, round 26)
        surname = Person(name=name).surname
        for p in self.people:
            if surname == p.surname and (len(name.split()) == 1 or len(p.name.split()) == 1):
                if len(name.split()) > len(p.name.split()):
                    p.aliases.add(p.name)
                    p.name = name
                self._by_key[key] = p
                return p
        # "Sir Keir" after "Sir Keir Starmer": an honorific with the first name is that person
        if len(name.split()) == 1 and re.search(r"\b(?:Sir|Dame|Lord|Lady)\s+$", self.body[max(0, pos - 8):pos]):
            for p in self.people:
                if len(p.name.split()) > 1 and p.name.split()[0] == name:
                    self._by_key[key] = p
                    p.aliases.add(name)
                    return p
        # "Donald Trump" after "Donald J. Trump": a middle initial does not make another person (the first form
        # written stays the name, LABELING.md people: as published)
        bare = _without_middle_initials(name)
        for p in self.people:
            if _without_middle_initials(p.name) == bare and len(bare.split()) > 1:
                p.aliases.add(name)
                self._by_key[key] = p
                return p
        same = self._same_but_generation(name) or self._same_but_shortened(name)
        if same:
            self._by_key[key] = same
            return same
        # the known person it names; else the one it spells without accents ("Luiz Inacio Lula da Silva" written is
        # "Luiz Inácio Lula da Silva"), where no known form is written exactly so (both "Maros Sefcovic" and
        # "Maroš Šefčovič" are known forms)
        name = _KNOWN_BY_NAME.get(name) or _KNOWN_BY_FOLD.get(_fold(name)) or name
        p = Person(name=name, first=pos)
        self.people.append(p)
        self._by_key[key] = p
        return p

    def _same_but_generation(self, name: str) -> Person | None:
        """"Ferdinand Marcos" and "Ferdinand Marcos Jr" (or "John G. Roberts Jr."): one person, named with the suffix
        wherever the text writes it (a lead drops "Jr" on a later mention, or a title match stops before it)."""
        bare = _GENERATION_SUFFIX.sub("", name)
        for p in self.people:
            if _GENERATION_SUFFIX.sub("", p.name) != bare or len(bare.split()) < 2:
                continue
            if bare != name:            # the suffixed form names the person, the bare one stays an alias
                p.aliases.add(p.name)
                p.name = name
            else:
                p.aliases.add(name)
            return p
        return None

    def _same_but_shortened(self, name: str) -> Person | None:
        """"Tengku Zafrul" and "Tengku Datuk Seri Zafrul Abdul Aziz", "Gan Kim" and "Gan Kim Yong", "Nhat Tan" and
        "Nguyen Sinh Nhat Tan": a name of two or more words written in order inside a longer one, beginning or ending
        as it does, is that person shortened (honorific chains, long given names, a family name dropped); the longer
        form names the person wherever it is written (round 30, name_form misses of six batches)."""
        toks = name.split()
        for p in self.people:
            ptoks = p.name.split()
            short, long_ = (toks, ptoks) if len(toks) < len(ptoks) else (ptoks, toks)
            if len(short) < 2 or len(long_) == len(short) or not _in_order(short, long_):
                continue
            if short[0] != long_[0] and short[-1] != long_[-1]:
                continue
            if long_ is toks:           # the full form written after the short one names the person
                p.aliases.add(p.name)
                p.name = name
            else:
                p.aliases.add(name)
            return p
        return None

    def _collect(self) -> None:
        text = self._text
        found = (self._titled(text) + self._appositives(text) + self._speakers(text) + self._lists(text)
                 + self._malay_honorific_names(text))
        after_portfolio = self._after_portfolio(text)
        if after_portfolio:
            # "Investment Kang Kam-chan said" read by the speech verb: the portfolio's last word is not a given name
            found = [f for f in found if not _covers_name(f, after_portfolio)] + after_portfolio
        for m in _KNOWN_RE.finditer(text):
            if _SURNAME_ADJ.match(text, m.end()) and " " not in m.group(0):
                continue                                    # "the Trump administration"
            found.append((m.start(), KNOWN_SURNAMES.get(m.group(0), m.group(0)), None, None))
        found += self._quote_speakers(text, {f[1] for f in found})
        found.sort(key=lambda t: (t[0], -len(t[1])))
        for pos, name, role, country in found:
            p = self._get(name, pos)
            p.first = min(p.first, pos)
            if role and not p.role:
                p.role = _title_role(role)
            if country and not p.country:
                p.country = country
        for p in self.people:
            self._fill_in(p)
        self.people.sort(key=lambda p: p.first)

    def _fill_in(self, p: Person) -> None:
        known = KNOWN_PEOPLE.get(p.name) or KNOWN_PEOPLE.get(_without_middle_initials(p.name))
        if known:
            role, country, gender = known
            p.role = p.role or role
            p.country = p.country or country
            p.gender = gender
        if p.gender is None:
            first = p.name.split()[0]
            if first in FEMALE_FIRST_NAMES:
                p.gender = "f"
            elif any(self._text.startswith(p.surname, e) for e in self._female_ends):
                p.gender = "f"          # (what re.search(title + r"\s+" + surname) finds, without a pattern per name)
            elif any(self._text.startswith(p.surname, e) for e in self._male_ends):
                p.gender = "m"

    def _malay_honorific_names(self, body: str) -> list[tuple[int, str, None, None]]:
        """"Tengku Datuk Seri Zafrul Abdul Aziz": the whole chain, without the words that end a name run."""
        found = []
        for m in _MALAY_HONORIFIC_NAME.finditer(body):
            toks = m.group("name").split()
            while toks and (toks[-1] in NAME_STOPWORDS or toks[-1] in ORG_WORDS):
                toks.pop()
            # a chain holding an academic title ("Datuk Seri Dr Mohd Uzir Mahidin") is left to the ordinary reading,
            # which drops the title as it drops "Dr." (d2098's label, round 30's fresh batch)
            if any(t in HONORIFICS for t in toks):
                continue
            if len(toks) >= 3 and not any(t in NON_PERSON_WORDS or gazetteer.lookup(t) for t in toks):
                found.append((m.start(), " ".join(toks), None, None))
        return found

    def _titled(self, body: str) -> list[tuple[int, str, str | None, str | None]]:
        """A name after a title: "Canadian Prime Minister Mark Carney", "AMIA president Rogelio Garza"."""
        found = []
        for m in _TITLE_NAME.finditer(body):
            name = _clean_name(m.group("name"), after_role=True)
            if name:
                role = m.group("role")
                if re.search(r"\b(?:former|Former|ex-)\s*$", body[max(0, m.start("role") - 8):m.start("role")]):
                    role = "Former " + role
                found.append((m.start("name"), name, role, _country_of(m.group("where"))))
        for m in _ROLE_LOWER_NAME.finditer(body):
            name = _clean_name(m.group("name"), after_role=True)
            if name and len(name.split()) >= 2:
                # the role's country is the word just before it on the same line: a headline ending "... on Brazil"
                # says nothing of the "President Donald Trump" who opens the body below it
                where = re.search(r"(?:^|\s)([A-Z][\w.’']*)[^\S\n]+$", body[max(0, m.start() - 25):m.start()])
                found.append((m.start("name"), name, m.group("role"), _country_of(where.group(1) if where else None)))
        for m in _ROLE_COMMA_NAME.finditer(body):
            w = _ROLE_APPOS_WHERE.search(body, max(0, m.start() - 60), m.start())
            name = _clean_name(m.group("name"), after_role=True) if w else None
            if name and len(name.split()) >= 2:
                found.append((m.start("name"), name, m.group("role"), _country_of(w.group("where"))))
        return found

    def _after_portfolio(self, body: str) -> list[tuple[int, str, str | None, str | None]]:
        """A name after a title that names its portfolio: "Secretary for Transport and Logistics Mable Chan"."""
        found = []
        for m in _TITLE_PORTFOLIO_NAME.finditer(body):
            if _RUN_GOES_ON.match(body, m.end()):
                continue                # "Minister of Finance Regulation No. 70", "Secretary of ... Party. Under":
                                        # capitals that run on past a sentence end are a document or a body's name
            hit = _name_after_portfolio(m.group("run"))
            if hit:
                found.append((m.start("run") + hit[0], hit[1], m.group("role"), None))
        return found

    def _appositives(self, body: str) -> list[tuple[int, str, str | None, str | None]]:
        """A name before an appositive: "Mark Carney, Canada's prime minister", "Andrew Brunson, an evangelical pastor",
        "Matthew Holmes, executive vice president of the Canadian Chamber of Commerce"."""
        found = []
        for m in _NAME_APPOS_ROLE.finditer(body):
            name = _clean_name(m.group("name"))
            if name and len(name.split()) >= 2:
                found.append((m.start("name"), name, None, None))
        for m in _NAME_OF_ORG_VERB.finditer(body):
            if m.group("name").split()[0] in NAME_STOPWORDS:
                continue                # "The Scottish Chambers of Commerce advises": a body, not a person
            name = _clean_name(m.group("name"))
            if name and len(name.split()) >= 2:
                found.append((m.start("name"), name, None, None))
        for m in _NAME_WHO.finditer(body):
            name = _clean_name(m.group("name"))
            if name and len(name.split()) >= 2:
                found.append((m.start("name"), name, None, None))
        for m in _APPOS_TAIL.finditer(body):
            lead_start = max(0, m.start() - 60)
            nm = _NAME_BEFORE.search(body[lead_start:m.start()] + " ")
            if nm:
                name = _clean_name(nm.group("name"), mid_sentence=_mid_sentence(body, lead_start + nm.start("name")))
                if name and len(name.split()) >= 2:
                    found.append((lead_start + nm.start("name"), name, m.group("role"), _country_of(m.group("where"))))
        return found

    def _speakers(self, body: str) -> list[tuple[int, str, str | None, str | None]]:
        """Names next to a speech verb: "said Jane Doe", "Jane Doe said", "Jane Doe of Capital Economics said",
        "Jane Doe, who leads the group, said"; and "according to Jane Doe"."""
        found = []
        for w in _SPEECH_WORD_RE.finditer(body):
            cands = []
            nm = _NAME_AT.match(body, w.end())
            if nm:
                cands.append((nm.start("name"), nm.group("name")))
            last = body[max(0, w.start() - 24):w.start()]
            capital_before = bool(_CAPITAL_WORD_END.search(last))
            comma_before = bool(_COMMA_END.search(last))
            for rx, back, ok in ((_NAME_BEFORE, 60, capital_before), (_NAME_OF_ORG, 120, capital_before),
                                 (_NAME_APPOS_CLAUSE, 220, comma_before)):
                nb = self._back_match(rx, max(0, w.start() - back), w.start()) if ok else None
                if nb and rx is _NAME_APPOS_CLAUSE and not _PERSON_CLAUSE.search(nb.group("clause")):
                    continue            # "Rio Tinto, which owns the smelter, said": not a person's appositive
                if nb and rx is _NAME_OF_ORG and len((_clean_name(nb.group("name")) or "").split()) >= 2:
                    # "Nitin Awasthi of InCred Equities said": the words after "of" are the firm, not a speaker
                    cands = [c for c in cands if c[0] < nb.end("name")]
                if nb:
                    cands.append((nb.start("name"), nb.group("name")))
            for start, raw in cands:
                name = _clean_name(raw, mid_sentence=_mid_sentence(body, start))
                if name and (len(name.split()) >= 2 or name in _KNOWN_LAST_WORDS):
                    found.append((start, name, None, None))
        for m in _ACCORDING.finditer(body):
            name = _clean_name(m.group("name"))
            if name and len(name.split()) >= 2:
                found.append((m.start("name"), name, None, None))
        return found

    def _quote_speakers(self, body: str, names: set[str]) -> list[tuple[int, str, str | None, str | None]]:
        """The full name of a surname that speaks a quotation ("“That's the confusion part,” Amin said."): the first
        place the text writes that surname after a given name ("Ali Amin grows and processes pistachios ..."). The
        other collectors take a name where a role, an appositive or a speech verb frames it; a speaker introduced by
        what they do ("Dean Roberts, who chairs SaskOilseeds", "Sonja Carstens of the industry association") was no
        person at all, so none of their quotations had a speaker (round 29: 20 writer batches of dev)."""
        found = []
        # any word of a name already read ("Lula" of "Luiz Inácio Lula da Silva", "Kang" of "Kang Kam-chan") is that person
        surnames = {w for n in names for w in n.split()}
        for m in _QUOTE_SLOT_SURNAME.finditer(body):
            verb, surname = (m.group("va"), m.group("a")) if m.group("a") else (m.group("vb"), m.group("b"))
            if verb not in _SPEECH_WORDS or surname in surnames or _clean_name(surname) is None:
                continue
            full = self._full_name_of(body, surname) or self._surname_in_apposition(body, surname)
            if full is not None:
                surnames.add(surname)
                found.append(full)
        return found

    def _surname_in_apposition(self, body: str, surname: str) -> tuple[int, str, None, None] | None:
        """(offset, surname) of a speaker the text only ever names by one name (LABELING.md people: surname only -> that
        surname) where it says what the person is in apposition: "Roxburgh, of the New Zealand International Business
        Forum (NZIBF), said", "Tirukumaran, General Secretary of the Tiruppur Exporters Association, told ANI"."""
        for m in re.finditer(rf"(?<![\w’'\-]){re.escape(surname)},{_SP}(?P<clause>[^,“”\"\n.;:]{{2,150}}),", body):
            if _CAPITAL_WORD_END.search(body, max(0, m.start() - 30), m.start()):
                continue                # "Dean Roberts, who chairs ...": a longer name, not one read here
            clause = re.sub(r"\s*\([^)]*\)", "", m.group("clause"))
            if _PERSON_CLAUSE.search(clause) and not re.match(r"(?i)the\b.*\b(?:office|agency|body|bureau|group)\b", clause):
                return (m.start(), surname, None, None)
        return None

    def _full_name_of(self, body: str, surname: str) -> tuple[int, str, None, None] | None:
        """(offset, name) of the first "<Given> [<Middle>] <surname>" the text writes, where the capitals before the
        surname clean to a name of two words or more that ends with it."""
        for m in re.finditer(rf"(?<![\w’'\-])(?P<name>(?:{_CAP}|{_INITIALS})(?:{_SP}(?:{_CAP}|{_INITIALS})){{0,2}}){_SP}"
                             rf"{re.escape(surname)}(?![\w’'\-])", body):
            name = _clean_name(m.group("name") + " " + surname, mid_sentence=_mid_sentence(body, m.start()))
            if name and len(name.split()) >= 2 and name.endswith(" " + surname):
                return (m.end() - len(name), name, None, None)
        return None

    def _lists(self, body: str) -> list[tuple[int, str, str | None, str | None]]:
        """Coordinated names after a plural title, and U.S. lawmakers with a party tag "(D-Ore.)"."""
        found = []
        for m in _PLURAL_TITLE.finditer(body):
            names = m.group("names")
            for part in re.finditer(rf"(?:^|,{_SP}|,?{_SP}and{_SP})(?P<n>{_NAME})", names):
                name = _clean_name(part.group("n"), after_role=True)
                if name and len(name.split()) >= 2:
                    found.append((m.start("names") + part.start("n"), name, None, None))
        for m in INTERVIEW_TAG.finditer(body):
            name = _clean_name(m.group("name"))
            if name and len(name.split()) >= 2:
                found.append((m.start("name"), name, m.group("role").strip() or None, None))
        for tag in _PARTY_TAG_ONLY.finditer(body):
            m = self._back_match(_PARTY_TAG, max(0, tag.start() - 60), tag.end())
            name = _clean_name(m.group("name")) if m else None
            if name and len(name.split()) >= 2:
                found.append((m.start("name"), name, "Senator" if "Sen" in body[max(0, m.start() - 6):m.start()] else None, "USA"))
        return found

    def _back_match(self, rx: re.Pattern, lo: int, hi: int):
        """The leftmost match of `rx` that starts at a capital in [lo, hi) and ends exactly at `hi`
        (what rx.search(text, lo, hi) finds for these end-anchored patterns, trying only name starts)."""
        i = bisect_left(self._caps, lo)
        while i < len(self._caps) and self._caps[i] < hi:
            m = rx.match(self._text, self._caps[i], hi)
            if m:
                return m
            i += 1
        return None

    def _find_mentions(self) -> list[PersonMention]:
        forms: dict[str, Person] = {}
        for p in self.people:
            for f in {p.name, p.surname} | p.aliases | {k for k, v in KNOWN_SURNAMES.items() if v == p.name} \
                    | p.other_short_forms:
                forms.setdefault(f, p)
            if len(p.name.split()) > 1:
                for title in ("Sir", "Dame", "Lord", "Lady"):     # "Sir Keir" is Keir Starmer
                    forms.setdefault(f"{title} {p.name.split()[0]}", p)
        forms.update(self._first_name_forms(forms))
        if not forms:
            return []
        out = [PersonMention(s, e, forms[f]) for s, e, f in find_literals(self._text, sorted(forms, key=len, reverse=True))]
        self._starts = [m.start for m in out]
        return out

    def _published_forms(self) -> None:
        """A well-known person the text never names in full ("Trump said ..." with no "Donald Trump") is published
        under the form the text writes: LABELING.md round 15 labels a person named by surname only by that surname
        (and "Donald J. Trump" as written). KNOWN_PEOPLE still gives the role, country and gender behind it."""
        folded = None
        for p in self.people:
            if p.name not in KNOWN_PEOPLE or p.name in self._text:
                continue
            folded = folded if folded is not None else _fold(self._text)
            written = [self._text[m.start:m.end] for m in self.mentions if m.person is p]
            full = [w for w in written if len(w.split()) > 1 and w.split()[0] not in _COURTESY_FIRST]
            surname = [w for w in written if w == p.surname or KNOWN_SURNAMES.get(w) == p.name]
            p.published = (self._written_full_name(p.name, folded) or full or surname or [None])[0]

    def _written_full_name(self, name: str, folded: str) -> list[str]:
        """The longest run of two or more of the canonical name's last words the text writes, accents as the text
        has them: "Luiz Inacio Lula da Silva" or "Lula da Silva" for "Luiz Inácio Lula da Silva"."""
        toks = name.split()
        for k in range(len(toks), 1, -1):
            tail = _fold(" ".join(toks[-k:]))
            if _PARTICLE_WORD.fullmatch(tail.split()[0]):
                continue
            m = re.search(rf"(?<![\w]){re.escape(tail)}(?![\w])", folded)
            if m:
                return [self._text[m.start():m.end()]]
        return []

    def _first_name_forms(self, forms: dict[str, Person]) -> dict[str, Person]:
        """"Eddy said" after "Eddy Martono": Indonesian, Thai and informal copy name a person by the first name.
        Only a first name no other person shares and no other form already is, never a month or a function word."""
        firsts: dict[str, list[Person]] = {}
        for p in self.people:
            toks = p.name.split()
            if len(toks) == 2 and p.surname == toks[-1] and len(toks[0]) > 2 and toks[0] not in NAME_STOPWORDS:
                firsts.setdefault(toks[0], []).append(p)
        return {f: ps[0] for f, ps in firsts.items() if len(ps) == 1 and f not in forms}

    # -- queries
    def by_name(self, name: str) -> Person | None:
        return self._by_key.get(name.lower())

    def mentions_in(self, start: int, end: int) -> list[PersonMention]:
        i = bisect_left(self._starts, start)
        out = []
        while i < len(self.mentions) and self.mentions[i].start < end:
            if self.mentions[i].end <= end:
                out.append(self.mentions[i])
            i += 1
        return out

    def mentions_before(self, pos: int) -> list[PersonMention]:
        return self.mentions[:bisect_left(self._starts, pos)]

    def facts(self) -> list[dict]:
        return [{"name": p.shown_name, "role": p.role, "country": p.country} for p in self.people]


# Speed (round 7): the slowest scans here behind the literals every match must contain (prefilter.py; same
# results, no engine run where none of them occurs).
from .prefilter import prefiltered  # noqa: E402

_NAME_OF_ORG, _PLURAL_TITLE, _FEMALE_TITLE, _MALE_TITLE = map(prefiltered, (_NAME_OF_ORG, _PLURAL_TITLE, _FEMALE_TITLE, _MALE_TITLE))
