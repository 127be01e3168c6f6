#!/usr/bin/env bash
# Intelligibility of every voice made from kevin16: the seed story's spoken text, segment by
# segment, synthesised in each voice (the test class VoiceWerBench writes the 16 kHz recordings),
# transcribed by PocketSphinx (../shared/tools/asr.sh) and scored against the same text
# (../shared/tools/wer.py). Prints each voice's mean pitch (TarsosDSP YIN) and word error rate:
# the README's voice table and the figures 'audiobook voices' shows come from it.
#   bench/voices-wer.sh [VOICE,VOICE...]      (default: every voice)
# Needs sox, pocketsphinx (+ pocketsphinx-en-us) and python3; about two minutes a voice on an
# idle 2-core machine, nearly all of it PocketSphinx.
set -euo pipefail
home="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
tools="${AUDIOBOOK_ASR_TOOLS:-$home/../shared/tools}"
for tool in sox pocketsphinx_continuous python3 mvn; do
  command -v "$tool" >/dev/null || { echo "voices-wer.sh: $tool is missing" >&2; exit 3; }
done
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
(cd "$home" && mvn -o -q -B test -Dtest=VoiceWerBench -Dsurefire.failIfNoSpecifiedTests=false \
  -Dvoices.out="$work" ${1:+-Dvoices="$1"}) >"$work/mvn.txt" 2>&1 || { cat "$work/mvn.txt" >&2; exit 1; }
printf '%-12s %8s  %s\n' voice pitch WER
while read -r voice pitch; do
  "$tools/asr.sh" "$work/$voice.wav" "$work/$voice.hyp.txt"
  printf '%-12s %5.0f Hz  %s\n' "$voice" "$pitch" "$(python3 "$tools/wer.py" "$work/reference.txt" "$work/$voice.hyp.txt")"
done <"$work/pitch.txt"
