// The page's Python editor: CodeMirror 6 (self-hosted, resolved through the import map in index.html).
// Python (py/boot.py) drives it: createEditor(parent, text, onRun) -> {getValue(), setValue(text)}.
import {EditorView, basicSetup} from 'codemirror';
import {keymap} from '@codemirror/view';
import {Prec} from '@codemirror/state';
import {indentUnit} from '@codemirror/language';
import {python} from '@codemirror/lang-python';

export function createEditor(parent, text, onRun) {
  const run = () => { onRun(); return true; };
  const view = new EditorView({
    doc: text,
    parent,
    extensions: [
      basicSetup, python(), indentUnit.of('  '),
      EditorView.contentAttributes.of({'aria-label': 'Python source of the selected module'}),
      Prec.highest(keymap.of([{key: 'Shift-Enter', run}, {key: 'Mod-Enter', run}, {key: 'Mod-s', run}])),
    ],
  });
  view.scrollDOM.tabIndex = 0;  // the scroller is reachable from the keyboard too
  view.scrollDOM.setAttribute('aria-label', 'Python editor');
  const api = {
    view,
    getValue: () => view.state.doc.toString(),
    setValue: (t) => view.dispatch({changes: {from: 0, to: view.state.doc.length, insert: t}}),
  };
  window.digitsEditorView = api;  // for scripts and tests
  return api;
}
