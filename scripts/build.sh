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

# The browser bundle. Every reader downloads it, so it is built for size with two measured
# departures from a plain stable build (README, "Bytes"):
# - A pinned nightly rebuilds the standard library with panic=immediate-abort: a panic becomes
#   a WebAssembly trap at once, without the machinery that formats panic messages (11.7 KB
#   brotli). The loader reports a trap on the console and every box stays readable.
# - Yew, patched (patches/), as a copy of the crate Cargo.lock names. It goes in through
#   --config, with its own lockfile, so Cargo.toml, Cargo.lock, native code and tests all use
#   Yew as published. The copy is renewed when the patch or the locked Yew changes.
nightly=$(sed -n 's/^bundle-toolchain = "\(.*\)"/\1/p' Cargo.toml)
yew=target/bundle/yew
yew_patch=patches/yew-0.23.0-bundle-size.patch
published=$(cargo metadata --format-version 1 --filter-platform wasm32-unknown-unknown |
  node -e 'const m = JSON.parse(require("fs").readFileSync(0)); const y = m.packages.find((p) => p.name === "yew"); console.log(require("path").dirname(y.manifest_path))')
stamp="$published $(sha256sum < "$yew_patch")"
if [ "$(cat "$yew/.stamp" 2>/dev/null)" != "$stamp" ]; then
  rm -rf "$yew" && mkdir -p target/bundle && cp -r "$published" "$yew"
  (cd "$yew" && git apply --whitespace=nowarn) < "$yew_patch"
  echo "$stamp" > "$yew/.stamp"
fi
cp Cargo.lock target/bundle/Cargo.lock
# The copy is a path dependency, so Cargo would lint it like our own code; cap its lints as it
# caps every crate from the registry.
RUSTFLAGS="-Zunstable-options -Cpanic=immediate-abort -Zfmt-debug=none -Zlocation-detail=none" \
  cargo "+$nightly" build --quiet --release --target wasm32-unknown-unknown --lib \
    -Z build-std=std,panic_abort -Z profile-rustflags --target-dir target/bundle \
    --config "patch.crates-io.yew.path=\"$PWD/$yew\"" \
    --config "profile.release.package.yew.rustflags=[\"--cap-lints=allow\"]" \
    --config "resolver.lockfile-path=\"$PWD/target/bundle/Cargo.lock\""
wasm-bindgen --target web --no-typescript --out-dir "$bundle/pkg" \
  target/bundle/wasm32-unknown-unknown/release/factbox.wasm
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

cargo build --quiet --release --bin factbox
mkdir -p "$out/examples"
for page in index.html iframe.html static/examples/*.html; do
  target/release/factbox fill "$page" > "$out/${page#static/}"
done
cp -r static/demo "$out/demo"
cp static/examples/*.css static/examples/*.js "$out/examples/"
echo "built $out/ ($(du -sh "$out" | cut -f1))"
