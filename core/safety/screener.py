"""The screen: the rules first, a trained classifier beside them that can only raise the
level, and the person's recent messages as context.

`Screener(classify, thresholds).screen(text, context) -> Screening`:
1. The rules (`screen.screen`) read the message (a long one in windows, `windows.to_read`,
   at most `RULE_WINDOWS`; the highest level wins). They keep working alone:
   `Screener()` without a classifier is the rules-only screen.
2. The classifier scores the message (one longer than `JOINED_CHARS` in at most
   `CLASSIFIER_WINDOWS` windows; one longer than `windows.LONG_CHARS` only in its last
   window: the rules read its windows, and more would cost too much) and, with context,
   also the conversation: the earlier messages and this one joined (`joined`, its last
   `JOINED_CHARS`). Both, because the conversation alone dilutes the message: on the dev
   set with two benign earlier messages, the conversation alone found 16 % of the urgent
   messages, the message alone 67 %.
   The highest urgent score at or above `thresholds.urgent` gives URGENT, the highest
   any-risk score at or above `thresholds.risk` CONCERN (the category from the category
   head); either only when higher than what the rules said.
   An urgent score in `[thresholds.ask, thresholds.urgent)` with the level below urgent
   sets `ask`, and, when nothing gave a category yet, that score's category (suicide or
   danger from someone else: what the band is about; the flow never asks a person in
   danger from someone else whether they are thinking about ending their life).
   Everything is read in its `canonical` form (case, apostrophes, emoji and laughter
   markers do not count).
3. Context: the rules also read the joined conversation, and a farewell after earlier
   messages at risk is urgent (`FAREWELL`), whatever came between: also after an urgent
   message whose direct question was answered "no". The classifier reads the conversation
   only when some message of it gave a sign alone (a level or the ask band): with the heads
   of parts A-L, benign coaching talk joined ("my shoulder has a niggle" / "what does my hrv
   number mean") scored urgent. The conversation's level counts only when it is higher
   than the message's own and than every earlier message's own (as each was screened when
   it came; remembered by hash, `SEEN`), and it gives a level, never the
   ask band. So context raises a message when together they say more ("thanks for
   everything, goodbye" after low messages); after an urgent message (which had its
   crisis reply), "what's today's session?" is read as itself, and a "no" to the direct
   question can take the person back to coaching. A message that is plainly an answer
   to the direct question ("no", "I'm fine", `answers.read_answer`) is read on its own
   words only.
   A bot command ("/checkin", "/set wake 07:00") is not free text: the classifier does
   not read it.
4. `specifics`: with URGENT or `ask`, the means, plan or time the message or its context
   names (`specifics.py`). The classifier's ask band with a way to die or a preparation
   named (`specifics.STEPS`: the C-SSRS stages after thoughts, in words that are not
   everyday coaching talk) is URGENT (`BAND_STEPS`), except about eating; a calm farewell
   alone stays a question.
Pure: no clock, no I/O; the text is never kept.
"""

from __future__ import annotations

import hashlib
import re
import threading
from collections import OrderedDict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace

from core.safety.answers import read_answer
from core.safety.canonical import canonical
from core.safety.farewell import says_farewell, thanks_and_goodbye
from core.safety.finding import CONTEXT_CHARS, Screens, bounded, with_screener
from core.safety.model import BAND_STEPS, CLASSIFIER, CLEAR, Category, Level, Screening
from core.safety.ratings_prefix import without_ratings
from core.safety.screen import screen as rules_screen
from core.safety.specifics import names_steps, specifics
from core.safety.windows import LONG_CHARS, to_read
from core.settings_parse import parse_country, parse_timezone

RULE_WINDOWS = 8  # windows of a long message the rules read
CLASSIFIER_WINDOWS = 2  # windows of a message up to LONG_CHARS the classifier reads
JOINED_CHARS = 600  # the end of "context . message" the classifier reads
SETTING_CHARS = 40  # a setting value is at most this long ...
SETTING_WORDS = 3  # ... and this many words
SEEN = 4_096  # recent messages whose own screening is remembered (by hash) for context


@dataclass(frozen=True, slots=True)
class Scores:
    """The classifier's view of one text: probabilities in [0, 1]."""

    urgent: float
    risk: float  # concern or urgent
    category: Category | None  # the most likely category, None when it cannot tell


Classify = Callable[[Sequence[str]], Sequence[Scores]]
"""`(texts) -> one Scores per text`, in order. May raise; the screen then uses the rules."""


@dataclass(frozen=True, slots=True)
class Thresholds:
    """Cut points on the classifier's scores (from cross-validation, see the manifest)."""

    urgent: float
    ask: float
    risk: float


SEPARATOR = "\n"  # between the messages of a conversation (a canonical message has none)


def joined(text: str, context: Sequence[str]) -> str:
    """The conversation the classifier reads: earlier messages, then this one, one a line."""
    return SEPARATOR.join([*bounded(context), text])[-JOINED_CHARS:]


class Screener:
    """Rules plus an optional classifier (see the module docstring). Thread-safe."""

    def __init__(
        self, classify: Classify | None = None, thresholds: Thresholds | None = None
    ) -> None:
        self._classify = classify if thresholds is not None else None
        self._thresholds = thresholds
        self._seen = _Seen()

    def screen(self, text: str, context: Sequence[str] = ()) -> Screening:
        """The level, category, ask band and specifics of `text` read with `context`."""
        # a plain answer, a command or a setting is read on its own words, and is no context
        own_words = not_free_text(text)  # also: the classifier does not read it
        plain = own_words or read_answer(text) is not None
        earlier = [] if plain else [canonical(message) for message in bounded(context)
                                    if read_answer(message) is None and not not_free_text(message)]
        parts = [canonical(part) for part in to_read(text, RULE_WINDOWS)]
        conversation = joined(canonical(text[-JOINED_CHARS:]), earlier) if earlier else None
        inputs = [] if own_words else self._inputs(text, parts)
        extra = [conversation] if conversation is not None and inputs else []
        scores = self._scores([*inputs, *extra])
        found = _raised(_highest([rules_screen(p) for p in parts]), scores[: len(inputs)],
                        self._thresholds)
        if len(text) <= CONTEXT_CHARS:
            self._seen.put(parts[0] if parts else "", found)
        if conversation is not None:
            alone = [self._alone(message) for message in earlier]
            # the classifier reads a conversation only when some message of it gave a sign
            # alone (a level or the ask band): benign coaching talk joined scored high
            hinted = found[1] or any(ask or one.level is not Level.NONE for one, ask in alone)
            together = _raised(rules_screen(conversation),
                               scores[len(inputs) :] if hinted else [], self._thresholds)
            before = max(one.level.rank for one, _ in alone)
            if together[0].level.rank > max(found[0].level.rank, before):  # it adds risk
                found = (together[0], False)  # a level, never the ask band, from context
            farewell = _farewell(text, [one for one, _ in alone])  # after risk, whatever
            if farewell.level.rank > found[0].level.rank:
                found = (farewell, False)
        best, ask = found
        if ask and best.category is not Category.EATING and names_steps([*parts, *earlier]):
            # the classifier's band with a way to die or a preparation named: urgent
            best, ask = Screening(Level.URGENT, _urgent_category(best.category), BAND_STEPS), False
        if best.level is Level.NONE and not ask and not plain and thanks_and_goodbye(text):
            ask = True  # a calm farewell alone: the caring question (`farewell.py`)
        named: frozenset[str] = frozenset()
        if best.level is Level.URGENT or ask:
            named = specifics([*parts, *earlier])
        return Screening(best.level, best.category, best.rule, ask, named)

    def _inputs(self, text: str, parts: list[str]) -> list[str]:
        """What the classifier reads of a free-text message (callers leave out commands and
        settings: `not_free_text`)."""
        if self._classify is None:
            return []
        if len(text) > LONG_CHARS:  # the rules read its windows; the model, the end
            return parts[-1:]
        words = without_ratings(text)
        return [canonical(p) for p in to_read(words, CLASSIFIER_WINDOWS, JOINED_CHARS)]

    def _scores(self, inputs: list[str]) -> list[Scores]:
        if self._classify is None or not inputs:
            return []
        try:
            return list(self._classify(inputs))
        except Exception:  # a failing model never stops the rules' answer
            return []

    def _alone(self, message: str) -> tuple[Screening, bool]:
        """An earlier (canonical) message screened alone: as it was when it came, if seen."""
        known = self._seen.get(message)
        if known is not None:
            return known
        inputs = [] if not_free_text(message) else self._inputs(message, [message])
        found = _raised(rules_screen(message), self._scores(inputs), self._thresholds)
        self._seen.put(message, found)
        return found


class _Seen:
    """What recent messages screened as on their own, by the SHA-256 of their canonical
    form (never the text): at most `SEEN` of them, least recently used dropped first."""

    def __init__(self) -> None:
        self._found: OrderedDict[bytes, tuple[Screening, bool]] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, message: str) -> tuple[Screening, bool] | None:
        key = hashlib.sha256(message.encode()).digest()
        with self._lock:
            found = self._found.get(key)
            if found is not None:
                self._found.move_to_end(key)
            return found

    def put(self, message: str, found: tuple[Screening, bool]) -> None:
        key = hashlib.sha256(message.encode()).digest()
        with self._lock:
            self._found[key] = found
            self._found.move_to_end(key)
            while len(self._found) > SEEN:
                self._found.popitem(last=False)


def model_input(text: str, context: Sequence[str] = ()) -> str:
    """What the classifier reads for a short message and its context (training uses this)."""
    earlier = [canonical(message) for message in bounded(context)]
    if earlier:
        return joined(canonical(text[-JOINED_CHARS:]), earlier)
    return canonical(without_ratings(text))


_COMMAND = re.compile(r"\s*/\w+(?:@\w+)?(?:\s+[\w:/.-]+){0,2}\s*")


def not_free_text(text: str) -> bool:
    """A bot command, or a bare time zone, city or country given as a setting
    ("Europe/Amsterdam", "BR", "Mexico City"): the coach's own vocabulary, which the
    classifier does not read and which is no context for other messages (a third attacker
    found the sign-up answers "America/Sao_Paulo" then "BR" read together as urgent)."""
    return is_command(text) or is_setting_value(text)


def is_setting_value(text: str) -> bool:
    """`text` is, on its own, a time zone, a place with one zone, or a country."""
    if len(text) > SETTING_CHARS or len(text.split()) > SETTING_WORDS:
        return False
    return isinstance(parse_country(text), str) or isinstance(parse_timezone(text), tuple)


def is_command(text: str) -> bool:
    """A bot command with at most two plain arguments ("/checkin", "/set wake 07:00"): not
    free text, so the classifier does not read it (the rules still do)."""
    return len(text) <= 80 and _COMMAND.fullmatch(text) is not None


def _highest(found: Sequence[Screening]) -> Screening:
    """The first screening with the highest level (CLEAR for none)."""
    best = CLEAR
    for one in found:
        if one.level.rank > best.level.rank:
            best = one
    return best


def _raised(
    best: Screening, scores: Sequence[Scores], limits: Thresholds | None
) -> tuple[Screening, bool]:
    """`best` raised by the classifier's scores, never lowered; and whether to ask."""
    if not scores or limits is None:
        return best, False
    top_urgent = max(scores, key=lambda s: s.urgent)
    top_risk = max(scores, key=lambda s: s.risk)
    if top_urgent.urgent >= limits.urgent and best.level is not Level.URGENT:
        # the rules' reading that someone else is doing harm outweighs the category head's
        # guess ("чоловік мене б'є" got the suicide question from the head's category)
        rules_abuse = best.category is Category.ABUSE_SAFEGUARDING
        category = best.category if rules_abuse else _urgent_category(top_urgent.category)
        return Screening(Level.URGENT, category, CLASSIFIER), False
    if top_risk.risk >= limits.risk and best.level is Level.NONE:
        category = top_risk.category or Category.DEPRESSION
        best = Screening(Level.CONCERN, category, CLASSIFIER)
    ask = best.level is not Level.URGENT and top_urgent.urgent >= limits.ask
    if ask and best.category is None:  # what the band is about
        best = replace(best, category=_urgent_category(top_urgent.category))
    return best, ask


def _urgent_category(category: Category | None) -> Category:
    """Urgent is suicide / self-harm or someone in danger; anything else reads as the former."""
    if category is Category.ABUSE_SAFEGUARDING:
        return category
    return Category.SUICIDE_SELF_HARM


def _farewell(text: str, earlier: Sequence[Screening]) -> Screening:
    """A farewell after earlier messages at risk (`earlier`: each as screened alone, the
    classifier included) is urgent, even when one of them was urgent already and its direct
    question was answered "no" (an attacker's "i want to die", "no", "ok. thanks for
    everything coach, goodbye" got the ask band's question only)."""
    if not (earlier and says_farewell(text)):
        return CLEAR
    if any(one.level is not Level.NONE for one in earlier):
        return Screening(Level.URGENT, Category.SUICIDE_SELF_HARM, "farewell-after-risk")
    return CLEAR


RULES_ONLY = Screener()
rules_only: Screens = with_screener(RULES_ONLY)
"""The rules-only screen as the Coach's `Screens` (tests, and the fallback)."""
