#!/usr/bin/env bash
# Scale figures (a benchmark, not a test): builds a generated novel-length story under a 256 MB
# heap with --jobs 1 and --jobs 2 and prints wall time, x real time and peak memory.
#   bench/novel.sh [WORDS]        (default 100000; needs GNU time: apt-get install time)
set -euo pipefail
home="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
words="${1:-100000}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
"$home/audiobook" --version >/dev/null   # builds the jar first if needed, outside the timings
python3 "$home/bench/make-novel.py" "$words" "$work/novel.txt"
echo "cores: $(nproc), heap limit 256 MB"
for jobs in 1 2; do
  /usr/bin/time -f '%e %M' -o "$work/time.txt" \
    java -Xmx256m -jar "$home/target/audiobook.jar" build "$work/novel.txt" -o "$work/book$jobs" \
      --jobs "$jobs" --no-cache --progress never >"$work/out.txt" 2>"$work/err.txt" \
    || { cat "$work/err.txt" >&2; exit 1; }
  read -r wall rss <"$work/time.txt"
  audio=$(python3 -c "import json;print(json.load(open('$work/book$jobs/manifest.json'))['duration_ms']/1000)")
  printf -- '--jobs %s: %8.1f s wall, %6.0f s of audio, %6.1fx real time, peak RSS %5.0f MB\n' \
    "$jobs" "$wall" "$audio" "$(python3 -c "print($audio/$wall)")" "$((rss / 1024))"
  rm -rf "$work/book$jobs"
done
