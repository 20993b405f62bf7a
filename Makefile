# policykg developer tasks. `make test` is the README's test command and what .ci/run runs.
PY ?= python3
VENV ?= .venv
BIN := $(VENV)/bin

.PHONY: demo test test-deps system-deps lint bench clean screenshots compiled plain

$(BIN)/python:
	$(PY) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

## demo: install policykg and build the graph of the five samples into out/ (embedded store included)
demo: $(BIN)/python
	$(BIN)/pip install --quiet -e .
	$(BIN)/policykg build samples/ --out out/

## system-deps: Debian packages the browser and PDF tests need (Chromium, its driver, a CJK font)
system-deps:
	@if ! command -v chromium >/dev/null 2>&1 || ! command -v chromedriver >/dev/null 2>&1 || ! fc-list 2>/dev/null | grep -qi 'wenquanyi\|noto sans cjk'; then \
	  if [ "$$(id -u)" = "0" ]; then apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver fonts-wqy-microhei >/dev/null; \
	  else sudo apt-get update -qq && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver fonts-wqy-microhei >/dev/null; fi; \
	fi

## test-deps: everything the whole test suite needs (system packages + the test extra)
test-deps: system-deps $(BIN)/python
	$(BIN)/pip install --quiet -e '.[test]'

## test: install what the tests need and run the whole suite (unit, integration against the embedded store and a
## real Bolt server on 127.0.0.1, browser tests in headless Chromium), in parallel: pytest-xdist, a worker per core,
## at most four (every server a test starts binds its own free port and keeps its own folders)
test: test-deps
	$(BIN)/pytest -n auto --maxprocesses 4

lint: $(BIN)/python
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy .

## compiled: compile the extraction modules with mypyc, in place (opt-in: ~5-9 min of C compiling, needs a C compiler
## and the Python headers; extraction 14-30 % less CPU, bench/README.md Round 27). If it fails, the plain modules
## stay in use. Run it again after editing loaders/extract (a compiled module older than its source stops the import).
compiled: $(BIN)/python
	$(BIN)/pip install --quiet -e '.[compile]'
	$(BIN)/python tools/compile_extract.py

## plain: remove the compiled extraction modules (back to plain Python)
plain: $(BIN)/python
	$(BIN)/python tools/compile_extract.py --clean

bench: $(BIN)/python
	$(BIN)/pip install --quiet -e '.[bench]'
	$(BIN)/python bench/bench_build.py --sizes 100 1000

clean:
	rm -rf out build *.egg-info .pytest_cache .mypy_cache .ruff_cache

## screenshots: refresh the README's pictures (docs/img/) from the samples, in headless Chromium
screenshots: test-deps
	POLICYKG_UPDATE_SCREENSHOTS=1 $(BIN)/pytest tests/graph/test_viz_browser.py -k screenshots
