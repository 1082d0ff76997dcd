#!/usr/bin/env bash
# The courts' feed under load: pages of 100 entries per second and their latency, against
# PostgreSQL running the same SQL (pgbench) in the same run. Needs the running local suite
# (scripts/run-local.sh) and one referral submitted to the Publishing and Media Court
# (scripts/scenario.sh); seeds copies of its feed entry for that court, removes them afterwards.
# Usage: bench/feed.sh [entries, default 20000] [seconds, default 15] [connections, default 8]
set -euo pipefail
cd "$(dirname "$0")/.."
entries=${1:-20000}
seconds=${2:-15}
connections=${3:-8}
court=IQ-PMC
command -v wrk >/dev/null || { echo "wrk is needed: apt-get install wrk" >&2; exit 1; }
# as the schema's owner (seeding and removing feed entries); the audit log keeps pgbench's entries,
# actor "bench": it is append-only for everyone
export PGHOST=${PGHOST:-127.0.0.1} PGUSER=${DB_MIGRATION_USER:-sanad} PGPASSWORD=${DB_MIGRATION_PASSWORD:-sanad} PGDATABASE=referrals
sql() { psql -v ON_ERROR_STOP=1 -qtAc "$1"; }

template=$(sql "select position from feed_entry where court_code = '$court' order by position desc limit 1")
[ -n "$template" ] || { echo "no feed entry for $court yet: run scripts/scenario.sh first" >&2; exit 1; }
first=$(sql "select coalesce(max(position), 0) from feed_entry")
sql "insert into feed_entry (court_code, referral_id, change, snapshot, recorded_at)
     select court_code, referral_id, change, snapshot, now() from feed_entry, generate_series(1, $entries)
     where position = $template"
last=$(sql "select max(position) from feed_entry")
cleanup() {
  sql "delete from feed_entry where position > $first and position <= $last"
}
trap cleanup EXIT
sql "analyze feed_entry"
echo "seeded $entries entries for $court ($(sql "select pg_size_pretty(avg(pg_column_size(snapshot))::bigint) from feed_entry where position = $template") of JSON each)"

# the same work per page: the page query and the audit entry of the read, in one transaction
cat > "${TMPDIR:-/tmp}/sanad-feed.pgbench" <<SQL
\set position random($first, $last - 100)
BEGIN;
SELECT position, court_code, referral_id, change, snapshot, recorded_at FROM feed_entry
  WHERE court_code = '$court' AND position > :position ORDER BY position LIMIT 101;
INSERT INTO audit_entry (occurred_at, actor_subject, actor_roles, action, record_type, record_id, outcome)
  VALUES (now(), 'bench', 'court-system', 'court.feed.read', 'referral', 'feed:$court', 'SUCCESS');
COMMIT;
SQL

# 2,000 random places in the seeded range, encoded as the service encodes its cursors
cursors="${TMPDIR:-/tmp}/sanad-feed-cursors.txt"
python3 -c "import base64, random, sys
for _ in range(2000):
    print(base64.urlsafe_b64encode(f'$court|{random.randint($first, $last - 100)}'.encode()).decode().rstrip('='))" > "$cursors"
token=$(scripts/client-token.sh court-iq-pmc)
pull() {
  TOKEN=$token CURSORS=$cursors wrk -t1 -c"$connections" -d"${seconds}s" -s bench/feed.lua \
    http://localhost:8083 | grep -E "Requests/sec|requests "
}
echo "== warm-up"; pull >/dev/null
for pass in 1 2 3; do
  echo "== pass $pass: GET /court/feed?limit=100 (${seconds}s, $connections connections)"
  pull
  echo "== pass $pass: pgbench, the same SQL"
  pgbench -n -c "$connections" -j 1 -T "$seconds" -f "${TMPDIR:-/tmp}/sanad-feed.pgbench" 2>/dev/null \
    | grep -E "^tps|latency average"
done
pid=$(pgrep -f "referrals-service/target/quarkus-app/quarkus-run.jar" | head -n 1)
[ -n "$pid" ] && echo "referrals-service RSS: $(( $(awk '/VmRSS/{print $2}' /proc/$pid/status) / 1024 )) MiB"
