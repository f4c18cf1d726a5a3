#!/usr/bin/env bash
# README "From the bookkeeping to next year's report" (docs/bookkeeping.md): needs the 2023 report stored
# (annual-reports.sh stores it).
set -euo pipefail
source "$(dirname "$0")/lib.sh"
# README
curl -u $A $H/api/bookkeeping/imports -H "Content-Type: application/octet-stream" --data-binary @fixtures/bokforing-2023.se          # SIE 4, CP437; findings with line numbers
curl -u $A $H/api/bookkeeping/imports -H "Content-Type: application/octet-stream" --data-binary @fixtures/bokforing-2024.se          # opening balances = 2023's closing
curl -u $A $H/api/annual-reports/operating-mappings/222000-1354/umearegionen-2022-2024  # verksamhet → budget line (proposal by name)
curl -u $A -X PUT $H/api/annual-reports/operating-mappings/222000-1354/umearegionen-2022-2024 -H 'Content-Type: application/json' \
     -d '{"objects":[{"object":"VUXEN","budgetLine":"Vuxentorget"},{"object":"KANSLI","budgetLine":"Kansli och styrelse"}]}'
curl -u $A "$H/api/annual-reports/2024/figures?budget=umearegionen-2022-2024"            # RR, BR, noter, driftsredovisning from the books
curl -u $A $H/api/annual-reports/2024/draft -H 'Content-Type: application/json' \
     -d '{"budget":"umearegionen-2022-2024","signingDate":"2025-03-21"}'                  # needs the 2023 report stored
curl -u $A $H/api/annual-reports/2024/document-request | \
  curl -u $A $H/api/previews -H 'Content-Type: application/json' -d @- -o utkast-2024.pdf
