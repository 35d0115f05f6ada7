#!/usr/bin/env python3
"""Turns bench/out/times and bench/out/quality into the BENCHMARKS.md table."""
import json
import os
import platform
import subprocess
import sys

out, threads = sys.argv[1], sys.argv[2]
times = {}
for line in open(f"{out}/times"):
    if len(line.split()) != 3:
        continue  # time's own notes ("Command exited with non-zero status 1")
    name, wall, rss = line.split()
    times[name] = (max(float(wall), 0.001), int(rss))
quality = {}
for line in open(f"{out}/quality"):
    size, js = line.split(" ", 1)
    quality[int(size)] = json.loads(js)
sizes = sorted({int(k.split("-")[1]) for k in times if k.startswith("check-")})


def mb(b):
    return b / 1e6


cpu = ""
try:
    cpu = [l.split(":", 1)[1].strip() for l in open("/proc/cpuinfo") if l.startswith("model name")][0]
except Exception:
    pass
ver = subprocess.run([os.environ.get("CLAIMLINT_BIN", "target/release/claimlint"), "--version"], capture_output=True, text=True).stdout.strip()
print(f"Machine: {cpu or platform.processor()}, {threads} threads; {ver}\n")
print("| size | tool | wall s | MB/s | peak RSS MB | vs rg | precision | recall |")
print("|---|---|---|---|---|---|---|---|")
for s in sizes:
    rg = times.get(f"rg-{s}")
    q = quality.get(s, {})
    for tool in ["rg", "extract", "check", "extract1", "check1"]:
        t = times.get(f"{tool}-{s}")
        if not t:
            continue
        label = {"rg": "rg -c '[0-9]'", "extract": f"claimlint extract ({threads} threads)", "check": f"claimlint check ({threads} threads)", "extract1": "claimlint extract (1 core)", "check1": "claimlint check (1 core)"}[tool]
        ratio = f"{t[0] / rg[0]:.1f}x" if rg and tool != "rg" else ""
        pr = (f"{q.get('precision', 0):.3f}", f"{q.get('recall', 0):.3f}") if tool == "check" else ("", "")
        print(f"| {mb(s):g} MB | {label} | {t[0]:.2f} | {mb(s) / t[0]:.1f} | {t[1] / 1024:.0f} | {ratio} | {pr[0]} | {pr[1]} |")
print()
if len(sizes) >= 2:
    for a, b in zip(sizes, sizes[1:]):
        ta, tb = times[f"check-{a}"], times[f"check-{b}"]
        print(f"- check growth {mb(a):g} MB -> {mb(b):g} MB: size x{b / a:g}, time x{tb[0] / ta[0]:.1f}, memory x{tb[1] / max(ta[1], 1):.1f}")
if "ci-200-drafts-2000-archive" in times:
    t = times["ci-200-drafts-2000-archive"]
    print(f"- CI: 200 Markdown drafts against a 2,000-article archive: {t[0]:.2f} s wall, peak RSS {t[1] / 1024:.0f} MB")
if "line-100000000" in times:
    t = times["line-100000000"]
    print(f"- one 100 MB line: {t[0]:.1f} s, peak RSS {t[1] / 1024:.0f} MB ({t[1] * 1024 / 1e8:.1f}x the input)")
if "quantulum3-sample" in times and "extract-sample" in times:
    size = os.path.getsize(f"{out}/sample.txt")
    qt, ct = times["quantulum3-sample"][0], times["extract-sample"][0]
    print(f"- same {size / 1e3:.0f} KB of sentences: quantulum3 {qt:.2f} s, claimlint extract {ct:.3f} s (process start included): {qt / ct:.0f}x")
    if "extract1-sample-x20" in times:
        big = os.path.getsize(f"{out}/sample-x20.jsonl")
        t20 = times["extract1-sample-x20"][0]
        per = (qt / size) / (t20 / big)
        print(f"- per byte, one core: quantulum3 {size / qt / 1e3:.0f} KB/s, claimlint extract {big / t20 / 1e6:.1f} MB/s on the same articles 20 times over: {per:.0f}x")
for s in sizes:
    if s in quality:
        print(f"- injected conflicts at {mb(s):g} MB: {quality[s]}")
