"""Dashboards, first view after a rebuild: each view's time through HTTP beside the time psql takes to run the same
statements with the same values. Reads PostgreSQL's statement log of the views (log_min_duration_statement = 0; a
psql marker `select 'tiwizi-bench-view N'` before view N), keeps the application's statements on the analytics tables,
runs them again in psql with \\timing, and prints one line per view and a summary.
Usage: raw-sql.py STATEMENTS.log VIEWS.txt "PSQL COMMAND"
"""
import re
import shlex
import subprocess
import sys

log_path, views_path, psql = sys.argv[1:4]
entry = re.compile(r"^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d(?:\.\d+)? \S+ \[(\d+)\] (\w+):  (.*)$")
entries = []  # (pid, level, text)
for line in open(log_path, encoding="utf-8", errors="replace"):
    match = entry.match(line.rstrip("\n"))
    if match:
        entries.append([match.group(1), match.group(2), match.group(3)])
    elif entries:
        entries[-1][2] += "\n" + line.rstrip("\n")

statement = re.compile(r"duration: [\d.]+ ms  (execute|statement)[^:]*: (.*)", re.S)
parameter = re.compile(r"\$(\d+) = ('(?:[^']|'')*'|NULL)")
view = None
by_view = {}
last = {}  # pid -> index of its last execute in by_view[view]
for pid, level, text in entries:
    if level == "LOG":
        match = statement.match(text)
        if not match:
            continue
        kind, sql = match.groups()
        marker = re.search(r"tiwizi-bench-view (\w+)", sql)
        if kind == "statement" and marker:
            view = marker.group(1)
            continue
        if kind == "execute" and view not in (None, "end") and "insights_" in sql:
            by_view.setdefault(view, []).append([sql, {}])
            last[pid] = (view, len(by_view[view]) - 1)
        else:
            last.pop(pid, None)
    elif level == "DETAIL" and text.startswith("parameters:") and pid in last:
        v, i = last.pop(pid)
        by_view[v][i][1] = {int(n): value for n, value in parameter.findall(text)}


def literal(sql, values):
    for n in sorted(values, reverse=True):
        sql = re.sub(r"\$%d(?!\d)" % n, values[n].replace("\\", "\\\\"), sql)
    return sql


def psql_ms(statements):
    script = "\\timing on\n" + "".join(literal(sql, values).rstrip().rstrip(";") + ";\n" for sql, values in statements)
    out = subprocess.run(shlex.split(psql) + ["-o", "/dev/null"], input=script, capture_output=True, text=True).stdout
    times = [float(t) for t in re.findall(r"Time: ([\d.]+) ms", out)]
    return sum(times) if len(times) == len(statements) else None


def p95(values):
    values = sorted(values)
    return values[min(len(values) - 1, int(round(0.95 * (len(values) - 1))))]


http = {}
for line in open(views_path):
    n, seconds = line.split()
    http[n] = float(seconds) * 1000
pairs = []
for n in sorted(http, key=int):
    statements = by_view.get(n, [])
    sql_ms = psql_ms(statements) if statements else None
    print(f"view {n} http_ms {http[n]:.1f} sql_ms {sql_ms if sql_ms is None else round(sql_ms, 1)} "
          f"statements {len(statements)}")
    if sql_ms:
        pairs.append((http[n], sql_ms))
if pairs:
    page, sql = p95([p for p, _ in pairs]), p95([s for _, s in pairs])
    print(f"SUMMARY views {len(pairs)} p95_http_ms {page:.1f} p95_sql_ms {sql:.1f} ratio {page / sql:.2f}")
else:
    print("SUMMARY views 0")
