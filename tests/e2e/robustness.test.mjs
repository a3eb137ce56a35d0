// Bad content and hostile input in the browser: the reader still reads, the embedder's console
// says exactly what is wrong, and nothing executes that should not.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, writeFile, mkdir, mkdtemp, rm } from 'node:fs/promises';
import { execFileSync, spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { assertControlsWork, launch, serve, watchErrors, waitForBoxes } from './browser.mjs';

const SHOTS = 'test-results/screenshots';
const CASES = JSON.parse(await readFile('tests/bad-content/cases.json', 'utf8'));
const DE = JSON.parse(await readFile('static/content/de.json', 'utf8'));
let server, browser;
before(async () => { await mkdir(SHOTS, { recursive: true }); server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

/** The prerendered German box, as an editor pastes it (without the script tag). */
const snippet = (id, attrs = '') => execFileSync('target/release/factbox', ['render', '--no-script', '--no-remember', '--base', '../factbox/', '--id', id], { encoding: 'utf8' })
  .replace('<fact-box ', `<fact-box ${attrs} `);

/** A page with the loader and nothing else: boxes are put in by the test. */
async function blank({ path = '/examples/dynamic.html', beforeGoto, width = 800 } = {}) {
  const context = await browser.newContext({ viewport: { width, height: 900 } });
  const page = await context.newPage();
  const messages = [];
  page.on('console', (m) => messages.push(`${m.type()}: ${m.text()}`));
  const errors = watchErrors(page);
  if (beforeGoto) await beforeGoto(page);
  await page.goto(`${server.url}${path}`);
  return { page, messages, errors, close: () => context.close() };
}

/** Puts HTML with declarative shadow roots into the page, as the HTML parser would. */
const insert = (page, html) => page.evaluate((html) => {
  const slot = document.createElement('div');
  slot.setHTMLUnsafe(html);
  document.querySelector('main').append(slot);
}, html);

const state = (page, id) => page.locator(`#${id}`).getAttribute('data-state');
const waitState = (page, id) => page.waitForFunction((id) => ['ready', 'failed'].includes(document.getElementById(id)?.dataset.state), id, { timeout: 15000 });
const json = (value) => JSON.stringify(value).replace(/</g, '\\u003c');

for (const c of CASES.filter((c) => c.browser)) {
  test(`bad content "${c.file}": ${c.browser === 'refused' ? 'refused, the prerendered box stays readable' : 'rendered safely'}`, async () => {
    const bad = await readFile(`tests/bad-content/${c.file}`, 'utf8');
    const { page, messages, close } = await blank();
    const html = snippet('bad').replace('</fact-box>', `<script type="application/json">${bad.replace(/</g, '\\u003c')}</script></fact-box>`);
    await insert(page, html);
    await waitState(page, 'bad');
    const root = page.locator('#bad');
    if (c.browser === 'refused') {
      assert.equal(await state(page, 'bad'), 'failed');
      assert.equal(await root.locator('.fb-notice').textContent(), 'Die Inhalte der Faktenbox konnten nicht aktualisiert werden.');
      assert.equal(await root.locator('#fb-title').textContent(), 'C5+1-Gipfel: Zentralasien, die USA und kritische Rohstoffe');
      await assertControlsWork(page, 'quellen', '#bad');
      assert.ok(messages.some((m) => m.startsWith('error: factbox #bad: content does not parse: ')), messages.join('\n'));
    } else {
      assert.equal(await state(page, 'bad'), 'ready');
      // Naming rule problems is the checker's job (cli/tests/bad_content.rs); the bundle renders
      // such content as it is, safely, and says only why it did not resume the snippet.
      assert.deepEqual(messages.filter((m) => m.includes('factbox')),
        ["info: factbox #bad: shown afresh, not resumed: the page's box was prerendered from other content or settings"]);
      assert.notEqual(await root.locator('#fb-title').textContent(), '');
      const unsafe = await page.evaluate(() => [...document.getElementById('bad').shadowRoot.querySelectorAll('a')]
        .map((a) => a.getAttribute('href')).filter((h) => !/^https?:\/\//.test(h)));
      assert.deepEqual(unsafe, [], 'only http(s) addresses become links');
    }
    await close();
  });
}

const FAILURES = [
  ['answers 404', (route) => route.fulfill({ status: 404, body: 'Not found' }), 'answered HTTP 404'],
  ['serves an HTML error page', (route) => route.fulfill({ status: 200, contentType: 'text/html', body: '<!doctype html><h1>Oops</h1>' }), 'served text/html, not JSON'],
  ['serves invalid JSON', (route) => route.fulfill({ status: 200, contentType: 'application/json', body: '{"lang": "de",' }), 'content does not parse: invalid JSON: '],
  ['is several megabytes', (route) => route.fulfill({ status: 200, contentType: 'application/json', body: `{"x": "${'a'.repeat(3_000_000)}"}` }), 'content is limited to 1000000 bytes'],
];
for (const [what, respond, expected] of FAILURES) {
  test(`a content URL that ${what}: the box keeps its text and says so`, async () => {
    const { page, messages, close } = await blank({ beforeGoto: (page) => page.route('**/remote-content.json', respond) });
    await insert(page, snippet('remote', 'data-content="/remote-content.json"'));
    await waitState(page, 'remote');
    assert.equal(await state(page, 'remote'), 'failed');
    assert.equal(await page.locator('#remote .fb-notice').isVisible(), true);
    await assertControlsWork(page, 'zusagen', '#remote');
    assert.ok(messages.some((m) => m.includes(expected)), `${expected}\n${messages.join('\n')}`);
    await close();
  });
}

test('a content URL that never answers times out after 10 s and keeps the text', async () => {
  const { page, messages, close } = await blank({
    beforeGoto: async (page) => {
      await page.clock.install();
      await page.route('**/slow-content.json', () => { /* never answered */ });
    },
  });
  await insert(page, snippet('slow', 'data-content="/slow-content.json"'));
  await page.waitForFunction(() => customElements.get('fact-box'));
  await page.waitForTimeout(300);
  await page.clock.runFor(10_500);
  await waitState(page, 'slow');
  assert.equal(await state(page, 'slow'), 'failed');
  assert.ok(messages.some((m) => m.includes('/slow-content.json did not answer within 10 s')), messages.join('\n'));
  await close();
});

test('a bad attribute value is named once on the console and replaced by the default', async () => {
  const { page, messages, close } = await blank();
  await insert(page, '<fact-box id="odd" lang="en" data-heading-level="9" data-remember="false"></fact-box>');
  await waitState(page, 'odd');
  assert.equal(await state(page, 'odd'), 'ready');
  assert.equal(await page.locator('#odd #fb-title').evaluate((el) => el.tagName), 'H2');
  const warnings = messages.filter((m) => m.includes('heading level must be 1, 2, 3 or 4, found "9"'));
  assert.deepEqual(warnings, ['warning: factbox #odd: heading level must be 1, 2, 3 or 4, found "9"; using 2']);
  await close();
});

/** Every part the format lets an author leave out, left out: no glance, no caveats, places,
 *  figures, qualifiers, units, dates on figures, fields or sources, no basis, no open section. */
function withoutOptionalParts(content) {
  const c = structuredClone(content);
  delete c.glance;
  delete c.summary.caveat;
  for (const source of c.sources) delete source.date;
  for (const section of c.sections) {
    delete section.open;
    for (const block of section.blocks) {
      delete block.caveat;
      for (const item of block.items ?? []) {
        for (const k of ['place', 'figure', 'caveat', 'qualifier', 'unit', 'as_of']) delete item[k];
        for (const field of item.fields ?? []) for (const k of ['caveat', 'qualifier', 'unit', 'as_of', 'basis']) delete field[k];
      }
    }
  }
  return c;
}

/** Keeps only the sources still cited, as the format requires. */
function dropUncited(c) {
  const cited = new Set();
  const walk = (v, key) => {
    if (key === 'sources' && Array.isArray(v) && v.every((x) => typeof x === 'string')) v.forEach((id) => cited.add(id));
    else if (Array.isArray(v)) v.forEach((x) => walk(x));
    else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) walk(x, k);
  };
  walk({ ...c, sources: [] });
  c.sources = c.sources.filter((s) => cited.has(s.id));
  return c;
}

test('unusual but valid content renders without breaking the layout', async () => {
  const LONG = 'Donaudampfschifffahrtsgesellschaftskapitänswitwenrentenversicherungsanstalt';
  const content = withoutOptionalParts(DE);
  const section = (id) => content.sections.find((s) => s.id === id);
  const block = (id, type) => section(id).blocks.find((b) => b.type === type);
  // Words far wider than a phone, in every kind of block.
  const minerals = block('rohstoffe', 'facts').items;
  minerals[0].text = LONG.repeat(4);
  // Right-to-left text.
  minerals[1].label = 'يورانيوم في كازاخستان';
  minerals[1].text = 'كازاخستان هي أكبر منتج لليورانيوم في العالم، وفق الرابطة النووية العالمية.';
  // 200 entries in one facts block.
  const pledges = block('zusagen', 'facts');
  pledges.items = Array.from({ length: 200 }, (_, i) => ({ ...pledges.items[0], label: `Eintrag ${i + 1}` }));
  const profiles = block('laender', 'profiles').items;
  profiles[0].name = LONG;
  profiles[0].fields[0].text = LONG.repeat(2);
  const events = block('chronik', 'timeline').items;
  events[0].text = LONG.repeat(3);
  // A figures block with a 16-digit number and a long label, after the facts of "Andere Mächte".
  section('andere-maechte').blocks.push({ type: 'figures', items: [
    { value: 1234567890123456, label: LONG, sources: [minerals[0].sources[0]] },
    { value: 0.5, label: 'Ein halber', sources: [minerals[0].sources[0]] },
  ] });
  dropUncited(content);

  // Valid as the checker sees it: the test is about content an editor may publish.
  const dir = await mkdtemp(join(tmpdir(), 'factbox-unusual-'));
  await writeFile(join(dir, 'unusual.json'), JSON.stringify(content, null, 2));
  const checked = spawnSync('target/release/factbox', ['check', join(dir, 'unusual.json')], { encoding: 'utf8' });
  await rm(dir, { recursive: true });
  assert.equal(checked.status, 0, `factbox check: ${checked.stdout}${checked.stderr}`);

  // A desktop column, and the narrowest phone.
  for (const width of [800, 320]) {
    const { page, errors, close } = await blank({ width });
    await insert(page, `<fact-box id="unusual" data-open="all" data-remember="false"><script type="application/json">${json(content)}</script></fact-box>`);
    await waitState(page, 'unusual');
    assert.equal(await state(page, 'unusual'), 'ready');
    // A box rendered in the browser gets its stylesheet in its new shadow root; under load the
    // text can be laid out a frame before the sheet applies. Measure the styled box.
    await page.waitForFunction(() => getComputedStyle(document.getElementById('unusual').shadowRoot.querySelector('.fb')).containerType === 'inline-size');
    const layout = await page.evaluate(() => {
      const host = document.getElementById('unusual');
      const root = host.shadowRoot;
      const left = host.getBoundingClientRect().left;
      const overflowing = [...root.querySelectorAll('.fb *')]
        .map((el) => ({ el, right: el.getBoundingClientRect().right - left }))
        .filter(({ right }) => right > host.getBoundingClientRect().width + 1)
        .map(({ el, right }) => `${el.tagName}.${el.className} ${Math.round(right)}`);
      return {
        entries: root.querySelectorAll('#fb-zusagen-panel .fb-fact').length,
        hostWidth: host.getBoundingClientRect().width,
        overflowing: overflowing.slice(0, 5),
        rtl: getComputedStyle(root.querySelectorAll('#fb-rohstoffe-panel .fb-fact-head')[1]).direction,
        glance: root.querySelectorAll('.fb-glance').length,
        figures: [...root.querySelectorAll('#fb-andere-maechte-panel .fb-figure-value')].map((e) => e.textContent),
        pageOverflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
      };
    });
    assert.equal(layout.entries, 200);
    assert.deepEqual(layout.overflowing, [], `${width} px: content stays inside the box (${layout.hostWidth} px wide)`);
    assert.equal(layout.rtl, 'rtl', 'right-to-left text runs right to left');
    assert.equal(layout.glance, 0, 'no empty "at a glance" strip');
    assert.deepEqual(layout.figures, ['1.234.567.890.123.456', '0,5'], 'numbers in the box language, however long');
    assert.equal(layout.pageOverflow, 0);
    await page.locator('#unusual #fb-rohstoffe-panel').screenshot({ path: `${SHOTS}/unusual-content-${width}.png` });
    assert.deepEqual(errors, []);
    await close();
  }
});

// Four numbers for each of five profiles make a table wider than a phone: it scrolls inside the
// box, never the page.
test('a side-by-side table of many numbers stays inside the box on a phone', async () => {
  const content = structuredClone(DE);
  const profiles = content.sections.find((s) => s.id === 'laender').blocks.find((b) => b.type === 'profiles').items;
  profiles.forEach((p, i) => {
    const sources = p.fields.find((f) => f.value !== undefined).sources;
    p.fields.push({ label: 'Fläche', value: 2724900 - i * 1000, unit: 'km²', sources });
    p.fields.push({ label: 'Bruttoinlandsprodukt', value: 261400000000 + i, qualifier: 'about', unit: 'Dollar', sources });
    p.fields.push({ label: 'Uranförderung', value: 21227 + i, unit: 'Tonnen', sources });
  });
  const dir = await mkdtemp(join(tmpdir(), 'factbox-compare-'));
  await writeFile(join(dir, 'compare.json'), JSON.stringify(content, null, 2));
  const checked = spawnSync('target/release/factbox', ['check', join(dir, 'compare.json')], { encoding: 'utf8' });
  await rm(dir, { recursive: true });
  assert.equal(checked.status, 0, `factbox check: ${checked.stdout}${checked.stderr}`);

  const { page, errors, close } = await blank({ width: 320 });
  await insert(page, `<fact-box id="compare" data-open="all" data-remember="false"><script type="application/json">${json(content)}</script></fact-box>`);
  await waitState(page, 'compare');
  // As above: measure the box once its new shadow root's stylesheet applies.
  await page.waitForFunction(() => getComputedStyle(document.getElementById('compare').shadowRoot.querySelector('.fb')).containerType === 'inline-size');
  const layout = await page.evaluate(() => {
    const host = document.getElementById('compare');
    const box = host.getBoundingClientRect();
    const compare = host.shadowRoot.querySelector('.fb-compare');
    return {
      columns: compare.querySelectorAll('thead th').length,
      tableRight: Math.round(compare.querySelector('table').getBoundingClientRect().right - box.left),
      scrolls: compare.scrollWidth > compare.clientWidth ? getComputedStyle(compare).overflowX : 'fits',
      hostWidth: box.width,
      pageOverflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
    };
  });
  await close();
  assert.equal(layout.columns, 5);
  assert.equal(layout.pageOverflow, 0, `the page does not scroll sideways: ${JSON.stringify(layout)}`);
  assert.ok(layout.scrolls === 'fits' || layout.scrolls === 'auto', `the table fits or scrolls inside itself: ${JSON.stringify(layout)}`);
  assert.deepEqual(errors, []);
});

// The bundle is one script, the wasm's bytes inside its glue: either may be what fails.
const brokenBundles = {
  'is missing (HTTP 404)': (route) => route.fulfill({ status: 404, body: 'not found' }),
  'carries bytes that are not WebAssembly': async (route) => {
    const response = await route.fetch();
    const body = (await response.text()).replace('export function wasmBytes(){', "export function wasmBytes(){return new TextEncoder().encode('not wasm at all');");
    await route.fulfill({ response, body });
  },
};
for (const [what, answer] of Object.entries(brokenBundles)) test(`a bundle that ${what} leaves every box readable, its headers working`, async () => {
  const { page, messages, close } = await blank({
    path: '/examples/two-boxes.html',
    beforeGoto: (page) => page.route('**/pkg/factbox.js', answer),
  });
  await page.waitForFunction(() => [...document.querySelectorAll('fact-box')].every((b) => b.dataset.state === 'failed'));
  await assertControlsWork(page, 'rohstoffe', '#box-de');
  await assertControlsWork(page, 'minerals', '#box-en');
  assert.ok(messages.some((m) => m.startsWith('error: factbox: the WebAssembly bundle could not be loaded')), messages.join('\n'));
  await close();
});

test('a trap in live boxes (how the release bundle ends a Rust panic) leaves every box readable', async () => {
  const { page, messages, close } = await blank({ path: '/examples/two-boxes.html' });
  // The German box is live; the English one, further down, still waits for the reader.
  await page.waitForFunction(() => document.getElementById('box-de').dataset.state === 'ready');
  // What the page sees when a click handler or a scheduled render traps: an uncaught RuntimeError.
  await page.evaluate(() => setTimeout(() => { throw new WebAssembly.RuntimeError('unreachable'); }));
  await page.waitForFunction(() => [...document.querySelectorAll('fact-box')].every((b) => b.dataset.state === 'failed'));
  // The loader answers the headers, and tells a trapped bundle nothing: no further errors.
  const errorsBefore = messages.filter((m) => m.startsWith('error')).length;
  await assertControlsWork(page, 'rohstoffe', '#box-de');
  await assertControlsWork(page, 'minerals', '#box-en');
  assert.equal(messages.filter((m) => m.startsWith('error')).length, errorsBefore, messages.join('\n'));
  // A box added after the trap does not wait for a broken bundle either.
  await insert(page, snippet('late'));
  assert.equal(await state(page, 'late'), 'failed');
  assert.equal(messages.filter((m) => m.startsWith('error: factbox: internal error, every box stays as prerendered')).length, 1, messages.join('\n'));
  await close();
});

// Every way a text or URL field might smuggle in markup or script. Each would set the sentinel.
const PAYLOADS = [
  '<script>window.__xss = 1</script>',
  '<img src=x onerror="window.__xss = 1">',
  '"><svg onload="window.__xss = 1">',
  "' onmouseover='window.__xss = 1' x='",
  '<math><mtext><table><mglyph><style><img src=x onerror="window.__xss = 1">',
  '<iframe srcdoc="<script>parent.__xss = 1</script>"></iframe>',
  '<style>*{display:none !important}</style>',
  '</fact-box><script>window.__xss = 1</script>',
];
const URL_PAYLOADS = ['javascript:window.__xss = 1', 'JaVaScRiPt:window.__xss=1', ' javascript:window.__xss=1', 'data:text/html,<script>parent.__xss=1</script>', 'vbscript:msgbox(1)'];

// Every field a reader sees as text, in every block kind, the glance strip and the sources.
const TEXT_FIELDS = new Set(['title', 'text', 'caveat', 'label', 'place', 'figure', 'unit', 'name', 'basis', 'publisher']);

function hostile() {
  const c = structuredClone(DE);
  let n = 0;
  const payload = () => PAYLOADS[n++ % PAYLOADS.length];
  const walk = (v) => {
    if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object') {
      for (const [k, x] of Object.entries(v)) {
        if (typeof x === 'string' && TEXT_FIELDS.has(k)) v[k] = payload() + x;
        else walk(x);
      }
    }
  };
  walk(c);
  c.title = payload(); c.summary.text = payload();
  c.sources.forEach((s, i) => { if (i % 2 === 0) s.url = URL_PAYLOADS[(i / 2) % URL_PAYLOADS.length]; });
  return { content: c, payloads: n };
}

test('the XSS corpus in every text and URL field executes nothing, under the strict CSP too', async () => {
  for (const path of ['/examples/dynamic.html', '/examples/csp-article.html']) {
    const { page, close } = await blank({
      path,
      beforeGoto: (page) => page.addInitScript(() => {
        window.violations = [];
        document.addEventListener('securitypolicyviolation', (e) => window.violations.push(`${e.violatedDirective} ${e.blockedURI}`));
      }),
    });
    const { content: c, payloads } = hostile();
    assert.ok(payloads > 200, `${payloads} fields carry a payload`);
    await insert(page, `<fact-box id="xss" data-open="all" data-remember="false"><script type="application/json">${json(c)}</script></fact-box>`);
    await waitState(page, 'xss');
    assert.equal(await state(page, 'xss'), 'ready');
    // Hover and click everything a reader could (a map's names, lengthened by the payloads,
    // lie over each other's links: hover each at its centre all the same).
    for (const link of await page.locator('#xss a').all()) await link.hover({ force: true });
    await page.locator('#xss #fb-title').hover();
    await page.waitForTimeout(300);
    const report = await page.evaluate(() => {
      const root = document.getElementById('xss').shadowRoot;
      return {
        sentinel: window.__xss ?? parent.__xss ?? null,
        violations: window.violations,
        // The box's own pictures are SVG: the map's drawing and one per bar, nothing else.
        pictures: [...root.querySelectorAll('svg')].map((e) => e.getAttribute('class') ?? e.parentElement.className),
        elements: [...root.querySelectorAll('script, img, svg, iframe, style, math')]
          .filter((e) => !(e.matches('.fb-map > svg[role="group"], .fb-figure-card > svg.fb-bar')))
          .map((e) => e.tagName),
        // Links to the web, or a map's links to this box's own entries.
        badLinks: [...root.querySelectorAll('a')].map((a) => a.getAttribute('href'))
          .filter((h) => !/^https?:\/\//i.test(h) && !(h?.startsWith('#factbox-') && root.getElementById(`fb-${h.slice(9)}-button`))),
        handlers: [...root.querySelectorAll('*')].flatMap((e) => [...e.attributes].map((a) => a.name)).filter((n) => n.startsWith('on')),
        title: root.querySelector('#fb-title').textContent,
        // The payload reached every kind of block, and shows as text there.
        shown: ['.fb-glance .fb-figure-label', '.fb-glance .fb-figure-value', '.fb-fact .fb-label', '.fb-event .fb-text',
          '.fb-compare th[scope="row"]', '.fb-compare th[scope="col"]', '.fb-row dt', '.fb-row dd', '#fb-kasachstan-button']
          .map((sel) => [sel, root.querySelector(sel)?.textContent ?? '']),
      };
    });
    assert.equal(report.sentinel, null, `${path}: a payload ran`);
    assert.deepEqual(report.violations, [], `${path}: nothing was even attempted`);
    assert.deepEqual(report.pictures, ['fb-bar', 'fb-bar', 'fb-bar', 'fb-bar', 'fb-map'], 'four bars and the map');
    assert.deepEqual(report.elements, [], 'no element came from content');
    assert.deepEqual(report.badLinks, [], 'no javascript:, data: or vbscript: link');
    assert.deepEqual(report.handlers, [], 'no event-handler attribute');
    assert.equal(report.title, c.title, 'the payload is shown as the text it is');
    for (const [sel, text] of report.shown) assert.ok(PAYLOADS.some((p) => text.includes(p)), `${sel} shows a payload as text: ${text}`);
    await close();
  }
});
