"""Writes the load benchmark's results between the load markers of docs/benchmarks.md."""
import datetime
import os
import sys

results, users, duration, rows, heap, pool_errors, server_errors = sys.argv[1:8]
parsed = []
for line in open(results, encoding="utf-8"):
    if not line.strip():
        continue
    name, status, result = line.rstrip("\n").split("|")
    _, rps, p50, p95, p99, errors, requests = result.split()
    parsed.append((name, float(rps), float(p50), float(p95), float(p99), int(errors), int(requests)))
baseline = parsed[0]
signed_in = [p for p in parsed if "signed in" in p[0]]
worst = max(p[3] for p in signed_in) / baseline[3] if signed_in and baseline[3] > 0 else float("nan")
total_errors = sum(p[5] for p in parsed)
cpu = next((l.split(":", 1)[1].strip() for l in open("/proc/cpuinfo") if l.startswith("model name")), "?")
out = [
    "<!-- load:start -->",
    "## 200 users on PostgreSQL — `bench/load.sh`",
    "",
    f"Run on {datetime.date.today().isoformat()} on {os.cpu_count()} cores of {cpu}: PostgreSQL 15 (Debian), Tiwizi "
    f"with `-Xmx{heap}` and its default pools (20 connections, 8 for sessions), {users} connections for {duration}, split into {len(parsed)} streams "
    "measured at the same time, each by its own wrk (so the static file is the baseline of the same run, under the "
    f"same load). Data: the demo data plus {rows} in all.",
    "",
    "| page | requests/s | p50 ms | p95 ms | p99 ms | p95 ÷ static p95 | requests | errors |",
    "|---|---:|---:|---:|---:|---:|---:|---:|",
]
for name, rps, p50, p95, p99, errors, requests in parsed:
    ratio = p95 / baseline[3] if baseline[3] > 0 else float("nan")
    out.append(f"| {name} | {rps:.0f} | {p50:.1f} | {p95:.1f} | {p99:.1f} | {ratio:.2f} | {requests} | {errors} |")
out += [
    "",
    f"Errors (non-2xx/3xx answers, timeouts, socket errors): **{total_errors}** (target 0). "
    f"\"Connection is not available\" in the log: {pool_errors}; ERROR lines in the log: {server_errors}.",
    f"Worst signed-in p95 ÷ the static file's p95 in the same run: **{worst:.1f}×** (target ≤ 5×).",
    "",
    "<!-- load:end -->",
]
path = "docs/benchmarks.md"
text = open(path, encoding="utf-8").read()
block = "\n".join(out)
if "<!-- load:start -->" in text:
    text = text.split("<!-- load:start -->")[0] + block + text.split("<!-- load:end -->")[1]
else:
    text = text.rstrip("\n") + "\n\n" + block + "\n"
open(path, "w", encoding="utf-8").write(text)
