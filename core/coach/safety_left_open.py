"""The crisis text for a safety question still open when the person deletes their data.

`/delete` removes the open safety question with every other row (it is keyed by platform
user), so the question can never be asked again nor its answer read: a typed "yes" to "Are
you thinking about ending your life?" after the deletion was greeted as a newcomer. What the
question would have led to is given instead, first: the crisis text the flow sends, in the
language and with the country's line the question was asked in (kept on its row), with the
domestic-abuse and child lines after danger from someone else, as `safety_talk.Talk.crisis`.

Every open question counts, whatever its kind and however long ago it was asked (until it
is answered or lapses after a day): the deletion is the last reply the person gets, so the
reasons to hold the numbers back later in a conversation (the ask band's "no helpline
wall", `CRISIS_IN_FRONT`'s hour) no longer apply (docs/safety.md, "The flow").
"""

from __future__ import annotations

from core.coach.safety_talk import WITH_LINES
from core.coach.turn import say
from core.messages import Inbound, Reply
from core.safety import flow_texts
from core.safety.helplines import helpline_for
from core.safety.translations import wording_for
from core.store import Tx


def crisis_before_deleting(tx: Tx, inbound: Inbound) -> list[Reply]:
    """The crisis text for the safety question open to the person, or [] when none is open.
    Read it before the deletion, in the same transaction: the deletion removes the row."""
    asked, _ = tx.safety_question(inbound.platform, inbound.user_id, inbound.at)
    if asked is None:
        return []
    line, words = helpline_for(asked.country), wording_for(asked.language)
    if asked.kind in WITH_LINES:
        return [say(flow_texts.crisis_abuse(line, words))]
    return [say(flow_texts.crisis(line, words))]
