"""Check-in ratings typed before the words of a message: the classifier reads the words.

`without_ratings(text) -> str`: `text` without a leading run of two or more 0-10 ratings
("sleep 2 mood 1 arousal 9 recovery 1. ...", "6 7 5 8, ..."), when words follow; else
`text` unchanged. Pure.
"""

from __future__ import annotations

import re

# A check-in's ratings typed before the words ("sleep 2 mood 1 arousal 9 recovery 1. ...",
# "6 7 5 8, ..."): two or more numbers of 0-10, each with at most one label word before it
_RATINGS = re.compile(
    r"^\s*(?:(?:[^\W\d_]+\s*[:=]?\s*)?(?:10|\d)(?:\s*/\s*10)?(?!\w)(?![:.,]\d)[\s,.;:/-]*){2,}"
)


def without_ratings(text: str) -> str:
    """`text` without a leading run of check-in ratings, when words follow: the classifier
    reads the words alone (attack 7, 2026-12-01: "sleep 2 mood 1 arousal 9 recovery 1. i dont
    see the point anymore" scored concern, the words alone urgent; numbers dilute the
    embeddings). The rules still read the whole message."""
    rest = _RATINGS.sub("", text, count=1)
    return rest if rest.strip() and any(ch.isalpha() for ch in rest) else text
