#!/usr/bin/env bash
# National-scale benchmark, at two scales of the national dataset (0.1 and 1 by default: 6,000 and 60,000
# cooperatives, 200,000 and 2,000,000 orders...), each on a PostgreSQL 15 cluster of its own, Tiwizi with a 512 MB heap:
#   - wrk against a static file (the ceiling of any page, with the same session cookie for signed-in pages) and the
#     pages that matter, paginated lists and searches among them; p95 at scale 1 ÷ p95 at scale 0.1 is the growth;
#   - GC time as a share of the load's wall time (jstat);
#   - dashboards, first view after a rebuild: each view's time through HTTP beside the time psql takes to run the
#     same statements with the same values (taken from PostgreSQL's statement log in the same run);
#   - a change reaching the dashboards: five cooperatives' status changed through their page, each refresh's time
#     beside the full rebuild's;
#   - start-up to ready, with and without an AOT cache of the JDK (JEP 483/514), on the extracted jar.
# Writes the results into docs/benchmarks.md.
#   SCALES=0.1 DURATION=10s bench/national.sh     # a quicker run at one scale
#   REUSE=1 bench/national.sh                     # measure again on the datasets of the previous run
set -euo pipefail
cd "$(dirname "$0")/.."
SCALES=${SCALES:-"0.1 1"}
DURATION=${DURATION:-20s}
WARMUP=${WARMUP:-10s}
PGPORT=${PGPORT:-5499}
PORT=${PORT:-8099}
HEAP=${HEAP:-512m}
PGBIN=${PGBIN:-/usr/lib/postgresql/15/bin}
JDK=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
JAVA=$JDK/bin/java
ROOT=$PWD/target/bench-national
command -v wrk >/dev/null || { echo "wrk is needed: apt-get install -y wrk" >&2; exit 2; }
AS=()
if [ "$(id -u)" = 0 ]; then AS=(runuser -u postgres --); fi
mkdir -p "$ROOT"
[ "$(id -u)" = 0 ] && chown postgres "$ROOT"

[ "${SKIP_BUILD:-}" = 1 ] || ./mvnw -B -q package -DskipTests -Dimage.skip=true
# the extracted jar: the layout the AOT cache needs (classes from plain jars), used for every run alike
rm -rf "$ROOT/app"
"$JAVA" -Djarmode=tools -jar "$(ls target/tiwizi-*.jar | head -1)" extract --destination "$ROOT/app" > /dev/null
APPJAR=$(ls "$ROOT"/app/tiwizi-*.jar | head -1)
export TIWIZI_ADMIN_PASSWORD=bench-admin-password

APP=
CUR=
cleanup() {
  [ -n "$APP" ] && kill "$APP" 2> /dev/null && wait "$APP" 2> /dev/null || true
  [ -n "$CUR" ] && "${AS[@]}" "$PGBIN/pg_ctl" -D "$CUR/pg" -m fast stop > /dev/null 2>&1 || true
}
trap cleanup EXIT
now_ms() { date +%s%3N; }
ready_after() { # pid started_ms -> ms until readiness answers 200
  for _ in $(seq 1 1200); do
    if curl -sf "http://localhost:$PORT/actuator/health/readiness" > /dev/null; then echo $(( $(now_ms) - $2 )); return; fi
    kill -0 "$1" 2> /dev/null || { echo "failed"; return; }
    sleep 0.1
  done
  echo "timeout"
}

run_scale() {
  local SCALE=$1 WORK="$ROOT/scale-$1" FRESH=true
  if [ "${REUSE:-}" = 1 ] && [ -f "$WORK/dataset.txt" ]; then
    FRESH=false
  else
    rm -rf "$WORK" && mkdir -p "$WORK/pg"
    [ "$(id -u)" = 0 ] && chown -R postgres "$WORK"
    "${AS[@]}" "$PGBIN/initdb" -D "$WORK/pg" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 > "$WORK/initdb.log"
  fi
  "${AS[@]}" "$PGBIN/pg_ctl" -D "$WORK/pg" -l "$WORK/pg/server.log" -w -o "-p $PGPORT -k /tmp \
    -c shared_buffers=1GB -c max_wal_size=4GB -c work_mem=32MB -c log_line_prefix='%m [%p] '" start > /dev/null
  CUR=$WORK
  local PSQL=("${AS[@]}" "$PGBIN/psql" -h /tmp -p "$PGPORT" -U postgres -At tiwizi -c)
  $FRESH && "${AS[@]}" "$PGBIN/createdb" -h /tmp -p "$PGPORT" -U postgres tiwizi
  local DB=(--spring.datasource.url="jdbc:postgresql://localhost:$PGPORT/tiwizi?reWriteBatchedInserts=true"
      --spring.datasource.username=postgres --spring.datasource.password=unused)
  export TIWIZI_STORAGE_DIRECTORY="$WORK/documents"
  if $FRESH; then
    echo "Generating the national dataset at scale $SCALE..."
    local started=$(date +%s)
    "$JAVA" -jar "$APPJAR" "${DB[@]}" --server.port=0 --tiwizi.generate.scale="$SCALE" --tiwizi.generate.seed=42 \
      > "$WORK/generate.log" 2>&1
    echo $(( $(date +%s) - started )) > "$WORK/dataset.txt"
    "${PSQL[@]}" "vacuum analyze" > /dev/null
  fi
  "${PSQL[@]}" "select
    (select count(*) from territory_commune) || ' communes, ' || (select count(*) from registry_cooperative)
    || ' cooperatives, ' || (select sum(members_women + members_men) from registry_cooperative) || ' members, '
    || (select count(*) from training_session) || ' sessions, ' || (select count(*) from training_participant)
    || ' attendance records, ' || (select count(*) from funding_application) || ' applications, '
    || (select count(*) from market_product) || ' products, ' || (select count(*) from market_order) || ' orders'" \
    > "$WORK/rows.txt"
  echo "Scale $SCALE: $(cat "$WORK/rows.txt")"

  # --- start, without an AOT cache; the analytics tables are rebuilt a second after start ---
  local started=$(now_ms)
  "$JAVA" -Xmx$HEAP -jar "$APPJAR" "${DB[@]}" --server.port="$PORT" --tiwizi.insights.refresh-after-start=PT1S \
    > "$WORK/app.log" 2>&1 &
  APP=$!
  ready_after "$APP" "$started" > "$WORK/startup-cold.txt"
  for _ in $(seq 1 900); do grep -q "Analytics tables rebuilt" "$WORK/app.log" && break; sleep 1; done
  grep -o "Analytics tables rebuilt in [0-9]* ms" "$WORK/app.log" | head -1 | grep -o "[0-9]*" > "$WORK/rebuild.txt"

  local BASE=http://localhost:$PORT COOKIES="$WORK/cookies.txt"
  local CSRF=$(curl -s -c "$COOKIES" "$BASE/login" | grep -o 'name="_csrf" value="[^"]*"' | sed 's/.*value="//;s/"//')
  curl -s -b "$COOKIES" -c "$COOKIES" -o /dev/null --data-urlencode "username=admin" \
    --data-urlencode "password=$TIWIZI_ADMIN_PASSWORD" --data-urlencode "_csrf=$CSRF" "$BASE/login"
  local SESSION=$(awk '$6 == "SESSION" {print $7}' "$COOKIES")

  # --- dashboards, first view after the rebuild: HTTP beside psql on the same statements ---
  "${PSQL[@]}" "alter system set log_min_duration_statement = 0" > /dev/null
  "${PSQL[@]}" "select pg_reload_conf()" > /dev/null
  local LOGSTART=$(wc -c < "$WORK/pg/server.log")
  : > "$WORK/views.txt"
  local n=0
  while IFS= read -r view; do
    n=$((n + 1))
    "${PSQL[@]}" "select 'tiwizi-bench-view $n'" > /dev/null
    curl -s -o /dev/null -w "$n %{time_total}\n" -H "Cookie: SESSION=$SESSION" "$BASE/admin/insights$view" \
      >> "$WORK/views.txt"
  done < <(echo ""; "${PSQL[@]}" "select distinct province from territory_commune order by 1 limit 15" \
      | python3 -c 'import sys, urllib.parse; [print("?province=" + urllib.parse.quote(l.strip())) for l in sys.stdin]';
    for s in SAFFRON ARGAN HONEY; do echo "?sector=$s"; done; echo "?womenLed=true"; echo "?youthLed=true")
  "${PSQL[@]}" "select 'tiwizi-bench-view end'" > /dev/null
  "${PSQL[@]}" "alter system reset log_min_duration_statement" > /dev/null
  "${PSQL[@]}" "select pg_reload_conf()" > /dev/null
  tail -c +"$((LOGSTART + 1))" "$WORK/pg/server.log" > "$WORK/views-statements.log"
  python3 bench/raw-sql.py "$WORK/views-statements.log" "$WORK/views.txt" \
    "${AS[*]} $PGBIN/psql -h /tmp -p $PGPORT -U postgres -q tiwizi" > "$WORK/dashboards.txt"

  # --- a change reaches the dashboards: a cooperative's status changed through its page, then the refresh ---
  : > "$WORK/refresh.txt"
  for id in $("${PSQL[@]}" "select id from registry_cooperative where status = 'ACTIVE' and id % 997 = 0
      order by id limit 5"); do
    local before=$(grep -c "Analytics tables refreshed" "$WORK/app.log" || true)
    local token=$(curl -s -H "Cookie: SESSION=$SESSION" "$BASE/cooperatives/$id" \
      | grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//;s/"//')
    curl -s -o /dev/null -H "Cookie: SESSION=$SESSION" --data "status=DORMANT&_csrf=$token" \
      "$BASE/cooperatives/$id/status"
    for _ in $(seq 1 60); do
      [ "$(grep -c "Analytics tables refreshed" "$WORK/app.log" || true)" -gt "$before" ] && break
      sleep 0.5
    done
  done
  grep -o "refreshed for [0-9]* cooperatives in [0-9]* communes in [0-9]* ms" "$WORK/app.log" \
    | grep -o "[0-9]* ms" | grep -o "[0-9]*" > "$WORK/refresh.txt" || true

  # --- pages under load ---
  local PRODUCT=$("${PSQL[@]}" "select min(id) from market_product")
  local APPLICATION=$("${PSQL[@]}" "select min(id) from funding_application")
  local CALL=$("${PSQL[@]}" "select call_id from funding_application group by call_id order by count(*) desc limit 1")
  local ARABIC=$(python3 -c 'import urllib.parse; print(urllib.parse.quote("تعاونيه الامل 12"))')
  local SAFFRON=$(python3 -c 'import urllib.parse; print(urllib.parse.quote("الزعفران"))')
  local ENDPOINTS=(
    "baseline: a static file|/css/tiwizi.css|"
    "baseline, signed in: a static file with the session cookie|/css/tiwizi.css|auth"
    "dashboard, one province|/admin/insights?province=Province%201|auth"
    "dashboard, national|/admin/insights|auth"
    "registry list, first page|/cooperatives|auth"
    "registry list, page 50|/cooperatives?page=50|auth"
    "registry search, Arabic (\`تعاونيه الامل 12\`)|/cooperatives?q=$ARABIC|auth"
    "storefront home|/shop|"
    "storefront catalogue, page 5|/shop/products?page=5|"
    "storefront search, Arabic (\`الزعفران\`)|/shop/products?q=$SAFFRON|"
    "product page|/shop/products/$PRODUCT|"
    "applications of a call, first page|/calls/$CALL/applications|auth"
    "application page|/applications/$APPLICATION|auth"
  )
  local RESULTS="$WORK/results.txt"
  : > "$RESULTS"
  local GC0=$("$JDK/bin/jstat" -gc "$APP" | awk 'NR == 2 {print $NF}') T0=$(now_ms)
  for entry in "${ENDPOINTS[@]}"; do
    IFS='|' read -r name path auth <<< "$entry"
    local header=()
    [ -n "$auth" ] && header=(-H "Cookie: SESSION=$SESSION")
    local status=$(curl -s -o /dev/null -w '%{http_code}' "${header[@]}" "$BASE$path")
    wrk -t2 -c4 -d"$WARMUP" "${header[@]}" "$BASE$path" > /dev/null
    local line=$(wrk -t2 -c4 -d"$DURATION" "${header[@]}" -s bench/wrk-report.lua "$BASE$path" | grep '^RESULT')
    echo "$name|$status|$line" | tee -a "$RESULTS"
  done
  local GC1=$("$JDK/bin/jstat" -gc "$APP" | awk 'NR == 2 {print $NF}') T1=$(now_ms)
  echo "$GC0 $GC1 $T0 $T1" > "$WORK/gc.txt"
  "$JDK/bin/jcmd" "$APP" GC.heap_info 2>/dev/null | grep -o 'committed [0-9]*K, used [0-9]*K' | head -1 \
    > "$WORK/heap.txt" || true
  kill "$APP"; wait "$APP" 2>/dev/null || true

  # --- start-up with an AOT cache: one training run that stops once the application context is refreshed ---
  rm -f "$WORK/app.aot"
  "$JAVA" -Xmx$HEAP -XX:AOTCacheOutput="$WORK/app.aot" -Dspring.context.exit=onRefresh -jar "$APPJAR" "${DB[@]}" \
    --server.port="$PORT" > "$WORK/aot-training.log" 2>&1 || true
  if [ -f "$WORK/app.aot" ]; then
    started=$(now_ms)
    "$JAVA" -Xmx$HEAP -XX:AOTCache="$WORK/app.aot" -jar "$APPJAR" "${DB[@]}" --server.port="$PORT" \
      > "$WORK/app-aot.log" 2>&1 &
    APP=$!
    ready_after "$APP" "$started" > "$WORK/startup-aot.txt"
    kill "$APP"; wait "$APP" 2>/dev/null || true
  else
    echo "no cache" > "$WORK/startup-aot.txt"
  fi
  APP=
  "${AS[@]}" "$PGBIN/pg_ctl" -D "$WORK/pg" -m fast stop > /dev/null
  CUR=
}

for scale in $SCALES; do run_scale "$scale"; done
python3 bench/write-results.py "$ROOT" "$DURATION" "$HEAP" $SCALES
echo "Written to docs/benchmarks.md"
