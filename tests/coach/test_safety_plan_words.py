"""A "no" to the direct question, in languages whose everyday words look like another
language's plan, time or means words (docs/safety.md, "specifics"), through Coach.handle.

Found by a fourth attacker: German "will" (= "want") was read as the English plan word, so
"ich will sterben" + "nein" was told the message "mentioned a way, a plan or a time" and the
no was refused. Romanian "nu" (= "not") read as Dutch "nu" (now) did the same to "nu mai vreau
să trăiesc" + "nu"; Spanish "mes" (month) as Dutch "mes" (knife). Real plans and times still
keep the crisis text.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from bot import bootstrap
from core.safety import flow_texts
from core.safety.helplines import helpline_for
from core.safety.specifics import specifics
from core.safety.translations import wording_for
from tests.coach.safety_golden import BACK_GB, FOLLOW_UP_EN
from tests.coach.talk import Person, onboard

START = datetime(2026, 3, 2, 10, 30, tzinfo=UTC)

BACK_DE = (
    "Danke für deine Antwort. Das freut mich. Wenn es sich je so schwer anfühlt, kannst du "
    "rund um die Uhr mit jemandem sprechen: Ruf 0800 111 0 111 / 0800 111 0 222 an "
    "(TelefonSeelsorge).\n\nZurück zu deinem Training, wann immer du bereit bist."
)
FOLLOW_UP_DE = (
    "Danke für deine Antwort. Weil deine Nachricht ein Mittel, einen Plan oder einen Zeitpunkt "
    "erwähnt hat, lasse ich diese Nummern vorerst hier stehen. Wenn etwas in deiner Nähe ist, "
    "womit du dir schaden könntest, bring bitte Abstand dazwischen und erzähl jemandem, dem du "
    "vertraust, wie dein Tag war. Darf ich noch einmal nachfragen? Bist du gerade in Sicherheit?"
)
BACK_RO = (
    "Îți mulțumesc pentru răspuns. Mă bucur. Dacă vreodată totul devine prea greu, poți vorbi "
    "cu Alianța Română de Prevenție a Suicidului: sună la 0800 801 200.\n\nRevenim la "
    "antrenament când vrei."
)
BACK_ES = (
    "Gracias por responder. Me alegro. Si alguna vez todo se hace demasiado pesado, puedes "
    "hablar con alguien a cualquier hora: llama al 024 (024, Línea de atención a la conducta "
    "suicida).\n\nSeguimos con tu entrenamiento cuando quieras."
)
ZONES = {"GB": "Europe/London", "DE": "Europe/Berlin", "RO": "Europe/Bucharest",
         "ES": "Europe/Madrid"}
LANGUAGES = {"GB": "en", "DE": "de", "RO": "ro", "ES": "es"}


@pytest.fixture
def wiring(rules_only_wiring: bootstrap.Wiring) -> bootstrap.Wiring:
    return rules_only_wiring  # the rules, no classifier


def crisis_in(country: str) -> str:
    return flow_texts.crisis(helpline_for(country), wording_for(LANGUAGES[country]))


def asked_and_answered(wiring: bootstrap.Wiring, country: str, message: str, no: str) -> list[str]:
    person = Person(wiring.coach, f"p{country.lower()}", START)
    onboard(person, ZONES[country], country)
    asked = person.says(message)
    assert asked[0].text == crisis_in(country)  # urgent: the crisis text, then the question
    return [reply.text for reply in person.says(no)]


@pytest.mark.parametrize(("country", "message", "no", "back"), [
    ("DE", "ich will sterben", "nein", BACK_DE),
    ("DE", "ich will nicht mehr leben", "nein", BACK_DE),
    ("RO", "nu mai vreau să trăiesc", "nu", BACK_RO),
    ("ES", "quiero morir este mes", "no", BACK_ES),
    ("GB", "i want to die most days", "no", BACK_GB),
])
def test_a_want_or_a_not_is_no_plan_so_a_no_goes_back_to_coaching(
    wiring: bootstrap.Wiring, country: str, message: str, no: str, back: str
) -> None:
    assert asked_and_answered(wiring, country, message, no) == [back]


@pytest.mark.parametrize(("country", "message", "no", "follow_up"), [
    ("DE", "ich will mich morgen umbringen", "nein", FOLLOW_UP_DE),
    ("GB", "i want to die tonight", "no", FOLLOW_UP_EN),
])
def test_a_real_time_still_keeps_the_crisis_text(
    wiring: bootstrap.Wiring, country: str, message: str, no: str, follow_up: str
) -> None:
    assert asked_and_answered(wiring, country, message, no) == [crisis_in(country), follow_up]


@pytest.mark.parametrize("text", [
    "ich will sterben", "will mich umbringen", "ich will nicht mehr leben",
    "nu mai vreau să trăiesc", "nu pot să mai trăiesc", "quiero morir este mes",
    "i want to die most days", "my bucket list is empty, i want to die",
    "no quiero vivir, sea como sea",
])
def test_everyday_words_of_another_language_name_nothing(text: str) -> None:
    assert specifics([text]) == frozenset()


@pytest.mark.parametrize(("text", "kind"), [
    ("ich will heute abend sterben", "time"), ("ich will morgen sterben", "time"),
    ("i want to die tonight", "time"), ("ik wil nu dood", "time"), ("ik doe het nu", "time"),
    ("nu e bine, vreau să mor acum", "time"), ("i will end it", "plan"),
    ("i wrote my will", "plan"), ("napisałem list pożegnalny", "plan"),
    ("ich habe einen brief geschrieben", "plan"), ("met een mes", "means"),
    ("skoczę z mostu", "means"), ("jump into the sea", "means"),
])
def test_plans_times_and_means_in_their_own_language_are_still_named(
    text: str, kind: str
) -> None:
    assert kind in specifics([text])
