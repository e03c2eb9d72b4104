"""Writes the national benchmark's results between the markers of docs/benchmarks.md."""
import datetime
import os
import platform
import sys

results, scale, load, rows, rebuild, heap, duration = sys.argv[1:8]
lines = [l.rstrip("\n").split("|") for l in open(results, encoding="utf-8") if l.strip()]
parsed = []
for name, status, result in lines:
    _, rps, p50, p95, p99, errors, requests = result.split()
    parsed.append((name, status, float(rps), float(p50), float(p95), float(p99), int(errors), int(requests)))
baseline = parsed[0][2]
cpu = next((l.split(":", 1)[1].strip() for l in open("/proc/cpuinfo") if l.startswith("model name")), "?")
memory = next((int(l.split()[1]) // 1024 // 1024 for l in open("/proc/meminfo") if l.startswith("MemTotal")), "?")
out = [
    "<!-- national:start -->",
    "## National scale — `bench/national.sh`",
    "",
    f"Run on {datetime.date.today().isoformat()}, scale {scale}, on {os.cpu_count()} cores of {cpu}, {memory} GB, "
    f"{platform.system()} {platform.release()}; PostgreSQL 15 (Debian) with `shared_buffers=1GB`; Tiwizi with "
    f"`-Xmx1g`; wrk with 2 threads and 4 connections, {duration} per endpoint after a warm-up.",
    "",
    f"Data: {rows}. Generated in {load} s (target: under 15 minutes). Analytics tables built in {rebuild} ms.",
    "",
    "| endpoint | status | requests/s | × baseline | p50 ms | p95 ms | p99 ms | errors |",
    "|---|---:|---:|---:|---:|---:|---:|---:|",
]
for name, status, rps, p50, p95, p99, errors, requests in parsed:
    out.append(f"| {name} | {status} | {rps:.0f} | {rps / baseline:.3f} | {p50:.1f} | {p95:.1f} | {p99:.1f} | {errors} |")
out += ["", f"Heap after the run: {heap or 'not read'} (limit 1 GB).", "", "<!-- national:end -->"]
path = "docs/benchmarks.md"
text = open(path, encoding="utf-8").read()
block = "\n".join(out)
if "<!-- national:start -->" in text:
    before = text.split("<!-- national:start -->")[0]
    after = text.split("<!-- national:end -->")[1]
    text = before + block + after
else:
    text = text.rstrip("\n") + "\n\n" + block + "\n"
open(path, "w", encoding="utf-8").write(text)
