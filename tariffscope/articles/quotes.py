"""Quoted speech and who said it.

Quotations are curly or straight double quotes within a paragraph.  Not speech: quotes in "Read more:"
lines, trailing link blocks and *teaser* paragraphs (furniture.py), after "headline"/"titled", a
paragraph that is only a short unpunctuated quote (a subheading), and quoted Title-Case names
("Gulf of America", "Liberation Day" -- labels).  Rules, in the order tried:

0. a partial quote that ends its sentence (“... final.”) is attributed inside that sentence first.
1. after:     “...,” she said. / “...,” Carney declared. / “...,” said Desjardins economist Marc
              Desormeaux. / “...,” Ryosei Akazawa, Japan's chief negotiator, wrote. / “...,” the
              Canadian prime minister said. / “...,” according to Carney.  Never “...,” a spokesperson
              for Carney said.
2. sentence end: the sentence goes on and ends "..., Kudlow told reporters."; for a partial quote also a later
              attribution between commas (", he said, and ...", ", the prime minister said.").
3. intro:     ..., stating firmly, “...”  /  Carney told reporters: “...”
4. partial:   a quoted phrase after a verb of speech or description (said, called, described ... as,
              accused ... of, writing that) -> that verb's subject (subjects.py: the first subject of
              its clause; objects, possessors and names after the verb never speak).
5. context:   a quote right after an attributed one (", and “...”", or the same sentence with no new
              speaker), a quote after "Carney said:" or "[Interview: Name / role]" paragraphs, a
              stand-alone quote after an attributed one in its paragraph, or before "<Name> <verb>".
Pronouns resolve by salience (subjects.py).  Anything else is left unattributed and skipped.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass

from .constants import (
    EXTRA_SPEECH_VERBS,
    IN_OWN_WORDS,
    PARTIAL_QUOTE_VERBS,
    PRONOUN_GENDER,
    QUOTE_INTRO_VERBS,
    SPEECH_VERBS,
    TITLE_CUES,
)
from .furniture import link_spans, teaser_spans
from .people import HONORIFIC_PATTERN, INTERVIEW_TAG, NAME_PATTERN, PeopleIndex, Person
from .subjects import ROLE_NOUNS, SubjectFinder
from .text import paragraph_spans

_QUOTE_PAIR = re.compile(r"“([^“”\n]*)(”|$)|\"([^\"\n]*)(\"|$)", re.M)
_ADVERBS = r"(?:(?:also|later|then|again|has|had|once|previously|recently|quickly|flatly|firmly|simply|bluntly|told|\w+ly)\s+)?"
_PERSON = rf"(?:{HONORIFIC_PATTERN}\s+)?{NAME_PATTERN}"
_AFTER = re.compile(
    rf"^[\s,.;:!?—–-]*(?:(?P<pro>he|she|He|She)|(?P<name>{_PERSON}))\s+"
    rf"{_ADVERBS}(?:{SPEECH_VERBS})\b"
)
# "..., Ryosei Akazawa, Japan's chief trade negotiator, wrote on X."
_AFTER_APPOS = re.compile(
    rf"^[\s,.;:!?—–-]*(?P<name>{_PERSON}),\s+[^,“”\"\n]{{2,100}}(?:,[^,“”\"\n]{{2,80}})?,\s+{_ADVERBS}(?:{SPEECH_VERBS})\b"
)
# "“...,” the toymaker's chief financial officer, Gina Goetter, said." / "“...,” ING's chief economist for Greater
# China, Lynn Song, wrote.": the role comes first, the name in apposition after it
_AFTER_ROLE_APPOS = re.compile(
    rf"^[\s,.;:!?—–-]*(?:the|a|an|[A-Z][\w.]*(?:’s|'s))\s+[^,“”\"\n]{{2,80}},\s+(?P<name>{_PERSON}),\s+{_ADVERBS}(?:{SPEECH_VERBS})\b"
)
# the sentence goes on after the quote and ends with the attribution: "... is to talk, Kudlow told reporters."
_SENTENCE_END_ATTR = re.compile(
    rf",\s+(?:(?P<pro>he|she)|(?P<name>{_PERSON}))\s+{_ADVERBS}(?:{SPEECH_VERBS})\b[^.!?“”\"\n,]{{0,40}}[.!?]?\s*$"
)
# round 46: a partial quotation inside a sentence whose attribution comes later in it, set off by commas, before the
# next clause or the full stop: 'had not much to “give up” in negotiations, he said, and a deal ...', '... “less able”
# to use its lower tariff “to gain a competitive edge”, Cheah said.', '... would amount to “acting in bad faith”, the
# Tánaiste said.', '... had “front-loaded” their shipments ..., GJEPC Executive Director Sabyasachi Ray said.'
_CLAUSE_ATTR = re.compile(
    rf",\s+(?P<who>[^,;:“”\"\n]{{2,90}}?)\s+{_ADVERBS}(?:{SPEECH_VERBS})\b[^,;.!?“”\"\n]{{0,40}}(?:,|[.!?]?\s*$)")
_CLAUSE_WHO_PRONOUN = re.compile(r"^(?:he|she)$")
_ARTICLE_BEFORE = re.compile(r"\b(?:a|an|the|A|An|The)\s+(?:[a-z][\w\-]*\s+)?$")
# words between a quotation and "<name> said" describe the speaker ("foreign ministry spokesperson"):
# never a pronoun, a subordinator or a verb form ("..., targeting what Trump claims ...")
_FILLER = (r"(?:(?!(?:after|before|when|while|as|because|since|if|and|but|or|he|she|they|it|we|who|which|that|whom|"
           r"what|how|where|why|is|are|was|were|has|have|had|to|with|by|from|on|in|at|than|not)\b)"
           r"(?![a-z][\w\-]*(?:ing|ed)\b)[\w’'.\-]+\s+)")
# "..., foreign ministry spokesperson Lin Jian told ...", "..., Bank of Canada governor Tiff Macklem said."
_ROLE_NOUNS = ROLE_NOUNS
# "..., the prime minister said." / "..., said the president."
_AFTER_ROLE = re.compile(
    rf"^[\s,.;:!?—–-]*(?:(?:the|The)\s+(?:[A-Z][\w.’']*\s+){{0,2}}?(?P<role>{_ROLE_NOUNS})\s+{_ADVERBS}(?:{SPEECH_VERBS})\b"
    rf"|(?:{SPEECH_VERBS})\s+the\s+(?:[A-Z][\w.’']*\s+){{0,2}}?(?P<role2>{_ROLE_NOUNS})\b)"
)
# a full stop right after the closing mark of a quotation inside a sentence: the sentence ends there, and a "<Name>
# said" that follows opens the next one (an attribution is joined by a comma, or the stop is inside the marks)
_ENDED_AFTER_MARK = re.compile(r"^[^\S\n]*\.(?:\s|$)")
# a verb whose object is characterised by the quotation after "as": "condemned the move as “blackmail”", "summed up
# the situation as a “short-term panic, long-term reset”", "welcomed the cut as “much-needed relief”"
_AS_COMPLEMENT = re.compile(r"\b[a-z]+(?:ed|es)\s+(?:up\s+)?(?:[\w’'\-]+\s+){1,6}?as\s+(?:an?\s+|the\s+)?$")
# "according to the president", "according to the Commerce Secretary": a role that stands for a person named before
_ROLE_NOMINAL_AT = re.compile(rf"the\s+(?:[A-Z][\w.’']*\s+){{0,2}}?(?P<role>{_ROLE_NOUNS})\b")
_AFTER_ACCORDING = re.compile(r"^[\s,]*according\s+to\s+")
_LEAD_ACCORDING = re.compile(r"\b[Aa]ccording\s+to\s+")
_AFTER_VERB = re.compile(rf"^[\s,.;:!?—–-]*(?:{SPEECH_VERBS})\b")
_AFTER_DESCRIBED_SPAN = re.compile(
    rf"^[\s,.;:!?—–-]*(?:the\s+|a\s+|an\s+)?{_FILLER}{{1,8}}?{_ADVERBS}(?P<verb>{SPEECH_VERBS})\b"
)
_INTRO = re.compile(rf"\b(?:{QUOTE_INTRO_VERBS})(?:\s+\w+ly)?(?:\s+(?:reporters|journalists|the \w+|[A-Z]\w+))?\s*[,:]\s*$")
_COLON = re.compile(r":\s*$")
_PARTIAL_VERB = re.compile(rf"\b(?:{PARTIAL_QUOTE_VERBS}|{EXTRA_SPEECH_VERBS})\b")
_TITLE_CUE = re.compile(TITLE_CUES)
_IN_OWN_WORDS = re.compile(IN_OWN_WORDS)
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
    if content and all(w.isupper() and len(w) > 3 for w in content):
        return False                    # a shouted word (“FLOODING”) is speech, not a name
    return bool(content) and all(w[0].isupper() for w in content)


# The names of tariff kinds that stories put in quotation marks as labels (LABELING.md quotes: scare quotes and labels,
# the “fentanyl tariff”, are not quotes): “reciprocal” tariffs, a “secondary” tariff, steel “derivative” products,
# the “worst offender” tariffs. Seen as false quotes (given to Trump) in some twenty writer batches of dev.
TARIFF_LABELS = frozenset({"reciprocal", "reciprocal tariff", "reciprocal tariffs", "secondary", "secondary tariff",
                           "secondary tariffs", "derivative", "worst offender", "transshipping", "transshipped"})
_SO_CALLED = re.compile(r"\bso-called\s*$", re.I)
# round 46: a name the speaker habitually gives a thing, in the present tense ("what he calls “liberation day”", "what he
# calls a “tariff dividend”", "what trade specialists call a “tariff rate quota”", "a day he likes to call ...") is a
# label; the past tense ("what he called an “unprecedented emergency”") characterises and is speech (dev: 7 of 8 such
# present-tense quotations unlabelled, 34 of 36 past-tense ones labelled)
_HABITUAL_NAMING = re.compile(r"(?:\bwhat\s+(?:[\w’'.\-]+\s+){1,2}(?:now\s+|often\s+)?calls?|\blikes?\s+to\s+call(?:\s+it)?)"
                              r"\s+(?:a\s+|an\s+|the\s+)?$")


def _is_tariff_label(body: str, q: "Quote") -> bool:
    """A quotation that names a kind of tariff (TARIFF_LABELS), any quotation after "so-called", or a name given in the
    present tense (_HABITUAL_NAMING): a label."""
    text = re.sub(r"[^\w\s]", " ", body[q.text_start:q.text_end]).lower().split()
    return (" ".join(text) in TARIFF_LABELS or bool(_SO_CALLED.search(body[max(0, q.open - 12):q.open]))
            or bool(_HABITUAL_NAMING.search(body[max(0, q.open - 60):q.open])))


def _is_subheading(text: str, para: str) -> bool:
    """A paragraph that is only a short quotation without sentence punctuation: a section heading
    (“Fully behind it”), i.e. a headline quote, not speech."""
    stripped = para.strip().strip("“”\"").strip()
    return stripped == text.strip() and len(text.split()) <= 8 and not re.search(r"[.!?,;:…]$", text.strip())


class QuoteAttributor:
    def __init__(self, body: str, people: PeopleIndex, sentences):
        self.body = body
        self.people = people
        self.sentences = sentences
        skip = link_spans(body) + teaser_spans(body)
        self.quotes = [q for q in _find_quotes(body)
                       if not any(s <= q.open < e for s, e in skip) and not _TITLE_CUE.search(body[max(0, q.open - 40):q.open])]
        self._all_quotes = _find_quotes(body)          # every quoted span: names inside them are not speakers
        self._opens = [q.open for q in self._all_quotes]
        self._sent_starts = [s.start for s in sentences]
        self.subjects = SubjectFinder(body, people, sentences, self._in_quote)

    # -- helpers
    def _sentence_at(self, pos: int):
        i = bisect_right(self._sent_starts, pos) - 1
        if i >= 0 and self.sentences[i].start <= pos < self.sentences[i].end + 1:
            return self.sentences[i]
        return None

    def _in_quote(self, pos: int) -> bool:
        i = bisect_right(self._opens, pos) - 1
        return i >= 0 and self._all_quotes[i].open <= pos < self._all_quotes[i].close

    def _resolve_pronoun(self, pos: int, pronoun: str) -> Person | None:
        return self.subjects.resolve_pronoun(pos, pronoun)

    def _person_with_role(self, role: str, pos: int) -> Person | None:
        return self.subjects.person_with_role(role, pos)

    def _person_named(self, text: str, pos: int) -> Person | None:
        """The person named by `text` found at body offset `pos` (role words around it allowed)."""
        hits = [m for m in self.people.mentions_in(pos, pos + len(text) + 40) if m.start < pos + len(text)]
        if hits:
            return hits[-1].person
        return self.people.by_name(text.strip().rstrip(",."))

    def _subject_before(self, start: int, end: int) -> Person | None:
        """The subject of the clause that ends at `end` (see subjects.py)."""
        return self.subjects.subject_of(start, end)

    # -- rules
    def _after(self, q: Quote, para_end: int, next_open: int) -> Person | None:
        end = min(para_end, next_open, q.close + 160)
        tail = self.body[q.close:end]
        if not q.standalone and _ENDED_AFTER_MARK.match(tail):
            return None     # 'described the talks as “productive”. Parmelin said ...': a new sentence, not an attribution
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
        m = _AFTER_APPOS.match(tail)
        if m:
            p = self._person_named(m.group("name"), q.close + m.start("name"))
            if p:
                return p
        m = _AFTER_ROLE_APPOS.match(tail)
        if m and not _is_label(self.body[q.text_start:q.text_end]):     # not 'so-called “Liberation Day,” the bloc's ...'
            p = self._person_named(m.group("name"), q.close + m.start("name"))
            if p:
                return p
        m = _IN_OWN_WORDS.match(tail.lstrip(" ,"))    # "“...,” in the President's words."
        if m:
            p = self._own_words_speaker(m, q.close + len(tail) - len(tail.lstrip(" ,")))
            if p:
                return p
        m = _AFTER_ACCORDING.match(tail)     # "“...,” according to Carney."
        if m:
            hits = self._mentions(q.close + m.end(), q.close + m.end() + 80)
            if hits and hits[0].start - (q.close + m.end()) < 40:
                return hits[0].person
        m = _AFTER_VERB.match(tail)          # "..., said Desjardins economist Marc Desormeaux."
        if m:
            stop = re.search(r"(?<=[a-z]{2})[.!?;]\s|[!?;“\"]", tail[m.end():] + " ")
            hits = self._mentions(q.close + m.end(), q.close + m.end() + (stop.start() if stop else 80))
            if hits:
                return hits[0].person
        m = _AFTER_DESCRIBED_SPAN.match(tail)  # "..., foreign ministry spokesperson Lin Jian told reporters."
        if m:
            hits = self._mentions(q.close, q.close + m.start("verb"))
            if hits and not re.search(r"\b(?:for|of|to|with|by|from|at|on|behind|near|close to)\s+$",
                                      self.body[max(q.close, hits[-1].start - 12):hits[-1].start]):
                return hits[-1].person      # not "a spokesperson for Carney said"
        return None

    def _mentions(self, start: int, end: int):
        return [h for h in self.people.mentions_in(start, end) if not self._in_quote(h.start)
                and self.body[h.end:h.end + 2] not in ("’s", "'s")]

    def _sentence_end(self, q: Quote, sent) -> Person | None:
        """The quote sits inside a sentence that ends with its attribution: "... is to talk, Kudlow told reporters."."""
        if sent is None or sent.end <= q.close:
            return None
        rest = self.body[q.close:sent.end + 1]
        if "“" in rest or '"' in rest:
            return self._clause_attribution(q, rest) if not q.standalone else None
        m = _SENTENCE_END_ATTR.search(rest)
        if not m:
            return self._clause_attribution(q, rest) if not q.standalone else None
        if m.group("pro"):
            return self._resolve_pronoun(q.open, m.group("pro"))
        return self._person_named(m.group("name"), q.close + m.start("name"))

    def _clause_attribution(self, q: Quote, rest: str) -> Person | None:
        """A partial quotation whose sentence names its speaker later, between commas or before the full stop
        (_CLAUSE_ATTR): "he"/"she" resolved, "the <role>" the person holding it, or a name ending the speaker slot after
        its titles ("GJEPC Executive Director Sabyasachi Ray"); never a name after "for"/"of" ("a spokesperson for
        Carney said"), and not when the slot holds anything else ("the ministry said")."""
        m = _CLAUSE_ATTR.search(rest)
        if not m or self._names_a_thing(q):
            return None
        who, at = m.group("who").strip(), q.close + m.start("who")
        if _CLAUSE_WHO_PRONOUN.match(who):
            return self._resolve_pronoun(q.open, who)
        role = re.fullmatch(rf"the\s+(?:[A-Z][\w.’']*\s+){{0,2}}?(?P<role>{_ROLE_NOUNS})", who)
        if role:
            return self._person_with_role(role.group("role"), q.open)
        hits = self._mentions(at, at + len(who))
        if not hits or hits[-1].end != at + len(who) or not re.fullmatch(r"(?:[A-Z][\w.’'\-]*\s+|and\s+|for\s+)*",
                                                                          self.body[at:hits[-1].start]):
            return None
        if re.search(r"\b(?:for|of)\s+$", self.body[at:hits[-1].start]):
            return None
        return hits[-1].person

    def _names_a_thing(self, q: Quote) -> bool:
        """One quoted word between an article and its noun names the thing, it quotes no one: 'a special “resilience”
        budget' (d1659)."""
        text = self.body[q.text_start:q.text_end]
        return (len(text.split()) == 1 and bool(_ARTICLE_BEFORE.search(self.body, max(0, q.open - 30), q.open))
                and bool(re.match(r"[^\S\n]+[a-z]", self.body[q.close:q.close + 3])))

    def _intro(self, q: Quote, lead_start: int) -> Person | None:
        lead = self.body[lead_start:q.open]
        if _INTRO.search(lead) or _COLON.search(lead):
            return self._subject_before(lead_start, q.open)
        return None

    def _partial(self, q: Quote, lead_start: int, sent_start: int) -> Person | None:
        lead = self.body[lead_start:q.open]
        verbs = list(_PARTIAL_VERB.finditer(lead))
        own = [m for m in _IN_OWN_WORDS.finditer(lead) if not verbs or m.start() > verbs[-1].start()]
        if own:                                  # "... who, in his words, had reduced ... to a “...”"
            return self._own_words_speaker(own[-1], lead_start)
        if not verbs:
            m = _AS_COMPLEMENT.search(lead)      # "Lula has condemned the threat as “unacceptable blackmail”"
            if m:
                return self._subject_before(sent_start, lead_start + m.start())
            m = _LEAD_ACCORDING.search(lead)     # "According to Carney, the deal is “a win.”"
            hits = self._mentions(lead_start + m.end(), lead_start + m.end() + 60) if m else []
            if hits and hits[0].start - (lead_start + m.end()) < 40:
                return hits[0].person
            role = _ROLE_NOMINAL_AT.match(lead, m.end()) if m else None
            if role:                             # "According to the Mexican president, the two agreed to “...”"
                return self._person_with_role(role.group("role"), lead_start + m.end())
            # no verb of its own since the last quote ("Trump said Carney was “weak” and that Sheinbaum
            # was “wonderful”"): the sentence's last speech verb outside quotes governs this one too
            outside = [m for m in _PARTIAL_VERB.finditer(self.body, sent_start, lead_start) if not self._in_quote(m.start())]
            if not outside or sent_start >= lead_start:
                return None
            return self._subject_before(sent_start, outside[-1].start())
        v = lead_start + verbs[-1].start()
        # the verb's subject ("Ford called X “...” and said Y “...”"); none when the subject is not a person
        # ("The government said Parmelin had flown in for “ministerial level” talks")
        return self._subject_before(sent_start, v)

    def _own_words_speaker(self, m: re.Match, offset: int) -> Person | None:
        """Whose words "in his words" / "in Mr Trump's own words" / "in the President's words" (an IN_OWN_WORDS match
        at body offset `offset`) says they are: the pronoun's referent, the person named, or the one holding the role."""
        if m.group("pro"):
            return self._resolve_pronoun(offset + m.start("pro"), "he" if m.group("pro") == "his" else "she")
        start, end = offset + m.start("owner"), offset + m.end("owner")
        hits = [h for h in self.people.mentions_in(start, end) if h.start >= start]
        if hits:
            return hits[-1].person
        role = re.match(r"the\s+(?P<role>.+)$", m.group("owner"))
        return self._person_with_role(role.group("role"), start) if role else None

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
            q.standalone = not self.body[sent_start:q.open].strip()
            speaker = None
            label = _is_label(self.body[q.text_start:q.text_end])
            if not q.standalone and not label and re.search(r"[.!?]$", self.body[q.text_start:q.text_end]):
                # “...final.” ends the sentence it sits in: its speaker is in that sentence, not the next
                speaker = self._partial(q, sent_start, sent.start if sent else sent_start)
            speaker = speaker or self._after(q, pe, next_open)
            if speaker is None and not label:
                same_para_prev = prev if prev is not None and prev_para == pi else None
                speaker = self._sentence_end(q, sent) or self._intro(q, sent_start)
                if speaker is None and not q.standalone:
                    speaker = self._partial(q, sent_start, sent.start if sent else sent_start)
                if speaker is None:
                    speaker = self._from_context(q, sent, same_para_prev, paras, pi)
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

    def _from_context(self, q: Quote, sent, prev: Quote | None, paras, pi: int) -> Person | None:
        """Speakers given by the quotes and paragraphs around a quote that names no one itself."""
        ps, pe = paras[pi]
        if prev is not None and prev.speaker is not None:
            between = self.body[prev.close:q.open]
            if re.fullmatch(r"[\s,]*(?:and|or|but|,)?\s*", between):
                return prev.speaker     # "... said the decision was “unfair” and “harmful ...”"
            if sent is not None and prev.close > sent.start and not self._mentions(prev.close, q.open) \
                    and not _PRONOUN.search(between) and not _SPEECH_ANY.search(between):
                return prev.speaker     # "... said it would let the “...” make progress and would “...”"
            if self._resumes_after_attribution(prev, q, between):
                return prev.speaker
        if q.standalone and q.open == ps and pi > 0:
            pps, ppe = paras[pi - 1]
            intro = self.body[pps:ppe].rstrip()
            # "In a statement, Carney said:" / "Liz McKeown, director at the ONS, blames manufacturing:" as a paragraph
            # of its own, the quote in the next one: the colon introduces the quote whatever the verb
            if intro.endswith(":") and not self._in_quote(ppe - 1):
                own = _IN_OWN_WORDS.search(intro)      # "In Mr Trump's own words:"
                p = self._own_words_speaker(own, pps) if own else self._subject_before(pps, ppe)
                if p is not None:
                    return p
            # a broadcast transcript: "[Interview: Park Jeong-seong / Director ...]" then the quote
            m = INTERVIEW_TAG.match(intro)
            if m:
                return self._person_named(m.group("name"), pps + m.start("name"))
        if q.standalone:
            if prev is not None and prev.speaker is not None:
                return prev.speaker
            carried = self._continued_paragraph(q, paras, pi)
            if carried is not None:
                return carried
            if not self.body[q.close:pe].strip(" ,.;:!?—–-") \
                    and not _is_subheading(self.body[q.text_start:q.text_end], self.body[ps:pe]):
                # the quote ends its paragraph: "Carney echoed ..." may open the next one
                carried = self._next_sentence(q)
                if carried is not None:
                    return carried
            return self._after_narration(q, paras, pi)
        return None

    def _after_narration(self, q: Quote, paras, pi: int) -> Person | None:
        """A quotation that stands alone after a sentence of narration about a person, with nothing attributing it
        after it: "He pointed to currency as well as customs. “There are different customs tariffs ...”", "Barrot
        explained what he had been told.\n\n“I'm pleased to confirm ...”". News copy gives the speaker first and the
        words next; the sentence's subject (a name or a resolved he/she opening it) is the speaker (round 29: 20 such
        quotations in 17 writer batches of dev had no speaker)."""
        ps, pe = paras[pi]
        nxt = next((o.open for o in self.quotes if o.open > q.open), pe)
        tail = self.body[q.close:min(pe, nxt)]
        if _SPEECH_ANY.search(tail) or self._mentions(q.close, min(pe, nxt)) or \
                _is_subheading(self.body[q.text_start:q.text_end], self.body[ps:pe]):
            return None                 # "“...,” the order states." / "“...” instead of ..., said Koki Akimoto"
        k = bisect_right(self._sent_starts, q.open - 1) - 1
        while k >= 0 and self.sentences[k].end > q.open:
            k -= 1
        if k < 0:
            return None
        sent = self.sentences[k]
        lo = ps if pi == 0 else paras[pi - 1][0]
        text = self.body[sent.start:sent.end]
        if sent.start < lo or "“" in text or '"' in text or "”" in text or self.subjects._is_heading(sent.start, sent.end + 1):
            return None
        subj = [c for c in self.subjects.candidates(sent.start, sent.end) if c.subject]
        if not subj:
            return None
        lead = self.body[sent.start:subj[0].pos]
        return subj[0].person if not lead.strip() or lead.rstrip().endswith(",") else None

    def _resumes_after_attribution(self, prev: Quote, q: Quote, between: str) -> bool:
        """“...,” says US Trade Representative Jamieson Greer, “while opening ...”: a quotation split by its own
        attribution goes on in lower case after a comma; the only person named between the two halves is the
        speaker (round 26, d1556: the role before the name kept `_after` from reading the second half)."""
        mentions = self._mentions(prev.close, q.open)
        return (between.rstrip().endswith(",") and "\n" not in between and len(between) <= 120
                and self.body[q.text_start:q.text_start + 1].islower() and bool(_SPEECH_ANY.search(between))
                and bool(mentions) and all(m.person is prev.speaker for m in mentions))

    def _continued_paragraph(self, q: Quote, paras, pi: int) -> Person | None:
        """A paragraph that is one quotation and nothing else, right after a paragraph that ends with an attributed
        quotation and its short attribution ("“...,” he told ABC News Breakfast on Friday."): the same speaker goes
        on -- news copy names a new speaker where one starts (seen in writer batches d961, d1009 and older ones)."""
        ps, pe = paras[pi]
        if pi == 0 or q.open != ps or self.body[q.close:pe].strip(" ,.;:!?—–-") \
                or _is_subheading(self.body[q.text_start:q.text_end], self.body[ps:pe]):
            return None                 # not a section heading in quotes (“A bit crazy”)
        pps, ppe = paras[pi - 1]
        before = [o for o in self.quotes if pps <= o.open and o.close <= ppe]
        if not before or before[-1].speaker is None or len(self.body[before[-1].close:ppe].strip()) > 80:
            return None
        return before[-1].speaker

    def facts(self) -> list[dict]:
        out = []
        said: set[tuple[str, str]] = set()
        for q in self.attribute():
            if q.speaker is None or _is_tariff_label(self.body, q):
                continue
            # the same words of the same speaker written twice (a headline's or deck's quotation repeated in the body,
            # a live blog's entry and its summary) are one quotation: no label in dev lists a quote twice
            words = (q.speaker.shown_name, " ".join(re.findall(r"\w+", self.body[q.text_start:q.text_end].lower())))
            if words in said:
                continue
            said.add(words)
            out.append({"speaker": q.speaker.shown_name, "text": self.body[q.text_start:q.text_end],
                        "span": [q.text_start, q.text_end]})
        return out
