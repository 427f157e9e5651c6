"""Quoted speech and who said it.

Rules, in the order tried for each quotation (curly or straight double quotes, within a paragraph):

1. after:     “...,” she said.  /  “...,” Carney declared.  /  “...,” said Dominic LeBlanc.
2. intro:     ..., stating firmly, “...”  /  Carney told reporters: “...”
3. partial:   a quoted phrase inside a sentence whose verb introduces speech or a description
              (stressed, described ... as, called, suggested) -> that verb's subject.
              Quoted Title-Case names ("Gulf of America", "Liberation Day") are labels, not speech.
4. next:      a stand-alone quote followed by a sentence that opens with "<Name> <speech verb>"
              ("Carney echoed ...").
5. continued: a stand-alone quote right after an attributed quote in the same paragraph belongs
              to the same speaker (newsroom convention).
Pronouns (he/she) resolve to the nearest preceding person of matching (or unknown) gender,
ignoring names that appear inside quotation marks.  Anything else is left unattributed and skipped.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass

from .constants import PARTIAL_QUOTE_VERBS, PRONOUN_GENDER, QUOTE_INTRO_VERBS, SPEECH_VERBS
from .people import PeopleIndex, Person
from .text import paragraph_spans

_QUOTE_PAIR = re.compile(r"“([^“”\n]*)(”|$)|\"([^\"\n]*)(\"|$)", re.M)
_ADVERBS = r"(?:(?:also|later|then|again|has|had|once|previously|recently|quickly|flatly|firmly|simply|bluntly|told|\w+ly)\s+)?"
_AFTER = re.compile(
    rf"^[\s,.;:!?—–-]*(?:(?P<pro>he|she|He|She)|(?P<name>[A-Z][\w’'\-.]+(?:\s+[A-Z][\w’'\-]+){{0,3}}))\s+"
    rf"{_ADVERBS}(?:{SPEECH_VERBS})\b"
)
# "..., foreign ministry spokesperson Lin Jian told ...", "..., Bank of Canada governor Tiff Macklem said."
_AFTER_DESCRIBED = re.compile(
    rf"^[\s,.;:!?—–-]*(?:the\s+|a\s+|an\s+)?(?:[\w’'.\-]+\s+){{1,7}}?(?P<name>[A-Z][\w’'\-]+(?:\s+[A-Z][\w’'\-]+){{1,2}})\s+"
    rf"{_ADVERBS}(?:{SPEECH_VERBS})\b"
)
_ROLE_NOUNS = r"prime minister|president|premier|minister|secretary|governor|senator|chancellor|ambassador|mayor|trade representative|commerce secretary|treasury secretary|finance minister|economy minister|economy secretary"
# "..., the prime minister said." / "..., said the president."
_AFTER_ROLE = re.compile(
    rf"^[\s,.;:!?—–-]*(?:(?:the|The)\s+(?P<role>{_ROLE_NOUNS})\s+{_ADVERBS}(?:{SPEECH_VERBS})\b"
    rf"|(?:{SPEECH_VERBS})\s+the\s+(?P<role2>{_ROLE_NOUNS})\b)"
)
_AFTER_INVERTED = re.compile(
    rf"^[\s,.;:!?—–-]*(?:{SPEECH_VERBS})\s+(?P<name>[A-Z][\w’'\-.]+(?:\s+[A-Z][\w’'\-]+){{0,3}})"
)
# "..., said AMIA president Rogelio Garza."
_AFTER_INVERTED_DESCRIBED = re.compile(
    rf"^[\s,.;:!?—–-]*(?:{SPEECH_VERBS})\s+(?:the\s+|a\s+|an\s+)?(?:[\w’'.\-]+\s+){{0,6}}?(?P<name>[A-Z][\w’'\-]*[a-z][\w’'\-]*(?:\s+[A-Z][\w’'\-]+){{1,2}})\b"
)
_INTRO = re.compile(rf"\b(?:{QUOTE_INTRO_VERBS})(?:\s+\w+ly)?(?:\s+(?:reporters|journalists|the \w+|[A-Z]\w+))?\s*[,:]\s*$")
_COLON = re.compile(r":\s*$")
_PARTIAL_VERB = re.compile(rf"\b(?:{PARTIAL_QUOTE_VERBS})\b")
_SPEECH_ANY = re.compile(rf"\b(?:{SPEECH_VERBS})\b")
_PRONOUN = re.compile(r"\b(?:he|she|He|She)\b")
_SMALL_WORDS = {"of", "the", "and", "for", "in", "on", "a", "an", "to", "de", "la", "del", "at", "&"}


@dataclass
class Quote:
    text_start: int
    text_end: int
    open: int           # offset of the opening mark
    close: int          # offset just after the closing mark (or paragraph end)
    speaker: Person | None = None
    standalone: bool = False


def _find_quotes(body: str) -> list[Quote]:
    out: list[Quote] = []
    for ps, pe in paragraph_spans(body):
        para = body[ps:pe]
        for m in _QUOTE_PAIR.finditer(para):
            g = 1 if m.group(1) is not None else 3
            s, e = m.start(g), m.end(g)
            # trim whitespace and a trailing comma inside the marks
            while s < e and para[s].isspace():
                s += 1
            while e > s and (para[e - 1].isspace() or para[e - 1] == ","):
                e -= 1
            if e - s < 2:
                continue
            out.append(Quote(ps + s, ps + e, ps + m.start(), ps + m.end()))
    return out


def _is_label(text: str) -> bool:
    """Quoted Title-Case names (“Gulf of America”, “Liberation Day”) are labels, not speech."""
    words = re.findall(r"[\w’'\-]+", text)
    if not words or len(words) > 6:
        return False
    content = [w for w in words if w.lower() not in _SMALL_WORDS]
    return bool(content) and all(w[0].isupper() for w in content)


class QuoteAttributor:
    def __init__(self, body: str, people: PeopleIndex, sentences):
        self.body = body
        self.people = people
        self.sentences = sentences
        self.quotes = _find_quotes(body)
        self._opens = [q.open for q in self.quotes]
        self._sent_starts = [s.start for s in sentences]

    # -- helpers
    def _sentence_at(self, pos: int):
        i = bisect_right(self._sent_starts, pos) - 1
        if i >= 0 and self.sentences[i].start <= pos < self.sentences[i].end + 1:
            return self.sentences[i]
        return None

    def _in_quote(self, pos: int) -> bool:
        i = bisect_right(self._opens, pos) - 1
        return i >= 0 and self.quotes[i].open <= pos < self.quotes[i].close

    def _resolve_pronoun(self, pos: int, pronoun: str) -> Person | None:
        """Nearest earlier person of a matching (or unknown) gender outside quotes; a possessor
        ("hit hard by Trump’s decision") gives way to a non-possessive person in the same sentence
        ("Quebec Premier François Legault says ...")."""
        gender = PRONOUN_GENDER.get(pronoun.lower())
        cands = (m for m in reversed(self.people.mentions_before(pos))     # lazily: long articles
                 if not self._in_quote(m.start) and m.person.gender in (None, gender))
        first = next(cands, None)
        if first is None:
            return None
        if self.body[first.end:first.end + 2] in ("’s", "'s"):
            sent = self._sentence_at(first.start)
            for m in cands:
                if sent is None or m.start < sent.start:
                    break
                if self.body[m.end:m.end + 2] not in ("’s", "'s") and m.person != first.person:
                    return m.person
        return first.person

    def _person_with_role(self, role: str, pos: int) -> Person | None:
        """"the prime minister said" -> the nearest person before `pos` holding that role."""
        role = role.lower()
        for m in reversed(self.people.mentions_before(pos)):
            r = (m.person.role or "").lower()
            if r and (r == role or r.endswith(" " + role)):
                return m.person
        return None

    def _person_named(self, text: str, pos: int) -> Person | None:
        """The person named by `text` found at body offset `pos` (role words around it allowed)."""
        hits = [m for m in self.people.mentions_in(pos, pos + len(text) + 40) if m.start < pos + len(text)]
        if hits:
            return hits[-1].person
        return self.people.by_name(text.strip().rstrip(",."))

    def _subject_before(self, start: int, end: int) -> Person | None:
        """Nearest person (or resolved pronoun) in body[start:end], outside quotes."""
        best: tuple[int, Person | None] | None = None
        possessor: tuple[int, Person | None] | None = None
        for m in self.people.mentions_in(start, end):
            if self._in_quote(m.start):
                continue
            if self.body[m.end:m.end + 2] in ("’s", "'s"):
                possessor = (m.start, m.person)     # "against Trump’s threat": not the one speaking
            else:
                best = (m.start, m.person)
        best = best or possessor
        for m in _PRONOUN.finditer(self.body, start, end):
            if self._in_quote(m.start()):
                continue
            if best is None or m.start() > best[0]:
                best = (m.start(), self._resolve_pronoun(m.start(), m.group(0)))
        return best[1] if best else None

    # -- rules
    def _after(self, q: Quote, para_end: int, next_open: int) -> Person | None:
        tail = self.body[q.close:min(para_end, next_open, q.close + 120)]
        m = _AFTER.match(tail)
        if m and m.group("pro"):
            return self._resolve_pronoun(q.open, m.group("pro"))
        if m:
            p = self._person_named(m.group("name"), q.close + m.start("name"))
            if p:
                return p
        m = _AFTER_ROLE.match(tail)
        if m:
            p = self._person_with_role(m.group("role") or m.group("role2"), q.open)
            if p:
                return p
        # each remaining form only counts when it names a known person
        for rx in (_AFTER_INVERTED, _AFTER_DESCRIBED, _AFTER_INVERTED_DESCRIBED):
            m = rx.match(tail)
            if m:
                p = self._person_named(m.group("name"), q.close + m.start("name"))
                if p:
                    return p
        return None

    def _intro(self, q: Quote, lead_start: int) -> Person | None:
        lead = self.body[lead_start:q.open]
        if _INTRO.search(lead) or _COLON.search(lead):
            return self._subject_before(lead_start, q.open)
        return None

    def _partial(self, q: Quote, lead_start: int, sent_start: int) -> Person | None:
        lead = self.body[lead_start:q.open]
        verbs = list(_PARTIAL_VERB.finditer(lead))
        if not verbs:
            return None
        v = lead_start + verbs[-1].start()
        # the verb's subject: nearest person before it in the sentence ("Ford called X “...” and said Y “...”")
        return self._subject_before(sent_start, v) or self._subject_before(lead_start, q.open)

    def _next_sentence(self, q: Quote) -> Person | None:
        for s in self.sentences[bisect_left(self._sent_starts, q.close):]:
            if s.start >= q.close:
                m = _AFTER.match(s.text)
                if m and m.group("name"):
                    return self._person_named(m.group("name"), s.start + m.start("name"))
                return None
        return None

    def attribute(self) -> list[Quote]:
        paras = paragraph_spans(self.body)
        para_starts = [p[0] for p in paras]
        prev: Quote | None = None
        prev_para = -1
        for i, q in enumerate(self.quotes):
            pi = bisect_right(para_starts, q.open) - 1
            ps, pe = paras[pi]
            next_open = self.quotes[i + 1].open if i + 1 < len(self.quotes) else pe
            sent = self._sentence_at(q.open)
            sent_start = max(sent.start if sent else ps, prev.close if prev and prev_para == pi else ps)
            lead = self.body[sent_start:q.open]
            q.standalone = not lead.strip()
            speaker = self._after(q, pe, next_open)
            if speaker is None and not _is_label(self.body[q.text_start:q.text_end]):
                speaker = self._intro(q, sent_start)
                if speaker is None and not q.standalone:
                    speaker = self._partial(q, sent_start, sent.start if sent else sent_start)
                if speaker is None and prev is not None and prev.speaker is not None and prev_para == pi \
                        and re.fullmatch(r"[\s,]*(?:and|or|but|,)?\s*", self.body[prev.close:q.open]):
                    speaker = prev.speaker      # "... said the decision was “unfair” and “harmful ...”"
                if speaker is None and q.standalone and q.open == ps and pi > 0:
                    # "In a statement, Carney said:" as a paragraph of its own, the quote in the next one
                    pps, ppe = paras[pi - 1]
                    intro = self.body[pps:ppe].rstrip()
                    if intro.endswith(":") and _SPEECH_ANY.search(intro) and not self._in_quote(ppe - 1):
                        speaker = self._subject_before(pps, ppe)
                if speaker is None and q.standalone:
                    if prev is not None and prev_para == pi and prev.speaker is not None:
                        speaker = prev.speaker
                    elif not self.body[q.close:pe].strip(" ,.;:!?—–-"):
                        # the quote ends its paragraph: "Carney echoed ..." may open the next one
                        speaker = self._next_sentence(q)
            q.speaker = speaker
            prev, prev_para = q, pi
        for i in range(len(self.quotes) - 2, -1, -1):
            q, nxt = self.quotes[i], self.quotes[i + 1]
            unclosed = self.body[q.close - 1:q.close] not in ("”", '"')
            if q.speaker is None and unclosed and nxt.speaker is not None:
                k = bisect_right(para_starts, q.open) - 1
                if k + 1 < len(paras) and nxt.open == paras[k + 1][0]:
                    q.speaker = nxt.speaker
        return self.quotes

    def facts(self) -> list[dict]:
        out = []
        for q in self.attribute():
            if q.speaker is None:
                continue
            out.append({"speaker": q.speaker.name, "text": self.body[q.text_start:q.text_end],
                        "span": [q.text_start, q.text_end]})
        return out
