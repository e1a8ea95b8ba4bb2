"""Urgent rules: self-harm to feel something, ending it all today, being a burden (11
languages).

The lead's own probe (sixth session of 2026-12-01; no test row): "i hurt myself to feel
something", "ich verletze mich, um etwas zu spüren", "делаю себе больно, чтобы что-то
почувствовать", "robię sobie krzywdę, żeby coś poczuć" got nothing in 8 of the 11
languages, the concern or depression advice in the others; "hoy termino con todo", "dziś
kończę z tym wszystkim", "сегодня покончу со всем", "hoje acabo com tudo" nothing or only
the caring question; "sono un peso per tutti", "я тягар для всіх" nothing or the question.
Self-harm now and a wish to die said indirectly are urgent (data/safety/dev/definitions.md,
`suicide_self_harm`: "everyone would be better off without me"). Sport is not matched: a
hurt knee ("me hago daño en la rodilla"), finishing a session ("hoy termino con todo el
plan"), a burden to the team after an injury. Normalised text (`normalise.py`).
Source: seed 000, "Escalation Criteria" (suicidal ideation, self-harm).
"""

from __future__ import annotations

from core.safety.model import Category, Level
from core.safety.rule import Rule, rule
from core.safety.rules_languages import NOT_NEGATED as _NOT

_S = Category.SUICIDE_SELF_HARM
_U = Level.URGENT
_GAP = r"(?: \.)?(?: \w+){0,3}? "  # a comma (normalised " .") and a few words between

TO_FEEL = rule(
    # hurting oneself to feel something, anything, alive, or to stop feeling
    "self-harm-to-feel",
    _S,
    _U,
    _NOT + r"(?:"
    r"\b(?:hurt|harm|cut|burn|scratch|hit|punch)(?:ing|s)? myself" + _GAP
    + r"(?:just |only )?(?:to|so i can|so i) (?:feel|actually feel) (?:something|anything|alive|"
    r"real|in control)\b"
    r"|\bi cut(?: again)?(?: just| only)? to (?:feel|actually feel) (?:something|anything|alive)\b"
    r"|\bme (?:hago|hice|he hecho) da[nñ]o\b.{0,40}\bpara (?:sentir|no sentir)\b"
    r"|\bme (?:corto|lastimo|quemo|golpeo)\b.{0,30}\bpara (?:sentir|no sentir)\b"
    r"|\bme hago da[nñ]o con (?:el |un |una |la )?(?:c[uú]ter|cuchilla|navaja|cuchillo|"
    r"tijeras|mechero|encendedor)\b"
    r"|\bich (?:verletze|ritze|schneide|schlage) mich\b.{0,25}\bum (?:\w+ ){0,2}"
    r"(?:zu )?(?:sp[uü]ren|f[uü]hlen)\b"
    r"|\bje me (?:fais mal|fais du mal|coupe|scarifie|br[uû]le|frappe)\b.{0,20}\bpour "
    r"(?:sentir|ressentir|ne plus rien sentir|me sentir vivante?)\b"
    r"|\bmi (?:faccio (?:del )?male|taglio|ferisco|brucio)\b.{0,20}\bper (?:sentire|provare|"
    r"non sentire|sentirmi viv[ao])\b"
    r"|\bme (?:machuco|corto|firo|queimo)\b.{0,20}\b(?:pra|para) (?:sentir|n[aã]o sentir)\b"
    r"|\bik (?:doe (?:mezelf|mijzelf) pijn|snijd (?:mezelf|mijzelf|in mezelf)|beschadig "
    r"(?:mezelf|mijzelf))\b.{0,20}\bom (?:\w+ ){0,2}te voelen\b"
    r"|\brobi[eę] sobie krzywd[eę] (?:celowo|specjalnie|znowu|.{0,30}\b[zż]eby (?:co[sś] )?"
    r"(?:poczu[cć]|czu[cć]|nie czu[cć]))"
    r"|\b(?:tn[eę]|kalecz[eę]) si[eę]\b.{0,20}\b[zż]eby (?:co[sś] )?(?:poczu[cć]|czu[cć]|"
    r"nie czu[cć])\b"
    r"|\b(?:[iî]mi fac r[aă]u|m[aă] tai|m[aă] r[aă]nesc)\b.{0,20}\bca s[aă] (?:(?:mai )?simt|"
    r"nu mai simt)\b"
    r"|\b(?:делаю себе больно|режу себя|режусь|причиняю себе боль)\b.{0,30}\bчтобы "
    r"(?:\w+ ){0,2}(?:почувствовать|чувствовать|не чувствовать)\b"
    r"|\b(?:роблю собі боляче|ріжу себе|ріжусь|завдаю собі болю)\b.{0,30}\bщоб "
    r"(?:\w+ ){0,2}(?:відчути|відчувати|не відчувати)\b"
    r")",
)

ALL_TODAY = rule(
    # ending it all, with a time: today, tonight, tomorrow, at last
    "end-it-all-today-languages",
    _S,
    _U,
    _NOT + r"(?:"
    r"\b(?:hoy|esta noche|ma[nñ]ana|por fin|ya) (?:acabo|termino|acabar[eé]|terminar[eé]) con "
    r"todo\b(?! (?:el|la|lo|los|las|mi|mis|este|esta|esto)\b)"
    r"|\b(?:dzi[sś]|dzisiaj|jutro|w ko[nń]cu)(?: w nocy)? (?:ko[nń]cz[eę]|sko[nń]cz[eę]) z "
    r"(?:tym )?(?:wszystkim|sob[aą])\b(?! (?:co|na|w|z)\b)"
    r"|\b(?:hoje|hj|esta noite|amanh[aã]) (?:acabo|termino|vou acabar|vou terminar) com "
    r"tudo\b(?! (?:o|a|os|as|isso|este|esta|do|da)\b)"
    r"|\b(?:сегодня|завтра|этой ночью|наконец) (?:покончу|закончу) (?:со всем|с этим всем|"
    r"со всем этим|с собой)\b"
    r")",
)

BURDEN = rule(
    # a burden to everyone or to the family (not to the team after an injury: a figure)
    "burden-languages",
    _S,
    _U,
    _NOT + r"(?:"
    r"\bi(?:m| am) (?:just )?(?:a|such a) burden (?:to|on|for) (?:everyone|everybody|my family|"
    r"all of them|the people i love)\b"
    r"|\bsoy (?:una|un) (?:carga|estorbo) (?:para|pa) (?:todos|todo el mundo|mi familia)\b"
    r"|\bich bin (?:nur )?(?:eine last|ein klotz am bein) f[uü]r (?:alle|jeden|meine familie)\b"
    r"|\bje suis (?:un fardeau|une charge|un poids) pour (?:tout le monde|tous|ma famille)\b"
    r"|\bsono (?:un peso|un fardello) per (?:tutti|la mia famiglia)\b"
    r"|\bsou (?:um peso|um fardo) (?:pra|para) (?:todos|todo mundo|toda a gente|minha fam[ií]lia)\b"
    r"|\bik ben (?:een last|een blok aan het been) voor (?:iedereen|mijn familie)\b"
    r"|\bjestem (?:ci[eę][zż]arem|obci[aą][zż]eniem) dla (?:wszystkich|rodziny|bliskich)\b"
    r"|\bsunt o povar[aă] pentru (?:to[țt]i|toat[aă] lumea|familia mea)\b"
    r"|\bя (?:обуза|обуза для|тягость) (?:для )?(?:всех|семьи|близких)\b"
    r"|\bя (?:тягар|обуза) для (?:всіх|усіх|родини|сім ї|сімї|рідних)\b"
    r")",
)

TO_FEEL_RULES: tuple[Rule, ...] = (TO_FEEL, ALL_TODAY, BURDEN)
