#!/usr/bin/env bash
# README "Bundles and email to the board" and docs/distribution.md: the kallelse with two bilagor, a justerat
# protokoll (meetings.sh makes one) and an uploaded PDF (the årsredovisning draft this script renders), sent to styrelsen.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
# README
# 1. the kallelse (it lists bilaga 1 and bilaga 2) and, as bilaga 1, the protokoll of a justerat meeting
KALLELSE=$(curl -u $A $H/api/documents -H 'Content-Type: application/json' \
  --data @fixtures/kallelse-2024-03-22.json | jq -r .id)
PROTOKOLL=$(curl -u $A "$H/api/meetings?organ=styrelsen" | jq -r '[.[] | select(.status == "JUSTERAT")][0].protokollDokument')
# 2. bilaga 2 as an uploaded PDF: any real, unencrypted PDF without scripts; here the årsredovisning draft
curl -u $A $H/api/previews -H 'Content-Type: application/json' --data @fixtures/arsredovisning-2023.json \
  -o arsredovisning-2023-utkast.pdf
UPLOAD=$(curl -u $A "$H/api/distribution/uploads?filnamn=arsredovisning-2023.pdf&titel=%C3%85rsredovisning%202023" \
  -H 'Content-Type: application/pdf' --data-binary @arsredovisning-2023-utkast.pdf | jq -r .id)
# 3. the bundle: bilaga numbers must be exactly those the kallelse lists
BUNDLE=$(curl -u $A $H/api/distribution/bundles -H 'Content-Type: application/json' -d '{
  "kallelse": "'$KALLELSE'",
  "bilagor": [{"nummer": 1, "dokument": "'$PROTOKOLL'"}, {"nummer": 2, "uppladdning": "'$UPLOAD'"}]}' \
  | jq -r .document.id)
curl -u $A $H/api/documents/$BUNDLE/content -o handlingar.pdf
# 4. send it to styrelsen as it sat on the meeting day, plus the auditor; the key makes a retry harmless (200)
SENDING=$(curl -u $A $H/api/distribution/sendings -H 'Content-Type: application/json' \
  -H "Idempotency-Key: handlingar-$BUNDLE" -d '{
  "dokument": "'$BUNDLE'", "organ": "styrelsen", "datum": "2024-03-22",
  "extra": ["Revisor Rut <revisor@example.se>"], "meddelande": "Välkomna till mötet!"}' | jq -r .id)
# 5. status per recipient: queued, sent or failed (without spring.mail.host: .eml files in <data-dir>/outbox/)
curl -u $A $H/api/distribution/sendings/$SENDING
