"""Who is doing the saying: the subject of a speech verb, and what "he"/"she" refers to.

Rules (no parser; positions and a few closed word classes):

* A candidate is a person mention, a pronoun (he/she, resolved in turn) or a role nominal ("the
  president" -> the nearest earlier person holding that role), outside quotation marks.
* Candidates in object position are not subjects: a possessor ("Trump's decision"), or a name after
  a preposition or an object-taking verb, titles skipped ("with Prime Minister Narendra Modi",
  "met Treasury Secretary Scott Bessent", "he and President Lee").
* The subject of a verb is the FIRST subject candidate of its clause (the sentence from its start, or
  from the last ", while" / "; " / ", and" boundary when that clause names someone).  A clause that
  has its own non-person subject ("..., while the union warned ...") has no person as speaker.
* A pronoun refers to the first subject candidate of its own sentence before it, else of the nearest
  earlier sentence that has one (a possessor or object only when no sentence within reach has a
  subject), matching gender where known.  Within reach: no further back than the paragraph before
  the pronoun's own (headings and quotation-only paragraphs skipped, and one paragraph of narration that names,
  refers to and quotes no one); else the pronoun names no one.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass

from .constants import PERSON_ROLE_NOUNS, PRONOUN_GENDER, QUOTATION, ROLE_WORDS_LOWER
from .people import PeopleIndex, Person
from .text import paragraph_spans

# role words that stand for a person already named ("the prime minister said", "the economist added")
ROLE_NOUNS = "|".join(re.escape(r) for r in sorted(set(ROLE_WORDS_LOWER) | {
    "foreign minister", "trade minister", "trade commissioner", "commissioner", "envoy", "adviser", "advisor",
    "director", "professor", "chief executive", "executive", "lawmaker"}, key=len, reverse=True))
ROLE_NOUNS = ROLE_NOUNS + "|" + "|".join(                 # "the President said", "the Prime Minister added"
    re.escape(r.title()) for r in sorted(set(ROLE_WORDS_LOWER), key=len, reverse=True) if r.title() != r)
_ROLE_NOUNS = ROLE_NOUNS
_ROLE_NOMINAL = re.compile(rf"\b(?:the|The)\s+(?:[A-Z][\w.’']*\s+){{0,2}}?(?P<role>{_ROLE_NOUNS})\b(?!\s+(?:of|for)\b)")
_WINDOW = 800                                   # characters looked back for a subject or antecedent
_PRONOUN = re.compile(r"\b(?:he|she|He|She)\b")
# a section heading ("Trump hits back", "Who pays?"): a short paragraph that does not end like a sentence
_SENTENCE_END = re.compile(r"[.:;…”\")’']\s*$")
_HEADING_WORDS = 10
_QUOTE_MARK = re.compile(r"[“”\"]")
_QUOTATION = re.compile(QUOTATION)         # a paragraph is one line: the same quotations as trade_values reads
_SENTENCE_BREAK = re.compile(r"(?<=[a-z0-9)])[.!?]\s")
_OBJECT_CUE = frozenset(
    """with to by from of against for on at than about between toward towards among including like unlike
    under over after before behind via met meet meeting meets phoned called calling urged urging told telling
    asked asking joined joining thanked praised criticized criticised blamed accused accusing attacked
    and or nor whom visited visiting hosted hosting congratulated invited replaced succeeded
    into onto upon through""".split()
)
_TITLE_WORDS = frozenset(w for r in set(ROLE_WORDS_LOWER) | set(PERSON_ROLE_NOUNS) for w in r.split()) | {
    "the", "his", "her", "its", "their", "former", "then", "U.S.", "US", "new", "late", "fellow", "incoming",
    "outgoing", "acting", "top", "senior", "chief", "general"}
_WORD_BACK = re.compile(r"([\w.’'\-]+)[\s,]*$")
# clause boundaries inside a sentence: the speaker of a later clause is named (or not) in that clause
_BOUNDARY = re.compile(r",\s+(?:while|whereas|but|and|although|though)\s+|;\s+|\s+[—–]\s+")
_WHO_BEFORE = re.compile(r",\s+who\s+(?:(?:\w+ly|also|has|had|have|then|later|once|had|not|never)\s+)*$")
_WHICH_BEFORE = re.compile(r",\s+which\s+(?:(?:\w+ly|also|has|had|have|then|later|once|not|never)\s+)*$")
_RIGHT_BEFORE_VERB = re.compile(r"\s+(?:(?:\w+ly|has|had|have|also|later|then|again|once|would|will|had|not|never|even|still)\s+)*")
# a clause that opens with its own (non-person) subject: "..., while the union warned", "; Canada's government called"
_OWN_SUBJECT = re.compile(r"(?:the|a|an|it|they|we|its|their|this|that|these|those|officials|analysts|economists|"
                          r"(?!(?:On|In|At|By|For|From|After|Before|Last|This|Next|Earlier|Later)\b)[A-Z][\w’'\-]+)\b")


@dataclass(frozen=True)
class Candidate:
    pos: int
    end: int
    person: Person | None
    subject: bool          # False: a possessor or an object


class SubjectFinder:
    def __init__(self, body: str, people: PeopleIndex, sentences, in_quote):
        self.body = body
        self.people = people
        self.sentences = sentences
        self.in_quote = in_quote
        self._starts = [s.start for s in sentences]
        self._pronoun_cache: dict[int, Person | None] = {}
        self._pronouns = [m.start() for m in _PRONOUN.finditer(body) if not in_quote(m.start())]
        self._settled = 0                            # pronouns before self._pronouns[_settled] are resolved
        self._paras = paragraph_spans(body)
        self._para_starts = [p[0] for p in self._paras]

    # -- candidates
    def _is_object(self, pos: int) -> bool:
        """The name at `pos` follows a preposition or object-taking verb (titles and capitalised words skipped)."""
        end = pos
        for _ in range(6):
            m = _WORD_BACK.search(self.body, max(0, end - 40), end)
            if not m:
                return False
            w = m.group(1)
            if "\n" in self.body[m.start(1):end] or (w.endswith(".") and not re.fullmatch(r"(?:[A-Z]\.)+|Mr\.|Mrs\.|Ms\.|Dr\.|Sen\.|Rep\.|Gov\.|St\.", w)):
                return False            # the previous sentence or paragraph
            if w.lower() in _OBJECT_CUE:
                if w == "of" and self._of_in_title(m.start(1)):
                    end = m.start(1)        # "Minister of Finance Chuang Tsui-yun": the "of" of a title, no object
                    continue
                return True
            if w in _TITLE_WORDS or w.lower() in _TITLE_WORDS or (w[:1].isupper() and w.lower() not in ("he", "she")):
                if self.body[m.end(1):end].strip().endswith(","):
                    return False        # "Carney, Canada's prime minister," is an appositive, not an object
                end = m.start(1)
                continue
            return False
        return False

    def _of_in_title(self, pos: int) -> bool:
        """The "of" at `pos` joins a capitalised title or body to its portfolio ("Minister of Finance", "Department of
        Statistics Director-General", "Bank of Canada governor"): the word before it is capitalised, on the same line,
        not a noun like "the wife of"."""
        m = _WORD_BACK.search(self.body, max(0, pos - 40), pos)
        return bool(m) and "\n" not in self.body[m.start(1):pos] and m.group(1)[:1].isupper()

    def candidates(self, start: int, end: int) -> list[Candidate]:
        out: list[Candidate] = []
        for m in self.people.mentions_in(start, end):
            if self.in_quote(m.start):
                continue
            possessive = self.body[m.end:m.end + 2] in ("’s", "'s")
            out.append(Candidate(m.start, m.end, m.person, not possessive and not self._is_object(m.start)))
        for m in _PRONOUN.finditer(self.body, start, end):
            if not self.in_quote(m.start()):
                out.append(Candidate(m.start(), m.end(), self.resolve_pronoun(m.start(), m.group(0)), not self._is_object(m.start())))
        for m in _ROLE_NOMINAL.finditer(self.body, start, end):
            if not self.in_quote(m.start()):
                p = self.person_with_role(m.group("role"), m.start())
                # "The president's comments followed a post in which he accused ...": a possessor, never a subject
                possessive = self.body[m.end():m.end() + 2] in ("’s", "'s")
                if p is not None:
                    out.append(Candidate(m.start(), m.end(), p, not possessive and not self._is_object(m.start())))
        out.sort(key=lambda c: c.pos)
        return [c for c in out if c.person is not None]

    def person_with_role(self, role: str, pos: int) -> Person | None:
        """"the prime minister said" -> the nearest person before `pos` holding that role."""
        role = role.lower()
        before = self.people.mentions_before(pos)
        for i in range(len(before) - 1, max(-1, len(before) - 200), -1):
            r = (before[i].person.role or "").lower()
            if r and (r == role or r.endswith(" " + role)):
                return before[i].person
        return None

    # -- subjects
    def subject_of(self, start: int, verb: int) -> Person | None:
        """The person who is the subject of the verb at `verb`, in the sentence part body[start:verb]."""
        start = max(start, verb - _WINDOW)           # a "sentence" longer than this is not prose
        cands = self.candidates(start, verb)
        if _WHICH_BEFORE.search(self.body, start, verb):
            return None                 # "... according to the White House, which spoke of a “...”": a thing's verb
        m = _WHO_BEFORE.search(self.body, start, verb)
        if m:                           # "... Sir Ed Davey, who urged him to be “...”": the relative's antecedent
            named = [c for c in cands if not self.body[c.end:m.start()].strip()]
            if named:
                return named[-1].person
        if cands and _RIGHT_BEFORE_VERB.fullmatch(self.body, cands[-1].end, verb) \
                and self.body[cands[-1].end:cands[-1].end + 2] not in ("’s", "'s"):
            return cands[-1].person     # "... and Mr. Trump told the audience that “...”"
        clause = start
        for m in _BOUNDARY.finditer(self.body, start, verb):
            if not self.in_quote(m.start()):
                clause = m.end()
        if clause > start:
            own = [c for c in self.candidates(clause, verb) if c.subject]
            if own:
                return own[0].person
            if _OWN_SUBJECT.match(self.body, clause, verb) and not self.in_quote(clause):
                return None     # "..., while the GMB warned the tariffs were ..."
        subj = [c for c in cands if c.subject]
        return subj[0].person if subj else None

    def resolve_pronoun(self, pos: int, pronoun: str) -> Person | None:
        """Pronouns are resolved in document order, so an earlier he/she is always settled first
        (no recursion down a long chain of "He said ... He added ...")."""
        if pos in self._pronoun_cache:
            return self._pronoun_cache[pos]
        self._pronoun_cache[pos] = None              # guards against cycles
        k = bisect_left(self._pronouns, pos)
        while self._settled < k:
            p = self._pronouns[self._settled]
            self._settled += 1
            if p not in self._pronoun_cache:
                self._pronoun_cache[p] = None
                self._pronoun_cache[p] = self._resolve(p, PRONOUN_GENDER.get(self.body[p:p + 3].strip().lower()))
        self._pronoun_cache[pos] = self._resolve(pos, PRONOUN_GENDER.get(pronoun.lower()))
        return self._pronoun_cache[pos]

    def antecedent_floor(self, pos: int) -> int:
        """Where the antecedent of a pronoun at `pos` may start: the paragraph before the pronoun's own (section
        headings and paragraphs that are one quotation and nothing else between them skipped: such a paragraph goes
        on with the speaker before it). News copy names a speaker again by the next paragraph but one; a "he said"
        with no one named that close belongs to someone the people reader did not recognise ("“...,” Yohan Lawrence of
        the Joint Apparel Associations Forum ... told Reuters." then "“...,” he added."), not to the last person it
        knows (d1235, d1251, d1383: Trump; nine writer batches of dev)."""
        k = first = bisect_right(self._para_starts, pos) - 2
        while k > 0 and (self._is_heading(*self._paras[k]) or self._is_quotation_only(*self._paras[k])):
            k -= 1
        if k == first and k > 0 and self._names_no_one(*self._paras[k]) and self._in_first_sentence(pos):
            k -= 1          # round 47: one paragraph of narration between the speaker's and the pronoun's
        return self._paras[k][0] if k >= 0 else 0

    def _in_first_sentence(self, pos: int) -> bool:
        """`pos` is in the first sentence of its paragraph, quotations aside ("“...,” he said.", "He said ...",
        "Second, he said, ..."): a sentence of narration before it may bring in a speaker the people reader does not
        know ("A lawyer for the small businesses that sued welcomed the decision. “...,” he said.", round 22c; "John
        Ricco of Yale University's Budget Lab put ...", d3783), who is then the nearer antecedent."""
        start = self._paras[bisect_right(self._para_starts, pos) - 1][0]
        narration = _QUOTATION.sub("", self.body[start:pos])
        return not _SENTENCE_BREAK.search(narration)

    def _names_no_one(self, start: int, end: int) -> bool:
        """A paragraph of narration that names, refers to and quotes no one ("Australia charges nothing on imports
        from the United States, ...", a paragraph of export figures): it does not change who is speaking, so a "he
        said" after it may still mean the person named in the paragraph before it (round 47: 13 labels of 11 writer
        batches in dev whose speaker is named two paragraphs up). A paragraph with a quotation keeps the floor: the
        speaker of its words may be someone the people reader did not recognise (d1235, d1251, d1383). Only right
        before the pronoun's paragraph: after a section heading the copy names the speaker again (d1734)."""
        return not (self.people.mentions_in(start, end) or _PRONOUN.search(self.body, start, end)
                    or _QUOTE_MARK.search(self.body, start, end))

    def _is_heading(self, start: int, end: int) -> bool:
        return not _SENTENCE_END.search(self.body, start, end) and len(self.body[start:end].split()) <= _HEADING_WORDS

    def _is_quotation_only(self, start: int, end: int) -> bool:
        """“...” as a paragraph of its own, or the opening paragraph of a quotation that runs on (no closing mark)."""
        text = self.body[start:end].strip()
        marks = len(_QUOTE_MARK.findall(text))
        return text[:1] in ("“", '"') and (marks == 1 or (marks == 2 and text[-1:] in ("”", '"')))

    def _resolve(self, pos: int, gender: str | None) -> Person | None:
        i = bisect_right(self._starts, pos) - 1
        fallback: Person | None = None
        floor = max(pos - _WINDOW, self.antecedent_floor(pos))
        for k in range(i, max(-1, i - 6), -1):
            s = self.sentences[k]
            if s.end < floor:
                break
            cands = [c for c in self.candidates(max(s.start, floor), min(pos, s.end + 1))
                     if c.person.gender in (None, gender) and c.pos < pos]
            subj = [c for c in cands if c.subject]
            if subj:
                return subj[0].person
            if cands and fallback is None:
                fallback = cands[-1].person
        return fallback
