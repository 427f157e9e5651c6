"""Round 19: a trade-remedy story's company list ("- Maanshan Iron and Steel Co., Ltd: 4.76 per cent", "- All others:
21.31%", "- BYD: 17.4%" under an intro naming the exporters) gives rates of the story's measure: the goods are the
story's (never the company's name), the target the country of the list's heading or intro, the status the intro's
(LABELING.md round 9: company-specific margins, target the company's country)."""
from __future__ import annotations

from datetime import date

from inline import tariff_tuples

PUBLISHED = date(2025, 9, 5)


def test_company_names_with_commas_are_list_lines_of_the_measure():
    body = ("Malaysia keeps anti-dumping duties on cold rolled coils from China\n\n"
            "Malaysia will keep anti-dumping duties on cold rolled coils from China, the ministry said.\n\n"
            "Duties for Chinese exporters are set company by company:\n\n"
            "- Maanshan Iron and Steel Co., Ltd: 4.76 per cent\n\n"
            "- Other Chinese producers and exporters: 26.38 per cent")
    got = {(t[0], t[1], t[2], t[3]) for t in tariff_tuples(body, PUBLISHED)}
    assert ("MYS", "CHN", "cold rolled coils", 4.76) in got
    assert ("MYS", "CHN", "cold rolled coils", 26.38) in got


def test_a_brand_is_no_product_and_the_heading_names_the_target():
    body = ("Commerce sets preliminary anti-dumping duties on solar cells\n\n"
            "Importers will post cash deposits at these rates on solar cells from next week:\n\n"
            "Malaysia\n\n"
            "- JinkoSolar: 21.31%\n\n"
            "- All others: 81.24%")
    got = tariff_tuples(body, PUBLISHED)
    assert {t[2] for t in got} == {"solar cells"}
    assert {t[1] for t in got} == {"MYS"}


def test_a_list_of_goods_in_a_safeguard_story_keeps_its_goods():
    body = ("Egypt imposes provisional safeguard duties on steel\n\n"
            "Egypt imposed provisional safeguard duties on steel imports, as follows:\n\n"
            "- Hot-rolled coils: 13.6%\n\n"
            "- Galvanized steel: 12.16%")
    assert {t[2] for t in tariff_tuples(body, PUBLISHED)} == {"hot-rolled coils", "galvanized steel"}
