# Two commands do all the set-up on a fresh machine:
#   make run    installs into .venv (first time) and runs the bot
#   make test   installs into .venv (first time) and runs the test suite
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: install run test bench eval

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -e '.[test]'
	touch $(STAMP)

install: $(STAMP)

run: $(STAMP)
	$(VENV)/bin/eo-bot run

test: $(STAMP)
	$(PY) -m pytest -q

eval: $(STAMP)
	$(PY) -m bot eval ../shared/eval/dev_questions.yaml

bench: $(STAMP)
	$(PY) bench/bench_answers.py
	$(PY) bench/bench_http.py
	$(PY) bench/bench_http.py --uncached
	$(PY) bench/bench_schedule.py
