"""The Coach: the one door into core. Screens every text, then routes it to a conversation."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import datetime
from zoneinfo import ZoneInfo

from core.boundary import clean_account_change, clean_chat_moved, clean_inbound
from core.checkin_fields import CORE_FIELDS
from core.coach import (
    account,
    checkin_flow,
    deletion,
    digest_service,
    home,
    onboarding,
    pending,
    plans,
    platform_events,
    prompts,
    teams,
    texts,
    unfinished,
)
from core.coach.account import TrendChart
from core.coach.answers import ANSWERS
from core.coach.questions import SCALE_ANSWER, read_press
from core.coach.safety_flow import LanguageDetector, SafetyFlow, no_detection
from core.coach.safety_memory import SafetyMemory
from core.coach.safety_talk import Outcome, Prescreen
from core.coach.team_texts import START_PRIVATELY
from core.coach.turn import RESUME, Turn, restored, say
from core.coach.understood import reply_to as understood_reply
from core.digest import TeamChart
from core.messages import AccountChange, ChatMoved, Inbound, Outbound, Reply
from core.people import Person
from core.safety.finding import Screens
from core.safety.screener import rules_only
from core.store import Conversation, Store, Tx
from core.understanding import Unknown, understand
from core.understanding.model import Ratings

Route = Callable[[Turn, str], list[Reply]]


class Coach:
    """`handle(inbound) -> replies`, in one transaction committed before the replies return."""

    def __init__(
        self,
        store: Store,
        trend_chart: TrendChart,
        team_chart: TeamChart | None = None,
        *,
        screens: Screens = rules_only,
        detect_language: LanguageDetector = no_detection,
        safety_memory: SafetyMemory | None = None,
    ) -> None:
        """`screens`: the safety screen (core.safety.finding); `detect_language`: the
        language of a message, for safety texts; `safety_memory`: recent messages, in memory
        (one per process; the open safety question is kept in the database)."""
        self._store = store
        self._safety = SafetyFlow(screens, detect_language, safety_memory or SafetyMemory())
        self._trend_chart = trend_chart
        self._team_chart = team_chart  # None: digests go out without the heatmap
        self._commands: dict[str, Route] = {
            "/start": lambda t, a: self._start(t),
            "/help": lambda t, a: [say(texts.HELP)],
            "/checkin": lambda t, a: checkin_flow.start(t),
            "/today": lambda t, a: plans.today(t),
            "/tomorrow": lambda t, a: plans.tomorrow(t),
            "/week": lambda t, a: plans.week(t),
            "/more": lambda t, a: plans.more(t),
            "/set": account.set_setting,
            "/pause": account.pause,
            "/resume": lambda t, a: account.resume(t),
            "/trend": lambda t, a: account.trend(t, self._trend_chart),
            "/export": lambda t, a: account.export(t),
            "/delete": lambda t, a: deletion.ask(t),
            "/team": teams.team_command,
            "/join": teams.join,
            "/leave": teams.leave,
        }

    def handle(self, inbound: Inbound) -> list[Reply]:
        """Screen first, outside the transaction (a slow screen must not hold the database's
        write lock), then answer inside one transaction."""
        inbound = clean_inbound(inbound)  # the same values on every database
        pre = self._safety.prescreen(inbound)
        with self._store.transaction(inbound.at) as tx:
            if inbound.update_key and not tx.claim_update(inbound.platform, inbound.update_key):
                return []  # a re-delivered update: already answered
            return self._screened(tx, inbound, pre)

    def overview(self, inbound: Inbound) -> home.Overview:
        """Today's session and the last week's check-ins, for a read-only view (App Home)."""
        inbound = clean_inbound(inbound)
        with self._store.transaction(inbound.at) as tx:
            return home.overview(tx, inbound)

    def team_digest(self, team_id: int, at: datetime) -> list[Outbound]:
        """The team's digest for its local date at `at`: one push to its channel, one to each
        coach privately when there are safety notes. Empty if the team no longer exists."""
        with self._store.transaction(at) as tx:
            return digest_service.digest_at(tx, team_id, at, self._team_chart)

    def chat_moved(self, moved: ChatMoved) -> None:
        """A chat got a new id (Telegram group -> supergroup): its team follows it, and a team
        created meanwhile in the new chat is folded into it (docs/teams.md)."""
        moved = clean_chat_moved(moved)
        with self._store.transaction(moved.at) as tx:
            platform_events.chat_moved(tx, moved)

    def channel_lost(self, team_id: int, code: str, at: datetime) -> list[Outbound]:
        """The platform says the bot can't post in the team's channel (`code`: its reason,
        e.g. "bot_kicked", "is_archived"): the digest pauses there, and the pushes returned
        tell each coach privately how to fix it ([] if it was paused already)."""
        with self._store.transaction(at) as tx:
            return platform_events.channel_lost(tx, team_id, code)

    def account_changed(self, change: AccountChange) -> None:
        """A platform account's name or state changed: a deactivated one gets no prompts and
        is left out of digests (docs/slack.md)."""
        change = clean_account_change(change)
        with self._store.transaction(change.at) as tx:
            platform_events.account_changed(tx, change)

    def prompt(self, person_id: int, kind: str, at: datetime) -> list[Outbound]:
        """A scheduled prompt rendered at send time `at`, or [] if it no longer applies.

        A morning check-in (or reminder) sets the pending question in the same transaction,
        so a typed or tapped answer to it is understood."""
        with self._store.transaction(at) as tx:
            return prompts.render(tx, person_id, kind, at)

    def _screened(self, tx: Tx, inbound: Inbound, pre: Prescreen) -> list[Reply]:
        """Safety first (core/coach/safety_flow.py): its replies come before anything else."""
        if inbound.addressed:  # sit breaks hold back for a while after a person writes
            person = tx.note_inbound(inbound.platform, inbound.user_id, inbound.at)
        else:
            person = tx.find_person(inbound.platform, inbound.user_id)
        outcome = self._safety.respond(tx, inbound, person, pre)
        if not inbound.addressed:  # group chatter: a crisis is answered privately, nothing else
            if not outcome.route:
                return outcome.first
            return outcome.first[:1] if outcome.emergency else []  # the emergency text alone
        if not outcome.route:
            first = outcome.first
            if outcome.taken and first:  # the tapped safety answer is shown on its question
                first = [replace(first[0], answered_choice=True), *first[1:]]
            if person is not None:
                _after_safety_reply(tx, inbound, person, spoke=bool(first))
            return [*first, *self._asked_again(tx, inbound, person, outcome)]
        answering = bool(outcome.again) and _answering(tx, inbound, person)
        rest = self._route(tx, inbound, person)
        if outcome.drop_unknown:
            rest = [r for r in rest if r.text != texts.UNKNOWN]
        if outcome.advised:
            rest = [r for r in rest if r.text not in TOPIC_ANSWERS]
        if person is not None and inbound.private and tx.find_person(
            inbound.platform, inbound.user_id
        ) is None:
            self._safety.memory.forget(pre.key)  # /delete: nothing kept in memory either
            return [*outcome.first, *rest]  # never the safety question again: deleted with
            # the rest, its answer could not be read (its crisis text leads `rest` instead)
        if answering and not _answering(tx, inbound, person):  # the answer ended it:
            return [*outcome.first, *rest, *outcome.again]  # the safety question read last
        return [*outcome.first, *outcome.again, *rest]

    def _asked_again(
        self, tx: Tx, inbound: Inbound, person: Person | None, outcome: Outcome
    ) -> list[Reply]:
        """After the safety flow hands back to coaching: the open conversation question
        (a check-in step, a sign-up question) once more, so nothing is lost."""
        if not outcome.ask_again or person is None or not inbound.private:
            return []
        turn = Turn(tx, inbound, person, tx.conversation(person.id).live(inbound.at))
        open_ = turn.conversation.pending
        if open_ is not None:
            return pending.ask_again(turn, open_)
        return []

    def _route(self, tx: Tx, inbound: Inbound, person: Person | None) -> list[Reply]:
        if not inbound.private:
            return self._in_group(tx, inbound, person)
        if person is None:
            created, replies = onboarding.before_consent(tx, inbound)
            if created is None:
                return replies
            turn = Turn(tx, inbound, created, tx.conversation(created.id).live(inbound.at))
            return [*replies, *onboarding.first_question(turn)]
        if person.blocked:
            person = tx.update_person(person.id, blocked=False)  # writing to us un-blocks
        stored = tx.conversation(person.id)
        kept, conversation = _keep_unfinished(tx, inbound, person, stored)
        if _answers_a_lapsed_checkin(stored, conversation, inbound):
            return [*kept, say(texts.CHECKIN_LAPSED)]  # never read as today's check-in
        turn = Turn(tx, inbound, person, conversation, read_press(inbound.choice))
        if inbound.choice == plans.MORE.value:  # the session's More button: no question's answer
            return [*kept, *self._closing(turn, plans.more(turn))]
        replies = self._pressed(turn) if inbound.choice is not None else self._typed(turn)
        return [*kept, *self._closing(turn, replies)]

    def _pressed(self, turn: Turn) -> list[Reply]:
        """A tap answers only the open question it was asked with (same step and token)."""
        open_ = turn.conversation
        press = turn.press
        if press is None or open_.pending is None or (press.pending, press.token) != (
            open_.pending, open_.token
        ):
            return [say(texts.STALE_BUTTON)]  # an old, expired, foreign or forged button
        return pending.answer(turn, open_.pending, Unknown()) or [say(texts.BAD_BUTTON)]

    def _typed(self, turn: Turn) -> list[Reply]:
        """A slash command runs as itself; other text goes to the open question first, and
        is answered as what it is when it is no answer to it."""
        text = turn.inbound.text.strip()
        if text.startswith("/"):
            return self._command(turn, text)
        open_ = turn.conversation.pending
        understood = understand(text, pending.context(open_))
        dropped: list[Reply] = []
        if open_ is not None:
            replies = pending.answer(turn, open_, understood)
            if replies is not None:
                return replies
            if open_ == deletion.PREFIX:  # the confirmation is dropped, not left open: say so
                dropped = [say(texts.DELETE_DROPPED)]
        own = understood_reply(turn, understood, lambda words: self._command(turn, words))
        return [*dropped, *own]

    def _closing(self, turn: Turn, replies: list[Reply]) -> list[Reply]:
        """Mark a taken tap, and ask the open question again after anything that left it
        open (an answer to something else, a refused tap, a mistake) or brought it back."""
        if turn.outcome.taken and replies:
            replies = [replace(replies[0], answered_choice=True), *replies[1:]]
        open_ = turn.current.pending
        if open_ is not None and (turn.outcome.conversation is None or turn.outcome.resumed):
            replies = [*replies, *pending.ask_again(turn, open_)]
        return replies

    def _in_group(self, tx: Tx, inbound: Inbound, person: Person | None) -> list[Reply]:
        """In a group only team commands are heard; personal coaching stays private."""
        if inbound.choice is not None or not teams.is_team_command(inbound.text):
            return [say(texts.GROUP_ONLY_TEAM)]
        if person is None:
            return [say(START_PRIVATELY)]
        conversation = tx.conversation(person.id).live(inbound.at)
        return self._command(Turn(tx, inbound, person, conversation), inbound.text.strip())

    def _command(self, turn: Turn, text: str) -> list[Reply]:
        word, _, args = text.partition(" ")
        command = word.split("@", 1)[0].casefold()  # Telegram groups send /today@BotName
        route = self._commands.get(command)
        if route is None:
            return [say(texts.UNKNOWN_COMMAND.format(command=word[:32]))]
        return route(turn, args)

    def _start(self, turn: Turn) -> list[Reply]:
        if (turn.current.pending or "").startswith(onboarding.PREFIX):
            return []  # the open sign-up question is asked again
        return [say(texts.GREETING.format(name=turn.person.display_name or "there")),
                say(texts.HELP)]


def _keep_unfinished(
    tx: Tx, inbound: Inbound, person: Person, stored: Conversation
) -> tuple[list[Reply], Conversation]:
    """A check-in left unfinished when its question lapsed: its answers kept and the person
    told (core/coach/unfinished.py), and the conversation as it now is (lapsed: idle)."""
    found, rest = unfinished.left_behind(stored, inbound.at)
    if not found:
        return [], stored.live(inbound.at)
    tx.set_conversation(person.id, rest)
    today = inbound.at.astimezone(ZoneInfo(person.timezone)).date()
    return unfinished.keep(tx, person.id, found, inbound.at, today), rest.live(inbound.at)


def _answers_a_lapsed_checkin(stored: Conversation, live: Conversation, inbound: Inbound) -> bool:
    """A lone rating typed after the check-in question it answered lapsed (its day ended)."""
    lapsed = stored.pending is not None and live.pending is None
    return lapsed and stored.kind == checkin_flow.PREFIX and (
        inbound.choice is None and SCALE_ANSWER.fullmatch(inbound.text.strip()) is not None)


TOPIC_ANSWERS = frozenset(ANSWERS.values())  # left out after concern advice


def _answering(tx: Tx, inbound: Inbound, person: Person | None) -> bool:
    """A check-in question (a core rating) or a sign-up question is open to this person: a
    message now answers it, and its next question must be the last one shown."""
    if not inbound.private:
        return False
    found = person or tx.find_person(inbound.platform, inbound.user_id)
    if found is None:
        return False
    kind, _, step = (tx.conversation(found.id).live(inbound.at).pending or "").partition(":")
    return kind == onboarding.PREFIX or (
        kind == checkin_flow.PREFIX and step in checkin_flow.CORE_STEPS)


def _after_safety_reply(tx: Tx, inbound: Inbound, person: Person, *, spoke: bool) -> None:
    """When the safety flow answered instead of coaching: a pending /delete confirmation
    lapses (a "yes" meant for "Are you thinking about ending your life?" must never delete
    everything), and a whole check-in in the message ("6 7 5 8 and i want to die") is
    stored quietly (nothing a person answered is lost; no session beside a crisis reply)
    when no check-in is under way and none is stored today."""
    stored = tx.conversation(person.id)
    if spoke and stored.kind == deletion.PREFIX:  # the question it interrupted comes back
        stash = stored.draft.get(RESUME)
        back = restored(stash, stored.token) if isinstance(stash, dict) else None
        stored = back or Conversation(token=stored.token)
        tx.set_conversation(person.id, stored)
    if not inbound.private or inbound.choice is not None:
        return
    turn = Turn(tx, inbound, person, stored.live(inbound.at))
    if turn.conversation.kind == checkin_flow.PREFIX:
        return
    ratings = understand(inbound.text.strip())
    if isinstance(ratings, Ratings) and not ratings.checkin.missing(CORE_FIELDS) and (
        not checkin_flow.checked_in(tx, person.id, turn.today)
    ):
        tx.save_checkin(person.id, turn.today, ratings.checkin, inbound.at)
