# The two commands: `make demo` and `make test`. Each installs only what is missing.
.PHONY: demo test dist install test-native test-wasm test-e2e check-content screenshots fuzz bench publish

demo: dist
	@node scripts/serve.mjs dist 8080

test: install test-native check-content test-wasm dist test-e2e

install:
	@scripts/install.sh

dist: install
	@scripts/build.sh

test-native:
	cargo test --workspace --quiet
	# The studio's own logic (paths, edits, undo): a wasm crate, its unit tests run natively.
	cd studio && cargo test --quiet --target $$(rustc -vV | sed -n 's/^host: //p')

# Content files pass `factbox check`, and their maps' drawings are what scripts/map.mjs draws.
check-content:
	node scripts/map.mjs --check static/content/*.json
	cargo run --quiet --release -p factbox-cli -- check static/content/de.json static/content/en.json
	cargo run --quiet --release -p factbox-cli -- check static/content/eu-asylreform.de.json

# Runs #[wasm_bindgen_test]s in headless Chromium through chromedriver, built as the bundle is
# (web/ declares the toolchain, build-std and the patched Yew).
test-wasm:
	cd web && CHROMEDRIVER=/usr/bin/chromedriver cargo test --test wasm

test-e2e:
	node --test --test-concurrency=1 tests/size/ tests/map/ tests/e2e/

screenshots: dist
	node scripts/screenshots.mjs

# Fuzzes the content parser for FUZZ_SECONDS (cargo-fuzz, nightly; installs both if missing).
FUZZ_SECONDS ?= 60
fuzz:
	scripts/fuzz.sh $(FUZZ_SECONDS)

# Measures bytes, load, start-up, toggles, memory and growth in headless Chromium: BENCHMARKS.md.
bench: dist
	node scripts/bench.mjs

# The folder a newsroom uploads (README, "Deploying"): make publish BASE=https://cdn.example.org/factbox/
BASE ?= /factbox/
publish: dist
	cargo run --quiet --release -p factbox-cli -- publish --base $(BASE) --out publish
