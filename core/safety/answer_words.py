"""More words for typed answers to the direct question, in the 11 screened languages.

Read by `core.safety.answers`; written as people type (lower case, accents optional: the
reader folds both the phrases and the message with `answers.plain`). A fresh attacker's
G15 and G14: "yh", "ну типа да", "sei lá", "хз", "bof", "pues más o menos" got the question
again, "not really" went back to coaching, and "bueno en realidad sí", "doch eigentlich
schon", "anzi sì", "a w sumie to tak" after a "no" took nothing back.

- `SLANG_YES`: yes, read at the start of a message like "yes" ("yh", "sip", "угу").
- `YES_ALONE`: yes only when it is all the message says, with opening words and filler
  ("schon", "wel", "doch": "schon gut" is no yes).
- `MORE_UNSURE`: unsure wherever it stands in a short message ("sei lá", "más o menos").
- `UNSURE_ALONE`: unsure only when it is all the message says ("bof", "хз", "nwm").
- `HEDGED_NO`: a no softened by "really", "exactly", "probably", "I think": unsure, never a
  clean no ("not really", "nicht wirklich", "pas vraiment", "не совсем").
- `NOT_NOW`: a no bound to a time ("not today", "not tonight", "hoy no", "heute nicht",
  "не сегодня"): to "Are you thinking about ending your life?" it says not now but maybe
  later, so unsure (at risk), never a clean no; read wherever it stands, as `HEDGED_NO` is.
- `MORE_LEADS`: opening words read past ("bueno", "pues", "doch", "anzi", "w sumie to").
- `SOFT_LEADS`: opening softeners ("типа", "tipo", "genre") read past; a no after one is
  unsure ("типа нет"), a yes stays a yes ("ну типа да").
Words a check-in answer uses ("meh", "so-so", "not at all") are left out: under an open
check-in step they are the check-in's.
"""

from __future__ import annotations

SLANG_YES = (
    "yh", "yeh", "yah", "yas", "yass", "yess", "yessir", "yuh", "yep yep", "ye ye",
    "sip", "sep", "sii", "pues si", "obvio que si", "si si",
    "jup", "jap", "jawohl", "jaa", "jawel", "jazeker", "ja hoor",
    "ouep", "ouaip", "ouai", "ouais ouais", "oui oui",
    "aham", "uhum", "sim sim", "e sim",
    "no tak", "tak tak",
    "угу", "ну да", "да да", "ага да", "так так",
)
YES_ALONE = (
    "schon", "ja schon", "jo", "doch", "wel", "toch wel", "mhm", "mhmm", "uh huh", "aye",
    "pretty much", "basically", "sadly yes", "unfortunately yes", "i do yeah", "aha",
    "claro que si", "claro que sim", "obvio", "gia", "certo", "esatto", "carrement",
    "pois e", "exactly", "exacto", "exato", "genau", "exactement", "precies", "dokladnie",
    "exact", "точно", "именно", "саме так", "є таке", "есть такое", "бывает да",
)
MORE_UNSURE = (
    # en
    "hard to say", "hard to tell", "more or less", "on and off", "now and then",
    "from time to time", "i suppose", "possibly", "probably", "sorta", "somewhat", "idek",
    "i dont even know", "who knows", "could be", "in a way", "kinda yeah", "partly",
    # es
    "mas o menos", "puede ser", "a lo mejor", "que se yo", "yo que se", "a ratos",
    "de vez en cuando", "no lo tengo claro", "creo que si", "supongo", "igual si",
    "mas bien si", "en parte",
    # de
    "mehr oder weniger", "irgendwie schon", "schon irgendwie", "so halb", "ab und zu",
    "teilweise", "schwer zu sagen", "kann sein", "konnte sein", "jein", "weiss nich",
    "keinen plan", "halbwegs", "wahrscheinlich", "glaub schon", "ich glaube schon", "eher ja",
    # fr
    "jsp", "chais pas", "chai pas", "jsais pas", "jen sais rien", "plus ou moins", "des fois",
    "ca depend", "je crois que oui", "je pense que oui", "peut etre bien", "ptet",
    "en quelque sorte", "je suppose", "probablement", "mouais", "un peu quand meme",
    # pt
    "sei la", "mais ou menos", "meio que", "pode ser", "nem sei", "acho que sim",
    "provavelmente", "de vez em quando", "tipo isso", "um pouco sim",
    # it
    "piu o meno", "puo darsi", "non saprei", "chissa", "in un certo senso", "ogni tanto",
    "credo di si", "penso di si", "probabilmente", "diciamo di si", "un pochino", "tipo si",
    # nl
    "min of meer", "soort van", "kweenie", "wie weet", "af en toe", "ik denk het wel",
    "denk het wel", "waarschijnlijk", "best wel", "zo n beetje", "ergens wel", "beetje",
    # pl
    "bo ja wiem", "sam nie wiem", "sama nie wiem", "ciezko powiedziec", "trudno powiedziec",
    "poniekad", "mniej wiecej", "czasem", "chyba tak", "raczej tak", "tak jakby",
    "prawdopodobnie", "nie jestem pewny", "nie jestem pewna",
    # ro
    "nustiu", "n am idee", "nu am idee", "oarecum", "cumva", "mai mult sau mai putin",
    "greu de spus", "cateodata", "cam da", "cred ca da", "probabil", "intr un fel",
    # ru
    "без понятия", "фиг знает", "хрен знает", "кто знает", "кто его знает", "наверное",
    "наверно", "возможно", "слегка", "отчасти", "более менее", "более или менее",
    "типа того", "вроде того", "вроде да", "как бы да", "сложно сказать", "трудно сказать",
    "порой", "временами", "частично", "чуть чуть", "пожалуй", "скорее да", "типа да",
    # uk
    "без поняття", "хто зна", "хто його знає", "мабуть", "напевно", "певно", "часом",
    "інколи", "більш менш", "типу того", "ніби так", "наче так", "важко сказати",
    "складно сказати", "частково", "скоріше так", "трошки", "типу так",
)
UNSURE_ALONE = (
    "bof", "eh", "mah", "insomma", "tja", "mwah", "mwa", "naja", "na ja", "irgendwie",
    "regular", "nwm", "nush", "nus", "sla", "chyba", "jakby", "хз", "как бы", "ish",
    "depends", "depende", "depinde", "ca depend", "dunno tbh", "буває", "бывает",
)
HEDGED_NO = (
    # en
    "not really", "not exactly", "not quite", "not that much", "not much", "not especially",
    "not particularly", "i guess not", "probably not", "i dont think so",
    "not so much", "not as such", "dont think so", "i suppose not",
    # es
    "no del todo", "no mucho", "no realmente", "no exactamente", "creo que no",
    "supongo que no", "no tanto", "no precisamente", "mas bien no", "no es que",
    # de
    "nicht wirklich", "nicht so ganz", "nicht ganz", "eher nicht", "nicht so richtig",
    "nicht unbedingt", "nicht so sehr", "ich glaube nicht", "glaube nicht", "glaub nicht",
    "wohl nicht", "wahrscheinlich nicht", "eigentlich nicht", "nicht direkt",
    # fr
    "pas vraiment", "pas trop", "pas tellement", "pas exactement", "pas specialement",
    "pas tout a fait", "je crois pas", "je ne crois pas", "je pense pas", "je ne pense pas",
    "probablement pas", "plutot pas", "pas particulierement",
    # pt
    "nao muito", "nao exatamente", "nao bem", "nao realmente", "acho que nao",
    "nao propriamente", "nem por isso", "provavelmente nao", "nao tanto", "nem tanto",
    # it
    "non proprio", "non molto", "non esattamente", "non direi", "non del tutto",
    "non particolarmente", "non tanto", "credo di no", "penso di no", "non credo",
    "non penso", "probabilmente no", "non piu di tanto", "mica tanto",
    # nl
    "niet echt", "niet helemaal", "niet zo", "niet bepaald", "niet per se",
    "ik denk het niet", "denk het niet", "denk niet", "waarschijnlijk niet", "eigenlijk niet",
    # pl
    "nie bardzo", "nie do konca", "raczej nie", "chyba nie", "nie za bardzo",
    "nie specjalnie", "nie calkiem", "nie wydaje mi sie", "nie sadze", "niezbyt",
    "nie dokladnie",
    # ro
    "nu chiar", "nu prea", "nu tocmai", "nu neaparat", "nu cred", "cred ca nu",
    "probabil ca nu", "probabil nu", "nu foarte", "nu de tot",
    # ru
    "не совсем", "не особо", "не очень", "не то чтобы", "вряд ли", "наверное нет",
    "скорее нет", "не думаю", "навряд ли", "не сказал бы", "не сказала бы", "не особенно",
    "не прям", "пожалуй нет", "вроде нет",
    # uk
    "не зовсім", "не дуже", "не особливо", "навряд чи", "навряд", "мабуть ні",
    "скоріше ні", "не думаю", "напевно ні", "не те щоб", "ніби ні", "наче ні",
)
NOT_NOW = (
    # en
    "not today", "not right now", "not now", "not tonight", "not yet", "not at the moment",
    "not for now", "not this time", "not today anyway", "not right this minute",
    # es
    "hoy no", "no hoy", "ahora no", "no ahora", "ahora mismo no", "esta noche no",
    "no esta noche", "todavia no", "aun no", "de momento no", "por ahora no",
    # de
    "heute nicht", "nicht heute", "jetzt nicht", "nicht jetzt", "gerade nicht",
    "heute abend nicht", "heute nacht nicht", "noch nicht", "im moment nicht",
    "momentan nicht", "vorerst nicht",
    # fr
    "pas ce soir", "pas aujourd'hui", "pas maintenant", "pas tout de suite", "pas encore",
    "pas pour l'instant", "pas pour le moment", "pas cette nuit",
    # pt
    "hoje não", "não hoje", "agora não", "não agora", "esta noite não", "hoje à noite não",
    "ainda não", "por agora não", "por enquanto não", "para já não",
    # it
    "non stasera", "stasera no", "non oggi", "oggi no", "non ora", "ora no", "non adesso",
    "adesso no", "non ancora", "per ora no", "non per ora", "non stanotte",
    # nl
    "vandaag niet", "niet vandaag", "nu niet", "niet nu", "nu even niet", "vanavond niet",
    "niet vanavond", "nog niet", "op dit moment niet", "voorlopig niet",
    # pl
    "nie dziś", "dziś nie", "nie dzisiaj", "dzisiaj nie", "nie teraz", "teraz nie",
    "nie dziś wieczorem", "nie tej nocy", "jeszcze nie", "na razie nie",
    # ro
    "nu azi", "azi nu", "nu astăzi", "astăzi nu", "nu acum", "acum nu", "nu în seara asta",
    "nu diseară", "diseară nu", "încă nu", "deocamdată nu", "nu deocamdată",
    # ru
    "не сегодня", "сегодня нет", "не сейчас", "сейчас нет", "не этой ночью",
    "не сегодня вечером", "пока нет", "ещё нет", "пока что нет",
    # uk
    "не сьогодні", "сьогодні ні", "не зараз", "зараз ні", "не цієї ночі",
    "не сьогодні ввечері", "поки ні", "ще ні", "поки що ні",
)
MORE_LEADS = (
    "well actually", "in fact", "to be fair", "truthfully", "come to think of it",
    "on second thought", "now that i think about it", "thinking about it", "ok so", "so",
    "bueno", "pues", "la verdad es que", "pensandolo bien", "de hecho", "mira", "o sea",
    "sinceramente", "honestamente", "doch", "also", "ehrlich", "tatsachlich",
    "um ehrlich zu sein", "wenn ich ehrlich bin", "bon", "ben", "bah", "euh", "franchement",
    "honnetement", "en vrai", "finalement", "au fond", "enfin", "bem", "bom", "olha",
    "pensando bem", "pra ser sincero", "pra ser sincera", "anzi", "beh", "allora",
    "onestamente", "a dire il vero", "pensandoci", "veramente", "cioe", "ecco", "nou", "toch",
    "eerlijk gezegd", "ehm", "achteraf", "w sumie", "w sumie to", "a w sumie", "a w sumie to",
    "tak naprawde", "jednak", "a jednak", "szczerze", "w zasadzie", "coz", "sincer",
    "sincer sa fiu", "pai", "totusi", "ei bine", "ну", "честно", "если честно", "вообще",
    "всё таки", "все таки", "хотя", "знаете", "ладно", "взагалі то", "взагалі", "чесно",
    "якщо чесно", "все ж таки", "втім", "hm",
)
SOFT_LEADS = ("типа", "типу", "tipo", "genre", "como que", "like")
