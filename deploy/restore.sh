#!/usr/bin/env bash
# Restores a backup made by deploy/backup.sh into an EMPTY database (PG* variables name it) and a documents directory;
# then start Tiwizi on them as usual (Flyway finds the schema at the backup's version and brings it up to date).
#   PGHOST=db PGUSER=tiwizi PGPASSWORD=... PGDATABASE=tiwizi_restored TIWIZI_STORAGE_DIRECTORY=/srv/tiwizi/documents \
#     deploy/restore.sh /srv/backups/tiwizi-20261130T020000Z
set -euo pipefail
backup=${1:?usage: deploy/restore.sh BACKUP_DIRECTORY}
PGBIN=${PGBIN:-$(dirname "$(command -v pg_restore || echo /usr/lib/postgresql/15/bin/pg_restore)")}
documents=${TIWIZI_STORAGE_DIRECTORY:-./data/documents}
(cd "$backup" && sha256sum --check --quiet SHA256SUMS)
tables=$("$PGBIN/psql" -At -c "select count(*) from pg_tables where schemaname = 'public'")
if [ "$tables" != 0 ]; then
  echo "The database $PGDATABASE is not empty ($tables tables): restore into an empty one." >&2
  exit 1
fi
"$PGBIN/pg_restore" --no-owner --no-privileges --exit-on-error --single-transaction --dbname="$PGDATABASE" \
  "$backup/database.dump"
mkdir -p "$documents"
tar -C "$documents" -xzf "$backup/documents.tar.gz"
echo "Restored $backup into $PGDATABASE and $documents"
