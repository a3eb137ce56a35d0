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

cargo build --quiet --release --target wasm32-unknown-unknown --lib
wasm-bindgen --target web --no-typescript --out-dir "$bundle/pkg" \
  target/wasm32-unknown-unknown/release/factbox.wasm
# npm's binaryen: Debian's wasm-opt 108 emits bundles that crash in Chromium.
node_modules/.bin/wasm-opt -Oz --strip-debug --strip-producers \
  "$bundle/pkg/factbox_bg.wasm" -o "$bundle/pkg/factbox_bg.wasm"

# The generated glue is readable JavaScript; readers need only the minified form.
node_modules/.bin/terser "$bundle/pkg/factbox.js" --module --compress --mangle -o "$bundle/pkg/factbox.js"

cp static/factbox.js static/factbox.css static/iframe.js static/iframe.css static/resize.js "$bundle/"
cp static/content/*.json "$bundle/content/"

cargo build --quiet --release --bin factbox
mkdir -p "$out/examples"
for page in index.html iframe.html static/examples/*.html; do
  target/release/factbox fill "$page" > "$out/${page#static/}"
done
cp -r static/demo "$out/demo"
cp static/examples/*.css static/examples/*.js "$out/examples/"
echo "built $out/ ($(du -sh "$out" | cut -f1))"
