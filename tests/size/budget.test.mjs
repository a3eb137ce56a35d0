// The byte budget: what every reader of a page with a box downloads (wasm + js + css, brotli).
// Bytes are deterministic, so this is a test; timings are not, so they live in `make bench`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { measure, total } from '../../scripts/sizes.mjs';

// The budget the bundle must fit. It weighed 78.5 KB when the budget was set: wasm 71.0,
// glue 4.9, loader 1.1, css 1.6. README ("Bytes") says what the bytes are.
const BUDGET_KB = 80;

test(`wasm + js + css stay within ${BUDGET_KB} KB brotli`, () => {
  const rows = measure('dist/factbox');
  const kb = total(rows, 'brotli') / 1024;
  console.log(`bundle: ${kb.toFixed(1)} KB brotli (${rows.map((r) => `${r.kind} ${(r.brotli / 1024).toFixed(1)}`).join(', ')}); budget ${BUDGET_KB} KB`);
  assert.ok(kb <= BUDGET_KB, `${kb.toFixed(1)} KB brotli is over the ${BUDGET_KB} KB budget`);
});

// The wasm travels inside its glue (scripts/embed-wasm.mjs); the glue hands back its bytes.
const wasmBytes = async () => Buffer.from((await import('../../dist/factbox/pkg/factbox.js')).wasmBytes());

test('the bundle is one file, the wasm inside its glue, and it reads back as a WebAssembly module', async () => {
  const { readdir } = await import('node:fs/promises');
  assert.deepEqual(await readdir('dist/factbox/pkg'), ['factbox.js']);
  assert.equal(WebAssembly.validate(await wasmBytes()), true);
});

test('the bundle carries no article content: one cached bundle serves every article', async () => {
  const { readFile } = await import('node:fs/promises');
  const wasm = await wasmBytes();
  for (const lang of ['de', 'en']) {
    const { title, summary } = JSON.parse(await readFile(`static/content/${lang}.json`, 'utf8'));
    for (const text of [title, summary.text]) assert.equal(wasm.includes(Buffer.from(text)), false, `the wasm embeds "${text}"`);
  }
});

test('the wasm is built for size: no debug sections, no producers section, names stripped', async () => {
  const module = new WebAssembly.Module(await wasmBytes());
  const custom = ['name', 'producers', '.debug_info', '.debug_str'].filter((s) => WebAssembly.Module.customSections(module, s).length > 0);
  assert.deepEqual(custom, []);
});
