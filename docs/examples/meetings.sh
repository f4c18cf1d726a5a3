#!/usr/bin/env bash
# README "Meetings, protokoll, justering, anslag": a meeting three days ago, justerat yesterday, so its anslag is
# on the anslagstavla now (dates relative to today; GNU date).
set -euo pipefail
source "$(dirname "$0")/lib.sh"
# README
DAG=$(date -d '-3 days' +%F) JUSTERAD=$(date -d '-1 day' +%F)
MEETING=$(curl -u $A $H/api/meetings -H 'Content-Type: application/json' -d '{"organ":"styrelsen","datum":"'$DAG'",
     "tid":{"fran":"10:00","till":"12:00"},"plats":"Nolia",
     "punkter":[{"rubrik":"Mötets öppnande"},{"rubrik":"Val av justerare"},{"rubrik":"Mötets avslutande"}]}' | jq -r .id)
curl -u $A "$H/api/meetings?organ=styrelsen&year=${DAG:0:4}"
curl -u $A $H/api/meetings/$MEETING
# PUT takes the same body as POST (not what GET answers) and replaces date, time, place and the whole agenda
cat > meeting.json <<JSON
{"organ":"styrelsen","datum":"$DAG","tid":{"fran":"09:00","till":"12:00"},"plats":"Nolia, sal 3",
 "punkter":[{"rubrik":"Mötets öppnande"},{"rubrik":"Val av justerare"},{"rubrik":"Mötets avslutande"}]}
JSON
curl -u $A -X PUT $H/api/meetings/$MEETING -H 'Content-Type: application/json' -d @meeting.json
curl -u $A $H/api/meetings/$MEETING/kallelse -H 'Content-Type: application/json' -d '{"utfardad":"'$(date -d "$DAG -7 days" +%F)'"}'
curl -u $A $H/api/meetings/$MEETING/kallelse/preview -H 'Content-Type: application/json' -d '{}' -o kallelse.pdf
# The protokoll: the suggestion (register + agenda) with what happened filled in
curl -u $A $H/api/meetings/$MEETING/protokoll | jq '.justerare = ["Mikael Broman"]
     | .paragrafer[1].text = "Mikael Broman valdes att justera protokollet."' > draft.json
curl -u $A -X PUT $H/api/meetings/$MEETING/protokoll -H 'Content-Type: application/json' -d @draft.json
curl -u $A "$H/api/meetings/$MEETING/protokoll/preview?format=pdf" -o protokoll-utkast.pdf
curl -u $A -X POST $H/api/meetings/$MEETING/protokoll/numrering -H 'Content-Type: application/json' -d '{}'
curl -u $A $H/api/meetings/$MEETING/protokoll/publik/preview -o publik.pdf  # §§ "ej för publicering" left out, names masked
# Omedelbar justering of the last § at the meeting: its own protokollsutdrag with Bevis, and its own anslag
SISTA=$(curl -u $A $H/api/meetings/$MEETING | jq .sistaParagraf)
curl -u $A $H/api/meetings/$MEETING/justering -H 'Content-Type: application/json' -d '{"paragrafer":['$SISTA']}'
curl -u $A $H/api/meetings/$MEETING/omedelbar-justering
# Justering archives the final PDF and puts up the anslag; then the protokoll is frozen (409)
PARAGRAF=$(curl -u $A $H/api/meetings/$MEETING/justering -H 'Content-Type: application/json' \
     -d '{"datum":"'$JUSTERAD'","justeradAv":["Mikael Broman"]}' | jq .meeting.forstaParagraf)
curl -u $A $H/api/meetings/$MEETING/utdrag -H 'Content-Type: application/json' -d '{"paragrafer":['$PARAGRAF']}'
curl $H/anslagstavla | grep "/anslagstavla/$MEETING/protokoll.pdf"     # public, no login
curl $H/anslagstavla/$MEETING/protokoll.pdf -o protokoll.pdf             # while the anslag is up
curl $H/anslagstavla/anslag.atom                                         # the anslag as an Atom feed
curl -u $A "$H/api/documents?subject=meeting/$MEETING"           # the meeting's records: kallelse, protokoll, utdrag
# The seed protokoll as a preview (POST /api/documents refuses protokoll: they come from a meeting's justering)
curl -u $A $H/api/previews -H 'Content-Type: application/json' --data @fixtures/protokoll-2023-11-30.json -o seed.pdf
