"""read_article: formats, normalization and bad input (always ArticleError with one line)."""
from __future__ import annotations

import json
from datetime import date

import pytest

from tariffscope.articles import Article, ArticleError, extract_facts, read_article


def _err(path) -> str:
    with pytest.raises(ArticleError) as ei:
        read_article(path)
    msg = str(ei.value)
    assert "\n" not in msg and str(path) in msg, msg
    return msg


def test_txt_with_front_matter(tmp_path):
    p = tmp_path / "a.txt"
    p.write_text("---\ntitle: Tariffs\npublished: 2025-08-01\nurl: https://x.test/a\n---\nCanada said hello.\n", encoding="utf-8")
    art = read_article(p)
    assert isinstance(art, Article)
    assert (art.title, art.published, art.url) == ("Tariffs", date(2025, 8, 1), "https://x.test/a")
    assert art.body == "Canada said hello." and art.n_paragraphs == 1
    assert len(art.sha256) == 64 and art.source_file == str(p)


def test_json_article(tmp_path):
    p = tmp_path / "a.json"
    p.write_text(json.dumps({"title": "T", "published": "2025-07-14", "url": None, "body": "Hello\u00a0world."}), encoding="utf-8")
    art = read_article(str(p))
    assert art.body == "Hello world." and art.published == date(2025, 7, 14)


def test_html_article(tmp_path):
    p = tmp_path / "a.html"
    p.write_text("<html><head><title>T</title></head><body><nav>Home Markets</nav><article><h1>T</h1>"
                 + "".join(f"<p>Paragraph {i} says Canada faces a 25% tariff on steel, officials said on Monday.</p>" for i in range(5))
                 + "</article><footer>© 2025 News</footer></body></html>", encoding="utf-8")
    art = read_article(p)
    assert "Paragraph 0" in art.body and "Home Markets" not in art.body


def test_posted_line_gives_published_and_is_dropped(tmp_path):
    p = tmp_path / "a.txt"
    p.write_text("Posted July 31, 2025 11:52 am\nBy Jane Doe, Global News\n\nText here. Read More\n![]()\nMore text.\n—With additional files from Reuters\n", encoding="utf-8")
    art = read_article(p)
    assert art.published == date(2025, 7, 31)
    assert art.body == "Text here.\n\nMore text."


def test_reading_is_deterministic(tmp_path):
    p = tmp_path / "a.md"
    p.write_text("Trade between Canada and Mexico reached $40.5 billion in 2024.\n", encoding="utf-8")
    a, b = read_article(p), read_article(p)
    assert a == b and extract_facts(a) == extract_facts(b)


@pytest.mark.parametrize("name,data,needle", [
    ("empty.txt", b"", "empty"),
    ("blank.txt", b"  \n\n \t\n", "empty"),
    ("binary.txt", bytes(range(256)) * 10, "binary"),
    ("png.md", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
    ("latin1.txt", "Caf\u00e9 tariffs\nline two \u00e9".encode("latin-1"), "invalid UTF-8"),
    ("nobody.json", b'{"title": "x", "published": "2025-01-01"}', "body"),
    ("emptybody.json", b'{"body": "   "}', "body"),
    ("list.json", b'[1, 2]', "object"),
    ("broken.json", b'{"body": "x",\n "title": }', "invalid JSON"),
    ("fm_unclosed.txt", b"---\ntitle: x\nbody text\n", "never closed"),
    ("fm_bad_yaml.txt", b"---\ntitle: [unclosed\npublished: 2025-01-01\n---\nbody\n", "malformed YAML"),
    ("fm_scalar.txt", b"---\njust a string\n---\nbody\n", "mapping"),
    ("fm_bad_date.txt", b"---\npublished: last tuesday\n---\nbody\n", "YYYY-MM-DD"),
    ("fm_bad_date2.txt", b"---\npublished: 2025-13-45\n---\nbody\n", "YYYY-MM-DD"),
    ("only_fm.md", b"---\ntitle: x\n---\n\n", "no article text"),
    ("furniture.txt", b"Advertisement\nShare\n![]()\n", "no article text"),
    ("paper.pdf", b"%PDF-1.4", "unsupported"),
])
def test_bad_input_is_one_line_article_error(tmp_path, name, data, needle):
    p = tmp_path / name
    p.write_bytes(data)
    assert needle in _err(p)


def test_invalid_utf8_names_line_and_column(tmp_path):
    p = tmp_path / "bad.txt"
    p.write_bytes(b"line one\nline \xff two\n")
    assert f"{p}:2:6:" in _err(p)


def test_malformed_front_matter_names_line(tmp_path):
    p = tmp_path / "bad.md"
    p.write_bytes(b"---\ntitle: ok\nurl: [x\n---\nbody\n")
    msg = _err(p)
    assert f"{p}:" in msg and "malformed YAML" in msg


def test_ten_megabytes_of_text(tmp_path):
    p = tmp_path / "big.txt"
    p.write_bytes((b"Tariffs of 25% on steel took effect, she said. " * 220_000)[: 10 * 1024 * 1024])
    assert "bytes" in _err(p)


def test_missing_file_and_directory(tmp_path):
    assert "no such file" in _err(tmp_path / "nope.txt")
    d = tmp_path / "dir.txt"
    d.mkdir()
    assert "not a regular file" in _err(d)


def test_long_but_allowed_article_is_read_whole(tmp_path):
    # no wall-clock bound here (house rule: speed lives in benchmarks/bench_articles.py); the pronoun and
    # same-sentence lookups are linear, so this ~500 KB body takes seconds, not minutes
    seed = "Canada has been hit with a 50 percent tariff on steel exports, Carney said. “We will fight {},” he said.\n"
    p = tmp_path / "long.txt"
    # each quotation numbered: the same words of the same speaker twice are one quote (round 29), and every one of the
    # 5000 must still be read to the end of the body
    p.write_text("".join(seed.format(i) for i in range(5000)), encoding="utf-8")      # ~500 KB
    facts = extract_facts(read_article(p))
    assert {(t["target"], t["product"], t["rate_pct"]) for t in facts["tariffs"]} == {("CAN", "steel", 50.0)}
    # the text names him "Carney" only: the speaker as published (LABELING.md people, round 15)
    assert len(facts["quotes"]) == 5000 and {q["speaker"] for q in facts["quotes"]} == {"Carney"}
