#!/usr/bin/env bash
# Prints an access token of a user of the local "sanad" realm (password = user name there).
# Usage: TOKEN=$(scripts/token.sh amal)
set -euo pipefail
user=${1:?usage: $0 USER [PASSWORD]}
password=${2:-$user}
curl -fsS -d grant_type=password -d client_id=sanad-console -d "username=$user" -d "password=$password" \
  "http://localhost:${KEYCLOAK_PORT:-8180}/realms/sanad/protocol/openid-connect/token" \
  | python3 -c 'import json, sys; print(json.load(sys.stdin)["access_token"])'
