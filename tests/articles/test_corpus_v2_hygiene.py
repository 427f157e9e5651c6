"""The realistic corpus keeps its promises: every article names the real article it was modeled on, none of
them is a page the project is evaluated on, the frozen test split is unchanged, and labels are well formed."""
from __future__ import annotations

import hashlib
import json

import pytest

from tariffscope.articles import ArticleError, read_article

try:
    from .corpus_files import CORPUS, EXCLUDED, KINDS, STATUSES, TRADE_KINDS, articles, modeled_on, url_hash
except ImportError:                      # imported by pytest from tests/articles on sys.path
    from corpus_files import CORPUS, EXCLUDED, KINDS, STATUSES, TRADE_KINDS, articles, modeled_on, url_hash


@pytest.mark.parametrize("split", ["dev", "test"])
def test_articles_name_their_model_and_avoid_evaluation_pages(split):
    found = articles(split)
    assert found, split
    for path in found:
        url = modeled_on(path)
        assert url and url.startswith("http"), f"{path.name}: no modeled_on"
        assert url_hash(url) not in EXCLUDED, f"{path.name} is modeled on an evaluation page"


@pytest.mark.parametrize("split", ["dev", "test"])
def test_every_article_reads(split):
    # an unreadable article scores all its labels as missed (d481's unquoted "title: Explainer: ..." did, round 10)
    unreadable = []
    for path in articles(split):
        try:
            read_article(path)
        except ArticleError as e:
            unreadable.append(str(e))
    assert not unreadable, unreadable


def test_frozen_test_split_is_unchanged():
    manifest = (CORPUS / "test" / "FROZEN.sha256").read_text().split("\n")
    recorded = dict(reversed(line.split("  ", 1)) for line in manifest if line.strip())
    present = {p.name for p in (CORPUS / "test").glob("t[0-9]*")}
    assert present == set(recorded), "files added to or removed from the frozen split"
    for name, digest in recorded.items():
        assert hashlib.sha256((CORPUS / "test" / name).read_bytes()).hexdigest() == digest, name


@pytest.mark.parametrize("split", ["dev", "test"])
def test_labels_follow_the_guide(split):
    for path in articles(split):
        label = json.loads(path.with_name(path.name.split(".")[0] + ".expected.json").read_text(encoding="utf-8"))
        assert set(KINDS) <= set(label), path.name
        for t in label["tariffs"]:
            assert t["status"] in STATUSES and isinstance(t["rate_pct"], (int, float)), (path.name, t)
        for v in label["trade_values"]:
            assert v["kind"] in TRADE_KINDS and v["value"] >= 1e5, (path.name, v)


def test_no_model_page_is_shared_between_dev_and_test():
    # a dev article written from the same page as a test article would let tuning see the test facts
    dev = {modeled_on(p): p.name for p in articles("dev")}
    test = {modeled_on(p): p.name for p in articles("test")}
    shared = sorted((dev[u], test[u]) for u in set(dev) & set(test))
    assert not shared, shared
