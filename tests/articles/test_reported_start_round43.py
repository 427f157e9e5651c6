"""Round 43 (xstatusstart43): a measure's start told in reported speech dates the rates told before it.

"A White House official said the reciprocal tariffs would start on April 9." after a rundown of the new rates (dev d1342),
"China's Ministry of Finance said on Friday that its additional tariffs on American imports would be imposed from April
10." (d3050): round 18/37's later rate-free start sentence, with its measure as the subject of the reported clause
(tariffs._reported_named).  A possessive makes the measure the speaker's; the speaker's "it" is no measure.
"""
from datetime import date

from inline import rate_statuses


def test_a_reported_start_dates_the_rates_before_it():
    body = ("Trump unveiled new tariffs on Wednesday. Among the highest duties were those on China, at 34 per cent, and "
            "Vietnam, at 46 per cent. A White House official said the reciprocal tariffs would start on April 9.")
    assert rate_statuses(body, date(2025, 4, 3)) == {(34.0, "announced"), (46.0, "announced")}


def test_a_reported_possessive_start_dates_only_the_speaker_measure():
    body = ("Washington's tariffs on Chinese goods now stand at 20%. Beijing hit back with a 34% tariff on all US goods. "
            "China's Ministry of Finance said on Friday that its additional tariffs on American imports would be "
            "imposed from April 10.")
    assert rate_statuses(body, date(2025, 4, 4)) == {(20.0, "in_force"), (34.0, "announced")}


def test_the_speaker_it_is_no_measure():
    # 22%, not the real 25% countermeasure, whose calendar dates (round 53) would decide the status instead of the text
    body = ("The EU imposes a 22% tariff on US motorcycles. The EU executive said it had received the vote of approval "
            "and expected to start collecting the duties from next week.")
    assert rate_statuses(body, date(2025, 4, 9)) == {(22.0, "in_force")}
