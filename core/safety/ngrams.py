"""Hashed character n-gram features of a text: the classifier's view of spelling.

Pure and deterministic (CRC-32, not Python's salted `hash`), so training and run time give
the same features. The text is brought to the screen's plain form first (`normalise`:
case, apostrophes, emoji, text-speak), then padded with spaces so word starts and ends
count; every 2-, 3- and 4-character slice is hashed into one of `BUCKETS` slots. The
counts are scaled to unit length (L2), so short and long messages weigh alike.
"""

from __future__ import annotations

import math
import zlib

from core.safety.normalise import normalise

BUCKETS = 1 << 15  # slots; collisions are rare at this size for messages of a few hundred chars
ORDERS = (2, 3, 4)
MAX_CHARS = 600  # only the last characters are read (the screen windows longer texts)


def ngram_features(text: str) -> dict[int, float]:
    """`{slot: weight}` for `text` (empty for a text with no letters); weights have L2 norm 1."""
    plain = " " + normalise(text[-MAX_CHARS:]) + " "
    counts: dict[int, float] = {}
    if len(plain.strip()) == 0:
        return counts
    for order in ORDERS:
        for start in range(len(plain) - order + 1):
            gram = plain[start : start + order]
            slot = zlib.crc32(f"{order}{gram}".encode()) % BUCKETS
            counts[slot] = counts.get(slot, 0.0) + 1.0
    norm = math.sqrt(sum(v * v for v in counts.values()))
    return {slot: value / norm for slot, value in counts.items()}
