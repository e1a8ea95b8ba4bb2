"""The safety plan for danger from someone else, in the eleven languages.

Sent after the crisis text with the domestic-abuse and child lines when a person in danger
from another person answers "No, or not sure" to "Are you safe right now?" (`safety_flow`),
before that question is asked again. The suicide safety plan's steps (distance from means)
are the wrong steps here; these follow the usual steps of domestic-violence safety planning:
the emergency number; a room that is easy to leave, away from things that can hurt; someone
trusted and a code word; somewhere to go and what to take; the lines to plan with; and that
the chat can be deleted if someone else reads the phone. Fixed texts, tested word for word.

`danger_plan_text(line, language)`: the text with the country's emergency number (or the
fallback's words in that language), in `language` when its translation is in
`DANGER_PLAN_REVIEWED`, in English otherwise. Pure.
"""

from __future__ import annotations

from core.safety.helpline_table import Helpline
from core.safety.translations import fixed_text

DANGER_PLAN: dict[str, str] = {
    "en": (
        "Thank you for telling me. You don't deserve this, and it isn't your fault.\n\n"
        "Steps that can help you stay safer right now:\n"
        "1. If you are in danger now, call {emergency}.\n"
        "2. If you can, move to a room you can leave easily, with your phone, away from the "
        "kitchen, the garage or anything that could be used to hurt you.\n"
        "3. Tell someone you trust what is happening, and agree a word or a sign that means "
        "\"call for help\".\n"
        "4. Think of a place you could go (a friend, family, a shelter). Keep your phone "
        "charged and your keys, money, documents and medicines where you can grab them.\n"
        "5. The lines above are there to help you make a plan like this.\n\n"
        "If someone else might read your phone, you can delete this chat."
    ),    "es": (
        "Gracias por contármelo. No mereces pasar por esto, y no es tu culpa.\n\n"
        "Pasos que pueden ayudarte a estar más a salvo ahora mismo:\n"
        "1. Si estás en peligro ahora, llama al {emergency}.\n"
        "2. Si puedes, ve con tu teléfono a una habitación de la que puedas salir "
        "fácilmente, lejos de la cocina, el garaje o cualquier cosa que se pueda usar para "
        "hacerte daño.\n"
        "3. Cuéntale a alguien de confianza lo que está pasando, y acuerda con esa persona "
        "una palabra clave o una señal que signifique «pide ayuda».\n"
        "4. Piensa en un lugar al que podrías ir (a casa de una amistad o de tu familia, a "
        "un refugio o casa de acogida). Mantén tu teléfono cargado y ten a mano tus llaves, "
        "dinero, documentos y medicamentos.\n"
        "5. Las líneas de ayuda de arriba están para ayudarte a hacer un plan como este.\n\n"
        "Si es posible que otra persona revise tu teléfono, puedes borrar este chat."
    ),
    "de": (
        "Danke, dass du es mir erzählt hast. Das hast du nicht verdient, und es ist nicht "
        "deine Schuld.\n\n"
        "Schritte, die dir helfen können, jetzt sicherer zu sein:\n"
        "1. Wenn du gerade in Gefahr bist, ruf {emergency} an.\n"
        "2. Wenn du kannst, geh mit deinem Handy in einen Raum, den du leicht verlassen "
        "kannst, weg von der Küche, der Garage oder allem, womit man dich verletzen könnte.\n"
        "3. Erzähl jemandem, dem du vertraust, was los ist, und vereinbare mit dieser Person "
        "ein Codewort oder ein Zeichen, das „Hol Hilfe“ bedeutet.\n"
        "4. Überleg dir, wohin du gehen könntest (zu Freunden, zur Familie, in ein "
        "Frauenhaus oder eine andere Schutzunterkunft). Halte dein Handy aufgeladen und leg "
        "Schlüssel, Geld, Papiere und Medikamente so hin, dass du sie schnell greifen "
        "kannst.\n"
        "5. Die Nummern oben sind dafür da, dir bei so einem Plan zu helfen.\n\n"
        "Falls jemand anderes in dein Handy schauen könnte, kannst du diesen Chat löschen."
    ),
    "fr": (
        "Merci de me l'avoir dit. Vous ne méritez pas ce qui vous arrive, et ce n'est pas "
        "votre faute.\n\n"
        "Des étapes qui peuvent vous aider à être plus en sécurité dès maintenant :\n"
        "1. Si vous êtes en danger maintenant, appelez le {emergency}.\n"
        "2. Si vous le pouvez, allez avec votre téléphone dans une pièce dont vous pouvez "
        "sortir facilement, loin de la cuisine, du garage ou de tout ce qui pourrait servir "
        "à vous blesser.\n"
        "3. Dites à une personne de confiance ce qui se passe, et convenez avec elle d'un "
        "mot de code ou d'un signe qui veut dire « appelle les secours ».\n"
        "4. Pensez à un endroit où vous pourriez aller (chez un ami ou une amie, dans votre "
        "famille, dans un hébergement d'urgence). Gardez votre téléphone chargé, et vos "
        "clés, votre argent, vos papiers et vos médicaments à un endroit où vous pouvez les "
        "prendre rapidement.\n"
        "5. Les lignes d'écoute ci-dessus sont là pour vous aider à faire un plan comme "
        "celui-ci.\n\n"
        "Si quelqu'un d'autre risque de regarder votre téléphone, vous pouvez supprimer "
        "cette conversation."
    ),
    "pt": (
        "Obrigado por me contar. Não merece passar por isto, e a culpa não é sua.\n\n"
        "Passos que podem ajudar a ficar mais em segurança agora:\n"
        "1. Se estiver em perigo agora, ligue para o {emergency}.\n"
        "2. Se puder, vá com o seu telefone para um lugar da casa de onde possa sair "
        "facilmente, longe da cozinha, da garagem ou de qualquer coisa que possa ser usada "
        "para lhe fazer mal.\n"
        "3. Conte a alguém de confiança o que se passa, e combine com essa pessoa uma "
        "palavra-código ou um sinal que queira dizer «pede ajuda».\n"
        "4. Pense num lugar para onde possa ir (casa de amigos ou da família, uma casa de "
        "abrigo). Mantenha o telefone carregado e tenha à mão as chaves, o dinheiro, os "
        "documentos e os medicamentos.\n"
        "5. As linhas de apoio acima existem para ajudar a fazer um plano como este.\n\n"
        "Se outra pessoa puder ver o seu telefone, pode apagar esta conversa."
    ),
    "it": (
        "Grazie per avermelo detto. Non te lo meriti, e non è colpa tua.\n\n"
        "Passi che possono aiutarti a essere più al sicuro adesso:\n"
        "1. Se sei in pericolo adesso, chiama il {emergency}.\n"
        "2. Se puoi, spostati con il telefono in una stanza da cui puoi uscire facilmente, "
        "lontano dalla cucina, dal garage o da qualsiasi cosa possa essere usata per farti "
        "del male.\n"
        "3. Racconta a una persona di cui ti fidi cosa sta succedendo, e mettetevi d'accordo "
        "su una parola in codice o un segnale che voglia dire «chiama aiuto».\n"
        "4. Pensa a un posto dove potresti andare (da amici, dalla famiglia, in una casa "
        "rifugio). Tieni il telefono carico e tieni chiavi, soldi, documenti e medicine dove "
        "puoi prenderli al volo.\n"
        "5. Le linee di ascolto qui sopra servono proprio ad aiutarti a fare un piano come "
        "questo.\n\n"
        "Se qualcun altro può guardare nel tuo telefono, puoi cancellare questa chat."
    ),
    "nl": (
        "Dank je dat je het me vertelt. Dit verdien je niet, en het is niet jouw schuld.\n\n"
        "Stappen die je kunnen helpen om nu veiliger te zijn:\n"
        "1. Ben je nu in gevaar, bel dan {emergency}.\n"
        "2. Ga als het kan met je telefoon naar een ruimte waar je makkelijk weg kunt, uit "
        "de buurt van de keuken, de garage of alles waarmee iemand je pijn kan doen.\n"
        "3. Vertel iemand die je vertrouwt wat er aan de hand is, en spreek met diegene een "
        "codewoord of een teken af dat betekent: ‘haal hulp’.\n"
        "4. Bedenk waar je naartoe zou kunnen gaan (een vriend of vriendin, familie, een "
        "blijf-van-mijn-lijfhuis). Houd je telefoon opgeladen en leg je sleutels, geld, "
        "papieren en medicijnen zo neer dat je ze snel kunt pakken.\n"
        "5. De hulplijnen hierboven zijn er om je te helpen zo'n plan te maken.\n\n"
        "Als iemand anders in je telefoon kan kijken, kun je deze chat verwijderen."
    ),
    "pl": (
        "Dziękuję, że mi o tym mówisz. Nie zasługujesz na to i to nie jest twoja wina.\n\n"
        "Kroki, które mogą już teraz zwiększyć twoje bezpieczeństwo:\n"
        "1. Jeśli grozi ci teraz niebezpieczeństwo, zadzwoń pod {emergency}.\n"
        "2. Jeśli możesz, przejdź z telefonem do pomieszczenia, z którego łatwo wyjść, z "
        "dala od kuchni, garażu i wszystkiego, czym można zrobić ci krzywdę.\n"
        "3. Powiedz komuś zaufanemu, co się dzieje, i ustal z tą osobą hasło albo znak, "
        "który oznacza „wezwij pomoc”.\n"
        "4. Pomyśl, dokąd możesz pójść (do przyjaciół, do rodziny, do ośrodka dla osób "
        "doznających przemocy). Miej naładowany telefon, a klucze, pieniądze, dokumenty i "
        "leki trzymaj tam, skąd szybko je chwycisz.\n"
        "5. Telefony zaufania podane wyżej są po to, żeby pomóc ci ułożyć taki plan.\n\n"
        "Jeśli ktoś inny może przeglądać twój telefon, możesz usunąć ten czat."
    ),
    "ro": (
        "Îți mulțumesc că mi-ai spus. Nu meriți asta și nu e vina ta.\n\n"
        "Pași care te pot ajuta să fii mai în siguranță chiar acum:\n"
        "1. Dacă ești în pericol acum, sună la {emergency}.\n"
        "2. Dacă poți, mergi cu telefonul într-o cameră din care poți ieși ușor, departe de "
        "bucătărie, de garaj sau de orice ar putea fi folosit pentru a-ți face rău.\n"
        "3. Spune-i unei persoane în care ai încredere ce se întâmplă și stabiliți împreună "
        "un cuvânt-cod sau un semn care înseamnă „cheamă ajutor”.\n"
        "4. Gândește-te la un loc unde ai putea merge (la prieteni, la familie, la un "
        "adăpost pentru victimele violenței). Ține telefonul încărcat, iar cheile, banii, "
        "actele și medicamentele acolo unde le poți lua repede.\n"
        "5. Liniile de sprijin de mai sus există tocmai ca să te ajute să faci un astfel de "
        "plan.\n\n"
        "Dacă altcineva s-ar putea uita în telefonul tău, poți șterge această conversație."
    ),
    "ru": (
        "Спасибо, что рассказали. Вы этого не заслуживаете, и это не ваша вина.\n\n"
        "Шаги, которые могут помочь вам быть в большей безопасности прямо сейчас:\n"
        "1. Если вам сейчас угрожает опасность, звоните {emergency}.\n"
        "2. Если можете, перейдите с телефоном в комнату, из которой легко выйти, подальше "
        "от кухни, гаража и всего, чем вам могут навредить.\n"
        "3. Расскажите человеку, которому доверяете, что происходит, и договоритесь с ним о "
        "кодовом слове или знаке, который означает «вызови помощь».\n"
        "4. Подумайте, куда вы могли бы пойти (к друзьям, к родным, в кризисный центр). "
        "Держите телефон заряженным, а ключи, деньги, документы и лекарства — там, где их "
        "можно быстро схватить.\n"
        "5. Линии помощи выше для того и существуют, чтобы помочь вам составить такой план.\n\n"
        "Если кто-то ещё может заглянуть в ваш телефон, вы можете удалить этот чат."
    ),
    "uk": (
        "Дякую, що розповіли. Ви на це не заслуговуєте, і це не ваша провина.\n\n"
        "Кроки, які можуть допомогти вам бути в більшій безпеці вже зараз:\n"
        "1. Якщо вам зараз загрожує небезпека, телефонуйте {emergency}.\n"
        "2. Якщо можете, перейдіть із телефоном у кімнату, з якої легко вийти, подалі від "
        "кухні, гаража й усього, чим вам можуть зашкодити.\n"
        "3. Розкажіть людині, якій довіряєте, що відбувається, і домовтеся з нею про кодове "
        "слово або знак, що означає «виклич допомогу».\n"
        "4. Подумайте, куди ви могли б піти (до друзів, до рідних, у притулок для "
        "постраждалих від насильства). Тримайте телефон зарядженим, а ключі, гроші, "
        "документи й ліки — там, де їх можна швидко схопити.\n"
        "5. Лінії підтримки вище для того й існують, щоб допомогти вам скласти такий план.\n\n"
        "Якщо хтось інший може зазирнути у ваш телефон, ви можете видалити цей чат."
    ),
}

# Written 2026-12-01 by a translator and reviewed the same day by a second reader (both AI,
# neither a native speaker nor a clinician), the same kind of review the crisis texts had
# (`translations.REVIEWED`); what changed is in docs/safety.md ("The flow"). A native
# speaker should still check them.
DANGER_PLAN_REVIEWED: frozenset[str] = frozenset(
    {"es", "de", "fr", "pt", "it", "nl", "pl", "ro", "ru", "uk"}
)


def danger_plan_text(line: Helpline, language: str | None = None,
                     reviewed: frozenset[str] | None = None) -> str:
    """The plan for `line`'s country in `language` (ISO 639-1) when its translation is
    reviewed (`reviewed` defaults to `DANGER_PLAN_REVIEWED`), else English."""
    allowed = DANGER_PLAN_REVIEWED if reviewed is None else reviewed
    return fixed_text(DANGER_PLAN, allowed, language, line)
