"""Precision / recall per fact kind on the labelled corpus; fails below 0.9 F1 on tariffs and trade values."""
from __future__ import annotations

import json

from articles_scoring import corpus_files, score


def test_corpus_has_enough_articles():
    files = corpus_files()
    assert len(files) >= 12
    assert {p.suffix for p, _ in files} >= {".txt", ".md", ".json", ".html"}


def test_precision_recall_per_kind(capsys):
    res = score(verbose=True)
    with capsys.disabled():
        print("\narticle corpus scores:", json.dumps(res))
    assert res["tariffs"]["f1"] >= 0.9, res
    assert res["trade_values"]["f1"] >= 0.9, res
    assert res["quotes"]["f1"] >= 0.8, res
