#!/usr/bin/env bash
# Runs bench/wer.sh over the voice settings the README's intelligibility table compares, one
# line per setting. About two and a half minutes a line.
#   bench/wer-sweep.sh
set -euo pipefail
bench="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
settings=(
  ""                                             # the defaults: kevin16, 150 wpm, 100 Hz, range 11 Hz
  "--rate 135"
  "--rate 165"
  "--pitch 120"
  "--pitch-range 20"
  "--pause-sentence 600 --pause-paragraph 1000"
  "--rate 160 --pitch 110 --pitch-range 14"      # the built-in dialogue voice, reading everything
)
for options in "${settings[@]}"; do
  # shellcheck disable=SC2086  # the options are meant to split into words
  "$bench/wer.sh" $options | paste -sd' ' -
done
