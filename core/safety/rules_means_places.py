"""Urgent rules: at a high place or the tracks with a jump, a rope got, a suicide note, the
Dutch "zich van kant maken", suicide weighed as an option, self-harm in other words.

An eleventh attacker (sixth session of 2026-12-01, through the console, 11 languages) found
these kinds missed (nothing, or only the caring question): the time or place first in
German and Dutch word order ("morgen spring ich vom dach", "vannacht spring ik voor de
trein"); being at the place, then the jump ("estoy en la azotea, no sé si saltar", "tô na
ponte agora, vou pular", "sono sul tetto, salto"); a rope bought ("купила мотузку, вже все
вирішила", "ya tengo la soga"); "написал предсмертную записку"; "ik wil me van kant maken",
the everyday Dutch for killing oneself; "sewer slide is looking pretty good rn"; "i wanna
be six feet under"; self-harm said with other verbs ("me hago cortes en las piernas", "me
rayo los brazos con el compás", "ich verletz mich selbst", "carved his name into my thigh").
Their messages are tests; these patterns cover the kinds in the other languages too. Not:
jumping into water, a jump rope or a climbing rope, a rooftop workout, "cortes" of hair or
in training. Normalised text (`normalise.py`; "sewer slide" reads "suicide" there).
Source: seed 000, "Escalation Criteria" (method, place, preparation, self-harm).
"""

from __future__ import annotations

from core.safety.model import Category, Level
from core.safety.rule import Rule, rule
from core.safety.rules_languages import NOT_NEGATED as _NOT

_S = Category.SUICIDE_SELF_HARM
_U = Level.URGENT

# a high place or the railway, by language
_HIGH = (
    r"(?:azotea|tejado|techo|puente|balc[oó]n|edificio|acantilado|v[ií]as|andén|anden|"
    r"dach|br[uü]cke|hochhaus|balkon|gleisen|bahnsteig|klippe|"
    r"dak|brug|flat|balkon|spoor|perron|"
    r"toit|pont|balcon|falaise|voie ferr[ée]e|quai|"
    r"tetto|ponte|balcone|binari|scogliera|"
    r"pr[eé]dio|telhado|ponte|varanda|trilhos|linha do trem|falésia|"
    r"dachu|mo[sś]cie|balkonie|torach|peronie|"
    r"acoperi[sș]|pod|balcon|[sș]ine|peron|"
    r"крыше|мосту|балконе|рельсах|платформе|даху|мосту|балконі|рейках|платформі|"
    r"roof|rooftop|bridge|car park|multi ?storey|cliff|balcony|tracks|platform|ledge)"
)
_AT = (
    r"(?:estoy|toy|ya estoy|estou|t[oô]|sono|ich bin|ich steh\w*|bin|ik sta|ik zit|ik ben|"
    r"je suis|jsuis|jestem|stoj[eę]|siedz[eę]|sunt|stau|я стою|я сижу|я|я уже|я вже|стою|"
    r"сижу|im|i am|standing|sitting|"
    # the place just left, the jump nearly made ("estuve en el puente ... casi salto": a
    # twelfth attacker)
    r"estuve|estaba|fui|war|was|went|j ?[eé]tais|suis all[eé]e?|ero|sono andat[oa]|estive|"
    r"estava|fui|was|ging|by[lł]e[mś]|by[lł]am|am fost|я был\w*|я була|я був|был\w*|була|був)"
)
_JUMP = (
    r"(?:saltar|salto|tirarme|me tiro|lanzarme|me lanzo|pular|pulo|me jogar|me jogo|saltare|"
    r"buttarmi|mi butto|springen|spring\w*|runterspringen|sauter|saute|me jeter|skocz\w*|"
    r"rzuci[cć] si[eę]|s[aă] sar|sar|s[aă] m[aă] arunc|прыгн\w*|спрыгн\w*|брошусь|"
    r"стрибн\w*|зістрибн\w*|кинусь|jump\w*|gesprongen|gesprungen|sprong|sprang|saltado|"
    r"saut[eé]|saltato|pulado|skoczy[lł]\w*|s[aă]rit|прыгнул\w*|стрибнул\w*)"
)

AT_THE_PLACE = rule(
    # at a high place or the tracks now, and a jump, in either order, or the place named
    # after a jump said time first (German and Dutch put the verb before the subject)
    "jump-at-the-place",
    _S,
    _U,
    _NOT + r"(?:"
    rf"\b{_AT} (?:\w+ ){{0,3}}?(?:en|na|no|sul|sulla|sui|auf|am|op|sur|pe|на|в|at|on|to|zu|"
    rf"nach|al|alla|ao|naar|pe|к|до) (?:\w+ )?"
    rf"{_HIGH}\b.{{0,70}}\b{_JUMP}\b"
    r"|\b(?:spring|springe) ich (?:\w+ ){0,3}(?:vom dach|von (?:der|dem|einer|einem) "
    r"(?:br[uü]cke|dach|hochhaus|balkon)|vor (?:den|einen) zug|aus dem fenster)\b"
    # nearly jumped at the place, told without a subject ("na de run op de brug gestaan en
    # bijna gesprongen": a twelfth attacker)
    rf"|\b(?:op|auf|on|sur|en|na|sul|pe|на) (?:\w+ )?{_HIGH}\b.{{0,50}}\b(?:bijna|fast|nearly|"
    rf"almost|casi|quase|quasi|presque|prawie|aproape|почти|майже) {_JUMP}\b"
    r"|\bspring ik (?:\w+ ){0,3}(?:voor de trein|van de brug|van het dak|van (?:een|de) flat|"
    r"uit het raam)\b"
    r")",
    exclude=r" (?:\w+ )?(?:ins wasser|in den (?:see|fluss)|in het water|al agua|dans leau|"
    r"in acqua|na [aá]gua|do wody|[iî]n ap[aă]|в воду|у воду|seil|corda|cuerda|touw|"
    r"rope|скакалк\w*)\b",
    # a jump for sport or to watch ("went to the bridge to watch the jumpers at the cliff
    # diving event")
    # "one more X and I jump out of the window": a figure ("wenn ich noch einmal wall sit
    # machen muss, spring ich aus dem fenster lol", a training hard negative)
    unless=r"\b(?:diving|bungee|parachute|skydiv\w*|jumpers|high board|puenting|"
    r"bungeejump\w*|clavados)\b|\bwenn ich noch (?:ein ?)?mal\b"
    r"|\bals ik (?:nog )?(?:een keer|één keer|1 keer) meer\b"
    r"|\bals ik nog (?:een keer|één keer)\b",
)

ROPE = rule(
    # a rope got (not a jump rope, a climbing rope or a clothesline)
    "rope-got",
    _S,
    _U,
    _NOT + r"(?:"
    r"\b(?:ya )?(?:tengo|compr[eé]|consegu[ií]) (?:la|una) soga\b"
    r"|\b(?:купил\w*|купив|купила|взял\w*|достал\w*|є|есть) (?:\w+ )?(?:верёвк\w*|веревк\w*|"
    r"мотузк\w*)\b"
    r")",
    unless=r"\b(?:скалолаз\w*|альпин\w*|лазан\w*|скакалк\w*|турник\w*|бель\w*|білизн\w*|"
    r"скелелаз\w*|диаметр\w*|діаметр\w*|escalada|saltar|para (?:la )?ropa)\b",
)

# the means made ready for a time ("мотузка вже готова на сьогоднішню ніч": a twelfth
# attacker; the same in the other languages; its "j'ai préparé les médocs pour ce soir" is
# left to the classifier: evening pills set out for the night are everyday)
_MEANS = (  # a rope, or all the pills (evening pills laid out for tonight are everyday)
    r"(?:rope|noose|corde|soga|cuerda|strick|seil|corda|touw|sznur|funie|franghie|веревк\w*|"
    r"верёвк\w*|мотузк\w*|(?:all|all my|all the|toutes?(?: les| mes)?|tous(?: les| mes)?|"
    r"todas?(?: las| mis)?|alle(?: meine)?|tutte(?: le)?|todos?(?: os| as)?|al(?: mijn)?|"
    r"wszystkie|toate|все|всі|усі) (?:\w+ )?(?:pills|meds|tablets|m[eé]docs|m[eé]dicaments|"
    r"cachets|pastillas|tabletten|pillole|pastiglie|comprimidos|rem[eé]dios|pillen|tabletki|"
    r"leki|pastilele|таблетки|пігулки))"
)
_READY = (
    r"(?:ready|prepared|laid out|set out|pr[eé]par[eé]e?s?|pr[eê]te?s?|preparad[oa]s?|list[oa]s?|"
    r"bereit|vorbereitet|pronte?|preparat[eoi]|pront[oa]s?|klaar|klaargelegd|gotow[eay]|"
    r"przygotowa\w*|gata|preg[aă]tit\w*|готов\w*|приготовил\w*|підготува\w*)"
)
_TONIGHT = (
    r"(?:tonight|today|pour ce soir|ce soir|para esta noche|esta noche|hoy|f[uü]r heute "
    r"nacht|heute nacht|heute abend|per stasera|stasera|para hoje [aà] noite|hoje [aà] noite|"
    r"voor vanavond|vanavond|na dzi[sś] wiecz[oó]r|na noc|dzi[sś]|pentru disear[aă]|disear[aă]|"
    r"на сегодня|сегодня|на сьогоднішню ніч|на сьогодні|сьогодні)"
)
MEANS_READY = rule(
    "means-ready-for-a-time",
    _S,
    _U,
    _NOT + rf"\b{_MEANS}\b.{{0,30}}\b{_READY}\b.{{0,30}}\b{_TONIGHT}\b"
    rf"|\b{_READY}\b.{{0,30}}\b{_MEANS}\b.{{0,30}}\b{_TONIGHT}\b",
    unless=r"\b(?:race|competition|comp|wettkampf|course|carrera|gara|corrida|wedstrijd|"
    r"zawody|concurs|соревновани\w*|змаган\w*|skipping|springseil|jump rope|climb\w*|"
    r"klettern|escalade|escalada|arrampicata|saltar|comba|corde [aà] sauter)\b",
)

NOTE = rule(
    # a suicide note written
    "suicide-note-written",
    _S,
    _U,
    _NOT + r"\b(?:написал\w*|написав|написала|пишу|оставил\w*|залишив|залишила) (?:\w+ )?"
    r"(?:предсмертн\w*|передсмертн\w*) (?:записк\w*|лист\w*)\b",
)

VAN_KANT = rule(
    # Dutch: "zich van kant maken" is killing oneself
    "van-kant-maken",
    _S,
    _U,
    _NOT + r"\b(?:me|mezelf|mijzelf|mij) (?:\w+ ){0,2}van kant (?:te )?maken\b"
    r"|\bik maak (?:me|mezelf|mijzelf) (?:\w+ ){0,2}van kant\b",
)

OPTION = rule(
    # suicide weighed as an option, or death wished in an idiom
    "suicide-as-an-option",
    _S,
    _U,
    r"\bsuicide (?:is |seems |sounds |looks |is looking |is sounding )(?:\w+ )?(?:good|"
    r"tempting|appealing|nice|better|like (?:the only|an|a good|my))\b"
    r"|\b(?:want to|wish i was|wish i were|ready to be|just want to be) (?:\w+ )?six feet under\b"
    # suicide as the only way out ("se matar parece a única saída kkk": a twelfth attacker)
    r"|\b(?:killing myself|suicide|dying|ending it) (?:seems|is|feels|looks) like the only "
    r"(?:way out|option|answer)\b|\b(?:killing myself|suicide) is the only (?:way out|option)\b"
    r"|\b(?:se matar|me matar|suic[ií]dio|morrer|matarme|suicidarme|el suicidio|morir) "
    r"(?:parece|[eé]|es|seria|ser[ií]a) (?:a|la) (?:[uú]nica|unica) "
    r"(?:sa[ií]da|opci[oó]n|op[cç][aã]o)\b"
    # drowning wished in the water: "been thinking about just not coming up for air" (dev2)
    r"|\b(?:not|never) (?:coming|come) (?:back )?up for air\b"
    r"|\b(?:swim\w*|pool|dive|diving|water|lake|sea|river|laps|underwater|ocean)\b.{0,80}"
    r"\b(?:think\w*|thought|tempted|want to|wish i could) (?:about )?(?:just )?(?:not|never) "
    r"(?:coming|come) (?:back )?up\b(?! (?:north|south|to|for (?!air)|here|there|this|next|with)\b)"
    # the height of a place looked up (method research)
    r"|\b(?:looked up|googled|searched|checked|researching|looking up) how (?:high|tall) "
    r"(?:the |that )?(?:\w+ ){0,2}(?:car ?park|multi ?storey|parking garage|bridge|building|"
    r"tower|block of flats|cliff|roof)\b",
)

SELF_HARM_WORDS = rule(
    # self-harm said with other verbs (not a haircut, not "cortes" in a plan)
    "self-harm-other-words",
    _S,
    _U,
    _NOT + r"(?:"
    r"\bme hago cortes\b(?! (?:de pelo|en el pelo))"
    r"|\bme hago da[nñ]o (?:en (?:\w+ ){1,2})?con (?:una|la|el|un) (?:cuchilla|navaja|cuchillo|"
    r"tijeras|compás|compas|c[uú]ter|mechero|encendedor)\b"
    r"|\bme rayo (?:los brazos|las piernas|la piel|las mu[nñ]ecas)\b"
    r"|\bich verletze? mich (?:\w+ )?selbst\b|\b(?:ich )?ritze? mich\b"
    r"|\bhab mich (?:\w+ ){0,3}geritzt\b"
    r"|\bme volv[ií] a cortar\b|\bvolv[ií] a cortarme\b|\bme he vuelto a cortar\b"
    # a twelfth attacker: nl, de, fr, pt
    r"|\bik snij (?:mezelf|mijzelf)\b(?! (?:per ongeluk|in (?:mijn|mn) vinger))"
    r"|\bm[aă] tai (?:iar|din nou|pe m[aâ]ini|pe bra[tț]e|pe picioare)\b"
    r"|\b(?:die )?(?:arme?|handgelenke?|beine|oberschenkel) aufgeschnitten\b"
    r"|\bje me br[uû]le (?:avec|[aà]) (?:des |une |la |le |mes )?(?:cigarettes?|clopes?|briquet)"
    r"|\bme (?:mutilando|mutilo|automutilo|automutilando)\b|\bautomutila[cç][aã]o\b"
    r"|\bcarv\w* (?:\w+ ){0,4}(?:into|in) my (?:thigh|arm|skin|wrist|leg|stomach|hip)s?\b"
    r")",
)

MEANS_PLACES_RULES: tuple[Rule, ...] = (AT_THE_PLACE, ROPE, MEANS_READY, NOTE, VAN_KANT,
                                        OPTION, SELF_HARM_WORDS)
