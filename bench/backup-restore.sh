#!/usr/bin/env bash
# Proof that backups restore: a PostgreSQL 15 cluster of its own, Tiwizi loads the national dataset (small scale) and
# a demo document, deploy/backup.sh copies it, deploy/restore.sh restores it into a fresh database and directory,
# Tiwizi starts on the restored copy, and every table's count and every document must be the same.
# (The job locks and the sessions are not compared: a node writes them as it starts.) Writes what it saw into
# docs/operations.md.
#   SCALE=0.01 bench/backup-restore.sh
set -euo pipefail
cd "$(dirname "$0")/.."
SCALE=${SCALE:-0.01}
PGPORT=${PGPORT:-5498}
PORT=${PORT:-8098}
PGBIN=${PGBIN:-/usr/lib/postgresql/15/bin}
JAVA=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/java
WORK=$PWD/target/bench-backup
AS=()
if [ "$(id -u)" = 0 ]; then AS=(runuser -u postgres --); fi
rm -rf "$WORK" && mkdir -p "$WORK/pg" "$WORK/documents" "$WORK/backups"
[ "$(id -u)" = 0 ] && chown -R postgres "$WORK"
"${AS[@]}" "$PGBIN/initdb" -D "$WORK/pg" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 > "$WORK/initdb.log"
"${AS[@]}" "$PGBIN/pg_ctl" -D "$WORK/pg" -l "$WORK/pg/server.log" -w -o "-p $PGPORT -k /tmp" start > /dev/null
APP=
stop() {
  [ -n "$APP" ] && kill "$APP" 2>/dev/null && wait "$APP" 2>/dev/null || true
  "${AS[@]}" "$PGBIN/pg_ctl" -D "$WORK/pg" -m fast stop > /dev/null || true
}
trap stop EXIT
psql() { "${AS[@]}" "$PGBIN/psql" -h /tmp -p "$PGPORT" -U postgres -v ON_ERROR_STOP=1 -At "$@"; }
"${AS[@]}" "$PGBIN/createdb" -h /tmp -p "$PGPORT" -U postgres tiwizi
"${AS[@]}" "$PGBIN/createdb" -h /tmp -p "$PGPORT" -U postgres tiwizi_restored

[ "${SKIP_BUILD:-}" = 1 ] || ./mvnw -B -q package -DskipTests
JAR=$(ls target/tiwizi-*.jar | head -1)
export TIWIZI_ADMIN_PASSWORD=backup-admin-password
db() { echo --spring.datasource.url="jdbc:postgresql://localhost:$PGPORT/$1" --spring.datasource.username=postgres \
  --spring.datasource.password=unused; }

echo "Loading the national dataset at scale $SCALE..."
TIWIZI_STORAGE_DIRECTORY="$WORK/documents" "$JAVA" -jar "$JAR" $(db tiwizi) --server.port=0 \
  --tiwizi.generate.scale="$SCALE" --tiwizi.generate.seed=42 > "$WORK/generate.log" 2>&1
# a few documents, as uploads leave them (named by the SHA-256 of their content)
for i in 1 2 3; do
  content="%PDF-1.4 backup proof $i"
  hash=$(printf '%s' "$content" | sha256sum | cut -c1-64)
  mkdir -p "$WORK/documents/${hash:0:2}/${hash:2:2}" && printf '%s' "$content" > "$WORK/documents/${hash:0:2}/${hash:2:2}/$hash"
done

counts() {
  psql -d "$1" -c "select string_agg(format('select %L as t, count(*) as n from %I', tablename, tablename), ' union all '
    order by tablename) from pg_tables where schemaname = 'public'
    and tablename not in ('shedlock', 'spring_session', 'spring_session_attributes')" | psql -d "$1" -F= | sort > "$2"
}
counts tiwizi "$WORK/before.txt"

started=$(date +%s)
BACKUP=$(PGHOST=/tmp PGPORT=$PGPORT PGUSER=postgres PGDATABASE=tiwizi PGBIN=$PGBIN \
  TIWIZI_STORAGE_DIRECTORY="$WORK/documents" "${AS[@]}" deploy/backup.sh "$WORK/backups")
backup_seconds=$(( $(date +%s) - started ))
started=$(date +%s)
PGHOST=/tmp PGPORT=$PGPORT PGUSER=postgres PGDATABASE=tiwizi_restored PGBIN=$PGBIN \
  TIWIZI_STORAGE_DIRECTORY="$WORK/restored-documents" "${AS[@]}" deploy/restore.sh "$BACKUP"
restore_seconds=$(( $(date +%s) - started ))

echo "Starting Tiwizi on the restored copy..."
TIWIZI_STORAGE_DIRECTORY="$WORK/restored-documents" "$JAVA" -jar "$JAR" $(db tiwizi_restored) --server.port="$PORT" \
  > "$WORK/restored.log" 2>&1 &
APP=$!
for _ in $(seq 1 120); do
  curl -fs "http://localhost:$PORT/actuator/health/readiness" > /dev/null && break
  sleep 1
done
curl -fs "http://localhost:$PORT/actuator/health/readiness" > /dev/null || { echo "Tiwizi did not start" >&2; exit 1; }
counts tiwizi_restored "$WORK/after.txt"
kill "$APP"; wait "$APP" 2>/dev/null || true; APP=

same_counts=yes
diff -u "$WORK/before.txt" "$WORK/after.txt" > "$WORK/counts.diff" || same_counts=no
same_documents=yes
diff -r "$WORK/documents" "$WORK/restored-documents" > "$WORK/documents.diff" || same_documents=no
tables=$(wc -l < "$WORK/before.txt")
rows=$(awk -F= '{s += $2} END {print s}' "$WORK/before.txt")
documents=$(find "$WORK/documents" -type f | wc -l)
size=$(du -sh "$BACKUP" | cut -f1)
echo "tables $tables, rows $rows, documents $documents, same counts: $same_counts, same documents: $same_documents"

python3 - "$tables" "$rows" "$documents" "$size" "$backup_seconds" "$restore_seconds" "$same_counts" \
  "$same_documents" "$SCALE" <<'PY'
import datetime, re, sys
tables, rows, documents, size, backup_s, restore_s, same_counts, same_documents, scale = sys.argv[1:]
section = f"""<!-- backup-restore:start -->
### Backups restore (`bench/backup-restore.sh`, {datetime.date.today()})

The national dataset at scale {scale} ({rows} rows in {tables} tables) and {documents} documents, backed up with
`deploy/backup.sh` ({size}, {backup_s} s) while nothing else ran, restored with `deploy/restore.sh` into a fresh
database and directory ({restore_s} s), then Tiwizi started on the copy and became ready. Every table's count the
same after the restart: **{same_counts}**; every document the same, byte for byte: **{same_documents}**.
<!-- backup-restore:end -->"""
path = "docs/operations.md"
try:
    text = open(path).read()
except FileNotFoundError:
    text = "# Operations, measured\n\nWhat was run on this machine to show that Tiwizi can be operated, and what it gave.\n"
if "<!-- backup-restore:start -->" in text:
    text = re.sub(r"<!-- backup-restore:start -->.*<!-- backup-restore:end -->", section, text, flags=re.S)
else:
    text = text.rstrip() + "\n\n" + section + "\n"
open(path, "w").write(text)
PY
[ "$same_counts" = yes ] && [ "$same_documents" = yes ]
