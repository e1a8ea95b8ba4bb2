"""Someone else at risk of suicide: "my friend is talking about killing himself".

A ninth attacker (2026-12-01, fifth session): "my friend is talking about killing himself"
and "my teammate just told me she wants to kill herself, what do i do" got "Sorry, I didn't
catch that". The person writing is not the one at risk, so the direct question about their
own life does not fit; the crisis text does ("If you or anyone else is in danger right now,
call ..."; the country's line, which also advises people worried about someone). The flow
sends it first, with no question (`core.coach.safety_flow`). Read on the normalised text
(`normalise`), in the 11 languages; a figure ("my coach will kill himself laughing") is
not matched. Source: seed 000, "Escalation Criteria".

The kinds: someone close (a friend, teammate, girlfriend, son, mother, training partner...)
and their suicide; a telling in the third person ("she just told me she wants to kill
herself"; the other languages in `someone_else_languages.py`); an overdose taken; someone
who took pills and cannot be woken (`not_waking.py`). Beside it, the writer's own risk:
"so do i" (`says_writer_too`), or what the rules read once the words about the other
person are blanked (`about_the_writer`).
"""

from __future__ import annotations

import re

from core.safety.normalise import normalise
from core.safety.not_waking import CANNOT_BE_WOKEN
from core.safety.someone_else_languages import LANGUAGE_PATTERNS

_OTHER = (
    r"(?:friend|mate|teammate|team mate|buddy|bestie|bff|best friend|brother|sister|son|daughter|"
    r"girlfriend|boyfriend|gf|bf|partner|husband|wife|dad|mum|mom|cousin|roommate|flatmate|"
    r"athlete|client|kid|mother|father|stepmum|stepmom|stepdad|uncle|aunt|niece|nephew|grandma|"
    r"grandad|grandpa|granny|twin|bro|sis|classmate|colleague|coworker|co worker|neighbou?r|"
    r"training partner|training buddy|clubmate|club mate|squad mate|squadmate|housemate|ex|"
    r"fiancee?|student|player)"
)
_MY = r"(?:my|our|one of my|one of our) (?:\w+ )?"  # "my little brother", "one of my athletes"
_NOT_A_FIGURE = r"(?! (?:after|during|of|on|from|laughing|for|when|in|at)\b)"
_THEIR_DEATH = (
    r"(?:kill(?:ing)? (?:himself|herself|themselves|themself)|suicid\w*|end(?:ing)? (?:his|her|"
    r"their) (?:own )?life|end(?:ing)? it(?: all)?|take (?:his|her|their) (?:own )?life|"
    r"(?:wants?|wanting) to die" + _NOT_A_FIGURE + r"|want(?:s|ed)? to be dead|"
    r"hang(?:ing)? (?:himself|herself)|"
    # an eleventh attacker: "says hes taking them all tonight", "saying shes going to end it",
    # "keeps saying he wishes he was dead" got the writer's own question
    r"(?:wish(?:es|ed)?|wishing) (?:he|she|they) (?:was|were) dead|(?:taking|take|swallow\w*) "
    r"them all|(?:hes|shes|theyre|he is|she is|they are) going to end it|"
    # "says hes going to jump off the multi storey tonight" (a twelfth attacker)
    r"(?:going to|gonna) (?:jump off|jump from|throw (?:himself|herself) off|hang (?:himself|"
    r"herself)))"
)
_SAYS = (
    r"(?:is|keeps|has been|was|been|just|always|)(?: )?(?:talking|talks|talked|saying|says|said|"
    r"told me|texted|posting|posted|thinking|threatening|threatened|planning|going|trying|tried|"
    r"wants?|wanting)"
)
_HE = r"(?:(?:he|she|they)(?: is| are| has| was| had| just)?|hes|shes|theyre|theyve)"
_PATTERNS = (
    rf"\b{_MY}{_OTHER}s?\b(?: \w+){{0,9}}? {_SAYS}\b.{{0,40}}?\b{_THEIR_DEATH}\b",
    # self-harm seen: "my teammate has been cutting herself"
    rf"\b{_MY}{_OTHER}s?\b(?: \w+){{0,3}}? (?:is|has been|keeps|been|started|s) (?:cutting|"
    r"hurting|harming|burning) (?:himself|herself|themselves|themself)\b",
    rf"\b{_MY}{_OTHER}s?\b(?: \w+){{0,3}}? (?:is|s) suicidal\b",
    rf"\b{_MY}{_OTHER}\b(?: \w+){{0,3}}? (?:wants?|wanted|keeps wanting) to (?:die|be dead)\b"
    + _NOT_A_FIGURE,
    # told in the third person: "she just told me she wants to kill herself"
    rf"\b{_HE}(?: \w+){{0,2}}? (?:told|texted|messaged|said|says|keeps saying|admitted|"
    rf"confessed)\b(?: to)?(?: me| us)?(?: that)? {_HE} (?:wants?|going|planning|plans|tried|"
    r"thinking about|been thinking about|thinks about|might|will|would)(?: to)? (?:kill(?:ing)? "
    r"(?:himself|herself|themselves|themself)|end(?:ing)? (?:his|her|their) (?:own )?life|take "
    r"(?:his|her|their) (?:own )?life|(?:commit )?suicide|die\b" + _NOT_A_FIGURE + ")",
    # an overdose taken: "my friend took a whole bottle of pills" (the rules' "method" reads
    # the words, but the method is the friend's)
    rf"\b{_MY}{_OTHER}\b(?: \w+){{0,3}}? (?:took|has taken|swallowed|downed) (?:a |an )?"
    r"(?:whole (?:box|bottle|pack|packet|strip|blister|tub|jar) of|handful of|too many|overdose)",
    # someone who took pills and cannot be woken, in the 11 languages
    CANNOT_BE_WOKEN,
    # a goodbye texted (a tenth attacker's "mate texted me goodbye, not answering" got the
    # abuse lines and "Are you safe right now?")
    rf"\b{_OTHER} (?:just )?(?:texted|messaged|sent|wrote) (?:me )?(?:a )?(?:goodbye|bye forever|"
    r"a goodbye (?:text|message)|a suicide note)\b",
    # the other languages: someone close and their suicide; told in the third person
    *LANGUAGE_PATTERNS,
)
_SOMEONE_ELSE_RE = re.compile("|".join(_PATTERNS))
# figures, and talk about suicide that is no one's risk (a prevention run, a film)
_FIGURE_RE = re.compile(
    r"\b(?:laughing|of laughter|de risa|de rire|vor lachen|dal ridere|pr[eé]ven\w*|pr[aä]vention|"
    r"(?:calls me|mappelle|me llama|nennt mich|mi chiama) (?:\w+ )?suicid\w*|"  # a nickname
    r"awareness|charity|film|movie|book|series|documentar\w*|sprints?|"
    # jumps for sport or fun ("going to jump off the high board at the pool lol")
    r"high board|diving board|diving|bungee|parachute|skydiv\w*|cliff jump\w*|into the "
    r"(?:water|lake|sea|river|pool))\b"
    # a death by suicide told (grief, not a risk now: the concern rules read it)
    r"|\b(?:se suicid\w*[oó]|sest suicid\w*|se suicidou|si [eè] suicidat\w*|"
    r"hat sich \w* ?umgebracht|pleegde zelfmoord|pope[lł]ni[lł]\w* samob[oó]j\w*|s a sinucis|"
    r"покончил\w* с собой|покінчи(?:в|ла) (?:з|із) собою|died by suicide|committed suicide|"
    r"killed (?:himself|herself))\b"
)


WRITER_TOO = "someone-else-and-the-writer-too"  # the `Finding.rule` the flow gives it
# the writer, beside it, says it of themselves in so many words: "and honestly so do i"
# (no rule reads that alone); said in full ("i want to die too") the rules read it
_WRITER_TOO_RE = re.compile(
    r"(?:^|\. |\b(?:and|but|honestly|tbh|ngl|lowkey|lol|haha) )(?:so do i|so am i|me too|"
    r"me as well|i do too|i do as well|same here|same for me|same|i (?:want|feel|think) "
    r"(?:the same|that too|it too)|i feel the same(?: way)?)(?= \.|$)"
    r"|\bi feel the same(?: way)?\b|\bi (?:want|think about it|feel like it) too\b"
    r"|(?:^|\. |\b(?:y|et|und|e|en|i|и|і|și|si) )(?:yo tambi[eé]n|a m[ií] tambi[eé]n|moi aussi|"
    r"ich auch|mir auch|anche io|anchio|pure io|eu tamb[eé]m|ik ook|ja te[zż]|ja r[oó]wnie[zż]|"
    r"(?:și|si) eu|eu la fel|я тоже|мне тоже|я теж|я також|мені теж)(?= \.|$)"
)


def says_someone_else_at_risk(text: str) -> bool:
    """`text` says a friend, teammate or family member talks of, plans or tried suicide."""
    words = normalise(text)
    return bool(_SOMEONE_ELSE_RE.search(words)) and not _FIGURE_RE.search(words)


def says_writer_too(text: str) -> bool:
    """Beside someone else at risk, the writer says "so do i", "me too" ("moi aussi", "я
    тоже"): their own risk, in words no rule reads alone."""
    words = normalise(text)
    return says_someone_else_at_risk(text) and bool(_WRITER_TOO_RE.search(words))


def about_the_writer(text: str) -> str:
    """The normalised text with what it says of someone else at risk blanked: what is left is
    about the writer ("my friend took a whole bottle of pills" names a method, but not theirs;
    "... and i want to die too" is theirs)."""
    return _SOMEONE_ELSE_RE.sub(" . ", normalise(text))
