"""One language's concern texts (`ConcernWording`) and the English original.

A concern is something a clinician should see, not immediate danger. Its texts say: seek
clinical support soon; the plan goes on only alongside that care, never instead of it; the
crisis line if things get worse; the emergency number in an emergency. Written by hand,
reviewed as text and tested word for word; never generated.

Placeholders: `{opening}` (the category's sentence), `{alongside}`, `{worse}` (the parts
below), and in `worse` `{reach}` and `{emergency}`, rendered from the same language's
`Wording` (`core.safety.flow_texts.reach` and `emergency`). Translations: one `CONCERN` in
each `core/safety/translations/<language>.py`.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from core.safety.model import Category


@dataclass(frozen=True, slots=True)
class ConcernWording:
    """The concern texts in one language (see the module docstring for placeholders).

    - `concern`: the reply to words that raise a concern, opened by `openings[category]`.
    - `checkin`: for check-in answers (not words) that call for clinical support.
    - `review`: for weekly check-ins that named several watch-list signals two weeks running.
    - `alongside`: the plan goes on only alongside care, never instead of it.
    - `worse`: the crisis line if things get worse, the emergency number in an emergency.
    """

    language: str
    concern: str
    checkin: str
    review: str
    alongside: str
    worse: str
    openings: Mapping[Category, str]


ENGLISH_CONCERN = ConcernWording(
    language="en",
    concern=(
        "Thank you for telling me. {opening}\n\n"
        "Please talk to a GP or doctor, or a mental-health professional, about it soon. "
        "{alongside}\n\n{worse}"
    ),
    checkin=(
        "Your check-ins show more than a hard training block: your answers about sleep, mood "
        "or how wound-up you feel have stayed at the hard end for a long stretch.\n\n"
        "Please talk to a GP or doctor, or a mental-health professional, about how you've been "
        "sleeping and feeling. {alongside}\n\n{worse}"
    ),
    review=(
        "Two weekly check-ins in a row you've named several signs that your system is under "
        "strain: more than a hard training block.\n\n"
        "Please talk to a GP or doctor, or a mental-health professional, about how you've been "
        "feeling and coping. {alongside}\n\n{worse}"
    ),
    alongside=(
        "I'll keep your plan going, but only as support alongside that care, never instead of "
        "it. Please don't make me the only place you bring this."
    ),
    worse=(
        "If things get worse or you don't feel safe, you can {reach}. "
        "In an emergency, call {emergency}."
    ),
    openings={
        Category.SUICIDE_SELF_HARM: (
            "What you describe deserves proper care from a person, not an app."
        ),
        Category.PANIC: (
            "Panic that keeps coming back is very treatable, and you shouldn't have to push "
            "through it on your own."
        ),
        Category.DEPRESSION: (
            "Feeling this low for this long is more than a training problem, and it can get "
            "better with the right help."
        ),
        Category.TRAUMA: (
            "Reliving something that happened to you is exhausting, and there are people "
            "trained to help with exactly this."
        ),
        Category.EATING: (
            "A hard relationship with food and eating is worth real support, and it matters "
            "more than any session or weight target."
        ),
        Category.SUBSTANCE: (
            "Finding it hard to get through without drink, pills or drugs is something people "
            "get real help with every day."
        ),
        Category.SLEEP: "Sleep this disrupted for this long needs more than a training tweak.",
        Category.ABUSE_SAFEGUARDING: (
            "Nobody should be hurt, threatened or controlled, and what you describe deserves "
            "proper support."
        ),
    },
)
