"""Whether a message (or its context) names means, a plan or a time: the C-SSRS stages after
thoughts. A single "no" to the direct question never clears a message that does.

Patterns on the normalised text (`normalise.py`: lower case, no apostrophes), in the
screened languages. They are read only once the screen already found risk (urgent, or the
ask band), so "took my pills with breakfast" alone is nothing; they err towards finding.
"""

from __future__ import annotations

import re

from core.safety.normalise import normalise

MEANS = re.compile(
    r"\b(?:pills?|tablets?|meds|medication|paracetamol|tylenol|ibuprofen|painkillers|insulin|"
    r"overdose|rope|noose|belt|razors?|blades?|knife|knives|gun|rifle|shotgun|bridge|roof|"
    r"ledge|edge|cliff|tracks|train|motorway|highway|quarry|river|harbour|sea|lake|water|"
    r"balcony|car park|exhaust|charcoal|bleach|poison|"
    r"pastillas|cuerda|cuchillo|puente|vías|vias|tejado|azotea|"
    r"tabletten|strick|messer|brücke|brucke|gleise|dach|"
    r"comprimés|comprimes|médicaments|medicaments|corde|couteau|pont|toit|rails|"
    r"comprimidos|remédios|remedios|corda|faca|ponte|telhado|trilhos|"
    r"pillole|farmaci|coltello|binari|tetto|"
    r"pillen|touw|mes|brug|spoor|"
    r"tabletki|leki|sznur|nóż|noz|most|tory|dach|"
    r"pastile|funie|cuțit|cutit|pod|șine|sine|"
    r"таблетк\w*|верёвк\w*|веревк\w*|нож\w*|мост\w*|рельс\w*|крыш\w*|мотузк\w*|дах\w*|"
    # found missing by a second attacker: cars and garages, pistols, inflected pills, trains,
    # platforms and floors, and asking how many it takes (in the screened languages)
    r"garage|cars?|engine running|door shut|pistols?|pistola|pistole|revolver|firearm|"
    r"pill\w*|tablet\w*|pastil\w*|comprim\w*|pigu\w*|tabletk\w*|таблет\w*|пігулк\w*|"
    r"пистолет\w*|пістолет\w*|ружь\w*|рушниц\w*|зброя|оружи\w*|"
    r"express|platform|floors?|storeys?|stories|parking|multi storey|jump|"
    r"zug|gleis\w*|trein|tren|trem|treno|pociąg\w*|pociag\w*|поезд\w*|потяг\w*|"
    r"how many|wie viele?|cuántas?|cuantas?|combien|quant[ao]s|quante|hoeveel|ile|câte|cate|"
    r"сколько|скільки)\b"
)

PLAN = re.compile(
    r"\b(?:plan|planned|planning|how im going to|how i would|know how|know exactly|"
    r"made up my mind|decided|worked out|figured out|note|notes|letter|goodbye|will|"
    r"given away|giving away|gave away|saved up|saving up|stockpil\w*|bought|counted|"
    r"enough|ready|passwords|"
    r"plan|decidido|carta|despedida|"
    r"entschieden|abschiedsbrief|brief|"
    r"décidé|decide|lettre|"
    r"decidi|carta|"
    r"deciso|lettera|"
    r"besloten|afscheidsbrief|"
    r"zdecydowa\w*|list|"
    r"hotărât|hotarat|scrisoare|"
    r"план\w*|решил\w*|записк\w*|вирішив\w*|записк\w*|"
    # farewells and farewell letters (a fifth attacker: "я вже написала прощальні листи",
    # then a single "Ні", went back to coaching)
    r"farewell|adieu|abschied\w*|verabschiedet|addio|afscheid\w*|po[zż]egna\w*|"
    r"r[aă]mas bun|прощальн\w*|попрощал\w*|попрощав\w*|despedi\w*)\b"
)

TIME = re.compile(
    r"\b(?:tonights?|tomorrows?|todays?|this (?:weekend|week|evening|morning)|"
    r"next (?:week|weekend)|"
    r"on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|at \d|after (?:the|my)|"
    r"before (?:the|my)|when (?:they|everyone|my parents|parents|mum|mom|dad)|"
    r"right now|now|soon|"
    r"esta noche|mañana|manana|hoy|ahora|"
    r"heute|morgen|jetzt|"
    r"ce soir|demain|maintenant|"
    r"hoje|amanhã|amanha|agora|esta noite|"
    r"stasera|stanotte|domani|adesso|ora|"
    r"vanavond|morgen|nu|"
    r"dziś|dzis|jutro|teraz|"
    r"diseară|diseara|mâine|maine|acum|"
    r"сегодня|завтра|сейчас|ночью|сьогодні|зараз|вночі|"
    r"rn|tonite|2nite|2moro|tmrw|seara asta|deseara|in \d+ min\w*|in 5)\b"
)

KINDS = {"means": MEANS, "plan": PLAN, "time": TIME}


def specifics(texts: list[str]) -> frozenset[str]:
    """The kinds ("means", "plan", "time") any of `texts` names."""
    plain = [normalise(text) for text in texts]
    return frozenset(
        kind for kind, pattern in KINDS.items() if any(pattern.search(p) for p in plain)
    )
