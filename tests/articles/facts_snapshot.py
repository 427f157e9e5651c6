"""Every fact extracted from the dev articles as sorted JSON lines: the yardstick for speed work (issue 11).

    .venv/bin/python tests/articles/facts_snapshot.py OUT.jsonl [--corpus DIR]

One line per article and fact kind ({"file", "kind", "facts"}), keys sorted, lines sorted; a speed change must
reproduce the file byte for byte (`diff` empty).  It also writes the article_* frames' row counts, so the
frames path is checked too.  Reads only corpus_v2/dev (never the blind test split).
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from tariffscope.articles import ArticleError, article_frames, extract_facts, read_article  # noqa: E402

DEV = ROOT / "tests" / "articles" / "corpus_v2" / "dev"


def article_files(corpus: Path) -> list[Path]:
    """The articles of a corpus folder, as benchmarks/bench_articles.py picks them."""
    return sorted(p for p in corpus.glob("*") if p.is_file() and not p.name.endswith(".expected.json")
                  and not p.name.split("-")[0].isupper())


def snapshot_lines(corpus: Path) -> list[str]:
    lines = []
    for p in article_files(corpus):
        try:
            art = read_article(p)
        except ArticleError as e:
            lines.append(json.dumps({"file": p.name, "kind": "error", "facts": str(e)}, sort_keys=True))
            continue
        facts = extract_facts(art)
        for kind, val in facts.items():
            lines.append(json.dumps({"file": p.name, "kind": kind, "facts": val}, sort_keys=True,
                                    ensure_ascii=False, default=str))
        frames = article_frames(art, facts)
        lines.append(json.dumps({"file": p.name, "kind": "frames",
                                 "facts": {k: [f.height, f.columns] for k, f in frames.items()}}, sort_keys=True))
    return sorted(lines)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("out", type=Path)
    ap.add_argument("--corpus", type=Path, default=DEV)
    args = ap.parse_args()
    if "test" in args.corpus.resolve().parts[-1:]:
        sys.exit("facts_snapshot: refusing the blind test split")
    lines = snapshot_lines(args.corpus)
    args.out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(lines)} lines -> {args.out}")


if __name__ == "__main__":
    main()
