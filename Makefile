# Two commands for a newcomer (see README.md):
#   make run    set up and start the app on the sample workspace
#   make test   set up and run the whole test suite, the linter and the import contract
VENV ?= .venv
PY := $(VENV)/bin/python
SAMPLE := samples/cambodia-china.briefing

.PHONY: run test setup sample clean-sample

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
