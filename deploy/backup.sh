#!/usr/bin/env bash
# A backup of one Tiwizi installation: the database as one consistent snapshot (pg_dump runs in a single
# transaction, so nodes may keep serving), then the documents. Documents are named by their content and never
# changed, so those written after the snapshot are only extra; every document the snapshot names is in the copy.
#   PGHOST=db PGUSER=tiwizi PGPASSWORD=... PGDATABASE=tiwizi TIWIZI_STORAGE_DIRECTORY=/srv/tiwizi/documents \
#     deploy/backup.sh /srv/backups
# With documents in an S3 bucket, copy the bucket with the store's own tools (mc mirror, rclone) after the dump.
set -euo pipefail
target=${1:?usage: deploy/backup.sh DIRECTORY}
PGBIN=${PGBIN:-$(dirname "$(command -v pg_dump || echo /usr/lib/postgresql/15/bin/pg_dump)")}
documents=${TIWIZI_STORAGE_DIRECTORY:-./data/documents}
backup="$target/tiwizi-$(date -u +%Y%m%dT%H%M%SZ)"
mkdir -p "$backup"
"$PGBIN/pg_dump" --format=custom --no-owner --no-privileges --file="$backup/database.dump"
if [ -d "$documents" ]; then
  tar -C "$documents" -czf "$backup/documents.tar.gz" .
else
  tar -czf "$backup/documents.tar.gz" --files-from=/dev/null
fi
(cd "$backup" && sha256sum database.dump documents.tar.gz > SHA256SUMS)
echo "$backup"
