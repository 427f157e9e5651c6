"""Round 31: an article with no published date whose figure follows a sentence saying "last year" (round 30's
previous-sentence period) raised AttributeError; the figure now keeps year null, as any undated "last year"."""
import hashlib

from tariffscope.articles import extract_facts
from tariffscope.articles.read import Article
from tariffscope.articles.text import normalize_body, paragraph_spans


def _undated(raw: str) -> Article:
    body = normalize_body(raw)
    return Article(None, None, None, body, "undated.txt", hashlib.sha256(body.encode()).hexdigest(),
                   len(paragraph_spans(body)))


def test_undated_last_year_before_a_figure_gives_year_null():
    art = _undated("Trade with the U.S. slowed last year. Canadian exports to the U.S. reached $40.5 billion.")
    values = extract_facts(art)["trade_values"]
    assert [(v["parties"], v["value"], v["year"]) for v in values] == [(["CAN", "USA"], 40.5e9, None)]


def test_undated_heading_then_row_does_not_raise():
    assert extract_facts(_undated("LAST YEAR. Canada:$1bil"))["tariffs"] == []
