// Starts the studio's wasm (pkg/ is written by scripts/build.sh). A file, not an inline
// script, so the page runs under a strict Content-Security-Policy too.
import init from './pkg/studio.js';

init().catch((error) => {
  const root = document.getElementById('studio');
  root.textContent = `The studio could not start: ${error}. · Das Studio konnte nicht starten.`;
  root.setAttribute('role', 'alert');
});
