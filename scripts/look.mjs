// Ad-hoc screenshots for a reviewer: node scripts/look.mjs PATH WIDTH SCHEME OUT [open-all]
import { launch, serve, waitForBoxes } from '../tests/e2e/browser.mjs';
const [path, width, scheme, out, openAll] = process.argv.slice(2);
const server = await serve();
const browser = await launch();
const page = await browser.newPage({ viewport: { width: Number(width), height: 740 }, colorScheme: scheme });
await page.goto(`${server.url}${path}`);
await waitForBoxes(page);
await page.emulateMedia({ reducedMotion: 'reduce' });
if (openAll) await page.locator('fact-box .fb-all').first().click();
const box = page.locator('fact-box').first();
const h = await box.evaluate((b) => b.getBoundingClientRect().height);
console.log('box height', Math.round(h), 'px at', width);
const r = await box.evaluate((b) => { const r = b.getBoundingClientRect(); return { x: r.x, y: r.y + scrollY, width: r.width, height: r.height }; });
const from = Number(process.argv[7] ?? 0);
await page.screenshot({ path: out, fullPage: true, clip: { x: r.x, y: r.y + from, width: r.width, height: Math.min(r.height - from, 1100) } });
await browser.close();
await server.close();
