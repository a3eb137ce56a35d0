// Shared helpers for the end-to-end tests: Debian's Chromium through playwright-core, never a
// downloaded browser, and the dist/ server on a free port.
import assert from 'node:assert/strict';
import { chromium } from 'playwright-core';
import { startServer } from '../../scripts/serve.mjs';

export const CHROMIUM_ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
  // Even headless, Chromium starts the address bar's popup (two chrome:// pages in a renderer of
  // their own) with the first tab, and that renderer runs script and layout whenever a tab is
  // opened: on a 2-core machine it competes with the page being tested or measured.
  '--disable-features=WebUIOmniboxPopup,WebUIOmniboxAimPopup,PreloadTopChromeWebUI',
];

export async function launch() {
  return chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
}

/** Serves dist/ on 127.0.0.1 at a free port; returns { url, close }. */
export async function serve(root = 'dist') {
  const server = await startServer({ root, port: 0 });
  const { port } = server.address();
  return { url: `http://127.0.0.1:${port}`, close: () => new Promise((ok) => server.close(ok)) };
}

/** Collects console errors and uncaught page errors, to assert there are none. */
export function watchErrors(page) {
  const errors = [];
  page.on('console', (m) => {
    // Resource failures are reported with their URL by the response handler below.
    if (m.type() === 'error' && !m.text().startsWith('Failed to load resource')) errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('response', (r) => { if (r.status() >= 400) errors.push(`HTTP ${r.status()} ${new URL(r.url()).pathname}`); });
  return errors;
}

/** Waits until every <fact-box> on the page is live (resumed or rendered afresh). Boxes far below
 *  the fold wait for the reader; a pointer entering each wakes them, as a reader's would. */
export async function waitForBoxes(page) {
  await page.waitForFunction(() => document.querySelector('fact-box'), null, { timeout: 15000 });
  await page.evaluate(() => document.querySelectorAll('fact-box[data-state="waiting"]')
    .forEach((box) => box.dispatchEvent(new PointerEvent('pointerenter'))));
  await page.waitForFunction(() => {
    const boxes = [...document.querySelectorAll('fact-box')];
    return boxes.length > 0 && boxes.every((b) => b.getAttribute('data-state') === 'ready');
  }, null, { timeout: 15000 });
}

const AXE_SOURCE = await (await import('node:fs/promises')).readFile(
  new URL('../../node_modules/axe-core/axe.min.js', import.meta.url), 'utf8');

/** Runs axe-core (WCAG 2.x A/AA and best practices) over the page, shadow roots included. */
export async function axeViolations(page) {
  // Text measured mid-animation has less contrast than it ends with: wait for any finite
  // animation on the page or in a box to finish (the box has none of its own; a host page may).
  await page.evaluate(() => Promise.all([document, ...[...document.querySelectorAll('fact-box')].map((b) => b.shadowRoot)]
    .filter(Boolean).flatMap((root) => root.getAnimations())
    .filter((a) => Number.isFinite(a.effect?.getComputedTiming().endTime))
    .map((a) => a.finished.catch(() => {}))));
  // Evaluated over CDP, so a page's strict CSP does not block the injection.
  await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(async () => {
    const result = await window.axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.map((n) => n.target.join(' ')) }));
  });
  return violations;
}

/** The box's state as a reader's assistive technology sees it, per header button. */
export async function headerState(page, id, box = 'fact-box') {
  const button = page.locator(`${box} #fb-${id}-button`);
  const panel = page.locator(`${box} #fb-${id}-panel`);
  return { expanded: await button.getAttribute('aria-expanded'), visible: await panel.isVisible() };
}

/** Asserts that the box's controls do what they say, whoever answers them (the box, or the
 *  loader for a box not live): section `id` opens and closes, "show all" opens every section and
 *  closes them again, and every header's `aria-expanded` says what is shown. */
export async function assertControlsWork(page, id, box = 'fact-box') {
  const before = await headerState(page, id, box);
  assert.equal(String(before.visible), before.expanded, `${box} #${id}: aria-expanded says what is shown`);
  await page.locator(`${box} #fb-${id}-button`).click();
  assert.deepEqual(await headerState(page, id, box), { expanded: String(!before.visible), visible: !before.visible }, `${box} #${id} toggles`);
  await page.locator(`${box} #fb-${id}-button`).click();
  assert.deepEqual(await headerState(page, id, box), before, `${box} #${id} toggles back`);
  const headers = () => page.locator(`${box} .fb-acc-button`).evaluateAll((buttons) => buttons.map((b) => [
    b.getAttribute('aria-expanded'), b.getRootNode().getElementById(b.getAttribute('aria-controls')).hasAttribute('hidden')]));
  const showAll = page.locator(`${box} .fb-all`);
  await showAll.click();
  assert.ok((await headers()).every(([expanded, hidden]) => expanded === 'true' && !hidden), `${box}: "show all" opens every section`);
  assert.equal(await showAll.getAttribute('aria-expanded'), 'true');
  await showAll.click();
  assert.ok((await headers()).every(([expanded, hidden]) => expanded === 'false' && hidden), `${box}: and closes them`);
}
