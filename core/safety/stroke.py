"""Signs of a stroke, now (FAST): a face drooping, an arm or one side numb or weak, speech
slurred or gone, sight suddenly double or lost in one eye, the worst headache of one's life.

A possible medical emergency: the emergency text goes first (`emergency.is_medical_emergency`;
a fresh attacker's G10: "i cant feel my right arm and my face is drooping" got the concern
text, "my vision went double and i cant talk properly after the run" got "Sorry, I didn't
catch that"). Following the module's design, a **strong** sign alone is enough: a face
drooping or twisted to one side, "I think I'm having a stroke" (`STROKE_STRONG`); otherwise
**two different** signs (`STROKE_SIGNS`, counted with the heart signs in `emergency.SIGNS`):
an arm or one side that is numb, weak or cannot be felt or lifted; a numb half of the face;
slurred speech or not being able to talk properly; double vision or sight lost in one eye;
a sudden, severe headache ("worst headache of my life"). Sport talk is no sign: "can't feel
my legs after the squats" (legs are not an arm), "my arm is dead after bench", "my face is
red", "seeing double after that header" alone. Normalised text (`normalise`), 11 languages.
Source: seed 000, "Escalation Criteria" (a medical emergency: stroke signs).
Pure: the standard library only, no clock, no I/O.
"""

from __future__ import annotations

from core.safety.phrases import any_phrase

_SIDE = r"(?:left|right|one) "
FACE_DROOP = any_phrase(
    r"(?:face|mouth|smile) (?:is |has |feels |went |keeps )?(?:gone |going |getting )?(?:all )?"
    r"(?:droop\w*|sagg\w*)",
    r"(?:one side|half|side) of my (?:face|mouth) (?:is |has )?(?:droop\w*|dropped|sagg\w*|"
    r"fallen|gone slack)", r"droopy (?:face|mouth)",
    r"se me (?:cae|cay[óo]|ha ca[ií]do) (?:un lado de |media )?la (?:cara|boca)",
    r"(?:un lado de|la mitad de) la cara (?:ca[íi]da|paralizada)",
    r"gesichtsh[äa]lfte h[äa]ngt", r"gesicht h[äa]ngt (?:auf einer seite|schief|runter)",
    r"ein mundwinkel h[äa]ngt",
    r"(?:un c[ôo]t[ée] du |le )visage (?:qui )?(?:tombe|affaiss[ée]|paralys[ée])",
    r"bouche qui tombe",
    r"(?:um lado do )?rosto (?:est[áa] |ficou )?(?:ca[íi]do|paralisado)", r"boca ca[íi]da",
    r"(?:viso|faccia|bocca) cadente", r"met[àa] (?:del viso|della faccia) (?:cadente|paralizzata)",
    r"(?:gezicht|mondhoek) hangt", r"(?:kant|helft) van (?:mijn|mn) gezicht hangt",
    r"(?:twarz|k[ąa]cik ust) (?:mi )?opada", r"opad(?:a|[łl]\w*) mi (?:twarz|k[ąa]cik)",
    r"opadni[ęe]t\w* (?:twarz|k[ąa]cik)", r"po[łl]owa twarzy (?:opad\w*|sparali\w*)",
    r"fa[țt]a (?:[îi]mi |imi )?cade", r"fa[țt]a c[ăa]zut[ăa]",
    r"gura (?:[îi]mi )?(?:cade|c[ăa]zut[ăa])",
    r"o parte a fe[țt]ei (?:c[ăa]zut[ăa]|cade)",
    r"опусти\w* уголок рта", r"половина лица (?:опустилась|обвисла)",
    r"лицо (?:обвисло|опустилось|перекосило)", r"(?:обличчя|лицо) перекосил\w*",
    r"перекосил\w* (?:обличчя|лицо)",
    r"опусти\w* куточок рота", r"половина обличчя (?:опустилася|обвисла)",
)
STROKE_NOW = any_phrase(
    r"(?:i think |i feel like )?im having a stroke",
    r"(?:estoy teniendo|me est[áa] dando) un (?:ictus|derrame|acv)",
    r"(?:ich )?(?:hab|habe|kriege?|bekomme) (?:gerade )?(?:einen |nen )?schlaganfall",
    r"je (?:fais|suis en train de faire) un avc", r"(?:estou|to|tô) (?:tendo|a ter) um avc",
    r"sto avendo un ictus", r"ik (?:krijg|heb) (?:een|n) beroerte", r"(?:chyba )?mam udar",
    r"(?:fac|am) un avc", r"у меня инсульт", r"у мене інсульт",
)
ARM_OR_SIDE = any_phrase(
    r"(?:cant|cannot|can barely) (?:feel|move|lift|raise) my " + _SIDE + r"?(?:arm|hand|side)",
    _SIDE + r"(?:arm|side)(?: of my body)? (?:is |went |has gone |feels |going )?(?:numb|weak|"
    r"limp|paralysed|paralyzed|useless)", r"arm (?:is |went |feels )?(?:limp|paralysed|paralyzed)",
    r"no (?:siento|puedo mover) (?:el|la) (?:brazo|mano|lado)\w*",
    r"(?:brazo|lado) (?:izquierdo|derecho) (?:dormido|entumecido|d[ée]bil|paralizado|sin fuerza)",
    r"(?:kann|sp[üu]re) (?:meinen|den) (?:rechten |linken )?arm nicht",
    r"(?:rechte|linke) (?:k[öo]rperh[äa]lfte|seite) (?:ist |wird )?(?:taub|gel[äa]hmt|schwach)",
    r"(?:rechter|linker) arm (?:ist |wird )?(?:taub|gel[äa]hmt|schwach)",
    r"(?:je ne sens plus|je sens plus|impossible de lever) (?:mon|le) bras",
    r"(?:bras|c[ôo]t[ée]) (?:droit|gauche) (?:engourdi|paralys[ée]|faible|sans force)",
    r"n[ãa]o (?:sinto|consigo mexer|consigo levantar) o bra[çc]o",
    r"(?:bra[çc]o|lado) (?:direito|esquerdo) (?:dormente|fraco|paralisado|sem for[çc]a)",
    r"non (?:sento|riesco a muovere|riesco ad alzare) (?:il|piu il) braccio",
    r"(?:braccio|lato) (?:destro|sinistro) (?:intorpidito|debole|paralizzato|senza forza)",
    r"(?:voel|kan) (?:mijn|mn) (?:rechter|linker)?arm niet", r"(?:rechter|linker) ?arm "
    r"(?:is |voelt )?(?:verlamd|slap|krachteloos|gevoelloos)",
    r"nie czuj[ęe] (?:prawej|lewej)? ?r[ęe]ki",
    r"nie mog[ęe] (?:podnie[śs][ćc]|ruszy[ćc]) r[ęe]k[ąa]",
    r"(?:prawa|lewa) (?:r[ęe]ka|strona cia[łl]a) (?:jest )?(?:dr[ęe]twa|bezw[łl]adna|s[łl]aba|"
    r"sparali\w*)",
    r"nu (?:(?:[îi]mi |imi )?(?:mai )?simt|pot ridica|pot mi[șs]ca) bra[țt]ul",
    r"(?:bra[țt]ul|partea) (?:drept|st[âa]ng|dreapt[ăa]) (?:amor[țt]it|slab|paralizat)\w*",
    r"не чувствую (?:правую |левую )?руку", r"не могу (?:поднять|пошевелить) рук\w*",
    r"(?:правая|левая) (?:рука|сторона) (?:отнялась|онемела|не слушается|ослабла)",
    r"не відчуваю (?:праву |ліву )?руку", r"не можу (?:підняти|поворухнути) рук\w*",
    r"(?:права|ліва) (?:рука|сторона) (?:віднялася|оніміла|не слухається|ослабла)",
)
# a numb or crooked half of the face: a sign, not alone ("bocca storta" is also a grimace)
FACE_NUMB = any_phrase(
    r"(?:one side|half|side) of my face (?:is |went |feels |has gone )?(?:numb|tingling|dead)",
    r"face (?:is |went |feels )?(?:numb|crooked|twisted|lopsided)", r"(?:mouth|smile) (?:is |"
    r"went |feels )?(?:crooked|twisted|lopsided)", r"cara (?:dormida|entumecida|torcida)",
    r"boca torcida", r"gesicht (?:ist |wird )?(?:taub|schief)", r"schiefer mund",
    r"visage engourdi", r"bouche (?:de travers|tordue)", r"rosto (?:dormente|torto)", r"boca torta",
    r"viso intorpidito", r"(?:bocca|faccia) storta", r"gezicht (?:is |voelt )?(?:gevoelloos|doof)",
    r"scheve mond", r"twarz (?:mi )?dr[ęe]twieje", r"krzywe usta",
    r"fa[țt]a (?:[îi]mi )?amor[țt]e[șs]te|fa[țt]a amor[țt]it[ăa]", r"gura str[âa]mb[ăa]",
    r"(?:немеет|онемела) (?:половина )?лиц\w*", r"(?:перекосило|перекошено) (?:лицо|рот)",
    r"(?:німіє|оніміла) (?:половина )?обличч\w*", r"(?:перекосило|перекошене) (?:обличчя|рот)",
)
SPEECH = any_phrase(
    r"slurr\w* (?:my )?(?:words|speech)", r"speech (?:is |went |sounds )?slurred",
    r"slurred speech", r"(?:cant|cannot|can barely) (?:talk|speak) (?:properly|right|"
    r"normally|clearly|straight)", r"(?:cant|cannot) get (?:my |the )?words out",
    r"words (?:are )?coming out (?:wrong|jumbled|funny)",
    r"(?:no puedo|me cuesta) hablar (?:bien|normal)", r"arrastr\w* las palabras",
    r"se me traba la lengua", r"habla arrastrada",
    r"kann nicht (?:mehr )?(?:richtig|normal|deutlich) (?:sprechen|reden)", r"lalle",
    r"sprache (?:ist )?verwaschen", r"verwaschene sprache",
    r"(?:narrive|arrive) (?:pas|plus) (?:à|a) parler (?:correctement|normalement|bien)",
    r"je (?:bafouille|mâche mes mots|mache mes mots)", r"(?:élocution|elocution) difficile",
    r"n[ãa]o consigo falar (?:direito|normal)", r"fala (?:enrolada|arrastada)",
    r"non riesco a parlare (?:bene|normalmente)", r"biascic\w*", r"parlo (?:strano|male)",
    r"kan niet (?:goed|normaal|meer goed) praten", r"praat (?:raar|onduidelijk|met dubbele tong)",
    r"be[łl]kocz\w*", r"m[óo]wi[ęe] niewyra[źz]nie",
    r"nie mog[ęe] (?:normalnie|wyra[źz]nie) m[óo]wi[ćc]",
    r"pl[ąa]cze mi si[ęe] j[ęe]zyk", r"не (?:могу|можу) (?:нормально|внятно|чітко) "
    r"(?:говорить|говорити|разговаривать)",
    r"nu pot (?:s[ăa] )?vorbi (?:normal|bine|clar)", r"vorbesc (?:greu|[îi]mpleticit|ciudat)",
    r"не могу (?:нормально |внятно )?говорить", r"язык заплетается",
    r"(?:речь|говорю) (?:невнятн\w*|спутанн\w*)",
    r"не можу (?:нормально |чітко )?говорити", r"язик заплітається",
    r"(?:мова|говорю) (?:нечітк\w*|невиразн\w*)",
)
SIGHT = any_phrase(
    r"(?:vision|sight) (?:is |went |going |has gone )?(?:double|blurry on one side)",
    r"double vision", r"seeing double", r"see double",
    r"(?:lost|losing) (?:the )?(?:vision|sight) in (?:one|my " + _SIDE + r"?) ?eye",
    r"(?:cant|cannot) see (?:out of|with) (?:my )?" + _SIDE + r"?eye", r"blind in one eye",
    r"veo doble", r"visi[óo]n doble", r"no veo (?:de|por) un ojo",
    r"(?:sehe|seh) doppelt", r"doppelbilder", r"auf einem auge (?:nichts|blind)",
    r"(?:je )?vois double", r"vision double", r"(?:vois|voit) plus (?:rien )?dun (?:œil|oeil)",
    r"(?:vendo|vejo) (?:dobrado|duplo)", r"vis[ãa]o dupla", r"n[ãa]o enxergo de um olho",
    r"vedo doppio", r"visione doppia", r"non vedo (?:piu )?da un occhio",
    r"(?:zie|zien) dubbel", r"dubbelzien", r"zie niets (?:meer )?met (?:één|een) oog",
    r"widz[ęe] podw[óo]jnie", r"podw[óo]jne widzenie", r"nie widz[ęe] na (?:jedno|prawe|lewe) oko",
    r"v[ăa]d dublu", r"vedere dubl[ăa]", r"nu (?:mai )?v[ăa]d cu un ochi",
    r"двоится в глазах", r"в глазах двоится", r"не вижу (?:одним|правым|левым) глазом",
    r"двоїться в очах", r"в очах двоїться", r"не бачу (?:одним|правим|лівим) оком",
)
HEADACHE = any_phrase(
    r"worst headache (?:of my life|ive ever had|ever)", r"thunderclap headache",
    r"sudden(?:ly)? (?:a )?(?:severe|splitting|excruciating|blinding|agonising|agonizing) "
    r"headache", r"el peor dolor de cabeza de mi vida",
    r"dolor de cabeza (?:repentino|s[úu]bito|brutal)",
    r"(?:schlimmsten?|st[äa]rksten?) kopfschmerzen (?:meines lebens|die ich je hatte)",
    r"pl[öo]tzlich\w* (?:heftige|starke|extreme|rasende) kopfschmerzen", r"vernichtungskopfschmerz",
    r"pire mal de t[êe]te de ma vie", r"mal de t[êe]te (?:soudain|brutal|foudroyant)",
    r"pior dor de cabe[çc]a da minha vida", r"dor de cabe[çc]a (?:s[úu]bita|repentina)",
    r"peggior mal di testa della mia vita", r"mal di testa (?:improvviso|fulminante)",
    r"ergste hoofdpijn (?:van mijn leven|ooit)",
    r"plotselinge (?:hevige|heftige|extreme) hoofdpijn",
    r"najgorszy b[óo]l g[łl]owy w (?:moim )?[żz]yciu",
    r"nag[łl]y (?:silny|potworny) b[óo]l g[łl]owy",
    r"cea mai (?:mare|rea|cumplit[ăa]) durere de cap din via[țt]a mea",
    r"durere de cap (?:brusc[ăa]|subit[ăa])",
    r"(?:самая сильная|худшая) головная боль в (?:моей )?жизни",
    r"(?:внезапн|резк)\w+ (?:сильн\w+ )?головн\w+ бол\w*",
    r"найсильніш\w* головн\w+ біль у (?:моєму )?житті", r"(?:раптов|різк)\w+ (?:сильн\w+ )?"
    r"головн\w+ біль",
)
STROKE_STRONG = (FACE_DROOP, STROKE_NOW)
STROKE_SIGNS = (ARM_OR_SIDE, FACE_NUMB, SPEECH, SIGHT, HEADACHE)
