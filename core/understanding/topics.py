"""Coaching questions and statements by topic: "what's a deload?", "my knee hurts", "I'm ill".

Patterns over canonical words (core.understanding.words.canonical). The first topic that
matches, in the order of `_TOPICS`, wins: more specific topics come first ("zone 2 is 60 % of
max HR" is Zone 2 before "% of max" is 1RM; "sore throat" is illness before "sore" is pain;
"skipped yesterday" is a missed session before "skip").
"""

from __future__ import annotations

import re

from core.understanding.model import Topic

_BODY = (
    r"(knee|knees|back|shoulder|shoulders|hip|hips|ankle|ankles|wrist|wrists|elbow|elbows|neck"
    r"|hamstring|hamstrings|calf|calves|shin|shins|foot|feet|achilles|groin|quad|quads|glute"
    r"|glutes|lower back|upper back|it band|heel|toe|hand|arm|leg|legs|chest|rib|ribs|bicep"
    r"|biceps|tricep|triceps|lats|trap|traps|joint|joints|tendon|muscle|plantar)"
)
_HURT = (
    r"(hurt|hurts|hurting|pain|painful|pains|ache|aches|aching|achy|sore|niggle|niggles"
    r"|niggly|niggling|injury|injured|injuries|tweak|tweaked|pulled|strain|strained|sprain"
    r"|sprained|twinge|twinged|tendinitis|tendonitis|tweaky|twisted|rolled|jarred|inflamed"
    r"|swollen|swelling|clicking|popped|physio|physiotherapist|rehab)"
)

_TOPICS: tuple[tuple[Topic, re.Pattern[str]], ...] = (
    (Topic.RPE, re.compile(
        r"\b(rpe|perceived exertion|rate of perceived|perceived effort|exertion scale"
        r"|effort scale|how hard should (it|i|this|that|the|each) (feel|go|push|be)"
        r"|how hard (is|was) (an |a )?\d+|reps in reserve|rir)\b"
    )),
    (Topic.ZONE2, re.compile(
        r"\b(zone 2|zone two|zone2|z2|zone ii|conversational pace|conversation pace"
        r"|conversational|talk test|talking pace|easy pace|easy aerobic|aerobic base|easy run"
        r"|easy runs|low intensity cardio|liss|aerobic zone|fat burning zone)\b"
    )),
    (Topic.ONE_RM, re.compile(
        r"\b(1rm|1 rm|one rm|1 rep max|one rep max|rep max|one repetition max|1 repetition max"
        r"|e1rm|est 1rm|estimated 1rm|estimated max|est max|1rms|one rep maximum|max lift|my max"
        r"|percent of max|of max|of my max|of 1rm|one rm)\b"
        r"|\b\d{2} ?(percent|pc)\b"
        r"|\bwhat (weight|load) should i (lift|use|put)\b"
    )),
    (Topic.HRV, re.compile(
        r"\b(hrv|rmssd|heart rate variability|heart rate variation|resting heart rate"
        r"|resting hr|resting pulse|rhr|morning pulse|resting bpm)\b"
        r"|\b(my|a) (heart rate|pulse|hr)\b.*\b(high|higher|low|lower|up|mean|normal|elevated"
        r"|measure|check)\b"
        r"|\bhow (do|should|can) i (measure|check|take) (my )?(pulse|heart rate|hr)\b"
    )),
    (Topic.DELOAD, re.compile(
        r"\b(deload|deloads|deloading|de load|deloaded|reload)\b"
        r"|\b(lighter|easier|recovery|back off|backoff|down) week\b"
        r"|\bwhy (is|are) (my|the|todays|today) (plan|session|sessions|volume|training|load)"
        r" (lighter|easier|reduced|cut|shorter|less)\b"
        r"|\bwhy (less|reduced|lower|cut) (volume|load|sets)\b"
        r"|\bvolume (cut|reduced|reduction|drop)\b"
    )),
    (Topic.SCALE, re.compile(
        r"\b(what|whats|how)\b.*\b(does|do|is|mean|means)\b.*\b(arousal|activation|keyed up"
        r"|recovery|recovered|mood|sleep quality|scale|rating|ratings|score|scores)\b"
        r"|\b(arousal|activation|recovery|mood|sleep)\b.*\b(mean|means|meaning)\b"
        r"|\bis (a )?(0|1|2|3|4|5|6|7|8|9|10|high|low|zero|ten) (good|bad|best|worst|high|low"
        r"|better|worse)\b"
        r"|\b(good|bad|best|better|worse) for (arousal|recovery|mood|sleep)\b"
        r"|\b(which|what) (end|way)\b|\bhow (do|should) i (rate|score|answer|pick|choose)\b"
        r"(?!.*\b(rpe|exertion|effort)\b)"
        r"|\b(0|10) (means|mean|is) (good|bad|best|worst|calm|high)\b"
        r"|\bwhat (is|s) (arousal|activation)\b|\bwhats (arousal|activation)\b"
        r"|\bdifference between (arousal|recovery|mood)"
        r"|\b(high|higher|low|lower) (arousal|recovery|mood|sleep)( score| rating| number"
        r"| scores| ratings)? (good|bad|better|worse|ok|okay|a problem)\b"
        r"|\bdont (get|understand) (the )?(question|questions|scale|arousal)\b"
        r"|\b(what|how) do you mean\b|\bmean by\b|\bwhat is meant by\b"
        r"|\b(recovered|recovery|activated|activation|arousal|aroused|keyed up|mood|sleep"
        r"|wired) (how|as in|meaning|in what way|like what)\b"
    )),
    (Topic.MISSED, re.compile(
        r"\b(missed|mised|skipped|bailed on|blew off|forgot|didnt do|didnt make|didnt go"
        r"|didnt train|didnt get to|couldnt do|couldnt train|didnt manage)\b"
        r".*\b(yesterday|yesterdays|last|session|sessions|workout|workouts|training|gym|day"
        r"|days|week|run|lift|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b"
        r"|\b(yesterday|yesterdays) (session|workout|training|run)?\s?(didnt|never) happen\b"
        r"|\b(fell off|off track|fallen behind|behind on) (the )?(plan|programme|program"
        r"|wagon|training|schedule)\b"
        r"|\b(havent|hasnt|not) (trained|been training|been to the gym|worked out|been"
        r" working out) (in|for|since)\b"
        r"|\bcatch up on (a |the |my )?(missed )?(session|workout|training)\b"
        r"|\bmissed (a|my|the|one|two|some)? ?(session|sessions|workout|workouts|day|days)\b"
        r"|\b(make up|makeup|redo) (for )?(yesterday|the missed|a missed|missed)\b"
        r"|\b(session|sessions|workout|workouts|training|day|days|run|lift) (i|we) (missed"
        r"|skipped|didnt do)\b|\bmake up (for )?(the |a |that |my )?(session|workout"
        r"|training)\b"
    )),
    (Topic.ILL, re.compile(
        r"\b(sick|ill|illness|unwell|poorly|cold|colds|flu|fever|feverish|temperature|covid"
        r"|virus|viral|infection|sore throat|throat|runny nose|blocked nose|stuffy nose|cough"
        r"|coughing|sniffles|snotty|congested|congestion|chesty|stomach bug|tummy bug"
        r"|food poisoning|vomiting|threw up|throwing up|diarrhoea|diarrhea|nauseous|nausea"
        r"|migraine|headache|under the weather|coming down with|chills|man flu|bug going round"
        r"|bronchitis|sinus|sinusitis|tonsillitis|strep|glandular|norovirus|ear infection)\b"
    )),
    (Topic.TRAVEL, re.compile(
        r"\b(travel|travelling|traveling|travelled|traveled|trip|trips|flight|flights|flying"
        r"|fly|flew|jet lag|jetlag|jetlagged|jet lagged|hotel|hotels|airport|on the road"
        r"|conference|overseas|abroad|red eye|layover|time difference|new time zone"
        r"|different time zone|another time zone|time zones|long haul|business trip"
        r"|away for work|away for the week|away this week|away next week|holiday|vacation"
        r"|on holiday|on vacation|road trip|staying at|landed|just arrived|arrived in|away from"
        r" home|timezone change|time zone change|jet|airbnb)\b"
    )),
    (Topic.CAFFEINE, re.compile(
        r"\b(coffee|coffees|caffeine|caffeinated|espresso|espressos|latte|cappuccino"
        r"|americano|energy drink|energy drinks|red bull|redbull|monster|pre workout"
        r"|preworkout|pre wo|preworkouts|caffiene|cafeine|tea|matcha|cola|coke|double shot)\b"
    )),
    (Topic.ALCOHOL, re.compile(
        r"\b(alcohol|alcoholic|drinking|drinks|drank|drunk|beer|beers|wine|wines|pint|pints"
        r"|hangover|hungover|hung over|night out|booze|boozy|vodka|gin|whisky|whiskey|cocktail"
        r"|cocktails|tequila|shots|pub|tipsy|bottle of|glass of wine|few drinks|big night"
        r"|heavy night|session last night|prosecco|champagne|sake|rum|cider|lager|ale"
        r"|on the piss|on the lash|out out|wasted|smashed last night|pissed last night)\b"
        r"|\bdrink\b(?!.*\b(water|fluids|electrolytes|protein|shake)\b)"
    )),
    (Topic.PAIN, re.compile(
        rf"\b{_HURT}\b|\b{_BODY}\b.*\b(is|feels|feel|still|kinda|a bit|bit)\b.*\b(off|weird"
        r"|funny|tight|stiff|bad|wrong)\b|\b(tight|stiff|dodgy|bad|tweaky|funny) "
        rf"{_BODY}\b|\b{_BODY} (is |are )?(killing me|playing up|acting up|giving me grief"
        r"|not right|locked up|hurting)\b"
    )),
    (Topic.SWAP, re.compile(
        r"\b(swap|swapping|switch|switching|swop|trade|reschedule|rearrange|reorder|move|moving"
        r"|shift|shuffle)\b.*\b(session|sessions|workout|day|days|today|tomorrow|training|it"
        r"|monday|tuesday|wednesday|thursday|friday|saturday|sunday|gym|run|lift|around|with)\b"
        r"|\b(instead of|rather than|instead)\b"
        r"|\bdo (tomorrows|tomorrow|saturdays|sundays|mondays|tuesdays|wednesdays|thursdays"
        r"|fridays|the) ?(session|workout|training)? today\b"
        r"|\bdo (today|todays) ?(session|workout|training)? (tomorrow|later|tonight|on"
        r" \w+day)\b"
        r"|\b(only|just) (have|got|had|get) (about |like |around )?\d+ ?(minutes|min)?\b"
        r"|\b(only|just) \d+ ?(minutes|min)\b"
        r"|\bshort on time\b|\bno time\b|\b(not much|little|limited|less) time\b"
        r"|\b(short|shorter|quick|quicker|condensed|shortened) (version|session|workout)\b"
        r"|\bhalf an hour\b|\b(\d+|twenty|thirty|fifteen|ten) (minutes|min) (only|max|tops)\b"
        r"|\bcan i (do|train|lift|run) (it |this )?(later|tonight|this evening|in the evening"
        r"|tomorrow instead)\b"
        r"|\b(different|other) (day|exercise|session)\b|\bchange (the )?(day|order)\b"
        r"|\bcan i (do|go for) (a )?(run|swim|bike|cycle|ride|class|yoga|hike) instead\b"
        r"|\b(do|doing|have|move|train|run|lift) (mondays|tuesdays|wednesdays|thursdays|fridays"
        r"|saturdays|sundays|tomorrow|today|todays|this|the|my) (session|workout|training|run"
        r"|lift|gym) (on|today|tomorrow|instead|later|tonight)\b"
        r"|\b(session|workout|training) (to|on|for) (monday|tuesday|wednesday|thursday|friday"
        r"|saturday|sunday|tomorrow|another day|a different day)\b"
        r"|\bno (gym|equipment|weights|barbell)\b"
    )),
    (Topic.SKIP, re.compile(
        r"\b(skip|skipping|skipped)\b"
        r"|\b(take|have|need|want|get|can i have|could i have|should i have|do) (a |the )?rest"
        r" day\b|\brest day (today|instead)\b"
        r"|\b(day off|take (a |the )?(day|today|it) (off|easy)|take off today"
        r"|rest today|off today|have a rest|take a rest|a break today|take a break)\b"
        r"|\b(dont|do not|not) (feel|feeling) (like|up to) (training|train|working out|going"
        r"|lifting|running|the gym|it|exercising|doing)\b"
        r"|\bnot feeling it\b|\bno motivation\b|\bunmotivated\b|\bcant be bothered\b"
        r"|\bnot (up for|up to|in the mood for) (training|it|the gym|a workout|lifting|running"
        r"|the session|todays session|today)\b"
        r"|\b(dont|do not) want to (train|go|lift|run|work out|workout|exercise|do it)\b"
        r"|\bcan i (rest|not train|sit (this|today) out|bail)\b"
        r"|\b(too tired|exhausted|knackered|wrecked|shattered|drained) to (train|lift|run|go)\b"
        r"|\b(miss|missing) (today|todays|this|the) (session|workout|training)?\b"
        r"|\bdo i (have|need) to (train|do it|go)\b|\bok (if|to) i (dont|do not|rest)\b"
        r"|\b(ok|okay|fine|alright) to (rest|not train|take (a|the) day)\b"
        r"|\bsit (it|this|today) out\b|\bgive (it|today) a miss\b|\bcall it a day\b"
        r"|\b(cant|cannot|wont|not going to|unable to) (train|make it|go|do it|workout|work out"
        r"|lift|run|get to the gym)( today| tonight| this morning)?$"
    )),
)


# Coffee or a beer named in passing ("the cat knocked my coffee over") is not a question
# about caffeine or alcohol: those two need a word about having it, or about training/sleep.
_CONSUMED = re.compile(
    r"\b(drink|drinks|drank|drinking|had|have|having|has|much|many|too|ok|okay|fine|before"
    r"|after|sleep|sleeping|slept|train|training|workout|session|gym|lift|lifting|run|running"
    r"|affect|affects|cut|quit|limit|need|cup|cups|pint|pints|glass|glasses|cans|night"
    r"|tonight|last|should|bad|good|allowed|when|how|caffeine|alcohol|pre workout|preworkout"
    r"|energy drink|energy drinks|dose|doses|hangover|hungover|can i|is it|on|out|big|heavy"
    r"|few|lots|lot|any|weekend|party|wedding)\b"
)


def topics_of(words: str) -> list[Topic]:
    """Every topic whose pattern matches the canonical words, most specific first."""
    found = [topic for topic, pattern in _TOPICS if pattern.search(words)]
    if not _CONSUMED.search(words):
        found = [t for t in found if t not in (Topic.CAFFEINE, Topic.ALCOHOL)]
    return found


def topic_of(words: str) -> Topic | None:
    """The first topic that matches the canonical words, or None."""
    found = topics_of(words)
    return found[0] if found else None
