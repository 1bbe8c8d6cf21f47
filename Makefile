# wb — two commands: `make demo` and `make test`. Both build .venv when it is missing.
PYTHON ?= python3.11
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
CLUSTER_STAMP := $(VENV)/.installed-cluster

.PHONY: demo test lab venv lint format clean bench

venv: $(STAMP)

$(STAMP): pyproject.toml models/wb_offline_nl/pyproject.toml
	@command -v $(PYTHON) >/dev/null 2>&1 || { echo "Python 3.11 niet gevonden ($(PYTHON)); installeer Python 3.11 of geef PYTHON=... mee." >&2; exit 2; }
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev]'
	$(PY) -m pip install --quiet --no-deps $$($(PY) -c "import tomllib; print(' '.join(tomllib.load(open('pyproject.toml','rb'))['tool']['wb']['no-deps']))")
	$(PY) -m pip install --quiet --no-deps $$($(PY) -c "import tomllib; print(' '.join('-e ' + p for p in tomllib.load(open('pyproject.toml','rb'))['tool']['wb']['local-packages']))")
	@touch $(STAMP)

# the tests also cover the optional extra wb[cluster] (Dask); the demo does not need it
$(CLUSTER_STAMP): $(STAMP)
	$(PY) -m pip install --quiet -e '.[dev,cluster]'
	@touch $(CLUSTER_STAMP)

demo: $(STAMP)
	$(PY) -m wb.demo

test: $(CLUSTER_STAMP)
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(PY) -m pytest -q -p no:cacheprovider tests --nbval-lax notebooks

lab: $(STAMP)
	$(PY) -m wb.lab_locale
	$(VENV)/bin/jupyter lab notebooks/

format: $(STAMP)
	$(VENV)/bin/ruff format .
	$(VENV)/bin/ruff check --fix .

bench: $(STAMP)
	$(PY) bench/run_all.py

clean:
	rm -rf $(VENV) build *.egg-info
