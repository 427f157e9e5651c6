"""Builds goods_words.json, the general goods lexicon (issue 11, round 48, branch xgoodsnull48).

    python -m tariffscope.articles.build_goods_words [--wordnet /usr/share/wordnet]

The hand lexicon (constants.PRODUCTS) knows the goods of the big measures (steel, cars, soybeans); a rate on
rice, cocoa, brandy, garments or citrus named outside the rate's "on X" phrase (the subject that pays it, a list
before it) came out as all goods.  Instead of adding the words one by one from articles, the words are taken from
a maintained general source: Princeton WordNet 3.0 (Debian's `wordnet-base`, read here, at build time only; the
shipped list is plain JSON, read with the package).  A noun is kept when

* its most frequent sense (WordNet's sense order) lies under one of the goods classes of GOODS_CLASSES
  (foodstuff, beverage, produce, clothing, fabric, fuel, metal, wood, paper, plastic, furniture, ...), and
* it is no verb, adjective or adverb, or its tagged uses as the noun's first sense are more than its tagged uses
  as those (cntlist.rev: "lower", "overall", "settle", "generic" are adjectives or verbs far more than goods), and
* it names no place: no country, demonym or capital of the gazetteer ("Chad", "Manila"), none of the reader's
  non-goods words (products.py) and none of NOT_GOODS_REGISTER below.
"""
from __future__ import annotations

import argparse
import json
import re
from collections import defaultdict
from pathlib import Path

import pycountry

from .gazetteer import lookup

OUT = Path(__file__).with_name("goods_words.json")
# WordNet 3.0 noun synsets (offsets in data.noun) whose hyponyms are goods a tariff can name.  Not medicines: the hand
# lexicon has pharmaceuticals, drugs and medicines, and a drug's own name in trade news is a measure's reason
# ("the fentanyl tariffs", 19 false goods on dev)
GOODS_CLASSES = {
    "07566340": "foodstuff", "07555863": "solid food", "07881800": "beverage", "07705711": "produce",
    "03051540": "clothing", "03309808": "fabric", "03381126": "footwear", "14875077": "fuel",
    "14625458": "metal", "14586769": "alloy", "14966667": "oil", "07812184": "spice",
    "04442831": "tobacco", "14943580": "lumber", "15098161": "wood", "14974264": "paper", "14592610": "plastic",
    "15006258": "rubber", "15006789": "synthetic rubber", "04426788": "yarn", "14859344": "fertilizer",
    "03405725": "furniture", "04440749": "tire",
}
# words of the tariff register that WordNet files under a goods class by a rare sense ("trump" the card, "caps"
# the hats: "capped at 15%", "a cap of 15%")
NOT_GOODS_REGISTER = frozenset("trump cap caps".split())
_LEMMA = re.compile(r"[a-z][a-z'-]+(?:_[a-z][a-z'-]+)*")


def _synsets(folder: Path) -> dict[str, list[str]]:
    """Hypernyms (and instance hypernyms) per noun synset."""
    hyper: dict[str, list[str]] = {}
    for line in (folder / "data.noun").open(encoding="latin-1"):
        if line.startswith("  "):
            continue
        f = line.split(" | ")[0].split()
        n = int(f[3], 16)
        i = 5 + 2 * n
        ups = []
        for _ in range(int(f[4 + 2 * n])):
            sym, target, pos = f[i], f[i + 1], f[i + 2]
            i += 4
            if pos == "n" and sym in ("@", "@i"):
                ups.append(target)
        hyper[f[0]] = ups
    return hyper


def _senses(folder: Path) -> dict[str, list[str]]:
    """Noun synsets per lemma, most frequent sense first (index.noun)."""
    out = {}
    for line in (folder / "index.noun").open(encoding="latin-1"):
        if not line.startswith("  "):
            f = line.split()
            out[f[0]] = f[-int(f[2]):]
    return out


def _other_pos(folder: Path) -> set[str]:
    """Lemmas that are also verbs, adjectives or adverbs."""
    return {line.split()[0] for name in ("index.verb", "index.adj", "index.adv")
            for line in (folder / name).open(encoding="latin-1") if not line.startswith("  ")}


def _tag_counts(folder: Path) -> tuple[dict[str, int], dict[str, int]]:
    """Tagged uses per lemma: of its first noun sense, and of all its verb, adjective and adverb senses."""
    noun_first, other = defaultdict(int), defaultdict(int)
    for line in (folder / "cntlist.rev").open(encoding="latin-1"):
        key, number, count = line.split()
        lemma, sense = key.split("%")
        if sense.startswith("1:"):
            noun_first[lemma] += int(count) if number == "1" else 0
        else:
            other[lemma] += int(count)
    return noun_first, other


def _goods_class(synset: str, hyper: dict[str, list[str]], memo: dict[str, str | None]) -> str | None:
    if synset not in memo:
        memo[synset] = None
        found = GOODS_CLASSES.get(synset)
        for up in hyper.get(synset, []):
            found = found or _goods_class(up, hyper, memo)
        memo[synset] = found
    return memo[synset]


def _names_no_goods(word: str) -> bool:
    from .products import _ALL_GOODS, _DET, _FUNCTION, _NOT_GOODS, _VERBS
    stop = NOT_GOODS_REGISTER | _ALL_GOODS | _DET | _FUNCTION | _NOT_GOODS | _VERBS
    country_names = {c.name.lower() for c in pycountry.countries}     # the gazetteer leaves ambiguous ones out ("Chad")
    return word in stop or word in country_names or any(lookup(x) for x in (word, word.title(), word.upper()))


def goods_words(folder: Path) -> list[str]:
    hyper = _synsets(folder)
    senses = _senses(folder)
    noun_first, other = _tag_counts(folder)
    also_other = _other_pos(folder)
    memo: dict[str, str | None] = {}
    out = []
    for lemma, synsets in senses.items():
        if len(lemma) < 3 or not _LEMMA.fullmatch(lemma):
            continue
        mostly_noun = lemma not in also_other or noun_first[lemma] > other[lemma]
        if _goods_class(synsets[0], hyper, memo) and mostly_noun \
                and not _names_no_goods(lemma.replace("_", " ")):
            out.append(lemma.replace("_", " "))
    return sorted(out)


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--wordnet", default="/usr/share/wordnet", help="folder of WordNet 3.0's dict files")
    args = ap.parse_args(argv)
    words = goods_words(Path(args.wordnet))
    OUT.write_text(json.dumps({"source": "Princeton WordNet 3.0 (Debian wordnet-base), build_goods_words.py",
                               "words": words}, indent=0) + "\n", encoding="utf-8")
    print(f"{len(words)} goods words -> {OUT}")


if __name__ == "__main__":
    main()
