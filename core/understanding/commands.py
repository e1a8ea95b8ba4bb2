"""Commands typed with a slash or in words: "/pause 3", "pause for 3 days", "yes", "stop".

A command in words is the whole message (politeness aside): "skip" and "skip this" are the
command, "can I skip today?" is a question (core.understanding.topics).
"""

from __future__ import annotations

import re

from core.understanding.model import Command, Name

_POLITE = re.compile(
    r"^((ok|okay|hey|hi|please|so|um|uh|oh|well|just|coach|can you|could you|would you|will you"
    r"|i want to|i wanna|i would like to|id like to|lets|let us|i need to|i need|now|yes"
    r"|then|and|right|ah|hmm|actually|wait|no|oh no|sorry|nah|nvm|nope|im back|i am back"
    r"|i want|i would like|id like) )+"
    r"|( (please|now|then|thanks|thank you|coach|pls|for me|mate|x|ok|okay|asap|ta|that|this"
    r"|it|them|those|those ones|these|for now|for today|today|again))+$"
)
_NUMBER_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "fourteen": 14, "couple": 2, "few": 3, "fortnight": 14,
}  # fmt: skip
_SPAN = re.compile(
    r"\b(?P<n>\d{1,3}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|fourteen|couple"
    r"|few)?\s?(of )?(?P<unit>days|day|weeks|week|fortnight|months|month)\b"
)

_YES_WORD = (
    r"y|yes|yeah|yea|yep|yup|ya|yah|sure|ok|okay|k|kk|okey|alright|aye|absolutely|of course"
    r"|definitely|certainly|correct|confirm|confirmed|agree|i agree|agreed|go ahead|do it"
    r"|sounds good|please do|yes please|sure thing|thats fine|that is fine|fine|fine by me"
    r"|go for it|affirmative|yes it is|thats ok|ok go|lets go|why not|yes do it|happy to"
    r"|no problem|sounds fine|works for me|oui|si|sí|ja|sim|tak|da|да|так"
)
"""One word or phrase of a yes; a yes is one or more of them ("sure why not")."""

_FORMS: tuple[tuple[Name, re.Pattern[str]], ...] = (
    (Name.CANCEL, re.compile(
        r"^(cancel|stop|quit|exit|abort|end|halt|nevermind|never mind|nvm|nm|forget it|forget that"
        r"|scrap (it|that|this)|stop it|stop this|stop that|i want to stop|enough)"
        r"( (the |this |my |that )?(check ?in|checkin|questions|question|it|this|that|now))?$"
        r"|^(cancel|stop|quit|end|abort) (the |this |my )?(check ?in|checkin|morning check ?in)"
        r"$"
    )),
    (Name.PAUSE, re.compile(
        r"^(pause|snooze|mute|silence)( (the |my |all |your )?(reminders|prompts|messages"
        r"|notifications|checkins|check ins|coaching|everything|it|me|you|the bot))?"
        r"( (for|until|till|til) .+| \d+( days?| d)?)?$"
        r"|\b(pause|snooze|mute)\b.*\b(for|until|till) .+"
        r"|^(stop|no more|turn off|switch off|hold off|hold off on|take a break from|break"
        r" from|quiet) (the |my |all |your )?(reminders|prompts|messages|notifications"
        r"|pings|nudges|texting me|messaging me|sending me)( .*)?$"
        r"|^(take a break|a break|time off|break)( from (the |my )?(reminders|prompts|messages"
        r"|notifications|coaching|you))? for .*\b(days?|weeks?|fortnight|months?)$"
        r"|^(leave me alone|give me a break)( .*)?$"
    )),
    (Name.RESUME, re.compile(
        r"^(resume|unpause|un pause|unmute|restart|start again|continue|im back|back again"
        r"|i am back)( (me|it|everything|the bot|coaching|the coaching|(the |my )?(reminders"
        r"|prompts|messages|notifications|coaching|checkins|check ins)))?$"
        r"|^(turn|switch|put) (the |my )?(reminders|prompts|notifications|messages) (back )?on"
        r"( again)?$"
        r"|^(start|restart|turn on|switch on|begin) (sending |the |my )?(me )?(the )?(reminders"
        r"|prompts|notifications|messages|nudges)( again| back)?$"
    )),
    (Name.CHECKIN, re.compile(
        r"^((start|do|begin|start the|do the|do my|start my|begin my|time for|time for my"
        r"|ready for|ready for my|new|morning|log|log my|record|record my) )?(a |the |my )?"
        r"(check ?in|checkin|morning check ?in|morning questions|daily check ?in|ratings)$"
        r"|^(log|record) (my |todays |today )?(scores|numbers|ratings|day|morning)$"
        r"|^(lets|let us|i want to|can we|can i|could we|shall we|ill|i will)( do)?( the| a| my)?"
        r" check ?in( now)?$"
    )),
    (Name.TREND, re.compile(
        r"^((show|send|give|see|view|get|display) (me )?)?(my |the |a )?(trend|trends|chart"
        r"|graph|progress|history|stats|statistics)( chart| graph)?( (over|for|from|of|in) .+)?$"
        r"|^how am i (trending|doing over time)$"
    )),
    (Name.EXPORT, re.compile(
        r"^((can|could|how do|how can) i )?(export|download|send me|give me|get|have)"
        r"( a copy of)?( all)? (my |all my |of my |the"
        r" )?(data|info|information|stuff|records|check ?ins|history)( (as|in) (a |an )?(csv"
        r"|file|json|spreadsheet|export|download)| you have( on me| about me)?)?$"
        r"|^export( (my |all my )?(data|everything))?$|^(my|all my) data$"
        r"|^what (data )?do you (store|keep|have)( about me)?$"
    )),
    (Name.DELETE, re.compile(
        r"^(delete|erase|remove|wipe|forget|purge)( all)? (my |all my |of my )?(data|account"
        r"|everything|info|information|history|records|me|stuff|profile)( (you have|you hold"
        r"|you store|you keep)( (on|about) me)?| (on|about) me)?$|^delete$|^forget me$"
        r"|^delete (my )?(account|profile)$"
    )),
    (Name.MORE, re.compile(
        r"^(more|more please|tell me more|more detail|more details|more info|details"
        r"|full details|the details|show more|expand|explain more|in detail|give me more"
        r"|full session|full plan|more on (that|this|the session|today)|whole session"
        r"|see more|read more)$"
        r"|^(more|full|further|extra) (detail|details|info|information|explanation) (on|about"
        r"|for|of) (that|this|it|the session|today|the workout|the plan|(today|todays|the|my)"
        r" (session|workout|plan|training))$"
    )),
    (Name.HELP, re.compile(
        r"^(help|help me|\?|what can you do|what do you do|commands|menu|how does this work"
        r"|how do i use this|how do you work|options|instructions|what can i (say|ask|type)"
        r"|how (does|do) (this|the|you|it) ?(bot|thing|app|coach|work|works)? ?(work)?"
        r"|how do i use (you|this|the bot|the app|this bot|it)"
        r"|i need help|info|about)$"
    )),
    (Name.SKIP, re.compile(
        r"^(skip|skip it|skip this|skip that|skip this one|skip those|skip them|skip these"
        r"|skip (the )?(extras|optional|optional ones|extra questions|rest)|pass|next|none"
        r"|nothing|no extras"
        r"|n/?a|na|not today|not this time|dont have (it|them|any|one|a watch|that)"
        r"|no (data|watch|numbers|idea)|dunno|idk|i dont know|not sure|default|defaults"
        r"|use (the )?default|leave it|later|skip for now|-)( today| thanks| for now| this time)?$"
    )),
    (Name.YES, re.compile(
        rf"^({_YES_WORD})([ ,]+({_YES_WORD}))*$"  # "sure why not", "yeah go ahead", "ok sure"
        r"|^(yes please delete"
        r"|yes (delete|remove|wipe)( it| everything| it all| all| all of it| my data)?"
        r"|yes (stop|stop it|replace|replace it))$"
    )),
    (Name.NO, re.compile(
        r"^(n|no|nope|nah|na|no thanks|no thank you|not now|dont|do not|no way|negative"
        r"|not really|rather not|id rather not|no dont|please dont|no keep it|keep it"
        r"|no (carry on|continue|keep going|go on)|no keep (it|them|my data))$"
    )),
    (Name.THANKS, re.compile(
        r"^(thanks|thank you|cheers|ta|much appreciated|appreciate it|great thanks|ok thanks"
        r"|thanks a lot|thanks so much|thank you so much|many thanks|thanks coach|nice one"
        r"|brilliant thanks|perfect thanks|legend|ty|tyvm|thanks mate|awesome thanks)$"
    )),
    (Name.GREETING, re.compile(
        r"^(hi|hello|hey|hiya|heya|howdy|yo|sup|hey there|hi there|hello there|good morning"
        r"|morning|good afternoon|afternoon|good evening|evening|gm|hey coach|hi coach"
        r"|hello coach|greetings|whats up|hows it going|how are you|hows you|hey hey"
        r"|how are you doing|how are you today|how are you doing today|hows your day)$"
    )),
)

_EMOJI_ANSWERS = {"\U0001f44d": Name.YES, "\U0001f44e": Name.NO, "\u2705": Name.YES,
                  "\u274c": Name.NO, "\U0001f64f": Name.THANKS, "\U0001f44b": Name.GREETING}


def command_in_words(words: str, raw: str = "") -> Command | None:
    """The command a whole message gives, from canonical words (and the raw text for emoji)."""
    if not words:
        name = next((n for e, n in _EMOJI_ANSWERS.items() if e in raw), None)
        return None if name is None else Command(name)
    for core in dict.fromkeys((words, _POLITE.sub("", words).strip() or words)):
        for name, pattern in _FORMS:
            if pattern.search(core):
                days = pause_days(core) if name is Name.PAUSE else None
                return Command(name, days)
    return None


def pause_days(words: str) -> int | None:
    """Days in "for 3 days", "a week", "two weeks", "a fortnight"; None when none is given."""
    match = _SPAN.search(words)
    if match is None:
        found = re.search(r"\b(\d{1,3})\b", words)
        return int(found.group(1)) if found else None
    count_text = match.group("n") or "1"
    count = int(count_text) if count_text.isdigit() else _NUMBER_WORDS[count_text]
    unit = match.group("unit")
    per = 7 if unit.startswith("week") else 14 if unit == "fortnight" else 30 if unit.startswith(
        "month") else 1
    return count * per
