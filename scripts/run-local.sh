#!/usr/bin/env bash
# Runs the whole suite on this machine, in the background: the PostgreSQL databases, a local
# Keycloak with the "sanad" realm (fetched from Maven Central the first time), the three services
# and the citizen portal, built when their sources changed since the last build. Prints where
# everything is; logs go to .local/. scripts/stop-local.sh stops all of it, Keycloak included.
# Usage: scripts/run-local.sh [--demo-data]   (--demo-data: fills the suite with demo records)
# The same script runs the sandbox bundle (sandbox/, its ./start.sh): there, with no mvnw beside it,
# it never builds; the services are the bundle's, as CI built them.
set -euo pipefail
cd "$(dirname "$0")/.."

demo=false
for arg in "$@"; do
  case "$arg" in
    --demo-data) demo=true ;;
    *) echo "usage: $0 [--demo-data]" >&2; exit 2 ;;
  esac
done
# the SMSC simulator first: complaints-service binds to it as it starts
services=(smsc-simulator complaints-service cases-service referrals-service citizen-web officer-web)
contracts='*/src/main/openapi/openapi.yaml'
[ -x ./mvnw ] || contracts='contracts/*.yaml'

./scripts/ensure-databases.sh
./scripts/keycloak.sh start

if [ -x ./mvnw ]; then
  # a build only when a main source, resource, migration or POM changed since the last one
  # (SANAD_BUILD=if-missing: only when a jar is missing, as in the e2e tests, which run in the
  # Maven build that has just built them)
  stamp=.local/build.stamp
  stale=false
  for service in "${services[@]:1}"; do
    [ -f "$service/target/quarkus-app/quarkus-run.jar" ] || stale=true
  done
  [ -n "$(find smsc-simulator/target -maxdepth 1 -name '*-runnable.jar' 2>/dev/null)" ] || stale=true
  if [ "${SANAD_BUILD:-auto}" = auto ] && { [ ! -f "$stamp" ] || [ -n "$(find pom.xml ./*/pom.xml libs/*/pom.xml libs/*/src/main test-support/src/main \
      ./*-service/src/main smsc-simulator/src/main citizen-web/src officer-web/src web-kit/src -newer "$stamp" -type f -print -quit)" ]; }; then
    stale=true
  fi
  if $stale; then
    echo "Building the services (./mvnw install -DskipTests -Dimage.skip)"
    mkdir -p .local && touch "$stamp.next"
    # the local run starts the fast-jars, not the images: their tarballs and SBOMs are not written
    ./mvnw -q -B install -DskipTests -Dimage.skip
    mv "$stamp.next" "$stamp"
  else
    echo "The services are built (and unchanged, or SANAD_BUILD=${SANAD_BUILD:-auto}): no build"
  fi
else
  echo "The sandbox bundle's services, as built by CI: no build"
fi

for service in "${services[@]}"; do
  ./scripts/service.sh start "$service" 1
done
if $demo; then
  ./scripts/demo-data.sh
fi

cat <<INFO

The suite is running (stop it with scripts/stop-local.sh):
  complaints-service  http://localhost:8081   Swagger UI http://localhost:9081/q/swagger-ui
  cases-service       http://localhost:8082   Swagger UI http://localhost:9082/q/swagger-ui
  referrals-service   http://localhost:8083   Swagger UI http://localhost:9083/q/swagger-ui
  citizen portal      http://localhost:8090   (citizen-web: report, add evidence, follow a report)
  officer console     http://localhost:8095   (officer-web: triage, investigate, supervise, refer, audit, operate)
  SMSC simulator      SMPP localhost:2775     the SMS sent: http://localhost:2780/messages (docs/notifications/smsc.md)
  contracts           $contracts (also http://localhost:908x/q/openapi)
  Keycloak            http://localhost:8180/admin (admin / admin, local only), realm sanad
  logs                .local/complaints-service-1.log, .local/cases-service-1.log,
                      .local/referrals-service-1.log, .local/citizen-web-1.log, .local/officer-web-1.log,
                      .local/smsc-simulator-1.log, .local/keycloak.log

Demo people (LOCAL ONLY: password = user name): amal, huda (citizens); for Baghdad and Basra
officer.baghdad / officer.basra (intake), supervisor.baghdad / supervisor.basra,
investigator.baghdad / investigator.basra, prosecutor / prosecutor.basra; supervisor.national;
auditor; operator (admin).
  a person's token:     scripts/token.sh amal
  a court's token:      scripts/client-token.sh court-iq-pmc   (also court-iq-bg-inv)
  frontends (PKCE):     clients sanad-citizen-web (the portal, http://localhost:8090/*),
                        sanad-officer-web (the console, http://localhost:8095/*),
                        sanad-web (http://localhost:5173/*, http://localhost:8099/*)
                        and sanad-mobile (org.sanad.app:/oauth2redirect)
INFO
