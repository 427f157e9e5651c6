"""What the corpus_v2 files promise, read one way for the hygiene tests and the writers' batch check (issue 11): the
article files of a split, the real page each was modeled on, the hashes of the pages the project is evaluated on,
and the label vocabularies of LABELING.md."""
from __future__ import annotations

import hashlib
import json
import re
from pathlib import Path

CORPUS = Path(__file__).resolve().parent / "corpus_v2"
# hashes, not addresses: the repository must not name the pages the project is evaluated on
EXCLUDED = {line.strip() for line in (CORPUS / "eval-excluded.sha256").read_text().splitlines()
            if line.strip() and not line.startswith("#")}
KINDS = ("tariffs", "trade_values", "quotes", "people")
STATUSES = {"in_force", "announced", "threatened", "paused", "lifted"}
TRADE_KINDS = {"total_trade", "exports", "imports", "trade_deficit", "trade_surplus", "countermeasure_coverage", "other"}


def url_hash(url: str) -> str:
    """sha256 of the address as eval-excluded.sha256 normalises it."""
    u = url.strip().lower().removeprefix("https://").removeprefix("http://").removeprefix("www.").rstrip("/")
    return hashlib.sha256(u.encode()).hexdigest()


def articles(split: str) -> list[Path]:
    return sorted(p for p in (CORPUS / split).glob("[dt][0-9]*") if not p.name.endswith(".expected.json"))


def modeled_on(path: Path) -> str | None:
    """The model page a file names in its front matter (JSON key, YAML line or HTML meta tag); None when it names
    none or cannot be parsed (the old rule corpus holds files of every kind)."""
    text = path.read_text(encoding="utf-8", errors="replace")
    if path.suffix == ".json":
        try:
            return json.loads(text).get("modeled_on")
        except (json.JSONDecodeError, AttributeError):
            return None
    m = re.search(r'modeled_on["\']?\s*(?::|content=)\s*["\']?([^"\'\s>]+)', text)
    return m.group(1) if m else None
