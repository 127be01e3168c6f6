#!/usr/bin/env bash
# Intelligibility of the dry narration: builds the dry (narration-only) masters of the seed
# story, joins the chapters, transcribes them with PocketSphinx and prints the word error rate against the text
# the narration reads (chapter titles included).
#   bench/wer.sh [BUILD OPTIONS...]      e.g. bench/wer.sh --rate 150 --pitch 95
# Needs sox, pocketsphinx (+ pocketsphinx-en-us), python3, and the shared tools asr.sh and
# wer.py (default ../shared/tools beside the repository; set AUDIOBOOK_ASR_TOOLS to move them).
# One run takes about two minutes, nearly all of it PocketSphinx.
set -euo pipefail
home="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
tools="${AUDIOBOOK_ASR_TOOLS:-$home/../shared/tools}"
for tool in sox pocketsphinx_continuous python3; do
  command -v "$tool" >/dev/null || { echo "wer.sh: $tool is missing" >&2; exit 3; }
done
[ -x "$tools/asr.sh" ] && [ -f "$tools/wer.py" ] || { echo "wer.sh: no asr.sh/wer.py in $tools" >&2; exit 3; }

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
"$home/audiobook" build --profile dry --soundscape none --no-cache -o "$work/book" "$@" >"$work/build.txt" 2>&1 \
  || { cat "$work/build.txt" >&2; exit 1; }
python3 - "$work/book/manifest.json" >"$work/reference.txt" <<'PY'
import json, sys
manifest = json.load(open(sys.argv[1], encoding="utf-8"))
print("\n".join(s["text"] for c in manifest["chapters"] for s in c["segments"]))
PY
mapfile -t chapters < <(find "$work/book/narration" -maxdepth 1 -name '*.wav' | sort)
sox "${chapters[@]}" "$work/narration.wav"
"$tools/asr.sh" "$work/narration.wav" "$work/hypothesis.txt"
echo "options: ${*:-(defaults)}"
python3 "$tools/wer.py" "$work/reference.txt" "$work/hypothesis.txt"
