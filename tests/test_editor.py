"""The page's Python editor: run an edit in place, persist and reset it, an edit of an older version, a broken edit."""
import json

from helpers import (ARTIFACTS, DRAWINGS, T, clear, draw_mouse, expect_read, reading, tid, wait_ready)


# --- the page's Python editor ----------------------------------------------------------------------------------
def editor_source(pg, module):
  pg.wait_for_selector(f"{tid('editor')}[data-state=ready]", timeout=T)
  pg.select_option(tid("editor-file"), module)
  return pg.evaluate("window.digitsEditorView.getValue()")


def edit_and_run(pg, text):
  """Type the new code into CodeMirror like a person (select all, insert) and press Run."""
  pg.click(".cm-content")
  pg.keyboard.press("Control+a")
  pg.keyboard.insert_text(text)
  assert pg.evaluate("window.digitsEditorView.getValue()") == text
  pg.click(tid("editor-run"))
  pg.wait_for_function("document.querySelector('[data-testid=editor-run]').disabled === false", timeout=T)


def test_editor_run_persist_reset(app):
  app.wait_for_selector(f"{tid('editor')}[data-state=ready]", timeout=T)
  src = editor_source(app, "app")
  shipped_hint = app.inner_text(tid("hint"))
  assert shipped_hint in src
  draw_mouse(app, DRAWINGS[6]["strokes"])
  before = reading(app)
  edit_and_run(app, src.replace(shipped_hint, "Edited in the browser"))
  app.wait_for_function("document.querySelector('[data-testid=hint]').textContent === 'Edited in the browser'",
                        timeout=T)
  assert app.get_attribute(tid("editor"), "data-ran") == "ok"
  assert app.is_hidden(tid("editor-error"))
  after = reading(app)  # the drawing and the loaded model stayed
  assert after["digit"] == before["digit"] and after["model"] == before["model"]
  ARTIFACTS.mkdir(exist_ok=True)
  app.screenshot(path=str(ARTIFACTS / "site-edited.png"), full_page=True)
  app.reload()
  wait_ready(app)
  assert app.inner_text(tid("hint")) == "Edited in the browser"
  assert "digits/app.py are running instead of the shipped code" in app.inner_text(tid("saved-edits"))
  app.wait_for_selector(f"{tid('editor')}[data-state=ready]", timeout=T)
  assert "Edited in the browser" in editor_source(app, "app")
  app.click(tid("saved-edits-reset"))  # the banner's Reset, right where the page says edits run
  app.wait_for_function(f"document.querySelector('[data-testid=hint]').textContent === {json.dumps(shipped_hint)}",
                        timeout=T)
  assert editor_source(app, "app") == src and app.evaluate("localStorage.length") == 0
  assert app.is_hidden(tid("saved-edits"))


def test_edit_of_an_older_version_is_offered_not_applied(app):
  """After an update, an edit saved on the old code does not run silently: the page says so, the editor has it."""
  shipped_hint = app.inner_text(tid("hint"))
  src = editor_source(app, "app").replace(shipped_hint, "Edited on last year's code")
  key = app.evaluate("`digits-editor:${location.pathname}:app`")
  app.evaluate("([k, v]) => localStorage.setItem(k, v)", [key, json.dumps({"base": "0" * 16, "source": src})])
  app.reload()
  wait_ready(app)
  assert app.inner_text(tid("hint")) == shipped_hint
  app.wait_for_function("document.querySelector('[data-testid=saved-edits]').textContent.includes('older version')",
                        timeout=T)
  app.wait_for_selector(f"{tid('editor')}[data-state=ready]", timeout=T)
  assert "Edited on last year's code" in editor_source(app, "app")
  app.click(tid("editor-reset"))
  app.wait_for_function("localStorage.length === 0", timeout=T)
  assert app.is_hidden(tid("saved-edits")) and app.inner_text(tid("hint")) == shipped_hint


def test_editor_broken_edit_shows_error_and_drawing_works(app):
  src = editor_source(app, "app")
  edit_and_run(app, src + "\nraise RuntimeError('broken on purpose')\n")
  app.wait_for_selector(f"{tid('editor-error')}:not([hidden])", timeout=T)
  err = app.inner_text(tid("editor-error"))
  assert "Traceback" in err and "broken on purpose" in err
  assert app.get_attribute(tid("editor"), "data-ran") == "error"
  clear(app)
  d = DRAWINGS[13]
  draw_mouse(app, d["strokes"])
  expect_read(app, d, "after-edit")
  app.reload()  # the broken edit was saved: the page says so, runs the shipped code, and keeps the edit to fix
  wait_ready(app)
  app.wait_for_function("document.querySelector('[data-testid=editor-error]').textContent.includes('saved edits')",
                        timeout=T)
  assert "broken on purpose" in editor_source(app, "app")
  draw_mouse(app, d["strokes"])
  expect_read(app, d, "after-reload")
  app.click(tid("editor-reset"))
  app.wait_for_function("localStorage.length === 0 && !document.querySelector('[data-testid=editor-run]').disabled",
                        timeout=T)
  # code that imports fine but fails while drawing: traceback shown, the previous code takes over again
  pre = editor_source(app, "preprocess")
  edit_and_run(app, pre.replace('  bbox = shape.bbox()\n', '  bbox = shape.bbox()\n  1 / 0\n'))
  clear(app)
  draw_mouse(app, d["strokes"])
  app.wait_for_function("document.querySelector('[data-testid=editor-error]').textContent.includes('ZeroDivision')",
                        timeout=T)
  clear(app)
  draw_mouse(app, d["strokes"])
  expect_read(app, d, "after-edit")
  app.click(tid("editor-reset"))
  app.wait_for_function("localStorage.length === 0", timeout=T)
  assert app.is_hidden(tid("editor-error"))


def test_an_editor_that_cannot_load_says_so_in_its_place(browser, site_url):
  """Its files blocked: the editor says so where it would be, and the page is still ready and reads drawings."""
  pg = browser.new_page()
  try:
    pg.route("**/editor.js", lambda r: r.fulfill(status=404, body="not found"))
    pg.goto(site_url)
    wait_ready(pg)
    pg.wait_for_selector(f"{tid('editor')}[data-state=error]", timeout=T)
    assert "The editor could not load" in pg.inner_text(tid("editor-error"))
    assert pg.get_attribute(tid("status"), "data-state") == "ready"
    draw_mouse(pg, DRAWINGS[3]["strokes"])
    assert reading(pg)["digit"] == str(DRAWINGS[3]["digit"])
  finally:
    pg.close()
