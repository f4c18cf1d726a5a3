#!/usr/bin/env bash
# README "Using the API": users, documents, previews, checks, templates, health.
# Run from the project folder against a started service: bash docs/examples/api.sh (H and A as in the README).
set -euo pipefail
source "$(dirname "$0")/lib.sh"
# README
# Users (ADMIN): create (201) or change (200) a user and its roles; a password has at least 12 characters
curl -u $A -X PUT $H/api/users/sekreterare -H 'Content-Type: application/json' \
     -d '{"password":"ett-langt-losenord","roles":["SEKRETERARE"]}'
curl -u $A $H/api/users

# Documents: archive (201 + Location), read metadata, bytes (hash-verified), data snapshot, list (newest first)
ID=$(curl -u $A $H/api/documents -H 'Content-Type: application/json' --data @fixtures/kallelse-2024-03-22.json | jq -r .id)
curl -u $A $H/api/documents/$ID
curl -u $A $H/api/documents/$ID/content -o kallelse.pdf
curl -u $A $H/api/documents/$ID/data
curl -u $A "$H/api/documents?template=kallelse&page=0&size=20"

# Preview: same body, returns the bytes (pdf, html or docx; every template gives all three), stores nothing
curl -u $A $H/api/previews -H 'Content-Type: application/json' --data @fixtures/kallelse-2024-03-22.json -o kallelse-utkast.pdf

# Checks: data-contract violations and domain checks, each with severity, code, pointer, message, expected, actual
curl -u $A $H/api/checks -H 'Content-Type: application/json' --data @fixtures/kallelse-2024-03-22.json

# Templates: list with versions; create a DRAFT version; change a draft; preview it; publish (frozen afterwards)
curl -u $A $H/api/templates
curl -u $A $H/api/templates/kallelse/versions/1
V=$(curl -u $A $H/api/templates/intyg/versions -H 'Content-Type: application/json' \
     -d '{"files":{"template.ftlh":"<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"sv-SE\"><head><title>Intyg</title></head><body><h1>${data.namn}</h1></body></html>","schema.json":"{\"type\":\"object\",\"required\":[\"namn\"]}"}}' \
     | jq -r .version)
# PUT replaces ALL files of a draft: send every file, the unchanged ones too
curl -u $A -X PUT $H/api/templates/intyg/versions/$V -H 'Content-Type: application/json' \
     -d '{"files":{"template.ftlh":"<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"sv-SE\"><head><title>Intyg</title></head><body><h1>Intyg för ${data.namn}</h1></body></html>","schema.json":"{\"type\":\"object\",\"required\":[\"namn\"]}"}}'
curl -u $A $H/api/templates/intyg/versions/$V/preview -H 'Content-Type: application/json' \
     -d '{"format":"pdf","data":{"namn":"Anna"}}' -o intyg.pdf
curl -u $A -X POST $H/api/templates/intyg/versions/$V/publish

# Health (no login); metrics for Prometheus (ADMIN)
curl $H/actuator/health
curl -u $A $H/actuator/prometheus | grep '^handlingar_render_seconds_count'
