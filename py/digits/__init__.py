"""The digit pad's Python UI. Pure modules (strokes, segment, preprocess, models) import anywhere; the others need the
browser (`js`, PyScript): app (wiring and the prediction loop), pad (pointer input), loader (models and backends),
view (what the page shows), canvas (rasterising, pictures), interop (Python values as JS, JS errors), teach (the Teach
panel: examples, learning, personalised weights), train (the "Train a model here" panel: from scratch on MNIST, the
model trained here), chart (its live charts), segment (a written number's digits), saved (what this browser
keeps for Teach).
`MODULES` is the order the page's editor lists them in."""
MODULES = ["app", "pad", "loader", "view", "teach", "saved", "train", "chart", "segment", "preprocess", "strokes",
           "models", "canvas", "interop"]
