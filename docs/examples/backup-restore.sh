#!/usr/bin/env bash
# docs/operations.md: the restore drill with the embedded database. Backs up the running instance at $H, restores the
# backup into a fresh data directory, starts a second instance on it and checks every archived document and the audit
# chain. Run from a scratch folder; JAR names the service's jar (ExamplesIT passes it).
set -euo pipefail
source "$(dirname "$0")/lib.sh"
: "${JAR:=target/handlingar-0.1.0.jar}"
PORT=$((20000 + RANDOM % 20000)) PID=
trap 'kill $PID 2>/dev/null || true' EXIT
# README
# 1. on the running instance (ADMIN): an online, consistent copy of the database, then the archive directory
B=$(curl -u $A -X POST $H/api/backup)
mkdir -p backup/archive
cp "$(jq -r .database <<<"$B")" backup/handlingar-db.zip
ARCHIVE=$(jq -r .archiveDir <<<"$B")                          # archive files never change: copying after is safe
if [ -d "$ARCHIVE" ]; then cp -a "$ARCHIVE/." backup/archive/; fi
jq '{createdAt, sha256, documents, auditEntries, auditLastHash}' <<<"$B" > backup/manifest.json   # keep it apart
# 2. restore into a fresh data directory and start an instance on it
rm -rf restored && mkdir restored
unzip -q backup/handlingar-db.zip -d restored && cp -a backup/archive restored/archive
java -Xmx512m -jar "$JAR" --handlingar.data-dir=./restored --server.port=$PORT > restored.log 2>&1 & PID=$!
for _ in $(seq 150); do curl -o /dev/null http://localhost:$PORT/actuator/health 2>/dev/null && break; kill -0 $PID; sleep 2; done
# 3. every archived file against its SHA-256; the audit chain intact and ending where the backup's did
curl -u $A http://localhost:$PORT/api/documents/verify | jq -e '.intact and .problems == []'
curl -u $A http://localhost:$PORT/api/audit/verify \
  | jq -e --slurpfile m backup/manifest.json '.intact and .lastHash == $m[0].auditLastHash'
