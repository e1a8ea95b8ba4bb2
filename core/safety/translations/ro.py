"""Romanian (ro), informal "tu". `WORDING` reviewed 2026-11-30 by a second
reader (see REVIEWED, docs/safety.md).
`CONCERN`: the concern and escalation texts, same register; written 2026-11-30 by their
author, reviewed the same day by a second reader (see CONCERN_REVIEWED, docs/safety.md)."""

from core.safety.concern_wording import ConcernWording
from core.safety.model import Category
from core.safety.wording import Wording

WORDING = Wording(
    language="ro",
    crisis=(
        "Mă bucur foarte mult că mi-ai spus. Sunt un antrenor, nu un serviciu de intervenție "
        "în criză, și nu pot ajuta într-o situație de urgență.\n\n"
        "Dacă tu sau altcineva sunteți în pericol chiar acum, sună imediat la {emergency}.\n"
        "Poți {reach}.\n\n"
        "Te rog, apelează acum la cineva: o linie de sprijin, un prieten sau cineva din "
        "apropiere. Nu trebuie să treci prin asta fără ajutor.\n\n"
        "Rămân aici pentru antrenamentele tale, oricând vrei să revii."
    ),
    reach_always="vorbi oricând cu {name}: sună la {number}",
    reach_hours="vorbi cu {name} ({hours}): sună la {number}",
    reach_plain="vorbi cu {name}: sună la {number}",
    text_also=" sau trimite un SMS la {text_to}",
    reach_fallback="găsi o linie de sprijin gratuită din zona ta pe findahelpline.com",
    emergency_fallback=(
        "numărul local de urgență (112 în mare parte din lume, 911 în America de Nord, 999 "
        "în Regatul Unit)"
    ),
    ask_urgent_intro="Pot să te întreb ceva direct? Este important.",
    ask_band_intro=(
        "Îți mulțumesc că îmi spui cum te simți. Prefer să întreb decât să ghicesc, așa că "
        "te întreb direct."
    ),
    q_life="Te gândești să-ți iei viața?",
    yes="Da",
    no="Nu",
    safety_plan=(
        "Îți mulțumesc că mi-ai spus. A fost nevoie de curaj și mă bucur că ai făcut-o.\n\n"
        "Cât timp cauți sprijin, acești pași te pot ajuta să rămâi în siguranță acum:\n"
        "1. Motivele tale de a rămâne în siguranță: gândește-te la ele, chiar și la cele "
        "mici, și scrie-le.\n"
        "2. Pune distanță între tine și orice ai putea folosi ca să-ți faci rău: dă-l cuiva, "
        "încuie-l sau pleacă din acel loc.\n"
        "3. Oameni și locuri care ajută: stai cu cineva sau mergi undeva unde te simți mai "
        "în siguranță.\n"
        "4. Contacte profesionale: sună-ți medicul sau echipa de sănătate mintală, dacă ai "
        "una.\n"
        "5. Linia de sprijin de mai sus: sună acum. Dacă ești în pericol, sună la "
        "{emergency}."
    ),
    back=(
        "Îți mulțumesc pentru răspuns. Mă bucur. Dacă vreodată totul devine prea greu, poți "
        "{reach}.\n\nRevenim la antrenament când vrei."
    ),
    follow_up_intro=(
        "Îți mulțumesc pentru răspuns. Pentru că mesajul tău menționa un mijloc, un plan sau "
        "un moment, prefer să las aceste numere la vedere deocamdată. Dacă lângă tine este "
        "ceva ce ai putea folosi ca să-ți faci rău, te rog pune distanță între tine și acel "
        "lucru și spune-i cuiva în care ai încredere cum a fost ziua ta. Pot să te mai "
        "întreb o dată?"
    ),
    q_safe="Ești în siguranță chiar acum?",
    safe_yes="Da, sunt în siguranță",
    safe_unsure="Nu, sau nu știu",
    safe_back=(
        "Mulțumesc. Mă bucur că ești în siguranță. Numerele de mai sus sunt acolo oricând ai "
        "nevoie de ele.\n\nRevenim la antrenament când vrei."
    ),
    again_intro="Înainte să mergem mai departe: te-am întrebat ceva important.",
    abuse_line=(
        "Dacă partenerul tău, partenera ta sau cineva de acasă îți face rău, poți, de "
        "asemenea, {reach}."
    ),
    child_line="Dacă ai sub 18 ani, poți {reach}.",
)

CONCERN = ConcernWording(
    language="ro",
    concern=(
        "Îți mulțumesc că mi-ai spus. {opening}\n\n"
        "Te rog, vorbește curând despre asta cu medicul de familie sau cu un alt medic, ori cu "
        "un specialist în sănătate mintală. {alongside}\n\n{worse}"
    ),
    checkin=(
        "Check-in-urile tale arată mai mult decât o perioadă grea de antrenament: răspunsurile "
        "despre somn, dispoziție sau tensiune interioară au rămas mult timp la capătul "
        "dificil al scalei.\n\n"
        "Te rog, vorbește cu medicul de familie sau cu un alt medic, ori cu un specialist în "
        "sănătate mintală, despre cum ai dormit și cum te-ai simțit în ultima vreme. "
        "{alongside}\n\n{worse}"
    ),
    review=(
        "În două check-in-uri săptămânale la rând ai semnalat mai multe semne că organismul tău "
        "e sub presiune: mai mult decât o perioadă grea de antrenament.\n\n"
        "Te rog, vorbește cu medicul de familie sau cu un alt medic, ori cu un specialist în "
        "sănătate mintală, despre cum te-ai simțit și cum te-ai descurcat în ultima vreme. "
        "{alongside}\n\n{worse}"
    ),
    alongside=(
        "Voi continua cu planul tău, dar doar ca sprijin pe lângă acest ajutor, "
        "niciodată în locul lui. Și, te rog, nu vorbi despre asta doar cu mine."
    ),
    worse=(
        "Dacă lucrurile se înrăutățesc sau nu te simți în siguranță, poți {reach}. "
        "În caz de urgență, sună la {emergency}."
    ),
    openings={
        Category.SUICIDE_SELF_HARM: (
            "Ceea ce descrii merită grijă adevărată din partea unui om, nu a unei aplicații."
        ),
        Category.PANIC: (
            "Atacurile de panică ce revin mereu se tratează foarte bine și n-ar trebui să treci "
            "prin ele fără ajutor."
        ),
        Category.DEPRESSION: (
            "O stare atât de apăsătoare, care ține de atâta timp, e mai mult decât o problemă "
            "de antrenament și se poate ameliora cu ajutorul potrivit."
        ),
        Category.TRAUMA: (
            "Să retrăiești ceva ce ți s-a întâmplat este epuizant și există oameni pregătiți "
            "să ajute exact în astfel de situații."
        ),
        Category.EATING: (
            "O relație dificilă cu mâncarea merită sprijin adevărat și contează mai mult decât "
            "orice antrenament sau obiectiv de greutate."
        ),
        Category.SUBSTANCE: (
            "Faptul că îți e greu să te descurci fără alcool, pastile sau droguri este ceva "
            "pentru care oamenii primesc ajutor real în fiecare zi."
        ),
        Category.SLEEP: (
            "Un somn atât de perturbat de atâta timp necesită mai mult decât o ajustare a "
            "antrenamentului."
        ),
        Category.ABUSE_SAFEGUARDING: (
            "Nimeni nu ar trebui să fie rănit, amenințat sau controlat, iar ceea ce descrii "
            "merită sprijin adevărat."
        ),
    },
)
