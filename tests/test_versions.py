"""Reader versions: "unchanged" must mean same file and same reader, including the model weights it ships."""

from tariffscope import versions


def test_an_article_reader_version_covers_the_shipped_model_weights():
    names = {path.name for path in versions.reader_files("article_tariff")}
    assert {"tariffs.py", "trade_values.py", "tariff_model.json", "trade_model.json"} <= names


def test_trade_reader_version_covers_every_trade_reader_and_not_the_article_models():
    names = {path.name for path in versions.reader_files("trade_flow")}
    assert {"baci.py", "census.py", "comtrade.py", "normalize.py"} <= names
    assert "trade_model.json" not in names


def test_dimensions_share_the_reference_reader():
    assert versions.reader_version("country") == versions.reader_version("fx_rate")
    assert versions.reader_version("country") != versions.reader_version("trade_flow")
