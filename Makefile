# The two set-up commands of the README: `make run` and `make test` (and `make bench`).
# Both create the virtual environment .venv on first use and install the package into it.

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP_RUN := $(VENV)/.installed-run
STAMP_TEST := $(VENV)/.installed-test

.PHONY: run test lint bench translations clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(STAMP_RUN): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e .
	touch $@

$(STAMP_TEST): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[test,hq,installer]'
	touch $@ $(STAMP_RUN)

# The X11 libraries Qt's window plugin needs are checked first: when some are missing it
# prints the `sudo apt-get install …` command to run, and stops (mercator_desktop/display_check.py).
run: $(STAMP_RUN)
	$(BIN)/python -m mercator_desktop.display_check
	$(BIN)/mercator-desktop gui --demo-on-first-run

# Two workers (pytest-xdist), a test file each at a time: module fixtures are made once.
TEST_WORKERS ?= 2
test: $(STAMP_TEST)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -n $(TEST_WORKERS) --dist loadfile

# The benchmarks (benchmarks/run.py; minutes at the default scale; headless Qt unless
# QT_QPA_PLATFORM says otherwise). Other settings, e.g.
# make bench BENCH_ARGS="--scale 0.1 --runs 3"
BENCH_ARGS ?=
bench: $(STAMP_TEST)
	$(BIN)/python benchmarks/run.py $(BENCH_ARGS)

# Re-extract the interface's strings into resources/translations/*.ts (translations kept) and
# list what is left to translate; the app compiles the .ts itself at start (ui/i18n.py).
translations: $(STAMP_RUN)
	$(BIN)/python tools/update_translations.py

lint: $(STAMP_TEST)
	$(BIN)/ruff check .
	$(BIN)/mypy

clean:
	rm -rf $(VENV) build dist .pytest_cache .mypy_cache .ruff_cache
