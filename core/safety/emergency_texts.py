"""The medical-emergency text (`emergency.is_medical_emergency`) in the eleven languages.

`emergency_text(line, language)`: the fixed text with the country's emergency number (or
the fallback's words in that language), in `language` when its translation is in
`EMERGENCY_REVIEWED`, in English otherwise. The translations keep each language's register
of its crisis texts (fr *vous*, pt European formal, ru *вы*, uk *ви*, the rest informal) and
were written by the engineer who wrote the English; the review is recorded in
docs/safety.md ("A possible medical emergency"). Pure.
"""

from __future__ import annotations

from core.safety.helpline_table import Helpline
from core.safety.translations import fixed_text

EMERGENCY: dict[str, str] = {
    "en": (
        "Stop what you're doing. If this is happening now (chest pain or pressure, pain "
        "spreading to your arm or jaw, fainting or collapse, severe breathlessness, or feeling "
        "you may be dying), call {emergency} now and don't wait to see if it passes. I'm a "
        "training coach, not a clinician."
    ),
    "es": (
        "Deja lo que estés haciendo. Si te está pasando ahora (dolor u opresión en el pecho, "
        "dolor que se extiende al brazo o a la mandíbula, desmayo o colapso, mucha dificultad "
        "para respirar, o la sensación de que te puedes morir), llama ya al {emergency} y no "
        "esperes a ver si se pasa. Soy un entrenador deportivo, no un profesional de la salud."
    ),
    "de": (
        "Hör sofort auf mit dem, was du gerade tust. Wenn das gerade passiert (Schmerzen oder "
        "Druck in der Brust, Schmerzen, die in den Arm oder Kiefer ausstrahlen, Ohnmacht oder "
        "Zusammenbruch, starke Atemnot oder das Gefühl, sterben zu müssen), ruf jetzt "
        "{emergency} an und warte nicht ab, ob es vorbeigeht. Ich bin ein Trainingscoach, "
        "keine medizinische Fachkraft."
    ),
    "fr": (
        "Arrêtez ce que vous faites. Si cela vous arrive en ce moment (douleur ou oppression "
        "dans la poitrine, douleur qui irradie dans le bras ou la mâchoire, évanouissement ou "
        "effondrement, essoufflement intense, ou impression de mourir), appelez tout de suite "
        "le {emergency} et n'attendez pas que ça passe. Je suis un coach sportif, pas un "
        "professionnel de santé."
    ),
    "pt": (
        "Pare o que está a fazer. Se isto está a acontecer agora (dor ou pressão no peito, dor "
        "que se espalha para o braço ou para o maxilar, desmaio ou colapso, falta de ar "
        "intensa, ou a sensação de que pode estar a morrer), ligue já para o {emergency} e "
        "não espere para ver se passa. Sou um treinador desportivo, não um profissional de "
        "saúde."
    ),
    "it": (
        "Fermati subito. Se sta succedendo adesso (dolore o peso al petto, dolore che si "
        "estende al braccio o alla mandibola, svenimento o collasso, forte mancanza di fiato, "
        "o la sensazione di stare per morire), chiama subito il {emergency} e non aspettare di "
        "vedere se passa. Sono un allenatore sportivo, non un medico."
    ),
    "nl": (
        "Stop met wat je aan het doen bent. Als dit nu gebeurt (pijn of druk op de borst, pijn "
        "die uitstraalt naar je arm of kaak, flauwvallen of in elkaar zakken, ernstige "
        "benauwdheid, of het gevoel dat je dood kunt gaan), bel nu {emergency} en wacht niet "
        "af of het overgaat. Ik ben een trainingscoach, geen zorgverlener."
    ),
    "pl": (
        "Przerwij to, co robisz. Jeśli dzieje się to teraz (ból lub ucisk w klatce piersiowej, "
        "ból promieniujący do ręki lub żuchwy, omdlenie lub zasłabnięcie, silna duszność albo "
        "uczucie, że możesz umrzeć), zadzwoń teraz pod {emergency} i nie czekaj, aż minie. "
        "Jestem trenerem sportowym, nie lekarzem."
    ),
    "ro": (
        "Oprește-te din ce faci. Dacă se întâmplă acum (durere sau apăsare în piept, durere "
        "care se întinde în braț sau în maxilar, leșin sau prăbușire, lipsă severă de aer sau "
        "senzația că ai putea muri), sună acum la {emergency} și nu aștepta să vezi dacă "
        "trece. Sunt antrenor sportiv, nu medic."
    ),
    "ru": (
        "Прекратите то, чем вы заняты. Если это происходит с вами прямо сейчас (боль или "
        "чувство сдавливания в груди, боль, отдающая в руку или челюсть, обморок или потеря "
        "сознания, сильная одышка или ощущение, что вы можете умереть), немедленно звоните "
        "{emergency} и не ждите, пока само пройдёт. Я спортивный тренер, а не врач."
    ),
    "uk": (
        "Припиніть те, чим ви зайняті. Якщо це відбувається з вами саме зараз (біль або "
        "відчуття стискання в грудях, біль, що віддає в руку чи щелепу, непритомність або "
        "раптове падіння, сильна задишка чи відчуття, що ви можете померти), негайно "
        "телефонуйте {emergency} і не чекайте, поки це мине. Я спортивний тренер, а не лікар."
    ),
}

# Reviewed 2026-12-01 by a second reader (an AI reviewer, not a native speaker and not a
# clinician), the same kind of review the crisis texts had (`translations.REVIEWED`); what
# changed is in docs/safety.md, "A possible medical emergency". In an emergency a text the
# person reads at once beats the English original.
EMERGENCY_REVIEWED: frozenset[str] = frozenset(
    {"es", "de", "fr", "pt", "it", "nl", "pl", "ro", "ru", "uk"}
)


def emergency_text(line: Helpline, language: str | None = None,
                   reviewed: frozenset[str] | None = None) -> str:
    """The emergency text for `line`'s country in `language` (ISO 639-1) when its
    translation is reviewed (`reviewed` defaults to `EMERGENCY_REVIEWED`), else English.
    The number is the country's emergency number, or the fallback's words in the text's
    language."""
    allowed = EMERGENCY_REVIEWED if reviewed is None else reviewed
    return fixed_text(EMERGENCY, allowed, language, line)
