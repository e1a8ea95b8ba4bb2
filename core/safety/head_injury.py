"""A fall with a head injury now, and a fainting told without "I": "passed out in the shower
after my run and hit my head", "hit my head and keep throwing up", "me golpeé la cabeza y
estoy confundido", "uderzyłem się w głowę i wymiotuję", "fainted at the gym".

A possible medical emergency: the emergency text goes first (`emergency.is_medical_emergency`;
a fresh attacker's G10: the shower fall got the suicide ask band's question, because the
fainting patterns wanted "i passed out"). The kind:
- a fainting said without the pronoun, as English drops it, at the start of the message or
  of a clause, told as now ("passed out in the shower just now", "fainted at the gym today",
  "blacked out on the bike, still on the floor", "just collapsed mid run"); not sleep or
  drink ("passed out on the sofa", "passed out at 9pm", "blacked out again saturday"), not
  "almost passed out from that WOD" (not a clause start), not a time-less story ("fainted in
  the sauna cutting weight, made weight tho": 24 training rows);
- a head injury ("hit my head", "head injury", "concussion", "knocked out") with, elsewhere
  in the message, confusion, vomiting or a fainting, in the 11 languages.
Told as over (yesterday, last week: `emergency.BEFORE`) neither is read as now; the caller
checks. Normalised text (`normalise`).
Source: seed 000, "Escalation Criteria" (a medical emergency: collapse, head injury).
Pure: the standard library only, no clock, no I/O.
"""

from __future__ import annotations

import re

from core.safety.phrases import any_phrase

_FAINT = r"(?:just )?(?:collapsed|fainted|passed out|blacked out)"
_SLEEP_OR_DRINK = (
    r"(?! (?:on|onto|into|in) (?:the |my )?(?:sofa|couch|bed)| asleep| laughing| drunk| at \d"
    r"| for \d| early| after (?:dinner|the party|a few|drinks|work))(?!\w)"
)
_FAINTED_BARE = re.compile(
    r"(?:^|\. |(?<!\w)just )" + _FAINT + _SLEEP_OR_DRINK
    # "got home and passed out" is sleep: after "and" or "then", only with a place
    + r"|(?<!\w)(?:and|then) " + _FAINT + r"(?= (?:in|at|on|during|mid|while|halfway) )"
    + _SLEEP_OR_DRINK
    + r"|(?<!\w)(?:je )?me suis (?:évanoui|evanoui)e?(?!\w)"
    + r"|(?<!\w)ben (?:net |zojuist )?flauwgevallen(?!\w)"
)
# without "I", only told as now: "blacked out again saturday" (drink), "fainted in the sauna
# cutting weight, made weight tho" (over) are not
_NOW = re.compile(
    r"(?<!\w)(?:just|(?<!fine )(?<!good )(?<!ok )(?<!okay )(?<!better )(?<!alright )now|today"
    r"|tonight|this (?:morning|afternoon|evening)|earlier today"
    r"|(?:a )?(?:few |couple of )?(?:mins?|minutes|moments?|seconds) ago|\d+ (?:mins?|minutes) ago"
    r"|(?<!woke up )(?<!came round )(?:still )?on the floor)(?!\w)"
)


def fainted_now_without_i(words: str) -> bool:
    """A fainting told without the pronoun, now ("passed out in the shower just now")."""
    return _FAINTED_BARE.search(words) is not None and _NOW.search(words) is not None


HEAD = any_phrase(
    r"(?:hit|banged|smacked|bashed|cracked|bumped) my head", r"head injury",
    r"knocked (?:myself |me )?out", r"concuss\w*", r"(?:landed|fell) on my head",
    r"my head (?:hit|smashed into|slammed (?:into|on)) the",
    r"me (?:golpe[ée]|pegu[ée]) (?:en )?la cabeza", r"me di (?:un golpe en|con) la cabeza",
    r"golpe (?:fuerte )?en la cabeza", r"conmoci[óo]n", r"traumatismo craneal",
    r"kopf (?:\w+ ){0,3}(?:angeschlagen|gesto[ßs]en|aufgeschlagen|aufgeknallt)",
    r"gehirnersch[üu]tterung", r"kopfverletzung", r"auf den kopf gefallen",
    r"(?:me suis )?cogn[ée]e? la t[êe]te", r"coup (?:à|a|sur) la t[êe]te", r"commotion",
    r"tap[ée]e? la t[êe]te", r"tomb[ée]e? sur la t[êe]te", r"traumatisme cr[âa]nien",
    r"bati (?:com )?a cabe[çc]a", r"pancada na cabe[çc]a", r"concuss[ãa]o",
    r"ca[íi] de cabe[çc]a", r"traumatismo craniano",
    r"(?:battuto|sbattuto) (?:forte )?la testa", r"botta (?:in|alla) testa",
    r"commozione cerebrale", r"trauma cranico",
    r"hoofd (?:\w+ ){0,2}gestoten", r"met (?:mijn|mn) hoofd (?:op|tegen)", r"hersenschudding",
    r"hoofdletsel", r"op (?:mijn|mn) hoofd gevallen",
    r"uderzy[łl]\w* (?:si[ęe] )?(?:w )?g[łl]ow[ęa]", r"uderzenie w g[łl]ow[ęe]",
    r"wstrz[ąa]s\w* m[óo]zgu", r"uraz g[łl]owy", r"upad[łl]\w* na g[łl]ow[ęe]",
    r"m am lovit (?:\w+ )?la cap", r"lovit (?:la|[îi]n) cap", r"lovitur[ăa] la cap",
    r"como[țt]i\w*", r"traumatism cranian", r"am c[ăa]zut (?:\w+ )?(?:[îi]n|pe) cap",
    r"удари?л\w* (?:\w+ )?головой", r"удар по голове", r"сотрясени\w*",
    r"черепно мозгов\w*", r"упал\w* на голову", r"разбил\w* голову",
    r"(?:вдари|удари)\w* (?:\w+ )?головою", r"удар по голові", r"струс\w* мозку",
    r"забил\w* голову", r"забив\w* голову", r"впа\w* на голову",
)
# confusion, vomiting or a fainting beside the head injury
AFTER = any_phrase(
    r"confused|confusion|disorient\w*|dont know where i am|cant remember (?:anything|what|how)",
    r"(?:threw|throwing|thrown) up|vomit\w*|(?:being|been|was) sick|passed out|fainted",
    r"blacked out|lost consciousness|unconscious|collapsed|out cold",
    r"vomit\w*|confundid[oa]|desorientad[oa]|no s[ée] d[óo]nde estoy|desmay\w*",
    r"perd[ií] el conocimiento|inconsciente",
    r"erbroch\w*|erbreche\w*|[üu]bergeb\w*|gekotzt|kotze|verwirrt|desorientiert|bewusstlos",
    r"ohnm[äa]chtig|umgekippt",
    r"vomi\w*|confus[e]?|d[ée]sorient[ée]e?|perdu connaissance|[ée]vanoui\w*|inconscient\w*",
    r"confus[oa]|desorientad[oa]|desmai\w*|apaguei|perdi (?:a )?consci[êe]ncia",
    r"disorientat[oa]|svenut[oa]|perso (?:i sensi|conoscenza)|incosciente",
    r"overgegeven|overgeven|moet spugen|gespuugd|braken|verward|gedesori[ëe]nteerd",
    r"flauwgevallen|bewusteloos",
    r"wymiot\w*|zwymiotowa[łl]\w*|rzyga\w*|zdezorientowan\w*|spl[ąa]tan\w*",
    r"nie wiem gdzie jestem|zemdla[łl]\w*|straci[łl]\w* przytomno[śs][ćc]|nieprzytomn\w*",
    r"am v[ăa]rsat|confuz\w*|dezorientat\w*|le[șs]inat|mi am pierdut cuno[șs]tin[țt]a",
    r"incon[șs]tient\w*",
    r"рв[её]т|вырвало|рвота|стошнило|спутанн\w*|не понимаю где я|потерял\w* сознание",
    r"в обморок|вырубил\w*|отключил\w*",
    r"блюю|вирвало|блювот\w*|сплутан\w*|не розумію де я|знепритомні\w*",
    r"втрати\w* свідомість|вирубив\w*|відключив\w*",
)


def head_injury_now(words: str) -> bool:
    """The normalised `words` tell of a head injury with confusion, vomiting or a fainting
    elsewhere in the message ("knocked out" is not both)."""
    rest, injuries = HEAD.subn(" . ", words)
    return injuries > 0 and AFTER.search(rest) is not None
