// Bytes readers pay for the box: raw, gzip and brotli (maximum quality, as a CDN would serve).
// `node scripts/sizes.mjs [dist/factbox]` prints a Markdown table; import `measure` for numbers.
import { readFileSync } from 'node:fs';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';
import { join } from 'node:path';

export const FILES = [
  ['wasm in its js glue', 'pkg/factbox.js'],
  ['js (loader)', 'factbox.js'],
  ['css', 'factbox.css'],
  ['content de (fetched)', 'content/de.json'],
  ['content en (fetched)', 'content/en.json'],
];

export function measure(bundle = 'dist/factbox') {
  return FILES.map(([kind, file]) => {
    const bytes = readFileSync(join(bundle, file));
    return {
      kind, file,
      raw: bytes.length,
      gzip: gzipSync(bytes, { level: 9 }).length,
      brotli: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
    };
  });
}

/** wasm + js + css: what every page with a box downloads. */
export function total(rows, key) {
  return rows.filter((r) => !r.kind.startsWith('content')).reduce((sum, r) => sum + r[key], 0);
}

const kb = (n) => (n / 1024).toFixed(1);

export function table(rows) {
  const lines = ['| file | raw KB | gzip KB | brotli KB |', '|---|---:|---:|---:|'];
  for (const r of rows) lines.push(`| ${r.kind}: \`${r.file}\` | ${kb(r.raw)} | ${kb(r.gzip)} | ${kb(r.brotli)} |`);
  lines.push(`| **wasm + js + css** | **${kb(total(rows, 'raw'))}** | **${kb(total(rows, 'gzip'))}** | **${kb(total(rows, 'brotli'))}** |`);
  return lines.join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(table(measure(process.argv[2])));
}
