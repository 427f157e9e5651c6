"""Opening a warehouse for writing applies only what is not there yet: pending schema scripts (then every view),
else only the views whose sql/models/ file changed (each view's comment holds its file's hash)."""

from __future__ import annotations

import shutil

import duckdb

from tariffscope import warehouse as wh
from tariffscope.settings import SQL_MODELS_DIR


def view_tags(warehouse) -> dict[str, str]:
    with duckdb.connect(str(warehouse), read_only=True) as con:
        return dict(con.execute("select view_name, comment from duckdb_views() where not internal").fetchall())


def test_only_the_view_whose_model_file_changed_is_created_again(tmp_path, monkeypatch):
    warehouse = tmp_path / "w.duckdb"
    wh.initialize(warehouse)
    first = view_tags(warehouse)
    assert set(first) == {p.stem for p in wh.model_paths()} and all(tag.startswith("sql/models/") for tag in first.values())
    wh.initialize(warehouse)  # current: nothing changes
    assert view_tags(warehouse) == first
    models = tmp_path / "models"
    shutil.copytree(SQL_MODELS_DIR, models)
    (models / "trade_trend.sql").write_text((models / "trade_trend.sql").read_text() + "\n-- edited\n")
    monkeypatch.setattr(wh, "SQL_MODELS_DIR", models)
    wh.initialize(warehouse)
    second = view_tags(warehouse)
    assert {v for v in first if second[v] != first[v]} == {"trade_trend"}


def test_a_view_replaced_by_hand_is_put_back(tmp_path):
    warehouse = tmp_path / "w.duckdb"
    wh.initialize(warehouse)
    with duckdb.connect(str(warehouse)) as con:
        con.execute("create or replace view trade_trend as select 1 as x")
    wh.initialize(warehouse)
    with duckdb.connect(str(warehouse), read_only=True) as con:
        assert "x" not in [r[0] for r in con.execute("describe trade_trend").fetchall()]


def test_views_are_created_after_the_views_they_read():
    order = [p.stem for p in wh.model_order(wh.model_paths())]
    assert order.index("trade_flow") < order.index("trade_source_rank") < order.index("claim_check")
