"""Body normalization, paragraphs, sentences and clauses.

All offsets produced here are offsets into the *normalized* body, which is what
`Article.body` holds and what every span in the facts points into.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .constants import (ABBREVIATIONS, ADVERBIAL_OPENERS, ADVERBIAL_SUBJECT, LEADING_ADVERBIAL, LINK_LEAD,
                        SENTENCE_FINAL_ABBREVIATIONS, SENTENCE_STARTERS, WHEN_AFTER_TIME)

_SPACES = re.compile(r"[\u00a0\u2007\u202f\u2009\u200a\u2002\u2003\u3000\t\f\v]")
_ZERO_WIDTH = re.compile(r"[\u200b\u200c\u200d\u2060\ufeff\u00ad]")
_IMAGE = re.compile(r"!\[[^\]\n]*\]\([^)\n]*\)")
_READ_MORE = re.compile(r"\s*(?:\.{3}|…)?\s*\b(?:Read|READ)\s+(?:More|more|MORE)\b\s*(?:[»›>→]+)?\s*$")
_MULTI_SPACE = re.compile(r" {2,}")
_MARKDOWN = re.compile(r"^(?:#{1,6}\s+|>\s*|[*•\-–]\s+(?=\S)|\d{1,2}[.)]\s+(?=[A-Z*“\"]))")
# Whole lines that are page furniture, not article text.
_DROP_LINE = re.compile(
    r"""^(?:
        (?:Posted|Updated|Published|Last\s+updated|First\s+published)\b.{0,60}\d{4}.{0,30}
      | [—–-]*\s*[Ww]ith\s+(?:additional\s+)?files\s+from\b.*
      | [(\[]?\s*Reporting\s+by\b.*
      | [(\[]?\s*(?:Writing|Editing|Additional\s+reporting)\s+by\b.*
      | Story\s+continues\s+below(?:\s+advertisement)?
      | (?:The\s+)?(?:Associated\s+Press|Canadian\s+Press|Reuters|CNN|Global\s+News|Bloomberg|AFP)
      | (?:[A-Z][\w.'’\-]+\s+){1,3}[A-Z][\w.'’\-]+(?:\s+and\s+(?:[A-Z][\w.'’\-]+\s+){1,3}[A-Z][\w.'’\-]+)?,?\s+(?:The\s+)?(?:Associated\s+Press|Canadian\s+Press|Reuters|CNN|Global\s+News|Bloomberg|AFP)
      | .{0,120}\bcontributed\s+(?:to\s+)?(?:this\s+)?(?:report|story)\.?
      | This\s+(?:story|article)\s+(?:has\s+been|was)\s+updated.{0,200}
      | _{3,} | -{3,} | \*{3,}
      | (?:More|Watch|WATCH|Listen)\s*:.{0,200}
      | (?:Photo|Image|File\s+photo)\s*(?:by|:|/).{0,200}
      | Advertisement | ADVERTISEMENT | Share\s+this(?:\s+\w+)? | Share | Click\s+to\s+share.*
      | Copyright\b.* | ©.* | Photo:.{0,200} | Image:.{0,200}
      | Sign\s+up\s+for.{0,120} | Subscribe\b.{0,120} | Trending\s+Now | Video\s+above.{0,80}
    )\s*$""",
    re.VERBOSE,
)
# A line pointing to another story ("ALSO READ: ...", "**Also Read:** ...", "*Read also: ...*", "Also read | ..."):
# another story's headline, not this article's text, in any case and emphasis
_LINK_LINE = re.compile(r"^[*_]{0,2}" + LINK_LEAD + r"\s*[*_]{0,2}\s*[:|].{0,200}$")
# a heading alone ("**Also Read**", "Read also:") over a list of such headlines ("- Seoul scrambles ...")
_LINK_HEADING = re.compile(r"^[*_]{0,2}" + LINK_LEAD + r"(?:\s+(?:stories|articles|coverage|news|links))?\s*[*_]{0,2}\s*:?\s*[*_]{0,2}$")
_LINK_ITEM = re.compile(r"^(?:[*•\-–]\s+\S|\*[^*\s][^*]*\*$|_[^_\s][^_]*_$)")
# "By Rob Gillies, The Associated Press" (a byline never ends like a sentence)
_BYLINE = re.compile(r"^By\s+[A-Z][\w.'’\-]+(?:\s+[A-Z][\w.'’\-]+){0,3}(?:\s*(?:,|and|&|\||·)\s*.{0,80})?(?<![.!?”\"])$")
# "(AP Photo/Evan Vucci)", "THE CANADIAN PRESS/Adrian Wyld" at the end of a caption line
_PHOTO_CREDIT = re.compile(r"\s*(?:\((?:AP|CP|Reuters|AFP|Getty)\s+Photo[^)]{0,80}\)|(?:THE CANADIAN PRESS|REUTERS|AP)/[\w .'’\-]{2,60})\s*$")
_TRAILER = re.compile(r"\s*[—–-]+\s*[Ww]ith\s+(?:additional\s+)?files\s+from\b.*$")
# "OTTAWA (AP) — ", "WASHINGTON, July 31 (Reuters) - ", "MEXICO CITY — "
_DATELINE = re.compile(
    r"^(?:[A-Z][A-Z.'’\-]+(?:\s+[A-Z][A-Z.'’\-]+){0,3})(?:,\s*[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)?"
    r"(?:,?\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2})?\s*(?:\((?:AP|Reuters|AFP|CP|Bloomberg|CNN|The Canadian Press)\))?\s*[—–-]{1,2}\s+"
)


def literal_alternation(words, ignorecase: bool = False) -> str:
    """A regex alternation of the literal `words` that matches exactly what "|".join(map(re.escape, words))
    matches, with the same preference order, but grouped by first character ("s(?:teel|oybeans)|a(?:utos)"):
    the engine then tries only the words that can start at a position instead of every word (a 241-word
    product list scans 7x faster under re.I).  Equivalence: words with different first characters cannot
    both match at one position, and each group keeps the words' relative order.  Under re.I the groups are
    keyed by ASCII lower case (pass ignorecase=True exactly when the pattern is compiled with re.I or sits in
    (?i:...)); a non-ASCII first character (whose case folding is wider) keeps the plain form."""
    words = list(words)
    if any(not w for w in words) or (ignorecase and not all(w[0].isascii() for w in words)):
        return "|".join(re.escape(w) for w in words)
    groups: dict[str, list[str]] = {}
    for w in words:
        groups.setdefault(w[0].lower() if ignorecase else w[0], []).append(w[1:])
    return "|".join(re.escape(k) + "(?:" + "|".join(re.escape(r) for r in rest) + ")" for k, rest in groups.items())


def longest_first_trie(words, ignorecase: bool = False) -> str:
    """A regex alternation of the literal `words` that matches exactly what `literal_alternation(sorted(words,
    key=len, reverse=True), ignorecase)` matches, nested by every character, not only the first ("r(?:i(?:ce(?:s|)))"):
    under literal_alternation a 7,800-word list still tries some 300 words at each position that starts with a
    common letter (round 49: the general goods lexicon was ~4% of extraction).  Equivalence: the words that can match
    at one position lie on one path of the trie (each a prefix of the next; distinct ASCII characters never match the
    same text under re.I), and the path is tried deepest first with each node's own word last -- the longest
    matching word first, then the shorter ones on backtracking, as the length-sorted list does.  Words with a
    non-ASCII character under re.I (whose case folding is wider) keep the length-sorted literal_alternation."""
    words = sorted(set(words), key=len, reverse=True)
    if any(not w for w in words) or (ignorecase and not all(w.isascii() for w in words)):
        return literal_alternation(words, ignorecase)
    trie: dict = {}
    for w in words:
        node = trie
        for ch in (w.lower() if ignorecase else w):
            node = node.setdefault(ch, {})
        node[""] = True
    return _trie_pattern(trie)


def _trie_pattern(node: dict) -> str:
    alts = [re.escape(ch) + _trie_group(child) for ch, child in node.items() if ch]
    return "|".join(alts + ([""] if "" in node else []))


def _trie_group(node: dict) -> str:
    if list(node) == [""]:
        return ""
    inner = _trie_pattern(node)
    return inner if len(node) == 1 else f"(?:{inner})"


def find_literals(text: str, words) -> list[tuple[int, int, str]]:
    r"""(start, end, word) for each match of re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, words)) + r")(?!\w)")
    .finditer(text), found with str.find: no pattern to compile per article (the per-article name lists
    compiled as regexes overflowed re's cache of 512 patterns, which then recompiled the static ones too).
    Same leftmost match, same preference among words starting there (the earlier word in `words`)."""
    words = list(words)
    if any(not w for w in words):
        rx = re.compile(r"(?<!\w)(?:" + "|".join(re.escape(w) for w in words) + r")(?!\w)")
        return [(m.start(), m.end(), m.group(0)) for m in rx.finditer(text)]
    n = len(text)
    cands = []
    for rank, w in enumerate(words):
        i = text.find(w)
        while i >= 0:
            e = i + len(w)
            if (i == 0 or not _is_word_char(text[i - 1])) and (e == n or not _is_word_char(text[e])):
                cands.append((i, rank, e, w))
            i = text.find(w, i + 1)
    cands.sort()
    out, pos = [], 0
    for i, _, e, w in cands:
        if i >= pos:
            out.append((i, e, w))
            pos = e
    return out


def _is_word_char(c: str) -> bool:
    r"""re's \w for one character of a str pattern (Unicode alphanumerics and the underscore)."""
    return c.isalnum() or c == "_"


def normalize_body(raw: str) -> str:
    """Return the canonical article body: one paragraph per line, joined by blank lines."""
    text = raw.replace("\r\n", "\n").replace("\r", "\n")
    text = _ZERO_WIDTH.sub("", text)
    text = _SPACES.sub(" ", text)
    text = _IMAGE.sub("", text)
    paragraphs: list[str] = []
    in_links = False            # after a link heading: its list of other stories' headlines
    for line in text.split("\n"):
        line = _MULTI_SPACE.sub(" ", line).strip()
        if not line:
            continue
        if in_links and _LINK_ITEM.match(line):
            continue
        in_links = bool(_LINK_HEADING.match(line))    # (the heading stays: furniture.py masks a trailing block by it)
        if _DROP_LINE.match(line) or _BYLINE.match(line) or _LINK_LINE.match(line):
            continue
        line = _MARKDOWN.sub("", line).replace("**", "").replace("__", "").strip()
        if not line:
            continue
        line = _READ_MORE.sub("", line)
        line = _PHOTO_CREDIT.sub("", line).strip()
        line = _TRAILER.sub("", line).strip()
        line = _DATELINE.sub("", line, count=1) if len(line) > 80 else line
        line = line.strip()
        if not line or re.fullmatch(r"[\W_]+", line):
            continue
        # hard-wrapped markdown: a line that does not end a sentence continues on the next one
        if paragraphs and _is_continuation(paragraphs[-1], line):
            paragraphs[-1] = paragraphs[-1] + " " + line
        else:
            paragraphs.append(line)
    return "\n\n".join(paragraphs)


def _is_continuation(prev: str, line: str) -> bool:
    return bool(prev) and prev[-1].isalpha() and line[0].islower()


def paragraph_spans(body: str) -> list[tuple[int, int]]:
    return list(_paragraph_spans(body))


@lru_cache(maxsize=16)
def _paragraph_spans(body: str) -> tuple[tuple[int, int], ...]:
    """paragraph_spans, memoised: reading, furniture, sentences and quotes each ask for the same body's (7 per article)."""
    return tuple((m.start(), m.end()) for m in re.finditer(r"[^\n]+", body))


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    text: str
    para: int  # paragraph index


_BOUNDARY = re.compile(r"([.!?…]+)([”\"’')\]]*)(\s+)(?=[“\"‘'(\[]?[A-Z0-9ÁÉÍÓÚÑ¿¡])")


# "the U.S. Trade Representative", "U.S. Treasury Secretary": a capitalised title after "U.S." continues
_TITLE_AFTER = re.compile(r"(?:Trade|Treasury|Commerce|Customs|Agriculture|Energy|Justice|Defense|State|Navy|Army|Census|Federal|"
                          r"Supreme|Chamber|Senate|House|Embassy|Ambassador|Secretary|President|Steel|Department)\s+[A-Z]")


def _last_token(text: str, end: int) -> str:
    i = end
    while i > 0 and not text[i - 1].isspace() and text[i - 1] not in "(“\"‘":
        i -= 1
    return text[i:end]


def split_sentences(body: str) -> list[Sentence]:
    """Split into sentences; abbreviation-aware (U.S., Mr., Jan.), never across paragraphs."""
    out: list[Sentence] = []
    for pi, (ps, pe) in enumerate(paragraph_spans(body)):
        para = body[ps:pe]
        start = 0
        for m in _BOUNDARY.finditer(para):
            punct_start = m.start(1)
            if m.group(1) == "." and not m.group(2):
                tok = _last_token(para, punct_start)
                if _is_abbreviation(tok):
                    nxt = para[m.end():m.end() + 20].split(" ", 1)[0].strip("“\"‘'(")
                    if not (tok in SENTENCE_FINAL_ABBREVIATIONS and nxt in SENTENCE_STARTERS) \
                            or _TITLE_AFTER.match(para, m.end()):
                        continue
            end = m.end(2)
            if end > start:
                _add(out, body, ps + start, ps + end, pi)
            start = m.end()
        if start < len(para):
            _add(out, body, ps + start, pe, pi)
    return out


def _is_abbreviation(tok: str) -> bool:
    if not tok:
        return False
    if tok in ABBREVIATIONS:
        return True
    if len(tok) == 1 and tok.isupper():      # middle initial: "Donald J. Trump"
        return True
    if re.fullmatch(r"(?:[A-Za-z]\.)+[A-Za-z]", tok):   # U.S, e.g, a.m
        return True
    return False


def _add(out: list[Sentence], body: str, s: int, e: int, pi: int) -> None:
    while s < e and body[s].isspace():
        s += 1
    while e > s and body[e - 1].isspace():
        e -= 1
    if e > s:
        out.append(Sentence(s, e, body[s:e], pi))


# Clause boundaries inside a sentence: contrasting/co-ordinating joins that change the subject.
_CLAUSE_BREAK = re.compile(
    r";\s+|,\s+(?=(?:while|whereas|but|although|though|even as|meanwhile)\b)|\s+(?=(?:while|whereas)\s)"
    r"|,\s+(?=as\s+(?:the|a|an|it|they|he|she|U\.S\.|[A-Z]\w+\s+(?:has|have|is|are|was|were))\s)"
    r"|,\s+and\s+(?=(?:the\s+)?(?:[A-Z][\w.]+\s+){1,3}(?:has|have|had|will|would|is|are|was|were|imposed|said|announced|plans|could)\b)"
)


# Round 31: an adverbial clause of time or cause inside the sentence (", after Washington announced ...", " when he
# ended ...") starts a clause of its own; one opening the sentence ends at its first comma (constants.py)
_ADVERBIAL_BREAK = re.compile(rf",?\s+(?=(?:{ADVERBIAL_OPENERS})\s+{ADVERBIAL_SUBJECT})")
_LEADING_ADVERBIAL = re.compile(LEADING_ADVERBIAL)
_WHEN_AFTER_TIME = re.compile(WHEN_AFTER_TIME, re.I)


def _relative_when(text: str, m: re.Match) -> bool:
    """A "when" right after a time expression ("in 2024, when ...") tells more of that time: no clause break."""
    return text.startswith("when", m.end()) and _WHEN_AFTER_TIME.search(text, max(0, m.end() - 40), m.end()) is not None


def _clause_breaks(text: str) -> list[tuple[int, int]]:
    """(start, end) of the separators between a sentence's clauses, in order: the contrasting and co-ordinating joins,
    the adverbial clauses of time or cause inside the sentence, and the comma closing one that opens it."""
    breaks = [(m.start(), m.end()) for m in _CLAUSE_BREAK.finditer(text)]
    breaks += [(m.start(), m.end()) for m in _ADVERBIAL_BREAK.finditer(text)
               if m.start() > 0 and not _relative_when(text, m)]
    lead = _LEADING_ADVERBIAL.match(text)
    if lead:
        breaks.append((lead.start("comma"), lead.end("comma")))
    out = []
    for a, b in sorted(breaks):
        if out and a < out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], b))    # overlapping separators are one break
        else:
            out.append((a, b))
    return out


_ADVERBIAL_OPENING = re.compile(rf"(?:{ADVERBIAL_OPENERS})\s", re.I)


def is_adverbial_clause(text: str, span: tuple[int, int]) -> bool:
    """Whether the clause `span` of sentence `text` is an adverbial clause of time or cause ("after Washington announced
    ...", "When he ended ..."): it tells an act the sentence's main clause is set against."""
    return _ADVERBIAL_OPENING.match(text, span[0]) is not None


def clause_spans(text: str) -> list[tuple[int, int]]:
    """[start, end) clause spans relative to `text` (a sentence)."""
    return list(_clause_spans(text))


def clause_at(text: str, pos: int) -> tuple[int, int]:
    """The clause span of `text` holding position `pos` (the whole sentence when `pos` falls on a clause break)."""
    return next(((a, b) for a, b in _clause_spans(text) if a <= pos < b), (0, len(text)))


@lru_cache(maxsize=1024)
def _clause_spans(text: str) -> tuple[tuple[int, int], ...]:
    """clause_spans, memoised (the rules and the learned features ask for one sentence's clauses many times)."""
    spans = []
    start = 0
    for a, b in _clause_breaks(text):
        if a > start:
            spans.append((start, a))
        start = b
    spans.append((start, len(text)))
    return tuple(spans)
