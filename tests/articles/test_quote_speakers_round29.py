"""Round 29 (xquotes29): a surname that speaks a quotation ("“That's the confusion part,” Amin said.") is a person's
surname when the text also writes it after a given name ("Ali Amin grows and processes pistachios ..."), or when the
text only ever names the person so and says what the person is in apposition ("Roxburgh, of the New Zealand
International Business Forum, said"; LABELING.md people: surname only -> that surname).  Before, a speaker introduced
by what they do, not by a title, a role appositive or a speech verb next to the full name, was no person, and none of
their quotations had a speaker (tests/articles/quote_errors.py: 17 + 12 quotes in 10 writer batches of dev).
Guards: an organisation in the speaker slot stays no speaker; a surname of a longer name not read (a given name that
is also a title, "Dean Roberts") is not guessed; a surname of a person already read stays that person."""
from __future__ import annotations

from inline import article, quote_pairs

from tariffscope.articles import extract_facts


def _facts(body: str) -> dict:
    return extract_facts(article(body))


def _quotes(body: str) -> set[tuple]:
    return quote_pairs(body)


def test_surname_after_quote_is_the_person_named_before():
    body = ("Farm exporters confused by tariffs\n\n"
            "Ali Amin grows and processes pistachios in Kern County and runs a trading firm.\n\n"
            "\"That's the confusion part,\" Amin said. \"Nobody knows how to react to it.\"")
    facts = _facts(body)
    assert ("Ali Amin", "That's the confusion part") in {(q["speaker"], q["text"]) for q in facts["quotes"]}
    assert ("Ali Amin", "Nobody knows how to react to it.") in {(q["speaker"], q["text"]) for q in facts["quotes"]}
    assert "Ali Amin" in {p["name"] for p in facts["people"]}


def test_verb_before_surname_and_name_of_lower_case_body():
    body = ("South African car exports slump\n\n"
            "Sonja Carstens of the industry association said more than 1,800 jobs were lost.\n\n"
            "\"South Africa was subjected to a 30% blanket tariff,\" said Carstens.")
    assert ("Sonja Carstens", "South Africa was subjected to a 30% blanket tariff") in _quotes(body)


def test_surname_only_speaker_with_apposition():
    body = ("NZ exporters worse off than rivals\n\n"
            "Roxburgh, of the New Zealand International Business Forum (NZIBF), said exporters measured themselves "
            "against their rivals.\n\n"
            "\"All along, the idea has been to run faster than the guy next to us,\" Roxburgh said.")
    facts = _facts(body)
    assert ("Roxburgh", "All along, the idea has been to run faster than the guy next to us") in {
        (q["speaker"], q["text"]) for q in facts["quotes"]}
    assert "Roxburgh" in {p["name"] for p in facts["people"]}


def test_organisation_in_speaker_slot_stays_no_speaker():
    body = ("Trade slows\n\n"
            "World trade slowed in the first quarter.\n\n"
            "\"Uncertainty weighs on investment,\" Unctad said.")
    facts = _facts(body)
    assert not facts["quotes"]
    assert not facts["people"]


def test_longer_name_not_read_is_not_guessed():
    body = ("Saskatchewan stands with canola producers\n\n"
            "Dean Roberts, who chairs SaskOilseeds, said growers are paying for a dispute.\n\n"
            "\"Farmers are being used as a pawn,\" Roberts said.")
    assert "Roberts" not in {q["speaker"] for q in _facts(body)["quotes"]}


def test_surname_of_a_person_already_read_stays_that_person():
    body = ("Lula vows reciprocity\n\n"
            "Brazilian President Luiz Inácio Lula da Silva spoke on Thursday.\n\n"
            "\"We will respond,\" Lula said.")
    facts = _facts(body)
    assert ("Luiz Inácio Lula da Silva", "We will respond") in {(q["speaker"], q["text"]) for q in facts["quotes"]}
    assert "Luiz Inácio Lula" not in {p["name"] for p in facts["people"]}


# Round 29, second step: a quotation standing alone after a sentence of narration about a person, with nothing
# attributing it after it, is that person's ("He pointed to currency as well as customs. “There are ...”").

def test_quote_after_narration_about_a_named_person():
    body = ("Norway salmon exports slip\n\n"
            "Seafood exports to the US fell in August, said Christian Chramer, who runs the council as chief "
            "executive. He pointed to currency as well as customs. \"There are different customs tariffs for "
            "different countries.\"")
    assert ("Christian Chramer", "There are different customs tariffs for different countries.") in _quotes(body)


def test_quote_paragraph_after_narration_paragraph():
    body = ("Cognac shares jump\n\n"
            "French Foreign Minister Jean-Noël Barrot challenged the case from the start. Speaking during a visit to "
            "Beijing, Barrot explained what he had been told.\n\n"
            "\"I'm pleased to confirm that at the highest levels, I was assured this scenario will not happen.\"")
    assert ("Jean-Noël Barrot", "I'm pleased to confirm that at the highest levels, I was assured this scenario "
            "will not happen.") in _quotes(body)


def test_quote_attributed_after_it_keeps_its_own_speaker():
    body = ("India raises tariffs\n\n"
            "US President Donald Trump put the decision in writing in an executive order.\n\n"
            "\"India is importing Russian oil,\" the order states.")
    assert not _quotes(body)
    body = ("Japan surplus shrinks\n\n"
            "Prime Minister Shigeru Ishiba spoke on Monday.\n\n"
            "\"Manufacturers absorbed the costs,\" instead of raising prices, said Koki Akimoto, an economist.")
    assert ("Shigeru Ishiba", "Manufacturers absorbed the costs") not in _quotes(body)


def test_quote_after_narration_about_no_person_has_no_speaker():
    body = ("Copper buyers would pay\n\n"
            "The government has asked US officials for an exemption.\n\n"
            "\"That is a topic that's on the table.\"")
    assert not _quotes(body)


# Round 29, third step: a full stop right after the closing mark of a quotation inside a sentence ends that sentence;
# the "<Name> said" that opens the next one does not attribute the quotation.

def test_name_said_after_a_full_stop_outside_the_marks_is_a_new_sentence():
    body = ("Switzerland hails tariff cut\n\n"
            "The Swiss government described the meeting between Economics Minister Guy Parmelin and US Trade "
            "Representative Jamieson Greer as \"productive\". Parmelin said at a press conference that Swiss companies "
            "intend to invest $200 billion.")
    assert ("Guy Parmelin", "productive") not in _quotes(body)


def test_comma_after_the_marks_still_attributes():
    body = ("Switzerland hails tariff cut\n\n"
            "Economics Minister Guy Parmelin spoke on Friday. The deal is \"a good result for Switzerland\", "
            "Parmelin said.")
    assert ("Guy Parmelin", "a good result for Switzerland") in _quotes(body)


# Round 29, fourth step: "in his words" / "in her view" before a quotation in its sentence makes the words the
# pronoun's referent's.

def test_in_his_words_gives_the_quotation_to_the_pronouns_person():
    body = ("Trump sets 25% auto tariffs\n\n"
            "Peter Navarro, Trump's senior counselor for trade, lashed out at foreign rivals who, in his words, had "
            "reduced American manufacturing to a \"lower wage assembly operation for foreign parts.\"")
    assert ("Peter Navarro", "lower wage assembly operation for foreign parts.") in _quotes(body)


def test_in_her_view_at_the_sentence_start():
    body = ("Canada retaliates\n\n"
            "Foreign Minister Melanie Joly spoke in Ottawa. In her view, Washington justified the first round with "
            "\"exaggerated claims\" about the border.")
    assert ("Melanie Joly", "exaggerated claims") in _quotes(body)


def test_in_his_words_with_no_person_gives_no_speaker():
    body = ("Markets slide\n\n"
            "The index fell 2%. In his words, the sell-off was \"overdone\".")
    assert not _quotes(body)


def test_in_a_named_persons_own_words_as_an_intro_paragraph():
    body = ("Why is Trump putting tariffs on Australia?\n\n"
            "US President Donald Trump has announced reciprocal tariffs.\n\n"
            "In Mr Trump's own words:\n\n"
            "\"Reciprocal — that means they do it to us and we do it to them.\"")
    assert ("Donald Trump", "Reciprocal — that means they do it to us and we do it to them.") in _quotes(body)


def test_in_the_role_holders_words_after_the_quote():
    body = ("New wave of tariffs\n\n"
            "President Donald Trump posted the list on Thursday. Trucks: tariffs of 25% on \"all Heavy Trucks made in "
            "other parts of the World,\" in the President's words.")
    assert ("Donald Trump", "all Heavy Trucks made in other parts of the World") in _quotes(body)


# Round 29, sixth step: a verb whose object the quotation characterises after "as" ("condemned the move as
# “blackmail”") gives the words to its subject; the same words of the same speaker written twice are one quote.

def test_as_complement_of_a_persons_verb():
    body = ("EU weighs tariffs\n\n"
            "Dutch Foreign Minister David van Weel condemned the move as \"blackmail\", while others urged calm.")
    assert ("David van Weel", "blackmail") in _quotes(body)
    body = ("Shrimp exporters hit\n\n"
            "Nitin Awasthi, an analyst at InCred Equities, spoke on Monday. He summed up the situation as a "
            "\"short-term panic, long-term reset\".")
    assert ("Nitin Awasthi", "short-term panic, long-term reset") in _quotes(body)


def test_as_complement_of_a_non_person_verb_has_no_speaker():
    body = ("Ports brace\n\n"
            "President Donald Trump spoke on Monday. The port authority described nothing yet; the date the White "
            "House marked as a \"turning point\" passed quietly.")
    assert ("Donald Trump", "turning point") not in _quotes(body)


def test_same_words_of_the_same_speaker_are_one_quote():
    body = ("Prabowo hails \"new era\" as tariff falls\n\n"
            "Indonesian President Prabowo Subianto on Wednesday welcomed what he called a \"new era\" of ties.")
    facts = _facts(body)
    assert [q["speaker"] for q in facts["quotes"]].count("Prabowo Subianto") == 1


# Round 29, seventh step: more verbs of speech and stance govern a partial quotation (repeated, confirmed, reminded,
# asserted, attacked, lashed out at, blamed, thanked, spoke of, pointed to, credited); a ", which" before the verb
# makes a thing its subject, never the sentence's person.

def test_stance_verbs_govern_partial_quotes():
    body = ("Japan reacts\n\n"
            "Chief Cabinet Secretary Yoshimasa Hayashi repeated on Friday that the U.S. measures were "
            "\"extremely regrettable\".")
    assert ("Yoshimasa Hayashi", "extremely regrettable") in _quotes(body)
    body = ("China's surplus\n\n"
            "Customs vice minister Wang Jun spoke on Tuesday. Wang also spoke of \"profound changes\" in world trade.")
    assert ("Wang Jun", "profound changes") in _quotes(body)


def test_which_clause_verb_is_not_the_persons():
    body = ("Indonesia and US sign deal\n\n"
            "Trump and Prabowo confirmed their commitment to the deal, according to the White House, which spoke of a "
            "\"new golden age\" for the alliance.")
    assert not {q for q in _quotes(body) if q[1] == "new golden age"}


# Round 29, eighth step: "according to the <role>" before a partial quotation names the person holding that role;
# "pointed out" and "answered" govern a partial quotation.

def test_according_to_a_role_before_a_partial_quote():
    body = ("India's deficit narrows\n\n"
            "Commerce Secretary Rajesh Agarwal spoke on Monday. According to the Commerce Secretary, the November "
            "performance had \"evened out the losses in October\" after a weak month.")
    assert ("Rajesh Agarwal", "evened out the losses in October") in _quotes(body)


def test_pointed_out_governs_a_partial_quote():
    body = ("South Africa's surplus\n\n"
            "Economist Lara Hodes pointed out that vehicle export volumes had \"surprised on the upside\" in September.")
    assert ("Lara Hodes", "surprised on the upside") in _quotes(body)
