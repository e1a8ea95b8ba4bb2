"""/delete: confirm, settle the teams the person coaches alone, then remove every row.

A team whose only coach deletes their data must not live on without a coach, so before
anything is deleted the coach chooses, team by team: hand it over to one of its members
(who becomes its coach and is told so), or remove the team (its digest stops; members keep
their own data). The choices wait in the conversation draft and are carried out together
with the deletion, in one transaction: a cancel at any point changes nothing.
"""

from __future__ import annotations

from dataclasses import replace

from core.coach import texts
from core.coach.turn import YES_NO, Turn, say
from core.intents import Intent, classify
from core.messages import Choice, Reply
from core.people import Person
from core.teams import Role, Team

PREFIX = "delete"
TEAM_STEP = "team"
REMOVE = "remove"
HAND_OVER = "handover:"  # + the member's person id
MOST_HANDOVER_BUTTONS = 8  # more members: the coach types the name
CANCEL = Choice("Cancel", "no")


def ask(turn: Turn) -> list[Reply]:
    """`/delete`: the confirmation question."""
    turn.wait_for(PREFIX)
    return [say(texts.DELETE_QUESTION, *YES_NO)]


def answer(turn: Turn, step: str) -> list[Reply]:
    """The answer to the confirmation (step ""; anything but yes cancels) or to a team
    question (step "team"; Cancel cancels, an unclear answer gets the question again)."""
    confirmed = turn.answer == "yes" or classify(turn.answer) is Intent.YES
    if _cancelled(turn) or (step != TEAM_STEP and not confirmed):
        turn.done()
        return [say(texts.DELETE_CANCELLED)]
    decisions: dict[str, str] = dict(turn.conversation.draft.get("teams", {}))
    team = _team_asked(turn) if step == TEAM_STEP else None
    if team is not None:
        decision = _decision(turn, team)
        if decision is None:
            return [_team_question(turn, team)]
        decisions[str(team.id)] = decision
    return _next_or_delete(turn, decisions)


def _cancelled(turn: Turn) -> bool:
    return turn.answer == CANCEL.value or classify(turn.answer) is Intent.NO or (
        turn.inbound.choice is None and turn.answer.strip().casefold() == "cancel"
    )


def _next_or_delete(turn: Turn, decisions: dict[str, str]) -> list[Reply]:
    """Ask about the next team coached alone; when none is left, carry everything out."""
    for team in alone_coached(turn):
        if str(team.id) not in decisions:
            turn.wait_for(f"{PREFIX}:{TEAM_STEP}", team_id=team.id, teams=decisions)
            return [_team_question(turn, team)]
    notices = _settle_teams(turn, decisions)
    if notices is None:  # a chosen member left meanwhile: ask again
        return _next_or_delete(turn, {})
    turn.tx.delete_person(turn.person.id)
    return [say(texts.DELETED), *notices]


def alone_coached(turn: Turn) -> list[Team]:
    """The person's teams with no other coach, oldest first."""
    coached = [team for team, m in turn.tx.teams_of(turn.person.id) if m.role is Role.COACH]
    return [team for team in coached
            if not any(m.role is Role.COACH and p.id != turn.person.id
                       for p, m in turn.tx.members(team.id))]


def _others(turn: Turn, team: Team) -> list[Person]:
    return [p for p, _ in turn.tx.members(team.id) if p.id != turn.person.id]


def _team_asked(turn: Turn) -> Team | None:
    team_id = turn.conversation.draft.get("team_id")
    return turn.tx.team(team_id) if isinstance(team_id, int) else None


def _team_question(turn: Turn, team: Team) -> Reply:
    others = _others(turn, team)
    if not others:
        return say(texts.DELETE_TEAM_ALONE.format(name=team.name),
                   Choice(texts.REMOVE_TEAM, REMOVE), CANCEL, columns=1)
    buttons = [Choice(texts.HAND_OVER_TO.format(name=_name(p)), f"{HAND_OVER}{p.id}")
               for p in others[:MOST_HANDOVER_BUTTONS]]
    count = f"{len(others)} member{'' if len(others) == 1 else 's'}"
    return say(texts.DELETE_TEAM_QUESTION.format(name=team.name, count=count),
               *buttons, Choice(texts.REMOVE_TEAM, REMOVE), CANCEL, columns=1)


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
