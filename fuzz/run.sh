#!/usr/bin/env bash
# Runs every fuzz target for SECONDS each (default 600) with cargo-fuzz, which needs a
# nightly toolchain: `cargo install cargo-fuzz`. Crashes land in fuzz/artifacts/.
set -euo pipefail
cd "$(dirname "$0")"
secs="${1:-600}"
for t in extract load yaml check; do
  echo "== $t (${secs}s)"
  mkdir -p "corpus/$t"; cargo +nightly fuzz run "$t" "corpus/$t" "seeds/$t" -- -max_total_time="$secs" -rss_limit_mb=4096 -max_len=65536 2>&1 | tail -n 4
done
