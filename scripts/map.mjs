#!/usr/bin/env node
// Draws the locator maps of content files. For every block of type "map", it projects Natural
// Earth's country shapes into the block's frame and writes the drawing into the same block:
// `size`, `land` (every other country in the frame, muted), and for each named place its `path`
// and the centre of its name (`label`). The box then draws the SVG from data alone, on the
// server and in the browser, with no map library in the reader's bundle.
//
//   node scripts/map.mjs FILE...          draw and write the files
//   node scripts/map.mjs --check FILE...  fail if a file's drawing is not what this script draws
//
// Data: world-atlas 2.0.2, countries-50m.json (Natural Earth 1:50m Admin 0 countries, public
// domain, as TopoJSON). Tools: d3-geo (projection, clipping), topojson-client and
// topojson-simplify (topology-preserving simplification, so neighbours keep shared borders),
// polylabel (a label's anchor inside its shape), i18n-iso-countries (ISO alpha-2 to the numeric
// ids world-atlas uses).
import { readFileSync, realpathSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { pathToFileURL } from "node:url";
import { geoConicEqualArea, geoPath } from "d3-geo";
import { feature } from "topojson-client";
import { presimplify, simplify } from "topojson-simplify";
import polylabel from "polylabel";
import isoCountries from "i18n-iso-countries";

const require = createRequire(import.meta.url);
export const ATLAS = "world-atlas 2.0.2, countries-50m.json";
const world = require("world-atlas/countries-50m.json");

/** The drawing's width in its own units; its height follows from the frame. */
export const WIDTH = 540;
/**
 * Labels are sized for the narrowest map, a 320 px phone (the map is then about 270 px wide):
 * 11 px there is 22 units. Wider maps print names smaller relative to the map (factbox.css), so
 * names that do not overlap here overlap nowhere.
 */
export const LABEL_SIZE = 22;
/** Water names are set smaller (18 units: 9 px at 270 px), as maps set them: factbox.css. */
const SIZE = { country: LABEL_SIZE, other: LABEL_SIZE, water: 18 };
/** Average advance of a character in the box's sans-serif, in ems (bold names are wider, and water's italic a little too). */
const CHAR_EM = { country: 0.64, other: 0.58, water: 0.62 };
/** Dropped: details smaller than this many square units, about a third of a phone pixel. */
const MIN_AREA = 1.2;

/** The map's frame as a projection fitted to its width: an equal-area conic for the region. */
function projection([west, south, east, north]) {
  const edge = [];
  for (let i = 0; i <= 32; i++) {
    const lon = west + ((east - west) * i) / 32, lat = south + ((north - south) * i) / 32;
    edge.push([lon, south], [lon, north], [west, lat], [east, lat]);
  }
  const span = north - south;
  const p = geoConicEqualArea()
    .parallels([south + span / 6, north - span / 6])
    .rotate([-(west + east) / 2, 0])
    .fitWidth(WIDTH, { type: "MultiPoint", coordinates: edge });
  const [[, top], [, bottom]] = geoPath(p).bounds({ type: "MultiPoint", coordinates: edge });
  const height = Math.ceil(bottom - top);
  p.translate([p.translate()[0], p.translate()[1] - top]);
  return { p: p.clipExtent([[0, 0], [WIDTH, height]]), height };
}

/** A path context that writes whole units and relative steps, and keeps each ring's points. */
function recorder() {
  let d = "", x = 0, y = 0, ring = null;
  const rings = [];
  return {
    moveTo(px, py) {
      const [rx, ry] = [Math.round(px), Math.round(py)];
      d += `M${rx} ${ry}`;
      [x, y] = [rx, ry];
      ring = [[px, py]];
      rings.push(ring);
    },
    lineTo(px, py) {
      const [rx, ry] = [Math.round(px), Math.round(py)];
      ring.push([px, py]);
      if (rx === x && ry === y) return;
      const dx = rx - x, dy = ry - y;
      d += `l${dx}${dy < 0 ? dy : ` ${dy}`}`;
      [x, y] = [rx, ry];
    },
    closePath() { d += "z"; },
    arc() { throw new Error("no circles on a map"); },
    result: () => ({ d, rings }),
  };
}

function draw(projected, geometry) {
  const ctx = recorder();
  geoPath(projected, ctx)(geometry);
  return ctx.result();
}

/** Shoelace area of a projected ring. */
const area = (ring) => Math.abs(ring.reduce((a, [x, y], i) => {
  const [nx, ny] = ring[(i + 1) % ring.length];
  return a + x * ny - nx * y;
}, 0) / 2);

/**
 * A water name is set one word per line (the box's map markup does the same, `place_name` in
 * src/components/markup.rs): a sea is seldom as wide as its name on a phone.
 */
export const linesOf = (text, kind) => (kind === "water" ? text.split(" ") : [text]);
/** The distance between two lines of a name, in ems (the markup's `dy`). */
export const LINE_EM = 1.2;

/** The box a name takes on the phone-sized drawing: what names must not share. */
export function labelBox([x, y], text, kind) {
  const lines = linesOf(text, kind);
  const w = Math.max(...lines.map((l) => l.length)) * CHAR_EM[kind] * SIZE[kind], h = SIZE[kind] * LINE_EM * lines.length;
  return { x0: x - w / 2, x1: x + w / 2, y0: y - h / 2, y1: y + h / 2 };
}

export const overlaps = (a, b, pad = 2) => a.x0 < b.x1 + pad && b.x0 < a.x1 + pad && a.y0 < b.y1 + pad && b.y0 < a.y1 + pad;

/** Candidate centres around an anchor, nearest first. */
function around([x, y]) {
  const out = [];
  for (let r = 0; r <= 8; r++) {
    for (let dy = -r; dy <= r; dy++) {
      for (let dx = -r; dx <= r; dx++) {
        if (Math.max(Math.abs(dx), Math.abs(dy)) === r) out.push([x + dx * 8, y + dy * 8]);
      }
    }
  }
  return out.sort((a, b) => Math.hypot(a[0] - x, a[1] - y) - Math.hypot(b[0] - x, b[1] - y));
}

/**
 * Places a name near its anchor: inside the frame, clear of every name placed before it, and
 * inside its own shape where that is possible; a water name, which has no shape, over as little
 * of the highlighted countries as it can (`avoid`). Throws when there is no room, so a map never
 * ships with names on top of each other.
 */
function place(anchor, text, kind, rings, taken, size, avoid = []) {
  const inside = (c) => rings.some((r) => r.length > 2 && polygonContainsPlanar(r, c));
  const fits = (c) => {
    const box = labelBox(c, text, kind);
    return box.x0 >= 1 && box.y0 >= 1 && box.x1 <= size[0] - 1 && box.y1 <= size[1] - 1 && !taken.some((t) => overlaps(box, t));
  };
  const candidates = around(anchor);
  const chosen = avoid.length
    ? leastCovering(candidates.filter(fits), (c) => coverage(labelBox(c, text, kind), avoid))
    : candidates.find((c) => fits(c) && (rings.length === 0 || inside(c))) ?? candidates.find(fits);
  if (!chosen) throw new Error(`no room for the name "${text}" near [${anchor.map(Math.round)}]: shorten it, widen the frame, or leave a neighbour unnamed`);
  taken.push(labelBox(chosen, text, kind));
  return chosen.map(Math.round);
}

/** The first of these places (they come nearest first) that covers least. */
function leastCovering(places, covered) {
  let least = Infinity, chosen;
  for (const c of places) {
    const n = covered(c);
    if (n < least) [least, chosen] = [n, c];
  }
  return chosen;
}

/** How much of a name's box lies over these shapes: how many of 13 × 5 points spread over it. */
function coverage(box, rings) {
  let n = 0;
  for (let i = 0; i < 13; i++) {
    for (let j = 0; j < 5; j++) {
      const p = [box.x0 + ((box.x1 - box.x0) * i) / 12, box.y0 + ((box.y1 - box.y0) * j) / 4];
      if (rings.some((r) => r.length > 2 && polygonContainsPlanar(r, p))) n++;
    }
  }
  return n;
}

/** Point in a projected (planar) ring, by ray casting. */
function polygonContainsPlanar(ring, [x, y]) {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i], [xj, yj] = ring[j];
    if ((yi > y) !== (yj > y) && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

const topology = presimplify(structuredClone(world));

/** The drawing for one map block: what the script writes into it. */
export function drawing(block) {
  const { p, height } = projection(block.frame);
  const size = [WIDTH, height];
  // Simplified in the projection's units: MIN_AREA is measured on the drawing.
  const degreesPerUnit = (block.frame[2] - block.frame[0]) / WIDTH;
  const simple = simplify(topology, MIN_AREA * degreesPerUnit * degreesPerUnit);
  const geometries = simple.objects.countries.geometries;
  const byCode = (code) => {
    const numeric = isoCountries.alpha2ToNumeric(code);
    const g = numeric && geometries.find((x) => x.id === numeric);
    if (!g) throw new Error(`no country "${code}" in ${ATLAS}: use an ISO 3166-1 alpha-2 code`);
    return feature(simple, g);
  };
  const named = new Set([...block.countries, ...(block.neighbours ?? [])].map((c) => c.code));
  const others = geometries.filter((g) => !named.has(isoCountries.numericToAlpha2(g.id)));
  const land = draw(p, { type: "FeatureCollection", features: others.map((g) => feature(simple, g)) }).d;

  const taken = [];
  const shape = (place_) => {
    const { d, rings } = draw(p, byCode(place_.code));
    if (!d) throw new Error(`${place_.code} (${place_.name}) lies outside the frame [${block.frame}]: widen the frame`);
    return { d, rings };
  };
  const anchorOf = (rings) => {
    const biggest = rings.reduce((a, b) => (area(b) > area(a) ? b : a));
    return polylabel([biggest], 1);
  };
  const countries = block.countries.map((c) => {
    const { d, rings } = shape(c);
    return { ...c, path: d, rings };
  });
  const neighbours = (block.neighbours ?? []).map((c) => {
    const { d, rings } = shape(c);
    return { ...c, path: d, rings };
  });
  // Highlighted names first: they get the best places.
  for (const c of countries) c.label = place(anchorOf(c.rings), c.name, "country", c.rings, taken, size);
  for (const c of neighbours) c.label = place(anchorOf(c.rings), c.name, "other", c.rings, taken, size);
  const water = (block.water ?? []).map((w) => {
    const at = p(w.at);
    if (!at || at[0] < 0 || at[1] < 0 || at[0] > size[0] || at[1] > size[1]) throw new Error(`${w.name} at [${w.at}] lies outside the frame [${block.frame}]`);
    return { ...w, label: place(at, w.name, "water", [], taken, size, countries.flatMap((c) => c.rings)) };
  });
  const strip = ({ rings, ...rest }) => rest;
  return { ...block, countries: countries.map(strip), neighbours: neighbours.map(strip), water, size, land };
}

/** Every map block of a content file, drawn; the rest unchanged. */
export function drawFile(content) {
  return {
    ...content,
    sections: content.sections.map((s) => ({
      ...s,
      blocks: s.blocks.map((b) => (b.type === "map" ? orderedLike(b, drawing(b)) : b)),
    })),
  };
}

/**
 * Keeps the block's fields in the order the content model lists them (the editor's, then the
 * generated ones), and any field it does not know at the end, untouched, so that `factbox
 * check` can name the typo.
 */
function orderedLike(block, drawn) {
  const order = ["type", "title", "frame", "countries", "neighbours", "water", "sources", "size", "land"];
  const placeOrder = ["code", "name", "link", "at", "path", "label"];
  const sortKeys = (o, keys) => Object.fromEntries([...keys, ...Object.keys(o).filter((k) => !keys.includes(k))].filter((k) => o[k] !== undefined).map((k) => [k, o[k]]));
  const out = sortKeys(drawn, order);
  for (const list of ["countries", "neighbours", "water"]) {
    if (Array.isArray(out[list])) out[list] = out[list].map((p) => sortKeys(p, placeOrder));
  }
  return out;
}

const text = (content) => JSON.stringify(content, null, 2) + "\n";

const maps = (content) => JSON.stringify(content.sections.flatMap((s) => s.blocks).filter((b) => b.type === "map"));

if (process.argv[1] && import.meta.url === pathToFileURL(realpathSync(process.argv[1])).href) {
  const args = process.argv.slice(2);
  const check = args[0] === "--check";
  const files = check ? args.slice(1) : args;
  if (files.length === 0) {
    console.error("usage: node scripts/map.mjs [--check] FILE...");
    process.exit(2);
  }
  let stale = 0;
  for (const file of files) {
    const before = JSON.parse(readFileSync(file, "utf8"));
    let after;
    try {
      after = drawFile(before);
    } catch (e) {
      console.error(`${file}: ${e.message}`);
      process.exit(1);
    }
    // Only the maps are compared and rewritten: the rest of the file is the editor's.
    if (maps(after) === maps(before)) continue;
    if (check) {
      console.error(`${file}: a map's drawing is out of date: run \`node scripts/map.mjs ${file}\``);
      stale++;
    } else {
      writeFileSync(file, text(after));
      console.log(`${file}: maps drawn`);
    }
  }
  process.exit(stale ? 1 : 0);
}
