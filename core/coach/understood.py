"""A message answered as what it is (core.understanding): a day's session, a check-in typed
with nothing open, a coaching question, a command in words, a setting, or "I didn't catch
that"."""

from __future__ import annotations

from collections.abc import Callable

from core.coach import account, checkin_flow, texts, which_day
from core.coach.answers import answer
from core.coach.onboarding import setting_changes
from core.coach.turn import Turn, say
from core.messages import Reply
from core.settings_parse import Choose
from core.understanding import (
    Command,
    Name,
    Question,
    Ratings,
    RatingsProblem,
    Session,
    Setting,
    Understanding,
)

RunCommand = Callable[[str], list[Reply]]  # "/trend" -> the replies of that command

_AS_COMMANDS = {
    Name.HELP: "/help", Name.CHECKIN: "/checkin", Name.RESUME: "/resume", Name.TREND: "/trend",
    Name.EXPORT: "/export", Name.DELETE: "/delete", Name.MORE: "/more", Name.GREETING: "/start",
}  # fmt: skip


def reply_to(turn: Turn, understood: Understanding, run: RunCommand) -> list[Reply]:
    """The answer to a message understood as `understood`, with nothing open taking it."""
    if isinstance(understood, Session):
        return which_day.session_on(turn, understood.day)
    if isinstance(understood, Ratings):
        return checkin_flow.from_idle(turn, understood)
    if isinstance(understood, RatingsProblem):
        return [say(understood.message)]
    if isinstance(understood, Question):
        return [say(answer(understood.topic))]
    if isinstance(understood, Setting):
        return _setting(turn, understood)
    if isinstance(understood, Command):
        return _command(turn, understood, run)
    return [say(texts.UNKNOWN)]


def _command(turn: Turn, command: Command, run: RunCommand) -> list[Reply]:
    if command.name is Name.PAUSE:
        return run(f"/pause {command.days or ''}".strip())
    if command.name is Name.THANKS:
        return [say(texts.THANKS)]
    if command.name is Name.CANCEL:
        if turn.current.pending is not None:  # an open question nobody else took
            turn.done()
            return [say(texts.STOPPED)]
        return [say(texts.NOTHING_TO_CANCEL)]
    if command.name in (Name.YES, Name.NO, Name.SKIP):
        return [say(texts.NOTHING_PENDING)]
    return run(_AS_COMMANDS[command.name])


def _setting(turn: Turn, setting: Setting) -> list[Reply]:
    if setting.value is None:
        return account.apply_setting(turn, setting.name, Choose(setting.options,
                                                                setting.message))
    return account.apply_setting(turn, setting.name, setting_changes(setting.name,
                                                                     setting.value))
