"""Polish (pl), informal "ty"; gender-neutral except "bezpieczny/bezpieczna" in the
safety question. `WORDING` reviewed 2026-11-30 by a second reader (see REVIEWED, docs/safety.md).
`CONCERN`: the concern and escalation texts, same register; written 2026-11-30 by their
author, reviewed the same day by a second reader (see CONCERN_REVIEWED, docs/safety.md)."""

from core.safety.concern_wording import ConcernWording
from core.safety.model import Category
from core.safety.wording import Wording

WORDING = Wording(
    language="pl",
    crisis=(
        "Bardzo się cieszę, że mi o tym mówisz. Jestem trenerem, a nie służbą pomocy "
        "kryzysowej, i nie mogę pomóc w nagłym wypadku.\n\n"
        "Jeśli tobie lub komuś innemu grozi teraz niebezpieczeństwo, zadzwoń od razu pod "
        "{emergency}.\n"
        "Możesz {reach}.\n\n"
        "Proszę, zwróć się teraz do kogoś: do telefonu zaufania, przyjaciela albo kogoś w "
        "pobliżu. Nie musisz dźwigać tego w pojedynkę.\n\n"
        "Nadal będę tu, żeby pomagać ci w treningach, kiedy tylko zechcesz wrócić."
    ),
    reach_always="o każdej porze zadzwonić pod numer {number} ({name})",
    reach_hours="zadzwonić pod numer {number} ({name}, {hours})",
    reach_plain="zadzwonić pod numer {number} ({name})",
    text_also=" albo wysłać SMS pod numer {text_to}",
    reach_fallback="znaleźć bezpłatny telefon zaufania w pobliżu na findahelpline.com",
    emergency_fallback=(
        "lokalny numer alarmowy (112 w większości krajów świata, 911 w Ameryce Północnej, "
        "999 w Wielkiej Brytanii)"
    ),
    ask_urgent_intro="Czy mogę zapytać cię o coś wprost? To ważne.",
    ask_band_intro=(
        "Dziękuję, że mówisz mi, jak się czujesz. Wolę zapytać niż zgadywać, więc zapytam "
        "wprost."
    ),
    q_life="Czy myślisz o odebraniu sobie życia?",
    yes="Tak",
    no="Nie",
    safety_plan=(
        "Dziękuję, że mi to mówisz. To wymaga odwagi i bardzo to doceniam.\n\n"
        "Kiedy szukasz wsparcia, te kroki pomagają zadbać o bezpieczeństwo już teraz:\n"
        "1. Twoje powody, by zadbać o swoje bezpieczeństwo: pomyśl o nich, nawet o małych, "
        "i zapisz je.\n"
        "2. Odsuń się od wszystkiego, czym można zrobić sobie krzywdę: oddaj to komuś, "
        "zamknij na klucz albo wyjdź z tego miejsca.\n"
        "3. Ludzie i miejsca, które pomagają: bądź z kimś albo idź tam, gdzie czujesz się "
        "bezpieczniej.\n"
        "4. Specjaliści: zadzwoń do swojego lekarza albo do zespołu, który cię leczy, jeśli "
        "taki masz.\n"
        "5. Telefon zaufania podany wyżej: zadzwoń teraz. Jeśli jesteś w niebezpieczeństwie, "
        "zadzwoń pod {emergency}."
    ),
    back=(
        "Dziękuję za odpowiedź. Cieszę się. Jeśli kiedyś zrobi się aż tak ciężko, możesz "
        "{reach}.\n\nWracamy do treningu, kiedy zechcesz."
    ),
    follow_up_intro=(
        "Dziękuję za odpowiedź. Ponieważ twoja wiadomość wspominała o sposobie, planie albo "
        "terminie, na razie zostawię te numery na widoku. Jeśli w pobliżu jest coś, czym "
        "można zrobić sobie krzywdę, odsuń się od tego, proszę, i powiedz komuś zaufanemu, "
        "jak minął ci dzień. Czy mogę zapytać jeszcze raz?"
    ),
    q_safe="Czy jesteś teraz bezpieczny/bezpieczna?",
    safe_yes="Tak, nic mi nie grozi",
    safe_unsure="Nie albo nie wiem",
    safe_back=(
        "Dziękuję. Cieszę się, że nic ci nie grozi. Numery powyżej są dostępne, kiedy tylko "
        "będziesz ich potrzebować.\n\nWracamy do treningu, kiedy zechcesz."
    ),
    again_intro="Zanim pójdziemy dalej: zadałem ci ważne pytanie.",
    abuse_line="Jeśli krzywdzi cię partner, partnerka lub ktoś w domu, możesz też {reach}.",
    child_line="Jeśli masz mniej niż 18 lat, możesz {reach}.",
)

CONCERN = ConcernWording(
    language="pl",
    concern=(
        "Dziękuję, że mi o tym mówisz. {opening}\n\n"
        "Proszę, porozmawiaj o tym w najbliższym czasie z lekarzem rodzinnym lub innym "
        "lekarzem albo ze specjalistą zdrowia psychicznego. {alongside}\n\n{worse}"
    ),
    checkin=(
        "Twoje check-iny pokazują coś więcej niż ciężki okres treningowy: odpowiedzi dotyczące "
        "snu, nastroju czy poziomu napięcia od dłuższego czasu utrzymują się na trudnym końcu "
        "skali.\n\n"
        "Proszę, porozmawiaj z lekarzem rodzinnym lub innym lekarzem albo ze specjalistą zdrowia "
        "psychicznego o tym, jak ostatnio śpisz i jak się czujesz. {alongside}\n\n"
        "{worse}"
    ),
    review=(
        "Już drugi tydzień z rzędu w cotygodniowym check-inie wskazujesz kilka sygnałów, że "
        "twój organizm jest mocno obciążony: to coś więcej niż ciężki okres treningowy.\n\n"
        "Proszę, porozmawiaj z lekarzem rodzinnym lub innym lekarzem albo ze specjalistą zdrowia "
        "psychicznego o tym, jak się ostatnio czujesz i jak sobie radzisz. "
        "{alongside}\n\n{worse}"
    ),
    alongside=(
        "Będę dalej prowadzić twój plan, ale tylko jako uzupełnienie tej pomocy, nigdy "
        "zamiast niej. I proszę, nie rozmawiaj o tym tylko ze mną."
    ),
    worse=(
        "Jeśli będzie gorzej albo nie poczujesz się bezpiecznie, możesz {reach}. "
        "W nagłym wypadku zadzwoń pod {emergency}."
    ),
    openings={
        Category.SUICIDE_SELF_HARM: (
            "To, co opisujesz, zasługuje na prawdziwą opiekę ze strony człowieka, a nie aplikacji."
        ),
        Category.PANIC: (
            "Nawracające napady paniki bardzo dobrze się leczy i nie musisz zmagać się z nimi "
            "w pojedynkę."
        ),
        Category.DEPRESSION: (
            "Tak głęboki i tak długi spadek nastroju to coś więcej niż problem z treningiem, a "
            "z odpowiednią pomocą może być lepiej."
        ),
        Category.TRAUMA: (
            "Przeżywanie na nowo czegoś, co ci się przydarzyło, jest wyczerpujące, a są ludzie "
            "przeszkoleni, żeby pomagać właśnie w tym."
        ),
        Category.EATING: (
            "Trudna relacja z jedzeniem zasługuje na prawdziwe wsparcie i to jest ważniejsze niż "
            "jakikolwiek trening czy docelowa waga."
        ),
        Category.SUBSTANCE: (
            "Kiedy trudno ci obyć się bez alkoholu, tabletek czy narkotyków, można dostać "
            "prawdziwą pomoc: ludzie dostają ją każdego dnia."
        ),
        Category.SLEEP: (
            "Tak zaburzony sen przez tak długi czas wymaga czegoś więcej niż zmiany w "
            "treningu."
        ),
        Category.ABUSE_SAFEGUARDING: (
            "Nikt nie powinien być krzywdzony, zastraszany ani kontrolowany, a to, co "
            "opisujesz, zasługuje na prawdziwe wsparcie."
        ),
    },
)
