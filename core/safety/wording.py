"""One language's fixed safety texts (`Wording`) and the English original.

Every text is written by hand, reviewed as text and tested word for word; none is ever
generated. Placeholders: `{emergency}` (what to dial in danger), `{reach}` (how to reach the
crisis line, built from the `reach_*` and `text_also` parts), `{name}`, `{number}`,
`{hours}`, `{text_to}` (helpline fields). Translations are in `core/safety/translations/`.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Wording:
    """The safety flow's texts in one language (see the module docstring for placeholders).

    - `crisis`: the crisis text: not a crisis service; the emergency number; the line.
    - `reach_always` / `reach_hours` / `reach_plain`: the line, open 24/7 / at `hours` /
      hours not confirmed; `text_also` adds the text option; `reach_fallback` and
      `emergency_fallback` stand in for an unknown country.
    - `ask_urgent_intro`, `ask_band_intro`, `q_life`: the direct question after the crisis
      text, and in the band below the urgent threshold (no helpline wall).
    - `safety_plan`: after a "yes": the safety plan steps (C-SSRS / Stanley-Brown).
    - `back`: after a clear "no": back to coaching, the line kept in reach.
    - `follow_up_intro`, `q_safe`: after a single "no" to a message that named means, a plan
      or a time: the crisis text stays, this gentler follow-up asks once more.
    - `safe_back`: after "I'm safe" to the follow-up.
    - `again_intro`: before an open question asked again after another message.
    - `yes`, `no`, `safe_yes`, `safe_unsure`: button labels.
    - `abuse_line`, `child_line`: after the crisis text for danger from another person or a
      child harmed, the country's domestic-abuse and child helplines (`{reach}` built from
      the `reach_*` parts with that line's name, number and hours).
    """

    language: str
    crisis: str
    reach_always: str
    reach_hours: str
    reach_plain: str
    text_also: str
    reach_fallback: str
    emergency_fallback: str
    ask_urgent_intro: str
    ask_band_intro: str
    q_life: str
    yes: str
    no: str
    safety_plan: str
    back: str
    follow_up_intro: str
    q_safe: str
    safe_yes: str
    safe_unsure: str
    safe_back: str
    again_intro: str
    abuse_line: str
    child_line: str


ENGLISH = Wording(
    language="en",
    crisis=(
        "I'm really glad you told me. I'm a training coach, not a crisis service, "
        "and I can't help in an emergency.\n\n"
        "If you or anyone else is in danger right now, call {emergency} now.\n"
        "You can {reach}.\n\n"
        "Please reach out to someone now: a crisis line, a friend, or someone near you. "
        "You don't have to carry this alone.\n\n"
        "I'll still be here for your training whenever you want to come back."
    ),
    reach_always="talk to {name} any time: call {number}",
    reach_hours="talk to {name} ({hours}): call {number}",
    reach_plain="talk to {name}: call {number}",
    text_also=", or text {text_to}",
    reach_fallback="find a free crisis line near you at findahelpline.com",
    emergency_fallback=(
        "your local emergency number (112 in much of the world, 911 in North America, "
        "999 in the UK)"
    ),
    ask_urgent_intro="Can I ask you something directly, because it matters?",
    ask_band_intro=(
        "Thank you for telling me how things are. I'd rather ask than guess, so I'll ask "
        "you directly."
    ),
    q_life="Are you thinking about ending your life?",
    yes="Yes",
    no="No",
    safety_plan=(
        "Thank you for telling me. That took courage, and I'm glad you did.\n\n"
        "While you reach out, these steps help people stay safe right now:\n"
        "1. Your reasons to stay safe: think of them, even small ones, and write them down.\n"
        "2. Put distance between you and anything you could use to hurt yourself: give it "
        "to someone, lock it away, or leave the place.\n"
        "3. People and places that help: be with someone, or go somewhere you feel safer.\n"
        "4. Professional contacts: call your doctor, or your mental health team if you "
        "have one.\n"
        "5. The crisis line above: call it now. If you are in danger, call {emergency}."
    ),
    back=(
        "Thank you for answering. I'm glad. If things ever feel that heavy, you can "
        "{reach}.\n\nBack to your training whenever you're ready."
    ),
    follow_up_intro=(
        "Thank you for answering me. Because your message mentioned a way, a plan or a "
        "time, I'd like to keep these numbers in front of you for now. If anything you could "
        "use to hurt yourself is near you, please put some distance between you and it, and "
        "let someone you trust know how today has been. Can I check once more?"
    ),
    q_safe="Are you safe right now?",
    safe_yes="Yes, I'm safe",
    safe_unsure="No, or not sure",
    safe_back=(
        "Thank you. I'm glad you're safe. The numbers above are there whenever you need "
        "them.\n\nBack to your training whenever you're ready."
    ),
    again_intro="Before we go on: I asked you something that matters.",
    abuse_line="If a partner or someone at home is hurting you, you can also {reach}.",
    child_line="If you're under 18, you can {reach}.",
)
