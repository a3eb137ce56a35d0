// Shared helpers for the end-to-end tests: Debian's Chromium through playwright-core, never a
// downloaded browser, and the dist/ server on a free port.
import { chromium } from 'playwright-core';
import { startServer } from '../../scripts/serve.mjs';

export const CHROMIUM_ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
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
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  page.on('pageerror', (e) => errors.push(String(e)));
  return errors;
}

/** Waits until every <fact-box> on the page is live (hydrated or rendered). */
export async function waitForBoxes(page) {
  await page.waitForFunction(() => {
    const boxes = [...document.querySelectorAll('fact-box')];
    return boxes.length > 0 && boxes.every((b) => b.getAttribute('data-state') === 'ready');
  }, null, { timeout: 15000 });
}
