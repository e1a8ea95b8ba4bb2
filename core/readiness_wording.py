"""The one plain sentence a readiness assessment carries, naming the markers."""

from __future__ import annotations

from collections.abc import Iterable

from core.assessment import Marker

# Markers where a higher value is the worse direction.
HIGHER_IS_WORSE: frozenset[Marker] = frozenset({Marker.AROUSAL, Marker.RHR})


def english_list(words: Iterable[str]) -> str:
    """ "sleep", "sleep and mood", "sleep, recovery and mood"."""
    items = list(words)
    if len(items) <= 2:
        return " and ".join(items)
    return ", ".join(items[:-1]) + " and " + items[-1]


def _capitalised(text: str) -> str:
    return text[:1].upper() + text[1:]


def _name(marker: Marker) -> str:
    return marker.value  # "sleep", "resting heart rate", "HRV"


def off_usual(markers: Iterable[Marker], past: bool) -> str:
    """ "sleep and mood are below your usual and arousal above it" (lower case start)."""
    ordered = [m for m in Marker if m in set(markers)]
    low = [_name(m) for m in ordered if m not in HIGHER_IS_WORSE]
    high = [_name(m) for m in ordered if m in HIGHER_IS_WORSE]
    first, direction, rest = (low, "below", high) if low else (high, "above", [])
    if past:
        verb = "have been" if len(first) > 1 else "has been"
    else:
        verb = "are" if len(first) > 1 else "is"
    text = f"{english_list(first)} {verb} {direction} your usual"
    if rest:
        text += f" and {english_list(rest)} above it"
    return text


def out_of_scale(markers: Iterable[Marker]) -> str:
    """While the baseline forms there is no "usual" yet: "sleep is very low and arousal very
    high" (lower case start)."""
    ordered = [m for m in Marker if m in set(markers)]
    low = [_name(m) for m in ordered if m not in HIGHER_IS_WORSE]
    high = [_name(m) for m in ordered if m in HIGHER_IS_WORSE]
    first, direction, rest = (low, "very low", high) if low else (high, "very high", [])
    text = f"{english_list(first)} {'are' if len(first) > 1 else 'is'} {direction}"
    if rest:
        text += f" and {english_list(rest)} very high"
    return text


def deload_why(markers: tuple[Marker, ...]) -> str:
    """ "Sleep and mood have been below your usual over three check-ins in a row." """
    return f"{_capitalised(off_usual(markers, past=True))} over three check-ins in a row."


def deload_reason(markers: tuple[Marker, ...], day_number: int, planned: int, cut: int) -> str:
    return (
        f"{deload_why(markers)[:-1]}, "
        f"so today is lighter: {cut}% less volume and no hard conditioning "
        f"(day {day_number} of {planned})."
    )


def poor_day_why(markers: tuple[Marker, ...]) -> str:
    """ "Sleep is very low and arousal very high today." """
    return f"{_capitalised(out_of_scale(markers))} today."


def poor_day_reason(markers: tuple[Marker, ...], recovery_day: bool) -> str:
    """ "Sleep is very low today, so today is lighter: fewer sets and nothing heavy." """
    change = (
        "a recovery day: an easy walk and mobility instead of training"
        if recovery_day
        else "lighter: fewer sets and nothing heavy"
    )
    return f"{poor_day_why(markers)[:-1]}, so today is {change}."


def assessment_reason(
    *,
    flagged: tuple[Marker, ...],
    gates_closed: bool,
    calibrating_entries: int | None,
    minimum_entries: int,
    poor_day: str | None = None,
    today: tuple[Marker, ...] = (),
) -> str:
    """Sentence for a day without a deload; `calibrating_entries` None = baseline formed.

    `today` are the markers declined on the day itself (the others in `flagged` close the
    gates from earlier days: mood disturbance that persists). `poor_day` is the sentence of
    a poor day (today's ratings very poor): it replaces the markers' sentence. While the
    baseline forms the 0-10 markers are "very" low or high, and "train as planned" never
    follows them.
    """
    if poor_day is not None:
        body = poor_day[:1].lower() + poor_day[1:]
    elif flagged:
        scale = [m for m in flagged if m not in (Marker.HRV, Marker.RHR)]
        physiology = [m for m in flagged if m in (Marker.HRV, Marker.RHR)]
        if calibrating_entries is not None and scale:
            # 0-10 markers are judged by the calibration rule: there is no "usual" yet
            now = [m for m in scale if m in today]
            lately = [m for m in scale if m not in today]
            parts = [out_of_scale(now)] if now else []
            if lately:
                verb = "has" if len(lately) == 1 else "have"
                parts.append(f"{english_list(_name(m) for m in lately)} {verb} been very "
                             "low on recent check-ins")
            if physiology:
                parts.append(off_usual(physiology, past=False))
            described = "; ".join(parts)
            action = "so no load increases for now" if gates_closed else "so keep an eye on it"
        else:
            described = off_usual(flagged, past=False)
            action = (
                "so train as planned without adding load"
                if gates_closed
                else "so train as planned and keep an eye on it"
            )
        body = f"{described}, {action}."
    else:
        body = ""
    if calibrating_entries is not None:
        prefix = (
            f"Your baseline is still forming ({calibrating_entries} of {minimum_entries} "
            "check-ins older than a week)"
        )
        if body:
            return f"{prefix}; {body}"
        return f"{prefix}, so for now only very low or very high ratings count."
    if body:
        return _capitalised(body)
    return "All your markers are in your usual range."
