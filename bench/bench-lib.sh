# What the bench scripts share; sourced after `cd` to the repository. Localhost only.
# PostgreSQL as the schema's owner (the migrations run as it; databases made here are its own)
export PGHOST=${PGHOST:-127.0.0.1} PGUSER=${DB_MIGRATION_USER:-sanad} PGPASSWORD=${DB_MIGRATION_PASSWORD:-sanad}
hz=$(getconf CLK_TCK)

fresh_db() { # name, [drop: only drop it]: the database made anew, owned by $PGUSER
  PGOPTIONS=--client-min-messages=warning psql -U postgres -d postgres -qtAc "drop database if exists $1 with (force)"
  [ "${2:-}" = drop ] || psql -U postgres -d postgres -qtAc "create database $1 owner $PGUSER"
}

# CPU time so far, in clock ticks: of one process, and of PostgreSQL's processes together (the
# backends of a service's pool stay for a whole pass)
cpu() { awk '{print $14 + $15}' "/proc/$1/stat"; }
pg_cpu() { pgrep -x postgres | sed 's|.*|/proc/&/stat|' | xargs cat 2>/dev/null | awk '{t += $14 + $15} END {print t + 0}'; }
per_request() { # ticks after, ticks before, requests: milliseconds per request
  awk -v a="$1" -v b="$2" -v r="$3" -v hz="$hz" 'BEGIN { printf "%.3f", (a - b) * 1000 / hz / r }'
}
