#!/usr/bin/env bash
# A/B of complaints-service between an earlier commit and this checkout's build, in one run: the
# earlier one built in a git worktree and started as instance 8 (port 8151), this one as instance 9
# (8161), each on a database of its own made anew (complaints_ab_8, complaints_ab_9: the two may
# differ in schema), with the same local keys, the outbox relay and the audit walk off. Each is
# warmed, then passes alternate: POST /complaints and GET /complaints/{id} (wrk, 8 connections),
# each reported with req/s and the CPU per request (utime+stime from /proc over wrk's request
# count) of the service and of PostgreSQL's processes, which this shared machine's noise moves
# less than req/s.
# Needs Keycloak (scripts/keycloak.sh start) and this checkout built (./mvnw install -DskipTests);
# stops both instances and removes the worktree at the end. Localhost only, bounded in time.
# Usage: bench/compare.sh <earlier commit> [seconds per pass, 15] [rounds, 3] [warm-up seconds, 120]
set -euo pipefail
cd "$(dirname "$0")/.."
rev=${1:?usage: $0 <earlier commit> [seconds] [rounds] [warm-up seconds]}
seconds=${2:-15}
rounds=${3:-3}
warm=${4:-120}
command -v wrk >/dev/null || { echo "wrk is needed: apt-get install wrk" >&2; exit 1; }
[ -f complaints-service/target/quarkus-app/quarkus-run.jar ] || { echo "build this checkout first" >&2; exit 1; }
here=$PWD
old=${TMPDIR:-/tmp}/sanad-compare-$(git rev-parse --short "$rev")
export SANAD_AOT=off OUTBOX_RELAY_EVERY=off SANAD_AUDIT_VERIFY_EVERY=off
. bench/bench-lib.sh

cleanup() {
  scripts/service.sh stop complaints-service 9 >/dev/null 2>&1 || true
  [ -d "$old" ] && (cd "$old" && scripts/service.sh stop complaints-service 8 >/dev/null 2>&1 || true)
  git worktree remove --force "$old" 2>/dev/null || true
  fresh_db complaints_ab_8 drop >/dev/null 2>&1 || true
  fresh_db complaints_ab_9 drop >/dev/null 2>&1 || true
}
trap cleanup EXIT

git worktree add -f "$old" "$rev" -q
echo "building $rev in $old"
(cd "$old" && ./mvnw -B -q package -DskipTests -pl complaints-service -am)
# the same keys as this checkout's instances, so that both read what either wrote
. scripts/local-env.sh
mkdir -p "$old/.local" && cp .local/*.key .local/*.secret "$old/.local/"
fresh_db complaints_ab_8
fresh_db complaints_ab_9
(cd "$old" && DB_NAME=complaints_ab_8 scripts/service.sh start complaints-service 8)
DB_NAME=complaints_ab_9 scripts/service.sh start complaints-service 9
pid_of() { if [ "$1" = 8151 ]; then cat "$old/.local/complaints-service-8.pid"; else cat "$here/.local/complaints-service-9.pid"; fi; }
body=$(sed -n '/\[\[/,/\]\]/p' bench/file-complaint.lua | sed '1d;$d')

pass() { # port, seconds, label, script, url
  local pid before out after requests pg_before pg_after
  pid=$(pid_of "$1")
  before=$(cpu "$pid")
  pg_before=$(pg_cpu)
  out=$(wrk -t2 -c8 -d"$2"s -s "$4" "$5" 2>&1)
  after=$(cpu "$pid")
  pg_after=$(pg_cpu)
  requests=$(echo "$out" | sed -n 's/^requests \([0-9]*\),.*/\1/p')
  [ -n "$requests" ] && [ "$requests" -gt 0 ] || { echo "$3 on :$1: wrk failed: $out" >&2; exit 1; }
  printf '%-5s :%s %s, CPU per request: service %s ms, PostgreSQL %s ms\n' "$3" "$1" \
    "$(echo "$out" | sed -n 's/^requests \([0-9]*\), /\1 requests, /p')" \
    "$(per_request "$after" "$before" "$requests")" "$(per_request "$pg_after" "$pg_before" "$requests")"
}
round() { # seconds, label
  local port id
  TOKEN=$(scripts/token.sh amal)
  export TOKEN
  for port in 8151 8161; do
    id=$(curl -fsS -X POST "http://localhost:$port/complaints" -H "Authorization: Bearer $TOKEN" \
      -H 'Content-Type: application/json' -d "$body" | python3 -c 'import json, sys; print(json.load(sys.stdin)["id"])')
    echo "$2, $([ "$port" = 8151 ] && echo "$rev" || echo "this checkout"):"
    pass "$port" "$1" POST bench/file-complaint.lua "http://localhost:$port/complaints"
    pass "$port" "$1" GET bench/read.lua "http://localhost:$port/complaints/$id"
  done
}
round "$((warm / 2))" "warm-up"
for r in $(seq 1 "$rounds"); do round "$seconds" "round $r"; done
