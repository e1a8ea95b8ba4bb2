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
from core.coach.turn import YES_NO, Turn, say
from core.intents import Intent, classify
from core.messages import Choice, Inbound, Reply
from core.settings_parse import Invalid, parse_time
from core.teams import Membership, Role, Team, normalise_code

PREFIX = "team"
COMMANDS = frozenset({"/team", "/join", "/leave"})  # the commands heard in groups too
DEFAULT_DIGEST_TIME = time(9, 0)
NAME_MAX = 80
STATUS_ONLY = Choice("Readiness status only", "team:status")
FULL_SCORES = Choice("Full scores too", "team:scores")


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
        return [say(_describe(turn, team, turn.tx.membership(team.id, turn.person.id)))]
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
    turn.wait_for(f"{PREFIX}:scores", team_id=team.id)
    return [_scores_question(team)]


def _scores_question(team: Team) -> Reply:
    return say(texts.SCORES_QUESTION.format(name=team.name), STATUS_ONLY, FULL_SCORES, columns=1)


def _safety_question(team: Team) -> Reply:
    return say(texts.SAFETY_QUESTION.format(name=team.name), *YES_NO)


def answer(turn: Turn, step: str) -> list[Reply] | None:
    """An answer to a join question; None when the text is clearly about something else."""
    team_id = turn.conversation.draft.get("team_id")
    team = turn.tx.team(team_id) if isinstance(team_id, int) else None
    if team is None:  # the team was removed meanwhile
        turn.done()
        return None
    if step == "scores":
        scores = _scores_answer(turn)
        if scores is None:
            return _unclear(turn, _scores_question(team))
        turn.wait_for(f"{PREFIX}:safety", team_id=team.id, share_scores=scores)
        return [_safety_question(team)]
    safety = _yes_no_answer(turn)
    if safety is None:
        return _unclear(turn, _safety_question(team))
    scores = bool(turn.conversation.draft.get("share_scores", False))
    turn.tx.join(team.id, turn.person.id, share_scores=scores, share_safety=safety)
    turn.done()
    shares = (texts.SEES_SCORES if scores else texts.SEES_STATUS,
              texts.SAFETY_SHARED if safety else texts.SAFETY_PRIVATE)
    return [say(texts.JOINED.format(name=team.name, code=team.invite_code, scores=shares[0],
                                    safety=shares[1]))]


def _unclear(turn: Turn, question: Reply) -> list[Reply] | None:
    if turn.inbound.choice is None and classify(turn.inbound.text) is not Intent.UNKNOWN:
        return None  # "what's today's session?" mid-join: answer that, keep the question open
    return [question]


def _scores_answer(turn: Turn) -> bool | None:
    if turn.inbound.choice in (STATUS_ONLY.value, FULL_SCORES.value):
        return turn.inbound.choice == FULL_SCORES.value
    words = turn.inbound.text.casefold()
    if "full" in words or "score" in words:
        return True
    if "status" in words or "default" in words or classify(words) in (Intent.SKIP, Intent.NO):
        return False
    return None


def _yes_no_answer(turn: Turn) -> bool | None:
    if turn.answer in ("yes", "no"):
        return turn.answer == "yes"
    intent = classify(turn.answer)
    if intent is Intent.YES:
        return True
    if intent in (Intent.NO, Intent.SKIP) or "default" in turn.answer.casefold():
        return False
    return None


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
