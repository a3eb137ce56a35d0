#!/usr/bin/env bash
# Installs what the build and tests need, and only what is missing, so a second run installs
# nothing. Called by `make demo`, `make test` and `make bench`; safe to run by hand.
set -euo pipefail
cd "$(dirname "$0")/.."

WASM_BINDGEN_VERSION=$(sed -n 's/^wasm-bindgen = "=\(.*\)"/\1/p' web/Cargo.toml)
need() { echo "install: $*" >&2; }

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  need "rust target wasm32-unknown-unknown"
  rustup target add wasm32-unknown-unknown
fi

# The pinned nightly that builds the browser bundle (scripts/build.sh), with the standard
# library's source, which it rebuilds for size.
NIGHTLY=$(sed -n 's/^channel = "\(.*\)"/\1/p' web/rust-toolchain.toml)
if ! rustup run "$NIGHTLY" rustc --version >/dev/null 2>&1 ||
   ! rustup component list --toolchain "$NIGHTLY" --installed | grep -qx rust-src ||
   ! rustup target list --toolchain "$NIGHTLY" --installed | grep -qx wasm32-unknown-unknown; then
  need "rust $NIGHTLY with rust-src and wasm32-unknown-unknown (under a minute)"
  rustup toolchain install "$NIGHTLY" --profile minimal --component rust-src --target wasm32-unknown-unknown
fi

# The CLI must match the wasm-bindgen crate exactly, or the generated glue is rejected.
if [ "$(wasm-bindgen --version 2>/dev/null | awk '{print $2}')" != "$WASM_BINDGEN_VERSION" ]; then
  need "wasm-bindgen-cli $WASM_BINDGEN_VERSION (3-5 minutes)"
  cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION"
fi

if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null; then
  need "chromium and chromium-driver from Debian"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq chromium chromium-driver >/dev/null
fi

# npm packages: wasm-opt (binaryen; Debian's is too old and miscompiles), Playwright's driver
# for Debian's Chromium, axe-core. `npm ci` only when the lockfile changed since the last one.
if [ ! -f node_modules/.package-lock.json ] || ! cmp -s package-lock.json node_modules/.installed-lock; then
  need "npm packages"
  PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund --loglevel=error
  cp package-lock.json node_modules/.installed-lock
fi
