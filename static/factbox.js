// factbox.js: the one script a page loads for any number of fact boxes.
// Defines <fact-box>; each box, prerendered or not, is handed to the WebAssembly bundle when it
// enters the page and released when it leaves. No inline script, no eval: it runs under
// `script-src 'self' 'wasm-unsafe-eval'`.
import init, { mount, unmount } from './pkg/factbox.js';

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
      return mount(this, base);
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

if (!customElements.get('fact-box')) customElements.define('fact-box', FactBoxElement);
upgradingExisting = false;
