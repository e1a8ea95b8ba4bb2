"""Whether a message (or its context) names means, a plan or a time: the C-SSRS stages after
thoughts. A single "no" to the direct question never clears a message that does.

Patterns on the normalised text (`normalise.py`: lower case, no apostrophes), in the
screened languages. They are read only once the screen already found risk (urgent, or the
ask band), so "took my pills with breakfast" alone is nothing; they err towards finding.

A word of one screened language that is an everyday word of another is matched only in a
frame of its own language: German "will" and Dutch "wil" mean "want", so "will" is a plan
only after an English subject ("I will", "my will"); Dutch "nu" (now) is not the Romanian
"nu" (not) before a verb or clitic ("nu mai vreau"); Dutch "mes" (knife) is not the Spanish
"mes" (month); Polish "most" (bridge) and "list" (letter) are not the English words; "sea"
is not the Spanish "sea". A fourth attacker's "ich will sterben" + "nein" was told its
message "mentioned a way, a plan or a time".
"""

from __future__ import annotations

import re

from core.safety.normalise import normalise

MEANS = re.compile(
    r"\b(?:pills?|tablets?|meds|medication|paracetamol|tylenol|ibuprofen|painkillers|insulin|"
    r"overdose|rope|noose|belt|razors?|blades?|knife|knives|gun|rifle|shotgun|bridge|roof|"
    r"ledge|edge|cliff|tracks|train|motorway|highway|quarry|river|harbour|(?:the|into|in) sea|lake|"
    r"water|"
    r"balcony|car park|exhaust|charcoal|bleach|poison|"
    r"pastillas|cuerda|cuchillo|puente|vías|vias|tejado|azotea|"
    r"tabletten|strick|messer|brücke|brucke|gleise|dach|"
    r"comprimés|comprimes|médicaments|medicaments|corde|couteau|pont|toit|rails|"
    r"comprimidos|remédios|remedios|corda|faca|ponte|telhado|trilhos|"
    r"pillole|farmaci|coltello|binari|tetto|"
    r"pillen|touw|(?:een|het|mijn|dat|dit|met|mn) mes|brug|spoor|"
    r"tabletki|leki|sznur|nóż|noz|(?:z|na|pod|przez|ten|tym|w) most|mostu|mo[śs]cie|tory|dach|"
    r"pastile|funie|cuțit|cutit|pod|șine|sine|"
    r"cachets?|m[ée]docs?|pastiglie|pasticche|compresse|"
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
    r"made up my mind|decided|worked out|figured out|note|notes|letter|goodbye|"
    r"(?:i|it|this|that|my|a) will|"
    r"given away|giving away|gave away|saved up|saving up|stockpil\w*|bought|counted|"
    r"enough|ready|passwords|"
    r"plan|decidido|carta|despedida|"
    r"entschieden|abschiedsbrief|(?:einen|den|nen|ein|der) brief|"
    r"décidé|decide|lettre|"
    r"decidi|carta|"
    r"deciso|lettera|"
    r"besloten|afscheidsbrief|"
    r"zdecydowa\w*|napisa\w* list\w*|list\w* po[żz]egnaln\w*|"
    r"hotărât|hotarat|scrisoare|"
    r"план\w*|решил\w*|записк\w*|вирішив\w*|записк\w*|"
    # farewells and farewell letters (a fifth attacker: "я вже написала прощальні листи",
    # then a single "Ні", went back to coaching)
    r"farewell|adieu|abschied\w*|verabschiedet|addio|afscheid\w*|po[zż]egna\w*|"
    r"r[aă]mas bun|прощальн\w*|попрощал\w*|попрощав\w*|despedi\w*|"
    # found missing by an eighth attacker (a single "no" cleared these in fr, it, de, nl, uk):
    # counted, set aside, enough, passwords, things given away, letters, in the languages
    r"compt[ée]\w*|contad[oa]s?|contei|contato|gezählt|gezaehlt|geteld|policzy\w*|numărat\w*|"
    r"numarat\w*|посчитал\w*|порахува\w*|messo da parte|mis de c[oô]t[ée]|beiseite|"
    r"assez|abbastanza|genug|genoeg|suficientes?|wystarcz\w*|destul[ea]?|достаточно|хватит|"
    r"достатньо|вистачить|"
    r"passw[oö]rter|passwoerter|wachtwoorden|contraseñas|contrasenas|mots de passe|senhas|"
    r"(?:le|mie|tutte le) password|has[lł]a|parolele|пароли|паролі|"
    r"verschenk\w*|weggegeven|weggeven|regal[eé]|regalad[oa]s?|regalat[oi]|donn[ée] mes|"
    r"dei as minhas|dei tudo|rozda\w*|d[aă]ruit|am dat tot|раздал\w*|роздал\w*|роздав\w*|"
    r"briefe|brieven|lettres|cartas|lettere|listy|scrisori|письма|письмо|листи|листа|лист)\b"
)

# Dutch "nu" (now), but not the Romanian "nu" (not) before a verb or clitic ("nu mai vreau")
_DUTCH_NU = (
    r"nu(?! (?:mai|vreau|pot|mă|ma|m|am|ai|are|ar|avem|e|este|sunt|știu|stiu|văd|vad|se|te|"
    r"îmi|imi|mi|ți|iti|o|îl|il|le|ne|vă|va|să|sa|merită|merita|poate|vrea|voi|trăiesc|"
    r"traiesc|suport|rezist)\b)"
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
    r"vanavond|morgen|"
    + _DUTCH_NU
    + r"|"
    r"dziś|dzis|jutro|teraz|"
    r"diseară|diseara|mâine|maine|acum|"
    r"сегодня|завтра|сейчас|ночью|сьогодні|зараз|вночі|"
    r"rn|tonite|2nite|2moro|tmrw|seara asta|deseara|in \d+ min\w*|in 5)\b"
)

KINDS = {"means": MEANS, "plan": PLAN, "time": TIME}

# Narrower than MEANS and PLAN, which err towards finding: a way to die or a preparation for
# it, in words that are not everyday coaching talk ("plan", "train", "bridge", "jump", "ready"
# and "decided" are: a false-alarm check found "danke coach, der plan ist super" raised by
# "plan"). With the classifier's ask band they make a message urgent (`screener`,
# rule `ask-band-with-steps`).
STEPS = re.compile(
    r"\b(?:overdos\w*|noose|razors?|razor blades?|gun|shotgun|rifle|pistols?|firearm|bleach|"
    r"poison\w*|charcoal|exhaust pipe|antidepressants?|paracetamol|tylenol|painkillers|"
    r"sleeping pills|insulin|"
    r"counted out|saved up|saving up|stockpil\w*|hoard\w*|gave away|giving away|given away|"
    r"(?:my|all) passwords|suicide note|(?:goodbye|farewell) (?:notes?|letters?)|"
    r"sobredosis|somn[ií]feros|antidepresivos|carta de despedida|"
    r"[üu]berdosis|schlaftabletten|abschiedsbrief\w*|"
    r"surdose|somnif[eè]res|lettre d ?adieu|"
    r"sonífero\w*|sonifero\w*|"
    r"sonnifer\w*|lettera d ?addio|"
    r"slaappillen|afscheidsbrie\w*|"
    r"przedawkow\w*|nasenn\w*|list\w* po[żz]egnaln\w*|"
    r"supradoz\w*|somnifer\w*|scrisoare de adio|"
    r"передоз\w*|снотворн\w*|предсмертн\w*|прощальн\w* (?:письм|записк|лист)\w*|"
    r"снодійн\w*|передсмертн\w*)\b"
)


def names_steps(texts: list[str]) -> bool:
    """Whether any of `texts` names a way to die or a preparation in `STEPS`' words."""
    return any(STEPS.search(normalise(text)) for text in texts)


def specifics(texts: list[str]) -> frozenset[str]:
    """The kinds ("means", "plan", "time") any of `texts` names."""
    plain = [normalise(text) for text in texts]
    return frozenset(
        kind for kind, pattern in KINDS.items() if any(pattern.search(p) for p in plain)
    )
