#!/usr/bin/env bash
# README "Budgets and the verksamhetsplan".
set -euo pipefail
source "$(dirname "$0")/lib.sh"
# README
jq .data.budget fixtures/verksamhetsplan-2022-2024.json | \
  curl -u $A $H/api/budgets/umea-2022/versions -H 'Content-Type: application/json' -d @-   # new version: 201 + Location
curl -u $A $H/api/budgets                                                   # every budget with its newest version
curl -u $A $H/api/budgets/umearegionen-2022-2024                            # stored with the demo data
curl -u $A $H/api/budgets/umea-2022/versions
curl -u $A $H/api/budgets/umea-2022/versions/1
jq '{format:"docx", plan: (.data | del(.budget))}' fixtures/verksamhetsplan-2022-2024.json | \
  curl -u $A $H/api/budgets/umearegionen-2022-2024/documents -H 'Content-Type: application/json' -d @-   # from the stored budget
curl -u $A $H/api/documents -H 'Content-Type: application/json' --data @fixtures/verksamhetsplan-2022-2024.json
curl -u $A $H/api/checks -H 'Content-Type: application/json' --data @fixtures/verksamhetsplan-2025-2027.json  # 7 planted findings
