"""Golden strings for the safety flow's English texts, word for word (GB numbers)."""

from __future__ import annotations

ASK_URGENT_EN = (
    "Can I ask you something directly, because it matters? Are you thinking about ending "
    "your life?"
)
ASK_BAND_EN = (
    "Thank you for telling me how things are. I'd rather ask than guess, so I'll ask you "
    "directly. Are you thinking about ending your life?"
)
SAFETY_PLAN_GB = (
    "Thank you for telling me. That took courage, and I'm glad you did.\n\n"
    "While you reach out, these steps help people stay safe right now:\n"
    "1. Your reasons to stay safe: think of them, even small ones, and write them down.\n"
    "2. Put distance between you and anything you could use to hurt yourself: give it to "
    "someone, lock it away, or leave the place.\n"
    "3. People and places that help: be with someone, or go somewhere you feel safer.\n"
    "4. Professional contacts: call your doctor, or your mental health team if you have one.\n"
    "5. The crisis line above: call it now. If you are in danger, call 999."
)
SAFE_NOW_EN = "Are you safe right now?"  # after the safety plan, left open until "yes"
SAFE_AGAIN_EN = "Before we go on: I asked you something that matters. Are you safe right now?"
BACK_GB = (
    "Thank you for answering. I'm glad. If things ever feel that heavy, you can talk to "
    "Samaritans any time: call 116 123, or text SHOUT to 85258 (Shout).\n\n"
    "Back to your training whenever you're ready."
)
FOLLOW_UP_EN = (
    "Thank you for answering me. Because your message mentioned a way, a plan or a time, I'd "
    "like to keep these numbers in front of you for now. If anything you could use to hurt "
    "yourself is near you, please put some distance between you and it, and let someone you "
    "trust know how today has been. Can I check once more? Are you safe right now?"
)
SAFE_BACK_EN = (
    "Thank you. I'm glad you're safe. The numbers above are there whenever you need them.\n\n"
    "Back to your training whenever you're ready."
)
LIFE_AGAIN_EN = (
    "Before we go on: I asked you something that matters. Are you thinking about ending your "
    "life?"
)

# Danger from another person or a child harmed: the crisis text word for word (the
# emergency number first), then the country's specialist lines in the same message.
CRISIS_GB = (
    "I'm really glad you told me. I'm a training coach, not a crisis service, and I can't "
    "help in an emergency.\n\n"
    "If you or anyone else is in danger right now, call 999 now.\n"
    "You can talk to Samaritans any time: call 116 123, or text SHOUT to 85258 (Shout).\n\n"
    "Please reach out to someone now: a crisis line, a friend, or someone near you. You don't "
    "have to carry this alone.\n\n"
    "I'll still be here for your training whenever you want to come back."
)
ABUSE_GB = (
    f"{CRISIS_GB}\n\n"
    "If a partner or someone at home is hurting you, you can also talk to National Domestic "
    "Abuse Helpline (Refuge) any time: call 0808 2000 247.\n"
    "If you're under 18, you can talk to Childline any time: call 0800 1111."
)
ABUSE_US = (
    "I'm really glad you told me. I'm a training coach, not a crisis service, and I can't "
    "help in an emergency.\n\n"
    "If you or anyone else is in danger right now, call 911 now.\n"
    "You can talk to 988 Suicide & Crisis Lifeline any time: call 988, or text 988.\n\n"
    "Please reach out to someone now: a crisis line, a friend, or someone near you. You don't "
    "have to carry this alone.\n\n"
    "I'll still be here for your training whenever you want to come back.\n\n"
    "If a partner or someone at home is hurting you, you can also talk to National Domestic "
    "Violence Hotline any time: call 1-800-799-7233.\n"
    "If you're under 18, you can talk to Childhelp National Child Abuse Hotline any time: "
    "call 1-800-422-4453."
)
ABUSE_DE = (  # German (the person's setting), German numbers; the child line's hours vary
    "Ich bin wirklich froh, dass du es mir gesagt hast. Ich bin ein Trainingscoach, kein "
    "Krisendienst, und in einem Notfall kann ich nicht helfen.\n\n"
    "Wenn du oder jemand anderes gerade in Gefahr ist, ruf jetzt 112 an.\n"
    "Du kannst rund um die Uhr mit jemandem sprechen: Ruf 0800 111 0 111 / 0800 111 0 222 "
    "an (TelefonSeelsorge).\n\n"
    "Bitte wende dich jetzt an jemanden: ein Krisentelefon, einen Freund oder eine Freundin, "
    "oder jemanden in deiner Nähe. Du musst das nicht allein tragen.\n\n"
    "Für dein Training bin ich weiter da, wann immer du zurückkommen möchtest.\n\n"
    "Wenn dir dein Partner, deine Partnerin oder jemand bei dir zu Hause wehtut, kannst du "
    "auch rund um die Uhr mit jemandem sprechen: Ruf 116 016 an (Hilfetelefon Gewalt gegen "
    "Frauen).\n"
    "Wenn du unter 18 bist, kannst du mit jemandem sprechen: Ruf 116 111 an (Nummer gegen "
    "Kummer)."
)
ABUSE_FALLBACK = (  # no country: the crisis text alone, nothing said about other lines
    "I'm really glad you told me. I'm a training coach, not a crisis service, and I can't "
    "help in an emergency.\n\n"
    "If you or anyone else is in danger right now, call your local emergency number (112 in "
    "much of the world, 911 in North America, 999 in the UK) now.\n"
    "You can find a free crisis line near you at findahelpline.com.\n\n"
    "Please reach out to someone now: a crisis line, a friend, or someone near you. You don't "
    "have to carry this alone.\n\n"
    "I'll still be here for your training whenever you want to come back."
)
CONCERN_ABUSE_GB = (
    "Thank you for telling me. Nobody should be hurt, threatened or controlled, and what you "
    "describe deserves proper support.\n\n"
    "Please talk to a GP or doctor, or a mental-health professional, about it soon. I'll keep "
    "your plan going, but only as support alongside that care, never instead of it. Please "
    "don't make me the only place you bring this.\n\n"
    "If things get worse or you don't feel safe, you can talk to Samaritans any time: call "
    "116 123, or text SHOUT to 85258 (Shout). In an emergency, call 999.\n\n"
    "If a partner or someone at home is hurting you, you can also talk to National Domestic "
    "Abuse Helpline (Refuge) any time: call 0808 2000 247."
)

# The safety plan for danger from someone else (core/safety/danger_plan.py), GB's number
DANGER_PLAN_GB = (
    "Thank you for telling me. You don't deserve this, and it isn't your fault.\n\n"
    "Steps that can help you stay safer right now:\n"
    "1. If you are in danger now, call 999.\n"
    "2. If you can, move to a room you can leave easily, with your phone, away from the "
    "kitchen, the garage or anything that could be used to hurt you.\n"
    "3. Tell someone you trust what is happening, and agree a word or a sign that means "
    "\"call for help\".\n"
    "4. Think of a place you could go (a friend, family, a shelter). Keep your phone charged "
    "and your keys, money, documents and medicines where you can grab them.\n"
    "5. The lines above are there to help you make a plan like this.\n\n"
    "If someone else might read your phone, you can delete this chat."
)
