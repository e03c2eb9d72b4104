#!/usr/bin/env bash
# Load on the real database: 200 users at once for 60 s against Tiwizi on a PostgreSQL 15 cluster of its own, holding
# the demo data plus a small generated dataset. Eight streams of 25 connections run at the same time — a static file
# (the baseline of this very run), the storefront home, a product page, a storefront search, and four signed-in pages
# (registry search, the calls a cooperative sees, a reviewer's list, a call's ranking) — each measured on its own:
# errors, throughput, p50/p95/p99. Writes the results into docs/benchmarks.md.
#   USERS=200 DURATION=60s SCALE=0.02 bench/load.sh
set -euo pipefail
cd "$(dirname "$0")/.."
USERS=${USERS:-200}
DURATION=${DURATION:-60s}
SCALE=${SCALE:-0.02}
PGPORT=${PGPORT:-5498}
PORT=${PORT:-8098}
PGBIN=${PGBIN:-/usr/lib/postgresql/15/bin}
JAVA=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/java
HEAP=${HEAP:-512m}
WORK=$PWD/target/bench-load
command -v wrk >/dev/null || { echo "wrk is needed: apt-get install -y wrk" >&2; exit 2; }
[ -x "$PGBIN/initdb" ] || { echo "PostgreSQL 15 is needed: apt-get install -y postgresql-15" >&2; exit 2; }

AS=()
if [ "$(id -u)" = 0 ]; then AS=(runuser -u postgres --); fi
rm -rf "$WORK" && mkdir -p "$WORK/pg"
[ "$(id -u)" = 0 ] && chown -R postgres "$WORK"
"${AS[@]}" "$PGBIN/initdb" -D "$WORK/pg" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 > "$WORK/initdb.log"
"${AS[@]}" "$PGBIN/pg_ctl" -D "$WORK/pg" -l "$WORK/pg/server.log" -w \
  -o "-p $PGPORT -k /tmp -c shared_buffers=512MB -c max_connections=100" start > /dev/null
stop() {
  [ -n "${APP:-}" ] && kill "$APP" 2>/dev/null && wait "$APP" 2>/dev/null || true
  "${AS[@]}" "$PGBIN/pg_ctl" -D "$WORK/pg" -m fast stop > /dev/null || true
}
trap stop EXIT
"${AS[@]}" "$PGBIN/createdb" -h /tmp -p "$PGPORT" -U postgres tiwizi

[ "${SKIP_BUILD:-}" = 1 ] || ./mvnw -B -q package -DskipTests
JAR=$(ls target/tiwizi-*.jar | head -1)
DB=(--spring.datasource.url="jdbc:postgresql://localhost:$PGPORT/tiwizi?reWriteBatchedInserts=true"
    --spring.datasource.username=postgres --spring.datasource.password=unused)
export TIWIZI_STORAGE_DIRECTORY="$WORK/documents"
BASE=http://localhost:$PORT
wait_up() { for _ in $(seq 1 180); do curl -sf "$BASE/actuator/health" > /dev/null && return 0; sleep 1; done; return 1; }

echo "Demo data, then the generated dataset at scale $SCALE..."
"$JAVA" -jar "$JAR" "${DB[@]}" --server.port="$PORT" --tiwizi.demo.enabled=true > "$WORK/demo.log" 2>&1 &
APP=$!
wait_up
kill "$APP" && wait "$APP" 2>/dev/null || true
APP=
"$JAVA" -jar "$JAR" "${DB[@]}" --server.port=0 --tiwizi.generate.scale="$SCALE" --tiwizi.generate.seed=42 \
  > "$WORK/generate.log" 2>&1
PSQL=("${AS[@]}" "$PGBIN/psql" -h /tmp -p "$PGPORT" -U postgres -At tiwizi -c)
"${PSQL[@]}" "vacuum analyze" > /dev/null
ROWS=$("${PSQL[@]}" "select (select count(*) from registry_cooperative) || ' cooperatives, '
  || (select count(*) from funding_call) || ' calls, ' || (select count(*) from funding_application)
  || ' applications, ' || (select count(*) from market_product) || ' products, '
  || (select count(*) from market_order) || ' orders'")
echo "Data: $ROWS"

"$JAVA" -Xmx"$HEAP" -XX:+ExitOnOutOfMemoryError -jar "$JAR" "${DB[@]}" --server.port="$PORT" > "$WORK/app.log" 2>&1 &
APP=$!
wait_up

# one session per signed-in role, as the demo's users
session() {
  local jar="$WORK/cookies-$1.txt" csrf
  csrf=$(curl -s -c "$jar" "$BASE/login" | grep -o 'name="_csrf" value="[^"]*"' | sed 's/.*value="//;s/"//')
  curl -s -b "$jar" -c "$jar" -o /dev/null --data-urlencode "username=$1" --data-urlencode "password=tiwizi-demo" \
    --data-urlencode "_csrf=$csrf" "$BASE/login"
  awk '$6 == "SESSION" {print $7}' "$jar"
}
ADMIN=$(session admin); COOP=$(session coop); REVIEWER=$(session reviewer)
PRODUCT=$("${PSQL[@]}" "select min(id) from market_product where visible")
CALL=$("${PSQL[@]}" "select max(call_id) from funding_application")
ARABIC=$(python3 -c 'import urllib.parse; print(urllib.parse.quote("تعاونيه الامل"))')
SAFFRON=$(python3 -c 'import urllib.parse; print(urllib.parse.quote("الزعفران"))')

STREAMS=(
  "baseline: a static file|/css/tiwizi.css|"
  "storefront home|/shop|"
  "product page|/shop/products/$PRODUCT|"
  "storefront search (\`الزعفران\`)|/shop/products?q=$SAFFRON|"
  "registry search, signed in (\`تعاونيه الامل\`)|/cooperatives?q=$ARABIC|$ADMIN"
  "calls a cooperative sees, signed in|/calls|$COOP"
  "a reviewer's files, signed in|/reviews|$REVIEWER"
  "a call's ranking, signed in|/calls/$CALL/ranking|$ADMIN"
)
PER=$(( USERS / ${#STREAMS[@]} ))
echo "Checking every page answers 200..."
for entry in "${STREAMS[@]}"; do
  IFS='|' read -r name path cookie <<< "$entry"
  header=()
  [ -n "$cookie" ] && header=(-H "Cookie: SESSION=$cookie")
  status=$(curl -s -o /dev/null -w '%{http_code}' "${header[@]}" "$BASE$path")
  [ "$status" = 200 ] || { echo "$name answered $status" >&2; exit 1; }
  wrk -t1 -c2 -d5s "${header[@]}" "$BASE$path" > /dev/null   # warm-up
done

echo "$USERS users for $DURATION: ${#STREAMS[@]} streams of $PER connections at once..."
RESULTS="$WORK/results.txt"
: > "$RESULTS"
pids=()
i=0
for entry in "${STREAMS[@]}"; do
  IFS='|' read -r name path cookie <<< "$entry"
  header=()
  [ -n "$cookie" ] && header=(-H "Cookie: SESSION=$cookie")
  (wrk -t1 -c"$PER" -d"$DURATION" --timeout 10s "${header[@]}" -s bench/wrk-report.lua "$BASE$path" \
    | grep '^RESULT' | sed "s/^/$name|200|/" > "$WORK/stream-$i.txt") &
  pids+=($!)
  i=$((i + 1))
done
for pid in "${pids[@]}"; do wait "$pid"; done
for j in $(seq 0 $((i - 1))); do cat "$WORK/stream-$j.txt" >> "$RESULTS"; done
cat "$RESULTS"
POOL_ERRORS=$(grep -c "Connection is not available" "$WORK/app.log" || true)
SERVER_ERRORS=$(grep -c " ERROR " "$WORK/app.log" || true)
python3 bench/write-load-results.py "$RESULTS" "$USERS" "$DURATION" "$ROWS" "$HEAP" "$POOL_ERRORS" "$SERVER_ERRORS"
echo "Written to docs/benchmarks.md"
