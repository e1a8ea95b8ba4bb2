"""Someone who cannot be woken after taking pills: "my friend took a whole bottle of pills and
i can't wake him", "tomó pastillas y no despierta", "не просыпается", "nie mogę go
dobudzić", "non si sveglia".

A possible overdose, now: the emergency text goes first (`emergency.is_medical_emergency`),
and it is someone else at risk (`someone_else`), so the writer is not asked about their own
life. Pills alone ("my son won't wake up for school") or not waking alone are neither: both
must be said, within `NEAR` characters of each other, in either order. Read on the
normalised text (`normalise`), in the 11 languages.
Pure: the standard library only, no clock, no I/O.
"""

from __future__ import annotations

import re

# what was taken (and the taking, so a span about it covers "took a whole bottle of")
PILLS = (
    r"(?:(?:took|taken|swallowed|downed|has taken|ate)\b.{0,60}?\b)?"
    r"(?:pills|tablets|meds|medication|paracetamol|tylenol|painkillers|overdos\w*|"
    r"pastillas|pastis|medicamentos|sobredosis|pastiglie|pillole|farmaci|compresse|"
    r"sovradosaggio|comprimidos|rem[eé]dios|p[ií]lulas|overdose|comprim[eé]s|m[eé]dicaments|"
    r"cachets|tabletten|medikamente|[uü]berdosis|pillen|medicijnen|tabletki|tabletek|leki|"
    r"lek[oó]w|lekami|prochy|przedawkowa\w*|pastile|pastilele|medicamente|tablete|"
    r"supradoz\w*|таблет\w*|лекарств\w*|снотворн\w*|пилюл\w*|передоз\w*|пігул\w*|ліки|ліків|"
    r"снодійн\w*)"
)
# not waking or not responding, said of someone else
NOT_WAKING = (
    r"(?:(?:cant|can not|cannot|couldnt) (?:wake|get) (?:him|her|them)(?: up)?"
    r"|(?:he|she|they)(?: s| is| are)? (?:wont|will not|isnt|is not|not|arent) (?:wake|waking)"
    r"(?: up)?|(?:isnt|is not|not|arent) (?:responding|breathing)"
    r"|no (?:se )?despierta|no (?:puedo|consigo|logro) despertarl[oa]|no reacciona"
    r"|ne se r[eé]veille (?:pas|plus)|narrive pas [aà] (?:le|la) r[eé]veiller"
    r"|ne r[eé]agit (?:pas|plus)"
    r"|wacht nicht (?:mehr )?auf|wird nicht (?:mehr )?wach|(?:kriege|krieg|bekomme) (?:ihn|sie) "
    r"nicht (?:mehr )?wach|nicht (?:mehr )?ansprechbar|reagiert nicht"
    r"|non si sveglia|non riesco a svegliarl[oa]|non reagisce"
    r"|n[aã]o acorda|n[aã]o consigo acord[aá] l[oa]|n[aã]o reage"
    r"|wordt niet (?:meer )?wakker|krijg (?:hem|haar) niet (?:meer )?wakker|reageert niet"
    r"|nie (?:mog[eę]|moge|możemy|mozemy) (?:go|jej) (?:do)?budzi[cć]|nie budzi si[eę]"
    r"|nie reaguje"
    r"|nu se trez(?:ește|este)|nu (?:[iî]l|o) (?:pot|putem) trezi|nu reac(?:ț|t)ioneaz[aă]"
    r"|не просыпается|не (?:могу|можем|получается) (?:его|её|ее) разбудить|не реагирует"
    r"|не приходит в себя"
    r"|не прокидається|не (?:можу|можемо) (?:його|її) розбудити|не реагує"
    r"|не приходить до тями)"
)
NEAR = 80  # characters between the pills and the not waking
# "can't wake him up for school": waking late, not an overdose
_ORDINARY = r"(?! (?:for|early|in time|on time|before|in the morning))"
CANNOT_BE_WOKEN = (
    rf"\b{PILLS}\b.{{0,{NEAR}}}?\b{NOT_WAKING}\b{_ORDINARY}"
    rf"|\b{NOT_WAKING}\b{_ORDINARY}.{{0,{NEAR}}}?\b{PILLS}\b"
)
_CANNOT_BE_WOKEN_RE = re.compile(CANNOT_BE_WOKEN)


def cannot_be_woken_after_pills(words: str) -> bool:
    """The normalised `words` say someone took pills and cannot be woken or does not respond."""
    return _CANNOT_BE_WOKEN_RE.search(words) is not None
