"""Bring a message to one plain form before the patterns see it.

NFKC, casefold, every apostrophe dropped ("I’m" -> "im"), hyphens and emoji to spaces,
clause punctuation kept as " . ", a digit inside a word read as its letter ("d1e"), common
text-speak and misspellings spelled out (one-slip
typos of key words: `typos.py`), and spaces collapsed. The patterns in `patterns.py` are
written against this form.
"""

from __future__ import annotations

import re
import unicodedata

from core.safety.typos import corrected

# Apostrophe look-alikes people's keyboards produce; all are removed, so "don't" == "dont".
_APOSTROPHES = "'’‘ʼʹ`´′＇‛"
_APOSTROPHE_RE = re.compile("[" + re.escape(_APOSTROPHES) + "]")
_CLAUSE_PUNCT_RE = re.compile(r"[.,;:!?\n\r…]+")
_OTHER_RE = re.compile(r"[^\w.\s]+")
_SPACES_RE = re.compile(r"\s+")

# Whole-word rewrites, applied in order. Keys are regular expressions on the cleaned text.
_REWRITES: tuple[tuple[str, str], ...] = (
    # misspellings of the words that matter most
    (r"\b(?:su[ie]?c[ie]?d(?:al|le|el|ial|ual)|suisidal|suicdal|sucidle)\b", "suicidal"),
    (r"\b(?:sucide|suicde|suiside|sucicide|suacide)\b", "suicide"),
    (r"\bmy ?s[ae]lf+\b|\bmyslef\b|\bmysef\b", "myself"),
    # text-speak
    (r"\bkmsl\b", "laughing"),  # "killing myself laughing"
    (r"\bkms\b", "kill myself"),
    (r"\bun ?aliv(?:e|ed|ing)(?: myself)?\b", "kill myself"),
    # "sewer slide": social media's word for suicide (an eleventh attacker's "sewer slide is
    # looking pretty good rn lol" got only the caring question)
    (r"\bsewer ?slid(?:e|ing)\b", "suicide"),
    # "ctb" (catch the bus): suicide forums' word for it, a verb and a noun ("ctb methods")
    (r"\bctb(?:ing|d)?\b", "kill myself"),
    (r"\bwanna\b", "want to"),
    (r"\bgonna\b", "going to"),
    (r"\bgotta\b", "got to"),
    (r"\brn\b", "right now"),
    (r"\bu\b", "you"),
    (r"\bur\b", "your"),
    (r"\b(?:cuz|coz|cos)\b", "because"),
    (r"\bi m\b", "im"),
    (r"\bi am\b", "im"),
    (r"\bi would\b", "id"),
    (r"\bdo not\b", "dont"),
    (r"\bdid not\b", "didnt"),
    (r"\bcan ?not\b", "cant"),
    (r"\bwill not\b", "wont"),
    (r"\bwould not\b", "wouldnt"),
    (r"\bhave not\b", "havent"),
    (r"\bhas not\b", "hasnt"),
    (r"\bis not\b", "isnt"),
    (r"\bwas not\b", "wasnt"),
    (r"\bwere not\b", "werent"),
    (r"\bthere is\b", "theres"),
    (r"\bwhat is\b", "whats"),
    (r"\bit is\b", "its"),
    (r"\bself ?harm", "self harm"),
)
_COMPILED_REWRITES = tuple((re.compile(p), r) for p, r in _REWRITES)
# A digit standing for a letter inside a word ("d1e", "k1ll", "su1c1de": a ninth attacker's
# "i wanna d1e" got only the caring question); only between two letters, so "4x400",
# "30k" and "rpe8" are untouched
_LEET = {"1": "i", "3": "e", "0": "o", "4": "a"}
_LEET_RE = re.compile(r"(?<=[^\W\d_])[1340](?=[^\W\d_])")


def normalise(text: str) -> str:
    """The plain form of `text` (see the module docstring)."""
    folded = unicodedata.normalize("NFKC", text).casefold()
    folded = _APOSTROPHE_RE.sub("", folded)
    folded = folded.replace("_", " ").replace("-", " ")
    folded = _CLAUSE_PUNCT_RE.sub(" . ", folded)
    folded = _OTHER_RE.sub(" ", folded)
    folded = _LEET_RE.sub(lambda digit: _LEET[digit.group()], folded)
    folded = corrected(_SPACES_RE.sub(" ", folded).strip())
    for pattern, replacement in _COMPILED_REWRITES:
        folded = pattern.sub(replacement, folded)
    return _SPACES_RE.sub(" ", folded).strip()
