#!/usr/bin/env bash
# Runs the suite on this machine: PostgreSQL databases, a local Keycloak with the "sanad" realm,
# then the services (built first), logs in .local/. Stop with Ctrl-C (the services stop with it);
# scripts/keycloak.sh stop stops Keycloak.
set -euo pipefail
cd "$(dirname "$0")/.."

./scripts/ensure-databases.sh
./scripts/keycloak.sh start
./mvnw -q -B install -DskipTests

export QUARKUS_LOG_CONSOLE_JSON_ENABLED=${QUARKUS_LOG_CONSOLE_JSON_ENABLED:-false}
# signs referrals-service's evidence links to courts; a fresh key per run is enough locally (links last minutes)
export EVIDENCE_LINK_SECRET=${EVIDENCE_LINK_SECRET:-$(head -c 48 /dev/urandom | base64 | tr -d '\n')}
# the evidence master key: made once for this machine and kept in .local/ (files encrypted under
# it are unreadable without it, so it must outlive a run)
mkdir -p .local
[ -s .local/evidence.key ] || (umask 077 && head -c 32 /dev/urandom | base64 | tr -d '\n' > .local/evidence.key)
export EVIDENCE_KEY_ID=${EVIDENCE_KEY_ID:-local-machine} EVIDENCE_KEY=${EVIDENCE_KEY:-$(cat .local/evidence.key)}
[ -s .local/personal-data-index.key ] || (umask 077 && head -c 32 /dev/urandom | base64 | tr -d '\n' > .local/personal-data-index.key)
export PERSONAL_DATA_INDEX_KEY=${PERSONAL_DATA_INDEX_KEY:-$(cat .local/personal-data-index.key)}
pids=()
trap 'kill "${pids[@]}" 2>/dev/null || true' EXIT INT TERM
declare -A ports=([complaints-service]=8081 [cases-service]=8082 [referrals-service]=8083)
# health, metrics, OpenAPI and Swagger UI: each service's management port, apart from its API
declare -A management=([complaints-service]=9081 [cases-service]=9082 [referrals-service]=9083)
services=(complaints-service cases-service referrals-service)
# the jars run in the prod profile, which has no default secrets: the local realm's and database's
export DB_PASSWORD=${DB_PASSWORD:-sanad_app} DB_MIGRATION_PASSWORD=${DB_MIGRATION_PASSWORD:-sanad}
for service in "${services[@]}"; do
  OIDC_CLIENT_SECRET=$service-secret java -jar "$service/target/quarkus-app/quarkus-run.jar" > ".local/$service.log" 2>&1 &
  pids+=($!)
done
for service in "${services[@]}"; do
  port=${ports[$service]}
  ready="http://localhost:${management[$service]}/q/health/ready"
  for _ in $(seq 1 60); do
    curl -fs "$ready" >/dev/null 2>&1 && break
    sleep 1
  done
  curl -fs "$ready" >/dev/null || { echo "$service did not start; see .local/$service.log" >&2; exit 1; }
  echo "$service on http://localhost:$port (Swagger UI: http://localhost:${management[$service]}/q/swagger-ui, log: .local/$service.log)"
done
echo "Get a token with: scripts/token.sh amal; a court system's with: scripts/client-token.sh court-iq-pmc"
echo "(Ctrl-C stops the services)"
wait
