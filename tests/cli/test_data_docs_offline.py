"""Issue 14 item 9: the Data Docs index works offline: tables as static HTML, no dead scripts or outside links."""

from __future__ import annotations

import re

import pytest

from tariffscope.report.browser import chromium_path
from tariffscope.validate import build_data_docs, validate_frame
from tests.test_validate import trade_rows


@pytest.fixture(scope="module")
def index(tmp_path_factory):
    validate_frame("trade_flow", trade_rows(value_usd=-1.0))
    return build_data_docs(tmp_path_factory.mktemp("docs") / "w.duckdb")


def test_the_index_tables_are_static_html_with_a_link_per_row(index):
    html = index.read_text(encoding="utf-8")
    assert "<script" not in html and "bootstrapTable" not in html and "Clear Filters" not in html
    assert "<footer" not in html and "newsletter" not in html
    assert set(re.findall(r'href="(https?://[^"]*)"', html)) == {"https://greatexpectations.io"}  # the credit line only
    tables = re.findall(r'<table id="([\w-]+)" class="offline-table">.*?<tbody>(.*?)</tbody>', html, flags=re.S)
    assert len(tables) == 2 and all(body.count("<tr>") >= 1 for _, body in tables)
    assert 'href="expectations/trade_flow.html"' in html


def test_every_page_has_no_script_left(index):
    pages = list(index.parent.rglob("*.html"))
    assert len(pages) > 2 and not [p for p in pages if "<script" in p.read_text(encoding="utf-8")]


@pytest.mark.browser
@pytest.mark.skipif(chromium_path() is None, reason="no chromium (apt-get install chromium)")
def test_the_index_opens_in_a_browser_without_errors_or_requests(index):
    pytest.importorskip("playwright.sync_api")
    from tariffscope.report.browser import check_report

    check = check_report(index)
    assert check.console_errors == [] and check.failed_requests == [] and check.external_requests == []
