#!/usr/bin/env bash
# README and docs/audit.md: the audit log and the archive check (ADMIN).
set -euo pipefail
source "$(dirname "$0")/lib.sh"
# README
curl -u $A "$H/api/audit?kind=meeting.&from=2024-03-22"      # ADMIN: who did what, when, from where (newest first)
curl -u $A $H/api/audit/verify                               # the hash chain: first broken link, if any
curl -u $A $H/api/documents/verify                           # ADMIN: every archived file against its SHA-256
