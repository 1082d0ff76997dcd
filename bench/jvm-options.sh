#!/usr/bin/env bash
# A/B of the JVM's options for complaints-service, this checkout's build: each round starts a fresh
# JVM per option set as instance 9 (port 8161) on a database of its own (complaints_jvm, made anew
# once), warms it (POST, then GET), then one pass of POST /complaints and one of
# GET /complaints/{id} (wrk, 8 connections), each with its req/s and the service's CPU per request
# (utime+stime from /proc), then its start to ready and its RSS after the load. The option sets
# alternate round by round, so the machine's drift falls on both. No AOT cache (SANAD_AOT=off).
# Needs Keycloak (scripts/keycloak.sh start) and this checkout built; localhost only, bounded.
# Usage: bench/jvm-options.sh "<options A>" "<options B>" [rounds, 2] [seconds per pass, 15] [warm-up seconds, 60]
set -euo pipefail
cd "$(dirname "$0")/.."
[ $# -ge 2 ] || { echo "usage: $0 \"<options A>\" \"<options B>\" [rounds] [seconds] [warm-up seconds]" >&2; exit 2; }
sets=("$1" "$2")
rounds=${3:-2}
seconds=${4:-15}
warm=${5:-60}
command -v wrk >/dev/null || { echo "wrk is needed: apt-get install wrk" >&2; exit 1; }
[ -f complaints-service/target/quarkus-app/quarkus-run.jar ] || { echo "build this checkout first" >&2; exit 1; }
export SANAD_AOT=off OUTBOX_RELAY_EVERY=off SANAD_AUDIT_VERIFY_EVERY=off DB_NAME=complaints_jvm
. bench/bench-lib.sh
fresh_db "$DB_NAME"
trap 'scripts/service.sh stop complaints-service 9 >/dev/null 2>&1 || true' EXIT
url=http://localhost:8161
body=$(sed -n '/\[\[/,/\]\]/p' bench/file-complaint.lua | sed '1d;$d')

pass() { # pid, seconds, label, script, url: "label N req/s, p99 X, C ms CPU per request"
  local before out after requests
  before=$(cpu "$1")
  out=$(wrk -t2 -c8 -d"$2"s -s "bench/$4" "$5" 2>&1)
  after=$(cpu "$1")
  requests=$(echo "$out" | sed -n 's/^requests \([0-9]*\),.*/\1/p')
  [ -n "$requests" ] && [ "$requests" -gt 0 ] || { echo "$3: wrk failed: $out" >&2; exit 1; }
  printf '%s %.0f req/s, p99 %s, %s ms CPU per request' "$3" "$(awk -v r="$requests" -v s="$2" 'BEGIN { print r / s }')" \
    "$(echo "$out" | sed -n 's/.*p99 \([0-9.]* ms\).*/\1/p')" "$(per_request "$after" "$before" "$requests")"
}

for round in $(seq 1 "$rounds"); do
  for set in 0 1; do
    SANAD_JAVA_OPTS=${sets[$set]} scripts/service.sh start complaints-service 9 >/dev/null
    pid=$(cat .local/complaints-service-9.pid)
    TOKEN=$(scripts/token.sh amal)
    export TOKEN
    id=$(curl -fsS -X POST "$url/complaints" -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' \
      -d "$body" | python3 -c 'import json, sys; print(json.load(sys.stdin)["id"])')
    wrk -t2 -c8 -d"$warm"s -s bench/file-complaint.lua "$url/complaints" >/dev/null
    wrk -t2 -c8 -d"$((warm / 2))"s -s bench/read.lua "$url/complaints/$id" >/dev/null
    post=$(pass "$pid" "$seconds" POST file-complaint.lua "$url/complaints")
    get=$(pass "$pid" "$seconds" GET read.lua "$url/complaints/$id")
    rss=$(awk '/VmRSS/ {printf "%.0f MiB", $2 / 1024}' "/proc/$pid/status")
    started=$(grep -o 'started in [0-9.]*s' .local/complaints-service-9.log | tail -1)
    scripts/service.sh stop complaints-service 9 >/dev/null
    echo "round $round, ${sets[$set]}: $post; $get; RSS $rss; $started"
  done
done
fresh_db "$DB_NAME" drop
