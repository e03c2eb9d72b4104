"""Writes the national benchmark's results (bench/national.sh) between the markers of docs/benchmarks.md.
Usage: write-results.py ROOT DURATION HEAP SCALE...   (ROOT/scale-S/ holds each scale's files)"""
import datetime
import os
import platform
import sys

root, duration, heap, *scales = sys.argv[1:]
SIGNED_IN_BASELINE = "baseline, signed in"
GROWS = ("registry list", "registry search", "storefront catalogue", "storefront search", "applications of a call")


def read(scale, name, default="?"):
    path = os.path.join(root, f"scale-{scale}", name)
    return open(path, encoding="utf-8").read().strip() if os.path.exists(path) else default


def results(scale):
    rows = {}
    for line in read(scale, "results.txt", "").splitlines():
        name, status, result = line.split("|")
        _, rps, p50, p95, p99, errors, requests = result.split()
        rows[name] = dict(status=status, rps=float(rps), p50=float(p50), p95=float(p95), p99=float(p99),
                          errors=int(errors))
    return rows


def times(row_name, rows):
    base = rows[next(n for n in rows if n.startswith(SIGNED_IN_BASELINE if signed_in(row_name) else "baseline:"))]
    return rows[row_name]["rps"] / base["rps"]


SIGNED = {"dashboard", "registry", "applications of a call", "application page", SIGNED_IN_BASELINE}


def signed_in(name):
    return any(name.startswith(prefix) for prefix in SIGNED)


def summary(scale, name):
    for line in read(scale, name, "").splitlines():
        if line.startswith("SUMMARY"):
            parts = line.split()
            return dict(zip(parts[1::2], parts[2::2]))
    return {}


def gc_share(scale):
    try:
        gc0, gc1, t0, t1 = read(scale, "gc.txt").split()
        return 100 * (float(gc1) - float(gc0)) / ((int(t1) - int(t0)) / 1000)
    except ValueError:
        return None


data = {s: results(s) for s in scales}
small, large = scales[0], scales[-1]
cpu = next((l.split(":", 1)[1].strip() for l in open("/proc/cpuinfo") if l.startswith("model name")), "?")
memory = next((int(l.split()[1]) // 1024 // 1024 for l in open("/proc/meminfo") if l.startswith("MemTotal")), "?")
out = ["<!-- national:start -->", "## National scale — `bench/national.sh`", "",
       f"Run on {datetime.date.today().isoformat()} at scales {' and '.join(scales)}, on {os.cpu_count()} cores of "
       f"{cpu}, {memory} GB, {platform.system()} {platform.release()}; PostgreSQL 15 (Debian) with "
       f"`shared_buffers=1GB`, one cluster per scale; Tiwizi with `-Xmx{heap}`; wrk with 2 threads and 4 "
       f"connections, {duration} per endpoint after a warm-up. Signed-in pages are set against the static file "
       f"fetched with the same session cookie, public pages against the static file without one.", ""]
for s in scales:
    out.append(f"- Scale {s}: {read(s, 'rows.txt')}. Generated in {read(s, 'dataset.txt')} s; analytics tables "
               f"built in {read(s, 'rebuild.txt')} ms; heap after the load {read(s, 'heap.txt', 'not read')}.")
out += ["", "| endpoint | " + " | ".join(f"req/s ({s}) | × baseline ({s}) | p95 ms ({s})" for s in scales)
        + (" | p95 growth |" if len(scales) > 1 else " |") + " errors |",
        "|---|" + "---:|---:|---:|" * len(scales) + ("---:|" if len(scales) > 1 else "") + "---:|"]
for name in data[large]:
    cells = []
    for s in scales:
        row = data[s].get(name)
        cells.append(f"{row['rps']:.0f} | {times(name, data[s]):.3f} | {row['p95']:.1f}" if row else "– | – | –")
    growth = ""
    if len(scales) > 1 and name in data[small]:
        growth = f" {data[large][name]['p95'] / data[small][name]['p95']:.2f}× |"
    errors = sum(data[s][name]["errors"] for s in scales if name in data[s])
    out.append(f"| {name} | " + " | ".join(cells) + " |" + growth + f" {errors} |")


def ratio(name, scale=large):
    row = next((n for n in data[scale] if n.startswith(name)), None)
    return f"{times(row, data[scale]):.2f}×" if row else "?"


dash = summary(large, "dashboards.txt")
grow = [data[large][n]["p95"] / data[small][n]["p95"] for n in data[large]
        if n.startswith(GROWS) and n in data[small]] if len(scales) > 1 else []
cold, aot = read(large, "startup-cold.txt"), read(large, "startup-aot.txt")
gc = gc_share(large)
try:
    refreshes = sorted(int(v) for v in open(os.path.join(root, f"scale-{large}", "refresh.txt")).read().split())
    rebuild = int(read(large, "rebuild.txt"))
    worst = refreshes[-1]
    refresh = (f"refresh of one cooperative's commune {refreshes[len(refreshes) // 2]} ms median, {worst} ms at most "
               f"({len(refreshes)} changes; {worst / rebuild * 20:.2f}/20 of the full rebuild); full rebuild "
               f"{rebuild} ms")
except (OSError, ValueError, IndexError):
    refresh = f"refresh not measured; full rebuild {read(large, 'rebuild.txt')} ms"
try:
    startup = f"{int(cold) / 1000:.1f} s without, {int(aot) / 1000:.1f} s with the AOT cache ({int(aot) / int(cold):.2f})"
except ValueError:
    startup = f"{cold} ms without, {aot} with the AOT cache"
out += ["", f"Against the targets of issue 18 (scale {large} unless said):", "",
        "| what | measured | target |", "|---|---|---|",
        f"| storefront home, product page (× static file) | {ratio('storefront home')}, {ratio('product page')} | ≥ 0.9× both |",
        f"| storefront search, Arabic (× static file) | {ratio('storefront search')} | ≥ 0.3× |",
        f"| registry search, Arabic, signed in (× static file with cookie) | {ratio('registry search')} | ≥ 0.15× |",
        f"| application page, signed in | {ratio('application page')} | ≥ 0.2× |",
        f"| dashboards, first view after a rebuild (p95 ÷ p95 of psql on the same statements, "
        f"{dash.get('views', '?')} views) | {dash.get('p95_http_ms', '?')} ms ÷ {dash.get('p95_sql_ms', '?')} ms = "
        f"{dash.get('ratio', '?')}× | ≤ 2× |",
        f"| a change reaches the dashboards | {refresh} | incremental ≤ 1/20 of a full rebuild; a full rebuild "
        f"≤ 5 s |",
        f"| heap for the whole benchmark | `-Xmx{heap}`, GC {'?' if gc is None else f'{gc:.1f}'} % of the load's "
        f"wall time | `-Xmx512m`, GC < 5 % |",
        f"| cost growth, p95 at scale {large} ÷ scale {small}, paginated pages and searches | "
        f"{'max ' + format(max(grow), '.2f') + '×' if grow else 'not measured'} | ≤ 1.5× |",
        f"| start-up to ready | {startup} | halved |",
        "", "<!-- national:end -->"]
path = "docs/benchmarks.md"
text = open(path, encoding="utf-8").read()
block = "\n".join(out)
if "<!-- national:start -->" in text:
    text = text.split("<!-- national:start -->")[0] + block + text.split("<!-- national:end -->")[1]
else:
    text = text.rstrip("\n") + "\n\n" + block + "\n"
open(path, "w", encoding="utf-8").write(text)
