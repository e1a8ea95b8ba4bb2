"""One message's safety replies (`Talk`), what the flow found before the transaction
(`Prescreen`) and what it says (`Outcome`): the texts, the questions asked and recorded.

Split from `core.coach.safety_flow`, which decides which of these a message gets (see its
docstring for the flow). Texts: `core.safety.flow_texts`, in the person's language where a
reviewed translation exists.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from core.coach.questions import button, new_token, owner_of
from core.coach.safety_memory import Key
from core.coach.turn import say
from core.messages import Choice, Inbound, Reply
from core.people import Person
from core.safety import flow_texts
from core.safety.answers import Answer
from core.safety.danger_plan import danger_plan_text
from core.safety.finding import Finding
from core.safety.helplines import helpline_for
from core.safety.languages import choose_language
from core.safety.model import Category, Level
from core.safety.translations import wording_for
from core.store import SafetyQuestion, Tx

PREFIX = "safety"
DETECT_CHARS = 500  # language detection reads at most this much of a message
KINDS = ("life", "band", "safe", "danger", "harm")
WITH_LINES = ("danger", "harm")  # asked after harm by someone else: the abuse and child lines
"""The direct question, the band's question, "are you safe?" after the safety plan or a
"no" to a message naming means, "are you safe?" after danger from someone else, and the
direct question asked beside harm by someone else (its texts keep the specialist lines)."""
SAFE_CHECKS = ("safe", "danger")  # the kinds that ask "Are you safe right now?"


@dataclass(frozen=True, slots=True)
class Prescreen:
    """What was found before the transaction opened."""

    key: Key
    finding: Finding
    detected: str | None
    emergency: bool = False  # a possible medical emergency (core.safety.emergency)
    someone_else: bool = False  # a friend or family member at risk (core.safety.someone_else)


@dataclass(frozen=True, slots=True)
class Outcome:
    """What the flow says, and what the rest of the Coach does with the message.

    `first` goes before anything else; `route`: the message is also handled as usual;
    `ask_again`: the open conversation question is asked again after `first`;
    `drop_unknown`: leave out "I didn't understand" after advice;
    `taken`: the tapped safety button's answer was used (adapters show it on the question);
    `advised`: concern advice was given, so the coach's topic answers are left out (a third
    attacker's "making myself sick" got the illness answer, "coke" the caffeine one);
    `emergency`: `first` opens with the medical-emergency text (sent even in a group);
    `again`: the open safety question asked again, after `first`: before the usual reply,
    or after it when that reply ended the check-in or sign-up the message answered.
    """

    first: list[Reply] = field(default_factory=list)
    route: bool = True
    ask_again: bool = False
    drop_unknown: bool = False
    taken: bool = False
    advised: bool = False
    emergency: bool = False
    again: list[Reply] = field(default_factory=list)


class Talk:
    """One message's safety replies: the person's line, language and private chat."""

    def __init__(
        self, tx: Tx, pre: Prescreen, person: Person | None, inbound: Inbound,
        asked: SafetyQuestion | None = None, last_token: str | None = None,
    ) -> None:
        """`asked`: the open question being answered; `last_token`: the last safety question's
        token (read once per turn), so the next question's buttons differ."""
        self.tx, self.pre, self.person, self.inbound = tx, pre, person, inbound
        self.last_token = last_token
        self.danger = asked is not None and asked.kind in WITH_LINES  # the lines
        self.country = asked.country if asked else (person.helpline_country if person else None)
        setting = person.language if person else None
        language = asked.language if asked else choose_language(
            setting, pre.detected, self.country, inbound.text[:DETECT_CHARS])
        self.language = language
        self.words = wording_for(language)
        self.line = helpline_for(self.country)

    def private(self, reply: Reply) -> Reply:
        """In a group, a person we know gets safety texts in their private chat."""
        if self.person is not None and not self.inbound.private:
            return replace(reply, chat_id=self.person.chat_id)
        return reply

    def record(self, level: Level, category: Category | None) -> None:
        person_id = self.person.id if self.person else None
        value = category.value if category else None
        self.tx.record_safety_event(person_id, level.value, value, self.inbound.at)

    def crisis(self) -> Reply:
        """The crisis text; with the specialist lines while "are you safe?" after danger from
        someone else is open."""
        if self.danger:
            return self.crisis_abuse()
        return self.private(say(flow_texts.crisis(self.line, self.words)))

    def crisis_abuse(self) -> Reply:
        """The crisis text, then the country's domestic-abuse and child lines, one message."""
        return self.private(say(flow_texts.crisis_abuse(self.line, self.words)))

    def crisis_and_ask(self, specifics: bool, lines: bool = False) -> Outcome:
        """The crisis text (with `lines`, the domestic-abuse and child lines too: harm by
        someone else said beside suicidal thoughts), then "Are you thinking about ending
        your life?"."""
        crisis = self.crisis_abuse() if lines else self.crisis()
        if self.person is None and not self.inbound.private:
            return Outcome([crisis], route=False)  # no private chat to ask in
        kind = "harm" if lines else "life"
        question = self._ask(kind, specifics, flow_texts.question_urgent(self.words))
        return Outcome([crisis, question], route=False)

    def crisis_abuse_and_ask(self, plan: bool = False) -> Outcome:
        """The crisis text with the specialist lines, with `plan` the safety plan for danger
        from someone else, then "Are you safe right now?" left open (`danger`), so they stay
        in front until it is answered "yes"."""
        first = [self.crisis_abuse()]
        if plan:
            first.append(self.private(say(danger_plan_text(self.line, self.language))))
        if self.person is None and not self.inbound.private:
            return Outcome(first, route=False)  # no private chat to ask in
        safe = self._ask("danger", False, flow_texts.safe_now(self.words))
        return Outcome([*first, safe], route=False)

    def ask_band(self, specifics: bool) -> Outcome:
        if self.person is None and not self.inbound.private:
            return Outcome(route=True)  # never ask this in front of a group
        question = self._ask("band", specifics, flow_texts.question_band(self.words))
        return Outcome([question], route=False)

    def crisis_and_plan(self) -> Outcome:
        """The crisis text, the safety plan, then "Are you safe right now?" left open, so the
        crisis text stays in front until it is answered "yes"; beside harm by someone else
        (`danger`), the crisis text with the specialist lines, and that check is the one
        whose "No, or not sure" gets the plan for danger from someone else."""
        plan = self.private(say(flow_texts.safety_plan(self.line, self.words)))
        kind = "danger" if self.danger else "safe"
        safe = self._ask(kind, True, flow_texts.safe_now(self.words))
        return Outcome([self.crisis(), plan, safe], route=False)

    def back(self) -> Reply:
        return self.private(say(flow_texts.back(self.line, self.words)))

    def at_risk(self, kind: str) -> Outcome:
        """An answer to a `kind` question that says the person is at risk: not safe from
        someone else gets the lines, the plan for that danger and "Are you safe right now?"
        again; anything else the crisis text and the safety plan."""
        if kind == "danger":
            self.record(Level.URGENT, Category.ABUSE_SAFEGUARDING)
            return self.crisis_abuse_and_ask(plan=True)
        self.danger = self.danger or kind == "harm"  # a stale tap on the question beside harm
        self.record(Level.URGENT, Category.SUICIDE_SELF_HARM)
        return self.crisis_and_plan()

    def answer(self, asked: SafetyQuestion, answer: Answer) -> Outcome:
        """An answer to the open question (tapped or typed)."""
        if asked.kind in SAFE_CHECKS:
            if answer in (Answer.YES, Answer.FINE, Answer.WORKOUT):  # it can be taken back
                self.tx.close_safety_question(self.inbound.platform, self.inbound.user_id,
                                              declined_at=self.inbound.at)
                safe = self.private(say(self.words.safe_back))
                return Outcome([safe], route=False, ask_again=True)
            return self.at_risk(asked.kind)
        if answer in (Answer.YES, Answer.UNSURE):
            return self.at_risk(asked.kind)
        if asked.specifics:  # a single "no" never clears means, a plan or a time
            kind = "danger" if self.danger else "safe"  # harm by someone: that danger's plan
            follow = self._ask(kind, True, flow_texts.follow_up(self.words))
            return Outcome([self.crisis(), follow], route=False)
        self.tx.close_safety_question(self.inbound.platform, self.inbound.user_id,
                                      declined_at=self.inbound.at)  # it can be taken back
        return Outcome([self.back()], route=False, ask_again=True)

    def reminder(self, asked: SafetyQuestion | None) -> list[Reply]:
        """The open question once more, with its own buttons, after another message."""
        if asked is None:
            return []
        text = flow_texts.again(self.words, safe_check=asked.kind in SAFE_CHECKS)
        return [self.private(say(text, *self._buttons(asked.kind, asked.token)))]

    def _ask(self, kind: str, specifics: bool, text: str) -> Reply:
        platform, user_id = self.inbound.platform, self.inbound.user_id
        token = new_token(self.inbound.at, owner_of(platform, user_id), self.last_token)
        self.tx.ask_safety_question(platform, user_id, SafetyQuestion(
            kind, token, self.inbound.at, specifics, self.language, self.country))
        return self.private(say(text, *self._buttons(kind, token)))

    def _buttons(self, kind: str, token: str) -> tuple[Choice, Choice]:
        yes, no = (self.words.safe_yes, self.words.safe_unsure) if kind in SAFE_CHECKS else (
            self.words.yes, self.words.no)
        pending = f"{PREFIX}:{kind}"
        return (button(yes, pending, token, "yes"), button(no, pending, token, "no"))
