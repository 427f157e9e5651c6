"""Open a rendered report in headless Chromium (Debian's /usr/bin/chromium, driven by playwright) and report
what the browser saw: chart sizes, console errors, failed or non-local requests; optionally a screenshot.

playwright is a dev dependency: imported only here. Manual use (screenshot beside the report):
    .venv/bin/python -m tariffscope.report.browser [warehouse/report/index.html] [--screenshot PNG]
"""

from __future__ import annotations

import argparse
import shutil
import sys
from dataclasses import dataclass, field
from pathlib import Path

from tariffscope.settings import REPORT_DIR

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]
VIEWPORT = {"width": 1280, "height": 900}

_CHART_SIZES_JS = """
() => Array.from(document.querySelectorAll('figure svg')).map(svg => {
    const box = svg.getBoundingClientRect();
    return {chart: svg.getAttribute('data-chart'), width: box.width, height: box.height,
            marks: svg.querySelectorAll('path, rect, line, text').length};
})
"""


def chromium_path() -> Path | None:
    """/usr/bin/chromium, else a chromium on PATH; None when absent."""
    if CHROMIUM.exists():
        return CHROMIUM
    found = shutil.which("chromium") or shutil.which("chromium-browser")
    return Path(found) if found else None


@dataclass
class BrowserCheck:
    url: str
    charts: list[dict] = field(default_factory=list)          # {chart, width, height, marks}
    console_errors: list[str] = field(default_factory=list)   # console.error, CSP violations, page errors
    failed_requests: list[str] = field(default_factory=list)
    requests: list[str] = field(default_factory=list)         # every URL the page asked for
    screenshot: Path | None = None

    @property
    def external_requests(self) -> list[str]:
        return [u for u in self.requests if not u.startswith(("file:", "data:", "about:"))]


def check_report(html: Path, screenshot: Path | None = None, executable: Path | None = None) -> BrowserCheck:
    from playwright.sync_api import sync_playwright

    executable = executable or chromium_path()
    if executable is None:
        raise FileNotFoundError("no chromium executable (apt-get install chromium)")
    result = BrowserCheck(url=Path(html).resolve().as_uri())
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(executable), args=CHROMIUM_ARGS)
        try:
            page = browser.new_page(viewport=VIEWPORT)
            page.on("console", lambda m: result.console_errors.append(m.text) if m.type == "error" else None)
            page.on("pageerror", lambda e: result.console_errors.append(f"page error: {e}"))
            page.on("request", lambda r: result.requests.append(r.url))
            page.on("requestfailed", lambda r: result.failed_requests.append(f"{r.url}: {r.failure}"))
            page.goto(result.url, wait_until="load")
            result.charts = page.evaluate(_CHART_SIZES_JS)
            if screenshot is not None:
                Path(screenshot).parent.mkdir(parents=True, exist_ok=True)
                page.screenshot(path=str(screenshot), full_page=True)
                result.screenshot = Path(screenshot)
        finally:
            browser.close()
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Open the report in headless Chromium and save a screenshot.")
    parser.add_argument("html", nargs="?", default=str(REPORT_DIR / "index.html"))
    parser.add_argument("--screenshot", default=None, help="PNG path (default: screenshot.png beside the report)")
    args = parser.parse_args(argv)
    html = Path(args.html)
    shot = Path(args.screenshot) if args.screenshot else html.parent / "screenshot.png"
    check = check_report(html, shot)
    for chart in check.charts:
        print(f"chart {chart['chart']}: {chart['width']:.0f} x {chart['height']:.0f} px, {chart['marks']} marks")
    print(f"console errors: {check.console_errors or 'none'}")
    print(f"failed requests: {check.failed_requests or 'none'}; non-local requests: {check.external_requests or 'none'}")
    print(f"screenshot: {check.screenshot}")
    return 1 if check.console_errors or check.failed_requests or check.external_requests or not check.charts else 0


if __name__ == "__main__":
    sys.exit(main())
