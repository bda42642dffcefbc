// Offline use and updates, the page's side of sw.js (the service worker holds the only cache logic).
//
// start(ready): once the page is ready (so nothing competes with Python's start), register sw.js; the first visit
// precaches the build and says the page now works offline. A later build is found by the browser's own check of
// sw.js on each visit: it precaches beside the running build and the page says an update is ready, with a button that
// lets the new build take over and reloads. A page opened while an update waits takes it at once, before loading more.
const sw = globalThis.navigator?.serviceWorker;
const notice = () => document.querySelector('[data-testid="update"]');

// A toast at the foot of the window (it never moves the pad under a pen); without a button it goes after a while.
function say(text, button = false) {
  const el = notice();
  el.querySelector('span').textContent = text;
  el.querySelector('button').hidden = !button;
  el.hidden = false;
  clearTimeout(el.timer);
  if (!button) el.timer = setTimeout(() => { el.hidden = true; }, 8000);
}

function takeOver(worker) {
  let reloaded = false;
  sw.addEventListener('controllerchange', () => { if (!reloaded) { reloaded = true; location.reload(); } });
  worker.postMessage('take-over');
}

function watch(reg) {
  const installed = (worker) => {
    if (sw.controller) {
      say('An update of this page is ready.', true);
      notice().querySelector('button').onclick = () => takeOver(reg.waiting ?? worker);
    }
  };
  const follow = (worker) => {
    const first = !sw.controller;
    worker.addEventListener('statechange', () => {
      if (worker.state === 'installed') installed(worker);
      if (worker.state === 'activated' && first) say('Saved in this browser: the page now works offline.');
    });
  };
  if (reg.waiting) installed(reg.waiting);
  if (reg.installing) follow(reg.installing);  // the browser's own check on this visit may have found it first
  reg.addEventListener('updatefound', () => follow(reg.installing));
}

export async function start(ready) {
  if (!sw) return;  // no service workers here (an insecure origin, or a private window that forbids them): online only
  const waiting = await sw.getRegistration().then((r) => (sw.controller ? r?.waiting : null));
  if (waiting) return takeOver(waiting);
  await ready;
  try {
    watch(await sw.register('./sw.js', {updateViaCache: 'none'}));
  } catch (e) {
    console.warn(`offline use unavailable: ${e.message}`);  // the page itself is unaffected
  }
}
