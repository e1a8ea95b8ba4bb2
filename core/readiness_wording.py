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


def deload_reason(markers: tuple[Marker, ...], day_number: int, planned: int, cut: int) -> str:
    return (
        f"{_capitalised(off_usual(markers, past=True))} over three check-ins in a row, "
        f"so today is lighter: {cut}% less volume and no hard conditioning "
        f"(day {day_number} of {planned})."
    )


def assessment_reason(
    *,
    flagged: tuple[Marker, ...],
    gates_closed: bool,
    calibrating_entries: int | None,
    minimum_entries: int,
) -> str:
    """Sentence for a day without a deload; `calibrating_entries` None = baseline formed."""
    if flagged:
        action = (
            "so train as planned without adding load"
            if gates_closed
            else "so train as planned and keep an eye on it"
        )
        scale = [m for m in flagged if m not in (Marker.HRV, Marker.RHR)]
        if calibrating_entries is not None and scale:
            # 0-10 markers are judged by the calibration rule: there is no "usual" yet
            parts = [out_of_scale(scale)]
            physiology = [m for m in flagged if m in (Marker.HRV, Marker.RHR)]
            if physiology:
                parts.append(off_usual(physiology, past=False))
            described = "; ".join(parts)
        else:
            described = off_usual(flagged, past=False)
        body = f"{described}, {action}."
    else:
        body = ""
    if calibrating_entries is not None:
        prefix = (
            f"Your baseline is still forming ({calibrating_entries} of {minimum_entries} "
            "check-ins, not counting the last week)"
        )
        if body:
            return f"{prefix}; {body}"
        return f"{prefix}, so for now only very low or very high ratings count."
    if body:
        return _capitalised(body)
    return "All your markers are in your usual range."
