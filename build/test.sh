#!/usr/bin/env bash
# The whole test suite on a fresh Debian machine, as the README promises:
#  1. installs what the tests need and the machine lacks from Debian's packages: the PostgreSQL server, and
#     Chromium with a font for the end-to-end tests' screenshots (Playwright's driver ships in its NuGet package,
#     and drives this Chromium: no browser download);
#  2. starts a throwaway PostgreSQL cluster (own folder, own port, own socket folder), stopped at the end,
#     on failure too (build/throwaway-postgres.sh);
#  3. runs `dotnet test` over the solution and prints "N passed, N failed".
# Extra arguments go to `dotnet test` (e.g. --filter FullyQualifiedName~Seeding).
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"

source "$root/build/throwaway-postgres.sh"
source "$root/build/chromium.sh"
export MRT_TEST_POSTGRES="Host=127.0.0.1;Port=$PG_PORT;Username=postgres;Include Error Detail=true"
# Screenshots of the end-to-end tests; TestResults/ is ignored by git.
export MRT_SCREENSHOTS="$root/TestResults/screenshots"
rm -rf "$MRT_SCREENSHOTS"

echo "== Running the tests"
log="$pg_work/dotnet-test.log"
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
if compgen -G "$MRT_SCREENSHOTS/*.png" >/dev/null; then
  echo "Screenshots of the end-to-end tests: $MRT_SCREENSHOTS"
fi
echo "$passed passed, $failed failed, $skipped skipped"
exit "$status"
