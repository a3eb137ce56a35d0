// The C5+1 box's pictures, as readers meet them: the locator map's five countries lead to their
// entries by click and by keyboard, in reading order, once each in the accessibility tree; the
// bars show magnitude on one scale with an "over" value drawn open; names do not overlap on the
// narrowest phone; both pictures are there without JavaScript, in print, in dark mode and in
// Windows high contrast (forced colours), with axe-core finding nothing.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir } from 'node:fs/promises';
import { launch, serve, watchErrors, waitForBoxes, axeViolations } from './browser.mjs';

const SHOTS = 'test-results/screenshots';
const COUNTRIES = [['Kasachstan', 'kasachstan'], ['Usbekistan', 'usbekistan'], ['Kirgisistan', 'kirgisistan'], ['Tadschikistan', 'tadschikistan'], ['Turkmenistan', 'turkmenistan']];
let server, browser;
before(async () => { await mkdir(SHOTS, { recursive: true }); server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

async function open(path = '/', { width = 1280, height = 900, colorScheme = 'light', javaScriptEnabled = true, forcedColors = 'none', boxes = true } = {}) {
  const context = await browser.newContext({ viewport: { width, height }, colorScheme, javaScriptEnabled, forcedColors, reducedMotion: 'reduce' });
  const page = await context.newPage();
  const errors = watchErrors(page);
  await page.goto(`${server.url}${path}`);
  if (javaScriptEnabled && boxes) await waitForBoxes(page);
  return { page, errors, close: () => context.close() };
}

const expanded = (page, id) => page.locator(`fact-box #fb-${id}-button`).getAttribute('aria-expanded');
const mapLink = (page, name) => page.locator('fact-box .fb-map').getByRole('link', { name, exact: true });

test('clicking each country on the map opens its entry and moves focus to it', async () => {
  const { page, errors, close } = await open('/', { width: 360, height: 740 });
  await page.locator('fact-box #fb-laender-button').click();
  for (const [name, id] of COUNTRIES) {
    assert.equal(await expanded(page, id), 'false', `${name} starts closed`);
    await mapLink(page, name).click();
    await page.waitForFunction((id) => document.querySelector('fact-box').shadowRoot.activeElement?.id === `fb-${id}-button`, id);
    assert.equal(await expanded(page, id), 'true', `${name} opened`);
    assert.equal(await page.locator(`fact-box #fb-${id}-panel`).isVisible(), true);
  }
  // Closed again and clicked again (the address already ends in its link): it opens again.
  await page.locator('fact-box #fb-turkmenistan-button').click();
  assert.equal(await expanded(page, 'turkmenistan'), 'false');
  await mapLink(page, 'Turkmenistan').click();
  await page.waitForFunction(() => document.querySelector('fact-box').shadowRoot.querySelector('#fb-turkmenistan-button').getAttribute('aria-expanded') === 'true');
  assert.deepEqual(errors, []);
  await close();
});

test('keyboard: Tab reaches the five countries in reading order, Enter opens and focuses each', async () => {
  const { page, close } = await open('/');
  await page.locator('fact-box #fb-laender-button').focus();
  await page.keyboard.press('Enter');
  assert.equal(await expanded(page, 'laender'), 'true');
  const order = [];
  for (let i = 0; i < COUNTRIES.length; i++) {
    await page.keyboard.press('Tab');
    order.push(await page.evaluate(() => document.querySelector('fact-box').shadowRoot.activeElement?.textContent));
  }
  assert.deepEqual(order, COUNTRIES.map(([name]) => name), 'the map links, in the order of the entries below');
  // Then the caption's source, and nothing else of the map: no stop for the muted neighbours.
  await page.keyboard.press('Tab');
  assert.match(await page.evaluate(() => document.querySelector('fact-box').shadowRoot.activeElement?.textContent), /^Natural Earth/);

  for (const [name, id] of COUNTRIES) {
    await mapLink(page, name).focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction((id) => document.querySelector('fact-box').shadowRoot.activeElement?.id === `fb-${id}-button`, id);
    assert.equal(await expanded(page, id), 'true', `${name} opened by Enter`);
  }
  await close();
});

test('the accessibility tree: the map is a group of five links, the rest of it hidden, the caption says what it shows', async () => {
  const { page, close } = await open('/');
  await page.locator('fact-box #fb-laender-button').click();
  const tree = await page.locator('fact-box .fb-map svg').ariaSnapshot();
  const links = [...tree.matchAll(/- link "([^"]+)"/g)].map((m) => m[1]);
  assert.deepEqual(links, COUNTRIES.map(([name]) => name), tree);
  const [group, ...inside] = tree.split('\n');
  assert.equal(group, '- group "Die fünf Länder zwischen Russland, China, Afghanistan und Iran":', 'the map is named by its title');
  for (const muted of ['Russland', 'China', 'Afghanistan', 'Iran', 'Kaspisches Meer']) {
    assert.ok(!inside.join('\n').includes(muted), `${muted} is drawn for orientation and named in the caption, not read twice: ${tree}`);
  }
  const caption = await page.locator('fact-box .fb-map figcaption').textContent();
  assert.match(caption, /Hervorgehoben: Kasachstan, Usbekistan, Kirgisistan, Tadschikistan, Turkmenistan\. Zur Orientierung: Russland, China, Afghanistan, Iran, Kaspisches Meer\./);
  assert.match(caption, /Quelle: Natural Earth/);
  await close();
});

test('hover and focus highlight the country: its shape takes the highlight colour, its name is underlined', async () => {
  const { page, close } = await open('/');
  await page.locator('fact-box #fb-laender-button').click();
  const look = (name) => mapLink(page, name).evaluate((a) => ({ fill: getComputedStyle(a.querySelector('path')).fill, underline: getComputedStyle(a.querySelector('text')).textDecorationLine }));
  const before = await look('Usbekistan');
  assert.equal(before.fill, 'rgba(0, 0, 0, 0)', 'unpainted until pointed at: the highlighted shape below shows');
  await mapLink(page, 'Usbekistan').hover();
  const hovered = await look('Usbekistan');
  assert.notEqual(hovered.fill, before.fill);
  assert.equal(hovered.underline, 'underline');
  await page.mouse.move(0, 0);
  await page.locator('fact-box #fb-laender-button').focus();
  await page.keyboard.press('Tab');
  const focused = await look('Kasachstan');
  assert.notEqual(focused.fill, 'rgba(0, 0, 0, 0)');
  assert.equal(focused.underline, 'underline');
  await close();
});

test('on a 320 px phone no two names on the map overlap, every name is inside the map, and the sea\'s name lies over no highlighted country', async () => {
  const { page, close } = await open('/', { width: 320, height: 700 });
  await page.locator('fact-box #fb-laender-button').click();
  const { boxes, frame } = await page.locator('fact-box .fb-map svg').evaluate((svg) => ({
    frame: svg.getBoundingClientRect().toJSON(),
    boxes: [...svg.querySelectorAll('text')].map((t) => ({ name: t.textContent, ...t.getBoundingClientRect().toJSON() })),
  }));
  assert.equal(boxes.length, 10);
  for (const [i, a] of boxes.entries()) {
    assert.ok(a.left >= frame.left - 0.5 && a.right <= frame.right + 0.5 && a.top >= frame.top - 0.5 && a.bottom <= frame.bottom + 0.5, `${a.name} inside the map`);
    assert.ok(a.height >= 10, `${a.name} is legible (${a.height.toFixed(1)} px tall)`);
    for (const b of boxes.slice(i + 1)) {
      const apart = a.right <= b.left || b.right <= a.left || a.bottom <= b.top || b.bottom <= a.top;
      assert.ok(apart, `${a.name} and ${b.name} overlap`);
    }
  }
  // The sea's name, one word per line: each line legible, and none of it over the five countries
  // (points across each line, tested against the highlighted shapes as drawn).
  const sea = await page.locator('fact-box .fb-map svg').evaluate((svg) => {
    const toDrawing = svg.getScreenCTM().inverse();
    const shapes = [...svg.querySelectorAll('.fb-map-hl path')];
    return [...svg.querySelectorAll('.fb-map-sea tspan')].map((line) => {
      const r = line.getBoundingClientRect();
      const over = [];
      for (let i = 0; i <= 10; i++) {
        for (let j = 0; j <= 2; j++) {
          const p = new DOMPoint(r.left + (r.width * i) / 10, r.top + (r.height * j) / 2).matrixTransform(toDrawing);
          if (shapes.some((s) => s.isPointInFill(p))) over.push(`${i}/10, ${j}/2`);
        }
      }
      return { line: line.textContent, height: r.height, over };
    });
  });
  assert.deepEqual(sea.map((l) => l.line), ['Kaspisches', 'Meer']);
  for (const l of sea) {
    assert.ok(l.height >= 10, `"${l.line}" is legible (${l.height.toFixed(1)} px tall)`);
    assert.deepEqual(l.over, [], `"${l.line}" lies over a highlighted country`);
  }
  await page.locator('fact-box .fb-map').screenshot({ path: `${SHOTS}/map-320.png` });
  await close();
});

test('bars: one scale from zero, each number printed with its unit, source and caveat, an "over" value drawn open', async () => {
  const { page, close } = await open('/', { width: 360, height: 740 });
  await page.locator('fact-box #fb-rohstoffe-button').click();
  await page.locator('fact-box #fb-zusagen-button').click();
  const bars = await page.locator('fact-box .fb-bars').evaluateAll((figures) => figures.map((f) => ({
    title: f.querySelector('figcaption').textContent,
    items: [...f.querySelectorAll('.fb-figure-card')].map((li) => ({
      value: li.querySelector('.fb-figure-value').textContent,
      label: li.querySelector('.fb-figure-label').textContent,
      width: li.querySelector('.fb-bar rect').getBoundingClientRect().width,
      track: li.querySelector('.fb-bar').getBoundingClientRect().width,
      open: Boolean(li.querySelector('.fb-bar path')),
      caveat: li.querySelector('.fb-caveat')?.textContent ?? null,
      source: li.querySelector('.fb-cite a').firstChild.textContent,
    })),
  })));
  const [uranium, pledge] = bars;
  assert.equal(uranium.title, 'Anteil an der weltweiten Uran-Minenförderung');
  assert.deepEqual(uranium.items.map((b) => [b.value, b.label, b.open, b.source]), [
    ['rund 43 %', 'Kasachstan (2022)', false, 'UIS Journal'],
    ['rund 7 %', 'Usbekistan (2022)', false, 'UIS Journal'],
  ]);
  // Shares of a whole: 43 % fills 43 % of the track, and 7 % is drawn 7/43 as long.
  const [kz, uz] = uranium.items;
  assert.ok(Math.abs(kz.width / kz.track - 0.43) < 0.01, `43 % fills 43 % of the track (${kz.width} of ${kz.track})`);
  assert.ok(Math.abs(uz.width / kz.width - 7 / 43) < 0.01, `7 % is 7/43 of 43 % (${uz.width} vs ${kz.width})`);
  assert.deepEqual(pledge.items.map((b) => [b.value, b.label, b.open]), [
    ['knapp 35 Mrd. Dollar', 'in drei Jahren', false],
    ['über 100 Mrd. Dollar', 'in zehn Jahren', true],
  ]);
  assert.ok(Math.abs(pledge.items[0].width / pledge.items[1].width - 0.35) < 0.01, 'one scale for both');
  assert.ok(pledge.items[1].width < pledge.items[1].track * 0.9, 'the "over" bar leaves room for its open end');
  for (const b of pledge.items) assert.match(b.caveat, /Von keiner der beiden Regierungen bestätigt/);
  await close();
});

test('without JavaScript the map and the bars are there, and in print too', async () => {
  const noJs = await open('/examples/two-boxes.html', { javaScriptEnabled: false, width: 360 });
  for (const picture of ['.fb-map', '.fb-bars']) {
    assert.equal(await noJs.page.locator(`#box-de ${picture}`).first().isVisible(), true, `${picture} without JavaScript`);
    assert.equal(await noJs.page.locator(`#box-en ${picture}`).first().isVisible(), true, `${picture} in English without JavaScript`);
  }
  assert.equal(await noJs.page.locator('#box-en .fb-map a').first().textContent(), 'Kazakhstan');
  await noJs.close();

  const printed = await open('/');
  await printed.page.emulateMedia({ media: 'print' });
  assert.equal(await printed.page.locator('fact-box .fb-map svg').isVisible(), true, 'the map printed');
  assert.equal(await printed.page.locator('fact-box .fb-bars').count(), 2);
  for (const bars of await printed.page.locator('fact-box .fb-bars').all()) assert.equal(await bars.isVisible(), true, 'the bars printed');
  await printed.close();
});

for (const width of [360, 1280]) {
  for (const [colorScheme, forcedColors] of [['light', 'none'], ['dark', 'none'], ['light', 'active']]) {
    test(`axe-core: 0 violations with the map and bars open, ${width} px, ${colorScheme}${forcedColors === 'active' ? ', forced colours' : ''}`, async () => {
      const { page, close } = await open('/', { width, colorScheme, forcedColors });
      await page.locator('fact-box .fb-all').click();
      assert.deepEqual(await axeViolations(page), []);
      await page.locator('fact-box .fb-map').screenshot({ path: `${SHOTS}/map-${width}-${colorScheme}${forcedColors === 'active' ? '-forced' : ''}.png` });
      await page.locator('fact-box .fb-bars').nth(1).screenshot({ path: `${SHOTS}/bars-${width}-${colorScheme}${forcedColors === 'active' ? '-forced' : ''}.png` });
      await close();
    });
  }
}

test('two boxes with the same map on one page: each map opens its own box\'s entry, however often', async () => {
  const { page, errors, close } = await open('/examples/dynamic.html', { width: 800, boxes: false });
  await page.evaluate(() => {
    for (const id of ['first', 'second']) {
      const box = document.createElement('fact-box');
      box.id = id;
      box.setAttribute('data-open', 'laender');
      box.setAttribute('data-remember', 'false');
      document.querySelector('main').append(box);
    }
  });
  await page.waitForFunction(() => ['first', 'second'].every((id) => document.getElementById(id).dataset.state === 'ready'));
  const state = (box, id) => page.locator(`#${box} #fb-${id}-button`).getAttribute('aria-expanded');
  const link = (box) => page.locator(`#${box} .fb-map`).getByRole('link', { name: 'Kasachstan', exact: true });
  for (let i = 0; i < 2; i++) {
    await link('second').click();
    await page.waitForFunction(() => document.getElementById('second').shadowRoot.activeElement?.id === 'fb-kasachstan-button');
    assert.equal(await state('second', 'kasachstan'), 'true', 'the second box opens its own entry');
    assert.equal(await state('first', 'kasachstan'), 'false', 'the first box is left as it was');
    await page.locator('#second #fb-kasachstan-button').click();
    assert.equal(await state('second', 'kasachstan'), 'false');
  }
  assert.deepEqual(errors, []);
  await close();
});
