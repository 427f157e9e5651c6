"""The blind writers' batch check (check_batch.py): a second copy of a story already in the corpus is caught by its
headline when its model page has another address (round 25: d1610 and d1342, one story from two addresses)."""
from __future__ import annotations

from check_batch import check, norm

BODY = "Gulf exporters weighed the new duties on Thursday. " * 60


def _article(tmp_path, title: str, model: str):
    path = tmp_path / "d9999-test.txt"
    path.write_text(f"---\ntitle: {title}\npublished: 2025-04-03\nurl: https://example.com/x/y\n"
                    f"modeled_on: {model}\noutlet: Test\n---\n\n{BODY}\n", encoding="utf-8")
    return path


def test_a_headline_already_in_the_corpus_is_a_problem_even_from_a_new_address(tmp_path):
    path = _article(tmp_path, "Gulf economies avoid harshest Trump tariffs but do not escape unscathed",
                    "https://cdn.example.org/business/2025/04/03/gulf-tariffs")
    headlines = frozenset({norm("Gulf economies avoid harshest Trump tariffs, but do not escape unscathed")})
    assert any(p.startswith("headline of an earlier corpus article") for p in check(path, set(), headlines))


def test_a_new_headline_is_no_problem(tmp_path):
    path = _article(tmp_path, "Gulf exporters weigh the new duties", "https://cdn.example.org/business/gulf-exporters")
    headlines = frozenset({norm("Gulf economies avoid harshest Trump tariffs but do not escape unscathed")})
    assert not any(p.startswith("headline") for p in check(path, set(), headlines))
