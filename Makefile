# Tandem — the two commands of the README, and a few helpers.
#   make run    install what the app needs (first time) and start it on the bundled knowledge
#   make test   install the test tools too (first time) and run lint + types + the whole test suite
# Both create/use .venv. torch==2.13.0 is installed before sentence-transformers:
# that pin is the CPU build available offline on these machines (see README).
# llama-cpp-python (tests only) is built portably by scripts/build-llama-wheel.sh.

PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
HASH   := $(shell cat pyproject.toml scripts/build-llama-wheel.sh | cksum | cut -d' ' -f1)
APP    := $(VENV)/.app-$(HASH)
DEV    := $(VENV)/.dev-$(HASH)
PORT   ?= 8501
# Where `make run` listens: HOST=… on the command line, else the settings' host (TANDEM_HOST in the
# environment or .env; default 127.0.0.1). 0.0.0.0 serves the LAN: set TANDEM_ADMIN_PASSWORD then.
HOST   ?=
SETTINGS_HOST := from tandem.core.settings import load_settings; print(load_settings().host)

.PHONY: run test install install-dev system-deps lint ingest bench bench-quick clean

$(APP): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet torch==2.13.0
	$(PY) -m pip install --quiet -e .
	rm -f $(VENV)/.app-*
	touch $(APP)

$(DEV): $(APP) scripts/build-llama-wheel.sh
	$(PY) -m pip install --quiet -e ".[test,bench]"
	bash scripts/build-llama-wheel.sh $(PY)
	rm -f $(VENV)/.dev-*
	touch $(DEV)

install: $(APP)

install-dev: $(DEV)

run: install
	$(PY) -m streamlit run app.py --server.headless true --server.port $(PORT) \
		--server.address "$(or $(HOST),$$($(PY) -c '$(SETTINGS_HOST)'))"

system-deps:
	bash scripts/install-system-deps.sh

lint: install-dev
	$(PY) -m ruff check .
	$(PY) -m ruff format --check .
	$(PY) -m mypy

test: install-dev system-deps lint
	$(PY) -m pytest

ingest: install
	$(PY) -m ingest

bench: install-dev system-deps
	$(PY) -m bench --out bench/RESULTS.md

bench-quick: install-dev system-deps
	$(PY) -m bench --quick

clean:
	rm -rf data .pytest_cache
