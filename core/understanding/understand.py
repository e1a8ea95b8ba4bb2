"""`understand(text, context)`: what a message is, given what the coach had just asked.

The order of the readings is the whole policy:
1. a slash command, or a whole-message command in words ("stop", "skip this", "pause for 3
   days"); a sign-up answer (the setting asked, in words) right after "skip";
2. a setting changed in words ("set my timezone to Europe/Berlin");
3. ratings, with any coaching topic raised beside them as a `note` ("6 7 5 8 but my knee
   hurts"); a message put as a question about a topic is that question instead ("is 10 good
   for arousal?", "what's an RPE of 8?"); at a 0-10 question, the question's own end words
   alone ("terrible" for sleep: 0), and "which number?" for another describing word
   (core.understanding.anchors);
4. a coaching question by topic ("can I skip today?", "my knee hurts");
5. a request for a day's session ("tomorrow?", "what about Saturday?");
6. otherwise unknown.
A pending question therefore never swallows another kind of message: the caller answers it
as itself and asks its question again.
"""

from __future__ import annotations

import re
from dataclasses import replace

from core.checkin_fields import CORE_FIELDS, Field
from core.understanding.anchors import anchored
from core.understanding.commands import command_in_words, pause_days
from core.understanding.days import session_request
from core.understanding.model import (
    Command,
    Name,
    Question,
    Ratings,
    RatingsProblem,
    Session,
    Setting,
    Topic,
    Understanding,
    Unknown,
)
from core.understanding.ratings import read_ratings
from core.understanding.settings import SETTING_NAMES, setting_in_words, setting_value
from core.understanding.topics import topics_of
from core.understanding.words import QUESTION_WORDS, asks, canonical

CONTEXTS = (
    "idle", "checkin", "checkin:sleep", "checkin:arousal", "checkin:recovery", "checkin:mood",
    "extras", "onboarding:timezone", "onboarding:country", "onboarding:programme",
    "onboarding:wake", "onboarding:bed", "onboarding:work",
)  # fmt: skip
_SLASH_SESSIONS = {"/today": "today", "/tomorrow": "tomorrow", "/week": "week"}
_SLASH_COMMANDS = {f"/{name.value}": name for name in Name}
_SLASH_COMMANDS["/start"] = Name.GREETING
_LABEL_TOPICS = (Topic.RPE, Topic.HRV)
_RATED = ("idle", "checkin", "extras")
_CORE_STEPS = frozenset(f.value for f in CORE_FIELDS)
_NUMBERS_ONLY = re.compile(r"[0-9\s.,/;-]+")
_ASKS_ABOUT = re.compile(r"\b(is (that|this|it)|what does|mean|normal|good|bad|too (high|low))\b")


def understand(text: str, context: str = "idle") -> Understanding:
    """What `text` is, answering the question of `context` (one of CONTEXTS; anything else
    reads as "idle"). Pure and total: never raises."""
    raw = text.strip()
    if not raw:
        return Unknown()
    if raw.startswith("/"):
        return _slash(raw)
    if raw.strip(" ?") == "" and "?" in raw:
        return Command(Name.HELP)
    kind, _, step = context.partition(":")
    if kind in _RATED and _NUMBERS_ONLY.fullmatch(raw):  # "6 7 5 8", "7": the common case
        ratings = read_ratings(raw, context if kind != "idle" else "idle")
        if ratings is not None:
            return ratings
    words = canonical(raw)
    command = command_in_words(words, raw)
    if kind == "onboarding" and (command is None or command.name is not Name.SKIP):
        answer = setting_value(step, raw)
        if isinstance(answer, Setting):
            return answer
    if command is not None:
        return command
    setting = setting_in_words(raw)
    if setting is not None:
        return setting
    topics = topics_of(words)
    if kind in _RATED:
        ratings = read_ratings(raw, context if kind != "idle" else "idle")
        if ratings is not None:
            return _with_topics(ratings, topics, words, raw)
    if kind == "checkin" and step in _CORE_STEPS:  # "terrible" at the sleep question
        said = anchored(raw, Field(step))
        if said is not None:
            return said
    if topics:
        return Question(topics[0])
    return session_request(words) or Unknown()


def _with_topics(
    ratings: Ratings | RatingsProblem, topics: list[Topic], words: str, text: str
) -> Understanding:
    """Ratings with the topic raised beside them as a note; a question first ("is 10 good
    for arousal?") is that question. "rpe 7" and "hrv 62" name a topic only as labels, so
    those become a note only when asked about ("hrv 35, is that low?")."""
    if not topics:
        return ratings
    if words.partition(" ")[0] in QUESTION_WORDS:
        return Question(topics[0])
    if isinstance(ratings, RatingsProblem):
        return ratings
    note = next((t for t in topics if t not in _LABEL_TOPICS), None)
    if note is None and (asks(text) or _ASKS_ABOUT.search(words)):
        note = topics[0]
    return replace(ratings, note=note)


def _slash(raw: str) -> Understanding:
    word, _, args = raw.partition(" ")
    command = word.split("@", 1)[0].casefold()
    if command in _SLASH_SESSIONS:
        return Session(_SLASH_SESSIONS[command])
    if command == "/set":
        name, _, value = args.strip().partition(" ")
        step = SETTING_NAMES.get(name.casefold())
        answer = setting_value(step, value) if step and value.strip() else None
        return answer if isinstance(answer, Setting) else Unknown()
    if command == "/pause":
        return Command(Name.PAUSE, pause_days(canonical(args)) if args.strip() else None)
    named = _SLASH_COMMANDS.get(command)
    return Unknown() if named is None else Command(named)
