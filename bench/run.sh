#!/usr/bin/env bash
# claimlint benchmarks, side by side with ripgrep and quantulum3, on generated corpora.
#   bench/run.sh            sizes 10M 100M 1G (about 10 minutes on 2 cores)
#   bench/run.sh --smoke    sizes 200K 2M, no comparisons (what the tests run)
# Writes bench/out/results.md (the table BENCHMARKS.md shows) and prints it.
set -euo pipefail
cd "$(dirname "$0")/.."
smoke=0
[ "${1:-}" = "--smoke" ] && smoke=1
out=bench/out
mkdir -p "$out"
if [ "$smoke" = 1 ]; then sizes="200000 2000000"; else sizes="10000000 100000000 1000000000"; fi

# CLAIMLINT_BIN runs another build (the tests' smoke run uses their own binary).
if [ -z "${CLAIMLINT_BIN:-}" ]; then
  cargo build --release --quiet
fi
bin="${CLAIMLINT_BIN:-target/release/claimlint}"
out="${BENCH_OUT:-$out}"
mkdir -p "$out"
threads=$(nproc)
# One core means one: the check reads ahead on a thread of its own, so the 1-thread
# runs are also pinned to a single CPU when taskset (util-linux) is there.
one=(env RAYON_NUM_THREADS=1)
command -v taskset > /dev/null && one=(taskset -c 0 env RAYON_NUM_THREADS=1)

# measure NAME CMD... -> appends "NAME wall_s rss_kb" to $out/times. GNU time gives
# peak memory; without it (Debian package `time`) the wall time is kept and RSS is 0.
measure() {
  local name=$1; shift
  if [ -x /usr/bin/time ]; then
    /usr/bin/time -f "$name %e %M" -o "$out/t.one" "$@" > /dev/null 2> "$out/t.err" || true
    cat "$out/t.one" >> "$out/times"
  else
    local t0 t1
    t0=$(date +%s.%N); "$@" > /dev/null 2> "$out/t.err" || true; t1=$(date +%s.%N)
    echo "$name $(python3 -c "print(max($t1 - $t0, 0.001))") 0" >> "$out/times"
  fi
}

if [ "$smoke" = 0 ]; then
  command -v rg > /dev/null || { apt-get update -qq && apt-get install -y -qq ripgrep > /dev/null; }
  python3 -c "import quantulum3" 2> /dev/null || python3 -m pip install --quiet quantulum3
fi

: > "$out/times"
: > "$out/quality"
for bytes in $sizes; do
  corpus="$out/corpus-$bytes.jsonl"
  [ -f "$corpus" ] || python3 bench/gen_corpus.py "$corpus" --bytes "$bytes" > /dev/null
  truth="${corpus%.jsonl}.truth.jsonl"
  [ "$smoke" = 0 ] && measure "rg-$bytes" rg -c '[0-9]' "$corpus"
  measure "extract-$bytes" "$bin" extract "$corpus" --format jsonl
  "$bin" check "$corpus" --format jsonl --no-config > "$out/findings-$bytes.jsonl" || true
  measure "check-$bytes" "$bin" check "$corpus" --format jsonl --no-config
  echo "$bytes $(python3 bench/score_injected.py "$truth" "$out/findings-$bytes.jsonl")" >> "$out/quality"
  if [ "$bytes" = 100000000 ] || [ "$smoke" = 1 ]; then
    measure "check1-$bytes" "${one[@]}" "$bin" check "$corpus" --format jsonl --no-config
    measure "extract1-$bytes" "${one[@]}" "$bin" extract "$corpus" --format jsonl
  fi
done

# A newsroom repository: 200 Markdown drafts against a 2,000-article archive.
python3 - "$out" <<'PY'
import json, os, sys
out = sys.argv[1]
src = f"{out}/ci-source.jsonl"
if not os.path.exists(src):
    os.system(f"python3 bench/gen_corpus.py {src} --bytes 1400000 --seed 11 > /dev/null")
arts = [json.loads(l) for l in open(src, encoding="utf-8")][:2200]
for sub in ("drafts", "archive"):
    os.makedirs(f"{out}/ci/{sub}", exist_ok=True)
for i, a in enumerate(arts):
    sub = "drafts" if i < 200 else "archive"
    with open(f"{out}/ci/{sub}/{a['id']}.md", "w", encoding="utf-8") as f:
        f.write(f"---\ntitle: {a['id']}\ndate: {a['date']}\n---\n\n{a['text']}")
PY
measure "ci-200-drafts-2000-archive" "$bin" check "$out/ci/drafts" --against "$out/ci/archive" --no-config --format github

# One 100 MB line: memory must stay bounded (issue: under 4x the input).
if [ "$smoke" = 0 ]; then
  python3 -c "
import sys
s = 'Exports rose 5% to \$3 billion while imports fell, officials said. '
n = 100_000_000 // len(s)
open('$out/line-100M.txt', 'w').write(s * n)"
  measure "line-100000000" "$bin" check "$out/line-100M.txt" --format jsonl --no-config
fi

# quantulum3 and claimlint on the same sentences (a sample: quantulum3 is slow).
if [ "$smoke" = 0 ]; then
  python3 - "$out" <<'PY'
import json, sys, time
out = sys.argv[1]
texts = []
with open(f"{out}/corpus-10000000.jsonl", encoding="utf-8") as f:
    for line in f:
        texts.append(json.loads(line)["text"])
        if sum(map(len, texts)) > 300_000:
            break
sample = "\n\n".join(texts)
open(f"{out}/sample.txt", "w", encoding="utf-8").write(sample)
# The same articles 20 times over, so claimlint's process start does not hide its
# speed: compared per byte.
with open(f"{out}/sample-x20.jsonl", "w", encoding="utf-8") as f:
    for k in range(20):
        for i, t in enumerate(texts):
            f.write(json.dumps({"id": f"{k}-{i}", "text": t}) + "\n")
from quantulum3 import parser
t = time.time()
for para in sample.split("\n\n"):
    parser.parse(para)
el = time.time() - t
open(f"{out}/times", "a").write(f"quantulum3-sample {el:.3f} 0\n")
PY
  measure "extract-sample" "$bin" extract "$out/sample.txt" --format jsonl
  measure "extract1-sample-x20" "${one[@]}" "$bin" extract "$out/sample-x20.jsonl" --format jsonl
fi

python3 bench/report.py "$out" "$threads" | tee "$out/results.md"
