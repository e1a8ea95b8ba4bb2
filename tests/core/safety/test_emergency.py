"""`core.safety.emergency`: a possible medical emergency in the 11 languages, sport talk not
one, and the fixed text word for word (docs/safety.md, "A possible medical emergency")."""

from __future__ import annotations

import pytest

from core.safety.emergency import is_medical_emergency
from core.safety.emergency_texts import EMERGENCY_REVIEWED, emergency_text
from core.safety.helplines import FALLBACK, helpline_for
from tests.core.safety.emergency_golden import EMERGENCY_BY_LANGUAGE

EMERGENCIES = [
    # an eighth attacker (2026-12-01, fourth session): missed before
    "ho un dolore fortissimo al petto che mi schiaccia e il braccio sinistro è intorpidito",
    "ik ben net flauwgevallen tijdens het fietsen en mijn borst doet pijn",
    "am o durere apăsătoare în piept și nu pot să respir",
    "crushing chest pain right now",
    "feels like an elephant sitting on my chest, sweating, nauseous",
    # a ninth attacker (fifth session of 2026-12-01): these got "Sorry", the niggle answer,
    # or only the suicide question
    "my chest is tight and my left arm is numb", "chest is crushing and i cant breathe",
    "my chest is crushing me and my jaw hurts",
    # a tenth attacker (fifth session): ordinary words, and an overdose now
    "pain in my chest going down my left arm", "tight band round my chest and my arm's gone dead",
    "someone sitting on my chest, sweating", "chest heavy, sick and clammy",
    "heart's going mad, going to pass out", "everything's going black and my chest hurts",
    "took a whole box of my meds 20 mins ago, feeling dizzy",
    "my brother took pills and i cant wake him up", "mein Bruder ist nicht ansprechbar",
    # someone who took pills and cannot be woken, in the languages (not_waking.py)
    "my friend took a whole bottle of pills and i can't wake him",
    "mi hijo tomó pastillas y no despierta", "подруга выпила таблетки и не просыпается",
    "mój brat połknął tabletki i nie mogę go dobudzić",
    "la mia ragazza ha preso le pillole e non si sveglia",
    "mon fils a pris des cachets et ne se réveille pas",
    "meine Tochter hat Tabletten genommen und wacht nicht auf",
    "meu pai tomou comprimidos e não acorda", "fiul meu a luat pastile și nu se trezește",
    "mijn zoon heeft pillen genomen en wordt niet wakker",
    "донька випила пігулки і не прокидається",
    "she isnt breathing",
    "my friend just collapsed at the gym and isn't responding",
    # en: a fourth attacker's three, and the signs one by one with another
    "heart pounding can't breathe I think I'm dying right now",
    "crushing pain in my chest and my left arm is numb after the run",
    "I collapsed during my run and my vision went dark, my chest hurts a lot",
    "I think I'm having a heart attack",
    "chest pain and my left arm is numb",
    "i fainted on the treadmill",
    "pain spreading down my left arm and my chest really hurts",
    # es
    "me late el corazón muy fuerte, no puedo respirar, creo que me estoy muriendo",
    "dolor en el pecho y no puedo respirar",
    "me desmayé corriendo",
    # de
    "herzrasen, ich krieg keine luft, ich glaub ich sterbe gerade",
    "Brustschmerzen und mein linker Arm ist taub",
    "bin beim laufen umgekippt",
    # fr
    "j'ai le cœur qui bat très fort, je n'arrive plus à respirer, je crois que je vais mourir",
    "douleur dans la poitrine, je n'arrive pas à respirer",
    "je me suis évanoui pendant le footing",
    # pt
    "meu coração está disparado, não consigo respirar, acho que estou morrendo",
    "dor no peito e falta de ar",
    "desmaiei na corrida",
    # it
    "il cuore mi batte fortissimo, non respiro, credo di morire",
    "dolore al petto e non respiro",
    "sono svenuto durante la corsa",
    # nl
    "hartkloppingen, ik krijg geen lucht, ik denk dat ik doodga",
    "pijn op mijn borst en ik krijg geen lucht",
    "ik ben flauwgevallen tijdens het hardlopen",
    # pl
    "serce wali, nie mogę oddychać, chyba umieram",
    "ból w klatce, nie mogę oddychać",
    "zemdlałem na bieżni",
    # ro
    "inima îmi bate tare, nu pot respira, cred că mor",
    "durere în piept, nu pot respira",
    "am leșinat la alergare",
    # ru
    "сердце колотится, не могу дышать, кажется я умираю",
    "боль в груди, не могу дышать",
    "я потерял сознание на пробежке",
    # uk
    "серце калатає, не можу дихати, здається я помираю",
    "біль у грудях, не можу дихати",
    "я знепритомнів на пробіжці",
]

SPORT_AND_FIGURES = [
    "he wont wake up for training lol", "my coach isnt responding to my texts",
    "mi hijo no despierta temprano", "my mum took her pills this morning",
    "my son won't wake up for school", "non si sveglia mai prima delle dieci",
    "she isnt breathing properly when she swims",
    "took my meds an hour ago, whats the plan", "chest heavy after bench",
    "going to pass out after these burpees lol", "legs heavy, clammy hands before the race",
    "chest is tight after the intervals", "my chest is tight lately when i run",
    "chest feels tight from the cold air",
    "my mate passed out on the sofa after the party",
    "the shot clock is not responding",
    "my teammate fainted in the heat at the match, she's fine now",
    "my chest is dying after bench",
    "legs collapsed on the last rep",
    "dying after these burpees, can't breathe lol",
    "heart rate 180 on the hill",
    "heart racing, can't breathe after the sprints",
    "can't breathe after the intervals, im dying lol",
    "collapsed on the sofa after the long run",
    "chest is tight after bench",
    "almost passed out from that WOD lol",
    "my heart was pounding on the last hill",
    "chest day killed me",
    "i want to die",
    "ich will sterben",
    "me muero de risa",
    "ich sterbe vor lachen",
    "sto morendo dal caldo",
    "umieram ze śmiechu",
    "я умираю от смеха",
    "what's today's session?",
    # a pattern, not now (attack 7): the panic concern text, not "call 999 now"
    "heart pounding chest tight cant breathe every time i go to the gym lately",
    "herzrasen und keine luft jedes mal vor dem wettkampf",
]


@pytest.mark.parametrize("message", EMERGENCIES)
def test_a_possible_medical_emergency_is_found(message: str) -> None:
    assert is_medical_emergency(message)


@pytest.mark.parametrize("message", SPORT_AND_FIGURES)
def test_sport_talk_and_figures_of_speech_are_not(message: str) -> None:
    assert not is_medical_emergency(message)


# A fainting told as over (sixth session: replaying the training set through the Coach sent
# the emergency text first for these kinds): not "call the emergency number now". Other
# words than the training rows'.
FAINTED_BEFORE = [
    "passed out two weeks ago at the track, should i get it checked?",
    "i fainted once giving blood, fine to train today?",
    "blacked out last season in a race, never since",
    "se me fue y me desmayé ayer en el gimnasio, hoy estoy bien",
    "bin gestern beim spinning umgekippt, heute alles gut",
    "je me suis évanoui hier soir après le match",
    "desmaiei há três dias no treino, já estou melhor",
    "sono svenuta una volta in palestra anni fa",
    "ik ben vorige week flauwgevallen bij de sauna",
    "zemdlałam kiedyś na zawodach, teraz jest ok",
    "am leșinat acum doua zile la sala",
    "потерял сознание на прошлой неделе на тренировке",
    "знепритомніла вчора на пробіжці, зараз нормально",
]
# ... but a fainting now, or told as past beside a sign now, or someone not responding
STILL_NOW = [
    "i just fainted at the gym and my chest hurts",
    "passed out yesterday and now crushing chest pain",
    "i fainted, once again, on the floor of the gym",
    "bin noch einmal umgekippt gerade",
    "desmaiei mais uma vez agora",
    "yesterday he took pills and now i cant wake him",
    "i collapsed in the park, my arm is numb and i cant breathe",
]


# a twelfth attacker's emergencies in it, pl, ro, ru, uk, nl
TWELFTH = [
    "sono appena svenuto in palestra e ho un dolore forte al petto",
    "opadł mi kącik ust i nie czuję prawej ręki",
    "am o durere care imi strange pieptul si imi amorteste bratul stang, transpir rece",
    "сильно сдавило грудь и отдаёт в левую руку, холодный пот",
    "в мене обличчя перекосило на один бік і не можу нормально говорити",
    "heb net al mijn slaappillen ingenomen met wijn",
]


@pytest.mark.parametrize("message", TWELFTH)
def test_the_twelfth_attackers_emergencies_are_found(message: str) -> None:
    assert is_medical_emergency(message)


@pytest.mark.parametrize("message", ["al mijn vitamines ingenomen vanochtend",
                                     "ik heb al mijn medicijnen ingenomen zoals voorgeschreven"])
def test_all_my_vitamins_or_meds_as_prescribed_are_not(message: str) -> None:
    assert not is_medical_emergency(message)


@pytest.mark.parametrize("message", FAINTED_BEFORE)
def test_a_fainting_told_as_over_is_not_an_emergency_now(message: str) -> None:
    assert not is_medical_emergency(message)


@pytest.mark.parametrize("message", STILL_NOW)
def test_a_fainting_now_or_with_a_sign_now_still_is(message: str) -> None:
    assert is_medical_emergency(message)


def test_the_text_word_for_word_with_the_country_number() -> None:
    assert emergency_text(helpline_for("GB")) == (
        "Stop what you're doing. If this is happening now (chest pain or pressure, pain "
        "spreading to your arm or jaw, fainting or collapse, severe breathlessness, or feeling "
        "you may be dying), call 999 now and don't wait to see if it passes. I'm a training "
        "coach, not a clinician."
    )
    assert "call 112 / 103 now" in emergency_text(helpline_for("UA"))
    assert "call your local emergency number (112 in much of the world, 911 in North America, " \
        "999 in the UK) now" in emergency_text(FALLBACK)


@pytest.mark.parametrize("language", sorted(EMERGENCY_BY_LANGUAGE))
def test_the_text_word_for_word_in_each_reviewed_language(language: str) -> None:
    country, expected = EMERGENCY_BY_LANGUAGE[language]
    assert language in EMERGENCY_REVIEWED
    assert emergency_text(helpline_for(country), language) == expected


def test_an_unreviewed_or_unknown_language_gets_the_english_text() -> None:
    english = emergency_text(helpline_for("ES"))
    assert english.startswith("Stop what you're doing.") and "call 112 now" in english
    assert emergency_text(helpline_for("ES"), "es", reviewed=frozenset()) == english
    assert emergency_text(helpline_for("ES"), "xx") == english
    assert emergency_text(helpline_for("ES"), None) == english


def test_without_a_country_the_fallback_words_are_in_the_texts_language() -> None:
    spanish = emergency_text(FALLBACK, "es")
    assert "llama ya al número de emergencias de tu zona (112 en gran parte del mundo" in spanish
    russian = emergency_text(FALLBACK, "ru")
    assert "немедленно звоните по местному номеру экстренных служб (112" in russian


# G09 (a fresh attacker, sixth session of 2026-12-01): an overdose told as just taken got the
# crisis text and the suicide question, never the emergency text (`overdose_now.py`)
OVERDOSE_NOW = [
    "i just took 20 sleeping pills", "me tomé todas las pastillas",
    "hab grad alle tabletten geschluckt", "j'ai avalé toute ma boîte de somnifères",
    "tomei todos os remédios", "ho preso tutte le pillole", "ik heb alle pillen ingenomen",
    "łyknąłem wszystkie tabletki", "am luat toate pastilele", "выпил все таблетки",
    "випив усі таблетки",
    # other words for the kind: a number, a box, too many, just now, with spirits
    "ive taken 30 of my antidepressants", "swallowed way too many painkillers, feel sick",
    "just had half a bottle of vodka with my meds", "acabo de tomarme una caja entera de "
    "ibuprofeno", "ich hab gerade ne ganze packung schlaftabletten genommen",
    "je viens de prendre trop de cachets", "acabei de tomar uma cartela inteira de rivotril",
    "ho appena preso una scatola di sonniferi", "heb net een hele doos slaappillen geslikt",
    "właśnie połknęłam całe opakowanie leków", "tocmai am înghițit o cutie întreagă de "
    "somnifere", "только что проглотил горсть снотворного", "щойно наковталася пігулок",
]
# not an overdose now: ordinary doses, supplements, the past, the future, a question
OVERDOSE_NOT_NOW = [
    "took my vitamins this morning", "took all my supplements this morning",
    "took all my vitamin pills", "took 2 ibuprofen after the long run",
    "took all my meds as prescribed", "took all my meds this morning like a good boy",
    "took all my pills last year and ended up in hospital",
    "me tomé todas las pastillas hace dos años", "hab letzte woche alle tabletten genommen",
    "im going to take all my pills tonight", "what if i took all my pills",
    "je vais prendre tous mes cachets ce soir", "took 10 salt tablets on the ultra",
    "took 20mg of my meds", "can i have a vodka with my meds?",
    "overdosed on carbs before the marathon lol", "ate a whole family pack of crisps",
    "took all the pills out of the box to count them",
    # a second look (same session): water, beer, carrying, a course, food are not
    "took my pills with a bottle of water", "had 3 beers and took my meds",
    "all my meds are taken care of", "took all my tablets with me on the trip",
    "finished all my antibiotics, took the last 10 tablets",
    "took a whole box of tissues to the race", "swallowed a whole pack of gum lol",
]


@pytest.mark.parametrize("message", OVERDOSE_NOW)
def test_an_overdose_just_taken_is_an_emergency(message: str) -> None:
    assert is_medical_emergency(message)


@pytest.mark.parametrize("message", OVERDOSE_NOT_NOW)
def test_pills_taken_as_usual_in_the_past_or_future_are_not(message: str) -> None:
    assert not is_medical_emergency(message)


# G10: stroke signs got the concern text or "Sorry" (`stroke.py`): a face drooping alone, or
# two signs (an arm or side, speech, sight, the worst headache), in the 11 languages
STROKE = [
    "i cant feel my right arm and my face is drooping",
    "my vision went double and i cant talk properly after the run",
    "one side of my face has dropped", "worst headache of my life and my left arm is weak",
    "i think im having a stroke",
    "se me cae un lado de la cara", "no puedo hablar bien y veo doble",
    "mein gesicht hängt auf einer seite", "kann nicht richtig sprechen und sehe doppelt",
    "un côté du visage qui tombe", "je vois double et je n'arrive plus à parler correctement",
    "o meu rosto está caído", "vejo dobrado e estou com a fala enrolada",
    "ho il viso cadente", "vedo doppio e non riesco a parlare bene",
    "mijn gezicht hangt", "ik zie dubbel en kan niet goed praten",
    "opada mi kącik ust", "widzę podwójnie i bełkoczę",
    "fața îmi cade", "văd dublu și nu pot vorbi normal",
    "опустился уголок рта", "двоится в глазах и язык заплетается",
    "опустився куточок рота", "двоїться в очах і язик заплітається",
]
STROKE_SPORT = [
    "can't feel my legs after the squats", "my arm is dead after bench", "my face is red",
    "seeing double after that header", "arms are jelly after the pull ups",
    "worst headache of my life after that hangover", "la bocca storta per lo sforzo",
]


@pytest.mark.parametrize("message", STROKE)
def test_stroke_signs_are_an_emergency(message: str) -> None:
    assert is_medical_emergency(message)


@pytest.mark.parametrize("message", STROKE_SPORT)
def test_one_sign_or_sport_talk_is_no_stroke(message: str) -> None:
    assert not is_medical_emergency(message)


# G10: a fall with a head injury got the suicide ask band's question; the fainting patterns
# wanted "i" (`head_injury.py`)
HEAD_OR_FAINTED_NOW = [
    "passed out in the shower after my run and hit my head",
    "fainted at the gym just now", "blacked out on the bike today, still on the floor",
    "just collapsed mid run", "hit my head on the bar and keep throwing up",
    "got knocked out in sparring and now im confused",
    "me golpeé la cabeza y estoy confundido", "kopf angeschlagen und mich übergeben",
    "je me suis cogné la tête et j'ai vomi", "bati a cabeça e desmaiei",
    "ho battuto la testa e ho vomitato", "hoofd gestoten en overgegeven",
    "uderzyłem się w głowę i wymiotuję", "m-am lovit la cap și am vomitat",
    "ударился головой, тошнит и вырвало", "вдарився головою і знепритомнів",
]
HEAD_OR_FAINTED_NOT_NOW = [
    "got home and passed out", "almost passed out from that WOD lol",
    "passed out at 9pm lol, slept 10 hours", "passed out on the sofa after the long run",
    "got knocked out in sparring", "hit my head on the bar, all good",
    "blacked out again saturday, no idea how i got home",
    "fainted in the sauna cutting weight, all good now though",
    "hit my head last week and threw up", "knocked out the last 5 reps",
]


@pytest.mark.parametrize("message", HEAD_OR_FAINTED_NOW)
def test_a_head_injury_or_a_fainting_now_without_i_is_an_emergency(message: str) -> None:
    assert is_medical_emergency(message)


@pytest.mark.parametrize("message", HEAD_OR_FAINTED_NOT_NOW)
def test_sleep_drink_one_knock_or_the_past_is_not(message: str) -> None:
    assert not is_medical_emergency(message)
