#!/usr/bin/env bash
# Proof that Tiwizi runs past one machine, all on 127.0.0.1: a PostgreSQL 15 primary and its streaming replica
# (pg_basebackup), s3proxy as the document store, two Tiwizi nodes, Debian's nginx round-robin in front. A scripted
# story goes through the proxy (sign in, upload, check in by QR, rebuild the dashboard) with consecutive requests on
# different nodes; then both nodes are restarted one after the other under a read-and-write load. Writes what it saw
# into docs/operations.md.
#   bench/cluster.sh               # SKIP_BUILD=1 to reuse target/tiwizi-*.jar
set -euo pipefail
cd "$(dirname "$0")/.."
PGBIN=${PGBIN:-/usr/lib/postgresql/15/bin}
JAVA=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/java
WORK=$PWD/target/bench-cluster
PRIMARY=5495; REPLICA=5494; S3=9095; PROXY=8090; A=8091; B=8092
command -v nginx >/dev/null || [ -x /usr/sbin/nginx ] || { echo "nginx is needed: apt-get install -y nginx-light" >&2; exit 2; }
NGINX=$(command -v nginx || echo /usr/sbin/nginx)
AS=()
if [ "$(id -u)" = 0 ]; then AS=(runuser -u postgres --); fi
rm -rf "$WORK" && mkdir -p "$WORK"/{primary,s3/tiwizi-documents,documents-a,documents-b,nginx/logs,load}
[ "$(id -u)" = 0 ] && chown -R postgres "$WORK"

PIDS=()
stop() {
  for pid in "${PIDS[@]:-}" "${PID_A:-}" "${PID_B:-}"; do [ -n "$pid" ] && kill "$pid" 2>/dev/null || true; done
  [ -f "$WORK/nginx/nginx.pid" ] && "$NGINX" -p "$WORK/nginx" -c "$WORK/nginx.conf" -s stop 2>/dev/null || true
  "${AS[@]}" "$PGBIN/pg_ctl" -D "$WORK/replica" -m fast stop > /dev/null 2>&1 || true
  "${AS[@]}" "$PGBIN/pg_ctl" -D "$WORK/primary" -m fast stop > /dev/null 2>&1 || true
}
trap stop EXIT

echo "PostgreSQL primary and streaming replica..."
"${AS[@]}" "$PGBIN/initdb" -D "$WORK/primary" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 > "$WORK/initdb.log"
"${AS[@]}" "$PGBIN/pg_ctl" -D "$WORK/primary" -l "$WORK/primary.log" -w \
  -o "-p $PRIMARY -k /tmp -c wal_level=replica -c max_wal_senders=4 -c listen_addresses=127.0.0.1" start > /dev/null
"${AS[@]}" "$PGBIN/createdb" -h /tmp -p "$PRIMARY" -U postgres tiwizi
"${AS[@]}" "$PGBIN/pg_basebackup" -h /tmp -p "$PRIMARY" -U postgres -D "$WORK/replica" -R -X stream
"${AS[@]}" "$PGBIN/pg_ctl" -D "$WORK/replica" -l "$WORK/replica.log" -w \
  -o "-p $REPLICA -k /tmp -c listen_addresses=127.0.0.1 -c hot_standby=on" start > /dev/null
psql() { "${AS[@]}" "$PGBIN/psql" -h /tmp -p "$PRIMARY" -U postgres -v ON_ERROR_STOP=1 -At tiwizi "$@"; }

[ "${SKIP_BUILD:-}" = 1 ] || ./mvnw -B -q package -DskipTests
JAR=$(ls target/tiwizi-*.jar | head -1)
./mvnw -B -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$WORK/classpath.txt" > /dev/null
CLASSPATH_TEST=$(cat "$WORK/classpath.txt")

echo "s3proxy..."
cat > "$WORK/s3proxy.conf" <<CONF
s3proxy.endpoint=http://127.0.0.1:$S3
s3proxy.authorization=aws-v2-or-v4
s3proxy.identity=tiwizi
s3proxy.credential=tiwizi-secret
jclouds.provider=filesystem
jclouds.filesystem.basedir=$WORK/s3
CONF
"$JAVA" -cp "$CLASSPATH_TEST" org.gaul.s3proxy.Main --properties "$WORK/s3proxy.conf" > "$WORK/s3proxy.log" 2>&1 &
PIDS+=($!)

node() { # name port [demo]
  SPRING_DATASOURCE_URL="jdbc:postgresql://127.0.0.1:$PRIMARY/tiwizi" SPRING_DATASOURCE_USERNAME=postgres \
  SPRING_DATASOURCE_PASSWORD=unused TIWIZI_REPLICA_URL="jdbc:postgresql://127.0.0.1:$REPLICA/tiwizi" \
  TIWIZI_STORAGE_S3_BUCKET=tiwizi-documents TIWIZI_STORAGE_S3_ENDPOINT="http://127.0.0.1:$S3" \
  TIWIZI_STORAGE_S3_ACCESSKEY=tiwizi TIWIZI_STORAGE_S3_SECRETKEY=tiwizi-secret \
  TIWIZI_STORAGE_DIRECTORY="$WORK/documents-$1" TIWIZI_NODE_NAME="node-$1" \
  TIWIZI_TRAINING_REMINDERSEVERY=PT3S TIWIZI_TRAINING_REMINDERSAFTERSTART=PT5S \
  TIWIZI_PUBLIC_URL="http://127.0.0.1:$PROXY" TIWIZI_DEMO_ENABLED="${3:-false}" TIWIZI_ADMIN_PASSWORD=cluster-admin-2026 \
  "$JAVA" -Xmx512m -jar "$JAR" --server.port="$2" >> "$WORK/node-$1.log" 2>&1 &
  echo $!
}
ready() { for _ in $(seq 1 180); do curl -fs "http://127.0.0.1:$1/actuator/health/readiness" > /dev/null && return; sleep 0.5; done; echo "node on $1 not ready" >&2; exit 1; }
echo "Two Tiwizi nodes..."
PID_A=$(node a $A true); ready $A
PID_B=$(node b $B); ready $B

cat > "$WORK/nginx.conf" <<CONF
worker_processes 1;
pid $WORK/nginx/nginx.pid;
error_log $WORK/nginx/logs/error.log;
events { worker_connections 256; }
http {
  access_log $WORK/nginx/logs/access.log;
  client_body_temp_path $WORK/nginx/body; proxy_temp_path $WORK/nginx/proxy;
  fastcgi_temp_path $WORK/nginx/fastcgi; uwsgi_temp_path $WORK/nginx/uwsgi; scgi_temp_path $WORK/nginx/scgi;
  upstream tiwizi { server 127.0.0.1:$A max_fails=0; server 127.0.0.1:$B max_fails=0; keepalive 16; }
  server {
    listen 127.0.0.1:$PROXY;
    client_max_body_size 41m;
    location / {
      proxy_pass http://tiwizi;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_set_header Host \$host:\$server_port;
      proxy_set_header X-Forwarded-For \$remote_addr;
      proxy_set_header X-Forwarded-Proto http;
      # a node that is stopping or starting refuses the connection: the other one answers (the request was not sent)
      proxy_next_upstream error timeout http_502 http_503;
      proxy_connect_timeout 2s;
    }
  }
}
CONF
"$NGINX" -p "$WORK/nginx" -c "$WORK/nginx.conf"
URL="http://127.0.0.1:$PROXY"

# --- the story, through the proxy ---
get() { curl -s -b "$1" -c "$1" -D "$WORK/h" -o "$WORK/b" -w '%{http_code}' "$URL$2"; }
node_of() { grep -i '^x-tiwizi-node:' "$WORK/h" | tr -d '\r' | cut -d' ' -f2; }
csrf() { grep -o 'name="_csrf" value="[^"]*"' "$WORK/b" | head -1 | sed 's/.*value="//; s/"//'; }
signin() { # jar user password
  get "$1" /login > /dev/null
  curl -s -b "$1" -c "$1" -o /dev/null -w '%{http_code}' -X POST "$URL/login" --data-urlencode "username=$2" \
    --data-urlencode "password=$3" --data-urlencode "_csrf=$(csrf)"
}
CHECKS=()
check() { if [ "$2" = yes ]; then CHECKS+=("- $1: **yes**"); else CHECKS+=("- $1: **NO**"); FAILED=1; fi; echo "$1: $2"; }
FAILED=0

COOP=$WORK/coop.jar; ADMIN=$WORK/admin.jar; TRAINER=$WORK/trainer.jar
[ "$(signin "$COOP" coop tiwizi-demo)" = 302 ] || { echo "sign-in failed" >&2; exit 1; }
nodes=""; pages=0
for _ in 1 2 3 4; do
  [ "$(get "$COOP" /)" = 200 ] && grep -q 'رئيسة التعاونية' "$WORK/b" && pages=$((pages + 1))
  nodes="$nodes $(node_of)"
done
spread=$(echo $nodes | tr ' ' '\n' | sort -u | wc -l)
check "consecutive requests land on different nodes ($nodes)" $([ "$spread" = 2 ] && echo yes || echo no)
check "the session carries over (4 signed-in pages of 4)" $([ "$pages" = 4 ] && echo yes || echo no)

get "$COOP" /market/labels > /dev/null
printf '%%PDF-1.4 certificate %s' "$(date +%s%N)" > "$WORK/certificate.pdf"
curl -s -b "$COOP" -c "$COOP" -D "$WORK/h" -o /dev/null -X POST "$URL/market/labels" -F kind=ORGANIC -F detail=cluster \
  -F "document=@$WORK/certificate.pdf;type=application/pdf" -F "_csrf=$(csrf)"
uploaded_on=$(node_of)
label=$(psql -c "select max(id) from market_label")
[ "$(signin "$ADMIN" admin tiwizi-demo)" = 302 ]
same=0; seen=""
for _ in 1 2 3 4; do
  [ "$(get "$ADMIN" "/labels/$label/document")" = 200 ] && cmp -s "$WORK/b" "$WORK/certificate.pdf" && same=$((same + 1))
  seen="$seen $(node_of)"
done
check "a document uploaded on $uploaded_on downloads from both nodes ($seen), in S3" \
  $([ "$same" = 4 ] && [ "$(echo $seen | tr ' ' '\n' | sort -u | wc -l)" = 2 ] \
    && [ "$(find "$WORK/s3/tiwizi-documents" -type f | wc -l)" -ge 1 ] \
    && [ "$(find "$WORK/documents-a" "$WORK/documents-b" -type f | wc -l)" = 0 ] && echo yes || echo no)

programme=$(psql -c "insert into training_programme (title, starts_on, ends_on, venue, target_cooperatives, created_at,
  created_by, version) values ('Cluster', current_date, current_date, 'Taroudant', 10, now(), 'bench', 0) returning id" | head -1)
session=$(psql -c "insert into training_session (programme_id, module_id, trainer_id, held_on, starts_at, ends_at, place,
  place_key, capacity, version) select $programme, min(m.id), (select id from accounts_user where username = 'trainer'),
  current_date, '00:01', '23:59', 'Cluster hall', 'cluster hall', 30, 0 from training_module m returning id" | head -1)
[ "$(signin "$TRAINER" trainer tiwizi-demo)" = 302 ]
get "$TRAINER" "/trainer/sessions/$session/qr" > /dev/null
qr_on=$(node_of)
checkin=$("$JAVA" -cp "$CLASSPATH_TEST" bench/QrText.java "$WORK/b")
verified=0; seen=""
for try in 1 2; do
  [ "$try" = 2 ] && get "$TRAINER" / > /dev/null  # one more request, so that the second check-in lands on the other node
  jar=$WORK/anonymous-$RANDOM.jar
  curl -s -c "$jar" -b "$jar" -o "$WORK/b" "$checkin&lang=en"
  code=${checkin##*code=}
  curl -s -b "$jar" -c "$jar" -D "$WORK/h" -o "$WORK/b" -X POST "$URL/checkin/$session?lang=en" \
    --data-urlencode "code=$code" --data-urlencode "phone=not a phone" --data-urlencode "_csrf=$(csrf)"
  grep -q 'Enter a Moroccan phone number' "$WORK/b" && ! grep -q 'not genuine' "$WORK/b" && verified=$((verified + 1))
  seen="$seen $(node_of)"
done
check "the check-in QR made on $qr_on verifies on ($seen)" $([ "$verified" = 2 ] && echo yes || echo no)

tomorrow=$(psql -c "insert into training_session (programme_id, module_id, trainer_id, held_on, starts_at, ends_at,
  place, place_key, capacity, version) select $programme, min(m.id), (select id from accounts_user where username =
  'trainer'), current_date + 1, '09:00', '12:00', 'Cluster hall', 'cluster hall', 30, 0 from training_module m
  returning id" | head -1)
invitation=$(psql -c "insert into training_invitation (session_id, cooperative_id, invited_at, invited_by)
  select $tomorrow, cooperative_id, now(), 'bench' from accounts_user where username = 'coop' returning id" | head -1)
for _ in $(seq 1 60); do
  [ "$(psql -c "select count(*) from notifications_inbox where link = '/training/invitations/$invitation'")" -ge 1 ] && break
  sleep 0.5
done
sleep 10  # both nodes look for reminders every 3 s: let each look several times more
reminders=$(psql -c "select count(*) from notifications_inbox where link = '/training/invitations/$invitation'")
check "a session's reminder is sent once though both nodes look for it every 3 s ($reminders)" \
  $([ "$reminders" = 1 ] && echo yes || echo no)

get "$ADMIN" /admin/insights > /dev/null
curl -s -b "$ADMIN" -c "$ADMIN" -o /dev/null -X POST "$URL/admin/insights/rebuild" --data-urlencode "_csrf=$(csrf)"
built=""; seen=""
for _ in 1 2; do
  get "$ADMIN" /admin/insights > /dev/null
  built="$built|$(grep -o 'id="built-at">[^<]*<bdi>[^<]*' "$WORK/b" | sed 's/.*<bdi>//')"
  seen="$seen $(node_of)"
done
check "the dashboard shows the rebuild on both nodes ($seen:$built)" \
  $([ "$(echo "$built" | tr '|' '\n' | grep -v '^$' | sort -u | wc -l)" = 1 ] && echo yes || echo no)
locks=$(psql -c "select count(*) || ' jobs locked so far' from shedlock")
check "scheduled jobs take their lock in the database before running ($locks)" \
  $([ "$(psql -c "select count(*) from shedlock")" -ge 1 ] && echo yes || echo no)

# --- a rolling restart of both nodes under a read-and-write load ---
echo "Rolling restart under load..."
RUN=$(date +%s)
END=$WORK/load/running; touch "$END"
LOAD=()
for w in 1 2 3; do
  ( while [ -f "$END" ]; do
      for page in /shop "/shop/products?q=%D8%B2%D8%B9%D9%81%D8%B1%D8%A7%D9%86" /calls /shop/cooperatives/1; do
        curl -s -o /dev/null -w '%{http_code}\n' "$URL$page"
      done
    done > "$WORK/load/get-$w.txt" ) &
  LOAD+=($!)
done
products=($(psql -c "select id from market_product where visible order by id"))
psql -c "update market_product set stock = 100000" > /dev/null  # the buyer must not empty the demo shops
( i=0; jar=$WORK/load/buyer.jar
  while [ -f "$END" ]; do
    i=$((i + 1)); product=${products[$((i % ${#products[@]}))]}
    add=$(curl -s -b "$jar" -c "$jar" -o /dev/null -w '%{http_code}' -X POST "$URL/shop/cart" \
      --data-urlencode "product=$product" --data-urlencode "quantity=1")
    curl -s -b "$jar" -c "$jar" -o "$WORK/load/page.html" "$URL/shop/checkout"
    token=$(grep -o 'name="_csrf" value="[^"]*"' "$WORK/load/page.html" | head -1 | sed 's/.*value="//; s/"//' || true)
    placed=$(curl -s -b "$jar" -c "$jar" -o /dev/null -w '%{http_code}' -X POST "$URL/shop/checkout" \
      --data-urlencode "name=Cluster buyer" --data-urlencode "phone=0661234567" --data-urlencode "city=Agadir" \
      --data-urlencode "address=Hay Salam" --data-urlencode "note=" --data-urlencode "payment=CASH_ON_DELIVERY" \
      --data-urlencode "checkoutKey=cluster-$RUN-$i" --data-urlencode "_csrf=$token")
    echo "cluster-$RUN-$i $add $placed"
    sleep 0.2
  done > "$WORK/load/post.txt" ) &
LOAD+=($!)
sleep 5
restart() { # name port pid
  kill -TERM "$3"; while kill -0 "$3" 2>/dev/null; do sleep 0.2; done
  local pid; pid=$(node "$1" "$2"); ready "$2"; echo "$pid"
}
started=$(date +%s)
PID_A=$(restart a $A "$PID_A"); sleep 5
PID_B=$(restart b $B "$PID_B"); sleep 5
restart_seconds=$(( $(date +%s) - started ))
rm -f "$END"; wait "${LOAD[@]}"
gets=$(cat "$WORK"/load/get-*.txt | wc -l)
failed_gets=$(cat "$WORK"/load/get-*.txt | grep -cv '^200$' || true)
posts=$(wc -l < "$WORK/load/post.txt")
answered=$(awk '$3 == 302 {print $1}' "$WORK/load/post.txt" | sort)
psql -c "select checkout_key || ' ' || count(*) from market_order where checkout_key like 'cluster-$RUN-%' group by checkout_key" \
  | sort > "$WORK/load/orders.txt"
twice=$(awk '$2 > 1' "$WORK/load/orders.txt" | wc -l)
lost=$(comm -23 <(echo "$answered" | grep -v '^$') <(cut -d' ' -f1 "$WORK/load/orders.txt") | wc -l)
refused=$(awk '$3 != 302' "$WORK/load/post.txt" | wc -l)
check "rolling restart: $failed_gets failed GETs of $gets" $([ "$failed_gets" = 0 ] && echo yes || echo no)
check "rolling restart: of $posts checkouts, $((posts - refused)) answered 3xx, none applied twice ($twice)" \
  $([ "$twice" = 0 ] && echo yes || echo no)
check "rolling restart: no checkout answered 3xx is lost ($lost)" $([ "$lost" = 0 ] && echo yes || echo no)

python3 - "$restart_seconds" "${CHECKS[@]}" <<'PY'
import datetime, re, sys
seconds, checks = sys.argv[1], sys.argv[2:]
section = f"""<!-- cluster:start -->
### Two nodes behind a proxy (`bench/cluster.sh`, {datetime.date.today()})

All on 127.0.0.1: a PostgreSQL 15 primary with a streaming replica (`pg_basebackup -R`), s3proxy as the S3 store,
two Tiwizi nodes (`-Xmx512m`, demo data) with the replica and the bucket configured, Debian's nginx round-robin in
front. The story goes through the proxy; the rolling restart (both nodes stopped gracefully and started again, one
after the other, {seconds} s in all) runs under three readers and one buyer placing orders.

""" + "\n".join(checks) + "\n<!-- cluster:end -->"
path = "docs/operations.md"
text = open(path).read()
if "<!-- cluster:start -->" in text:
    text = re.sub(r"<!-- cluster:start -->.*<!-- cluster:end -->", section, text, flags=re.S)
else:
    text = text.rstrip() + "\n\n" + section + "\n"
open(path, "w").write(text)
PY
exit $FAILED
