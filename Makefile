# Two commands do everything: `make serve` (build + serve the site) and `make test` (the full suite; `make test-fast`
# leaves out the browser tests and the few marked slow). `make train` retrains.
PYTHON ?= python3
PORT ?= 8000
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: all build serve test test-fast lint train export bench bench-realgpu clean

all: build

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e '.[test]'
	touch $@

node_modules/.package-lock.json: package.json package-lock.json
	npm ci --no-audit --no-fund

build: $(STAMP) node_modules/.package-lock.json
	$(BIN)/python -m scripts.build

serve: build
	$(BIN)/python -m scripts.serve --dir dist --port $(PORT)

test: $(STAMP) node_modules/.package-lock.json
	$(BIN)/ruff check .
	$(BIN)/python -m pytest -v

# pytest markers (pyproject.toml): `browser` is set by tests/conftest.py on every test that uses Chromium.
test-fast: $(STAMP) node_modules/.package-lock.json
	$(BIN)/ruff check .
	$(BIN)/python -m pytest -m "not browser and not slow" -q

lint: $(STAMP)
	$(BIN)/ruff check .

# Every model of the registry (training/models.py): train them (use a GPU: DEV=CUDA make train), then export them.
MODELS = $(shell $(BIN)/python -m training.models 2>/dev/null)

train: $(STAMP)
	for m in $(MODELS); do $(BIN)/python -m training.train --model $$m || exit 1; done
	$(MAKE) export

export: $(STAMP)
	for m in $(MODELS); do $(BIN)/python -m training.export --model $$m || exit 1; done

bench: build
	$(BIN)/python -m bench.bench_runtime
	$(BIN)/python -m bench.bench_site
	$(BIN)/python -m bench.bench_teach
	$(BIN)/python -m bench.bench_eval
	$(BIN)/python -m bench.bench_steady
	$(BIN)/python -m bench.bench_freeze
	$(BIN)/python -m bench.bench_train --steps "$(TRAIN_CAPS)"
	$(BIN)/python -m bench.report

# Training here, ours vs TensorFlow.js (bench/results/train.json): full MLP epochs on WebAssembly; what SwiftShader
# (a CPU-emulated GPU) or untuned CNN kernels would take hours for is capped to a few steps (images/s only).
TRAIN_CAPS = ours-webgpu/mlp:20,tfjs-webgl/mlp:20,tfjs-webgpu/mlp:20,small:2,cnn:2,ours-webgpu/small:0,ours-webgpu/cnn:0,tfjs-webgpu/small:0,tfjs-webgpu/cnn:0,tfjs-webgl/cnn:0

# The same bench pages on a real GPU (docs/BENCHMARKS.md "On a real GPU"): builds the site with the peers into
# .gpu/site, packs it for the GPU machine's harness (bench/bench_realgpu.py REALGPU) and prints the calls to make
# there; `python -m bench.bench_realgpu collect DIR` then writes bench/results/realgpu.json.
bench-realgpu: $(STAMP) node_modules/.package-lock.json
	$(BIN)/python -m bench.bench_realgpu prepare

clean:
	rm -rf dist test-artifacts
