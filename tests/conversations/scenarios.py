"""Issue 11 as conversations: every example, written once, run through Coach.handle, the
`coach chat` process, Telegram (python-telegram-bot against the fake Bot API) and Slack (Bolt
against the fake Web API).

A scenario is steps a person takes: type text, tap a button (by its label, on the latest
message with buttons or on one remembered by name), or send a raw button value (a forged or
stale tap). Each step may say what the replies must and must not contain. Times are the
person's local wall-clock time (the people here keep the default zone, UTC).

The console has no buttons: a tap is typing its label there, and steps that tap an older
message or send a raw value are button-only (`Scenario.console` is False).
"""

from __future__ import annotations

from dataclasses import dataclass

from core.checkin_fields import Field
from core.coach import texts
from core.coach.answers import ANSWERS
from core.understanding import Topic

START = "2026-03-02T07:30"  # a Monday


@dataclass(frozen=True)
class Step:
    say: str = ""  # typed text
    tap: str = ""  # a button's label
    on: str = ""  # tap on the message remembered under this name (default: the latest)
    press: str = ""  # a raw button value; {token}: the latest question's token
    at: str = ""  # local time from this step on, ISO without offset
    mark: str = ""  # remember the latest message with buttons under this name, after the step
    expect: tuple[str, ...] = ()  # each must appear in the replies
    absent: tuple[str, ...] = ()  # none may appear in the replies

    @property
    def buttons_only(self) -> bool:
        return bool(self.on or self.press)


@dataclass(frozen=True)
class Scenario:
    name: str
    steps: tuple[Step, ...]
    onboard: bool = True  # consent, then Skip through the settings first

    @property
    def console(self) -> bool:
        return not any(step.buttons_only for step in self.steps)


def check(step: Step, number: int, said: str) -> None:
    """The replies to step `number` contain what it expects and nothing it must not."""
    for part in step.expect:
        assert part in said, f"step {number} {step}: {part!r} not in {said!r}"
    for part in step.absent:
        assert part not in said, f"step {number} {step}: {part!r} in {said!r}"


def say(text: str, *expect: str, absent: tuple[str, ...] = (), at: str = "",
        mark: str = "") -> Step:
    return Step(say=text, expect=expect, absent=absent, at=at, mark=mark)


def tap(label: str, *expect: str, on: str = "", absent: tuple[str, ...] = (), at: str = "",
        mark: str = "") -> Step:
    return Step(tap=label, on=on, expect=expect, absent=absent, at=at, mark=mark)


def press(value: str, *expect: str, absent: tuple[str, ...] = ()) -> Step:
    return Step(press=value, expect=expect, absent=absent)


SAVED = "Check-in saved for"
SLEEP, AROUSAL = texts.QUESTIONS[Field.SLEEP], texts.QUESTIONS[Field.AROUSAL]
RECOVERY, MOOD = texts.QUESTIONS[Field.RECOVERY], texts.QUESTIONS[Field.MOOD]
DELETED = "everything about you has been deleted"


def first_line(topic: Topic) -> str:
    """The start of the coach's answer on a topic (enough to recognise it)."""
    return ANSWERS[topic][:60]


SCENARIOS: tuple[Scenario, ...] = (
    # -- nothing answered is lost ------------------------------------------------------------
    Scenario("four answers by buttons store the check-in at once, no Skip needed", (
        say("/checkin", SLEEP, at=START),
        tap("6", AROUSAL), tap("7", RECOVERY), tap("5", MOOD),
        tap("8", f"{SAVED} Monday 2 March.", "After the session (required)",
            texts.EXTRAS_QUESTION),
        say("/export", "1 check-in,"),
    )),
    Scenario("a one-line check-in is stored; a lone number to the extras is read by what was "
             "asked", (
        say("6 7 5 8", f"{SAVED} Monday 2 March.", texts.EXTRAS_QUESTION, at=START),
        say("54", "Added to today's check-in: resting heart rate 54 bpm."),
        say("6 7 5 8", f"{SAVED} Tuesday 3 March.", at="2026-03-03T07:30"),
        say("250", "rhr 54", texts.EXTRAS_QUESTION, absent=("Added",)),
        say("7", "Added to today's check-in: RPE 7."),
        say("/checkin", texts.REPLACE_QUESTION),
        tap("No", texts.REPLACE_KEPT),
        say("/export", "2 check-ins"),
    )),
    Scenario("a draft belongs to its local date: a new day starts clean, and what was "
             "answered the day before is kept for that day and said so", (
        say("/checkin", SLEEP, at="2026-03-02T22:50"),
        tap("3", AROUSAL),
        say("7", "Your check-in for Monday 2 March wasn't finished, so I saved the answers "
            "you gave for that day: sleep 3.", "That check-in question has lapsed",
            at="2026-03-03T07:30", absent=(SAVED, AROUSAL)),
        say("/checkin", SLEEP, absent=("wasn't finished",)),
        say("6 7 5 8", f"{SAVED} Tuesday 3 March."),
        say("/export", "2 check-ins"),
    )),
    # -- nothing happens that was not asked for ----------------------------------------------
    Scenario("an old 'replace?' Yes tapped after /delete deletes nothing", (
        say("6 7 5 8", SAVED, at=START),
        say("/checkin", texts.REPLACE_QUESTION, mark="replace"),
        say("/delete", texts.DELETE_QUESTION),
        tap("Yes", texts.STALE_BUTTON, texts.DELETE_QUESTION, on="replace", absent=(DELETED,)),
        tap("No", texts.DELETE_CANCELLED),
        say("/export", "1 check-in,"),
    )),
    Scenario("a /delete confirmation is valid for a few minutes only", (
        say("/delete", texts.DELETE_QUESTION, at=START, mark="delete"),
        tap("Yes, delete everything", texts.STALE_BUTTON, on="delete",
            at="2026-03-02T07:36", absent=(DELETED,)),
        say("yes", texts.NOTHING_PENDING, absent=(DELETED,)),
        say("/today", "After the session (required)"),
        say("/delete", texts.DELETE_QUESTION, at="2026-03-02T07:40"),
        tap("Yes, delete everything", DELETED),
    )),
    Scenario("typed, the /delete confirmation lapses too", (
        say("/delete", texts.DELETE_QUESTION, at=START),
        say("yes", texts.NOTHING_PENDING, at="2026-03-02T07:36", absent=(DELETED,)),
        say("/delete", texts.DELETE_QUESTION),
        say("yes", DELETED),
        say("hello", texts.INTRO),  # gone: the next message is a first contact again
    )),
    Scenario("a tap on an expired check-in question changes nothing", (
        say("/checkin", SLEEP, at=START, mark="monday"),
        tap("2", texts.STALE_BUTTON, on="monday", at="2026-03-03T07:30", absent=(AROUSAL,)),
        say("/export", "0 check-ins"),
    )),
    Scenario("forged and non-ASCII button values are refused, not stored", (
        say("/checkin", SLEEP, at=START),
        press("ci:sleep:99999", texts.STALE_BUTTON, SLEEP),
        press("checkin:sleep|zzzzzzzz|7", texts.STALE_BUTTON),
        press("checkin:sleep|{token}|99999", texts.BAD_BUTTON, SLEEP),  # its own token
        press("checkin:sleep|{token}|\u0667", texts.STALE_BUTTON),  # an Arabic-Indic 7
        press("yes", texts.STALE_BUTTON),
        say("/export", "0 check-ins"),
    )),
    Scenario("a first 'yes' or 'ok' is not consent; 'ok' after 'no' is not either", (
        say("yes", texts.INTRO, texts.CONSENT_QUESTION, at=START, absent=(texts.CONSENT_GIVEN,)),
        say("no", texts.CONSENT_DECLINED),
        say("ok", texts.INTRO, absent=(texts.CONSENT_GIVEN,)),
        say("ok", texts.CONSENT_GIVEN),  # now the question had been asked: ok is a yes
    ), onboard=False),
    Scenario("/help before consent is help, not the intro again", (
        say("/help", "Here's what I understand", "Nothing is stored until you agree",
            at=START, absent=(texts.INTRO,)),
        say("/start", texts.INTRO, texts.CONSENT_QUESTION),
        tap("Yes", texts.CONSENT_GIVEN),
    ), onboard=False),
    Scenario("a consent question that lapsed is asked again, not answered", (
        say("/start", texts.CONSENT_QUESTION, at=START, mark="consent"),
        tap("Yes", texts.CONSENT_EXPIRED, texts.CONSENT_QUESTION, on="consent",
            at="2026-03-03T08:00", absent=(texts.CONSENT_GIVEN,)),
        tap("Yes", texts.CONSENT_GIVEN),
    ), onboard=False),
    # -- everyday words are understood -------------------------------------------------------
    Scenario("tomorrow and weekday questions get that day's session", (
        say("what should I do tomorrow?", "Tue 3 Mar", at=START, absent=("Mon 2 Mar",)),
        say("what do I do tomorrow", "Tue 3 Mar"),
        say("tomorrow?", "Tue 3 Mar"),
        say("what about Saturday?", "Sat 7 Mar"),
        say("what's today's session?", "Mon 2 Mar"),
    )),
    Scenario("messy check-ins are read, or precisely asked about", (
        say("/checkin", SLEEP, at=START),
        say("slept badly, 4", AROUSAL),
        say("/checkin", texts.CONTINUE, AROUSAL),
        say("sleep 5 mood 3 energy 6", "\u201cenergy\u201d", "kept sleep 5, mood 3", AROUSAL),
        say("7/10 for everything", f"{SAVED} Monday 2 March."),
        say("6 7 5 8 but my knee hurts", f"{SAVED} Tuesday 3 March.", "physiotherapist",
            at="2026-03-03T07:30"),
        say("/export", "2 check-ins"),
    )),
    Scenario("a pending check-in question does not swallow other messages", (
        say("/checkin", SLEEP, at=START),
        say("can I skip today?", first_line(Topic.SKIP), SLEEP),
        say("what's a deload?", first_line(Topic.DELOAD), SLEEP),
        say("my knee hurts", first_line(Topic.PAIN), "physiotherapist", SLEEP),
        say("I'm sick with flu, should I train?", first_line(Topic.ILL), SLEEP),
        tap("6", AROUSAL),
        say("what's RPE?", first_line(Topic.RPE), AROUSAL),
        tap("7", RECOVERY),
    )),
    Scenario("the questions people ask a coach are answered from the programme", (
        say("what does est. 1RM mean?", first_line(Topic.ONE_RM), at=START),
        say("what is zone 2", first_line(Topic.ZONE2)),
        say("can I swap today's session with tomorrow's?", first_line(Topic.SWAP)),
        say("I'm travelling to Tokyo next week", first_line(Topic.TRAVEL)),
        say("is coffee before training ok?", first_line(Topic.CAFFEINE)),
        say("had a few beers last night", first_line(Topic.ALCOHOL)),
        say("I missed yesterday", first_line(Topic.MISSED)),
        say("my shoulder has a niggle", "isn't medical advice", "physiotherapist"),
        say("what does my hrv number mean", first_line(Topic.HRV)),
    )),
    Scenario("stop ends a check-in after a confirmation; no carries on", (
        say("/checkin", SLEEP, at=START),
        tap("6", AROUSAL),
        say("cancel", texts.CANCEL_QUESTION),
        tap("No, carry on", AROUSAL),
        say("stop", texts.CANCEL_QUESTION),
        tap("Yes, stop", texts.CANCELLED),
        say("/export", "0 check-ins"),
    )),
    Scenario("GMT and EST are not places: which city?", (
        say("/start", texts.CONSENT_QUESTION, at=START),
        tap("Yes", texts.ONBOARDING_QUESTIONS["timezone"]),
        say("GMT", "fixed offset", "London", "Reykjavik"),
        tap("London", texts.ONBOARDING_QUESTIONS["country"]),
        tap("Skip"), tap("Skip"), tap("Skip"), tap("Skip"),
        say("9 to 5:30", texts.ONBOARDING_QUESTIONS["mass"]),
        tap("Skip", texts.ONBOARDING_DONE),
        say("/set", "Europe/London", "work 09:00-17:30"),
        say("/set timezone EST", "New York", "Toronto"),
        tap("Toronto", "America/Toronto"),
    ), onboard=False),
    Scenario("US lists only US zones; /set work 9-5 is 09:00-17:00", (
        say("/set timezone US", "New York", "Los Angeles", "Honolulu", at=START,
            absent=("Sydney", "Toronto")),
        tap("Los Angeles", "America/Los_Angeles"),
        say("/set work 9-5", "work 09:00-17:00"),
    )),
)
