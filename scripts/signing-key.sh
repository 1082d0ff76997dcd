#!/usr/bin/env bash
# Prints a new private EC P-256 JWK (JSON), the kind of key referrals-service signs referral
# versions with (REFERRAL_SIGNING_KEY; docs/operations/runbook.md, Rotate secrets and keys). Made by openssl,
# cut from the key's SEC1 DER form (121 bytes: d at byte 8, x at 58, y at 90). The service computes
# the key's id (its RFC 7638 thumbprint) itself. Sourced, it defines ec_jwk instead.
ec_jwk() {
  local der
  der=$(mktemp)
  openssl ecparam -name prime256v1 -genkey -noout -outform DER > "$der" 2>/dev/null
  if [ "$(wc -c < "$der")" != 121 ]; then
    rm -f "$der"
    echo "openssl did not give a P-256 key in the expected form" >&2
    return 1
  fi
  part() { tail -c +"$1" "$der" | head -c 32 | base64 | tr -d '=\n' | tr '/+' '_-'; }
  printf '{"kty":"EC","crv":"P-256","x":"%s","y":"%s","d":"%s"}' "$(part 58)" "$(part 90)" "$(part 8)"
  rm -f "$der"
}

if [ "${BASH_SOURCE[0]}" = "$0" ]; then
  set -euo pipefail
  (umask 077 && ec_jwk)
  echo
fi
