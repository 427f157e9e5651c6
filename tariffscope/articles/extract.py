"""extract_facts: the "Article facts JSON" contract of DESIGN.md."""
from __future__ import annotations

from .context import Context
from .quotes import QuoteAttributor
from .read import Article
from .tariffs import extract_tariffs
from .trade_values import extract_trade_values


def extract_facts(art: Article) -> dict:
    """Facts with provenance.  Spans are [start, end) offsets into art.body."""
    ctx = Context.build(art.body, art.published)
    quotes = QuoteAttributor(art.body, ctx.people, ctx.sentences).facts()
    return {
        "article": {
            "title": art.title,
            "published": art.published.isoformat() if art.published else None,
            "url": art.url,
            "sha256": art.sha256,
        },
        "tariffs": extract_tariffs(ctx),
        "trade_values": extract_trade_values(ctx),
        "quotes": quotes,
        "people": ctx.people.facts(),
        "countries": ctx.country_codes(),
    }
