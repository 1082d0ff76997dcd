#!/usr/bin/env bash
# Cost as the data grows, cases-service: a database of its own (cases_volume, made anew), an
# instance of the service on it (instance 9: port 8162, its outbox relay off), filled by SQL from a
# complaint delivered through the API to each volume in turn (INSERT ... SELECT from
# generate_series: a case per complaint across 18 governorates, every status, a year of opening
# dates, the complaint's link and its extortionist's number, one number per 20 complaints, as serial
# extortionists share theirs), and at each volume: a complaint's arrival (POST /complaint-deliveries,
# as complaints-service: a new case, its identifier indexed and correlated with the ~20 cases that
# share its number), the Baghdad investigators' case list (first page), and an identifier's look-up,
# the last two next to their pgbench twins (the same SQL with the same values, in the same run).
# Bounded: each measure runs a few seconds; localhost only. Needs Keycloak (scripts/run-local.sh).
# Usage: bench/volume-cases.sh ["10000 100000 1000000"] [seconds per load, default 5]
set -euo pipefail
cd "$(dirname "$0")/.."
volumes=${1:-10000 100000 1000000}
seconds=${2:-5}
db=cases_volume
. bench/volume-lib.sh
./scripts/service.sh stop cases-service 9 >/dev/null 2>&1 || true
# its hand-offs to complaints-service (the case's updates) stay in the outbox: there is none here
DB_NAME=$db SANAD_AOT=off OUTBOX_RELAY_EVERY=off SANAD_AUDIT_VERIFY_EVERY=off ./scripts/service.sh start cases-service 9
# KEEP_RUNNING=1 leaves the instance and its database as they are at the end, to profile or
# look into (bench/profile.sh; scripts/service.sh stop cases-service 9 stops it)
[ "${KEEP_RUNNING:-}" = 1 ] || trap './scripts/service.sh stop cases-service 9 >/dev/null' EXIT
url=http://localhost:8162
sender=$(scripts/client-token.sh complaints-service)
investigator=$(scripts/token.sh investigator.baghdad)
subject=$(claim "$investigator" sub)

# the template: one complaint delivered through the API, the first of the extortionists' numbers
POOL=1 TOKEN=$sender wrk -t1 -c1 -d1s -s bench/deliver.lua "$url/complaint-deliveries" >/dev/null
template=$(value "select id from investigation_case order by created_at limit 1")
[ -n "$template" ] || { echo "no case was made from the delivered complaint" >&2; exit 1; }

fill_to() { # volume: cases (one complaint each)
  local have want names exprs
  have=$(value "select count(*) from investigation_case")
  want=$(( $1 - have ))
  [ "$want" -gt 0 ] || return 0
  # ids made of the series' number, so each table's rows find their case without a join
  local case_id="md5('case' || ($have + g))::uuid" complaint_id="md5('complaint' || ($have + g))::uuid"
  local number="'+9647' || lpad((($have + g) % greatest($1 / 20, 1))::text, 9, '0')"
  IFS=$'\x1f' read -r names exprs < <(select_of investigation_case "id=$case_id;case_number='GEN-' || ($have + g);governorate=($regions)[1 + g % 18];priority_score=(g * 37) % 100;status=(array['OPEN','OPEN','INVESTIGATING','SUSPECT_IDENTIFIED','ARREST_MADE','CLOSED'])[1 + (g / 7) % 6];created_at=now() - ((g % 365) || ' days')::interval - ((g % 86400) || ' seconds')::interval;updated_at=now() - ((g % 365) || ' days')::interval;version=0")
  sql "insert into investigation_case ($names) select $exprs from investigation_case t, generate_series(1, $want) g where t.id = '$template'"
  IFS=$'\x1f' read -r names exprs < <(select_of case_complaint "id=gen_random_uuid();case_id=$case_id;complaint_id=$complaint_id;tracking_number='GEN-' || ($have + g);governorate=($regions)[1 + g % 18]")
  sql "insert into case_complaint ($names) select $exprs from case_complaint t, generate_series(1, $want) g where t.case_id = '$template'"
  IFS=$'\x1f' read -r names exprs < <(select_of case_identifier "id=gen_random_uuid();case_id=$case_id;source_id=$complaint_id;raw_value=$number;normalised_value=$number")
  sql "insert into case_identifier ($names) select $exprs from case_identifier t, generate_series(1, $want) g where t.case_id = '$template';
       analyze investigation_case; analyze case_complaint; analyze case_identifier; analyze correlation_flag"
}


# a warm-up of the fresh JVM, so the first volume is not measured cold
load "$sender" "$url/complaint-deliveries" deliver.lua 50 >/dev/null
load "$investigator" "$url/cases?limit=50&governorate=IQ-BG" read.lua >/dev/null
printf '| cases | arrival (POST, correlated) | flags per arrival | case list page 1 (its twin, ratio) | identifier look-up (its twin, ratio) | fill time |\n|---|---|---|---|---|---|\n'
for volume in $volumes; do
  took=$(filled "$volume" investigation_case case_complaint case_identifier correlation_flag)
  count=$(value "select count(*) from investigation_case")
  pool=$(( volume / 20 ))
  flags_before=$(value "select count(*) from correlation_flag")
  cases_before=$count
  arrival=$(load "$sender" "$url/complaint-deliveries" deliver.lua "$pool")
  flags=$(value "select round((count(*) - $flags_before)::numeric / greatest((select count(*) from investigation_case) - $cases_before, 1), 1)
                 from correlation_flag")
  list=$(load "$investigator" "$url/cases?limit=50&governorate=IQ-BG" read.lua)
  # its twin: the page's columns (CaseService's projection), one row more than the limit, in one transaction
  printf 'BEGIN;\nSELECT %s FROM investigation_case WHERE governorate = %s ORDER BY priority_score DESC, created_at DESC, id OFFSET 0 ROWS FETCH FIRST 51 ROWS ONLY;\nCOMMIT;\n' \
    "id, case_number, title, governorate, owning_unit, lead_investigator, priority, priority_score, status, created_at" \
    "'IQ-BG'" > "$work/cases.pgbench"
  list=$(versus "$list" "$(twin "$work/cases.pgbench")")
  number="+9647$(printf '%09d' $(( pool / 2 )))"
  lookup=$(load "$investigator" "$url/identifiers?type=PHONE&value=%2B${number#+}" read.lua)
  # its twin: the cases holding the identifier (the columns of a reference), how many complaints
  # name it, the audit entry of the search, in one transaction (the investigator's directory entry
  # is written only when their token changes)
  cat > "$work/lookup.pgbench" <<SQL
BEGIN;
SELECT DISTINCT ic.id, ic.case_number, ic.governorate, ic.status FROM investigation_case ic, case_identifier ci WHERE ci.case_id = ic.id AND ci.type = 'PHONE' AND ci.normalised_value = '$number' ORDER BY ic.case_number;
SELECT count(DISTINCT source_id) FROM case_identifier WHERE source = 'COMPLAINT' AND type = 'PHONE' AND normalised_value = '$number';
INSERT INTO audit_entry (action, actor_roles, actor_subject, occurred_at, outcome, record_id, record_type) VALUES ('identifier.lookup', 'investigator', '$subject', now(), 'SUCCESS', 'PHONE:$number', 'identifier');
COMMIT;
SQL
  lookup=$(versus "$lookup" "$(twin "$work/lookup.pgbench")")
  printf '| %s | %s | %s | %s | %s | %s s |\n' "$count" "$arrival" "$flags" "$list" "$lookup" "$took"
done
