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
