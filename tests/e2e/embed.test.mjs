// Embedding on any news page: the example host pages in dist/examples/, in headless Chromium.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, serve, watchErrors, waitForBoxes, headerState, axeViolations } from './browser.mjs';

let server, browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

async function open(path, { javaScriptEnabled = true, width = 1000, beforeGoto } = {}) {
  const context = await browser.newContext({ javaScriptEnabled, viewport: { width, height: 900 } });
  const page = await context.newPage();
  const errors = watchErrors(page);
  const requests = [];
  page.on('request', (r) => requests.push(new URL(r.url()).pathname));
  if (beforeGoto) await beforeGoto(page);
  const response = await page.goto(`${server.url}${path}`);
  return { page, errors, requests, response, close: () => context.close() };
}

const ALL_PANELS = ['rohstoffe', 'zusagen', 'laender', 'kasachstan', 'usbekistan', 'kirgisistan',
  'tadschikistan', 'turkmenistan', 'andere-maechte', 'chronik', 'quellen'];

test('two boxes in two languages share one bundle, and each reports its toggles', async () => {
  const { page, errors, requests, close } = await open('/examples/two-boxes.html', {
    beforeGoto: (page) => page.addInitScript(() => {
      // Count how the bundle is compiled: from the bytes its glue carries, or from a stream.
      window.compiled = { streaming: 0, buffered: 0 };
      const { instantiateStreaming, instantiate } = WebAssembly;
      WebAssembly.instantiateStreaming = (...a) => { window.compiled.streaming++; return instantiateStreaming(...a); };
      WebAssembly.instantiate = (...a) => { window.compiled.buffered++; return instantiate(...a); };
    }),
  });
  await waitForBoxes(page);
  assert.equal(await page.locator('#box-de #fb-title').textContent(), 'C5+1-Gipfel: Zentralasien, die USA und kritische Rohstoffe');
  assert.equal(await page.locator('#box-en #fb-title').textContent(), 'C5+1 summit: Central Asia, the US and critical minerals');
  assert.equal(await page.locator('#box-en .fb-asof').textContent(), 'As of: 1 January 2026');
  assert.equal(requests.filter((p) => p.endsWith('/factbox/pkg/factbox.js')).length, 1, 'the bundle (the wasm inside its glue) is fetched once');
  assert.equal(requests.filter((p) => p.endsWith('.wasm')).length, 0, 'no separate wasm file');
  assert.equal(requests.filter((p) => p.endsWith('/factbox/factbox.js')).length, 1, 'the loader is fetched once');
  assert.deepEqual(await page.evaluate(() => window.compiled), { streaming: 0, buffered: 1 }, 'compiled once for both boxes');

  await page.evaluate(() => {
    window.toggles = [];
    document.addEventListener('factbox:toggle', (e) => window.toggles.push(e.detail));
  });
  await page.locator('#box-en #fb-minerals-button').click();
  await page.locator('#box-de #fb-zusagen-button').click();
  await page.locator('#box-de .fb-all').click();
  assert.deepEqual(await page.evaluate(() => window.toggles), [
    { box: 'box-en', section: 'minerals', open: true },
    { box: 'box-de', section: 'zusagen', open: true },
    { box: 'box-de', section: null, open: true },
  ]);
  assert.deepEqual(await axeViolations(page), []);
  assert.deepEqual(errors, []);
  await close();
});

test('a prerendered box fetches its content while the bundle downloads, then resumes it in place: same nodes, no layout shift', async () => {
  let release, contentRequest;
  const held = new Promise((ok) => { release = ok; });
  const { page, errors, close } = await open('/', {
    beforeGoto: async (page) => {
      await page.addInitScript(() => {
        window.shifts = [];
        // As CLS counts them: shifts right after a reader's input are expected, not counted.
        new PerformanceObserver((list) => window.shifts.push(...list.getEntries().filter((e) => !e.hadRecentInput).map((e) => e.value)))
          .observe({ type: 'layout-shift', buffered: true });
      });
      // Hold the bundle back so that the prerendered box can be seen alone first.
      await page.route('**/pkg/factbox.js', async (route) => { await held; await route.continue(); });
      contentRequest = page.waitForRequest((r) => r.url().endsWith('/factbox/content/de.json'), { timeout: 10000 });
    },
  });
  await page.locator('fact-box #fb-zusagen-button').waitFor();
  assert.deepEqual(await headerState(page, 'rohstoffe'), { expanded: 'false', visible: false }, 'initial state from the first paint');
  assert.deepEqual(await headerState(page, 'zusagen'), { expanded: 'false', visible: false });
  await page.evaluate(() => { window.before = document.querySelector('fact-box').shadowRoot.querySelector('#fb-zusagen-button'); });
  await contentRequest; // while the wasm is still held back
  release();
  await waitForBoxes(page);
  assert.equal(await page.evaluate(() => window.before === document.querySelector('fact-box').shadowRoot.querySelector('#fb-zusagen-button')), true,
    'resuming kept the server-rendered button');
  await page.locator('fact-box #fb-zusagen-button').click();
  assert.deepEqual(await headerState(page, 'zusagen'), { expanded: 'true', visible: true });
  await page.waitForTimeout(300); // let any late shift be reported
  assert.deepEqual(await page.evaluate(() => window.shifts.filter((v) => v > 0)), [], 'cumulative layout shift is 0');
  assert.deepEqual(errors, []);
  await close();
});

test('hostile host-page CSS changes nothing inside the box, and the box changes nothing outside', async () => {
  const probe = async (page, box) => page.evaluate((box) => {
    const root = document.getElementById(box).shadowRoot;
    const pick = (sel) => {
      const s = getComputedStyle(root.querySelector(sel));
      return [sel, s.fontFamily, s.fontSize, s.color, s.letterSpacing, s.lineHeight, s.textTransform, s.padding, s.margin, s.borderTopStyle, s.display, s.listStyleType].join(' | ');
    };
    return ['.fb', '.fb-title', '.fb-acc-button', '.fb-text', '.fb-link', '.fb-all', '.fb-acc-panel[hidden]',
      '.fb-glance-title', '.fb-figures', '.fb-figure-value', '.fb-timeline', '.fb-event-date', '.fb-compare th', '.fb-row dt'].map(pick);
  }, box);
  const clean = await open('/examples/two-boxes.html');
  await waitForBoxes(clean.page);
  const expected = await probe(clean.page, 'box-de');
  await clean.close();

  const { page, errors, close } = await open('/examples/hostile-css.html');
  await waitForBoxes(page);
  assert.deepEqual(await probe(page, 'box-hostile'), expected);
  assert.deepEqual(await headerState(page, 'zusagen', '#box-hostile'), { expanded: 'false', visible: false }, '[hidden] stays hidden');
  await page.locator('#box-hostile #fb-zusagen-button').click();
  assert.deepEqual(await headerState(page, 'zusagen', '#box-hostile'), { expanded: 'true', visible: true });
  // The page's own element with the box's class names keeps the page's styles.
  const decoy = await page.evaluate(() => getComputedStyle(document.querySelector('p.fb-title')).fontFamily);
  assert.match(decoy, /Comic Sans/);
  assert.deepEqual(errors, []);
  await close();
});

test('under a strict Content-Security-Policy the boxes work and nothing is blocked', async () => {
  const { page, errors, response, close } = await open('/examples/csp-article.html', {
    beforeGoto: (page) => page.addInitScript(() => {
      window.violations = [];
      document.addEventListener('securitypolicyviolation', (e) => window.violations.push(`${e.violatedDirective} ${e.blockedURI}`));
    }),
  });
  assert.equal(response.headers()['content-security-policy'], "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'");
  await waitForBoxes(page);
  await page.locator('#box-csp-en #fb-pledges-button').click();
  assert.deepEqual(await headerState(page, 'pledges', '#box-csp-en'), { expanded: 'true', visible: true });
  assert.deepEqual(await page.evaluate(() => window.violations), []);
  assert.deepEqual(errors, []);
  await close();
});

test('without JavaScript every section is open and readable', async () => {
  const { page, close } = await open('/examples/two-boxes.html', { javaScriptEnabled: false });
  for (const id of ALL_PANELS) {
    assert.equal(await page.locator(`#box-de #fb-${id}-panel`).isVisible(), true, `${id} readable`);
  }
  assert.equal(await page.locator('#box-en #fb-countries-panel').isVisible(), true);
  assert.equal(await page.locator('#box-en #fb-timeline-panel').isVisible(), true);
  assert.equal(await page.locator('#box-de .fb-glance').isVisible(), true, 'the key figures are readable');
  assert.equal(await page.locator('#box-de .fb-all').isVisible(), false, 'no dead "show all" button');
  assert.match(await page.locator('#box-de #fb-quellen-panel').textContent(), /Chatham House/);
  await close();
});

test('a box whose script was stripped opens every section instead of locking them', async () => {
  const { page, close } = await open('/examples/no-javascript.html');
  assert.deepEqual(await headerState(page, 'zusagen', '#box-static'), { expanded: 'false', visible: false });
  // Run CSS animations fast: the unlock waits 4 s for a bundle that never comes.
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Animation.enable');
  await cdp.send('Animation.setPlaybackRate', { playbackRate: 50 });
  await page.reload();
  await page.waitForFunction((n) => document.querySelector('#box-static').shadowRoot
    .querySelectorAll('.fb-acc-panel').length === n, ALL_PANELS.length, { timeout: 5000 });
  await page.locator('#box-static #fb-zusagen-panel').waitFor({ state: 'visible', timeout: 5000 });
  for (const id of ALL_PANELS) {
    assert.equal(await page.locator(`#box-static #fb-${id}-panel`).isVisible(), true, `${id} readable`);
  }
  await close();
});

test('iframes resize to their content, on load and as sections open, from their own window only', async () => {
  const { page, errors, close } = await open('/examples/iframe-host.html');
  const frameDe = page.locator('#frame-de');
  assert.equal(await frameDe.getAttribute('loading'), 'lazy');
  assert.match(await frameDe.getAttribute('title'), /^Faktenbox: /);
  const inner = page.frameLocator('#frame-de');
  await inner.locator('fact-box[data-state="ready"]').waitFor();
  const contentHeight = () => page.frame({ url: /childId=frame-de/ }).evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
  const fits = async () => Number(await frameDe.getAttribute('height')) === await contentHeight();
  await waitUntil(fits, 'the iframe fits its content after load');
  const closedHeight = Number(await frameDe.getAttribute('height'));

  await inner.locator('#fb-laender-button').click();
  await waitUntil(async () => Number(await frameDe.getAttribute('height')) > closedHeight && await fits(), 'the iframe grows with an opened section');

  // A message claiming a height, but from the host page itself, is ignored.
  const before = await frameDe.getAttribute('height');
  await page.evaluate(() => window.postMessage('pymxPYMxframe-dexPYMxheightxPYMx5', '*'));
  await page.waitForTimeout(100);
  assert.equal(await frameDe.getAttribute('height'), before);

  // The English iframe took its language and theme from the query string.
  const en = page.frameLocator('#frame-en');
  await en.locator('fact-box[data-state="ready"]').waitFor();
  assert.equal(await en.locator('#fb-title').textContent(), 'C5+1 summit: Central Asia, the US and critical minerals');
  assert.equal(await en.locator('fact-box').getAttribute('data-theme'), 'dark');
  assert.equal(await en.locator('fact-box[lang="de"]').count(), 0, 'only the requested language stays');
  assert.deepEqual(errors, []);
  await close();
});

test('boxes added later are picked up, and a removed box releases its app', async () => {
  const { page, errors, requests, close } = await open('/examples/dynamic.html');
  await page.locator('#add-de').click();
  await page.locator('#add-en').click();
  await waitForBoxes(page);
  assert.equal(await page.locator('#dynamic-2 #fb-title').textContent(), 'C5+1 summit: Central Asia, the US and critical minerals');
  await page.locator('#dynamic-2 #fb-countries-button').click();
  assert.deepEqual(await headerState(page, 'countries', '#dynamic-2'), { expanded: 'true', visible: true });

  await page.evaluate(() => { window.removed = document.getElementById('dynamic-2'); });
  await page.locator('#remove').click();
  await page.waitForFunction(() => !window.removed.hasAttribute('data-state'));
  assert.equal(await page.evaluate(() => window.removed.shadowRoot.querySelector('.fb-root').childElementCount), 0, 'its rendered tree is gone');

  await page.evaluate(() => document.getElementById('boxes').append(window.removed));
  await waitForBoxes(page);
  assert.equal(await page.locator('#dynamic-2 #fb-title').textContent(), 'C5+1 summit: Central Asia, the US and critical minerals');
  assert.equal(requests.filter((p) => p.endsWith('/factbox/pkg/factbox.js')).length, 1);
  assert.deepEqual(errors, []);
  await close();
});

async function waitUntil(check, what, timeout = 5000) {
  const end = Date.now() + timeout;
  while (Date.now() < end) {
    if (await check()) return;
    await new Promise((ok) => setTimeout(ok, 50));
  }
  assert.fail(`timed out waiting: ${what}`);
}

test('a box far below the fold costs nothing until the reader comes near', async () => {
  const { page, errors, requests, close } = await open('/examples/below-the-fold.html', { width: 800 });
  await page.waitForTimeout(500);
  assert.equal(await page.locator('#box-below').getAttribute('data-state'), 'waiting');
  assert.equal(requests.filter((p) => p.endsWith('/factbox/pkg/factbox.js')).length, 0, 'no bundle fetched yet');
  // Waiting is not "stripped": the author's closed sections stay closed, past the 4 s unlock.
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Animation.enable');
  await cdp.send('Animation.setPlaybackRate', { playbackRate: 50 });
  await page.waitForTimeout(300);
  assert.deepEqual(await headerState(page, 'zusagen', '#box-below'), { expanded: 'false', visible: false });

  // Real time again: woken, the box waits for its bundle, its headers working meanwhile.
  await cdp.send('Animation.setPlaybackRate', { playbackRate: 1 });
  await page.locator('#box-below').scrollIntoViewIfNeeded();
  await page.waitForFunction(() => document.querySelector('#box-below').dataset.state === 'ready');
  assert.equal(requests.filter((p) => p.endsWith('/factbox/pkg/factbox.js')).length, 1, 'fetched once the box came near');
  await page.locator('#box-below #fb-zusagen-button').click();
  assert.deepEqual(await headerState(page, 'zusagen', '#box-below'), { expanded: 'true', visible: true });
  assert.deepEqual(errors, []);
  await close();
});

test('tabbing into a waiting box wakes it', async () => {
  const { page, close } = await open('/examples/below-the-fold.html', { width: 800 });
  await page.waitForTimeout(300);
  assert.equal(await page.locator('#box-below').getAttribute('data-state'), 'waiting');
  await page.evaluate(() => document.querySelector('#box-below').shadowRoot.querySelector('.fb-link').focus({ preventScroll: true }));
  await page.waitForFunction(() => document.querySelector('#box-below').dataset.state === 'ready');
  await close();
});
