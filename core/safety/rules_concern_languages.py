"""Concern rules for explicit statements in the ten other screened languages.

A fifth attacker (2026-11-30) found plain first-person statements that got nothing:
"сушусь к соревнованиям, вызываю рвоту после еды", "mă înfometez ca să slăbesc pentru
competiție", "nie mogę przestać pić, codziennie po treningu pół litra". The classifier reads
every language, but these are the seed's escalation criteria said outright (seed 000,
"Escalation Criteria": disordered eating, substance dependence), so a rule must not miss
them. Written against the normalised text (lower case, apostrophes dropped), present tense,
first person: "antes me provocaba el vómito" (the past, told) is not matched. The same
conventions as `rules_languages.py`. Panic attacks named outright ("ataques de pánico",
"Panikattacken", "ataki paniki", "панические атаки") are concern in every language, as
"panic attacks" is in English (`rules_concern.PANIC_RULES`).
"""

from __future__ import annotations

from core.safety.model import Category, Level
from core.safety.rule import Rule, rule
from core.safety.rules_languages import NOT_NEGATED as _NOT

_C = Level.CONCERN

PURGING = rule(
    "purging-languages",
    Category.EATING,
    _C,
    _NOT + r"(?:"
    r"\bme (?:provoco|induzco) (?:el )?v[oó]mito\b|\bvomito (?:a propósito|a proposito|después de "
    r"comer|despues de comer)\b"
    r"|\bje me fais vomir\b|\bje (?:me )?fais vomir apr[eè]s\b"
    r"|\b(?:ich )?(?:erbreche|übergebe|ubergebe) mich (?:absichtlich|nach dem essen)\b"
    r"|\bkotze (?:absichtlich|nach dem essen)\b"
    r"|\bme (?:fa[cç]o|forço a) vomitar\b|\bvomito de prop[oó]sito\b"
    r"|\bmi faccio vomitare\b|\bvomito apposta\b"
    r"|\bik (?:geef|kots) (?:mezelf over|het eruit)\b|\bik gooi het eruit na het eten\b"
    r"|\bwywołuj[eę] (?:u siebie )?wymioty\b|\bprowokuj[eę] wymioty\b"
    r"|\bîmi provoc (?:voma|vomă|vărsături)\b|\bimi provoc (?:voma|varsaturi)\b"
    r"|\bvomit (?:inten[tț]ionat|dup[aă] (?:mas[aă]|ce m[aă]nânc|ce mananc))\b"
    r"|\bвызываю (?:у себя )?рвоту\b|\bвикликаю (?:у себе )?блювот\w*\b"
    r"|\bблюю (?:специально|после еды)\b"
    # attack 7: after every meal
    r"|\bwymiotuj[eę] po (?:ka[zż]dym )?(?:posi[lł]ku|jedzeniu)\b"
    r"|\bvomito (?:despu[eé]s de (?:cada comida|comer)|dopo (?:ogni pasto|mangiato|aver mangiato)|"
    r"depois de (?:cada refei[cç][aã]o|comer))\b|\bje vomis apr[eè]s (?:chaque repas|manger)\b"
    r"|\bik (?:braak|kots|spuug) (?:\w+ ){0,2}na (?:elke maaltijd|het eten)\b)",
)

_DEPRESSED = (
    r"(?:\b(?:estoy|ando|me siento|sigo) (?:(?!no)\w+ ){0,3}deprimid[oa]\b"
    r"|\b(?:je suis|jsuis|chui|je me sens) (?:tr[eè]s |trop )?d[eé]prim[eé]e?\b"
    r"|\b(?:ich bin|bin|fühle mich|fuhle mich) (?:(?!nicht|nie|kein)\w+ ){0,3}"
    r"(?:deprimiert|depressiv)\b"
    r"|\b(?:sono|mi sento) (?:molto |troppo )?depress[oa]\b"
    r"|\b(?:estou|ando|me sinto|t[oô]) (?:muito |bem )?deprimid[oa]\b"
    r"|\b(?:ik ben|ik voel me) (?:zo |erg |heel )?(?:depressief|neerslachtig)\b"
    r"|\b(?:jestem|czuj[eę] si[eę]) (?:bardzo |strasznie )?(?:w depresji|przygn[eę]bion\w*)"
    r"|\b(?:sunt|m[aă] simt) (?:foarte |tare )?(?:deprimat[aă]?|depresiv[aă]?)\b"
    r"|\bу меня депресси\w*|\b(?:я )?в депрессии\b|\bу мене депресі\w*)"
)
# weeks, months, always: said outright and lasting (one low day is normal)
_LASTING = (
    r"\b(?:semanas|meses|semaines|mois|wochen|monaten?|settimane|mesi|weken|maanden|tygodni\w*|"
    r"miesi[eę]cy|s[aă]pt[aă]m[aâ]ni|luni|недел\w*|месяц\w*|тиж\w*|місяц\w*|siempre|toujours|"
    r"immer|sempre|altijd|zawsze|mereu|всегда|завжди|weeks|months)\b"
)

DEPRESSED_FOR_LONG = rule(
    "depressed-languages",
    Category.DEPRESSION,
    _C,
    # attack 7: "estoy muy deprimida hace semanas", "sunt deprimat de luni de zile"
    rf"{_NOT}(?=.*{_LASTING}){_DEPRESSED}|{_LASTING}.*{_NOT}{_DEPRESSED}",
)

STARVING = rule(
    "starving-languages",
    Category.EATING,
    _C,
    _NOT + r"(?:"
    r"\bme (?:mato de hambre|estoy matando de hambre|muero de hambre) para (?:bajar|dar|llegar)\b"
    r"|\bno como (?:nada )?(?:para|hasta) (?:bajar|dar el peso|el pesaje)\b"
    r"|\bje maffame\b|\bje ne mange (?:plus|rien) pour (?:perdre|faire le poids)\b"
    r"|\b(?:ich )?hungere mich\b|\besse nichts (?:mehr )?(?:bis|für|fur) (?:zum )?wiegen\b"
    r"|\bpasso fome (?:para|pra)\b|\bn[aã]o como nada (?:para|pra|at[eé]) (?:a pesagem|bater o "
    r"peso)\b"
    r"|\bmi affamo\b|\bdigiuno (?:per|fino al) (?:fare il peso|peso|la pesata)\b"
    r"|\bik hongere mezelf uit\b|\bik eet niks (?:tot|voor) de weging\b"
    r"|\bg[lł]odz[eę] si[eę]\b|\bmorz[eę] si[eę] g[lł]odem\b"
    r"|\bm[aă] înfometez\b|\bma infometez\b"
    r"|\bморю себя голодом\b|\bголодаю,? чтобы\b|\bморю себе голодом\b|\bголодую,? щоб\b"
    r"|\b(?:laxantes|laxatifs|abführmittel|abfuhrmittel|lassativi|laxeermiddelen|"
    r"przeczyszczaj\w*|laxative|слабительн\w*|проносн\w*) (?:para|pour|um|per|pra|om|[zż]eby|"
    r"ca s[aă]|чтобы|щоб) (?:bajar|perdre|abnehmen|dimagrire|emagrecer|perder|af te vallen|"
    r"schudn\w*|sl[aă]besc|похудеть|схуднути|\w+ (?:peso|poids|gewicht|wag\w*|greutate|вес|вагу))"
    r")",
)

CANT_STOP = rule(
    "cant-stop-using-languages",
    Category.SUBSTANCE,
    _C,
    _NOT + r"(?:"
    r"\bno puedo (?:dejar de|parar de) (?:beber|tomar|fumar porros|consumir)\b"
    r"|\bje (?:narrive|ne peux) (?:pas |plus )?(?:à |a )?(?:arrêter|arreter) de (?:boire|"
    r"fumer des joints|prendre)\b"
    r"|\bich kann nicht (?:mehr )?aufhören zu (?:trinken|kiffen)\b"
    r"|\bich kann nicht (?:mehr )?aufhoren zu (?:trinken|kiffen)\b"
    r"|\bn[aã]o consigo parar de (?:beber|usar|cheirar)\b"
    r"|\bnon riesco a smettere di (?:bere|farmi|fumare canne)\b"
    r"|\bik kan niet (?:meer )?stoppen met (?:drinken|blowen|gebruiken)\b"
    r"|\bnie (?:mog[eę]|potrafi[eę]) przesta[cć] pi[cć]\b|\bnie mog[eę] przesta[cć] bra[cć]\b"
    r"|\bnu (?:mă |ma )?pot (?:opri|l[aă]sa) (?:din|de) b[aă]ut\b"
    r"|\bне могу (?:бросить|перестать) (?:пить|колоться|употреблять)\b"
    r"|\bне можу (?:кинути|перестати) (?:пити|вживати)\b)",
)

# "nie mam ataków paniki", "keine Panikattacken mehr", "geen paniekaanvallen": none had
_NO_ATTACKS = "".join(f"(?<!{w} )" for w in (
    "nie mam", "nie miewam", "keine", "geen", "nu am", "нет", "немає", "sin", "sans", "senza",
    "sem", "bez", "без", "fără", "fara", "plus de", "pas de", "mais", "più", "piu", "no more"))

# The past, told: "hace años tenía", "kiedyś miałem", "vroeger had ik", "раньше были"; the
# rule then leaves the message to the classifier (a past told as over is `none`)
_PAST_TOLD = (
    r"\b(?:a[nñ]os|hace|tenia|tenía|tuve|tuvo|anni|avevo|ho avuto|jaren|"
    r"vroeger|had|hatte|früher|fruher|jahren|ans|années|annees|il y a|autrefois|avais|"
    r"jai eu|lycée|lycee|fac|"
    r"facu|faculdade|anos|tinha|tive|kiedyś|kiedys|dawniej|lat|miałem|mialem|miałam|mialam|"
    r"ani|aveam|am avut|odinioară|odinioara|înainte|inainte|раньше|лет|был\w?|было|раніше|"
    r"років|був|була|були|було|years|ago|used|uni|stopped|sorted|helped|ayud\w*|aidé|aide|aiutat\w*|"
    r"geholfen|geholpen|ajud\w*|pomog\w*|ajutat|помог\w*|допом\w*|terapi\w*|therap\w*|"
    r"терапи\w*|терапі\w*)\b|\bатак\w* (?:нет|нема|немає)\b"
)

# someone else's attack told ("mon pote a fait une crise d'angoisse au match, il va bien"):
# a friend or family member, then had / got, then the attack (the writer's own is not)
_OTHERS_ATTACK = (
    r"\b(?:mon pote|mon ami|mon amie|ma copine|mon copain|mon fr[eè]re|ma s(?:oe|œ)ur|"
    r"mon co[eé]quipier|ma co[eé]quipi[eè]re|mi amig[oa]|mi herman[oa]|mi compa\w*|mi novi[oa]|"
    r"mein freund|meine freundin|mein bruder|meine schwester|mein kumpel|il mio amico|"
    r"la mia amica|mio fratello|mia sorella|meu amigo|minha amiga|meu irm[aã]o|minha irm[aã]|"
    r"mijn vriend|mijn vriendin|mijn broer|mijn zus|m[oó]j przyjaciel|moja przyjaci[oó][lł]ka|"
    r"m[oó]j brat|moja siostra|prietenul meu|prietena mea|fratele meu|sora mea|мой друг|"
    r"моя подруга|мой брат|моя сестра|мій друг|моя подруга|мій брат|моя сестра)\b "
    r"(?:\w+ ){0,3}(?:a fait|a eu|fait|tuvo|ha tenido|le dio|hatte|bekam|ha avuto|ha fatto|"
    r"teve|deu|kreeg|had|mia[łl]\w*|dosta[łl]\w*|a avut|a f[aă]cut|был\w*|случил\w*|"
    r"мав|мала|трапил\w*)\b"
)

PANIC_ATTACKS = rule(
    "panic-attacks-languages",
    Category.PANIC,
    _C,
    _NOT + _NO_ATTACKS + r"(?:"
    r"\bataques? de (?:p[aá]nico|ansiedad|p[aâ]nico|ansiedade)\b|\bcrises? de (?:p[aâ]nico|"
    r"ansiedade)\b"
    r"|\bcrises? (?:de panique|dangoisse)\b|\battaques? de panique\b"
    r"|\bpanikattacke\w*\b|\bangstattacke\w*\b"
    r"|\battacchi?o? di (?:panico|ansia)\b"
    r"|\bpaniekaanval\w*\b|\bangstaanval\w*\b"
    r"|\batak\w* (?:paniki|lęku|leku)\b"
    r"|\batac\w* de panic[aă]\b|\batac\w* de anxietate\b"
    r"|\bпаническ\w* атак\w*\b|\bпанічн\w* атак\w*\b|\bатак\w* панік\w*\b"
    r")",
    unless=_PAST_TOLD + "|" + _OTHERS_ATTACK,
)

CONCERN_LANGUAGE_RULES: tuple[Rule, ...] = (
    PURGING, STARVING, CANT_STOP, PANIC_ATTACKS, DEPRESSED_FOR_LONG,
)
