// Where the runtime's files come from: every loader (loadModel, loadTrainer, loadMnist, loadSamples) resolves the URL
// it is given here, against the page, and refuses one on another origin; every file is fetched by fetchOk (a missing
// file names its URL and HTTP status). Files a manifest names are then only plain names beside it (manifest.js).

// A file's URL, absolute, on the page's origin; `what` names it in the refusal.
export function resolveUrl(url, what) {
  const here = globalThis.location;
  let href;
  try {
    href = new URL(url, here?.href).href;
  } catch (e) {
    throw new Error(`${what}: ${JSON.stringify(url)} is not a URL (${e.message})`);
  }
  const {origin} = new URL(href);
  if (origin !== here?.origin) {
    throw new Error(`refusing to load ${what} from another origin (${origin}): only files on this page's origin ` +
                    `(${here?.origin}) are loaded`);
  }
  return href;
}

// A folder's URL (it ends with '/', so that names resolve inside it), on the page's origin.
export const resolveBase = (url, what) => resolveUrl(String(url).endsWith('/') ? url : `${url}/`, what);

export async function fetchOk(url, what) {
  let res;
  try {
    res = await fetch(url);
  } catch (e) {
    throw new Error(`could not fetch ${what} ${url}: ${e.message}`);
  }
  if (!res.ok) throw new Error(`${what} ${url} is missing (HTTP ${res.status} ${res.statusText}); ` +
                               'export the model (python -m training.export) and rebuild the site');
  return res;
}
