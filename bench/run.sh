#!/usr/bin/env bash
# Load figures of the running local suite (scripts/run-local.sh): filing, the intake queue and the
# case list, each for a bounded time against localhost only, then the services' memory.
# Usage: bench/run.sh [seconds per run, default 20] [connections, default 8]
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-20}
connections=${2:-8}
command -v wrk >/dev/null || { echo "wrk is needed: apt-get install wrk" >&2; exit 1; }

run() { # title, token, url, [script]
  echo "== $1 (${seconds}s, $connections connections, 1 thread)"
  TOKEN=$2 wrk -t1 -c"$connections" -d"${seconds}s" -s "bench/$4" "$3" | grep -E "Requests/sec|requests "
}

run "file a complaint: POST /complaints" "$(scripts/token.sh amal)" http://localhost:8081/complaints file-complaint.lua
run "intake queue: GET /complaints?limit=50" "$(scripts/token.sh officer.baghdad)" \
  "http://localhost:8081/complaints?limit=50" read.lua
run "case list: GET /cases?limit=50" "$(scripts/token.sh investigator.baghdad)" "http://localhost:8082/cases?limit=50" read.lua

echo "== memory after load (RSS)"
for jar in complaints-service cases-service; do
  pid=$(pgrep -f "$jar/target/quarkus-app/quarkus-run.jar" | head -n 1)
  [ -n "$pid" ] && echo "$jar: $(( $(awk '/VmRSS/{print $2}' /proc/$pid/status) / 1024 )) MiB"
done
