#!/usr/bin/env bash
# README "Archive packages for e-arkiv": needs a justerat meeting (meetings.sh makes one).
set -euo pipefail
source "$(dirname "$0")/lib.sh"
# README
MEETING=$(curl -u $A "$H/api/meetings?organ=styrelsen" | jq -r '[.[] | select(.status == "JUSTERAT")][0].id')
curl -u $A $H/api/meetings/$MEETING/archive-package -o sammantrade.zip                     # E-ARK SIP of a justerat meeting
curl -u $A "$H/api/meetings/archive-package?organ=styrelsen&year=$(date -d '-3 days' +%Y)" -o styrelsen.zip   # an organ's year
unzip -l sammantrade.zip
