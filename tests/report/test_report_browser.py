"""The report in a real browser: headless Debian Chromium driven by playwright (no browser download)."""

from __future__ import annotations

import pytest

from tariffscope.report.browser import CHROMIUM, check_report

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not CHROMIUM.exists(), reason=f"{CHROMIUM} is absent: apt-get install chromium "
                                                     "(.ci/run does this when run as root)"),
]
playwright = pytest.importorskip("playwright.sync_api", reason="playwright (dev extra) is not installed")

CHARTS = {"us-trade", "top-chapters", "tariff-exposure", "balance", "mirror"}


def test_report_opens_from_disk_with_charts_and_no_errors(bundled_report, tmp_path):
    shot = tmp_path / "screenshot.png"
    check = check_report(bundled_report.path, screenshot=shot)
    assert check.url.startswith("file://")
    assert {c["chart"] for c in check.charts} == CHARTS
    for chart in check.charts:
        assert chart["width"] > 200 and chart["height"] > 100, chart
        assert chart["marks"] > 20, chart
    assert check.console_errors == []
    assert check.failed_requests == []
    assert check.external_requests == []
    assert shot.exists() and shot.stat().st_size > 50_000


def test_the_check_catches_a_remote_resource(tmp_path):
    """Control: a page that fetches from the network is reported (the report's CSP blocks such fetches)."""
    page = tmp_path / "remote.html"
    page.write_text('<!DOCTYPE html><html><head><meta http-equiv="Content-Security-Policy" '
                    "content=\"default-src 'none'\"></head><body><svg width=\"10\" height=\"10\"></svg>"
                    '<img src="https://cdn.example.invalid/logo.png"></body></html>')
    check = check_report(page)
    assert check.console_errors, "the CSP violation should be a console error"
