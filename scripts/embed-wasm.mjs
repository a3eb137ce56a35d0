// Puts the WebAssembly inside its glue: `node scripts/embed-wasm.mjs dist/factbox/pkg` appends
// to factbox.js an export `wasmBytes()` that returns the module's bytes, then removes
// factbox_bg.wasm. The bundle is then one file, fetched as a script.
//
// Why: Chromium reads a script's download off the main thread (it is parsed while it streams),
// but hands every network packet of a fetch() to the page's main thread, several tasks for each.
// On a phone's slow 4G the 68 KB of wasm arrive in about 45 packets: 20 ms of main-thread work
// at 4× CPU slowdown, against 0.5 ms to turn the string back into bytes (make bench, README
// "Speed"). One file is also one request instead of two, and a host need not serve .wasm with
// its own MIME type. The cost: about 1.5 KB more brotli, since bytes above 0x7F take two in UTF-8.
//
// The glue must then be started with those bytes, as the loader does:
// `glue.default({ module_or_path: glue.wasmBytes() })`. Called bare, wasm-bindgen's init would
// still look for factbox_bg.wasm beside the glue, which is no longer there.
//
// The string holds one character per byte, so that the browser's native `btoa` and
// `Uint8Array.fromBase64` turn it back into bytes without a loop in JavaScript (a loop where
// `fromBase64` is missing).
import { readFileSync, writeFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

/** A single-quoted JavaScript string literal whose characters are the bytes' values. */
export function byteString(bytes) {
  let out = "'";
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i];
    if (b === 0x5c) out += '\\\\';
    else if (b === 0x27) out += "\\'";
    else if (b === 0x0a) out += '\\n';
    else if (b === 0x0d) out += '\\r';
    // `\0` followed by a digit would be an octal escape, a syntax error in a module.
    else if (b === 0x00) out += bytes[i + 1] >= 0x30 && bytes[i + 1] <= 0x39 ? '\\x00' : '\\0';
    else out += String.fromCharCode(b);
  }
  return `${out}'`;
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const pkg = process.argv[2];
  const wasmFile = join(pkg, 'factbox_bg.wasm');
  const glueFile = join(pkg, 'factbox.js');
  const wasm = readFileSync(wasmFile);
  const glue = readFileSync(glueFile, 'utf8');
  if (glue.includes('wasmBytes')) throw new Error(`${glueFile} already carries its wasm`);
  writeFileSync(glueFile, `${glue}\nexport function wasmBytes(){const s=${byteString(wasm)};`
    + 'return Uint8Array.fromBase64?Uint8Array.fromBase64(btoa(s)):Uint8Array.from(s,c=>c.charCodeAt(0))}\n');
  // The bytes must come back exactly as wasm-opt wrote them.
  const { wasmBytes } = await import(`${pathToFileURL(glueFile).href}?check`);
  if (Buffer.compare(Buffer.from(wasmBytes()), wasm) !== 0) throw new Error(`${glueFile}: the embedded wasm does not read back as ${wasmFile}`);
  rmSync(wasmFile);
}
