"""Browser-only: Python values as the JS the runtime and the page take, and JS errors as a person reads them."""
from array import array

import js
from pyodide.ffi import to_js


def js_obj(d: dict):
  """A dict as a plain JS object (not a Map): what the runtime's options and the page's records are."""
  return to_js(d, dict_converter=js.Object.fromEntries)


def f32(values):
  """A sequence of floats (or an array('f')) as a JS Float32Array."""
  out = js.Float32Array.new(len(values))
  out.assign(values if isinstance(values, array) else array("f", values))
  return out


def js_error(e: Exception) -> str:
  """A JS Error's message as a person reads it (without the 'Error: ' prefix)."""
  return str(e).removeprefix("Error: ")
