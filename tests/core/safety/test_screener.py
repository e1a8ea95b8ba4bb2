"""`core.safety.screener`: rules first, a classifier that only raises, context, the ask band,
specifics and bounded long texts. The classifier here is a stand-in with set scores (the
trained one is tested in tests/adapters/safety_model)."""

from __future__ import annotations

from collections.abc import Sequence

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from core.safety.canonical import canonical
from core.safety.finding import with_screener
from core.safety.model import Category, Level
from core.safety.ratings_prefix import without_ratings
from core.safety.screen import screen as rules_screen
from core.safety.screener import RULES_ONLY, Scores, Screener, Thresholds
from core.safety.windows import LONG_CHARS, spans, to_read, windows

LIMITS = Thresholds(urgent=0.8, ask=0.5, risk=0.7)


def fixed(urgent: float, risk: float, category: Category | None = None) -> Screener:
    def classify(texts: Sequence[str]) -> list[Scores]:
        return [Scores(urgent, risk, category) for _ in texts]

    return Screener(classify, LIMITS)


def failing(texts: Sequence[str]) -> list[Scores]:
    raise RuntimeError("model broke")


@given(st.floats(0, 1), st.floats(0, 1), st.sampled_from([*Category, None]))
@settings(max_examples=60, deadline=None)
def test_the_classifier_never_lowers_a_rules_level(u: float, r: float, c: Category | None) -> None:
    screener = fixed(u, r, c)
    for text in ("I want to kill myself", "been having panic attacks for weeks", "legs are dead"):
        assert screener.screen(text).level.rank >= rules_screen(text).level.rank


def test_the_classifier_raises_to_urgent_and_to_concern() -> None:
    assert fixed(0.9, 0.95).screen("so done with existing fr").level is Level.URGENT
    found = fixed(0.1, 0.75, Category.EATING).screen("down 4kg for the weigh in, just water")
    assert (found.level, found.category) == (Level.CONCERN, Category.EATING)
    assert fixed(0.1, 0.2).screen("what's today's session?").level is Level.NONE


def test_an_urgent_category_is_suicide_or_safeguarding() -> None:
    assert fixed(0.9, 0.9, Category.SLEEP).screen("x").category is Category.SUICIDE_SELF_HARM
    found = fixed(0.9, 0.9, Category.ABUSE_SAFEGUARDING).screen("x")
    assert found.category is Category.ABUSE_SAFEGUARDING


def test_the_band_just_below_urgent_asks() -> None:
    found = fixed(0.6, 0.3).screen("everyone would be fine without me around")
    assert found.ask and found.level is not Level.URGENT
    assert not fixed(0.9, 0.9).screen("so done with existing").ask  # urgent: no ask band
    assert not fixed(0.4, 0.3).screen("ok").ask


def test_the_band_says_what_it_is_about_suicide_or_danger_from_someone_else() -> None:
    """The flow never asks a person in danger from someone else whether they are thinking
    about ending their life (attack 7: "mąż mnie teraz bije" got that question)."""
    found = fixed(0.6, 0.3, Category.ABUSE_SAFEGUARDING).screen("mąż mnie teraz bije")
    assert (found.level, found.category, found.ask) == (
        Level.NONE, Category.ABUSE_SAFEGUARDING, True)
    found = fixed(0.6, 0.3, Category.SLEEP).screen("everyone would be fine without me")
    assert (found.category, found.ask) == (Category.SUICIDE_SELF_HARM, True)
    eating = fixed(0.6, 0.75, Category.EATING).screen("down 4kg for the weigh in")
    assert (eating.level, eating.category, eating.ask) == (Level.CONCERN, Category.EATING, True)
    assert fixed(0.4, 0.3, Category.ABUSE_SAFEGUARDING).screen("ok").category is None


@pytest.mark.parametrize("text", [
    "ive got 40 of my antidepressants counted out on the desk",  # means, plan
    "gave away my bike and all my medals this week",  # preparation (passwords: a rule now)
    "the sleeping pills are in the drawer, all of them",  # means
    "ma sœur aura ma lettre d'adieu demain",  # preparation, in French
    "zählte die schlaftabletten auf dem tisch",  # means, in German
])
def test_the_band_with_means_or_a_plan_named_is_urgent(text: str) -> None:
    """C-SSRS: a method, a plan or preparation with a sign of suicidal thoughts is urgent."""
    found = fixed(0.6, 0.3).screen(text)
    assert (found.level, found.category, found.rule, found.ask) == (
        Level.URGENT, Category.SUICIDE_SELF_HARM, "ask-band-with-steps", False)
    assert not fixed(0.3, 0.3).screen(text).ask  # below the band: the classifier saw nothing


def test_the_finding_says_whether_the_classifier_alone_set_the_level() -> None:
    """The flow reads a message about a friend at risk that only the classifier found urgent
    as the friend's risk, not the writer's (`Finding.by_classifier`)."""
    raised = with_screener(fixed(0.9, 0.9))("my friend wants to kill himself", ())
    assert (raised.level, raised.rule, raised.by_classifier) == (
        Level.URGENT, "classifier", True)
    by_rules = with_screener(fixed(0.9, 0.9))("I want to kill myself", ())
    assert by_rules.level is Level.URGENT and by_rules.rule and not by_rules.by_classifier
    steps = with_screener(fixed(0.6, 0.3))("the sleeping pills are in the drawer, all of them", ())
    assert (steps.level, steps.by_classifier) == (Level.URGENT, True)
    concern = with_screener(fixed(0.1, 0.75))("down 4kg for the weigh in, just water", ())
    assert (concern.level, concern.by_classifier) == (Level.CONCERN, True)
    assert not with_screener(RULES_ONLY)("what's today's session?", ()).by_classifier


@pytest.mark.parametrize("text", [
    "ran along the railway path this morning",  # a time
    "danke coach, der plan ist super",  # "plan": a false-alarm check's crisis text
    "jumped off the 10m board at the pool",  # "jump", "train", "bridge": sport words
    "train on the bridge reps tomorrow",
])
def test_the_band_with_everyday_words_stays_a_question(text: str) -> None:
    found = fixed(0.6, 0.3).screen(text)
    assert (found.level, found.ask) == (Level.NONE, True)


def test_the_band_about_eating_or_a_calm_farewell_stays_a_question() -> None:
    eating = fixed(0.6, 0.75, Category.EATING).screen("taking diet pills before the weigh in")
    assert (eating.level, eating.category, eating.ask) == (Level.CONCERN, Category.EATING, True)
    farewell = RULES_ONLY.screen("thanks for everything coach. goodbye")  # "goodbye" is a plan
    assert (farewell.level, farewell.ask) == (Level.NONE, True)  # word, but a calm one alone


def test_raised_to_urgent_the_rules_reading_of_harm_by_someone_else_is_kept() -> None:
    """The category head said suicide for "чоловік мене б'є" (my husband beats me) and the
    person got "Are you thinking about ending your life?": the rules' abuse reading wins."""
    found = fixed(0.9, 0.9, Category.SUICIDE_SELF_HARM).screen("чоловік мене б'є")
    assert (found.level, found.category) == (Level.URGENT, Category.ABUSE_SAFEGUARDING)
    found = fixed(0.9, 0.9, Category.SUICIDE_SELF_HARM).screen("so done with existing fr")
    assert found.category is Category.SUICIDE_SELF_HARM  # no rule said abuse


def test_a_failing_classifier_leaves_the_rules_answer() -> None:
    screener = Screener(failing, LIMITS)
    assert screener.screen("I want to kill myself").level is Level.URGENT
    assert screener.screen("great run today").level is Level.NONE


def test_a_farewell_after_messages_at_risk_is_urgent_and_after_fine_ones_is_not() -> None:
    low = ["nothing matters anymore, it's been like this for weeks"]
    found = RULES_ONLY.screen("thanks for everything, goodbye", low)
    assert found.level is Level.URGENT
    assert RULES_ONLY.screen("thanks for everything, goodbye", ["great session"]).level is (
        Level.NONE
    )


def test_a_farewell_after_risk_is_urgent_even_after_an_urgent_message_and_a_no() -> None:
    """Attack 7: the rule that context counts only above every earlier message's own level
    had swallowed the farewell check after an urgent message (its "no" is no context)."""
    for before, farewell in ((["i want to die", "no"], "ok. thanks for everything coach, goodbye"),
                             (["quiero morirme", "no"], "bueno gracias por todo, adiós")):
        found = RULES_ONLY.screen(farewell, before)
        assert (found.level, found.rule) == (Level.URGENT, "farewell-after-risk"), farewell
    assert RULES_ONLY.screen("what's today's session?", ["i want to die", "no"]).level is (
        Level.NONE
    )


def test_a_farewell_after_a_message_the_classifier_found_at_risk_is_urgent() -> None:
    screener = fixed(0.1, 0.75, Category.DEPRESSION)  # every free text reads as concern
    assert screener.screen("bye coach", ["meh"]).level is Level.URGENT
    assert fixed(0.1, 0.2).screen("bye coach", ["meh"]).level is Level.NONE


def test_context_raises_only_when_together_they_say_more() -> None:
    urgent_before = ["can't stop thinking about ending it"]  # had its own crisis reply
    assert RULES_ONLY.screen("anyway what's tomorrow's session", urgent_before).level is (
        Level.NONE
    )
    for answer in ("no", "No.", "I'm fine", "nope"):
        assert RULES_ONLY.screen(answer, urgent_before).level is Level.NONE, answer
    low = ["nothing matters anymore, it's been like this for weeks"]  # concern on its own
    assert RULES_ONLY.screen("thanks for everything, goodbye", low).level is Level.URGENT
    assert RULES_ONLY.screen("no", low).level is Level.NONE  # an answer: its own words only


def test_earlier_messages_are_remembered_as_they_screened_not_classified_again() -> None:
    calls: list[list[str]] = []

    def classify(texts: Sequence[str]) -> list[Scores]:
        calls.append(list(texts))
        return [Scores(0.0, 0.0, None) for _ in texts]

    screener = Screener(classify, LIMITS)
    screener.screen("legs felt heavy on the tempo today")
    screener.screen("what's the plan?", ["legs felt heavy on the tempo today"])
    assert len(calls) == 2 and len(calls[1]) == 2  # the message and the conversation only
    Screener(classify, LIMITS).screen("what's the plan?", ["an unseen earlier message"])
    assert calls[-1] == ["an unseen earlier message"]  # a restart: screened alone once


def test_specifics_are_means_plan_or_time() -> None:
    found = RULES_ONLY.screen("I've saved up my pills, tonight's the night, I want to die")
    assert {"means", "time"} <= found.specifics
    assert RULES_ONLY.screen("I want to die").specifics == frozenset()
    low = ["nothing matters anymore, it's been like this for weeks"]
    assert "time" in RULES_ONLY.screen("thanks for everything, goodbye. tonight", low).specifics
    assert RULES_ONLY.screen("took my pills with breakfast").specifics == frozenset()


@pytest.mark.parametrize("marker", [" lol", " haha", " 😂", " LOL", " hahaha 😅", " xD"])
def test_joke_markers_and_case_do_not_change_what_the_classifier_reads(marker: str) -> None:
    text = "I don’t want to be here anymore"
    assert canonical(text + marker) == canonical(text.upper().replace("’", "'"))


def test_long_texts_are_read_in_windows_and_the_highest_level_wins() -> None:
    filler = "legs are heavy after the intervals, easy day tomorrow. " * 2000  # ~110 kB
    assert RULES_ONLY.screen(filler + "I want to kill myself").level is Level.URGENT
    middle = filler[:50_000] + " I want to kill myself. " + filler[:50_000]
    assert RULES_ONLY.screen(middle).level is Level.URGENT
    assert RULES_ONLY.screen(filler).level is Level.NONE
    assert len(to_read(filler, 8)) == 8 and all(len(w) <= 300 for w in to_read(filler, 8))
    assert to_read("short", 8) == ["short"]


@given(st.text(max_size=LONG_CHARS * 3))
@settings(max_examples=150, deadline=None)
def test_windows_cover_the_text_and_the_screen_never_raises(text: str) -> None:
    assert "".join(text[a:b] for a, b in spans(text)) == text
    assert all(0 < b - a <= 300 for a, b in spans(text))
    assert all(w.strip() for w in windows(text))
    fixed(0.5, 0.5).screen(text, [text[:100]])


def _reads_conversation() -> tuple[Screener, list[str]]:
    """A classifier that says urgent only for a conversation (two lines or more), and puts
    "said bye to my dog" alone in the ask band (a sign: the conversation is then read)."""
    read: list[str] = []

    def classify(texts: Sequence[str]) -> list[Scores]:
        read.extend(texts)
        return [Scores(0.99 if "\n" in t else (0.6 if "bye to my dog" in t else 0.0),
                       0.99 if "\n" in t else 0.0, Category.SUICIDE_SELF_HARM) for t in texts]

    return Screener(classify, LIMITS), read


@pytest.mark.parametrize("setting", ["BR", "Europe/Amsterdam", "Netherlands", "Mexico City"])
def test_a_setting_value_is_not_read_by_the_classifier_nor_with_context(setting: str) -> None:
    """Found by a third attacker: sign-up answers "America/Sao_Paulo" then "BR" were read
    together as urgent, and sign-up stuck behind the crisis text."""
    screener, read = _reads_conversation()
    found = screener.screen(setting, ["yes", "America/Sao_Paulo"])
    assert found.level is Level.NONE and not found.ask
    assert read == []


def test_settings_and_commands_are_no_context_for_free_text() -> None:
    screener, read = _reads_conversation()
    assert screener.screen("i feel awful", ["/start", "yes", "Europe/Amsterdam"]).level is (
        Level.NONE)  # nothing but the message itself was read
    assert read == ["i feel awful"]
    assert screener.screen("today is the day", ["said bye to my dog"]).level is Level.URGENT


@pytest.mark.parametrize(("text", "words"), [
    ("sleep 2 mood 1 arousal 9 recovery 1. i dont see the point", "i dont see the point"),
    ("6 7 5 8, feeling awful", "feeling awful"),
    ("schlaf 2 stimmung 1. will nur noch sterben", "will nur noch sterben"),
    ("sleep: 3/10 mood: 2/10 bad day", "bad day"),
    ("6 7 5 8", "6 7 5 8"),  # no words: the whole
    ("ran 10 km in 50 min", "ran 10 km in 50 min"),  # one number, a distance: not ratings
    ("slept 5h, mood 3", "slept 5h, mood 3"),
    ("at 10:40 i will", "at 10:40 i will"),
])
def test_the_classifier_reads_the_words_after_check_in_ratings(text: str, words: str) -> None:
    assert without_ratings(text) == words


def test_ratings_before_the_words_do_not_dilute_what_the_classifier_reads() -> None:
    seen: list[str] = []

    def classify(texts: Sequence[str]) -> list[Scores]:
        seen.extend(texts)
        return [Scores(0.9 if t == "feeling awful" else 0.1, 0.9, None) for t in texts]

    found = Screener(classify, LIMITS).screen("2 9 1 1 feeling awful")
    assert seen == ["feeling awful"] and found.level is Level.URGENT


def test_the_conversation_is_read_by_the_classifier_only_after_a_sign() -> None:
    """Benign talk joined scored urgent with the heads of parts A-L: without a level or the
    ask band on some message of the conversation, its classifier scores do not count."""

    def classify(texts: Sequence[str]) -> list[Scores]:
        return [Scores(0.95 if "\n" in t else 0.1, 0.95 if "\n" in t else 0.1, None)
                for t in texts]

    screener = Screener(classify, LIMITS)
    assert screener.screen("what does my hrv mean", ["my shoulder has a niggle"]).level is (
        Level.NONE)

    def hinted(texts: Sequence[str]) -> list[Scores]:
        return [Scores(0.95 if "\n" in t else (0.6 if "burden" in t else 0.1), 0.1, None)
                for t in texts]

    found = Screener(hinted, LIMITS).screen("gave my bike away", ["i feel like a burden"])
    assert found.level is Level.URGENT


@pytest.mark.parametrize("text", [
    "obrigado por tudo professor, adeus", "grazie di tutto coach, addio",
    "dzięki za wszystko trenerze, żegnaj", "спасибо за все тренер, прощайте",
    "дякую за все тренере, прощавайте", "thanks for everything coach. goodbye",
])
def test_a_calm_farewell_alone_gets_the_caring_question_in_every_language(text: str) -> None:
    """Attack 7: English got the crisis text from the classifier, five other languages got
    nothing. Alone it is ambiguous (leaving the club), so the rules ask (the ask band)."""
    found = RULES_ONLY.screen(text)
    assert (found.level, found.ask) == (Level.NONE, True)


@pytest.mark.parametrize("text", [
    "gracias por todo coach, adiós, nos vemos el lunes", "thanks for everything, see you tomorrow",
    "thanks for everything coach", "goodbye",
])
def test_a_goodbye_for_now_or_thanks_alone_is_not_asked_about(text: str) -> None:
    assert RULES_ONLY.screen(text).ask is False


def test_a_farewell_is_read_with_the_same_thanks_and_goodbye_words_everywhere() -> None:
    """One list of thanks and goodbye words (core/safety/farewell.py) for both checks."""
    from core.safety.farewell import says_farewell, thanks_and_goodbye

    for text in ("dzięki za wszystko trenerze", "dank je voor alles", "adiós"):
        assert says_farewell(text)
    assert thanks_and_goodbye("dzięki za wszystko trenerze, żegnaj")
