# specbind: `make regenerate` rebuilds generated/ from the pinned specs; `make test` runs the tests.
# Both create .venv and install the project on first use.

PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

# Where pinned spec files are found (CI points this at ../shared/spec), and
# where parsed specs, validation reports and formatted files are cached.
export SPEC_CACHE ?= spec/.cache
export SPECBIND_CACHE ?= $(CURDIR)/.specbind-cache

.PHONY: regenerate check test bench golden clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --disable-pip-version-check -e '.[dev]'
	touch $(STAMP)

regenerate: $(STAMP)
	$(VENV)/bin/specbind generate

check: $(STAMP)
	$(VENV)/bin/specbind check

test: $(STAMP)
	$(PY) -m pytest

bench: $(STAMP)
	$(PY) -m pip install -q --disable-pip-version-check openai
	$(PY) bench/run.py

clean:
	rm -rf $(VENV) .specbind-cache .pytest_cache
