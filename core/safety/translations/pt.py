"""Portuguese (pt), European Portuguese, formal register (verbs in the third person, no
pronoun, as SNS 24 and the 1411 line address people); words shared with Brazil where there is
a choice. Readable in Brazil, but a pt-BR variant is worth writing (docs/safety.md).
Reviewed 2026-11-30 by a second reader (see REVIEWED, docs/safety.md)."""

from core.safety.wording import Wording

WORDING = Wording(
    language="pt",
    crisis=(
        "Fico muito contente por me ter contado. Sou um treinador, não um serviço de apoio "
        "em crise, e não posso ajudar numa emergência.\n\n"
        "Se estiver em perigo agora, ou se outra pessoa estiver, ligue já para o {emergency}."
        "\n"
        "Pode {reach}.\n\n"
        "Por favor, procure alguém agora: uma linha de apoio, um amigo ou alguém que esteja "
        "por perto. Não precisa de passar por isto sem apoio.\n\n"
        "Vou continuar aqui para o seu treino sempre que quiser voltar."
    ),
    reach_always="falar com alguém a qualquer hora: ligue para o {number} ({name})",
    reach_hours="falar com alguém ({hours}): ligue para o {number} ({name})",
    reach_plain="falar com alguém: ligue para o {number} ({name})",
    text_also=", ou envie uma mensagem para o {text_to}",
    reach_fallback="encontrar uma linha de apoio gratuita na sua região em findahelpline.com",
    emergency_fallback=(
        "número de emergência local (112 em grande parte do mundo, 911 na América do Norte, "
        "999 no Reino Unido)"
    ),
    ask_urgent_intro="Posso fazer uma pergunta direta? É importante.",
    ask_band_intro=(
        "Obrigado por me contar como está. Prefiro perguntar a adivinhar, por isso vou "
        "perguntar diretamente."
    ),
    q_life="Está a pensar em pôr fim à sua vida?",
    yes="Sim",
    no="Não",
    safety_plan=(
        "Obrigado por me dizer. Foi preciso coragem, e fico contente por o ter feito.\n\n"
        "Enquanto procura apoio, estes passos ajudam a ficar em segurança agora:\n"
        "1. As suas razões para ficar em segurança: pense nelas, mesmo nas pequenas, e "
        "escreva-as.\n"
        "2. Afaste-se de tudo o que possa usar para se magoar: entregue-o a alguém, "
        "tranque-o ou saia desse lugar.\n"
        "3. Pessoas e lugares que ajudam: fique com alguém ou vá para um lugar onde se sinta "
        "mais em segurança.\n"
        "4. Profissionais: ligue para o seu médico, ou para a sua equipa de saúde mental, se "
        "tiver uma.\n"
        "5. A linha de apoio acima: ligue agora. Se estiver em perigo, ligue para o "
        "{emergency}."
    ),
    back=(
        "Obrigado por responder. Ainda bem. Se algum dia tudo ficar assim tão pesado, pode "
        "{reach}.\n\nVoltamos ao seu treino quando quiser."
    ),
    follow_up_intro=(
        "Obrigado pela resposta. Como a sua mensagem mencionava um meio, um plano ou um "
        "momento, prefiro deixar estes números à vista por agora. Se tiver por perto alguma "
        "coisa que possa usar para se magoar, por favor afaste-se dela e conte a alguém de "
        "confiança como foi o seu dia. Posso perguntar mais uma vez?"
    ),
    q_safe="Está em segurança agora?",
    safe_yes="Sim, estou em segurança",
    safe_unsure="Não, ou não sei",
    safe_back=(
        "Obrigado. Fico contente por saber que está em segurança. Os números acima continuam "
        "aí sempre que precisar.\n\nVoltamos ao seu treino quando quiser."
    ),
    again_intro="Antes de continuarmos: fiz-lhe uma pergunta importante.",
    abuse_line=(
        "Se um parceiro, uma parceira ou alguém em casa lhe está a fazer mal, pode também {reach}."
    ),
    child_line="Se tiver menos de 18 anos, pode {reach}.",
)
