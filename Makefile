# Two entry points for a newcomer: `make run` and `make test`. Both create .venv on first use.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin

.PHONY: run test install index bench clean

$(BIN)/egassist: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	# torch comes from the CPU wheel pinned in pyproject.toml (never the multi-GB CUDA build)
	$(BIN)/pip install --quiet -e '.[test]'
	touch $(BIN)/egassist

install: $(BIN)/egassist

run: install
	$(BIN)/egassist index
	$(BIN)/egassist

index: install
	$(BIN)/egassist index

test: install
	$(BIN)/lint-imports
	$(BIN)/pytest

bench: install
	$(BIN)/python benchmarks/bench.py

clean:
	rm -rf $(VENV) index
