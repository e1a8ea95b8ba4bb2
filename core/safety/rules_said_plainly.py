"""Urgent rules for the everyday ways of saying it, in the ten other screened languages.

A sixth attacker (2026-12-01) found explicit statements that got nothing, or only the ask
band, because `rules_languages.py` knew one wording and the classifier scores short
messages in those languages low: the word for suicide itself ("ik denk aan zelfmoord", "bin
suizidal", "myślę o samobójstwie", "mă gândesc la sinucidere"), fillers between "want" and
"die" ("ich will einfach nur noch sterben"), crude and slang forms ("хочу сдохнуть", "jveux
crever", "g envie de mourir"), Russian typed in Latin letters ("ya hochu umeret", "ne hochu
zhit"), clitics before the verb ("mi voglio ammazzare", "znowu się tnę"), separable verbs
("ich bring mich um"), thoughts of a method ("думал повеситься", "pienso en tirarme por el
balcón", "ik spring vanavond voor de trein"), not waking up ("ojalá no despertar mañana") and
disappearing for good ("vreau să dispar pentru totdeauna"). The same conventions as
`rules_languages.py`: normalised text (lower case, apostrophes dropped), first person,
a negation just before cancels (`NOT_NEGATED`), figures of speech excluded where they follow.
Source: seed 000, "Escalation Criteria" (suicidal ideation, self-harm).
"""

from __future__ import annotations

from core.safety.model import Category, Level
from core.safety.rule import Rule, rule
from core.safety.rules_languages import NOT_NEGATED as _NOT

_S = Category.SUICIDE_SELF_HARM
_U = Level.URGENT

# "de risa", "of laughter", "vor Lachen", ...: a figure, not a wish (after the hit)
_FIGURES = (
    r"de risa|de rire|vor lachen|dal ridere|de rir|van het lachen|ze śmiechu|de râs|de ras|"
    r"от смеха|від сміху|de vergüenza|de honte|vor scham|di vergogna|de vergonha|"
    r"de aburrimiento|dennui|vor langeweile|di noia|de tédio|van verveling|z nudów|"
    r"de plictiseal[aă]|от скуки|від нудьги"
)
_FIGURE = rf"(?: \w+){{0,2}}? (?:{_FIGURES})\b"
# "mi ammazzo di lavoro", "me mato a entrenar": killing oneself with work or training
_WORKING = (
    rf"(?: \w+){{0,2}}? (?:{_FIGURES}|di (?:lavoro|fatica|allenamento|palestra|risate)"
    r"|a (?:entrenar|estudiar|trabajar)|entrenando|estudiando|trabajando|de (?:trabajo|risa)"
    # "je vais me tuer à la tâche" (work oneself to death: an eighth attacker's crisis text)
    r"|(?:à|a) la t[aâ]che|au (?:travail|boulot|taf)|(?:à|a) (?:l )?entra[iî]nement)\b"
)

# "no tengo pensamientos suicidas", "geen zelfmoordgedachten", "суицидальных мыслей нет"
_NONE_OF_IT = (
    r"\b(?:non ho|nessun\w*|n am|nu am|geen|никаких|нет|немає|нема|no tengo|ning[uú]n\w*|je nai "
    r"pas|jai pas|pas de|aucune?|keine?|não tenho|nao tenho|nenhum\w*|nie mam|[zż]adnych)\b"
    r".{0,25}\b(?:suicid|zelfmoord|sinucid|sinucig|самоубийств|суицид|суїцид|самогубств|samob|suizid|"
    r"selbstmord)|\b(?:суицидальных|суїцидальних) (?:мыслей|думок) (?:нет|немає|нема)\b"
)

SUICIDE_WORD = rule(
    "suicide-word-languages",
    _S,
    _U,
    # thinking of suicide, suicidal thoughts, being suicidal, wanting to commit suicide
    _NOT + r"(?:"
    r"\b(?:pienso|pensando|he pensado|pens[eé]) en (?:el )?suicid\w*|\b(?:pensamientos|ideas) "
    r"suicidas\b|\b(?:soy|estoy|me siento) suicida\b|\bsuicidarme\b"
    r"|\bme (?:quiero|voy a) suicidar\b"
    r"|\bje pense (?:au|à me|a me) suicid\w*|\b(?:pensées|pensees|idées|idees) suicidaires\b"
    r"|\bje suis suicidaire\b|\bsuicidaire\b(?= .*\b(?:je|moi|jsuis|chui)\b)"
    r"|\b(?:ich bin|bin|fühle mich|fuhle mich) suizidal\b|\b(?:suizid|selbstmord)gedanken\b"
    r"|\bdenke (?:an|über|uber) (?:suizid|selbstmord)\b|\bselbstmord begehen\b"
    r"|\b(?:penso|pensando|pensei) (?:em|no) suic[ií]dio\b|\b(?:pensamentos|ideias) suicidas\b"
    r"|\b(?:sou|estou) suicida\b|\bme suicidar\b|\bsuicidar-me\b"
    r"|\bpenso al suicidio\b|\bpensieri (?:suicid[ia]|di suicidio)\b|\bsono suicida\b"
    r"|\bsuicidarmi\b|\bmi (?:voglio|vorrei|voglio proprio) suicidare\b"
    r"|\b(?:denk|dacht|denken) (?:\w+ )?(?:aan|over|na over) zelfmoord\b|\bzelfmoordgedachten\b"
    r"|\bik ben (?:suïcidaal|suicidaal)\b|\bzelfmoord (?:te )?plegen\b"
    r"|\bmy[sś]l\w* o samob[oó]j\w*|\bmy[sś]li samob[oó]jcze\b|\bpope[lł]ni[cć] samob[oó]jstwo\b"
    r"|\bm[aă] g[aâ]ndesc (?:la|s[aă] m[aă]) sinucid\w*|\bg[aâ]nduri (?:de sinucidere|"
    r"sinuciga[sș]e)\b"
    r"|\b(?:думаю|думал\w*) (?:о|про) (?:суициде|самоубийстве)\b|\bсуицидальн\w* мысл\w*"
    r"|\bмысли о (?:суициде|самоубийстве)\b|\bсовершить самоубийство\b"
    r"|\b(?:думаю|думав|думала) про (?:суїцид|самогубство)\b|\bсуїцидальн\w* думк\w*"
    r"|\bдумки про (?:суїцид|самогубство)\b|\bскоїти самогубство\b"
    r")",
    unless=_NONE_OF_IT,
)

WANT_TO_DIE = rule(
    "want-to-die-plainly-languages",
    _S,
    _U,
    _NOT + r"(?:"
    # fillers between "want" and "die": "ich will einfach nur noch sterben", "ik wil gewoon
    # dood", "quiero morirme ya", never "nicht" / "niet" / "no" among them
    r"\bich (?:will|möchte|mochte|wollte) (?:(?!nicht|nich|nie|kein)\w+ ){1,4}sterben\b"
    r"|\bik wil (?:(?!niet|nooit)\w+ ){1,3}(?:dood|sterven)\b"
    r"|\b(?:quiero|quisiera) (?:(?!no)\w+ ){1,3}morir(?:me)?\b"
    r"|\bje veux (?:(?!pas|plus)\w+ ){1,3}mourir\b"  # "je veux plus mourir": no longer
    # crude and slang
    r"|\b(?:je veux|jveux|jvx|jai envie de|g envie de|jai envie d) (?:crever|mourir|en finir)\b"
    r"|\bje veux en finir\b"
    r"|(?<!aucune )(?<!pas )(?<!plus )\b(?:jai |g |j )?envie den finir\b"
    r"(?! avec (?:ce|cette|les|mon|ma|mes|quoi|le|la(?! vie)))"
    r"|\b(?:qro|qero|kero|quero) morrer\b|\bquiero morirme\b"
    r"|\b(?:хочу|хотела? бы) (?:сдохнуть|подохнуть|умереть)\b|\bсдохнуть хочу\b"
    r"|\b(?:хочу|хотів би|хотіла б) (?:вмерти|померти|здохнути|подохнути)\b"
    r"|\b(?:ya )?(?:hochu|khochu|xochu) (?:umeret|umeret\w*|sdohnut\w*|vmerty|pomerty)\b"
    r"|\bne (?:hochu|khochu|xochu) (?:bolshe |bilshe |bilsh )?(?:zhit|zhyty|zhyt)\b"
    # not waking up
    r"|\b(?:ojal[aá]|quisiera|quiero) no (?:despertar(?:me)?|volver a despertar)\b"
    r"|\bno quiero despertar(?:me)?\b(?! (?:temprano|pronto|a las|tan))"
    r"|\b(?:queria|quero|gostaria de) n[aã]o acordar\b"
    r"|\b(?:vorrei|voglio) non svegliarmi\b|\bnon svegliarmi pi[uù]\b"
    r"|\bne (?:pas|plus) me r[eé]veiller\b"
    r"|\b(?:will|möchte|mochte|wünschte|wunschte)\b.{0,20}\bnicht mehr aufwachen\b"
    r"|\b(?:wil|hoop)\b.{0,15}\bniet meer wakker (?:te )?worden\b"
    r"|\b(?:chcia[lł]\w*|chc[eę]) si[eę] nie obudzi[cć]\b|\bnie obudzi[cć] si[eę] (?:ju[zż] )?"
    r"nigdy\b"
    r"|\bs[aă] nu m[aă] mai trezesc\b"
    r"|\b(?:уснуть|заснуть) и не проснуться\b|\bне проснуться\b"
    r"|\b(?:заснути|заснуть) і не прокинутися\b|\bне прокинутися\b"
    # disappearing for good
    r"|\bdesaparecer para siempre\b|\bdispara[iî]tre pour toujours\b|\bf[uü]r immer "
    r"verschwinden\b|\bsparire per sempre\b|\bsumir para sempre\b|\bverdwijnen(?: .)? voorgoed\b"
    r"|\bvoorgoed verdwijnen\b|\bznikn[aą][cć] na zawsze\b|\bs[aă] dispar pentru totdeauna\b"
    r"|\bисчезнуть навсегда\b|\bзникнути назавжди\b"
    r")",
    exclude=_FIGURE,
)

KILL_MYSELF = rule(
    "kill-myself-plainly-languages",
    _S,
    _U,
    _NOT + r"(?:"
    r"\bmi (?:voglio|vorrei|vado a|sto per) (?:ammazzare|uccidere)\b|\bmi ammazzo\b|\bmi uccido\b"
    r"|\bich bring(?:e)? mich (?:\w+ ){0,3}um\b(?! (?:den|die|das|meinen|meine|mein|jeden|"
    r"\d))|\bbring(?:e)? mich heute (?:\w+ )?um\b"
    r"|(?:^|\bich |[.,!?] )(?:will|werde|möchte|mochte) mich (?:(?!nicht|nich|nie)\w+ ){0,3}"
    r"(?:umbringen|umbrigen|umbingen|"
    r"umbrngen|töten|toten)\b"
    r"|\bich (?:nehm|nehme) mir (?:\w+ )?das leben\b"
    r"|\bme (?:quiero|voy a) matar\b|\bme mato\b(?= .*\b(?:hoy|esta noche|ma[nñ]ana|ya)\b)"
    r"|\bje vais me tuer\b|\bje me tue\b(?= .*\b(?:ce soir|demain|aujourdhui)\b)"
    r"|\bvou me matar\b"
    r"|\bik (?:ga|wil) mezelf (?:\w+ )?(?:doden|ombrengen|van kant maken)\b"
    r"|\bik maak (?:mezelf|me) van kant\b"
    r"|\bубью себя\b|\bубить себя\b|\bвбити себе\b|\bвб'?ю себе\b"
    # the first-person future: "skończę ze sobą", "zaraz się zabiję", "je vais en finir"
    r"|\bsko[nń]cz[eę] ze sob[aą]\b|\bze sob[aą] sko[nń]cz[eę]\b"
    r"|\bsi[eę] zabij[eę]\b(?! (?:\w+ )?na (?:rowerze|nartach|schodach|lodzie|deskorolce|"
    r"hulajnodze|motorze|tym|tej|tych|treningu|si[lł]owni|podbiegu|interwa[lł]ach))"
    r"|\bj(?:e |)vais en finir\b(?! avec)"
    r"|\bm[aă] omor\b(?= .*\b(?:disear[aă]|azi|m[aâ]ine|[iî]n seara asta|la noapte)\b)"
    r")",
    exclude=_WORKING,
)

MEANS_TAKEN = rule(
    "means-languages",
    _S,
    _U,
    # attack 7 (2026-12-01): pills gathered or a whole pack taken, a hose on the exhaust,
    # burning or hurting oneself on purpose, "nur noch sterben" with "ich" left out
    _NOT + r"(?:"
    r"\b(?:he juntado|junt[eé]|guard[eé]|acumul[eé]) (?:\w+ )?(?:pastillas|pastis|comprimidos)\b"
    r"|\bjai (?:gard[eé]|accumul[eé]|stock[eé]|mis de c[oô]t[eé]) (?:\w+ )?(?:cachets|comprim[eé]s|"
    r"m[eé]docs)\b"
    r"|\b(?:tabletten|pillen) (?:\w+ )?(?:gesammelt|gehortet|gebunkert)\b"
    r"|\bho (?:messo da parte|accumulato|conservato) (?:\w+ )?(?:pillole|pastiglie|compresse)\b"
    r"|\b(?:juntei|guardei|acumulei) (?:\w+ )?(?:comprimidos|rem[eé]dios|pílulas|pilulas)\b"
    r"|\bik heb (?:\w+ ){0,3}(?:pillen|tabletten) (?:\w+ )?(?:gespaard|verzameld)\b"
    r"|\b(?:nazbiera[lł]\w*|zbieram|odk[lł]ada[lł]\w*) (?:\w+ )?tabletk\w*"
    r"|\bam (?:str[aâ]ns|adunat|pus deoparte) (?:\w+ )?(?:pastile|medicamente|somnifere)\b"
    r"|\b(?:накопил\w*|собрал\w*|насобирал\w*) (?:\w+ )?таблет\w*"
    r"|\b(?:накопичи\w*|назбира\w*|зібрал\w*|зібрав) (?:\w+ )?таблет\w*"
    # a whole pack taken
    r"|\btomei (?:uma |um |a |o )?(?:cartela|caixa|frasco|vidro) inteir[ao]\b"
    r"|\bme tom[eé] (?:toda la caja|todo el (?:blister|bote|frasco)|un blister entero|todas las "
    r"pastillas)\b"
    r"|\bjai (?:pris|aval[eé]) (?:toute la bo[iî]te|tout le (?:tube|flacon)|toute la plaquette)\b"
    r"|\bganze (?:packung|schachtel|dose) (?:\w+ )?(?:tabletten|pillen|schlaftabletten|"
    r"medikamente|ibus?|paracetamol)\w* (?:\w+ )?(?:genommen|geschluckt)\b"
    r"|\bho preso (?:tutta la (?:scatola|confezione)|tutto il (?:flacone|blister))\b"
    r"|\b(?:de )?hele (?:strip|doos|pot|verpakking) (?:\w+ )?(?:genomen|ingenomen|geslikt)\b"
    r"|\b(?:wzi[aą][lł]\w*|[lł]ykn[aą][lł]\w*) (?:ca[lł]e opakowanie|ca[lł][aą] paczk[eę]|"
    r"wszystkie tabletki)\b"
    r"|\bam (?:luat|înghițit|inghitit) (?:toat[aă] cutia|toat[aă] folia|toate pastilele)\b"
    r"|\b(?:выпил\w*|проглотил\w*|съел\w*) (?:всю (?:пачку|упаковку|банку)|все таблетки)\b"
    r"|\b(?:випи\w*|ковтну\w*) (?:всю (?:пачку|упаковку|банку)|всі таблетки)\b"
    # a hose on the exhaust
    r"|\bschlauch (?:am|an den|vom|im) auspuff\b|\bmanguera (?:al|en el|del) (?:tubo de )?escape\b"
    r"|\btuyau (?:sur|à|a|dans) (?:le )?pot d[eé]chappement\b|\bmangueira no escapamento\b"
    r"|\btubo (?:allo|nello|sullo) scarico\b|\bslang (?:aan|op|in) de uitlaat\b"
    r"|\bw[aą][żz] (?:do|z|na) rur\w* wydechow\w*|\bfurtun (?:la|pe|în|in) (?:țeava|teava|"
    r"eșapament|esapament)\w*|\bшланг (?:от|к|на|в) выхлоп\w*|\bшланг (?:від|до|на|у) вихлоп\w*"
    # hurting or burning oneself on purpose
    r"|\bme hago da[nñ]o a prop[oó]sito\b|\bme quemo con (?:el mechero|el encendedor|un cigarro|"
    r"cigarros|el cigarro)\b|\bme (?:br[uû]le|brûle) (?:avec|à la) (?:cigarette|briquet)\b"
    r"|\bmi brucio (?:con|apposta)\b|\bme queimo (?:com|de prop[oó]sito)\b"
    r"|(?:^|[.,!?] )(?:will|möchte|mochte) (?:(?!nicht|nich|nie|kein)\w+ ){0,3}nur noch sterben\b"
    r")",
)

_TOUCHES = (
    # not "me toca" alone: "hoy me toca pierna" is "today it's leg day"
    r"(?:raakt (?:me|mij) aan|me toca (?:el|la|los|las|mis|ah[ií])\b|me (?:manosea|toquetea)|"
    r"me touche|fasst mich an|mi tocca|me (?:apalpa|bolina)|dotyka mnie|mnie dotyka|m[aă] atinge|"
    r"m[aă] pip[aă]ie|трогает меня|лапает меня|меня (?:трогает|лапает)|чіпає мене|мацає мене|"
    r"мене (?:торкається|чіпає|мацає)|торкається мене)"
)
# a child's own age said: "ik ben 13", "tengo 14 años", "mam 12 lat", "мне 13"
_A_CHILD = (
    r"\b(?:ik ben|tengo|jai|ich bin|ho|tenho|mam|am|мне|мені|im|i am)\s+(?:[89]|1[0-7])\b"
    r"|\b(?:[89]|1[0-7]) (?:jaar|a[nñ]os|ans|jahre|anni|anos|lat|ani|лет|років|years old|yo)\b"
)

CHILD_TOUCHED = rule(
    "child-touched-languages",
    Category.ABUSE_SAFEGUARDING,
    Level.CONCERN,
    # attack 7: "ik ben 13 en mijn trainer raakt me aan" got the suicide question. Touching
    # said by an adult is concern (safeguarding); by a child, urgent (harm to a minor).
    _NOT + rf"\b{_TOUCHES}",
    urgent_if=_A_CHILD,
)

DECIDED = rule(
    "decided-to-die-languages",
    _S,
    _U,
    # intent said as a decision (C-SSRS "intent"): "ich habe beschlossen zu sterben",
    # "postanowiłam umrzeć", "am decis să mor", "я вирішила померти", "i've decided to die"
    _NOT + r"(?<!nicht )(?<!not )(?<!never )(?<!не )(?:"
    r"\b(?:decided|made up my mind|made my decision|my mind is made up)\b(?: ?[.,])? (?:\w+ )?"
    r"(?:to die|to kill myself|to end my life|to take my (?:own )?life|im going to die)\b"
    r"|\b(?:beschlossen|entschieden|entschlossen)\b(?: ?[.,])? (?:\w+ )?(?:zu sterben|"
    r"mich umzubringen|mir das leben zu nehmen|aus dem leben zu gehen)\b"
    r"|\bdecid[ií] (?:que (?:me voy a|voy a) )?(?:morir(?:me)?|matarme|quitarme la vida|suicidarme|"
    r"acabar con mi vida)\b|\bhe decidido (?:morir(?:me)?|matarme|suicidarme)\b"
    r"|\bdecidi (?:morrer|me matar|tirar a minha vida|acabar com a minha vida)\b"
    r"|\bho deciso di (?:morire|uccidermi|ammazzarmi|togliermi la vita|suicidarmi)\b"
    r"|\bj?ai d[eé]cid[eé] de (?:mourir|me tuer|me suicider|mettre fin [aà] mes jours|en finir)\b"
    r"|\bbesloten (?:om )?(?:te sterven|dood te gaan|mezelf (?:van kant )?te (?:maken|doden)|er "
    r"een einde? aan te maken)\b"
    r"|\b(?:postanowi[lł]\w*|zdecydowa[lł]\w*)(?: si[eę])? (?:umrze[cć]|si[eę] zabi[cć]|zabi[cć] "
    r"si[eę]|sko[nń]czy[cć] ze sob[aą]|odebra[cć] sobie [zż]ycie)\b"
    r"|\bam decis s[aă] (?:mor|m[aă] sinucid|m[aă] omor|mi iau via[tț]a)\b"
    r"|\bреш(?:ил|ила|ено)\b(?: ?[.,])? (?:\w+ )?(?:умереть|покончить с собой|убить себя|"
    r"уйти из жизни)\b"
    r"|\bвиріш(?:ив|ила|ено)\b(?: ?[.,])? (?:\w+ )?(?:померти|вмерти|покінчити (?:з|із) собою|"
    r"вбити себе|піти з життя)\b"
    r")",
    exclude=r" on (?:this|that|the|a) hill\b",  # "decided to die on this hill"
)

METHOD_THOUGHTS = rule(
    "method-thoughts-languages",
    _S,
    _U,
    # thinking of, or going to, hang, jump or throw oneself
    _NOT + r"(?:"
    r"\b(?:думаю|думал\w*|хочу|хотел\w*|решил\w*) повеситься\b"
    r"|\b(?:думаю|думав|думала|хочу|хотів|хотіла|вирішив|вирішила) повіситися\b"
    r"|\bom (?:me|mezelf) op te hangen\b|\bik hang (?:me|mezelf) op\b"
    r"|\btirarme (?:por|desde) (?:el|la|un|una) (?:balc[oó]n|ventana|puente|azotea|edificio)\b"
    r"|\bpienso en tirarme\b|\bme tiro (?:por|desde|del|de la) (?:el |la )?(?:balc[oó]n|ventana|"
    r"puente|azotea)\b"
    r"|\bich spring(?:e)? (?:\w+ ){0,3}(?:von (?:der|dem|einer|einem) (?:br[uü]cke|dach|hochhaus|"
    r"balkon)|vor (?:den|einen) zug)\b"
    r"|\bik spring (?:\w+ ){0,3}(?:voor de trein|van de brug|van het dak|van (?:een|de) flat)\b"
    r"|\bje (?:vais )?saute (?:\w+ ){0,3}(?:du pont|du toit|sous le train|par la fen[eê]tre)\b"
    r"|\b(?:mi butto|salto) (?:\w+ ){0,3}(?:dal ponte|dal tetto|sotto il treno|dalla finestra)\b"
    r"|\b(?:vou pular|pulo|vou me jogar) (?:\w+ ){0,3}(?:da ponte|do pr[eé]dio|na frente do trem|"
    r"da janela)\b"
    r")",
    # jumping from a bridge into water for fun: "ins wasser", "in het water", "al agua"
    exclude=r" (?:\w+ )?(?:ins wasser|in den (?:see|fluss)|in het water|in de rivier|al (?:agua|"
    r"r[ií]o|mar)|dans leau|dans la (?:rivi[eè]re|mer)|in acqua|nel fiume|na [aá]gua|no rio)\b",
)

SELF_HARM = rule(
    "self-harm-plainly-languages",
    _S,
    _U,
    # the reflexive before the verb ("znowu się tnę"), cutting arms or veins
    _NOT + r"(?:"
    r"\bsi[eę] (?:znowu |zn[oó]w |ci[aą]gle )?(?:tn[eę]|poci[aąę][lł]\w*|okaleczam)\b"
    r"|\bokaleczam si[eę]\b"
    r"|\b(?:режу|резала|резал|порезал\w*) (?:себе )?(?:руки|вены|запястья|ноги)\b"
    r"|\b(?:ріжу|різала|різав|порізал\w*|порізав) (?:собі )?(?:руки|вени|зап'?ястя|ноги)\b"
    r"|\bселфхарм\w*"
    r")",
)

SAID_PLAINLY_RULES: tuple[Rule, ...] = (
    SUICIDE_WORD, WANT_TO_DIE, KILL_MYSELF, METHOD_THOUGHTS, SELF_HARM, DECIDED,
    MEANS_TAKEN, CHILD_TOUCHED,
)
