#!/usr/bin/env bash
# README "Organisation register" and docs/organisation.md.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
# README
curl -u $A $H/api/organisation                                    # förbund, huvudmän (with their codes), organ
curl -u $A "$H/api/organisation/organs/styrelsen/members?date=2023-11-30"
curl -u $A $H/api/organisation/organs/styrelsen/history
# A new ledamot: huvudman is the huvudman's code from GET /api/organisation (umea = Umeå kommun)
MEMBER=$(curl -u $A $H/api/organisation/organs/styrelsen/members -H 'Content-Type: application/json' \
     -d '{"namn":"Ny Ledamot","roll":"LEDAMOT","huvudman":"umea","email":"ny@example.se","fran":"2024-04-01"}')
# End the term (its last day, after it started): ended, never overwritten, so who sat when stays queryable
curl -u $A -X POST $H/api/organisation/terms/$(jq -r .uppdragId <<<"$MEMBER")/end \
     -H 'Content-Type: application/json' -d '{"till":"2025-12-31"}'
curl -u $A -X PUT $H/api/organisation/persons/$(jq -r .personId <<<"$MEMBER")/email \
     -H 'Content-Type: application/json' -d '{"email":"ny.ledamot@example.se"}'   # 204
curl -u $A $H/api/organisation/staff
curl -u $A -X PUT $H/api/organisation/organs/beredningen -H 'Content-Type: application/json' -d '{"namn":"Beredningen"}'
curl -u $A $H/api/organisation/import -H 'Content-Type: application/json' --data @fixtures/organisation.json
