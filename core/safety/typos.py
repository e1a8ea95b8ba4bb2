"""Phone typos of the words the rules turn on, spelled right before the patterns read them.

A word is corrected when it is one slip from a word of `KEY_WORDS`: two neighbouring letters
swapped ("alvie" -> "alive", "kill mysefl"), or, for words of six letters or more, one letter
left out ("suicdal", "overdse"). Substituted letters are not corrected: they make real words
("will myself", "hill"), and an added letter rarely hides a key word. No variant is a word
people write for something else (`test_typos.py` checks the variants against the coach's
own vocabulary and a list of everyday words). English only: the classifier reads every
language's typos through its character n-grams.
"""

from __future__ import annotations

import re

KEY_WORDS = (
    "alive", "kill", "killing", "myself", "suicide", "suicidal", "overdose", "death",
    "anymore", "living", "pills", "hang", "hanging", "cutting", "goodbye", "want", "wanna",
)
REAL_WORDS = frozenset({"overdoes", "illing"})
"""Variants that are words in their own right: never corrected ("bridge" and "dead" are not
key words at all: "bride", "ridge" and the Spanish "edad" are one slip from them)."""
_LONG = 6  # letters: from here a left-out letter is corrected too


def _variants(word: str) -> set[str]:
    swapped = {word[:i] + word[i + 1] + word[i] + word[i + 2:] for i in range(len(word) - 1)}
    dropped = {word[:i] + word[i + 1:] for i in range(len(word))} if len(word) >= _LONG else set()
    return (swapped | dropped) - {word} - REAL_WORDS


CORRECTIONS: dict[str, str] = {
    variant: word for word in KEY_WORDS for variant in _variants(word)
}
_WORD = re.compile(r"[a-z]+")


def corrected(text: str) -> str:
    """`text` (already lower case) with each one-slip variant of a key word spelled right."""
    return _WORD.sub(lambda m: CORRECTIONS.get(m.group(0), m.group(0)), text)
