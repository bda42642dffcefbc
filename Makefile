# Two commands do everything: `make serve` (build + serve the site) and `make test`. `make train` retrains.
PYTHON ?= python3
PORT ?= 8000
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: all build serve test lint train export bench clean

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

lint: $(STAMP)
	$(BIN)/ruff check .

# Train both shipped models (use a GPU: DEV=CUDA make train), then export them as WebGPU kernels.
train: $(STAMP)
	$(BIN)/python -m training.train --model mlp
	$(BIN)/python -m training.train --model cnn
	$(MAKE) export

export: $(STAMP)
	$(BIN)/python -m training.export --model mlp
	$(BIN)/python -m training.export --model cnn

bench: build
	$(BIN)/python -m bench.bench_runtime
	$(BIN)/python -m bench.bench_site

clean:
	rm -rf dist test-artifacts
