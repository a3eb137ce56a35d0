// The phone half of `make bench` (issue 15, "On a phone, the first tap works"): the demo
// article under Lighthouse's mobile profile, three ways (as shipped, without its script, and
// the same box as plain <details> HTML), and pages of 1 and 10 boxes. scripts/bench.mjs builds
// the bench pages, runs the desktop figures, then calls phoneBench() for the section
// "Phone (Lighthouse mobile profile)" of BENCHMARKS.md.
//
// Conditions, as Lighthouse's mobile profile sets them over the Chrome DevTools Protocol:
//   CPU           Emulation.setCPUThrottlingRate {rate: 4} (the page's main thread only)
//   network       Network.emulateNetworkConditions, Lighthouse's slow 4G as its simulation
//                 assumes it: 150 ms latency, 1638.4 Kbit/s down, 750 Kbit/s up
//   screen        412 × 823 CSS px, device scale factor 1.75, mobile, touch (Playwright's
//                 context options, which send Emulation.setDeviceMetricsOverride and
//                 Emulation.setTouchEmulationEnabled)
//   cache         cold: a new browser context per load, and Network.setCacheDisabled
//   delivery      dist/ served with brotli (quality 11) where the browser asks for it, as a CDN
//                 serves it; over a throttled line, raw bytes would count three times over for
//                 the WebAssembly. BENCH_PHONE_BROTLI=0 serves the files as they are.
import { createServer } from 'node:http';
import { readFile, stat, writeFile, access } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { brotliCompressSync, constants as zlib } from 'node:zlib';
import { launch } from '../tests/e2e/browser.mjs';

// 15 loads of each page (after one warm-up each), as the issue measured: on this noisy 2-core
// machine, 10 left the medians of two runs up to 30 ms apart.
const LOADS = Number(process.env.BENCH_LOADS ?? 15);
const TOGGLES = 40;
// The toggles of one load share that load's frame timing (headless Chromium sometimes draws a
// frame at once, sometimes at the next tick): several loads per page, in turns, pooled.
const TOGGLE_LOADS = 5;
// The tracer itself costs main-thread time, and more on the page with more events to record:
// main-thread time and the timings come from loads with no trace running, and the breakdown by
// kind of work from TRACE_LOADS traced loads of each page of their own.
const TRACE_LOADS = 5;
// A closed tab's renderer keeps shutting down after context.close() resolves: sampled from
// /proc/stat, 22-35 % of this 2-core machine stays busy in the first 100 ms after the close and
// none after 200 ms. Each load starts QUIET_MS after the last one closed, so that it does not
// share the CPU with the load before it.
const QUIET_MS = 300;
const BROTLI = process.env.BENCH_PHONE_BROTLI !== '0';

export const PHONE = {
  cpu: 4,
  latency: 150,
  downKbps: 1638.4,
  upKbps: 750,
  viewport: { width: 412, height: 823 },
  deviceScaleFactor: 1.75,
};
// After the box is ready (or the load event, for pages without a box): late long tasks.
const SETTLE_MS = 500;
// Main-thread time is read at the same moment in every page, counted from navigation start, so
// that a page whose box is ready later is not charged for a longer window of the browser's own
// background work (and one that is ready sooner is not spared it). Later than any box's
// ready + SETTLE_MS in these pages; a slower load is read SETTLE_MS after it is ready.
const READ_AT_MS = 2500;
// The first tap: at first paint, then every TAP_EVERY_MS until one opens the section.
const TAP_EVERY_MS = 100;
// A page whose taps never work is given up this long after first paint.
const TAP_GIVE_UP_MS = 5000;
// The same section header on all three pages, and the one the toggles use.
const TAP_SECTION = 'rohstoffe';
const TOGGLE_SECTION = 'zusagen';

// ---- the box as plain <details> ----------------------------------------------------------

const STRINGS = {
  de: { kicker: 'Faktenbox', asOf: 'Stand', source: 'Quelle', sources: 'Quellen', caveat: 'Einschränkung', glance: 'Auf einen Blick', compare: 'Im Vergleich',
    over: 'über', about: 'rund', almost: 'knapp', up_to: 'bis zu', million: 'Mio.', billion: 'Mrd.', opens: '(Quelle, öffnet in neuem Tab)', sourcesId: 'quellen',
    months: ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember'] },
  en: { kicker: 'Fact box', asOf: 'As of', source: 'Source', sources: 'Sources', caveat: 'Caveat', glance: 'At a glance', compare: 'Side by side',
    over: 'over', about: 'about', almost: 'almost', up_to: 'up to', million: 'million', billion: 'billion', opens: '(source, opens in a new tab)', sourcesId: 'sources',
    months: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'] },
};

const esc = (s) => String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * One box's content (the JSON format of src/content/mod.rs) as HTML with no script: the same
 * header, key figures, sections, entries and sources as the box prints (numbers and dates as
 * src/content/format.rs writes them), each section a <details> with its heading in <summary>,
 * each profile a <details> inside its section.
 */
export function detailsBox(content, { headingLevel = 2 } = {}) {
  const t = STRINGS[content.lang] ?? STRINGS.de;
  const h = (level) => `h${Math.min(6, level)}`;
  const date = (iso) => {
    const [y, m, d] = iso.split('-').map(Number);
    const month = t.months[m - 1];
    if (iso.split('-').length === 1 && y) return String(y);
    if (iso.split('-').length === 2 && month) return `${month} ${y}`;
    if (iso.split('-').length === 3 && month && d >= 1 && d <= 31) return content.lang === 'en' ? `${d} ${month} ${y}` : `${d}. ${month} ${y}`;
    return iso;
  };
  const time = (iso) => `<time datetime="${esc(iso)}">${esc(date(iso))}</time>`;
  const grouped = (n) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, content.lang === 'en' ? ',' : '.');
  const decimal = (value, unit, places) => {
    const scale = 10 ** places;
    let whole = Math.floor(value / unit);
    let fraction = Math.floor(((value % unit) * scale + unit / 2) / unit);
    if (fraction === scale) { whole += 1; fraction = 0; }
    const digits = String(fraction).padStart(places, '0').replace(/0+$/, '');
    return digits ? `${grouped(whole)}${content.lang === 'en' ? '.' : ','}${digits}` : grouped(whole);
  };
  const number = (value) => {
    const sign = value < 0 ? '\u2212' : '';
    const v = Math.abs(value);
    let places = 0;
    while (places < 6 && Math.abs((v * 10 ** places) % 1) > 1e-9) places += 1;
    const scaled = Math.round(v * 10 ** places);
    let body;
    if (places === 0 && scaled >= 1e6) {
      const unit = [[1e9, t.billion], [1e6, t.million]].find(([u]) => scaled >= u && scaled % (u / 100) === 0);
      body = unit ? `${decimal(scaled, unit[0], 2)} ${unit[1]}` : grouped(scaled);
    } else {
      body = decimal(scaled, 10 ** places, places);
    }
    return sign + body;
  };
  const quantity = (q) => [q.qualifier ? t[q.qualifier] : null, number(q.value), q.unit].filter(Boolean).join(' ');
  const source = (id) => content.sources.find((s) => s.id === id);
  const link = (s) => (/^https?:\/\//i.test(s.url)
    ? `<a href="${esc(s.url)}" target="_blank" rel="noopener noreferrer">${esc(s.publisher)}<span class="sr"> ${t.opens}</span></a>`
    : `<span>${esc(s.publisher)}</span>`);
  const cite = (ids = []) => (ids.length ? `<p class="cite">${ids.length > 1 ? t.sources : t.source}: ${ids.map(source).filter(Boolean).map(link).join(', ')}</p>` : '');
  const caveat = (c) => (c ? `<p class="caveat"><span aria-hidden="true">⚠</span><strong>${t.caveat}: </strong>${esc(c)}</p>` : '');
  const statement = (s) => `<p>${esc(s.text)}</p>${caveat(s.caveat)}${cite(s.sources)}`;
  const figures = (items) => `<ul>${items.map((f) => `<li><p><strong>${esc(quantity(f))}</strong></p><p>${esc(f.label)}${f.as_of ? ` (${esc(date(f.as_of))})` : ''}</p>${caveat(f.caveat)}${cite(f.sources)}</li>`).join('')}</ul>`;
  const facts = (items) => `<ul>${items.map((f) => `<li><p><strong>${esc(f.label)}</strong>${f.place ? `<span>${esc(f.place)}</span>` : ''}</p>${f.figure ? `<p>${esc(f.figure)}</p>` : ''}<p>${esc(f.text)}</p>${caveat(f.caveat)}${cite(f.sources)}</li>`).join('')}</ul>`;
  const timeline = (items) => `<ol>${items.map((e) => `<li><p>${time(e.date)}</p><p>${esc(e.text)}</p>${caveat(e.caveat)}${cite(e.sources)}</li>`).join('')}</ol>`;
  const field = (f) => {
    if (!('value' in f)) return esc(f.text);
    const restsOn = [f.basis, f.as_of && date(f.as_of)].filter(Boolean);
    return `<strong>${esc(quantity(f))}</strong>${restsOn.length ? ` (${esc(restsOn.join(' '))})` : ''}`;
  };
  const profile = (p, level) => `<details id="fb-${esc(p.id)}"><summary><${h(level)}>${esc(p.name)}</${h(level)}></summary><dl>${p.fields.map((f) => `<div><dt>${esc(f.label)}</dt><dd>${field(f)}${caveat(f.caveat)}${cite(f.sources)}</dd></div>`).join('')}</dl></details>`;
  // Profiles' shared numbers side by side, as the box's table sets them.
  const compare = (title, items) => {
    const numberOf = (p, label) => p.fields.find((f) => f.label === label && 'value' in f);
    const columns = [...new Set(items.flatMap((p) => p.fields.filter((f) => 'value' in f && items.filter((o) => numberOf(o, f.label)).length >= 2).map((f) => f.label)))];
    if (!columns.length) return '';
    const cited = [...new Set(items.flatMap((p) => columns.flatMap((c) => numberOf(p, c)?.sources ?? [])))];
    const cell = (f) => (f ? `${esc(quantity(f))}${f.as_of ? `<small> (${esc(f.as_of.slice(0, 4))})</small>` : ''}` : '–');
    return `<table><caption>${t.compare}</caption><thead><tr><th scope="col">${esc(title)}</th>${columns.map((c) => `<th scope="col">${esc(c)}</th>`).join('')}</tr></thead>`
      + `<tbody>${items.map((p) => `<tr><th scope="row">${esc(p.name)}</th>${columns.map((c) => `<td>${cell(numberOf(p, c))}</td>`).join('')}</tr>`).join('')}</tbody></table>${cite(cited)}`;
  };
  // The pictures as the same static SVG: bars on one scale, the map's shapes, names and links.
  const bars = (items) => {
    const top = Math.max(...items.map((f) => f.value * (f.qualifier === 'over' ? 1.2 : 1)));
    return figures(items).split('</li>').map((li, i) => (i < items.length
      ? `${li}<svg viewBox="0 0 1000 10" preserveAspectRatio="none" aria-hidden="true" style="width:100%;height:.875em"><rect height="10" width="${Math.round((items[i].value / top) * 1000)}"/></svg>`
      : li)).join('</li>');
  };
  const map = (m) => {
    const name = (p) => `<text x="${p.label[0]}" y="${p.label[1]}" text-anchor="middle">${esc(p.name)}</text>`;
    return `<figure><svg role="group" viewBox="0 0 ${m.size.join(' ')}" style="width:100%;height:auto;background:#d3e3ee"><path fill="#efece4" stroke="#8a8577" d="${m.land}"/>`
      + m.neighbours.map((p) => `<path fill="#e3ddd0" stroke="#8a8577" d="${p.path}"/>`).join('')
      + m.countries.map((p) => `<path fill="#3b78a4" d="${p.path}"/>`).join('')
      + `<g aria-hidden="true">${[...m.neighbours, ...(m.water ?? [])].map(name).join('')}</g>`
      + m.countries.map((p) => `<a href="#fb-${esc(p.link)}">${name(p)}</a>`).join('')
      + `</svg><figcaption><p>${esc(m.title)}</p>${cite(m.sources)}</figcaption></figure>`;
  };
  const block = (b, section, level) => {
    switch (b.type) {
      case 'text': return statement(b);
      case 'facts': return facts(b.items);
      case 'figures': return figures(b.items);
      case 'timeline': return timeline(b.items);
      case 'profiles': return `${compare(section.title, b.items)}${b.items.map((p) => profile(p, level + 1)).join('')}`;
      case 'bars': return `<figure><figcaption>${esc(b.title)}</figcaption>${bars(b.items)}</figure>`;
      case 'map': return map(b);
      default: throw new Error(`bench: unknown block type ${b.type}`);
    }
  };
  const level = headingLevel;
  const section = (id, title, body, open) => `<details id="fb-${esc(id)}"${open ? ' open' : ''}><summary><${h(level + 1)}>${esc(title)}</${h(level + 1)}></summary>${body}</details>`;
  return `<section class="fb" lang="${esc(content.lang)}" aria-labelledby="fb-title">`
    + `<header><p class="kicker">${t.kicker}</p><${h(level)} id="fb-title">${esc(content.title)}</${h(level)}>${statement(content.summary)}<p>${t.asOf}: ${time(content.as_of)}</p></header>`
    + (content.glance?.length ? `<section aria-labelledby="fb-glance"><${h(level + 1)} id="fb-glance">${t.glance}</${h(level + 1)}>${figures(content.glance)}</section>` : '')
    + content.sections.map((s) => section(s.id, s.title, s.blocks.map((b) => block(b, s, level + 1)).join(''), s.open)).join('')
    + section(t.sourcesId, t.sources, `<ol>${content.sources.map((s) => `<li>${link(s)}: ${esc(s.title)}${s.date ? ` (${time(s.date)})` : ''}</li>`).join('')}</ol>`, false)
    + '</section>';
}

// A few lines of CSS, inline, so that the plain box reads as a box (the shipped box brings its
// own 7 KB stylesheet; this page loads none).
const DETAILS_CSS = '<style>.fb{border:1px solid #ccc;border-radius:6px;padding:0 1rem;font:1rem/1.5 system-ui,sans-serif}'
  + '.fb summary{cursor:pointer;padding:.5rem 0}.fb summary>*{display:inline;font-size:1.05rem;margin:0}.fb details{border-top:1px solid #ddd}'
  + '.fb .sr{position:absolute;width:1px;height:1px;overflow:hidden;clip-path:inset(50%)}.fb .cite,.fb .caveat{font-size:.875rem}</style>';

/**
 * dist/bench-details.html: the demo article with its <fact-box> replaced by the box as plain
 * <details> HTML, generated from the box's content file, and with no script at all.
 */
export async function writeDetailsPage(dist = 'dist') {
  const index = await readFile(join(dist, 'index.html'), 'utf8');
  const box = index.match(/<fact-box\b[^>]*>[\s\S]*?<\/fact-box>/);
  if (!box) throw new Error('bench: dist/index.html has no <fact-box>');
  const tag = box[0].match(/^<fact-box\b[^>]*>/)[0];
  const attr = (name) => tag.match(new RegExp(`\\s${name}="([^"]*)"`))?.[1];
  const file = (attr('data-content') ?? 'factbox/content/de.json').replace(/^factbox\//, 'static/');
  const content = JSON.parse(await readFile(file, 'utf8'));
  const html = index
    .replace(box[0], detailsBox(content, { headingLevel: Number(attr('data-heading-level') ?? 2) }))
    .replace(/<script type="module"[^>]*factbox\.js[^>]*><\/script>\n?/g, '')
    .replace(/<link rel="modulepreload"[^>]*>\n?/g, '')
    .replace(/<!-- The box's stylesheet[^>]*-->\n?/, '')
    .replace(/<link rel="preload" href="factbox\/factbox\.css"[^>]*>\n?/, '')
    .replace('</head>', `${DETAILS_CSS}\n</head>`);
  if (/<script|factbox\.js/.test(html)) throw new Error('bench: the <details> page still loads a script');
  await writeFile(join(dist, 'bench-details.html'), html);
  return html;
}

// ---- serving, as a CDN would ------------------------------------------------------------

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8', '.json': 'application/json; charset=utf-8', '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml', '.png': 'image/png', '.txt': 'text/plain; charset=utf-8',
};
const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.json', '.wasm', '.svg', '.txt']);

/** dist/ on 127.0.0.1: brotli (quality 11, compressed once per file) where accepted. */
async function serveCompressed(root = 'dist') {
  const base = resolve(root);
  const cache = new Map();
  const server = createServer(async (req, res) => {
    let file = normalize(join(base, decodeURIComponent(new URL(req.url, 'http://x').pathname)));
    if (!file.startsWith(base)) { res.writeHead(403); return res.end(); }
    try {
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      let body = await readFile(file);
      const headers = { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-cache' };
      if (BROTLI && COMPRESSIBLE.has(extname(file)) && /\bbr\b/.test(req.headers['accept-encoding'] ?? '')) {
        const key = `${file}:${body.length}:${body.subarray(0, 64).toString('hex')}`;
        if (!cache.has(key)) cache.set(key, brotliCompressSync(body, { params: { [zlib.BROTLI_PARAM_QUALITY]: 11, [zlib.BROTLI_PARAM_SIZE_HINT]: body.length } }));
        body = cache.get(key);
        headers['content-encoding'] = 'br';
        headers.vary = 'accept-encoding';
      }
      headers['content-length'] = body.length;
      res.writeHead(200, headers);
      res.end(req.method === 'HEAD' ? undefined : body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found');
    }
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  return { url: `http://127.0.0.1:${server.address().port}`, close: () => new Promise((ok) => server.close(ok)) };
}

// ---- measuring ---------------------------------------------------------------------------

/**
 * Installed before any page script: first paint, long tasks, every box ready, and which tap
 * on the measured section header (or <summary>) first opened it.
 */
function instrument({ tapSection }) {
  const bench = { longTasks: [], fcp: null, readyAt: null, clicks: 0, firstClick: null, lastClick: null, worked: null };
  window.bench = bench;
  bench.painted = new Promise((ok) => {
    new PerformanceObserver((l) => {
      for (const e of l.getEntries()) if (e.name === 'first-contentful-paint') { bench.fcp = e.startTime; ok(e.startTime); }
    }).observe({ type: 'paint', buffered: true });
  });
  new PerformanceObserver((l) => { for (const e of l.getEntries()) bench.longTasks.push([e.startTime, e.duration]); }).observe({ type: 'longtask', buffered: true });
  bench.ready = new Promise((ok) => {
    new MutationObserver(() => {
      const boxes = document.querySelectorAll('fact-box');
      if (bench.readyAt === null && boxes.length && [...boxes].every((b) => b.dataset.state === 'ready')) { bench.readyAt = performance.now(); ok(bench.readyAt); }
    }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-state'] });
  });
  // The element whose state says the section is open: the header button in the box's shadow
  // root (aria-expanded), or the <details> (open).
  const target = () => document.querySelector('fact-box')?.shadowRoot?.getElementById(`fb-${tapSection}-button`)
    ?? document.getElementById(`fb-${tapSection}`);
  const isOpen = (el) => (el?.tagName === 'DETAILS' ? el.open : el?.getAttribute('aria-expanded') === 'true');
  let watched = null;
  // A tap's click: the state it finds. Mutation records are delivered at the microtask
  // checkpoint after the listener or the <summary>'s activation that toggled it.
  addEventListener('click', (e) => {
    bench.clicks += 1;
    bench.lastClick = e.timeStamp;
    bench.firstClick ??= e.timeStamp;
    const el = target();
    if (!el || watched === el) return;
    watched = el;
    const root = el.getRootNode();
    new MutationObserver(() => {
      if (bench.worked === null && isOpen(target())) bench.worked = { tap: bench.lastClick, open: performance.now(), taps: bench.clicks };
    }).observe(root, { subtree: true, attributes: true, attributeFilter: ['aria-expanded', 'open'] });
  }, true);
}

const sleep = (ms) => new Promise((ok) => setTimeout(ok, ms));

/** Closes a load's browser context and waits until its renderer has stopped using the CPU. */
async function closeTab(context) {
  await context.close();
  await sleep(QUIET_MS);
}

/** A fresh phone: a new context (cold cache), throttled CPU and network, before navigation. */
async function phoneTab(browser) {
  const context = await browser.newContext({ viewport: PHONE.viewport, deviceScaleFactor: PHONE.deviceScaleFactor, isMobile: true, hasTouch: true });
  const tab = await context.newPage();
  await tab.addInitScript(instrument, { tapSection: TAP_SECTION });
  const cdp = await context.newCDPSession(tab);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false, latency: PHONE.latency,
    downloadThroughput: (PHONE.downKbps * 1024) / 8, uploadThroughput: (PHONE.upKbps * 1024) / 8,
  });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: PHONE.cpu });
  await cdp.send('Performance.enable');
  const wire = { bytes: 0, requests: 0 };
  cdp.on('Network.loadingFinished', (e) => { wire.bytes += e.encodedDataLength; wire.requests += 1; });
  return { context, tab, cdp, wire };
}

const TRACE_CATEGORIES = ['-*', 'toplevel', 'devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute', 'blink.user_timing', 'loading'];

// Main-thread work by what it is, after Lighthouse's "main-thread work breakdown": each trace
// event's self time goes to its own group, or to the group of the event it runs inside.
const GROUPS = {
  script: ['EventDispatch', 'EvaluateScript', 'v8.evaluateModule', 'FunctionCall', 'TimerFire', 'FireIdleCallback', 'FireAnimationFrame', 'RunMicrotasks', 'BlinkScheduler_PerformMicrotaskCheckpoint', 'V8.Execute', 'v8.execute', 'v8.run', 'v8.callFunction', 'V8.BytecodeBudgetInterrupt', 'XHRReadyStateChange', 'XHRLoad', 'HandlePostMessage'],
  compile: ['v8.compile', 'v8.compileModule', 'v8.parseOnBackground', 'v8.produceCache', 'v8.produceModuleCache', 'v8.deserializeOnBackground', 'CacheScript', 'CompileScript', 'v8.wasm.streamFromResponseCallback', 'v8.wasm.compiledModule', 'v8.wasm.cachedModule', 'v8.wasm.moduleCacheHit', 'v8.wasm.moduleCacheInvalid', 'v8.wasm.compileConsume', 'v8.wasm.compileConsumeDone'],
  style: ['ScheduleStyleRecalculation', 'UpdateLayoutTree', 'RecalculateStyles', 'InvalidateLayout', 'Layout', 'ScrollLayer', 'LayoutShift', 'ComputeIntersections', 'IntersectionObserverController::computeIntersections'],
  paint: ['Animation', 'HitTest', 'PaintSetup', 'Paint', 'PaintImage', 'PrePaint', 'Layerize', 'UpdateLayer', 'UpdateLayerTree', 'CompositeLayers', 'Commit', 'RasterTask', 'Decode Image', 'ImageDecodeTask', 'Draw LazyPixelRef', 'Decode LazyPixelRef', 'BeginMainThreadFrame', 'RequestMainThreadFrame'],
  parse: ['ParseHTML', 'ParseAuthorStyleSheet', 'DecodedDataDocumentParser::AppendBytes', 'DocumentLoader::CreateParserPostCommit'],
  gc: ['GCEvent', 'MinorGC', 'MajorGC', 'BlinkGC.AtomicPhase', 'ThreadState::performIdleLazySweep', 'ThreadState::completeSweep', 'BlinkGCMarking', 'CppGC.AtomicMark', 'CppGC.AtomicSweep', 'V8.GCScavenger', 'V8.GCFinalizeMC', 'V8.GCCompactor'],
};
export const GROUP_NAMES = { script: 'script (evaluation, events, timers)', compile: 'script parse & compile (JS and WebAssembly)', style: 'style & layout', paint: 'paint & composite', parse: 'HTML & CSS parsing', gc: 'garbage collection', other: 'other (task overhead, IPC, navigation, script contexts)' };
const GROUP_NAME = new Map(Object.entries(GROUPS).flatMap(([g, names]) => names.map((n) => [n, g])));
const GROUP_OF = { get: (name) => GROUP_NAME.get(name) ?? (name.startsWith('HTMLDocumentParser::') ? 'parse' : undefined) };
const TOP_LEVEL = new Set(['RunTask', 'ThreadControllerImpl::RunTask', 'ThreadControllerImpl::DoWork', 'TaskQueueManager::ProcessTaskFromWorkQueue']);

/** Milliseconds of main-thread work per group, for the renderer that parsed `path`. */
export function breakdown(trace, path) {
  const events = trace.traceEvents ?? trace;
  // The page's renderer main thread: the one that parsed the page.
  const parse = events.find((e) => e.name === 'ParseHTML' && e.args?.beginData?.url?.includes(path));
  if (!parse) return null;
  const { pid, tid } = parse;
  const list = [];
  const open = [];
  for (const e of events) {
    if (e.pid !== pid || e.tid !== tid) continue;
    if (e.ph === 'X' && e.dur != null) list.push({ name: e.name, ts: e.ts, end: e.ts + e.dur });
    else if (e.ph === 'B') open.push(e);
    else if (e.ph === 'E') {
      for (let i = open.length - 1; i >= 0; i--) {
        if (!e.name || open[i].name === e.name) { list.push({ name: open[i].name, ts: open[i].ts, end: e.ts }); open.splice(i, 1); break; }
      }
    }
  }
  list.sort((a, b) => a.ts - b.ts || b.end - a.end);
  const totals = { script: 0, compile: 0, style: 0, paint: 0, parse: 0, gc: 0, other: 0, tasks: 0 };
  const stack = [];
  const close = (node) => { totals[node.group] += Math.max(0, node.end - node.ts - node.children) / 1000; };
  for (const e of list) {
    while (stack.length && stack.at(-1).end <= e.ts) close(stack.pop());
    const parent = stack.at(-1);
    if (!parent && !TOP_LEVEL.has(e.name)) continue; // work outside any task is not counted
    const end = parent ? Math.min(e.end, parent.end) : e.end;
    const node = { ts: e.ts, end, children: 0, group: GROUP_OF.get(e.name) ?? parent?.group ?? 'other' };
    if (parent) parent.children += end - e.ts;
    else totals.tasks += (end - e.ts) / 1000;
    stack.push(node);
  }
  while (stack.length) close(stack.pop());
  return totals;
}

const afterFcp = (tasks, fcp) => tasks.reduce((sum, [start, d]) => sum + Math.max(0, start + d - Math.max(start, fcp ?? 0)), 0);
const blocking = (tasks, fcp) => tasks.reduce((sum, [start, d]) => sum + (start >= (fcp ?? 0) ? Math.max(0, d - 50) : 0), 0);

/**
 * One load: paint, load, readiness, long tasks, main-thread time (Performance.getMetrics, and
 * with `trace` a trace's breakdown), bytes on the wire, DOM size. `boxes`: wait until every <fact-box> is ready.
 */
async function measureLoad(browser, server, path, { boxes = false, trace = false } = {}) {
  const { context, tab, cdp, wire } = await phoneTab(browser);
  if (trace) await browser.startTracing(undefined, { categories: TRACE_CATEGORIES });
  await tab.goto(`${server.url}${path}`, { waitUntil: 'load', timeout: 120000 });
  if (boxes) await Promise.race([tab.evaluate(() => window.bench.ready), sleep(60000).then(() => { throw new Error(`bench: ${path}: boxes not ready after 60 s`); })]);
  const now = await tab.evaluate(() => performance.now());
  await sleep(Math.max(SETTLE_MS, READ_AT_MS - now));
  const metrics = Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value]));
  const m = await tab.evaluate(() => {
    const nav = performance.getEntriesByType('navigation')[0];
    const count = (root) => [...root.querySelectorAll('*')].reduce((n, el) => n + 1 + (el.shadowRoot ? count(el.shadowRoot) : 0), 0);
    return { fcp: window.bench.fcp, load: nav.loadEventEnd, ready: window.bench.readyAt, longTasks: window.bench.longTasks, elements: count(document) };
  });
  const traced = trace ? breakdown(JSON.parse((await browser.stopTracing()).toString('utf8')), path.split('#')[0]) : null;
  await closeTab(context);
  return {
    fcp: m.fcp,
    load: m.load,
    ready: boxes ? m.ready : m.fcp, // a page without a script works at its first paint
    longTaskMs: afterFcp(m.longTasks, m.fcp),
    blockingMs: blocking(m.longTasks, m.fcp),
    longestTask: Math.max(0, ...m.longTasks.map(([, d]) => d)),
    mainThread: metrics.TaskDuration * 1000,
    scriptMs: metrics.ScriptDuration * 1000,
    layoutMs: metrics.LayoutDuration * 1000,
    styleMs: metrics.RecalcStyleDuration * 1000,
    traced,
    bytes: wire.bytes,
    requests: wire.requests,
    elements: m.elements,
  };
}

/**
 * One load with taps: the first at first paint, then one every TAP_EVERY_MS on the section
 * header (scrolled into view, as a reader would), until one opens the section or
 * TAP_GIVE_UP_MS have passed since first paint. Times from navigation start.
 */
async function measureTaps(browser, server, path) {
  const { context, tab } = await phoneTab(browser);
  await tab.goto(`${server.url}${path}`, { waitUntil: 'commit', timeout: 120000 });
  const fcp = await Promise.race([tab.evaluate(() => window.bench.painted), sleep(60000).then(() => { throw new Error(`bench: ${path}: no first paint after 60 s`); })]);
  let result = { fcp, firstTap: null, tap: null, open: null, taps: 0 };
  for (;;) {
    const started = Date.now();
    const s = await tab.evaluate((id) => {
      const el = document.querySelector('fact-box')?.shadowRoot?.getElementById(`fb-${id}-button`)
        ?? document.querySelector(`#fb-${id} > summary`);
      const out = { now: performance.now(), worked: window.bench.worked, clicks: window.bench.clicks, firstTap: window.bench.firstClick };
      if (!el) return out;
      let r = el.getBoundingClientRect();
      if (r.top < 0 || r.bottom > innerHeight) { el.scrollIntoView({ block: 'center', behavior: 'instant' }); r = el.getBoundingClientRect(); }
      return { ...out, x: r.left + Math.min(40, r.width / 2), y: r.top + r.height / 2 };
    }, TAP_SECTION);
    result.taps = s.clicks;
    result.firstTap = s.firstTap;
    if (s.worked) { result = { ...result, tap: s.worked.tap, open: s.worked.open, taps: s.worked.taps }; break; }
    if (s.now - fcp > TAP_GIVE_UP_MS) break;
    if (s.x != null) await tab.touchscreen.tap(s.x, s.y);
    await sleep(Math.max(0, TAP_EVERY_MS - (Date.now() - started)));
  }
  await closeTab(context);
  return result;
}

/**
 * Click on a section header to the next frame after its state changed, as on the desktop, with
 * the clicks spread over the frame; and to that frame painted (a message posted from the frame's
 * animation callback runs once the frame's style, layout and paint are done). Pairs
 * [next frame, painted], one per click.
 */
async function measureToggles(browser, server, path, { boxes }) {
  const { context, tab } = await phoneTab(browser);
  await tab.goto(`${server.url}${path}`, { waitUntil: 'load', timeout: 120000 });
  if (boxes) await tab.evaluate(() => window.bench.ready);
  const times = await tab.evaluate(async ([id, n]) => {
    const host = document.querySelector('fact-box');
    const button = host ? host.shadowRoot.getElementById(`fb-${id}-button`) : document.querySelector(`#fb-${id} > summary`);
    const state = () => (host ? button.getAttribute('aria-expanded') : String(button.parentElement.open));
    const out = [];
    for (let i = 0; i < n; i++) {
      const before = state();
      const t0 = performance.now();
      button.click();
      await Promise.resolve(); // a render the click queued as a microtask runs before this
      while (state() === before) await new Promise((r) => setTimeout(r, 0));
      await new Promise((r) => requestAnimationFrame(r));
      const frame = performance.now() - t0;
      await new Promise((r) => { const c = new MessageChannel(); c.port1.onmessage = r; c.port2.postMessage(0); });
      out.push([frame, performance.now() - t0]);
      // 30 to 46 ms apart, so that clicks fall at every point of the 16.7 ms frame rather than
      // at one phase of it (which alone would decide the figure).
      await new Promise((r) => setTimeout(r, 30 + ((i * 7) % 17)));
    }
    return out;
  }, [TOGGLE_SECTION, TOGGLES]);
  await closeTab(context);
  return times;
}

/** `loads` of each page in turns (A, B, C, A, …), after one unrecorded warm-up load of each. */
async function series(log, label, pages, once, loads = LOADS) {
  for (const page of pages) await once(page);
  const runs = pages.map(() => []);
  for (let i = 0; i < loads; i++) {
    for (const [k, page] of pages.entries()) runs[k].push(await once(page));
    log(`  ${label}: ${i + 1}/${loads}`);
  }
  return runs;
}

// ---- report ------------------------------------------------------------------------------

const pct = (xs, p) => { const s = xs.filter((x) => Number.isFinite(x)).sort((a, b) => a - b); return s.length ? s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)] : NaN; };
const med = (xs) => pct(xs, 50);
const ms = (x) => (Number.isFinite(x) ? `${x.toFixed(0)} ms` : '—');
const col = (runs, f) => runs.map(f);
const mp = (xs, fmt = ms) => `${fmt(med(xs))} / ${fmt(pct(xs, 90))}`;
const kb = (x) => `${(x / 1000).toFixed(1)} KB`;
const ratio = (a, b) => (Number.isFinite(a) && Number.isFinite(b) && b > 0 ? (a / b).toFixed(2) : '—');

/** Runs the phone profile; returns the lines of its BENCHMARKS.md section. */
export async function phoneBench({ log = console.log } = {}) {
  for (const page of ['bench-static.html', 'bench-boxes-1.html', 'bench-boxes-10.html', 'bench-boxes-10-static.html']) {
    await access(join('dist', page)).catch(() => { throw new Error(`bench: dist/${page} is missing; scripts/bench.mjs builds it`); });
  }
  await writeDetailsPage();
  const server = await serveCompressed('dist');
  const browser = await launch();
  log(`bench (phone): ${LOADS} loads per page, Lighthouse mobile profile${BROTLI ? ', brotli' : ', uncompressed'}`);
  const article = [['/index.html', { boxes: true }], ['/bench-static.html', {}], ['/bench-details.html', {}]];
  const [shipped, noScript, details] = await series(log, 'article', article, ([path, o]) => measureLoad(browser, server, path, o));
  const tracedLoads = await series(log, 'article, traced', article, ([path, o]) => measureLoad(browser, server, path, { ...o, trace: true }), TRACE_LOADS);
  const [tapShipped, tapNoScript, tapDetails] = await series(log, 'first tap', article.map(([p]) => p), (path) => measureTaps(browser, server, path));
  const [boxes1, boxes10, boxes10Static] = await series(log, '1 and 10 boxes', ['/bench-boxes-1.html#factbox-', '/bench-boxes-10.html#factbox-', '/bench-boxes-10-static.html#factbox-'],
    (path) => measureLoad(browser, server, path, { boxes: !path.includes('static') }));
  const toggleShipped = [];
  const toggleDetails = [];
  for (let i = 0; i < TOGGLE_LOADS; i++) {
    toggleShipped.push(...await measureToggles(browser, server, '/index.html', { boxes: true }));
    toggleDetails.push(...await measureToggles(browser, server, '/bench-details.html', { boxes: false }));
  }
  const version = browser.version();
  await browser.close();
  await server.close();

  const pages = [shipped, noScript, details];
  const taps = [tapShipped, tapNoScript, tapDetails];
  const row = (name, values, ratios = ['', '']) => `| ${name} | ${values.join(' | ')} | ${ratios.join(' | ')} |`;
  const rowOf = (name, f, { fmt = ms, ratios = false } = {}) => row(name, pages.map((runs) => mp(col(runs, f), fmt)),
    ratios ? [ratio(med(col(shipped, f)), med(col(noScript, f))), ratio(med(col(shipped, f)), med(col(details, f)))] : ['', '']);
  const tapCell = (runs, key) => {
    const worked = runs.filter((r) => r[key] != null);
    if (!worked.length) return `never (${(TAP_GIVE_UP_MS / 1000).toFixed(0)} s of taps)`;
    return `${mp(worked.map((r) => r[key]))}${worked.length < runs.length ? ` (${runs.length - worked.length} of ${runs.length} never)` : ''}`;
  };
  const tapRatio = (runs, key) => (runs.every((r) => r[key] == null) ? '— (never)' : ratio(med(tapShipped.map((r) => r[key])), med(runs.map((r) => r[key]))));
  const firstTapDelay = med(taps.flat().filter((r) => r.firstTap != null).map((r) => r.firstTap - r.fcp));
  const traced = tracedLoads.map((runs) => runs.map((r) => r.traced));
  const mpGroup = (list, g) => (list.length ? mp(list.map((t) => t[g])) : '—');
  const tMed = (list, g) => med(list.map((t) => t[g]));
  const boxRow = (name, runs, ready = mp(col(runs, (r) => r.ready))) => `| ${name} | ${ready} | ${mp(col(runs, (r) => r.longestTask))} | ${mp(col(runs, (r) => r.longTaskMs))} | ${mp(col(runs, (r) => r.mainThread))} | ${kb(med(col(runs, (r) => r.bytes)))} |`;

  const lines = [
    '## Phone (Lighthouse mobile profile)',
    '',
    `Measured by \`make bench\` in the same run, Chromium ${version} headless, under Lighthouse's mobile profile set over the`,
    `Chrome DevTools Protocol: the page's main thread slowed ${PHONE.cpu}× (\`Emulation.setCPUThrottlingRate\`), Lighthouse's slow 4G`,
    `(\`Network.emulateNetworkConditions\`: ${PHONE.latency} ms latency, ${PHONE.downKbps} Kbit/s down, ${PHONE.upKbps} Kbit/s up; the values Lighthouse's simulation assumes), a`,
    `${PHONE.viewport.width} × ${PHONE.viewport.height} px mobile viewport at device scale factor ${PHONE.deviceScaleFactor} with touch, and a cold cache (a new browser`,
    `context per load, \`Network.setCacheDisabled\`). dist/ is served from 127.0.0.1 ${BROTLI ? 'with brotli (quality 11) as a CDN serves it' : 'without compression'}.`,
    `Each figure is the median / 90th percentile of ${LOADS} loads; the pages compared are loaded in turns (A, B, C, A, …) after`,
    `one unrecorded warm-up load each; each load starts ${QUIET_MS} ms after the last one's browser context was closed (a closed renderer keeps`,
    'a fifth to a third of this 2-core machine busy for about 100 ms), with no trace running. Timings are from navigation start.',
    '',
    '### The article, three ways',
    '',
    'The demo article as shipped (prerendered box, loader, bundle); the same page without any script;',
    'and the same box written as plain `<details>`/`<summary>` HTML with no JavaScript, generated',
    'from the same content file (the same sections, entries, text and sources; a few lines of inline',
    'CSS instead of the box\'s stylesheet): `dist/bench-details.html`.',
    '',
    '| | as shipped | no script | `<details>` | shipped ÷ no script | shipped ÷ `<details>` |',
    '|---|---:|---:|---:|---:|---:|',
    rowOf('first contentful paint', (r) => r.fcp, { ratios: true }),
    rowOf('load event', (r) => r.load, { ratios: true }),
    row('box interactive', [mp(col(shipped, (r) => r.ready)), '— (never)', `${mp(col(details, (r) => r.ready))} (first paint)`]),
    row('first working tap (tapped at)', [tapCell(tapShipped, 'tap'), tapCell(tapNoScript, 'tap'), tapCell(tapDetails, 'tap')], [tapRatio(tapNoScript, 'tap'), tapRatio(tapDetails, 'tap')]),
    row('… its section open at', [tapCell(tapShipped, 'open'), tapCell(tapNoScript, 'open'), tapCell(tapDetails, 'open')]),
    row('first tap landed at (working or not)', [tapCell(tapShipped, 'firstTap'), tapCell(tapNoScript, 'firstTap'), tapCell(tapDetails, 'firstTap')], [tapRatio(tapNoScript, 'firstTap'), tapRatio(tapDetails, 'firstTap')]),
    row('taps until one worked (median)', taps.map((runs) => (runs.some((r) => r.tap != null) ? String(med(runs.filter((r) => r.tap != null).map((r) => r.taps))) : '—'))),
    ...[['click → next frame', 0], ['click → that frame painted', 1]].map(([name, k]) => {
      const [a, b] = [toggleShipped.map((t) => t[k]), toggleDetails.map((t) => t[k])];
      return row(`${name} (${TOGGLES} toggles in each of ${TOGGLE_LOADS} loads)`, [mp(a), '— (never)', mp(b)], ['', ratio(med(a), med(b))]);
    }),
    rowOf('long-task time after first paint', (r) => r.longTaskMs),
    rowOf('total blocking time (Σ long task − 50 ms, after first paint)', (r) => r.blockingMs),
    rowOf('longest task', (r) => r.longestTask),
    rowOf('main-thread time (`TaskDuration`)', (r) => r.mainThread, { ratios: true }),
    rowOf('… script (`ScriptDuration`)', (r) => r.scriptMs),
    rowOf('… layout (`LayoutDuration`)', (r) => r.layoutMs),
    rowOf('… style (`RecalcStyleDuration`)', (r) => r.styleMs),
    rowOf('bytes on the wire', (r) => r.bytes, { fmt: kb, ratios: true }),
    row('requests (median)', pages.map((runs) => String(med(col(runs, (r) => r.requests))))),
    rowOf('DOM elements (shadow roots included)', (r) => r.elements, { fmt: (x) => (Number.isFinite(x) ? String(x) : '—'), ratios: true }),
    '',
    'Taps: the first at first paint, then one every 100 ms on the first section header ("Kritische',
    'Rohstoffe": the box\'s header button, or the `<summary>`), scrolled into view as a reader would,',
    `dispatched as touches (\`Input.dispatchTouchEvent\`) in separate loads of the three pages; a tap works when`,
    `it opens the section (\`aria-expanded="true"\`, \`details.open\`); the first tap landed a median ${ms(firstTapDelay)} after first paint (noticing the`,
    `paint, scrolling). The no-script page is given up ${TAP_GIVE_UP_MS / 1000} s after first paint. A tap lands once the header is on`,
    'screen and the page\'s main thread is free to scroll to it. The no-script page, with the same prerendered box and no script, shows',
    'how much of the difference to `<details>` is the box\'s markup rather than its script: the HTML parser stops at the box\'s stylesheet link',
    '(first in its shadow root, so that the box never shows unstyled) until the stylesheet has arrived, and parses and lays out the box and the',
    'rest of the article after that; the `<details>` page has its few lines of CSS inline and no such stop.',
    'Click → next frame: `click()` on a header ("Zusagen und Abkommen") to the animation frame after its',
    'state changed, once the box is interactive, as on the desktop, the clicks 30 to 46 ms apart so that they',
    `fall at every point of the frame, in ${TOGGLE_LOADS} loads of each page taken in turns (one load's toggles share its frame timing); "painted" adds`,
    'the frame\'s own style, layout and paint (until a message posted from its animation callback runs), which the next frame\'s start leaves out.',
    `Main-thread time is \`TaskDuration\` of \`Performance.getMetrics\``,
    `(the renderer main thread's tasks, wall time under the CPU slowdown), read at the same moment in every page, ${READ_AT_MS / 1000} s`,
    `after navigation start (at least ${SETTLE_MS} ms after the box was ready or the load event), so that every page is charged for the same window. Bytes on the wire: the sum of \`encodedDataLength\` of`,
    '`Network.loadingFinished` (compressed bodies and headers).',
    '',
    '### Main-thread time by kind of work',
    '',
    `From ${TRACE_LOADS} further loads of each page, in turns, with a trace running (\`Tracing.start\` with the \`devtools.timeline\``,
    'categories): every event\'s self time on the page\'s renderer main thread, grouped by event name as Lighthouse\'s',
    '"main-thread work breakdown" groups it (an event of no group counts for the event it runs in). The tracer costs main-thread',
    'time of its own, more on the page that records more events, so the figures above come from loads without it; the last row',
    'shows what the same `TaskDuration` read in these traced loads.',
    '',
    '| | as shipped | no script | `<details>` | shipped − `<details>` |',
    '|---|---:|---:|---:|---:|',
    ...Object.entries(GROUP_NAMES).map(([g, name]) => `| ${name} | ${traced.map((list) => mpGroup(list, g)).join(' | ')} | ${ms(tMed(traced[0], g) - tMed(traced[2], g))} |`),
    `| **all tasks (trace)** | ${traced.map((list) => mpGroup(list, 'tasks')).join(' | ')} | ${ms(tMed(traced[0], 'tasks') - tMed(traced[2], 'tasks'))} |`,
    `| main-thread time of these traced loads (\`TaskDuration\`) | ${tracedLoads.map((runs) => mp(col(runs, (r) => r.mainThread))).join(' | ')} | ${ms(med(col(tracedLoads[0], (r) => r.mainThread)) - med(col(tracedLoads[2], (r) => r.mainThread)))} |`,
    '',
    '### More boxes on a phone',
    '',
    'The pages of nothing but prerendered German boxes, opened at `#factbox-` so that every box wakes',
    'at once (the worst case), loaded in turns; the ten boxes also without the script, for the long tasks that parsing and',
    'laying out their HTML (718 KB) take with no script at all:',
    '',
    '| page | every box interactive | longest task | long-task time after first paint | main-thread time | bytes on the wire |',
    '|---|---:|---:|---:|---:|---:|',
    boxRow('1 box', boxes1),
    boxRow('10 boxes', boxes10),
    boxRow('10 boxes, no script', boxes10Static, '— (never)'),
    '',
  ];
  return lines;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  // `node scripts/bench-mobile.mjs`: the phone section alone, printed (BENCHMARKS.md untouched);
  // the bench pages must exist (scripts/bench.mjs builds them; BENCH_ONLY=phone builds them and
  // runs this alone).
  console.log((await phoneBench()).join('\n'));
}
