"""Dutch (nl), informal "je". `WORDING` reviewed 2026-11-30 by a second
reader (see REVIEWED, docs/safety.md).
`CONCERN`: the concern and escalation texts, same register; written 2026-11-30 by their
author, reviewed the same day by a second reader (see CONCERN_REVIEWED, docs/safety.md)."""

from core.safety.concern_wording import ConcernWording
from core.safety.model import Category
from core.safety.wording import Wording

WORDING = Wording(
    language="nl",
    crisis=(
        "Ik ben echt blij dat je het me vertelt. Ik ben een trainingscoach, geen crisisdienst, "
        "en in een noodgeval kan ik niet helpen.\n\n"
        "Ben jij of iemand anders nu in gevaar, bel dan meteen {emergency}.\n"
        "Je kunt {reach}.\n\n"
        "Neem alsjeblieft nu contact op met iemand: een hulplijn, een vriend of iemand bij je "
        "in de buurt. "
        "Je hoeft dit niet alleen te dragen.\n\n"
        "Ik blijf hier voor je training, wanneer je maar terug wilt komen."
    ),
    reach_always="dag en nacht praten met {name}: bel {number}",
    reach_hours="praten met {name} ({hours}): bel {number}",
    reach_plain="praten met {name}: bel {number}",
    text_also=", of stuur een sms naar {text_to}",
    reach_fallback="een gratis hulplijn bij jou in de buurt vinden op findahelpline.com",
    emergency_fallback=(
        "je lokale alarmnummer (112 in een groot deel van de wereld, 911 in Noord-Amerika, "
        "999 in het Verenigd Koninkrijk)"
    ),
    ask_urgent_intro="Mag ik je iets rechtstreeks vragen? Het is belangrijk.",
    ask_band_intro=(
        "Dank je dat je vertelt hoe het met je gaat. Ik vraag het liever dan dat ik gok, "
        "dus ik vraag het je rechtstreeks."
    ),
    q_life="Denk je erover om een einde aan je leven te maken?",
    yes="Ja",
    no="Nee",
    safety_plan=(
        "Dank je dat je het me hebt verteld. Daar was moed voor nodig, en ik ben blij dat je "
        "het gedaan hebt.\n\n"
        "Terwijl je hulp zoekt, helpen deze stappen om nu veilig te blijven:\n"
        "1. Je redenen om veilig te blijven: bedenk ze, ook de kleine, en schrijf ze op.\n"
        "2. Zorg voor afstand tussen jou en alles waarmee je jezelf pijn zou kunnen doen: "
        "geef het aan iemand, sluit het weg of ga weg van die plek.\n"
        "3. Mensen en plekken die helpen: blijf bij iemand, of ga naar een plek waar je je "
        "veiliger voelt.\n"
        "4. Hulpverleners: bel je huisarts, of je behandelaar als je die hebt.\n"
        "5. De hulplijn hierboven: bel nu. Ben je in gevaar, bel dan {emergency}."
    ),
    back=(
        "Dank je voor je antwoord. Daar ben ik blij om. Als het ooit zo zwaar voelt, kun je "
        "{reach}.\n\nTerug naar je training wanneer je er klaar voor bent."
    ),
    follow_up_intro=(
        "Dank je voor je antwoord. Omdat je bericht een middel, een plan of een moment "
        "noemde, laat ik deze nummers voorlopig hier staan. Is er iets bij je in de buurt "
        "waarmee je jezelf pijn zou kunnen doen, zorg dan alsjeblieft voor afstand en vertel "
        "iemand die je vertrouwt hoe je dag was. Mag ik het nog één keer vragen?"
    ),
    q_safe="Ben je op dit moment veilig?",
    safe_yes="Ja, ik ben veilig",
    safe_unsure="Nee, of ik weet het niet",
    safe_back=(
        "Dank je. Ik ben blij dat je veilig bent. De nummers hierboven zijn er wanneer je ze "
        "nodig hebt.\n\nTerug naar je training wanneer je er klaar voor bent."
    ),
    again_intro="Voordat we verdergaan: ik heb je iets belangrijks gevraagd.",
    abuse_line="Als je partner of iemand thuis je pijn doet, kun je ook {reach}.",
    child_line="Als je jonger bent dan 18, kun je {reach}.",
)

CONCERN = ConcernWording(
    language="nl",
    concern=(
        "Dank je dat je het me vertelt. {opening}\n\n"
        "Praat er alsjeblieft snel over met je huisarts of een andere arts, of met een "
        "psycholoog of een andere zorgverlener in de geestelijke gezondheidszorg. "
        "{alongside}\n\n{worse}"
    ),
    checkin=(
        "Je check-ins laten meer zien dan een zware trainingsperiode: je antwoorden over "
        "slaap, stemming of hoe gespannen je je voelt, zitten al lange tijd aan de zware kant "
        "van de schaal.\n\n"
        "Praat alsjeblieft met je huisarts of een andere arts, of met een psycholoog of een "
        "andere zorgverlener in de geestelijke gezondheidszorg, over hoe je de laatste tijd "
        "slaapt en je voelt. {alongside}\n\n{worse}"
    ),
    review=(
        "In twee wekelijkse check-ins op rij heb je meerdere signalen genoemd dat je onder "
        "flinke druk staat: meer dan een zware trainingsperiode.\n\n"
        "Praat alsjeblieft met je huisarts of een andere arts, of met een psycholoog of een "
        "andere zorgverlener in de geestelijke gezondheidszorg, over hoe je je de laatste tijd "
        "voelt en hoe je het volhoudt. {alongside}\n\n{worse}"
    ),
    alongside=(
        "Ik ga door met je plan, maar alleen als steun naast die zorg, nooit in plaats "
        "daarvan. Maak mij alsjeblieft niet de enige bij wie je hiermee komt."
    ),
    worse=(
        "Wordt het erger of voel je je niet veilig, dan kun je {reach}. "
        "Bel in een noodgeval {emergency}."
    ),
    openings={
        Category.SUICIDE_SELF_HARM: (
            "Wat je beschrijft verdient echte zorg van een mens, niet van een app."
        ),
        Category.PANIC: (
            "Paniek die steeds terugkomt is heel goed te behandelen, en je hoeft je er niet in "
            "je eentje doorheen te slaan."
        ),
        Category.DEPRESSION: (
            "Je zo lang zo somber voelen is meer dan een trainingsprobleem, en met de juiste "
            "hulp kan het beter worden."
        ),
        Category.TRAUMA: (
            "Steeds opnieuw beleven wat je is overkomen is uitputtend, en er zijn mensen die "
            "speciaal zijn opgeleid om je hierbij te helpen."
        ),
        Category.EATING: (
            "Een moeizame relatie met eten verdient echte steun, en dat is belangrijker dan "
            "welke training of welk streefgewicht ook."
        ),
        Category.SUBSTANCE: (
            "Moeite hebben om de dag door te komen zonder alcohol, pillen of drugs is iets waar "
            "mensen elke dag echte hulp bij krijgen."
        ),
        Category.SLEEP: (
            "Zo lang zo verstoord slapen vraagt om meer dan een aanpassing in je training."
        ),
        Category.ABUSE_SAFEGUARDING: (
            "Niemand zou gekwetst, bedreigd of gecontroleerd mogen worden, en wat je "
            "beschrijft verdient echte steun."
        ),
    },
)
