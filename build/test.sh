#!/usr/bin/env bash
# The whole test suite on a fresh Debian machine, as the README promises:
#  1. installs what the tests need and the machine lacks (PostgreSQL server) from Debian's packages;
#  2. starts a throwaway PostgreSQL cluster (own folder, own port, own socket folder), stopped at the end,
#     on failure too;
#  3. runs `dotnet test` over the solution and prints "N passed, N failed".
# Extra arguments go to `dotnet test` (e.g. --filter FullyQualifiedName~Seeding).
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"

as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

find_pg_bin() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1; }

missing=()
pg_bin=$(find_pg_bin)
[ -n "$pg_bin" ] && [ -x "$pg_bin/initdb" ] || missing+=(postgresql)
if [ ${#missing[@]} -gt 0 ]; then
  echo "== Installing from Debian's packages: ${missing[*]}"
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  pg_bin=$(find_pg_bin)
fi

# PostgreSQL refuses to run as root: the cluster belongs to the postgres user when we are root.
work=$(mktemp -d /tmp/mrt-tests.XXXXXX)
pg_user=$(id -un)
if [ "$(id -u)" = 0 ]; then
  pg_user=postgres
  id postgres >/dev/null 2>&1 || useradd --system --home-dir /var/lib/postgresql --shell /bin/bash postgres
  chown postgres "$work"
fi
as_pg() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }

port=55432
while (echo >"/dev/tcp/127.0.0.1/$port") 2>/dev/null; do port=$((port + 1)); done

stop_cluster() {
  as_pg "$pg_bin/pg_ctl" -D "$work/data" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap stop_cluster EXIT

echo "== Starting a throwaway PostgreSQL ($("$pg_bin/postgres" --version | awk '{print $3}')) on 127.0.0.1:$port"
as_pg "$pg_bin/initdb" -D "$work/data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >"$work/initdb.log" 2>&1 \
  || { cat "$work/initdb.log"; exit 1; }
# Durability is not what these tests check; without fsync the suite runs several times faster.
as_pg "$pg_bin/pg_ctl" -D "$work/data" -l "$work/postgres.log" -w -t 60 start \
  -o "-p $port -k $work -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" >/dev/null \
  || { cat "$work/postgres.log"; exit 1; }
export MRT_TEST_POSTGRES="Host=127.0.0.1;Port=$port;Username=postgres;Include Error Detail=true"

echo "== Running the tests"
log="$work/dotnet-test.log"
set +e
dotnet test "$root/MaliRussiaTracker.sln" "$@" 2>&1 | tee "$log"
status=${PIPESTATUS[0]}
set -e

# Each test assembly ends with "Passed!  - Failed: 0, Passed: 18, Skipped: 0, Total: 18, …"; add them up.
read -r passed failed skipped < <(grep -E '^(Passed|Failed)!' "$log" | sed 's/,/ /g' | awk '
  { for (i = 1; i <= NF; i++) { if ($i == "Failed:") f += $(i+1); if ($i == "Passed:") p += $(i+1); if ($i == "Skipped:") s += $(i+1) } }
  END { printf "%d %d %d\n", p, f, s }')
if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then
  failed=1
  echo "dotnet test failed outside the tests (exit $status): see the messages above"
fi
echo "$passed passed, $failed failed, $skipped skipped"
exit "$status"
