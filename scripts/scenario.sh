#!/usr/bin/env bash
# The serial-extortionist scenario against a suite started with scripts/run-local.sh: two victims
# name the same extortionist's phone written in two forms; both complaints are accepted; the
# second is flagged to the first case and linked; an arrest is recorded; the first victim sees it.
set -euo pipefail
cd "$(dirname "$0")/.."
C=http://localhost:8081
K=http://localhost:8082
AMAL=$(scripts/token.sh amal)
HUDA=$(scripts/token.sh huda)
OFFICER=$(scripts/token.sh officer.baghdad)
INVESTIGATOR=$(scripts/token.sh investigator.baghdad)
json() { python3 -c "import json,sys; d=json.load(sys.stdin); print(eval(sys.argv[1], {'d': d}))" "$1"; }
step() { printf '\n== %s\n' "$*"; }

complaint() { # victim name, extortionist phone as the victim wrote it
  cat <<JSON
{"reporterRelation":"SELF","victim":{"name":"$1","ageBand":"FROM_18_TO_24","minor":false,"gender":"FEMALE",
 "prefersSameGenderOfficer":true},"governorate":"IQ-BG","platforms":["INSTAGRAM","WHATSAPP"],
 "identifiers":[{"type":"PHONE","value":"$2"}],"threatTypes":["PUBLISH_INTIMATE_IMAGES"],
 "demand":{"types":["MONEY"],"money":{"amount":5000000,"currency":"IQD"}},
 "narrative":"يهددني بنشر صوري الخاصة إن لم أرسل له المال","selfHarmRisk":false}
JSON
}

accept() { # complaint id
  local etag
  etag=$(curl -fsS -D - -o /dev/null "$C/complaints/$1" -H "Authorization: Bearer $OFFICER" | awk -F': ' 'tolower($1)=="etag"{print $2}' | tr -d '\r')
  curl -fsS -X POST "$C/complaints/$1/triage" -H "Authorization: Bearer $OFFICER" -H "If-Match: $etag" \
    -H 'Content-Type: application/json' -d '{"outcome":"UNDER_REVIEW"}' >/dev/null
  etag=$(curl -fsS -D - -o /dev/null "$C/complaints/$1" -H "Authorization: Bearer $OFFICER" | awk -F': ' 'tolower($1)=="etag"{print $2}' | tr -d '\r')
  curl -fsS -X POST "$C/complaints/$1/triage" -H "Authorization: Bearer $OFFICER" -H "If-Match: $etag" \
    -H 'Content-Type: application/json' -d '{"outcome":"ACCEPTED"}' | json 'd["status"]'
}

step "Amal and Huda file; each wrote the extortionist's number differently"
A=$(curl -fsS -X POST $C/complaints -H "Authorization: Bearer $AMAL" -H 'Content-Type: application/json' \
  -d "$(complaint آمال '+964 770 555 1234')" | json 'd["id"]')
H=$(curl -fsS -X POST $C/complaints -H "Authorization: Bearer $HUDA" -H 'Content-Type: application/json' \
  -d "$(complaint هدى '٠٧٧٠٥٥٥١٢٣٤')" | json 'd["id"]')
echo "Amal's complaint $A, Huda's $H"

step "The intake officer accepts both (the hand-offs go through the outbox)"
accept "$A"; accept "$H"
sleep 8   # the relay runs every 5 s

step "cases-service: Huda's complaint is flagged to Amal's case"
CASE_A=None   # the victim's complaint learns its case when cases-service's relay announces it
for _ in $(seq 1 15); do
  CASE_A=$(curl -fsS "$C/complaints/$A" -H "Authorization: Bearer $AMAL" | json 'd.get("caseId")')
  [ "$CASE_A" != None ] && break
  sleep 2
done
curl -fsS "$K/cases/$CASE_A/correlations" -H "Authorization: Bearer $INVESTIGATOR" \
  | json '[(f["complaintCaseNumber"], "->", f["caseNumber"], f["identifierType"], f["normalisedValue"], f["status"]) for f in d["items"]]'
FLAG=$(curl -fsS "$K/cases/$CASE_A/correlations" -H "Authorization: Bearer $INVESTIGATOR" | json "[f['id'] for f in d['items'] if f['complaintId']=='$H'][0]")

step "The investigator links Huda's complaint into Amal's case"
curl -fsS -X POST "$K/cases/$CASE_A/correlations/$FLAG/link" -H "Authorization: Bearer $INVESTIGATOR" | json 'd["status"]'
curl -fsS "$K/identifiers?type=PHONE&value=00964-770-555-1234" -H "Authorization: Bearer $INVESTIGATOR" \
  | json '(d["normalisedValue"], [c["caseNumber"] for c in d["cases"]], "complaints:", d["complaintCount"])'

step "Suspect identified, sting, arrest"
SUSPECT=$(curl -fsS -X POST "$K/cases/$CASE_A/suspects" -H "Authorization: Bearer $INVESTIGATOR" -H 'Content-Type: application/json' \
  -d '{"displayName":"المشتبه به","identifiers":[{"type":"PHONE","value":"07705551234"}]}' | json 'd["id"]')
NOW=$(date -u +%Y-%m-%dT%H:%M:%SZ)
curl -fsS -X POST "$K/cases/$CASE_A/actions" -H "Authorization: Bearer $INVESTIGATOR" -H 'Content-Type: application/json' \
  -d "{\"type\":\"STING_OPERATION\",\"occurredAt\":\"$NOW\",\"details\":\"كمين في موعد تسليم المال\"}" | json 'd["type"]'
curl -fsS -X POST "$K/cases/$CASE_A/actions" -H "Authorization: Bearer $INVESTIGATOR" -H 'Content-Type: application/json' \
  -d "{\"type\":\"ARREST\",\"occurredAt\":\"$NOW\",\"place\":\"الكرادة، بغداد\",\"unit\":\"Cybercrime Baghdad\",\"suspectId\":\"$SUSPECT\"}" | json 'd["type"]'
curl -fsS "$K/cases/$CASE_A" -H "Authorization: Bearer $INVESTIGATOR" | json '(d["caseNumber"], d["status"], len(d["complaints"]), "complaints")'
sleep 8

step "The victims see it, without operational detail"
curl -fsS "$C/complaints/$A" -H "Authorization: Bearer $AMAL" | json '("Amal:", d["status"], d["investigationStatus"], d["caseNumber"])'
curl -fsS "$C/complaints/$H" -H "Authorization: Bearer $HUDA" | json '("Huda:", d["status"], d["investigationStatus"], d["caseNumber"])'
