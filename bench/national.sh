#!/usr/bin/env bash
# National-scale benchmark: a PostgreSQL 15 cluster of its own, the national dataset from the generator (scale 1 by
# default: 60,000 cooperatives, 2,000,000 orders...), Tiwizi started on it with a 1 GB heap, then wrk against a static
# file (the baseline) and the pages that matter. Writes the results into docs/benchmarks.md.
#   SCALE=0.1 DURATION=10s bench/national.sh     # a quicker, smaller run
#   REUSE=1 bench/national.sh                    # measure again on the dataset of the previous run
set -euo pipefail
cd "$(dirname "$0")/.."
SCALE=${SCALE:-1}
DURATION=${DURATION:-20s}
WARMUP=${WARMUP:-10s}
PGPORT=${PGPORT:-5499}
PORT=${PORT:-8099}
PGBIN=${PGBIN:-/usr/lib/postgresql/15/bin}
JAVA=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/java
WORK=$PWD/target/bench-national
command -v wrk >/dev/null || { echo "wrk is needed: apt-get install -y wrk" >&2; exit 2; }

AS=()
if [ "$(id -u)" = 0 ]; then AS=(runuser -u postgres --); fi
FRESH=true
if [ "${REUSE:-}" = 1 ] && [ -f "$WORK/dataset.txt" ]; then
  FRESH=false
  "${AS[@]}" "$PGBIN/pg_ctl" -D "$WORK/pg" -m fast stop > /dev/null 2>&1 || true
else
  rm -rf "$WORK" && mkdir -p "$WORK/pg"
  [ "$(id -u)" = 0 ] && chown -R postgres "$WORK"
  "${AS[@]}" "$PGBIN/initdb" -D "$WORK/pg" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 > "$WORK/initdb.log"
fi
"${AS[@]}" "$PGBIN/pg_ctl" -D "$WORK/pg" -l "$WORK/pg/server.log" -w \
  -o "-p $PGPORT -k /tmp -c shared_buffers=1GB -c max_wal_size=4GB -c work_mem=32MB" start > /dev/null
stop() {
  [ -n "${APP:-}" ] && kill "$APP" 2>/dev/null && wait "$APP" 2>/dev/null || true
  "${AS[@]}" "$PGBIN/pg_ctl" -D "$WORK/pg" -m fast stop > /dev/null || true
}
trap stop EXIT
$FRESH && "${AS[@]}" "$PGBIN/createdb" -h /tmp -p "$PGPORT" -U postgres tiwizi

[ "${SKIP_BUILD:-}" = 1 ] || ./mvnw -B -q package -DskipTests
JAR=$(ls target/tiwizi-*.jar | head -1)
DB=(--spring.datasource.url="jdbc:postgresql://localhost:$PGPORT/tiwizi?reWriteBatchedInserts=true"
    --spring.datasource.username=postgres --spring.datasource.password=unused)
export TIWIZI_ADMIN_PASSWORD=bench-admin-password TIWIZI_STORAGE_DIRECTORY="$WORK/documents"

if $FRESH; then
  echo "Generating the national dataset at scale $SCALE..."
  started=$(date +%s)
  "$JAVA" -jar "$JAR" "${DB[@]}" --server.port=0 --tiwizi.generate.scale="$SCALE" --tiwizi.generate.seed=42 \
    > "$WORK/generate.log" 2>&1
  echo $(( $(date +%s) - started )) > "$WORK/dataset.txt"
  "${AS[@]}" "$PGBIN/psql" -h /tmp -p "$PGPORT" -U postgres -q tiwizi -c "vacuum analyze" > /dev/null
fi
LOAD_SECONDS=$(cat "$WORK/dataset.txt")
ROWS=$("${AS[@]}" "$PGBIN/psql" -h /tmp -p "$PGPORT" -U postgres -At tiwizi -c "select
  (select count(*) from territory_commune) || ' communes, ' || (select count(*) from registry_cooperative)
  || ' cooperatives, ' || (select sum(members_women + members_men) from registry_cooperative) || ' members, '
  || (select count(*) from training_session) || ' sessions, ' || (select count(*) from training_participant)
  || ' attendance records, ' || (select count(*) from funding_application) || ' applications, '
  || (select count(*) from market_product) || ' products, ' || (select count(*) from market_order) || ' orders'")
echo "Loaded in ${LOAD_SECONDS}s: $ROWS"

"$JAVA" -Xmx1g -jar "$JAR" "${DB[@]}" --server.port="$PORT" --tiwizi.insights.refresh-after-start=PT1S \
  > "$WORK/app.log" 2>&1 &
APP=$!
BASE=http://localhost:$PORT
for _ in $(seq 1 120); do curl -sf "$BASE/actuator/health" > /dev/null && break; sleep 1; done
for _ in $(seq 1 600); do grep -q "Analytics tables rebuilt" "$WORK/app.log" && break; sleep 1; done
REBUILD_MS=$(grep -o "Analytics tables rebuilt in [0-9]* ms" "$WORK/app.log" | head -1 | grep -o "[0-9]*")

JAR_COOKIES="$WORK/cookies.txt"
CSRF=$(curl -s -c "$JAR_COOKIES" "$BASE/login" | grep -o 'name="_csrf" value="[^"]*"' | sed 's/.*value="//;s/"//')
curl -s -b "$JAR_COOKIES" -c "$JAR_COOKIES" -o /dev/null --data-urlencode "username=admin" \
  --data-urlencode "password=$TIWIZI_ADMIN_PASSWORD" --data-urlencode "_csrf=$CSRF" "$BASE/login"
SESSION=$(awk '$6 == "SESSION" {print $7}' "$JAR_COOKIES")
PSQL=("${AS[@]}" "$PGBIN/psql" -h /tmp -p "$PGPORT" -U postgres -At tiwizi -c)
PRODUCT=$("${PSQL[@]}" "select min(id) from market_product")
APPLICATION=$("${PSQL[@]}" "select min(id) from funding_application")
ARABIC=$(python3 -c 'import urllib.parse; print(urllib.parse.quote("تعاونيه الامل 12"))')
SAFFRON=$(python3 -c 'import urllib.parse; print(urllib.parse.quote("الزعفران"))')

ENDPOINTS=(
  "baseline: a static file|/css/tiwizi.css|"
  "dashboard, one province|/admin/insights?province=Province%201|auth"
  "dashboard, national|/admin/insights|auth"
  "registry search, Arabic (\`تعاونيه الامل 12\`)|/cooperatives?q=$ARABIC|auth"
  "storefront home|/shop|"
  "storefront search (\`الزعفران\`)|/shop/products?q=$SAFFRON|"
  "product page|/shop/products/$PRODUCT|"
  "application page|/applications/$APPLICATION|auth"
)
RESULTS="$WORK/results.txt"
: > "$RESULTS"
for entry in "${ENDPOINTS[@]}"; do
  IFS='|' read -r name path auth <<< "$entry"
  header=()
  [ -n "$auth" ] && header=(-H "Cookie: SESSION=$SESSION")
  status=$(curl -s -o /dev/null -w '%{http_code}' "${header[@]}" "$BASE$path")
  wrk -t2 -c4 -d"$WARMUP" "${header[@]}" "$BASE$path" > /dev/null
  line=$(wrk -t2 -c4 -d"$DURATION" "${header[@]}" -s bench/wrk-report.lua "$BASE$path" | grep '^RESULT')
  echo "$name|$status|$line" | tee -a "$RESULTS"
done
HEAP=$("$(dirname "$JAVA")/jcmd" "$APP" GC.heap_info 2>/dev/null | grep -o 'committed [0-9]*K, used [0-9]*K' | head -1 || true)

python3 bench/write-results.py "$RESULTS" "$SCALE" "$LOAD_SECONDS" "$ROWS" "${REBUILD_MS:-?}" "$HEAP" "$DURATION"
echo "Written to docs/benchmarks.md"
