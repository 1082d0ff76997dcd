#!/usr/bin/env bash
# A fresh JVM of complaints-service from start to warm, pass by pass: each round starts it afresh
# (scripts/service.sh, instance 9, port 8161, on a database of its own made anew once,
# complaints_warmup), on the AOT cache scripts/service.sh keeps for its options when there is one
# (instance 1 records it when it stops: run the suite and stop it once first), and prints
#  - start to ready, from the JVM's own start time (/proc) to its readiness check answering (polled
#    every 20 ms), and the CPU the JVM had spent by then: its JIT compilers, its main thread, the rest;
#  - then back-to-back passes of POST /complaints (wrk, 8 connections), each with its req/s, the
#    request threads' CPU per request (event loop and workers), the CPU the JIT compilers took in
#    the pass and the methods waiting in their queue after it (jcmd Compiler.queue);
#  - the first pass's share of the warm rate (the median of the last three passes) and the RSS.
# Needs Keycloak (scripts/keycloak.sh start) and this checkout built. Localhost only, bounded:
# rounds x passes x seconds, plus a start and stop per round.
# Usage: bench/warmup.sh [passes, 8] [seconds per pass, 15] [rounds, 2]
set -euo pipefail
cd "$(dirname "$0")/.."
passes=${1:-8}
seconds=${2:-15}
rounds=${3:-2}
[ "$passes" -ge 4 ] || { echo "at least 4 passes: the warm rate is the median of the last three" >&2; exit 2; }
command -v wrk >/dev/null || { echo "wrk is needed: apt-get install wrk" >&2; exit 1; }
command -v jcmd >/dev/null || { echo "jcmd (the JDK's) is needed" >&2; exit 1; }
[ -f complaints-service/target/quarkus-app/quarkus-run.jar ] || { echo "build this checkout first" >&2; exit 1; }
export OUTBOX_RELAY_EVERY=off SANAD_AUDIT_VERIFY_EVERY=off DB_NAME=complaints_warmup
. bench/bench-lib.sh
trap 'scripts/service.sh stop complaints-service 9 >/dev/null 2>&1 || true' EXIT
url=http://localhost:8161
ready=http://localhost:9161/q/health/ready
pidfile=.local/complaints-service-9.pid

threads() { # pid: CPU in ms so far of its JIT compilers, main thread, request threads, the rest
  python3 - "$1" "$hz" <<'PY'
import os, sys
pid, hz = sys.argv[1], int(sys.argv[2])
groups = {"jit": 0, "main": 0, "requests": 0, "rest": 0}
for tid in os.listdir(f"/proc/{pid}/task"):
    try:
        stat = open(f"/proc/{pid}/task/{tid}/stat").read()
    except OSError:
        continue
    name = stat[stat.index("(") + 1:stat.rindex(")")]
    fields = stat[stat.rindex(")") + 2:].split()
    ms = (int(fields[11]) + int(fields[12])) * 1000 // hz
    if "CompilerThre" in name:
        groups["jit"] += ms
    elif name == "java":  # the main thread (the launcher's own waits for it, idle)
        groups["main"] += ms
    elif name.startswith(("executor-thread", "vert.x-eventloo")):
        groups["requests"] += ms
    else:
        groups["rest"] += ms
print(groups["jit"], groups["main"], groups["requests"], groups["rest"])
PY
}
queued() { jcmd "$1" Compiler.queue 2>/dev/null | grep -c '^ *[0-9]' || true; }

fresh_db "$DB_NAME"
# the migrations of an empty database, once, outside the timed starts
scripts/service.sh start complaints-service 9 >/dev/null && scripts/service.sh stop complaints-service 9 >/dev/null
for round in $(seq 1 "$rounds"); do
  rm -f "$pidfile"
  scripts/service.sh start complaints-service 9 >/dev/null &
  starter=$!
  # bounded as scripts/service.sh's own wait is: 60 s, or less if it gives up (a port taken, the JVM
  # exited); it writes the pid file before it can succeed, so its exit without one is a failure
  deadline=$((SECONDS + 60))
  until [ -s "$pidfile" ]; do
    kill -0 "$starter" 2>/dev/null && [ "$SECONDS" -lt "$deadline" ] \
      || { echo "the service did not start; see .local/complaints-service-9.log" >&2; exit 1; }
    sleep 0.01
  done
  pid=$(cat "$pidfile")
  until curl -fs "$ready" >/dev/null 2>&1; do
    kill -0 "$pid" 2>/dev/null && [ "$SECONDS" -lt "$deadline" ] \
      || { echo "the service did not become ready; see .local/complaints-service-9.log" >&2; exit 1; }
    sleep 0.02
  done
  at_ready=$(awk '{print $1}' /proc/uptime)
  read -r jit main requests rest < <(threads "$pid")
  wait "$starter"
  started=$(awk -v up="$at_ready" -v since="$(awk '{print $22}' "/proc/$pid/stat")" -v hz="$hz" \
    'BEGIN { printf "%.2f", up - since / hz }')
  aot=$(tr '\0' '\n' < "/proc/$pid/cmdline" | sed -n 's/^-XX:AOTCache=//p')
  echo "round $round: $(readlink "/proc/$pid/exe"), AOT cache ${aot:-none}; ready in ${started} s; CPU by then $(( jit + main + requests + rest )) ms: JIT compilers $jit, main thread $main, request threads $requests, the rest $rest"
  TOKEN=$(scripts/token.sh amal)
  export TOKEN
  rates=()
  for pass in $(seq 1 "$passes"); do
    read -r jit0 _ requests0 _ < <(threads "$pid")
    out=$(wrk -t2 -c8 -d"$seconds"s -s bench/file-complaint.lua "$url/complaints" 2>&1)
    read -r jit1 _ requests1 _ < <(threads "$pid")
    count=$(echo "$out" | sed -n 's/^requests \([0-9]*\), non-2xx 0,.*/\1/p')
    [ -n "$count" ] && [ "$count" -gt 0 ] || { echo "pass $pass: wrk failed or errors: $out" >&2; exit 1; }
    rate=$(awk -v r="$count" -v s="$seconds" 'BEGIN { printf "%.0f", r / s }')
    rates+=("$rate")
    printf '  pass %d: %s req/s, p99 %s, request threads %s ms CPU per request, JIT compilers %.1f s CPU, %s methods queued\n' \
      "$pass" "$rate" "$(echo "$out" | sed -n 's/.*p99 \([0-9.]* ms\).*/\1/p')" \
      "$(awk -v a="$requests1" -v b="$requests0" -v r="$count" 'BEGIN { printf "%.3f", (a - b) / r }')" \
      "$(awk -v a="$jit1" -v b="$jit0" 'BEGIN { print (a - b) / 1000 }')" "$(queued "$pid")"
  done
  warm=$(printf '%s\n' "${rates[@]: -3}" | sort -n | sed -n 2p)
  echo "  first pass ${rates[0]} req/s = $(awk -v f="${rates[0]}" -v w="$warm" 'BEGIN { printf "%.0f", 100 * f / w }')% of warm ($warm req/s, the median of the last three); RSS $(awk '/VmRSS/ {printf "%.0f MiB", $2 / 1024}' "/proc/$pid/status")"
  scripts/service.sh stop complaints-service 9 >/dev/null
done
fresh_db "$DB_NAME" drop
