# Everything starts from a fresh clone: the first target run creates .venv and installs.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
STORE ?= .store

.PHONY: install chat test lint eval bench clean

install: $(STAMP)

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[dev]"
	$(BIN)/qa prepare
	touch $(STAMP)

chat: install
	$(BIN)/qa chat --store $(STORE) --ingest seeds

test: install
	$(BIN)/python -m pytest -q

lint: install
	$(BIN)/ruff check .

eval: install
	$(BIN)/python bench/eval_answers.py
	$(BIN)/python bench/eval_followups.py
	$(BIN)/python bench/eval_retrieval.py

bench: install
	$(BIN)/python bench/run_all.py
	$(BIN)/python bench/tui_startup.py

clean:
	rm -rf $(VENV) $(STORE) .pytest_cache .ruff_cache *.egg-info
