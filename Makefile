# One command vocabulary: make run | test | check | build | bench
# Everything is idempotent: a second run with nothing changed takes seconds.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMPS := .stamps
export STREAMLIT_BROWSER_GATHER_USAGE_STATS := false

SITE ?= site

.PHONY: run run-cluster test check audit build bench loadtest setup clean help eval-extract publish serve-public lock

help:
	@echo "make run    set everything up and serve the dashboard on http://127.0.0.1:8501"
	@echo "make test   set up and run every test"
	@echo "make check  lint and security scan (ruff, with bandit's S rules), types (mypy), layers (import-linter), SQL (sqlfluff), pip-audit"
	@echo "make build  all of run's setup without starting the server"
	@echo "make bench  measure query speed and print figures"
	@echo "make lock   recompile requirements.lock and requirements-dev.lock (hashes) from requirements*.txt"
	@echo "make eval-extract  score the news extractor on the labelled articles"
	@echo "make run-cluster  two dashboard replicas behind HAProxy on http://127.0.0.1:8501"
	@echo "make loadtest  concurrent websocket sessions against one process, 2 and 4 replicas, and the floor"
	@echo "make publish  build the public edition (static site) into site/"
	@echo "make serve-public  publish, then serve site/ with nginx on http://127.0.0.1:8080"

# The full dependency set is locked with hashes (pip-tools): requirements.txt and requirements-dev.txt
# hold the direct pins with one line of why each; `make lock` compiles them into requirements.lock and
# requirements-dev.lock, which are what gets installed (pip refuses any file whose hash differs).
$(STAMPS)/venv: requirements.lock
	@mkdir -p $(STAMPS)
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check --require-hashes -r requirements.lock
	@touch $@

$(STAMPS)/dev: requirements-dev.lock $(STAMPS)/venv
	$(PY) -m pip install --quiet --disable-pip-version-check --require-hashes -r requirements-dev.lock
	@touch $@

LOCK_VENV := .venv-lock
PIP_COMPILE = $(LOCK_VENV)/bin/pip-compile --quiet --generate-hashes --allow-unsafe --strip-extras \
	--no-emit-index-url --no-emit-find-links

# Recompile both locks after editing requirements*.txt; the dev lock starts from the runtime lock so
# both hold the same versions of what they share (tests/test_project.py checks it).
lock:
	test -x $(LOCK_VENV)/bin/pip-compile || { $(PYTHON) -m venv $(LOCK_VENV) && \
		$(LOCK_VENV)/bin/python -m pip install --quiet --disable-pip-version-check pip-tools==7.6.2; }
	$(PIP_COMPILE) --output-file requirements.lock requirements.txt
	cp requirements.lock requirements-dev.lock
	$(PIP_COMPILE) --output-file requirements-dev.lock requirements-dev.txt

# Debian packages, installed only when missing. Tests: Chromium for the browser
# tests (never `playwright install`) and pdftotext to read briefs back.
# Always: Pango and a font for WeasyPrint's PDF briefs (docs/adr/0006).
APT_INSTALL = SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	$$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq

$(STAMPS)/chromium:
	@mkdir -p $(STAMPS)
	@missing=""; \
	command -v chromium >/dev/null || missing="$$missing chromium chromium-driver"; \
	command -v pdftotext >/dev/null || missing="$$missing poppler-utils"; \
	if [ -n "$$missing" ]; then $(APT_INSTALL) $$missing >/dev/null; fi
	@touch $@

$(STAMPS)/print:
	@mkdir -p $(STAMPS)
	@missing=""; \
	/sbin/ldconfig -p | grep -q libpangoft2-1.0 || missing="$$missing libpango-1.0-0 libpangoft2-1.0-0"; \
	[ -e /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf ] || missing="$$missing fonts-dejavu-core"; \
	if [ -n "$$missing" ]; then $(APT_INSTALL) $$missing >/dev/null; fi
	@touch $@

# The public edition's plotly.js bundle and axe-core (tests/app/test_accessibility.py only, never published),
# pinned with their integrity hashes in package-lock.json.
$(STAMPS)/npm: package-lock.json
	@mkdir -p $(STAMPS)
	@command -v npm >/dev/null || { $(APT_INSTALL) nodejs npm >/dev/null; }
	npm ci --ignore-scripts --no-audit --no-fund --loglevel=error
	@touch $@

# nginx serves the public edition; wrk measures it (make bench); HAProxy balances the replicas.
$(STAMPS)/nginx:
	@mkdir -p $(STAMPS)
	@missing=""; \
	command -v nginx >/dev/null || [ -x /usr/sbin/nginx ] || missing="$$missing nginx"; \
	command -v haproxy >/dev/null || [ -x /usr/sbin/haproxy ] || missing="$$missing haproxy"; \
	command -v wrk >/dev/null || missing="$$missing wrk"; \
	if [ -n "$$missing" ]; then $(APT_INSTALL) $$missing >/dev/null; fi
	@touch $@

setup: $(STAMPS)/venv $(STAMPS)/print
	$(PY) -m netralitas setup

build: setup

run: setup
	$(PY) -m netralitas serve --address 127.0.0.1 --port 8501

run-cluster: setup $(STAMPS)/nginx
	$(PY) -m netralitas serve --replicas 2 --address 127.0.0.1 --port 8501

publish: setup $(STAMPS)/npm
	$(PY) -m netralitas publish --out $(SITE)

serve-public: publish $(STAMPS)/nginx
	$(PY) -m netralitas serve-public --root $(SITE) --port 8080

test: $(STAMPS)/dev $(STAMPS)/chromium $(STAMPS)/npm $(STAMPS)/nginx setup
	$(PY) -m pytest -n 2 --dist loadfile -q

# ruff's rule set includes S (flake8-bandit: the security scan); pip-audit checks every installed
# package of the pinned set against PyPI's vulnerability data (docs/security.md).
check: $(STAMPS)/dev audit
	$(PY) -m ruff check --no-fix .
	$(PY) -m ruff format --check .
	$(PY) -m mypy
	PYTHONPATH=. $(VENV)/bin/lint-imports
	$(VENV)/bin/sqlfluff lint queries --disable-progress-bar

AUDIT_VENV := .venv-audit
$(STAMPS)/audit: requirements-audit.txt
	@mkdir -p $(STAMPS)
	test -x $(AUDIT_VENV)/bin/python || $(PYTHON) -m venv $(AUDIT_VENV)
	$(AUDIT_VENV)/bin/python -m pip install --quiet --disable-pip-version-check -r requirements-audit.txt
	@touch $@

# PyPI's per-release JSON (where pip-audit reads vulnerabilities) is probed first: on a machine that
# reaches only PyPI's simple index the audit cannot run, and says so rather than pretend it passed.
audit: $(STAMPS)/venv $(STAMPS)/audit
	@site=$$($(PY) -c 'import sysconfig; print(sysconfig.get_paths()["purelib"])'); \
	if $(AUDIT_VENV)/bin/python -c 'import urllib.request as u; u.urlopen("https://pypi.org/pypi/pip/24.0/json", timeout=15)' 2>/dev/null; then \
		$(AUDIT_VENV)/bin/pip-audit --path "$$site" --strict --progress-spinner off --desc on; \
	else \
		echo "pip-audit: NOT RUN: PyPI's vulnerability data (https://pypi.org/pypi/NAME/VERSION/json) is not reachable from this machine (docs/security.md)"; \
	fi

bench: $(STAMPS)/dev $(STAMPS)/chromium $(STAMPS)/npm $(STAMPS)/nginx setup
	$(PY) -m netralitas.serving.bench

loadtest: $(STAMPS)/dev setup $(STAMPS)/nginx
	$(PY) -m netralitas.serving.loadtest

eval-extract: $(STAMPS)/venv
	$(PY) -m netralitas eval-extract

clean:
	rm -rf $(STAMPS) data/warehouse.duckdb data/demo data/reference $(SITE) node_modules .run $(AUDIT_VENV) $(LOCK_VENV)
