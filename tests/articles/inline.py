"""Inline articles for the rule tests: a body string in, the facts out (one place for every test file here)."""
from __future__ import annotations

from datetime import date

from tariffscope.articles import extract_facts, tariff_model
from tariffscope.articles.context import Context
from tariffscope.articles.read import Article
from tariffscope.articles.text import normalize_body
from tariffscope.articles.trade_values import Candidate, candidates, extract_trade_values


def article(body: str, published: date | None = None) -> Article:
    body = normalize_body(body)
    return Article(None, published, None, body, "inline.txt", "0" * 64, body.count("\n\n") + 1)


def tariff_tuples(body: str, published: date | None = None) -> set[tuple]:
    """(imposer, target, product, rate_pct, status) of every tariff fact of the inline article."""
    return {(t["imposer"], t["target"], t["product"], t["rate_pct"], t["status"])
            for t in extract_facts(article(body, published))["tariffs"]}


def rate_statuses(body: str, published: date | None = None) -> set[tuple]:
    """(rate_pct, status) of every tariff fact of the inline article: for the status tests."""
    return {(t[3], t[4]) for t in tariff_tuples(body, published)}


def rate_products(body: str, published: date | None = None) -> set[tuple]:
    """(product, rate_pct) of every tariff fact of the inline article: for the goods tests."""
    return {(t[2], t[3]) for t in tariff_tuples(body, published)}


def trade_values(body: str, published: date | None = None) -> list[dict]:
    """The trade values of the inline body, read by trade_values alone (no tariffs, quotes or people)."""
    return extract_trade_values(Context.build(normalize_body(body), published))


def value_candidate(body: str, value: float, published: date | None = None) -> tuple[Context, Candidate]:
    """The inline body's context and its trade-value candidate of that amount: for tests of one reading of a figure."""
    ctx = Context.build(normalize_body(body), published)
    return ctx, next(c for c in candidates(ctx) if c.money.value == value)


def rate_view(sentence: str, rate: str, change: str | None = None, status: str = "in_force", *, published: date,
              target: str | None = None) -> tariff_model.RateView:
    """The learned decisions' view of one US rate ("25%") in a one-sentence inline body, as the rules read it (its
    side of a change, its status): for tests of one status reading of tariff_model."""
    ctx = Context.build(normalize_body(sentence), published)
    start = ctx.sentences[0].text.index(rate)
    fact = {"imposer": "USA", "target": target, "product": None, "status": status}
    return tariff_model.RateView(ctx, 0, start, start + len(rate), change, fact)


def values_by_amount(body: str, published: date | None = None) -> dict[float, dict]:
    """The trade values of the inline body (trade_values alone), keyed by their amount."""
    return {v["value"]: v for v in trade_values(body, published)}


def parties_by_amount(body: str, published: date | None = None) -> dict[float, frozenset]:
    """The parties of each trade value of the inline body (trade_values alone), keyed by its amount."""
    return {value: frozenset(v["parties"]) for value, v in values_by_amount(body, published).items()}


def quote_pairs(body: str, published: date | None = None) -> set[tuple[str, str]]:
    """(speaker, text) of every quote of the inline article."""
    return {(q["speaker"], q["text"]) for q in extract_facts(article(body, published))["quotes"]}
