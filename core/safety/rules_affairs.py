"""Urgent rule: passwords handed to family or a friend (arranging affairs), 11 languages.

Preparation is urgent (data/safety/dev/definitions.md, `suicide_self_harm`, C-SSRS stage 6:
"giving things away, goodbye messages"). The lead's own probe (sixth session of
2026-12-01; no test row): "left my passwords with my sister" was urgent, but "alles
geregelt, meine passwörter hat meine schwester", "ho sistemato tutto, le password le ha
mia sorella", "alles geregeld, mijn wachtwoorden heeft mijn zus" and "все улажено, пароли
оставила сестре" got nothing, the Spanish and Ukrainian only the caring question. The
passwords (plural, or "all") with a giving or leaving verb and a person; an app or a
training account ("gave my coach my strava password") is not. Normalised text.
Source: seed 000, "Escalation Criteria" (suicidal ideation: preparation).
"""

from __future__ import annotations

from core.safety.model import Category, Level
from core.safety.rule import Rule, rule
from core.safety.rules_languages import NOT_NEGATED as _NOT

_PERSON = (
    r"(?:sister|brother|mum|mom|dad|mother|father|wife|husband|partner|son|daughter|friend|"
    r"best friend|girlfriend|boyfriend|cousin|aunt|uncle|parents|family|"
    r"herman[oa]|mam[aá]|madre|padre|pap[aá]|mujer|marido|novi[oa]|amig[oa]|hij[oa]|"
    r"schwester|bruder|mutter|mama|vater|papa|frau|mann|freund|freundin|sohn|tochter|eltern|"
    r"s(?:oe|œ)ur|fr[eè]re|m[eè]re|p[eè]re|femme|mari|ami|amie|fils|fille|parents|copine|copain|"
    r"sorella|fratello|madre|padre|moglie|marito|amic[oa]|figli[oa]|genitori|ragazz[oa]|"
    r"irm[aã]|m[aã]e|pai|esposa|marido|namorad[oa]|amig[oa]|filh[oa]|pais|"
    r"zus|broer|moeder|vader|mama|papa|vrouw|man|vriend|vriendin|zoon|dochter|ouders|"
    r"siostr(?:a|ze|y|ą|zy)|brat(?:a|u|em)?|mam(?:a|ie|y|ą)|tat(?:a|y|ą)|tacie|[zż]on(?:a|ie|y)|"
    r"m[eę][zż]owi|m[aą][zż]|przyjaci[oó][lł]\w*|c[oó]rk(?:a|i|ą)|c[oó]rce|syn(?:a|owi)?|"
    r"rodzic(?:e|om|ów)|"
    r"sor[aă]|sora mea|fratel(?:e|ui)|mam[aă]|mama|tat[aă]|so[țt](?:ul|ia|iei|ului)|"
    r"prieten(?:ul|a|ei|ului)|fiic(?:a|ei)|fiul(?:ui)?|"
    r"p[aă]rin[țt]i(?:lor)?|"
    r"сестр(?:а|е|ы|у|ой)|брат(?:а|у|ом)?|мам(?:а|е|ы|у|ой)|пап(?:а|е|ы|у|ой)|матер(?:и|ью)|"
    r"отц(?:а|у)|жен(?:а|е|ы|у|ой)|муж(?:а|у|ем)?|друг(?:а|у|ом)?|подруг(?:а|е|и|у|ой)|"
    r"сын(?:а|у|ом)?|доч(?:ь|ери|ке|ки)|родител(?:ям|ей|и)|"
    r"сестр(?:і|и)|брат(?:ові|ові)|мам(?:і|а)|тат(?:а|ові|у)|батьк(?:ам|ів|и|ові)|"
    r"дружин(?:а|і|и)|чолов(?:ік|іку|ікові)|син(?:а|ові)?|доньц(?:і)|доньк(?:а|и)|"
    r"подруз(?:і)|друг(?:ові))"
)

PASSWORDS = rule(
    "passwords-handed-over",
    Category.SUICIDE_SELF_HARM,
    Level.URGENT,
    _NOT + r"(?:"
    # en
    r"\b(?:left|gave|sent|handed|emailed|texted)\b(?: \w+){0,3}? (?:all )?(?:my )?"
    r"passwords\b"
    r"|\b(?:all )?my passwords\b.{0,30}\b(?:with|to|for) (?:my )?" + _PERSON + r"\b"
    # es, pt: contraseñas / senhas / palavras-passe
    r"|\b(?:contrase[nñ]as|senhas|palavras passe)\b.{0,40}\b" + _PERSON + r"\b"
    # de, nl: Passwörter / wachtwoorden
    r"|\b(?:passw[oö]rter|passwoerter|wachtwoorden)\b.{0,40}\b" + _PERSON + r"\b"
    # fr: mots de passe; it: le (mie) password (plural article)
    r"|\bmots de passe\b.{0,40}\b" + _PERSON + r"\b"
    r"|\b(?:le|tutte le|le mie) password\b.{0,40}\b" + _PERSON + r"\b"
    # pl: hasła (also "slogans": only with a person, and handed over)
    r"|\bhas[lł]a\b.{0,15}\b(?:zostawi\w*|da[lł]\w*|przekaza\w*|wys[lł]a\w*|ma|maj[aą])\b"
    r".{0,20}\b" + _PERSON + r"\b"
    # ro: parolele; ru, uk: пароли / паролі
    r"|\bparolele\b.{0,40}\b" + _PERSON + r"\b"
    r"|\b(?:пароли|паролі)\b.{0,40}\b" + _PERSON + r"\b"
    r")",
)

# a will made, with who gets a pet or things (a twelfth attacker: "10k in 52 min, sorted
# out my will and who gets the dog, legs ok" and the same in de, fr, pt, it got nothing);
# a will alone is no sign ("made a will after the baby came")
_WILL = (
    r"(?:my will|a will|testament\w*|testamento|testamento|testament|last will|"
    r"завещани\w*|заповіт\w*|testamentul)"
)
_GIVEN = (
    r"(?:who gets|gets my|gave|given|giving|left|leaving|dog|cat|pet|bike|medals|"
    r"quién se queda|le di|dej[eé]|perro|gato|"
    r"wer (?:\w+ )?bekommt|hund|katze|gegeben|vermacht|"
    r"donn[eé]|laiss[eé]|chien|chat|"
    r"deixei|dei|c[aã]o|cachorro|gato|"
    r"lasciato|dato|cane|gatto|"
    r"gegeven|weggegeven|hond|kat|oddał\w*|psa|kota|"
    r"am dat|am l[aă]sat|c[aâ]inele|pisica|"
    r"отдал\w*|оставил\w*|собак\w*|кошк\w*|кота|віддав\w*|залишив\w*)"
)
WILL_AND_GIVEN = rule(
    "will-and-things-given",
    Category.SUICIDE_SELF_HARM,
    Level.URGENT,
    _NOT + rf"\b(?:sorted|made|wrote|did|finished|updated|sorted out|hice|redact[eé]|escrib[ií]|"
    rf"gemacht|geschrieben|aufgesetzt|r[eé]dig[eé]|fait|ho fatto|fatto|fiz|deixei|escrevi|"
    rf"gemaakt|opgesteld|napisa[lł]\w*|zrobi[lł]\w*|am f[aă]cut|am scris|написал\w*|"
    rf"составил\w*|оформил\w*|написав|склав|оформив|spisa[lł]\w*|sporz[aą]dzi[lł]\w*)\b"
    rf"(?: \w+){{0,3}}? {_WILL}\b.{{0,60}}\b{_GIVEN}\b"
    rf"|\b{_WILL} (?:\w+ )?(?:geregeld|geregelt|gemacht|gemaakt|fertig|done|sorted|klaar)\b"
    rf".{{0,60}}\b{_GIVEN}\b",
    unless=r"\b(?:baby|born|pregnan\w*|mortgage|house|wedding|married|bebé|beb[eê]|baby|"
    r"hypothek|hochzeit|b[eé]b[eé]|mariage|matrimonio|casamento|bruiloft|dziecko|ślub|slub|"
    r"nunt[aă]|ребен\w*|свадьб\w*|дитин\w*|весілл\w*)\b",
)

# today the day, with everything settled (a twelfth attacker: "heute ist der tag, alles
# geregelt, danke für alles" got only the caring question; "today is the day, race day,
# thanks for everything coach!" is not)
DAY_SETTLED = rule(
    "the-day-and-settled",
    Category.SUICIDE_SELF_HARM,
    Level.URGENT,
    _NOT + r"\b(?:today is the day|heute ist der tag|hoy es el d[ií]a|c ?est aujourd ?hui|"
    r"oggi [eè] il giorno|hoje [eé] o dia|vandaag is de dag|dzi[sś] jest ten dzie[nń]|"
    r"azi e ziua|сегодня тот (?:самый )?день|сьогодні той (?:самий )?день)\b.{0,60}\b(?:"
    r"all sorted|everything(?: is)? sorted|alles geregelt|todo (?:arreglado|listo)|tout est "
    r"r[eé]gl[eé]|tutto sistemato|tudo (?:resolvido|arrumado)|alles geregeld|wszystko "
    r"za[lł]atwione|totul (?:e )?(?:aranjat|rezolvat)|вс[её] улажено|все владнано)",
)

AFFAIRS_RULES: tuple[Rule, ...] = (PASSWORDS, WILL_AND_GIVEN, DAY_SETTLED)
