"""What this browser keeps for Teach (site/store.js's `taught` store: per model, the examples kept and the
personalised weights), read back when a model loads. Browser-only."""
from array import array

import js

from .interop import js_error


async def taught():
  return (await js.digitsStore()).taught


async def stored(mid: str):
  """This browser's Teach record of a model: the one index.html read while Python started (taken once), else read."""
  try:
    early = await js.digitsPreload.stored
    if js.Reflect.has(early, mid):
      rec = js.Reflect.get(early, mid)
      js.Reflect.deleteProperty(early, mid)
      return rec
  except Exception:
    pass  # the early read failed: read again, and report that error
  return await (await taught()).get(mid)


async def restore(state, mid: str, model) -> str:
  """A model just loaded: take its examples and personalised weights from this browser's storage. Returns a note
  for the page ('' when nothing was stored)."""
  try:
    rec = await stored(mid)
  except Exception as e:
    return f"Your saved examples could not be read ({js_error(e)})."
  if not hasattr(rec, "examples"): return ""
  if mid not in state.examples:
    state.examples[mid] = [(array("f", bytes(x.x.to_bytes())), int(x.label)) for x in rec.examples]
  state.personal[mid] = False
  if getattr(rec, "weights", None) is None: return ""
  try:
    await model.loadWeights(rec.weights)
  except Exception as e:
    return f"Your personalised weights no longer fit this model ({js_error(e)}); it runs on the shipped ones."
  state.personal[mid] = True
  return ""
