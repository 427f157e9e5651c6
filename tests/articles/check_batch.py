"""Check a blind writer's staging folder before its articles join corpus_v2/dev (issue 11; brief: corpus_v2/WRITING.md).

    .venv/bin/python tests/articles/check_batch.py STAGING_DIR

Every article reads with the project's article reader, names a model page that no corpus article used and that is no
evaluation page (eval-excluded.sha256), carries a headline no corpus article has (another copy of a story already in
the corpus), and its labels are well formed: codes, statuses, kinds, quotes found in the body, speakers among the
people, surnames in the body as written.  One line per problem and a summary; exit 1 when
any problem is found.  It prints no facts and never runs the extractor, so a blind writer may run it.
"""
from __future__ import annotations

import json
import re
import sys
import unicodedata
from pathlib import Path

from tariffscope.articles import ArticleError, read_article  # the reader only: body text, no facts

try:
    from .corpus_files import CORPUS, EXCLUDED, STATUSES, TRADE_KINDS, articles, modeled_on, url_hash
except ImportError:                      # run as a script: tests/articles is on sys.path
    from corpus_files import CORPUS, EXCLUDED, STATUSES, TRADE_KINDS, articles, modeled_on, url_hash

CODE = re.compile(r"^[A-Z]{3}$")


def norm(s: str) -> str:
    s = unicodedata.normalize("NFC", s).lower()
    s = re.sub(r"[^\w%$€£¥₹]+", " ", s)
    return " ".join(s.split())


def used_models() -> set[str]:
    """The model pages of every article already in the corpora (both splits and the old rule corpus), normalised."""
    paths = articles("dev") + articles("test") + [p for p in (CORPUS.parent / "corpus").rglob("*") if p.is_file()]
    return {_norm_url(u) for u in map(modeled_on, paths) if u}


def used_headlines() -> set[str]:
    """The headlines of every article already in the corpora, normalised: a second article on one story is often
    modeled on another copy of it (a CDN or syndicated address), which the model-page check cannot see."""
    paths = articles("dev") + articles("test") + [p for p in (CORPUS.parent / "corpus").rglob("*")
                                                  if p.is_file() and not p.name.endswith(".expected.json")]
    out = set()
    for path in paths:
        try:
            title = read_article(path).title
        except ArticleError:
            continue
        if title:
            out.add(norm(title))
    return out


def _norm_url(url: str) -> str:
    return url.strip().lower().rstrip("/")


def check(path: Path, used: set[str], headlines: frozenset[str] = frozenset()) -> list[str]:
    out = []
    try:
        art = read_article(path)
    except ArticleError as e:
        return [f"unreadable: {e}"]
    if art.title and norm(art.title) in headlines:
        out.append("headline of an earlier corpus article: the same story from another copy? pick another model")
    words = len(art.body.split())
    if not 280 <= words <= 1300:
        out.append(f"body has {words} words (300-1,200 expected)")
    if art.published is None:
        out.append("no published date read")
    url = modeled_on(path)
    if not url or not url.startswith("http"):
        out.append("no modeled_on")
    elif url_hash(url) in EXCLUDED:
        out.append("modeled_on is an evaluation page: pick another model")
    elif _norm_url(url) in used:
        out.append("modeled_on was used by an earlier article: pick another model")
    lab_path = path.with_name(path.name.split(".")[0] + ".expected.json")
    if not lab_path.exists():
        return out + ["no .expected.json beside it"]
    try:
        lab = json.loads(lab_path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as e:
        return out + [f"{lab_path.name}: bad JSON ({e})"]
    for k in ("tariffs", "trade_values", "quotes", "people"):
        if not isinstance(lab.get(k), list):
            out.append(f"labels: '{k}' missing or not a list")
    body = norm(art.body)
    for t in lab.get("tariffs", []):
        if set(t) != {"imposer", "target", "product", "rate_pct", "status"}:
            out.append(f"tariff keys {sorted(t)}")
        if t.get("status") not in STATUSES:
            out.append(f"tariff status {t.get('status')!r}")
        if not isinstance(t.get("rate_pct"), (int, float)) or not t.get("rate_pct"):
            out.append(f"tariff rate_pct {t.get('rate_pct')!r}")
        for k in ("imposer", "target"):
            if t.get(k) is not None and not CODE.match(str(t.get(k))):
                out.append(f"tariff {k} {t.get(k)!r} is no ISO alpha-3 code")
        if t.get("imposer") is None:
            out.append("tariff with imposer null (no identifiable imposer = no fact)")
        if t.get("product") is not None and t["product"] != t["product"].lower():
            out.append(f"tariff product {t['product']!r} not lowercase")
    for v in lab.get("trade_values", []):
        if set(v) != {"parties", "year", "value", "currency", "kind"}:
            out.append(f"trade value keys {sorted(v)}")
        if v.get("kind") not in TRADE_KINDS:
            out.append(f"trade value kind {v.get('kind')!r}")
        if not isinstance(v.get("value"), (int, float)) or v["value"] < 1e5:
            out.append(f"trade value {v.get('value')!r} (units, at least 100,000)")
        if not isinstance(v.get("parties"), list) or not all(CODE.match(str(p)) for p in v.get("parties") or []):
            out.append(f"trade value parties {v.get('parties')!r}")
        if v.get("currency") is not None and not CODE.match(str(v["currency"])):
            out.append(f"trade value currency {v.get('currency')!r}")
        if v.get("year") is not None and not isinstance(v["year"], int):
            out.append(f"trade value year {v.get('year')!r}")
    names = {p.get("name") for p in lab.get("people", [])}
    for q in lab.get("quotes", []):
        if norm(q.get("text", "")) not in body:
            out.append(f"quote text not in the body: {q.get('text', '')[:60]!r}")
        if q.get("speaker") not in names:
            out.append(f"quote speaker {q.get('speaker')!r} is not among people")
    for p in lab.get("people", []):
        if set(p) != {"name", "role", "country"}:
            out.append(f"person keys {sorted(p)}")
        last = (p.get("name") or "").split()[-1:] or [""]
        if last[0] not in art.body:
            out.append(f"person {p.get('name')!r}: surname not in the body as written (diacritics?)")
        if p.get("country") is not None and not CODE.match(str(p["country"])):
            out.append(f"person country {p.get('country')!r}")
    return out


def main(folder: str) -> int:
    files = sorted(p for p in Path(folder).glob("[dt][0-9]*") if not p.name.endswith(".expected.json"))
    used, headlines = used_models(), frozenset(used_headlines())
    bad = 0
    seen: dict[str, str] = {}
    for p in files:
        probs = check(p, used, headlines)
        url = modeled_on(p) if not probs or "unreadable" not in probs[0] else None
        if url and url in seen:
            probs.append(f"same modeled_on as {seen[url]}")
        if url:
            seen[url] = p.name
        for msg in probs:
            print(f"{p.name}: {msg}")
        bad += bool(probs)
    print(f"{len(files)} articles, {bad} with problems")
    return 1 if bad or not files else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
