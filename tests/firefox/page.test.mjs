// The page in stock Firefox (Debian's firefox-esr, headless), driven over WebDriver BiDi by puppeteer-core (Playwright
// cannot drive a stock Firefox). tests/test_firefox.py builds and serves the site and runs this file with node's own
// test runner: DIGITS_URL is the served site, FIREFOX the browser, DIGITS_UPLOAD a picture of a number, DIGITS_DIST
// and DIGITS_PYTHON serve the build again for the offline check. What a visitor does: the page gets ready and says
// so truly, tidy drawn digits are read, the editor runs an edit and resets it, a photo of a number is read, Teach
// learns, the page works offline, the Train panel trains an MLP epoch, and nothing on the page throws.
import assert from 'node:assert/strict';
import {spawn} from 'node:child_process';
import {mkdtempSync, readFileSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {after, before, test} from 'node:test';
import puppeteer from 'puppeteer-core';

const SITE = process.env.DIGITS_URL;
const T = 60_000;  // ms: waits are for conditions, this only bounds a hang
const DRAWINGS = JSON.parse(readFileSync(new URL('../strokes/drawings.json', import.meta.url)));
const q = (t) => `[data-testid="${t}"]`;

let browser, page, profile;
const errors = [];

before(async () => {
  assert.ok(SITE, 'DIGITS_URL (the served site) is not set: run this through tests/test_firefox.py');
  profile = mkdtempSync(join(tmpdir(), 'digits-firefox-'));
  browser = await puppeteer.launch({
    browser: 'firefox', executablePath: process.env.FIREFOX ?? '/usr/bin/firefox-esr', headless: true,
    userDataDir: profile, protocolTimeout: 300_000,
    extraPrefsFirefox: {'dom.webgpu.enabled': true, 'browser.shell.checkDefaultBrowser': false},
  });
  page = await browser.newPage();
  await page.setViewport({width: 1280, height: 900});
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message ?? e}`));
  page.on('console', async (m) => {
    if (m.type() !== 'error') return;
    const args = await Promise.all(m.args().map((a) => a.evaluate((v) => String(v?.stack ?? v)).catch(() => '?')));
    errors.push(`console.error: ${args.join(' ') || m.text()}`);
  });
  await page.goto(SITE);
});

after(async () => {
  await browser?.close();
  if (profile) rmSync(profile, {recursive: true, force: true});
});

const text = (t, pg = page) => pg.$eval(q(t), (e) => e.textContent);
const settled = (pg = page) => pg.waitForFunction(
  () => document.querySelector('[data-testid=prediction]').dataset.version
    === document.querySelector('[data-testid=canvas]').dataset.version, {timeout: T});

async function draw(strokes, pg = page) {
  const el = await pg.$(q('canvas'));
  await el.scrollIntoView();
  const box = await el.boundingBox();
  for (const s of strokes) {
    await pg.mouse.move(box.x + s[0][0] * box.width, box.y + s[0][1] * box.height);
    await pg.mouse.down();
    for (const [x, y] of s.slice(1)) await pg.mouse.move(box.x + x * box.width, box.y + y * box.height);
    await pg.mouse.up();
  }
}

test('ready, with a true status', async () => {
  await page.waitForFunction(() => document.querySelector('[data-testid=status]').dataset.state !== 'loading',
                             {timeout: T});
  const state = await page.$eval(q('status'), (e) => e.dataset.state);
  assert.equal(state, 'ready', await text('status'));
});

test('tidy drawn digits are read', async () => {
  const picks = [...Array(10).keys()].map((d) => DRAWINGS.find((x) => x.digit === d && x.variant === 'centre')
                                                 ?? DRAWINGS.find((x) => x.digit === d));
  const wrong = [];
  for (const d of picks) {
    await page.click(q('clear'));
    await draw(d.strokes);
    await settled();
    const got = await text('prediction');
    if (got !== String(d.digit)) wrong.push(`${d.digit} read as ${got}`);
  }
  assert.ok(wrong.length <= 1, `misread: ${wrong.join(', ')}`);
  // auto says plainly what runs and why (Firefox here: no WebGPU adapter, so WebAssembly)
  const [backend, reason] = [await text('backend'), await text('backend-reason')];
  console.log(`backend: ${backend} (${reason})`);
  assert.match(backend, /^(wasm|webgpu)$/);
  assert.match(reason, backend === 'wasm' ? /^WebAssembly on the CPU: ./ : /^WebGPU/);
});

test('the editor runs an edit and resets it', async () => {
  await page.waitForSelector(`${q('editor')}[data-state=ready]`, {timeout: T});
  await page.select(q('editor-file'), 'app');
  const hint = await text('hint');
  const src = await page.evaluate(() => window.digitsEditorView.getValue());
  assert.ok(src.includes(hint));
  await page.evaluate((t) => window.digitsEditorView.setValue(t), src.replace(hint, 'Edited in Firefox'));
  await page.click(q('editor-run'));
  await page.waitForFunction(() => document.querySelector('[data-testid=hint]').textContent === 'Edited in Firefox',
                             {timeout: T});
  assert.equal(await page.$eval(q('editor'), (e) => e.dataset.ran), 'ok');
  await page.click(q('editor-reset'));
  await page.waitForFunction((h) => document.querySelector('[data-testid=hint]').textContent === h, {timeout: T},
                             hint);
  assert.equal(await page.evaluate(() => window.digitsEditorView.getValue()), src);
});

test('a photo of a number on paper is read', async (t) => {
  const [file, want] = (process.env.DIGITS_UPLOAD ?? '').split(':');
  if (!file) return t.skip('DIGITS_UPLOAD (a picture and its digits) is not set');
  await (await page.$(q('upload'))).uploadFile(file);
  await page.waitForFunction((n) => document.querySelector('[data-testid=message]').textContent.includes(n),
                             {timeout: T}, file.split('/').pop());
  await settled();
  await page.waitForFunction(() => document.querySelector('[data-testid=number]').dataset.version
    === document.querySelector('[data-testid=canvas]').dataset.version, {timeout: T});
  assert.equal(await text('number'), want);
  await page.click(q('clear'));
});

test('Teach learns three sevens and says how the model did before and after', async () => {
  for (const d of DRAWINGS.filter((x) => x.digit === 7).slice(0, 3)) {
    await page.click(q('clear'));
    await draw(d.strokes);
    await settled();
    await page.click(q('teach-label-7'));
  }
  await page.click(q('teach-learn'));
  await page.waitForFunction(() => document.querySelector('[data-testid=teach-before-after]').dataset.state === 'done',
                             {timeout: 180_000});
  assert.match(await text('teach-before-after'), /%/);
  await page.click(q('clear'));
});

test('the service worker makes the page work offline', async (t) => {
  // A server of its own (another origin: a service worker of its own), stopped once the worker is active.
  if (!process.env.DIGITS_DIST) return t.skip('DIGITS_DIST (the built site) is not set');
  const server = spawn(process.env.DIGITS_PYTHON ?? 'python3',
                       ['-u', '-m', 'scripts.serve', '--dir', process.env.DIGITS_DIST, '--port', '0']);
  const url = await new Promise((resolve, reject) => {
    server.stdout.on('data', (b) => { const m = /http:\/\/\S+\//.exec(String(b)); if (m) resolve(m[0]); });
    server.on('exit', (code) => reject(new Error(`the server exited (${code})`)));
  });
  const tab = await browser.newPage();
  tab.on('pageerror', (e) => errors.push(`pageerror (offline tab): ${e.message ?? e}`));
  try {
    await tab.goto(url);
    await tab.waitForFunction(async () => (await navigator.serviceWorker.getRegistration())?.active?.state
      === 'activated', {timeout: T});
    server.kill();
    await tab.reload();
    await tab.waitForFunction(() => document.querySelector('[data-testid=status]').dataset.state !== 'loading',
                              {timeout: T});
    assert.equal(await tab.$eval(q('status'), (e) => e.dataset.state), 'ready');
    await tab.waitForSelector(`${q('editor')}[data-state=ready]`, {timeout: T});
    await draw(DRAWINGS.find((x) => x.digit === 3 && x.variant === 'centre').strokes, tab);
    await settled(tab);
    assert.equal(await text('prediction', tab), '3');
  } finally {
    server.kill();
    await tab.close();
  }
});

test('the Train panel trains an MLP epoch on the CPU', async () => {
  await page.select(q('train-arch'), 'mlp');
  await page.$eval(q('train-epochs'), (e) => { e.value = '1'; e.dispatchEvent(new Event('input', {bubbles: true}));
                                                e.dispatchEvent(new Event('change', {bubbles: true})); });
  await page.click(q('train-start'));
  await page.waitForFunction(() => document.querySelector('[data-testid=train-accuracy]').dataset.state === 'done',
                             {timeout: 300_000});
  const acc = parseFloat(await text('train-accuracy'));
  assert.ok(acc >= 95, `one MLP epoch: ${acc}%`);
});

test('nothing on the page threw', () => {
  assert.deepEqual(errors, [], errors.slice(0, 5).join('\n'));
});
