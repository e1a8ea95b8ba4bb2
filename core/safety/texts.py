"""Fixed, human-written texts for risk: the crisis reply, the concern reply, check-in escalation.

These are written once and reviewed as text, never generated. Changing a word changes
the golden strings in tests/core/safety/test_texts.py on purpose.
"""

from __future__ import annotations

from core.safety import flow_texts
from core.safety.helplines import Helpline, helpline_for
from core.safety.model import Category
from core.safety.wording import ENGLISH

_NOT_ALONE = (
    "I'll keep your plan going, but only as support alongside that care, never instead of it. "
    "Please don't make me the only place you bring this."
)

_CONCERN_OPENINGS: dict[Category, str] = {
    Category.SUICIDE_SELF_HARM: "What you describe deserves proper care from a person, not an app.",
    Category.PANIC: "Panic that keeps coming back is very treatable, and you shouldn't have to "
    "push through it on your own.",
    Category.DEPRESSION: "Feeling this low for this long is more than a training problem, and "
    "it can get better with the right help.",
    Category.TRAUMA: "Reliving something that happened to you is exhausting, and there are "
    "people trained to help with exactly this.",
    Category.EATING: "A hard relationship with food and eating is worth real support, and it "
    "matters more than any session or weight target.",
    Category.SUBSTANCE: "Finding it hard to get through without drink, pills or drugs is "
    "something people get real help with every day.",
    Category.SLEEP: "Sleep this disrupted for this long needs more than a training tweak.",
    Category.ABUSE_SAFEGUARDING: "Nobody should be hurt, threatened or controlled, and what you "
    "describe deserves proper support.",
}


def crisis_text(country: str | None) -> str:
    """The urgent reply in English: not a crisis service; emergency number, crisis line;
    reach out now. Other languages: `flow_texts.crisis` with a reviewed `Wording`."""
    return flow_texts.crisis(helpline_for(country), ENGLISH)


def concern_text(category: Category, country: str | None) -> str:
    """The concern reply: seek clinical support; the plan continues only alongside it.
    For abuse, the country's domestic-abuse line follows, where the table has one."""
    line = helpline_for(country)
    text = (
        f"Thank you for telling me. {_CONCERN_OPENINGS[category]}\n\n"
        "Please talk to a GP or doctor, or a mental-health professional, about it soon. "
        f"{_NOT_ALONE}\n\n"
        f"If things get worse or you don't feel safe, you can {_reach(line)}. "
        f"In an emergency, call {line.emergency}."
    )
    abuse = flow_texts.abuse_line(line, ENGLISH) if category is Category.ABUSE_SAFEGUARDING else ""
    return f"{text}\n\n{abuse}" if abuse else text


def checkin_escalation_text(country: str | None) -> str:
    """For check-in answers (not words) that call for clinical support."""
    line = helpline_for(country)
    return (
        "Your check-ins show more than a hard training block: your answers about sleep, mood "
        "or how wound-up you feel have stayed at the hard end for a long stretch.\n\n"
        "Please talk to a GP or doctor, or a mental-health professional, about how you've been "
        f"sleeping and feeling. {_NOT_ALONE}\n\n"
        f"If things get worse or you don't feel safe, you can {_reach(line)}. "
        f"In an emergency, call {line.emergency}."
    )


def review_escalation_text(country: str | None) -> str:
    """For weekly check-ins that named several watch-list signals two weeks running."""
    line = helpline_for(country)
    return (
        "Two weekly check-ins in a row you've named several signs that your system is under "
        "strain: more than a hard training block.\n\n"
        "Please talk to a GP or doctor, or a mental-health professional, about how you've been "
        f"feeling and coping. {_NOT_ALONE}\n\n"
        f"If things get worse or you don't feel safe, you can {_reach(line)}. "
        f"In an emergency, call {line.emergency}."
    )


def _reach(line: Helpline) -> str:
    """How to reach the crisis line, to follow "you can"."""
    return flow_texts.reach(line, ENGLISH)
