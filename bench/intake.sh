#!/usr/bin/env bash
# Intake under load, against PostgreSQL running the same SQL in the same run: citizens filing
# (POST /complaints) and a citizen reading her complaint (GET /complaints/{id}), each next to a
# pgbench twin of the statements the service sends for it (captured from Hibernate's SQL log;
# the README says which), one round trip each, in one transaction, prepared. A warm-up pass, then
# three passes of each, bounded in time, localhost only; prints each pass and the median ratio;
# then the latency at 40, 60 and 80% of that median peak, sent open-loop (bench/OpenLoop.java: a fixed rate,
# each request timed from when it was due, so a stall counts in every request it held back).
# Needs the running local suite (scripts/run-local.sh). Adds the complaints it files.
# Usage: bench/intake.sh [seconds, default 15] [connections, default 8]
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-15}
connections=${2:-8}
command -v wrk >/dev/null || { echo "wrk is needed: apt-get install wrk" >&2; exit 1; }
command -v pgbench >/dev/null || { echo "pgbench is needed (postgresql-contrib / the PostgreSQL client)" >&2; exit 1; }
export PGHOST=${PGHOST:-127.0.0.1} PGUSER=${DB_USER:-sanad_app} PGPASSWORD=${DB_PASSWORD:-sanad_app} PGDATABASE=complaints
sql() { psql -v ON_ERROR_STOP=1 -qtAc "$1"; }
work=${TMPDIR:-/tmp}/sanad-intake
mkdir -p "$work"
token=$(scripts/token.sh amal)
body=$(sed -n '/\[\[/,/\]\]/p' bench/file-complaint.lua | sed '1d;$d')

# a complaint filed through the API: the twin inserts copies of its rows, as the service wrote them
id=$(curl -fsS -X POST http://localhost:8081/complaints -H "Authorization: Bearer $token" \
  -H 'Content-Type: application/json' -d "$body" | python3 -c 'import json, sys; print(json.load(sys.stdin)["id"])')
# a row of a table as an INSERT of literals, some columns' values replaced (column=TOKEN;...),
# the tokens then replaced by the pgbench expressions below; a colon in a literal is written
# chr(58), or pgbench would take what follows it (enc1:local-…) for a variable
insert_of() { # table, where, replacements
  sql "select 'INSERT INTO $1 (' || string_agg(quote_ident(key), ', ') || ') VALUES (' ||
         string_agg(coalesce((select split_part(r, '=', 2) from unnest(string_to_array('$3', ';')) r
                              where split_part(r, '=', 1) = key),
                             case when value is null then 'NULL'
                                  -- an array (the complaint's kinds) comes out of jsonb as [\"A\", \"B\"]: as {\"A\", \"B\"}
                                  when format_type(a.atttypid, a.atttypmod) like '%[]' then quote_literal(translate(value, '[]', '{}'))
                                    || '::' || format_type(a.atttypid, a.atttypmod)
                                  else '(' || replace(quote_literal(value), ':',
                               ''' || chr(58) || ''') || ')::' || format_type(a.atttypid, a.atttypmod) end), ', ') || ')'
       from $1 t, jsonb_each_text(to_jsonb(t)) j
       join pg_attribute a on a.attrelid = '$1'::regclass and a.attname = j.key
       where $2"
}
# a new complaint id and tracking number per transaction, made of pgbench's random digits (a UUID
# of decimal digits is still a UUID): no extra round trip, as the service makes its ids in Java
ID="(:b::text || '-0000-4000-8000-' || :a::text)::uuid"
TRACKING="('BENCH-' || :b::text || '-' || :a::text)"
expand() { sed -e "s/COMPLAINT_ID/${ID//&/\\&}/g" -e "s/TRACKING/${TRACKING//&/\\&}/g" -e "s/NEW_ID/gen_random_uuid()/g" -e "s/NOW/now()/g"; }
complaint=$(insert_of complaint "t.id = '$id'" "id=COMPLAINT_ID;tracking_number=TRACKING" | expand)
identifier=$(insert_of blackmailer_identifier "t.complaint_id = '$id'" "id=NEW_ID;complaint_id=COMPLAINT_ID;added_at=NOW" | expand)
status=$(insert_of status_change "t.complaint_id = '$id'" "id=NEW_ID;complaint_id=COMPLAINT_ID;changed_at=NOW" | expand)
cat > "$work/file.pgbench" <<SQL
\set a random(100000000000, 999999999999)
\set b random(10000000, 99999999)
BEGIN;
$complaint;
$identifier;
$status;
INSERT INTO audit_entry (action, actor_roles, actor_subject, occurred_at, outcome, record_id, record_type) VALUES ('complaint.file', 'citizen', 'bench', now(), 'SUCCESS', $ID::text, 'complaint');
COMMIT;
SQL
# GET /complaints/{id}: the complaint (its kinds in the row), the audit entry of the read, then its
# identifiers and supplements
cat > "$work/read.pgbench" <<SQL
BEGIN;
SELECT * FROM complaint WHERE id = '$id';
INSERT INTO audit_entry (action, actor_roles, actor_subject, occurred_at, outcome, record_id, record_type) VALUES ('complaint.read', 'citizen', 'bench', now(), 'SUCCESS', '$id', 'complaint');
SELECT * FROM blackmailer_identifier WHERE complaint_id = '$id' ORDER BY position;
SELECT * FROM supplement WHERE complaint_id = '$id' ORDER BY added_at, id;
COMMIT;
SQL
# the twins must run as written before they are timed
pgbench -n -t 3 -f "$work/file.pgbench" >/dev/null
pgbench -n -t 3 -f "$work/read.pgbench" >/dev/null

service() { # lua script, url
  TOKEN=$token wrk -t1 -c"$connections" -d"${seconds}s" -s "bench/$1" "$2" \
    | awk '/Requests\/sec/{rps=$2} /^requests /{line=$0} END{print rps, line}'
}
twin() { # pgbench script
  pgbench -n -M prepared -c "$connections" -j 1 -T "$seconds" -f "$work/$1" 2>/dev/null | awk '/^tps/{print $3}'
}
measure() { # title, lua, url, pgbench script
  echo "== $1 ($connections connections, ${seconds}s passes after a warm-up)"
  read -r rps rest < <(service "$2" "$3")
  printf 'warm-up: service %8.0f req/s (%s)\n' "$rps" "$rest"
  ratios=() rates=()
  for pass in 1 2 3; do
    read -r rps rest < <(service "$2" "$3")
    tps=$(twin "$4")
    ratio=$(awk -v a="$rps" -v b="$tps" 'BEGIN{printf "%.2f", a / b}')
    ratios+=("$ratio") rates+=("$rps")
    printf 'pass %d: service %8.0f req/s (%s) | pgbench %8.0f tps | %s×\n' "$pass" "$rps" "$rest" "$tps" "$ratio"
  done
  printf 'median ratio: %s×\n' "$(printf '%s\n' "${ratios[@]}" | sort -n | sed -n 2p)"
  peak=$(printf '%s\n' "${rates[@]}" | sort -n | sed -n 2p)
  for share in 40 60 80; do
    rate=$(awk -v p="$peak" -v s="$share" 'BEGIN{printf "%.0f", p * s / 100}')
    printf 'open loop at %s%% of the median peak (%s s, up to 32 in flight): ' "$share" "$seconds"
    TOKEN=$token java bench/OpenLoop.java "$3" "$rate" "$seconds" 32 ${5:+"$work/$5"}
  done
}
printf '%s' "$body" > "$work/complaint.json"
measure "POST /complaints" file-complaint.lua http://localhost:8081/complaints file.pgbench complaint.json
measure "GET /complaints/{id}" read.lua "http://localhost:8081/complaints/$id" read.pgbench
pid=$(pgrep -f "complaints-service/target/quarkus-app/quarkus-run.jar" | head -n 1)
[ -n "$pid" ] && echo "complaints-service RSS after load: $(( $(awk '/VmRSS/{print $2}' /proc/$pid/status) / 1024 )) MiB"
