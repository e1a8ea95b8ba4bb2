"""An overdose told as just taken: "i just took 20 sleeping pills", "me tomé todas las
pastillas", "hab grad alle tabletten geschluckt", "j'ai avalé toute ma boîte de somnifères",
"łyknąłem wszystkie tabletki", "выпил все таблетки", or pills with a lot of alcohol ("vodka
with my meds", "am băut o sticlă de vodcă peste pastile").

A possible medical emergency, whatever the intent: the emergency text goes first
(`emergency.is_medical_emergency`), before the crisis text and the question about ending
one's life (a fresh attacker's G09: all 11 languages got only the crisis text and the
question). The kind: a quantity (all, a whole box or bottle, a number from 10, too many, a
handful, a load) of pills, tablets, meds or sleeping pills, with a verb of taking told as
done (perfect or past tense, "just", "grad", "acabo de", "je viens de", "ho appena",
"właśnie", "tocmai", "только что", "щойно"), or taken pills beside spirits or a bottle.
Not: "took my vitamins", "took 2 ibuprofen", "took all my meds as prescribed", "20 salt
tablets on the ultra", pills about to be taken or asked about ("im going to take all my
pills tonight", "what if i took them all": no past verb), nor a past told as over: the
caller checks `emergency.BEFORE`, and `OVER` here adds last night and a hospital left.
Normalised text (`normalise`), in the 11 languages.
Source: seed 000, "Escalation Criteria" (overdose, a medical emergency).
Pure: the standard library only, no clock, no I/O.
"""

from __future__ import annotations

import re

_TAKEN = (
    r"(?:took|taken|swallowed|downed|necked|popped|ate|overdosed on"
    r"|(?:me |se )?tom[eéó]|(?:me |se )?(?:he|ha) tomado|(?:me |se )?tragu[eé]|(?:me |se )?"
    r"(?:he|ha) tragado|(?:acabo|acaba) de (?:tomar|tragar)(?:me|se)?|ingerido"
    r"|genommen|geschluckt|eingenommen|eingeworfen|eingeschmissen|nahm|schluckte"
    r"|pris|prise|prises|aval[eé]e?s?|viens de prendre|viens davaler|jai pri"
    r"|tomei|tomou|tomado|engoli|engoliu|acabei de (?:tomar|engolir)"
    r"|pres[oaie]|ingoiat[oa]|inghiottit[oa]|buttato giù"
    r"|genomen|ingenomen|geslikt|nam|slikte"
    r"|wzi[ąa][łl]\w*|wzi[ęe][łl]\w*|[łl]ykn[ąaęe][łl]\w*|po[łl]kn[ąaęe][łl]\w*|za[żz]y[łl]\w*"
    r"|na[łl]yka[łl]\w*"
    r"|am luat|a luat|am (?:înghițit|inghitit|înghitit)|a (?:înghițit|inghitit)"
    r"|выпил\w*|принял\w*|проглотил\w*|наглотал\w*|съел\w*|закинул\w*"
    r"|випив\w*|випила|прийняв\w*|прийняла|ковтнул\w*|ковтнув\w*|проковтн\w*|наковта\w*"
    r"|зїв\w*|зїла)"
)
_QUANTITY = (
    r"(?:all|whole|entire|box|boxes|bottle|bottles|pack|packs|packet|strip|blister|load|loads"
    r"|bunch|handful|lot|lots|heap|pile|too many|way more|far more|much more|dozens?"
    r"|\d{2,}(?! ?(?:mg|mcg|ml|g|minutes?|mins?|hours?|hrs?|km|k|kg)(?!\w))"
    r"|twenty|thirty|forty|fifty"
    r"|tod[oa]s?|caja|cajas|frasco|bote|bl[ií]ster|mont[óo]n|puñado|punado|demasiad[oa]s"
    r"|much[ií]?s?im[oa]s|much[oa]s"
    r"|alle|alles|ganzen?|ganze[rs]|packung|packungen|schachtel|haufen|handvoll|zu viele|viele"
    r"|tous|toute?s?|bo[iî]tes?|plaquettes?|flacon|plein|poign[ée]e|trop de|beaucoup de"
    r"|caixa|cartela|monte|demais|muit[oa]s"
    r"|tutt[aeio]|scatola|confezione|flacone|sacco|manciata|tropp[ei]|tant[ei]"
    r"|hele|doos|doosje|potje|hoop|handvol|te veel|veel|al(?= (?:mijn|mn|de|die|zijn|haar)\b)"
    r"|wszystk\w*|ca[łl][ąae]|opakowani\w*|paczk\w*|listek|gar[śs][ćc]|za du[żz]o|du[żz]o|kup[ęe]"
    r"|toate|toată|toata|cutie|cutia|cutii|gr[ăa]mad[ăa]|pumn|prea multe|multe"
    r"|все|всё|всю|цел\w+|пачк\w+|упаковк\w+|куч[уа]|горсть|слишком много|много"
    r"|всі|усі|усю|ціл\w+|куп[уа]|жмен\w+|забагато|багато)"
)
_PILLS = (
    r"(?:pills|tablets|meds|medication|medications|medicine|paracetamol|tylenol|acetaminophen"
    r"|ibuprofen|aspirin|painkillers|antidepressants|sleepers|xanax|valium|diazepam|codeine"
    r"|tramadol|oxy\w*"
    r"|pastillas|pastis|medicamentos|medicinas|somn[ií]feros|paracetamoles|ibuprofenos"
    r"|antidepresivos|ansiol[ií]ticos|comprimidos|calmantes|analg[eé]sicos"
    r"|tabletten|pillen|medikamente|schlaftabletten|schmerztabletten|antidepressiva|medis"
    r"|pilules|cachets|comprim[eé]s|m[eé]docs|m[eé]dicaments|somnif[eè]res|doliprane"
    r"|antid[eé]presseurs|anxiolytiques"
    r"|rem[eé]dios?|p[ií]lulas|rivotril|antidepressivos"
    r"|pillole|pastiglie|compresse|farmaci|medicine|sonniferi|paracetamolo|tachipirina"
    r"|antidepressivi|ansiolitici"
    r"|pilletjes|medicijnen|slaappillen|medicatie|oxazepam"
    r"|tabletki|tabletek|leki|lek[óo]w|pigu[łl]ki|pigu[łl]ek|prochy|proch[óo]w|nasenn\w+"
    r"|antydepresant\w*"
    r"|pastile|pastilele|pastilelor|medicamente|medicamentele|tablete|tabletele|somnifere"
    r"|antidepresive"
    r"|таблетки|таблеток|пилюли|пилюль|колёса|колеса|колёс|колес|снотворн\w*|лекарств\w*"
    r"|антидепрессант\w*|феназепам\w*|парацетамол\w*"
    r"|пігулки|пігулок|ліки|ліків|снодійн\w*|антидепресант\w*"
    # common drugs by name, drops (benzodiazepine drops), a Portuguese singular ("20 comprimido")
    r"|comprimido|ibuprofeno|ibuprom\w*|nurofen|apap\w*|paracetamol\w*|algocalmin\w*|lexomil"
    r"|lithium|litio|temazepam|zopiclon\w*|zolpidem|stilnox|amitriptylin\w*|hydroksyzyn\w*"
    r"|clonazepam|lorazepam|alprazolam|tavor|orfidal\w*|trankimazin|dafalgan|efferalgan"
    r"|амитриптилин\w*|сонмил\w*|gocce|gotas|tropfen|gouttes|krople|pic[ăa]turi|капли|краплі)"
)
_GAP = r"(?:\w+ ){0,%d}"
# "if i took", "never took", "almost took all", "didnt": not taken
_NOT_TAKEN = "".join(
    rf"(?<!\b{word} )" for word in (
        "if i", "if you", "what if", "wish i", "would have", "could have", "should have",
        "almost", "nearly", "never", "havent", "hadnt", "not", "nie", "no", "не", "nicht",
        "niet", "non ho", "nu am", "não", "nao", "fast", "no me", "no se", "are", "is",
        "were",
    )
)
# "all the pills out of the box" taken is not swallowed (but the training rows' "alle
# tabletten aus dem schrank genommen", "alle pillen uit de kast genomen" are)
_OUT_OF = r"(?:(?!out |from )\w+ ){0,%d}"
# a box, strip or blister swallowed, or taken whole ("avalé toute ma boîte de lithium")
_CONTAINER = (
    r"(?:box|pack|packet|strip|blister|bo[iî]te|plaquette|caja|bl[ií]ster|cartela|caixa"
    r"|packung|schachtel|doos|doosje|opakowanie|listek|cutie|folie|scatola|confezione|flacone"
    r"|flacon|frasco|bote|fiolk\w*|пачк\w+|упаковк\w+|блистер\w*|блістер\w*)"
)
_SWALLOWED = (
    r"(?:swallowed|downed|necked|aval[ée]e?|tragu[ée]|tragado|tragarme|geschluckt|geslikt"
    r"|ingoiat[oa]|inghiottit[oa]|engoli|[łl]ykn[ąaęe][łl]\w*|po[łl]kn[ąaęe][łl]\w*"
    r"|(?:înghițit|inghitit|înghitit)|проглотил\w*|выпил\w*|випил\w*|випив|проковтн\w*)"
)
# "swallowed a whole pack of gum": food and sweets are not pills
_NOT_FOOD = (
    r"(?! (?:of|de|di|van|z|cu) (?:\w+ )?(?:gum|sweets|candy|chocolates?|crisps|chips|cookies"
    r"|biscuits|haribo|mints|gels?|chicle|gominolas|bonbons|caramelle|snoep|cukierk\w*"
    r"|bomboane|конфет\w*|цукерок|жвачк\w*))"
)
# everything in the medicine cabinet, pills swallowed in a heap ("наглоталась таблеток")
_CABINET = (
    r"(?:medicine (?:cabinet|cupboard)|medicijnkast\w*|apteczk\w*|аптечк\w*|botiqu[íi]n"
    r"|armoire [àa] pharmacie|hausapotheke|medi(?:zin|kamenten)schrank|armadietto dei medicinali"
    r"|dulapul cu medicamente\w*|arm[áa]rio de rem[ée]dios)"
)
_EVERYTHING = (
    r"(?:everything|all|alles|todo|tout|tudo|tutto|wszystko|tot|вс[её]|усе|все|всього|всё)"
)
# an overdose of something else is a figure ("une overdose de riz", "overdosed on carbs")
_OF_ELSE = r"(?! (?:on|of|de|di|da|van|von|на) (?!(?:\w+ ){0,2}" + _PILLS + r")\w)"
TAKEN_QUANTITY = re.compile(
    r"(?<!\w)(?:"
    + _NOT_TAKEN + _TAKEN + r" " + _GAP % 4 + _QUANTITY + r" " + _GAP % 4 + _PILLS
    + r"(?! (?:out|from|aus|uit|z|din|из|з) | with (?:me|us|him|her)| along| to | in my bag"
    r"| on (?:holiday|the trip))"
    + r"|" + _QUANTITY + r" " + _GAP % 3 + _PILLS + r" " + _OUT_OF % 4 + _NOT_TAKEN + _TAKEN
    + r"(?! care)"
    + r"|" + _NOT_TAKEN + _SWALLOWED + r" " + _GAP % 3 + _CONTAINER + _NOT_FOOD
    + r"|" + _NOT_TAKEN + _TAKEN + r" " + _EVERYTHING + r" (?:\w+ ){0,5}" + _CABINET
    + r"|" + _CABINET + r" (?:\w+ ){0,5}" + _NOT_TAKEN + _TAKEN + r" " + _EVERYTHING
    + r"|(?:наглотал|наковтал|наковтав|na[łl]yka[łl])\w* (?:\w+ ){0,2}" + _PILLS
    + r"|(?:(?:i|he|she|they|just) overdosed|(?:took|taken|had) an overdose"
    + r"|(?:tom[eéó]|he tomado) una sobredosis|(?:jai|il a|elle a) (?:fait|pris) une overdose"
    + r"|(?:tomei|tomou) uma overdose|(?:ho|ha) (?:fatto|preso) (?:unoverdose|una overdose)"
    + r"|overdosis genomen|[uü]berdosis genommen|przedawkowa[łl](?:em|am)"
    + r"|am luat o supradoz[ăa]|передознул(?:ся|ась)|(?:сделал|словил)\w* передоз"
    + r"|передознув(?:ся)?|передознулас\w*)" + _OF_ELSE
    + r")(?!\w)"
)
# spirits or a bottle of them beside pills taken ("drank a load and took mums pills", "vodka
# with my meds"); "can i have a vodka with my meds?" is a question, a bottle of water or
# "3 beers and my meds" not spirits
_SPIRITS = (
    r"(?:vodka|vodca|vodc[ăa]|w[óo]dk\w*|wodk\w*|водк\w*|горілк\w*|whisk(?:e)?y|rum|gin|tequila"
    r"|(?:bottle|botella|flasche|bouteille|garrafa|bottiglia|fles|butelk\w*|sticl[ăa]|бутылк\w*"
    r"|пляшк\w*) (?:of |de |di |van )?(?:wine|vodka|whisk(?:e)?y|rum|gin|spirits|booze|jack"
    r"|prosecco|vino|ron|ginebra|wein|schnaps|korn|vin|rhum|vinho|cacha[çc]a|grappa|wijn|jenever"
    r"|wina|w[óo]dki|wodki|whisky|wine|vodc[ăa]|vodca|[țt]uic[ăa]|вина|водки|коньяк\w*|виски"
    r"|горілки|віскі)"
    r"|drank (?:a load|loads|a lot)(?! of (?:water|juice|milk|tea|coffee|electrolytes?)))"
)
_PILLS_TAKEN = (
    r"(?:" + _TAKEN + r" " + _GAP % 4 + _PILLS + r"|" + _PILLS + r" " + _GAP % 2 + _TAKEN
    + r"|(?:with|on top of|mixed with|peste|mit|con|avec|com|met|z|с|з) (?:\w+ ){0,2}" + _PILLS
    + r")"
)
WITH_SPIRITS = re.compile(
    r"(?<!\w)(?:" + _SPIRITS + r"(?: \w+| \.){0,8}? " + _PILLS_TAKEN
    + r"|" + _PILLS_TAKEN + r"(?: \w+| \.){0,8}? " + _SPIRITS + r")(?!\w)"
)
# what is not an overdose: supplements and salt, the usual dose, a question
ORDINARY = re.compile(
    r"(?<!\w)(?:vitamin\w*|multivit\w*|supplements?|suplement\w*|creatin\w*|kreatin\w*"
    r"|креатин\w*|magnes\w*|магни\w*|магні\w*|electrolyt\w*|elektrolyt\w*|electrolit\w*"
    r"|elektrolit\w*|электролит\w*|електроліт\w*|salt|salz\w*|sel|sal|sale|zout\w*|soli|sare"
    r"|солев\w*|caffeine|koffein\w*|cafe[íi]na|caf[ée]ine|caffeina|cafe[ïi]ne|kofein\w*"
    r"|cofein\w*|кофеин\w*|кофеїн\w*|iron|eisen\w*|ijzer\w*|fish oil|omega \d|zinc|zink"
    r"|pre ?workout|przedtrening[óo]w\w*|preentreno|pre entreno|pr[ée] treino"
    r"|protein|birth control|antibiotic\w*|antibi[óo]tic\w*|antybiotyk\w*|антибиотик\w*"
    r"|антибіотик\w*|the last \d+|as prescribed|as usual|like (?:the doctor|i should)"
    r"|(?:morning|evening|night|daily|usual|regular|normal|todays) (?:pills|meds|tablets)"
    r"|(?:meds|medication) (?:this morning|today|for today|for the day|tonight)"
    r"|wie verschrieben|como (?:me )?(?:recetaron|indic\w+)|comme prescrit|come prescritto"
    r"|zoals voorgeschreven|zgodnie z zaleceniami|conform prescripției|как (?:прописали|"
    r"назначено|назначил)|як (?:призначено|призначив))(?!\w)"
)
# asked before the words: "can i have a vodka with my meds?", "is it bad if i took 10 ..."
ASKED = re.compile(
    r"(?<!\w)(?:can i|is it (?:ok|safe|bad)|should i|puedo|darf ich|kann ich|je peux|posso"
    r"|mag ik|czy mog[ęe]|pot s[ăa]|можно ли|чи можна)(?!\w)"
)
# told as over beyond `emergency.BEFORE`: last night, woke up the next morning, out of hospital
_DAYS = (
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|(?:mon|tue|wed|thu|fri|sat|sun)"
    r" night|el (?:lunes|martes|mi[ée]rcoles|jueves|viernes|s[áa]bado|domingo)"
    r"|am (?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag)"
    r"|(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche) (?:soir|dernier)"
    r"|(?:na|no) (?:segunda|ter[çc]a|quarta|quinta|sexta|s[áa]bado|domingo)"
    r"|(?:luned[iì]|marted[iì]|mercoled[iì]|gioved[iì]|venerd[iì]|sabato|domenica) (?:sera|scors\w)"
    r"|(?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag)(?:avond)?"
    r"|w (?:poniedzia[łl]ek|wtorek|[śs]rod[ęe]|czwartek|pi[ąa]tek|sobot[ęe]|niedziel[ęe])"
    r"|(?:luni|mar[țt]i|miercuri|joi|vineri|s[âa]mb[ăa]t[ăa]|duminic[ăa]) (?:seara|trecut[ăa])"
    r"|в (?:понедельник|вторник|среду|четверг|пятницу|субботу|воскресенье)"
    r"|у (?:понеділок|вівторок|середу|четвер|пятницю|суботу|неділю)"
)
# told as over beyond `emergency.BEFORE`: last night, a weekday, out of hospital
OVER = re.compile(
    r"(?<!\w)(?:last night|anoche|letzte nacht|gestern abend|gisteravond|aseara|aseară"
    r"|zesz[łl]ej nocy|прошлой ночью|минулої ночі|hier (?:jai|je|on)|alalt[ăa]ieri|vorgestern"
    r"|anteayer|avant hier|anteontem|altro ieri|laltro ieri|eergisteren|przedwczoraj|позавчера"
    r"|позавчора|торік|(?:рік|років) тому|(?:год|лет) назад|год как|рік як|lann[ée]e derni[eè]re"
    r"|" + _DAYS
    + r"|discharged|(?:got )?out of (?:the )?hospital|let me out|entlassen|выписал\w*|виписал\w*"
    r"|sal[ií] del hospital|(?:me )?dieron (?:el|de) alta|sorti de lh[oô]pital|dallospedale"
    r"|sa[ií] do hospital|uit het ziekenhuis|ze szpitala|din spital|odratowali|in (?:19|20)\d\d"
    r"|(?:miesi[ąa]c|tydzie[ńn]|rok) temu|(?:месяц|неделю|год) назад|(?:місяць|тиждень|рік) тому"
    r"|acum (?:o lun[ăa]|o s[ăa]pt[ăa]m[âa]n[ăa]|un an)|un (?:mese|anno) fa|una settimana fa"
    r"|il y a (?:un mois|une semaine|un an)|h[áa] (?:um m[êe]s|uma semana|um ano)"
    r"|een (?:maand|week|jaar) geleden)(?!\w)"
)
# waking up after the pills: survived a night ("took a load of pills and woke up in a&e")
WOKE = re.compile(
    r"(?<!\w)(?:woke up|desperté|despert[ée] en|aufgewacht|r[ée]veill[ée]e?|acordei"
    r"|mi sono svegliat[oa]|wakker geworden|obudzi[łl]\w*|m am trezit|проснул\w*|прокинул\w*)"
    r"(?!\w)"
)


def overdose_taken(words: str) -> bool:
    """The normalised `words` tell of an overdose taken (see the module docstring); whether
    it is told as over is `emergency.BEFORE`'s and `OVER`'s to say."""
    found = _dose_taken(words)
    return found is not None and not (OVER.search(words) or WOKE.search(words, found.end()))


def _dose_taken(words: str) -> re.Match[str] | None:
    """A quantity of pills taken, or pills with spirits: not an ordinary dose near it, nor
    asked about just before it."""
    found = TAKEN_QUANTITY.search(words) or WITH_SPIRITS.search(words)
    if found is None:
        return None
    near = words[max(0, found.start() - 30): found.end() + 30]
    before = words[max(0, found.start() - 30): found.start()]
    return found if ORDINARY.search(near) is None and ASKED.search(before) is None else None


# long enough ago not to be a recent attempt (weeks are recent; months and years are not)
LONG_AGO = re.compile(
    r"(?<!\w)(?:years?|months?|last year|in (?:19|20)\d\d|jahre?n?|monate?n?|letztes jahr"
    r"|ans?|ann[ée]es?|mois|l ?ann[ée]e derni[eè]re|a[nñ]os?|mes(?:es)?|el a[nñ]o pasado"
    r"|anni|anno|mesi|mese|lanno scorso|anos?|m[eê]s(?:es)?|ano passado|jaar|jaren|maand(?:en)?"
    r"|vorig jaar|rok|lat|miesi[ąa]c\w*|w zesz[łl]ym roku|ani|lun[ai]|anul trecut|год\w*|лет"
    r"|месяц\w*|в прошлом году|рік|років|місяц\w*|торік|минулого року)(?!\w)"
)


def overdose_recent(words: str) -> bool:
    """The normalised `words` tell of an overdose taken in the last days, told as over
    (`OVER`: last night, yesterday's hospital; `WOKE`): a recent attempt, urgent suicide or
    self-harm (definitions.md: "a recent attempt"), though no longer an emergency now.
    Not months or years ago (`LONG_AGO`), not an ordinary dose, not a question. A fresh
    attacker's "am luat ieri toate pastilele de la psihiatru, m-au dus la urgente" (dev2's
    kind) got the concern advice."""
    return LONG_AGO.search(words) is None and _dose_taken(words) is not None
