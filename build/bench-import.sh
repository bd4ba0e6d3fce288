#!/usr/bin/env bash
# The whole-path import benchmark on a throwaway PostgreSQL, started as build/test.sh starts it (own folder,
# own port, own socket folder, stopped at the end, on failure too). Arguments go to the benchmark, e.g.
#   ./build/bench-import.sh --articles 10000
# It prints articles per second, memory at each quarter of the file, counts, stories and clustering.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"

source "$root/build/throwaway-postgres.sh"

dotnet build -c Release "$root/tests/MaliRussiaTracker.Benchmarks" -v quiet -nologo
MRT_BENCH_POSTGRES="Host=127.0.0.1;Port=$PG_PORT;Username=postgres" \
  dotnet run -c Release --no-build --project "$root/tests/MaliRussiaTracker.Benchmarks" -- import "$@"
