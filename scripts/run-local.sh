#!/usr/bin/env bash
# Runs the suite on this machine: PostgreSQL databases, a local Keycloak with the "sanad" realm,
# then the services (built first). Stop with Ctrl-C; scripts/keycloak.sh stop stops Keycloak.
set -euo pipefail
cd "$(dirname "$0")/.."

./scripts/ensure-databases.sh
./scripts/keycloak.sh start
./mvnw -q -B install -DskipTests

export QUARKUS_LOG_CONSOLE_JSON_ENABLED=${QUARKUS_LOG_CONSOLE_JSON_ENABLED:-false}
echo "complaints-service on http://localhost:8081 (Swagger UI: http://localhost:8081/q/swagger-ui)"
exec java -jar complaints-service/target/quarkus-app/quarkus-run.jar
