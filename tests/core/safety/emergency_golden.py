"""The medical-emergency text in each reviewed language, word for word, rendered with one
country's emergency number each (`core/safety/emergency_texts.py`; docs/safety.md, "A
possible medical emergency"), as they were signed off on 2026-12-01: a change to a
text must change this file too."""

from __future__ import annotations

# language: (country, the text with that country's number)
EMERGENCY_BY_LANGUAGE: dict[str, tuple[str, str]] = {
    "es": ("ES", (
        "Deja lo que estés haciendo. Si te está pasando ahora (dolor u opresión en el "
        "pecho, dolor que se extiende al brazo o a la mandíbula, desmayo o colapso, mucha "
        "dificultad para respirar, o la sensación de que te puedes morir), llama ya al "
        "112 y no esperes a ver si se pasa. Soy un entrenador deportivo, no un "
        "profesional de la salud."
    )),
    "de": ("DE", (
        "Hör sofort auf mit dem, was du gerade tust. Wenn das gerade passiert (Schmerzen "
        "oder Druck in der Brust, Schmerzen, die in den Arm oder Kiefer ausstrahlen, "
        "Ohnmacht oder Zusammenbruch, starke Atemnot oder das Gefühl, sterben zu müssen), "
        "ruf jetzt 112 an und warte nicht ab, ob es vorbeigeht. Ich bin ein "
        "Trainingscoach, keine medizinische Fachkraft."
    )),
    "fr": ("FR", (
        "Arrêtez ce que vous faites. Si cela vous arrive en ce moment (douleur ou "
        "oppression dans la poitrine, douleur qui irradie dans le bras ou la mâchoire, "
        "évanouissement ou effondrement, essoufflement intense, ou impression de mourir), "
        "appelez tout de suite le 112 / 15 (SAMU) et n'attendez pas que ça passe. Je suis "
        "un coach sportif, pas un professionnel de santé."
    )),
    "pt": ("BR", (
        "Pare o que está a fazer. Se isto está a acontecer agora (dor ou pressão no "
        "peito, dor que se espalha para o braço ou para o maxilar, desmaio ou colapso, "
        "falta de ar intensa, ou a sensação de que pode estar a morrer), ligue já para o "
        "192 / 190 e não espere para ver se passa. Sou um treinador desportivo, não um "
        "profissional de saúde."
    )),
    "it": ("IT", (
        "Fermati subito. Se sta succedendo adesso (dolore o peso al petto, dolore che si "
        "estende al braccio o alla mandibola, svenimento o collasso, forte mancanza di "
        "fiato, o la sensazione di stare per morire), chiama subito il 112 e non "
        "aspettare di vedere se passa. Sono un allenatore sportivo, non un medico."
    )),
    "nl": ("NL", (
        "Stop met wat je aan het doen bent. Als dit nu gebeurt (pijn of druk op de borst, "
        "pijn die uitstraalt naar je arm of kaak, flauwvallen of in elkaar zakken, "
        "ernstige benauwdheid, of het gevoel dat je dood kunt gaan), bel nu 112 en wacht "
        "niet af of het overgaat. Ik ben een trainingscoach, geen zorgverlener."
    )),
    "pl": ("PL", (
        "Przerwij to, co robisz. Jeśli dzieje się to teraz (ból lub ucisk w klatce "
        "piersiowej, ból promieniujący do ręki lub żuchwy, omdlenie lub zasłabnięcie, "
        "silna duszność albo uczucie, że możesz umrzeć), zadzwoń teraz pod 112 i nie "
        "czekaj, aż minie. Jestem trenerem sportowym, nie lekarzem."
    )),
    "ro": ("RO", (
        "Oprește-te din ce faci. Dacă se întâmplă acum (durere sau apăsare în piept, "
        "durere care se întinde în braț sau în maxilar, leșin sau prăbușire, lipsă severă "
        "de aer sau senzația că ai putea muri), sună acum la 112 și nu aștepta să vezi "
        "dacă trece. Sunt antrenor sportiv, nu medic."
    )),
    "ru": ("RU", (
        "Прекратите то, чем вы заняты. Если это происходит с вами прямо сейчас (боль или "
        "чувство сдавливания в груди, боль, отдающая в руку или челюсть, обморок или "
        "потеря сознания, сильная одышка или ощущение, что вы можете умереть), немедленно "
        "звоните 112 и не ждите, пока само пройдёт. Я спортивный тренер, а не врач."
    )),
    "uk": ("UA", (
        "Припиніть те, чим ви зайняті. Якщо це відбувається з вами саме зараз (біль або "
        "відчуття стискання в грудях, біль, що віддає в руку чи щелепу, непритомність або "
        "раптове падіння, сильна задишка чи відчуття, що ви можете померти), негайно "
        "телефонуйте 112 / 103 і не чекайте, поки це мине. Я спортивний тренер, а не "
        "лікар."
    )),
}
