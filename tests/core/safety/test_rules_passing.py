"""Preparation and self-harm told in passing (core/safety/rules_passing.py): the lead's own
sentences of the kinds dev2 showed missed, in the 11 languages, and hard negatives."""

from __future__ import annotations

import pytest

from core.safety import Category, Level
from core.safety.screener import rules_only

URGENT = [
    # life insurance checked for suicide
    "tempo run 8k. btw does my life insurance cover suicide, just wondering",
    "mi seguro de vida paga si es suicidio? pregunto por nada",
    "zahlt die versicherung auch bei selbstmord? nur so",
    "est-ce que l'assurance vie paie en cas de suicide",
    "l'assicurazione sulla vita copre il suicidio?",
    "o seguro de vida cobre suicídio? só curiosidade",
    "keert de levensverzekering uit bij zelfmoord?",
    "czy ubezpieczenie obejmuje samobójstwo",
    "asigurarea plătește la sinucidere?",
    "страховка покрывает самоубийство?", "чи покриває страхування самогубство?",
    # a blade again
    "used the razor blade again last night, 4 months wasted",
    "otra vez la cuchilla, llevaba medio año", "wieder die rasierklinge, nach einem jahr",
    "encore la lame hier soir", "di nuovo la lametta ieri", "de novo a lâmina ontem à noite",
    "weer het scheermesje gepakt", "znowu żyletka, po roku", "iar lama, după un an",
    "снова лезвие, после года", "знову лезо, після року",
    # pills saved instead of taken
    "been saving my antidepressants instead of taking them, think i have enough",
    "estoy juntando las pastillas en vez de tomarlas",
    "ich sammle die tabletten statt sie zu nehmen",
    "je garde mes médicaments au lieu de les prendre",
    "metto da parte le pillole invece di prenderle",
    "estou guardando os comprimidos em vez de tomar",
    "ik spaar mijn pillen in plaats van ze te nemen",
    "odkładam tabletki zamiast brać", "strâng pastilele în loc să le iau",
    "коплю таблетки вместо того чтобы пить", "відкладаю таблетки замість того щоб пити",
    # a farewell letter written
    "5k easy. wrote my goodbye letters yesterday", "escribí la carta de despedida",
    "ich habe den abschiedsbrief geschrieben", "j'ai écrit ma lettre d'adieu",
    "ho scritto la lettera d'addio", "escrevi a carta de despedida",
    "ik heb de afscheidsbrief geschreven", "napisałam list pożegnalny",
    "am scris scrisoarea de adio", "написала прощальное письмо", "написав прощальний лист",
    # when I'm gone
    "my brother can have my bike when im gone",
    "mi hermano puede quedarse la bici cuando ya no esté",
    "mein bruder kriegt das rad, wenn ich nicht mehr da bin",
    "mon frère aura mon vélo quand je serai plus là",
    "mio fratello avrà la bici quando non ci sarò più",
    "meu irmão fica com a bike quando eu não estiver mais aqui",
    "mijn broer krijgt mijn fiets als ik er niet meer ben",
    "brat dostanie rower jak mnie nie będzie",
    "fratele meu ia bicicleta când nu voi mai fi", "брат заберёт велик, когда меня не станет",
    "брат забере велосипед, коли мене не стане",
    # a pet given away for good
    "easy spin today. gave my dog to my aunt for good", "le di mi perro a mi tía para siempre",
    "meinen hund hab ich für immer zu meiner tante gegeben",
    "j'ai donné mon chien à ma tante pour de bon", "ho dato il mio cane a mia zia per sempre",
    "dei o meu cachorro para a minha tia para sempre", "mijn hond is voorgoed naar mijn tante",
    "oddałem psa cioci na zawsze", "am dat câinele mătușii pentru totdeauna",
    "отдал собаку тёте навсегда", "віддав собаку тітці назавжди",
    # better off without me
    "mis padres estarían mejor sin mí", "meine eltern wären besser ohne mich",
    "mes parents seraient mieux sans moi", "i miei starebbero meglio senza di me",
    "meus pais estariam melhor sem mim", "mijn ouders zijn beter af zonder mij",
    "rodzicom byłoby lepiej beze mnie", "părinții ar fi mai bine fără mine",
    "родителям было бы лучше без меня", "батькам було б краще без мене",
]

NOT_RISK = [
    "what does life insurance cost for a pro cyclist?",
    "new blade on my razor again, shaving before the race",
    "rasiere mich wieder mit der klinge vor dem wettkampf", "sharpened my pencils again lol",
    "the skate blades need sharpening again", "saving my caffeine pills for race day, enough?",
    "saving my salt tablets instead of taking them in training, enough for the ultra?",
    "wrote a thank you letter to my coach", "who waters my plants when im gone for the camp?",
    "when im gone on holiday can i skip the plan", "quando non ci sarò più in squadra, chi gioca?",
    "my dog stays with my aunt for the week", "dog sitter has him for good measure lol",
    "mi perro murió, ahora está para siempre en mi corazón",
]


@pytest.mark.parametrize("text", URGENT)
def test_preparation_and_self_harm_told_in_passing_are_urgent(text: str) -> None:
    found = rules_only(text, [])
    assert (found.level, found.category) == (Level.URGENT, Category.SUICIDE_SELF_HARM), text


@pytest.mark.parametrize("text", NOT_RISK)
def test_shaving_sport_supplies_holidays_and_sitters_are_not(text: str) -> None:
    assert rules_only(text, []).level is Level.NONE, text
