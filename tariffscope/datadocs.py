"""Great Expectations' Data Docs made to work offline, as plain HTML.

GX's pages link bootstrap, jQuery, font-awesome and vega on CDNs, and its index fills its tables from inline
scripts (`$('#…').bootstrapTable({columns: […], data: […]})`). Offline none of that runs, so after every build:

- the CDN links and remote images are removed and a small inline stylesheet keeps the pages readable;
- each script-filled table is written out as a static HTML table from the script's own columns and data
  (every row links to its page), and the scripts, their "Clear Filters" toolbars and GX's footers (newsletter
  and tutorial links) are removed;
- the index starts with a plain list of every suite and validation result page.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

_REMOTE_ASSET = re.compile(r"<(script|link|img)\b[^>]*(?:src|href)=[\"']https?://[^>]*>(?:\s*</script>)?", re.I)
_REMOTE_CSS_URL = re.compile(r"url\(['\"]?https?://[^)]*\)", re.I)
_SCRIPT = re.compile(r"<script\b[^>]*>(.*?)</script>", re.S | re.I)
_TOOLBAR = re.compile(r'<div id="[^"]*-toolbar"[^>]*>.*?</div>', re.S)
_FOOTER = re.compile(r"<footer\b.*?</footer>", re.S | re.I)
_BOOTSTRAP_TABLE = re.compile(r"\$\('#([\w-]+)'\)\.bootstrapTable\(")
_OFFLINE_STYLE = """<style>
body{font-family:system-ui,sans-serif;margin:1.5rem;color:#222} table{border-collapse:collapse;margin:.5rem 0}
td,th{border:1px solid #ccc;padding:.25rem .5rem;vertical-align:top} .collapse{display:block}
.text-success,.fa-check-circle{color:#1a7f37} .text-danger,.fa-times{color:#c62828} nav,.navbar{display:none}
.fa-check-circle::before{content:"\\2714"} .fa-times::before,.fa-times-circle::before{content:"\\2718"}
.fa-exclamation-triangle::before{content:"!"} .cooltip .top{display:none}
</style>"""


def _bracketed(text: str, start: int) -> str:
    """The [...] literal that opens at text[start] (brackets inside quoted strings are skipped)."""
    depth, quote, i = 0, None, start
    while i < len(text):
        char = text[i]
        if quote:
            if char == "\\":
                i += 1
            elif char == quote:
                quote = None
        elif char in "'\"":
            quote = char
        elif char == "[":
            depth += 1
        elif char == "]":
            depth -= 1
            if depth == 0:
                return text[start:i + 1]
        i += 1
    raise ValueError("unbalanced brackets")


def table_specs(html: str) -> dict[str, tuple[list[dict], list[dict]]]:
    """table id -> (columns, rows) from the page's bootstrapTable calls."""
    specs = {}
    for script in _SCRIPT.findall(html):
        match = _BOOTSTRAP_TABLE.search(script)
        if not match:
            continue
        try:
            columns = ast.literal_eval(_bracketed(script, script.index("columns:", match.end()) + len("columns: ")))
            rows = ast.literal_eval(_bracketed(script, script.index("data:", match.end()) + len("data: ")))
        except (ValueError, SyntaxError):
            continue  # a layout GX may change: the offline index still links every page
        specs[match.group(1)] = (columns, rows)
    return specs


def static_table(table_id: str, columns: list[dict], rows: list[dict]) -> str:
    """The table as HTML; the cells are GX's own markup; each row's first cell links to its page."""
    head = "".join(f"<th>{c.get('title', c['field'])}</th>" for c in columns)
    body = []
    for row in rows:
        cells = [str(row.get(c["field"], "")) for c in columns]
        link = row.get("_table_row_link_path")
        if link and cells and "<a " not in cells[0]:
            cells[0] = f'<a href="{link}">{cells[0]}</a>'
        body.append("<tr>" + "".join(f"<td>{cell}</td>" for cell in cells) + "</tr>")
    return f'<table id="{table_id}" class="offline-table"><thead><tr>{head}</tr></thead><tbody>{"".join(body)}</tbody></table>'


def static_page(html: str) -> str:
    """One page without scripts: script-filled tables written out, toolbars and footers removed."""
    for table_id, (columns, rows) in table_specs(html).items():
        empty = re.compile(rf'<table\s[^>]*id="{re.escape(table_id)}"[^>]*>\s*</table>', re.S)
        html = empty.sub(lambda m: static_table(table_id, columns, rows), html, count=1)
    return _FOOTER.sub("", _TOOLBAR.sub("", _SCRIPT.sub("", html)))


def offline_index(site: Path) -> str:
    """A plain list of every suite and validation result page, at the top of the index."""
    def links(pages: list[Path]) -> str:
        return "".join(f'<li><a href="{p.relative_to(site).as_posix()}">{p.relative_to(site).parent.as_posix()}/{p.stem}</a></li>'
                       for p in pages)
    suites = sorted(site.glob("expectations/*.html"))
    results = sorted(site.glob("validations/**/*.html"), key=lambda p: p.parent.name, reverse=True)
    return (f'<section id="offline-index"><h2>Expectation suites</h2><ul>{links(suites)}</ul>'
            f'<h2>Validation results (newest first)</h2><ul>{links(results)}</ul></section>')


def make_offline(site: Path) -> int:
    """Rewrite every page of the site for offline use; returns the number of files rewritten."""
    files = 0
    for page in [*site.rglob("*.html"), *site.rglob("*.css")]:
        text = _REMOTE_CSS_URL.sub("none", _REMOTE_ASSET.sub("", page.read_text(encoding="utf-8")))
        if page.suffix == ".html":
            text = static_page(text)
            if _OFFLINE_STYLE not in text:
                text = text.replace("</head>", _OFFLINE_STYLE + "</head>", 1)
        page.write_text(text, encoding="utf-8")
        files += 1
    index = site / "index.html"
    if index.exists():
        html = re.sub(r'<section id="offline-index">.*?</section>', "", index.read_text(encoding="utf-8"), flags=re.S)
        index.write_text(re.sub(r"(<body[^>]*>)", lambda m: m.group(1) + offline_index(site), html, count=1), encoding="utf-8")
    return files
