"""The words, units and limits the check-in parser knows (data only; see docs/checkin.md)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType

from core.checkin_fields import Field


@dataclass(frozen=True, slots=True)
class Limits:
    """The accepted values of one field and how to talk about them."""

    name: str  # how a message names the field, capitalised
    low: float
    high: float
    unit: str  # "" for 0-10 scales
    whole: bool  # only whole numbers
    demo: str  # a typical value for examples

    @property
    def span(self) -> str:
        span = f"{self.low:g}-{self.high:g}"
        return f"{span} {self.unit}" if self.unit else span


_SCALE = (0.0, 10.0, "", True)

LIMITS: Mapping[Field, Limits] = MappingProxyType(
    {
        Field.SLEEP: Limits("Sleep", *_SCALE, "6"),
        Field.AROUSAL: Limits("Arousal", *_SCALE, "7"),
        Field.RECOVERY: Limits("Recovery", *_SCALE, "5"),
        Field.MOOD: Limits("Mood", *_SCALE, "8"),
        Field.RHR: Limits("Resting heart rate", 25.0, 220.0, "bpm", True, "54"),
        Field.HRV: Limits("HRV (rMSSD)", 5.0, 300.0, "ms", False, "62"),
        Field.RPE: Limits("RPE", *_SCALE, "7"),
    }
)

FIELD_HELP: Mapping[Field, str] = MappingProxyType(
    {
        Field.SLEEP: "sleep quality 0-10 (10 = best sleep)",
        Field.AROUSAL: "arousal intensity 0-10 (10 = most activated or wired, 0 = flat)",
        Field.RECOVERY: "speed of recovery 0-10 (10 = fastest)",
        Field.MOOD: "mood 0-10 (10 = best; low = irritable or flat)",
        Field.RHR: "resting heart rate in bpm (25-220; lower is usually better)",
        Field.HRV: "HRV as rMSSD in ms (5-300; higher is usually better)",
        Field.RPE: "effort of your last session 0-10 (10 = maximal)",
    }
)

# Labels, as tuples of lower-case words. Longest match wins ("heart rate variability").
LABELS: Mapping[tuple[str, ...], Field] = MappingProxyType(
    {
        ("sleep",): Field.SLEEP,
        ("slept",): Field.SLEEP,
        ("sleep", "quality"): Field.SLEEP,
        ("arousal",): Field.AROUSAL,
        ("arousal", "intensity"): Field.AROUSAL,
        ("stress",): Field.AROUSAL,
        ("activation",): Field.AROUSAL,
        ("wired",): Field.AROUSAL,
        ("keyed", "up"): Field.AROUSAL,
        ("activated",): Field.AROUSAL,
        ("recovery",): Field.RECOVERY,
        ("recovered",): Field.RECOVERY,
        ("rec",): Field.RECOVERY,
        ("recovery", "speed"): Field.RECOVERY,
        ("speed", "of", "recovery"): Field.RECOVERY,
        ("mood",): Field.MOOD,
        ("rhr",): Field.RHR,
        ("hr",): Field.RHR,
        ("pulse",): Field.RHR,
        ("heart", "rate"): Field.RHR,
        ("resting", "hr"): Field.RHR,
        ("resting", "pulse"): Field.RHR,
        ("resting", "heart", "rate"): Field.RHR,
        ("hrv",): Field.HRV,
        ("rmssd",): Field.HRV,
        ("heart", "rate", "variability"): Field.HRV,
        ("rpe",): Field.RPE,
        ("srpe",): Field.RPE,
        ("exertion",): Field.RPE,
        ("effort",): Field.RPE,
        ("perceived", "exertion"): Field.RPE,
        ("session", "rpe"): Field.RPE,
        ("last", "session"): Field.RPE,
    }
)
LONGEST_LABEL = max(len(words) for words in LABELS)

NUMBER_WORDS: Mapping[str, str] = MappingProxyType(
    {
        word: str(value)
        for value, word in enumerate(
            ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten")
        )
    }
)

# A unit right after an unlabelled number says which field it is ("62ms" is HRV).
UNITS: Mapping[str, Field] = MappingProxyType(
    {"ms": Field.HRV, "msec": Field.HRV, "bpm": Field.RHR, "beats": Field.RHR}
)

# Words that make a number a change from the usual ("rhr 6 beats higher than usual"), not
# today's value: the reply asks for the value itself instead of refusing a heart rate of 6.
RELATIVE = frozenset(
    {"higher", "lower", "up", "down", "above", "below", "more", "less", "than", "usual",
     "normal", "increase", "increased", "decrease", "decreased", "plus", "minus"}
)  # fmt: skip

# Sleep is a 0-10 quality rating; hours would be silently misread, so they are refused.
HOURS = frozenset({"h", "hrs", "hour", "hours"})

# Words that carry no value and are skipped, so "I slept 6" and "mood is 4 thanks" parse.
FILLERS = frozenset(
    {
        "i", "my", "the", "a", "is", "was", "and", "at", "about", "around", "roughly", "approx",
        "ish", "like", "maybe", "so", "then", "also", "today", "last", "night", "this", "morning",
        "ok", "okay", "thanks", "thank", "you", "thx", "ty", "please", "pls", "hi", "hey", "score",
    }
)  # fmt: skip

# Words people use that map to no single field; the reply says what to use instead.
AMBIGUOUS: Mapping[str, tuple[Field, Field]] = MappingProxyType(
    {
        "energy": (Field.AROUSAL, Field.RECOVERY),
        "fatigue": (Field.RECOVERY, Field.SLEEP),
        "tired": (Field.RECOVERY, Field.SLEEP),
    }
)


@dataclass(frozen=True, slots=True)
class Anchors:
    """The words a 0-10 question shows for its ends ("0 = terrible, 10 = best sleep"), and
    the forms of them read as that end when they are the whole answer (after fillers and
    the field's own labels are dropped; core.understanding.anchors)."""

    low: str  # shown in the question for 0
    high: str  # shown in the question for 10
    low_forms: frozenset[str]
    high_forms: frozenset[str]


ANCHORS: Mapping[Field, Anchors] = MappingProxyType(
    {
        Field.SLEEP: Anchors(
            "terrible", "best sleep",
            frozenset({"terrible", "terribly", "terrible sleep", "slept terribly"}),
            frozenset({"best sleep", "best", "best ever", "the best", "slept best"}),
        ),
        Field.AROUSAL: Anchors(
            "flat calm", "most activated",
            frozenset({"flat calm", "flat", "flat and calm", "flat-calm"}),
            frozenset({"most activated", "most", "most keyed up", "most wired"}),
        ),
        Field.RECOVERY: Anchors(
            "not at all", "fully, fast",
            frozenset({"not at all", "not recovered at all", "not at all recovered"}),
            frozenset({"fully, fast", "fully", "fully and fast", "fully recovered",
                       "fully recovered fast"}),
        ),
        Field.MOOD: Anchors(
            "very low or irritable", "best",
            frozenset({"very low or irritable", "very low", "very irritable",
                       "very low mood"}),
            frozenset({"best", "the best", "best mood", "best ever"}),
        ),
    }
)  # fmt: skip

# Words that describe a rating without saying which number: at a 0-10 question alone (with
# "very", "not" and the like) they get "which number?", never a guessed value.
DESCRIBING = frozenset({
    "good", "great", "bad", "badly", "awful", "awfully", "poor", "poorly", "fine", "meh",
    "average", "decent", "rough", "rubbish", "lousy", "horrible", "horribly", "amazing",
    "excellent", "fantastic", "brilliant", "perfect", "perfectly", "well", "alright",
    "normal", "usual", "low", "high", "calm", "relaxed", "restless", "irritable", "grumpy",
    "happy", "sad", "down", "flat", "wired", "activated", "recovered", "fresh", "slow",
    "fast", "ok-ish", "so-so", "mediocre", "terrible", "best", "worst", "better", "worse",
    "nice", "solid", "shocking", "dreadful", "crap", "crappy", "superb", "wonderful",
})  # fmt: skip
QUALIFIERS = frozenset({
    "very", "really", "pretty", "quite", "so", "not", "super", "bit", "little", "kinda",
    "kind", "of", "extremely", "too", "fairly", "rather", "somewhat", "a", "so-so", "or",
})  # fmt: skip
