"""Seeded generator of CEPII BACI-format files for the benchmark.

    python benchmarks/generate_baci.py --rows 1000000 [--seed 42] [--out DIR]

Writes DIR/BACI_HS22_Y2022_V202501.csv (t,i,j,k,v,q: one year, N rows, unique (i, j, k) as in the real
files, sorted by i, j, k) and the matching DIR/country_codes_V202501.csv (country_code, country_name,
country_iso2, country_iso3). What makes it realistic enough to exercise the reader:
- ~200 exporters/importers drawn from pycountry's ISO 3166 numeric codes, with BACI's Comtrade-style codes
  where they differ (842 USA, 251 FRA, 699 IND, 757 CHE ...), so the code file really is needed;
- ~5,000 HS6 codes across chapters 01-97 (no 77), about 9% in chapters 01-09, i.e. with a leading zero;
- gravity-like pair sizes (few pairs trade thousands of products, most pairs a few), skewed product popularity;
- v in thousands of USD with 3 decimals (>= 0.001), q in metric tons with 3 decimals, ~2% of q blank.
Default DIR: benchmarks/out/baci_<rows>_s<seed>/ (git-ignored), reused when already complete.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

import numpy as np
import polars as pl
import pycountry

HERE = Path(__file__).resolve().parent
YEAR = 2022
VERSION = "V202501"
DATA_NAME = f"BACI_HS22_Y{YEAR}_{VERSION}.csv"
CODES_NAME = f"country_codes_{VERSION}.csv"
N_COUNTRIES = 200
N_PRODUCTS = 5000
BLANK_Q_SHARE = 0.02
# BACI/Comtrade country codes that differ from ISO 3166 numeric
BACI_CODES = {"USA": 842, "FRA": 251, "IND": 699, "CHE": 757, "NOR": 579, "ITA": 381, "TWN": 490}
CHUNK_ROWS = 1_000_000


def default_dir(rows: int, seed: int) -> Path:
    return HERE / "out" / f"baci_{rows}_s{seed}"


def country_table() -> pl.DataFrame:
    """Every ISO 3166 country, BACI-coded: the full country_codes file (the data uses a subset)."""
    rows = []
    for country in pycountry.countries:
        code = BACI_CODES.get(country.alpha_3, int(country.numeric))
        rows.append((code, getattr(country, "common_name", country.name), country.alpha_2, country.alpha_3))
    frame = pl.DataFrame(rows, schema={"country_code": pl.Int32, "country_name": pl.Utf8, "country_iso2": pl.Utf8,
                                       "country_iso3": pl.Utf8}, orient="row")
    return frame.sort("country_code")


def product_codes(rng: np.random.Generator) -> np.ndarray:
    """~5,000 distinct HS6 codes as 6-character text, sorted; chapters 01-97 except 77."""
    chapters = np.array([c for c in range(1, 98) if c != 77])
    codes: set[int] = set()
    while len(codes) < N_PRODUCTS:
        chapter = rng.choice(chapters, size=N_PRODUCTS)
        heading = rng.integers(1, 100, size=N_PRODUCTS)
        sub = rng.choice(np.array([10, 11, 12, 19, 20, 21, 22, 29, 30, 31, 39, 40, 50, 60, 90]), size=N_PRODUCTS)
        for value in chapter * 10000 + heading * 100 + sub:
            codes.add(int(value))
            if len(codes) == N_PRODUCTS:
                break
    return np.array([f"{c:06d}" for c in sorted(codes)])


def pair_counts(rng: np.random.Generator, n_countries: int, rows: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(exporter index, importer index, products traded) per ordered pair; counts sum to `rows`, <= N_PRODUCTS."""
    size = rng.lognormal(0.0, 1.3, n_countries)
    exporter, importer = np.meshgrid(np.arange(n_countries), np.arange(n_countries), indexing="ij")
    keep = exporter != importer
    exporter, importer = exporter[keep], importer[keep]
    capacity = len(exporter) * N_PRODUCTS
    if rows > capacity:
        sys.exit(f"--rows {rows} exceeds the {capacity} distinct (i, j, k) combinations of the generator")
    weight = size[exporter] * size[importer]
    target = np.zeros(len(weight))
    remaining, free = float(rows), np.ones(len(weight), dtype=bool)
    for _ in range(50):  # cap at N_PRODUCTS, spread the overflow over the other pairs
        share = weight * free / (weight * free).sum()
        target = np.where(free, target + remaining * share, target)
        over = target > N_PRODUCTS
        remaining = float((target[over] - N_PRODUCTS).sum())
        target[over] = N_PRODUCTS
        free &= ~over
        if remaining < 1:
            break
    counts = np.floor(target).astype(np.int64)
    short = rows - int(counts.sum())
    room = np.flatnonzero(counts < N_PRODUCTS)
    order = room[np.argsort(-(target[room] - counts[room]))]
    counts[order[:short]] += 1
    return exporter, importer, counts


def generate(rows: int, seed: int, out_dir: Path, year: int = YEAR) -> Path:
    """Write the data and country code files; returns the data file path (BACI_HS22_Y<year>_V202501.csv)."""
    out_dir.mkdir(parents=True, exist_ok=True)
    data_name = DATA_NAME.replace(f"Y{YEAR}", f"Y{year}")
    data_path, codes_path, done = out_dir / data_name, out_dir / CODES_NAME, out_dir / ".complete"
    if done.exists():
        return data_path
    rng = np.random.default_rng(seed)
    countries = country_table()
    countries.write_csv(codes_path)
    chosen = np.sort(rng.choice(countries["country_code"].to_numpy(), size=N_COUNTRIES, replace=False))
    products = product_codes(rng)
    popularity = np.log(rng.pareto(1.2, N_PRODUCTS) + 1e-3)  # Gumbel top-k keys: skewed product choice
    exporter, importer, counts = pair_counts(rng, N_COUNTRIES, rows)

    started, written, first = time.perf_counter(), 0, True
    with open(data_path, "wb") as handle:
        batch_i, batch_j, batch_k = [], [], []
        pending = 0
        for pair in np.flatnonzero(counts):
            n = int(counts[pair])
            keys = popularity + rng.gumbel(size=N_PRODUCTS)
            picked = np.sort(np.argpartition(-keys, n - 1)[:n]) if n < N_PRODUCTS else np.arange(N_PRODUCTS)
            batch_i.append(np.full(n, chosen[exporter[pair]], dtype=np.int32))
            batch_j.append(np.full(n, chosen[importer[pair]], dtype=np.int32))
            batch_k.append(picked)
            pending += n
            if pending >= CHUNK_ROWS:
                _write_chunk(handle, rng, products, batch_i, batch_j, batch_k, header=first, year=year)
                written, first, pending = written + pending, False, 0
                batch_i, batch_j, batch_k = [], [], []
        if pending or first:
            _write_chunk(handle, rng, products, batch_i, batch_j, batch_k, header=first, year=year)
            written += pending
    assert written == rows, (written, rows)
    done.write_text(f"rows={rows} seed={seed}\n")
    print(f"generated {rows:,} rows in {time.perf_counter() - started:.1f} s: {data_path}", file=sys.stderr)
    return data_path


def _write_chunk(handle, rng, products, batch_i, batch_j, batch_k, header: bool, year: int = YEAR) -> None:
    i = np.concatenate(batch_i) if batch_i else np.array([], dtype=np.int32)
    j = np.concatenate(batch_j) if batch_j else np.array([], dtype=np.int32)
    k = np.concatenate(batch_k) if batch_k else np.array([], dtype=np.int64)
    n = len(i)
    v = np.maximum(np.round(rng.lognormal(1.5, 2.6, n), 3), 0.001)
    q = np.maximum(np.round(v * rng.lognormal(-1.0, 1.5, n), 3), 0.001)
    frame = pl.DataFrame({
        "t": np.full(n, year, dtype=np.int16), "i": i, "j": j, "k": products[k] if n else np.array([], dtype=str),
        "v": v, "q": q,
    }, schema={"t": pl.Int16, "i": pl.Int32, "j": pl.Int32, "k": pl.Utf8, "v": pl.Float64, "q": pl.Float64})
    blank = pl.Series(rng.random(n) < BLANK_Q_SHARE)
    frame = frame.with_columns(pl.when(blank).then(None).otherwise(pl.col("q")).alias("q"))
    frame.write_csv(handle, include_header=header, float_precision=3, null_value="")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--seed", type=int, default=42)
    parser.add_argument("--out", type=Path, default=None, help="output folder (default benchmarks/out/baci_<rows>_s<seed>)")
    args = parser.parse_args(argv)
    print(generate(args.rows, args.seed, args.out or default_dir(args.rows, args.seed)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
