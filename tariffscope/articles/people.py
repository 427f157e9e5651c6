"""People: names with roles and countries, and every place each person is mentioned."""
from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field

from . import gazetteer
from .constants import (
    DEMONYMS,
    FEMALE_FIRST_NAMES,
    KNOWN_PEOPLE,
    KNOWN_SURNAMES,
    NAME_STOPWORDS,
    REGIONS,
    ROLE_TITLES,
    ROLE_WORDS_LOWER,
    SPEECH_VERBS,
)

# upper and lower case Latin letters with diacritics (Š, Ł, Ø, ă ...): names keep them as published
_LATIN = [chr(c) for c in range(0xC0, 0x250)]
_UP = "A-Z" + "".join(c for c in _LATIN if c.isupper())
_LOW = "a-z" + "".join(c for c in _LATIN if c.islower())
_CAP = rf"[{_UP}][\w’'\-]*[{_LOW}][\w’'\-]*"
_PARTICLE = r"(?:de|del|de la|la|van|von|der|da|dos|du|le|bin|al)"
_NAME = rf"(?:{_CAP}|[A-Z]\.)(?:\s+(?:{_PARTICLE}\s+){{0,2}}(?:{_CAP}|[A-Z]\.|JD|J\.D\.)){{0,3}}"
_ROLE_ALT = "|".join(re.escape(r) for r in sorted(ROLE_TITLES, key=len, reverse=True))
_ROLE_LOWER_ALT = "|".join(re.escape(r) for r in sorted(ROLE_WORDS_LOWER, key=len, reverse=True))
_DEM_ALT = "|".join(re.escape(d) for d in sorted(set(DEMONYMS) | {"U.S.", "US", "Canada’s", "Canada's", "Mexico’s", "Mexico's", "China’s", "China's"}, key=len, reverse=True))

# "Canadian Prime Minister Mark Carney", "U.S. Commerce Secretary Howard Lutnick", "President Donald Trump"
_TITLE_NAME = re.compile(
    rf"(?:(?P<where>(?:[A-Z][\w.’']*\s+){{0,2}}?)?)(?<![\w])(?P<role>{_ROLE_ALT})\s+(?P<name>{_NAME})"
)
_ROLE_LOWER_NAME = re.compile(rf"\b(?P<role>{_ROLE_LOWER_ALT})\s+(?P<name>{_NAME})")
# "Canada's prime minister, Mark Carney,"
_ROLE_APPOS = re.compile(rf"(?P<where>[A-Z][\w.’']*\s+)(?P<role>{_ROLE_LOWER_ALT}),\s+(?P<name>{_NAME})")
# "said Jane Doe" / "Jane Doe said": found from the verbs (a set lookup per word, much faster than
# one regex alternation tried at every position)
_SPEECH_WORDS = frozenset(v for v in SPEECH_VERBS.replace("\n", "").split("|") if re.fullmatch(r"[a-z]+", v))
_NAME_AT = re.compile(rf"\s+(?P<name>{_NAME})")
_NAME_BEFORE = re.compile(rf"(?<![\w’'\-])(?P<name>{_NAME})\s+$")
# appositive tails ", Canada's prime minister" / ", the minister responsible for ..."
_APPOS_TAIL = re.compile(
    rf",\s+(?:the\s+|a\s+|an\s+|who\s+is\s+)?(?P<where>(?:[A-Z][\w.’']*\s+){{0,3}}?)?(?P<role>{_ROLE_LOWER_ALT})\b"
)


# "Gareth Stace, director general of UK Steel,", "Daniel Béland, a political science professor at McGill":
# a name in apposition with a role noun that says where the person works
_ROLE_NOUNS = (r"director general|director|vice president|president|professor|economist|strategist|analyst|researcher|"
               r"fellow|lecturer|partner|founder|lawyer|adviser|advisor|spokesperson|spokesman|spokeswoman|official|"
               r"envoy|commissioner|minister|secretary|chair|chairman|chairwoman|head|chief|executive|officer|"
               r"general secretary|manager|leader|governor|representative")
_NAME_APPOS_ROLE = re.compile(
    rf"(?:^|(?<=[.!?”\"]\s)|(?<=,\s)|(?<=[”\"],\s))(?P<name>{_NAME}),\s+(?:a\s+|an\s+|the\s+)?"
    rf"(?P<role>(?:[a-z][\w-]*\s+|[A-Z][\w-]*\s+){{0,3}}?(?:{_ROLE_NOUNS}))\s+(?:of|at|for|with)\s+(?:the\s+)?[A-Z]", re.M)
_KNOWN_RE = re.compile(r"(?<!\w)(?:" + "|".join(re.escape(k) for k in sorted(set(KNOWN_PEOPLE) | set(KNOWN_SURNAMES), key=len, reverse=True)) + r")(?!\w)")


@dataclass
class Person:
    name: str
    role: str | None = None
    country: str | None = None
    gender: str | None = None
    first: int = 0
    aliases: set[str] = field(default_factory=set)

    @property
    def surname(self) -> str:
        parts = self.name.split()
        return parts[-1] if parts else self.name


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
    """Federal Provincial State Deputy Acting Former Interim Associate Assistant Senior Chief General Executive
    Commissioner Director Officer Agriculture Industry Economy Economic Finance Foreign Trade Commerce Treasury
    Energy Environment Defence Defense Health Labour Labor International Public Safety Natural Resources
    Innovation Development Affairs Minister Secretary President Premier Ambassador National Vice""".split())


def _clean_name(name: str) -> str | None:
    name = re.sub(r"(?:’s|'s)$", "", name.strip())
    toks = name.split()
    # "Ontario Premier Doug Ford" -> "Doug Ford": keep what follows the last role word
    for i in range(len(toks) - 1, -1, -1):
        t = toks[i]
        if t in _ROLE_TOKENS or gazetteer.lookup(t) or t in REGIONS or t.rstrip(".") in ("Sen", "Rep", "Gov", "Dr", "Mr", "Mrs", "Ms", "Sir", "Dame", "Lord", "Lady"):
            toks = toks[i + 1:]
            break
    # drop trailing stopword tokens ("Trump Administration")
    while toks and toks[-1] in NAME_STOPWORDS:
        toks.pop()
    while toks and toks[0] in NAME_STOPWORDS:
        toks.pop(0)
    if not toks or any(t in ORG_WORDS for t in toks) or len(toks) > 4:
        return None
    name = " ".join(toks)
    if gazetteer.lookup(name) or name in REGIONS:
        return None
    if any(gazetteer.lookup(t) for t in toks) and len(toks) == 1:
        return None
    return name


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


def _title_role(role: str) -> str:
    role = {"Sen.": "Senator", "Rep.": "Representative", "CEO": "CEO", "ceo": "CEO"}.get(role, role)
    return " ".join(w if w.isupper() else w[:1].upper() + w[1:] for w in role.split())


class PeopleIndex:
    """Registry of people in an article and the offsets where each is mentioned."""

    def __init__(self, body: str):
        self.body = body
        self.people: list[Person] = []
        self._by_key: dict[str, Person] = {}
        self._starts: list[int] = []
        self._collect()
        self.mentions: list[PersonMention] = self._find_mentions()

    # -- building
    def _get(self, name: str, pos: int) -> Person:
        key = name.lower()
        if key in self._by_key:
            return self._by_key[key]
        for p in self.people:
            if p.name == name or name in p.aliases:
                self._by_key[key] = p
                return p
            # "De la Fuente" after "Juan Ramón de la Fuente"
            if len(name.split()) > 1 and p.name.lower().endswith(" " + key):
                self._by_key[key] = p
                p.aliases.add(name)
                return p
        # "Sheinbaum" after "Claudia Sheinbaum", or "Claudia Sheinbaum" after "Sheinbaum"
        for p in self.people:
            if name.split()[-1] == p.surname and (len(name.split()) == 1 or len(p.name.split()) == 1):
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
        for known in KNOWN_PEOPLE:
            if name == known.split()[-1] or name == known:
                name = known
                break
        p = Person(name=name, first=pos)
        self.people.append(p)
        self._by_key[key] = p
        return p

    def _collect(self) -> None:
        body = self.body
        found: list[tuple[int, str, str | None, str | None]] = []
        for m in _TITLE_NAME.finditer(body):
            name = _clean_name(m.group("name"))
            if name:
                role = m.group("role")
                if re.search(r"\b(?:former|Former|ex-)\s*$", body[max(0, m.start("role") - 8):m.start("role")]):
                    role = "Former " + role
                found.append((m.start("name"), name, role, _country_of(m.group("where"))))
        for m in _APPOS_TAIL.finditer(body):
            lead_start = max(0, m.start() - 60)
            nm = _NAME_BEFORE.search(body[lead_start:m.start()] + " ")
            if nm:
                name = _clean_name(nm.group("name"))
                if name and len(name.split()) >= 2:
                    found.append((lead_start + nm.start("name"), name, m.group("role"), _country_of(m.group("where"))))
        for m in _ROLE_LOWER_NAME.finditer(body):
            # "AMIA president Rogelio Garza", "foreign ministry spokesperson Lin Jian"
            name = _clean_name(m.group("name"))
            if name and len(name.split()) >= 2:
                where = re.search(r"(?:^|\s)([A-Z][\w.’']*)\s+$", body[max(0, m.start() - 25):m.start()])
                found.append((m.start("name"), name, m.group("role"), _country_of(where.group(1) if where else None)))
        for m in _NAME_APPOS_ROLE.finditer(body):
            name = _clean_name(m.group("name"))
            if name and len(name.split()) >= 2:
                found.append((m.start("name"), name, None, None))
        for m in _ROLE_APPOS.finditer(body):
            name = _clean_name(m.group("name"))
            if name and len(name.split()) >= 2:
                found.append((m.start("name"), name, m.group("role"), _country_of(m.group("where"))))
        for w in re.finditer(r"[a-z]+", body):
            if w.group(0) not in _SPEECH_WORDS:
                continue
            cands = []
            nm = _NAME_AT.match(body, w.end())
            if nm:
                cands.append((nm.start("name"), nm.group("name")))
            lead_start = max(0, w.start() - 60)
            nb = _NAME_BEFORE.search(body, lead_start, w.start())
            if nb:
                cands.append((nb.start("name"), nb.group("name")))
            for start, raw in cands:
                name = _clean_name(raw)
                if name and (len(name.split()) >= 2 or any(name == k.split()[-1] for k in KNOWN_PEOPLE)):
                    found.append((start, name, None, None))
        for m in _KNOWN_RE.finditer(body):
            found.append((m.start(), KNOWN_SURNAMES.get(m.group(0), m.group(0)), None, None))
        found.sort(key=lambda t: (t[0], -len(t[1])))
        for pos, name, role, country in found:
            p = self._get(name, pos)
            p.first = min(p.first, pos)
            if role and not p.role:
                p.role = _title_role(role)
            if country and not p.country:
                p.country = country
        for p in self.people:
            known = KNOWN_PEOPLE.get(p.name)
            if known:
                role, country, gender = known
                p.role = p.role or role
                p.country = p.country or country
                p.gender = gender
            if p.gender is None:
                first = p.name.split()[0]
                if first in FEMALE_FIRST_NAMES:
                    p.gender = "f"
                elif re.search(rf"\b(?:Ms\.|Mrs\.|Miss)\s+{re.escape(p.surname)}", body):
                    p.gender = "f"
                elif re.search(rf"\bMr\.\s+{re.escape(p.surname)}", body):
                    p.gender = "m"
        self.people.sort(key=lambda p: p.first)

    def _find_mentions(self) -> list[PersonMention]:
        forms: dict[str, Person] = {}
        for p in self.people:
            for f in {p.name, p.surname} | p.aliases | {k for k, v in KNOWN_SURNAMES.items() if v == p.name}:
                forms.setdefault(f, p)
            if len(p.name.split()) > 1:
                for title in ("Sir", "Dame", "Lord", "Lady"):     # "Sir Keir" is Keir Starmer
                    forms.setdefault(f"{title} {p.name.split()[0]}", p)
        if not forms:
            return []
        rx = re.compile(r"(?<![\w])(?:" + "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True)) + r")(?![\w])")
        out = [PersonMention(m.start(), m.end(), forms[m.group(0)]) for m in rx.finditer(self.body)]
        self._starts = [m.start for m in out]
        return out

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
        return [{"name": p.name, "role": p.role, "country": p.country} for p in self.people]
