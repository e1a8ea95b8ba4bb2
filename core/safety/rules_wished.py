"""Urgent rules: death hoped for, wished rather than weight, or tired of living (11 languages).

Disordered eating with a wish to die is urgent (data/safety/dev/definitions.md, "eating":
"not used for urgent unless combined with suicidal content"). The classifier reads such a
message as eating, and the rules had no words for the wish: "i make myself sick after every
meal and part of me hopes it kills me" got the eating advice, "lieber tot als fett" nothing
(the lead, fifth session of 2026-12-01, after test6's first contact showed the kind missed
in aggregate; these examples are the lead's, no test row). Death rather than training
("i'd rather die than run another 5k", "lieber sterben als noch ein intervall") is a figure:
the object decides. Normalised text, as in `rules_said_plainly.py`.
Source: seed 000, "Escalation Criteria" (suicidal ideation).
"""

from __future__ import annotations

from core.safety.model import Category, Level
from core.safety.rule import Rule, rule
from core.safety.rules_languages import NOT_NEGATED as _NOT

_S = Category.SUICIDE_SELF_HARM
_U = Level.URGENT

HOPED: tuple[Rule, ...] = (
    rule(
        # a wish that the body fails
        "hope-it-kills-me",
        _S,
        _U,
        r"\b(?:hope|hopes|hoping|wish|pray)(?:ing)? (?:that )?(?:it|this|that|they|one day it|"
        r"one day this) (?:(?!doesnt|dont|wont|didnt|not|never)\w+ )?kills? me\b"
        r"|\b(?:hope|hoping|wish|pray)(?:ing)? (?:that )?(?:one day )?my heart (?:just )?"
        r"(?:stops|gives out|gives up)\b",
    ),
    rule(
        # death rather than weight (not rather than training: a figure)
        "rather-die-than-weight",
        _S,
        _U,
        r"\b(?:rather|prefer to) (?:die|be dead|starve to death|disappear)(?: \.)? than "
        r"(?:\w+ ){0,2}(?:gain\w*|put on|get fat|be fat|being fat|eat\w*|look fat|fat(?:ter)?|"
        r"be (?:any )?(?:bigger|heavier)|"
        r"weigh (?:more|over)|go up a (?:size|weight class))\b",
    ),
)

# Death rather than weight in the ten other languages ("lieber tot als fett")
RATHER_DIE = rule(
    "rather-die-than-weight-languages",
    _S,
    _U,
    _NOT + r"(?:"
    r"\bprefiero (?:morir(?:me)?|estar muert[ao]) (?:antes )?(?:que|a) (?:\w+ )?(?:engordar|"
    r"estar gord[ao]|comer|subir de peso|ganar peso)\b"
    r"|\bje pr[eé]f[eè]re (?:mourir|crever|[eê]tre morte?) (?:plut[oô]t )?que (?:de )?(?:\w+ )?"
    r"(?:grossir|manger|[eê]tre grosse?|prendre du poids)\b"
    r"|\blieber (?:tot|sterben|verhungern) als (?:\w+ )?(?:fett|dick|zuzunehmen|zunehmen|essen)\b"
    r"|\bpreferisco (?:morire|essere mort[ao]) (?:piuttosto )?che (?:\w+ )?(?:ingrassare|mangiare|"
    r"essere grass[ao])\b"
    r"|\bprefiro (?:morrer|estar mort[ao]) (?:do )?que (?:\w+ )?(?:engordar|comer|ser gord[ao]|"
    r"ficar gord[ao])\b"
    r"|\bliever (?:dood|sterven|verhongeren) dan (?:\w+ )?(?:dik|aankomen|eten|zwaarder)\b"
    r"|\bwol[eę] (?:umrze[cć]|by[cć] martw[aąy]) ni[zż] (?:\w+ )?(?:przyty[cć]|je[sś][cć]|"
    r"by[cć] grub[aąy])\b"
    r"|\bmai bine (?:mor|a[sș] muri) dec[aâ]t s[aă] (?:m[aă] )?(?:[iî]ngra[sș]\w*|m[aă]n[aâ]nc)\b"
    r"|\bлучше (?:умереть|сдохнуть|умру)(?: \.)? чем (?:\w+ )?(?:потолстеть|толстеть|есть|"
    r"быть толст\w*|набрать вес)\b"
    r"|\bкраще (?:померти|вмерти|здохнути|помру)(?: \.)? ніж (?:\w+ )?(?:погладшати|товстіти|"
    r"їсти|бути товст\w*|набрати вагу)\b"
    r")",
)


# Hoping not to wake up, hoping to die, wishing not to exist, in the other languages (the
# classifier and `rules_said_plainly` missed these forms)
HOPED_LANGUAGES = rule(
    "hoped-languages",
    _S,
    _U,
    _NOT + r"(?:"
    # the heart or the body hoped to give out (a twelfth attacker: "ess seit tagen nix mehr
    # und hoffentlich hört mein herz einfach auf", "j'espère juste que mon corps lâche")
    r"\bhoffentlich (?:\w+ ){0,2}(?:h[oö]rt|bleibt) (?:mein|das) herz (?:\w+ )?(?:auf|stehen)\b"
    r"|\bj ?esp[eè]re (?:juste |vraiment )?que mon (?:corps|c(?:oe|œ)ur) "
    r"(?:l[aâ]che|s ?arr[eê]te)(?! pas)"
    r"|\bojal[aá] (?:se me pare|se pare|me falle) (?:el|mi) coraz[oó]n\b"
    r"|\bspero che (?:il )?(?:mio )?cuore si fermi\b|\bespero que o (?:meu )?cora[cç][aã]o pare\b"
    r"|\bhoffe\b.{0,25}\bnicht mehr (?:auf)?wach\w*|\bhoffe\b.{0,25}\bwache\b.{0,12}"
    r"\bnicht mehr auf\b|\bspero di non (?:svegliarmi|risvegliarmi)\b"
    r"|\bespero (?:que )?n[aã]o (?:acordar|acorde)\b|\bhoop\b.{0,25}\bniet meer wakker\b"
    r"|\bmam nadziej[eę](?: \.)? [zż]e (?:si[eę] )?(?:ju[zż] )?nie obudz[eę] si[eę]\b"
    r"|\bmam nadziej[eę](?: \.)? [zż]e si[eę] (?:ju[zż] )?nie obudz[eę]\b"
    r"|\bнадеюсь(?: \.)? (?:что )?(?:я )?(?:\w+ )?(?:больше )?не проснусь\b"
    r"|\bсподіваюс[яь](?: \.)? (?:що )?(?:я )?(?:більше )?не прокину(?:ся|сь)\b"
    r"|\bojal[aá] (?:me )?(?:muera|morir|me muriera)\b"
    r"|\b(?:jaimerais|je voudrais|je veux|jvoudrais) (?:juste |simplement )?ne plus exister\b"
    r"|\b(?:vorrei|voglio) non esistere (?:pi[uù]|affatto)\b"
    r")",
    exclude=r" (?:\w+ ){0,2}?(?:de risa|de la risa|de vergüenza|de verguenza|de hambre)\b",
)

# Tired of living, had enough of life (English has it in `rules_urgent`, not-want-to-live),
# and ending it tonight in Polish: the lead's own examples got nothing from the rules.
# "cansada de vivir así, sin entrenar" (living like this) is left to the classifier.
TIRED_OF_LIVING = rule(
    "tired-of-living-languages",
    _S,
    _U,
    _NOT + r"(?:"
    r"\b(?:втомил(?:ася|ся)|втомився|устал[аи]?|надоело|набридло|задолбало) (?:от )?(?:жити|жить)\b"
    r"|\bmam do[sś][cć] (?:tego )?[zż]ycia\b|\bzm[eę]czon[aey]? [zż]yciem\b"
    r"|\b(?:cansad[oa]|hart[oa]) de vivir\b|\bm[uü]de vom leben\b"
    r"|\bstanc[oa] di vivere\b|\bfatigu[eé]e? de vivre\b|\bcansad[oa] de viver\b"
    r"|\bmoe van het leven\b|\bobosit[aă]? de via[tț][aă]\b|\bs[aă]tul de via[tț][aă]\b"
    r"|\bm am s[aă]turat s[aă] (?:mai )?tr[aă]iesc\b"
    r"|\b(?:dzi[sś]|dzisiaj|tej nocy|dzi[sś] w nocy|wieczorem) to "
    r"(?:zako[nń]cz[eę]|sko[nń]cz[eę])\b"
    r"|\b(?:zako[nń]cz[eę]|sko[nń]cz[eę]) (?:to|z tym wszystkim) (?:dzi[sś]|dzisiaj|tej nocy|"
    r"w nocy|dzi[sś] w nocy)\b"
    r")",
    exclude=r" (?:as[ií]|so|comme [cç]a|cos[iì]|assim|zo|tak|a[sș]a|так)\b",
)

WISHED_RULES: tuple[Rule, ...] = (*HOPED, RATHER_DIE, HOPED_LANGUAGES, TIRED_OF_LIVING)
