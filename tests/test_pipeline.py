"""Many files through the pipelined per-file path: same outcomes, in order, as one file at a time."""

from __future__ import annotations

import duckdb

from tariffscope import pipeline

HEADER = "reporter_iso3,partner_iso3,year,flow,value_usd,source,hs_code\n"


def test_many_files_load_in_order_with_one_writer(tmp_path):
    warehouse = tmp_path / "w.duckdb"
    files = []
    for i, rows in enumerate([
        "USA,MEX,2024,import,136556709549,US Census,87\n",
        "USA,CAN,2024,import,50416450000,US Census,87\nUSA,XXA,2024,import,5,US Census,87\n",  # one quarantined
        "",                                                                                    # empty: fails alone
        "USA,CAN,2023,import,49000000000,US Census,87\n",
    ]):
        path = tmp_path / f"f{i}.csv"
        path.write_text(HEADER + rows if rows else "")
        files.append(path)
    assert pipeline.ingest_file("trade", files[0], warehouse).status == "loaded"

    outcomes = pipeline.ingest_files("trade", files, warehouse)

    assert [o.status for o in outcomes] == ["unchanged", "loaded", "failed", "loaded"]
    assert [o.source_file for o in outcomes] == [str(p) for p in files]
    with duckdb.connect(str(warehouse), read_only=True) as con:
        assert con.execute("select count(*) from trade_flow").fetchone()[0] == 3
        assert con.execute("select round(sum(value_usd) / 1e9, 2) from trade_flow where partner_iso3 = 'MEX'").fetchone()[0] == 136.56
        unbalanced = con.execute("select count(*) from load_audit where rows_in != rows_loaded + rows_quarantined + rows_filtered").fetchone()[0]
        statuses = [r[0] for r in con.execute("select status from load_audit order by finished_at").fetchall()]
    assert unbalanced == 0
    assert statuses == ["loaded", "unchanged", "loaded", "failed", "loaded"]  # one writer, in file order



def test_a_file_is_hashed_once_and_a_changed_file_afresh(tmp_path):
    import hashlib
    import os

    from tariffscope.source import _KNOWN, file_sha256, hashed_once

    path, warehouse = tmp_path / "f.csv", tmp_path / "w.duckdb"
    path.write_text(HEADER + "USA,MEX,2024,import,136556709549,US Census,87\n")
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    with hashed_once(path) as sha:
        assert sha == digest and list(_KNOWN.get().values()) == [digest]  # what the reader's file_sha256 returns
        before = os.stat(path)
        path.write_text(HEADER + "USA,MEX,2024,import,136556709548,US Census,87\n")  # same size, new content
        os.utime(path, ns=(before.st_atime_ns, before.st_mtime_ns + 1_000_000))
        changed = hashlib.sha256(path.read_bytes()).hexdigest()
        assert file_sha256(path) == changed != digest  # changed since: read again
    assert _KNOWN.get() == {}
    assert pipeline.ingest_file("trade", path, warehouse).status == "loaded"
    with duckdb.connect(str(warehouse), read_only=True) as con:
        assert con.execute("select sha256 from load_audit").fetchall() == [(changed,)]
