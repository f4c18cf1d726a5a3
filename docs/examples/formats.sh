#!/usr/bin/env bash
# README: the same data as DOCX and HTML (issue 12).
set -euo pipefail
source "$(dirname "$0")/lib.sh"
# README
jq '.format="docx"' fixtures/kallelse-2024-03-22.json | curl -u $A $H/api/previews -H 'Content-Type: application/json' -d @- -o kallelse.docx
jq '.format="html"' fixtures/protokoll-2023-11-30.json | curl -u $A $H/api/previews -H 'Content-Type: application/json' -d @- -o protokoll.html
jq '.format="docx"' fixtures/arsredovisning-2023.json | curl -u $A $H/api/previews -H 'Content-Type: application/json' -d @- -o utkast.docx
jq '.format="html"' fixtures/verksamhetsplan-2022-2024.json | curl -u $A $H/api/previews -H 'Content-Type: application/json' -d @- -o plan.html
