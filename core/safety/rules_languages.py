"""Urgent rules for explicit statements in the ten other screened languages.

The classifier reads every language, but it missed explicit statements a rule cannot miss
(a third attacker, 2026-11-30: "vreau să mor", "я хочу померти", "mâine seară o să mă arunc de
pe bloc", "mio marito picchia nostro figlio", "mon copain me frappe et il est en train de
rentrer"). Written against the normalised text (lower case, apostrophes dropped: "бʼє" ->
"бє"); first person, present or near future. Figures of speech ("morir de risa", "mourir
de honte") are excluded where they follow.
"""

from __future__ import annotations

from core.safety.model import Category, Level
from core.safety.rule import Rule, rule

# "não quero morrer", "nadie me pega", "nessuno mi picchia": a negation or "nobody" just before
_NOBODY = (
    "não", "nao", "nu", "non", "no", "nadie", "personne", "nessuno", "ninguém", "ninguem",
    "nimeni", "niemand", "nikt", "никто", "ніхто", "nunca", "jamais", "ne",
    # Polish, Russian and Ukrainian "not" ("nie chcę się zabić": dev2's negation got the
    # crisis text); a rule whose words start with it ("nie chcę żyć") reads it itself
    "nie", "не",
)
_NOT = "".join(rf"(?<!\b{word} )" for word in _NOBODY)  # fixed-width look-behinds, one a
# word ("meine", "une", "uno" end in "ne", "no": the word boundary keeps them)
NOT_NEGATED = _NOT  # for the other languages' rule modules

_S = Category.SUICIDE_SELF_HARM
_A = Category.ABUSE_SAFEGUARDING
_U = Level.URGENT
_C = Level.CONCERN

# "... of laughter / shame / boredom / cold / hunger": a figure, not a wish
_FIGURE = (
    r"(?: \w+){1,2}? (?:risa|rire|ridere|rir|riso|lachen|"
    r"śmiechu|smiechu|râs|ras|смеху|смеха|сміху|vergüenza|verguenza|honte|vergogna|vergonha|"
    r"schaam|wstydu|rușine|rusine|стыда|сорому|aburrimiento|ennui|noia|tédio|tedio|"
    r"verveling|nudów|nudow|plictiseală|скуки|нудьги|frío|frio|froid|freddo|kou|zimna|"
    r"frig|холода|холоду|hambre|faim|fame|fome|honger|głodu|glodu|foame|голода|голоду)"
)

WISH_TO_DIE = rule(
    "want-to-die-languages",
    _S,
    _U,
    _NOT + r"(?:"
    r"\b(?:quiero|quisiera|quero|queria) morir(?:me)?\b|\bquero morrer\b"
    r"|\bno quiero (?:seguir )?vivir\b(?! (?:así|asi|de esta|de este|con|en))"
    r"|\bno quiero seguir viviendo\b(?! (?:así|asi|de esta|de este|con|en))"
    r"|\bnão quero mais viver\b|\bnao quero mais viver\b"
    r"|\bje veux mourir\b|\bjai envie de mourir\b|\bje ne veux plus vivre\b"
    r"|\bich (?:will|möchte|mochte|wollte) (?:einfach )?sterben\b"
    r"|\bich (?:will|möchte|mochte) nicht mehr leben\b"
    r"|\bvoglio morire\b|\bnon voglio più vivere\b|\bnon voglio piu vivere\b"
    r"|\bik wil (?:dood|sterven)\b|\bik wil niet meer leven\b"
    r"|\bchc[eę] umrze[cć]\b|\bnie chc[eę] (?:ju[zż] )?(?:dłużej )?[zż]y[cć]\b"
    r"|\bnie chce mi si[eę] (?:ju[zż] )?(?:\w+ )?[zż]y[cć]\b"
    r"|\bvreau s[aă] mor\b|\bnu mai vreau s[aă] tr[aă]iesc\b"
    r"|\bхочу умереть\b|\bне хочу (?:больше )?жить\b"
    r"|\bхочу померти\b|\bне хочу (?:більше )?жити\b)",
    exclude=_FIGURE,
)

THROW_ONESELF = rule(
    "throw-oneself-languages",
    _S,
    _U,
    r"\b(?:me voy a|voy a|quiero) (?:tirar|lanzar|arrojar)me (?:de|del|desde|por|al|bajo)\b"
    r"|\bme (?:voy a )?(?:tiro|tirar|lanzo|lanzar|arrojo|arrojar) (?:de un|del|desde|por la|al tren"
    r"|a las vías|a las vias|bajo)\b|\btirarme (?:de un|del|desde|por la|al tren|bajo)\b"
    r"|\bje (?:vais )?me (?:jeter|jette) (?:du|de la|dun|par la|sous)\b|\bme jeter (?:du|de la|dun|"
    r"par la|sous)\b"
    r"|\bich (?:werde mich|stürze mich|sturze mich|will mich) (?:\w+ )?(?:runter|hinunter|vor)?"
    r"(?:stürzen|sturzen|werfen)\b"
    r"|\bme (?:jogar|atirar|jogo|atiro) (?:da ponte|do prédio|do predio|da janela|do viaduto|de um"
    r"|na frente|debaixo|embaixo|para baixo)\b"
    r"|\b(?:mi butto|buttarmi|mi lancio|lanciarmi) (?:dal|dalla|da|giù|giu|sotto)\b"
    r"|\bik (?:ga|wil) (?:me|mezelf) (?:\w+ )?(?:gooien|werpen)\b"
    r"|\b(?:rzuc[eę] si[eę]|skocz[eę]) (?:z|pod|ze) (?:mostu|dachu|okna|bloku|wie[zż]owca|balkonu|"
    r"klifu|urwiska|wiaduktu|poci[aą]g|samoch[oó]d|auto)\w*\b"
    r"|\bm[aă] arunc (?:de pe|de la|în fața|in fata|sub)\b|\bs[aă] m[aă] arunc\b"
    r"|\bs[aă] sar (?:de pe|de la|în fața|in fata|sub) (?:bloc|pod|clădire|cladire|balcon|"
    r"acoperi[sș]|geam|fereastr[aă]|tren|metrou)\w*\b"
    r"|\b(?:брошусь|кинусь|спрыгну|стрибну|прыгну|зістрибну) (?:с|под|з|під) (?:крыши|моста|окна|"
    r"балкона|поезд|машину|даху|мосту|вікна|балкона|потяг)\w*\b",
)

END_MY_LIFE = rule(
    "end-my-life-languages",
    _S,
    _U,
    _NOT + r"(?:"
    r"\b(?:quiero|voy a|pienso|necesito) matarme\b|\bquitarme la vida\b|\bme voy a matar\b"
    r"|\bje (?:vais|veux|voudrais) me (?:tuer|suicider)\b|\benvie de me (?:tuer|suicider)\b"
    r"|\bme suicider\b|\bmettre fin à (?:mes jours|ma vie)\b|\bmettre fin a ma vie\b"
    r"|\bich (?:will|werde|möchte|mochte) mich (?:(?!nicht|nich|nie)\w+ )?(?:umbringen|töten)\b"
    r"|\bmir das leben (?:zu )?nehmen\b"
    r"|\b(?:vou|quero|penso em|pensando em|vontade de) me matar\b"
    r"|\btirar a (?:minha )?(?:própria )?vida\b|\bacabar com a minha vida\b"
    r"|\b(?:la faccio|farla|falla) finita\b|\bammazzarmi\b|\buccidermi\b|\btogliermi la vita\b"
    r"|\bmezelf (?:van kant maken|om het leven brengen|doden)\b"
    r"|\ber een einde? aan (?:te )?maken\b|\bmaak (?:ik )?er een einde? aan\b"
    r"|\bme foutre en lair\b"
    r"|\bzabi[cć] si[eę]\b|\bzabij[eę] si[eę]\b|\bsi[eę] zabi[cć]\b|\bsko[nń]czy[cć] ze sob[aą]\b"
    r"|\bodebra[cć] sobie [zż]ycie\b"
    r"|\bm[aă] sinucid\b|\b(?:vreau|o) s[aă] m[aă] (?:sinucid|omor)\b"
    r"|\bs[aă]-mi iau viața\b|\bsa-mi iau viata\b"
    r"|\bхочу убить себя\b|\bубью себя\b|\bпокончить с собой\b|\bпокончу с собой\b"
    r"|\bхочу вбити себе\b|\bвб[юи]ю себе\b"
    r"|\bпокінчити (?:з|із) собою\b|\bпокінчу (?:з|із) собою\b)",
    # "... con il piano"; "je vais me tuer à la tâche" (work oneself to death: an attacker)
    exclude=r" (?:con (?:questo|questa|quel|quella|il|lo|la|le|gli|i|l)\b|(?:à|a) la t[aâ]che|"
    r"au (?:travail|boulot|taf)\b|(?:à|a) (?:l )?entra[iî]nement|"
    # "zabiję się na tym podbiegu" (this hill will kill me: a tenth attacker's false alarm)
    r"na (?:tym|tej|tych|treningu|si[lł]owni|podbiegu|interwa[lł]ach|rowerze|nartach)\b)",
)

HANGING = rule(
    "hanging-languages",
    _S,
    _U,
    _NOT + r"(?:"
    r"\bcolgarme\b(?! (?:la|el|los|las|un|una|medallas?|mochila))"
    r"|\b(?:ahorcarme|me voy a ahorcar|me pendre|me pendrai|mich "
    r"(?:\w+ )?(?:erhängen|erhangen|aufhängen|aufhangen)|impiccarmi|mi impicco|enforcar-me|me "
    r"enforcar|mezelf (?:\w+ )?ophangen|powiesi[cć] si[eę]|powiesz[eę] si[eę]|si[eę] "
    r"powiesi[cć]|s[aă] m[aă] sp[aâ]nzur|m[aă] sp[aâ]nzur|хочу повеситься|хочу повіситися)\b"
    r"|\bstrick\b(?=.*\b(?:besorgt|gekauft|geknüpft|geknupft|bereit|keller|dachboden)\b)"
    r"|\b(?:cappio|stryczek|ștreang|streang|зашморг)\b|\bnœud coulant\b|\bnoeud coulant\b"
    r"|\bsoga\b(?=.*\b(?:compré|compre|preparé|prepare|lista|colgar\w*|ahorcar\w*)\b))",
)

AT_THE_TRACKS = rule(
    "on-the-tracks-languages",
    _S,
    _U,
    r"\b(?:nos trilhos|sui binari|en las vías|en las vias|en la vía del tren|sur les rails|sur la "
    r"voie ferrée|auf den gleisen|auf den schienen|op het spoor|na torach|pe șine|pe sine|pe "
    r"calea ferată|на рельсах|на путях|на рейках|на коліях)\b(?=.*\b(?:agora|aspetto|adesso|ora|"
    r"ahora|espero|maintenant|jattends|jetzt|warte|nu|wacht|teraz|czekam|acum|aștept|astept|"
    r"сейчас|жду|зараз|чекаю|trem|treno|tren|train|zug|trein|pociąg|pociag|tren|поезд|потяг)\b)",
)

# A brother or sister hit ("вітчим б'є молодшого брата": the classifier said suicide, the
# rules nothing; the lead's own examples, fifth session of 2026-12-01)
_SIBLING_HIT = (
    r"\b(?:pega|golpea) a (?:mi|nuestro|nuestra) herman\w*"
    r"|\b(?:frappe|bat|cogne) (?:mon|ma|notre) (?:petit |petite )?(?:fr[eè]re|s[oœ]e?ur)\b"
    r"|\bschl[aä]gt (?:meinen|meine|unseren|unsere) (?:kleinen? )?(?:bruder|schwester)\b"
    r"|\bbate (?:no meu|na minha) (?:irm[aã]o\w*|irm[aã]\w*)"
    r"|\bpicchia (?:mio|mia|il mio|la mia) (?:fratell\w*|sorell\w*)"
    r"|\bslaat (?:mijn|ons|onze) (?:kleine |jongere )?(?:broer\w*|zus\w*)"
    r"|\bbije (?:mojego|moj[aą]|naszego|nasz[aą]) (?:m[lł]odsz\w* |ma[lł]\w* )?"
    r"(?:brat\w*|siostr\w*)"
    r"|\b(?:[iî]l|o) bate pe (?:fratele|sora|fr[aă][tț]iorul|surioara) (?:meu|mea|mic|mic[aă])\b"
    r"|\b(?:бьёт|бьет|избивает) (?:моего |мою |младш\w+ |маленьк\w+ )?(?:брата|сестру|братика|"
    r"сестрёнку|сестренку)\b"
    r"|\b(?:бє|бьє|бъє|збиває) (?:мого |мою |молодш\w+ |маленьк\w+ )?(?:брата|сестру|братика|"
    r"сестричку)\b"
)

HARMED_NOW = rule(
    "harmed-by-someone-languages",
    _A,
    _C,
    _NOT + r"(?:"
    r"\bme (?:pega|pegan|golpea|golpean|está pegando|esta pegando)\b"
    r"|\b(?:pega|golpea) a (?:mi|nuestro|nuestra|mis|nuestros) (?:hij[oa]s?|niñ[oa]s?|ninos?)\b"
    r"|\b(?:il|elle|on) me (?:frappe|cogne|tabasse)\b|\bme frappe\b"
    r"|\b(?:frappe|bat|cogne) (?:mon|ma|notre|nos|mes|son|sa|ses|leur|leurs) "
    r"(?:fils|fille|enfants?|petit|petite|bébé|bebe)\b"
    r"|\bschlägt mich\b(?! (?:im|beim|in|bei|auf|um)\b)|\bschlagt mich\b(?! (?:im|beim|in|bei))"
    r"|\bschlägt (?:meinen|meine|unseren|unsere) (?:sohn|tochter|kind|kinder)\b"
    r"|\bme (?:bate|agride|espanca)\b|\bbate (?:em mim|no meu filho|na minha filha|"
    r"nos meus filhos|no nosso filho|na nossa filha)\b|\bespanca (?:o|a|os) (?:meu|minha|nosso|"
    r"nossa|meus) (?:filh[oa]s?)\b"
    r"|\bmi (?:picchia|mena|picchiano)\b|\bpicchia (?:mio|mia|nostro|nostra|i miei|i nostri) "
    r"(?:figli[oa]?|bambin[oi])\b"
    r"|\b(?:slaat|schopt) (?:me|mij)\b|\bslaat (?:mijn|ons|onze) (?:zoon|dochter|kind|kinderen)\b"
    r"|\bbije mnie\b|\bbije (?:mojego|moją|moja|naszego|naszą|nasza|moje|nasze) (?:syna|córkę|"
    r"corke|dziecko|dzieci)\b"
    r"|\bm[aă] bate\b|\bbate (?:copilul|copiii|fiul|fiica)\b|\b(?:îl|il|o) bate pe (?:fiul|fiica|"
    r"copilul)\b"
    r"|\b(?:бьёт|бьет|избивает) (?:меня|моего|мою|нашего|нашу|детей)\b"
    r"|\b(?:бє|бьє|бъє) (?:мене|мого|мою|нашого|нашу|дітей)\b"
    # the object first, as often said (an eighth attacker: "чоловік мене б'є" and "муж меня
    # бьёт" were read as nothing by the rules)
    r"|\b(?:меня|нас|детей|сына|дочь) (?:сейчас )?(?:бьёт|бьет|бьют|избивает|избивают)\b"
    r"|\b(?:мене|нас|дітей|сина|доньку) (?:зараз )?(?:бє|бьє|бъє|бють|бьють|збиває|збивають)\b"
    r"|\b(?:mnie|nas) (?:bije|bij[aą]|leje|tłucze|tlucze)\b"  # the lead, fifth session
    rf"|{_SIBLING_HIT})",
    urgent_if=r"\b(?:ahora|ahorita|maintenant|en train de|jetzt|gerade|agora|adesso|ora|nu|"
    r"teraz|acum|сейчас|зараз|hij|hijo|hija|niño|nino|fils|fille|enfant|sohn|tochter|kind|"
    r"filho|filha|figlio|figlia|bambino|zoon|dochter|syna|córkę|corke|dziecko|copil\w*|fiul|"
    r"fiica|сына|дочь|ребенка|ребёнка|детей|сина|доньку|дитину|дітей|anni|años|anos|ans|jahre|"
    r"jaar|lat|ani|лет|років|"
    # hiding from them, or a younger brother or sister: danger now, or a child
    r"schowa\w* si[eę]|zamkn[eę]\w* si[eę]|me escond\w*|me encerr\w*|eingeschlossen|versteckt|"
    r"cach[eé]e?|nascost[oa]|chius[oa] in|escondid[oa]|tranquei|verstopt|opgesloten|ascuns[aă]?|"
    r"[iî]ncuiat[aă]?|спрятал\w*|заперл\w*|сховал\w*|замкнул\w*|hermanit[oa]|peque[nñ][oa]|"
    r"m[lł]odsz\w*|ma[lł]\w*|младш\w*|маленьк\w*|молодш\w*|kleinen?|petite?|fratellino|"
    r"sorellina|irm[aã]ozinho|irm[aã]zinha|jongere|mezin\w*|"
    # afraid of them now (a twelfth attacker: "mon copain me frappe, il est dans la cuisine
    # là, j'ai peur" got the concern advice)
    r"j ?ai peur|tengo miedo|ich hab\w* angst|ho paura|tenho medo|ik ben bang|boj[eę] si[eę]|"
    r"mi e (?:fric[aă]|team[aă])|мне страшно|я боюсь|мені страшно|я боюся)\b",
    keeps_past=True,
    # play, not harm: "mi hijo me pega con la pelota jugando" (an attacker's false alarm)
    exclude=r" (?:con (?:la|el|una|un|mi|su) (?:pelota|bal[oó]n|bola|almohada|coj[ií]n)|"
    r"jugando|sin querer|en broma|avec (?:le|un|son|mon) (?:ballon|oreiller|coussin)|"
    r"(?:mit dem|mit einem) (?:ball|kissen)|com (?:a|uma|o) (?:bola|almofada)|"
    r"con (?:la|il|un) (?:palla|cuscino)|met (?:de|een) (?:bal|kussen))\b",
)

_WROTE = (
    r"(?:escribí|escribi|he escrito|dejé|deje|jai écrit|jai ecrit|jécris|jecris|"
    r"(?:hab|habe) \w* ?geschrieben|schreibe|escrevi|deixei|ho scritto|scrivo|"
    r"(?:heb|ik heb) \w* ?geschreven|schrijf|napisa[lł]\w*|pisz[eę]|am scris|scriu|"
    r"написал\w*|пишу|написав|залишил\w*|оставил\w*|geschrieben|geschreven|écrit|ecrit|"
    r"écrites|ecrites|scritto|scritte|escritas?|escritos?)"
)
_LETTERS = (
    r"(?:cartas? de despedida|lettres? dadieu|abschiedsbrief\w*|letter[ae] daddio|"
    r"afscheidsbrie\w*|list\w* po[zż]egnaln\w*|scriso\w* de adio|"
    r"прощальн\w* (?:письм\w*|записк\w*|лист\w*))"
)
_FAREWELL = (
    r"(?:me despedí|me despedi|ya me despedí|ya me despedi|jai dit adieu|(?:hab|habe) mich "
    r"\w* ?verabschiedet|mi sono congedat[oa]|ho detto addio|ik heb afscheid genomen|"
    r"po[zż]egna[lł]\w* si[eę]|mi am luat r[aă]mas bun|попрощал\w*|попрощав\w*|"
    r"попрощалась)"
)
_FOR_GOOD = (  # the end of everything, or all one's things (not "for good": a sport too)
    r"(?:acaba tudo|se acaba todo|tout sera fini|"
    r"alles vorbei|finisce tutto|het is voorbij|wszystko si[eę] sko[nń]czy|se termin[aă] tot|"
    r"всё закончится|все закончится|все скінчиться|toate lucrurile mele|tutte le mie cose|"
    r"todas (?:as minhas|mis) cosas|toutes mes affaires)"
)

PREPARATION = rule(
    "preparation-languages",
    _S,
    _U,
    # farewell letters written (a third attacker: "я вже написала прощальні листи"), all
    # one's things given away, a farewell said for good ("já me despedi dos meus amigos,
    # amanhã acaba tudo", "am dat toate lucrurile mele și mi-am luat rămas bun de la mama")
    rf"\b{_WROTE}\b.{{0,40}}\b{_LETTERS}|\b{_LETTERS}.{{0,40}}\b{_WROTE}\b"
    r"|\b(?:regalé|regale|di|he dado|dado) todas mis cosas\b|\bjai donné toutes mes affaires\b"
    r"|\bjai donne toutes mes affaires\b|\b(?:hab|habe) (?:alle )?meine sachen verschenkt\b"
    r"|\bho regalato tutte le mie cose\b|\bdei todas as minhas coisas\b"
    r"|\bik heb al mijn spullen weggegeven\b|\brozda[lł]\w* wszystkie (?:swoje |moje )?rzeczy\b"
    r"|\bam dat (?:toate|tot) (?:lucrurile mele|ce aveam)\b"
    r"|\bраздал\w* все (?:свои )?вещи\b|\bроздал\w* (?:всі )?(?:свої )?реч\w*\b"
    r"|\bроздав\w* (?:всі )?(?:свої )?реч\w*\b"
    rf"|\b{_FAREWELL}\b(?=.*\b{_FOR_GOOD})",
)

THREATENED_NOW = rule(
    "threatened-now-languages",
    _A,
    _U,
    # a weapon or a threat to kill, now (a third attacker: "чоловік погрожує ножем, я
    # замкнулась у ванній" got nothing)
    _NOT + r"(?:"
    r"\bme amenaza con (?:un |el )?(?:cuchillo|navaja|pistola|matarme)\b"
    r"|\bamenaza con matarme\b|\bme (?:menace|menacent) (?:avec un couteau|de mort|de me tuer)\b"
    r"|\bmenace de me tuer\b|\bdroht mir mit (?:einem |dem )?(?:messer|tod|umbringen)\b"
    r"|\bdroht mich umzubringen\b|\bme ameaça com (?:uma |a )?(?:faca|arma|me matar)\b"
    r"|\bme ameaca com (?:uma |a )?(?:faca|arma|me matar)\b|\bameaça me matar\b"
    r"|\bmi minaccia (?:con (?:un |il )?coltello|di (?:uccidermi|ammazzarmi))\b"
    r"|\bbedreigt (?:me|mij) met (?:een |het )?mes\b|\bdreigt (?:me|mij) (?:te )?vermoorden\b"
    r"|\bgrozi mi no[zż]em\b|\bgrozi[lł]?\w*(?: \.)? [zż]e mnie zabije\b"
    r"|\bm[aă] amenin[tț][aă] cu (?:cu[tț]itul|un cu[tț]it|moartea)\b"
    r"|\bamenin[tț][aă] c[aă] m[aă] omoar[aă]\b"
    r"|\bугрожа\w* (?:мне |меня )?(?:ножом|убить)\b"
    r"|\bпогрожу\w* (?:мені |мене )?(?:ножем|вбити|убити)\b"
    # the threat told as said, and strangling (the lead's own examples, fifth session)
    r"|\bamenaz\w* con matarme\b|\bamea[cç]\w* (?:me )?matar(?: me)?\b"
    r"|\bha minacciato di (?:uccidermi|ammazzarmi)\b|\bmenac\w* de me tuer\b"
    r"|\b(?:муж|чоловік|отчим|вітчим|отец|батько|тато|папа|парень|хлопець)\w* (?:сказав|сказал|"
    r"каже|говорит|обещал|пообіцяв)(?: \.)? (?:що|что) (?:вбє|убьёт|убьет) "
    r"(?:мене|меня)\b|\bma (?:[eé]trangl[eé]e?|[eé]touff[eé]e?)\b"
    r"|\b(?:hat gesagt|sagt|droht)(?: \.)? (?:dass )?(?:er|sie) (?:bringt mich um|mich umbringt|"
    r"bringt mich noch um|wird mich umbringen)\b)",
)

LANGUAGE_RULES: tuple[Rule, ...] = (
    WISH_TO_DIE, END_MY_LIFE, THROW_ONESELF, HANGING, AT_THE_TRACKS, PREPARATION,
)
LANGUAGE_ABUSE_RULES: tuple[Rule, ...] = (HARMED_NOW, THREATENED_NOW)
