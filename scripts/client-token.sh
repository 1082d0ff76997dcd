#!/usr/bin/env bash
# Prints an access token of a machine client of the local "sanad" realm (client credentials);
# the demo court systems' secret is "<client>-secret".
# Usage: COURT=$(scripts/client-token.sh court-iq-pmc)
set -euo pipefail
client=${1:?usage: $0 CLIENT_ID [SECRET]}
secret=${2:-$client-secret}
curl -fsS -d grant_type=client_credentials -d "client_id=$client" -d "client_secret=$secret" \
  "http://localhost:${KEYCLOAK_PORT:-8180}/realms/sanad/protocol/openid-connect/token" \
  | python3 -c 'import json, sys; print(json.load(sys.stdin)["access_token"])'
