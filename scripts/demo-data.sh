#!/usr/bin/env bash
# Fills the running local suite (scripts/run-local.sh) with demo records through the clients
# generated from the contracts (e2e/src/test/java/org/sanad/e2e/DemoData.java): queues in two
# governorates, every triage outcome, serial extortionists, cases from opened to decided, and a
# referral in each demo court's feed. Each run adds a new set.
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B -pl e2e -DskipE2E test-compile exec:java -Dexec.mainClass=org.sanad.e2e.DemoData \
  -Dexec.classpathScope=test -Dexec.cleanupDaemonThreads=false
