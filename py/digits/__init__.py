"""The digit pad's Python UI. Pure modules (strokes, preprocess, models) import anywhere; the others need the
browser (`js`, PyScript): app (wiring and the prediction loop), pad (pointer input), loader (models and backends),
view (what the page shows), canvas (rasterising, pictures), interop (Python values as JS, JS errors), teach (the Teach
panel: examples, learning, personalised weights), train (the "Train a model here" panel: from scratch on MNIST, live
charts, the model trained here).
`MODULES` is the order the page's editor lists them in."""
MODULES = ["app", "pad", "loader", "view", "teach", "train", "preprocess", "strokes", "models", "canvas", "interop"]
