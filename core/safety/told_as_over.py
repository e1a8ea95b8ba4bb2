"""Suicidal thoughts, self-harm or another difficulty told as over and resolved, in the 11
languages: the definitions' `none` ("I self-harmed years ago, training helped me stop"; "past,
resolved difficulties mentioned calmly"), unless the message says it is back.

`told_as_resolved(plain)`: a past (`PAST`: "years ago", "as a teen", "lange her", "kiedyś",
"раньше"), a resolution (`RESOLVED`: "got help", "recovered", "therapy helped", "im good
now", "jetzt gehts mir gut", "сейчас всё хорошо") and nothing saying it is back (`STILL`:
"again", "urges", "lately", "wieder", "знову"). An eleventh attacker (sixth session of
2026-12-01) found "i was suicidal years ago but therapy really helped, im good now",
"finally stopped self harming 3 years ago", "ich hatte mal suizidgedanken, ist lange her,
jetzt gehts mir gut" and "раньше были мысли о суициде, сейчас всё хорошо" answered with the
crisis text, "kiedyś miałam bulimię, teraz jest ok" with the eating advice. The classifier
still reads the message. Normalised text (`normalise.py`).
Source: data/safety/dev/definitions.md, "Hard negatives"; seed 000, "Escalation Criteria".
"""

from __future__ import annotations

import re

PAST = re.compile(
    r"\b(?:used to|years ago|back in (?:19|20)\d\d|in (?:19|20)\d\d|as a (?:teen|teenager|kid)|"
    r"when i was (?:a )?(?:\d+|teen\w*|kid|"
    r"younger)|back when|in (?:high )?school|"
    r"hace (?:\w+ )?a[nñ]os|de adolescente|cuando era (?:joven|ni[nñ][oa]|adolescente|chic[oa])|"
    r"lange her|ewig her|vor (?:\w+ )?jahren|fr[uü]her|hatte mal|als teenager|als teenie|"
    r"(?:\w+ ){0,2}jahren? her|im studium|in der schule|"
    r"il y a (?:\w+ )?(?:ans|ann[eé]es)|quand j ?[eé]tais (?:ado|jeune|petite?)|"
    r"[aà] l ?adolescence|"
    r"anni fa|da ragazz[oa]|da adolescente|"
    r"h[aá] (?:\w+ )?anos|anos atr[aá]s|quando (?:eu )?era (?:adolescente|nov[oa]|crian[cç]a)|"
    r"jaren geleden|vroeger|als tiener|"
    r"lat temu|kiedy[sś]|dawniej|jako nastolat\w*|"
    r"acum (?:\w+ )?ani|ani [iî]n urm[aă]|c[aâ]nd eram (?:mic[aă]?|adolescent[aă]?)|"
    r"раньше|много лет назад|когда[- ]?то|в юности|"
    r"колись|раніше|років тому|в юності)\b"
)
RESOLVED = re.compile(
    r"\b(?:clean|got help|recovered|in recovery|behind me|(?:\d+|one|two|three|four|five|six|"
    r"seven|eight|nine|ten|\w+teen|many) years? (?:clean|free|good|without|since)|"
    r"havent (?:since|in years|for years)|not since|stopped|(?:all )?sorted now|all sorted|"
    r"(?:fine|good|ok|okay) (?:ever )?since|with therapy|"
    r"(?:therapy|counselling|counseling|running|training|lifting|sport|it|that|meds|"
    r"medication) (?:really )?helped|im (?:good|fine|ok|okay|better|doing well) now|"
    r"(?:hat|haben) mir (?:\w+ )?(?:\w+ )?(?:raus|heraus)?geholfen|aufgeh[oö]rt|therapie|"
    r"seit \w+ jahren nichts mehr|me ayud[oó]|m ?a aid[eé]e?|"
    r"mi ha aiutat[oa]|me ajudou|heeft (?:me )?geholpen|pomog[lł]\w*|m ?a ajutat|"
    r"помог\w*|допомог\w*|"
    r"ya estoy bien|ahora estoy bien|estoy recuperad[oa]|me recuper[eé]|superad[oa]|"
    r"jetzt (?:gehts|geht es) mir gut|heute (?:gehts|geht es) mir gut|[uü]berwunden|"
    r"[cç]a va (?:bien|mieux) maintenant|je vais bien maintenant|gu[eé]ri\w*|"
    r"ora sto bene|adesso sto bene|superat[oa]|"
    r"agora (?:estou|t[oô]|to) bem|hoje (?:estou|t[oô]|to) bem|superei|"
    r"nu gaat het goed|nu gaat het prima|"
    r"teraz (?:jest )?(?:ok|dobrze)|przesz[lł]o mi|"
    r"acum (?:sunt|e|este) bine|"
    r"(?:сейчас|теперь) (?:всё|все) (?:хорошо|нормально|ок)|прош[её]л\w*|"
    r"(?:зараз|тепер) (?:усе|все) (?:добре|нормально|ок))\b"
)
STILL = re.compile(
    r"\b(?:again|back(?! in (?:19|20)\d\d)|urges?|lately|recently|relaps\w*|tonight|"
    r"today(?!s? (?:session|workout|run|plan|training))|this (?:week|month)|started|"
    r"(?:want to|wanna) (?:hurt|harm|cut|die|do it)|thinking about|"
    r"otra vez|de nuevo|[uú]ltimamente|wieder|in letzter zeit|[aà] nouveau|encore|"
    r"derni[eè]rement|di nuovo|ultimamente|de novo|outra vez|weer|opnieuw|laatst|"
    r"znowu|zn[oó]w|ostatnio|iar|din nou|[iî]n ultima vreme|снова|опять|последнее время|"
    r"знову|останнім часом)\b"
)


def told_as_resolved(plain: str) -> bool:
    """`plain` (normalised) tells a difficulty as over (resolved, or only weighing on the
    person now: `WEIGHING`), and not back."""
    over = RESOLVED.search(plain) is not None or WEIGHING.search(plain) is not None
    return PAST.search(plain) is not None and over and STILL.search(plain) is None

# ... but still weighing on the person: the definitions' (rare) `concern` for suicidal
# thoughts or self-harm "clearly in the past and resolved but mentioned as still weighing"
WEIGHING = re.compile(
    r"\b(?:weigh(?:ing|s)? on me|on my mind|getting to me|ashamed|shame|hate (?:wearing|seeing|"
    r"my scars)|anniversary|scars?|"
    r"me pesa|pesa mucho|verg[uü]enza|aniversario|cicatrices|"
    r"belast\w* mich|sch[aä]me mich|jahrestag|narben|"
    r"me p[eè]se|p[eè]se|honte|anniversaire|"
    r"mi pesa|vergogna|anniversario|cicatrici|"
    r"pesa[- ]me|vergonha|anivers[aá]rio|cicatrizes|"
    r"weegt zwaar|schaam|verjaardag|littekens|"
    r"wstydz[eę]|ci[aą][zż]y mi|rocznic\w*|blizn\w*|"
    r"m[aă] apas[aă]|ru[sș]ine|aniversar\w*|cicatric\w*|"
    r"давит|тяготит|стыдно|годовщин\w*|шрам\w*|тисне|соромно|річниц\w*)\b"
)


def still_weighs(plain: str) -> bool:
    """A difficulty told as over that still weighs on the person (`WEIGHING`)."""
    return WEIGHING.search(plain) is not None
