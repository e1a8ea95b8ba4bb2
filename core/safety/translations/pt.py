"""Portuguese (pt), European Portuguese, formal register (verbs in the third person, no
pronoun, as SNS 24 and the 1411 line address people); words shared with Brazil where there is
a choice. Readable in Brazil, but a pt-BR variant is worth writing (docs/safety.md).
`WORDING` reviewed 2026-11-30 by a second reader (see REVIEWED, docs/safety.md).
`CONCERN`: the concern and escalation texts, same register; written 2026-11-30 by their
author, reviewed the same day by a second reader (see CONCERN_REVIEWED, docs/safety.md)."""

from core.safety.concern_wording import ConcernWording
from core.safety.model import Category
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

CONCERN = ConcernWording(
    language="pt",
    concern=(
        "Obrigado por me ter contado. {opening}\n\n"
        "Por favor, fale sobre isto em breve com o seu médico de família ou outro médico, ou "
        "com um profissional de saúde mental. {alongside}\n\n{worse}"
    ),
    checkin=(
        "Os seus check-ins diários mostram mais do que uma fase de treino exigente: as suas "
        "respostas sobre o sono, o humor ou o nível de tensão mantêm-se há muito tempo no "
        "lado difícil da escala.\n\n"
        "Por favor, fale com o seu médico de família ou outro médico, ou com um profissional "
        "de saúde mental, sobre como tem dormido e como se tem sentido. {alongside}\n\n"
        "{worse}"
    ),
    review=(
        "Em dois check-ins semanais seguidos, referiu vários sinais de que o seu organismo "
        "está sob pressão: mais do que uma fase de treino exigente.\n\n"
        "Por favor, fale com o seu médico de família ou outro médico, ou com um profissional "
        "de saúde mental, sobre como se tem sentido e como está a lidar com isso. "
        "{alongside}\n\n{worse}"
    ),
    alongside=(
        "Vou manter o seu plano, mas só como apoio em paralelo com esse acompanhamento, nunca "
        "em vez dele. Peço-lhe que não fale disto só comigo."
    ),
    worse=(
        "Se as coisas piorarem ou não se sentir em segurança, pode {reach}. "
        "Em caso de emergência, ligue para o {emergency}."
    ),
    openings={
        Category.SUICIDE_SELF_HARM: (
            "O que descreve merece cuidados de verdade, de uma pessoa e não de uma aplicação."
        ),
        Category.PANIC: (
            "O pânico que volta uma e outra vez trata-se muito bem, e não deveria ter de o "
            "aguentar sem ajuda."
        ),
        Category.DEPRESSION: (
            "Sentir-se tão em baixo durante tanto tempo é mais do que um problema de treino, e "
            "pode melhorar com a ajuda certa."
        ),
        Category.TRAUMA: (
            "Reviver algo que lhe aconteceu é esgotante, e há pessoas preparadas para ajudar "
            "precisamente com isto."
        ),
        Category.EATING: (
            "Uma relação difícil com a comida merece apoio de verdade, e é mais importante do "
            "que qualquer sessão ou objetivo de peso."
        ),
        Category.SUBSTANCE: (
            "Ter dificuldade em passar sem álcool, comprimidos ou drogas é uma situação em que "
            "muitas pessoas recebem ajuda de verdade todos os dias."
        ),
        Category.SLEEP: (
            "Um sono tão perturbado durante tanto tempo precisa de mais do que um ajuste no "
            "treino."
        ),
        Category.ABUSE_SAFEGUARDING: (
            "Ninguém deveria ser magoado, ameaçado ou controlado, e o que descreve merece apoio de "
            "verdade."
        ),
    },
)
