#!/usr/bin/env bash
# How the soundscape sits under the voice (a benchmark, not a test): for the seed story, a long
# generated storm story (a calm chapter, a storm that breaks and holds for two chapters, a calm
# after it), the golden sea-storm story and two sea stories (a steamer in a typhoon, a dinghy in a
# squall: a calm half, then the storm), builds the book with --stems and again with the bed at
# its set level (--no-duck), then prints per chapter and per book (bench/soundscape.py):
#   speech/bed    the voice over the bed during speech (K-weighted, one channel): all, storm, calm
#   pauses        the bed in each kind of pause against its set level: mean, and best 50 ms window
#   STOI          of the immersive master (mid) against the narration stem, per chapter
#   range         the ambience stem in the storm over the book's opening and over its calm parts,
#                 and in the book's second half over its first
#   bench/soundscape.sh [BUILD OPTIONS...]      e.g. bench/soundscape.sh --accessible
# Needs python3 with numpy and scipy, and the shared tools' stoi.py (default ../shared/tools beside
# the repository; set AUDIOBOOK_TOOLS to move them). Takes a few minutes, most of it synthesis;
# set SOUNDSCAPE_CACHE to a folder to keep the narration's segment cache between runs, and
# SOUNDSCAPE_BOOKS to a comma-separated list of the books to measure (seed, long storm, sea storm,
# typhoon, dinghy; default all).
set -euo pipefail
home="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
tools="${AUDIOBOOK_TOOLS:-$home/../shared/tools}"
[ -f "$tools/stoi.py" ] || { echo "soundscape.sh: no stoi.py in $tools" >&2; exit 3; }
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cache="${SOUNDSCAPE_CACHE:-$work/cache}"
"$home/audiobook" --version >/dev/null   # builds the jar first if needed

python3 - "$work/storm.txt" <<'PY'
import random, sys
rng = random.Random(18)
names = ["Mara", "the old keeper", "the boy", "the dog", "Tomas"]
acts = ["mended the nets", "carried water from the well", "counted the sheep", "swept the floor",
        "talked about the harvest", "read by the lamp", "fed the hens", "stacked the wood"]
places = ["in the yard", "by the door", "at the long table", "near the barn", "on the steps"]
storm = ["The wind tore at the shutters and the rain drummed on the roof.",
         "Thunder rolled over the hills, and the house shook.",
         "The storm howled around the chimney all night.",
         "Rain lashed the windows in grey sheets.",
         "A gust slammed the barn door, and lightning lit the fields."]
def plain():
    return f"{rng.choice(names)} {rng.choice(acts)} {rng.choice(places)}.".capitalize()
def paragraph(weather):
    parts = [plain() for _ in range(rng.randint(3, 6))]
    if weather:
        parts.insert(rng.randint(0, len(parts)), rng.choice(storm))
    return " ".join(parts)
out = ["# The Long Storm", "", "## One", ""]
out += [paragraph(False) + "\n" for _ in range(14)]
out += ["## Two", "", "That evening a storm rolled in from the sea, and the wind rose to a gale.", ""]
out += [paragraph(rng.random() < 0.4) + "\n" for _ in range(14)]
out += ["## Three", ""]
out += [paragraph(rng.random() < 0.3) + "\n" for _ in range(12)]
out += ["At last the storm had passed, and everything was calm and still.", ""]
out += [paragraph(False) + "\n" for _ in range(6)]
open(sys.argv[1], "w").write("\n".join(out))
PY

run() {   # run LABEL STORY: unless SOUNDSCAPE_BOOKS (e.g. "seed,typhoon") leaves LABEL out
  local label="$1" story="$2"
  [[ ",${SOUNDSCAPE_BOOKS:-$label}," == *",$label,"* ]] || return 0
  "$home/audiobook" build "$story" --stems --cache "$cache" -o "$work/$label" "${@:3}" >"$work/out.txt" 2>&1 \
    || { cat "$work/out.txt" >&2; exit 1; }
  local options=() option
  for option in "${@:3}"; do   # the set level is the bed unducked, whatever the mix's profile
    [ "$option" = --accessible ] || options+=("$option")
  done
  "$home/audiobook" build "$story" --stems --no-duck --cache "$cache" -o "$work/$label-set" "${options[@]}" >"$work/out.txt" 2>&1 \
    || { cat "$work/out.txt" >&2; exit 1; }
  echo "== $label ($(python3 -c "import json,sys; m=json.load(open(sys.argv[1])); print(m['soundscape'], '-', round(m['duration_ms']/60000, 1), 'min')" "$work/$label/manifest.json"))"
  python3 "$home/bench/soundscape.py" "$work/$label" --set "$work/$label-set" --stoi "$tools/stoi.py"
  echo
}
seed="$(find "$home/seeds" -maxdepth 1 -name '*.txt' | sort | head -1)"
run seed "$seed" "$@"
run "long storm" "$work/storm.txt" "$@"
run "sea storm" "$home/src/test/resources/golden/sea-storm.story.txt" "$@"
# Two sea stories of one chapter each, a calm half and then a storm that breaks and holds to the end.
run "typhoon" "$home/src/test/resources/stories/typhoon.txt" "$@"
run "dinghy" "$home/src/test/resources/stories/dinghy.txt" "$@"
