# What bench/volume-complaints.sh, bench/volume-cases.sh and bench/volume-referrals.sh share; sourced after `cd` to the repository, with
# db (the database to make anew) and seconds (per load) set. Localhost only.
command -v wrk >/dev/null || { echo "wrk is needed: apt-get install wrk" >&2; exit 1; }
. bench/bench-lib.sh
export PGDATABASE=$db
value() { psql -v ON_ERROR_STOP=1 -qtAc "$1"; }
sql() { value "$1" >/dev/null; }
fresh_db "$db"

regions="array['IQ-BG','IQ-BA','IQ-NI','IQ-AR','IQ-SU','IQ-DA','IQ-KA','IQ-NA','IQ-BB','IQ-DI','IQ-AN','IQ-SD','IQ-KI','IQ-WA','IQ-DQ','IQ-MU','IQ-QA','IQ-MA']"

# every column of a table from the template's row, some replaced by expressions of g (the
# series): the column list, a unit separator, the select list
select_of() { # table, replacements as column=expression;...
  local replacements=${2//\'/\'\'}
  value "select string_agg(quote_ident(attname), ', ' order by attnum) || ' ' || E'\x1f' || string_agg(coalesce(
         (select substr(r, length(attname) + 2) from unnest(string_to_array('$replacements', ';')) r where r like attname || '=%'),
         't.' || quote_ident(attname)), ', ' order by attnum)
       from pg_attribute where attrelid = '$1'::regclass and attnum > 0 and not attisdropped"
}

claim() { # token, claim: its value (the first, if a list)
  python3 -c 'import base64, json, sys; p = sys.argv[1].split(".")[1]
v = json.loads(base64.urlsafe_b64decode(p + "=" * (-len(p) % 4))).get(sys.argv[2]); print(v if isinstance(v, str) else v[0])' "$1" "$2"
}

load() { # token, url, lua, [POOL for the lua]: "req/s, p99" (and the errors, if any)
  POOL=${4:-1} TOKEN=$1 wrk -t1 -c8 -d"${seconds}s" -s "bench/$3" "$2" | awk '/Requests\/sec/{rps=$2}
    /^requests /{p99=$(NF-1)" "$NF; errors=$4}
    END{printf "%.0f req/s, p99 %s", rps, p99; if (errors + 0 > 0) printf " (%d non-2xx)", errors}' | sed 's/ ms,/ ms/'
}

median_ms() { # token, url: the median of 9 timed requests, in ms
  for _ in 1 2 3 4 5 6 7 8 9; do
    curl -fsS -o /dev/null -w '%{time_total}\n' "$2" -H "Authorization: Bearer $1"
  done | sort -n | sed -n 5p | awk '{printf "%.1f ms", $1 * 1000}'
}

# the pgbench twin of a measured load: the statements the service sends for that request (as
# Hibernate's SQL log shows them), with the same values, prepared, as many clients as wrk has
# connections, for as long
twin() { # pgbench script: tps (nothing, and pgbench's error on stderr, if the script failed)
  pgbench -n -M prepared -c8 -j1 -T"$seconds" -f "$1" 2> "$1.err" | awk '/^tps/{printf "%.0f", $3}'
  grep -m1 'error' "$1.err" >&2 || true
}
versus() { # the load's "N req/s, ..." line, the twin's tps: "N req/s, ...; twin T tps, R×"
  if [ -z "$2" ]; then printf '%s; twin failed' "$1"; return; fi
  awk -v line="$1" -v tps="$2" 'BEGIN{split(line, f, " "); printf "%s; twin %s tps, %.2f×", line, tps, f[1] / tps}'
}
# where the twins' scripts are written
work=${TMPDIR:-/tmp}/sanad-volume
mkdir -p "$work"
vacuum() { # tables: vacuumed and analysed, as autovacuum would in time after a bulk load (the fresh
  # rows' hint bits and visibility set, fresh statistics), so the first reads measured, the twins'
  # as much as the service's, do not pay for it
  local table
  for table in "$@"; do sql "vacuum (analyze) $table"; done
}
filled() { # volume, tables: the sweep's fill_to that volume, then the tables vacuumed; the seconds both took
  local start volume=$1
  start=$(date +%s)
  shift
  fill_to "$volume"
  vacuum "$@"
  echo $(( $(date +%s) - start ))
}
