#!/usr/bin/env bash
# Stops what scripts/run-local.sh (and scripts/service.sh) started: every service instance, the SMSC
# simulator, then Keycloak. The databases stay: PostgreSQL is the machine's, and it keeps the suite's data.
set -euo pipefail
cd "$(dirname "$0")/.."
shopt -s nullglob
# the SMSC simulator after the services: complaints-service unbinds from it as it stops
for pidfile in .local/*-service-[1-9].pid .local/citizen-web-[1-9].pid .local/officer-web-[1-9].pid \
    .local/smsc-simulator-[1-9].pid; do
  name=$(basename "$pidfile" .pid)
  ./scripts/service.sh stop "${name%-*}" "${name##*-}"
done
./scripts/keycloak.sh stop || true
