#!/usr/bin/env bash
# Prints a new VAPID key pair for complaints-service's Web Push (docs/notifications/web-push.md) as
# two environment lines, PUSH_VAPID_PUBLIC_KEY (the uncompressed P-256 point, 65 bytes) and
# PUSH_VAPID_PRIVATE_KEY (its 32-byte scalar), both base64url. Made by openssl and cut from the
# key's SEC1 DER form (121 bytes: the scalar at byte 8, the point at 57), as signing-key.sh does.
# A new pair invalidates every browser's subscription: rotate only as that document says. Sourced,
# it defines vapid_keys instead.
vapid_keys() {
  local der
  der=$(mktemp)
  openssl ecparam -name prime256v1 -genkey -noout -outform DER > "$der" 2>/dev/null
  if [ "$(wc -c < "$der")" != 121 ]; then
    rm -f "$der"
    echo "openssl did not give a P-256 key in the expected form" >&2
    return 1
  fi
  part() { tail -c +"$1" "$der" | head -c "$2" | base64 | tr -d '=\n' | tr '/+' '_-'; }
  printf 'PUSH_VAPID_PUBLIC_KEY=%s\nPUSH_VAPID_PRIVATE_KEY=%s\n' "$(part 57 65)" "$(part 8 32)"
  rm -f "$der"
}

if [ "${BASH_SOURCE[0]}" = "$0" ]; then
  set -euo pipefail
  (umask 077 && vapid_keys)
fi
