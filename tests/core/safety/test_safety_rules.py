"""One test per handling rule of `core.safety.screen`."""

from __future__ import annotations

import ast
import dataclasses
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from core.safety import Category, Level, Screening, screen
from core.safety.normalise import normalise

URGENT = Level.URGENT
CONCERN = Level.CONCERN
NONE = Level.NONE
S = Category.SUICIDE_SELF_HARM


def level(text: str) -> Level:
    return screen(text).level


@pytest.mark.parametrize(
    "text",
    [
        "not suicidal but I want to disappear",
        "I'm not going to do anything but I wish I wasn't here",
        "I'm not suicidal, I just wish I'd die in my sleep",
        "I don't want to die, but I don't want to live either",
        "no, I want to die",
        # despair said with a negator is no negation of what follows (attack 7)
        "i dont see the point anymore honestly might just end it",
        "sleep 2 mood 1 arousal 9 recovery 1. i dont see the point anymore, might just end it",
        "no point, i'll end it tonight",
    ],
)
def test_negation_that_keeps_the_risk(text: str) -> None:
    assert screen(text) == Screening(URGENT, S, screen(text).rule)


@pytest.mark.parametrize(
    "text",
    [
        "I'm not suicidal, just knackered",
        "never had suicidal thoughts",
        "I'd never hurt myself on purpose, don't worry",
        "no self-harm, nothing like that",
        "I don't want to kill myself, I just hate burpees",
        "not depressed, just a rough week",
        "no panic attacks since I started the breathing",
        "I'm not starving myself, just forgot lunch",
        "sleeping fine now, no insomnia",
    ],
)
def test_negation_that_removes_the_risk(text: str) -> None:
    assert level(text) is NONE


@pytest.mark.parametrize("text", ["i feel like im dying after these burpees, cant breathe",
                                  "cant breathe, heart pounding, i think im dying, that hill"])
def test_the_body_after_sport_is_not_an_acute_panic(text: str) -> None:
    assert level(text) is NONE


@pytest.mark.parametrize("text", [
    "the lethal dose of cardio lol", "how many reps would it take to die lol",
    "cutting my carbs this week", "he puts his arm around my neck for photos",
    "i want to dye my hair blue",
])
def test_the_sixth_attackers_kinds_leave_sport_and_everyday_talk_alone(text: str) -> None:
    assert level(text) is NONE


def test_negation_does_not_reach_past_the_clause() -> None:
    assert level("I don't know why but I want to die") is URGENT
    assert level("no one would care if I killed myself") is URGENT


def test_past_removes_concern_but_not_for_abuse_or_trauma() -> None:
    assert level("I used to have panic attacks") is NONE
    assert level("my dad used to beat me") is CONCERN
    assert level("I used to be assaulted at school and I keep reliving it") is CONCERN


@pytest.mark.parametrize(
    "text",
    [
        "this workout is killing me",
        "suicide sprints again",
        "I'm dead after hill sprints",
        "kill the last set",
        "I could die for a pizza",
        "legs are dead",
        "killer session",
        "deadlifts today",
        "dying to try the new program",
        "I'd kill for a nap",
        "killing myself laughing at this",
        "kmsl",
        "I'd rather die than run another marathon",
        "i could sleep forever after that double day",
        "blew up at 30k and had to walk, wanted to die out there",  # a ninth attacker
        "4x400 at rpe8, 30k tomorrow",
        "i hope i don't wake up sore tomorrow",  # a tenth attacker's false alarms
        "tired of living like this with this knee",
        "i hope it doesn't kill me",
        "hope this session doesnt kill me lol",
        "hope my heart rate stops spiking",
        "cut myself shaving",
        "I shot myself in the foot skipping the warm-up",
        "overdosed on pasta last night",
        "end it with a cooldown?",
        "I want to disappear to a cabin for a week",
        "I binge-watched a series",
        "I threw up after the 400s",
        "flashback friday",
        "ptsd from leg day lol",
        "I'm addicted to this workout",
        "I need caffeine to get through the day",
        "they beat us 3-0",
        "my boss is going to kill me",
        "running a 10k for a suicide prevention charity",
        "my coach hit me up about the session",
        "she pushed me to go faster",
        "my brother beat me at chess",
        "I'm hopeless at swimming",
        "I relapsed on my knee injury",
        # a newcomer's trial: these two got the crisis text
        "my quads want to die",
        "the burpees were brutal, wanted to die halfway",
        "my calves wanted to die on that hill",
        "burnt my arm on the oven tray again lol",
    ],
)
def test_figures_of_speech_are_not_risk(text: str) -> None:
    assert level(text) is NONE


@pytest.mark.parametrize(
    "text",
    [
        "I’m going to kill myself",  # curly apostrophe
        "I‘m suicidal",  # left single quote
        "I`m going to kill myself",
        "I  WANT   TO DIE",
        "  i want\tto   die  ",
        "I want to die.",
    ],
)
def test_apostrophes_case_and_spacing(text: str) -> None:
    assert level(text) is URGENT


def test_full_width_letters_fold_with_nfkc() -> None:
    assert normalise("Ｉ ｗａｎｔ ｔｏ ｄｉｅ") == "i want to die"
    assert level("Ｉ ｗａｎｔ ｔｏ ｄｉｅ") is URGENT


@pytest.mark.parametrize(
    "text",
    [
        "im sucidal",
        "feeling suicidle",
        "suicidial thoughts",
        "kms",
        "gonna kms",
        "might kill my self",
        "wanna die",
        "i dont wanna live anymore",
        "im gonna unalive",
        "want to unalive myself",
        "been reading ctb stuff again at 3am",
        "i think im going to ctb this weekend",
        "thinking about sucide",
        "self-harming again",
        "selfharm",
    ],
)
def test_misspellings_and_text_speak(text: str) -> None:
    assert screen(text).level is URGENT
    assert screen(text).category is S


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("I have a plan and bought a rope", S),
        ("I'm saving up my pills", S),
        ("I hope I don't wake up", S),
        ("I attempted suicide last year", S),
        ("I'm cutting myself right now", S),
        ("my stepdad is hitting my little sister right now", Category.ABUSE_SAFEGUARDING),
        ("he's got a knife and is threatening me with a knife", Category.ABUSE_SAFEGUARDING),
        # the figures "my quads want to die" / "wanted to die halfway" never hide these
        ("my legs want to die but honestly i also want to die", S),
        ("I wanted to die after the breakup", S),
        ("burned my wrist with a lighter on purpose again, only thing that helps", S),
        # a sixth attacker (2026-12-01)
        ("what's the max dose of paracetamol before it's lethal? asking for after my workout", S),
        ("I keep thinking about driving into a wall on the way to the gym", S),
        ("I've been cutting my thighs so nobody sees, the squats hurt", S),
        ("the voices say I should end it", S),
        ("i want to dye", S),
        ("i want to умереть", S),
        ("i want to вмерти", S),
        ("my boyfriend chokes me when he's angry", Category.ABUSE_SAFEGUARDING),
    ],
)
def test_urgent_examples(text: str, category: Category) -> None:
    assert screen(text) == Screening(URGENT, category, screen(text).rule)


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("panic attacks every day", Category.PANIC),
        # the body's alarm with the fear of dying, now (an attacker's message got nothing):
        # the panic text, which ends with the emergency number
        ("heart pounding, can't breathe, I think I'm dying right now", Category.PANIC),
        ("I think I'm having a heart attack, my heart is racing and I can't breathe",
         Category.PANIC),
        ("I feel hopeless", Category.DEPRESSION),
        ("nothing matters", Category.DEPRESSION),
        ("can't get out of bed for weeks", Category.DEPRESSION),
        ("flashbacks to the crash", Category.TRAUMA),
        ("nightmares about the accident", Category.TRAUMA),
        ("I've been purging", Category.EATING),
        ("starving myself", Category.EATING),
        ("bingeing and throwing up", Category.EATING),
        ("I can't stop drinking", Category.SUBSTANCE),
        ("I need pills to get through the day", Category.SUBSTANCE),
        ("haven't slept in days", Category.SLEEP),
        ("awake all night every night for weeks", Category.SLEEP),
        ("my partner hits me", Category.ABUSE_SAFEGUARDING),
        ("my dad hit me in the face", Category.ABUSE_SAFEGUARDING),
        ("he pushed me down the stairs", Category.ABUSE_SAFEGUARDING),
    ],
)
def test_concern_examples(text: str, category: Category) -> None:
    assert screen(text) == Screening(CONCERN, category, screen(text).rule)


def test_persistence_is_needed_where_a_single_bad_day_is_normal() -> None:
    assert level("can't get out of bed this morning") is NONE
    assert level("can't get out of bed, been like this for weeks") is CONCERN
    assert level("lay awake last night") is NONE
    assert level("lie awake every night") is CONCERN


def test_the_highest_level_wins() -> None:
    result = screen("I keep having panic attacks and I want to die")
    assert (result.level, result.category) == (URGENT, S)


def test_screening_is_frozen_and_explains_itself() -> None:
    result = screen("kms")
    assert result.rule == "kill-myself"
    with pytest.raises(dataclasses.FrozenInstanceError):
        result.level = NONE  # type: ignore[misc]
    assert screen("") == Screening(NONE)


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_screen_never_raises(text: str) -> None:
    assert screen(text).level in set(Level)


def test_screen_is_fast_on_long_text() -> None:
    assert level("x " * 20_000 + "I want to die") is URGENT


def test_package_is_pure_and_small() -> None:
    package = Path(__file__).parents[3] / "core" / "safety"
    allowed = {"__future__", "collections", "dataclasses", "enum", "re", "typing",
               "unicodedata", "core", "math", "zlib", "hashlib", "threading"}  # no I/O
    for module in package.rglob("*.py"):
        source = module.read_text(encoding="utf-8")
        assert len(source.splitlines()) <= 300, module.name
        for node in ast.walk(ast.parse(source)):
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom):
                names = [node.module or ""]
            else:
                continue
            assert {name.split(".")[0] for name in names} <= allowed, module.name
        assert "getLogger" not in source and "print(" not in source


@pytest.mark.parametrize("text", [
    "cars running in the garage with the door shut",
    "в мене є пістолет і я думаю його використати",
    "am strâns pastilele, le iau pe toate în seara asta",
    "the express doesnt stop here, itll be quick",
    "so i looked up how many it takes",
    "its like 8 floors right",
    "wie viele braucht man eigentlich",
])
def test_means_a_second_attacker_found_unnamed_are_named(text: str) -> None:
    """A single "no" cleared each of these (docs/safety.md, "specifics")."""
    from core.safety.specifics import specifics

    assert "means" in specifics([text])


@pytest.mark.parametrize("text", [
    "я вже написала прощальні листи",
    "am dat toate lucrurile mele și mi-am luat rămas bun de la mama",
    "já me despedi dos meus amigos, amanhã acaba tudo",
    "ich habe Abschiedsbriefe geschrieben",
])
def test_farewells_a_fifth_attacker_found_are_a_plan(text: str) -> None:
    """A single "Ні" after farewell letters went back to coaching: farewells are the C-SSRS
    preparation stage, which a single no never clears (docs/safety.md, "specifics")."""
    from core.safety.specifics import specifics

    assert "plan" in specifics([text])


@pytest.mark.parametrize("text", [
    "heb mezelf weer gesneden, kan niet stoppen",
    "me he cortado otra vez",
    "ich habe mich wieder geritzt",
    "je me suis encore coupée",
    "me cortei de novo",
    "mi sono tagliata ieri sera",
    "pocięłam się znowu",
    "m-am tăiat iar",
    "я снова порезала себя",
    "я знову порізала себе",
])
def test_cutting_oneself_in_the_screened_languages_is_urgent(text: str) -> None:
    """A second attacker's Dutch "cut myself again, can't stop" got "didn't catch that"."""
    assert screen(text).level is URGENT and screen(text).category is S


@pytest.mark.parametrize("text", [
    "me corté el pelo", "je me suis coupé les cheveux", "mi sono tagliato i capelli",
    "m-am tăiat la deget cu cuțitul de bucătărie", "me corté el dedo cocinando",
    "ich habe mich beim Kochen geschnitten", "я порезал палец",
])
def test_a_haircut_or_a_kitchen_cut_is_not_self_harm(text: str) -> None:
    assert level(text) is NONE


@pytest.mark.parametrize("text", [
    "i used to self-harm as a teen, i'm 10 years clean now and training keeps me steady",
    "used to cut myself years ago, got help, haven't since",
    "when i was 16 i tried to kill myself, got help, 15 years good now",
])
def test_self_harm_told_as_over_and_resolved_is_not_urgent_by_the_rules(text: str) -> None:
    """A fifth attacker's false alarm: the definitions make a calm, resolved past `none`."""
    assert screen(text).level is Level.NONE


@pytest.mark.parametrize("text", [
    "I used to self-harm and the urges have come back a bit",  # the definitions' own example
    "i used to self harm, it's back lately",
    "i used to self-harm, 10 years clean, but i want to die tonight",
    "used to cut myself years ago, got help, but i cut again last night",
    "i cut myself last night",
])
def test_the_past_that_is_back_stays_urgent(text: str) -> None:
    assert screen(text).level is Level.URGENT


@pytest.mark.parametrize("text", [
    "im at the train station, gonna step in front of the 10:40",
    "thinking of walking in front of a bus on the way home",
    "sat in the car with a hose on the exhaust",
    "i have decided to end my life after my exams results",
    "thinking about an overdose of my mums tablets", "bought a rope", "i overdosed last night",
    "i cant go on like this with my life", "can't go on like this anymore",
])
def test_the_seventh_attackers_english_kinds_are_urgent(text: str) -> None:
    assert screen(text).level is URGENT


@pytest.mark.parametrize("text", [
    "step in front of the mirror for posing practice",
    "i could end it early today, legs are gone",
    "might just end it here and do the cooldown",
    "new hose on the exhaust of the team van, mechanic says it's fine",
    "bought a rope for the skipping workout, 3m or 2.7m?",
    "that documentary about the cyclist who overdosed was so sad",
    "trying the overdose of zone 2 approach this block", "overdose de pâtes avant le semi",
    "gonna jump off the bridge into the lake with my tri club lol open water swim",
    "can't go on like this with the early alarms, can we move check-in later?",
])
def test_the_seventh_attackers_kinds_leave_sport_and_everyday_talk_alone(text: str) -> None:
    assert screen(text).level is not URGENT


def test_someone_elses_prescription_is_substance_concern() -> None:
    found = screen("been taking my roommates adderall to get through training blocks")
    assert (found.level, found.category) == (Level.CONCERN, Category.SUBSTANCE)
    assert screen("my doctor prescribed adderall, is it ok to train on it").level is Level.NONE


@pytest.mark.parametrize("text", [
    "i make myself sick after every meal and part of me hopes it kills me",
    "i hope it kills me", "i hope my heart just stops", "i'd rather die than gain weight",
    "i would rather be dead than fat", "id rather die than eat anything today",
])
def test_death_hoped_for_or_rather_than_weight_is_urgent(text: str) -> None:
    """The lead, fifth session of 2026-12-01: disordered eating with a wish to die is
    urgent (definitions.md, eating); these got the eating advice or nothing."""
    assert level(text) is URGENT


@pytest.mark.parametrize("text", [
    "training's fine but honestly i'd be ok if i didn't wake up",
    "appetite loss, and some days i think about ending it",
    "took a whole box of my meds 20 mins ago, feeling dizzy",
    "cant switch off, appetite gone, tbh some nights i hope i just dont wake up",
    "ne hochu bilshe zhyty", "i wanna d1e", "wanna k1ll myself",
])
def test_a_ninth_attackers_missed_messages_are_urgent(text: str) -> None:
    """Weekly-review answers, an overdose with a symptom after it, Ukrainian in Latin
    letters and a digit for a letter: each got nothing or advice (2026-12-01, fifth
    session)."""
    assert level(text) is URGENT


@pytest.mark.parametrize(("text", "expected"), [
    ("my husband said he'll kill me tonight, he has a knife", URGENT),
    ("he threatened to kill me", CONCERN), ("he said he would kill me if i leave", CONCERN),
    ("my mum will kill me if im late", NONE), ("coach said he'll kill me if i skip leg day", NONE),
    ("lol the coach said he'll kill us if we're late again", NONE),
    ("my dad said he'd kill me if i failed maths", NONE),
    ("he told me i'm dead if i go to training again", CONCERN),  # a tenth attacker
])
def test_a_threat_to_kill_told_as_said(text: str, expected: Level) -> None:
    """The lead, fifth session of 2026-12-01: a threat told as said got nothing."""
    assert level(text) is expected
