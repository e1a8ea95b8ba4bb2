"""Italian (it), informal "tu". `WORDING` reviewed 2026-11-30 by a second
reader (see REVIEWED, docs/safety.md).
`CONCERN`: the concern and escalation texts, same register; written 2026-11-30 by their
author, reviewed the same day by a second reader (see CONCERN_REVIEWED, docs/safety.md)."""

from core.safety.concern_wording import ConcernWording
from core.safety.model import Category
from core.safety.wording import Wording

WORDING = Wording(
    language="it",
    crisis=(
        "Sono davvero contento che tu me l'abbia detto. Sono un allenatore, non un servizio "
        "di intervento in crisi, e non posso aiutarti in un'emergenza.\n\n"
        "Se tu o qualcun altro siete in pericolo in questo momento, chiama subito il "
        "{emergency}.\n"
        "Puoi {reach}.\n\n"
        "Per favore, cerca qualcuno adesso: una linea di ascolto, un amico o qualcuno vicino "
        "a te. Non devi portare questo peso senza aiuto.\n\n"
        "Sarò ancora qui per il tuo allenamento, quando vorrai tornare."
    ),
    reach_always="parlare con qualcuno a qualsiasi ora: chiama il {number} ({name})",
    reach_hours="parlare con qualcuno ({hours}): chiama il {number} ({name})",
    reach_plain="parlare con qualcuno: chiama il {number} ({name})",
    text_also=", oppure scrivi un messaggio al {text_to}",
    reach_fallback="trovare una linea di ascolto gratuita vicino a te su findahelpline.com",
    emergency_fallback=(
        "numero di emergenza locale (112 in gran parte del mondo, 911 in Nord America, 999 "
        "nel Regno Unito)"
    ),
    ask_urgent_intro="Posso farti una domanda diretta? È importante.",
    ask_band_intro=(
        "Grazie per avermi detto come stai. Preferisco chiedere piuttosto che indovinare, "
        "quindi te lo chiedo direttamente."
    ),
    q_life="Stai pensando di toglierti la vita?",
    yes="Sì",
    no="No",
    safety_plan=(
        "Grazie per avermelo detto. Ci è voluto coraggio, e sono contento che tu l'abbia fatto."
        "\n\n"
        "Mentre cerchi aiuto, questi passi aiutano a restare al sicuro adesso:\n"
        "1. Le tue ragioni per restare al sicuro: pensaci, anche alle più piccole, e "
        "scrivile.\n"
        "2. Metti distanza tra te e qualsiasi cosa tu possa usare per farti del male: dalla "
        "a qualcuno, chiudila a chiave o lascia quel posto.\n"
        "3. Persone e luoghi che aiutano: stai con qualcuno o vai in un posto dove ti senti "
        "più al sicuro.\n"
        "4. Contatti professionali: chiama il tuo medico, o il tuo servizio di salute "
        "mentale se ne hai uno.\n"
        "5. La linea di ascolto qui sopra: chiamala adesso. Se sei in pericolo, chiama il "
        "{emergency}."
    ),
    back=(
        "Grazie per avermi risposto. Ne sono contento. Se un giorno tutto diventasse troppo "
        "pesante, puoi {reach}.\n\nTorniamo al tuo allenamento quando vuoi."
    ),
    follow_up_intro=(
        "Grazie per avermi risposto. Dato che il tuo messaggio parlava di un mezzo, di un "
        "piano o di un momento, preferisco lasciare questi numeri in vista per ora. Se vicino "
        "a te c'è qualcosa che potresti usare per farti del male, per favore allontanatene e "
        "racconta a una persona di fiducia com'è andata oggi. Posso chiedertelo ancora una "
        "volta?"
    ),
    q_safe="Sei al sicuro in questo momento?",
    safe_yes="Sì, sono al sicuro",
    safe_unsure="No, o non lo so",
    safe_back=(
        "Grazie. Sono contento che tu sia al sicuro. I numeri qui sopra sono lì ogni volta "
        "che ne hai bisogno.\n\nTorniamo al tuo allenamento quando vuoi."
    ),
    again_intro="Prima di andare avanti: ti ho fatto una domanda importante.",
    abuse_line=(
        "Se la persona con cui stai o chi vive con te ti fa del male, puoi anche {reach}."
    ),
    child_line="Se hai meno di 18 anni, puoi {reach}.",
)

CONCERN = ConcernWording(
    language="it",
    concern=(
        "Grazie per avermelo detto. {opening}\n\n"
        "Per favore, parlane presto con il tuo medico di base o con un altro medico, oppure "
        "con un professionista della salute mentale. {alongside}\n\n{worse}"
    ),
    checkin=(
        "I tuoi check-in mostrano più di un periodo di allenamento duro: le tue risposte su "
        "sonno, umore o tensione sono rimaste a lungo nella parte difficile della scala.\n\n"
        "Per favore, parla con il tuo medico di base o con un altro medico, oppure con un "
        "professionista della salute mentale, di come stai dormendo e di come ti senti "
        "ultimamente. {alongside}\n\n{worse}"
    ),
    review=(
        "In due check-in settimanali di fila hai indicato diversi segnali di forte stress per "
        "il tuo organismo: è più di un periodo di allenamento duro.\n\n"
        "Per favore, parla con il tuo medico di base o con un altro medico, oppure con un "
        "professionista della salute mentale, di come ti senti e di come stai affrontando le "
        "cose ultimamente. {alongside}\n\n{worse}"
    ),
    alongside=(
        "Porterò avanti il tuo piano, ma solo come sostegno accanto a quell'aiuto, mai al suo "
        "posto. E ti prego, non parlarne solo con me."
    ),
    worse=(
        "Se le cose peggiorano o non ti senti al sicuro, puoi {reach}. "
        "In caso di emergenza, chiama il {emergency}."
    ),
    openings={
        Category.SUICIDE_SELF_HARM: (
            "Quello che descrivi merita l'attenzione vera di una persona, non di un'app."
        ),
        Category.PANIC: (
            "Gli attacchi di panico che continuano a tornare si curano molto bene, e non "
            "dovresti affrontarli senza aiuto."
        ),
        Category.DEPRESSION: (
            "Sentirti così giù per così tanto tempo è più di un problema di allenamento, e può "
            "migliorare con l'aiuto giusto."
        ),
        Category.TRAUMA: (
            "Rivivere qualcosa che ti è successo è sfiancante, e ci sono persone formate "
            "proprio per aiutare in questo."
        ),
        Category.EATING: (
            "Un rapporto difficile con il cibo merita un sostegno vero, e conta più di "
            "qualsiasi allenamento o obiettivo di peso."
        ),
        Category.SUBSTANCE: (
            "Fare fatica ad andare avanti senza alcol, pastiglie o droghe è qualcosa per cui "
            "tante persone ricevono un aiuto concreto ogni giorno."
        ),
        Category.SLEEP: (
            "Un sonno così disturbato per così tanto tempo richiede più di una modifica "
            "all'allenamento."
        ),
        Category.ABUSE_SAFEGUARDING: (
            "Nessuno dovrebbe essere ferito, minacciato o controllato, e quello che descrivi "
            "merita un sostegno vero."
        ),
    },
)
