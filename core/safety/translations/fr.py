"""French (fr), formal "vous", as the 3114 addresses callers. `WORDING` reviewed 2026-11-30 by a
second reader (see REVIEWED, docs/safety.md).
`CONCERN`: the concern and escalation texts, same register; written 2026-11-30 by their
author, reviewed the same day by a second reader (see CONCERN_REVIEWED, docs/safety.md)."""

from core.safety.concern_wording import ConcernWording
from core.safety.model import Category
from core.safety.wording import Wording

WORDING = Wording(
    language="fr",
    crisis=(
        "Je suis vraiment content que vous me l'ayez dit. Je suis un coach sportif, pas un "
        "service d'aide en situation de crise, et je ne peux pas vous aider en cas "
        "d'urgence.\n\n"
        "Si vous ou quelqu'un d'autre êtes en danger en ce moment, appelez le {emergency} "
        "tout de suite.\n"
        "Vous pouvez {reach}.\n\n"
        "S'il vous plaît, tournez-vous vers quelqu'un maintenant : une ligne d'écoute, un ami "
        "ou une amie, ou quelqu'un près de vous. Vous n'avez pas à traverser cela sans aide."
        "\n\n"
        "Je serai toujours là pour votre entraînement quand vous voudrez revenir."
    ),
    reach_always="joindre à toute heure la ligne « {name} » : appelez le {number}",
    reach_hours="joindre la ligne « {name} » ({hours}) : appelez le {number}",
    reach_plain="joindre la ligne « {name} » : appelez le {number}",
    text_also=", ou envoyez un SMS au {text_to}",
    reach_fallback=(
        "trouver une ligne d'écoute gratuite près de chez vous sur findahelpline.com"
    ),
    emergency_fallback=(
        "numéro d'urgence local (le 112 dans une grande partie du monde, le 911 en Amérique "
        "du Nord, le 999 au Royaume-Uni)"
    ),
    ask_urgent_intro="Est-ce que je peux vous poser une question directe ? C'est important.",
    ask_band_intro=(
        "Merci de me dire comment vous allez. Je préfère demander plutôt que deviner, alors "
        "je vous pose la question directement."
    ),
    q_life="Est-ce que vous pensez à mettre fin à votre vie ?",
    yes="Oui",
    no="Non",
    safety_plan=(
        "Merci de me l'avoir dit. Il a fallu du courage, et je suis content que vous l'ayez "
        "fait.\n\n"
        "Pendant que vous cherchez du soutien, ces étapes aident à rester en sécurité dès "
        "maintenant :\n"
        "1. Vos raisons de rester en sécurité : pensez-y, même aux plus petites, et "
        "notez-les.\n"
        "2. Mettez de la distance entre vous et tout ce qui pourrait vous servir à vous faire "
        "du mal : donnez-le à quelqu'un, rangez-le sous clé ou quittez l'endroit.\n"
        "3. Des personnes et des lieux qui aident : restez avec quelqu'un, ou allez dans un "
        "endroit où vous vous sentez plus en sécurité.\n"
        "4. Des professionnels : appelez votre médecin, ou votre équipe de santé mentale si "
        "vous en avez une.\n"
        "5. La ligne d'écoute ci-dessus : appelez-la maintenant. Si vous êtes en danger, "
        "appelez le {emergency}."
    ),
    back=(
        "Merci d'avoir répondu. Je suis content de l'entendre. Si un jour tout vous semble "
        "aussi lourd, vous pouvez {reach}.\n\nOn reprend votre entraînement quand vous voulez."
    ),
    follow_up_intro=(
        "Merci de m'avoir répondu. Comme votre message parlait d'un moyen, d'un plan ou d'un "
        "moment, je préfère garder ces numéros sous vos yeux pour l'instant. Si quelque chose "
        "qui pourrait vous servir à vous faire du mal est près de vous, mettez-le à distance, "
        "s'il vous plaît, et dites à quelqu'un de confiance comment s'est passée votre "
        "journée. Est-ce que je peux vous reposer la question ?"
    ),
    q_safe="Est-ce que vous êtes en sécurité en ce moment ?",
    safe_yes="Oui, je suis en sécurité",
    safe_unsure="Non, ou je ne sais pas",
    safe_back=(
        "Merci. Je suis content que vous soyez en sécurité. Les numéros ci-dessus restent là "
        "chaque fois que vous en aurez besoin.\n\nOn reprend votre entraînement quand vous "
        "voulez."
    ),
    again_intro="Avant de continuer : je vous ai posé une question importante.",
    abuse_line=(
        "Si votre partenaire ou une personne de votre foyer vous fait du mal, vous pouvez "
        "aussi {reach}."
    ),
    child_line="Si vous avez moins de 18 ans, vous pouvez {reach}.",
)

CONCERN = ConcernWording(
    language="fr",
    concern=(
        "Merci de me l'avoir dit. {opening}\n\n"
        "S'il vous plaît, parlez-en bientôt à votre médecin traitant ou à un autre médecin, "
        "ou à un professionnel de la santé mentale. {alongside}\n\n{worse}"
    ),
    checkin=(
        "Vos bilans quotidiens montrent plus qu'une période d'entraînement difficile : vos "
        "réponses sur le sommeil, le moral ou votre niveau de tension restent depuis longtemps "
        "du côté difficile de l'échelle.\n\n"
        "S'il vous plaît, parlez à votre médecin traitant ou à un autre médecin, ou à un "
        "professionnel de la santé mentale, de la façon dont vous dormez et dont vous vous "
        "sentez ces derniers temps. {alongside}\n\n{worse}"
    ),
    review=(
        "Dans deux bilans hebdomadaires de suite, vous avez signalé plusieurs signes montrant "
        "que votre organisme est mis à rude épreuve : c'est plus qu'une période d'entraînement "
        "difficile.\n\n"
        "S'il vous plaît, parlez à votre médecin traitant ou à un autre médecin, ou à un "
        "professionnel de la santé mentale, de la façon dont vous vous sentez et dont vous "
        "faites face ces derniers temps. {alongside}\n\n{worse}"
    ),
    alongside=(
        "Je maintiens votre programme, mais seulement comme un soutien en complément de ces "
        "soins, jamais à leur place. Et, s'il vous plaît, ne faites pas de moi le seul à qui vous "
        "en parliez."
    ),
    worse=(
        "Si les choses s'aggravent ou si vous ne vous sentez pas en sécurité, vous pouvez "
        "{reach}. En cas d'urgence, appelez le {emergency}."
    ),
    openings={
        Category.SUICIDE_SELF_HARM: (
            "Ce que vous décrivez mérite une vraie aide, celle d'une personne, pas d'une "
            "application."
        ),
        Category.PANIC: (
            "Les crises de panique à répétition se soignent très bien, et vous ne devriez pas "
            "avoir à les traverser sans aide."
        ),
        Category.DEPRESSION: (
            "Avoir le moral aussi bas depuis si longtemps, c'est plus qu'un problème "
            "d'entraînement, et cela peut aller mieux avec une aide adaptée."
        ),
        Category.TRAUMA: (
            "Revivre sans cesse quelque chose qui vous est arrivé est épuisant, et il existe "
            "des personnes formées pour aider précisément à cela."
        ),
        Category.EATING: (
            "Un rapport difficile à la nourriture mérite un vrai soutien, et cela compte plus "
            "que n'importe quelle séance ou n'importe quel objectif de poids."
        ),
        Category.SUBSTANCE: (
            "Avoir du mal à tenir sans alcool, sans cachets ou sans drogue : chaque jour, des "
            "gens reçoivent une vraie aide pour cela."
        ),
        Category.SLEEP: (
            "Un sommeil aussi perturbé, depuis si longtemps, demande plus qu'un simple "
            "ajustement de l'entraînement."
        ),
        Category.ABUSE_SAFEGUARDING: (
            "Personne ne devrait être blessé, menacé ou contrôlé, et ce que vous décrivez "
            "mérite un vrai soutien."
        ),
    },
)
