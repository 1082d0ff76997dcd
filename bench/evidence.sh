#!/usr/bin/env bash
# Evidence streaming: uploads a video of MiB mebibytes (1024 by default) through complaints-service's
# API into the encrypted store and downloads it, in a JVM with a small heap (256 MiB by default),
# checking the SHA-256 at both ends; prints the rates and the heap's peak during each. Uses the
# test database (complaints_test); needs only ./scripts/ensure-databases.sh.
# Usage: bench/evidence.sh [MiB, default 1024] [heap, default 256m]
set -euo pipefail
cd "$(dirname "$0")/.."
mib=${1:-1024}
heap=${2:-256m}
./scripts/ensure-databases.sh >/dev/null
./mvnw -B -q install -DskipTests -pl service-commons,test-support
./mvnw -B test -pl complaints-service -Dtest=EvidenceStreamBenchmark -Dbench.evidence.mib="$mib" \
  -DargLine="-Xmx$heap" -Dsurefire.failIfNoSpecifiedTests=false 2>&1 | grep -E "EvidenceStreamBenchmark:|Tests run:|FAIL|ERROR\]"
