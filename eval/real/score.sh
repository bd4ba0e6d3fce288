#!/usr/bin/env bash
# Scores the engine on the real corpus, each half apart and the whole, after checking every text's hash.
#   eval/real/score.sh [--world] [--out DIR]
# The texts live outside the repository, in $MRT_REAL_TEXTS (default: ../real-texts beside the repository's
# root); README.md here says how to get them back. --world also scores with the world extended by
# world-additions.json (the starting world plus what editors would have confirmed), as `mrt analyze --world`.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/../.." && pwd)
texts=${MRT_REAL_TEXTS:-$root/../real-texts}
score="$root/../shared/eval/score.py"
out=$(mktemp -d)
world=false
while [ $# -gt 0 ]; do
  case "$1" in
    --world) world=true ;;
    --out) out=$2; shift ;;
    *) echo "unknown argument: $1" >&2; exit 2 ;;
  esac
  shift
done
mkdir -p "$out"

python3 "$here/check_texts.py" "$texts"
dotnet build "$root/src/MaliRussiaTracker.Cli" -c Release -v q -nologo >/dev/null
mrt() { dotnet run -c Release --no-build --project "$root/src/MaliRussiaTracker.Cli" -- "$@"; }

# One batch of all the texts, as an import would read them: stories form across the whole corpus.
files=$(python3 -c 'import json,sys; print("\n".join(sys.argv[1] + "/" + json.loads(l)["file"] for l in open(sys.argv[2]) if l.strip()))' "$texts" "$here/sources.jsonl")
# shellcheck disable=SC2086
mrt analyze --json $files >"$out/analysis.jsonl"
if $world; then
  python3 "$here/merge_world.py" "$root/src/MaliRussiaTracker.Core/Gazetteer/starting-world.json" "$here/world-additions.json" >"$out/world.json"
  # shellcheck disable=SC2086
  mrt analyze --json --world "$out/world.json" $files >"$out/analysis-world.jsonl"
fi

for half in first second all; do
  dir="$out/gold-$half"
  mkdir -p "$dir"
  python3 - "$here" "$half" "$dir" <<'PY'
import json, shutil, sys
here, half, dest = sys.argv[1:]
for line in open(f"{here}/sources.jsonl"):
    if line.strip():
        s = json.loads(line)
        if half in ("all", s["half"]):
            shutil.copy(f"{here}/gold/{s['file'][:-4]}.json", dest)
PY
  echo "== $half half$( [ "$half" = all ] && echo ' (both)')"
  python3 "$score" "$dir" "$out/analysis.jsonl" --entities "$here/new-entities.json" || true
  if $world; then
    echo "-- $half, with the world extended by world-additions.json"
    python3 "$score" "$dir" "$out/analysis-world.jsonl" --entities "$here/new-entities.json" || true
  fi
done
echo "analysis and gold per half: $out"
