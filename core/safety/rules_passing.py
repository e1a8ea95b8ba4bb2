"""Urgent rules for preparation and self-harm told in passing, inside training talk, in the
11 languages: life insurance checked for suicide, a blade again, pills saved instead of
taken, a farewell letter written, "when I'm gone", a pet given away for good, "better off
without me".

A fresh writer's dev2 set (sixth session of 2026-12-01; data/safety/dev2, written from the
definitions alone, never trained on; the lead may read it) showed these kinds missed in
many languages, mostly told between splits and paces: "lockerer dauerlauf an der isar, 12
km. hab heute nachgeschaut ob die lebensversicherung bei suizid zahlt"; "gestern wieder die
klinge vom anspitzer, nach 6 monaten"; "spar seit wochen meine schlaftabletten statt sie zu
nehmen"; "dokończyłem list pożegnalny"; "zodat zij het heeft als ik er niet meer ben";
"віддала собаку мамі назавжди"; "mi vieja estaría mejor sin mí". The patterns are the
lead's, in other words than those rows (the rows are dev2's; tests use other sentences).
Not: shaving, a pencil sharpener for pencils, caffeine or salt tablets saved for a race,
a letter of thanks, "when I'm gone on holiday", a pet given to a sitter for the week.
Normalised text (`normalise.py`). Source: seed 000, "Escalation Criteria" (C-SSRS
preparation; self-harm now).
"""

from __future__ import annotations

from core.safety.model import Category, Level
from core.safety.rule import Rule, rule
from core.safety.rules_languages import NOT_NEGATED as _NOT

_S = Category.SUICIDE_SELF_HARM
_U = Level.URGENT

INSURANCE = rule(
    # life insurance checked for suicide
    "insurance-for-suicide",
    _S,
    _U,
    r"\b(?:life insurance|insurance|lebensversicherung|versicherung|seguro de vida|seguro|"
    r"l?assurance vie|l?assurance|l?assicurazione(?: sulla vita)?|levensverzekering|verzekering|"
    r"ubezpieczeni\w*|asigur[aă]r\w*|страховк\w*|страхуванн\w*)\b.{0,80}\b(?:suicide|"
    r"suicidio|suicídio|suizid\w*|selbstmord|zelfmoord|samob[oó]jstw\w*|sinucid\w*|"
    r"суицид\w*|самоубийств\w*|самогубств\w*|self inflicted|autolesi\w*)\b"
    r"|\b(?:suicide|suicidio|suicídio|suizid|selbstmord|zelfmoord|samob[oó]jstw\w*|sinucidere|"
    r"суицид\w*|самоубийств\w*|самогубств\w*)\b.{0,60}\b(?:life insurance|lebensversicherung|"
    r"seguro de vida|l?assurance vie|l?assicurazione|levensverzekering|ubezpieczeni\w*|"
    r"asigur[aă]r\w*|страховк\w*|страхуванн\w*)\b",
)

_BLADE = (
    r"(?:blade|razor|sharpener|cuchilla|sacapuntas|klinge|rasierklinge|anspitzer|lame|"
    r"taille crayon|lametta|temperino|l[aâ]mina|gilete|mesje|puntenslijper|scheermesje|"
    r"[zż]yletk\w*|temper[oó]wk\w*|lam[aă]|ascu[tț]itoare|лезв\w*|бритв\w*|точилк\w*|лезо|"
    r"леза|лезом)"
)
_AGAIN = (
    r"(?:again|relapsed?|otra vez|de nuevo|volv[ií]|wieder|erneut|r[uü]ckfall|encore|rechute|"
    r"di nuovo|ancora|ricaduta|de novo|outra vez|reca[ií]da|weer|opnieuw|terugval|znowu|"
    r"zn[oó]w|nawr[oó]t|iar|din nou|rec[aă]dere|снова|опять|срыв|знову|зрив)"
)

BLADE_AGAIN = rule(
    # a blade again, after weeks or months clean (self-harm relapse)
    "blade-again",
    _S,
    _U,
    _NOT + rf"(?:\b{_AGAIN}\b.{{0,30}}\b{_BLADE}\b|\b{_BLADE}\b.{{0,30}}\b{_AGAIN}\b"
    r"|\b(?:weer|opnieuw) gekrast\b|\bgekrast met (?:het|een|mijn) \w*mesje\b"
    r"|\b(?:snova|opyat|vchera) rezal\w* (?:ruki|ruku|nogi|sebya)\b"
    r"|\b(?:снова|опять|вчера) резал\w* (?:руки|руку|ноги|себя)\b)",
    unless=r"\b(?:shav\w*|afeitar\w*|rasiere|rasierst|rasieren|rasiert|rasur|raser|me raser|"
    r"radere|barbear|scheren|golenie|"
    r"goli[cć]|bărbierit|barbierit|бри(?:ть|лся|лась)|гол(?:ив|ил)\w*|pencils?|l[aá]pi[cz]\w*|"
    r"bleistift\w*|crayons? de couleur|matit\w*|potlod\w*|o[lł][oó]wk\w*|creion\w*|"
    r"карандаш\w*|олів\w*|skates?|schaats\w*|patin\w*|łyżw\w*|коньк\w*|mower|grass)\b",
)

_PILLS = (
    r"(?:pills|tablets|meds|medication|sleeping pills|antidepressants|pastillas|rivotril|"
    r"clonazepam|diazepam|lorazepam|alprazolam|zolpidem|pastis|medicamentos|(?:schlaf)?tabletten|"
    r"medikamente|cachets|m[eé]dicaments|somnif[eè]res|pillole|pastiglie|compresse|farmaci|"
    r"comprimidos|rem[eé]dios|(?:slaap)?pillen|medicijnen|tabletki|tabletek|leki|lek[oó]w|"
    r"pastile(?:le)?|medicamente(?:le)?|таблетк\w*|таблеток|снотворно\w*|лекарств\w*|"
    r"пігулк\w*|пігулок|снодійн\w*|ліки)"
)

SAVING_PILLS = rule(
    # pills saved up instead of taken
    "pills-saved-instead-of-taken",
    _S,
    _U,
    _NOT + r"(?:"
    rf"\b(?:saving|saved|stockpil\w*|hoarding|guardando|juntando|ahorrando|spar\w*|sammle|"
    rf"gesammelt|je garde|garde|mets de c[oô]t[eé]|metto da parte|tengo da parte|conservo|"
    rf"t[oô] guardando|estou guardando|guardo|spaar|bewaar|zbieram|odk[lł]adam|str[aâ]ng|adun|"
    rf"pun deoparte|коплю|собираю|откладываю|збираю|відкладаю|накопичую)\b(?: \w+){{0,4}}? "
    rf"{_PILLS}\b.{{0,60}}\b(?:instead of taking|en vez de tomar\w*|en lugar de tomar\w*|"
    r"statt sie zu nehmen|anstatt sie zu nehmen|au lieu de les prendre|invece di prender\w*|"
    r"em vez de tom[aá]\w*|in plaats van (?:ze )?(?:in )?te nemen|zamiast (?:je )?bra[cć]|"
    r"[iî]n loc s[aă] le iau|вместо того чтобы (?:пить|принимать)|замість того щоб (?:пити|"
    r"приймати)|enough|alcanza|basta|suficiente|reicht|assez|bastano|chega|d[aá] n[eé]|genoeg|"
    r"wystarcz\w*|ajung|хватит|достаточно|вистачить|достатньо)\b"
    r")",
    unless=r"\b(?:caffeine|koffein|caf[eé]ine|caffeina|cafe[ií]na|cafeïne|kofein\w*|кофеин\w*|"
    r"salt|salz|sel|sale|sal|zout|s[oó]l|sare|соль|сіль|electrolyt\w*|elektrolyt\w*|vitamin\w*|"
    r"creatin\w*|kreatyn\w*|iron|eisen|magnesium|gels?)\b",
)

LETTER = rule(
    # a farewell letter written or finished (also told in passing)
    "farewell-letter-written",
    _S,
    _U,
    _NOT + r"(?:"
    r"\b(?:wrote|written|finished|left)\b(?: \w+){0,3}? (?:goodbye|farewell|suicide) "
    r"(?:letters?|notes?)\b"
    r"|\b(?:dej[eé]|escrib[ií]|termin[eé])\b(?: \w+){0,2}? (?:escrita |escritas )?(?:la |una |"
    r"las |mis )?cartas? de despedida\b|\bdej[eé] (?:escrita|escritas) (?:la|una|las) cartas?\b"
    r"|\b(?:abschiedsbrief\w*) (?:\w+ ){0,2}(?:geschrieben|fertig)\b|\b(?:hab|habe|schrieb)\b"
    r"(?: \w+){0,3}? abschiedsbrief\w*\b"
    r"|\b(?:[eé]crit|[eé]crite|fini|termin[eé]|laiss[eé])\b(?: \w+){0,2}? (?:ma |une |mes |la )?"
    r"lettres? d ?adieu\b"
    r"|\b(?:scritto|finito|lasciato)\b(?: \w+){0,2}? (?:la |una |le )?letter[ae] d ?addio\b"
    r"|\b(?:escrevi|deixei|terminei)\b(?: \w+){0,2}? (?:a |uma |as )?cartas? de despedida\b"
    r"|\bafscheidsbrie\w* (?:\w+ ){0,2}(?:geschreven|af)\b|\b(?:heb|schreef)\b(?: \w+){0,3}? "
    r"afscheidsbrie\w*\b"
    r"|\b(?:doko[nń]czy[lł]\w*|napisa[lł]\w*|zostawi[lł]\w*)\b(?: \w+)? list\w* po[zż]egnaln\w*"
    r"|\b(?:am scris|am terminat|am l[aă]sat)\b(?: \w+){0,2}? scris\w* de adio\b"
    r"|\b(?:написал\w*|оставил\w*|дописал\w*) (?:\w+ )?прощальн\w* (?:письм\w*|записк\w*)"
    r"|\b(?:написав|написала|залишив|залишила|дописав|дописала) (?:\w+ )?прощальн\w* "
    r"(?:лист\w*|записк\w*)"
    r")",
)

GONE = rule(
    # "when I'm gone": the person no longer here (not a holiday, not leaving a team)
    "when-im-gone",
    _S,
    _U,
    _NOT + r"(?:"
    r"\b(?:when|after|once) im (?:gone|not (?:here|around) anymore|no longer (?:here|around))\b"
    r"(?! (?:for|on|to|away|at|from|with|in)\b)"
    r"|\bcuando (?:ya )?no (?:est[eé]|exista)\b(?! en (?:el|la|los))"
    r"|\bwenn ich (?:nicht mehr (?:da|hier)|tot) bin\b"
    r"|\bquand je (?:ne )?serai plus l[aà]\b"
    r"|\bquando (?:io )?non ci sar[oò] pi[uù]\b(?! (?:in|al|nel|nella)\b)"
    r"|\bquando eu (?:j[aá] )?n[aã]o estiver (?:mais )?aqui\b"
    r"|\bals ik er niet meer ben\b"
    r"|\bjak (?:mnie )?(?:ju[zż] )?nie b[eę]dzie\b(?: mnie)?(?! (?:w|na)\b)"
    r"|\bc[aâ]nd nu (?:voi|o s[aă]) mai (?:fi|exist)\w*\b"
    r"|\bкогда меня не станет\b|\bколи мене не стане\b"
    r")",
)

_PET = (
    r"(?:cat|dog|puppy|kitten|pet|bunny|rabbit|hamster|parrot|gato|gata|perro|perra|perrito|"
    r"hund|katze|kater|chat|chatte|chien|chienne|gatto|gatta|cane|cagnolino|cachorro|cachorra|"
    r"kat|poes|hond|kota|kot|psa|pies|suczk\w*|pisic\w*|c[aâ]ine\w*|кошк\w*|кота|кот|собак\w*|"
    r"пса|пес|кицю|кішк\w*)"
)

PET = rule(
    # a pet given away for good
    "pet-given-for-good",
    _S,
    _U,
    _NOT + rf"\b{_PET}\b.{{0,60}}\b(?:for good(?! measure)|permanently|for keeps|"
    r"para siempre|f[uü]r immer|"
    r"pour de bon|d[eé]finitivement|per sempre|para sempre|voorgoed|na zawsze|definitiv|"
    r"pentru totdeauna|навсегда|назавжди)\b",
    unless=r"\b(?:died|passed away|put down|murió|muri[oó]|gestorben|mort|morto|morreu|"
    r"overleden|zdech\w*|umar\w*|a murit|умер\w*|помер\w*|сдох\w*|здох\w*|adopt\w*|adotei|"
    r"adoptie|свой|got a|new (?:dog|cat|puppy|kitten))\b",
)

BETTER_WITHOUT = rule(
    # someone better off without me, in the other languages
    "better-off-without-me-languages",
    _S,
    _U,
    _NOT + r"(?:"
    r"\b(?:estar[ií]an?|vivir[ií]an?)\b(?: \w+){0,2}? mejor sin m[ií]\b"
    r"|\b(?:w[aä]re|w[aä]ren)\b(?: \w+){0,2}? besser (?:dran )?ohne mich\b"
    r"|\bseraient? (?:\w+ )?mieux sans moi\b"
    r"|\bstare(?:bbe|bbero) (?:\w+ )?meglio senza di me\b"
    r"|\bestaria[m]? (?:\w+ )?melhor sem mim\b"
    r"|\bbeter af (?:zijn )?zonder mij\b"
    r"|\bby[lł]oby (?:\w+ )?lepiej beze mnie\b"
    r"|\bar fi (?:\w+ )?mai bine f[aă]r[aă] mine\b"
    r"|\b(?:было бы|будет|станет) (?:\w+ )?лучше без меня\b"
    r"|\b(?:було б|буде|стане) (?:\w+ )?краще без мене\b"
    r")",
)

PASSING_RULES: tuple[Rule, ...] = (INSURANCE, BLADE_AGAIN, SAVING_PILLS, LETTER, GONE, PET,
                                   BETTER_WITHOUT)
