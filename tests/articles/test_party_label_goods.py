"""Round 22: a rate's goods are not read from words that name a party or a verb (LABELING.md: product null when
the rate covers all goods of the target)."""
from datetime import date
from tests.articles.inline import tariff_tuples


def test_dateline_label_names_no_goods():
    got = tariff_tuples("KUALA LUMPUR: The 19% tariff that Washington has imposed on Malaysian exports is a fair "
                        "and balanced result, the minister said.")
    assert ("USA", "MYS", None, 19.0, "in_force") in got
    assert not any(t[2] for t in got)


def test_label_naming_a_person_of_the_story_names_no_goods():
    body = ("Zafrul: 19% US tariff fair, ties intact\n\n"
            "Trade minister Tengku Datuk Seri Zafrul Abdul Aziz said on Thursday that talks with Washington went well.")
    assert tariff_tuples(body) == {("USA", None, None, 19.0, "in_force")}


def test_caption_and_news_kickers_name_no_goods():
    got = tariff_tuples("Photo caption: Norway's 15% US tariff has applied since August 7.")
    assert got == {("USA", "NOR", None, 15.0, "in_force")}
    got = tariff_tuples("The news: On Saturday, Trump put 25% tariffs on Canada and Mexico.")
    # the status is the learned decision's (retrained with the corpus); the goods are what this test is about
    assert ("USA", "CAN", None, 25.0) in {t[:4] for t in got} and not any(t[2] for t in got)


def test_digest_label_still_names_goods():
    assert ("USA", None, "carpets", 52.9, "in_force") in {(t[0], None, t[2], t[3], t[4]) for t in tariff_tuples(
        "Carpets: 52.9%\n\nThe United States imposed the duties on Indian goods.")}


def test_ships_as_the_verb_of_sending_goods_is_no_product():
    # dated as real news is (round 53: the learned status reads the calendar of measures at `published`)
    got = tariff_tuples("Cambodia has won a 19% tariff rate on the goods it ships to the United States.", date(2025, 9, 1))
    assert ("USA", "KHM", None, 19.0, "in_force") in got
    got = tariff_tuples("Since 5 April almost every country that ships to the US has paid a 10pc tariff.")
    assert got and not any(t[2] == "ships" for t in got)


def test_goods_named_only_as_producers_are_not_the_rates_goods():
    got = tariff_tuples("Sri Lanka's clothing industry faces hard times unless the island secures a rate below the "
                        "30 percent tariff US President Donald Trump has slapped on its goods.")
    assert got == {("USA", "LKA", None, 30.0, "in_force")}
    got = tariff_tuples("Italy's food and drink exporters could lose 2 billion euros a year if the 25% duties "
                        "announced by the Trump administration come into force.")
    assert got and not any(t[2] for t in got)


def test_goods_named_again_beside_their_producers_stay():
    got = tariff_tuples("South Korea's steel industry is bracing for another hit after Washington said it would double "
                        "its tariffs on imports of steel to 50%.")
    assert any(t[2] == "steel" and t[3] == 50.0 for t in got)
