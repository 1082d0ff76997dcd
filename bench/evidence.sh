#!/usr/bin/env bash
# Evidence streaming: uploads a video of MiB mebibytes (1024 by default) over HTTP into the
# encrypted evidence store (sanad-evidence's test application: intake, then the store) and
# downloads it, in a JVM with a small heap (256 MiB by default), checking the SHA-256 at both ends;
# prints the rates and the heap's peak during each. Uses the test database (evidence_test); needs
# only ./scripts/ensure-databases.sh. With "s3" the segments go to S3Mock (an S3-compatible server
# the benchmark starts as a process, its files in /tmp).
# Usage: bench/evidence.sh [MiB, default 1024] [heap, default 256m] [database|s3, default database]
set -euo pipefail
cd "$(dirname "$0")/.."
mib=${1:-1024}
heap=${2:-256m}
case "${3:-database}" in
  database) benchmark=EvidenceStreamBenchmark ;;
  s3) benchmark=EvidenceStreamS3Benchmark ;;
  *) echo "storage is database or s3" >&2; exit 2 ;;
esac
./scripts/ensure-databases.sh >/dev/null
# the modules sanad-evidence takes, and test-support, into the local repository
./mvnw -B -q install -DskipTests -pl libs/evidence,test-support -am
./mvnw -B test -pl libs/evidence -Dtest=$benchmark -Dbench.evidence.mib="$mib" \
  -DargLine="-Xmx$heap" -Dsurefire.failIfNoSpecifiedTests=false 2>&1 | grep -E "Benchmark:|Tests run:|FAIL|ERROR\]"
