# Sourced by scripts/service.sh: the environment every local service instance runs with. The jars
# run in the prod profile, which has no default secrets, so the local ones are set here; keys that
# must outlive a run are made once for this machine and kept in .local/ (umask 077).
mkdir -p .local
local_key() { # file, bytes: a random base64 key kept in .local/
  [ -s ".local/$1" ] || (umask 077 && head -c "$2" /dev/urandom | base64 | tr -d '\n' > ".local/$1")
  cat ".local/$1"
}
export QUARKUS_LOG_CONSOLE_JSON_ENABLED=${QUARKUS_LOG_CONSOLE_JSON_ENABLED:-false}
# the evidence master key: files encrypted under it are unreadable without it
export EVIDENCE_KEY_ID=${EVIDENCE_KEY_ID:-local-machine}
export EVIDENCE_KEY=${EVIDENCE_KEY:-$(local_key evidence.key 32)}
export PERSONAL_DATA_INDEX_KEY=${PERSONAL_DATA_INDEX_KEY:-$(local_key personal-data-index.key 32)}
# signs referrals-service's evidence links to courts; every referrals-service instance needs the same
export EVIDENCE_LINK_SECRET=${EVIDENCE_LINK_SECRET:-$(local_key evidence-link.secret 48)}
# the local realm's and databases' passwords (local/sanad-realm.json, scripts/ensure-databases.sh)
export DB_PASSWORD=${DB_PASSWORD:-sanad_app} DB_MIGRATION_PASSWORD=${DB_MIGRATION_PASSWORD:-sanad}
# the local web apps' origins (Vite's dev server, the browser test's page)
export CORS_ORIGINS=${CORS_ORIGINS:-http://localhost:5173,http://localhost:8099}
