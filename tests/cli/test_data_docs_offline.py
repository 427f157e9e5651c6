"""Issue 14 item 9: the Data Docs index works offline: tables as static HTML, no dead scripts or outside links.
The docs are built once for this module (GX's site builder takes seconds): every test here reads the same build."""

from __future__ import annotations

import re

import pytest

from tariffscope.report.browser import chromium_path
from tariffscope.validate import build_data_docs, validate_frame
from tests.test_validate import trade_rows


@pytest.fixture(scope="module")
def index(tmp_path_factory):
    validate_frame("trade_flow", trade_rows(value_usd=-1.0))
    folder = tmp_path_factory.mktemp("docs")
    index = build_data_docs(folder / "w.duckdb")
    assert index == folder / "w-docs" / "index.html"  # beside the warehouse, named after it
    return index


def test_no_page_or_stylesheet_loads_anything_remote(index):
    pages = [p.read_text() for p in index.parent.rglob("*.html")] + [p.read_text() for p in index.parent.rglob("*.css")]
    remote = re.compile(r"<(script|img)[^>]+src=[\"']https?://|<link[^>]+href=[\"']https?://|url\(['\"]?https?://", re.I)
    assert not [m.group(0) for page in pages for m in [remote.search(page)] if m]
    html = index.read_text()
    assert 'id="offline-index"' in html and "expectations/trade_flow.html" in html


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
