"""Round 52 (xretrain52): a feature only one writer batch uses can be left out of the learned decisions' training
(train_tariffs.MIN_BATCHES, train_trade_values.MIN_BATCHES); every example knows the batch it comes from."""
import json
from pathlib import Path

from tariffscope.articles import logreg, train_tariffs, train_trade_values
from tariffscope.articles.train_status import writer_batch

DEV = Path(__file__).resolve().parent / "corpus_v2" / "dev"


def test_an_article_belongs_to_the_batch_whose_index_range_holds_its_number():
    index = sorted(DEV.glob("INDEX-d*-d*.md"))[1]
    lo = index.stem.split("-")[1]
    assert writer_batch(DEV / f"{lo}-any.md") == index.stem
    assert writer_batch(Path("tests/articles/corpus/steel_rate.txt")) == "corpus"


def test_a_feature_seen_in_one_batch_only_is_not_kept():
    groups = [("b1", [(["cue", "only_b1"], "1")]), ("b2", [(["cue"], "0"), (["cue", "b2_word"], "1")])]
    assert logreg.spread_features(groups, 2) == {"cue"}
    assert logreg.spread_features(groups, 1) is None
    assert logreg.only_features([(["cue", "only_b1"], "1")], {"cue"}) == [(["cue"], "1")]


def test_trade_value_training_drops_one_batch_words_but_learns_the_shared_cue():
    rows = [(["w=exports", f"word{i}"], "exports") for i in range(8)] + [(["w=other", f"x{i}"], "none") for i in range(8)]
    data = {"kind": rows, "kind_batch": [f"b{i % 4}" for i in range(16)],
            "parties": [(["one"], "1"), (["two"], "2")] * 4, "year": [(["pub"], "pub"), (["rule"], "rule")] * 4}
    model = train_trade_values.fit(data, min_batches=2)
    assert "w=exports" in model.kind.vocab and not any(f.startswith("word") for f in model.kind.vocab)
    assert model.kind.predict(["w=exports"]) == "exports"
    assert "word0" in train_trade_values.fit(data, min_batches=1).kind.vocab


def _story(folder: Path, stem: str, body: str, tariffs: list[dict]) -> tuple[Path, Path]:
    src, exp = folder / f"{stem}.txt", folder / f"{stem}.expected.json"
    src.write_text(body, encoding="utf-8")
    exp.write_text(json.dumps({"tariffs": tariffs}), encoding="utf-8")
    return src, exp


def test_tariff_examples_carry_their_batch_and_keep_only_the_words_two_batches_share(tmp_path):
    for name in ("INDEX-d001-d001.md", "INDEX-d002-d002.md"):
        (tmp_path / name).write_text("batch\n", encoding="utf-8")
    fact = {"imposer": "USA", "target": "CAN", "product": "steel", "rate_pct": 50.0, "status": "in_force"}
    pairs = [_story(tmp_path, "d001-steel", "Title: Steel\n\nThe United States has raised its tariff on Canadian "
                    "steel to 50%, officials said on Monday.\n", [fact]),
             _story(tmp_path, "d002-steel", "Title: Steel again\n\nWashington has raised the tariff on steel from "
                    "Canada to 50%, a spokesman confirmed in Ottawa.\n", [fact])]
    records = train_tariffs.collect(pairs)
    assert [r[2] for r in records] == ["INDEX-d001-d001", "INDEX-d002-d002"]
    every = {f for feats, _ in train_tariffs.examples(records)["status"] for f in feats}
    shared = {f for feats, _ in train_tariffs.spread_examples(records, 2)["status"] for f in feats}
    assert shared < every
    assert "b=monday" in every - shared or any("monday" in f for f in every - shared)
