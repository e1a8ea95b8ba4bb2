"""Answers to the questions people ask a coach, from the programme content.

Sources: seed 000 (Popa and Mirea 2026) Practice Templates 1 and 2 (Monitoring, Action
Threshold, Progression Parameters, Recovery Prescription, Behavioural Stabilisation
Parameters, Escalation Criteria) and its glossary (RPE, 1RM, Zone 2, HRV, Conversational
Pace); seed 001 (run dose, cool-down). Where an answer goes beyond the seeds it says what is
general sport-science practice ("practice:"). Pain and illness answers are not medical advice
and say when to see someone.
"""

from __future__ import annotations

from core.understanding import Topic

NOT_MEDICAL = "I'm a training coach, not a clinician, so this isn't medical advice."

ANSWERS: dict[Topic, str] = {
    Topic.DELOAD: (
        "A deload is a few lighter days so your system can catch up. I start one when two or "
        "more of your check-in markers (sleep, arousal, recovery, mood, resting HR, HRV) are "
        "worse than your own usual range on three check-ins in a row: training volume drops "
        "by 20-40 % for 3-5 days, high-intensity conditioning comes out, and easy aerobic work "
        "and sleep come first. It ends early after two calm check-ins. /today says when you're "
        "in one and why."
    ),
    Topic.RPE: (
        "RPE is the rate of perceived exertion: how hard a set or session felt, 0-10 (10 = "
        "all-out). Pick it right after the effort. For strength, RPE 6-8 means you could "
        "still have done about 2-4 more good reps (practice: RPE 8 \u2248 2 reps in "
        "reserve); easy aerobic work is about 4-6/10, where you can still talk in full "
        "sentences. In the check-in extras, rpe 7 records how hard your last session felt."
    ),
    Topic.ONE_RM: (
        "1RM is the most you can lift once, with good technique; percentages like 80 % of 1RM "
        "set the load. You don't need to test it: an estimated 1RM from a normal set is enough "
        "(practice: weight \u00d7 (1 + reps / 30), e.g. 80 kg for 5 reps \u2248 93 kg). The "
        "athlete programme uses about 80-90 % of est. 1RM for 3-5 reps on neural days and "
        "65-75 % for 6-10 reps on the tissue-capacity day."
    ),
    Topic.ZONE2: (
        "Zone 2 is easy aerobic work at conversational pace: you can talk in full sentences "
        "without gasping (the talk test), about 4-6/10 effort, breathing steady. Walking, "
        "cycling, swimming or an easy run all count. It builds your aerobic base and recovery "
        "capacity, not maximum output: 20-40 min in the starter plan, 30-60 min for athletes, "
        "runs of 15-30 min 2-3 times a week in the rhythm plan, with a cool-down walk."
    ),
    Topic.HRV: (
        "HRV (heart rate variability) is the variation in time between heartbeats; rMSSD in "
        "ms is the usual number, and higher than your own normal usually means better "
        "recovered. Resting heart rate (bpm) works the other way: above your usual means "
        "strain. Measure both the same way every morning, on waking, before coffee. Only your "
        "own trend matters: I compare a 7-day average with your 60-day range, and I don't "
        "raise your load while HRV is suppressed or resting HR is elevated. Add them to a "
        "check-in with e.g. rhr 54 hrv 62."
    ),
    Topic.SCALE: (
        "The four check-in questions, each 0-10:\n"
        "- sleep: how well you slept (10 = best sleep)\n"
        "- arousal: how activated or keyed-up you feel (0 = flat calm, 10 = most activated). "
        "Neither end is 'good': very high arousal is strain, not energy.\n"
        "- recovery: how recovered you feel, how fast you bounce back (10 = fully)\n"
        "- mood: 10 = best; low means irritable or flat.\n"
        "Answer with what's true this morning; your own usual range is what counts."
    ),
    Topic.SKIP: (
        "Yes, you can take today off; a rest day is part of training, not a failure. If you "
        "can, keep the rhythm with something small: a 10-20 min walk or 3-8 min of slow "
        "breathing with a longer exhale. Don't double up tomorrow to make up for it. If "
        "you're dreading training more days than not, tell me in the Sunday check-in: it's a "
        "signal about load, not about motivation."
    ),
    Topic.SWAP: (
        "You can move sessions around within the week: keep hard days apart (no heavy "
        "strength days back to back), keep the week's total, and keep the downregulation "
        "after every session. Short on time? Do the main lift or the first block and the 3-8 "
        "min cool-down, or 20 min of Zone 2; a shorter session beats a skipped one. Raise "
        "only one thing at a time: never more sets and heavier together."
    ),
    Topic.ILL: (
        f"{NOT_MEDICAL} With a fever, body aches, chest symptoms or a stomach bug, rest: "
        "no training until you've been symptom-free for a day or two, then come back easy. "
        "With a mild head cold only (practice: the 'neck check'), an easy walk or light "
        "Zone 2 is fine if you feel like it, nothing hard. Please see a doctor if you have "
        "trouble breathing, chest pain, a fever for more than three days, or you're getting "
        "worse. Frequent illness is itself a sign to lighten the load."
    ),
    Topic.TRAVEL: (
        "Travelling: anchor your wake time to the new local time, get outside light in the "
        "morning and keep evenings dim, and nap 20-30 min at most if you need to. After a "
        "flight or long sitting, do 10-15 min of mobility. A hotel gym or no gym: do the "
        "session with what's there (bodyweight, dumbbells) or a Zone 2 walk or run. If you're "
        "staying a while, /set timezone <city> so my prompts follow your local time."
    ),
    Topic.CAFFEINE: (
        "Caffeine is fine for most people, but if you feel anxious or your sleep is "
        "disrupted, take it earlier and in smaller doses. Practice: keep it to the morning or "
        "early afternoon (its effect lasts many hours) and go easy on pre-workouts and energy "
        "drinks before evening sessions. Protect the last 60-90 min before bed."
    ),
    Topic.ALCOHOL: (
        "Alcohol isn't a way to wind down: it unsettles sleep and mood, and the effect builds "
        "over days. After a night out, skip heavy or high-intensity work; an easy walk or "
        "light Zone 2, water with some electrolytes, and an early night are the better "
        "choice. Check in honestly the next morning so the plan can adjust."
    ),
    Topic.PAIN: (
        f"{NOT_MEDICAL} A mild niggle (a few out of 10, easing as you warm up, no swelling): "
        "train around it: lighter load, a pain-free range, swap or drop the movements that "
        "hurt, and keep the rest of the session. Stop and see a physiotherapist or doctor if "
        "the pain is sharp or getting worse, there's swelling or bruising, a joint clicks, "
        "locks or gives way, you feel numbness or tingling, it hurts at night or at rest, you "
        "can't put weight on it, or it isn't better within a week or two. Recurring minor "
        "injuries are a sign to lighten the load."
    ),
    Topic.MISSED: (
        "No need to make it up. Don't double up; carry on with today's session as planned, "
        "and the week simply has one session fewer. If you've missed several, start again at "
        "the last load that felt comfortable (RPE 6-7) and build from there. /today shows "
        "today's session."
    ),
}


def answer(topic: Topic) -> str:
    """The coach's answer to a question on `topic` (a sentence or a short paragraph)."""
    return ANSWERS[topic]
