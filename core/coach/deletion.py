"""/delete: confirm, settle the teams the person coaches alone, then remove every row.

A team whose only coach deletes their data must not live on without a coach, so before
anything is deleted the coach chooses, team by team: hand it over to one of its members
(who becomes its coach and is told so), or remove the team (its digest stops; members keep
their own data). The choices wait in the conversation draft and are carried out together
with the deletion, in one transaction: a cancel at any point changes nothing.

A safety question still open when the deletion is carried out goes with the rest, so its
crisis text comes first in the reply (core/coach/safety_left_open.py): read before the
deletion, in the same transaction, and sent only once that transaction has committed (the
Coach returns replies after the commit).

Every question here is bound to its own token (core/coach/questions.py): a button from an
older /delete, or from before a restart of the flow, is refused. The confirmation is never
left open behind another message: anything but an answer drops it.
"""

from __future__ import annotations

from dataclasses import replace

from core.coach import texts
from core.coach.questions import button
from core.coach.safety_left_open import crisis_before_deleting
from core.coach.turn import Turn, say
from core.messages import Reply
from core.people import Person
from core.teams import Role, Team
from core.understanding import Command, Name, Understanding

PREFIX = "delete"
TEAM_STEP = "team"
TEAM_PENDING = f"{PREFIX}:{TEAM_STEP}"
REMOVE = "remove"
HAND_OVER = "handover-"  # + the member's person id
CANCEL = "cancel"
MOST_HANDOVER_BUTTONS = 8  # more members: the coach types the name


def ask(turn: Turn) -> list[Reply]:
    """`/delete`: the confirmation, tied to this request and open for a few minutes."""
    return [question(turn.ask(PREFIX))]


def question(token: str) -> Reply:
    return say(texts.DELETE_QUESTION, button("Yes, delete everything", PREFIX, token, "yes"),
               button("No", PREFIX, token, "no"), columns=2)


def answer(turn: Turn, step: str, understood: Understanding) -> list[Reply] | None:
    """The answer to the confirmation (step "") or to a team question (step "team"); None
    when the message is no answer (the confirmation is then dropped; a team question is
    asked again after the message is answered as itself)."""
    if step == TEAM_STEP:
        return _answer_team(turn, understood)
    if turn.inbound.choice is not None:
        if turn.answer not in ("yes", "no"):
            return [say(texts.BAD_BUTTON)]
        turn.take()
        yes = turn.answer == "yes"
    elif isinstance(understood, Command) and understood.name in (Name.YES, Name.NO,
                                                                  Name.CANCEL):
        yes = understood.name is Name.YES
    else:
        turn.done()
        return None
    if not yes:
        turn.done()
        return [say(texts.DELETE_CANCELLED)]
    return _next_or_delete(turn, {})


def ask_again(turn: Turn, step: str) -> list[Reply]:
    """The open team question once more, with its own token."""
    team = _team_asked(turn)
    if step != TEAM_STEP or team is None:
        return []
    return [_team_question(turn, team, turn.current.token or "")]


def _answer_team(turn: Turn, understood: Understanding) -> list[Reply] | None:
    team = _team_asked(turn)
    if team is None:
        turn.done()
        return [say(texts.DELETE_CANCELLED)]
    if turn.inbound.choice is not None:
        turn.take()
    elif isinstance(understood, Command) and understood.name in (Name.NO, Name.CANCEL):
        return _cancel(turn)
    if turn.answer == CANCEL:
        return _cancel(turn)
    decision = _decision(turn, team)
    if decision is None:
        if turn.inbound.choice is not None:
            return [say(texts.BAD_BUTTON)]
        return None
    decisions: dict[str, str] = dict(turn.current.draft.get("teams", {}))
    decisions[str(team.id)] = decision
    return _next_or_delete(turn, decisions)


def _cancel(turn: Turn) -> list[Reply]:
    turn.done()
    return [say(texts.DELETE_CANCELLED)]


def _next_or_delete(turn: Turn, decisions: dict[str, str]) -> list[Reply]:
    """Ask about the next team coached alone; when none is left, carry everything out."""
    for team in alone_coached(turn):
        if str(team.id) not in decisions:
            token = turn.ask(TEAM_PENDING, team_id=team.id, teams=decisions)
            return [_team_question(turn, team, token)]
    notices = _settle_teams(turn, decisions)
    if notices is None:  # a chosen member left meanwhile: ask again
        return _next_or_delete(turn, {})
    crisis = crisis_before_deleting(turn.tx, turn.inbound)  # the question goes with the rest
    turn.tx.delete_person(turn.person.id)
    turn.forget()
    return [*crisis, say(texts.DELETED), *notices]


def alone_coached(turn: Turn) -> list[Team]:
    """The person's teams with no other coach, oldest first."""
    coached = [team for team, m in turn.tx.teams_of(turn.person.id) if m.role is Role.COACH]
    return [team for team in coached
            if not any(m.role is Role.COACH and p.id != turn.person.id
                       for p, m in turn.tx.members(team.id))]


def _others(turn: Turn, team: Team) -> list[Person]:
    return [p for p, _ in turn.tx.members(team.id) if p.id != turn.person.id]


def _team_asked(turn: Turn) -> Team | None:
    team_id = turn.current.draft.get("team_id")
    return turn.tx.team(team_id) if isinstance(team_id, int) else None


def _team_question(turn: Turn, team: Team, token: str) -> Reply:
    others = _others(turn, team)
    remove = button(texts.REMOVE_TEAM, TEAM_PENDING, token, REMOVE)
    cancel = button("Cancel", TEAM_PENDING, token, CANCEL)
    if not others:
        return say(texts.DELETE_TEAM_ALONE.format(name=team.name), remove, cancel, columns=1)
    handovers = [button(texts.HAND_OVER_TO.format(name=_name(p)), TEAM_PENDING, token,
                        f"{HAND_OVER}{p.id}") for p in others[:MOST_HANDOVER_BUTTONS]]
    count = f"{len(others)} member{'' if len(others) == 1 else 's'}"
    return say(texts.DELETE_TEAM_QUESTION.format(name=team.name, count=count),
               *handovers, remove, cancel, columns=1)


def _decision(turn: Turn, team: Team) -> str | None:
    """REMOVE, HAND_OVER + id, or None when the answer is neither (typed names count)."""
    answer = turn.answer.strip()
    others = _others(turn, team)
    if answer == REMOVE or (turn.inbound.choice is None and "remove" in answer.casefold()):
        return REMOVE
    if answer.startswith(HAND_OVER):
        wanted = answer.removeprefix(HAND_OVER)
        return answer if any(str(p.id) == wanted for p in others) else None
    named = [p for p in others if _name(p).casefold() == answer.casefold()]
    return f"{HAND_OVER}{named[0].id}" if len(named) == 1 else None


def _settle_teams(turn: Turn, decisions: dict[str, str]) -> list[Reply] | None:
    """Carry out the choices; None (and nothing done) if a chosen member is gone."""
    alone = {str(team.id): team for team in alone_coached(turn)}
    handovers: list[tuple[Team, Person]] = []
    for team_id, team in alone.items():
        decision = decisions.get(team_id, REMOVE)
        if decision.startswith(HAND_OVER):
            wanted = decision.removeprefix(HAND_OVER)
            chosen = [p for p in _others(turn, team) if str(p.id) == wanted]
            if not chosen:
                return None
            handovers.append((team, chosen[0]))
    notices: list[Reply] = []
    for team, person in handovers:
        turn.tx.hand_over(team.id, person.id)
        notices.append(say(texts.HANDED_OVER.format(name=team.name, to=_name(person))))
        told = texts.YOU_COACH_NOW.format(name=team.name, code=team.invite_code)
        notices.append(replace(say(told), chat_id=person.chat_id))
    for team_id, team in alone.items():
        if decisions.get(team_id, REMOVE) == REMOVE:
            turn.tx.remove_team(team.id)
            notices.append(say(texts.TEAM_REMOVED.format(name=team.name)))
    return notices


def _name(person: Person) -> str:
    return person.display_name or f"member {person.id}"
