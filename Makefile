# Every target sets up .venv itself, so `make demo` and `make test` work from a fresh clone.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-$(shell cat pyproject.toml | cksum | cut -d' ' -f1)

.PHONY: venv generate check-generated validate-contract check-spec lint test bench demo check clean

$(STAMP): pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[dev]"
	@rm -f $(VENV)/.installed-*
	@touch $(STAMP)

venv: $(STAMP)

generate: venv  ## rebuild generated/ and docs/operations.md from the contract
	$(BIN)/python scripts/generate.py

check-generated: venv  ## fail when generated/ drifted from the contract
	$(BIN)/python scripts/generate.py --check

validate-contract: venv  ## fail when the contract is not valid OpenAPI 3.1
	$(BIN)/openapi-spec-validator openapi/stateset-api.yaml

check-spec: venv  ## contract valid, breaking changes only with a new major version, generated/ in sync, CHANGELOG-API.md current
	$(BIN)/python scripts/check_spec.py

lint: venv  ## ruff, plus mypy --strict on stateset/
	$(BIN)/ruff check stateset scripts tests benchmarks examples
	$(BIN)/ruff format --check stateset scripts tests benchmarks examples
	$(BIN)/mypy stateset

test: venv  ## every test, with line+branch coverage of stateset/ and scripts/ (fails under 95%)
	$(BIN)/python -m pytest -n 2 --cov --cov-report=term-missing:skip-covered --cov-fail-under=95

bench: venv  ## run the benchmarks and rewrite benchmarks/README.md (installs nginx, the static baseline server)
	@command -v nginx >/dev/null || test -x /usr/sbin/nginx || (apt-get update -qq && apt-get install -y -qq nginx-light)
	$(BIN)/python benchmarks/run_all.py

demo: venv  ## the quickstart against the embedded sandbox: no API key, no network
	$(BIN)/python examples/quickstart.py

check: lint test check-generated validate-contract check-spec  ## every gate

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache .coverage .coverage.* htmlcov
