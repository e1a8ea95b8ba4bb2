"""The coach's side of safety: what to say when the screen finds a possible crisis.

Asks directly, as crisis counsellors do (C-SSRS screener):
- urgent: the crisis text first (the country's numbers), then "Are you thinking about
  ending your life?" with Yes / No buttons bound to that question (`safety:life|<token>|…`);
  danger from another person or a child harmed (`abuse_safeguarding`): the crisis text,
  then in the same message the country's domestic-abuse and child helplines where the table
  has them (`flow_texts.crisis_abuse`), never the question about ending one's life, but
  "Are you safe right now?" (`safety:danger|…`): until it is answered "yes" the crisis text
  with those lines stays in front, and "no" or "not sure" gets them again with the question;
  harm by someone else said beside suicidal thoughts: the crisis text with those lines, then
  the direct question (`safety:harm|…`); what follows keeps the lines, and its "Are you
  safe right now?" is the one for danger from someone else (`danger`), whose "No, or not
  sure" gets the plan for that danger;
- the band just below the urgent threshold: the same question, warmly, with no helpline text
  (`safety:band|…`); but when the band is about danger from someone else, the reply for
  urgent danger from someone else above (the most protective reply that is no question
  about ending one's life);
- "yes" (or anything unsure): the crisis text again, first, then the safety plan steps, then
  "Are you safe right now?" (`safety:safe|…`): until that is answered "yes", the crisis text
  stays in front (below), so the next message never drops the person back into training;
- "no" or "I meant the workout": back to coaching, and the open conversation question (a
  check-in, say) is asked again. But a single "no" never clears a message that named means,
  a plan or a time: the crisis text stays, with a gentler follow-up, "Are you safe right
  now?" (`safety:safe|…`), whose "yes" clears it;
- within `TAKE_BACK` of that "no" (kept in the database, `declined_at`), a yes or unsure
  that takes it back ("actually yes", "not really sure tbh") gets the crisis reply as if the
  question were open, and another message at risk gets the question again (`_taken_back`);
  likewise within `TAKE_BACK` of "Yes, I'm safe", a message that takes it back ("no wait,
  not really", "i'm not safe"; a bare "no" only when no coaching question is open) gets the
  reply to "No, or not sure"; to the open "Are you safe right now?", "i'm not ok" is that
  answer too (`safe_answers.says_not_safe`);
- concern: the concern text first (in the same language), then the normal reply.
- someone else at risk ("my friend is talking about killing himself",
  `core.safety.someone_else`), the writer not found at risk themselves: the crisis text
  ("If you or anyone else is in danger right now, call ..."), no question about their own
  life, and no coaching reply beside it; also when the screen read it as urgent or in the
  ask band (the friend's risk), in a group too. The writer's own crisis flow runs only when
  they say it of themselves ("... and honestly so do i", `says_writer_too`) or the rules
  read it in the words about them (`_urgent_for_the_writer`; never the classifier alone,
  `Finding.by_classifier`).
- a possible medical emergency (chest pain, collapse, "can't breathe, I think I'm dying":
  `core.safety.emergency`, read beside the screen, not a category): a fixed text, stop and
  call the country's emergency number now, goes before everything else the flow or the
  coach says (`emergency`); the coach's "didn't catch that" and topic answers are left out,
  and so is the panic advice the same words may bring (it would call chest pain panic).
- a message that is no answer while the question is open never weakens the reply: within
  `CRISIS_IN_FRONT` of a crisis question, free text gets the crisis text again and the
  question, and coaching waits; a check-in or sign-up under way, or a command, goes on.
  Within that hour a command that shows or starts training ("/today", "/week",
  "/checkin") waits like free text; another command ("/help", "/set", "/delete") goes on,
  after the crisis text. A tap on the button of the coach question open now
  (`pending.tapped`: its prefix and token) goes on to that question, never read as a safety
  answer: a command's question (/join's, /set's) after the crisis text, a check-in, sign-up
  or /delete step as its typed answer does; an older or forged tap is refused, and said so.
  Otherwise the open question comes first, then the usual reply, so the check-in question
  a rating answers is always the last one shown (a third attacker typed ratings under the
  safety question and read them as stored under the wrong marker); but when the answer
  ends the check-in or sign-up, the open question comes last, after the session, so the
  last message the person reads is still it (`Outcome.again`, placed by the Coach).
In a group the safety replies go to the person's private chat. The pending conversation is
never touched, so nothing is lost mid check-in. The open safety question is kept in the
database (`Tx.safety_question`, a day at most), so a typed "yes" after a restart or on
another replica answers it, before any other open question (a /delete confirmation,
consent): safety comes first. Texts: `core.safety.flow_texts`, in the
person's language where a reviewed translation exists (`core.safety.languages`).

`prescreen` runs before the database transaction opens (the screen may be slow); `respond`
runs inside it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from core.coach import deletion, pending
from core.coach.checkin_flow import PREFIX as CHECKIN_PREFIX
from core.coach.onboarding import CONSENT
from core.coach.onboarding import PREFIX as ONBOARDING_PREFIX
from core.coach.prompts import REVIEW_PREFIX
from core.coach.questions import read_press
from core.coach.safety_memory import SafetyMemory
from core.coach.safety_talk import (
    DETECT_CHARS,
    KINDS,
    PREFIX,
    SAFE_CHECKS,
    WITH_LINES,
    Outcome,
    Prescreen,
    Talk,
)
from core.coach.texts import STALE_BUTTON
from core.coach.turn import say
from core.messages import Inbound, Reply
from core.people import Person
from core.safety.answers import Answer, read_answer, takes_back
from core.safety.emergency import is_medical_emergency
from core.safety.emergency_texts import emergency_text
from core.safety.farewell import says_farewell
from core.safety.finding import NOTHING, Finding, Screens
from core.safety.model import Category, Level
from core.safety.safe_answers import Taken, read_safe_check, takes_back_safe
from core.safety.screen import names_harm_by_someone
from core.safety.screen import screen as rules_screen
from core.safety.screener import is_command
from core.safety.someone_else import (
    WRITER_TOO,
    about_the_writer,
    says_someone_else_at_risk,
    says_writer_too,
)
from core.safety.texts import concern_text
from core.store import SafetyQuestion, Tx
from core.understanding.model import Question, Session
from core.understanding.understand import understand

LanguageDetector = Callable[[str], str | None]
"""The language of a text (ISO 639-1) when confidently one the project has texts for."""

LOW_MOOD = 2  # a check-in mood (0-10, 10 best) at or below this is a low-day signal ...
LOW_DAYS = 2  # ... on this many local days: today or yesterday (attack 7: a goodbye the
# morning after days of mood 1/10, before that day's check-in, got nothing)
CRISIS_IN_FRONT = timedelta(hours=1)  # an unanswered crisis question keeps its text first
TAKE_BACK = timedelta(hours=1)  # a "no" to the direct question can be taken back this long


def no_detection(text: str) -> str | None:
    """A `LanguageDetector` that never detects (tests, and a start without the detector)."""
    return None


class SafetyFlow:
    """The coach-side safety flow (see the module docstring)."""

    def __init__(self, screens: Screens, detect: LanguageDetector, memory: SafetyMemory) -> None:
        self._screens = screens
        self._detect = detect
        self.memory = memory

    def prescreen(self, inbound: Inbound) -> Prescreen:
        """Screen the message with the person's recent messages; no database access."""
        key = (inbound.platform.value, inbound.user_id)
        text = inbound.text if inbound.choice is None else ""
        if not text.strip():
            return Prescreen(key, NOTHING, None)
        finding = self._screens(text, self.memory.context(key, inbound.at))
        urgent_care = is_medical_emergency(text)
        other = says_someone_else_at_risk(text)
        if other and says_writer_too(text):  # "... and honestly so do i": the writer's own
            other = False
            if finding.level is not Level.URGENT:
                finding = Finding(Level.URGENT, Category.SUICIDE_SELF_HARM,
                                  specifics=finding.specifics, rule=WRITER_TOO)
        elif other and _urgent_for_the_writer(text, finding):
            other = False
        wanted = (finding.level is not Level.NONE or finding.ask or says_farewell(text)
                  or urgent_care or other)
        detected = self._detect(text[:DETECT_CHARS]) if wanted else None
        return Prescreen(key, finding, detected, urgent_care, other)

    def respond(self, tx: Tx, inbound: Inbound, person: Person | None, pre: Prescreen) -> Outcome:
        """The safety replies for this message; a possible medical emergency's text first,
        and then never the panic advice (it would call chest pain panic: an eighth attacker's
        "crushing chest pain right now" got "Panic that keeps coming back is very
        treatable" after the emergency text), though the event is recorded. Nor the question
        about ending one's life when only the classifier read the message as urgent (a
        twelfth attacker's "crushing chest pain and my left arm is numb" got the emergency
        text, then the crisis text and that question): no rule read a wish to die in it."""
        if not pre.emergency:
            return self._respond(tx, inbound, person, pre)
        talk = Talk(tx, pre, person, inbound)
        panic = (pre.finding.level, pre.finding.category) == (Level.CONCERN, Category.PANIC)
        body_only = pre.finding.level is Level.URGENT and pre.finding.by_classifier
        if panic or body_only:
            talk.record(pre.finding.level, pre.finding.category)
            pre = replace(pre, finding=NOTHING)
        outcome = self._respond(tx, inbound, person, pre)
        stop = talk.private(say(emergency_text(talk.line, talk.language)))
        return replace(outcome, first=[stop, *outcome.first], drop_unknown=True, advised=True,
                       emergency=True)

    def _respond(self, tx: Tx, inbound: Inbound, person: Person | None, pre: Prescreen) -> Outcome:
        """The safety replies for this message (see the module docstring)."""
        at = inbound.at
        open_q, last = tx.safety_question(inbound.platform, inbound.user_id, at)
        if inbound.choice is None:
            self.memory.remember(pre.key, inbound.text, at)
        elif inbound.choice.startswith(f"{PREFIX}:"):
            return self._pressed(tx, inbound.choice, pre, person, (open_q, last), inbound)
        # about someone else at risk (not the writer, `prescreen`): what the screen read is
        # their risk, so no question about the writer's own life (urgent or the ask band)
        screened = NOTHING if pre.someone_else else pre.finding
        finding = self._with_low_day(tx, inbound, person, screened)
        talk = Talk(tx, pre, person, inbound, last_token=last)
        answer = _read(inbound.text, open_q) if open_q and inbound.private else None
        coach_yes = (open_q is not None and answer in (Answer.YES, Answer.FINE)
                     and open_q.kind in SAFE_CHECKS and _coach_asks_too(tx, inbound, person))
        if coach_yes:  # "yes" to consent or to /delete is never "I'm safe"
            answer = None
        if open_q is not None and answer is not None and _says_at_risk(open_q.kind, answer):
            return Talk(tx, pre, person, inbound, open_q, last).answer(open_q, answer)
        declined = _declined(tx, inbound, finding) if open_q is None else None
        if declined is not None and declined.kind in SAFE_CHECKS:  # "Yes, I'm safe" taken back
            taken_back = self._taken_back(tx, inbound, person, pre, finding, (declined, last))
            if taken_back is not None:
                return taken_back
        if declined is not None and read_answer(inbound.text) in (Answer.YES, Answer.UNSURE):
            # the "no" taken back, before what the screen finds in the same words: the
            # classifier read "a w sumie to tak" (G14) as urgent, and the question came again
            taken_back = self._taken_back(tx, inbound, person, pre, finding, (declined, last))
            if taken_back is not None:
                return taken_back
        if finding.level is Level.URGENT:
            talk.record(Level.URGENT, finding.category)
            if finding.category is Category.ABUSE_SAFEGUARDING:  # danger from someone else:
                return talk.crisis_abuse_and_ask()  # not "ending your life?"
            # and suicide: harm by someone else said with it, or the danger check open, keeps
            # the lines, and a "no" never clears it
            harmed = names_harm_by_someone(inbound.text) or bool(
                open_q and open_q.kind in WITH_LINES)
            named = finding.specifics or bool(open_q and open_q.specifics) or harmed
            return talk.crisis_and_ask(named, lines=harmed)
        if open_q is not None and answer is not None:
            return Talk(tx, pre, person, inbound, open_q, last).answer(open_q, answer)
        if declined is not None and declined.kind not in SAFE_CHECKS:  # within the hour of a "no"
            taken_back = self._taken_back(tx, inbound, person, pre, finding, (declined, last))
            if taken_back is not None:
                return taken_back
        read = pre.finding.level is not Level.NONE or pre.finding.ask  # in a group too
        if pre.someone_else and (inbound.private or read):  # (the writer's own risk: above)
            talk.record(Level.CONCERN, Category.SUICIDE_SELF_HARM)  # someone else at risk:
            return Outcome([talk.crisis()], route=False)  # the numbers, no question of theirs
        if finding.ask and finding.category is Category.ABUSE_SAFEGUARDING:
            talk.record(Level.CONCERN, finding.category)  # as screened; answered as urgent
            return talk.crisis_abuse_and_ask()  # never "ending your life?" (docs/safety.md)
        if finding.ask and not _answering_the_review(tx, person, at):
            talk.record(Level.CONCERN, finding.category)
            return talk.ask_band(finding.specifics)
        reminder = []
        if open_q is not None and inbound.private:
            asking = Talk(tx, pre, person, inbound, open_q)
            reminder = asking.reminder(open_q)
            tapped = pending.tapped(tx, inbound, person)  # a tap on the coach's open question
            goes_on = not _shows_training(inbound.text) and (  # /today waits like free text
                is_command(inbound.text) or coach_yes or tapped is not None
                or (_answering_the_coach(tx, person, at) and not _asks(inbound.text)))
            if _in_front(open_q, at) and not goes_on:  # free text, no answer:
                return Outcome([asking.crisis(), *_refused(inbound), *reminder],
                               route=False)  # the crisis text again
            if _in_front(open_q, at) and (is_command(inbound.text) or _asked_by_a_command(
                    tapped)):  # /help, or a tap on /join's or /set's question, goes on,
                # but after the crisis text (a ninth attacker: "/today" after "yes" to a
                # plan got the session under only "Before we go on")
                return Outcome([asking.crisis()], drop_unknown=True, again=reminder)
        if finding.level is Level.CONCERN and finding.category is not None:
            talk.record(Level.CONCERN, finding.category)
            advice = talk.private(say(concern_text(finding.category, talk.country, talk.language)))
            return Outcome([advice], drop_unknown=True, advised=True, again=reminder)
        return Outcome(drop_unknown=bool(reminder), again=reminder)  # the open question first

    def _pressed(
        self, tx: Tx, value: str, pre: Prescreen, person: Person | None,
        stored: tuple[SafetyQuestion | None, str | None], inbound: Inbound,
    ) -> Outcome:
        """A tapped safety button: answers its own open question; a stale "yes" (or "not
        safe") is never refused, a stale "no" gets the line kept in reach. `stored`: the
        open question and the last question's token, as read once this turn."""
        open_q, last = stored
        press = read_press(value)
        talk = Talk(tx, pre, person, inbound, open_q, last)
        kind = press.pending.partition(":")[2] if press is not None else ""
        if press is None or kind not in KINDS or press.answer not in ("yes", "no"):
            # unreadable or forged: no answer is assumed; the open question, if any, again
            return Outcome([say(STALE_BUTTON), *talk.reminder(open_q)], route=False)
        answer = press.answer
        answer_read = Answer.YES if answer == "yes" else Answer.NO
        if open_q is not None and (open_q.kind, open_q.token) == (kind, press.token):
            return replace(talk.answer(open_q, answer_read), taken=True)
        at_risk = (answer == "no") if kind in SAFE_CHECKS else (answer == "yes")
        if at_risk:
            return replace(talk.at_risk(kind), taken=True)  # a stale "yes" is never refused
        if open_q is not None and _in_front(open_q, inbound.at):  # a crisis question is open:
            return Outcome([talk.crisis(), *talk.reminder(open_q)], route=False)  # no "glad"
        return Outcome([talk.back(), *talk.reminder(open_q)], route=False)

    def _taken_back(
        self, tx: Tx, inbound: Inbound, person: Person | None, pre: Prescreen,
        finding: Finding, asked: tuple[SafetyQuestion, str | None],
    ) -> Outcome | None:
        """After a "no" to the direct question: a yes or unsure that takes it back gets the
        crisis reply, as when the question was open; another message at risk gets the
        question again (with the crisis text after the crisis text, alone after the band's
        question). After "Yes, I'm safe": a message that takes it back ("no wait, not
        really", "i'm not safe"; a bare "no" only when no coaching question is open) gets
        the reply to "No, or not sure". Anything else (None) goes on as usual."""
        declined, last = asked
        talk = Talk(tx, pre, person, inbound, declined, last)
        words_free = _coach_waits_for_nothing(tx, person, inbound.at)  # a "yes" is not theirs
        if declined.kind in SAFE_CHECKS:
            taken = takes_back_safe(inbound.text)
            if taken is Taken.PLAINLY or (taken is Taken.BARE and words_free):
                return talk.at_risk(declined.kind)
            return None  # a message at risk gets the screen's usual reply
        at_risk = finding.level is not Level.NONE or finding.ask
        said = read_answer(inbound.text)
        if (words_free and takes_back(inbound.text) is not None) or (
            at_risk and said in (Answer.YES, Answer.UNSURE)
        ):
            talk.record(Level.URGENT, Category.SUICIDE_SELF_HARM)
            return talk.crisis_and_plan()
        if not at_risk:
            return None
        talk.record(finding.level if finding.level is not Level.NONE else Level.CONCERN,
                    finding.category)
        if declined.kind == "band":
            return talk.ask_band(declined.specifics or finding.specifics)
        return talk.crisis_and_ask(declined.specifics or finding.specifics)

    def _with_low_day(
        self, tx: Tx, inbound: Inbound, person: Person | None, finding: Finding
    ) -> Finding:
        """A farewell on a day of very low check-in ratings, or the day after one, is read
        as urgent (`LOW_DAYS`)."""
        if finding.level is Level.URGENT or person is None or not says_farewell(inbound.text):
            return finding
        today = inbound.at.astimezone(ZoneInfo(person.timezone)).date()
        first = today - timedelta(days=LOW_DAYS - 1)
        moods = [e.checkin.mood for e in tx.history(person.id, first, today)]
        if any(mood is not None and mood <= LOW_MOOD for mood in moods):
            return Finding(Level.URGENT, Category.SUICIDE_SELF_HARM, specifics=finding.specifics)
        return finding


def _urgent_for_the_writer(text: str, finding: Finding) -> bool:
    """An urgent reading of a message about someone else at risk is the writer's own only when
    the rules made it from the words about the writer (`someone_else.about_the_writer`): "my
    friend took a whole bottle of pills" names a method, but not theirs; "... and i want to
    die too" is theirs. The classifier's urgent reading alone (`Finding.by_classifier`) reads
    the friend's words, never the writer's."""
    if finding.level is not Level.URGENT or finding.by_classifier:
        return False
    return rules_screen(about_the_writer(text)).level is Level.URGENT


def _read(text: str, asked: SafetyQuestion) -> Answer | None:
    """The typed answer to the open question (`safe_answers.read_safe_check` for "Are you
    safe right now?")."""
    return read_safe_check(text) if asked.kind in SAFE_CHECKS else read_answer(text)


def _says_at_risk(kind: str, answer: Answer) -> bool:
    """The answer says the person is at risk: anything but "I'm safe" to "Are you safe right
    now?", a yes or unsure to the direct question. Its reply (the crisis text, the plan)
    comes before the reply to what the screen found in the same words ("i'm not safe")."""
    if kind in SAFE_CHECKS:
        return answer not in (Answer.YES, Answer.FINE, Answer.WORKOUT)
    return answer in (Answer.YES, Answer.UNSURE)


def _declined(tx: Tx, inbound: Inbound, finding: Finding) -> SafetyQuestion | None:
    """The question answered "no" to the direct question or "Yes, I'm safe" within
    `TAKE_BACK` in a private chat; not the direct question when the message is about
    danger from someone else (never answered with that question)."""
    if not inbound.private:
        return None
    declined = tx.declined_safety_question(inbound.platform, inbound.user_id)
    if declined is None or declined.declined_at is None:
        return None
    if declined.kind not in SAFE_CHECKS and finding.category is Category.ABUSE_SAFEGUARDING:
        return None
    return declined if inbound.at - declined.declined_at <= TAKE_BACK else None


def _coach_waits_for_nothing(tx: Tx, person: Person | None, at: datetime) -> bool:
    """No coaching question is open (a check-in, sign-up, consent, /delete's confirmation):
    a typed "yes" can only be about the safety question."""
    return person is not None and tx.conversation(person.id).live(at).pending is None


def _coach_asks_too(tx: Tx, inbound: Inbound, person: Person | None) -> bool:
    """A coaching question is open beside "Are you safe right now?" (the consent question
    before sign-up; a check-in, sign-up step or /delete's confirmation after): a typed "yes"
    is that question's. An attacker's 13-year-old, hit by a parent, typed "yes" to the
    consent question shown under the safety reminder and was told "I'm glad you're safe"."""
    if person is None:
        asked = tx.consent_question(inbound.platform, inbound.user_id)
        return asked is not None and asked.expires_at > inbound.at
    return not _coach_waits_for_nothing(tx, person, inbound.at)


def _in_front(asked: SafetyQuestion, at: datetime) -> bool:
    """An open crisis question (not the band's) asked within `CRISIS_IN_FRONT`: its crisis
    text stays in front of replies that do not answer it."""
    return asked.kind != "band" and at - asked.asked_at <= CRISIS_IN_FRONT


def _answering_the_review(tx: Tx, person: Person | None, at: datetime) -> bool:
    """The person is answering the weekly review's question: its watch-list answers about
    load ("overthinking everything", "can't switch off") are the review's to read and
    escalate when repeated (seed 000), so the ask band does not take the answer; a level the
    rules or the classifier set (concern, urgent) still does."""
    if person is None:
        return False
    return tx.conversation(person.id).live(at).kind == REVIEW_PREFIX


TRAINING_COMMANDS = ("/today", "/tomorrow", "/week", "/more", "/checkin", "/trend")


def _shows_training(text: str) -> bool:
    """A command that shows or starts training (a session, the week, a check-in): under an
    open crisis question it waits like free text (a tenth attacker: "/more", "/week" and
    "/tomorrow" still showed training under the crisis text)."""
    command = text.strip().split(maxsplit=1)[0].split("@")[0].lower() if text.strip() else ""
    return is_command(text) and command in TRAINING_COMMANDS


def _asks(text: str) -> bool:
    """The message asks the coach something (the session, a topic) rather than answering its
    question: under a crisis question it is no check-in answer, so it does not go on (a
    ninth attacker's "what's today's session?" mid check-in got the session)."""
    return isinstance(understand(text.strip()), Session | Question)


def _refused(inbound: Inbound) -> list[Reply]:
    """Under the crisis text, a tap that answers no open question (an older question's, a
    forged one) is refused as ever, and said so: never dropped without a word. The
    session's More button is "/more", which waits like the command typed."""
    if inbound.choice is None or is_command(inbound.choice):
        return []
    return [say(STALE_BUTTON)]


GOES_ON_AS_ANSWERS = (CHECKIN_PREFIX, ONBOARDING_PREFIX, CONSENT, deletion.PREFIX)
"""Questions whose tapped answers go on under the open crisis question as typed check-in
and sign-up answers do, after "Before we go on" alone: a check-in or sign-up under way,
and /delete's (its deletion reply begins with the crisis text itself)."""


def _asked_by_a_command(tapped: str | None) -> bool:
    """A tap on the question a command asked (/join's sharing choices, /set's cities, a
    team's): answered like the command, after the crisis text."""
    return tapped is not None and tapped.partition(":")[0] not in GOES_ON_AS_ANSWERS


def _answering_the_coach(tx: Tx, person: Person | None, at: datetime) -> bool:
    """The person is answering a check-in or sign-up question (their answer must not be
    lost, and sign-up must not get stuck behind a false alarm)."""
    if person is None:
        return False
    return tx.conversation(person.id).live(at).kind in (CHECKIN_PREFIX, ONBOARDING_PREFIX)
