#!/usr/bin/env bash
# Builds the release bundle and the demo pages into dist/:
#   dist/factbox/      the bundle a newsroom hosts: factbox.js, factbox.css, pkg/ (the wasm
#                      inside its glue), content/
#   dist/*.html        the demo article and the example host pages, boxes prerendered
#   dist/studio/       the editor's studio: its own page and wasm, never loaded by readers
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
# npm's binaryen: Debian's wasm-opt 108 emits bundles that crash in Chromium. Chromium compiles
# each wasm function on its first call, on the main thread, at a cost per function: inlining
# functions of up to 6 bytes everywhere leaves 10 % fewer to compile as a box comes to life, and
# inlining a function with one caller only up to 200 bytes keeps large bodies apart, which
# compresses better (together 0.7 KB less brotli than -Oz alone; measured in the README).
node_modules/.bin/wasm-opt -Oz --converge --always-inline-max-function-size=6 \
  --one-caller-inline-max-function-size=200 --strip-debug --strip-producers \
  "$bundle/pkg/factbox_bg.wasm" -o "$bundle/pkg/factbox_bg.wasm"

# Readers need only the minified JavaScript and CSS; the sources stay commented.
minify_js() { node_modules/.bin/terser "$@" --compress --mangle; }
minify_js "$bundle/pkg/factbox.js" --module -o "$bundle/pkg/factbox.js"
minify_js static/factbox.js --module -o "$bundle/factbox.js"
# Nearly every function of the loader and the glue runs as a box comes to life. Chromium's
# compile hint has them compiled while the file streams in, off the main thread, instead of one
# by one on first call (on a phone, 15 to 25 ms less main-thread work); other browsers read a comment.
for script in "$bundle/factbox.js" "$bundle/pkg/factbox.js"; do
  printf '//# allFunctionsCalledOnLoad\n%s' "$(cat "$script")" > "$script"
done
# Last, once the glue is final: the wasm goes inside it, as a string of its bytes, so that the
# bundle is one script that streams in off the main thread (scripts/embed-wasm.mjs says why).
node scripts/embed-wasm.mjs "$bundle/pkg"
# Classic scripts: their top-level names stay as they are.
for script in iframe resize; do minify_js "static/$script.js" -o "$bundle/$script.js"; done
node --input-type=module -e '
  import { minify } from "csso"; import { readFileSync, writeFileSync } from "node:fs";
  for (const sheet of ["factbox", "iframe"])
    writeFileSync(`'"$bundle"'/${sheet}.css`, minify(readFileSync(`static/${sheet}.css`, "utf8")).css);'
cp static/content/*.json "$bundle/content/"

# The editor's studio (studio/, README "Studio"): its own workspace and wasm, on stable Rust.
# It links the core with its `studio` feature: the same reader, rules, check and server
# rendering as the CLI. Readers never load any of it.
studio=$out/studio
mkdir -p "$studio/pkg"
(cd studio && cargo build --quiet --release)
wasm-bindgen --target web --no-typescript --out-dir "$studio/pkg" --out-name studio \
  target/studio/wasm32-unknown-unknown/release/factbox_studio.wasm
node_modules/.bin/wasm-opt -Oz --strip-debug --strip-producers "$studio/pkg/studio_bg.wasm" -o "$studio/pkg/studio_bg.wasm"
minify_js "$studio/pkg/studio.js" --module -o "$studio/pkg/studio.js"
minify_js studio/studio.js --module -o "$studio/studio.js"
cp studio/index.html studio/studio.css "$studio/"

cargo build --quiet --release -p factbox-cli
mkdir -p "$out/examples"
for page in index.html iframe.html static/examples/*.html; do
  target/release/factbox fill "$page" > "$out/${page#static/}"
done
cp -r static/demo "$out/demo"
cp static/examples/*.css static/examples/*.js "$out/examples/"
echo "built $out/ ($(du -sh "$out" | cut -f1))"
