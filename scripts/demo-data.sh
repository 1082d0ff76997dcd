#!/usr/bin/env bash
# Fills the running local suite (scripts/run-local.sh) with demo records through the clients
# generated from the contracts (sandbox/src/main/java/org/sanad/sandbox/DemoData.java): queues in two
# governorates, every triage outcome, serial extortionists, cases from opened to decided, and a
# referral in each demo court's feed. Each run adds a new set.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ -x ./mvnw ]; then
  ./mvnw -q -B -pl sandbox compile exec:java
else
  # the sandbox bundle: the same code as one jar
  "${SANAD_JAVA:-java}" -jar lib/demo-data.jar
fi
