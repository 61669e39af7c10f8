# Two commands from a fresh clone: `make run` and `make test`.
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed
DB     ?= data/ldtd.duckdb

.PHONY: run test eval bench profile notebooks install clean browser screenshots bytecode

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet -e '.[dev]'
	$(MAKE) --no-print-directory bytecode
	touch $(STAMP)

# An editable install leaves ldtd's own modules uncompiled (a wheel's install compiles them), and
# where PYTHONDONTWRITEBYTECODE is set every `ldtd` start compiles them again: about 0.15 s of a
# cold `ldtd check`. Compiled here, and again before the timings; a module edited since is
# recompiled in memory by Python, never read stale.
bytecode:
	$(PY) -m compileall -q pipeline schemas >/dev/null

install: $(STAMP)

run: $(STAMP)
	$(VENV)/bin/ldtd extract corpus --db $(DB)
	$(VENV)/bin/ldtd query "SELECT kind, coalesce(outlet, '-') AS outlet, count(*) AS n FROM articles GROUP BY ALL ORDER BY ALL" --db $(DB)

test: $(STAMP) browser
	$(PY) -m pytest

# The browser tests (tests/test_browser.py) drive Debian's Chromium through Playwright; it is
# installed here when it can be (root, apt). Without it they are skipped with a line saying so,
# except under CI=true, where a missing browser fails them.
browser:
	@if [ ! -x /usr/bin/chromium ] && [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
	  echo "installing chromium (apt) for the browser tests"; \
	  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null) \
	  || echo "chromium could not be installed: the browser tests will be skipped"; fi

eval: $(STAMP)
	$(PY) -m pipeline.evaluate --report eval/report.md

# The browser tests, keeping a screenshot of each page of `ldtd serve` in docs/screenshots/.
screenshots: $(STAMP) browser
	LDTD_SCREENSHOTS=docs/screenshots $(PY) -m pytest tests/test_browser.py

# Timing on a generated (synthetic) corpus; figures also go to bench/last-run.md.
bench: $(STAMP) bytecode
	$(PY) -m pipeline.bench --report bench/last-run.md

# Where a batch spends its time: pyinstrument over 100 synthetic pages (bench/profile.html).
profile: $(STAMP)
	$(PY) -m pipeline.bench --profile --pages 100

# Build the database from corpus/, then run every notebook (charts go to notebooks/figures/).
notebooks: $(STAMP)
	$(VENV)/bin/ldtd extract corpus --db $(DB)
	@for nb in notebooks/[0-9][0-9]_*.py; do echo "== $$nb"; LDTD_DB=$(DB) $(PY) $$nb || exit 1; done

clean:
	rm -rf $(VENV) data *.egg-info
