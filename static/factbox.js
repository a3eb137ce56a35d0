// factbox.js: the one script a page loads for any number of fact boxes.
// Defines <fact-box>; each box, prerendered or not, is handed to the WebAssembly bundle when it
// enters the page and released when it leaves. No inline script, no eval: it runs under
// `script-src 'self' 'wasm-unsafe-eval'`.
import init, { content_url as contentUrl, fail, mount, unmount } from './pkg/factbox.js';

const base = new URL('./', import.meta.url).href;
// Fetched once, compiled while it streams (instantiateStreaming, given application/wasm).
const ready = init();

// The bundle failed or trapped: every box keeps its prerendered text, with all sections open.
function markFailed(box, error) {
  box.setAttribute('data-state', 'failed');
  if (error) console.error('factbox: the box stays as prerendered:', error);
}

ready.catch((error) => {
  console.error('factbox: the WebAssembly bundle could not be loaded:', error);
  document.querySelectorAll('fact-box').forEach((box) => markFailed(box));
});

// Content files are small; anything larger is a mistake, and parsing it would stall the page.
const MAX_CONTENT_BYTES = 1_000_000;
const FETCH_TIMEOUT_MS = 10_000;

/** Fetches a content file, or throws an Error that says exactly what went wrong. */
async function fetchContent(url) {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), FETCH_TIMEOUT_MS);
  try {
    let response;
    try {
      response = await fetch(url, { signal: controller.signal });
    } catch (error) {
      throw new Error(controller.signal.aborted
        ? `${url} did not answer within ${FETCH_TIMEOUT_MS / 1000} s`
        : `${url} could not be fetched: ${error.message}`);
    }
    if (!response.ok) throw new Error(`${url} answered HTTP ${response.status} ${response.statusText}`);
    const type = response.headers.get('content-type') ?? '';
    if (type.includes('html')) throw new Error(`${url} served ${type}, not JSON (a wrong URL or an error page?)`);
    const length = Number(response.headers.get('content-length'));
    if (length > MAX_CONTENT_BYTES) throw new Error(`${url} is ${length} bytes; content is limited to ${MAX_CONTENT_BYTES} bytes`);
    const text = await response.text();
    if (text.length > MAX_CONTENT_BYTES) throw new Error(`${url} is ${text.length} characters; content is limited to ${MAX_CONTENT_BYTES} bytes`);
    return text;
  } finally {
    clearTimeout(timer);
  }
}

/** Fetches what the box needs, if anything, and hands the box to the bundle. */
async function start(box) {
  const url = contentUrl(box, base);
  let text;
  if (url) {
    try {
      text = await fetchContent(url);
    } catch (error) {
      return fail(box, base, error.message);
    }
  }
  mount(box, base, text);
}

// Must match the delay of the `fb-unlock` animation in factbox.css.
const UNLOCK_AFTER_MS = 4000;
// True while define() upgrades the boxes already in the page: they have been on screen since
// the page began. Boxes connected later appeared when they were connected.
let upgradingExisting = true;

class FactBoxElement extends HTMLElement {
  connectedCallback() {
    const appeared = upgradingExisting ? 0 : performance.now();
    const prerendered = Boolean(this.shadowRoot?.querySelector('.fb-acc-panel'));
    ready.then(() => {
      // A prerendered box shown that long has opened every section: keep them open.
      if (prerendered && performance.now() - appeared >= UNLOCK_AFTER_MS) this.dataset.open = 'all';
      return start(this);
    }).catch((error) => {
      markFailed(this, error);
      // A trap leaves the instance unusable: no other box can be trusted to work either.
      if (error instanceof WebAssembly.RuntimeError) {
        document.querySelectorAll('fact-box').forEach((box) => markFailed(box));
      }
    });
  }

  disconnectedCallback() {
    ready.then(() => unmount(this)).catch(() => {});
  }
}

// For monitoring and `make bench`: bytes of WebAssembly memory the boxes use (0 until loaded).
let wasmMemory;
ready.then((wasm) => { wasmMemory = wasm.memory; }, () => {});
Object.defineProperty(FactBoxElement, 'wasmMemoryBytes', { get: () => wasmMemory?.buffer.byteLength ?? 0 });

if (!customElements.get('fact-box')) customElements.define('fact-box', FactBoxElement);
upgradingExisting = false;
