"""German (de), informal "du". `WORDING` reviewed 2026-11-30 by a second
reader (see REVIEWED, docs/safety.md).
`CONCERN`: the concern and escalation texts, same register; written 2026-11-30 by their
author, reviewed the same day by a second reader (see CONCERN_REVIEWED, docs/safety.md)."""

from core.safety.concern_wording import ConcernWording
from core.safety.model import Category
from core.safety.wording import Wording

WORDING = Wording(
    language="de",
    crisis=(
        "Ich bin wirklich froh, dass du es mir gesagt hast. Ich bin ein Trainingscoach, kein "
        "Krisendienst, und in einem Notfall kann ich nicht helfen.\n\n"
        "Wenn du oder jemand anderes gerade in Gefahr ist, ruf jetzt {emergency} an.\n"
        "Du kannst {reach}.\n\n"
        "Bitte wende dich jetzt an jemanden: ein Krisentelefon, einen Freund oder eine "
        "Freundin, oder jemanden in deiner Nähe. Du musst das nicht allein tragen.\n\n"
        "Für dein Training bin ich weiter da, wann immer du zurückkommen möchtest."
    ),
    reach_always="rund um die Uhr mit jemandem sprechen: Ruf {number} an ({name})",
    reach_hours="mit jemandem sprechen ({hours}): Ruf {number} an ({name})",
    reach_plain="mit jemandem sprechen: Ruf {number} an ({name})",
    text_also=", oder schreib eine SMS an {text_to}",
    reach_fallback="auf findahelpline.com ein kostenloses Krisentelefon in deiner Nähe finden",
    emergency_fallback=(
        "deine örtliche Notrufnummer (112 in weiten Teilen der Welt, 911 in Nordamerika, "
        "999 im Vereinigten Königreich)"
    ),
    ask_urgent_intro="Darf ich dich etwas direkt fragen? Es ist wichtig.",
    ask_band_intro=(
        "Danke, dass du mir erzählst, wie es dir geht. Ich frage lieber, als zu raten, "
        "deshalb frage ich dich direkt."
    ),
    q_life="Denkst du daran, dir das Leben zu nehmen?",
    yes="Ja",
    no="Nein",
    safety_plan=(
        "Danke, dass du es mir gesagt hast. Das hat Mut gebraucht, und ich bin froh, dass du "
        "es getan hast.\n\n"
        "Während du dich an jemanden wendest, helfen diese Schritte, jetzt sicher zu bleiben:\n"
        "1. Deine Gründe, sicher zu bleiben: Denk an sie, auch an kleine, und schreib sie "
        "auf.\n"
        "2. Bring Abstand zwischen dich und alles, womit du dir schaden könntest: Gib es "
        "jemandem, schließ es weg oder verlass den Ort.\n"
        "3. Menschen und Orte, die helfen: Bleib bei jemandem oder geh an einen Ort, an dem "
        "du dich sicherer fühlst.\n"
        "4. Fachleute: Ruf deine Ärztin oder deinen Arzt an, oder dein psychiatrisches oder "
        "psychotherapeutisches Team, wenn du eines hast.\n"
        "5. Das Krisentelefon oben: Ruf jetzt an. Wenn du in Gefahr bist, ruf {emergency} "
        "an."
    ),
    back=(
        "Danke für deine Antwort. Das freut mich. Wenn es sich je so schwer anfühlt, kannst "
        "du {reach}.\n\nZurück zu deinem Training, wann immer du bereit bist."
    ),
    follow_up_intro=(
        "Danke für deine Antwort. Weil deine Nachricht ein Mittel, einen Plan oder einen "
        "Zeitpunkt erwähnt hat, lasse ich diese Nummern vorerst hier stehen. Wenn etwas in "
        "deiner Nähe ist, womit du dir schaden könntest, bring bitte Abstand dazwischen und "
        "erzähl jemandem, dem du vertraust, wie dein Tag war. Darf ich noch einmal nachfragen?"
    ),
    q_safe="Bist du gerade in Sicherheit?",
    safe_yes="Ja, ich bin in Sicherheit",
    safe_unsure="Nein, oder ich weiß nicht",
    safe_back=(
        "Danke. Ich bin froh, dass du in Sicherheit bist. Die Nummern oben sind da, wann "
        "immer du sie brauchst.\n\nZurück zu deinem Training, wann immer du bereit bist."
    ),
    again_intro="Bevor wir weitermachen: Ich habe dich etwas Wichtiges gefragt.",
    abuse_line=(
        "Wenn dir dein Partner, deine Partnerin oder jemand bei dir zu Hause wehtut, kannst "
        "du auch {reach}."
    ),
    child_line="Wenn du unter 18 bist, kannst du {reach}.",
)

CONCERN = ConcernWording(
    language="de",
    concern=(
        "Danke, dass du mir das erzählst. {opening}\n\n"
        "Bitte sprich bald mit einer Ärztin oder einem Arzt darüber, zum Beispiel in deiner "
        "Hausarztpraxis, oder mit einer Fachperson für psychische Gesundheit. {alongside}\n\n"
        "{worse}"
    ),
    checkin=(
        "Deine Check-ins zeigen mehr als eine harte Trainingsphase: Deine Antworten zu Schlaf, "
        "Stimmung oder innerer Anspannung liegen schon lange am schwierigen Ende der Skala.\n\n"
        "Bitte sprich mit einer Ärztin oder einem Arzt, zum Beispiel in deiner "
        "Hausarztpraxis, oder mit einer Fachperson für psychische Gesundheit darüber, wie du "
        "in letzter Zeit schläfst und wie es dir geht. {alongside}\n\n{worse}"
    ),
    review=(
        "In zwei wöchentlichen Check-ins hintereinander hast du mehrere Anzeichen dafür genannt, "
        "dass du stark unter Belastung stehst: mehr als eine harte Trainingsphase.\n\n"
        "Bitte sprich mit einer Ärztin oder einem Arzt, zum Beispiel in deiner "
        "Hausarztpraxis, oder mit einer Fachperson für psychische Gesundheit darüber, wie es "
        "dir in letzter Zeit geht und wie du zurechtkommst. {alongside}\n\n{worse}"
    ),
    alongside=(
        "Ich mache mit deinem Plan weiter, aber nur als Unterstützung neben dieser Hilfe, nie "
        "an ihrer Stelle. Und bitte sprich nicht nur mit mir darüber."
    ),
    worse=(
        "Wenn es schlimmer wird oder du dich nicht sicher fühlst, kannst du {reach}. "
        "Im Notfall ruf {emergency} an."
    ),
    openings={
        Category.SUICIDE_SELF_HARM: (
            "Was du beschreibst, verdient echte Unterstützung von einem Menschen, nicht von "
            "einer App."
        ),
        Category.PANIC: (
            "Panik, die immer wiederkommt, ist sehr gut behandelbar, und du solltest dich da "
            "nicht allein durchkämpfen müssen."
        ),
        Category.DEPRESSION: (
            "Dich so lange so niedergeschlagen zu fühlen, ist mehr als ein Trainingsproblem, "
            "und mit der richtigen Hilfe kann es besser werden."
        ),
        Category.TRAUMA: (
            "Etwas, das dir passiert ist, immer wieder zu durchleben, ist erschöpfend, und es "
            "gibt Menschen, die genau dafür ausgebildet sind."
        ),
        Category.EATING: (
            "Ein schwieriges Verhältnis zum Essen verdient echte Unterstützung, und es ist "
            "wichtiger als jede Trainingseinheit und jedes Gewichtsziel."
        ),
        Category.SUBSTANCE: (
            "Wenn es dir schwerfällt, ohne Alkohol, Tabletten oder Drogen auszukommen: Dabei "
            "bekommen Menschen jeden Tag echte Hilfe."
        ),
        Category.SLEEP: (
            "Wenn du schon so lange so schlecht schläfst, braucht es mehr als eine kleine "
            "Änderung am Training."
        ),
        Category.ABUSE_SAFEGUARDING: (
            "Niemand sollte verletzt, bedroht oder kontrolliert werden, und was du "
            "beschreibst, verdient echte Unterstützung."
        ),
    },
)
