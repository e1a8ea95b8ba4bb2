"""The safety flow's fixed texts, rendered for one helpline in one language.

Pure string assembly over `Wording` (the words) and `Helpline` (the numbers); nothing is
generated. Every function here is covered word for word by tests/core/safety.
"""

from __future__ import annotations

from core.safety.helpline_table import ALWAYS, Helpline, SpecialistLine
from core.safety.wording import Wording


def _talk_to(name: str, number: str, hours: str | None, words: Wording) -> str:
    """A line as "talk to <name> (any time | at <hours>): call <number>", in `words`."""
    if hours == ALWAYS:
        text = words.reach_always
    elif hours:
        text = words.reach_hours
    else:
        text = words.reach_plain
    return text.format(name=name, number=number, hours=hours)


def reach(line: Helpline, words: Wording) -> str:
    """How to reach the crisis line, to follow "you can" (or its translation)."""
    if not line.country:
        return words.reach_fallback
    text = _talk_to(line.line_name, line.line_number, line.hours, words)
    if words.language == "en" and line.text_option:
        return f"{text}, or {line.text_option}"
    if line.text_to:
        return text + words.text_also.format(text_to=line.text_to)
    return text


def emergency(line: Helpline, words: Wording) -> str:
    """What to dial in danger: the country's number, or the fallback's words."""
    return line.emergency if line.country else words.emergency_fallback


def crisis(line: Helpline, words: Wording) -> str:
    """The crisis text: sent first in every reply that carries it."""
    return words.crisis.format(emergency=emergency(line, words), reach=reach(line, words))


def specialist_lines(line: Helpline, words: Wording) -> str:
    """The country's domestic-abuse and child helplines, one sentence each, or "" when
    neither is known (the fallback, or a country without them in the table)."""
    found = [(words.abuse_line, line.abuse), (words.child_line, line.child)]
    return "\n".join(_sentence(text, known, words) for text, known in found if known)


def crisis_abuse(line: Helpline, words: Wording) -> str:
    """For danger from another person or a child harmed: the crisis text unchanged (the
    emergency number first), then, in the same message, the specialist lines."""
    text = crisis(line, words)
    lines = specialist_lines(line, words)
    return f"{text}\n\n{lines}" if lines else text


def abuse_line(line: Helpline, words: Wording) -> str:
    """The domestic-abuse line alone (for the concern reply), or "" when none is known."""
    return _sentence(words.abuse_line, line.abuse, words) if line.abuse else ""


def _sentence(template: str, specialist: SpecialistLine, words: Wording) -> str:
    """One specialist line's sentence: `template` with its `{reach}` filled."""
    return template.format(
        reach=_talk_to(specialist.name, specialist.number, specialist.hours, words))


def question_urgent(words: Wording) -> str:
    """The direct question after the crisis text (C-SSRS: thoughts of ending one's life)."""
    return f"{words.ask_urgent_intro} {words.q_life}"


def question_band(words: Wording) -> str:
    """The caring direct question in the band below the urgent threshold."""
    return f"{words.ask_band_intro} {words.q_life}"


def safety_plan(line: Helpline, words: Wording) -> str:
    """The safety plan steps, after a "yes" (sent after the crisis text)."""
    return words.safety_plan.format(emergency=emergency(line, words))


def back(line: Helpline, words: Wording) -> str:
    """After a clear "no": back to coaching, with the line kept in reach."""
    return words.back.format(reach=reach(line, words))


def follow_up(words: Wording) -> str:
    """After a single "no" to a message that named means, a plan or a time."""
    return f"{words.follow_up_intro} {words.q_safe}"


def safe_now(words: Wording) -> str:
    """After the safety plan: the check that keeps the crisis text in front until "yes"."""
    return words.q_safe


def again(words: Wording, *, safe_check: bool) -> str:
    """An open question asked again after a message that did not answer it."""
    return f"{words.again_intro} {words.q_safe if safe_check else words.q_life}"
