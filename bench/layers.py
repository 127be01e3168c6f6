#!/usr/bin/env python3
"""Measures the beds LayersBench renders (bench/layers.sh runs both). Prints one table, one
column per folder given: usage: layers.py DIR [DIR...]. Needs numpy and scipy.

Measures, each on the bed named in brackets:
- gust grid [wind, 15 min]: the wind's level in 50 ms steps, smoothed over 0.4 s; its turning
  points (peaks and dips at least 1 dB from the last one); for each period P from 2 to 10 s and
  the best phase, the share of turning points within 0.25 s of the grid k*P, at the P where it
  stands highest over 0.5/P (what randomly placed points give). Beside it, the same measure on
  the same points with their intervals shuffled ten times (mean and spread): what chance gives
  points spaced as these are. A gust that turns on a fixed period gives far more at that period.
- rain kurtosis above 2 kHz [rain at full intensity]: Gaussian noise gives 3; audible drops more.
- storm energy per octave [the seed's storm chapter as scored, not ducked], in dB of the total.
- thunder [thunder alone, strikes in pauses 25-30 s apart]: per strike, the share of energy above
  1 kHz in its first 0.3 s; the share below 30 Hz and at 100-300 Hz over the strike; the length
  of the tail (from the onset to the last 100 ms within 40 dB of the strike's loudest).
- L/R coherence [the seed's storm chapter]: magnitude-squared coherence, mean below 200 Hz and at
  1-8 kHz (1 = the same in both ears, 0 = independent).
- sea [sea at full intensity]: the swell's wave periods (peaks of the 20-200 Hz level).
"""
import sys

import numpy as np
from scipy.io import wavfile
from scipy.signal import butter, coherence, find_peaks, sosfilt
from scipy.stats import kurtosis

RATE = 44100


def read(folder, name):
    try:
        rate, x = wavfile.read(f"{folder}/{name}.wav", mmap=True)
    except FileNotFoundError:
        return None
    assert rate == RATE
    x = np.asarray(x, dtype=np.float64)
    return x if x.ndim == 1 else x.T


def band(x, low, high, order=4):
    if low and high:
        sos = butter(order, [low, high], "bandpass", fs=RATE, output="sos")
    elif low:
        sos = butter(order, low, "highpass", fs=RATE, output="sos")
    else:
        sos = butter(order, high, "lowpass", fs=RATE, output="sos")
    return sosfilt(sos, x)


def level_db(x, hop):
    frames = len(x) // hop
    power = np.mean(x[: frames * hop].reshape(frames, hop) ** 2, axis=1)
    return 10 * np.log10(power + 1e-20)


def gust_grid(folder):
    x = read(folder, "wind")
    if x is None:
        return {}
    hop = RATE // 20
    env = level_db(x, hop)
    env = np.convolve(env, np.ones(8) / 8, mode="valid")
    turns = []
    direction = 1  # looking for a peak first
    extreme = env[0]
    extreme_at = 0
    for i, v in enumerate(env):
        if direction >= 0 and v > extreme:
            extreme, extreme_at = v, i
        elif direction <= 0 and v < extreme:
            extreme, extreme_at = v, i
        if direction >= 0 and v < extreme - 1:
            turns.append(extreme_at)
            direction, extreme, extreme_at = -1, v, i
        elif direction <= 0 and v > extreme + 1:
            turns.append(extreme_at)
            direction, extreme, extreme_at = 1, v, i
    t = np.array(turns[1:]) * hop / RATE
    share, period = best_grid(t)
    # Chance: the same measure on the same intervals in a shuffled order, which keeps how far
    # apart turning points fall (never closer than the smoothing allows) but breaks any grid.
    rng = np.random.default_rng(1)
    gaps = np.diff(t)
    chances = [best_grid(t[0] + np.concatenate(([0], np.cumsum(rng.permutation(gaps)))))[0] for _ in range(10)]
    return {
        "gust turning points (15 min)": f"{len(t)}",
        "most near one period of 2-10 s (share, period)": f"{100 * share:.0f} % at {period:.2f} s",
        "  the same turning points shuffled": f"{100 * np.mean(chances):.0f} ± {100 * np.std(chances):.0f} %",
    }


def best_grid(t):
    """The largest share of times within 0.25 s of a grid k * P + phase, P from 2 to 10 s, and its P."""
    best = (0, 2)
    # From 2 s: below that a 0.5 s window covers a quarter of the grid or more, and chance alone fills it.
    for period in np.arange(2.0, 10.0, 0.01):
        phases = np.mod(t, period)
        for phase in np.arange(0, period, 0.05):
            d = np.abs(np.mod(phases - phase + period / 2, period) - period / 2)
            share = np.mean(d <= 0.25)
            if share - 0.5 / period > best[0] - 0.5 / best[1]:
                best = (share, period)
    return best


def rain(folder):
    x = read(folder, "rain")
    if x is None:
        return {}
    high = band(x, 2000, None)
    k = np.mean([kurtosis(c, fisher=False) for c in high])
    low = band(x, None, 1000)
    return {
        "rain kurtosis above 2 kHz (Gaussian: 3)": f"{k:.1f}",
        "rain energy below 1 kHz": f"{100 * np.sum(low ** 2) / np.sum(x ** 2):.1f} %",
    }


OCTAVES = [31.5, 63, 125, 250, 500, 1000, 2000, 4000, 8000, 16000]


def octaves(x):
    spectrum = np.abs(np.fft.rfft(x, axis=-1)) ** 2
    freqs = np.fft.rfftfreq(x.shape[-1], 1 / RATE)
    total = np.sum(spectrum)
    shares = []
    for f in OCTAVES:
        inside = (freqs >= f / np.sqrt(2)) & (freqs < f * np.sqrt(2))
        shares.append(10 * np.log10(np.sum(spectrum[..., inside]) / total + 1e-20))
    return shares


def storm(folder):
    x = read(folder, "storm-seed")
    if x is None:
        return {}
    rows = {}
    shares = octaves(x[:, : 60 * RATE] if x.shape[1] > 60 * RATE else x)
    for f, s in zip(OCTAVES, shares):
        rows[f"storm octave {f:g} Hz (dB of total)"] = f"{s:.1f}"
    mid = band(x, 800, 2500)
    rows["storm energy at 0.8-2.5 kHz"] = f"{100 * np.sum(mid ** 2) / np.sum(x ** 2):.1f} %"
    f, c = coherence(x[0], x[1], fs=RATE, nperseg=16384)
    rows["L/R coherence below 200 Hz"] = f"{np.mean(c[(f > 20) & (f < 200)]):.2f}"
    rows["L/R coherence at 1-8 kHz"] = f"{np.mean(c[(f >= 1000) & (f < 8000)]):.2f}"
    return rows


def thunder(folder):
    x = read(folder, "thunder")
    if x is None:
        return {}
    mono = x.mean(axis=0)
    hop = RATE // 10
    env = level_db(mono, hop)
    loud = env > env.max() - 60
    onsets = []
    quiet = 0
    for i, is_loud in enumerate(loud):
        if is_loud and quiet >= 20:
            onsets.append(i)
        quiet = 0 if is_loud else quiet + 1
    if not onsets and loud.any():
        onsets = [int(np.argmax(loud))]
    high, below30, mid, tails, tails50 = [], [], [], [], []
    hi = band(mono, 1000, None)
    lo = band(mono, None, 30)
    md = band(mono, 100, 300)
    for k, o in enumerate(onsets):
        start = max(0, o - 2) * hop
        end = onsets[k + 1] * hop - 2 * hop if k + 1 < len(onsets) else len(mono)
        seg = slice(start, end)
        e = np.sum(mono[seg] ** 2)
        first = slice(o * hop - hop, o * hop + int(0.3 * RATE))
        high.append(10 * np.log10(np.sum(hi[first] ** 2) / np.sum(mono[first] ** 2) + 1e-20))
        below30.append(np.sum(lo[seg] ** 2) / e)
        mid.append(np.sum(md[seg] ** 2) / e)
        strike_env = env[start // hop : end // hop]
        above = np.nonzero(strike_env > strike_env.max() - 40)[0]
        tails.append((above[-1] - above[0]) * hop / RATE)
        above = np.nonzero(strike_env > strike_env.max() - 50)[0]
        tails50.append((above[-1] - above[0]) * hop / RATE)
    return {
        "thunder strikes measured": f"{len(onsets)}",
        "thunder energy above 1 kHz, first 0.3 s (dB)": f"{np.median(high):.0f} (max {np.max(high):.0f})",
        "thunder energy below 30 Hz": f"{100 * np.mean(below30):.1f} %",
        "thunder energy at 100-300 Hz": f"{100 * np.mean(mid):.0f} %",
        "thunder tail to -40 dB (s)": f"{np.mean(tails):.1f} ({np.min(tails):.1f}-{np.max(tails):.1f})",
        "thunder tail to -50 dB (s)": f"{np.mean(tails50):.1f} ({np.min(tails50):.1f}-{np.max(tails50):.1f})",
    }


def sea(folder):
    x = read(folder, "sea-full")
    if x is None:
        return {}
    swell = band(x.mean(axis=0), 20, 200, order=2)
    env = level_db(swell, RATE // 10)
    env = np.convolve(env, np.ones(15) / 15, mode="same")
    peaks, _ = find_peaks(env, distance=30, prominence=2)
    periods = np.diff(peaks) / 10
    rows = {"sea wave periods (s)": f"{np.mean(periods):.1f} ({np.min(periods):.1f}-{np.max(periods):.1f})"
            if len(periods) else "-"}
    for f, s in zip(OCTAVES, octaves(x)):
        rows[f"sea octave {f:g} Hz (dB of total)"] = f"{s:.1f}"
    return rows


def main():
    folders = sys.argv[1:]
    columns = []
    for folder in folders:
        rows = {}
        for measure in (gust_grid, rain, storm, thunder, sea):
            rows.update(measure(folder))
        columns.append(rows)
    names = []
    for rows in columns:
        names += [n for n in rows if n not in names]
    width = max(len(n) for n in names)
    print(f"{'':{width}}  " + "  ".join(f"{f:>22}" for f in folders))
    for n in names:
        print(f"{n:{width}}  " + "  ".join(f"{c.get(n, '-'):>22}" for c in columns))


if __name__ == "__main__":
    main()
