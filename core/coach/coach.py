"""The Coach: the one door into core. Screens every text, then routes it to a conversation."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import datetime

from core.boundary import clean_account_change, clean_chat_moved, clean_inbound
from core.coach import (
    account,
    checkin_flow,
    deletion,
    digest_service,
    home,
    onboarding,
    plans,
    platform_events,
    prompts,
    teams,
    texts,
)
from core.coach.account import TrendChart
from core.coach.team_texts import START_PRIVATELY
from core.coach.turn import Turn, say
from core.digest import TeamChart
from core.intents import Intent, classify
from core.messages import AccountChange, ChatMoved, Inbound, Outbound, Reply
from core.people import Person
from core.safety import Level, screen
from core.safety.texts import concern_text, crisis_text
from core.store import Store, Tx

Route = Callable[[Turn, str], list[Reply]]


class Coach:
    """`handle(inbound) -> replies`, in one transaction committed before the replies return."""

    def __init__(
        self, store: Store, trend_chart: TrendChart, team_chart: TeamChart | None = None
    ) -> None:
        self._store = store
        self._trend_chart = trend_chart
        self._team_chart = team_chart  # None: digests go out without the heatmap
        self._commands: dict[str, Route] = {
            "/start": lambda t, a: self._start(t),
            "/help": lambda t, a: [say(texts.HELP)],
            "/checkin": lambda t, a: checkin_flow.start(t),
            "/today": lambda t, a: plans.today(t),
            "/tomorrow": lambda t, a: plans.tomorrow(t),
            "/week": lambda t, a: plans.week(t),
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
        inbound = clean_inbound(inbound)  # the same values on every database
        with self._store.transaction(inbound.at) as tx:
            if inbound.update_key and not tx.claim_update(inbound.platform, inbound.update_key):
                return []  # a re-delivered update: already answered
            return self._screened(tx, inbound)

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

    def _screened(self, tx: Tx, inbound: Inbound) -> list[Reply]:
        """Safety first: an urgent screen answers with the crisis text before anything else."""
        person = tx.find_person(inbound.platform, inbound.user_id)
        if person is not None:
            tx.note_inbound(person.id, inbound.at)  # sit breaks hold back for a while
        screening = screen(inbound.text)
        if screening.level is Level.NONE:
            return self._route(tx, inbound, person)
        category = screening.category.value if screening.category else None
        tx.record_safety_event(person.id if person else None, screening.level.value,
                               category, inbound.at)
        country = person.country if person else None
        # in a group, a person we know gets safety texts in their private chat, not the group
        to = person.chat_id if person is not None and not inbound.private else None
        if screening.level is Level.URGENT or screening.category is None:
            return [replace(say(crisis_text(country)), chat_id=to)]
        advice = replace(say(concern_text(screening.category, country)), chat_id=to)
        rest = self._route(tx, inbound, person)
        return [advice, *(r for r in rest if r.text not in (texts.UNKNOWN,))]

    def _route(self, tx: Tx, inbound: Inbound, person: Person | None) -> list[Reply]:
        if not inbound.private:
            return self._in_group(tx, inbound, person)
        if person is None:
            created, replies = onboarding.before_consent(tx, inbound)
            if created is None:
                return replies
            turn = Turn(tx, inbound, created, tx.conversation(created.id))
            return [*replies, *onboarding.first_question(turn)]
        if person.blocked:
            person = tx.update_person(person.id, blocked=False)  # writing to us un-blocks
        turn = Turn(tx, inbound, person, tx.conversation(person.id))
        text = inbound.text.strip()
        if inbound.choice is None and text.startswith("/"):
            return self._command(turn, text)
        pending = self._pending(turn)
        if pending is not None:
            return pending
        return self._free_text(turn)

    def _in_group(self, tx: Tx, inbound: Inbound, person: Person | None) -> list[Reply]:
        """In a group only team commands are heard; personal coaching stays private."""
        if inbound.choice is not None or not teams.is_team_command(inbound.text):
            return [say(texts.GROUP_ONLY_TEAM)]
        if person is None:
            return [say(START_PRIVATELY)]
        return self._command(Turn(tx, inbound, person, tx.conversation(person.id)),
                             inbound.text.strip())

    def _command(self, turn: Turn, text: str) -> list[Reply]:
        word, _, args = text.partition(" ")
        command = word.split("@", 1)[0].casefold()  # Telegram groups send /today@BotName
        route = self._commands.get(command)
        if route is None:
            return [say(texts.UNKNOWN_COMMAND.format(command=word[:32]))]
        return route(turn, args)

    def _pending(self, turn: Turn) -> list[Reply] | None:
        """An answer to the pending question; None if nothing is pending or this isn't one."""
        pending = turn.conversation.pending
        if pending is None:
            return None
        kind, _, step = pending.partition(":")
        if kind == onboarding.PREFIX:
            return onboarding.answer(turn, step)
        if kind == deletion.PREFIX:
            return deletion.answer(turn, step)
        if kind == checkin_flow.PREFIX:
            return checkin_flow.answer(turn, step)
        if kind == teams.PREFIX:
            return teams.answer(turn, step)
        if kind == prompts.REVIEW_PREFIX:
            return prompts.answer_review(turn, step)
        return None

    def _start(self, turn: Turn) -> list[Reply]:
        pending = turn.conversation.pending or ""
        if pending.startswith(onboarding.PREFIX):
            return onboarding.ask(turn, pending.partition(":")[2])
        return [say(texts.GREETING.format(name=turn.person.display_name or "there")),
                say(texts.HELP)]

    def _free_text(self, turn: Turn) -> list[Reply]:
        """Ways people ask things without a command; a bare check-in; or a short 'I understand'."""
        checkin = checkin_flow.answer_without_prompt(turn)
        if checkin is not None:
            return checkin
        intent = classify(turn.answer)
        by_intent: dict[Intent, Callable[[], list[Reply]]] = {
            Intent.TODAY: lambda: plans.today(turn),
            Intent.TOMORROW: lambda: plans.tomorrow(turn),
            Intent.WEEK: lambda: plans.week(turn),
            Intent.CHECKIN: lambda: checkin_flow.start(turn),
            Intent.HELP: lambda: [say(texts.HELP)],
            Intent.THANKS: lambda: [say(texts.THANKS)],
            Intent.GREETING: lambda: self._start(turn),
        }
        return by_intent.get(intent, lambda: [say(texts.UNKNOWN)])()
