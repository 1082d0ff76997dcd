#!/usr/bin/env bash
# Cost as the data grows, referrals-service: a database of its own (referrals_volume, made anew),
# an instance of the service on it (instance 9: port 8163, its outbox relay off), filled by SQL to
# each volume of referrals in turn (INSERT ... SELECT from generate_series: 18 governorates, a third
# to the Publishing and Media Court, the rest to their governorate's investigative court, every
# status from submitted to closed, a year of dates; each with its submitted version (a defendant
# with an arrest and a charge, two victims' pseudonyms, two evidence items with their hashes and
# custody), the court's receipt where it got that far, and a feed entry for every change it went
# through, with the referral's view as it stood), and at each volume: the court's feed (100-entry
# pages from random places in its range, and the poll of a court that is up to date: nothing new)
# and the prosecutors' list (first page), each next to its pgbench twin (the same SQL with the same
# values, in the same run).
# Bounded: each measure runs a few seconds; localhost only. Needs Keycloak (scripts/run-local.sh).
# Usage: bench/volume-referrals.sh ["1000 10000 100000"] [seconds per load, default 5]
# (the defaults: the referrals of 10k, 100k and 1M complaints, one in ten reaching a court)
set -euo pipefail
cd "$(dirname "$0")/.."
volumes=${1:-1000 10000 100000}
seconds=${2:-5}
db=referrals_volume
court=IQ-PMC
. bench/volume-lib.sh
./scripts/service.sh stop referrals-service 9 >/dev/null 2>&1 || true
# its hand-offs to cases-service stay in the outbox: there is none here
DB_NAME=$db SANAD_AOT=off OUTBOX_RELAY_EVERY=off SANAD_AUDIT_VERIFY_EVERY=off ./scripts/service.sh start referrals-service 9
# KEEP_RUNNING=1 leaves the instance and its database as they are at the end, to profile or
# look into (bench/profile.sh; scripts/service.sh stop referrals-service 9 stops it)
[ "${KEEP_RUNNING:-}" = 1 ] || trap './scripts/service.sh stop referrals-service 9 >/dev/null' EXIT
url=http://localhost:8163
reader=$(scripts/client-token.sh court-iq-pmc)
prosecutor=$(scripts/token.sh prosecutor)
prosecutor_subject=$(claim "$prosecutor" sub)
reader_subject=$(claim "$reader" sub)
governorate=$(claim "$prosecutor" governorate)

# the courts of the catalogue, as a referral's view names them
sql "create table bench_court (code varchar(40) primary key, view jsonb not null)"
python3 -c 'import json
for c in json.load(open("referrals-service/src/main/resources/catalogue/iq.json"))["courts"]:
    print(json.dumps({"code": c["code"], "nameEn": c["nameEn"], "nameAr": c["nameAr"], "governorates": c["governorates"]},
                     ensure_ascii=False))' \
  | psql -v ON_ERROR_STOP=1 -qc "create temp table lines (line text); copy lines from stdin;
      insert into bench_court select line::jsonb ->> 'code', line::jsonb from lines"

fill_to() { # volume: referrals
  local have
  have=$(value "select count(*) from referral")
  [ "$1" -gt "$have" ] || return 0
  # the statuses in the order a referral goes through them (a feed entry's change names its step);
  # n's place in the list is how far it got
  local statuses="array['SUBMITTED','RECEIVED','ACCEPTED','HEARING_SCHEDULED','DECIDED','CLOSED']"
  sql "create temp table fresh as
         select n, md5('referral' || n)::uuid id, ($regions)[1 + n % 18] governorate,
                now() - ((n % 365) || ' days')::interval - ((n % 86400) || ' seconds')::interval made,
                1 + (n / 7) % 6 reached
         from generate_series($have + 1, $1) n;
       insert into referral (id, reference_number, case_id, case_number, governorate, court_code, status,
                             latest_version, submitted_version, created_at, created_by, updated_at, version)
         select id, 'REF-GEN-' || n, md5('case' || n)::uuid, 'GEN-' || n, governorate,
                case when n % 3 = 0 then '$court' else governorate || '-INV' end, ($statuses)[reached],
                1, 1, made, 'prosecutor-' || n % 50, made + (reached || ' days')::interval, reached
         from fresh;
       insert into referral_version (referral_id, number, court_code, summary, defendants, victims, evidence,
                                     drafted_at, drafted_by, submitted_at, submitted_by)
         select f.id, 1, r.court_code,
                'The suspect threatened the victims over Instagram and WhatsApp to publish private images unless they paid; '
                  || 'the account and the phone number were traced to the suspect, who was arrested with the phone.',
                jsonb_build_array(jsonb_build_object('suspectId', md5('suspect' || f.n)::uuid, 'name', 'Suspect ' || f.n,
                  'aliases', jsonb_build_array('alias' || f.n % 1000),
                  'arrests', jsonb_build_array(jsonb_build_object('at', f.made - interval '3 days', 'place', 'Karrada, Baghdad',
                    'unit', 'Cybercrime Unit ' || f.governorate)),
                  'charges', jsonb_build_array(jsonb_build_object('statuteCode', 'IQ-PC-430',
                    'law', 'Iraqi Penal Code No. 111 of 1969 (as amended)', 'article', '430',
                    'titleEn', 'Threat to commit a felony, or to impute or disclose dishonouring matters, with a demand',
                    'titleAr', 'التهديد بارتكاب جناية أو بإسناد أمور مخدشة بالشرف أو إفشائها مصحوباً بطلب')))),
                jsonb_build_array(jsonb_build_object('pseudonym', 'VICTIM-' || upper(left(md5('v1' || f.n), 8)),
                                                     'complaintId', md5('complaint' || f.n)::uuid),
                                  jsonb_build_object('pseudonym', 'VICTIM-' || upper(left(md5('v2' || f.n), 8)),
                                                     'complaintId', md5('complaint2' || f.n)::uuid)),
                (select jsonb_agg(jsonb_build_object('itemId', md5('item' || k || f.n)::uuid, 'kind', 'SCREENSHOT',
                   'description', 'The threatening messages, as the victim captured them', 'fileName', 'chat-' || k || '.png',
                   'contentType', 'image/png', 'sizeBytes', 180000 + k * 20000, 'sha256', encode(sha256(('item' || k || f.n)::bytea), 'hex'),
                   'custody', jsonb_build_object('entries', 3, 'hashChecks', 2, 'allChecksMatched', true,
                     'lastAction', 'HASH_VERIFIED', 'lastAt', f.made - interval '1 day'))) from generate_series(1, 2) k),
                f.made - interval '1 hour', 'prosecutor-' || f.n % 50, f.made, 'prosecutor-' || f.n % 50
         from fresh f join referral r on r.id = f.id;
       insert into court_reply (id, referral_id, version_number, kind, body, occurred_at, actor_subject, actor_roles)
         select md5('receipt' || n)::uuid, id, 1, 'RECEIPT', jsonb_build_object('registryNumber', 'REG-' || n),
                made + interval '1 day', 'service-account-court', 'court-system'
         from fresh where reached >= 2;
       -- a feed entry per change the referral went through, for its court, in the order they happened
       insert into feed_entry (court_code, referral_id, change, snapshot, recorded_at)
         select r.court_code, r.id, c.change,
                jsonb_build_object('id', r.id, 'referenceNumber', r.reference_number, 'caseNumber', r.case_number,
                  'governorate', r.governorate, 'court', bc.view, 'status', ($statuses)[c.step], 'versionNumber', 1,
                  'draft', false, 'summary', v.summary, 'defendants', v.defendants,
                  'victims', (select jsonb_agg(jsonb_build_object('pseudonym', x ->> 'pseudonym')) from jsonb_array_elements(v.victims) x),
                  'evidence', v.evidence, 'draftedAt', v.drafted_at, 'submittedAt', v.submitted_at)
                  || case when c.step >= 2 then jsonb_build_object('progress', jsonb_build_object('receivedAt', f.made + interval '1 day'))
                          else '{}' end,
                f.made + ((c.step - 1) || ' days')::interval
         from fresh f join referral r on r.id = f.id join referral_version v on v.referral_id = r.id
           join bench_court bc on bc.code = r.court_code
           cross join lateral (select k step, ($statuses)[k] change
                               from generate_series(1, f.reached) k) c
         order by f.made + ((c.step - 1) || ' days')::interval, r.id;
       drop table fresh"
}

# a feed page's twin: the page query (one entry more than the limit) and the audit entry of the
# read, in one transaction; the position random in the court's range, or the court's last
feed_twin() { # position (a number, or a pgbench random(...) expression), script to write
  cat > "$2" <<SQL
\\set position $1
BEGIN;
SELECT position, change, recorded_at, snapshot FROM feed_entry WHERE court_code = '$court' AND position > :position ORDER BY position OFFSET 0 ROWS FETCH FIRST 101 ROWS ONLY;
INSERT INTO audit_entry (action, actor_roles, actor_subject, occurred_at, outcome, record_id, record_type) VALUES ('court.feed.read', 'court-system', '$reader_subject', now(), 'SUCCESS', 'feed' || ':' || '$court', 'referral');
COMMIT;
SQL
}
cursor() { # position: as the service encodes a feed cursor
  python3 -c 'import base64, sys; print(base64.urlsafe_b64encode(f"{sys.argv[1]}|{sys.argv[2]}".encode()).decode().rstrip("="))' "$court" "$1"
}

# a warm-up of the fresh JVM on the first volume's data, so it is not measured cold
warmed=""
printf '| referrals | feed entries (of them the court'"'"'s) | feed page, 100 entries from a random place (its twin, ratio) | feed poll, nothing new (its twin, ratio) | prosecutors'"'"' list page 1 (its twin, ratio) | fill time |\n|---|---|---|---|---|---|\n'
for volume in $volumes; do
  took=$(filled "$volume" referral referral_version court_reply feed_entry)
  count=$(value "select count(*) from referral")
  entries=$(value "select count(*) || ' (' || count(*) filter (where court_code = '$court') || ')' from feed_entry")
  IFS='|' read -r low high < <(value "select min(position), max(position) from feed_entry where court_code = '$court'")
  # random places that leave a full page after them: the court's last 100 entries start past this one
  upto=$(value "select position from feed_entry where court_code = '$court' order by position desc offset 100 limit 1")
  export CURSORS=$work/feed-cursors.txt
  python3 -c "import base64, random
for _ in range(2000):
    print(base64.urlsafe_b64encode(f'$court|{random.randint($low - 1, $upto)}'.encode()).decode().rstrip('='))" > "$CURSORS"
  if [ -z "$warmed" ]; then
    load "$reader" "$url/court/feed" feed.lua >/dev/null
    load "$reader" "$url/court/feed?limit=100&after=$(cursor "$high")" read.lua >/dev/null
    load "$prosecutor" "$url/referrals" read.lua >/dev/null
    warmed=yes
  fi
  feed=$(load "$reader" "$url/court/feed" feed.lua)
  feed_twin "random($(( low - 1 )), $upto)" "$work/feed.pgbench"
  feed=$(versus "$feed" "$(twin "$work/feed.pgbench")")
  poll=$(load "$reader" "$url/court/feed?limit=100&after=$(cursor "$high")" read.lua)
  feed_twin "$high" "$work/poll.pgbench"
  poll=$(versus "$poll" "$(twin "$work/poll.pgbench")")
  list=$(load "$prosecutor" "$url/referrals" read.lua)
  # its twin: the page of referrals (one more than the limit of 20), the audit entry of the list,
  # the newest versions and the court's replies to them of the 20 shown (ReferralViews' native
  # queries), in one transaction
  ids=$(value "select string_agg(id::text, ',') from (select id from referral where governorate = '$governorate'
               order by updated_at desc, id desc limit 20) p")
  cat > "$work/list.pgbench" <<SQL
BEGIN;
SELECT id, case_id, case_number, court_code, created_at, created_by, governorate, latest_version, reference_number, status, submitted_version, updated_at, version FROM referral WHERE governorate = '$governorate' ORDER BY updated_at DESC, id DESC OFFSET 0 ROWS FETCH FIRST 21 ROWS ONLY;
INSERT INTO audit_entry (action, actor_roles, actor_subject, occurred_at, outcome, record_id, record_type) VALUES ('referral.list', 'prosecutor', '$prosecutor_subject', now(), 'SUCCESS', '$governorate', 'referral');
SELECT v.* FROM referral_version v JOIN referral r ON r.id = v.referral_id AND r.latest_version = v.number WHERE v.referral_id = ANY('{$ids}'::uuid[]);
SELECT c.* FROM court_reply c JOIN referral r ON r.id = c.referral_id AND r.latest_version = c.version_number WHERE c.referral_id = ANY('{$ids}'::uuid[]) ORDER BY c.occurred_at, c.id;
COMMIT;
SQL
  list=$(versus "$list" "$(twin "$work/list.pgbench")")
  printf '| %s | %s | %s | %s | %s | %s s |\n' "$count" "$entries" "$feed" "$poll" "$list" "$took"
done
