#!/usr/bin/env python3
"""Measures how the bed sits under the voice in a book built with --stems (a benchmark, not a test).

usage: soundscape.py BOOK [--set SET_BOOK] [--stoi STOI.py]

BOOK is a book's folder built with --stems; SET_BOOK the same book built with --stems --no-duck
(its ambience stems are the bed at its set level, so the ratio of the two stems is the ducking).
Prints per chapter, then for the book:
  speech/bed   K-weighted level of the narration stem over the bed stem (left channel) during
               speech, in dB: over all speech, in storm segments (scene storm >= 0.5) and in calm
               ones (every weather channel < 0.3)
  pauses       the bed in each kind of pause relative to its set level, dB: the mean over the
               pause and the best 50 ms window in it (how close the bed comes back)
  STOI         of the immersive master (mid) against the narration stem, per chapter
  range        the ambience stem (as mixed) in storm segments over the book's opening (its first
               chapter's first 30 s after the fade-in) and over its calm segments; and the stem
               in the book's second half over its first (chapters joined, each after its fade-in)
"""
import json
import subprocess
import sys
import wave
from pathlib import Path

import numpy as np
from scipy.signal import lfilter

WEATHER = ("storm", "rain", "wind", "dust", "sea")


def read(path):
    with wave.open(str(path), "rb") as w:
        rate, ch, width = w.getframerate(), w.getnchannels(), w.getsampwidth()
        raw = w.readframes(w.getnframes())
    assert width == 2, path
    x = np.frombuffer(raw, "<i2").astype(np.float64) / 32768
    return rate, x.reshape(-1, ch).T


def k_weight(x, fs):
    """BS.1770 K-weighting at any rate (libebur128's analogue constants)."""
    f0, g, q = 1681.974450955533, 3.999843853973347, 0.7071752369554196
    k = np.tan(np.pi * f0 / fs)
    vh = 10 ** (g / 20)
    vb = vh ** 0.4996667741545416
    a0 = 1 + k / q + k * k
    b = [(vh + vb * k / q + k * k) / a0, 2 * (k * k - vh) / a0, (vh - vb * k / q + k * k) / a0]
    a = [1, 2 * (k * k - 1) / a0, (1 - k / q + k * k) / a0]
    y = lfilter(b, a, x)
    f0, q = 38.13547087602444, 0.5003270373238773
    k = np.tan(np.pi * f0 / fs)
    a0 = 1 + k / q + k * k
    return lfilter([1, -2, 1], [1, 2 * (k * k - 1) / a0, (1 - k / q + k * k) / a0], y)


def db(power):
    return 10 * np.log10(power) if power > 0 else float("-inf")


def spans(segments, rate, keep, speech=True):
    """Frame ranges of the segments kept: their speech, or speech and the pause after it."""
    out = []
    for i, s in enumerate(segments):
        if keep(s):
            a = int(s["start_ms"] * rate / 1000)
            if speech:
                b = int(s["end_ms"] * rate / 1000)
            else:
                b = int(segments[i + 1]["start_ms"] * rate / 1000) if i + 1 < len(segments) else int(s["end_ms"] * rate / 1000)
            out.append((a, b))
    return out


def energy(x2, ranges):
    total = sum(float(x2[a:b].sum()) for a, b in ranges)
    frames = sum(b - a for a, b in ranges)
    return total / frames if frames else 0.0


def storm(s):
    return s["scene"].get("storm", 0) >= 0.5


def calm(s):
    return all(s["scene"].get(c, 0) < 0.3 for c in WEATHER)


def main(argv):
    book = Path(argv[0])
    set_book = Path(argv[argv.index("--set") + 1]) if "--set" in argv else None
    stoi_tool = argv[argv.index("--stoi") + 1] if "--stoi" in argv else None
    manifest = json.load(open(book / "manifest.json", encoding="utf-8"))
    totals = {"voice": {}, "bed": {}, "stem": {}}
    opening = None
    pauses_book = {}
    stems = []
    print(f"{'chapter':<24} {'speech/bed dB: all':>18} {'storm':>6} {'calm':>6}   {'STOI':>6}   pauses vs set level (mean/best dB)")
    for chapter in manifest["chapters"]:
        n = chapter["number"]
        segments = chapter["segments"]
        rate, voice = read(book / "stems" / f"{n:02d} narration.wav")
        _, bed = read(book / "stems" / f"{n:02d} ambience.wav")
        kv2 = k_weight(voice[0], rate) ** 2
        kb2 = k_weight(bed[0], rate) ** 2
        stems.append(kb2[int(1.0 * rate):])
        ratios = []
        for name, keep in (("all", lambda s: True), ("storm", storm), ("calm", calm)):
            r = spans(segments, rate, keep)
            ev, eb = energy(kv2, r), energy(kb2, r)
            totals["voice"].setdefault(name, []).append((ev, sum(b - a for a, b in r)))
            totals["bed"].setdefault(name, []).append((eb, sum(b - a for a, b in r)))
            ratios.append(db(ev) - db(eb) if ev > 0 and eb > 0 else float("nan"))
        for name, keep in (("storm", storm), ("calm", calm)):
            r = spans(segments, rate, keep, speech=False)
            totals["stem"].setdefault(name, []).append((energy(kb2, r), sum(b - a for a, b in r)))
        if opening is None:
            r = [(int(1.0 * rate), int(31.0 * rate))]
            opening = energy(kb2, r)
        score = float("nan")
        if stoi_tool:
            master = book / chapter["file"]
            got = subprocess.run([sys.executable, stoi_tool, str(book / "stems" / f"{n:02d} narration.wav"), str(master)],
                                 capture_output=True, text=True, check=True)
            score = float(got.stdout.strip().splitlines()[-1])
        pause_text = ""
        if set_book is not None:
            _, full = read(set_book / "stems" / f"{n:02d} ambience.wav")
            b2 = bed[0] ** 2 + bed[1] ** 2
            f2 = full[0] ** 2 + full[1] ** 2
            win = rate // 20
            kinds = {}
            for i, s in enumerate(segments[:-1]):
                a = int(s["end_ms"] * rate / 1000)
                b = int(segments[i + 1]["start_ms"] * rate / 1000)
                if b - a < win:
                    continue
                mean = db(float(b2[a:b].sum())) - db(float(f2[a:b].sum()))
                best = max(db(float(b2[k:k + win].sum())) - db(float(f2[k:k + win].sum()))
                           for k in range(a, b - win + 1, win // 2))
                kinds.setdefault(s["pause_after"], []).append((mean, best))
                pauses_book.setdefault(s["pause_after"], []).append((mean, best))
            pause_text = "  ".join(f"{k} {np.mean([m for m, _ in v]):+.1f}/{np.mean([b for _, b in v]):+.1f}"
                                   for k, v in sorted(kinds.items()))
        print(f"{chapter['title'][:24]:<24} {ratios[0]:18.1f} {ratios[1]:6.1f} {ratios[2]:6.1f}   {score:6.3f}   {pause_text}")

    def pooled(pairs):
        frames = sum(f for _, f in pairs)
        return sum(e * f for e, f in pairs) / frames if frames else 0.0

    print()
    for name in ("all", "storm", "calm"):
        ev, eb = pooled(totals["voice"][name]), pooled(totals["bed"][name])
        if ev > 0 and eb > 0:
            print(f"book: speech/bed during speech, {name:<5} {db(ev) - db(eb):6.1f} dB")
    if pauses_book:
        for k, v in sorted(pauses_book.items()):
            print(f"book: bed in {k:<9} pauses vs set level: mean {np.mean([m for m, _ in v]):+.1f} dB, "
                  f"best window {np.mean([b for _, b in v]):+.1f} dB ({len(v)} pauses)")
    halves = np.concatenate(stems)
    middle = len(halves) // 2
    print(f"book: ambience stem, second half over first   {db(float(halves[middle:].mean())) - db(float(halves[:middle].mean())):6.1f} dB")
    st, ca = pooled(totals["stem"]["storm"]), pooled(totals["stem"]["calm"])
    if st > 0:
        print(f"book: ambience stem, storm over the opening   {db(st) - db(opening):6.1f} dB")
        if ca > 0:
            print(f"book: ambience stem, storm over calm segments {db(st) - db(ca):6.1f} dB")


if __name__ == "__main__":
    main(sys.argv[1:])
