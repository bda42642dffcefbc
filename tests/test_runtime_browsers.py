"""site/runtime/ in a browser that lacks a part (WebAssembly SIMD, WebGPU, a GPU adapter): each loader says so, and
'auto' runs on what there is."""
import contextlib
import json

import numpy as np
from helpers import AUTO_JS, KERNELS, run


@contextlib.contextmanager
def lacking(browser, site_url, script: str):
  """The runtime's test page in a tab where `script` took a part away before any of the page's own scripts ran."""
  page = browser.new_page()
  try:
    page.add_init_script(script)
    page.goto(site_url + "runtime/test.html?bench")
    yield page
  finally:
    page.close()


def test_no_wasm_simd(browser, site_url):
  """A browser without WebAssembly SIMD: 'wasm' says so; 'auto' runs on WebGPU."""
  with lacking(browser, site_url, "WebAssembly.validate = () => false;") as page:
    res = run(page, "/kernels/mlp/", np.zeros(784), backend="wasm")
    assert res["isError"] and "lacks WebAssembly SIMD" in res["error"], res
    assert run(page, "/kernels/mlp/", np.zeros(784))["backend"] == "webgpu"


def test_no_webgpu(browser, site_url):
  with lacking(browser, site_url, "delete Object.getPrototypeOf(navigator).gpu; delete navigator.gpu;") as page:
    assert page.evaluate("!('gpu' in navigator)")
    res = run(page, "/kernels/mlp/", np.zeros(784), backend="webgpu")
    assert res["isError"] and "WebGPU is not available" in res["error"], res
    ref = json.loads((KERNELS / "cnn" / "reference.json").read_text())["cases"][3]
    res = run(page, "/kernels/cnn/", ref["input"], backend="auto")  # the WebAssembly backend, specifically
    assert res["backend"] == "wasm" and np.abs(np.array(res["logits"]) - ref["logits"]).max() <= 1e-4, res
    res = page.evaluate(AUTO_JS, "/kernels/mlp/")
    assert res["backend"] == "wasm" and res["decided"]["ms"] is None and "no WebGPU" in res["reason"], res


def test_no_adapter(browser, site_url):
  with lacking(browser, site_url, "navigator.gpu.requestAdapter = async () => null;") as page:
    res = run(page, "/kernels/mlp/", np.zeros(784), backend="webgpu")
    assert res["isError"] and "no adapter" in res["error"], res
    res = page.evaluate(AUTO_JS, "/kernels/mlp/")
    assert res["backend"] == "wasm" and res["reason"] == "WebAssembly on the CPU: this browser gives WebGPU no GPU "\
      "adapter", res
