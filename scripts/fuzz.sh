#!/usr/bin/env bash
# `make fuzz [FUZZ_SECONDS=60]`: fuzzes the content parser with cargo-fuzz (libFuzzer, nightly),
# seeded with the shipped content and the bad-content corpus. Prints executions and crashes.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-60}

scripts/install.sh  # the pinned nightly
nightly=$(sed -n 's/^channel = "\(.*\)"/\1/p' web/rust-toolchain.toml)
command -v cargo-fuzz >/dev/null || cargo install cargo-fuzz --locked

corpus=target/fuzz-corpus/content
mkdir -p "$corpus"
cp static/content/*.json tests/bad-content/*.json "$corpus/"

log=target/fuzz-content.log
status=0
cargo "+$nightly" fuzz run --fuzz-dir fuzz content "$corpus" -- -max_total_time="$seconds" -max_len=65536 2>&1 | tee "$log" | grep -E '^#[0-9]+.*(pulse|DONE)|Done|ERROR|panicked' || true
grep -q 'ERROR: libFuzzer\|panicked' "$log" && status=1
runs=$(grep -oE 'Done [0-9]+ runs' "$log" | grep -oE '[0-9]+' || echo 0)
crashes=$(ls fuzz/artifacts/content 2>/dev/null | grep -c '^crash-' || true)
echo "fuzz: content parser, ${seconds} s: ${runs} executions, ${crashes} crashes (artifacts in fuzz/artifacts/content/)"
exit $status
