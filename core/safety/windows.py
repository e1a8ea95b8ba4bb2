"""Bounded reading of long messages: clause windows, and which of them to read.

A message up to `LONG_CHARS` is read whole. A longer one is cut into windows of at most
`WINDOW_CHARS`, at clause punctuation where it can be; the windows that carry the most
risk-sounding word stems (`STEMS`, one scan, in the screened languages) are read first,
the last window always, and the highest level found wins. So the work on a 100 kB
message is one stem scan plus a fixed number of windows.
"""

from __future__ import annotations

LONG_CHARS = 2_000
WINDOW_CHARS = 300
_ENDS = (".", "!", "?", "\n", ";")

# Risk-sounding word starts (a word counts when its first 4 letters, or the whole of a
# shorter word, are here): cheap enough to scan 100 kB in a few milliseconds.
STEMS = frozenset(
    (
        "suic", "kill", "die", "dyin", "dead", "deat", "end", "endi", "hurt", "harm", "cut",
        "blad", "razo", "pill", "tabl", "over", "rope", "brid", "jump", "good", "bye", "hope",
        "wort", "burd", "pani", "starv", "purg", "vomi", "thro", "laxa", "binge", "drun", "drin",
        "rela", "flas", "nigh", "abus", "hit", "scar", "afra", "safe", "anym", "exis", "gone",
        "mori", "muer", "mata", "adio", "ster", "tot", "umbr", "mour", "mort", "tuer", "morr",
        "morte", "ucci", "dood", "zelf", "umrz", "zabi", "smie", "śmie", "muri", "moar", "умер",
        "смер", "убит", "жить", "поме", "вбит", "жити",
    )
)


def spans(text: str) -> list[tuple[int, int]]:
    """`(start, end)` of windows of at most `WINDOW_CHARS` covering `text`, each ending at
    the last clause punctuation inside it when there is one."""
    out: list[tuple[int, int]] = []
    start, size = 0, len(text)
    while start < size:
        end = min(start + WINDOW_CHARS, size)
        if end < size:
            cut = max(text.rfind(mark, start, end) for mark in _ENDS)
            if cut > start:
                end = cut + 1
        out.append((start, end))
        start = end
    return out


def windows(text: str) -> list[str]:
    """`text` cut into windows (see `spans`), blank ones left out."""
    return [text[a:b] for a, b in spans(text) if text[a:b].strip()]


def to_read(text: str, most: int, long: int = LONG_CHARS) -> list[str]:
    """The parts of `text` to read: the text itself when not longer than `long`; otherwise at
    most `most` windows: the last one, then those with the most stems (later first on a
    tie), in the text's order."""
    if len(text) <= long:
        return [text]
    cuts = spans(text)
    hits = [_stems_in(text[a:b]) for a, b in cuts]
    ranked = sorted(range(len(cuts) - 1), key=lambda i: (hits[i], i), reverse=True)
    chosen = sorted([len(cuts) - 1, *ranked[: max(0, most - 1)]])
    return [text[cuts[i][0] : cuts[i][1]] for i in chosen]


def _stems_in(window: str) -> int:
    """How many words of `window` start with a risk-sounding stem."""
    count = 0
    for word in window.casefold().split():
        word = word.strip(".,;:!?\"'()*")
        if word[:4] in STEMS or word in STEMS:
            count += 1
    return count
