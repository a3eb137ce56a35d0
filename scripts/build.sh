#!/usr/bin/env bash
# Builds the release bundle and the demo pages into dist/:
#   dist/factbox/      the bundle a newsroom hosts: factbox.js, factbox.css, pkg/, content/
#   dist/*.html        the demo article and the example host pages, boxes prerendered
# Plain cargo -> wasm-bindgen -> wasm-opt: no bundler, no hashed names, no inline script.
set -euo pipefail
cd "$(dirname "$0")/.."

out=dist
bundle=$out/factbox
rm -rf "$out"
mkdir -p "$bundle/pkg" "$bundle/content"

# The browser bundle. Every reader downloads it, so it is built for size: web/ declares how
# (its pinned nightly in rust-toolchain.toml, the standard library rebuilt with
# panic=immediate-abort in .cargo/config.toml and Cargo.toml, a patched Yew as [patch]).
(cd web && cargo build --quiet --release --lib)
wasm-bindgen --target web --no-typescript --out-dir "$bundle/pkg" --out-name factbox \
  target/web/wasm32-unknown-unknown/release/factbox_web.wasm
# npm's binaryen: Debian's wasm-opt 108 emits bundles that crash in Chromium.
node_modules/.bin/wasm-opt -Oz --converge --strip-debug --strip-producers \
  "$bundle/pkg/factbox_bg.wasm" -o "$bundle/pkg/factbox_bg.wasm"

# Readers need only the minified JavaScript and CSS; the sources stay commented.
minify_js() { node_modules/.bin/terser "$@" --compress --mangle; }
minify_js "$bundle/pkg/factbox.js" --module -o "$bundle/pkg/factbox.js"
minify_js static/factbox.js --module -o "$bundle/factbox.js"
# Classic scripts: their top-level names stay as they are.
for script in iframe resize; do minify_js "static/$script.js" -o "$bundle/$script.js"; done
node --input-type=module -e '
  import { minify } from "csso"; import { readFileSync, writeFileSync } from "node:fs";
  for (const sheet of ["factbox", "iframe"])
    writeFileSync(`'"$bundle"'/${sheet}.css`, minify(readFileSync(`static/${sheet}.css`, "utf8")).css);'
cp static/content/*.json "$bundle/content/"

cargo build --quiet --release -p factbox-cli
mkdir -p "$out/examples"
for page in index.html iframe.html static/examples/*.html; do
  target/release/factbox fill "$page" > "$out/${page#static/}"
done
cp -r static/demo "$out/demo"
cp static/examples/*.css static/examples/*.js "$out/examples/"
echo "built $out/ ($(du -sh "$out" | cut -f1))"
