# Two commands do all set-up: `make run` and `make test` (see README.md).
SHELL := /bin/bash
PYTHON ?= $(shell for p in python3.13 python3.12 python3.11 python3; do \
	command -v $$p >/dev/null 2>&1 && $$p -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null \
	&& { echo $$p; break; }; done)
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test lint bench eval package clean venv

$(STAMP): pyproject.toml requirements.lock
	@if [ -z "$(PYTHON)" ]; then echo "Python 3.11 or newer is needed (python3 --version)"; exit 1; fi
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --disable-pip-version-check -c requirements.lock -e ".[dev]"
	@touch $(STAMP)

venv: $(STAMP)

# Creates the demo workspace on first run, then opens the desktop app
# (or, with no display, the headless appliance `secretary serve`).
run: $(STAMP)
	$(BIN)/secretary init --demo --if-missing
	$(BIN)/secretary

test: $(STAMP)
	@bash scripts/system-deps.sh
	$(BIN)/lint-imports
	$(BIN)/mypy
	QT_QPA_PLATFORM=offscreen $(BIN)/pytest -q -p no:cacheprovider

lint: $(STAMP)
	$(BIN)/ruff check .

# Foundation figures, then the knowledge base's (1M vectors take ~10 minutes and ~2 GB).
bench: $(STAMP)
	@bash scripts/system-deps.sh bench
	@$(BIN)/python -m pip install -q --disable-pip-version-check -c requirements.lock -e ".[dev,bench]" \
		|| echo "note: nomenklatura did not install; the KYB benchmark skips the logic-v2 baseline"
	$(BIN)/python -m benchmarks
	$(BIN)/python -m benchmarks.knowledge --sizes 10000,100000,1000000
	$(BIN)/python -m benchmarks.ai
	$(BIN)/python -m benchmarks.inbox
	$(BIN)/python -m benchmarks.kyb

eval: $(STAMP)
	$(BIN)/python -m evals

package: $(STAMP)
	$(BIN)/pyinstaller --noconfirm build.spec

clean:
	rm -rf $(VENV) build dist .pytest_cache .mypy_cache
