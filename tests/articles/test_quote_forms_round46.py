"""Round 46 (xquotes46): quotation forms of Asian and European outlets' copy the quote reader missed on dev.

* A family-name-first name is referred to by its family name or, in Vietnamese copy, by its last given name, and a
  Western given name that is also a family name ("Kim Reynolds") leaves the last word the surname: both words are forms
  of the person. A hyphenated Chinese or Korean given name ("Lai Ching-te") makes the word before it the family name.
* A partial quotation whose own sentence names its speaker later, set off by commas (", he said, and ...", ", Cheah
  said.", ", the prime minister said."), is that speaker's.
* "went on" is a verb of speech; "Minister of Finance <Name>" is a subject, its "of" no object cue.
Guards: a spokesperson "for" a person is not the person; one quoted word between an article and its noun names a
thing; a ministry in the speaker slot gives no speaker."""
from __future__ import annotations

from inline import quote_pairs


def test_family_name_of_singapore_minister_resolves_the_pronoun():
    body = ("Singapore seeks better pharma deal\n\n"
            "Trade Minister Gan Kim Yong spoke to reporters on Tuesday.\n\n"
            "Pharmaceuticals make up more than a tenth of the city state's exports to the United States.\n\n"
            "Gan said Singapore was pressing for a better arrangement. \"We do look forward to having some "
            "preferential treatment,\" he said.")
    assert ("Gan Kim Yong", "We do look forward to having some preferential treatment") in quote_pairs(body)


def test_hyphenated_given_name_makes_the_family_name():
    body = ("Taiwan to keep talking\n\n"
            "President William Lai Ching-te spoke on Friday.\n\n"
            "The 20 per cent rate applies to most of the island's exports to the United States.\n\n"
            "Lai presented the rate as a stage of the talks. \"The US government has also expressed its willingness to "
            "proceed with further talks,\" he said.")
    assert ("William Lai Ching-te", "The US government has also expressed its willingness to proceed with further "
            "talks") in quote_pairs(body)


def test_last_word_of_a_western_name_with_family_like_given_name():
    body = ("Iowa governor backs tariffs\n\n"
            "Governor Kim Reynolds spoke at the state fair.\n\n"
            "\"My job is to protect Iowans,\" Reynolds said.")
    assert ("Kim Reynolds", "My job is to protect Iowans") in quote_pairs(body)


def test_partial_quote_attributed_later_in_its_sentence():
    body = ("How bad is the tariff news?\n\n"
            "Economist Brad Olsen of Infometrics looked at the deal.\n\n"
            "The country did not have much to \"give up\" in negotiations, he said, and a deal could have cost more.")
    assert ("Brad Olsen", "give up") in quote_pairs(body)


def test_went_on_is_speech():
    body = ("Lutnick confident\n\n"
            "Commerce Secretary Howard Lutnick spoke on CNBC.\n\n"
            "\"Switzerland will find its way over time,\" the commerce secretary went on.")
    assert ("Howard Lutnick", "Switzerland will find its way over time") in quote_pairs(body)


def test_minister_of_finance_is_the_subject():
    body = ("Taiwan ready\n\n"
            "Minister of Finance Chuang Tsui-yun yesterday told legislators that she \"would not speculate\" on "
            "retaliation.")
    assert ("Chuang Tsui-yun", "would not speculate") in quote_pairs(body)


def test_guards_spokesperson_for_a_thing_named_and_a_ministry():
    body = ("Ottawa replies\n\n"
            "Prime Minister Mark Carney met officials on Monday.\n\n"
            "The move was \"deeply unfair\" to farmers, a spokesperson for Carney said.\n\n"
            "Relief will come from a special \"resilience\" budget, Carney said, noting that 73 firms were hit.\n\n"
            "The measures were \"unjustified\", the ministry said in a statement.")
    assert not any(text in ("deeply unfair", "resilience", "unjustified") for _, text in quote_pairs(body))


def test_name_given_in_present_tense_is_a_label_past_tense_is_speech():
    body = ("Trump teases dividend\n\n"
            "President Donald Trump has set off an argument by proposing what he calls a \"tariff dividend\" for most "
            "Americans.\n\n"
            "He announced it after what he called a \"very friendly conversation\" with Carney.")
    got = quote_pairs(body)
    assert ("Donald Trump", "tariff dividend") not in got
    assert ("Donald Trump", "very friendly conversation") in got
