"""Whether a message describes a possible medical emergency happening to the person (the
fixed text that goes first when it does, "stop, and call the local emergency number now", is
in `emergency_texts.py`).

A coach is not a clinician: chest pain or pressure, pain or numbness spreading to the arm or
jaw, fainting or collapse, severe breathlessness and the feeling of dying are for the
emergency services, never for "train around it" or "are you thinking about ending your
life?". This is not a `Category` (the trained classifier's heads have one column per
category): it is read beside the screen, and its text is put before whatever the flow says.

`is_medical_emergency(text)` reads the normalised text (`normalise.py`) in the 11 screened
languages. It errs towards finding, but sport talk is not an emergency:
- a **strong** sign alone is enough: chest pain described as crushing, squeezing or a heavy
  pressure; "I collapsed / fainted / passed out" told of the person ("legs collapsed on the
  last rep" is not; "collapsed on the sofa" is not), unless told as over ("yesterday",
  "once", "two weeks ago": `BEFORE`); someone who cannot be woken or is not breathing;
  "I think I'm having a heart attack";
  someone who took pills and cannot be woken, in the 11 languages (`not_waking.py`);
  an overdose just taken (`overdose_now.py`), a fainting told without "I" now and a head
  injury with confusion, vomiting or a fainting (`head_injury.py`), unless told as over;
  a face drooping or "I'm having a stroke" (`stroke.py`);
- otherwise **two different** signs: chest pain, the arm or jaw, breathlessness, a pounding or
  racing heart, the feeling of dying now ("I think I'm dying", never "dying after these
  burpees"), vision going dark, and the stroke signs (`stroke.py`: an arm or one side weak,
  a numb face, slurred speech, double vision, the worst headache of one's life);
- two of a pounding heart, breathlessness and "I'm dying" and nothing else, beside sport
  words ("heart racing, can't breathe after the sprints"), is the effort, not an emergency;
  all three together are read as one whatever the sport.
Pure: the standard library only, no clock, no I/O.
"""

from __future__ import annotations

from core.safety.head_injury import fainted_now_without_i, head_injury_now
from core.safety.normalise import normalise
from core.safety.not_waking import cannot_be_woken_after_pills
from core.safety.overdose_now import overdose_taken
from core.safety.phrases import any_phrase
from core.safety.stroke import STROKE_SIGNS, STROKE_STRONG

CRUSHING_CHEST = any_phrase(
    r"(?:crushing|squeezing|heavy|tight) (?:pain|pressure|feeling|weight) (?:in|on) (?:my|the) "
    r"chest",
    r"chest (?:feels )?(?:like (?:its|it is) being )?(?:crushed|squeezed)",
    # a ninth attacker: "chest is crushing and i cant breathe" got "Sorry", "my chest is
    # crushing me and my jaw hurts" the niggle answer
    r"chest (?:is |feels |keeps )?(?:crushing|squeezing)(?: me)?",
    r"(?:dolor|presión|presion) (?:muy )?(?:opresiv[oa]|aplastante)",
    r"(?:druck|enge) (?:auf|in) der brust wie",
    r"douleur (?:écrasante|ecrasante|en étau|en etau)",
    r"dor (?:em aperto|esmagadora)", r"dolore (?:schiacciante|oppressivo)",
    r"(?:knellende|drukkende) pijn", r"(?:miażdżący|miazdzacy|gniotący) ból",
    r"(?:давящ\w+|сжимающ\w+) боль", r"(?:давлячий|стискаючий) біль",
    # an eighth attacker: "crushing chest pain right now" got the niggle answer, an
    # elephant on the chest the illness advice, "che mi schiaccia" and "apăsătoare" nothing
    r"(?:crushing|squeezing) chest pains?", r"elephant (?:sitting |standing )?on my chest",
    r"che mi schiaccia", r"schiacci\w* (?:il |al )?petto", r"mi schiaccia il petto",
    r"durere (?:apăsătoare|apasatoare)", r"olifant op (?:mijn|de) borst",
    r"elefante (?:en el pecho|no peito|sul petto|sobre el pecho|sobre o peito)",
    r"elefant auf (?:meiner|der) brust", r"éléphant sur (?:la|ma) poitrine",
    # a tenth attacker: someone sitting on the chest, a tight band round it, an overdose now
    r"(?:someone|something|a weight|a ton of bricks) (?:is )?(?:sitting|standing|pressing) on my "
    r"chest", r"tight band (?:round|around|across) my chest",
    r"(?:took|taken|swallowed|downed) (?:\w+ ){0,3}(?:all|whole|box|bottle|pack|packet|load|"
    r"bunch|handful|lot|too many|\d\d+) (?:\w+ ){0,4}(?:pills|meds|tablets|paracetamol|tylenol|"
    r"painkillers|sleeping pills) (?:\w+ ){0,3}(?:\d+ )?(?:mins?|minutes|an hour|hours?) ago",
)
COLLAPSE = any_phrase(
    r"i (?:just |have |had )?(?:collapsed|fainted|passed out|blacked out)"
    r"(?! (?:on|onto|into|in) (?:the |my )?(?:sofa|couch|bed)| asleep| laughing| drunk)",
    r"i lost consciousness",
    r"me (?:he )?desmay\w*", r"perd[ií] el conocimiento", r"me qued[ée] inconsciente",
    r"(?:me )?acabo de desmayar(?:me)?",  # a twelfth attacker
    r"(?:bin|ich) (?:\w+ ){0,3}(?:zusammengebrochen|umgekippt|kollabiert|ohnmächtig|ohnmachtig)",
    r"in ohnmacht gefallen", r"war (?:kurz )?bewusstlos",
    r"je me suis (?:évanoui|evanoui|effondré|effondre)e?", r"jai perdu connaissance",
    r"jai fait un malaise", r"je fais un malaise",
    r"desmaiei", r"perdi (?:a )?(?:consciência|consciencia|os sentidos)",
    r"sono (?:appena )?(?:svenut[oa]|crollat[oa]|collassat[oa])",
    r"ho perso (?:i sensi|conoscenza)",
    r"ik (?:ben )?(?:net |zojuist |even )?(?:flauwgevallen|in elkaar gezakt|bewusteloos geraakt)",
    r"ik viel flauw",
    # someone else collapsing in front of the person, just now (an eighth attacker: "my friend
    # just collapsed at the gym and isn't responding" got "Sorry, I didn't catch that"; told
    # afterwards, "my teammate fainted in the heat, she's fine now", it is not)
    r"(?:my |a |our )?(?:friend|mate|teammate|partner|husband|wife|dad|mum|mom|brother|sister|"
    r"coach|someone|somebody|guy|girl|man|woman) (?:has )?just (?:collapsed|fainted|"
    r"passed out)(?! (?:on|onto|into|in) (?:the |my |his |her )?(?:sofa|couch|bed)| asleep| drunk)",
    r"zemdla[łl](?:em|am)", r"straci[łl](?:em|am) przytomno[śs][ćc]", r"zas[łl]ab[łl](?:em|am)",
    r"am le[șs]inat", r"mi am pierdut cuno[șs]tin[țt]a", r"m am (?:prăbușit|prabusit)",
    r"(?:потерял\w*|теряю) сознание", r"упал\w* в обморок",
    r"знепритомні\w*", r"(?:втратив|втратила|втрачаю) свідомість",
)
# someone who cannot be woken or does not respond, now: never "told as past" (`BEFORE`)
NOT_RESPONDING = any_phrase(
    # a tenth attacker: a brother not waking after pills and "nicht ansprechbar" got nothing
    r"(?:cant|can not|cannot) (?:wake|get) (?:him|her|them) (?:up|to respond)",
    r"(?:cant|can not|cannot) wake (?:him|her|them)(?! (?:up|for|early|in time|on time|before))",
    r"(?:he|she|they)(?: s| is| are)? (?:not|isnt|arent|wont be) (?:waking up|breathing)"
    r"(?! (?:for|early|in time|before|properly|right))",
    r"(?:he|she|they) (?:wont|will not) wake up(?! (?:for|early|in time|before))",
    r"(?:ist|sind) nicht (?:mehr )?ansprechbar", r"nie oddycha", r"не дышит", r"не дихає",
)
HEART_ATTACK = any_phrase(
    r"(?:i think |i feel like )?im having a heart attack",
    r"(?:estoy teniendo|me est[áa] dando) un (?:infarto|ataque al coraz[óo]n)",
    r"(?:ich )?(?:hab|habe|kriege?|bekomme) (?:gerade )?(?:einen |nen )?herzinfarkt",
    r"je (?:fais|suis en train de faire) (?:une crise cardiaque|un infarctus)",
    r"(?:estou|to|tô) (?:tendo|a ter) um (?:infarto|enfarte|ataque card[íi]aco)",
    r"sto avendo un infarto", r"ik (?:krijg|heb) (?:een|n) hartaanval",
    r"(?:chyba )?mam zawa[łl]", r"(?:fac|am) (?:un )?infarct",
    r"у меня (?:инфаркт|сердечный приступ)", r"у мене (?:інфаркт|серцевий напад)",
)

CHEST = any_phrase(
    r"chest pains?", r"pains? in (?:my|the) chest", r"(?:pressure|tightness) (?:in|on) my chest",
    r"chest (?:really |so |very )?(?:hurts|is hurting|tightness|pressure)(?: a lot)?",
    r"chest (?:is |feels |went |gets )?(?:really |so |very )?tight",  # a ninth attacker
    r"chest (?:is |feels )?(?:really |so |very )?heavy",
    r"dolor (?:fuerte |intenso )?(?:en el|de|del) pecho", r"opresi[óo]n en el pecho",
    r"me duele (?:mucho )?el pecho",
    r"brustschmerz\w*", r"schmerz\w* in der brust", r"(?:druck|enge|stechen) (?:auf|in) der brust",
    r"douleurs? (?:à|a|dans) la poitrine", r"(?:mal|serrement|oppression) (?:à|a|dans) la poitrine",
    r"douleurs? thoraciques?", r"douleur qui (?:serre|comprime|[ée]crase) (?:la|ma) poitrine",
    r"dor (?:forte )?no peito", r"(?:aperto|press[ãa]o) no peito", r"peito (?:est[áa] )?doendo",
    r"(?:dolore|male|peso|oppressione|fitte?) (?:forte )?al petto", r"dolore toracico",
    r"pijn (?:op|in) (?:mijn|de) borst", r"(?:druk|beklemming) op (?:mijn|de) borst",
    r"borstpijn",
    r"b[óo]l w klat\w*", r"(?:ucisk|[śs]cisk) w klat\w*", r"boli mnie (?:w )?klat\w*",
    r"durer[ei] (?:în|in) piept", r"(?:[îi]mi|imi) str[âa]nge pieptul",
    r"m[ăa] doare (?:în |in )?piept\w*",
    r"(?:apăsare|apasare|presiune) (?:în|in|pe) piept",
    r"бол\w* в груди", r"давит (?:в )?груд\w*", r"сдави\w* груд\w*", r"груд\w* (?:болит|давит)",
    r"біль (?:у|в) грудях", r"болить (?:у|в) грудях", r"тисне (?:у|в) грудях",
)
ARM_OR_JAW = any_phrase(
    r"(?:left )?arm (?:is |went |goes |feels )?(?:numb|tingling)", r"numb\w* (?:in|down) my \w*arm",
    r"pain (?:spreading|going|radiating|shooting) (?:down|to|into) my (?:left )?(?:arm|jaw)",
    r"(?:left arm|jaw) (?:hurts|pain)",
    r"brazo izquierdo (?:dormido|entumecido|adormecido)", r"se me (?:duerme|durmi[óo]) el brazo",
    r"dolor (?:en el|del) brazo izquierdo|mand[íi]bula",
    r"(?:linke[rn]?) arm (?:ist |wird )?(?:taub|kribbelt)", r"arm (?:ist |wird )taub",
    r"(?:in den arm|in den kiefer) aus\w*",
    r"bras gauche (?:engourdi|paralys[ée])", r"engourdi\w* (?:dans )?le bras", r"m[âa]choire",
    r"(?:descend|irradie|part) dans (?:le|mon) bras",
    r"bra[çc]o esquerdo (?:dormente|formigando)", r"(?:dorm[êe]ncia|formigamento) no bra[çc]o",
    r"braccio sinistro (?:intorpidito|addormentato|formicola)", r"mandibola",
    r"linkerarm (?:is |voelt )?(?:gevoelloos|doof|tintelt)", r"pijn in (?:mijn|de) kaak",
    r"lew[ąa] r[ęe]k\w* (?:dr[ęe]twieje|zdr[ęe]twia[łl]a)", r"dr[ęe]twieje (?:mi )?lewa r[ęe]ka",
    r"bra[țt]ul st[âa]ng (?:amor[țt]it|m[ăa] doare)", r"amor[țt]e[șs]te bra[țt]ul",
    r"(?:левая )?рука (?:немеет|онемела)", r"отда[её]т в (?:левую )?руку",
    r"немеет (?:левая )?рука", r"бол\w* (?:в )?челюст\w*",
    r"(?:ліва )?рука (?:німіє|оніміла)", r"німіє (?:ліва )?рука", r"біль (?:у|в) щелепі",
    r"(?:going|spreading|shooting|radiating) (?:down|into) my (?:left )?arm",
    r"(?:left )?arms? (?:s |has |is )?(?:gone|going|went) (?:dead|numb)",
)
BREATH = any_phrase(
    r"cant breathe", r"cant catch my breath", r"(?:struggling|unable) to breathe",
    r"can barely breathe", r"gasping for (?:air|breath)",
    r"no puedo respirar", r"me falta el aire", r"no respiro", r"me ahogo",
    r"(?:krieg|kriege|bekomme) keine luft", r"kann (?:kaum|nicht|nicht mehr) atmen", r"atemnot",
    r"narrive (?:plus |pas )(?:à|a) respirer", r"(?:peux|peut) (?:plus|pas) respirer",
    r"j[ée]touffe", r"je suffoque",
    r"n[ãa]o consigo respirar", r"falta de ar", r"estou sem ar",
    r"non (?:riesco a )?respir\w*", r"mi manca (?:il respiro|laria)",
    r"(?:krijg|kan) geen lucht", r"kan niet (?:meer )?ademen",
    r"nie (?:mog[ęe]|moge) (?:oddycha[ćc]|z[łl]apa[ćc] tchu)", r"brak mi tchu", r"dusz[ęe] si[ęe]",
    r"nu (?:mai )?pot (?:s[ăa] )?respira", r"m[ăa] sufoc", r"n am aer",
    r"не могу дышать", r"задыхаюсь", r"нечем дышать", r"не хватает воздуха",
    r"не можу дихати", r"задихаю\w*", r"(?:бракує|не вистачає) повітря",
)
HEART = any_phrase(
    r"heart (?:is )?(?:pounding|racing|hammering|beating (?:so |really )?(?:fast|hard))",
    r"hearts? (?:is )?going (?:mad|crazy|wild)",
    r"palpitations",
    r"(?:me )?late el coraz[óo]n", r"coraz[óo]n (?:acelerado|a mil)", r"taquicardia",
    r"palpitaciones",
    r"herzrasen", r"herz (?:rast|hämmert|hammert|pocht|klopft wie)", r"herzstolpern",
    r"(?:coeur|cœur) (?:qui )?(?:bat|battait) (?:très |tres |trop )?(?:fort|vite)",
    r"tachycardie",
    r"cora[çc][ãa]o (?:est[áa] )?(?:disparado|acelerado|batendo)", r"palpita[çc][õo]es",
    r"cuore (?:mi )?(?:batte|martella)", r"tachicardia", r"palpitazioni",
    r"hartkloppingen", r"hart (?:gaat tekeer|bonkt|klopt (?:heel )?(?:hard|snel))",
    r"serce (?:mi )?(?:wali|[łl]omocze|ko[łl]acze|bije)", r"ko[łl]atanie serca",
    r"inima (?:[îi]mi |imi |mi )?(?:bate|bubuie)", r"palpita[țt]ii", r"tahicardie",
    r"сердце (?:колотится|бь[её]тся|стучит)", r"сердцебиение", r"тахикардия",
    r"серце (?:калатає|бється|стукає|колотиться)", r"серцебиття", r"тахікардія",
)
DYING = any_phrase(
    r"(?:think|feel like|feels like|scared|afraid|sure) (?:that )?im (?:dying|going to die|about "
    r"to die)",
    r"im (?:dying|going to die) (?:right )?now",
    r"(?:creo|siento) que me (?:estoy muriendo|muero|voy a morir)",
    r"(?:glaub|glaube|denke|hab angst|habe angst),? (?:dass )?ich sterbe",
    r"ich sterbe (?:gerade|jetzt)",
    r"(?:je crois|jai limpression|jai peur) (?:que |de )?(?:je meurs|je vais mourir|mourir)",
    r"je suis en train de mourir",
    r"(?:acho|sinto) que (?:estou|to|tô|vou) (?:morrendo|morrer|a morrer)",
    r"(?:credo|mi sembra|ho paura) di (?:morire|stare morendo)",
    r"(?:ik denk|ik voel|ik ben bang) (?:dat )?ik (?:doodga|dood ga|ga dood|sterf)",
    r"(?:chyba|my[śs]l[ęe],? [żz]e|czuj[ęe],? [żz]e) umieram", r"zaraz umr[ęe]",
    r"(?:cred|simt) c[ăa] (?:mor|o s[ăa] mor|voi muri)",
    r"(?:кажется|думаю|чувствую),? (?:что )?я (?:умираю|сейчас умру)", r"сейчас умру",
    r"(?:здається|думаю|відчуваю),? (?:що )?я (?:помираю|вмираю)", r"зараз помру",
)
VISION = any_phrase(
    r"vision (?:went|is going|goes|going) (?:dark|black)", r"everything went (?:dark|black)",
    r"everything(?:s| is)? going (?:dark|black)", r"(?:going to|about to|gonna) (?:pass out|faint)",
    r"cold sweat", r"clammy",  # a tenth attacker: fainting near, sweating cold
    r"se me (?:nubl[óo]|fue) la vista", r"schwarz vor (?:den )?augen",
    r"(?:tout est devenu|jai vu) noir", r"(?:vista|tudo) (?:escureceu|ficou preto)",
    r"(?:vista|tutto) (?:si [èe] )?(?:oscurat|annebbiat)\w*",
    r"zwart voor (?:mijn )?ogen", r"ciemno przed oczami", r"negru (?:în|in) fa[țt]a ochilor",
    r"потемнело в глазах", r"потемніло в очах",
)

STRONG = (CRUSHING_CHEST, HEART_ATTACK, NOT_RESPONDING, *STROKE_STRONG)
# A fainting told as over, at a time before today or as a single past event: on the training
# set the emergency text went first for "потерял сознание в сауне на сгонке веса", "один
# раз упала в обморок когда сдавала кровь", "me desmayé en la sauna ... y seguí". With a
# second sign (the chest, the arm, "can't breathe") it is still read as now (`SIGNS`).
BEFORE = any_phrase(
    r"yesterday", r"last (?:week|month|year|season|summer|winter|time)", r"since i",
    r"once(?! again| more)", r"one time", r"when i was", r"as a (?:kid|teen|teenager|child)",
    r"(?:\d+|a|one|two|three|few|couple of) (?:days?|weeks?|months?|years?) ago",
    r"ayer", r"una vez(?! m[aá]s)", r"el (?:año|ano|mes) pasado", r"la semana pasada",
    r"la [uú]ltima vez", r"hace (?:\d+|un|una|dos|tres|unos|unas) (?:d[ií]as|semanas?|"
    r"mes(?:es)?|años?|anos?)",
    r"gestern", r"(?<!noch )einmal", r"letzte[nsm]? (?:woche|jahr|monat|saison|mal)",
    r"vor (?:\d+|zwei|drei|ein paar|einigen|einem|einer) (?:tag|tagen|wochen?|monat|monaten|"
    r"jahr|jahren)",
    r"hier (?:soir|matin|apr[eè]s|pendant)", r"(?<!encore )une fois", r"lan dernier",
    r"la semaine derni[eè]re", r"le mois dernier",
    r"il y a (?:\d+|deux|trois|quelques) (?:jours|semaines|mois|ans)",
    r"ontem", r"(?<!mais )uma vez", r"ano passado", r"semana passada", r"m[eê]s passado",
    r"h[aá] (?:\d+|dois|duas|tr[eê]s|uns|umas) (?:dias|semanas|meses|anos)",
    r"ieri", r"(?<!ancora )una volta", r"lanno scorso", r"la settimana scorsa",
    r"il mese scorso", r"(?:\d+|due|tre|qualche) (?:giorni|settimane|mesi|anni) fa",
    r"gisteren", r"(?<!nog )een keer", r"vorige? (?:jaar|week|maand|seizoen)",
    r"(?:\d+|twee|drie|een paar) (?:dagen|weken|maanden|jaar) geleden",
    r"wczoraj", r"kiedy[śs]", r"w zesz[łl]ym (?:tygodniu|roku|miesi[ąa]cu|sezonie)",
    r"(?:\d+|dwa|trzy|kilka) (?:dni|tygodni|miesi[ęe]cy|lat) temu",
    r"(?<!înc[ăa] )(?<!inca )o dat[ăa]", r"anul trecut", r"s[ăa]pt[ăa]m[âa]na trecut[ăa]",
    r"luna trecut[ăa]", r"acum (?:\d+|doi|dou[ăa]|trei|c[âa]teva) (?:zile|s[ăa]pt[ăa]m[âa]ni|"
    r"luni|ani)",
    r"вчера", r"(?<!ещё )(?<!еще )один раз", r"однажды", r"в прошлом (?:году|месяце|сезоне)",
    r"на прошлой неделе", r"(?:\d+|два|три|несколько) (?:дня|дней|недели|недель|месяца|"
    r"месяцев|года|лет) назад",
    r"вчора", r"одного разу", r"минулого (?:року|місяця|тижня|сезону)",
    r"(?:\d+|два|три|кілька) (?:днів|дні|тижнів|тижні|місяців|років) тому",
)
SIGNS = (CHEST, ARM_OR_JAW, BREATH, HEART, DYING, VISION, *STROKE_SIGNS)
SOFT = frozenset({HEART, BREATH, DYING})  # also how hard effort feels, unless all three
EFFORT = any_phrase(
    r"burpees?", r"sprints?", r"intervals?", r"hills?", r"reps?", r"sets?", r"wod", r"workout",
    r"swim\w*", r"ride", r"bike",
    r"session", r"run", r"running", r"race", r"training\w*", r"entreno",
    r"entra[îi]nement", r"treino", r"allenamento", r"trening\w*", r"antrenament\w*",
    r"тренировк\w*", r"тренуванн\w*",
)


# Signs told as a pattern, not as now ("every time i go to the gym lately": attack 7, a
# panic pattern got "call 999 now"); the strong signs still count
RECURRING = any_phrase(
    r"every time", r"each time", r"whenever", r"lately", r"always", r"for (?:weeks|months)",
    r"every (?:swim|run|session|race|game|match|ride|week|day|night|morning)", r"this month",
    r"keeps? happening", r"most days", r"cada vez", r"siempre", r"chaque fois", r"toujours",
    r"jedes mal", r"immer wenn", r"ogni volta", r"sempre", r"toda vez", r"elke keer",
    r"za ka[zż]dym razem", r"de fiecare dat[aă]", r"каждый раз", r"кожного разу",
)


def is_medical_emergency(text: str) -> bool:
    """Whether `text` describes a possible medical emergency now (see the module docstring)."""
    plain = normalise(text)
    if any(pattern.search(plain) for pattern in STRONG) or cannot_be_woken_after_pills(plain):
        return True
    now = (COLLAPSE.search(plain) or fainted_now_without_i(plain) or overdose_taken(plain)
           or head_injury_now(plain))
    if now and not BEFORE.search(plain):
        return True
    found = {pattern for pattern in SIGNS if pattern.search(plain)}
    if len(found) < 2 or RECURRING.search(plain):
        return False
    soft = found <= SOFT
    return not (soft and len(found) < len(SOFT) and EFFORT.search(plain))
