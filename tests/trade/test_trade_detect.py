"""Format auto-detection, errors for unreadable files, the canonical reader's encodings."""

from __future__ import annotations

import pytest

from tariffscope.source import SourceError
from tariffscope.trade import detect_format, read_trade


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        ("typeCode,freqCode,refYear,refMonth,reporterCode,flowCode,partnerCode,cmdCode,primaryValue", "comtrade"),
        ("Year,Trade Flow Code,Reporter Code,Partner Code,Commodity Code,Trade Value (US$)", "comtrade-legacy"),
        ("t,i,j,k,v,q", "baci"),
        ("CTY_CODE,CTY_NAME,GEN_VAL_MO,YEAR,MONTH", "census"),
        ("reporter_iso3,partner_iso3,year,flow,value_usd,source", "canonical"),
    ],
)
def test_detects_each_format_from_the_header(tmp_path, header, expected):
    path = tmp_path / "f.csv"
    path.write_text(header + "\n")
    assert detect_format(path) == expected


def test_detects_census_json(tmp_path):
    path = tmp_path / "f.json"
    path.write_text('[["CTY_CODE","CTY_NAME","ALL_VAL_MO","YEAR","MONTH"],\n["1220","CANADA","1","2024","01"]]')
    assert detect_format(path) == "census"


def test_nothing_matches_lists_what_was_expected(tmp_path):
    path = tmp_path / "f.csv"
    path.write_text("alpha,beta,gamma\n1,2,3\n")
    with pytest.raises(SourceError) as info:
        read_trade(path)
    message = str(info.value)
    assert "\n" not in message
    assert "alpha, beta, gamma" in message
    for name in ("comtrade", "comtrade-legacy", "baci", "census", "canonical", "primaryValue", "GEN_VAL_MO"):
        assert name in message


def test_empty_file(tmp_path):
    path = tmp_path / "f.csv"
    path.write_text("")
    with pytest.raises(SourceError, match="empty file"):
        read_trade(path)


def test_binary_file_is_named_as_such(tmp_path):
    path = tmp_path / "export.csv"
    path.write_bytes(b"PK\x03\x04\x14\x00\x06\x00\x08\x00\x00\x00!\x00\xb6\xf1")  # an .xlsx saved as .csv
    with pytest.raises(SourceError, match=r"export.csv: line 1: binary data or text that is not UTF-8"):
        read_trade(path)


def test_missing_file(tmp_path):
    with pytest.raises(SourceError, match="no such file"):
        read_trade(tmp_path / "nope.csv")


def test_option_for_another_format_is_refused(tmp_path):
    path = tmp_path / "f.csv"
    path.write_text("reporter_iso3,partner_iso3,year,flow,value_usd,source\nUSA,CAN,2024,export,1,x\n")
    with pytest.raises(SourceError, match="country_codes"):
        read_trade(path, country_codes=tmp_path / "codes.csv")
    assert read_trade(path, country_codes=None).frame.height == 1


def test_canonical_latin1_text(tmp_path):
    path = tmp_path / "f.csv"
    path.write_bytes("reporter_iso3,partner_iso3,year,flow,value_usd,source,notes\nUSA,CAN,2024,export,1,x,Qu\xe9bec\n".encode("latin-1"))
    assert read_trade(path).frame["notes"].to_list() == ["Qu\u00e9bec"]


def test_bundled_canonical_files_read(tmp_path):
    from tariffscope.settings import DATA_DIR

    source = read_trade(DATA_DIR / "trade" / "bilateral_trade_by_product.csv")
    assert source.source_format == "canonical"
    assert source.rows_in == source.frame.height == 392
    assert source.frame["hs_code"].str.starts_with("0").any()
