"""One form of a message for everything the screen reads, so that what does not change the
meaning does not change the result: case, apostrophe look-alikes, emoji and symbols, and
laughter or joke markers ("lol", "haha", "jaja", "xD", "ахах"). People often mask real
distress with them, so they must never lower a level: the screen simply does not see them.
"""

from __future__ import annotations

import re
import unicodedata

_APOSTROPHES = re.compile("[’‘ʼʹ`´′＇‛]")
_LAUGHTER = re.compile(
    r"\b(?:lo+l+|lo+lz|lmf?a+o+|rofl|(?:ha){2,}h?|(?:he){2,}h?|(?:ja){2,}j?|(?:je){2,}j?|"
    r"(?:ah){2,}a?|(?:kk){2,}k*|(?:rs){2,}|x+d+|jk|jks|"
    r"(?:ха){2,}х?|(?:ах){2,}а?|(?:хе){2,}х?|лол)\b"
)
_SPACES = re.compile(r"\s+")


def canonical(text: str) -> str:
    """`text` casefolded (NFKC), apostrophes straightened, emoji, symbols and invisible
    format characters removed, laughter markers removed, spaces collapsed."""
    folded = unicodedata.normalize("NFKC", text).casefold()
    folded = _APOSTROPHES.sub("'", folded)
    kept = "".join(
        " " if unicodedata.category(ch)[0] in "SC" and not ch.isspace() else ch
        for ch in folded
    )
    kept = _LAUGHTER.sub(" ", kept)
    return _SPACES.sub(" ", kept).strip()
