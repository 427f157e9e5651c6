"""Literal prefilters for slow regexes: the same results, without running the engine where it cannot match.

    _GLOBAL = prefiltered(re.compile(GLOBAL_TARGET_WORDS, re.I))

`required_literals(pattern)` reads the pattern's parse tree and returns strings such that every match of the
pattern contains at least one of them (a literal run every path through the pattern consumes: "import" for
"imported|\\bimports\\b", "%" or "per" or "pct" for a percentage), or None when it cannot tell.  `prefiltered`
wraps the pattern so that search / match / fullmatch / finditer / findall first look for those strings with
str's own substring search (a few microseconds, in C) and return "no match" when none is there; otherwise they
run the pattern unchanged.  A match's text lies inside s[pos:endpos], so the test on that slice is exact.
Under re.I a literal is compared in ASCII lower case on an ASCII slice only (re.I folds "ſ" to "s" and the
Kelvin sign to "k"); a slice with other characters always runs the pattern.  Anything the reader does not
understand ends a literal run, so it can only give up, never drop a match.

`behind_cue(pattern, cue)` is the same gate with a regex for the test: a pattern with a lazy subject or head runs only
where the rare verb or tail every match holds is found in the same bounds (round 32: the pairs once written by hand at
each call site).
"""
from __future__ import annotations

import re
import sys
from re import _constants as C, _parser as P

_REPEATS = (C.MAX_REPEAT, C.MIN_REPEAT, getattr(C, "POSSESSIVE_REPEAT", C.MAX_REPEAT))


def required_literals(pattern: re.Pattern) -> tuple[frozenset[str], frozenset[str]] | None:
    """(case-sensitive strings, ASCII-lower-case strings under re.I): every match contains one of them."""
    tree = P.parse(pattern.pattern, pattern.flags)
    found = _sequence(list(tree), tree.state.flags)
    if not found:
        return None
    return _minimal(frozenset(s for s, ic in found if not ic)), _minimal(frozenset(s for s, ic in found if ic))


def _minimal(strings: frozenset[str]) -> frozenset[str]:
    """Drop the strings that contain another one ("imports" when "import" is there): the same test, fewer finds."""
    return frozenset(s for s in strings if not any(t != s and t in s for t in strings))


def _sequence(items: list, flags: int) -> frozenset[tuple[str, bool]] | None:
    """The best necessary set among the sequence's literal runs and required sub-parts."""
    options: list[frozenset] = []
    run: list[str] = []
    ic = bool(flags & re.I)

    def flush() -> None:
        if run:
            options.append(frozenset({("".join(run), ic)}))
            run.clear()

    for op, av in items:
        if op is C.LITERAL and (not ic or chr(av).isascii()):
            run.append(chr(av).lower() if ic else chr(av))
            continue
        flush()
        sub = _element(op, av, flags)
        if sub:
            options.append(sub)
    flush()
    if not options:
        return None
    # the most selective: the longest shortest string, then the fewest strings
    return max(options, key=lambda o: (min(len(s) for s, _ in o), -len(o)))


def _element(op, av, flags: int) -> frozenset[tuple[str, bool]] | None:
    if op is C.SUBPATTERN:
        _group, add, delete, sub = av
        return _sequence(list(sub), (flags | add) & ~delete)
    if op is C.BRANCH:
        out: set = set()
        for alt in av[1]:
            got = _sequence(list(alt), flags)
            if not got:
                return None
            out |= got
        return frozenset(out)
    if op in _REPEATS and av[0] >= 1:
        return _sequence(list(av[2]), flags)
    if op is C.ATOMIC_GROUP:
        return _sequence(list(av), flags)
    if op is C.IN and 0 < len(av) <= 12 and all(o is C.LITERAL for o, _ in av):
        # a class of a few characters ("[$€£]"): one of them (under re.I only ASCII ones, lower-cased)
        ic = bool(flags & re.I)
        if ic and not all(chr(c).isascii() for _, c in av):
            return None
        return frozenset((chr(c).lower() if ic else chr(c), ic) for _, c in av)
    return None


class _Gated:
    """A compiled pattern behind a cheap test that is false only where the pattern cannot match in s[pos:endpos]:
    search / match / fullmatch / finditer / findall run the pattern only when `_may_match` holds."""

    __slots__ = ("pattern",)

    def _may_match(self, s: str, pos: int, endpos: int) -> bool:
        raise NotImplementedError

    def search(self, s: str, pos: int = 0, endpos: int = sys.maxsize):
        return self.pattern.search(s, pos, endpos) if self._may_match(s, pos, endpos) else None

    def match(self, s: str, pos: int = 0, endpos: int = sys.maxsize):
        return self.pattern.match(s, pos, endpos) if self._may_match(s, pos, endpos) else None

    def fullmatch(self, s: str, pos: int = 0, endpos: int = sys.maxsize):
        return self.pattern.fullmatch(s, pos, endpos) if self._may_match(s, pos, endpos) else None

    def finditer(self, s: str, pos: int = 0, endpos: int = sys.maxsize):
        return self.pattern.finditer(s, pos, endpos) if self._may_match(s, pos, endpos) else iter(())

    def findall(self, s: str, pos: int = 0, endpos: int = sys.maxsize):
        return self.pattern.findall(s, pos, endpos) if self._may_match(s, pos, endpos) else []

    def __getattr__(self, name):          # sub, split, groupindex, ...: the pattern itself
        return getattr(self.pattern, name)


class Prefiltered(_Gated):
    """A compiled pattern behind a required-literal test (see the module's docstring)."""

    __slots__ = ("_exact", "_folded")

    def __init__(self, pattern: re.Pattern, exact: frozenset[str], folded: frozenset[str]):
        self.pattern = pattern
        self._exact = tuple(sorted(exact, key=len))
        self._folded = tuple(sorted(folded, key=len))

    def _may_match(self, s: str, pos: int, endpos: int) -> bool:
        region = s if not pos and endpos >= len(s) else s[max(pos, 0):max(endpos, 0)]
        if self._exact and any(map(region.__contains__, self._exact)):
            return True
        if not self._folded:
            return False
        return not region.isascii() or any(map(region.lower().__contains__, self._folded))

    def __repr__(self) -> str:
        return f"prefiltered({self.pattern!r})"


class Cued(_Gated):
    """A compiled pattern behind a search for its cue over the same s[pos:endpos] (see `behind_cue`)."""

    __slots__ = ("cue",)

    def __init__(self, pattern: re.Pattern, cue):
        self.pattern = pattern
        self.cue = cue

    def _may_match(self, s: str, pos: int, endpos: int) -> bool:
        return self.cue.search(s, pos, endpos) is not None

    def __repr__(self) -> str:
        return f"behind_cue({self.pattern!r}, {self.cue!r})"


def prefiltered(pattern: re.Pattern):
    """`pattern` behind its required-literal test, or `pattern` itself when no literal is required."""
    found = required_literals(pattern)
    return pattern if found is None else Prefiltered(pattern, *found)


def behind_cue(pattern: re.Pattern, cue) -> Cued:
    """`pattern` run only where `cue` is found in the same s[pos:endpos]: for a pattern whose lazy subject or head
    ("(?P<subj>[^;:%]{2,200}?)\\s+... exempt from") is tried at every position and fails slowly, while the verb or tail
    every match holds (`cue`) is rare and found in one linear scan.  The caller's promise: every match of `pattern` in
    s[pos:endpos] holds a match of `cue` there (its boundaries and lookarounds included), so the results are the
    pattern's own; tests/articles/test_prefilter_cues_round32.py checks each pair on stories with and without the
    cue.  The cue runs behind its required literals (`prefiltered`) unless it is gated already."""
    return Cued(pattern, cue if isinstance(cue, _Gated) else prefiltered(cue))


def first_chars(pattern: str, flags: int = 0) -> frozenset[str] | None:
    """The characters every match of `pattern` (a string, no re.I) can begin with, or None when the parse tree does not
    tell (an assertion, a class other than a few literals, a part that may be empty to the end, re.I): for a
    look-ahead `(?=[...])` that fails a start position on one character test instead of trying every alternative."""
    if flags & re.I:
        return None
    tree = P.parse(pattern, flags)
    if tree.state.flags & re.I:
        return None
    got = _first(list(tree))
    return None if got is None or got[1] else frozenset(got[0])


def word_led(body: str) -> re.Pattern:
    """r"\b" + body, with a look-ahead for the characters every match of `body` begins with (first_chars)
    after the boundary: the same matches, but a position whose character begins none of the start words fails on one
    test instead of trying each (speed, round 51: START_DATE scans every story's body)."""
    first = first_chars(body)
    ahead = f"(?=[{re.escape(''.join(sorted(first)))}])" if first else ""
    return re.compile(rf"\b{ahead}{body}")


def _first(items: list) -> tuple[set[str], bool] | None:
    """(first characters of the sequence, whether it may match empty); None when unknown."""
    out: set[str] = set()
    for op, av in items:
        got = _first_element(op, av)
        if got is None:
            return None
        out |= got[0]
        if not got[1]:
            return out, False
    return out, True


def _first_element(op, av) -> tuple[set[str], bool] | None:
    if op is C.LITERAL:
        return {chr(av)}, False
    if op is C.IN and 0 < len(av) <= 12 and all(o is C.LITERAL for o, _ in av):
        return {chr(c) for _, c in av}, False
    if op is C.SUBPATTERN:
        _group, add, delete, sub = av
        return None if add & re.I else _first(list(sub))
    if op is C.BRANCH:
        out: set[str] = set()
        empty = False
        for alt in av[1]:
            got = _first(list(alt))
            if got is None:
                return None
            out |= got[0]
            empty = empty or got[1]
        return out, empty
    if op in _REPEATS:
        got = _first(list(av[2]))
        return None if got is None else (got[0], got[1] or av[0] == 0)
    return None
