"""TED guidance (Tired, Exercise, Diet): sleep, nutrition and integration content for the coach.

Sources (seed 000): Practice Template 1 "Behavioural Stabilisation Parameters" and "Daily
Micro-Regulation"; Practice Template 2 "Recovery Prescription" (sleep, travel), "Nutrition and
Hydration" and "Psychological Integration". Pure content and arithmetic: no I/O, no clock.
"""

from __future__ import annotations

import math

PRACTICE_DISCLAIMER = (
    "These plans are practice-informed templates, not validated treatment protocols."
)

# --- T: sleep and fatigue (Template 2 "Recovery Prescription: Sleep"; Template 1 parameters) ---

SLEEP_WINDOW = "Keep a consistent sleep-wake window: same wake time every day, weekends too."
PROTECT_PRE_SLEEP = (
    "Protect the last 60-90 min before bed: low light, low stimulation, screens away."
)
HIGH_LOAD_TIME_IN_BED = "In high-load weeks, aim for at least 8 h in bed."
CAFFEINE = (
    "If you feel anxious or sleep is disrupted, take caffeine earlier and in smaller doses."
)
ALCOHOL = "Alcohol is not a regulation strategy: it unsettles sleep and mood over days."
PRE_LOAD = "Before a predictable stressful moment, pre-load: 5 min of walking or slow breathing."

TRAVEL: tuple[str, ...] = (
    "Travel: anchor your wake time to the new local time.",
    "Use daylight on purpose: outside light in the morning, dim light in the evening.",
    "A 20-30 min nap is fine if you need it; keep it short.",
)


def sleep_lines(high_load: bool) -> tuple[str, ...]:
    """Sleep hints; the 8 h time-in-bed target only in high-load phases."""
    lines = [SLEEP_WINDOW, PROTECT_PRE_SLEEP]
    if high_load:
        lines.append(HIGH_LOAD_TIME_IN_BED)
    return tuple(lines)


def wind_down_text() -> str:
    """The evening reminder sent before the person's bedtime."""
    return "\n".join(
        (
            "Wind-down time.",
            "The next 60-90 min protect your sleep: dim the lights, screens away,",
            "nothing intense. Try 2-3 min of slow nasal breathing with a longer exhale.",
            "If your mind is busy, name the state and what you need, one sentence each.",
        )
    )


# --- E: sit breaks (Template 1: interrupt prolonged sitting at least hourly, 1-2 min) ---

SIT_BREAK_SUGGESTIONS: tuple[str, ...] = (
    "Stand up and walk for 1-2 min: stairs, corridor, or round the room.",
    "1 min of mobility: 5 slow neck turns, 5 shoulder rolls, 5 hip circles each way.",
    "Stand and do 1-2 min of breathing: in through the nose for 4, out for 6.",
    "Two physiological sighs (two short inhales, one long exhale), then walk for 1 min.",
    "1 min of calf raises and 10 slow bodyweight squats, breathing steadily.",
    "Walk to a window, look far away for 1 min, breathe out longer than in.",
    "Stand, reach both arms overhead, then 5 slow forward folds; 1-2 min in all.",
    "Paced breathing standing up: in 4, hold 4, out 6, hold 2; repeat for 1-2 min.",
)


def sit_break_suggestion(index: int) -> str:
    """The hourly sit-break prompt; cycles through the list so it varies across the day."""
    return SIT_BREAK_SUGGESTIONS[index % len(SIT_BREAK_SUGGESTIONS)]


# --- D: diet and hydration (Template 2 "Nutrition and Hydration") ---

PROTEIN_PER_KG_MEAL = (0.3, 0.5)


def protein_per_meal(body_mass_kg: float | None) -> tuple[int, int] | None:
    """Grams of protein per meal at 0.3-0.5 g/kg (70 kg -> (21, 35)); None when unknown."""
    if body_mass_kg is None or not math.isfinite(body_mass_kg):
        return None
    if not 20.0 <= body_mass_kg <= 350.0:
        return None
    low, high = PROTEIN_PER_KG_MEAL
    return round(body_mass_kg * low), round(body_mass_kg * high)


def protein_line(body_mass_kg: float | None) -> str:
    grams = protein_per_meal(body_mass_kg)
    if grams is None:
        return "Spread protein across your meals: about 0.3-0.5 g per kg of body mass per meal."
    return f"Spread protein across your meals: about {grams[0]}-{grams[1]} g per meal."


POST_TRAINING_PROTEIN = "Have a protein-containing meal within a few hours after training."
CARBS_HARD_SESSION = "Hard session today: include carbohydrate in the meals before and after it."
UNDER_FUELLING = "Avoid under-fuelling: eat enough on training days, not only on rest days."
HYDRATION = (
    "Hydration: watch your body-mass trend and urine colour (pale straw is fine); "
    "add electrolytes when you sweat a lot."
)


def nutrition_lines(
    body_mass_kg: float | None, *, trained: bool, hard_session: bool = False
) -> tuple[str, ...]:
    """Diet hints for a day: protein (in grams when body mass is known), fuel and fluids."""
    lines = [protein_line(body_mass_kg)]
    if trained:
        lines.append(POST_TRAINING_PROTEIN)
    if hard_session:
        lines.append(CARBS_HARD_SESSION)
    lines.append(UNDER_FUELLING if trained else HYDRATION)
    return tuple(lines)


def stabilisation_lines() -> tuple[str, ...]:
    """Template 1's behavioural stabilisation parameters, for rest days and the weekly review."""
    return (SLEEP_WINDOW, CAFFEINE, ALCOHOL, PRE_LOAD)


# --- Psychological integration (Template 2): the weekly check-in ---

WEEKLY_QUESTION = "What is my system doing under load?"
WATCH_LIST: tuple[str, ...] = (
    "emotional blunting",
    "aggression spikes",
    "persistent rumination",
    "appetite loss",
    "recurrent minor injuries",
    '"I can\'t switch off"',
    "dread of training",
)


def weekly_review_text() -> str:
    """The weekly integration check-in: the question, the watch list, and how to read it."""
    lines = [
        "Weekly check-in: " + WEEKLY_QUESTION,
        "Over the past week, have you noticed any of these?",
    ]
    lines.extend("- " + item for item in WATCH_LIST)
    lines.append(
        "These are signals about load and recovery, not a lack of motivation. "
        "Tell me which, in your own words, or \"none\": any of them holds this week's "
        "load steady."
    )
    return "\n".join(lines)
