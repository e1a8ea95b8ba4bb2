"""Screen one message for risk: curated patterns, negation scopes, figures of speech.

The steps, in order:
1. `normalise` the text (case, apostrophes, spacing, text-speak, misspellings).
2. Blank out sport and everyday figures of speech ("suicide sprints", "killing me",
   "dying to try", "dead legs") so no rule can see them.
3. Run every rule; for each hit, look back to the start of its clause (punctuation or
   "but", "just", "though"...). A negation there ("not", "never", "no", "dont") cancels the
   hit: "im not suicidal . just knackered". Risk stated in a later clause stands:
   "not suicidal but i want to disappear". "used to" cancels a concern about the past,
   except for trauma and abuse, where the past is the point.
4. Drop hits whose exclusion matches right after them ("cut myself shaving"), and hits
   that need persistence ("for weeks", "every night") when the message gives none.
5. The highest level wins; within a level, the first category in `RULES` order.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from core.negation import Negation
from core.safety.emergency import BEFORE
from core.safety.model import CLEAR, Category, Level, Screening
from core.safety.normalise import normalise
from core.safety.overdose_now import overdose_recent, overdose_taken
from core.safety.rule import Rule
from core.safety.rules_affairs import AFFAIRS_RULES
from core.safety.rules_concern import (
    DEPRESSION_RULES,
    EATING_RULES,
    PANIC_RULES,
    PERSISTENCE,
    SLEEP_RULES,
    SUBSTANCE_RULES,
    TRAUMA_RULES,
)
from core.safety.rules_concern_languages import CONCERN_LANGUAGE_RULES
from core.safety.rules_languages import LANGUAGE_ABUSE_RULES, LANGUAGE_RULES
from core.safety.rules_means_places import MEANS_PLACES_RULES
from core.safety.rules_passing import PASSING_RULES
from core.safety.rules_pills_taken import PILLS_TAKEN
from core.safety.rules_said_plainly import SAID_PLAINLY_RULES
from core.safety.rules_to_feel import TO_FEEL_RULES
from core.safety.rules_urgent import ABUSE_RULES, SUICIDE_RULES
from core.safety.rules_wished import WISHED_RULES
from core.safety.told_as_over import still_weighs, told_as_resolved

RULES: tuple[Rule, ...] = (
    *SUICIDE_RULES,
    *LANGUAGE_RULES,
    *SAID_PLAINLY_RULES,
    *WISHED_RULES,
    *TO_FEEL_RULES,
    *AFFAIRS_RULES,
    *MEANS_PLACES_RULES,
    *PASSING_RULES,
    PILLS_TAKEN,
    *ABUSE_RULES,
    *LANGUAGE_ABUSE_RULES,
    *EATING_RULES,
    *SUBSTANCE_RULES,
    *CONCERN_LANGUAGE_RULES,
    *TRAUMA_RULES,
    *PANIC_RULES,
    *DEPRESSION_RULES,
    *SLEEP_RULES,
)

# Figures of speech blanked before any rule runs (normalised form).
FIGURES: tuple[str, ...] = (
    r"\bsuicides? (?:sprints?|runs?|drills?|shuttles?|hill|squeeze|lines?|suicides?)\b",
    r"\b(?:did|do|doing|does|ran|run|running) suicides\b",
    r"\bsuicide (?:prevention|awareness|helpline|hotline|charity)\b",
    r"\bkill(?:ing|ed)? myself laughing\b",
    r"\b(?:is|are|its|was|were|thats|it) killing me\b",
    r"\bkill(?:ed|ing|s)? (?:it|the (?:last|final) \w+|the \w+ set|this \w+)\b",
    r"\bkiller\b",
    r"\bdead ?(?:lifts?|legs?|hangs?|bugs?|balls?|tired)\b",
    r"\b(?:im|was|felt|feel|legs are|absolutely) dead (?:after|on my feet|from)\b",
    r"\bdying (?:to|for|of)\b",
    r"\b(?:could|would|id|i) (?:die|kill) for\b",
    r"\b(?:die|died) (?:happy|laughing|on the last)\b",
    # ... unless weight is what is worse than death ("rules_urgent", rather-die-than-weight)
    r"\b(?:id|would) rather die than\b(?! (?:\w+ ){0,2}(?:gain|put on|get fat|be fat|being fat|"
    r"eat|look fat|fat|be (?:any )?(?:bigger|heavier)|weigh))",
    r"\bi died on\b",
    r"\bthought i was going to die\b",
    r"\b(?:legs?|quads?|calves|glutes|hamstrings?|arms?|lungs?|abs|core|shoulders?|forearms?|"
    r"muscles?|feet|traps|lats|pecs|biceps|triceps) (?:want|wants|wanted|wanna) (?:to )?die\b",
    r"\b(?:wanted|want) to die (?:halfway|half way|mid ?(?:set|run|rep|way)|during (?:the|that|"
    r"this) (?:set|run|workout|session|intervals?|wod|class|race|climb|hill)|out there|on (?:the|"
    r"that|this) (?:course|hill|climb|last lap|track|trail|bike|rower))\b",  # a ninth attacker
    # Italian: dying of laughter ("mi ammazzo dalle risate con questo piano": a twelfth attacker)
    r"\b(?:mi ammazzo|morto|morta|muoio|morir[oò]) dalle risate\b",
    # a wish denied where "not" stands before the verb of wanting, not the rule's own words
    # ("nie chcę się zabić ani nic, po prostu jestem wykończony": dev2)
    r"\bnie (?:chc[eę]|zamierzam|planuj[eę]|b[eę]d[eę]) si[eę] zabi[cć]\b",
    r"\bне (?:хочу|собираюсь|буду|збираюся) (?:умирать|убивать себя|кончать с собой|помирати|"
    r"вмирати|вбивати себе)\b",
    # an eleventh attacker: "wanted to die at mile 20", "killing myself in the gym this week"
    r"\b(?:wanted|want) to die (?:at|by|around|after) (?:mile|km|kilometre|kilometer|the \d+k)\b",
    r"(?:^|\b(?:been|im|was|am|keep) )killing myself (?:in|at|on) (?:the )?(?:gym|training|track|"
    r"pool|"
    r"bike|sessions?|workouts?|rower|field|court)\b",
)
_FIGURES_RE = re.compile("|".join(FIGURES))

# "but" in the other languages too ("nunca pensé que diría esto pero quiero morir")
_BOUNDARY_RE = re.compile(
    r"\.|\b(?:but|just|though|tho|although|however|yet|except|only|pero|sino|aber|sondern|"
    r"mais|pourtant|per[oò]|tuttavia|mas|por[eé]m|maar|ale|lecz|dar|totu[sș]i|но|однако|але|"
    r"проте)\b"
)
# "never" in the other languages: "nunca he pensado en suicidarme", "ik heb nooit
# zelfmoordgedachten gehad", "nu m-am gândit niciodată să mă sinucid" (an eleventh attacker:
# the crisis text); not their "no", "non", "nie", "не": those negate the verb right after
# them, which the rules' own look-behinds read
_NEGATORS = (
    r"not|never|dont|didnt|doesnt|isnt|wasnt|arent|havent|hasnt|wont|wouldnt|aint|"
    r"nothing like|none|nunca|jam[aá]s|niemals|nie ?mals|jamais|mai pi[uù]|nooit|nigdy|"
    r"niciodat[aă]|никогда|ніколи|"
    # "it's not that": "non è che voglio morire eh, sono solo distrutto" (dev2)
    r"non [eè] che|no es que|n[aã]o [eé] que|c ?est pas que|ce n ?est pas que|nicht dass|"
    r"niet dat|nie [zż]ebym|nu c[aă]|не то чтобы|не те щоб"
)
_NEGATOR_RE = re.compile(rf"\b(?:no|{_NEGATORS})\b")
# Phrases that contain a negator but do not negate what follows; the second line: despair
# said with a negator ("i dont see the point anymore, might just end it": attack 7)
_NOT_NEGATION_RE = re.compile(
    r"\b(?:dont know|didnt know|not sure|no idea|no one|nobody|not going to lie|not gonna lie|"
    r"no matter|not even|"
    r"(?:dont|cant|do not|can not|cannot) see (?:the|a|any) point|no point|nothing matters|"
    r"doesnt matter anymore|no way out|no reason to (?:live|stay|keep going)|not worth it)\b"
)
_PAST_RE = re.compile(r"\bused to\b")
OVERDOSE_TAKEN = "overdose-taken-now"  # the rule name of an overdose just taken
_NEGATION = Negation(_BOUNDARY_RE, _NEGATOR_RE, _NOT_NEGATION_RE, window=6)
# Portuguese says "não"; its "no" is "in the" ("treinei no parque e vou me matar hoje" had
# its rule cancelled by that "no": the lead, sixth session of 2026-12-01). In a message with
# Portuguese words only, "no" is no negator.
_PORTUGUESE_RE = re.compile(
    r"\b(?:não|nao|vou|tô|to indo|estou|você|voce|hoje|meu|minha|já|depois|também|tambem|"
    r"muito|treinei|corri|fiz|eu)\b|ção\b|ões\b"
)
_NEGATION_PT = Negation(_BOUNDARY_RE, re.compile(rf"\b(?:{_NEGATORS})\b"), _NOT_NEGATION_RE,
                        window=6)


def screen(text: str) -> Screening:
    """The risk level and category of one message (pure; the text is never kept)."""
    reading = _reading(text)
    best = CLEAR
    for candidate in RULES:
        level = _level_of(candidate, reading)
        if level.rank > best.level.rank:
            best = Screening(level, candidate.category, candidate.name)
            if level is Level.URGENT:
                return best
    plain = reading.plain
    if (overdose_taken(plain) and not BEFORE.search(plain)) or overdose_recent(plain):
        # an overdose just taken (`overdose_now`; the emergency text goes first) is urgent
        # suicide or self-harm (definitions.md, `substance`: "only if overdose ... then
        # suicide_self_harm"), also for the rules alone; so is one taken in the last days, told
        # as over (a recent attempt, `overdose_now.overdose_recent`)
        return Screening(Level.URGENT, Category.SUICIDE_SELF_HARM, OVERDOSE_TAKEN)
    return best


def names_harm_by_someone(text: str) -> bool:
    """Whether an abuse or safeguarding rule reads `text` (harm by another person), whatever
    else it says: "my husband beats me and i just want to die" is urgent suicide, and also
    this (an eighth attacker: its reply had no abuse lines, and a "no" went back to
    training)."""
    reading = _reading(text)
    return any(_level_of(rule, reading) is not Level.NONE
               for rule in RULES if rule.category is Category.ABUSE_SAFEGUARDING)


@dataclass(frozen=True, slots=True)
class _Reading:
    """What every rule reads: the normalised text with figures blanked (`plain`), whether it
    says the thing lasts (`persistent`), whether it tells suicidal thoughts or self-harm as
    over (`resolved`), and the negation reader for its language (`negation`)."""

    plain: str
    persistent: bool
    resolved: bool
    negation: Negation


def _reading(text: str) -> _Reading:
    plain = _FIGURES_RE.sub(" x ", normalise(text))
    negation = _NEGATION_PT if _PORTUGUESE_RE.search(plain) else _NEGATION
    return _Reading(plain, PERSISTENCE.search(plain) is not None, told_as_resolved(plain),
                    negation)


def _level_of(candidate: Rule, reading: _Reading) -> Level:
    """The level this rule gives the text: NONE unless one of its hits stands. A text that
    lasts (`persistent`) counts for rules that need it; one told as over and resolved
    (`resolved`, `told_as_over.told_as_resolved`) is read by no rule but those that keep
    the past (`keeps_past`: past abuse still matters)."""
    plain, persistent, resolved = reading.plain, reading.persistent, reading.resolved
    if candidate.needs_persistence and not persistent:
        return Level.NONE
    if candidate.unless is not None and candidate.unless.search(plain):
        return Level.NONE
    for hit in candidate.pattern.finditer(plain):
        if candidate.exclude is not None and candidate.exclude.match(plain, hit.end()):
            continue
        if reading.negation.governs(plain, hit.start()):
            continue
        past = _PAST_RE.search(reading.negation.clause_before(plain, hit.start())) is not None
        if past and not candidate.keeps_past and candidate.level is Level.CONCERN:
            continue
        if resolved and not candidate.keeps_past:  # told as over and resolved: the past,
            # unless suicidal thoughts or self-harm told so still weigh on the person
            weighs = candidate.category is Category.SUICIDE_SELF_HARM and still_weighs(plain)
            return Level.CONCERN if weighs else Level.NONE
        if candidate.urgent_if is not None and candidate.urgent_if.search(plain):
            return Level.URGENT
        return candidate.level
    return Level.NONE
