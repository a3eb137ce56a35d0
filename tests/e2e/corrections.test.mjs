// Corrections and late scripts, as readers meet them: the newer text wins whichever of page
// and content file is stale, a box that waited is never rebuilt under the reader, a box whose
// bundle never comes keeps no dead control, and a deep link opens one box.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, writeFile, mkdtemp, rm } from 'node:fs/promises';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { assertControlsWork, launch, serve, headerState } from './browser.mjs';

let server, browser, dir;
before(async () => { server = await serve(); browser = await launch(); dir = await mkdtemp(join(tmpdir(), 'factbox-corrections-')); });
after(async () => { await browser?.close(); await server?.close(); await rm(dir, { recursive: true }); });

const DE = JSON.parse(await readFile('static/content/de.json', 'utf8'));
const HASH = 'a'.repeat(64);
/** The German content as published at `published`, with its title changed to `title`. */
const revision = (published, title) => JSON.stringify({ ...DE, title, revision: { published, sha256: HASH } }, null, 2);

/** The snippet `factbox render` prints for a content file served at /article.json. */
async function snippet(text, id = 'box') {
  const file = join(dir, `${id}.json`);
  await writeFile(file, text);
  return execFileSync('target/release/factbox', ['render', '--no-script', '--no-remember', '--base', '/factbox/', '--id', id,
    '--content', file, '--content-url', '/article.json'], { encoding: 'utf8' });
}

/** A page with the loader; the test puts boxes in and serves /article.json as it likes. */
async function page({ serveArticle, holdBundle, holdLoader } = {}) {
  const context = await browser.newContext({ viewport: { width: 800, height: 900 }, hasTouch: true });
  const page = await context.newPage();
  const messages = [];
  page.on('console', (m) => messages.push(`${m.type()}: ${m.text()}`));
  const requested = [];
  if (serveArticle) await page.route('**/article.json*', (route) => { requested.push(route.request().url()); return route.fulfill({ contentType: 'application/json', body: serveArticle }); });
  let release;
  if (holdBundle || holdLoader) {
    const held = new Promise((ok) => { release = ok; });
    await page.route(holdLoader ? '**/factbox/factbox.js' : '**/pkg/factbox.js', async (route) => { await held; await route.continue(); });
  }
  // A held loader holds DOMContentLoaded and the load event too.
  await page.goto(`${server.url}/examples/dynamic.html`, { waitUntil: holdLoader ? 'commit' : 'load' });
  await page.locator('main').waitFor({ state: 'attached' });
  const insert = (html) => page.evaluate((html) => {
    const slot = document.createElement('div');
    slot.setHTMLUnsafe(html);
    document.querySelector('main').append(slot);
  }, html);
  return { page, messages, requested, insert, release: () => release?.(), close: () => context.close() };
}

const title = (page, id = 'box') => page.locator(`#${id} #fb-title`).textContent();
const ready = (page, id = 'box') => page.waitForFunction((id) => ['ready', 'failed'].includes(document.getElementById(id)?.dataset.state), id, { timeout: 15000 });

test('an old snippet and a corrected content file: the correction wins, and the console says why', async () => {
  const { page: p, messages, requested, insert, close } = await page({ serveArticle: revision('2026-01-05T09:00:00Z', 'Korrigierter Titel') });
  await insert(await snippet(revision('2026-01-02T10:00:00Z', 'Alter Titel')));
  assert.equal(await title(p), 'Alter Titel', 'the page shows its own text first');
  await ready(p);
  assert.equal(await p.locator('#box').getAttribute('data-state'), 'ready');
  assert.equal(await title(p), 'Korrigierter Titel');
  assert.ok(requested.every((url) => url.endsWith('/article.json?rev=2026-01-02T10%3A00%3A00Z')), `asked for the page's revision: ${requested}`);
  assert.ok(messages.includes("info: factbox #box: shown afresh, not resumed: the content file's revision 2026-01-05T09:00:00Z replaces this page's 2026-01-02T10:00:00Z"), messages.join('\n'));
  await close();
});

test('a new snippet and a stale content file: the page\'s newer text stays, readable, and the console says why', async () => {
  const { page: p, messages, insert, close } = await page({ serveArticle: revision('2026-01-02T10:00:00Z', 'Alter Titel') });
  await insert(await snippet(revision('2026-01-05T09:00:00Z', 'Korrigierter Titel')));
  await ready(p);
  assert.equal(await title(p), 'Korrigierter Titel', 'never older text after newer');
  assert.equal(await p.locator('#box').getAttribute('data-state'), 'failed', 'kept as prerendered');
  await assertControlsWork(p, 'quellen', '#box');
  assert.ok(messages.includes("warning: factbox #box: the content file (revision 2026-01-02T10:00:00Z) is older than this page's box (revision 2026-01-05T09:00:00Z); the box keeps the page's text"), messages.join('\n'));
  await close();
});

test('a loader later than the 4 s unlock keeps every section open, focus where it is, and the late bundle resumes it in place', async () => {
  const text = revision('2026-01-02T10:00:00Z', 'Titel');
  const { page: p, messages, insert, release, close } = await page({ serveArticle: text, holdLoader: true });
  await insert(await snippet(text));
  await p.locator('#box #fb-zusagen-button').focus();
  await p.evaluate(() => { window.header = document.getElementById('box').shadowRoot.querySelector('#fb-zusagen-button'); });
  await p.waitForTimeout(4300);
  assert.equal(await p.locator('#box #fb-zusagen-panel').isVisible(), true, 'no script yet: the stylesheet opened every section');
  assert.equal(await p.locator('#box .fb-all').isVisible(), false, '"show all" is hidden while it cannot work');
  assert.equal(await p.locator('#box .fb-acc-icon').first().isVisible(), false, 'so are the chevrons');
  release();
  await ready(p);
  const after = await p.evaluate(() => {
    const root = document.getElementById('box').shadowRoot;
    return { same: window.header === root.querySelector('#fb-zusagen-button'), focused: root.activeElement?.id };
  });
  assert.deepEqual(after, { same: true, focused: 'fb-zusagen-button' }, 'resumed in place, focus kept');
  assert.deepEqual(await headerState(p, 'zusagen', '#box'), { expanded: 'true', visible: true });
  assert.deepEqual(await headerState(p, 'kasachstan', '#box'), { expanded: 'true', visible: true }, 'profiles too');
  assert.equal(await p.locator('#box .fb-all').isVisible(), true, 'the controls are back, and work');
  assert.equal(await p.locator('#box .fb-all').textContent(), 'Alle Abschnitte ausblenden');
  assert.deepEqual(messages.filter((m) => m.includes('factbox')), [], 'resumed, not shown afresh');
  await close();
});

test('a bundle that never arrives leaves no control that cannot work: the headers keep working, the box stays as the author left it', async () => {
  const text = revision('2026-01-02T10:00:00Z', 'Titel');
  const { page: p, insert, close } = await page({ serveArticle: text, holdBundle: true });
  await insert(await snippet(text));
  await p.locator('#box #fb-zusagen-button').focus();
  await p.waitForTimeout(4300);
  assert.equal(await p.locator('#box').getAttribute('data-state'), 'waiting');
  assert.deepEqual(await headerState(p, 'quellen', '#box'), { expanded: 'false', visible: false }, 'nothing unfolds by itself');
  assert.equal(await p.locator('#box .fb-acc-icon').first().isVisible(), true, 'the chevrons stay: the headers work');
  await p.locator('#box #fb-quellen-button').click();
  assert.deepEqual(await headerState(p, 'quellen', '#box'), { expanded: 'true', visible: true });
  await p.locator('#box .fb-all').click();
  assert.deepEqual(await headerState(p, 'kasachstan', '#box'), { expanded: 'true', visible: true }, '"show all" works too');
  assert.equal(await p.locator('#box .fb-all').textContent(), 'Alle Abschnitte ausblenden');
  await close();
});

test('a deep link opens its section in the first box that has it, or in the box it names', async () => {
  const text = revision('2026-01-02T10:00:00Z', 'Titel');
  const { page: p, insert, close } = await page({ serveArticle: text });
  await insert((await snippet(text, 'erste')) + (await snippet(text, 'zweite')));
  await ready(p, 'erste');
  await ready(p, 'zweite');
  await p.evaluate(() => { location.hash = '#factbox-kasachstan'; });
  await p.waitForFunction(() => document.getElementById('erste').shadowRoot.querySelector('#fb-kasachstan-button').getAttribute('aria-expanded') === 'true');
  assert.deepEqual(await headerState(p, 'kasachstan', '#erste'), { expanded: 'true', visible: true });
  assert.deepEqual(await headerState(p, 'laender', '#zweite'), { expanded: 'false', visible: false }, 'the second box stays as it was');
  await p.evaluate(() => { location.hash = '#zweite.tadschikistan'; });
  await p.waitForFunction(() => document.getElementById('zweite').shadowRoot.querySelector('#fb-tadschikistan-button').getAttribute('aria-expanded') === 'true');
  assert.deepEqual(await headerState(p, 'tadschikistan', '#erste'), { expanded: 'false', visible: false }, 'only the named box');
  // Focus follows once the entry has been scrolled to (a frame or two after it opened).
  await p.waitForFunction(() => document.getElementById('zweite').shadowRoot.activeElement?.id === 'fb-tadschikistan-button', null, { timeout: 5000 });
  await close();
});

test('the first tap works before the bundle arrives, and the box adopts what the reader left open, focus included', async () => {
  const text = revision('2026-01-02T10:00:00Z', 'Titel');
  const { page: p, insert, release, close } = await page({ serveArticle: text, holdBundle: true });
  await p.evaluate(() => { window.toggles = []; document.addEventListener('factbox:toggle', (e) => window.toggles.push(e.detail)); });
  await insert(await snippet(text));
  // A tap on a closed header, then Enter on another: both open at once, with their events.
  await p.locator('#box #fb-zusagen-button').tap();
  assert.deepEqual(await headerState(p, 'zusagen', '#box'), { expanded: 'true', visible: true }, 'open at the first tap');
  await p.locator('#box #fb-laender-button').focus();
  await p.keyboard.press('Enter');
  assert.deepEqual(await headerState(p, 'laender', '#box'), { expanded: 'true', visible: true });
  await p.locator('#box #fb-zusagen-button').click();
  assert.deepEqual(await headerState(p, 'zusagen', '#box'), { expanded: 'false', visible: false }, 'and closes again');
  await p.locator('#box #fb-zusagen-button').click();
  // Find-in-page before the bundle (the browser's own reveal steps: beforematch, then the
  // panel shown): the revealed section's header says so at once.
  await p.evaluate(() => {
    const panel = document.getElementById('box').shadowRoot.querySelector('#fb-rohstoffe-panel');
    panel.dispatchEvent(new Event('beforematch', { bubbles: true }));
    panel.removeAttribute('hidden');
  });
  assert.deepEqual(await headerState(p, 'rohstoffe', '#box'), { expanded: 'true', visible: true }, 'a find before the bundle');
  assert.notEqual(await p.locator('#box').getAttribute('data-state'), 'ready', 'all before the bundle');
  await p.locator('#box #fb-laender-button').focus();
  await p.evaluate(() => { window.header = document.getElementById('box').shadowRoot.querySelector('#fb-laender-button'); });
  release();
  await ready(p);
  assert.deepEqual(await headerState(p, 'zusagen', '#box'), { expanded: 'true', visible: true }, 'the box adopted the reader\'s state');
  assert.deepEqual(await headerState(p, 'laender', '#box'), { expanded: 'true', visible: true });
  assert.deepEqual(await headerState(p, 'rohstoffe', '#box'), { expanded: 'true', visible: true }, 'and what a find opened');
  assert.deepEqual(await headerState(p, 'quellen', '#box'), { expanded: 'false', visible: false });
  assert.equal(await p.evaluate(() => window.header === document.getElementById('box').shadowRoot.activeElement), true, 'same node, still focused');
  // Live now: still one toggle per click (the loader's; the box follows, and does not toggle
  // a second time: web/tests/wasm.rs), and each reported once.
  await p.locator('#box #fb-zusagen-button').click();
  assert.deepEqual(await headerState(p, 'zusagen', '#box'), { expanded: 'false', visible: false });
  await p.locator('#box .fb-all').click();
  assert.deepEqual(await headerState(p, 'quellen', '#box'), { expanded: 'true', visible: true });
  assert.equal(await p.locator('#box .fb-all').textContent(), 'Alle Abschnitte ausblenden');
  assert.deepEqual(await p.evaluate(() => window.toggles), [
    { box: 'box', section: 'zusagen', open: true }, { box: 'box', section: 'laender', open: true },
    { box: 'box', section: 'zusagen', open: false }, { box: 'box', section: 'zusagen', open: true },
    { box: 'box', section: 'zusagen', open: false }, { box: 'box', section: null, open: true },
  ], 'every toggle reported once, before the bundle and after');
  await close();
});

test('"show all" works before the bundle arrives, with its label', async () => {
  const text = revision('2026-01-02T10:00:00Z', 'Titel');
  const { page: p, insert, release, close } = await page({ serveArticle: text, holdBundle: true });
  await insert(await snippet(text));
  await p.locator('#box .fb-all').click();
  assert.deepEqual(await headerState(p, 'kasachstan', '#box'), { expanded: 'true', visible: true });
  assert.equal(await p.locator('#box .fb-all').textContent(), 'Alle Abschnitte ausblenden');
  assert.equal(await p.locator('#box .fb-all').getAttribute('aria-expanded'), 'true');
  release();
  await ready(p);
  assert.deepEqual(await headerState(p, 'quellen', '#box'), { expanded: 'true', visible: true });
  await p.locator('#box .fb-all').click();
  assert.deepEqual(await headerState(p, 'quellen', '#box'), { expanded: 'false', visible: false }, 'the box took over');
  await close();
});

test('ten boxes come to life one per task, the one the reader tapped first', async () => {
  const text = revision('2026-01-02T10:00:00Z', 'Titel');
  const { page: p, insert, release, close } = await page({ serveArticle: text, holdBundle: true });
  let html = '';
  for (let i = 1; i <= 10; i++) html += await snippet(text, `b${i}`);
  await insert(html);
  await p.evaluate(() => {
    // A mutation observer's callback runs once per task's worth of changes: boxes that came to
    // life in one task would arrive in one callback.
    window.readyOrder = [];
    window.readyPerCallback = [];
    new MutationObserver((records) => {
      const ready = new Set(records.filter((r) => r.target.dataset.state === 'ready').map((r) => r.target.id));
      if (ready.size) window.readyPerCallback.push(ready.size);
      for (const id of ready) if (!window.readyOrder.includes(id)) window.readyOrder.push(id);
    }).observe(document.querySelector('main'), { subtree: true, attributes: true, attributeFilter: ['data-state'] });
  });
  // Wake every box (as scrolling past them would), then tap the seventh.
  await p.evaluate(() => document.querySelectorAll('fact-box').forEach((b) => b.dispatchEvent(new PointerEvent('pointerenter'))));
  await p.mouse.move(0, 0);
  await p.locator('#b7 #fb-zusagen-button').click();
  release();
  await p.waitForFunction(() => window.readyOrder.length === 10, null, { timeout: 20000 });
  const order = await p.evaluate(() => window.readyOrder);
  assert.equal(order[0], 'b7', `the tapped box first: ${order}`);
  assert.deepEqual(await p.evaluate(() => window.readyPerCallback), Array(10).fill(1), 'one box per task');
  assert.deepEqual(await headerState(p, 'zusagen', '#b7'), { expanded: 'true', visible: true });
  await close();
});
