# Plume — the same verbs locally and in CI. Every target works on a fresh clone.
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
PLUME  := $(VENV)/bin/plume
STAMP  := $(VENV)/.installed
EXAMPLE ?= examples/chomage-aout-2016.md

.PHONY: install run test lint format bench clean

install: $(STAMP)

# llama-cpp-python compiles from source the first time (about 9 minutes on 2 cores);
# pip caches the wheel, so later installs take seconds.
$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev]'
	touch $@

run: install
	$(PLUME) rewrite $(EXAMPLE) -o out/

test: install
	$(PY) -m pytest

lint: install
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

format: install
	$(VENV)/bin/ruff check --fix .
	$(VENV)/bin/ruff format .

bench: install
	$(PLUME) bench

clean:
	rm -rf $(VENV) build out .pytest_cache .ruff_cache
