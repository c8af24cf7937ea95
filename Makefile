# Every workflow of the project is a target here. `make` sets everything up and runs the main
# job (validate, regenerate, demo); `make test` runs the checks and the test suite.

VENV      ?= .venv
PYTHON    := $(VENV)/bin/python
BIN       := $(VENV)/bin
NODE_BIN  := node_modules/.bin
# Where `make generate` writes; the benchmarks point it at a temporary folder.
GENERATED ?= generated
export PATH := $(abspath $(BIN)):$(PATH)
export REDOCLY_TELEMETRY := off
export REDOCLY_SUPPRESS_UPDATE_NOTICE := true

.PHONY: all setup generate bundle validate check-generated demo drift-report test pytest bench clean

all: setup validate generate demo

# Python virtual environment with the package (editable) and the dev tools, plus the pinned
# Node tools from package-lock.json. Re-runs only when the inputs change.
setup: $(VENV)/.installed node_modules/.installed

$(VENV)/.installed: pyproject.toml
	test -x $(PYTHON) || python3 -m venv $(VENV)
	$(PYTHON) -m pip install --quiet --upgrade pip
	$(PYTHON) -m pip install --quiet -e '.[dev]'
	touch $@

node_modules/.installed: package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	touch $@

bundle: setup
	mkdir -p build
	$(NODE_BIN)/redocly bundle openapi.yaml --output build/openapi.yaml

generate: setup
	$(PYTHON) scripts/generate.py --output $(GENERATED)

validate: bundle
	$(BIN)/openapi-spec-validator build/openapi.yaml
	$(NODE_BIN)/redocly lint openapi.yaml --format=codeframe

check-generated: setup
	$(PYTHON) scripts/check_generated.py

demo: setup
	$(PYTHON) scripts/demo.py

# Decode the recorded responses in RECORDINGS (files named OPERATION[.STATUS][.LABEL].json) and
# print where they differ from openapi.yaml. See docs/tolerant-decoding.md.
RECORDINGS ?= tests/recordings
drift-report: setup
	$(PYTHON) scripts/drift_report.py $(RECORDINGS)

pytest: setup
	$(PYTHON) -m pytest

.PHONY: contract-test coverage-report operation-ids

# Contract tests alone: every operation through the generated client against Prism mocks of
# build/openapi.yaml, plus the spec checks. They also run as part of `make pytest`.
contract-test: setup
	$(PYTHON) -m pytest tests/contract

# Operations per tag (documented, partial, inferred) compared with spec/operations-index.tsv.
# Exits 1 when the spec and the index contradict each other.
coverage-report: setup
	$(PYTHON) scripts/coverage_report.py --check

# Append the spec's new operationIds to spec/operation-ids.txt (ids are never removed here).
operation-ids: setup
	$(PYTHON) scripts/operation_ids.py --update

test: validate check-generated pytest

# Client cost against raw httpx, import time, pacing under the quota, generation time and
# memory; prints the figures and rewrites the results section of docs/benchmarks.md.
bench: setup
	$(PYTHON) -m benchmarks.run --output docs/benchmarks.md

clean:
	rm -rf build dist .pytest_cache
