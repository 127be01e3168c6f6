#!/usr/bin/env bash
# Measures the soundscape layers (a benchmark, not a test): renders beds through the public
# soundscape API (src/test/java/audiobook/soundscape/LayersBench.java) and measures them with
# bench/layers.py: the gust grid, rain kurtosis above 2 kHz, the storm's energy per octave and its
# left/right coherence, thunder's crack, sub-bass and tail, the sea's wave periods; and the CPU
# time of the seed's beds.
#   bench/layers.sh [OLD_JAR]   with an older build's jar, also measures it, column beside column
#   SPECTROGRAM=FILE.png bench/layers.sh   also draws the seed's storm chapter's bed with sox
#   KEEP=DIR bench/layers.sh   keeps the rendered beds in DIR
# Needs python3 with numpy and scipy; sox for the spectrogram.
set -euo pipefail
home="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
if [ -n "${KEEP:-}" ]; then
  work="$KEEP"; mkdir -p "$work"
else
  work="$(mktemp -d)"; trap 'rm -rf "$work"' EXIT
fi
seed="$(find "$home/seeds" -maxdepth 1 -name '*.txt' | sort | head -1)"
(cd "$home" && mvn -B -q -o -DskipTests package test-compile) >&2 || (cd "$home" && mvn -B -q -DskipTests package test-compile) >&2

# run LABEL CLASSPATH: renders the beds into $work/LABEL
run() {
  mkdir -p "$work/$1"
  (cd "$home" && java -cp "$2" audiobook.soundscape.LayersBench "$work/$1" "$seed")
}
columns=()
if [ $# -ge 1 ]; then
  mkdir -p "$work/old-classes"
  javac -d "$work/old-classes" -cp "$1" "$home/src/test/java/audiobook/soundscape/LayersBench.java"
  echo -n "before: "; run before "$1:$work/old-classes"
  columns+=("$work/before")
fi
echo -n "now:    "; run now "$home/target/audiobook.jar:$home/target/test-classes"
columns+=("$work/now")
(cd "$work" && python3 "$home/bench/layers.py" "${columns[@]#$work/}")
if [ -n "${SPECTROGRAM:-}" ]; then
  sox "$work/now/storm-seed.wav" -n remix 1,2 rate 22050 spectrogram -x 500 -y 200 -z 90 \
    -t "Seed, chapter 2 (the storm): the bed before ducking" -o "$SPECTROGRAM" 2>/dev/null
  echo "spectrogram: $SPECTROGRAM"
fi
