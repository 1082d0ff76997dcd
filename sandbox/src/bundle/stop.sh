#!/usr/bin/env bash
# Stops what ./start.sh started; the databases and their data stay.
exec "$(dirname "$0")/scripts/stop-local.sh" "$@"
