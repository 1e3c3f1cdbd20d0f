# specbind: `make regenerate` rebuilds generated/ from the pinned specs; `make test` runs the tests.
# Both create .venv and install the project on first use.

PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

# Where pinned spec files and the tests' pinned documents are found by sha256 (else downloaded),
# and where parsed specs, validation reports and formatted files are cached.
export SPEC_CACHE ?= $(CURDIR)/spec/.cache
export TEST_DOCUMENTS ?= $(CURDIR)/tests/.documents
export SPECBIND_CACHE ?= $(CURDIR)/.specbind-cache
# A folder holding copies of the pinned documents, to seed those caches from instead of
# downloading (CI: `make test SEED=../shared`).
SEED ?=
SEEDING = $(if $(SEED),$(PY) tests/documents.py seed $(SEED))

.PHONY: regenerate check test bench corpus golden precompile update-spec clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --disable-pip-version-check -e '.[dev]'
	touch $(STAMP)

regenerate: $(STAMP)
	$(SEEDING)
	$(VENV)/bin/specbind generate

check: $(STAMP)
	$(VENV)/bin/specbind check

# Compile the built-in templates ahead (templates/<set>/_compiled/), after editing one.
precompile: $(STAMP)
	$(PY) -m generator.precompile

# Refresh the committed output of the golden fixture specs in tests/golden/.
golden: $(STAMP)
	$(PY) tests/golden_cases.py

# Move a pinned source to another upstream commit, record the API changes in
# spec/CHANGELOG.md, and regenerate: make update-spec SOURCE=openai COMMIT=<sha> [OVERLAYS=a.yaml,b.yaml]
update-spec: $(STAMP)
	@test -n "$(SOURCE)" -a -n "$(COMMIT)" || { echo "usage: make update-spec SOURCE=<name> COMMIT=<sha> [OVERLAYS=a,b]"; exit 2; }
	$(VENV)/bin/specbind pin $(SOURCE) $(COMMIT) --changelog spec/CHANGELOG.md $(if $(OVERLAYS),--overlays $(OVERLAYS))
	$(VENV)/bin/specbind generate

# One worker per core (at most four); a test file's tests stay together, sharing its fixtures.
PYTEST_ARGS ?= -n auto --maxprocesses 4 --dist loadfile

test: $(STAMP)
	$(SEEDING)
	$(PY) -m pytest $(PYTEST_ARGS)

bench: $(STAMP)
	$(PY) -m pip install -q --disable-pip-version-check openai openapi-python-client
	$(PY) bench/run.py
	$(PY) bench/memory.py

# specbind on the real-world documents of tests/documents.toml beside its peers; the table goes to docs/corpus.md.
corpus: $(STAMP)
	$(SEEDING)
	$(PY) -m pip install -q --disable-pip-version-check openapi-python-client
	$(PY) bench/corpus.py --write docs/corpus.md

clean:
	rm -rf $(VENV) .specbind-cache .pytest_cache
