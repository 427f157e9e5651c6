"""article_frames: one polars frame per warehouse table, no _load_id; the columns and types are those of
sql/schema/004_articles.sql (tariffscope.columns reads them from there)."""
from __future__ import annotations

import polars as pl

from tariffscope.columns import polars_schema

from .read import Article

# a table's frame with no rows, built once (speed, round 49: most articles have no rows for some tables, and building
# an empty frame from empty lists costs polars more than cloning one)
_EMPTY: dict[str, pl.DataFrame] = {}


def _frame(table: str, rows: list[dict]) -> pl.DataFrame:
    schema = polars_schema(table)
    if not rows and table in _EMPTY:
        return _EMPTY[table].clone()
    # one typed Series per column, as pl.DataFrame(dict, schema=...) builds them (strict: a value of another type
    # raises), without the dict path's per-column inspection (speed, round 50: half the frame's cost)
    frame = pl.DataFrame([pl.Series(c, [r.get(c) for r in rows], dtype=t) for c, t in schema.items()])
    if not rows:
        _EMPTY[table] = frame.clone()
    return frame


def article_frames(art: Article, facts: dict) -> dict[str, pl.DataFrame]:
    aid = art.sha256
    out = {
        "article": _frame("article", [{
            "article_id": aid, "title": art.title, "published": art.published, "url": art.url,
            "source_file": art.source_file, "n_paragraphs": art.n_paragraphs, "body": art.body,
        }]),
        "article_tariff_claim": _frame("article_tariff_claim", [{
            "article_id": aid, "position": i, "imposer_iso3": t.get("imposer"), "target_iso3": t.get("target"),
            "product": t.get("product"), "rate_pct": t.get("rate_pct"), "status": t.get("status"),
            "sentence": t.get("sentence"), "span_start": t["span"][0], "span_end": t["span"][1],
        } for i, t in enumerate(facts.get("tariffs", []))]),
        "article_trade_claim": _frame("article_trade_claim", [{
            "article_id": aid, "position": i,
            "party_a_iso3": (v.get("parties") or [None, None])[0] if v.get("parties") else None,
            "party_b_iso3": v["parties"][1] if len(v.get("parties") or []) > 1 else None,
            "year": v.get("year"), "value": v.get("value"), "currency": v.get("currency"), "kind": v.get("kind"),
            "sentence": v.get("sentence"), "span_start": v["span"][0], "span_end": v["span"][1],
        } for i, v in enumerate(facts.get("trade_values", []))]),
        "article_quote": _frame("article_quote", [{
            "article_id": aid, "position": i, "speaker": q.get("speaker"), "text": q.get("text"),
            "span_start": q["span"][0], "span_end": q["span"][1],
        } for i, q in enumerate(facts.get("quotes", []))]),
        "article_person": _frame("article_person", [{
            "article_id": aid, "position": i, "name": p.get("name"), "role": p.get("role"),
            "country_iso3": p.get("country"),
        } for i, p in enumerate(facts.get("people", []))]),
        "article_country": _frame("article_country", [{
            "article_id": aid, "position": i, "iso3": c,
        } for i, c in enumerate(facts.get("countries", []))]),
    }
    return out
