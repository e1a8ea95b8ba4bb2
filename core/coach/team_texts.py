"""The coach's fixed wording for teams: creating, joining, leaving, coach settings."""

from __future__ import annotations

TEAM_USAGE = (
    "Team commands:\n"
    "/team: your teams\n"
    "/team create NAME: in the group or channel where the daily digest should go\n"
    "/team digest HH:MM [TEAM]: when the digest comes (coach only)\n"
    "/team mention on|off [TEAM]: @-mention who hasn't checked in (coach only)\n"
    "/join CODE, /leave [TEAM]: join or leave a team"
)
START_PRIVATELY = (
    "To create or join a team, first message me privately and send /start, so I can set you "
    "up (nothing about you is stored until you agree)."
)
CREATE_WHERE = (
    "Create the team where its daily digest should go: type /team create NAME in that "
    "Telegram group, or /coach team create NAME in that Slack channel."
)
CREATE_USAGE = "Give the team a name: /team create NAME, e.g. /team create Morning Rowers."
ALREADY_BOUND = "This chat already has a team: {name}. /team shows it."
CREATED = (
    "Team {name} created, and you are its coach.\n"
    "Invite code: {code}\n"
    "To join, each member sends /join {code} to me in a private chat (on Slack: a direct "
    "message to the app, or /coach join {code}). They choose what you see: readiness status "
    "only, or full scores too; safety flags only if they say yes.\n"
    "The daily digest comes here at {time} ({zone}). Change it with /team digest HH:MM; "
    "turn @-mentions of who hasn't checked in on with /team mention on."
)
NO_TEAMS = (
    "You're not in a team. Join one with /join CODE (your coach has the code); coaches create "
    "one with /team create NAME in their group or channel."
)
NO_TEAM_HERE = "No team is bound to this chat yet. A coach can create one with /team create NAME."
JOIN_IN_PRIVATE = (
    "To join, send /join CODE to me in a private chat, so your choices stay between us."
)
JOIN_USAGE = "Send /join with the invite code your coach gave you, like /join ABCD2345."
UNKNOWN_CODE = (
    "I don't know the invite code \u201c{code}\u201d. Please check it with your coach; codes "
    "are 8 letters and digits, like ABCD2345."
)
ALREADY_COACH = "You're the coach of {name} already, so there's nothing to join."
SCORES_QUESTION = (
    "You're joining {name}. What may its coach see in the daily team digest?\n"
    "Readiness status only (green, amber or red: the default), or your full scores too "
    "(your four 0-10 answers and which markers moved)?"
)
SAFETY_QUESTION = (
    "If I ever advise you to seek clinical support, may the coach of {name} know that I did? "
    "Only that, and the date: never your words or answers. Default: No."
)
JOINED = (
    "You've joined {name}. The coach sees: {scores}; safety flags: {safety}. "
    "Send /join {code} again to change this, or /leave {name} to leave."
)
CHANNEL_LOST_TELEGRAM = (
    "I can't post the daily digest of {name} in its group any more: Telegram says I was "
    "removed from the group or may not write there. I've paused the digest there; safety "
    "notes still come to you here.\n"
    "To fix it: add me to the group again (and let me send messages), then send /team in "
    "the group. The digest starts again from the next one."
)
CHANNEL_LOST_SLACK = (
    "I can't post the daily digest of {name} in its channel any more: Slack says the channel "
    "was archived or deleted, or I'm not in it. I've paused the digest there; safety notes "
    "still come to you here.\n"
    "To fix it: unarchive the channel (or use another one), invite me with /invite "
    "@Rhythm Coach, then type /coach team in that channel. The digest starts again from the "
    "next one."
)
CHANNEL_BACK = "The daily digest of {name} is back on in this chat, from the next one."
SEES_STATUS = "readiness status only"
SEES_SCORES = "readiness status and full scores"
SAFETY_SHARED = "shared (only that advice was given, and when)"
SAFETY_PRIVATE = "not shared"
NOT_IN_TEAM = "You're not in a team called \u201c{name}\u201d. Your teams: {teams}."
NOT_A_MEMBER = "You're not in {name}, so there's nothing to leave."
WHICH_TEAM = "You're in several teams. Which one? Send {command} NAME: {teams}."
LEFT = "You've left {name}. Its coach no longer sees anything about you there."
LEFT_NO_COACH = " It has no coach now."
COACH_ONLY = "Only the coach of {name} can change that."
DIGEST_USAGE = "Give a time, like /team digest 07:30."
DIGEST_SET = "The {name} digest now comes at {time} ({zone})."
MENTION_USAGE = "Use /team mention on or /team mention off."
MENTION_ON = "The {name} digest now @-mentions members who haven't checked in."
MENTION_OFF = "The {name} digest no longer @-mentions anyone."
SAFETY_NOTES_HEADER = "{name}, {day}: for you only, from members who allowed it."
