"""The coach's fixed wording for conversations (crisis texts live in core.safety.texts)."""

from __future__ import annotations

from core.checkin_fields import Field
from core.checkin_words import ANCHORS
from core.guidance import PRACTICE_DISCLAIMER

INTRO = (
    "Hi, I'm Rhythm Coach. Each morning I ask four quick 0-10 questions (sleep, arousal, "
    "recovery, mood), then give you the day's training session adjusted to how you are "
    "actually doing. I also nudge you to move during work hours and to wind down before bed.\n\n"
    "I'm a training coach, not a clinician or a crisis service. The programmes are "
    "practice-informed, not validated treatment protocols. If you're struggling, I'll point "
    "you to people who can help."
)
CONSENT_QUESTION = (
    "To coach you I need to store your check-in answers (health data), your settings and "
    "what I've advised. Only you see them unless you later join a team and choose to share. "
    "You can export or delete everything at any time with /export and /delete.\n\n"
    "Is it OK for me to store this?"
)
CONSENT_DECLINED = (
    "No problem: I haven't stored anything about you. If you change your mind, send /start."
)
CONSENT_GIVEN = "Thank you. A few quick settings; tap Skip on any of them to use the default."

ONBOARDING_QUESTIONS: dict[str, str] = {
    "timezone": "Which time zone are you in? Type your city (like London or New York), a zone "
                "name like Europe/London, or your country if it has one time zone (e.g. "
                "Ireland). Default: UTC.",
    "country": "Which country are you in? I use it to give you the right helpline if you ever "
               "need one. A name or two-letter code, like GB or Romania.",
    "programme": "Which programme? starter: 6-week starter, 3 strength + 2-3 easy aerobic days. "
                 "athlete: 12-week rolling plan for high training loads. rhythm: a Mon-Sun "
                 "week oscillating between lifting, running and recovery. Default: starter.",
    "wake": "What time do you usually wake up? e.g. 07:00. Default: 07:00.",
    "bed": "What time do you usually go to bed? e.g. 23:00. Default: 23:00.",
    "work": "What are your work hours on work days? e.g. 09:00-17:30. I'll nudge you hourly "
            "to break up sitting. Default: 09:00-17:00, Monday to Friday.",
    "mass": "Optional: your body mass (e.g. 72 kg), so I can give protein amounts per meal.",
}
ONBOARDING_DONE = (
    "All set. Send /checkin each morning (I'll also prompt you), or ask \u201cwhat's today's "
    "session?\u201d any time. /help lists everything; /set changes any setting."
)

_ASKED: dict[Field, str] = {
    Field.SLEEP: "How well did you sleep?",
    Field.AROUSAL: "How activated or keyed-up do you feel?",
    Field.RECOVERY: "How recovered do you feel?",
    Field.MOOD: "How is your mood?",
}
# The end words shown are the ones read as 0 and 10 when typed alone (core.checkin_words)
QUESTIONS: dict[Field, str] = {
    field: f"{asked} 0 = {ANCHORS[field].low}, 10 = {ANCHORS[field].high}."
    for field, asked in _ASKED.items()
}
ONE_LINE_HINT = "(Or answer all four in one line, like 6 7 5 8.)"
EXTRAS_QUESTION = (
    "Optional: resting heart rate, HRV (rMSSD) or how hard your last session felt (RPE 0-10)? "
    "Type e.g. rhr 54 hrv 62 rpe 7, or tap Skip."
)
REPLACE_QUESTION = "You've already checked in today. Replace today's answers with new ones?"
REPLACE_KEPT = "Okay, today's check-in stays as it was."
SAVED = "Check-in saved for {day}."
EXTRAS_ADDED = "Added to {day}'s check-in: {what}."
EXTRAS_SKIPPED = "Okay, no extras today. Your check-in is saved."
EXTRAS_GONE = "I can't find that day's check-in any more, so I couldn't add to it."
CONTINUE = "Let's carry on where you were."
CANCEL_QUESTION = "Stop this check-in? What you've answered so far today won't be saved."
CANCELLED = "Okay, I've stopped the check-in; nothing was saved. Send /checkin any time."
NOTHING_TO_CANCEL = "There's nothing to stop right now."
STOPPED = "Okay, I've left that question."
NO_SKIPPING = (
    "The four questions can't be skipped one by one: answer 0-10, or say stop to end the "
    "check-in."
)
UNREAD = "I didn't understand {words}, so I left {it} out."
KEPT = "I kept {values}."
WHICH_QUESTION = (
    "Which question is that for? Send all four in one line (sleep, arousal, recovery, mood), "
    "like 6 7 5 8, or label it: sleep 6."
)
NO_NUMBER = "I need a number from 0 to 10 for this one (or tap a button)."
CHECKIN_LAPSED = (
    "That check-in question has lapsed: a check-in belongs to its own day, so a new day "
    "starts clean and I haven't used that answer for today. Send /checkin to start today's, "
    "or all four numbers in one line, like 6 7 5 8."
)
# A check-in whose question lapsed with answers given (core/coach/unfinished.py)
UNFINISHED_SAVED = (
    "Your check-in for {day} wasn't finished, so I saved the answers you gave for that day: "
    "{values}. {rest}"
)
UNFINISHED_REST_TODAY = "Send /checkin to answer the rest."
UNFINISHED_REST_PAST = "The other questions stay blank for that day."
UNFINISHED_MERGED = (
    "Your check-in for {day} wasn't finished, so I added the answers you gave to what was "
    "already saved for that day: {values}."
)
UNFINISHED_NOT_REPLACED = (
    "You didn't say whether to replace {day}'s check-in, so it stays as it was; the answers "
    "you sent then ({values}) weren't used."
)
UNFINISHED_STOPPED = (
    "You asked to stop {day}'s check-in, so I didn't save the answers you had given "
    "({values})."
)
STALE_BUTTON = (
    "That button belongs to a question that's no longer open, so I haven't used it."
)
BAD_BUTTON = "That button doesn't carry an answer I offered, so I haven't used it."
NOTHING_PENDING = "There's no question waiting for a yes or no right now."

HELP = (
    "Here's what I understand:\n"
    "/checkin: the morning check-in (or answer in one line: 6 7 5 8); stop ends it\n"
    "/today: today's session (or ask \u201cwhat's today's session?\u201d; "
    "\u201cwhat about Saturday?\u201d works too)\n"
    "/tomorrow: tomorrow's session if nothing changes (or \u201cwhat should I do tomorrow?\u201d)\n"
    "/more: today's details: breathing picks, sleep and food (the More button too)\n"
    "/week: the week, one line a day\n"
    "Ask me about a deload, RPE, est. 1RM, Zone 2, HRV, skipping or swapping a session, "
    "being ill, travel, caffeine, alcohol, a niggle, or a missed session.\n"
    "/trend: a chart of your last 28 days against your usual range\n"
    "/set timezone Europe/London | country GB | programme starter|athlete|rhythm | "
    "wake 07:00 | bed 23:00 | work 09:00-17:30 | mass 72 | language es (safety texts)\n"
    "/pause [days], /resume: stop and restart my prompts\n"
    "/export: all your data as a file; /delete: remove everything\n"
    "/join CODE, /leave: join or leave a team; /team: your teams (coaches: /team create NAME "
    "in the team's group)\n\n"
    "I'm a training coach, not a clinician. " + PRACTICE_DISCLAIMER + " If things feel bad, "
    "please talk to a doctor or someone you trust; in an emergency call your local emergency "
    "number."
)
UNKNOWN = (
    "Sorry, I didn't catch that. I understand check-in answers (like 6 7 5 8), questions like "
    "\u201cwhat's today's session?\u201d or \u201cwhat's a deload?\u201d, and commands such as "
    "/checkin, /today, /week, /set and /help."
)
HELP_BEFORE_CONSENT = (
    f"{HELP}\n\nNothing is stored until you agree. Send /start to begin."
)
CONSENT_UNCLEAR = (
    "I need a plain yes or no to this before anything is stored. Tap Yes or No, or type it."
)
CONSENT_EXPIRED = (
    "That consent question is no longer open, so I haven't used the tap. Here it is again."
)
DELETE_EXPIRED = "That delete question has lapsed, so nothing was deleted. Send /delete again."
UNKNOWN_COMMAND = "I don't know the command {command}. Send /help to see what I understand."
GROUP_ONLY_TEAM = (
    "I keep personal coaching private. Message me directly to check in or see your session; "
    "in this group I only post the team digest."
)
DELETE_QUESTION = (
    "This removes everything I have about you: settings, every check-in, your history and "
    "team memberships. It can't be undone. Delete everything?"
)
DELETED = (
    "Done: everything about you has been deleted. If you ever want to start again, send /start."
)
DELETE_CANCELLED = "Okay, nothing was deleted."
# The confirmation dropped by a message that is no yes or no ("maybe", a question)
DELETE_DROPPED = "Nothing was deleted. Send /delete again if you want everything removed."
DELETE_TEAM_QUESTION = (
    "You coach {name} ({count}). A team needs a coach, so before I delete your data: hand "
    "{name} over to one of its members (they become its coach), or remove the team (its "
    "daily digest stops; members keep their own data)? Nothing is deleted until you've "
    "chosen for each team you coach. You can also type a member's name."
)
DELETE_TEAM_ALONE = (
    "You coach {name}, which has no other members. Remove the team along with your data? "
    "Nothing is deleted until you've chosen for each team you coach."
)
HAND_OVER_TO = "Hand over to {name}"
REMOVE_TEAM = "Remove the team"
HANDED_OVER = "{name} now has {to} as its coach."
TEAM_REMOVED = "The team {name} was removed."
YOU_COACH_NOW = (
    "You're now the coach of {name}: its previous coach deleted their data and handed the "
    "team to you. The invite code is {code}; /team shows the team and its settings."
)
PAUSED = "Paused: no prompts from me until {until}. /resume starts them again sooner."
RESUMED = "Welcome back: prompts are on again."
NOT_PAUSED = "You're not paused, so prompts are already on."
THANKS = "You're welcome. Ask \u201cwhat's today's session?\u201d any time."
GREETING = (
    "Hi {name}. Send /checkin for the morning check-in or ask \u201cwhat's today's session?\u201d."
)
EMPTY_TREND = "No check-ins yet, so there's nothing to chart. Send /checkin to start."
