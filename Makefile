# Tandem — the two commands of the README, and a few helpers.
#   make run    install (first time) and start the app on the bundled knowledge
#   make test   install everything (first time) and run lint + the whole test suite
# Both create/use .venv. torch==2.13.0 is installed before sentence-transformers:
# that pin is the CPU build available offline on these machines (see README).

PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed-$(shell cat pyproject.toml | cksum | cut -d' ' -f1)
PORT   ?= 8501

.PHONY: run test install system-deps lint ingest bench bench-quick clean

$(STAMP): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet torch==2.13.0
	$(PY) -m pip install --quiet -e ".[dev]"
	rm -f $(VENV)/.installed-*
	touch $(STAMP)

install: $(STAMP)

run: install
	$(PY) -m streamlit run app.py --server.headless true --server.port $(PORT)

system-deps:
	bash scripts/install-system-deps.sh

lint: install
	$(PY) -m ruff check .

test: install system-deps
	$(PY) -m ruff check .
	$(PY) -m pytest

ingest: install
	$(PY) -m ingest

bench: install system-deps
	$(PY) -m bench --out bench/RESULTS.md

bench-quick: install system-deps
	$(PY) -m bench --quick

clean:
	rm -rf data .pytest_cache
