// The demo article page, as readers use it: in headless Chromium, served from dist/.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir } from 'node:fs/promises';
import { launch, serve, watchErrors, waitForBoxes, axeViolations, headerState } from './browser.mjs';

const SHOTS = 'test-results/screenshots';
let server, browser;

before(async () => {
  await mkdir(SHOTS, { recursive: true });
  server = await serve();
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

async function openDemo({ width = 1280, colorScheme = 'light' } = {}) {
  const page = await browser.newPage({ viewport: { width, height: 900 }, colorScheme });
  const errors = watchErrors(page);
  await page.goto(`${server.url}/`);
  await waitForBoxes(page);
  return { page, errors };
}

const SECTIONS = ['rohstoffe', 'zusagen', 'laender', 'andere-maechte', 'chronik', 'quellen'];
const COUNTRIES = ['kasachstan', 'usbekistan', 'kirgisistan', 'tadschikistan', 'turkmenistan'];

test('the article and its box load without errors', async () => {
  const { page, errors } = await openDemo();
  assert.equal(await page.locator('h1').textContent(), 'Trump empfängt Zentralasiens Präsidenten: Rohstoffe ganz oben auf der Agenda');
  assert.match(await page.locator('.article-body').textContent(), /Cove Capital/);
  assert.equal(await page.locator('fact-box #fb-title').textContent(), 'C5+1-Gipfel: Zentralasien, die USA und kritische Rohstoffe');
  assert.match(await page.locator('fact-box .fb-asof').textContent(), /^Stand: 1\. Januar 2026$/);
  // The key figures are always in view, above the sections, each with its source.
  const glance = page.locator('fact-box .fb-glance');
  assert.equal(await glance.isVisible(), true);
  assert.deepEqual(await glance.locator('.fb-figure-value').allTextContents(), ['über 100 Mrd. Dollar', 'rund 43 %']);
  assert.equal(await glance.locator('.fb-figure-card .fb-cite a').count(), 2);
  assert.deepEqual(errors, []);
  await page.close();
});

test('every section expands and collapses by click', async () => {
  const { page, errors } = await openDemo();
  assert.deepEqual(await headerState(page, 'rohstoffe'), { expanded: 'false', visible: false }, 'the author opens no section');
  for (const id of SECTIONS) {
    const button = page.locator(`fact-box #fb-${id}-button`);
    const before = await headerState(page, id);
    await button.click();
    const after = await headerState(page, id);
    assert.notEqual(after.expanded, before.expanded, `${id} did not toggle`);
    assert.equal(after.visible, after.expanded === 'true', `${id}: panel visibility follows aria-expanded`);
    await button.click();
    assert.deepEqual(await headerState(page, id), before, `${id} did not toggle back`);
  }
  assert.deepEqual(errors, []);
  await page.close();
});

test('every country entry expands and collapses', async () => {
  const { page } = await openDemo({ width: 360 });
  await page.locator('fact-box #fb-laender-button').click();
  for (const id of COUNTRIES) {
    assert.deepEqual(await headerState(page, id), { expanded: 'false', visible: false });
    await page.locator(`fact-box #fb-${id}-button`).click();
    assert.deepEqual(await headerState(page, id), { expanded: 'true', visible: true });
  }
  const kz = page.locator('fact-box #fb-kasachstan-panel');
  assert.match(await kz.textContent(), /HauptstadtAstana/);
  assert.match(await kz.textContent(), /Einwohnerknapp 20,5 Mio\. \(1\. November 2025\)/);
  assert.match(await page.locator('fact-box #fb-kirgisistan-panel').textContent(), /Einwohner7\.282\.000 \(1\. Januar 2025\)/);
  assert.match(await page.locator('fact-box #fb-turkmenistan-panel').textContent(), /Einwohner7\.057\.841 \(Volkszählung 2022\)/);
  await page.locator('fact-box #fb-kasachstan-button').click();
  assert.deepEqual(await headerState(page, 'kasachstan'), { expanded: 'false', visible: false });
  await page.close();
});

test('keyboard: Tab reaches the headers, Enter and Space toggle, the focus ring shows', async () => {
  const { page } = await openDemo();
  await page.locator('fact-box .fb-all').focus();
  await page.keyboard.press('Tab');
  const focused = () => page.evaluate(() => document.activeElement?.shadowRoot?.activeElement?.id);
  assert.equal(await focused(), 'fb-rohstoffe-button');
  const ring = await page.evaluate(() => {
    const style = getComputedStyle(document.activeElement.shadowRoot.activeElement);
    return { style: style.outlineStyle, width: style.outlineWidth };
  });
  assert.deepEqual(ring, { style: 'solid', width: '3px' });

  await page.keyboard.press('Enter');
  assert.deepEqual(await headerState(page, 'rohstoffe'), { expanded: 'true', visible: true });
  await page.keyboard.press('Space');
  assert.deepEqual(await headerState(page, 'rohstoffe'), { expanded: 'false', visible: false });
  await page.keyboard.press('Enter');
  assert.deepEqual(await headerState(page, 'rohstoffe'), { expanded: 'true', visible: true });
  // Tab moves on normally, through the open panel's links, not trapped in the header.
  await page.keyboard.press('Tab');
  assert.notEqual(await focused(), 'fb-rohstoffe-button');
  await page.close();
});

for (const width of [360, 1280]) {
  for (const colorScheme of ['light', 'dark']) {
    test(`axe-core finds no violations at ${width} px, ${colorScheme}, all sections open`, async () => {
      const { page } = await openDemo({ width, colorScheme });
      await page.locator('fact-box .fb-all').click();
      const violations = await axeViolations(page);
      assert.deepEqual(violations, [], JSON.stringify(violations, null, 2));
      await page.screenshot({ path: `${SHOTS}/demo-${width}-${colorScheme}.png`, fullPage: true });
      await page.locator('fact-box').screenshot({ path: `${SHOTS}/box-${width}-${colorScheme}.png` });
      await page.close();
    });
  }
}
