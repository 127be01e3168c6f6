#!/usr/bin/env python3
"""Writes a novel-length story for benchmarks: seeded, so every run gets the same text.

usage: make-novel.py WORDS OUT.txt [SEED]
Chapters of 2,500-4,500 words under "Chapter N" headings; paragraphs of 3-8 sentences built
from a small grammar, with weather passages (storms, rain, wind, calm) so the soundscape moves.
"""
import random
import sys

NAMES = ["Jasper", "Rusty", "Mara", "the old keeper", "the girl", "the dog", "the traveller"]
VERBS = ["walked", "waited", "listened", "watched", "searched", "climbed", "rested", "wandered"]
PLACES = ["along the broken road", "beside the river", "under the collapsed awning", "near the library",
          "across the dusty square", "through the empty market", "at the edge of the ruins", "by the tower"]
DETAILS = ["as the light faded", "without a sound", "for a long time", "with quiet patience",
           "while the city slept", "as if nothing had changed", "before the sun rose", "in the cold air"]
WEATHER = {
    "storm": ["A storm rolled in from the west, and thunder shook the walls.",
              "The tempest howled, rain lashed the stones, and lightning split the sky."],
    "rain": ["Rain fell steadily on the roofs.", "A soft rain began, drumming on the broken glass."],
    "wind": ["The wind rose, and gusts swept dust along the street.", "A cold wind whistled through the ruins."],
    "calm": ["Everything was calm and silent.", "The air was still, and the world was quiet."],
}
OPENERS = ["One day,", "That night,", "The next morning,", "Weeks later,", "Meanwhile,", "At dawn,"]


def sentence(rng):
    s = f"{rng.choice(NAMES)} {rng.choice(VERBS)} {rng.choice(PLACES)} {rng.choice(DETAILS)}."
    return s[0].upper() + s[1:]


def paragraph(rng, first):
    parts = []
    if first or rng.random() < 0.15:
        opener = rng.choice(OPENERS)
        parts.append(f"{opener} {sentence(rng)[0].lower()}{sentence(rng)[1:]}")
    if rng.random() < 0.2:
        parts.append(rng.choice(WEATHER[rng.choice(list(WEATHER))]))
    while len(parts) < rng.randint(3, 8):
        parts.append(sentence(rng))
    return " ".join(parts)


def main():
    words, out = int(sys.argv[1]), sys.argv[2]
    rng = random.Random(int(sys.argv[3]) if len(sys.argv) > 3 else 1)
    chapters, written = [], 0
    while written < words:
        target = min(rng.randint(2500, 4500), words - written)
        body, count = [], 0
        while count < target:
            p = paragraph(rng, not body)
            body.append(p)
            count += len(p.split())
        chapters.append(f"Chapter {len(chapters) + 1}\n\n" + "\n\n".join(body))
        written += count
    with open(out, "w", encoding="utf-8") as f:
        f.write("\n\n".join(chapters) + "\n")
    print(f"{out}: {written} words in {len(chapters)} chapters")


if __name__ == "__main__":
    main()
