"""Words alone at a 0-10 check-in question (core/understanding/anchors.py): the question's
own end words are its numbers; any other describing word is asked about, never guessed."""

from __future__ import annotations

import pytest

from core.checkin_fields import CORE_FIELDS, CheckIn, Field
from core.checkin_words import ANCHORS
from core.coach import texts
from core.understanding import Ratings, RatingsProblem, Unknown, understand


@pytest.mark.parametrize(("field", "said", "value"), [
    (Field.SLEEP, "terrible", 0),
    (Field.SLEEP, "Terrible!", 0),
    (Field.SLEEP, "slept terribly", 0),
    (Field.SLEEP, "my sleep was terrible", 0),
    (Field.SLEEP, "best sleep", 10),
    (Field.SLEEP, "the best", 10),
    (Field.AROUSAL, "flat calm", 0),
    (Field.AROUSAL, "flat", 0),
    (Field.AROUSAL, "most activated", 10),
    (Field.RECOVERY, "not at all", 0),
    (Field.RECOVERY, "not recovered at all", 0),
    (Field.RECOVERY, "fully, fast", 10),
    (Field.RECOVERY, "fully recovered", 10),
    (Field.MOOD, "very low", 0),
    (Field.MOOD, "very low or irritable", 0),
    (Field.MOOD, "best", 10),
])  # fmt: skip
def test_a_questions_own_end_words_are_its_numbers(field: Field, said: str, value: int) -> None:
    assert understand(said, f"checkin:{field.value}") == Ratings(CheckIn(**{field.value: value}))


@pytest.mark.parametrize("field", CORE_FIELDS)
def test_the_end_words_shown_in_each_question_are_read_as_0_and_10(field: Field) -> None:
    anchors = ANCHORS[field]
    question = texts.QUESTIONS[field]
    assert f"0 = {anchors.low}," in question and f"10 = {anchors.high}." in question
    context = f"checkin:{field.value}"
    for form in (anchors.low, *anchors.low_forms):
        assert understand(form, context) == Ratings(CheckIn(**{field.value: 0})), form
    for form in (anchors.high, *anchors.high_forms):
        assert understand(form, context) == Ratings(CheckIn(**{field.value: 10})), form


@pytest.mark.parametrize(("field", "said"), [
    (Field.SLEEP, "good"),
    (Field.SLEEP, "not terrible"),
    (Field.SLEEP, "pretty bad"),
    (Field.SLEEP, "not great, not terrible"),
    (Field.MOOD, "terrible"),  # the sleep question's word, not the mood question's
    (Field.MOOD, "irritable"),  # half of "very low or irritable": which number?
    (Field.MOOD, "flat"),
    (Field.AROUSAL, "calm"),
    (Field.RECOVERY, "fast"),
])  # fmt: skip
def test_a_describing_word_that_names_no_number_is_asked_about(field: Field, said: str) -> None:
    understood = understand(said, f"checkin:{field.value}")
    assert isinstance(understood, RatingsProblem)
    anchors = ANCHORS[field]
    assert understood.message.endswith(
        f"could be more than one number. For this question 0 = {anchors.low} and 10 = "
        f"{anchors.high}: which number from 0 to 10 fits best?")


def test_the_refusal_quotes_at_most_12_characters_cut_at_a_word() -> None:
    understood = understand("not great, not terrible", "checkin:sleep")
    assert isinstance(understood, RatingsProblem)
    assert understood.message.startswith("\u201cnot great\u2026\u201d could be")


@pytest.mark.parametrize(("context", "said"), [
    ("idle", "terrible"),  # only at the question: no question, no rating
    ("checkin:sleep", "sing me a song"),
    ("checkin:sleep", "what does terrible mean?"),
])
def test_words_are_read_so_only_as_a_whole_answer_at_the_question(context: str, said: str) -> None:
    assert understand(said, context) == Unknown()
