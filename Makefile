# Every target bootstraps .venv itself; it is rebuilt only when pyproject.toml, setup.py or requirements.lock change.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
BENCH_ROWS ?= 1000000
BENCH_FILES ?= 1
BENCH_REPEAT ?= 1
PREFECT_PORT ?= 4200

export PREFECT_HOME ?= $(CURDIR)/.prefect
export PREFECT_SERVER_ANALYTICS_ENABLED ?= false
export DO_NOT_TRACK ?= 1

.PHONY: run test bench server clean models

$(STAMP): pyproject.toml setup.py requirements.lock
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --disable-pip-version-check -c requirements.lock -e '.[dev]'
	touch $(STAMP)

run: $(STAMP)  ## build warehouse/tariffscope.duckdb from data/ and print what loaded
	$(BIN)/tariffscope run

test: $(STAMP)  ## the whole test suite, on 2 worker processes (a file stays on one; slow files first: tests/conftest.py)
	$(BIN)/python -m pytest -n 2 --dist loadfile --no-loadscope-reorder

bench: $(STAMP)  ## BENCH_ROWS=N [BENCH_FILES=K] make bench; last line is JSON
	$(BIN)/python benchmarks/bench_trade.py --rows $(BENCH_ROWS) --files $(BENCH_FILES) --repeat $(BENCH_REPEAT)

models: $(STAMP)  ## retrain the learned article decisions (tariff_model.json, trade_model.json) from the labelled corpora
	$(BIN)/python -m tariffscope.articles.train_tariffs
	$(BIN)/python -m tariffscope.articles.train_trade_values

server: $(STAMP)  ## a local Prefect server (SQLite under .prefect/) for scheduled deployments
	$(BIN)/prefect server start --host 127.0.0.1 --port $(PREFECT_PORT)

clean:
	rm -rf $(VENV) .prefect warehouse/*.duckdb warehouse/*.wal warehouse/*-docs warehouse/*-report
