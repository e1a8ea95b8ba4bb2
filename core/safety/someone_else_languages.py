"""Someone else at risk of suicide, in the ten languages besides English (`someone_else.py`).

Two kinds for each language, on the normalised text (`normalise`: lower case, apostrophes
dropped, commas as " . "; diacritics kept, so both spellings are listed where people type
without them):
- a person close to the writer (a friend, teammate, girlfriend, son, daughter, mother,
  father, training partner...) and, within 40 characters, their suicide or wish to die:
  "mi compañero de equipo quiere matarse", "mój syn mówi o samobójstwie";
- a verb of telling in the third person and a wish to die in the third person: "me dijo
  que se quiere matar", "сказал, что хочет покончить с собой", "powiedziała, że chce się
  zabić", "mi ha detto che vuole farla finita". Both verbs in the third person: "le dije que
  me quiero matar" (I told him I want to kill myself) is the writer's own.
No figure: "se muere de risa" ("mi amigo se muere de risa") is no wish, "dying" is not listed.
Someone who took pills and cannot be woken is in `not_waking.py`.
"""

from __future__ import annotations

_OTHER = {
    "es": r"(?:mi|mis|nuestr[oa]|un|una) (?:mejor )?(?:amig[oa]|herman[oa]|compañer[oa]|"
          r"companer[oa]|compa|novi[oa]|pareja|hij[oa]|madre|padre|mam[aá]|pap[aá]|prim[oa]|"
          r"esposo|esposa|marido|mujer|t[ií][oa]|sobrin[oa]|vecin[oa]|colega|entrenador[a]?)",
    "fr": r"(?:mon|ma|notre) (?:meilleure? )?(?:ami|amie|pote|copain|copine|fr[eè]re|"
          r"s(?:oe|œ)ur|co[eé]quipi[eè]re?|fils|fille|m[eè]re|p[eè]re|cousine?|mari|femme|"
          r"partenaire|coloc|coll[eè]gue|entra[iî]neur|entra[iî]neuse)",
    "de": r"(?:mein|meine|unser|unsere) (?:beste[rn]? )?(?:freund|freundin|kumpel|bruder|"
          r"schwester|sohn|tochter|mutter|vater|mama|papa|teamkollegin|teamkollege|"
          r"mannschaftskollegin|mannschaftskollege|trainingspartnerin|trainingspartner|"
          r"mitbewohnerin|mitbewohner|partnerin|partner|mann|frau|cousine|cousin|kollegin|"
          r"kollege|trainerin|trainer)",
    "it": r"(?:(?:il|la|un|una) )?(?:mio|mia|nostro|nostra) (?:migliore )?(?:amic[oa]|"
          r"fratello|sorella|compagn[oa](?: di squadra)?|ragazz[oa]|fidanzat[oa]|figli[oa]|"
          r"madre|padre|mamma|pap[aà]|cugin[oa]|marito|moglie|coinquilin[oa]|collega|"
          r"allenatore|allenatrice)",
    "pt": r"(?:(?:o|a|um|uma) )?(?:meu|minha|nosso|nossa) (?:melhor )?(?:amig[oa]|irm[aã]o|"
          r"irm[aã]|colega(?: de equipa| de equipe| de time)?|companheir[oa]|namorad[oa]|"
          r"filh[oa]|m[aã]e|pai|prim[oa]|marido|mulher|esposa|treinador[a]?)",
    "nl": r"(?:mijn|onze) (?:beste )?(?:vriend|vriendin|maat|broer|zus|zoon|dochter|moeder|"
          r"vader|mama|papa|teamgenoot|teamgenote|ploeggenoot|trainingsmaatje|neef|nicht|man|"
          r"vrouw|partner|huisgenoot|collega|trainer)",
    "pl": r"(?:(?:m[oó]j|moja|moje|m[oó]jego|mojej|nasz|nasza) (?:najlepsz[ya] )?"
          r"(?:przyjaciel|przyjaci[oó][lł]ka|kolega|kole[zż]anka|kumpel|kumpela|brat|siostra|"
          r"syn|c[oó]rka|mama|tata|matka|ojciec|dziewczyna|ch[lł]opak|partner|partnerka|m[aą][zż]|"
          r"[zż]ona|kuzyn|kuzynka|wsp[oó][lł]lokator\w*|trener|trenerka)|kumpel)",
    "ro": r"(?:prietenul meu|prietena mea|fratele meu|sora mea|fiul meu|fiica mea|mama mea|"
          r"tat[aă]l meu|colegul meu|colega mea|iubitul meu|iubita mea|so(?:ț|t)ul meu|"
          r"so(?:ț|t)ia mea|v[aă]rul meu|veri(?:ș|s)oara mea|antrenorul meu|antrenoarea mea|"
          r"cel mai bun prieten al meu|cea mai bun[aă] prieten[aă] a mea)",
    "ru": r"(?:(?:мой|моя|мою|моего|моей|наш|наша) (?:лучш\w+ )?(?:друг|подруга|подругу|брат|"
          r"сестра|сын|дочь|дочка|мама|мать|папа|отец|парень|девушка|муж|жена|партн[её]р\w*|"
          r"одноклассни\w*|коллега|товарищ|сокомандни\w*|тренер|сосед\w*)"
          r"|(?:друг|подруга|брат|сестра) (?:из|с) (?:команды|клуба|зала|секции))",
    "uk": r"(?:(?:мій|моя|мого|моєї|наш|наша) (?:найкращ\w+ )?(?:друг|подруга|брат|сестра|син|"
          r"донька|дочка|мама|мати|тато|батько|хлопець|дівчина|чоловік|дружина|партнер\w*|"
          r"однокласни\w*|колега|товариш|тренер|сусід\w*)"
          r"|(?:друг|подруга|брат|сестра) з (?:команди|клубу|залу|секції))",
}
# their suicide or wish to die, near the person (not the past told as grief: `someone_else`)
_THEIR_DEATH = {
    "es": r"(?:suicid\w*|matarse|se (?:quiere|va a|iba a|piensa|quer[ií]a) (?:matar|suicidar|"
          r"quitar la vida)|quitarse la vida|(?:quiere|quer[ií]a) morir(?:se)?|se quiere morir|"
          r"acabar con su vida|no quiere (?:seguir )?vivir|se (?:va a|quiere) (?:tirar|colgar|"
          r"ahorcar))",
    "fr": r"(?:suicid\w*|se tuer|(?:veut|voulait) mourir|(?:veut|voulait|va) en finir|"
          r"mettre fin [aà] ses jours|se foutre en lair|ne veut plus vivre|(?:allait|va|veut) "
          r"se (?:pendre|jeter|tirer une balle))",
    "de": r"(?:suizid\w*|selbstmord|sich (?:\w+ ){0,2}umbringen|bringt sich um|"
          r"sich (?:\w+ )?das leben nehmen|(?:will|wollte) "
          r"sterben|(?:will|wollte|möchte|mochte) nicht mehr leben)",
    "it": r"(?:suicid\w*|uccidersi|ammazzarsi|togliersi la vita|farla finita|si vuole "
          r"(?:uccidere|ammazzare|togliere la vita)|vuole morire|non vuole pi[uù] vivere)",
    "pt": r"(?:suic[ií]d\w*|se matar|matar se|tirar a (?:pr[oó]pria )?vida|quer morrer|"
          r"n[aã]o quer (?:mais )?viver|acabar com a (?:sua |pr[oó]pria )?vida)",
    "nl": r"(?:zelfmoord|su[iï]cid\w*|een eind aan (?:zijn|haar) leven|wil dood|dood wil|"
          r"zich van kant (?:te )?maken|(?:wil|wilde) niet meer leven|er (?:\w+ ){0,2}een eind "
          r"aan (?:maakt|gaat maken|wil maken))",
    "pl": r"(?:samob[oó]j\w*|zabi[cć] si[eę]|si[eę] zabi[cć]|odebra[cć] sobie [zż]ycie|"
          r"chce umrze[cć]|nie chce (?:ju[zż] )?[zż]y[cć]|sko[nń]czy[cć] ze sob[aą]|"
          r"si[eę] (?:\w+ )?(?:powiesi|zabije)|(?:powiesi|zabije) si[eę])",
    "ro": r"(?:sinucid\w*|sinucig\w*|s[aă] se omoare|(?:vrea|voia) s[aă] moar[aă]|"
          r"s[aă] (?:[iî]și|isi) ia via(?:ț|t)a|nu mai vrea s[aă] tr[aă]iasc[aă])",
    "ru": r"(?:покончить с собой|суицид\w*|самоубийств\w*|убить себя|(?:хочет|хотел\w*) "
          r"умереть|не хочет (?:больше )?жить|наложить на себя руки|повесится|покончит с собой|"
          r"убь[её]т себя)",
    "uk": r"(?:покінчити (?:з|із) собою|суїцид\w*|самогубств\w*|вбити себе|(?:хоче|хотів|"
          r"хотіла) (?:померти|вмерти)|не хоче (?:більше )?жити|накласти на себе руки|повіситься|"
          r"покінчить (?:з|із) собою|вб ?є себе)",
}
# a verb of telling in the third person, then "that" (" . " is a comma, normalised)
_TELLS = {
    "es": r"(?:dijo|dice|ha dicho|escribi[oó]|escribe|cont[oó]|cuenta|confes[oó])(?: \.)? que",
    "fr": r"(?:ma|m a|a|nous a)? ?(?:dit|[eé]crit|avou[eé])(?: \.)? (?:quil|quelle|que)",
    "de": r"(?:hat (?:mir |uns )?(?:gesagt|geschrieben|erz[aä]hlt)|sagt|schreibt|meint)"
          r"(?: \.)?(?: dass)? (?:er|sie)",
    "it": r"(?:(?:mi|ci) )?(?:ha detto|dice|ha scritto|scrive|ha confessato)(?: \.)? che",
    "pt": r"(?:(?:me|nos) )?(?:disse|diz|contou|escreveu|confessou)(?: \.)? que",
    "nl": r"(?:zei|zegt|vertelde|schreef|appte|appt)(?: (?:me|mij|ons))?(?: net)?(?: \.)? dat "
          r"(?:hij|ze|zij)",
    "pl": r"(?:powiedzia[lł]a?|napisa[lł]a?|m[oó]wi|pisze|m[oó]wi[lł]a?|przyzna[lł]a?)"
          r"(?: (?:mi|nam))?(?: \.)? [zż]e",
    "ro": r"(?:(?:mi|ne) a (?:spus|zis|scris)|a spus|a zis|spune|zice)(?: \.)? c[aă]",
    "ru": r"(?:сказал|сказала|написал|написала|говорит|пишет|признался|призналась)"
          r"(?: (?:мне|нам))?(?: \.)? что",
    "uk": r"(?:сказав|сказала|написав|написала|каже|пише|зізнався|зізналася)"
          r"(?: (?:мені|нам))?(?: \.)? що",
}
# a wish to die in the third person after the telling
_THEIR_WISH = {
    "es": r"(?:se (?:quiere|va a|iba a|piensa|quer[ií]a) (?:matar|suicidar|quitar la vida|"
          r"morir)|(?:quiere|quer[ií]a|piensa|va a) (?:matarse|suicidarse|quitarse la vida|"
          r"morir(?:se)?)|no quiere (?:seguir )?vivir)",
    "fr": r"(?:veut|voulait|va|allait|pense [aà]) (?:se tuer|se suicider|mourir|en finir|"
          r"mettre fin [aà] ses jours)|ne veut plus vivre",
    "de": r"(?:(?:\w+ ){0,3}(?:will|wolle|möchte|mochte|wollte) sich (?:\w+ ){0,2}"
          r"(?:umbringen|das leben nehmen|t[oö]ten)|(?:will|wolle|wollte) (?:nicht mehr leben|"
          r"sterben)|(?:\w+ ){0,3}sich (?:\w+ ){0,2}(?:umbringen|das leben nehmen) (?:will|wolle|"
          r"möchte|wollte))",
    "it": r"(?:vuole|vorrebbe|sta pensando di|pensa di|ha intenzione di) (?:farla finita|"
          r"uccidersi|ammazzarsi|suicidarsi|togliersi la vita|morire)|si vuole (?:uccidere|"
          r"ammazzare)|non vuole pi[uù] vivere",
    "pt": r"(?:quer|vai|est[aá] a pensar em|est[aá] pensando em|pensa em) (?:se matar|"
          r"matar se|morrer|suicid\w*|tirar a (?:pr[oó]pria )?vida)|n[aã]o quer (?:mais )?viver",
    "nl": r"(?:\w+ ){0,3}(?:zelfmoord|dood wil|wil dood|zich van kant|een eind aan (?:zijn|haar) "
          r"leven|niet meer wil leven)",
    "pl": r"(?:chce|zamierza|planuje|pr[oó]bowa[lł]a?) (?:si[eę] zabi[cć]|umrze[cć]|"
          r"pope[lł]ni[cć] samob[oó]jstwo|odebra[cć] sobie [zż]ycie|sko[nń]czy[cć] ze sob[aą])|"
          r"nie chce (?:ju[zż] )?[zż]y[cć]",
    "ro": r"(?:vrea|voia|o s[aă]|se g[aâ]nde(?:ș|s)te s[aă]) (?:s[aă] )?(?:se sinucid[aă]|"
          r"se omoare|moar[aă]|(?:[iî]și|isi) ia via(?:ț|t)a)|nu mai vrea s[aă] tr[aă]iasc[aă]",
    "ru": r"(?:\w+ ){0,2}(?:хочет|собирается|думает|планирует|хотел\w*) (?:покончить с собой|"
          r"умереть|убить себя|наложить на себя руки|(?:совершить )?самоубийство|"
          r"суицид\w*)|не хочет (?:больше )?жить",
    "uk": r"(?:\w+ ){0,2}(?:хоче|збирається|думає|планує|хотів|хотіла) (?:покінчити (?:з|із) "
          r"собою|померти|вмерти|вбити себе|накласти на себе руки|(?:скоїти )?самогубство|"
          r"суїцид\w*)|не хоче (?:більше )?жити",
}

LANGUAGE_PATTERNS: tuple[str, ...] = (
    *(rf"\b{_OTHER[lang]}\b.{{0,40}}?\b{_THEIR_DEATH[lang]}" for lang in _OTHER),
    *(rf"\b{_TELLS[lang]} (?:\w+ ){{0,2}}?(?:{_THEIR_WISH[lang]})" for lang in _TELLS),
)
