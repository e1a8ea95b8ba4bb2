"""Concern rules: the seed's other escalation criteria in a person's own words.

Persistent panic, major depressive symptoms, trauma re-experiencing, disordered eating,
substance dependence and severe sleep disruption (seed 000, "Escalation Criteria").
Same conventions as `rules_urgent.py`.
"""

from __future__ import annotations

import re

from core.safety.model import Category, Level
from core.safety.rule import Rule, rule

_C = Level.CONCERN
_NUM = r"(?:\d+|two|three|four|five|six|seven|several|a few|few)"

# Says that it lasts: used by rules with needs_persistence.
PERSISTENCE = re.compile(
    r"\b(?:weeks?|months?|for days|most days|every (?:day|night|morning)|all the time|"
    r"anymore|any more|lately|constantly|daily|again|for ages|all (?:day|weekend|week)|"
    r"ages|nights? in a row|straight|times a week|every week|been like this|since \w+|"
    r"for (?:\d+|two|three|four|five|a few|several) (?:days|nights|weeks))\b"
)

PANIC_RULES: tuple[Rule, ...] = (
    rule("panic-attacks", Category.PANIC, _C, r"\b(?:panic|anxiety) attacks?\b"),
    rule(
        "panic-persistent",
        Category.PANIC,
        _C,
        r"\bpanick?(?:ing|ed|y)? (?:all the time|constantly|every (?:day|night)|daily)\b"
        r"|\b(?:full|constant|total) panic\b|\battacks? where i cant breathe\b"
        r"|\banxiety is (?:so |really |very )?(?:bad|awful|unbearable|out of control)\b"
        r"|\b(?:severe|crippling) anxiety\b|\bcant (?:leave|go out of) the house\b",
    ),
    rule(
        "panic-symptoms",
        Category.PANIC,
        _C,
        r"\bheart (?:racing|pounding)\b|\bcant breathe\b"
        r"|\b(?:thought|think|feel like|felt like) (?:i was|im) (?:dying|going to die)\b",
        needs_persistence=True,
    ),
    rule(  # the body's alarm and the fear of dying together, now: no persistence needed
        "panic-acute",
        Category.PANIC,
        _C,
        r"\b(?:heart (?:racing|pounding|is racing|is pounding)|cant breathe|cant catch my "
        r"breath|chest (?:is )?(?:tight|pain))\b.{0,60}\b(?:i (?:think|feel like) im "
        r"(?:dying|having a heart attack|going to die)|im (?:dying|going to die) (?:right )?now)\b"
        r"|\b(?:i (?:think|feel like) im (?:dying|having a heart attack)|im dying (?:right )?now)"
        r"\b.{0,60}\b(?:heart (?:racing|pounding)|cant breathe|cant catch my breath)\b",
        unless=r"\b(?:burpees?|hills?|intervals?|sprints?|reps|sets?|wod|workout|session|"
        r"runs?|running|race|track|\d+s|squats?|legs|lungs|crossfit|class|training|gym|"
        r"after (?:the|these|that|this))\b",  # the body after sport, not an alarm
    ),
)

DEPRESSION_RULES: tuple[Rule, ...] = (
    rule(
        "hopeless",
        Category.DEPRESSION,
        _C,
        r"\bhopeless(?:ness)?\b(?! at (?!everything|life))|\btheres no hope\b"
        r"|\bno hope (?:for me|left)\b",
    ),
    rule(
        "anhedonia",
        Category.DEPRESSION,
        _C,
        r"\bnothing (?:matters|makes me happy|brings me (?:joy|happiness)|feels good)\b"
        r"|\bdont (?:enjoy|care about) anything\b|\blost interest in (?:everything|anything)\b"
        r"|\bno interest in anything\b|\beverything (?:feels|is|seems) (?:pointless|meaningless)\b"
        r"|\bwhats the point (?:of|in) (?:anything|everything|it all|trying)\b"
        r"|\bno motivation for anything\b|\bdont even (?:shower|get dressed|wash)\b"
        r"|\bnothing (?:feels|is|seems) worth (?:it|doing|anything)\b|\bin a (?:\w+ )?dark place\b",
    ),
    rule(
        "out-of-bed",
        Category.DEPRESSION,
        _C,
        r"\b(?:cant|couldnt|unable to|havent been able to|struggling to|not able to) "
        r"(?:get|getting) out of bed\b|\bstay(?:ed|ing)? in bed all (?:day|weekend)\b"
        r"|\bcant face (?:anything|anyone|people|the world)\b",
        needs_persistence=True,
    ),
    rule(
        "self-worth",
        Category.DEPRESSION,
        _C,
        r"\b(?:i feel|feel|feeling|im|im just|im such) (?:so |completely |totally )?"
        r"(?:empty|numb|worthless|useless|like a burden|a burden|a failure)\b"
        r"(?! at (?!everything|life))"
        r"|\bi hate myself\b(?! for (?:skipping|missing|forgetting))",
    ),
    rule(
        "depressed",
        Category.DEPRESSION,
        _C,
        r"\b(?:im|i feel|feel|feeling|been|i think im|so|really) "
        r"(?:(?!not\b|never\b)\w+ )?depressed\b"
        r"|\bmy depression\b|\b(?:have|got|diagnosed with) depression\b",
    ),
    rule(
        "low-for-weeks",
        Category.DEPRESSION,
        _C,
        r"\b(?:so|really|very|been|feeling so) (?:down|low)\b|\bcant stop crying\b"
        r"|\bcrying (?:every day|all the time)\b|\bstopped seeing (?:my )?friends\b"
        r"|\blie in the dark\b|\bisolat\w+ myself\b"
        r"|\bcant be bothered (?:with|doing) anything\b",
        needs_persistence=True,
    ),
)

TRAUMA_RULES: tuple[Rule, ...] = (
    rule(
        "flashbacks",
        Category.TRAUMA,
        _C,
        r"\bflash ?backs?\b(?! friday)|\bintrusive (?:memories|thoughts|images)\b"
        r"|\breliv(?:e|es|ed|ing) (?:the|it|that|what)\b"
        r"|\b(?:see it|back there) every time i close my eyes\b"
        r"|\b(?:replays|replaying|keeps playing) in my head\b",
        keeps_past=True,
    ),
    rule(
        "nightmares",
        Category.TRAUMA,
        _C,
        r"\b(?:nightmares|bad dreams) about (?:the|what|it|my|him|her|that)\b"
        r"|\b(?:nightmare|bad dream) about (?:the|what) (?:accident|crash|attack|assault|fall|"
        r"happened)\b",
        keeps_past=True,
    ),
    rule(
        "ptsd",
        Category.TRAUMA,
        _C,
        r"\bptsd\b(?! from (?:leg day|\w+ day|th(?:at|is|e) (?:session|workout|class|run)))"
        r"|\bpost traumatic\b|\bjump at every (?:noise|sound)\b|\bhypervigilan\w+\b"
        r"|\b(?:freeze|froze|flinch|shake|panic)\w* every time i (?:hear|see|smell)\b",
        keeps_past=True,
    ),
)

_FOOD_AFTER = r"(?:dinner|lunch|breakfast|meals?|eating|i eat|every meal|food)"

EATING_RULES: tuple[Rule, ...] = (
    rule(
        "purging",
        Category.EATING,
        _C,
        r"\bpurg(?:e|es|ed|ing)\b(?! (?:the|my) (?:plan|list|files|wardrobe|closet|inbox))"
        r"|\b(?:making|make|made|makes) myself (?:sick|throw up|vomit|puke)\b"
        r"|\b(?:throw|throwing|threw|being sick|vomit\w*) up after " + _FOOD_AFTER + r"\b"
        r"|\blaxatives?\b|\bdiet pills\b",
    ),
    rule(
        "bingeing",
        Category.EATING,
        _C,
        r"\bbing(?:e|es|ed|ing|eing)(?: eat\w*| and| then|$| \.)"
        r"|\bi binge\b(?! watch)",
    ),
    rule(
        "restricting",
        Category.EATING,
        _C,
        r"\bstarv(?:e|ing) myself\b|\b(?:havent|not|didnt) eat(?:en)? (?:anything )?(?:in|for) "
        + _NUM
        + r" days\b|\bskip\w* meals (?:for days|on purpose)\b|\bonly (?:let myself )?eat "
        r"\d+ (?:calories|kcal|cals)\b|\b(?:scared|afraid|terrified) of (?:food|eating)\b"
        r"|\bfeel (?:disgusting|fat|guilty) after eating\b"
        r"|\bpunish\w* myself with (?:extra )?(?:sessions|exercise|training|runs)\b"
        r"|\bskip\w* meals to (?:get lighter|lose weight|make weight|stay light)\b"
        r"|\b(?:scared|afraid|terrified) of (?:gaining weight|getting fat|putting on weight)\b"
        r"|\b(?:eating almost nothing|barely eating|hardly eating|eat almost nothing)\b",
    ),
    rule(
        "eating-disorder",
        Category.EATING,
        _C,
        r"\beating disorder\b|\bbulimi\w*\b|\banorexi\w*\b|\bednos\b|\barfid\b",
    ),
)

_SUBSTANCE = (
    r"(?:a drink|drink|alcohol|booze|wine|beer|vodka|pills?|painkillers|opioids|oxy\w*|"
    r"codeine|tramadol|drugs|weed|coke|cocaine|ket|ketamine|mdma|heroin|meth|xanax|valium|"
    r"benzos|sleeping pills|a line)"
)

SUBSTANCE_RULES: tuple[Rule, ...] = (
    rule(  # attack 7: someone else's prescription stimulants or sedatives, to train or cope
        "not-my-prescription",
        Category.SUBSTANCE,
        _C,
        r"\b(?:taking|took|using|been taking|on|popping|stealing|borrowing) (?:\w+ ){0,2}"
        r"(?:\w+s|someone elses|other peoples|a friends|my friends) (?:adderall|ritalin|vyvanse|"
        r"modafinil|xanax|valium|oxy\w*|codeine|tramadol)\b",
    ),
    rule(
        "cant-stop",
        Category.SUBSTANCE,
        _C,
        r"\bcant stop (?:drinking|using|taking (?:pills|drugs|them))\b"
        r"|\bcant (?:stop|quit|control) (?:my )?(?:drinking|using)\b"
        r"|\bmy (?:drinking|using|drug use) is out of control\b",
    ),
    rule(
        "need-to-cope",
        Category.SUBSTANCE,
        _C,
        r"\bneed (?:a few |some |my )?"
        + _SUBSTANCE
        + r" to (?:get through|get going|function|cope|sleep|face)\b"
        r"|\bcant (?:sleep|function|cope|get through (?:a|the) day|face \w+) without "
        r"(?:a few |some |my )?"
        + _SUBSTANCE
        + r"\b|\bdrink(?:ing)? (?:a bottle|alone|every (?:day|night)|to (?:sleep|cope|forget))\b",
    ),
    rule(
        "dependence",
        Category.SUBSTANCE,
        _C,
        r"\b(?:addicted to|hooked on|dependent on) " + _SUBSTANCE + r"\b"
        r"|\b(?:im|i am|i think im) an? (?:alcoholic|addict)\b|\b(?:drinking|drug) problem\b"
        r"|\bi (?:have )?relapsed\b(?! (?:on|with) (?:my )?\w*(?:injury|knee|ankle|back))"
        r"|\bive relapsed\b|\bblack ?out drunk\b|\bblacked out\b"
        r"|\bmore " + _SUBSTANCE + r" than (?:im|i was|i am) prescribed\b"
        r"|\busing (?:coke|cocaine|heroin|meth|drugs|ket|ketamine|mdma|again)\b",
    ),
)

SLEEP_RULES: tuple[Rule, ...] = (
    rule(
        "no-sleep-for-days",
        Category.SLEEP,
        _C,
        r"\b(?:havent|not|hasnt|barely|hardly) slept (?:properly |at all )?(?:in|for) "
        r"(?:over )?(?:" + _NUM + r" )?(?:days|weeks|nights|a week|a month)\b"
        r"|\b(?:havent|not|never|cant|dont) (?:slept|sleep|get|got) more than (?:\d+|an?|one|two) "
        r"(?:hours?|hrs?)\b|\b(?:been )?awake for " + _NUM + r" (?:days|nights)\b"
        r"|\b(?:havent|not) had (?:a )?(?:proper|decent|good|full) nights? sleep (?:in|for) "
        r"(?:weeks|months|ages|days)\b",
    ),
    rule(
        "awake-all-night",
        Category.SLEEP,
        _C,
        r"\b(?:awake|up) all night\b|\b(?:lie|lying) awake\b|\bawake every night\b"
        r"|\bcant sleep\b"
        r"|\b\d+ (?:hours?|hrs?) (?:of )?sleep (?:all|this|in a) week\b"
        r"|\b\d+ (?:hour|hr) nights\b|\b\d+ (?:hours?|hrs?) a night\b",
        needs_persistence=True,
    ),
    rule("insomnia", Category.SLEEP, _C, r"\binsomnia\b"),
)
