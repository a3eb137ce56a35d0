// scripts/map.mjs: the drawing it writes into a map block. Every highlighted country is drawn
// inside the frame with path data the box's rules accept, names sit inside the drawing and clear
// of each other, the shipped files hold what the script draws today, and an editor's mistake
// (an unknown code, a country outside the frame) is refused with a message that says what to do.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execFileSync, spawnSync } from 'node:child_process';
import { drawing, labelBox, overlaps, WIDTH } from '../../scripts/map.mjs';

const content = (lang) => JSON.parse(readFileSync(new URL(`../../static/content/${lang}.json`, import.meta.url), 'utf8'));
const mapOf = (c) => c.sections.flatMap((s) => s.blocks).find((b) => b.type === 'map');
const PATH_DATA = /^(M-?\d+ -?\d+(l-?\d+(?: ?-?\d+))*z)+$/;

/** The absolute points of a path the script wrote (M x y, then relative l steps). */
function points(d) {
  const out = [];
  for (const ring of d.split('z').filter(Boolean)) {
    const [head, ...steps] = ring.split('l');
    let [x, y] = head.slice(1).split(' ').map(Number);
    out.push([x, y]);
    for (const step of steps) {
      const [dx, dy] = step.match(/-?\d+/g).map(Number);
      x += dx; y += dy;
      out.push([x, y]);
    }
  }
  return out;
}

for (const lang of ['de', 'en']) {
  test(`${lang}: the five countries are drawn inside the frame, named, and linked to their entries`, () => {
    const c = content(lang);
    const map = mapOf(c);
    const [width, height] = map.size;
    assert.equal(width, WIDTH);
    assert.ok(height > 200 && height < 500, `height ${height}`);
    assert.deepEqual(map.countries.map((p) => p.code), ['KZ', 'UZ', 'KG', 'TJ', 'TM']);
    const profiles = c.sections.flatMap((s) => s.blocks).find((b) => b.type === 'profiles').items.map((p) => p.id);
    assert.deepEqual(map.countries.map((p) => p.link), profiles, 'each country leads to its entry, in reading order');
    for (const place of [...map.countries, ...map.neighbours]) {
      assert.match(place.path, PATH_DATA, `${place.code}: path data`);
      const pts = points(place.path);
      assert.ok(pts.length > 10, `${place.code}: a shape, not a dot`);
      for (const [x, y] of pts) assert.ok(x >= 0 && x <= width && y >= 0 && y <= height, `${place.code}: [${x}, ${y}] inside the frame`);
      const [lx, ly] = place.label;
      assert.ok(lx > 0 && lx < width && ly > 0 && ly < height, `${place.code}: name inside the drawing`);
    }
    assert.match(map.land, /^M/);
    assert.equal(map.water.length, 1);
  });
}

for (const lang of ['de', 'en']) {
  test(`${lang}: names do not overlap, measured as the script places them (at phone size)`, () => {
    const map = mapOf(content(lang));
    const boxes = [
      ...map.countries.map((p) => ({ name: p.name, box: labelBox(p.label, p.name, 'country') })),
      ...map.neighbours.map((p) => ({ name: p.name, box: labelBox(p.label, p.name, 'other') })),
      ...map.water.map((p) => ({ name: p.name, box: labelBox(p.label, p.name, 'water') })),
    ];
    for (const [i, a] of boxes.entries()) {
      for (const b of boxes.slice(i + 1)) assert.ok(!overlaps(a.box, b.box, 0), `${a.name} and ${b.name} overlap`);
    }
  });
}

test('the shipped content files hold the drawing the script makes today', () => {
  const files = ['de', 'en'].map((l) => `static/content/${l}.json`);
  execFileSync('node', ['scripts/map.mjs', '--check', ...files], { stdio: 'pipe' });
});

test('--check fails on a file whose drawing is stale, and keeps an unknown field for `factbox check` to name', () => {
  const dir = mkdtempSync(join(tmpdir(), 'factbox-map-'));
  try {
    const c = content('de');
    const map = mapOf(c);
    map.countries[0].label = [1, 1];
    map.countries[1].colour = 'rot';
    const file = join(dir, 'stale.json');
    writeFileSync(file, JSON.stringify(c, null, 2) + '\n');
    const checked = spawnSync('node', ['scripts/map.mjs', '--check', file], { encoding: 'utf8' });
    assert.equal(checked.status, 1);
    assert.match(checked.stderr, /a map's drawing is out of date: run `node scripts\/map\.mjs /);
    execFileSync('node', ['scripts/map.mjs', file]);
    const redrawn = mapOf(JSON.parse(readFileSync(file, 'utf8')));
    assert.notDeepEqual(redrawn.countries[0].label, [1, 1]);
    assert.equal(redrawn.countries[1].colour, 'rot', 'the unknown field is kept, at the end');
    assert.equal(Object.keys(redrawn.countries[1]).at(-1), 'colour');
  } finally {
    rmSync(dir, { recursive: true });
  }
});

test('an unknown country code is refused with what to write instead', () => {
  const block = { ...mapOf(content('de')), countries: [{ code: 'XX', name: 'Nirgendwo' }] };
  assert.throws(() => drawing(block), /no country "XX" in world-atlas 2\.0\.2.*ISO 3166-1 alpha-2/);
});

test('a country outside the frame is refused: widen the frame', () => {
  const block = { ...mapOf(content('de')), countries: [{ code: 'AR', name: 'Argentinien' }] };
  assert.throws(() => drawing(block), /AR \(Argentinien\) lies outside the frame.*widen the frame/);
});

test('a frame drawn for another region draws other countries', () => {
  const block = { type: 'map', title: 'Benelux', frame: [2, 49, 8, 54], countries: [{ code: 'BE', name: 'Belgien' }, { code: 'NL', name: 'Niederlande' }, { code: 'LU', name: 'Luxemburg' }], sources: ['ne'] };
  const drawn = drawing(block);
  assert.equal(drawn.countries.length, 3);
  for (const c of drawn.countries) assert.match(c.path, PATH_DATA);
  assert.ok(drawn.land.length > 100, 'France and Germany around them');
});
