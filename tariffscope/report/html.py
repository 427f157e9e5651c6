"""The page: one HTML file, inline CSS, inline SVG charts, no JavaScript, nothing fetched.

Every string from the warehouse goes through esc() (html.escape); numbers are formatted here.
A Content-Security-Policy meta tag blocks any network fetch the page could still attempt.
"""

from __future__ import annotations

import datetime as dt
import html
import math
from typing import Any, Iterable, Sequence

CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'"

CSS = """
:root { --ink: #1d1d1f; --muted: #5f6368; --line: #e3e3e3; --bg: #f7f7f5;
        --ok: #1a7f37; --ok-bg: #dafbe1; --bad: #b42318; --bad-bg: #fee4e2; --unk: #8a6d00; --unk-bg: #fff4c2; }
* { box-sizing: border-box; }
body { margin: 0; font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, Helvetica, Arial, sans-serif;
       color: var(--ink); background: var(--bg); }
header { background: #1f2937; color: #fff; padding: 18px 32px; }
header h1 { margin: 0 0 4px; font-size: 22px; }
header p { margin: 0; color: #cbd5e1; font-size: 13px; }
header code { background: #374151; color: #f9fafb; }
td.nowrap { white-space: nowrap; }
nav { padding: 8px 32px; background: #fff; border-bottom: 1px solid var(--line); font-size: 13px; }
nav a { margin-right: 16px; color: #1d4ed8; text-decoration: none; }
main { max-width: 1180px; margin: 0 auto; padding: 8px 32px 48px; }
section { background: #fff; border: 1px solid var(--line); border-radius: 8px; padding: 16px 20px; margin: 18px 0; }
h2 { font-size: 18px; margin: 0 0 6px; }
h3 { font-size: 15px; margin: 18px 0 4px; }
p.note { color: var(--muted); margin: 4px 0 10px; font-size: 13px; }
figure { margin: 8px 0; overflow-x: auto; }
figure svg { max-width: 100%; height: auto; display: block; }
details { margin: 6px 0 0; }
summary { cursor: pointer; color: #1d4ed8; font-size: 13px; }
table { border-collapse: collapse; width: 100%; font-size: 12.5px; margin: 6px 0; }
th, td { border-bottom: 1px solid var(--line); padding: 5px 7px; text-align: left; vertical-align: top; }
th { background: #f3f4f6; font-weight: 600; white-space: nowrap; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
.kpis { display: flex; flex-wrap: wrap; gap: 12px; margin: 8px 0 2px; }
.kpi { flex: 1 1 200px; border: 1px solid var(--line); border-radius: 8px; padding: 10px 14px; background: #fafafa; }
.kpi .label { color: var(--muted); font-size: 12px; }
.kpi .value { font-size: 22px; font-weight: 650; }
.kpi .delta { font-size: 12px; color: var(--muted); }
.badge { display: inline-block; padding: 1px 8px; border-radius: 10px; font-size: 12px; font-weight: 600;
         white-space: nowrap; }
.verdict-supported .badge, .badge.ok { color: var(--ok); background: var(--ok-bg); }
.verdict-contradicted .badge, .badge.bad { color: var(--bad); background: var(--bad-bg); }
.verdict-unverified .badge, .badge.unk { color: var(--unk); background: var(--unk-bg); }
tr.verdict-supported td:first-child { border-left: 4px solid var(--ok); }
tr.verdict-contradicted td:first-child { border-left: 4px solid var(--bad); }
tr.verdict-unverified td:first-child { border-left: 4px solid var(--unk); }
blockquote { margin: 0; padding-left: 8px; border-left: 3px solid var(--line); color: #333; }
code { font: 12px ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; background: #f3f4f6; padding: 0 3px;
       border-radius: 3px; word-break: break-all; }
.muted { color: var(--muted); }
.article-meta { color: var(--muted); font-size: 12.5px; margin-bottom: 4px; }
footer { color: var(--muted); font-size: 12px; text-align: center; padding: 12px; }
"""


def esc(value: Any) -> str:
    """Text from the data, escaped; None -> empty."""
    if value is None:
        return ""
    if isinstance(value, float) and math.isnan(value):
        return ""
    return html.escape(str(value), quote=True)


def busd(value: float | None, digits: int = 2) -> str:
    """US$ figure in billions: 136556709549 -> '136.56'."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "–"
    return f"{value / 1e9:,.{digits}f}"


def pct(value: float | None, signed: bool = True) -> str:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "–"
    return f"{value:+.2f}%" if signed else f"{value:.2f}%"


def number(value: Any) -> str:
    if value is None:
        return "–"
    if isinstance(value, float):
        return f"{value:,.2f}"
    if isinstance(value, int):
        return f"{value:,}"
    return str(value)


def when(value: Any) -> str:
    """A date or timestamp as plain text (not escaped: pass it to table() or esc())."""
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        return value.strftime("%Y-%m-%d %H:%M:%S")
    return str(value)


class Cell:
    """Pre-rendered markup for a table cell (already escaped by its builder)."""

    def __init__(self, markup: str, cls: str = ""):
        self.markup, self.cls = markup, cls


def table(headers: Sequence[str | tuple[str, str]], rows: Iterable[Sequence[Any]],
          row_classes: Sequence[str] | None = None, caption: str | None = None) -> str:
    """headers: 'name' or ('name', 'num'); cells: Cell (markup) or plain values (escaped here)."""
    head = "".join(f'<th class="{h[1]}">{esc(h[0])}</th>' if isinstance(h, tuple) else f"<th>{esc(h)}</th>"
                   for h in headers)
    body = []
    for i, row in enumerate(rows):
        cls = f' class="{esc(row_classes[i])}"' if row_classes and row_classes[i] else ""
        cells = []
        for cell in row:
            if isinstance(cell, Cell):
                cells.append(f'<td class="{cell.cls}">{cell.markup}</td>' if cell.cls else f"<td>{cell.markup}</td>")
            else:
                cells.append(f"<td>{esc(cell)}</td>")
        body.append(f"<tr{cls}>{''.join(cells)}</tr>")
    cap = f"<caption>{esc(caption)}</caption>" if caption else ""
    return f"<table>{cap}<thead><tr>{head}</tr></thead><tbody>{''.join(body)}</tbody></table>"


def num(value: str) -> Cell:
    """An already formatted number (no data text in it)."""
    return Cell(esc(value), "num")


def badge(text: str, kind: str) -> Cell:
    return Cell(f'<span class="badge {esc(kind)}">{esc(text)}</span>')


def figure(svg: str, data_table: str | None = None, note: str | None = None) -> str:
    """An SVG from charts.to_svg (markup produced by vl-convert, whose text is XML-escaped) and its data."""
    parts = [f"<figure>{svg}</figure>"]
    if note:
        parts.append(f'<p class="note">{note}</p>')
    if data_table:
        parts.append(f"<details><summary>Data behind the chart</summary>{data_table}</details>")
    return "".join(parts)


def section(anchor: str, heading: str, body: str, intro: str | None = None) -> str:
    intro_html = f'<p class="note">{intro}</p>' if intro else ""
    return f'<section id="{esc(anchor)}"><h2>{esc(heading)}</h2>{intro_html}{body}</section>'


def page(title: str, subtitle: str, sections: list[tuple[str, str, str]], footer: str) -> str:
    """sections: (anchor, nav label, section markup)."""
    nav = "".join(f'<a href="#{esc(a)}">{esc(label)}</a>' for a, label, _ in sections)
    body = "\n".join(markup for _, _, markup in sections)
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="{CSP}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>{esc(title)}</title>
<style>{CSS}</style>
</head>
<body>
<header><h1>{esc(title)}</h1><p>{subtitle}</p></header>
<nav>{nav}</nav>
<main>
{body}
</main>
<footer>{footer}</footer>
</body>
</html>
"""
