// `make bench`: what the fact box costs a reader, measured in headless Chromium on 127.0.0.1,
// written to BENCHMARKS.md. Every load is fresh (a new browser context: cold cache, no
// storage). Medians and 95th percentiles over RUNS loads. Then the same pages on a phone
// (Lighthouse's mobile profile: scripts/bench-mobile.mjs), in its own section.
// BENCH_ONLY=phone builds the pages and runs the phone profile alone, printing its section and
// leaving BENCHMARKS.md as it is.
import { writeFile, readFile } from 'node:fs/promises';
import { execFileSync } from 'node:child_process';
import { cpus } from 'node:os';
import { brotliCompressSync, constants } from 'node:zlib';
import { launch, serve } from '../tests/e2e/browser.mjs';
import { measure, table } from './sizes.mjs';
import { phoneBench } from './bench-mobile.mjs';

// 20 loads: on a 2-core machine, medians of 10 still moved by 30 ms between runs.
const RUNS = Number(process.env.BENCH_RUNS ?? 20);
const TOGGLES = 40;

// ---- pages -------------------------------------------------------------------------------
const index = await readFile('dist/index.html', 'utf8');
const SCRIPT = '<script type="module" src="factbox/factbox.js"></script>';
// The physical limit: the same article with the same prerendered box, and no script at all.
await writeFile('dist/bench-static.html', index.replace(SCRIPT, '').replace('<link rel="modulepreload" href="factbox/factbox.js">', ''));
await writeFile('dist/bench-shipped.html', index);

const render = (...args) => execFileSync('target/release/factbox', ['render', '--no-script', '--no-remember', '--base', 'factbox/', ...args], { encoding: 'utf8' });
const page = (title, body) => `<!doctype html><html lang="de"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${title}</title></head><body><main>${body}</main>${SCRIPT}</body></html>`;
const box = render('--id', 'b');
for (const n of [1, 10, 50]) {
  await writeFile(`dist/bench-boxes-${n}.html`, page(`${n} boxes`, Array.from({ length: n }, (_, i) => box.replace('id="b"', `id="b${i}"`)).join('\n')));
}
// Ten boxes without the script: the long tasks of parsing and laying out that much HTML alone.
await writeFile('dist/bench-boxes-10-static.html', (await readFile('dist/bench-boxes-10.html', 'utf8')).replace(SCRIPT, ''));
// Content ten times larger: every block's entries ten times over (profile ids kept unique).
const de = JSON.parse(await readFile('static/content/de.json', 'utf8'));
// Each entry ten times in a row, so that a timeline stays in order.
const times10 = (list, f = (x) => x) => list.flatMap((x) => Array.from({ length: 10 }, (_, i) => f(structuredClone(x), i)));
// A map's countries lead to the first copy of their profile.
const tenfold = (b) => {
  if (b.type === 'map') return { ...b, countries: b.countries.map((c) => ({ ...c, link: `${c.link}-0` })) };
  return b.items ? { ...b, items: times10(b.items, b.type === 'profiles' ? (p, i) => ({ ...p, id: `${p.id}-${i}` }) : undefined) } : b;
};
const large = { ...de, sections: de.sections.map((s) => ({ ...s, blocks: s.blocks.map(tenfold) })) };
await writeFile('target/bench-large.json', JSON.stringify(large, null, 2));
await writeFile('dist/bench-large.html', page('10× content', render('--content', 'target/bench-large.json', '--id', 'b')));

// What the pictures cost the article: the C5+1 snippet and content file with and without its
// map and its bars (brotli, as served).
const brotli = (text) => brotliCompressSync(Buffer.from(text), { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
const withoutKinds = (kinds) => {
  const c = structuredClone(de);
  for (const s of c.sections) s.blocks = s.blocks.filter((b) => !kinds.includes(b.type));
  if (kinds.includes('map')) c.sources = c.sources.filter((s) => s.id !== 'naturalearth');
  return c;
};
const pictureCost = [];
for (const [name, kinds] of [['with map and bars', []], ['without the map', ['map']], ['without the bars', ['bars']], ['without either', ['map', 'bars']]]) {
  const json = JSON.stringify(withoutKinds(kinds), null, 2) + '\n';
  await writeFile('target/bench-pictures.json', json);
  pictureCost.push({ name, snippet: brotli(render('--content', 'target/bench-pictures.json', '--id', 'b')), content: brotli(json) });
}

// ---- measuring ---------------------------------------------------------------------------
if (process.env.BENCH_ONLY === 'phone') {
  console.log((await phoneBench()).join('\n'));
  process.exit(0);
}
const server = await serve();
const browser = await launch();

/** Installed before any page script: records paint, shifts, long tasks and readiness. */
function instrument() {
  window.bench = { shifts: 0, longTasks: [], readyAt: null };
  new PerformanceObserver((l) => { for (const e of l.getEntries()) if (!e.hadRecentInput) window.bench.shifts += e.value; }).observe({ type: 'layout-shift', buffered: true });
  new PerformanceObserver((l) => { for (const e of l.getEntries()) window.bench.longTasks.push(e.duration); }).observe({ type: 'longtask', buffered: true });
  new MutationObserver(() => {
    const boxes = document.querySelectorAll('fact-box');
    if (window.bench.readyAt === null && boxes.length && [...boxes].every((b) => b.dataset.state === 'ready')) window.bench.readyAt = performance.now();
  }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-state'] });
}

async function load(path, { interactive = true } = {}) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const tab = await context.newPage();
  await tab.addInitScript(instrument);
  const cdp = await context.newCDPSession(tab);
  await tab.goto(`${server.url}${path}`, { waitUntil: 'load' });
  if (interactive) await tab.waitForFunction(() => window.bench.readyAt !== null, null, { timeout: 60000 });
  await tab.waitForTimeout(300); // late shifts and long tasks
  const m = await tab.evaluate(() => ({
    fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime,
    load: performance.getEntriesByType('navigation')[0].loadEventEnd,
    ready: window.bench.readyAt,
    longTasks: window.bench.longTasks.length,
    longTaskMs: window.bench.longTasks.reduce((a, b) => a + b, 0),
    cls: window.bench.shifts,
    wasm: customElements.get('fact-box')?.wasmMemoryBytes ?? 0,
    transferred: performance.getEntriesByType('resource').reduce((sum, r) => sum + r.transferSize, performance.getEntriesByType('navigation')[0].transferSize),
  }));
  await cdp.send('HeapProfiler.collectGarbage');
  m.heap = (await cdp.send('Runtime.getHeapUsage')).usedSize;
  return { ...m, tab, context };
}

/**
 * RUNS loads of each page, taken in turns (A, B, A, B, …) after one unrecorded warm-up load of
 * each, so that pages compared side by side share the machine's warm-up and background noise.
 */
async function series(...pages) {
  const once = async ([path, options]) => {
    const { tab, context, ...m } = await load(path, options);
    await context.close();
    return m;
  };
  for (const page of pages) await once(page);
  const runs = pages.map(() => []);
  for (let i = 0; i < RUNS; i++) {
    for (const [k, page] of pages.entries()) runs[k].push(await once(page));
  }
  return runs;
}

async function toggles(path) {
  const { tab, context } = await load(path);
  const times = await tab.evaluate(async (n) => {
    const host = document.querySelector('fact-box');
    const button = host.shadowRoot.querySelector('#fb-zusagen-button');
    const out = [];
    for (let i = 0; i < n; i++) {
      const before = button.getAttribute('aria-expanded');
      const t0 = performance.now();
      button.click();
      // Wait for the state to show, then for the frame that paints it.
      while (button.getAttribute('aria-expanded') === before) await new Promise((r) => setTimeout(r, 0));
      await new Promise((r) => requestAnimationFrame(r));
      out.push(performance.now() - t0);
      await new Promise((r) => setTimeout(r, 30));
    }
    return out;
  }, TOGGLES);
  await context.close();
  return times;
}

const pct = (xs, p) => { const s = xs.filter((x) => x != null).sort((a, b) => a - b); return s.length ? s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)] : NaN; };
const med = (xs) => pct(xs, 50);
const ms = (x) => (Number.isFinite(x) ? `${x.toFixed(0)} ms` : '—');
const mp = (runs, key) => `${ms(med(runs.map((r) => r[key])))} / ${ms(pct(runs.map((r) => r[key]), 95))}`;
const kib = (x) => `${(x / 1024).toFixed(0)} KiB`;
const mib = (x) => `${(x / 1048576).toFixed(2)} MiB`;

console.log(`bench: ${RUNS} fresh loads per page`);
const [staticRuns, shippedRuns] = await series(['/bench-static.html', { interactive: false }], ['/bench-shipped.html']);
// Boxes far down a page wait for the reader; `#factbox-` wakes every box at once, the worst case.
const growth = {};
for (const n of [1, 10, 50]) [growth[`${n} box${n > 1 ? 'es' : ''}`]] = await series([`/bench-boxes-${n}.html#factbox-`]);
[growth['1 box, 10× content']] = await series(['/bench-large.html#factbox-']);
// What lazy loading saves a page whose box is below the fold, until the reader comes near.
const [lazy, eager] = await series(['/examples/below-the-fold.html', { interactive: false }], ['/examples/below-the-fold.html#factbox-']);
const toggleTimes = await toggles('/bench-shipped.html');
const version = browser.version();
await browser.close();
await server.close();

// ---- report ------------------------------------------------------------------------------
const ratio = (key) => (med(shippedRuns.map((r) => r[key])) / med(staticRuns.map((r) => r[key]))).toFixed(2);
const cpu = cpus()[0]?.model ?? 'unknown CPU';
const sizes = measure('dist/factbox');
// What loading on approach defers: everything but the loader and the stylesheet.
const deferredBrotli = sizes.filter((r) => ['wasm in its js glue', 'content de (fetched)'].includes(r.kind)).reduce((sum, r) => sum + r.brotli, 0);
const lines = [
  '# Benchmarks',
  '',
  `Measured by \`make bench\` on ${new Date().toISOString().slice(0, 10)}: ${cpus().length} × ${cpu}, Chromium ${version} headless,`,
  `served from 127.0.0.1 without compression, no CPU or network throttling. Each figure is the median / 95th`,
  `percentile of ${RUNS} fresh page loads (new browser context: cold cache); pages compared side by side are loaded in`,
  `turns, after one unrecorded warm-up load each. Timings are from navigation start. Chromium runs without the`,
  `address bar's popup, whose own renderer otherwise works beside every page measured (\`tests/e2e/browser.mjs\`).`,
  '',
  '## Bytes',
  '',
  'What a page with a box downloads (gzip level 9, brotli quality 11, as a CDN serves them). The',
  'content file of the box\'s language is fetched beside the bundle, once per page.',
  '',
  table(sizes),
  '',
  '## Pictures',
  '',
  'The C5+1 box\'s locator map and its two bars blocks, as bytes of the article (brotli): the',
  'prerendered snippet carries the drawing, and so does the content file the box fetches. The',
  'bundle code for both kinds of block is in the wasm and CSS above.',
  '',
  '| C5+1 box (German) | snippet | content file |',
  '|---|---:|---:|',
  ...pictureCost.map((r) => `| ${r.name} | ${(r.snippet / 1024).toFixed(1)} KB | ${(r.content / 1024).toFixed(1)} KB |`),
  `| the map adds | ${((pictureCost[0].snippet - pictureCost[1].snippet) / 1024).toFixed(1)} KB | ${((pictureCost[0].content - pictureCost[1].content) / 1024).toFixed(1)} KB |`,
  `| the bars add | ${((pictureCost[0].snippet - pictureCost[2].snippet) / 1024).toFixed(1)} KB | ${((pictureCost[0].content - pictureCost[2].content) / 1024).toFixed(1)} KB |`,
  '',
  '## The box against plain HTML',
  '',
  'The demo article with its prerendered box, once without any script (the physical limit: plain',
  'HTML) and once as shipped, the bundle taking over the box.',
  '',
  '| | static (no script) | as shipped | as shipped ÷ static |',
  '|---|---:|---:|---:|',
  `| first contentful paint | ${mp(staticRuns, 'fcp')} | ${mp(shippedRuns, 'fcp')} | ${ratio('fcp')} |`,
  `| load event | ${mp(staticRuns, 'load')} | ${mp(shippedRuns, 'load')} | ${ratio('load')} |`,
  `| every box interactive | — (never) | ${mp(shippedRuns, 'ready')} | |`,
  `| long tasks (count, median) | ${med(staticRuns.map((r) => r.longTasks))} | ${med(shippedRuns.map((r) => r.longTasks))} | |`,
  `| long-task time | ${mp(staticRuns, 'longTaskMs')} | ${mp(shippedRuns, 'longTaskMs')} | |`,
  `| cumulative layout shift (max) | ${Math.max(...staticRuns.map((r) => r.cls)).toFixed(3)} | ${Math.max(...shippedRuns.map((r) => r.cls)).toFixed(3)} | |`,
  `| WebAssembly memory | — | ${mib(med(shippedRuns.map((r) => r.wasm)))} | |`,
  `| JS heap after GC | ${mib(med(staticRuns.map((r) => r.heap)))} | ${mib(med(shippedRuns.map((r) => r.heap)))} | |`,
  '',
  '## A toggle',
  '',
  `Click on a section header to the next animation frame after its state changed, ${TOGGLES} toggles`,
  'on the demo page as shipped:',
  '',
  `median ${ms(med(toggleTimes))}, 95th percentile ${ms(pct(toggleTimes, 95))}, slowest ${ms(Math.max(...toggleTimes))}.`,
  '',
  '## Growth: more boxes, more content',
  '',
  'Pages of nothing but prerendered German boxes; the last has one box whose lists are ten times',
  'as long (every block\'s entries ten times over: 280 entries, 50 of them profiles).',
  '',
  '| page | every box interactive | long-task time | WebAssembly memory | JS heap after GC | CLS |',
  '|---|---:|---:|---:|---:|---:|',
  ...Object.entries(growth).map(([name, runs]) => `| ${name} | ${mp(runs, 'ready')} | ${mp(runs, 'longTaskMs')} | ${mib(med(runs.map((r) => r.wasm)))} | ${mib(med(runs.map((r) => r.heap)))} | ${Math.max(...runs.map((r) => r.cls)).toFixed(3)} |`),
  '',
];
lines.push(
  '## Loading on approach',
  '',
  'A prerendered box reads fine without the bundle, so the loader fetches it only when a box comes',
  'within 600 px of the viewport, is pointed at or focused, or is a `#factbox-…` link target. On',
  '`examples/below-the-fold.html` (a long article, the box at its end, 900 px viewport):',
  '',
  '| | bytes transferred at load | long-task time | WebAssembly memory |',
  '|---|---:|---:|---:|',
  `| box loaded on approach (default) | ${kib(med(lazy.map((r) => r.transferred)))} | ${mp(lazy, 'longTaskMs')} | ${mib(med(lazy.map((r) => r.wasm)))} |`,
  `| box loaded at once | ${kib(med(eager.map((r) => r.transferred)))} | ${mp(eager, 'longTaskMs')} | ${mib(med(eager.map((r) => r.wasm)))} |`,
  '',
  `Until the reader comes near, the page saves ${kib(med(eager.map((r) => r.transferred)) - med(lazy.map((r) => r.transferred)))} of transfer (uncompressed here; ${(deferredBrotli / 1024).toFixed(1)} KB with brotli: wasm, glue and content) and all of the bundle's compile and start-up work.`,
  '',
);
const one = med(growth['1 box'].map((r) => r.ready)), fifty = med(growth['50 boxes'].map((r) => r.ready));
lines.push(`Cost per additional box, from 1 to 50 boxes: ${ms((fifty - one) / 49)} until interactive and ${kib((med(growth['50 boxes'].map((r) => r.wasm)) - med(growth['1 box'].map((r) => r.wasm))) / 49)} of WebAssembly memory.`, '');
lines.push(...await phoneBench());
await writeFile('BENCHMARKS.md', lines.join('\n'));
console.log(lines.join('\n'));
