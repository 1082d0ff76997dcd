#!/usr/bin/env bash
# Walks a service's audit hash chain in its database and reports the first entry that was
# changed, removed or inserted: the same SQL (audit_chain_verify, from sanad-audit's migration
# V0_3) the auditors' endpoint GET /audit-entries/verification runs. Exit status 0 when intact,
# 1 when broken.
#   scripts/verify-audit.sh complaints|cases|referrals [database]
# Connection: PGHOST, PGPORT, PGUSER (default sanad_app, which may read the log), PGPASSWORD.
set -euo pipefail

service=${1:?usage: $0 complaints|cases|referrals [database]}
database=${2:-$service}
export PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-sanad_app}

result=$(psql -d "$database" -v ON_ERROR_STOP=1 -qtA -F ' ' -c \
  "SELECT checked, coalesce(head_seq::text, '-'), coalesce(head_hash, '-'), unsealed,
          coalesce(broken_seq::text, ''), coalesce(broken_entry_id::text, ''), coalesce(problem, '')
   FROM audit_chain_verify()")
read -r checked head_seq head_hash unsealed broken_seq broken_id problem <<< "$result"
echo "$database: $checked sealed entries checked, head $head_seq $head_hash, $unsealed not yet sealed"
if [ -n "$problem" ]; then
  echo "BROKEN at position $broken_seq (audit_entry id $broken_id): $problem" >&2
  exit 1
fi
echo "intact"
