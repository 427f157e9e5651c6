"""Round 51 (xspeed51): speed with the facts unchanged. The speaker's-clause exemption pattern is searched from where its
first match can start (its verb and clause tail found first); the struck-down verb is tested before the stay scan; the
start-date patterns stand behind a look-ahead for their start words' first characters (prefilter.first_chars); the
range ends are memoised per sentence; LogReg drops vocabulary misses in C.  Each must give what the old form gave.
"""
from __future__ import annotations

import re

from inline import rate_statuses, tariff_tuples

from tariffscope.articles import logreg, prefilter, tariffs, timeline

_SAID_TEXTS = [
    "The White House said the levy will not apply to copper scrap, copper ores or copper cathodes.",
    "“We will fight,” he said; officials said later that smartphones would not be covered by the duty.",
    "In a long statement read out to reporters in the capital after a meeting of the cabinet that lasted well into the "
    "night and ended without agreement on the budget or on the timetable for talks, the minister said energy is exempt.",
    "The ministry credited the fact that semiconductors have been exempted from the tariffs for the jump.",
    "Carney said motorcycles would be left out of the Canadian measure, and added that trucks are exempt.",
    "Exporters said; nothing was exempt. 50% said so",
    "The fact that no goods are exempt %",
    "said aluminium is exempt",
    "Nobody explained anything about exemptions at all.",
]


def test_said_open_finds_what_the_search_from_zero_found():
    for text in _SAID_TEXTS + [t.upper() for t in _SAID_TEXTS] + [t.replace(" said", " said\n") for t in _SAID_TEXTS]:
        old = tariffs._EXEMPT_SAID_OPEN.search(text)
        new = tariffs._said_open(text)
        assert (old is None) == (new is None), text
        if old is not None:
            assert (old.span(), old.groupdict()) == (new.span(), new.groupdict()), text


def test_a_speakers_clause_after_a_quotation_still_reads(rules_only):
    body = ("Korea's exports jump\n\n"
            "Korean goods pay a 15% US tariff under the deal. “It is a relief,” an exporter said; "
            "the fact sheet said smartphones would not be covered.")
    lifted = {(t[2], t[3]) for t in tariff_tuples(body) if t[4] == "lifted"}
    assert ("smartphones", 15.0) in lifted
    # a semicolon after the cue ends the speaker's clause: no exemption is read from it
    body = ("Korea's exports jump\n\n"
            "Korean goods pay a 15% US tariff under the deal. The fact sheet said smartphones would not be covered; "
            "talks go on.")
    assert ("smartphones", 15.0) not in {(t[2], t[3]) for t in tariff_tuples(body) if t[4] == "lifted"}


def _old_struck(sentence: str) -> set[str]:
    if timeline._STRUCK_STAYED.search(sentence):
        return set()
    raw = re.compile(timeline._STRUCK_DOWN.pattern.pattern, re.I)
    if raw.search(sentence) is None:
        return set()
    return timeline._struck_measures(sentence)


def test_struck_measures_as_before():
    for text in ("The Supreme Court struck down the tariffs imposed under IEEPA.",
                 "The court struck down the IEEPA tariffs but stayed its ruling pending appeal.",
                 "Judges may strike down the reciprocal tariffs.", "Steel tariffs stay in place.", ""):
        assert timeline._struck_measures(text) == _old_struck(text)
    assert timeline._struck_measures("The Supreme Court struck down the tariffs imposed under IEEPA.")


def test_a_story_with_nothing_struck_down_keeps_its_rate_and_a_ruling_still_lifts():
    # lifted_with_struck_measure now returns before reading any rate's clause when no sentence strikes a measure down
    assert rate_statuses("The EU has paid a 15% reciprocal tariff since last summer. The ruling is due in June.") \
        == {(15.0, "in_force")}
    assert rate_statuses("The Supreme Court struck down the IEEPA tariffs in full. Japanese exporters faced a 15% "
                         "reciprocal tariff on cars.") == {(15.0, "lifted")}


def test_first_chars_and_the_start_dates():
    assert prefilter.first_chars(r"(?:from|[Oo]n)\s+\d") == frozenset("fOo")
    assert prefilter.first_chars(r"(?:all\s+)?start") == frozenset("as")
    for unknown in (r"\w+ing", r"(?=x)x", r"(?:a)?", r"(?i:from)"):
        assert prefilter.first_chars(unknown) is None
    assert prefilter.first_chars("from", re.I) is None
    plain = {rx: re.compile(re.sub(r"^\\b\(\?=\[[^\]]+\]\)", r"\\b", rx.pattern))
             for rx in (timeline.START_DATE, timeline.SENTENCE_START_DATE)}
    text = ("The 25% tariff takes effect on Aug. 7 and starting Monday the 10% rate applies. On 1 March, duties set to "
            "begin next week, from October 2025, as of today. Effective tomorrow. Starting Aug. 29, it comes into force "
            "on Tuesday; Officials begin in seven days. Kicks in at midnight on Friday.")
    for new, old in plain.items():
        assert old.pattern != new.pattern
        got = [(m.span(), m.groups()) for m in new.finditer(text)]
        assert got and got == [(m.span(), m.groups()) for m in old.finditer(text)]


def test_range_ends_memoised_and_the_same():
    text = "The duties run from 15.6% to 62.4%, up from 10% to 25% last year."
    assert tariffs._range_ends(text) == tariffs._range_ends.__wrapped__(text)
    assert tariffs.is_range(text, text.index("15.6")) and not tariffs.is_range(text, text.index("10%"))


def test_logreg_scores_as_the_plain_sum():
    model = logreg.LogReg({"a": 0, "b": 1, "c": 2}, [[0.1, -0.2, 0.3], [1.0, 2.0, -3.0]], [0.5, -0.5], ["x", "y"])
    for feats in (["a", "c", "z"], ["z"], [], ["a", "a", "b", "c"]):
        idx = [model.vocab[f] for f in set(feats) if f in model.vocab]
        assert model._scores(feats) == [b + sum(row[i] for i in idx) for b, row in zip(model.intercept, model.coef)]
