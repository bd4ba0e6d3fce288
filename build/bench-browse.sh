#!/usr/bin/env bash
# The browse benchmark on a throwaway PostgreSQL, started as build/test.sh starts it (own folder, own port,
# own socket folder, stopped at the end, on failure too). It fills the database with generated articles and
# events by binary COPY, then times the query services the pages call, as each page runs them (median and p95).
# With --provider sqlite the filled database is copied into a SQLite file the app's own migrations made (the
# embedded default), and the queries are timed there. Arguments go to the benchmark, e.g.
#   ./build/bench-browse.sh --articles 100000 --events 5000 --runs 20
#   ./build/bench-browse.sh --provider sqlite            # 100,000 articles, 5,000 events
# The default PostgreSQL fill (1,000,000 articles, 50,000 events) takes about 8 GB of disk in /tmp.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"

source "$root/build/throwaway-postgres.sh"

dotnet build -c Release "$root/tests/MaliRussiaTracker.Benchmarks" -v quiet -nologo
MRT_BENCH_POSTGRES="Host=127.0.0.1;Port=$PG_PORT;Username=postgres" \
  dotnet run -c Release --no-build --project "$root/tests/MaliRussiaTracker.Benchmarks" -- browse "$@"
