#!/usr/bin/env bash
# Narration figures of the seed story (a benchmark, not a test: figures vary with the machine):
#   synthesis time with --jobs 1 and --jobs 2 (no cache, so every segment is synthesised).
#   Whole-build figures (clean, warm cache, one sentence edited, a novel) are bench/performance.sh's.
#   bench/narration.sh
set -euo pipefail
home="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
seed="$(find "$home/seeds" -maxdepth 1 -name '*.txt' | sort | head -1)"
cp "$seed" "$work/story.txt"
"$home/audiobook" --version >/dev/null   # builds the jar first if needed, outside the timings

build() {   # build LABEL ARGS...: runs a build and prints its summary lines under LABEL
  local label="$1"; shift
  local started ended
  started=$(date +%s.%N)
  "$home/audiobook" build "$work/story.txt" "$@" >"$work/out.txt" 2>"$work/err.txt" \
    || { cat "$work/err.txt" >&2; exit 1; }
  ended=$(date +%s.%N)
  printf '%-28s %6.2f s wall (JVM included)\n' "$label" "$(awk -v a="$started" -v b="$ended" 'BEGIN { print b - a }')"
  grep -E '^(Built|  took|  narration:)' "$work/out.txt" | sed 's/^ */    /'
}

echo "cores: $(nproc)"
build "synthesis, --jobs 1"        --no-cache --jobs 1 --soundscape none -o "$work/jobs1"
build "synthesis, --jobs 2"        --no-cache --jobs 2 --soundscape none -o "$work/jobs2"
