"""Teams as conversations: /team (create, list, coach settings), /join CODE, /leave [TEAM].

Where a command was typed decides which team it is about: in a group (Telegram) or from a
channel (a Slack slash command, `Inbound.origin_chat_id`), the team bound to that chat;
in a private chat, the team named, or the person's only team. Coach commands check the
coach role in the database on every call.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import time

from core.coach import team_texts as texts
from core.coach.questions import button
from core.coach.texts import BAD_BUTTON
from core.coach.turn import Turn, say
from core.messages import Inbound, Reply
from core.settings_parse import Invalid, parse_time
from core.teams import Membership, Role, Team, normalise_code
from core.understanding import Command, Name, Understanding

PREFIX = "team"
COMMANDS = frozenset({"/team", "/join", "/leave"})  # the commands heard in groups too
DEFAULT_DIGEST_TIME = time(9, 0)
NAME_MAX = 80


def is_team_command(text: str) -> bool:
    word = text.strip().partition(" ")[0]
    return word.split("@", 1)[0].casefold() in COMMANDS


def chat_of_command(inbound: Inbound) -> str | None:
    """The group or channel a command was typed in; None for a private chat."""
    if inbound.origin_chat_id and inbound.origin_chat_id != inbound.chat_id:
        return inbound.origin_chat_id
    return None if inbound.private else inbound.chat_id


def team_command(turn: Turn, args: str) -> list[Reply]:
    """`/team [create NAME | digest HH:MM | mention on|off]`."""
    sub, _, rest = args.strip().partition(" ")
    routes: dict[str, Callable[[Turn, str], list[Reply]]] = {
        "": lambda t, _: list_teams(t), "create": create, "digest": set_digest,
        "mention": set_mention, "mentions": set_mention,
    }
    route = routes.get(sub.casefold())
    return [say(texts.TEAM_USAGE)] if route is None else route(turn, rest.strip())


# -- creating and listing --------------------------------------------------------------


def create(turn: Turn, name: str) -> list[Reply]:
    """`/team create NAME` in the group or channel the digest goes to; the creator coaches."""
    chat = chat_of_command(turn.inbound)
    if chat is None:
        return [say(texts.CREATE_WHERE)]
    name = " ".join(name.split())[:NAME_MAX]
    if not name:
        return [say(texts.CREATE_USAGE)]
    bound = turn.tx.team_by_channel(turn.inbound.platform, chat)
    if bound is not None:
        return [say(texts.ALREADY_BOUND.format(name=bound.name))]
    team = turn.tx.create_team(name, turn.inbound.platform, chat, turn.person.timezone,
                               DEFAULT_DIGEST_TIME, turn.person.id)
    if team is None:  # another /team create in this chat got there first
        bound = turn.tx.team_by_channel(turn.inbound.platform, chat)
        return [say(texts.ALREADY_BOUND.format(name=bound.name if bound else name))]
    return [say(texts.CREATED.format(name=team.name, code=team.invite_code,
                                     time=f"{team.digest_time:%H:%M}", zone=team.timezone))]


def list_teams(turn: Turn) -> list[Reply]:
    """`/team`: the team of this chat, or all of the person's teams in a private chat."""
    chat = chat_of_command(turn.inbound)
    if chat is not None:
        team = turn.tx.team_by_channel(turn.inbound.platform, chat)
        if team is None:
            return [say(texts.NO_TEAM_HERE)]
        described = say(_describe(turn, team, turn.tx.membership(team.id, turn.person.id)))
        if team.channel_lost:  # a command from the chat: the bot is back (docs/teams.md)
            turn.tx.set_channel_lost(team.id, "")
            return [say(texts.CHANNEL_BACK.format(name=team.name)), described]
        return [described]
    teams = turn.tx.teams_of(turn.person.id)
    if not teams:
        return [say(texts.NO_TEAMS)]
    return [say("\n".join(_describe(turn, team, membership) for team, membership in teams))]


def _describe(turn: Turn, team: Team, membership: Membership | None) -> str:
    count = sum(1 for p, m in turn.tx.members(team.id)
                if m.role is Role.MEMBER and not p.deactivated)
    line = f"{team.name}: {count} member{'' if count == 1 else 's'}"
    if membership is not None and turn.tx.is_coach(team.id, turn.person.id):
        mentions = "on" if team.mention_missing else "off"
        return (f"{line}; you coach it. Invite code {team.invite_code}; digest at "
                f"{team.digest_time:%H:%M} ({team.timezone}); @-mentions {mentions}.")
    if membership is not None:
        return f"{line}; you share {_shares(membership.share_scores, membership.share_safety)}."
    return f"{line}."


def _shares(scores: bool, safety: bool) -> str:
    seen = texts.SEES_SCORES if scores else texts.SEES_STATUS
    return f"{seen}; safety flags {texts.SAFETY_SHARED if safety else texts.SAFETY_PRIVATE}"


# -- coach settings --------------------------------------------------------------------


def _coached(turn: Turn, name: str) -> Team | list[Reply]:
    """The team a coach command is about, if the person coaches it; else the answer to give."""
    team = _team_meant(turn, name, "/team digest|mention")
    if not isinstance(team, Team):
        return team
    if not turn.tx.is_coach(team.id, turn.person.id):
        return [say(texts.COACH_ONLY.format(name=team.name))]
    return team


def set_digest(turn: Turn, rest: str) -> list[Reply]:
    """`/team digest HH:MM [TEAM]` (coach only)."""
    when, _, name = rest.partition(" ")
    if not when:
        return [say(texts.DIGEST_USAGE)]
    team = _coached(turn, name)
    if not isinstance(team, Team):
        return team
    parsed = parse_time(when)
    if isinstance(parsed, Invalid):
        return [say(f"{parsed.message} {texts.DIGEST_USAGE}")]
    team = turn.tx.set_digest_time(team.id, parsed)
    return [say(texts.DIGEST_SET.format(name=team.name, time=f"{parsed:%H:%M}",
                                        zone=team.timezone))]


def set_mention(turn: Turn, rest: str) -> list[Reply]:
    """`/team mention on|off [TEAM]` (coach only)."""
    switch, _, name = rest.partition(" ")
    if switch.casefold() not in ("on", "off"):
        return [say(texts.MENTION_USAGE)]
    team = _coached(turn, name)
    if not isinstance(team, Team):
        return team
    on = switch.casefold() == "on"
    team = turn.tx.set_mention_missing(team.id, on)
    return [say((texts.MENTION_ON if on else texts.MENTION_OFF).format(name=team.name))]


def _team_meant(turn: Turn, name: str, command: str) -> Team | list[Reply]:
    """This chat's team; else the person's team of that name; else their only team."""
    chat = chat_of_command(turn.inbound)
    if chat is not None:
        team = turn.tx.team_by_channel(turn.inbound.platform, chat)
        return [say(texts.NO_TEAM_HERE)] if team is None else team
    teams = [team for team, _ in turn.tx.teams_of(turn.person.id)]
    names = ", ".join(team.name for team in teams)
    if not teams:
        return [say(texts.NO_TEAMS)]
    wanted = " ".join(name.split()).casefold()
    if wanted:
        named = [team for team in teams if team.name.casefold() == wanted]
        if named:
            return named[0]
        return [say(texts.NOT_IN_TEAM.format(name=name.strip()[:NAME_MAX], teams=names))]
    if len(teams) == 1:
        return teams[0]
    return [say(texts.WHICH_TEAM.format(command=command, teams=names))]


# -- joining and leaving ---------------------------------------------------------------


def join(turn: Turn, args: str) -> list[Reply]:
    """`/join CODE` in a private chat: ask what the coach may see, then join."""
    if not turn.inbound.private:
        return [say(texts.JOIN_IN_PRIVATE)]
    code = args.strip()
    if not code:
        return [say(texts.JOIN_USAGE)]
    team = turn.tx.team_by_code(code)
    if team is None:
        return [say(texts.UNKNOWN_CODE.format(code=normalise_code(code)[:16] or code[:16]))]
    if turn.tx.is_coach(team.id, turn.person.id):
        return [say(texts.ALREADY_COACH.format(name=team.name))]
    token = turn.ask(f"{PREFIX}:scores", team_id=team.id)
    return [_scores_question(team, token)]


def _scores_question(team: Team, token: str) -> Reply:
    pending = f"{PREFIX}:scores"
    return say(texts.SCORES_QUESTION.format(name=team.name),
               button("Readiness status only", pending, token, "status"),
               button("Full scores too", pending, token, "scores"), columns=1)


def _safety_question(team: Team, token: str) -> Reply:
    pending = f"{PREFIX}:safety"
    return say(texts.SAFETY_QUESTION.format(name=team.name),
               button("Yes", pending, token, "yes"), button("No", pending, token, "no"))


def _team(turn: Turn) -> Team | None:
    team_id = turn.current.draft.get("team_id")
    return turn.tx.team(team_id) if isinstance(team_id, int) else None


def ask_again(turn: Turn, step: str) -> list[Reply]:
    """The open join question once more, with its own token (nothing is written)."""
    team = _team(turn)
    if team is None:
        return []
    token = turn.current.token or ""
    return [_scores_question(team, token) if step == "scores" else _safety_question(team, token)]


def answer(turn: Turn, step: str, understood: Understanding) -> list[Reply] | None:
    """An answer to a join question; None when the message is about something else (the Coach
    answers it and asks the question again)."""
    team = _team(turn)
    if team is None:  # the team was removed meanwhile
        turn.done()
        return None
    pressed = turn.inbound.choice is not None
    chosen = _scores_answer(turn, understood) if step == "scores" else _yes_no_answer(
        turn, understood)
    if chosen is None:
        return [say(BAD_BUTTON)] if pressed else None
    if pressed:
        turn.take()
    if step == "scores":
        token = turn.ask(f"{PREFIX}:safety", team_id=team.id, share_scores=chosen)
        return [_safety_question(team, token)]
    scores = bool(turn.current.draft.get("share_scores", False))
    turn.tx.join(team.id, turn.person.id, share_scores=scores, share_safety=chosen)
    turn.done()
    shares = (texts.SEES_SCORES if scores else texts.SEES_STATUS,
              texts.SAFETY_SHARED if chosen else texts.SAFETY_PRIVATE)
    return [say(texts.JOINED.format(name=team.name, code=team.invite_code, scores=shares[0],
                                    safety=shares[1]))]


def _scores_answer(turn: Turn, understood: Understanding) -> bool | None:
    if turn.inbound.choice is not None:
        return {"status": False, "scores": True}.get(turn.answer)
    words = turn.inbound.text.casefold()
    if "full" in words or "score" in words:
        return True
    if "status" in words or "default" in words or _said(understood, Name.SKIP, Name.NO):
        return False
    return None


def _yes_no_answer(turn: Turn, understood: Understanding) -> bool | None:
    if turn.inbound.choice is not None:
        return {"yes": True, "no": False}.get(turn.answer)
    if _said(understood, Name.YES):
        return True
    if _said(understood, Name.NO, Name.SKIP) or "default" in turn.inbound.text.casefold():
        return False
    return None


def _said(understood: Understanding, *names: Name) -> bool:
    return isinstance(understood, Command) and understood.name in names


def leave(turn: Turn, args: str) -> list[Reply]:
    """`/leave [TEAM]`: in a group, its team; in private, the team named or the only one."""
    team = _team_meant(turn, args, "/leave")
    if not isinstance(team, Team):
        return team
    if not turn.tx.leave(team.id, turn.person.id):
        return [say(texts.NOT_A_MEMBER.format(name=team.name))]
    text = texts.LEFT.format(name=team.name)
    if not any(m.role is Role.COACH for _, m in turn.tx.members(team.id)):
        text += texts.LEFT_NO_COACH
    return [say(text)]
