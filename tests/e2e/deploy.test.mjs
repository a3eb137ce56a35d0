// Deploying as a newsroom does: `factbox publish` writes the folder, a static host serves it
// with its _headers on one origin (the CDN), and an article page on another origin embeds a
// box by snippet and one by iframe, under a strict Content-Security-Policy.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm, readFile } from 'node:fs/promises';
import { execFileSync } from 'node:child_process';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launch } from './browser.mjs';
import { startServer, headersFile } from '../../scripts/serve.mjs';

let browser, dir, cdn, cdnWithoutCors, host, cdnUrl;
const listen = (server) => new Promise((ok) => server.listen(0, '127.0.0.1', () => ok(server.address().port)));

before(async () => {
  browser = await launch();
  dir = await mkdtemp(join(tmpdir(), 'factbox-deploy-'));
  // The CDN: 127.0.0.1. Its port must be known before publishing, since snippets name it.
  const probe = createServer();
  const port = await listen(probe);
  await new Promise((ok) => probe.close(ok));
  cdnUrl = `http://127.0.0.1:${port}`;
  execFileSync('target/release/factbox', ['publish', '--base', `${cdnUrl}/factbox/`, '--out', dir, '--dist', 'dist/factbox', '--content', 'static/content']);
  cdn = await startServer({ root: dir, port, headers: await headersFile(join(dir, '_headers')) });
  // The same folder without its _headers: what a host that ignores them would do.
  cdnWithoutCors = await startServer({ root: dir, port: 0 });
  // The newsroom's article pages: another origin (localhost), with a strict policy.
  const snippet = await readFile(join(dir, 'factbox/snippets/de.html'), 'utf8');
  const iframe = execFileSync('target/release/factbox', ['render', '--published', join(dir, 'factbox'), '--article', 'eu-asylreform.de', '--iframe', '--id', 'asyl'], { encoding: 'utf8' });
  host = createServer((req, res) => {
    const from = req.url.startsWith('/no-cors') ? `http://127.0.0.1:${cdnWithoutCors.address().port}` : cdnUrl;
    const csp = `default-src 'self'; script-src 'self' ${from} 'wasm-unsafe-eval'; style-src 'self' ${from}; connect-src 'self' ${from}; frame-src ${from}`;
    const body = `<!doctype html><html lang="de"><head><meta charset="utf-8"><title>Artikel</title></head><body><main>
<p>Ein Artikel auf der Seite der Redaktion.</p>
${snippet.replaceAll(cdnUrl, from)}
${iframe.replaceAll(cdnUrl, from)}
</main></body></html>`;
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': csp });
    res.end(body);
  });
  await listen(host);
});
after(async () => {
  await browser?.close();
  for (const server of [cdn, cdnWithoutCors, host]) await new Promise((ok) => (server ? server.close(ok) : ok()));
  await rm(dir, { recursive: true });
});

async function open(path) {
  const page = await browser.newPage();
  const messages = [];
  page.on('console', (m) => messages.push(`${m.type()}: ${m.text()}`));
  page.on('pageerror', (e) => messages.push(`pageerror: ${e}`));
  await page.addInitScript(() => {
    window.violations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.violations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  await page.goto(`http://localhost:${host.address().port}${path}`);
  return { page, messages };
}

test('from the published folder on a CDN origin, a snippet and an iframe work on another origin, CSP and CORS clean', async () => {
  const { page, messages } = await open('/artikel.html');
  await page.waitForFunction(() => document.querySelector('#factbox-de')?.dataset.state === 'ready', null, { timeout: 15000 });
  const box = page.locator('#factbox-de');
  assert.equal(await box.locator('#fb-title').textContent(), 'C5+1-Gipfel: Zentralasien, die USA und kritische Rohstoffe');
  await box.locator('#fb-rohstoffe-button').click();
  assert.equal(await box.locator('#fb-rohstoffe-button').getAttribute('aria-expanded'), 'true');
  // The iframe shows the second article's own page, sized to its box (it loads lazily: scroll to it).
  await page.locator('iframe[data-factbox]').scrollIntoViewIfNeeded();
  const frame = page.frameLocator('iframe[data-factbox]');
  await frame.locator('fact-box[data-state="ready"]').waitFor({ timeout: 15000 });
  assert.equal(await frame.locator('#fb-title').textContent(), 'EU-Asylreform: Was der Migrationspakt regelt');
  await page.waitForFunction(() => Number(document.querySelector('iframe[data-factbox]').getAttribute('height')) !== 600, null, { timeout: 10000 });
  assert.deepEqual(await page.evaluate(() => window.violations), [], 'no CSP violation');
  assert.deepEqual(messages.filter((m) => /error|CORS|pageerror/i.test(m)), []);
  await page.close();
});

test('the CDN answers with the cache headers of the published folder', async () => {
  const head = async (path) => (await fetch(`${cdnUrl}${path}`, { method: 'HEAD' })).headers;
  const manifest = JSON.parse(await readFile(join(dir, 'factbox/manifest.json'), 'utf8'));
  // The bundle: the wasm inside its glue, one script (no .wasm file, so no MIME type to set).
  const bundle = await head(`/factbox/${manifest.version}/pkg/factbox.js`);
  assert.equal(bundle.get('cache-control'), 'public, max-age=31536000, immutable');
  assert.equal(bundle.get('access-control-allow-origin'), '*');
  assert.match(bundle.get('content-type'), /^(text|application)\/javascript/);
  const content = await head('/factbox/content/de.json');
  assert.equal(content.get('cache-control'), 'public, max-age=60');
  assert.equal(content.get('access-control-allow-origin'), '*');
});

test('without the CORS header the box stays readable and the console names the cause', async () => {
  const { page, messages } = await open('/no-cors/artikel.html');
  await page.waitForTimeout(2500);
  assert.equal(await page.locator('#factbox-de #fb-title').textContent(), 'C5+1-Gipfel: Zentralasien, die USA und kritische Rohstoffe', 'the prerendered text');
  assert.ok(messages.some((m) => /CORS|Access-Control-Allow-Origin/.test(m)), messages.join('\n'));
  await page.close();
});
