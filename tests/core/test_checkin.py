"""Check-in parsing: what people type on a phone, and a precise message for everything else."""

from __future__ import annotations

import time
from dataclasses import replace

import pytest

from core.checkin import FIELD_HELP, MAX_CHARS, Parsed, ParseError, example_for, parse
from core.checkin_fields import CORE_FIELDS, OPTIONAL_FIELDS, CheckIn, Field

MOOD = (Field.MOOD,)
SLEEP = (Field.SLEEP,)


def core(sleep: int, arousal: int, recovery: int, mood: int, **extra: int | float) -> CheckIn:
    return replace(CheckIn(sleep=sleep, arousal=arousal, recovery=recovery, mood=mood), **extra)


def parsed(text: str, asked: tuple[Field, ...] = CORE_FIELDS) -> CheckIn:
    result = parse(text, asked)
    assert isinstance(result, Parsed), result
    return result.checkin


def error(text: str, asked: tuple[Field, ...] = CORE_FIELDS) -> str:
    result = parse(text, asked)
    assert isinstance(result, ParseError), result
    return result.message


# --- one field asked: a lone number answers it ------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("7", 7),
        ("7/10", 7),
        ("7 / 10", 7),
        ("7 out of 10", 7),
        ("7 of 10", 7),
        ("seven", 7),
        ("Seven!", 7),
        ("SEVEN", 7),
        (" 7 .", 7),
        ("7.", 7),
        ("7.0", 7),
        ("7️⃣", 7),
        ("7\u20e3", 7),
        ("🔟", 10),
        ("10/10", 10),
        ("ten", 10),
        ("zero", 0),
        ("0", 0),
        ("０", 0),
        ("７", 7),  # fullwidth
        ("٧", 7),  # Arabic-Indic
        ("७", 7),  # Devanagari
        ("⑦", 7),  # circled digit, folded by NFKC
        ("mood 7", 7),
        ("Mood: 7", 7),
        ("my mood is 7 thanks", 7),
        ("7ish", 7),
        ("  \n7\n", 7),
        ("7 😊", 7),
        ("~7", 7),
    ],
)
def test_a_lone_number_answers_the_one_field_asked(text: str, value: int) -> None:
    assert parsed(text, MOOD) == CheckIn(mood=value)


@pytest.mark.parametrize(
    ("asked", "text", "expected"),
    [
        (SLEEP, "6", CheckIn(sleep=6)),
        ((Field.AROUSAL,), "9/10", CheckIn(arousal=9)),
        ((Field.RHR,), "54", CheckIn(rhr=54)),
        ((Field.RHR,), "54 bpm", CheckIn(rhr=54)),
        ((Field.HRV,), "62", CheckIn(hrv=62.0)),
        ((Field.HRV,), "62.5ms", CheckIn(hrv=62.5)),
        ((Field.RPE,), "eight", CheckIn(rpe=8)),
    ],
)
def test_a_lone_number_fills_whichever_field_was_asked(
    asked: tuple[Field, ...], text: str, expected: CheckIn
) -> None:
    assert parsed(text, asked) == expected


# --- four core fields asked: positional, labelled, mixed -------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "6 7 5 8",
        "6/7/5/8",
        "6, 7, 5, 8",
        "6,7,5,8",
        "6-7-5-8",
        "6 - 7 - 5 - 8",
        "6–7–5–8",  # en dashes from phone keyboards
        "6.7.5.8",
        "6;7;5;8",
        "  6   7\t5\n8  ",
        "6 7 5 8.",
        "6/10 7/10 5/10 8/10",
        "6️⃣7️⃣5️⃣8️⃣",
        "6️⃣ 7️⃣ 5️⃣ 8️⃣",
        "six seven five eight",
        "Six, Seven, Five, Eight!",
        "６ ７ ５ ８",
        "sleep 6 arousal 7 recovery 5 mood 8",
        "mood 8 recovery 5 arousal 7 sleep 6",
        "sleep: 6, arousal: 7, recovery: 5, mood: 8",
        "sleep=6 stress=7 rec=5 mood=8",
        "slept 6, wired 7, recovered 5, mood 8",
        "6 7 5 mood 8",
        "mood 8 6 7 5",
        "sleep 6 7 5 8",
        "I slept 6, stress 7, recovery 5 and mood is 8",
    ],
)
def test_four_core_answers(text: str) -> None:
    assert parsed(text) == core(6, 7, 5, 8)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("sleep 6 mood 4 hrv 62 rhr 54", CheckIn(sleep=6, mood=4, hrv=62.0, rhr=54)),
        ("sleep: 6, mood=4", CheckIn(sleep=6, mood=4)),
        ("HRV 62ms", CheckIn(hrv=62.0)),
        ("hrv 62 ms", CheckIn(hrv=62.0)),
        ("rmssd 48.5", CheckIn(hrv=48.5)),
        ("heart rate variability 70", CheckIn(hrv=70.0)),
        ("rhr 54 bpm", CheckIn(rhr=54)),
        ("resting hr 54", CheckIn(rhr=54)),
        ("Resting heart rate: 54", CheckIn(rhr=54)),
        ("hr 48", CheckIn(rhr=48)),
        ("pulse 60", CheckIn(rhr=60)),
        ("heart rate 60", CheckIn(rhr=60)),
        ("rpe 7", CheckIn(rpe=7)),
        ("RPE 7/10", CheckIn(rpe=7)),
        ("effort 9", CheckIn(rpe=9)),
        ("last session 6", CheckIn(rpe=6)),
        ("sleep quality 3", CheckIn(sleep=3)),
        ("stress 9", CheckIn(arousal=9)),
        ("6 7 5 8 hrv 62 rhr 54 rpe 7", core(6, 7, 5, 8, hrv=62.0, rhr=54, rpe=7)),
        ("6 7 5 8 62ms 54bpm", core(6, 7, 5, 8, hrv=62.0, rhr=54)),
        ("6 7 5 8 54 bpm", core(6, 7, 5, 8, rhr=54)),
        ("rhr 54, 6 7 5 8", core(6, 7, 5, 8, rhr=54)),
        ("mood ten", CheckIn(mood=10)),
        ("mood 0", CheckIn(mood=0)),
        ("sleep 10 mood 0", CheckIn(sleep=10, mood=0)),
        ("rhr 25 hrv 5", CheckIn(rhr=25, hrv=5.0)),
        ("rhr 220 hrv 300", CheckIn(rhr=220, hrv=300.0)),
        ("6/7/5/10", core(6, 7, 5, 10)),  # a "/10" inside a chain is an answer, not "out of ten"
    ],
)
def test_labelled_and_mixed_answers(text: str, expected: CheckIn) -> None:
    assert parsed(text) == expected


def test_a_labelled_field_that_was_not_asked_is_kept() -> None:
    assert parsed("sleep 6 7", MOOD) == CheckIn(sleep=6, mood=7)


def test_positional_numbers_follow_the_order_asked() -> None:
    asked = (Field.MOOD, Field.SLEEP)
    assert parsed("3 9", asked) == CheckIn(mood=3, sleep=9)


def test_repeated_asked_fields_count_once_and_empty_means_core() -> None:
    assert parsed("7", (Field.MOOD, Field.MOOD)) == CheckIn(mood=7)
    assert parsed("6 7 5 8", ()) == core(6, 7, 5, 8)


# --- errors: each names what was wrong and shows a good answer --------------------------------


@pytest.mark.parametrize("text", ["", " ", "\n\t ", "\u3000"])
def test_empty_text(text: str) -> None:
    assert error(text) == (
        "That message was empty. Please send 4 numbers, in this order: "
        "sleep, arousal, recovery, mood. Example: 6 7 5 8."
    )


def test_empty_text_for_one_field_describes_that_field() -> None:
    assert error("", MOOD) == (
        "That message was empty. Please send one number for mood 0-10 "
        "(10 = best; low = irritable or flat). Example: 8."
    )


@pytest.mark.parametrize(
    ("text", "asked", "message"),
    [
        ("12", MOOD, "Mood is 0-10; you wrote 12. Example: mood 8."),
        ("11/10", MOOD, "Mood is 0-10; you wrote 11. Example: mood 8."),
        ("mood -2", CORE_FIELDS, "Mood is 0-10; you wrote -2. Example: mood 8."),
        ("6 7 5 80", CORE_FIELDS, "Mood is 0-10; you wrote 80. Example: mood 8."),
        ("11 7 5 8", CORE_FIELDS, "Sleep is 0-10; you wrote 11. Example: sleep 6."),
        ("6 70 5 8", CORE_FIELDS, "Arousal is 0-10; you wrote 70. Example: arousal 7."),
        ("rpe 15", CORE_FIELDS, "RPE is 0-10; you wrote 15. Example: rpe 7."),
        ("99999999999", MOOD, "Mood is 0-10; you wrote 99999999…. Example: mood 8."),
    ],
)
def test_out_of_range_on_a_scale(text: str, asked: tuple[Field, ...], message: str) -> None:
    assert error(text, asked) == message


@pytest.mark.parametrize(
    ("text", "shown"),
    [("rhr 5", "5"), ("rhr 24", "24"), ("rhr 221", "221"), ("5 bpm", "5"), ("hr 300", "300")],
)
def test_an_implausible_resting_heart_rate_names_the_range(text: str, shown: str) -> None:
    assert error(text) == (
        f"Resting heart rate of {shown} bpm isn't plausible; I accept 25-220 bpm. Example: rhr 54."
    )


@pytest.mark.parametrize(("text", "shown"), [("hrv 4", "4"), ("hrv 301", "301"), ("2ms", "2")])
def test_an_implausible_hrv_names_the_range(text: str, shown: str) -> None:
    assert error(text) == (
        f"HRV (rMSSD) of {shown} ms isn't plausible; I accept 5-300 ms. Example: hrv 62."
    )


@pytest.mark.parametrize(
    ("text", "asked", "message"),
    [
        ("6.5", MOOD, "Mood takes a whole number, 0-10; you wrote 6.5. Pick 6 or 7."),
        ("sleep 7.2", CORE_FIELDS, "Sleep takes a whole number, 0-10; you wrote 7.2. Pick 7 or 8."),
        (".5", MOOD, "Mood takes a whole number, 0-10; you wrote .5. Pick 0 or 1."),
        (
            "rhr 54.5",
            CORE_FIELDS,
            "Resting heart rate takes a whole number, 25-220 bpm; you wrote 54.5. Pick 54 or 55.",
        ),
    ],
)
def test_decimals_on_whole_number_fields_are_refused(
    text: str, asked: tuple[Field, ...], message: str
) -> None:
    assert error(text, asked) == message


@pytest.mark.parametrize(
    ("text", "asked", "message"),
    [
        (
            "6 7 5",
            CORE_FIELDS,
            "Too few numbers: I need 4 numbers, in this order: sleep, arousal, recovery, mood. "
            "You sent 3. Example: 6 7 5 8.",
        ),
        (
            "6 7 5 8 9",
            CORE_FIELDS,
            "Too many numbers: I need 4 numbers, in this order: sleep, arousal, recovery, mood. "
            "You sent 5. Example: 6 7 5 8.",
        ),
        (
            "6 7",
            MOOD,
            "Too many numbers: I need one number, for mood 0-10 (10 = best; low = irritable or "
            "flat). You sent 2. Example: 8.",
        ),
        (
            "6-7",
            MOOD,
            "Too many numbers: I need one number, for mood 0-10 (10 = best; low = irritable or "
            "flat). You sent 2. Example: 8.",
        ),
        (
            "sleep 6 7",
            CORE_FIELDS,
            "Too few numbers: besides the labelled ones, I need 3 numbers, in this order: "
            "arousal, recovery, mood. You sent 1. Example: 7 5 8.",
        ),
        (
            "6 7 5 8 mood 4",
            CORE_FIELDS,
            "Too many numbers: besides the labelled ones, I need 3 numbers, in this order: "
            "sleep, arousal, recovery. You sent 4. Example: 6 7 5.",
        ),
        (
            "mood 7 8",
            MOOD,
            "Too many numbers: everything asked for already has a label, so I can't tell what "
            "the unlabelled number is for. Put a label before each number, e.g. mood 8.",
        ),
    ],
)
def test_wrong_count_says_how_many_and_in_which_order(
    text: str, asked: tuple[Field, ...], message: str
) -> None:
    assert error(text, asked) == message


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("sleep 6 sleep 7", "Sleep appears twice; send it once. Example: sleep 6."),
        ("sleep 6 slept 7", "Sleep appears twice; send it once. Example: sleep 6."),
        ("rhr 54 hr 55", "Resting heart rate appears twice; send it once. Example: rhr 54."),
        ("62ms hrv 60", "HRV (rMSSD) appears twice; send it once. Example: hrv 62."),
    ],
)
def test_a_duplicate_label(text: str, message: str) -> None:
    assert error(text) == message


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("foo 6", '"foo"'),
        ("sleep 6 bar 7", '"bar"'),
        ("feeling 7", '"feeling"'),
        ("supercalifragilistic 4", '"supercalifra…"'),
    ],
)
def test_an_unknown_label(text: str, word: str) -> None:
    assert error(text) == (
        f"I don't know the label {word}. I know: sleep, arousal (or stress), recovery, mood, "
        "rhr, hrv, rpe. Example: sleep 6 mood 8."
    )


def test_a_label_without_a_number() -> None:
    assert error("sleep mood 4") == 'I saw "sleep" but no number after it. Example: sleep 6.'
    assert error("6 7 5 8 hrv") == 'I saw "hrv" but no number after it. Example: hrv 62.'


def test_energy_is_ambiguous_and_the_reply_says_what_to_use() -> None:
    assert error("energy 6") == (
        '"energy" could mean more than one thing here. Use arousal intensity 0-10 '
        "(10 = most activated or wired, 0 = flat) or speed of recovery 0-10 (10 = fastest). "
        "Example: arousal 7."
    )


@pytest.mark.parametrize("text", ["slept 7 hours", "sleep 7h", "7 hrs"])
def test_hours_of_sleep_are_not_a_quality_rating(text: str) -> None:
    assert error(text) == (
        "Sleep is rated for quality, 0-10 (10 = best), not in hours. Example: sleep 7."
    )


@pytest.mark.parametrize(
    "text", ["сон шесть", "сон 6 настроение 4", "睡眠六", "睡眠 6", "نوم ٦", "café 6", "ΰπνος 6"]
)
def test_text_in_another_script_asks_for_numbers(text: str) -> None:
    assert error(text) == (
        "I can only read digits (or English number words) and English labels. Please send "
        "4 numbers, in this order: sleep, arousal, recovery, mood. Example: 6 7 5 8."
    )
    assert text not in error(text)


@pytest.mark.parametrize("text", ["😴😴😴", "!!!", "?", "-", "/", "ok thanks"])
def test_no_number_at_all(text: str) -> None:
    assert error(text) == (
        "I couldn't find a number. Please send 4 numbers, in this order: "
        "sleep, arousal, recovery, mood. Example: 6 7 5 8."
    )


@pytest.mark.parametrize(
    "noise",
    ["a" * 5000, "6 " * 2500, "asdf jkl; 1234 " * 400, "🙂" * 5000, "x" * 1_000_000],
)
def test_long_noise_is_refused_fast_with_a_short_message(noise: str) -> None:
    started = time.perf_counter()
    message = error(noise)
    assert time.perf_counter() - started < 0.05
    assert message == (
        f"That's too long for a check-in (over {MAX_CHARS} characters). "
        "Send just the numbers, e.g. 6 7 5 8."
    )


def test_the_length_cap_counts_the_trimmed_text() -> None:
    longest = "6 7 5 8" + " " * (MAX_CHARS - 8) + "."
    assert len(longest) == MAX_CHARS
    assert parsed(f"  {longest}\n") == core(6, 7, 5, 8)
    assert error(longest + ".").startswith("That's too long for a check-in")


def test_messages_never_repeat_more_than_a_few_characters_of_the_text() -> None:
    secret = "panicattacksagain"
    for text in (f"{secret} 6", f"sleep 6 {secret}", f"mood {secret}"):
        message = error(text)
        assert secret not in message
        assert secret[:12] in message


# --- the helpers -----------------------------------------------------------------------------


def test_example_for() -> None:
    assert example_for() == "6 7 5 8"
    assert example_for(MOOD) == "8"
    assert example_for((Field.RHR, Field.HRV)) == "54 62"
    for asked in (CORE_FIELDS, MOOD, OPTIONAL_FIELDS, (Field.HRV, Field.SLEEP)):
        assert isinstance(parse(example_for(asked), asked), Parsed)


def test_field_help_says_which_end_is_good() -> None:
    assert set(FIELD_HELP) == set(Field)
    assert "10 = best" in FIELD_HELP[Field.SLEEP]
    assert "10 = most activated" in FIELD_HELP[Field.AROUSAL]
    assert "10 = fastest" in FIELD_HELP[Field.RECOVERY]
    assert "10 = best" in FIELD_HELP[Field.MOOD]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("6/10", CheckIn(sleep=6, mood=10)),  # "out of ten" would leave mood unanswered
        ("6/10 7/10", CheckIn(sleep=6, mood=7)),
        ("6 / 10, 7 out of 10", CheckIn(sleep=6, mood=7)),
    ],
)
def test_slash_ten_is_out_of_ten_unless_only_the_separator_reading_fits(
    text: str, expected: CheckIn
) -> None:
    assert parsed(text, (Field.SLEEP, Field.MOOD)) == expected


@pytest.mark.parametrize(
    ("text", "example"),
    [
        ("resting HR is 6 beats higher than usual", "rhr 54"),
        ("sleep 7 mood 6 rhr 6 bpm above normal", "rhr 54"),
        ("rhr up 5 today", "rhr 54"),
        ("hrv 20 lower than usual", "hrv 62"),
        ("hrv down 15", "hrv 62"),
        ("sleep 7 hrv down 15", "hrv 62"),  # the label the change follows, not an earlier one
        ("mood 6 rhr up 4", "rhr 54"),
    ],
)
def test_a_change_from_the_usual_asks_for_the_value_itself(text: str, example: str) -> None:
    # a change is not today's value: "6 beats higher" was read as a resting HR of 6
    assert error(text) == (
        "That reads like a change from your usual, not today's value. Send the number "
        f"itself, e.g. {example}."
    )


def test_beats_is_a_unit_of_resting_heart_rate() -> None:
    parsed = parse("rhr 52 beats")
    assert isinstance(parsed, Parsed) and parsed.checkin.rhr == 52
