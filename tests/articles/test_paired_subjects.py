"""Round 22 (xtarget22): in a sentence of several rates, a later segment's country list pays its own rate when its
goods or an elliptic "with" stand between the list and the rate ("..., while European Union countries face a 20 percent
tariff", "India has been hit with a 25% levy and Taiwan with 20%"), instead of the earlier rate's country."""
from tests.articles.inline import tariff_tuples


def _targets(body: str, rate: float) -> set:
    return {t[1] for t in tariff_tuples(body) if t[3] == rate}


def test_later_segment_subject_with_goods_words_pays_its_rate():
    body = ("By comparison, salmon from the United Kingdom, Iceland, Chile, Australia and New Zealand will face a "
            "10 percent duty, while European Union countries face a 20 percent tariff.")
    assert _targets(body, 20.0) == {"EUU"}


def test_elliptic_with_pairs_the_country_with_its_rate():
    body = "Two of the region's biggest trading partners are among them: India has been hit with a 25% levy and Taiwan with 20%."
    assert _targets(body, 20.0) == {"TWN"}
    assert _targets(body, 25.0) == {"IND"}


def test_the_measure_owners_own_levy_is_not_a_payer():
    body = "The US raised its tariff on Chinese goods to 145%, while China's own levy stays at 125%."
    assert ("CHN", "USA", None, 125.0, "in_force") in tariff_tuples(body)


def test_a_share_of_exports_after_the_subject_is_no_rate_of_it():
    body = ("Bangladesh stands to lose as much as 14 percent of its exports to the United States because of the new "
            "20 percent reciprocal tariff on its goods.")
    assert 14.0 not in {t[3] for t in tariff_tuples(body)}
