// A static file server for dist/, with no dependencies. Serves WebAssembly as application/wasm
// (needed for streaming compilation) and the strict-CSP example page with its CSP header.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.txt': 'text/plain; charset=utf-8',
};
export const STRICT_CSP =
  "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'";

/**
 * The rules of a `_headers` file (the format static hosts read, and `factbox publish` writes):
 * a path pattern (`*` for any run of characters) on its own line, then indented `Name: value`
 * lines. Returns the headers for a path, every matching rule applied in order.
 */
export async function headersFile(file) {
  const rules = [];
  for (const line of (await readFile(file, 'utf8')).split('\n')) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      const pattern = new RegExp(`^${line.trim().replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`);
      rules.push({ pattern, headers: {} });
    } else if (rules.length) {
      const [name, ...value] = line.trim().split(':');
      rules.at(-1).headers[name.trim().toLowerCase()] = value.join(':').trim();
    }
  }
  return (path) => Object.assign({}, ...rules.filter((r) => r.pattern.test(path)).map((r) => r.headers));
}

export function startServer({ root = 'dist', port = 8080, host = '127.0.0.1', headers = () => ({}) } = {}) {
  const base = resolve(root);
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    let file = normalize(join(base, path));
    if (!file.startsWith(base)) return send(res, 403, 'forbidden');
    const rulesFor = headers;
    try {
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      const body = await readFile(file);
      const headers = { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-cache' };
      Object.assign(headers, rulesFor(path));
      // Every page under /examples/csp-* is served with the policy a strict newsroom uses.
      if (/\/examples\/csp[^/]*\.html$/.test(file)) headers['content-security-policy'] = STRICT_CSP;
      res.writeHead(200, headers);
      res.end(req.method === 'HEAD' ? undefined : body);
    } catch {
      send(res, 404, 'not found');
    }
  });
  return new Promise((ok) => server.listen(port, host, () => ok(server)));
}

function send(res, status, text) {
  res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8' });
  res.end(text);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [root = 'dist', port = '8080'] = process.argv.slice(2);
  // A published folder is served as a static host would: with its _headers.
  const rules = await headersFile(join(root, '_headers')).catch(() => undefined);
  await startServer({ root, port: Number(port), headers: rules });
  console.log(rules
    ? `Serving the published folder ${root}/ with its _headers at http://127.0.0.1:${port}/  (Ctrl+C to stop)`
    : `Serving the demo article at http://127.0.0.1:${port} and the editor's studio at http://127.0.0.1:${port}/studio/  (Ctrl+C to stop)`);
}
