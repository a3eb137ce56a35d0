// factbox.js: the one script a page loads for any number of fact boxes.
// Defines <fact-box>. A prerendered box reads fine without the bundle, so the bundle (the
// WebAssembly and its glue) is fetched only when a box comes near the viewport, is pointed at
// or focused, or is the target of a #factbox-… link; then every box on the page shares it.
// No inline script, no eval: it runs under `script-src 'self' 'wasm-unsafe-eval'`.

const base = new URL('./', import.meta.url).href;
const NEAR_VIEWPORT = '600px 0px';
// Content files are small; anything larger is a mistake, and parsing it would stall the page.
const MAX_CONTENT_BYTES = 1_000_000;
const FETCH_TIMEOUT_MS = 10_000;

let bundle;
let live; // the glue, once the bundle is compiled and running
let wasmMemory;
/** The bundle, fetched and compiled once, on first need. */
function loadBundle() {
  if (!bundle) {
    // One file: the glue carries the wasm's bytes (scripts/embed-wasm.mjs), so that the whole
    // download streams in as a script, off the main thread; the glue's init compiles them.
    bundle = import('./pkg/factbox.js').then(async (glue) => {
      wasmMemory = (await glue.default({ module_or_path: glue.wasmBytes() })).memory;
      live = glue;
      return glue;
    });
    bundle.catch((error) => {
      console.error('factbox: the WebAssembly bundle could not be loaded:', error);
      document.querySelectorAll('fact-box').forEach((box) => markFailed(box));
    });
  }
  return bundle;
}

// The bundle failed or trapped, or the content could not be had: every box keeps its prerendered
// text and its sections as they are, and the loader goes on opening and closing them (onClick).
function markFailed(box, error) {
  box.setAttribute('data-state', 'failed');
  if (error) console.error('factbox: the box stays as prerendered:', error);
}

// A trap (the release bundle turns a Rust panic into one) leaves the WebAssembly instance
// unusable, wherever it happened: in a box's start, a click handler or a scheduled render.
// Every box, and every box added later, then stays as prerendered.
let trapped = false;
function failAllOnTrap(error) {
  if (!(error instanceof WebAssembly.RuntimeError)) return false;
  if (!trapped) console.error('factbox: internal error, every box stays as prerendered:', error);
  trapped = true;
  document.querySelectorAll('fact-box').forEach((box) => markFailed(box));
  return true;
}
addEventListener('error', (event) => failAllOnTrap(event.error));
addEventListener('unhandledrejection', (event) => failAllOnTrap(event.reason));

// One fetch and one parse per content file, however many boxes show it. A failed fetch is
// forgotten, so that a box added later tries again.
const contentFetches = new Map();
function fetchContent(url) {
  let key = url;
  try { key = new URL(url, document.baseURI).href; } catch { /* fetch() will name the bad URL */ }
  if (!contentFetches.has(key)) {
    const file = fetchContentOnce(url).then(parsed);
    contentFetches.set(key, file);
    file.catch(() => contentFetches.delete(key));
  }
  return contentFetches.get(key);
}

/** Fetches a content file, or throws an Error that says exactly what went wrong. */
async function fetchContentOnce(url) {
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

// The box's language as the bundle reads it: English for `en`, `en-GB`…, German otherwise.
const lang = (box) => (/^en(?:[-_]|$)/i.test(box.closest('[lang]')?.getAttribute('lang')?.trim() ?? '') ? 'en' : 'de');

/**
 * The box's content: its inline JSON, else its `data-content` file, else the shipped file for
 * its language beside the bundle; as bytes (the bundle keys the prerendered HTML by them) and
 * parsed, once per file however many boxes show it. Asked for as soon as the box wakes, so that
 * the file arrives while the bundle compiles.
 *
 * A box prerendered from a published revision (`data-revision`) asks for that revision by URL:
 * a cache that still holds an older copy of the file under its plain address is bypassed, and a
 * newer file on the server is still what answers.
 */
function contentFor(box) {
  const inline = box.querySelector(':scope > script[type="application/json"]');
  if (inline) return Promise.resolve(inline.textContent).then(parsed);
  let url = box.getAttribute('data-content')?.trim() || `${base}content/${lang(box)}.json`;
  const revision = box.dataset.revision;
  if (revision) url += `${url.includes('?') ? '&' : '?'}rev=${encodeURIComponent(revision)}`;
  return fetchContent(url);
}

// The text goes to the bundle as UTF-8 bytes: one copy into the wasm's memory, where a string
// would be encoded there character by character (on a phone, 3 ms for a 43 KB file).
const utf8 = new TextEncoder();
function parsed(text) {
  try {
    return { bytes: utf8.encode(text), value: JSON.parse(text) };
  } catch (error) {
    throw new Error(`content does not parse: invalid JSON: ${error.message}`);
  }
}

// The box's name in events and remembered state: its id, else its place among the page's boxes.
const boxId = (box) => box.id || `factbox-${[...document.querySelectorAll('fact-box')].indexOf(box) + 1}`;
const label = (box) => (box.id ? ` #${box.id}` : '');

// A prerendered box that no script reached for 4 s has had every section opened by its
// stylesheet (the `fb-unlock` animation in factbox.css, which alone holds the delay; it stops as
// soon as the box has a `data-state`). Reading the style costs a style pass, so only a page that
// has lived that long is asked.
const unlocked = (box) => {
  const root = box.shadowRoot?.querySelector('.fb-root');
  return Boolean(root) && document.timeline.currentTime > 3900 && getComputedStyle(root).getPropertyValue('--fb-closed-visibility').trim() === 'visible';
};

/*
 * A tap, click, Enter or Space on a header or on "show all" opens or closes at once, from the
 * first paint and for as long as the box lives: the loader sets what the box renders for an open
 * or closed section (the button's `aria-expanded`, the panel's `hidden="until-found"`, the state
 * and words of "show all"). Until the bundle arrives that is all there is. When it arrives, a
 * box whose prerendered markup is current is resumed as it is (`web/src/lib.rs`): the loader goes
 * on answering its clicks, and the bundle adds arrow keys, deep links and the maps' links. A box
 * the bundle renders afresh starts from what the reader sees; the loader still answers each
 * click, and that box's own state follows after the frame that showed it (`follow`), so that a
 * click costs the phone these few lines rather than a render of the whole box.
 */
const changed = new WeakSet(); // boxes whose open sections are the reader's doing
const headerLists = new WeakMap(); // .fb-root -> its header buttons, a list the browser keeps live
/** The box's header buttons in page order; read on every click, so from a list the browser keeps up to date rather than a search of the whole box. */
function headersOf(box) {
  const root = box.shadowRoot?.querySelector('.fb-root');
  if (!root) return [];
  let list = headerLists.get(root);
  if (!list) headerLists.set(root, (list = root.getElementsByClassName('fb-acc-button')));
  return [...list];
}
const expanded = (button) => button.getAttribute('aria-expanded') === 'true';
const sectionOf = (button) => button.id.slice(3, -7); // fb-<id>-button
const openIds = (box) => headersOf(box).filter(expanded).map(sectionOf).join(' ');

/** Opens or closes these headers' sections as the box renders them, and updates "show all". */
function setOpen(box, headers, open) {
  const root = box.shadowRoot;
  for (const header of headers) {
    const opening = typeof open === 'function' ? open(header) : open;
    header.setAttribute('aria-expanded', String(opening));
    const panel = root.getElementById(header.getAttribute('aria-controls'));
    if (opening) panel?.removeAttribute('hidden');
    else panel?.setAttribute('hidden', 'until-found');
  }
  const showAll = root.querySelector('.fb-all');
  if (showAll) {
    const allOpen = headersOf(box).every(expanded);
    if (expanded(showAll) !== allOpen) showAll.setAttribute('aria-expanded', String(allOpen));
    // The words are changed in the text node the box renders, not replaced by a new one: a box
    // the bundle rendered keeps writing to that node.
    const words = showAll.dataset[allOpen ? 'hide' : 'show'];
    if (showAll.firstChild?.nodeType === Node.TEXT_NODE) {
      if (showAll.firstChild.data !== words) showAll.firstChild.data = words;
    } else showAll.textContent = words;
  }
}

const following = new Set(); // live boxes whose state has not yet heard of a click or find
/**
 * Tells a live box what the reader has open, after the frame that showed the click (at once in a
 * hidden tab, which draws no frames): the box's state then says what the reader sees, for its
 * own later renders. A deep link, which the box follows itself, tells it first (`tellNow`). A
 * resumed box has no state of its own (its markup is all there is), and the bundle ignores it.
 */
function follow(box) {
  if (box.dataset.state !== 'ready' || following.has(box)) return;
  following.add(box);
  const tell = () => following.has(box) && tellNow(box);
  if (document.hidden) setTimeout(tell);
  else requestAnimationFrame(() => setTimeout(tell));
}
/** The live box hears what is open now, before it reacts to a deep link or a find. */
function tellNow(box) {
  following.delete(box);
  if (box.dataset.state === 'ready' && !trapped) live?.opened(box, openIds(box));
}

/**
 * Every click on a box's controls, before the bundle and after, and also when the box failed:
 * the loader opens or closes, the page hears of it (`factbox:toggle`), and it is remembered. On
 * the host, in the capture phase: it hears boxes the bundle renders afresh too.
 */
function onClick(event) {
  const box = event.currentTarget;
  const button = event.composedPath()[0]?.closest?.('.fb-acc-button, .fb-all');
  if (!button) return;
  changed.add(box);
  const all = button.classList.contains('fb-all');
  const headers = all ? headersOf(box) : [button];
  const open = !headers.every(expanded);
  now(box);
  setOpen(box, headers, open);
  follow(box);
  box.dispatchEvent(new CustomEvent('factbox:toggle', { bubbles: true, composed: true, detail: { box: boxId(box), section: all ? null : sectionOf(button), open } }));
}

/**
 * Find-in-page reveals a closed section that holds a match: the browser shows its panel and
 * fires `beforematch` at it (and at each closed panel around it). Its header then says
 * "expanded", and "show all" agrees, before the bundle and after. The event stays inside the
 * shadow root (it is not composed), so it is heard there.
 */
function onFind(event) {
  const box = event.currentTarget.host;
  const header = box.shadowRoot.getElementById(event.target.getAttribute?.('aria-labelledby') ?? '');
  if (!header?.classList.contains('fb-acc-button') || expanded(header)) return;
  changed.add(box);
  setOpen(box, [header], true);
  follow(box);
}
const findable = new WeakSet(); // shadow roots the loader hears finds in
function hearFinds(box) {
  const root = box.shadowRoot;
  if (root && !findable.has(root)) {
    findable.add(root);
    root.addEventListener('beforematch', onFind, true);
  }
}

/*
 * Remembered state: a reload in the same tab, or a return to the page through the history,
 * shows the sections the reader had open, per page and box (`sessionStorage`); a new visit shows
 * the author's choice, and `data-remember="false"` turns it off. Saved when the page is hidden
 * or the box removed, not on every toggle, which would cost each tap a storage write; restored
 * as the box appears, before the bundle. A new visit does not look: the first use of the
 * storage on a page waits on the browser (on a phone, 4 ms of the main thread).
 */
const memory = new WeakMap(); // box -> its sessionStorage key, or null
function storage() {
  try { return sessionStorage; } catch { return null; } // unavailable in some sandboxes
}
const revisit = ['reload', 'back_forward'].includes(performance.getEntriesByType?.('navigation')[0]?.type);
const saved = (box) => (revisit && memory.get(box) ? storage()?.getItem(memory.get(box)) ?? undefined : undefined);
/** Names the box's memory, and shows a prerendered box as the reader left it. */
function recall(box) {
  if (memory.has(box)) return;
  const off = /^(false|off|no)$/i.test(box.dataset.remember?.trim() ?? '');
  memory.set(box, off ? null : `factbox:${location.pathname}:${boxId(box)}`);
  const ids = saved(box);
  if (ids === undefined) return;
  // A box the stylesheet has already opened stays as the reader sees it.
  if (isPrerendered(box) && !changed.has(box) && ids !== openIds(box)) setOpen(box, headersOf(box), (header) => ids.split(' ').includes(sectionOf(header)));
  changed.add(box);
}
function remember(box) {
  const key = memory.get(box);
  if (key && changed.has(box) && headersOf(box).length) {
    try { storage()?.setItem(key, openIds(box)); } catch { /* full or refused: nothing to keep */ }
  }
}
const rememberAll = () => document.querySelectorAll('fact-box').forEach(remember);
addEventListener('pagehide', rememberAll);
addEventListener('visibilitychange', () => document.visibilityState === 'hidden' && rememberAll());

/*
 * Boxes are brought to life one per task, so that the page stays free for input between them:
 * the box the reader is at (touched, focused or pointed at) at once, the others when the main
 * thread is idle, in page order.
 */
const waiting = new Map(); // box -> start it
function inTurn(box, run) {
  return new Promise((done) => {
    const go = () => { waiting.delete(box); done(run()); };
    if (changed.has(box) || box.matches(':focus-within, :hover')) return go();
    waiting.set(box, go);
    if (waiting.size === 1) whenIdle(next);
  });
}
function next() {
  const [go] = waiting.values();
  go?.();
  if (waiting.size) whenIdle(next);
}
const whenIdle = (fn) => (window.requestIdleCallback ? requestIdleCallback(fn, { timeout: 200 }) : setTimeout(fn, 1));
/** The reader reached a box still waiting its turn: it goes now. */
const now = (box) => waiting.get(box)?.();

/**
 * What the reader sees open, when it is not what the box was prerendered with (sections
 * toggled or restored before the bundle, or all of them, opened by the stylesheet before the
 * loader came), or what they had open before a reload, for a box not prerendered; else nothing.
 */
function seenOpen(box) {
  if (!isPrerendered(box)) return saved(box);
  return changed.has(box) ? openIds(box) : undefined;
}

/** Hands the box and its content to the bundle: one call, or one call to say why not. */
async function start(box, glue, content) {
  let file;
  try {
    file = await content;
  } catch (error) {
    return glue.fail(box, base, error.message, lang(box));
  }
  // A trap while the box waited its turn leaves it as prerendered, like every other box.
  if (trapped) return markFailed(box);
  // A reader never sees older text after newer: a file older than the page's box (an old copy
  // in some cache, a rollback) leaves the box as the page has it.
  const page = box.dataset.revision;
  const fetched = file.value?.revision?.published;
  if (page && isPrerendered(box) && !(fetched >= page)) {
    console.warn(`factbox${label(box)}: the content file (${fetched ? `revision ${fetched}` : 'no revision'}) is older than this page's box (revision ${page}); the box keeps the page's text`);
    return markFailed(box);
  }
  const afresh = glue.mount(box, base, file.bytes, file.value, lang(box), seenOpen(box));
  hearFinds(box); // a box not prerendered has its shadow root only now
  if (afresh) {
    console.info(`factbox${label(box)}: shown afresh, not resumed: ${page && fetched && fetched > page
      ? `the content file's revision ${fetched} replaces this page's ${page}`
      : 'the page\'s box was prerendered from other content or settings'}`);
  }
}

const isPrerendered = (box) => Boolean(box.shadowRoot?.querySelector('.fb-acc-panel'));
const near = new IntersectionObserver((entries) => {
  for (const entry of entries) if (entry.isIntersecting) wake(entry.target);
}, { rootMargin: NEAR_VIEWPORT });
const wakeOnIntent = (event) => wake(event.currentTarget);

const woken = new WeakSet();
/**
 * Loads the bundle for this box and brings it to life. The box stays `data-state="waiting"`
 * until it is live, its headers working meanwhile (onClick): one change of state fewer, and so
 * one style pass and frame fewer, on the way to ready.
 */
function wake(box) {
  if (trapped) return markFailed(box);
  if (woken.has(box)) return;
  woken.add(box);
  near.unobserve(box);
  box.removeEventListener('pointerenter', wakeOnIntent);
  box.removeEventListener('focusin', wakeOnIntent);
  box.dataset.state ||= 'waiting';
  const content = contentFor(box);
  content.catch(() => {}); // reported by start()
  loadBundle().then((glue) => {
    if (!box.isConnected) return;
    return inTurn(box, () => start(box, glue, content));
  }).catch((error) => {
    if (!failAllOnTrap(error)) markFailed(box, error);
  });
}

// `#factbox-<id>` may name a section of any box, `#<box id>.<id>` one of this box.
const deepLinked = (box) => location.hash.startsWith('#factbox-') || (box.id && location.hash.startsWith(`#${box.id}.`));
// A deep link followed after the page loaded wakes the boxes not woken yet; each opens it if it is its own.
// Registered before any box's own listener, so that a box rendered afresh hears what the reader
// opened before its own deep-link listener runs.
addEventListener('hashchange', () => {
  following.forEach(tellNow);
  document.querySelectorAll('fact-box[data-state="waiting"]').forEach((box) => deepLinked(box) && wake(box));
});

class FactBoxElement extends HTMLElement {
  connectedCallback() {
    if (trapped) return markFailed(this);
    this.addEventListener('click', onClick, true);
    hearFinds(this);
    // Too late to keep sections closed: the stylesheet opened them all, and they stay open.
    if (isPrerendered(this) && unlocked(this)) {
      changed.add(this);
      setOpen(this, headersOf(this), true);
    }
    recall(this);
    if (isPrerendered(this) && !deepLinked(this) && this.dataset.state !== 'failed') {
      // Readable as it is: wait until the reader comes near, points or tabs in. The state,
      // set as the box connects, also stops the stylesheet's 4 s unlock.
      this.dataset.state = 'waiting';
      near.observe(this);
      this.addEventListener('pointerenter', wakeOnIntent);
      this.addEventListener('focusin', wakeOnIntent);
    } else {
      wake(this);
    }
  }

  disconnectedCallback() {
    remember(this);
    near.unobserve(this);
    woken.delete(this);
    if (this.dataset.state === 'waiting') delete this.dataset.state;
    bundle?.then((glue) => glue.unmount(this)).catch(() => {});
  }

  /** For monitoring and `make bench`: bytes of WebAssembly memory in use (0 until loaded). */
  static get wasmMemoryBytes() {
    return wasmMemory?.buffer.byteLength ?? 0;
  }
}

if (!customElements.get('fact-box')) customElements.define('fact-box', FactBoxElement);
