#!/usr/bin/env bash
# Cost as the data grows, complaints-service: a database of its own (complaints_volume, made anew),
# an instance of the service on it (instance 9: port 8161), filled by SQL from a complaint filed
# through the API to each volume in turn (INSERT ... SELECT from generate_series: 18 governorates,
# every priority, statuses mostly open, a year of filing dates, one extortionist's number per 20
# complaints, their platform, threat, demand, first status change, evidence metadata (a screenshot
# each, a second for every third, with its custody receipt) and an audit entry each, sealed
# into the hash chain), and at each volume: filing, the intake queue's first and 100th page,
# statistics over a year (and the rollup that keeps its counts), a victim's complaints by phone,
# the audit log by actor, the chain's verification in full and from its last checkpoint; the queue's
# pages next to their pgbench twins (the same SQL with the same values, in the same run).
# Bounded: each measure runs a few seconds; localhost only. Needs Keycloak (scripts/run-local.sh).
# Usage: bench/volume-complaints.sh ["10000 100000 1000000"] [seconds per load, default 5] [warm-up seconds, default 5]
set -euo pipefail
cd "$(dirname "$0")/.."
volumes=${1:-10000 100000 1000000}
seconds=${2:-5}
warm=${3:-5}
db=complaints_volume
. bench/volume-lib.sh
./scripts/service.sh stop complaints-service 9 >/dev/null 2>&1 || true
# the statistics' rollup runs every 2 s here, so each fill is counted soon after it
# (and its own walk of the audit chain off, so the walk from the checkpoint measured covers the loads)
DB_NAME=$db SANAD_AOT=off INTAKE_STATISTICS_ROLLUP_EVERY=2s SANAD_AUDIT_VERIFY_EVERY=off ./scripts/service.sh start complaints-service 9
# KEEP_RUNNING=1 leaves the instance and its database as they are at the end, to profile or
# look into (bench/profile.sh; scripts/service.sh stop complaints-service 9 stops it)
[ "${KEEP_RUNNING:-}" = 1 ] || trap './scripts/service.sh stop complaints-service 9 >/dev/null' EXIT
url=http://localhost:8161
citizen=$(scripts/token.sh amal)
officer=$(scripts/token.sh officer.baghdad)
supervisor=$(scripts/token.sh supervisor.baghdad)
auditor=$(scripts/token.sh auditor)
body=$(sed -n '/\[\[/,/\]\]/p' bench/file-complaint.lua | sed '1d;$d')
template=$(curl -fsS -X POST $url/complaints -H "Authorization: Bearer $citizen" -H 'Content-Type: application/json' \
  -d "$body" | python3 -c 'import json, sys; print(json.load(sys.stdin)["id"])')
# and its evidence: a screenshot, through the API into the encrypted store
python3 -c 'import struct, sys, zlib
def chunk(kind, data): return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
sys.stdout.buffer.write(b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 64, 64, 8, 2, 0, 0, 0))
    + chunk(b"IDAT", zlib.compress(b"".join(b"\x00" + bytes([y * 4, 64, 128]) * 64 for y in range(64)))) + chunk(b"IEND", b""))' \
  > "$work/screenshot.png"
curl -fsS -o /dev/null -X POST "$url/complaints/$template/evidence?fileName=screenshot.png" -H "Authorization: Bearer $citizen" \
  -H 'Content-Type: image/png' --data-binary @"$work/screenshot.png"

fill_to() { # volume
  local have want
  have=$(value "select count(*) from complaint")
  want=$(( $1 - have ))
  [ "$want" -gt 0 ] || return 0
  local names exprs
  IFS=$'\x1f' read -r names exprs < <(select_of complaint "id=gen_random_uuid();tracking_number='GEN-' || ($have + g);governorate=($regions)[1 + g % 18];priority=(array['LOW','MEDIUM','MEDIUM','HIGH','CRITICAL'])[1 + g % 5];priority_score=(g * 37) % 100;status=(array['SUBMITTED','SUBMITTED','UNDER_REVIEW','NEEDS_INFORMATION','REJECTED','ACCEPTED'])[1 + (g / 7) % 6];submitted_at=now() - ((g % 365) || ' days')::interval - ((g % 86400) || ' seconds')::interval;updated_at=now() - ((g % 365) || ' days')::interval;victim_phone_index=left(md5('victim' || ($have + g)), 32);platforms=array[(array['INSTAGRAM','WHATSAPP','TELEGRAM','FACEBOOK','TIKTOK'])[1 + abs(hashtext('GEN-' || ($have + g))) % 5]];threat_types=array['PUBLISH_INTIMATE_IMAGES'];demand_types=array['MONEY'];version=0")
  sql "insert into complaint ($names) select $exprs from complaint t, generate_series(1, $want) g where t.id = '$template';
       insert into blackmailer_identifier (id, complaint_id, type, raw_value, normalised_value, position, added_at)
         select gen_random_uuid(), c.id, 'PHONE', '+9647' || lpad((abs(hashtext(c.tracking_number)) % greatest($1 / 20, 1))::text, 9, '0'),
                '+9647' || lpad((abs(hashtext(c.tracking_number)) % greatest($1 / 20, 1))::text, 9, '0'), 0, c.submitted_at
         from complaint c where c.tracking_number like 'GEN-%' and not exists (select 1 from blackmailer_identifier i where i.complaint_id = c.id);
       insert into status_change (id, complaint_id, from_status, to_status, changed_at, actor_subject, actor_role)
         select gen_random_uuid(), c.id, null, 'SUBMITTED', c.submitted_at, c.filer_subject, 'citizen'
         from complaint c where c.tracking_number like 'GEN-%' and not exists (select 1 from status_change s where s.complaint_id = c.id);
       -- evidence metadata: one screenshot per complaint, a second for every third, each with its
       -- store object's description (the template's key and hash) and its receipt in custody; the
       -- bytes are not copied, so reading one of these is refused as damaged (no load here reads them)
       create temp table fresh_evidence as
         select c.id complaint_id, c.submitted_at, c.filer_subject, k, gen_random_uuid() id, gen_random_uuid() object_id
         from complaint c cross join generate_series(1, 2) k
         where c.tracking_number like 'GEN-%' and (k = 1 or abs(hashtext(c.tracking_number)) % 3 = 0)
           and not exists (select 1 from evidence e where e.complaint_id = c.id);
       insert into evidence_object (id, created_at, committed, key_id, wrapped_key, nonce_prefix, size_bytes, sha256, segments, storage)
         select f.object_id, f.submitted_at, true, o.key_id, o.wrapped_key, o.nonce_prefix, o.size_bytes, o.sha256, o.segments, o.storage
         from fresh_evidence f, evidence t join evidence_object o on o.id = t.object_id where t.complaint_id = '$template';
       insert into evidence (id, complaint_id, file_name, content_type, size_bytes, sha256, received_at, received_by, object_id)
         select f.id, f.complaint_id, 'screenshot-' || f.k || '.png', t.content_type, t.size_bytes, t.sha256, f.submitted_at,
                f.filer_subject, f.object_id
         from fresh_evidence f, evidence t where t.complaint_id = '$template';
       insert into custody_event (id, evidence_id, action, occurred_at, actor_subject, actor_roles, sha256)
         select gen_random_uuid(), f.id, 'RECEIVED', f.submitted_at, f.filer_subject, 'citizen', t.sha256
         from fresh_evidence f, evidence t where t.complaint_id = '$template';
       drop table fresh_evidence;
       insert into audit_entry (occurred_at, actor_subject, actor_roles, action, record_type, record_id, outcome)
         select c.submitted_at, 'officer-' || (abs(hashtext(c.tracking_number)) % 500), 'intake-officer', 'complaint.read',
                'complaint', c.id::text, 'SUCCESS'
         from complaint c where c.tracking_number like 'GEN-%'
           and not exists (select 1 from audit_entry a where a.record_id = c.id::text and a.actor_subject like 'officer-%');
       analyze complaint; analyze blackmailer_identifier; analyze audit_entry; analyze complaint_platform; analyze complaint_threat;
       analyze complaint_demand; analyze status_change; analyze evidence; analyze evidence_object; analyze custody_event"
}

walk() { # full (true/false): "N ms, M entries" of the chain's verification
  curl -fsS -w ' %{time_total}' "$url/audit-entries/verification?full=$1" -H "Authorization: Bearer $auditor" \
    | python3 -c 'import json, sys; body, took = sys.stdin.read().rsplit(" ", 1); v = json.loads(body)
assert v["intact"], v
print("%.0f ms, %d entries" % (float(took) * 1000, v["checkedEntries"]))'
}
# the twin of a queue page: the page (one row more than the limit, which tells whether a next page
# exists; the platforms and threat types are in the row), in one transaction
queue_twin() { # cursor from the page's URL ('' for the first page), pgbench script to write
  local where="governorate = 'IQ-BG' and status in ('SUBMITTED', 'UNDER_REVIEW', 'NEEDS_INFORMATION')" page
  if [ -n "$1" ]; then
    # the cursor's parts, score|seconds|nanoseconds|id, and the condition PriorityCursor makes of them
    local score at id
    IFS='|' read -r score at id < <(python3 -c 'import base64, datetime, sys
c = sys.argv[1]; s, sec, nano, i = base64.urlsafe_b64decode(c + "=" * (-len(c) % 4)).decode().split("|")
t = datetime.datetime.fromtimestamp(int(sec), datetime.timezone.utc) + datetime.timedelta(microseconds=int(nano) // 1000)
print(s, t.isoformat(), i, sep="|")' "$1")
    where="$where and priority_score <= $score and (priority_score < $score or (priority_score = $score and
      (submitted_at > '$at' or (submitted_at = '$at' and id > '$id'))))"
  fi
  # the columns a line of the queue shows (ComplaintQueue's projection)
  page="SELECT id, tracking_number, status, investigation_status, priority, priority_score, governorate,
    victim_minor, self_harm_risk, deadline, submitted_at, platforms, threat_types FROM complaint WHERE $where
    ORDER BY priority_score DESC, submitted_at, id OFFSET 0 ROWS FETCH FIRST 51 ROWS ONLY"
  printf 'BEGIN;\n%s;\nCOMMIT;\n' "$(tr '\n' ' ' <<< "$page")" > "$2"
}
page_100() { # the URL of the queue's 100th page, following the cursors
  local next="" page
  for _ in $(seq 1 99); do
    page=$(curl -fsS "$url/complaints?limit=50&governorate=IQ-BG${next:+&after=$next}" -H "Authorization: Bearer $officer")
    next=$(python3 -c 'import json, sys; print(json.load(sys.stdin).get("next") or "")' <<< "$page")
    [ -n "$next" ] || { echo "$url/complaints?limit=50&governorate=IQ-BG"; return; }
  done
  echo "$url/complaints?limit=50&governorate=IQ-BG&after=$next"
}

# a warm-up of the fresh JVM (filing and the queue), so the first volume is not measured cold; a
# few seconds leave the JIT far from done, so the queue's is as long as asked (filing's stays
# short: its complaints, all filed today, count in the volume)
load "$citizen" "$url/complaints" file-complaint.lua >/dev/null
seconds=$warm load "$officer" "$url/complaints?limit=50&governorate=IQ-BG" read.lua >/dev/null
printf '| complaints | evidence items | audit entries | filing (POST) | queue page 1 (its twin, ratio) | queue page 100 (its twin, ratio) | statistics over a year (of them filed today) | statistics, the year to yesterday | rollup (once) | by victim phone | audit by actor | chain, full walk | chain, since the checkpoint | fill time |\n|---|---|---|---|---|---|---|---|---|---|---|---|---|---|\n'
for volume in $volumes; do
  start=$(date +%s)
  fill_to "$volume"
  # the audit entries join the hash chain as the service seals them (audit_chain_seal, in batches)
  while [ "$(value "select audit_chain_seal(20000)")" != 0 ] || [ "$(value "select count(*) from audit_entry where chain_seq is null")" != 0 ]; do :; done
  # sealing rewrote every entry: without fresh statistics the walks' count of unsealed entries
  # (a partial index) is planned as a scan of the whole log
  vacuum complaint complaint_platform complaint_threat complaint_demand blackmailer_identifier status_change audit_entry \
    evidence evidence_object custody_event
  filled=$(( $(date +%s) - start ))
  # the fill wrote complaints into days the rollup had counted (no filing does): they are counted
  # again from the first, by the service's rollup, whose log says how long it took
  counted() { grep -o 'Counted [0-9]* more days of complaints for the statistics in [0-9]* ms' .local/complaints-service-9.log || true; }
  runs=$(counted | wc -l)
  sql "select 1 from complaint_day_count_mark for update; delete from complaint_day_count;
       update complaint_day_count_mark set counted_before = (select min(submitted_at at time zone 'UTC')::date from complaint)" >/dev/null
  waited=0
  until [ "$(counted | wc -l)" -gt "$runs" ]; do
    [ $((waited += 1)) -le 240 ] || { echo "the rollup counted nothing in 2 minutes (.local/complaints-service-9.log)" >&2; exit 1; }
    sleep 0.5
  done
  rollup=$(counted | tail -1 | awk '{printf "%s days in %s ms", $2, $(NF-1)}')
  count=$(value "select count(*) from complaint")
  # the full walk, which leaves a checkpoint at its head; the loads below write entries after it
  full=$(walk true)
  post=$(load "$citizen" "$url/complaints" file-complaint.lua)
  first=$(load "$officer" "$url/complaints?limit=50&governorate=IQ-BG" read.lua)
  queue_twin "" "$work/queue-1.pgbench"
  first=$(versus "$first" "$(twin "$work/queue-1.pgbench")")
  page=$(page_100)
  hundredth=$(load "$officer" "$page" read.lua)
  queue_twin "$(sed -n 's/.*after=//p' <<< "$page")" "$work/queue-100.pgbench"
  hundredth=$(versus "$hundredth" "$(twin "$work/queue-100.pgbench")")
  stats=$(median_ms "$supervisor" "$url/statistics/complaints")
  # the days before today only, all from the kept counts; and how many of today's were counted one by one
  today=$(date -u +%F)
  kept=$(median_ms "$supervisor" "$url/statistics/complaints?to=$today")
  live=$(value "select count(*) from complaint where governorate = 'IQ-BG' and submitted_at >= '$today'")
  phone=$(median_ms "$officer" "$url/complaints?victimPhone=%2B9647701234567")
  by_actor=$(median_ms "$auditor" "$url/audit-entries?actor=officer-7&limit=50")
  sleep 2 # the service seals every second
  since=$(walk false)
  entries=$(value "select count(*) from audit_entry")
  items=$(value "select count(*) from evidence")
  printf '| %s | %s | %s | %s | %s | %s | %s (%s) | %s | %s | %s | %s | %s | %s | %s s |\n' "$count" "$items" "$entries" "$post" "$first" "$hundredth" \
    "$stats" "$live" "$kept" "$rollup" "$phone" "$by_actor" "$full" "$since" "$filled"
done
