#!/usr/bin/env bash
# The serial-extortionist scenario against a suite started with scripts/run-local.sh: two victims
# name the same extortionist's phone written in two forms; both complaints are accepted; the
# second is flagged to the first case and linked; an arrest is recorded; the victims see it. Then a
# prosecutor refers the case to the Publishing and Media Court, whose court system pulls it,
# acknowledges, accepts, schedules a hearing, fetches the evidence, asks who a victim is (with a
# reason) and decides; both victims learn that the court decided.
set -euo pipefail
cd "$(dirname "$0")/.."
C=http://localhost:8081
K=http://localhost:8082
R=http://localhost:8083
AMAL=$(scripts/token.sh amal)
HUDA=$(scripts/token.sh huda)
OFFICER=$(scripts/token.sh officer.baghdad)
INVESTIGATOR=$(scripts/token.sh investigator.baghdad)
PROSECUTOR=$(scripts/token.sh prosecutor)
COURT=$(scripts/client-token.sh court-iq-pmc)
OTHER_COURT=$(scripts/client-token.sh court-iq-bg-inv)
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

step "The investigator adds the threat screenshot to the case's evidence"
printf '\x89PNG\r\n\x1a\n threat screenshot' > "${TMPDIR:-/tmp}/sanad-threat.png"
curl -fsS -X POST "$K/cases/$CASE_A/evidence/files?fileName=threat.png&description=%D9%84%D9%82%D8%B7%D8%A9" \
  -H "Authorization: Bearer $INVESTIGATOR" -H 'Content-Type: image/png' --data-binary @"${TMPDIR:-/tmp}/sanad-threat.png" \
  | json '(d["fileName"], d["sha256"])'

step "The prosecutor drafts a referral to the Publishing and Media Court, then submits it"
REFERRAL=$(curl -fsS -X POST "$R/referrals" -H "Authorization: Bearer $PROSECUTOR" -H 'Content-Type: application/json' \
  -d "{\"caseId\":\"$CASE_A\",\"courtCode\":\"IQ-PMC\",\"summary\":\"هدد المتهم الضحيتين بنشر صورهما الخاصة ما لم تدفعا المال\",
       \"defendants\":[{\"suspectId\":\"$SUSPECT\",\"charges\":[\"IQ-PC-430\",\"IQ-PC-452\"]}]}")
REF_ID=$(echo "$REFERRAL" | json 'd["id"]')
echo "$REFERRAL" | json '(d["referenceNumber"], d["status"], "victims:", [v["pseudonym"] for v in d["victims"]], "evidence:", len(d["evidence"]))'
etag() { curl -fsS -D - -o /dev/null "$R/referrals/$REF_ID" -H "Authorization: Bearer $PROSECUTOR" | awk -F': ' 'tolower($1)=="etag"{print $2}' | tr -d '\r'; }
curl -fsS -X POST "$R/referrals/$REF_ID/submission" -H "Authorization: Bearer $PROSECUTOR" -H "If-Match: $(etag)" | json 'd["status"]'

step "The court system pulls its feed; another court sees nothing of it"
FEED=$(curl -fsS "$R/court/feed?limit=100" -H "Authorization: Bearer $COURT")
echo "$FEED" | json "[(e['change'], e['referral']['referenceNumber'], e['referral']['court']['code']) for e in d['items'] if e['referral']['id']=='$REF_ID']"
curl -fsS "$R/court/feed?limit=100" -H "Authorization: Bearer $OTHER_COURT" | json "('Baghdad investigative court sees it:', any(e['referral']['id']=='$REF_ID' for e in d['items']))"
curl -s -o /dev/null -w 'Baghdad investigative court reads it by id: HTTP %{http_code}\n' "$R/court/referrals/$REF_ID" -H "Authorization: Bearer $OTHER_COURT"

step "Receipt (twice: one receipt), acceptance, a hearing"
reply() { curl -fsS -X POST "$R/court/referrals/$REF_ID/$1" -H "Authorization: Bearer $COURT" -H 'Content-Type: application/json' -d "$2"; }
reply receipt '{"version":1}' | json 'd["status"]'
reply receipt '{"version":1}' | json 'd["status"]'
curl -s -o /dev/null -w 'a decision before the hearing: HTTP %{http_code}\n' -X POST "$R/court/referrals/$REF_ID/decision" \
  -H "Authorization: Bearer $COURT" -H 'Content-Type: application/json' \
  -d "{\"version\":1,\"decidedOn\":\"$(date -u +%F)\",\"verdicts\":[{\"suspectId\":\"$SUSPECT\",\"statuteCode\":\"IQ-PC-430\",\"outcome\":\"CONVICTED\"}]}"
reply review '{"version":1,"outcome":"ACCEPTED"}' | json 'd["status"]'
reply hearings '{"version":1,"scheduledFor":"2026-12-10T09:00:00Z","chamber":"الهيئة الأولى"}' | json 'd["status"]'

step "The court fetches the evidence through a short-lived link; the bytes are checked against the manifest"
ITEM=$(curl -fsS "$R/court/referrals/$REF_ID" -H "Authorization: Bearer $COURT" | json 'd["evidence"][0]["itemId"]')
LINK=$(curl -fsS -X POST "$R/court/referrals/$REF_ID/evidence/$ITEM/link" -H "Authorization: Bearer $COURT")
echo "$LINK" | json '("expires", d["expiresAt"], "sha256", d["sha256"])'
curl -fsS "$R$(echo "$LINK" | json 'd["href"]')" -H "Authorization: Bearer $COURT" -o "${TMPDIR:-/tmp}/sanad-court-copy.png" -D - \
  | awk -F': ' 'tolower($1)=="x-content-sha256"{print "served with sha256", $2}'
sha256sum "${TMPDIR:-/tmp}/sanad-court-copy.png" | awk '{print "the court computes  ", $1}'
curl -fsS "$K/cases/$CASE_A/evidence/$ITEM/custody" -H "Authorization: Bearer $INVESTIGATOR" \
  | json '[(c["action"], c.get("location"), c.get("hashMatched")) for c in d["items"]]'

step "The court asks, with a reason, who VICTIM-1 is (audited in referrals- and complaints-service)"
curl -fsS -X POST "$R/court/referrals/$REF_ID/victims/VICTIM-1/identity" -H "Authorization: Bearer $COURT" \
  -H 'Content-Type: application/json' -d '{"reason":"The court summons the victim to testify at the hearing."}' \
  | json '(d["pseudonym"], d["name"])'

step "The decision"
reply decision "{\"version\":1,\"decidedOn\":\"$(date -u +%F)\",\"verdicts\":[{\"suspectId\":\"$SUSPECT\",\"statuteCode\":\"IQ-PC-430\",\"outcome\":\"CONVICTED\",\"sentence\":\"الحبس ثلاث سنوات\"}]}" \
  | json '(d["status"], d["progress"]["decision"]["reply"]["verdicts"][0]["outcome"])'
sleep 12   # referrals-service's relay tells cases-service, whose relay tells complaints-service

step "The case and both victims see the court's decision"
curl -fsS "$K/cases/$CASE_A" -H "Authorization: Bearer $INVESTIGATOR" | json '(d["caseNumber"], d["status"])'
curl -fsS "$K/cases/$CASE_A/actions" -H "Authorization: Bearer $INVESTIGATOR" \
  | json '[(a["type"], a.get("details")) for a in d["items"] if a["type"].startswith("COURT_")]'
for _ in $(seq 1 10); do
  [ "$(curl -fsS "$C/complaints/$H" -H "Authorization: Bearer $HUDA" | json 'd["investigationStatus"]')" = COURT_DECIDED ] && break
  sleep 2
done
curl -fsS "$C/complaints/$A" -H "Authorization: Bearer $AMAL" | json '("Amal:", d["status"], d["investigationStatus"])'
curl -fsS "$C/complaints/$H" -H "Authorization: Bearer $HUDA" | json '("Huda:", d["status"], d["investigationStatus"])'
