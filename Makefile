# Two commands a newcomer needs: `make run` and `make test`. Both set up what they use.
PYTHON ?= python3
VENV := .venv
HERMES_VENV := .venv-hermes
HERMES_VERSION := 0.19.0

.PHONY: run test lint format bench sample-home stack compose dashboards

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(VENV)/bin/pip install -q --upgrade pip
	$(VENV)/bin/pip install -q -e '.[test]'
	touch $@

# Hermes's own code, in its own environment: the tests drive it to write real ledgers.
$(HERMES_VENV)/.installed:
	$(PYTHON) -m venv $(HERMES_VENV)
	$(HERMES_VENV)/bin/pip install -q hermes-agent==$(HERMES_VERSION)
	touch $@

run: $(VENV)/.installed
	$(VENV)/bin/plutus-exporter $(ARGS)

# Prometheus, Alertmanager, the exporter and the reconciler (dry passes) as local processes on
# loopback, no Docker: see README.md, "Running the stack without Docker". SMTP settings: .env.
stack: $(VENV)/.installed
	PATH="$(CURDIR)/$(VENV)/bin:$$PATH" $(VENV)/bin/python -m stack $(ARGS)

# The whole stack in Docker (README.md, "Run the whole stack"). secrets/ (mode 0700) gets an empty SMTP password
# and a random Grafana admin password the first time; the files are 0644 so that the
# containers' own users can read them through their mounts.
compose:
	mkdir -p -m 700 secrets
	test -e secrets/smtp_password || install -m 644 /dev/null secrets/smtp_password
	test -e secrets/grafana_admin_password || \
		(head -c 18 /dev/urandom | base64 > secrets/grafana_admin_password)
	docker compose up -d --build

# Rewrite grafana/dashboards/*.json after editing grafana/overview.py.
dashboards: $(VENV)/.installed
	$(VENV)/bin/python grafana/build_dashboards.py

test: $(VENV)/.installed $(HERMES_VENV)/.installed
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	PLUTUS_HERMES_PYTHON=$(CURDIR)/$(HERMES_VENV)/bin/python $(VENV)/bin/pytest $(PYTEST_ARGS)

lint: $(VENV)/.installed
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

format: $(VENV)/.installed
	$(VENV)/bin/ruff format .
	$(VENV)/bin/ruff check --fix .

# Sizes 10k and 100k by default; `make bench ARGS="--sizes 1000000"` for a million sessions.
bench: $(VENV)/.installed $(HERMES_VENV)/.installed
	$(VENV)/bin/python bench/run.py --hermes-python $(HERMES_VENV)/bin/python $(ARGS)

sample-home: $(VENV)/.installed $(HERMES_VENV)/.installed
	$(HERMES_VENV)/bin/python examples/make_sample_home.py exporter/sample_home
