#!/usr/bin/env bash
# Builds the base image Jib puts Tiwizi on, without a Docker daemon and without a registry: a Java runtime made by
# jlink from the JDK that builds Tiwizi, the few shared libraries that runtime links against (glibc, zlib), and a
# non-root user; written as a `docker save` archive that Jib reads as `tar://…` (pom.xml, profile `image`).
# Usage: deploy/image/base.sh OUT.tar   (JAVA_HOME: the JDK, 21 or newer)
set -euo pipefail
out=$(realpath -m "$1")
java_home=${JAVA_HOME:-$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
root="$work/root"
mkdir -p "$root"

# What the application and its libraries use of the JDK (jdk.localedata: Arabic and French dates and numbers;
# java.desktop: images, QR codes and PDF fonts; jdk.crypto.*: TLS to the database, S3 and SMTP; jdk.jfr and
# jdk.management: flight recordings and JMX for operations).
modules=java.base,java.compiler,java.desktop,java.instrument,java.logging,java.management,java.naming,java.net.http
modules+=,java.prefs,java.rmi,java.scripting,java.security.jgss,java.security.sasl,java.sql,java.sql.rowset
modules+=,java.transaction.xa,java.xml,java.xml.crypto,jdk.charsets,jdk.crypto.cryptoki,jdk.crypto.ec,jdk.jfr
modules+=,jdk.localedata,jdk.management,jdk.management.agent,jdk.naming.dns,jdk.net,jdk.security.auth,jdk.unsupported
modules+=,jdk.zipfs
available=$("$java_home/bin/java" --list-modules | sed 's/@.*//' | tr '\n' ' ')
wanted=$(tr ',' '\n' <<<"$modules" | while read -r m; do [[ " $available " == *" $m "* ]] && echo "$m"; done | paste -sd,)
"$java_home/bin/jlink" --add-modules "$wanted" --strip-debug --no-man-pages --no-header-files \
  --output "$root/opt/java"

# The shared libraries the runtime needs, at the paths its loader looks for them
{
  find "$root/opt/java" -name '*.so' -print0 | xargs -0 ldd 2>/dev/null
  ldd "$root/opt/java/bin/java"
} | grep -o '/[^ ]*\.so[^ ]*' | grep -v "^$root" | sort -u | while read -r lib; do
  mkdir -p "$root$(dirname "$lib")"
  cp -L "$lib" "$root$lib"
done

mkdir -p "$root/etc" "$root/tmp" "$root/var/lib/tiwizi"
cat >"$root/etc/passwd" <<'PASSWD'
root:x:0:0:root:/root:/sbin/nologin
tiwizi:x:10001:10001:Tiwizi:/var/lib/tiwizi:/sbin/nologin
PASSWD
printf 'root:x:0:\ntiwizi:x:10001:\n' >"$root/etc/group"
printf 'hosts: files dns\n' >"$root/etc/nsswitch.conf"

# One layer, owned by root except the data directory; /tmp for everyone (sticky)
chmod 1777 "$root/tmp"
tar --sort=name --mtime='2026-01-01 00:00:00Z' --numeric-owner --owner=0 --group=0 \
  --exclude=./var/lib/tiwizi -C "$root" -cf "$work/layer.tar" .
tar --sort=name --mtime='2026-01-01 00:00:00Z' --numeric-owner --owner=10001 --group=10001 \
  -C "$root" -rf "$work/layer.tar" ./var/lib/tiwizi
layer=$(sha256sum "$work/layer.tar" | cut -d' ' -f1)
mv "$work/layer.tar" "$work/$layer.tar"

cat >"$work/config.json" <<JSON
{"architecture":"amd64","os":"linux","created":"2026-01-01T00:00:00Z",
 "config":{"Env":["PATH=/opt/java/bin:/usr/bin:/bin","JAVA_HOME=/opt/java","LANG=C.UTF-8"],"User":"10001:10001"},
 "rootfs":{"type":"layers","diff_ids":["sha256:$layer"]},
 "history":[{"created":"2026-01-01T00:00:00Z","created_by":"deploy/image/base.sh: jlink runtime, its libraries, user tiwizi"}]}
JSON
config=$(sha256sum "$work/config.json" | cut -d' ' -f1)
mv "$work/config.json" "$work/$config.json"
printf '[{"Config":"%s.json","RepoTags":["tiwizi-base:local"],"Layers":["%s.tar"]}]\n' "$config" "$layer" \
  >"$work/manifest.json"
mkdir -p "$(dirname "$out")"
tar --numeric-owner -C "$work" -cf "$out" manifest.json "$config.json" "$layer.tar"
echo "base image: $out ($(du -h "$out" | cut -f1))"
