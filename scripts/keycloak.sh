#!/usr/bin/env bash
# A local Keycloak for the suite: fetched from Maven Central on first use, started in dev mode on
# port 8180 with the "sanad" realm (local/sanad-realm.json) imported. Idempotent: a running
# Keycloak is left alone. Usage: scripts/keycloak.sh [start|stop]
# In a checkout Maven fetches it (./mvnw); in the sandbox bundle, which has no Maven, it is taken
# from the Maven local repository if a build put it there, else downloaded once per machine into
# ~/.cache/sanad and checked against the SHA-256 that Maven Central publishes beside it.
set -euo pipefail
cd "$(dirname "$0")/.."

KEYCLOAK_VERSION=${KEYCLOAK_VERSION:-26.7.3}
KEYCLOAK_PORT=${KEYCLOAK_PORT:-8180}
home=.local/keycloak-$KEYCLOAK_VERSION
pidfile=.local/keycloak.pid
url=http://localhost:$KEYCLOAK_PORT/realms/sanad/.well-known/openid-configuration

case "${1:-start}" in
  stop)
    if [ -f "$pidfile" ] && kill "$(cat "$pidfile")" 2>/dev/null; then
      # Keycloak shuts down gracefully: wait until it is gone, so a start right after finds the port free
      for _ in $(seq 1 60); do kill -0 "$(cat "$pidfile")" 2>/dev/null || break; sleep 0.5; done
      kill -0 "$(cat "$pidfile")" 2>/dev/null && kill -9 "$(cat "$pidfile")"
      echo "Keycloak stopped"
    fi
    rm -f "$pidfile"
    exit 0 ;;
  start) ;;
  *) echo "usage: $0 [start|stop]" >&2; exit 2 ;;
esac

if curl -fs "$url" >/dev/null 2>&1; then
  echo "Keycloak already serves the sanad realm on port $KEYCLOAK_PORT"
  exit 0
fi

# the sandbox bundle's way to the distribution (prints the zip's path)
keycloak_zip() {
  local name=keycloak-quarkus-dist-$KEYCLOAK_VERSION.zip
  local maven=${HOME}/.m2/repository/org/keycloak/keycloak-quarkus-dist/$KEYCLOAK_VERSION/$name
  local cached=${XDG_CACHE_HOME:-$HOME/.cache}/sanad/$name
  local url=https://repo1.maven.org/maven2/org/keycloak/keycloak-quarkus-dist/$KEYCLOAK_VERSION/$name
  if [ -s "$maven" ]; then echo "$maven"; return; fi
  if [ ! -s "$cached" ]; then
    echo "Fetching Keycloak $KEYCLOAK_VERSION from Maven Central (about 170 MB, once per machine)" >&2
    mkdir -p "$(dirname "$cached")"
    curl -fsSL -o "$cached.part" "$url"
    if [ "$(curl -fsSL "$url.sha256" | cut -c1-64)" != "$(sha256sum "$cached.part" | cut -c1-64)" ]; then
      rm -f "$cached.part"
      echo "$url does not match its published SHA-256: not used" >&2
      return 1
    fi
    mv "$cached.part" "$cached"
  fi
  echo "$cached"
}

if [ ! -x "$home/bin/kc.sh" ]; then
  if [ -x ./mvnw ]; then
    echo "Fetching Keycloak $KEYCLOAK_VERSION from Maven Central (about 170 MB, once)"
    ./mvnw -q -B dependency:copy -Dartifact="org.keycloak:keycloak-quarkus-dist:$KEYCLOAK_VERSION:zip" \
      -DoutputDirectory=.local/download
    zip=.local/download/keycloak-quarkus-dist-$KEYCLOAK_VERSION.zip
  else
    zip=$(keycloak_zip)
  fi
  mkdir -p .local
  zip=$(realpath "$zip")
  if command -v unzip >/dev/null; then
    unzip -q -o "$zip" -d .local
  else
    # the JDK's jar tool reads zip files too, but keeps no file modes
    (cd .local && jar xf "$zip")
    chmod +x "$home"/bin/*.sh
  fi
fi

mkdir -p "$home/data/import"
# start-dev imports a realm only once: a changed realm file starts from a fresh dev store
if ! cmp -s local/sanad-realm.json "$home/data/import/sanad-realm.json"; then
  rm -rf "$home/data/h2"
fi
cp local/sanad-realm.json "$home/data/import/sanad-realm.json"

echo "Starting Keycloak on port $KEYCLOAK_PORT (first start takes about 80 s; log: .local/keycloak.log)"
KC_BOOTSTRAP_ADMIN_USERNAME=${KC_BOOTSTRAP_ADMIN_USERNAME:-admin} \
KC_BOOTSTRAP_ADMIN_PASSWORD=${KC_BOOTSTRAP_ADMIN_PASSWORD:-admin} \
  nohup "$home/bin/kc.sh" start-dev --http-port="$KEYCLOAK_PORT" --import-realm > .local/keycloak.log 2>&1 &
echo $! > "$pidfile"

for _ in $(seq 1 240); do
  if curl -fs "$url" >/dev/null 2>&1; then
    echo "Keycloak is up: realm sanad at http://localhost:$KEYCLOAK_PORT/realms/sanad"
    exit 0
  fi
  if ! kill -0 "$(cat "$pidfile")" 2>/dev/null; then
    echo "Keycloak exited; see .local/keycloak.log" >&2
    tail -n 20 .local/keycloak.log >&2
    exit 1
  fi
  sleep 1
done
echo "Keycloak did not come up in 240 s; see .local/keycloak.log" >&2
exit 1
