// The site's only cache logic: after one visit the page is served from the Cache API, so it works offline.
// scripts/build.py fills BUILD in: the build's content hash, the files the page needs to start and read drawings
// (`files`) and the rest (`lazy`: the Teach samples, the training steps, test files), each with its SHA-256. One cache
// per build, `digits-<version>`: `files` are all fetched and checked before this worker takes over, so a page never
// mixes files of two builds; a `lazy` file is fetched, checked and cached the first time the page asks for it. When
// this worker activates, every other build's cache is deleted.
//
// Updates: the browser fetches sw.js on each visit; a new build means new bytes here, so the new worker installs
// (precaches) beside the running one and waits. The page then shows "update ready"; its button (or the next visit's
// first script) tells the waiting worker to take over and reloads, so the whole page comes from the new build.
const BUILD = /* BUILD: scripts/build.py */ {version: 'unbuilt', files: [], lazy: []};
const CACHE = `digits-${BUILD.version}`;
const SCOPE = new URL('./', self.location).href;
const FILES = new Map(BUILD.files.map(([path, sha256]) => [new URL(path, SCOPE).href, sha256]));
const LAZY = new Map(BUILD.lazy.map(([path, sha256]) => [new URL(path, SCOPE).href, sha256]));

// The host's headers a cached copy keeps: its type, and cross-origin isolation (a host that sends COOP/COEP isolates
// the page; a worker script served from this cache without COEP would then be refused).
const KEEP = ['Content-Type', 'Cross-Origin-Embedder-Policy', 'Cross-Origin-Opener-Policy', 'Cross-Origin-Resource-Policy'];
const hex = (buf) => [...new Uint8Array(buf)].map((b) => b.toString(16).padStart(2, '0')).join('');

// One file, checked against the build's hash: the HTTP cache first (the site revalidates every file, so this is
// a 304 when nothing changed), then the network; a server midway through a deploy fails the install (retried later).
async function fetchChecked(url, sha256) {
  for (const cache of ['no-cache', 'reload']) {
    const res = await fetch(url, {cache});
    if (!res.ok) throw new Error(`${url}: HTTP ${res.status}`);
    const body = await res.arrayBuffer();
    if (hex(await crypto.subtle.digest('SHA-256', body)) === sha256) {
      const headers = Object.fromEntries(KEEP.filter((h) => res.headers.has(h)).map((h) => [h, res.headers.get(h)]));
      return new Response(body, {headers});
    }
  }
  throw new Error(`${url} does not match build ${BUILD.version} (a deploy in progress?)`);
}

self.addEventListener('install', (event) => {
  event.waitUntil((async () => {
    const cache = await caches.open(CACHE);
    const have = new Set((await cache.keys()).map((r) => r.url));  // a retried install keeps what it checked
    const todo = [...FILES].filter(([url]) => !have.has(url));
    const next = async () => {
      for (let item; (item = todo.pop());) await cache.put(item[0], await fetchChecked(...item));
    };
    await Promise.all([next(), next(), next(), next()]);
  })());
});

self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    for (const key of await caches.keys()) if (key.startsWith('digits-') && key !== CACHE) await caches.delete(key);
  })());
});

self.addEventListener('message', (event) => {
  if (event.data === 'take-over') self.skipWaiting();
});

self.addEventListener('fetch', (event) => {
  const {request} = event;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  url.search = url.hash = '';
  const key = url.href === SCOPE ? new URL('index.html', SCOPE).href : url.href;
  if (!FILES.has(key) && !LAZY.has(key)) return;  // not part of the build: the network, as without a worker
  event.respondWith((async () => {
    const cache = await caches.open(CACHE), hit = await cache.match(key);
    if (hit) return hit;
    if (!LAZY.has(key)) return fetch(request);  // evicted by the browser: the network still serves it
    try {  // first use of a lazy file: checked against the build's hash, then kept
      const res = await fetchChecked(key, LAZY.get(key));
      await cache.put(key, res.clone());
      return res;
    } catch (e) {
      return new Response(e.message, {status: 502, statusText: 'Not this build\'s file'});
    }
  })());
});
