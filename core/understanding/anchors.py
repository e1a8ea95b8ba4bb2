"""Words alone at a 0-10 check-in question: the question's own end words are its numbers.

"How well did you sleep? 0 = terrible, 10 = best sleep." answered "terrible" is sleep 0,
"best" is sleep 10 (core.checkin_words.ANCHORS lists the forms read so, per question). Any
other describing word alone ("good", "not bad", "pretty rough") could be several numbers:
it gets a `RatingsProblem` that shows the question's ends and asks which number, never a
guessed value. Only a whole answer is read this way, and only at the question it belongs
to ("terrible" at the mood question is asked about). Pure; standard library only.
"""

from __future__ import annotations

from core.checkin_fields import CheckIn, Field
from core.checkin_words import ANCHORS, DESCRIBING, FILLERS, LABELS, QUALIFIERS
from core.understanding.model import Ratings, RatingsProblem
from core.understanding.words import canonical

_ALSO_DROPPED = frozenset({"feel", "felt", "feeling", "im", "it", "its", "been"})
QUOTED_CHARS = 12  # at most this much of what was typed is repeated (docs/checkin.md)


def anchored(text: str, field: Field) -> Ratings | RatingsProblem | None:
    """`text` as the answer to `field`'s 0-10 question: Ratings with 0 or 10 for one of the
    question's end words, a RatingsProblem ("which number?") for a describing word that
    names no number, None for anything else. `field`: a core field (sleep, arousal,
    recovery, mood); others give None."""
    anchors = ANCHORS.get(field)
    if anchors is None:
        return None
    labels = _labels(field)
    said = _plain(text, labels)
    if said in {_plain(form, labels) for form in anchors.low_forms}:
        return Ratings(CheckIn(**{field.value: 0}))
    if said in {_plain(form, labels) for form in anchors.high_forms}:
        return Ratings(CheckIn(**{field.value: 10}))
    said = _plain(text, frozenset())  # "pretty wired": the label is the describing word
    words = set(said.split())
    if words and words - labels <= DESCRIBING | QUALIFIERS and words & DESCRIBING:
        quoted = said if len(said) <= QUOTED_CHARS else (
            said[:QUOTED_CHARS + 1].rpartition(" ")[0] or said[:QUOTED_CHARS]) + "\u2026"
        return RatingsProblem(
            f"\u201c{quoted}\u201d could be more than one number. For this question 0 = "
            f"{anchors.low} and 10 = {anchors.high}: which number from 0 to 10 fits best?"
        )
    return None


def _labels(field: Field) -> frozenset[str]:
    return frozenset(words[0] for words, named in LABELS.items()
                     if named is field and len(words) == 1)


def _plain(text: str, labels: frozenset[str]) -> str:
    """The words that carry the answer: fillers, `labels` and "feel" gone."""
    dropped = FILLERS | _ALSO_DROPPED | labels
    return " ".join(w for w in canonical(text).split() if w not in dropped)
