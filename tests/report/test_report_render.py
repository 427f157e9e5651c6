"""The HTML report rendered from the bundled warehouse: figures, verdicts, escaping, offline, last-run tables."""

from __future__ import annotations

import re
import urllib.parse
from html.parser import HTMLParser
from pathlib import Path

import duckdb

from tariffscope import pipeline
from tariffscope.cli import main
from tariffscope.report import render_report
from tariffscope.validate import docs_dir
from tariffscope.warehouse import initialize

CHARTS = ("us-trade", "top-chapters", "tariff-exposure", "balance", "mirror")
# attributes through which a page fetches something (anchors are navigation, checked separately)
RESOURCE_ATTRS = {"src", "href", "xlink:href", "srcset", "data", "poster", "action", "formaction", "background"}
REMOTE = re.compile(r"^\s*(https?:)?//", re.I)


class Resources(HTMLParser):
    """Every (tag, attribute, value) that can load something, plus anchor hrefs and raw <style> text."""

    def __init__(self):
        super().__init__()
        self.loads: list[tuple[str, str, str]] = []
        self.anchors: list[str] = []
        self.tags: list[str] = []
        self.styles: list[str] = []
        self._in_style = False

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        self._in_style = tag == "style"
        for name, value in attrs:
            if value is None:
                continue
            if tag == "a" and name == "href":
                self.anchors.append(value)
            elif name in RESOURCE_ATTRS:
                self.loads.append((tag, name, value))
            if name == "style":
                self.styles.append(value)

    def handle_endtag(self, tag):
        self._in_style = False

    def handle_data(self, data):
        if self._in_style:
            self.styles.append(data)


def parse(markup: str) -> Resources:
    parser = Resources()
    parser.feed(markup)
    return parser


def section(markup: str, anchor: str) -> str:
    found = re.search(rf'<section id="{anchor}">(.*?)</section>', markup, re.S)
    assert found, f"no section {anchor}"
    return found.group(1)


def svg(markup: str, chart: str) -> str:
    found = re.search(rf'<svg data-chart="{chart}".*?</svg>', markup, re.S)
    assert found, f"no chart {chart}"
    return found.group(0)


# --- figures ---------------------------------------------------------------------------------------

def test_report_renders_to_index_html(bundled_report):  # no timed assertion: wall clock belongs in benchmarks/
    assert bundled_report.path.name == "index.html"
    assert bundled_report.html.startswith("<!DOCTYPE html>")
    for chart in CHARTS:
        assert "<text" in svg(bundled_report.html, chart)


def test_top_chapters_show_2024_us_imports_from_mexico_of_hs87(bundled_report):
    chapters = section(bundled_report.html, "chapters")
    assert "2024" in chapters
    # US imports from Mexico, HS 87 (vehicles), 2024: US$136,556,709,549 -> 136.56 (bar label and data table)
    assert "136.56" in svg(chapters, "top-chapters")
    assert re.search(r"<td>87</td><td>VEHICLES, EXCEPT RAILWAY[^<]*</td><td class=\"num\">136.56</td>", chapters)
    assert "Vehicles, except railway" in svg(chapters, "top-chapters")    # chapter descriptions on the axis


def test_us_trade_shows_2024_imports_from_mexico_and_names_one_source(bundled_report):
    trade = section(bundled_report.html, "trade")
    chart = svg(trade, "us-trade")
    assert "505.52" in chart                        # label on the 2024 point of imports from Mexico
    assert re.search(r"<td>Mexico</td><td class=\"num\">2024</td><td>US imports</td><td class=\"num\">505.52</td>", trade)
    assert "Source: US Census Bureau International Trade API (timeseries/intltrade)" in chart
    assert "Sources:" not in chart                  # one source, not a merge
    # the newspaper-reported 2024 total (505.851) is another source: not in this chart
    assert "505.85" not in trade
    assert "US$505.52B" in section(bundled_report.html, "overview")


def test_tariff_exposure_per_measure_with_covered_imports_and_duty(bundled_report):
    tariffs = section(bundled_report.html, "tariffs")
    chart = svg(tariffs, "tariff-exposure")
    assert "Section 232 automobiles (Proclamation 10908) · USA → MEX, 25.0%" in chart
    # covered imports 136.56 (HS 87 from Mexico) and estimated duty 25% of it = 34.14
    assert re.search(r"Section 232 automobiles \(Proclamation 10908\)</td><td>USA → MEX</td>.*?"
                     r"<td class=\"num\">136.56</td><td class=\"num\">34.14</td>", tariffs)
    assert "Measures not sized" in tariffs
    assert "Trade source" in chart


def test_balance_and_mirror_asymmetry(bundled_report):
    balance = section(bundled_report.html, "balance")
    assert "Bilateral trade balance by year" in svg(balance, "balance")
    mirror = svg(balance, "mirror")
    assert "MEX → USA 2023 (+0.57%)" in mirror and "MEX → CAN 2023 (-46.03%)" in mirror
    assert "Mexico Economy Ministry (SE)" in balance and "worldtradeflows.com" in balance   # both sides named


def test_claim_check_verdicts_colour_coded_with_sentence_and_evidence(bundled_report, read_db):
    claims = section(bundled_report.html, "claims")
    expected = dict(read_db.execute("select verdict, count(*) from claim_check group by all").fetchall())
    assert set(expected) == {"supported", "contradicted", "unverified"}
    for verdict, kind in (("supported", "ok"), ("contradicted", "bad"), ("unverified", "unk")):
        assert claims.count(f'<tr class="verdict-{verdict}">') == expected[verdict]
        assert f'<span class="badge {kind}">{verdict}</span>' in claims
    assert "Trade between Canada and Mexico reached $40.5 billion in 2024" in claims     # the sentence
    assert "likely CAD, not USD" in claims                                              # the explanation
    # the evidence: the partner's (mirror) figure from the US's preferred source (data/reference/source_preference.csv)
    assert "USA-reported total trade with CAN (mirror of CAN total trade), US Census 2024: US$761.79B" in claims
    assert "carney-sheinbaum-mexico-city.txt" in claims and "undated" in claims        # untitled, undated article


# --- offline and escaping ---------------------------------------------------------------------------

def test_report_is_self_contained_and_offline(bundled_report):
    page = parse(bundled_report.html)
    assert "script" not in page.tags and "iframe" not in page.tags
    remote = [(tag, attr, value) for tag, attr, value in page.loads if REMOTE.match(value)]
    assert remote == [], remote
    assert not [tag for tag in page.tags if tag in ("img", "link")]    # nothing to load at all
    css = "\n".join(page.styles)
    assert "@import" not in css and not re.search(r"url\(\s*['\"]?(https?:)?//", css, re.I)
    assert "@font-face" not in css
    assert "Content-Security-Policy" in bundled_report.html and "default-src 'none'" in bundled_report.html
    assert all(not REMOTE.match(href) for href in page.anchors)          # bundled articles have no URL


def test_data_docs_link_is_relative_to_the_report(bundled_report):
    anchors = [a for a in parse(bundled_report.html).anchors if a.endswith("index.html")]
    assert len(anchors) == 1
    href = anchors[0]
    assert not href.startswith(("/", "file:")) and not REMOTE.match(href)
    target = (bundled_report.path.parent / urllib.parse.unquote(href)).resolve()
    assert target == (docs_dir(bundled_report.warehouse) / "index.html").resolve()


def test_text_from_the_data_is_escaped(warehouse_copy, tmp_path):
    nasty = '<script>alert("x")</script> & <b>bold</b>'
    with duckdb.connect(str(warehouse_copy)) as con:
        con.execute("update article set title = ?, url = 'javascript:alert(1)'", [nasty])
        con.execute("update tariff_measure set measure_name = ? where measure_id = "
                    "(select measure_id from tariff_exposure where covered_imports_usd > 0 limit 1)", [nasty])
        con.execute("update hs_chapter set description = ? where code = '87'", [nasty])
    markup = render_report(warehouse_copy, tmp_path / "out").read_text(encoding="utf-8")
    assert "<script" not in markup.lower() and "<b>bold" not in markup
    assert "javascript:" not in markup                              # only http(s) article URLs become links
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &lt;b&gt;bold&lt;/b&gt;" in section(markup, "claims")
    assert "&lt;script&gt;" in svg(markup, "tariff-exposure")       # chart labels are escaped too (by vega)
    assert "&lt;script&gt;" in section(markup, "chapters")


# --- last run ----------------------------------------------------------------------------------------

def test_quarantine_and_failed_validation_of_the_last_run(warehouse_copy, tmp_path):
    bad = tmp_path / "flows_bad.csv"
    bad.write_text("reporter_iso3,partner_iso3,year,flow,value_usd,source,hs_code\n"
                   "USA,MEX,2024,import,136556709549,Test source,87\n"
                   "USA,XXA,2024,import,5,Test source,87\n")
    outcome = pipeline.ingest_file("trade", bad, warehouse_copy)
    assert outcome.status == "loaded"
    run = section(render_report(warehouse_copy, tmp_path / "out").read_text(encoding="utf-8"), "run")
    assert "flows_bad.csv" in run
    assert "expect_column_values_to_be_in_set(partner_iso3)" in run
    assert "row 2: <code>" in run and "XXA" in run                     # the sample row, escaped JSON
    assert '<span class="badge bad">1 failed</span>' in run            # trade_flow's latest validation
    assert "0 rows quarantined" not in run


def test_clean_run_reports_no_quarantine_and_all_checks_passed(bundled_report):
    run = section(bundled_report.html, "run")
    assert '<span class="badge ok">0 rows quarantined</span>' in run
    assert "failed</span>" not in run
    assert "data/trade/bilateral_trade_annual.csv" in run and "22/22" in run


# --- entry points -----------------------------------------------------------------------------------

def test_default_out_dir_and_cli(warehouse_copy, tmp_path, capsys):
    assert render_report(warehouse_copy) == warehouse_copy.parent / f"{warehouse_copy.stem}-report" / "index.html"
    out = tmp_path / "cli-out"
    assert main(["report", "--warehouse", str(warehouse_copy), "--out", str(out)]) == 0
    assert f"Report: {out / 'index.html'}" in capsys.readouterr().out
    assert (out / "index.html").stat().st_size > 10_000


def test_empty_warehouse_renders_without_charts(tmp_path):
    warehouse = tmp_path / "empty.duckdb"
    initialize(warehouse)
    markup = render_report(warehouse, tmp_path / "out").read_text(encoding="utf-8")
    assert "<svg" not in markup
    assert "No annual US totals" in markup and "No claims extracted" in markup and "No loads recorded" in markup
    assert Path(tmp_path / "out" / "index.html").exists()
