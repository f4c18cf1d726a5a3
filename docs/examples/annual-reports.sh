#!/usr/bin/env bash
# README "Årsredovisning and Impactindex".
set -euo pipefail
source "$(dirname "$0")/lib.sh"
# README
jq .data fixtures/arsredovisning-2023.json | \
  curl -u $A -X PUT $H/api/annual-reports/2023 -H 'Content-Type: application/json' -d @-   # store the year (201 first time)
curl -u $A $H/api/annual-reports/2023                         # findings point into this body: /trappan/tryckt, …
curl -u $A $H/api/annual-reports/2023/document-request        # a ready POST /api/documents body
curl -u $A $H/api/annual-reports/settings/equity-cap
curl -u $A -X PUT $H/api/annual-reports/settings/equity-cap -H 'Content-Type: application/json' \
     -d '{"lowerRate":0.20,"limit":7000000,"upperRate":0.15}'                            # the "trappan"
curl -u $A $H/api/checks -H 'Content-Type: application/json' --data @fixtures/arsredovisning-2023.json | jq '.findings | length'  # the seed's 34
curl -u $A $H/api/previews -H 'Content-Type: application/json' --data @fixtures/arsredovisning-2023.json -o arsredovisning-2023-utkast.pdf
