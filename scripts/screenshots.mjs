// The README's pictures, from the built demo: `make screenshots` (after `make dist`).
import { launch, serve, waitForBoxes } from '../tests/e2e/browser.mjs';

const server = await serve();
const browser = await launch();
const shots = [
  { file: 'docs/demo-1280.png', width: 1280, height: 1000, colorScheme: 'light', target: 'page' },
  { file: 'docs/box-light.png', width: 390, height: 1400, colorScheme: 'light', target: 'box' },
  { file: 'docs/box-dark.png', width: 390, height: 1400, colorScheme: 'dark', target: 'box' },
  // The pictures on a phone: the locator map atop the countries, the pledge as bars.
  { file: 'docs/map-phone-light.png', width: 360, height: 800, colorScheme: 'light', target: 'laender', picture: '.fb-map' },
  { file: 'docs/map-phone-dark.png', width: 360, height: 800, colorScheme: 'dark', target: 'laender', picture: '.fb-map' },
  { file: 'docs/bars-phone-light.png', width: 360, height: 800, colorScheme: 'light', target: 'zusagen', picture: '.fb-bars' },
  { file: 'docs/bars-phone-dark.png', width: 360, height: 800, colorScheme: 'dark', target: 'zusagen', picture: '.fb-bars' },
];
for (const shot of shots) {
  const page = await browser.newPage({ viewport: { width: shot.width, height: shot.height }, colorScheme: shot.colorScheme });
  await page.goto(`${server.url}/`);
  await waitForBoxes(page);
  await page.emulateMedia({ reducedMotion: 'reduce' });
  if (shot.target === 'page') {
    await page.screenshot({ path: shot.file });
  } else if (shot.picture) {
    await page.locator(`fact-box #fb-${shot.target}-button`).click();
    await page.locator(`fact-box #fb-${shot.target}-panel ${shot.picture}`).first().screenshot({ path: shot.file });
  } else {
    // As a reader first sees it: the header, the key figures, every section closed.
    await page.locator('fact-box').screenshot({ path: shot.file });
  }
  await page.close();
  console.log('wrote', shot.file);
}
await browser.close();
await server.close();
