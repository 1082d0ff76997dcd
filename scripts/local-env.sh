# Sourced by scripts/service.sh and scripts/ensure-databases.sh: the environment every local
# service instance runs with. The jars run in the prod profile, which has no default secrets, so the
# local ones are set here. Keys that must outlive a run are made once for this machine and kept
# beside its databases, not in a checkout (umask 077): every clone on the machine reads the same
# local databases, so it must hold the keys their data was written under.
SANAD_LOCAL_KEYS=${SANAD_LOCAL_KEYS:-${XDG_DATA_HOME:-$HOME/.local/share}/sanad/keys}
mkdir -p "$SANAD_LOCAL_KEYS"
local_key() { # file, bytes: a random base64 key kept in $SANAD_LOCAL_KEYS
  if [ ! -s "$SANAD_LOCAL_KEYS/$1" ] && [ -s ".local/$1" ]; then
    cp ".local/$1" "$SANAD_LOCAL_KEYS/$1" # a checkout's key from before: its databases' data stays readable
  fi
  [ -s "$SANAD_LOCAL_KEYS/$1" ] || (umask 077 && head -c "$2" /dev/urandom | base64 | tr -d '\n' > "$SANAD_LOCAL_KEYS/$1")
  cat "$SANAD_LOCAL_KEYS/$1"
}
export QUARKUS_LOG_CONSOLE_JSON_ENABLED=${QUARKUS_LOG_CONSOLE_JSON_ENABLED:-false}
# the evidence master key: files encrypted under it are unreadable without it
export EVIDENCE_KEY_ID=${EVIDENCE_KEY_ID:-local-machine}
export EVIDENCE_KEY=${EVIDENCE_KEY:-$(local_key evidence.key 32)}
export PERSONAL_DATA_INDEX_KEY=${PERSONAL_DATA_INDEX_KEY:-$(local_key personal-data-index.key 32)}
# signs referrals-service's evidence links to courts; every referrals-service instance needs the same
export EVIDENCE_LINK_SECRET=${EVIDENCE_LINK_SECRET:-$(local_key evidence-link.secret 48)}
# signs referrals-service's submitted referral versions (a private EC P-256 JWK, scripts/signing-key.sh);
# kept like the other keys, so versions signed in an earlier run still verify against /court/jwks
if [ -z "${REFERRAL_SIGNING_KEY:-}" ]; then
  if [ ! -s "$SANAD_LOCAL_KEYS/referral-signing.jwk" ]; then
    # shellcheck source=scripts/signing-key.sh
    (. "$(dirname "${BASH_SOURCE[0]}")/signing-key.sh" && umask 077 && ec_jwk > "$SANAD_LOCAL_KEYS/referral-signing.jwk")
  fi
  REFERRAL_SIGNING_KEY=$(cat "$SANAD_LOCAL_KEYS/referral-signing.jwk")
fi
export REFERRAL_SIGNING_KEY
# complaints-service's Web Push key pair (VAPID, scripts/vapid-keys.sh), kept like the other keys:
# a new pair would leave every browser subscribed in an earlier run unreachable
if [ -z "${PUSH_VAPID_PUBLIC_KEY:-}" ] || [ -z "${PUSH_VAPID_PRIVATE_KEY:-}" ]; then
  if [ ! -s "$SANAD_LOCAL_KEYS/vapid.env" ]; then
    # shellcheck source=scripts/vapid-keys.sh
    (. "$(dirname "${BASH_SOURCE[0]}")/vapid-keys.sh" && umask 077 && vapid_keys > "$SANAD_LOCAL_KEYS/vapid.env")
  fi
  PUSH_VAPID_PUBLIC_KEY=$(sed -n 's/^PUSH_VAPID_PUBLIC_KEY=//p' "$SANAD_LOCAL_KEYS/vapid.env")
  PUSH_VAPID_PRIVATE_KEY=$(sed -n 's/^PUSH_VAPID_PRIVATE_KEY=//p' "$SANAD_LOCAL_KEYS/vapid.env")
fi
export PUSH_VAPID_PUBLIC_KEY PUSH_VAPID_PRIVATE_KEY
export PUSH_VAPID_SUBJECT=${PUSH_VAPID_SUBJECT:-mailto:web-push@localhost.invalid}
# the local realm's and databases' passwords (local/sanad-realm.json, scripts/ensure-databases.sh)
export DB_PASSWORD=${DB_PASSWORD:-sanad_app} DB_MIGRATION_PASSWORD=${DB_MIGRATION_PASSWORD:-sanad}
# the local web apps' origins (the citizen portal, Vite's dev server, the browser test's page)
export CORS_ORIGINS=${CORS_ORIGINS:-http://localhost:8090,http://localhost:8095,http://localhost:5173,http://localhost:8099}
# on one machine every browser, script and test files from the same address: the anonymous routes'
# per-source limits (5 filings an hour in production) would stop a day's local work or one e2e run
export INTAKE_RATE_LIMITS_FILING_PER_SOURCE=${INTAKE_RATE_LIMITS_FILING_PER_SOURCE:-200}
export INTAKE_RATE_LIMITS_TRACKING_PER_SOURCE=${INTAKE_RATE_LIMITS_TRACKING_PER_SOURCE:-2000}
# the citizen portal is served over plain HTTP here: no Strict-Transport-Security
export HSTS=${HSTS:-false}
# SMS: the local SMSC simulator (scripts/service.sh start smsc-simulator) binds this ESME, and
# complaints-service sends to it (docs/notifications/smsc.md); SMPP 3.4 allows 8 characters of password
export SMSC_SYSTEM_ID=${SMSC_SYSTEM_ID:-sanad-local} SMSC_PASSWORD=${SMSC_PASSWORD:-local-pw}
export SMS_ENABLED=${SMS_ENABLED:-true} SMS_SMSC_HOST=${SMS_SMSC_HOST:-localhost} SMS_SMSC_PORT=${SMS_SMSC_PORT:-2775}
export SMS_SMSC_SYSTEM_ID=${SMS_SMSC_SYSTEM_ID:-$SMSC_SYSTEM_ID} SMS_SMSC_PASSWORD=${SMS_SMSC_PASSWORD:-$SMSC_PASSWORD}
# the links in the messages complaints-service sends: the local portal's follow page and console
export PORTAL_TRACKING_URL=${PORTAL_TRACKING_URL:-http://localhost:8090/t} CONSOLE_URL=${CONSOLE_URL:-http://localhost:8095}
# the people on duty texted when a complaint at risk is filed or waits past its triage deadline
# (notifications.duty-contacts."IQ-BG" as environment variables); local numbers the SMSC simulator keeps
export NOTIFICATIONS_DUTY_CONTACTS__IQ_BG_=${NOTIFICATIONS_DUTY_CONTACTS__IQ_BG_:-+9647800000101}
export NOTIFICATIONS_DUTY_CONTACTS__IQ_BS_=${NOTIFICATIONS_DUTY_CONTACTS__IQ_BS_:-+9647800000102}
export NOTIFICATIONS_NATIONAL_CONTACT=${NOTIFICATIONS_NATIONAL_CONTACT:-+9647800000100}
# no quiet hours on a local run (a start equal to its end): the local suite and its tests text at any hour
export NOTIFICATIONS_QUIET_HOURS_START=${NOTIFICATIONS_QUIET_HOURS_START:-00:00} NOTIFICATIONS_QUIET_HOURS_END=${NOTIFICATIONS_QUIET_HOURS_END:-00:00}
