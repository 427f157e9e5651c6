"""render_report: warehouse -> <out_dir>/index.html (self-contained, offline)."""

from __future__ import annotations

import datetime as dt
import os
import time
import urllib.parse
from pathlib import Path

import polars as pl

from tariffscope.report import charts, queries
from tariffscope.report.html import (Cell, badge, busd, esc, figure, num, number, page, pct, section, table,
                                     when)
from tariffscope.target import Warehouse
from tariffscope.validate import docs_dir

VERDICTS = ("supported", "contradicted", "unverified")
VERDICT_KIND = {"supported": "ok", "contradicted": "bad", "unverified": "unk"}
STATUS_KIND = {"loaded": "ok", "unchanged": "ok", "rejected": "bad", "failed": "bad"}


def default_out_dir(warehouse: Path) -> Path:
    from tariffscope.settings import report_dir

    return report_dir(warehouse)


def render_report(warehouse: Path, out_dir: Path | None = None) -> Path:
    """Write the HTML report of `warehouse` to out_dir/index.html (default: report/ beside the warehouse)."""
    started = time.perf_counter()
    warehouse = Warehouse.of(warehouse)
    out_dir = Path(out_dir).resolve() if out_dir else default_out_dir(warehouse)
    data = queries.load(warehouse)          # the warehouse is closed again before rendering
    out_dir.mkdir(parents=True, exist_ok=True)
    target = out_dir / "index.html"
    markup = build_page(data, warehouse, out_dir, started)
    tmp = target.with_name(f".{target.name}.{os.getpid()}.tmp")
    tmp.write_text(markup, encoding="utf-8")
    os.replace(tmp, target)
    return target


def build_page(data: queries.ReportData, warehouse: Path, out_dir: Path, started: float) -> str:
    sections = [
        ("overview", "Overview", overview(data)),
        ("trade", "US trade", trade_section(data)),
        ("chapters", "Top chapters", chapters_section(data)),
        ("tariffs", "Tariff exposure", tariffs_section(data)),
        ("balance", "Balance & mirror", balance_section(data)),
        ("claims", "Claim check", claims_section(data)),
        ("run", "Last run", run_section(data, warehouse, out_dir)),
    ]
    generated = dt.datetime.now(dt.timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    as_of = when(data.data_as_of) or "no loads yet"
    subtitle = f"Warehouse <code>{esc(warehouse.file_name)}</code> · data as of {esc(as_of)} · generated {esc(generated)}"
    footer = (f"tariffscope report · {esc(generated)} · built in {time.perf_counter() - started:.1f} s · "
              "self-contained: no scripts, no network")
    return page("tariffscope: US–Canada–Mexico trade, tariffs and claims", subtitle, sections, footer)


def empty(message: str) -> str:
    return f'<p class="note">{esc(message)}</p>'


# --- sections ---------------------------------------------------------------------------------------

def overview(data: queries.ReportData) -> str:
    trade = data.us_trade
    cards = []
    if trade.height:
        year = int(trade["year"].max())
        for row in trade.filter(pl.col("year") == year).sort("partner_iso3", "flow").iter_rows(named=True):
            direction = "exports to" if row["flow"] == "export" else "imports from"
            change = (f"{pct(row['change_pct'])} vs {year - 1}" if row["change_pct"] is not None else "no prior year")
            cards.append(f'<div class="kpi"><div class="label">US {direction} {esc(charts.country(row["partner_iso3"]))}'
                         f', {year}</div><div class="value">US${busd(row["value_usd"])}B</div>'
                         f'<div class="delta">{esc(change)}</div></div>')
    claims = data.claims
    counts = {v: claims.filter(pl.col("verdict") == v).height for v in VERDICTS}
    verdicts = " ".join(f'<span class="badge {VERDICT_KIND[v]}">{counts[v]} {v}</span>' for v in VERDICTS)
    articles = claims["article_id"].n_unique() if claims.height else 0
    cards.append(f'<div class="kpi"><div class="label">Claims checked in {articles} article(s)</div>'
                 f'<div class="value">{claims.height}</div><div class="delta">{verdicts}</div></div>')
    intro = ("Figures in US$ billion unless stated. Each chart reads one trade source, named in its subtitle "
             "(the source with the most rows); sources are never summed together.")
    return section("overview", "Overview", f'<div class="kpis">{"".join(cards)}</div>', intro)


def trade_section(data: queries.ReportData) -> str:
    frame = data.us_trade
    if not frame.height:
        return section("trade", "US trade with Canada and Mexico", empty("No annual US totals with Canada or Mexico."))
    svg = charts.to_svg(charts.us_trade(frame), "us-trade")
    wide = frame.sort("partner_iso3", "year", "flow")
    rows = [(charts.country(r["partner_iso3"]), num(str(r["year"])), charts.FLOW_NAMES.get(r["flow"], r["flow"]),
             num(busd(r["value_usd"])), num(pct(r["change_pct"])))
            for r in wide.iter_rows(named=True)]
    tbl = table(["Partner", ("Year", "num"), "Flow", ("US$ billion", "num"), ("Change vs previous year", "num")], rows)
    return section("trade", "US trade with Canada and Mexico", figure(svg, tbl),
                   "From the trade_trend view (hs_code TOTAL, annual), both flows as reported by the United States.")


def chapters_section(data: queries.ReportData) -> str:
    frame = data.top_chapters
    if not frame.height:
        return section("chapters", "Top HS chapters of US imports", empty("No HS-2 import figures."))
    svg = charts.to_svg(charts.top_chapters(frame), "top-chapters")
    rows = [(charts.country(r["partner_iso3"]), num(str(r["rank"])), r["hs_code"], r["description"],
             num(busd(r["value_usd"])), num(f"{100 * r['value_usd'] / r['partner_total_usd']:.1f}%"))
            for r in frame.iter_rows(named=True)]
    tbl = table(["Partner", ("Rank", "num"), "HS", "Chapter", ("US$ billion", "num"), ("Share of HS-2 total", "num")],
                rows)
    year = int(frame["year"].max())
    return section("chapters", f"Top HS chapters of US imports, {year}", figure(svg, tbl),
                   f"The latest year with chapter-level figures ({year}); descriptions from hs_chapter.")


def tariffs_section(data: queries.ReportData) -> str:
    frame, unsized = data.tariff_exposure, data.tariff_unsized
    if frame.height:
        svg = charts.to_svg(charts.tariff_exposure(frame), "tariff-exposure")
        rows = [(r["measure_name"], f"{r['imposing_iso3']} → {r['target_iso3'] or 'all'}", num(f"{r['rate_pct']:g}%"),
                 when(r["effective_date"]) or "never", when(r["end_date"]), r["usmca_exempt"],
                 r["covered_chapters"], num(busd(r["covered_imports_usd"])), num(busd(r["estimated_duty_usd"])),
                 r["note"], Cell(f'<span class="muted">{esc(r["trade_source"])}</span>'))
                for r in frame.iter_rows(named=True)]
        tbl = table(["Measure", "Scope", ("Rate", "num"), "In force from", "Until", "USMCA exempt", "HS chapters",
                     ("Covered imports US$B", "num"), ("Estimated duty US$B", "num"), "Note", "Trade source"], rows)
        body = figure(svg, tbl)
    else:
        body = empty("No tariff measure could be sized against import figures.")
    if unsized.height:
        rows = [(r["measure_name"], f"{r['imposing_iso3']} → {r['target_iso3'] or 'all'}", num(f"{r['rate_pct']:g}%"),
                 r["note"]) for r in unsized.iter_rows(named=True)]
        body += (f"<h3>Measures not sized ({unsized.height})</h3>"
                 + table(["Measure", "Scope", ("Rate", "num"), "Why"], rows))
    year = int(frame["year"].max()) if frame.height else None
    return section("tariffs", f"Tariff exposure per measure, {year or 'no year'}", body,
                   "From the tariff_exposure view: imports of the covered HS chapters (all goods: the total) from the "
                   "target in the latest year with figures, and covered imports × rate as the estimated duty.")


def balance_section(data: queries.ReportData) -> str:
    frame, mirror = data.balance, data.mirror
    body = ""
    if frame.height:
        svg = charts.to_svg(charts.balance(frame), "balance")
        rows = [(f"{r['reporter_iso3']} – {r['partner_iso3']}", num(str(r["year"])), num(busd(r["exports_usd"])),
                 num(busd(r["imports_usd"])), num(busd(r["balance_usd"])))
                for r in frame.iter_rows(named=True)]
        body += figure(svg, table(["Reporter – partner", ("Year", "num"), ("Exports US$B", "num"),
                                  ("Imports US$B", "num"), ("Balance US$B", "num")], rows))
    else:
        body += empty("No bilateral totals.")
    body += "<h3>Mirror asymmetry</h3>"
    if mirror.height:
        svg = charts.to_svg(charts.mirror(mirror), "mirror")
        rows = [(num(str(r["year"])), f"{r['exporter_iso3']} → {r['importer_iso3']}",
                 num(busd(r["exporter_reported_usd"])), r["exporter_source"],
                 num(busd(r["importer_reported_usd"])), r["importer_source"], num(pct(r["asymmetry_pct"])))
                for r in mirror.iter_rows(named=True)]
        tbl = table([("Year", "num"), "Exporter → importer", ("Exporter-reported US$B", "num"), "Exporter's source",
                     ("Importer-reported US$B", "num"), "Importer's source", ("Asymmetry", "num")], rows)
        body += figure(svg, None, None) + tbl
    else:
        body += empty("No year has figures from both sides of a pair.")
    return section("balance", "Bilateral balance and mirror asymmetry", body,
                   "From the bilateral_balance view. Mirror asymmetry compares what one side reports exporting with "
                   "what the other reports importing (CIF vs FOB, timing, origin attribution and re-exports differ).")


def claims_section(data: queries.ReportData) -> str:
    claims = data.claims
    if not claims.height:
        return section("claims", "Claim check", empty("No claims extracted from articles."))
    body = []
    legend = " ".join(f'<span class="badge {VERDICT_KIND[v]}">{v}</span>' for v in VERDICTS)
    for article_id in claims["article_id"].unique(maintain_order=True).to_list():
        rows = claims.filter(pl.col("article_id") == article_id)
        first = rows.row(0, named=True)
        published = when(first["published"]) or "undated"
        meta = [f"published {esc(published)}", f"file <code>{esc(first['source_file'])}</code>"]
        if first["url"] and first["url"].lower().startswith(("https://", "http://")):   # never javascript: etc.
            meta.append(f'<a href="{esc(first["url"])}" rel="noopener noreferrer">original article</a>')
        counts = ", ".join(f"{rows.filter(pl.col('verdict') == v).height} {v}" for v in VERDICTS)
        label = first["article_label"] if first["has_title"] else f"Untitled article ({first['article_label']})"
        cells, classes, previous = [], [], None
        for r in rows.iter_rows(named=True):
            if r["sentence"] == previous:
                sentence = Cell('<span class="muted">↑ same sentence</span>')
            else:
                sentence = Cell(f"<blockquote>{esc(r['sentence'])}</blockquote>")
            previous = r["sentence"]
            evidence = esc(r["evidence"]) or '<span class="muted">no evidence found</span>'
            if r["evidence_source"]:
                evidence += f'<br><span class="muted">source: {esc(r["evidence_source"])}</span>'
            if r["other_evidence_count"]:
                evidence += f'<br><span class="muted">{int(r["other_evidence_count"])} other candidate(s)</span>'
            cells.append((badge(r["verdict"], VERDICT_KIND.get(r["verdict"], "unk")),
                          r["claim_type"].replace("_", " "),
                          sentence,
                          r["claim"], Cell(evidence), num(pct(r["gap_pct"])), r["explanation"]))
            classes.append(f"verdict-{r['verdict']}")
        body.append(f"<h3>{esc(label)}</h3><div class=\"article-meta\">{' · '.join(meta)} · {esc(counts)}</div>"
                    + table(["Verdict", "Type", "Sentence", "Claim", "Evidence", ("Gap", "num"), "Explanation"],
                            cells, classes))
    intro = (f"From the claim_check view: every number an article states beside the official figure it should "
             f"match. {legend}")
    return section("claims", "Claim check", "".join(body), intro)


def docs_link(warehouse: Path, out_dir: Path) -> str:
    index = docs_dir(warehouse) / "index.html"
    relative = Path(os.path.relpath(index, out_dir)).as_posix()
    link = f'<a href="{esc(urllib.parse.quote(relative))}">Data Docs</a>'
    if not index.exists():
        link += ' <span class="muted">(not built yet: <code>tariffscope run</code> builds them)</span>'
    return link


def run_section(data: queries.ReportData, warehouse: Path, out_dir: Path) -> str:
    loads, quarantine, validation = data.last_loads, data.quarantine, data.validation
    parts = [f'<p>Validation details per expectation, with samples: {docs_link(warehouse, out_dir)}.</p>']
    if loads.height:
        rows = [(r["source_file"], r["table_name"], badge(r["status"], STATUS_KIND.get(r["status"], "unk")),
                 Cell(esc(when(r["finished_at"])), "nowrap"), num(number(r["rows_in"])), num(number(r["rows_loaded"])),
                 num(number(r["quarantined_now"])), num(number(r["rows_filtered"])),
                 num(f"{r['checks_passed']}/{r['checks_total']}" if r["checks_total"] is not None else "–"),
                 r["message"])
                for r in loads.iter_rows(named=True)]
        parts.append("<h3>Loads</h3>" + table(
            ["Source file", "Table", "Status", "Finished", ("Rows in", "num"), ("Loaded", "num"),
             ("Quarantined", "num"), ("Filtered", "num"), ("Checks passed", "num"), "Message"], rows))
    else:
        parts.append(empty("No loads recorded yet."))
    total_q = int(quarantine["n_rows"].sum()) if quarantine.height else 0
    parts.append("<h3>Quarantine</h3>")
    if quarantine.height:
        rows = [(r["table_name"], r["source_file"], r["expectation"], num(number(r["n_rows"])),
                 Cell("<br>".join(f"row {int(n)}: <code>{esc(s)}</code>"
                                  for n, s in zip(r["sample_row_numbers"], r["sample_rows"]))))
                for r in quarantine.iter_rows(named=True)]
        parts.append(f'<p class="note">{total_q} quarantined row-failure(s) in the current loads.</p>'
                     + table(["Table", "Source file", "Failed expectation", ("Rows", "num"), "Sample rows"], rows))
    else:
        parts.append('<p><span class="badge ok">0 rows quarantined</span> in the current loads.</p>')
    parts.append("<h3>Validation</h3>")
    if validation.height:
        summary = (validation.group_by("table_name", maintain_order=True)
                   .agg(pl.col("validated_at").max(), pl.col("success").sum().alias("passed"), pl.len().alias("total")))
        rows = [(r["table_name"], when(r["validated_at"]), num(f"{r['passed']}/{r['total']}"),
                 badge("all passed" if r["passed"] == r["total"] else f"{r['total'] - r['passed']} failed",
                       "ok" if r["passed"] == r["total"] else "bad"))
                for r in summary.iter_rows(named=True)]
        parts.append(table(["Table", "Validated", ("Expectations passed", "num"), "Result"], rows))
        failed = validation.filter(~pl.col("success"))
        if failed.height:
            rows = [(r["table_name"], r["expectation"], r["level"], num(number(r["unexpected_count"])),
                     Cell(f"<code>{esc(r['unexpected_sample'])}</code>" if r["unexpected_sample"] else ""))
                    for r in failed.iter_rows(named=True)]
            parts.append("<h4>Failed expectations</h4>" + table(
                ["Table", "Expectation", "Level", ("Unexpected", "num"), "Sample"], rows))
    else:
        parts.append(empty("No validation results yet."))
    return section("run", "Last run: loads, quarantine and validation", "".join(parts),
                   "The latest load of every source file. A file skipped as unchanged reports the quarantine and "
                   "validation of the load that wrote its rows.")
