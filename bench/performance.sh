#!/usr/bin/env bash
# Performance figures against issue 8's targets (a benchmark, not a test: figures depend on the
# machine). Prints, for each run, wall time (JVM start-up included), x real time, peak RSS and
# the Java heap: the most in use (just before a collection) and the most left after one; then
# the CPU time (user + system) per hour of audio and the best case it allows on this machine's
# cores when they are free, cores x 3600 / (CPU s per audio hour) x real time: on a machine
# shared with other work the wall time overstates the build's own cost, the CPU time does not.
#   bench/performance.sh [WORDS]     novel length in words, default 100000; 0 skips the novel
# Needs GNU time (apt-get install time) and python3.
set -euo pipefail
home="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
words="${1:-100000}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
seed="$(find "$home/seeds" -maxdepth 1 -name '*.txt' | sort | head -1)"
"$home/audiobook" --version >/dev/null   # builds the jar first if needed, outside the timings

declare -A wall cpu seconds_of_audio
# run LABEL BOOK_FOLDER COMMAND...: times one build and prints its figures under LABEL
run() {
  local label="$1" book="$2"; shift 2
  rm -f "$work/gc.log"
  JAVA_TOOL_OPTIONS="-Xlog:gc:file=$work/gc.log" /usr/bin/time -f '%e %M %U %S' -o "$work/time.txt" "$@" \
    >"$work/out.txt" 2>"$work/err.txt" || { cat "$work/err.txt" >&2; exit 1; }
  local seconds rss user system heap audio
  read -r seconds rss user system <"$work/time.txt"
  heap=$(python3 - "$work/gc.log" <<'EOF'
import re, sys
pairs = [(int(a), int(b)) for a, b in re.findall(r'(\d+)M->(\d+)M', open(sys.argv[1]).read())]
print('%d/%d' % (max(a for a, b in pairs), max(b for a, b in pairs)) if pairs else 'no GC')
EOF
)
  audio=$(python3 -c "import json,sys; print(json.load(open(sys.argv[1]))['duration_ms'] / 1000)" "$book/manifest.json")
  wall[$label]=$seconds
  cpu[$label]=$(python3 -c "print($user + $system)")
  seconds_of_audio[$label]=$audio
  printf '%-34s %7.2f s wall %7.0f s audio %7.1fx real time  RSS %4d MB  heap used/after GC %s MB\n' "$label" "$seconds" \
    "$audio" "$(python3 -c "print($audio / $seconds)")" "$((rss / 1024))" "$heap"
  python3 -c "
cpu, audio, cores = $user + $system, $audio, $(nproc)
per_hour = cpu / (audio / 3600)
print('%34s %7.1f s CPU (user %.1f + system %.1f) %6.1f CPU s per audio hour  best case %.0fx on %d free cores'
      % ('', cpu, $user, $system, per_hour, cores * 3600 / per_hour, cores))"
  grep -E '^  (all .* meet their targets|.* miss)' "$work/out.txt" | sed 's/^ */    /' || true
}

ratio() { python3 -c "print('%.2f' % (${wall[$1]} / ${wall[$2]}))"; }

echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2 / 1048576}' /proc/meminfo)," \
  "$(java -version 2>&1 | head -1)"
echo "--- the seed story, through ./audiobook (the README's command)"
cp "$seed" "$work/story.txt"
run "seed, clean build" "$work/seed" "$home/audiobook" build "$work/story.txt" -o "$work/seed" --progress never
run "seed, warm cache, new folder" "$work/seed2" "$home/audiobook" build "$work/story.txt" -o "$work/seed2" \
  --cache "$work/seed/.cache" --progress never
run "seed, rebuild, nothing changed" "$work/seed" "$home/audiobook" build "$work/story.txt" -o "$work/seed" \
  --progress never
sed -i 's/The dust tasted like rust and regret\./The dust tasted like rust and sorrow./' "$work/story.txt"
grep -q 'rust and sorrow' "$work/story.txt" || { echo "the sentence to edit is not in the seed" >&2; exit 1; }
run "seed, one sentence edited" "$work/seed" "$home/audiobook" build "$work/story.txt" -o "$work/seed" \
  --progress never
grep -E '^  narration:' "$work/out.txt" | sed 's/^ */    /'

if [ "$words" -gt 0 ]; then
  echo "--- a generated novel of $words words, java -Xmx256m -jar (heap capped at 256 MB)"
  python3 "$home/bench/make-novel.py" "$words" "$work/novel.txt" >/dev/null
  for jobs in 1 2; do
    run "novel, --jobs $jobs" "$work/novel$jobs" java -Xmx256m -jar "$home/target/audiobook.jar" build \
      "$work/novel.txt" -o "$work/novel$jobs" --jobs "$jobs" --progress never
  done
  cmp -s "$work/novel1/manifest.json" "$work/novel2/manifest.json" || echo "    warning: manifests of --jobs 1 and 2 differ"
  python3 - "$work/novel.txt" <<'EOF'
import sys
text = open(sys.argv[1]).read()
i = text.index('.', len(text) // 2) + 1          # the first sentence after the middle of the book
j = text.index('.', i + 1)
open(sys.argv[1], 'w').write(text[:i] + ' It was, of course, the wrong door.' + text[j + 1:])
EOF
  run "novel, one sentence edited" "$work/novel2" java -Xmx256m -jar "$home/target/audiobook.jar" build \
    "$work/novel.txt" -o "$work/novel2" --jobs 2 --progress never
  grep -E '^  narration:' "$work/out.txt" | sed 's/^ */    /'
fi

echo "--- targets (issue 8)"
printf 'seed clean build <= 3 s wall:                 %s s\n' "${wall[seed, clean build]}"
printf 'seed one-sentence rebuild <= 25%% of clean:    %s of clean\n' "$(ratio 'seed, one sentence edited' 'seed, clean build')"
if [ "$words" -gt 0 ]; then
  printf 'novel --jobs 1 / --jobs 2 >= 1.6:             %s\n' "$(ratio 'novel, --jobs 1' 'novel, --jobs 2')"
  printf 'novel one-sentence rebuild <= 25%% of clean:   %s of clean\n' "$(ratio 'novel, one sentence edited' 'novel, --jobs 2')"
  echo "novel >= 300x real time with --jobs 2, heap <= 256 MB: see the novel lines above (and the best case by CPU time)"
  printf 'novel --jobs 2 CPU per audio hour <= %s s (300x on %s free cores): %s s\n' \
    "$(python3 -c "print('%.0f' % ($(nproc) * 3600 / 300))")" "$(nproc)" \
    "$(python3 -c "print('%.1f' % (${cpu[novel, --jobs 2]} / (${seconds_of_audio[novel, --jobs 2]} / 3600)))")"
fi
