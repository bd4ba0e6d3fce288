#!/usr/bin/env bash
# The whole-path import benchmark on a throwaway PostgreSQL, started as build/test.sh starts it (own folder,
# own port, own socket folder, stopped at the end, on failure too). Arguments go to the benchmark, e.g.
#   ./build/bench-import.sh --articles 10000
# It prints articles per second, memory at each quarter of the file, counts, stories and clustering.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"

pg_bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
[ -n "$pg_bin" ] && [ -x "$pg_bin/initdb" ] || { echo "PostgreSQL's server is not installed: run build/test.sh once, which installs it"; exit 1; }

# PostgreSQL refuses to run as root: the cluster belongs to the postgres user when we are root.
work=$(mktemp -d /tmp/mrt-bench.XXXXXX)
if [ "$(id -u)" = 0 ]; then
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
# The same settings as the test cluster: durability is not what is measured, and a server with fsync on a
# shared disk would measure the disk. Say so when quoting the figures.
as_pg "$pg_bin/pg_ctl" -D "$work/data" -l "$work/postgres.log" -w -t 60 start \
  -o "-p $port -k $work -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" >/dev/null \
  || { cat "$work/postgres.log"; exit 1; }

dotnet build -c Release "$root/tests/MaliRussiaTracker.Benchmarks" -v quiet -nologo
MRT_BENCH_POSTGRES="Host=127.0.0.1;Port=$port;Username=postgres" \
  dotnet run -c Release --no-build --project "$root/tests/MaliRussiaTracker.Benchmarks" -- import "$@"
