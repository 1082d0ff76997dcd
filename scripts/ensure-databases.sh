#!/usr/bin/env bash
# Makes sure PostgreSQL is running and that every service has its database and its test
# database, and each shared module (libs/) its test database, all owned by the role "sanad"
# (which Flyway migrates as), and that the role the services run as, "sanad_app", exists (the
# migrations grant it its rights). Safe to run any number of times.
#   --reset  drops the services' local databases first (their data is lost): needed once when a
#            local database holds a schema history the migrations no longer match
# A service's local database is marked with a fingerprint of the machine's local keys
# (scripts/local-env.sh); one written under other keys (or before the mark) is unreadable to the
# services and is dropped and made again, with a message.
# TEST_DB_SUFFIX=_x gives every test database a twin (complaints_test_x, …) that the tests use when
# they run with the same variable: two checkouts can then run the same module's tests at once.
set -euo pipefail

RESET=false
[ "${1:-}" = "--reset" ] && RESET=true

PGHOST=${PGHOST:-127.0.0.1}
PGPORT=${PGPORT:-5432}
OWNER=${DB_MIGRATION_USER:-sanad}
OWNER_PASSWORD=${DB_MIGRATION_PASSWORD:-sanad}
APP_USER=${DB_USER:-sanad_app}
APP_PASSWORD=${DB_PASSWORD:-sanad_app}
SUFFIX=${TEST_DB_SUFFIX:-}
SERVICES=(complaints cases referrals)
# the shared modules' own tests (libs/*) each have a test database, wiped at start like the services'
LIBRARIES=(core audit officers handoff privacy evidence idempotency)

if ! pg_isready -q -h "$PGHOST" -p "$PGPORT"; then
  if command -v pg_ctlcluster >/dev/null 2>&1 && [ -d /etc/postgresql ]; then
    version=$(ls /etc/postgresql | sort -V | tail -n 1)
    echo "Starting PostgreSQL $version"
    pg_ctlcluster --skip-systemctl-redirect "$version" main start || true
  fi
  for _ in $(seq 1 30); do
    pg_isready -q -h "$PGHOST" -p "$PGPORT" && break
    sleep 1
  done
  pg_isready -q -h "$PGHOST" -p "$PGPORT" || { echo "PostgreSQL is not reachable at $PGHOST:$PGPORT" >&2; exit 1; }
fi

# as a superuser: over TCP where trust allows it, else as the postgres system user
superuser_psql() {
  if psql -h "$PGHOST" -p "$PGPORT" -U postgres -d postgres -tAc 'select 1' >/dev/null 2>&1; then
    psql -h "$PGHOST" -p "$PGPORT" -U postgres -d postgres -v ON_ERROR_STOP=1 -qtA "$@"
  else
    runuser -u postgres -- psql -p "$PGPORT" -d postgres -v ON_ERROR_STOP=1 -qtA "$@"
  fi
}

ensure_role() {
  if [ "$(superuser_psql -c "select 1 from pg_roles where rolname = '$1'")" != "1" ]; then
    superuser_psql -c "create role \"$1\" login password '$2'"
    echo "Created role $1"
  fi
}
ensure_role "$OWNER" "$OWNER_PASSWORD"
ensure_role "$APP_USER" "$APP_PASSWORD"

# the fingerprint of the keys the local services encrypt with (never the keys themselves)
# shellcheck source=scripts/local-env.sh
KEYS_MARK="sanad-local-keys:$( (. scripts/local-env.sh && printf '%s:%s:%s' "$EVIDENCE_KEY_ID" "$EVIDENCE_KEY" \
  "$PERSONAL_DATA_INDEX_KEY") | sha256sum | cut -c1-16)"

for service in "${SERVICES[@]}"; do
  if $RESET; then
    superuser_psql -c "drop database if exists \"$service\" with (force)"
    echo "Dropped database $service"
  elif [ "$(superuser_psql -c "select 1 from pg_database where datname = '$service'")" = "1" ]; then
    mark=$(superuser_psql -c "select coalesce(shobj_description(oid, 'pg_database'), '') from pg_database where datname = '$service'")
    if [ "$mark" != "$KEYS_MARK" ]; then
      superuser_psql -c "drop database \"$service\" with (force)"
      echo "Dropped database $service: its data was written under other local keys than this machine's, and no service could read it"
    fi
  fi
  for db in "$service" "${service}_test${SUFFIX}"; do
    if [ "$(superuser_psql -c "select 1 from pg_database where datname = '$db'")" != "1" ]; then
      superuser_psql -c "create database \"$db\" owner \"$OWNER\""
      echo "Created database $db"
    fi
  done
  superuser_psql -c "comment on database \"$service\" is '$KEYS_MARK'"
done
for library in "${LIBRARIES[@]}"; do
  db="${library}_test${SUFFIX}"
  if [ "$(superuser_psql -c "select 1 from pg_database where datname = '$db'")" != "1" ]; then
    superuser_psql -c "create database \"$db\" owner \"$OWNER\""
    echo "Created database $db"
  fi
done
echo "PostgreSQL ready: databases ${SERVICES[*]} and their _test twins, ${LIBRARIES[*]/%/_test} for the shared modules' tests, owner $OWNER, services run as $APP_USER"
