// Readers expanding the box: keyboard, find-in-page, deep links, remembered state, print,
// motion, themes, small screens and zoom, the accessibility tree, both languages.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir } from 'node:fs/promises';
import { launch, serve, watchErrors, waitForBoxes, headerState, axeViolations } from './browser.mjs';

const SHOTS = 'test-results/screenshots';
let server, browser;
before(async () => { await mkdir(SHOTS, { recursive: true }); server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

async function open(path, { width = 1280, height = 900, colorScheme = 'light', reducedMotion = 'no-preference', context } = {}) {
  const ctx = context ?? await browser.newContext({ viewport: { width, height }, colorScheme, reducedMotion });
  const page = await ctx.newPage();
  const errors = watchErrors(page);
  await page.goto(`${server.url}${path}`);
  await waitForBoxes(page);
  return { page, errors, context: ctx, close: () => ctx.close() };
}

const shadowFocus = (page) => page.evaluate(() => {
  let el = document.activeElement;
  while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
  return el?.id;
});

test('"show all sections" opens and closes everything, with its own state, in both languages', async () => {
  const { page, close } = await open('/examples/two-boxes.html');
  for (const [box, show, hide] of [['#box-de', 'Alle Abschnitte einblenden', 'Alle Abschnitte ausblenden'], ['#box-en', 'Show all sections', 'Hide all sections']]) {
    const all = page.locator(`${box} .fb-all`);
    assert.equal(await all.textContent(), show);
    assert.equal(await all.getAttribute('aria-expanded'), 'false');
    await all.click();
    assert.equal(await all.textContent(), hide);
    assert.equal(await all.getAttribute('aria-expanded'), 'true');
    assert.equal(await page.locator(`${box} .fb-acc-button[aria-expanded="false"]`).count(), 0);
    await all.click();
    assert.equal(await page.locator(`${box} .fb-acc-button[aria-expanded="true"]`).count(), 0);
  }
  await close();
});

test('Up, Down, Home and End move between headers; Tab moves on normally', async () => {
  const { page, close } = await open('/');
  await page.locator('fact-box #fb-rohstoffe-button').focus();
  const keys = [['ArrowDown', 'fb-zusagen-button'], ['ArrowDown', 'fb-laender-button'], ['End', 'fb-quellen-button'],
    ['ArrowUp', 'fb-chronik-button'], ['ArrowUp', 'fb-andere-maechte-button'], ['ArrowDown', 'fb-chronik-button'],
    ['ArrowDown', 'fb-quellen-button'], ['ArrowDown', 'fb-rohstoffe-button'], ['ArrowUp', 'fb-quellen-button'], ['Home', 'fb-rohstoffe-button']];
  for (const [key, expected] of keys) {
    await page.keyboard.press(key);
    assert.equal(await shadowFocus(page), expected, `after ${key}`);
  }
  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab');
  assert.match(await page.evaluate(() => document.activeElement.shadowRoot.activeElement.className), /fb-link/, 'Tab goes into the open panel');
  await close();
});

test('find-in-page: closed panels stay searchable, and a revealed one reports itself open', async () => {
  const { page, close } = await open('/');
  const panel = page.locator('fact-box #fb-zusagen-panel');
  assert.equal(await panel.getAttribute('hidden'), 'until-found', 'the browser searches hidden="until-found" content');
  assert.match(await panel.textContent(), /Wabtec/);
  // Playwright cannot drive the browser's find bar; these are the browser's own reveal steps
  // from the HTML standard: fire beforematch at the panel, then remove its hidden attribute.
  await page.evaluate(() => {
    const p = document.querySelector('fact-box').shadowRoot.querySelector('#fb-zusagen-panel');
    p.dispatchEvent(new Event('beforematch', { bubbles: true }));
    p.removeAttribute('hidden');
  });
  await page.waitForFunction(() => document.querySelector('fact-box').shadowRoot.querySelector('#fb-zusagen-button').getAttribute('aria-expanded') === 'true');
  assert.deepEqual(await headerState(page, 'zusagen'), { expanded: 'true', visible: true });
  await page.locator('fact-box #fb-zusagen-button').click();
  assert.deepEqual(await headerState(page, 'zusagen'), { expanded: 'false', visible: false }, 'a click closes it again');
  await close();
});

test('deep links open and scroll to a section or country, on load and on hash change, in the box language', async () => {
  const { page, close } = await open('/#factbox-kasachstan', { height: 700 });
  await page.waitForFunction(() => document.querySelector('fact-box').shadowRoot.querySelector('#fb-kasachstan-button').getAttribute('aria-expanded') === 'true');
  assert.deepEqual(await headerState(page, 'laender'), { expanded: 'true', visible: true });
  assert.deepEqual(await headerState(page, 'kasachstan'), { expanded: 'true', visible: true });
  const inView = (id) => page.evaluate((id) => {
    const r = document.querySelector('fact-box').shadowRoot.querySelector(`#fb-${id}-button`).getBoundingClientRect();
    return r.top >= -1 && r.bottom <= innerHeight + 1 || `top ${r.top}, bottom ${r.bottom}, scrollY ${scrollY}, innerHeight ${innerHeight}`;
  }, id);
  await page.waitForFunction(() => document.querySelector('fact-box').shadowRoot.activeElement?.id === 'fb-kasachstan-button');
  assert.equal(await inView('kasachstan'), true);

  await page.evaluate(() => { location.hash = '#factbox-quellen'; });
  await page.waitForFunction(() => document.querySelector('fact-box').shadowRoot.activeElement?.id === 'fb-quellen-button');
  assert.deepEqual(await headerState(page, 'quellen'), { expanded: 'true', visible: true });
  assert.equal(await inView('quellen'), true);
  await close();

  const en = await open('/examples/two-boxes.html#factbox-kazakhstan');
  await en.page.waitForFunction(() => document.querySelector('#box-en').shadowRoot.querySelector('#fb-kazakhstan-button').getAttribute('aria-expanded') === 'true');
  assert.deepEqual(await headerState(en.page, 'countries', '#box-en'), { expanded: 'true', visible: true });
  assert.deepEqual(await headerState(en.page, 'laender', '#box-de'), { expanded: 'false', visible: false }, 'the German box has no such id');
  await en.close();
});

// The demo's box is resumed (its snippet is current); a box whose snippet is stale is rendered
// afresh by the bundle, and its own state must then follow what the loader shows.
for (const kind of ['resumed box', 'box rendered afresh']) test(`a ${kind} answers a click within it, and a deep link, a find or "show all" right after a click starts from what the reader sees`, async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  if (kind === 'box rendered afresh') {
    await context.route((url) => url.pathname === '/', async (route) => {
      const response = await route.fetch();
      await route.fulfill({ response, body: (await response.text()).replace(/data-render-key="[0-9a-f]+"/, 'data-render-key="0000000000000000"') });
    });
  }
  const messages = [];
  context.on('console', (m) => messages.push(m.text()));
  const { page, close } = await open('/#factbox-quellen', { context });
  await waitForBoxes(page);
  assert.equal(messages.some((m) => m.includes('shown afresh')), kind === 'box rendered afresh', messages.join('\n'));
  const expanded = (id) => page.evaluate((id) => document.querySelector('fact-box').shadowRoot.querySelector(`#fb-${id}-button`).getAttribute('aria-expanded'), id);
  const aFrameLater = () => page.evaluate(() => new Promise((done) => requestAnimationFrame(() => setTimeout(done, 50))));
  await page.waitForFunction(() => document.querySelector('fact-box').shadowRoot.querySelector('#fb-quellen-button').getAttribute('aria-expanded') === 'true');
  await page.evaluate(() => { location.hash = '#factbox-kasachstan'; });
  await page.waitForFunction(() => document.querySelector('fact-box').shadowRoot.querySelector('#fb-kasachstan-button').getAttribute('aria-expanded') === 'true');
  await aFrameLater();

  // The click closes the countries within the click: the next frame shows it, with no render
  // of the box in between. A deep link in the same moment, before that frame, reopens them:
  // it must start from what the reader sees (closed), not from what the box last drew.
  const within = await page.evaluate(() => {
    const root = document.querySelector('fact-box').shadowRoot;
    root.querySelector('#fb-laender-button').click();
    const seen = [root.querySelector('#fb-laender-button').getAttribute('aria-expanded'), root.querySelector('#fb-laender-panel').getAttribute('hidden')];
    location.hash = '#factbox-laender';
    return seen;
  });
  assert.deepEqual(within, ['false', 'until-found'], 'closed at once');
  await page.waitForFunction(() => document.querySelector('fact-box').shadowRoot.querySelector('#fb-laender-button').getAttribute('aria-expanded') === 'true', null, { timeout: 3000 });
  await aFrameLater();
  assert.deepEqual(await headerState(page, 'laender'), { expanded: 'true', visible: true }, 'the deep link opened what the reader had just closed');

  // The same for find-in-page: a match revealed in a section the reader has just closed.
  await page.evaluate(() => {
    const root = document.querySelector('fact-box').shadowRoot;
    root.querySelector('#fb-quellen-button').click();
    const panel = root.querySelector('#fb-quellen-panel');
    panel.dispatchEvent(new Event('beforematch', { bubbles: true }));
    panel.removeAttribute('hidden');
  });
  await aFrameLater();
  assert.deepEqual(await headerState(page, 'quellen'), { expanded: 'true', visible: true }, 'the found section reports itself open, and stays shown');

  // "Show all" speaks for the same state. Everything opened by clicks, then one section closed:
  // a deep link to it makes everything open again, and "show all" must say so in the words the
  // reader sees.
  await page.evaluate(() => {
    for (const b of document.querySelector('fact-box').shadowRoot.querySelectorAll('.fb-acc-button[aria-expanded="false"]')) b.click();
  });
  const all = page.locator('fact-box .fb-all');
  assert.equal(await all.textContent(), 'Alle Abschnitte ausblenden');
  await aFrameLater();
  await page.locator('fact-box #fb-zusagen-button').click();
  assert.equal(await all.textContent(), 'Alle Abschnitte einblenden');
  await aFrameLater();
  await page.evaluate(() => { location.hash = '#factbox-zusagen'; });
  await page.waitForFunction(() => document.querySelector('fact-box').shadowRoot.querySelector('#fb-zusagen-button').getAttribute('aria-expanded') === 'true');
  await aFrameLater();
  assert.equal(await all.getAttribute('aria-expanded'), 'true');
  assert.equal(await all.textContent(), 'Alle Abschnitte ausblenden', 'the deep link changed the words the reader sees');
  await all.click();
  await aFrameLater();
  assert.equal(await page.locator('fact-box .fb-acc-button[aria-expanded="true"]').count(), 0);
  assert.equal(await expanded('zusagen'), 'false');
  await close();
});

test('open sections survive a reload in the same tab; a new tab starts from the author\'s state', async () => {
  const { page, context, close } = await open('/');
  await page.locator('fact-box #fb-rohstoffe-button').click();
  await page.locator('fact-box #fb-zusagen-button').click();
  await page.reload();
  await waitForBoxes(page);
  await page.waitForFunction(() => document.querySelector('fact-box').shadowRoot.querySelector('#fb-zusagen-button').getAttribute('aria-expanded') === 'true');
  assert.deepEqual(await headerState(page, 'rohstoffe'), { expanded: 'true', visible: true });
  assert.deepEqual(await headerState(page, 'zusagen'), { expanded: 'true', visible: true });

  const fresh = await open('/', { context });
  assert.deepEqual(await headerState(fresh.page, 'rohstoffe'), { expanded: 'false', visible: false }, 'sessionStorage is per tab');
  await close();

  // data-remember="false" (render --no-remember) turns it off.
  const off = await open('/examples/two-boxes.html');
  await off.page.locator('#box-en #fb-pledges-button').click();
  await off.page.reload();
  await waitForBoxes(off.page);
  await off.page.waitForTimeout(200);
  assert.deepEqual(await headerState(off.page, 'pledges', '#box-en'), { expanded: 'false', visible: false });
  await off.close();
});

test('a deep link on arrival in a box rendered afresh opens from what the reader had open, not from the author\'s setting', async () => {
  // The demo's box set to open the countries, and its snippet made stale: the bundle renders it afresh.
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  await context.route((url) => url.pathname === '/', async (route) => {
    const response = await route.fetch();
    const body = (await response.text()).replace(/data-render-key="[0-9a-f]+"/, 'data-render-key="0000000000000000"').replace('<fact-box ', '<fact-box data-open="laender" ');
    await route.fulfill({ response, body });
  });
  const { page, close } = await open('/', { context });
  assert.deepEqual(await headerState(page, 'laender'), { expanded: 'true', visible: true }, 'open, as set');
  await page.locator('fact-box #fb-laender-button').click();
  // The reader closed the countries; the reload remembers that, and its address names a country.
  await page.evaluate(() => { location.hash = '#factbox-kasachstan'; });
  await page.waitForFunction(() => document.querySelector('fact-box').shadowRoot.querySelector('#fb-kasachstan-button').getAttribute('aria-expanded') === 'true');
  await page.locator('fact-box #fb-laender-button').click();
  await page.locator('fact-box #fb-kasachstan-button').evaluate((b) => b.click());
  assert.deepEqual(await headerState(page, 'laender'), { expanded: 'false', visible: false });
  await page.reload();
  await waitForBoxes(page);
  await page.waitForFunction(() => document.querySelector('fact-box').shadowRoot.activeElement?.id === 'fb-kasachstan-button', null, { timeout: 3000 });
  assert.deepEqual(await headerState(page, 'laender'), { expanded: 'true', visible: true }, 'the countries opened again for the link');
  assert.deepEqual(await headerState(page, 'kasachstan'), { expanded: 'true', visible: true }, 'and the country in them, shown');
  await close();
});

test('remembering is per box, takes what was opened before the bundle, and is shown again before the bundle arrives', async () => {
  const { page, close } = await open('/examples/two-boxes.html');
  // The bundle is held back: these taps are the loader's.
  let release;
  const held = new Promise((ok) => { release = ok; });
  // A request held by a page that was since reloaded is gone: nothing to continue.
  await page.route('**/pkg/factbox.js', async (route) => { await held; await route.continue().catch(() => {}); });
  await page.reload();
  await page.locator('#box-de #fb-zusagen-button').click();
  assert.notEqual(await page.locator('#box-de').getAttribute('data-state'), 'ready');
  // Only the page's hiding saves: no storage write per tap.
  assert.equal(await page.evaluate(() => sessionStorage.length), 0);
  await page.reload();
  assert.deepEqual(await headerState(page, 'zusagen', '#box-de'), { expanded: 'true', visible: true }, 'restored before the bundle');
  assert.notEqual(await page.locator('#box-de').getAttribute('data-state'), 'ready');
  assert.equal(await page.locator('#box-de .fb-all').textContent(), 'Alle Abschnitte einblenden');
  release();
  await waitForBoxes(page);
  assert.deepEqual(await headerState(page, 'zusagen', '#box-de'), { expanded: 'true', visible: true }, 'and the box adopted it');
  await page.locator('#box-de #fb-zusagen-button').click();
  assert.deepEqual(await headerState(page, 'zusagen', '#box-de'), { expanded: 'false', visible: false }, 'one toggle per click once the bundle is in');
  // The English box of the same page has remembering off (render --no-remember), and its own key.
  assert.deepEqual(await page.evaluate(() => Object.keys(sessionStorage)), ['factbox:/examples/two-boxes.html:box-de']);
  await page.reload();
  await waitForBoxes(page);
  assert.deepEqual(await headerState(page, 'zusagen', '#box-de'), { expanded: 'false', visible: false }, 'closed again after the reload');
  assert.deepEqual(await page.evaluate(() => ({ ...sessionStorage })), { 'factbox:/examples/two-boxes.html:box-de': '' });
  await close();
});

test('print shows every section, each source\'s address once (in the sources list), and no controls', async () => {
  const { page, close } = await open('/');
  await page.emulateMedia({ media: 'print' });
  for (const id of ['zusagen', 'laender', 'kasachstan', 'turkmenistan', 'andere-maechte', 'chronik', 'quellen']) {
    assert.equal(await page.locator(`fact-box #fb-${id}-panel`).isVisible(), true, `${id} printed`);
  }
  assert.equal(await page.locator('fact-box .fb-glance').isVisible(), true, 'the key figures printed');
  assert.equal(await page.locator('fact-box .fb-all').isVisible(), false);
  assert.equal(await page.locator('fact-box .fb-acc-icon').first().isVisible(), false);
  const printed = (selector) => page.locator(`fact-box ${selector}`).evaluateAll((links) => links.map((a) => getComputedStyle(a, '::after').content));
  const listed = await printed('.fb-source-list .fb-link');
  assert.equal(listed.length, 33, 'every source listed');
  assert.match(listed[0], /https:\/\/www\.japantimes\.co\.jp/);
  assert.ok(listed.every((content) => /https?:\/\//.test(content)), 'each with its address');
  assert.ok((await printed('.fb-cite .fb-link')).every((content) => content === 'none'), 'a citation beside a figure prints its publisher only');
  await page.pdf({ path: 'test-results/demo-print.pdf' });
  await close();
});

test('a section opens at once, as <details> does: no animation or transition, whatever the motion setting', async () => {
  for (const reducedMotion of ['no-preference', 'reduce']) {
    const { page, close } = await open('/', { reducedMotion });
    await page.locator('fact-box #fb-zusagen-button').click();
    const running = await page.evaluate(() => {
      const root = document.querySelector('fact-box').shadowRoot;
      return { expanded: root.querySelector('#fb-zusagen-button').getAttribute('aria-expanded'), animations: root.getAnimations().length };
    });
    assert.deepEqual(running, { expanded: 'true', animations: 0 }, reducedMotion);
    await close();
  }
});

test('dark mode follows the reader unless the host sets a theme', async () => {
  const background = (page, box = 'fact-box') => page.evaluate((box) => getComputedStyle(document.querySelector(box).shadowRoot.querySelector('.fb')).backgroundColor, box);
  const light = 'rgb(247, 245, 240)', dark = 'rgb(28, 30, 33)';
  const l = await open('/', { colorScheme: 'light' });
  assert.equal(await background(l.page), light);
  await l.page.evaluate(() => document.querySelector('fact-box').setAttribute('data-theme', 'dark'));
  assert.equal(await background(l.page), dark, 'the host forces dark');
  await l.page.evaluate(() => document.querySelector('fact-box').setAttribute('data-theme', 'neon'));
  assert.equal(await background(l.page), light, 'an unknown theme is auto');
  await l.close();
  const d = await open('/', { colorScheme: 'dark' });
  assert.equal(await background(d.page), dark);
  await d.page.evaluate(() => document.querySelector('fact-box').setAttribute('data-theme', 'light'));
  assert.equal(await background(d.page), light, 'the host forces light');
  await d.close();
});

test('UI contrast: the focus ring and the chevrons reach 3:1 against the box in both themes', async () => {
  for (const colorScheme of ['light', 'dark']) {
    const { page, close } = await open('/', { colorScheme });
    await page.locator('fact-box .fb-all').focus();
    await page.keyboard.press('Tab');
    const ratios = await page.evaluate(() => {
      const root = document.querySelector('fact-box').shadowRoot;
      const rgb = (c) => c.match(/\d+(\.\d+)?/g).slice(0, 3).map(Number);
      const lum = (c) => { const [r, g, b] = rgb(c).map((v) => { v /= 255; return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; }); return 0.2126 * r + 0.7152 * g + 0.0722 * b; };
      const ratio = (a, b) => { const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p); return (x + 0.05) / (y + 0.05); };
      const bg = getComputedStyle(root.querySelector('.fb')).backgroundColor;
      return {
        focus: ratio(getComputedStyle(root.activeElement).outlineColor, bg),
        chevron: ratio(getComputedStyle(root.querySelector('.fb-acc-icon')).borderRightColor, bg),
        link: ratio(getComputedStyle(root.querySelector('.fb-link')).color, bg),
      };
    });
    assert.ok(ratios.focus >= 3 && ratios.chevron >= 3, `${colorScheme}: ${JSON.stringify(ratios)}`);
    assert.ok(ratios.link >= 4.5, `${colorScheme}: ${JSON.stringify(ratios)}`);
    await close();
  }
});

for (const width of [320, 640]) {
  test(`at ${width} px${width === 640 ? ' (1280 px at 200 % zoom)' : ''}: no horizontal scrolling, 44 px targets, 16 px text`, async () => {
    const { page, close } = await open('/', { width });
    await page.locator('fact-box .fb-all').click();
    const layout = await page.evaluate(() => {
      const root = document.querySelector('fact-box').shadowRoot;
      const buttons = [...root.querySelectorAll('button')].map((b) => { const r = b.getBoundingClientRect(); return { text: b.textContent, w: r.width, h: r.height }; });
      return {
        pageOverflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
        wide: [...document.querySelectorAll('body *')].filter((el) => el.getBoundingClientRect().right > document.documentElement.clientWidth + 1).map((el) => `${el.tagName}.${el.className}`).slice(0, 5),
        // Visually hidden screen-reader text clips on purpose; anything else clipping sideways is cut off.
        boxOverflow: [...root.querySelectorAll(':not(.fb-sr)')].filter((el) => el.scrollWidth > el.clientWidth + 1 && getComputedStyle(el).overflowX !== 'visible').map((el) => el.className),
        boxWidth: root.querySelector('.fb').getBoundingClientRect().width,
        small: buttons.filter((b) => b.w < 44 || b.h < 44),
        textSize: Math.min(...['.fb-text', '.fb-summary', '.fb-row dd'].map((s) => parseFloat(getComputedStyle(root.querySelector(s)).fontSize))),
        // Source links: every line of each at least 24 px tall, no two overlapping, and a link
        // that wraps runs on in the sentence (its comma right after it, not on a line of its own).
        links: (() => {
          const links = [...root.querySelectorAll('.fb-cite .fb-link')];
          const lines = links.flatMap((a) => [...a.getClientRects()].map((r) => ({ a, r })));
          const overlapping = lines.filter(({ a, r }) => lines.some((o) => o.a !== a && r.left < o.r.right && o.r.left < r.right && r.top < o.r.bottom - 0.5 && o.r.top < r.bottom - 0.5));
          // The lines a link's text takes, from the text itself (a box of any display).
          const textLines = (a) => { const range = document.createRange(); range.selectNodeContents(a); return [...range.getClientRects()].filter((r) => r.width > 0); };
          const lineTops = (a) => [...new Set(textLines(a).map((r) => Math.round(r.top)))];
          const wrapped = links.filter((a) => lineTops(a).length > 1 && a.nextSibling?.textContent.startsWith(','));
          const strays = wrapped.filter((a) => {
            const comma = document.createRange();
            comma.setStart(a.nextSibling, 0);
            comma.setEnd(a.nextSibling, 1);
            return Math.abs(comma.getBoundingClientRect().top - Math.max(...lineTops(a))) > 8;
          });
          return { count: links.length, short: lines.filter(({ r }) => r.height < 24).length, overlapping: overlapping.length, wrapped: wrapped.length, strays: strays.length };
        })(),
      };
    });
    assert.equal(layout.pageOverflow, 0, `the page does not scroll sideways: ${layout.wide}`);
    assert.deepEqual(layout.boxOverflow, [], 'nothing in the box is cut off sideways');
    assert.ok(layout.boxWidth <= width);
    assert.deepEqual(layout.small, [], 'every button is at least 44 × 44 px');
    assert.ok(layout.textSize >= 16, `body text is ${layout.textSize}px`);
    assert.ok(layout.links.count > 40, `the sources are linked (${layout.links.count} links)`);
    assert.equal(layout.links.short, 0, 'every line of a source link is at least 24 px tall');
    assert.equal(layout.links.overlapping, 0, 'no two source links overlap');
    if (width === 320) assert.ok(layout.links.wrapped > 0, 'at 320 px some source names wrap');
    assert.equal(layout.links.strays, 0, 'a comma after a wrapped source name stays on its last line');
    await page.screenshot({ path: `${SHOTS}/reflow-${width}.png`, fullPage: false });
    await close();
  });
}

test('screen readers get the right names, states, outline and reading order', async () => {
  const { page, close } = await open('/');
  await page.locator('fact-box #fb-rohstoffe-button').click();
  await page.locator('fact-box #fb-laender-button').click();
  await page.locator('fact-box #fb-turkmenistan-button').click();
  await page.locator('fact-box #fb-chronik-button').click();
  const cdp = await page.context().newCDPSession(page);
  const { nodes } = await cdp.send('Accessibility.getFullAXTree');
  const prop = (n, name) => n.properties?.find((p) => p.name === name)?.value.value;
  // The tree in reading order: depth first from the root, as a screen reader walks it.
  const byId = new Map(nodes.map((n) => [n.nodeId, n]));
  const ordered = [];
  const walk = (n) => { ordered.push(n); for (const c of n.childIds ?? []) if (byId.has(c)) walk(byId.get(c)); };
  walk(nodes[0]);
  const visible = ordered.filter((n) => !n.ignored);
  const buttons = visible.filter((n) => n.role?.value === 'button').map((n) => [n.name?.value, prop(n, 'expanded')]);
  assert.deepEqual(buttons.slice(0, 12), [
    ['Alle Abschnitte einblenden', false], ['Kritische Rohstoffe', true], ['Zusagen und Abkommen', false],
    ['Die fünf Länder', true], ['Kasachstan', false], ['Usbekistan', false], ['Kirgisistan', false],
    ['Tadschikistan', false], ['Turkmenistan', true], ['Andere Mächte in der Region', false], ['Chronik', true], ['Quellen', false],
  ]);
  const headings = visible.filter((n) => n.role?.value === 'heading').map((n) => `${prop(n, 'level')} ${n.name?.value}`);
  assert.deepEqual(headings, [
    '1 Trump empfängt Zentralasiens Präsidenten: Rohstoffe ganz oben auf der Agenda',
    '2 C5+1-Gipfel: Zentralasien, die USA und kritische Rohstoffe',
    '3 Auf einen Blick',
    '3 Kritische Rohstoffe', '3 Zusagen und Abkommen', '3 Die fünf Länder',
    '4 Kasachstan', '4 Usbekistan', '4 Kirgisistan', '4 Tadschikistan', '4 Turkmenistan',
    '3 Andere Mächte in der Region', '3 Chronik', '3 Quellen',
    '2 Weitere Rohstoffabkommen könnten folgen',
  ]);
  const region = visible.find((n) => n.role?.value === 'region');
  assert.equal(region?.name?.value, 'C5+1-Gipfel: Zentralasien, die USA und kritische Rohstoffe', 'the box is a named region');
  const links = visible.filter((n) => n.role?.value === 'link').map((n) => n.name?.value).filter((name) => /Quelle/.test(name ?? ''));
  assert.ok(links.length >= 9, `${links.length} source links in the open sections`);
  assert.ok(links.every((name) => name.endsWith('(Quelle, öffnet in neuem Tab)')), 'links say they open a source');
  // The side-by-side table: a caption, a header for each column and for each row.
  const table = visible.filter((n) => ['table', 'columnheader', 'rowheader', 'cell'].includes(n.role?.value)).map((n) => `${n.role.value}: ${n.name?.value}`);
  assert.deepEqual(table, [
    'table: Im Vergleich', 'columnheader: Die fünf Länder', 'columnheader: Einwohner',
    'rowheader: Kasachstan', 'cell: knapp 20,5 Mio. (2025)', 'rowheader: Usbekistan', 'cell: 37.543.000 (2025)',
    'rowheader: Kirgisistan', 'cell: 7.282.000 (2025)', 'rowheader: Tadschikistan', 'cell: 10.721.000 (2026)',
    'rowheader: Turkmenistan', 'cell: 7.057.841 (2022)',
  ]);
  const text = visible.filter((n) => n.role?.value === 'StaticText').map((n) => n.name?.value);
  const readInOrder = (order) => {
    let from = 0;
    for (const t of order) {
      // A text may begin with the space that follows a bold label ("Einschränkung:" then " Nur …").
      const i = text.findIndex((s, k) => k >= from && (s?.startsWith(t) || s?.trimStart().startsWith(t)));
      assert.ok(i >= 0, `"${t}" is read after what precedes it`);
      from = i + 1;
    }
  };
  // Reading order inside one entry: label, place, figure, explanation, caveat, source.
  readInOrder(['Seltene Erden', 'über 20 Mio. Tonnen, Prognose', 'Am 2. April 2025 meldete', 'Einschränkung', 'Nur eine Prognose', 'Kazinform']);
  // A key figure: the number, what it counts, the caveat, the source.
  readInOrder(['über 100 Mrd. Dollar', 'Käufe und Investitionen in den USA', 'Einschränkung', 'Von keiner der beiden Regierungen', 'Fox Business']);
  // A profile's number: label, number, what it rests on and when, the source.
  readInOrder(['Hauptstadt', 'Aschgabat', 'Einwohner', '7.057.841', ' (Volkszählung 2022)', 'Turkmenistan.gov.tm', 'Staatsoberhaupt']);
  // A timeline event: its date, then what happened, then the source.
  readInOrder(['Chronik', 'November 2015', 'Gründung des Formats C5+1', 'Tashkent Times', 'September 2023']);
  await close();
});

for (const width of [360, 1280]) {
  for (const colorScheme of ['light', 'dark']) {
    test(`axe-core: 0 violations, German and English boxes, ${width} px, ${colorScheme}`, async () => {
      const { page, close } = await open('/examples/two-boxes.html', { width, colorScheme });
      for (const box of ['#box-de', '#box-en']) await page.locator(`${box} .fb-all`).click();
      await page.emulateMedia({ reducedMotion: 'reduce' });
      assert.deepEqual(await axeViolations(page), []);
      await page.locator('#box-en').screenshot({ path: `${SHOTS}/box-en-${width}-${colorScheme}.png` });
      await close();
    });
  }
}

test('a fact\'s place follows its label after a dot on one line, and alone when it wraps: no line starts or ends with a lone dot', async () => {
  for (const width of [360, 1280]) {
    const { page, close } = await open('/', { width });
    await page.locator('fact-box .fb-all').click();
    const heads = await page.locator('fact-box .fb-fact-head').evaluateAll((heads) => heads.filter((h) => h.querySelector('.fb-place')).map((head) => {
      const label = head.querySelector('.fb-label').getBoundingClientRect();
      const place = head.querySelector('.fb-place');
      const box = place.getBoundingClientRect();
      const dot = getComputedStyle(place, '::before');
      const dotStart = box.left + parseFloat(dot.left);
      return {
        text: head.textContent,
        wrapped: box.top >= label.bottom - 1,
        dotInside: dotStart >= head.getBoundingClientRect().left,
        clips: getComputedStyle(head).overflowX,
        labelEnds: getComputedStyle(head.querySelector('.fb-label'), '::after').content,
      };
    }));
    assert.ok(heads.length >= 10, `${width}: the facts with a place`);
    for (const h of heads) {
      assert.equal(h.clips, 'clip', h.text);
      assert.equal(h.labelEnds, 'none', `${h.text}: the label ends with its own last word`);
      assert.equal(h.dotInside, !h.wrapped, `${width} px, ${h.text}: ${h.wrapped ? 'wrapped, its dot clipped' : 'one line, its dot shown'}`);
    }
    if (width === 360) assert.ok(heads.some((h) => h.wrapped), 'some places wrap at 360 px');
    if (width === 1280) assert.ok(heads.some((h) => !h.wrapped), 'and share the line when there is room');
    await close();
  }
});
