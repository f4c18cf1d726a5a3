#!/usr/bin/env bash
# README: the same data as DOCX and HTML (issue 12), for every bundled document.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
# README
for f in kallelse-2024-03-22 protokoll-2023-11-30 arsredovisning-2023 verksamhetsplan-2022-2024 verksamhetsplan-2025-2027; do
  for format in pdf docx html; do
    jq --arg format "$format" '.format=$format' fixtures/$f.json \
      | curl -u $A $H/api/previews -H 'Content-Type: application/json' -d @- -o $f.$format
  done
done
