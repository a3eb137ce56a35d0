// The content model serves any article: the second example box (the EU asylum reform: text,
// facts, figures and a timeline, no profiles) is resumed, reads and passes axe like the first;
// and the flagship box, closed as its author left it, fits a phone.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir } from 'node:fs/promises';
import { launch, serve, watchErrors, waitForBoxes, axeViolations } from './browser.mjs';

const SHOTS = 'test-results/screenshots';
let server, browser;
before(async () => { await mkdir(SHOTS, { recursive: true }); server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

async function open(path, { width = 1280, height = 900, colorScheme = 'light' } = {}) {
  const context = await browser.newContext({ viewport: { width, height }, colorScheme });
  const page = await context.newPage();
  const errors = watchErrors(page);
  await page.goto(`${server.url}${path}`);
  return { page, errors, close: () => context.close() };
}

test('the second article\'s box is resumed in place, keeping the server\'s nodes', async () => {
  const { page, errors, close } = await open('/examples/eu-asylreform.html');
  // Remember a prerendered node before the bundle arrives; resuming must keep it.
  await page.evaluate(() => { window.before = document.querySelector('#faktenbox-asyl').shadowRoot.querySelector('#fb-zeitleiste-button'); });
  await waitForBoxes(page);
  const box = page.locator('#faktenbox-asyl');
  assert.equal(await box.getAttribute('data-state'), 'ready');
  assert.equal(await page.evaluate(() => window.before === document.querySelector('#faktenbox-asyl').shadowRoot.querySelector('#fb-zeitleiste-button')), true);
  assert.equal(await box.locator('#fb-title').textContent(), 'EU-Asylreform: Was der Migrationspakt regelt');
  assert.equal(await box.locator('.fb-glance .fb-figure-card').count(), 3);
  assert.equal(await box.locator('.fb-block--profiles').count(), 0, 'no profiles');
  for (const kind of ['text', 'facts', 'figures', 'timeline']) {
    assert.ok(await box.locator(`.fb-block--${kind}`).count() >= 1, `a ${kind} block`);
  }
  // A section toggles, and its timeline reads in order, dates first.
  await box.locator('#fb-zeitleiste-button').click();
  assert.equal(await box.locator('#fb-zeitleiste-button').getAttribute('aria-expanded'), 'true');
  const dates = await box.locator('#fb-zeitleiste-panel .fb-event-date time').evaluateAll((ts) => ts.map((t) => t.getAttribute('datetime')));
  assert.deepEqual(dates, [...dates].sort(), 'oldest first');
  assert.deepEqual(errors, []);
  await close();
});

for (const width of [360, 1280]) {
  for (const colorScheme of ['light', 'dark']) {
    test(`the second article's box: axe-core finds no violations at ${width} px, ${colorScheme}, all sections open`, async () => {
      const { page, close } = await open('/examples/eu-asylreform.html', { width, colorScheme });
      await waitForBoxes(page);
      await page.locator('#faktenbox-asyl .fb-all').click();
      await page.emulateMedia({ reducedMotion: 'reduce' });
      assert.deepEqual(await axeViolations(page), []);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      assert.equal(overflow, 0, 'no sideways scrolling');
      await page.locator('#faktenbox-asyl').screenshot({ path: `${SHOTS}/asyl-${width}-${colorScheme}.png` });
      await close();
    });
  }
}

test('on a phone the C5+1 box follows the first paragraph and, closed, fits about one and a half screens', async () => {
  const { page, close } = await open('/', { width: 360, height: 740 });
  await waitForBoxes(page);
  const layout = await page.evaluate(() => {
    const box = document.querySelector('#faktenbox-c5');
    const first = document.querySelector('.article-body > p');
    return {
      afterFirstParagraph: first.getBoundingClientRect().bottom <= box.getBoundingClientRect().top,
      precededByParagraph: box.closest('.article-factbox').previousElementSibling === first,
      height: box.getBoundingClientRect().height,
      open: [...box.shadowRoot.querySelectorAll('.fb-acc-button[aria-expanded="true"]')].length,
    };
  });
  assert.equal(layout.open, 0, 'every section closed, as the author left it');
  assert.ok(layout.afterFirstParagraph && layout.precededByParagraph, 'the box comes after the first paragraph');
  assert.ok(layout.height <= 1.6 * 740, `${Math.round(layout.height)} px is about one and a half screens of 740 px`);
  await close();
});
