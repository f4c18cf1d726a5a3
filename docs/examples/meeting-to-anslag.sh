#!/usr/bin/env bash
# From a new meeting to the anslag on the public anslagstavla, with curl (and jq to pick ids out of answers).
# Start the service first with the demo data (the README's first command, --handlingar.demo=true); it stores
# fixtures/organisation.json, so styrelsen exists.
# Runs as admin by default (HANDLINGAR_ADMIN_PASSWORD); to run it as a sekreterare, create one first
#   curl -u "admin:$HANDLINGAR_ADMIN_PASSWORD" -X PUT http://localhost:8080/api/users/sekreterare \
#        -H 'Content-Type: application/json' -d '{"password":"ett-langt-losenord","roles":["SEKRETERARE"]}'
# and run with AUTH=sekreterare:ett-langt-losenord. CI runs this script as written against the packaged jar.
set -euo pipefail
BASE=${BASE:-${H:-http://localhost:8080}}
AUTH=${AUTH:-admin:${HANDLINGAR_ADMIN_PASSWORD:?set HANDLINGAR_ADMIN_PASSWORD, or AUTH=user:password}}
MEETING_DAY=${MEETING_DAY:-$(date -d '-3 days' +%F)}   # a justering can't lie in the future
JUSTERING_DAY=${JUSTERING_DAY:-$(date -d '-1 day' +%F)}
OUT=${OUT:-/tmp/handlingar-example}
mkdir -p "$OUT"
c() { curl -sS -f -u "$AUTH" -H 'Content-Type: application/json' "$@"; }

# 1. A meeting with its agenda (the kallelse template's items)
MEETING=$(c -X POST "$BASE/api/meetings" -d @- <<JSON | jq -r .id
{"organ": "styrelsen", "datum": "$MEETING_DAY", "tid": {"fran": "10:00", "till": "12:00"},
 "plats": "Nolia, se skyltning i receptionen",
 "punkter": [
   {"rubrik": "Mötets öppnande"},
   {"rubrik": "Val av justerare"},
   {"rubrik": "Förslag årsredovisning för verksamhetsåret", "typ": ["beslut"], "foredragande": "Mikael Holmlund",
    "bilagor": [{"nummer": 1, "titel": "Årsredovisning"}],
    "forslagTillBeslut": "Styrelsen fastställer årsredovisningen enligt förslag"},
   {"rubrik": "Mötets avslutande"}]}
JSON
)
echo "meeting $MEETING"

# 2. The kallelse, rendered from the stored meeting and archived
KALLELSE=$(c -X POST "$BASE/api/meetings/$MEETING/kallelse" -d "{\"utfardad\": \"$(date -d "$MEETING_DAY -4 days" +%F)\"}" | jq -r .id)
c "$BASE/api/documents/$KALLELSE/content" -o "$OUT/kallelse.pdf"

# 3. The protokoll: start from the suggestion (register + agenda), fill in what happened
c "$BASE/api/meetings/$MEETING/protokoll" | jq '
  .justerare = ["Mikael Broman"]
  | .paragrafer[0].text = "Ordförande förklarade mötet öppnat."
  | .paragrafer[1].text = "Mikael Broman valdes till justerare."
  | .paragrafer[2].beslut = "Styrelsen fastställer årsredovisningen enligt förslag."
  | .paragrafer[3].text = "Ordförande förklarade mötet avslutat."' > "$OUT/draft.json"
c -X PUT "$BASE/api/meetings/$MEETING/protokoll" -d @"$OUT/draft.json" | jq '{status}'

# 4. § numbers from styrelsen's series for the year (also done automatically at justering)
c -X POST "$BASE/api/meetings/$MEETING/protokoll/numrering" -d '{}' | jq '{status, forstaParagraf, sistaParagraf}'
c "$BASE/api/meetings/$MEETING/protokoll/preview" -o "$OUT/protokoll-preview.pdf"

# 5. Justering: archives the final PDF with the Bevis block and signature fields; the anslag goes up the day after
c -X POST "$BASE/api/meetings/$MEETING/justering" -d "{\"datum\": \"$JUSTERING_DAY\", \"justeradAv\": [\"Mikael Broman\"]}" \
  | tee "$OUT/justering.json" | jq '{status: .meeting.status, anslag: .meeting.anslag, findings: .protokoll.findings}'
PROTOKOLL=$(jq -r .protokoll.id "$OUT/justering.json")
c "$BASE/api/documents/$PROTOKOLL/content" -o "$OUT/protokoll.pdf"

# 6. Frozen: any change now answers 409
curl -s -o /dev/null -w 'change after justering: %{http_code}\n' -u "$AUTH" -H 'Content-Type: application/json' \
  -X PUT "$BASE/api/meetings/$MEETING/protokoll" -d @"$OUT/draft.json"

# 7. A protokollsutdrag for one §
UTDRAG=$(c -X POST "$BASE/api/meetings/$MEETING/utdrag" -d "{\"paragrafer\": [$(jq -r .meeting.forstaParagraf "$OUT/justering.json")]}" | jq -r .id)
c "$BASE/api/documents/$UTDRAG/content" -o "$OUT/utdrag.pdf"

# 8. The public anslagstavla (no login) and the protokoll behind its link
curl -sS -f "$BASE/anslagstavla" -o "$OUT/anslagstavla.html"
curl -sS -f "$BASE/anslagstavla/$MEETING/protokoll.pdf" -o "$OUT/anslag-protokoll.pdf"

# 9. The archive package for e-arkiv (E-ARK SIP, docs/archive.md)
c "$BASE/api/meetings/$MEETING/archive-package" -o "$OUT/arkivpaket.zip"
unzip -l "$OUT/arkivpaket.zip"
echo "files in $OUT:"; ls "$OUT"
