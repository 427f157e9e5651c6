"""Vega-Altair charts rendered to inline SVG by vl-convert (offline, no JavaScript in the page).

Every chart reads a frame from queries.py, states its source in its subtitle and returns SVG markup whose
ids are prefixed per chart (several SVGs share one HTML document).
"""

from __future__ import annotations

import html
import re
import textwrap

import altair as alt
import polars as pl
import vl_convert as vlc

PARTNER_NAMES = {"CAN": "Canada", "MEX": "Mexico", "USA": "United States"}
PARTNER_COLORS = {"Canada": "#d55e00", "Mexico": "#009e73", "United States": "#0072b2"}
FLOW_NAMES = {"export": "US exports", "import": "US imports"}
# Arial metrics everywhere (Liberation Sans on Linux is metric-compatible): vl-convert lays labels out with
# the same widths the browser draws them with, so axis labels and legends don't overflow or overlap.
FONT = "Arial, 'Liberation Sans', Helvetica, sans-serif"
WIDTH = 760


def country(iso3: str | None) -> str:
    return PARTNER_NAMES.get(iso3 or "", iso3 or "all")


def wrap(text: str, width: int = 110) -> list[str]:
    return textwrap.wrap(text, width) or [""]


def title(text: str, subtitle: str | list[str]) -> alt.TitleParams:
    lines = subtitle if isinstance(subtitle, list) else wrap(subtitle)
    return alt.TitleParams(text, subtitle=lines, anchor="start", fontSize=15, subtitleFontSize=11,
                           subtitleColor="#555", offset=12)


def source_line(sources: list[str] | str, prefix: str = "Source") -> list[str]:
    sources = [sources] if isinstance(sources, str) else sources
    label = prefix if len(sources) == 1 else prefix + "s"
    return wrap(f"{label}: " + "; ".join(sources))


def configure(chart: alt.TopLevelMixin) -> alt.TopLevelMixin:
    return (chart.configure(font=FONT, background="white")
            .configure_axis(labelFontSize=11, titleFontSize=11, gridColor="#e6e6e6")
            .configure_legend(labelFontSize=11, titleFontSize=11, orient="top")
            .configure_view(stroke=None))


_ID = re.compile(r'\bid="([^"]+)"')


def to_svg(chart: alt.TopLevelMixin, key: str) -> str:
    """Render with vl-convert; ids (clip paths, gradients) get a per-chart prefix so inline SVGs don't clash."""
    spec = configure(chart).to_dict()
    svg = vlc.vegalite_to_svg(spec, allowed_base_urls=[])   # data is inline: no fetch, even at render time
    for old in set(_ID.findall(svg)):
        new = f"{key}-{old}"
        svg = (svg.replace(f'id="{old}"', f'id="{new}"').replace(f"url(#{old})", f"url(#{new})")
               .replace(f'href="#{old}"', f'href="#{new}"'))
    label = html.escape(spec.get("description") or key, quote=True)
    return svg.replace("<svg ", f'<svg data-chart="{key}" role="img" aria-label="{label}" ', 1)


def billions(frame: pl.DataFrame, *columns: str) -> pl.DataFrame:
    return frame.with_columns([(pl.col(c) / 1e9).round(2).alias(c.replace("_usd", "_busd")) for c in columns])


# --- charts -----------------------------------------------------------------------------------------

def us_trade(frame: pl.DataFrame) -> alt.Chart:
    """US exports to and imports from Canada and Mexico by year (one source)."""
    data = billions(frame, "value_usd").with_columns(
        pl.col("partner_iso3").replace_strict(PARTNER_NAMES, default=pl.col("partner_iso3")).alias("partner"),
        pl.col("flow").replace_strict(FLOW_NAMES, default=pl.col("flow")).alias("flow_name"),
    ).select("year", "partner", "flow_name", "value_busd", "change_pct")
    partners = sorted(data["partner"].unique().to_list())
    color = alt.Color("partner:N", title="Partner",
                      scale=alt.Scale(domain=partners, range=[PARTNER_COLORS.get(p, "#777") for p in partners]))
    dash = alt.StrokeDash("flow_name:N", title="Flow",
                          scale=alt.Scale(domain=["US exports", "US imports"], range=[[1, 0], [6, 3]]))
    base = alt.Chart(data).encode(
        x=alt.X("year:O", title=None, axis=alt.Axis(labelAngle=0)),
        y=alt.Y("value_busd:Q", title="US$ billion", scale=alt.Scale(zero=False)),
        color=color,
    )
    latest = data.filter(pl.col("year") == data["year"].max())
    labels = alt.Chart(latest).mark_text(align="left", dx=6, fontSize=10).encode(
        x="year:O", y="value_busd:Q", text=alt.Text("value_busd:Q", format=",.2f"), color=color)
    sources = frame["source"].unique().sort().to_list()
    return alt.layer(
        base.mark_line(strokeWidth=2).encode(strokeDash=dash),
        base.mark_point(filled=True, size=28),
        labels,
    ).properties(
        width=WIDTH - 80, height=300,
        title=title("US trade with Canada and Mexico, by year (all goods)", source_line(sources)),
        description="Line chart of US exports to and imports from Canada and Mexico by year",
    )


def top_chapters(frame: pl.DataFrame) -> alt.VConcatChart:
    """Top HS chapters of US imports from each partner in the latest year (one source)."""
    data = billions(frame, "value_usd", "partner_total_usd").with_columns(
        pl.format("{}  {}", pl.col("hs_code"),
                  pl.col("description").fill_null("").map_elements(chapter_text, return_dtype=pl.Utf8)).alias("chapter"),
    )
    year = int(data["year"].max()) if data.height else None
    panels = []
    for iso3 in sorted(data["partner_iso3"].unique().to_list()):
        part = data.filter(pl.col("partner_iso3") == iso3)
        name = country(iso3)
        bars = alt.Chart(part).encode(
            y=alt.Y("chapter:N", sort=alt.SortField("rank"), title=None, axis=alt.Axis(labelLimit=330)),
            x=alt.X("value_busd:Q", title="US$ billion"),
        )
        panels.append(alt.layer(
            bars.mark_bar(color=PARTNER_COLORS.get(name, "#777")),
            bars.mark_text(align="left", dx=4, fontSize=10).encode(text=alt.Text("value_busd:Q", format=",.2f")),
        ).properties(width=WIDTH - 400, height=alt.Step(20),
                     title=alt.TitleParams(f"Imports from {name}", anchor="start", fontSize=12)))
    sources = frame["source"].unique().sort().to_list()
    return alt.vconcat(*panels, spacing=18).resolve_scale(x="shared").properties(
        title=title(f"Top {frame['rank'].max() or 0} HS chapters of US imports, {year}", source_line(sources)),
        description="Bar charts of the largest HS chapters of US imports from Canada and from Mexico",
    )


def chapter_text(description: str, limit: int = 48) -> str:
    """'VEHICLES, EXCEPT RAILWAY OR TRAMWAY, AND PARTS ETC' -> 'Vehicles, except railway or tramway, and parts etc'."""
    text = description.strip().lower()
    text = text[:1].upper() + text[1:]
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def tariff_exposure(frame: pl.DataFrame) -> alt.Chart:
    """Covered imports and estimated duty per measure (latest sized year; one source per measure)."""
    data = billions(frame, "covered_imports_usd", "estimated_duty_usd").with_columns(
        pl.format("{} → {}, {}%", pl.col("imposing_iso3"), pl.col("target_iso3").fill_null("all"),
                  pl.col("rate_pct").round(1)).alias("scope"),
        pl.col("measure_name").str.slice(0, 58).alias("short_name"),
    ).with_columns(pl.format("{} · {}", pl.col("short_name"), pl.col("scope")).alias("label"))
    dup = pl.col("label").is_duplicated()
    data = data.with_columns(pl.when(dup).then(pl.format("{} (from {})", pl.col("label"),
                                                         pl.col("effective_date").cast(pl.Utf8).fill_null("never")))
                             .otherwise(pl.col("label")).alias("label"))
    data = data.with_columns(pl.int_range(pl.len()).alias("order"))
    long = data.unpivot(index=["label", "order", "note", "trade_source"],
                        on=["covered_imports_busd", "estimated_duty_busd"], variable_name="measure",
                        value_name="busd").with_columns(
        pl.col("measure").replace_strict({"covered_imports_busd": "Covered imports",
                                          "estimated_duty_busd": "Estimated duty"}))
    y = alt.Y("label:N", sort=alt.SortField("order"), title=None, axis=alt.Axis(labelLimit=430))
    bars = alt.Chart(long).mark_bar(height=alt.RelativeBandSize(0.75)).encode(
        y=y, x=alt.X("busd:Q", title="US$ billion", stack=None),
        color=alt.Color("measure:N", title=None,
                        scale=alt.Scale(domain=["Covered imports", "Estimated duty"], range=["#c6dbef", "#08519c"])),
        order=alt.Order("measure:N"),
    )
    text = alt.Chart(data).mark_text(align="left", dx=4, fontSize=10, color="#08519c").encode(
        y=y, x=alt.X("covered_imports_busd:Q"), text=alt.Text("estimated_duty_busd:Q", format=",.2f"))
    year = int(data["year"].max()) if data.height else None
    sources = data["trade_source"].unique().sort().to_list()
    return alt.layer(bars, text).properties(
        width=WIDTH - 480, height=alt.Step(18),
        title=title(f"Tariff exposure per measure: imports covered in {year} and estimated duty (label)",
                    ["Estimated duty = covered imports × rate: an upper bound (USMCA-qualifying goods and lines",
                     "outside the measure are included). Each measure is sized from one trade source:",
                     *source_line(sources, prefix="Trade source")]),
        description="Bar chart of covered imports and estimated duty per tariff measure",
    )


def balance(frame: pl.DataFrame) -> alt.Chart:
    """Trade balance of the reporter with each partner by year (one source)."""
    data = billions(frame, "balance_usd", "exports_usd", "imports_usd").with_columns(
        pl.format("{} with {}", pl.col("reporter_iso3").replace_strict(PARTNER_NAMES, default=pl.col("reporter_iso3")),
                  pl.col("partner_iso3").replace_strict(PARTNER_NAMES, default=pl.col("partner_iso3"))).alias("pair"),
        pl.col("partner_iso3").replace_strict(PARTNER_NAMES, default=pl.col("partner_iso3")).alias("partner"),
    )
    pairs = sorted(data["pair"].unique().to_list())
    colors = [PARTNER_COLORS.get(p.split(" with ")[-1], "#777") for p in pairs]
    sources = frame["source"].unique().sort().to_list()
    return alt.Chart(data).mark_bar().encode(
        x=alt.X("year:O", title=None, axis=alt.Axis(labelAngle=0)),
        xOffset="pair:N",
        y=alt.Y("balance_busd:Q", title="Balance, US$ billion (exports − imports)"),
        color=alt.Color("pair:N", title=None, scale=alt.Scale(domain=pairs, range=colors)),
    ).properties(
        width=WIDTH - 80, height=260,
        title=title("Bilateral trade balance by year", source_line(sources)),
        description="Bar chart of the bilateral trade balance by year",
    )


def mirror(frame: pl.DataFrame) -> alt.Chart:
    """Exporter-reported vs importer-reported (mirror) figures; two sources per comparison by construction."""
    data = billions(frame, "exporter_reported_usd", "importer_reported_usd").with_columns(
        pl.format("{} → {} {} ({}%)", pl.col("exporter_iso3"), pl.col("importer_iso3"), pl.col("year"),
                  pl.col("asymmetry_pct").map_elements(lambda v: f"{v:+.2f}", return_dtype=pl.Utf8))
        .alias("comparison"),
    )
    long = data.unpivot(index=["comparison"], on=["exporter_reported_busd", "importer_reported_busd"],
                        variable_name="side", value_name="busd").with_columns(
        pl.col("side").replace_strict({"exporter_reported_busd": "Exporter's exports",
                                       "importer_reported_busd": "Importer's imports (mirror)"}))
    enc = dict(y=alt.Y("comparison:N", title=None, axis=alt.Axis(labelLimit=300)),
               yOffset="side:N", x=alt.X("busd:Q", title="US$ billion"))
    bars = alt.Chart(long).encode(**enc)
    return alt.layer(
        bars.mark_bar().encode(color=alt.Color("side:N", title=None,
                                               scale=alt.Scale(range=["#6a51a3", "#bcbddc"]))),
        bars.mark_text(align="left", dx=4, fontSize=10).encode(text=alt.Text("busd:Q", format=",.2f")),
    ).properties(
        width=WIDTH - 330, height=alt.Step(16),
        title=title("Mirror asymmetry: exports as reported by the exporter vs imports reported by the partner",
                    ["Label: asymmetry in % of the mirror figure (exporter ÷ importer − 1). Each comparison",
                     "sets two sources side by side; they are named in the table below the chart."]),
        description="Bar chart comparing exporter-reported and importer-reported figures",
    )
