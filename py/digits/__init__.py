"""The digit pad's Python UI. Pure modules (strokes, preprocess, models) import anywhere; `canvas` and `app`
need the browser (`js`, PyScript). `MODULES` is the order the page's editor lists them in."""
MODULES = ["app", "preprocess", "strokes", "models", "canvas"]
