# Two commands for a newcomer (see README.md):
#   make run    set up and start the app on the sample workspace
#   make test   set up and run the whole test suite, the linter and the import contract
# The installable app (README, "Installing"):
#   make dist       the frozen folder dist/briefing-book and the Linux .tar.gz (PyInstaller)
#   make dist-test  build it, then test the frozen build and measure it (not part of make test)
VENV ?= .venv
PY := $(VENV)/bin/python
SAMPLE := samples/cambodia-china.briefing

.PHONY: run test setup sample clean-sample dist dist-test

run: setup sample
	$(VENV)/bin/briefing-book $(SAMPLE)

test: setup
	$(PY) -m pytest -q
	$(VENV)/bin/ruff check .
	$(VENV)/bin/lint-imports

setup: $(VENV)/.installed

$(VENV)/.installed: pyproject.toml
	bash .ci/system-deps
	python3 -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -e '.[gui,test,server]'
	touch $@

# The sample workspace is built from its JSON the first time (and again if the JSON changes).
sample: $(SAMPLE)

$(SAMPLE): samples/cambodia-china.json $(VENV)/.installed
	rm -f $@ $@-wal $@-shm
	$(VENV)/bin/briefing load samples/cambodia-china.json $@

clean-sample:
	rm -f $(SAMPLE) $(SAMPLE)-wal $(SAMPLE)-shm

# ---- the frozen build (packaging/): a few minutes; outside `make test` (see README)
dist: $(VENV)/.dist-installed
	$(PY) packaging/icons.py --no-render --ico build/icons/briefing-book.ico \
	  --icns build/icons/briefing-book.icns
	nice $(VENV)/bin/pyinstaller --noconfirm --log-level WARN --distpath dist \
	  --workpath build/pyinstaller packaging/briefing-book.spec
	PY=$(PY) bash packaging/linux/make-release.sh

dist-test: dist
	bash packaging/linux/dist-deps
	QT_QPA_PLATFORM=offscreen $(PY) packaging/smoke_test.py dist/briefing-book/briefing-book \
	  dist/briefing-book/briefing --source-cli $(VENV)/bin/briefing
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q -p no:cacheprovider packaging/tests
	QT_QPA_PLATFORM=offscreen $(PY) benchmarks/dist_bench.py

$(VENV)/.dist-installed: $(VENV)/.installed
	$(PY) -m pip install -q -e '.[gui,test,dist]'
	touch $@
