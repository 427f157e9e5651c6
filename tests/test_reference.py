from tariffscope.reference import country_frame, hs_chapter_frame, lookup


def test_country_dimension_covers_every_code_the_bundled_data_uses():
    countries = country_frame()
    assert {"USA", "CAN", "MEX", "CHN", "WLD", "EUU"} <= set(countries["iso3"])
    assert countries.filter(iso3="EUU")["name"].item() == "European Union"   # the EU as one party (articles)
    assert countries["iso3"].is_unique().all()


def test_comtrade_codes_that_are_not_iso_numeric_resolve():
    comtrade = lookup("comtrade_code")
    assert (comtrade["842"], comtrade["251"], comtrade["699"], comtrade["124"], comtrade["0"]) == ("USA", "FRA", "IND", "CAN", "WLD")


def test_census_country_codes():
    census = lookup("census_code")
    assert (census["1220"], census["2010"], census["5700"], census["-"]) == ("CAN", "MEX", "CHN", "WLD")


def test_hs_chapters_keep_leading_zeros():
    chapters = hs_chapter_frame()
    assert chapters.height == 98
    assert chapters.filter(code="01")["description"].item() == "LIVE ANIMALS"
    assert "77" not in set(chapters["code"])  # reserved by the WCO
