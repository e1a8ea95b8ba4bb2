"""Golden concern and escalation texts in every translation, word for word.

Written and self-reviewed 2026-11-30, then checked and corrected by a second reader the same
day (docs/safety.md, "Translations"); a change to a word here is a change to what a person
reads, on purpose.
"""

from core.safety.model import Category

# language: (category, country, its text), and (another category, the fallback, its text)
GOLDEN: dict[str, tuple[tuple[Category, str, str], tuple[Category, None, str]]] = {
    "es": (
        (Category.DEPRESSION, "ES", (
            "Gracias por contármelo. Tener el ánimo tan bajo durante tanto tiempo es más que un "
            "problema de entrenamiento, y puede mejorar con la ayuda adecuada.\n\n"
            "Por favor, habla pronto de ello con tu médico de familia u otro médico, o con un "
            "profesional de la salud mental. Seguiré con tu plan, pero solo como un apoyo junto a "
            "esa ayuda, nunca en su lugar. Y, por favor, que yo no sea el único con quien hables "
            "de esto.\n\n"
            "Si las cosas empeoran o no te sientes a salvo, puedes hablar con alguien a cualquier "
            "hora: llama al 024 (024, Línea de atención a la conducta suicida). En caso de "
            "emergencia, llama al 112."
        )),
        (Category.SLEEP, None, (
            "Gracias por contármelo. Dormir tan mal durante tanto tiempo requiere algo más que un "
            "ajuste en el entrenamiento.\n\n"
            "Por favor, habla pronto de ello con tu médico de familia u otro médico, o con un "
            "profesional de la salud mental. Seguiré con tu plan, pero solo como un apoyo junto a "
            "esa ayuda, nunca en su lugar. Y, por favor, que yo no sea el único con quien hables "
            "de esto.\n\n"
            "Si las cosas empeoran o no te sientes a salvo, puedes encontrar una línea de crisis "
            "gratuita cerca de ti en findahelpline.com. En caso de emergencia, llama al número de "
            "emergencias de tu zona (112 en gran parte del mundo, 911 en Norteamérica, 999 en el "
            "Reino Unido)."
        )),
    ),
    "de": (
        (Category.PANIC, "DE", (
            "Danke, dass du mir das erzählst. Panik, die immer wiederkommt, ist sehr gut "
            "behandelbar, und du solltest dich da nicht allein durchkämpfen müssen.\n\n"
            "Bitte sprich bald mit einer Ärztin oder einem Arzt darüber, zum Beispiel in deiner "
            "Hausarztpraxis, oder mit einer Fachperson für psychische Gesundheit. Ich mache mit "
            "deinem Plan weiter, aber nur als Unterstützung neben dieser Hilfe, nie an ihrer "
            "Stelle. Und bitte sprich nicht nur mit mir darüber.\n\n"
            "Wenn es schlimmer wird oder du dich nicht sicher fühlst, kannst du rund um die Uhr "
            "mit jemandem sprechen: Ruf 0800 111 0 111 / 0800 111 0 222 an (TelefonSeelsorge). Im "
            "Notfall ruf 112 an."
        )),
        (Category.EATING, None, (
            "Danke, dass du mir das erzählst. Ein schwieriges Verhältnis zum Essen verdient echte "
            "Unterstützung, und es ist wichtiger als jede Trainingseinheit und jedes "
            "Gewichtsziel.\n\n"
            "Bitte sprich bald mit einer Ärztin oder einem Arzt darüber, zum Beispiel in deiner "
            "Hausarztpraxis, oder mit einer Fachperson für psychische Gesundheit. Ich mache mit "
            "deinem Plan weiter, aber nur als Unterstützung neben dieser Hilfe, nie an ihrer "
            "Stelle. Und bitte sprich nicht nur mit mir darüber.\n\n"
            "Wenn es schlimmer wird oder du dich nicht sicher fühlst, kannst du auf "
            "findahelpline.com ein kostenloses Krisentelefon in deiner Nähe finden. Im Notfall ruf "
            "deine örtliche Notrufnummer (112 in weiten Teilen der Welt, 911 in Nordamerika, 999 "
            "im Vereinigten Königreich) an."
        )),
    ),
    "fr": (
        (Category.TRAUMA, "FR", (
            "Merci de me l'avoir dit. Revivre sans cesse quelque chose qui vous est arrivé est "
            "épuisant, et il existe des personnes formées pour aider précisément à cela.\n\n"
            "S'il vous plaît, parlez-en bientôt à votre médecin traitant ou à un autre médecin, ou "
            "à un professionnel de la santé mentale. Je maintiens votre programme, mais seulement "
            "comme un soutien en complément de ces soins, jamais à leur place. Et, s'il vous "
            "plaît, ne faites pas de moi le seul à qui vous en parliez.\n\n"
            "Si les choses s'aggravent ou si vous ne vous sentez pas en sécurité, vous pouvez "
            "joindre à toute heure la ligne « 3114, numéro national de prévention du suicide » : "
            "appelez le 3114. En cas d'urgence, appelez le 112 / 15 (SAMU)."
        )),
        (Category.SUBSTANCE, None, (
            "Merci de me l'avoir dit. Avoir du mal à tenir sans alcool, sans cachets ou sans "
            "drogue : chaque jour, des gens reçoivent une vraie aide pour cela.\n\n"
            "S'il vous plaît, parlez-en bientôt à votre médecin traitant ou à un autre médecin, ou "
            "à un professionnel de la santé mentale. Je maintiens votre programme, mais seulement "
            "comme un soutien en complément de ces soins, jamais à leur place. Et, s'il vous "
            "plaît, ne faites pas de moi le seul à qui vous en parliez.\n\n"
            "Si les choses s'aggravent ou si vous ne vous sentez pas en sécurité, vous pouvez "
            "trouver une ligne d'écoute gratuite près de chez vous sur findahelpline.com. En cas "
            "d'urgence, appelez le numéro d'urgence local (le 112 dans une grande partie du monde, "
            "le 911 en Amérique du Nord, le 999 au Royaume-Uni)."
        )),
    ),
    "pt": (
        (Category.EATING, "PT", (
            "Obrigado por me ter contado. Uma relação difícil com a comida merece apoio de "
            "verdade, e é mais importante do que qualquer sessão ou objetivo de peso.\n\n"
            "Por favor, fale sobre isto em breve com o seu médico de família ou outro médico, ou "
            "com um profissional de saúde mental. Vou manter o seu plano, mas só como apoio em "
            "paralelo com esse acompanhamento, nunca em vez dele. Peço-lhe que não fale disto só "
            "comigo.\n\n"
            "Se as coisas piorarem ou não se sentir em segurança, pode falar com alguém a qualquer "
            "hora: ligue para o 1411 (Linha Nacional de Prevenção do Suicídio). Em caso de "
            "emergência, ligue para o 112."
        )),
        (Category.PANIC, None, (
            "Obrigado por me ter contado. O pânico que volta uma e outra vez trata-se muito bem, e "
            "não deveria ter de o aguentar sem ajuda.\n\n"
            "Por favor, fale sobre isto em breve com o seu médico de família ou outro médico, ou "
            "com um profissional de saúde mental. Vou manter o seu plano, mas só como apoio em "
            "paralelo com esse acompanhamento, nunca em vez dele. Peço-lhe que não fale disto só "
            "comigo.\n\n"
            "Se as coisas piorarem ou não se sentir em segurança, pode encontrar uma linha de "
            "apoio gratuita na sua região em findahelpline.com. Em caso de emergência, ligue para "
            "o número de emergência local (112 em grande parte do mundo, 911 na América do Norte, "
            "999 no Reino Unido)."
        )),
    ),
    "it": (
        (Category.SUBSTANCE, "IT", (
            "Grazie per avermelo detto. Fare fatica ad andare avanti senza alcol, pastiglie o "
            "droghe è qualcosa per cui tante persone ricevono un aiuto concreto ogni giorno.\n\n"
            "Per favore, parlane presto con il tuo medico di base o con un altro medico, oppure "
            "con un professionista della salute mentale. Porterò avanti il tuo piano, ma solo come "
            "sostegno accanto a quell'aiuto, mai al suo posto. E ti prego, non parlarne solo con "
            "me.\n\n"
            "Se le cose peggiorano o non ti senti al sicuro, puoi parlare con qualcuno "
            "(10:00-24:00): chiama il 02 2327 2327 (Telefono Amico Italia). In caso di "
            "emergenza, chiama il 112."
        )),
        (Category.TRAUMA, None, (
            "Grazie per avermelo detto. Rivivere qualcosa che ti è successo è sfiancante, e ci "
            "sono persone formate proprio per aiutare in questo.\n\n"
            "Per favore, parlane presto con il tuo medico di base o con un altro medico, oppure "
            "con un professionista della salute mentale. Porterò avanti il tuo piano, ma solo come "
            "sostegno accanto a quell'aiuto, mai al suo posto. E ti prego, non parlarne solo con "
            "me.\n\n"
            "Se le cose peggiorano o non ti senti al sicuro, puoi trovare una linea di ascolto "
            "gratuita vicino a te su findahelpline.com. In caso di emergenza, chiama il numero di "
            "emergenza locale (112 in gran parte del mondo, 911 in Nord America, 999 nel Regno "
            "Unito)."
        )),
    ),
    "nl": (
        (Category.SLEEP, "NL", (
            "Dank je dat je het me vertelt. Zo lang zo verstoord slapen vraagt om meer dan een "
            "aanpassing in je training.\n\n"
            "Praat er alsjeblieft snel over met je huisarts of een andere arts, of met een "
            "psycholoog of een andere zorgverlener in de geestelijke gezondheidszorg. Ik ga "
            "door met je plan, maar alleen als steun naast die zorg, nooit in plaats daarvan. "
            "Maak mij alsjeblieft niet de enige bij wie je hiermee komt.\n\n"
            "Wordt het erger of voel je je niet veilig, dan kun je dag en nacht praten met 113 "
            "Zelfmoordpreventie: bel 113 / 0800-0113. Bel in een noodgeval 112."
        )),
        (Category.DEPRESSION, None, (
            "Dank je dat je het me vertelt. Je zo lang zo somber voelen is meer dan een "
            "trainingsprobleem, en met de juiste hulp kan het beter worden.\n\n"
            "Praat er alsjeblieft snel over met je huisarts of een andere arts, of met een "
            "psycholoog of een andere zorgverlener in de geestelijke gezondheidszorg. Ik ga "
            "door met je plan, maar alleen als steun naast die zorg, nooit in plaats daarvan. "
            "Maak mij alsjeblieft niet de enige bij wie je hiermee komt.\n\n"
            "Wordt het erger of voel je je niet veilig, dan kun je een gratis hulplijn bij jou "
            "in de buurt vinden op findahelpline.com. Bel in een noodgeval je lokale "
            "alarmnummer (112 in een groot deel van de wereld, 911 in Noord-Amerika, 999 in "
            "het Verenigd Koninkrijk)."
        )),
    ),
    "pl": (
        (Category.SUICIDE_SELF_HARM, "PL", (
            "Dziękuję, że mi o tym mówisz. To, co opisujesz, zasługuje na prawdziwą opiekę ze "
            "strony człowieka, a nie aplikacji.\n\n"
            "Proszę, porozmawiaj o tym w najbliższym czasie z lekarzem rodzinnym lub innym "
            "lekarzem albo ze specjalistą zdrowia psychicznego. Będę dalej prowadzić twój plan, "
            "ale tylko jako uzupełnienie tej pomocy, nigdy zamiast niej. I proszę, nie rozmawiaj o "
            "tym tylko ze mną.\n\n"
            "Jeśli będzie gorzej albo nie poczujesz się bezpiecznie, możesz o każdej porze "
            "zadzwonić pod numer 800 70 2222 (Centrum Wsparcia dla Osób w Stanie Kryzysu "
            "Psychicznego). W nagłym wypadku zadzwoń pod 112."
        )),
        (Category.ABUSE_SAFEGUARDING, None, (
            "Dziękuję, że mi o tym mówisz. Nikt nie powinien być krzywdzony, zastraszany ani "
            "kontrolowany, a to, co opisujesz, zasługuje na prawdziwe wsparcie.\n\n"
            "Proszę, porozmawiaj o tym w najbliższym czasie z lekarzem rodzinnym lub innym "
            "lekarzem albo ze specjalistą zdrowia psychicznego. Będę dalej prowadzić twój plan, "
            "ale tylko jako uzupełnienie tej pomocy, nigdy zamiast niej. I proszę, nie rozmawiaj o "
            "tym tylko ze mną.\n\n"
            "Jeśli będzie gorzej albo nie poczujesz się bezpiecznie, możesz znaleźć bezpłatny "
            "telefon zaufania w pobliżu na findahelpline.com. W nagłym wypadku zadzwoń pod lokalny "
            "numer alarmowy (112 w większości krajów świata, 911 w Ameryce Północnej, 999 w "
            "Wielkiej Brytanii)."
        )),
    ),
    "ro": (
        (Category.ABUSE_SAFEGUARDING, "RO", (
            "Îți mulțumesc că mi-ai spus. Nimeni nu ar trebui să fie rănit, amenințat sau "
            "controlat, iar ceea ce descrii merită sprijin adevărat.\n\n"
            "Te rog, vorbește curând despre asta cu medicul de familie sau cu un alt medic, ori cu "
            "un specialist în sănătate mintală. Voi continua cu planul tău, dar doar ca sprijin pe "
            "lângă acest ajutor, niciodată în locul lui. Și, te rog, nu vorbi despre asta doar cu "
            "mine.\n\n"
            "Dacă lucrurile se înrăutățesc sau nu te simți în siguranță, poți vorbi cu Alianța "
            "Română de Prevenție a Suicidului: sună la 0800 801 200. În caz de urgență, sună la "
            "112.\n\n"
            "Dacă partenerul tău, partenera ta sau cineva de acasă îți face rău, poți, de "
            "asemenea, vorbi oricând cu Linia pentru victimele violenței domestice (ANES): sună "
            "la 0800 500 333."
        )),
        (Category.SUICIDE_SELF_HARM, None, (
            "Îți mulțumesc că mi-ai spus. Ceea ce descrii merită grijă adevărată din partea unui "
            "om, nu a unei aplicații.\n\n"
            "Te rog, vorbește curând despre asta cu medicul de familie sau cu un alt medic, ori cu "
            "un specialist în sănătate mintală. Voi continua cu planul tău, dar doar ca sprijin pe "
            "lângă acest ajutor, niciodată în locul lui. Și, te rog, nu vorbi despre asta doar cu "
            "mine.\n\n"
            "Dacă lucrurile se înrăutățesc sau nu te simți în siguranță, poți găsi o linie de "
            "sprijin gratuită din zona ta pe findahelpline.com. În caz de urgență, sună la numărul "
            "local de urgență (112 în mare parte din lume, 911 în America de Nord, 999 în Regatul "
            "Unit)."
        )),
    ),
    "ru": (
        (Category.DEPRESSION, "RU", (
            "Спасибо, что рассказали. Так долго чувствовать себя настолько подавленно — это "
            "больше, чем проблема с тренировками, и с правильной помощью может стать легче.\n\n"
            "Пожалуйста, в ближайшее время поговорите об этом с терапевтом или другим врачом либо "
            "со специалистом по психическому здоровью. Я продолжу вести ваш план тренировок, но "
            "только в дополнение к этой помощи и никогда вместо неё. И, пожалуйста, не говорите об "
            "этом только со мной.\n\n"
            "Если станет хуже или вы не будете чувствовать себя в безопасности, вы можете "
            "поговорить со службой «Телефон доверия (единый общероссийский)»: позвоните "
            "8-800-2000-122. В экстренной ситуации звоните 112."
        )),
        (Category.SLEEP, None, (
            "Спасибо, что рассказали. Сон, нарушенный так сильно и так долго, требует большего, "
            "чем небольшая корректировка тренировок.\n\n"
            "Пожалуйста, в ближайшее время поговорите об этом с терапевтом или другим врачом либо "
            "со специалистом по психическому здоровью. Я продолжу вести ваш план тренировок, но "
            "только в дополнение к этой помощи и никогда вместо неё. И, пожалуйста, не говорите об "
            "этом только со мной.\n\n"
            "Если станет хуже или вы не будете чувствовать себя в безопасности, вы можете найти "
            "бесплатную линию помощи рядом с вами на findahelpline.com. В экстренной ситуации "
            "звоните по местному номеру экстренных служб (112 в большинстве стран, 911 в Северной "
            "Америке, 999 в Великобритании)."
        )),
    ),
    "uk": (
        (Category.PANIC, "UA", (
            "Дякую, що розповіли. Панічні атаки, що повторюються, добре піддаються лікуванню, і "
            "вам не потрібно долати їх самотужки.\n\n"
            "Будь ласка, найближчим часом поговоріть про це із сімейним лікарем чи іншим лікарем "
            "або з фахівцем із психічного здоров'я. Я й далі вестиму ваш план тренувань, але лише "
            "як доповнення до цієї допомоги й ніколи замість неї. І, будь ласка, не говоріть про "
            "це лише зі мною.\n\n"
            "Якщо стане гірше або ви не почуватиметеся в безпеці, ви можете поговорити зі службою "
            "«Lifeline Ukraine» будь-коли: телефонуйте 7333. В екстреній ситуації телефонуйте 112 "
            "/ 103."
        )),
        (Category.EATING, None, (
            "Дякую, що розповіли. Складні стосунки з їжею заслуговують на справжню підтримку, і це "
            "важливіше за будь-яке тренування чи мету щодо ваги.\n\n"
            "Будь ласка, найближчим часом поговоріть про це із сімейним лікарем чи іншим лікарем "
            "або з фахівцем із психічного здоров'я. Я й далі вестиму ваш план тренувань, але лише "
            "як доповнення до цієї допомоги й ніколи замість неї. І, будь ласка, не говоріть про "
            "це лише зі мною.\n\n"
            "Якщо стане гірше або ви не почуватиметеся в безпеці, ви можете знайти безкоштовну "
            "лінію підтримки поруч із вами на findahelpline.com. В екстреній ситуації телефонуйте "
            "за місцевим номером екстрених служб (112 у більшості країн, 911 у Північній Америці, "
            "999 у Великій Британії)."
        )),
    ),
}
CHECKIN_ES_MX = (
    "Tus check-ins muestran algo más que un bloque de entrenamiento duro: tus respuestas sobre el "
    "sueño, el ánimo o la tensión que sientes llevan mucho tiempo en la parte más difícil de la "
    "escala.\n\n"
    "Por favor, habla con tu médico de familia u otro médico, o con un profesional de la salud "
    "mental, sobre cómo estás durmiendo y cómo te sientes últimamente. Seguiré con tu plan, pero "
    "solo como un apoyo junto a esa ayuda, nunca en su lugar. Y, por favor, que yo no sea el único "
    "con quien hables de esto.\n\n"
    "Si las cosas empeoran o no te sientes a salvo, puedes hablar con alguien a cualquier hora: "
    "llama al 800 911 2000 (Línea de la Vida). En caso de emergencia, llama al 911."
)
REVIEW_FR_FALLBACK = (
    "Dans deux bilans hebdomadaires de suite, vous avez signalé plusieurs signes montrant que "
    "votre organisme est mis à rude épreuve : c'est plus qu'une période d'entraînement "
    "difficile.\n\n"
    "S'il vous plaît, parlez à votre médecin traitant ou à un autre médecin, ou à un professionnel "
    "de la santé mentale, de la façon dont vous vous sentez et dont vous faites face ces derniers "
    "temps. Je maintiens votre programme, mais seulement comme un soutien en complément de ces "
    "soins, jamais à leur place. Et, s'il vous plaît, ne faites pas de moi le seul à qui vous en "
    "parliez.\n\n"
    "Si les choses s'aggravent ou si vous ne vous sentez pas en sécurité, vous pouvez trouver une "
    "ligne d'écoute gratuite près de chez vous sur findahelpline.com. En cas d'urgence, appelez le "
    "numéro d'urgence local (le 112 dans une grande partie du monde, le 911 en Amérique du Nord, "
    "le 999 au Royaume-Uni)."
)
