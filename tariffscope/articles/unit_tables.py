"""Tables and lists of bare numbers under one unit line (round 42, xtvtable42).

Statistics releases and data blogs state the unit once ("Monthly exports, imports ... in $ billion (month | exports |
imports | total trade | trade deficit):", "Euro area trade (bn €): Extra-euro area exports: June 2024 236.3; ...",
"in millions of dollars, were as follows: 2018, 33,356; 2019, 34,237", "imported the following in 2024, in millions
of dollars:" then "Steel: 31,499.5") and write the numbers bare, so no money pattern reads them. A cell is a number
with a decimal point or thousands groups in the unit line after the unit, or in the row lines right after it (pipes,
or "Label: ..."); its kind is its column header's, else its row label's, else the unit line's own flow word; its year
the period written just before it, else its row's, else the unit line's. A rate ("growth 0.4%"), a year, a bare
integer (a count, a page) or a row of a line that states money itself is no cell.
"""
from __future__ import annotations

import re

from .constants import TABLE_KIND_WORDS, TABLE_UNIT_CURRENCY, TABLE_UNIT_SCALE
from .context import Context
from .money import Money

_CUR = r"(?P<cur>US\$|USD|EUR|GBP|[$€£]|(?:US\s+|U\.S\.\s+)?dollars|euros|pounds)"
_SCALE = r"(?P<sc>billions?|millions?|bn|mn)"
# "in $ billion", "in millions of dollars"; "(US$ billion)", "(bn €)": each alternative with its own group names
_UNIT_IN = (r"\bin\s+(?:" + _CUR + r"\s*" + _SCALE
            + r"|" + _SCALE.replace("sc", "sc2") + r"\s+of\s+" + _CUR.replace("cur", "cur2") + r")\b")
_UNIT_PAREN = (r"\(\s*(?:" + _CUR.replace("cur", "cur3") + r"\s*" + _SCALE.replace("sc", "sc3")
               + r"|" + _SCALE.replace("sc", "sc4") + r"\s*" + _CUR.replace("cur", "cur4") + r")\s*\)")
_UNIT = re.compile(_UNIT_IN + r"|" + _UNIT_PAREN)
# a cell: thousands grouped (by comma or, as statistics offices write them, a space) or a decimal; never before a
# percent sign, a letter or another digit group
_CELL = re.compile(r"(?<![\w.,$€£¥-])(?P<neg>-)?(?P<num>\d{1,3}(?:[, \u00a0]\d{3})+(?:\.\d+)?|\d+\.\d+)"
                   r"(?![\w%]|[.,]\d|\s?(?:%|per\s?cent|percent))")
_YEAR = re.compile(r"\b(?P<y>(?:19|20)\d\d)\b|\b[A-Z][a-z]{2,8}-(?P<yy>\d\d)\b")
_ROW_LABEL = re.compile(r"^\s*[^:\d|]{1,60}:\s*\S")
_KINDS = [(kind, re.compile(r"\b(?:" + rx + r")\b", re.I)) for kind, rx in TABLE_KIND_WORDS]
_ROWS_AFTER = 12


def unit_tables(ctx: Context, monies_by_sentence: dict) -> dict[int, list[tuple[Money, dict]]]:
    """Sentence index -> the (amount, flow) of each cell of a table under a unit line; the flow is
    {"parties", "year", "kind"} with the story's reporter as the one party (a table's figures are the reporter's own)."""
    out: dict[int, list[tuple[Money, dict]]] = {}
    if ctx.reporter is None:
        return out
    for si, sent in enumerate(ctx.sentences):
        m = _UNIT.search(sent.text)
        if m is None or monies_by_sentence.get(si):
            continue
        unit = _unit_of(m)
        header = _header(sent.text[m.end():])
        lead = sent.text[:m.start()]
        rows = [(si, m.end())] + [(k, 0) for k in _row_sentences(ctx, si, monies_by_sentence)]
        for k, start in rows:
            cells = _row_cells(ctx.sentences[k].text, start, unit, header, lead, ctx.reporter)
            if cells:
                out[k] = cells
    return out


def _unit_of(m: re.Match) -> tuple[str, float]:
    cur = next(m.group(g) for g in ("cur", "cur2", "cur3", "cur4") if m.group(g))
    sc = next(m.group(g) for g in ("sc", "sc2", "sc3", "sc4") if m.group(g))
    return TABLE_UNIT_CURRENCY[" ".join(cur.split())], TABLE_UNIT_SCALE[sc.lower()]


def _header(tail: str) -> list[str] | None:
    """The column names of a pipe table the unit line announces ("(month | exports | imports | total trade)")."""
    m = re.search(r"\(([^()]*\|[^()]*)\)", tail)
    return [c.strip() for c in m.group(1).split("|")] if m else None


def _row_sentences(ctx: Context, si: int, monies_by_sentence: dict) -> list[int]:
    """The rows right after the unit line: lines of pipes or "Label: numbers" stating no money of their own."""
    out = []
    for k in range(si + 1, min(si + 1 + _ROWS_AFTER, len(ctx.sentences))):
        text = ctx.sentences[k].text
        if monies_by_sentence.get(k) or not _CELL.search(text) or not ("|" in text or _ROW_LABEL.match(text)):
            break
        out.append(k)
    return out


def _row_cells(text: str, start: int, unit: tuple[str, float], header, lead: str, reporter: str) -> list:
    cur, scale = unit
    cells = list(_CELL.finditer(text, start))
    if not cells:
        return []
    head = text[start:cells[0].start()]
    label = head.rsplit(":", 1)[0].rsplit(":", 1)[-1] if ":" in head else ""
    row_kind = _kind(label) or (None if header else _kind(lead))
    row_year = _last_year(head) or _last_year(lead)
    out, prev = [], start
    for c in cells:
        value = float(re.sub(r"[,\s\u00a0]", "", c.group("num")))
        kind = _column_kind(text, start, c.start(), header) if header else row_kind
        if kind == "balance":
            kind = "trade_deficit" if c.group("neg") else "trade_surplus"
        year = _last_year(text[prev:c.start()]) or row_year
        prev = c.end()
        if kind is None or value * scale < 1e5:
            continue
        mo = Money(c.start(), c.end(), round(value * scale, 2), cur)
        out.append((mo, {"parties": [reporter], "year": year, "kind": kind}))
    return out


def _column_kind(text: str, start: int, at: int, header: list[str]) -> str | None:
    col = text[start:at].count("|")
    return _kind(header[col]) if col < len(header) else None


def _kind(words: str) -> str | None:
    return next((kind for kind, rx in _KINDS if rx.search(words)), None)


def _last_year(text: str) -> int | None:
    years = list(_YEAR.finditer(text))
    if not years:
        return None
    y = years[-1]
    return int(y.group("y")) if y.group("y") else 2000 + int(y.group("yy"))
