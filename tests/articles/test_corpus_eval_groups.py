"""corpus_eval --group: leave-styles-out folds keep every article of a style in one fold (no corpus reading)."""
from __future__ import annotations

from corpus_eval import in_ids, style_folds, style_of


def _corpus(tmp_path):
    for name in ("INDEX-d001-d002.md", "INDEX-d003-d005.md"):
        (tmp_path / name).write_text("# index\n", encoding="utf-8")
    files = ["d001-a.md", "d002-b.txt", "d003-c.md", "d004-d.html", "d005-e.md", "d009-f.json"]
    for f in files:
        (tmp_path / f).write_text("x\n", encoding="utf-8")
    return [(tmp_path / f, tmp_path / f"{f.split('.')[0]}.expected.json") for f in files]


def test_batch_and_form_styles(tmp_path):
    pairs = _corpus(tmp_path)
    assert [style_of(s, "batch") for s, _ in pairs] == ["INDEX-d001-d002"] * 2 + ["INDEX-d003-d005"] * 3 + ["unindexed"]
    assert [style_of(s, "form") for s, _ in pairs] == ["md", "txt", "md", "html", "md", "json"]


def test_a_style_is_never_split_across_folds(tmp_path):
    pairs = _corpus(tmp_path)
    for group in ("batch", "form"):
        folds = style_folds(pairs, 5, group)
        by_style: dict[str, set[int]] = {}
        for (src, _), k in zip(pairs, folds):
            by_style.setdefault(style_of(src, group), set()).add(k)
        assert all(len(ks) == 1 for ks in by_style.values()), (group, by_style)
        assert len(set(folds)) == len(by_style)      # fewer styles than folds: one fold per style
    assert style_folds(pairs, 5, "article") == [0, 1, 2, 3, 4, 0]     # round-robin by position, as before


def test_ids_select_dev_batches_and_blind_writer_sets():
    assert in_ids("d391-x.md", "d391-d426") and not in_ids("d390-x.md", "d391-d426")
    assert in_ids("t027-x.html", "t027-t054") and not in_ids("t026-x.md", "t027-t054")
    assert in_ids("t001-x.md", None)


def test_decisions_choose_which_learned_tariff_decisions_are_trained():
    from corpus_eval import _learned_parts
    from tariffscope.articles import tariff_model, train_tariffs

    (module, collect, fit), = _learned_parts("rules", "learned", "rules", ("target", "extra"))
    assert module is tariff_model and collect is train_tariffs.collect
    assert fit.keywords == {"decisions": ("target", "extra")}
    (_, _, default_fit), = _learned_parts("rules", "learned", "rules")
    assert default_fit is train_tariffs.fit          # what ships: train_tariffs.SHIPPED
    (_, _, trees_fit), = _learned_parts("rules", "learned", "rules", forms={"status": "trees"})
    assert trees_fit.keywords == {"forms": {"status": "trees"}}
