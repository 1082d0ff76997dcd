#!/usr/bin/env bash
# The sandbox's one command: PostgreSQL's databases, Keycloak with the sanad realm (fetched once per
# machine), the three services, the citizen portal and the officer console, and with --demo-data the
# demo records. README.md says more.
# Usage: ./start.sh [--demo-data]
exec "$(dirname "$0")/scripts/run-local.sh" "$@"
