"""Urgent rule: pills swallowed, told in passing, in French, Russian and Ukrainian.

An attempt told in passing ("le mois dernier j'ai avalé toutes mes pilules, réveillé à
l'hôpital", "минулого тижня наковталася пігулок") is urgent: a recent attempt
(data/safety/dev/definitions.md). The classifier found the French concern, the Ukrainian
nothing (the lead's own examples, fifth session of 2026-12-01, written because attempts told
in passing are the weakest kind in docs/safety.md). Told as a year or more ago ("торік",
"завтра год как", "il y a deux ans") it is the past, concern, and this rule stays silent:
two training rows say so. Normalised text, as in `rules_said_plainly.py`.
Source: seed 000, "Escalation Criteria" (suicidal ideation, self-harm).
"""

from __future__ import annotations

from core.safety.model import Category, Level
from core.safety.rule import rule
from core.safety.rules_languages import NOT_NEGATED as _NOT

_YEAR_AGO = (
    r"\b(?:торік|рік тому|років тому|минулого року|год назад|лет назад|год как|рік як|"
    r"в прошлом году|il y a (?:\w+ )?ans?|lan dernier|lannée dernière|lannee derniere)\b"
)

PILLS_TAKEN = rule(
    "pills-taken-languages",
    Category.SUICIDE_SELF_HARM,
    Level.URGENT,
    _NOT + r"(?:"
    r"\baval[eé]e? (?:toutes|tous) (?:mes|les) (?:pilules|cachets|comprim[eé]s|m[eé]docs|"
    r"m[eé]dic\w+)"
    r"|\bнаглотал(?:ась|ся|ася) (?:\w+ )?(?:таблеток|колес|колёс)\b"
    r"|\bнаковтал(?:ась|ася|ся) (?:\w+ )?(?:пігулок|таблеток|ліків)\b"
    r")",
    unless=_YEAR_AGO,
)
