"""Spanish (es), informal "tú", neutral between Spain and Latin America. `WORDING` reviewed
2026-11-30 by a second reader (see REVIEWED, docs/safety.md).
`CONCERN`: the concern and escalation texts, same register; written 2026-11-30 by their
author, reviewed the same day by a second reader (see CONCERN_REVIEWED, docs/safety.md)."""

from core.safety.concern_wording import ConcernWording
from core.safety.model import Category
from core.safety.wording import Wording

WORDING = Wording(
    language="es",
    crisis=(
        "Me alegra mucho que me lo hayas contado. Soy un entrenador deportivo, no un servicio "
        "de ayuda en crisis, y no puedo ayudarte en una emergencia.\n\n"
        "Si tú o alguien más está en peligro ahora mismo, llama ya al {emergency}.\n"
        "Puedes {reach}.\n\n"
        "Por favor, busca a alguien ahora: una línea de crisis, una amistad o alguien cerca "
        "de ti. No tienes que cargar con esto en soledad.\n\n"
        "Seguiré aquí para tu entrenamiento cuando quieras volver."
    ),
    reach_always="hablar con alguien a cualquier hora: llama al {number} ({name})",
    reach_hours="hablar con alguien ({hours}): llama al {number} ({name})",
    reach_plain="hablar con alguien: llama al {number} ({name})",
    text_also=" o escribe un mensaje al {text_to}",
    reach_fallback="encontrar una línea de crisis gratuita cerca de ti en findahelpline.com",
    emergency_fallback=(
        "número de emergencias de tu zona (112 en gran parte del mundo, 911 en Norteamérica, "
        "999 en el Reino Unido)"
    ),
    ask_urgent_intro="¿Puedo preguntarte algo directamente? Es importante.",
    ask_band_intro=(
        "Gracias por contarme cómo estás. Prefiero preguntar a suponer, así que te lo "
        "pregunto directamente."
    ),
    q_life="¿Estás pensando en quitarte la vida?",
    yes="Sí",
    no="No",
    safety_plan=(
        "Gracias por decírmelo. Hace falta valor, y me alegra que lo hayas hecho.\n\n"
        "Mientras buscas apoyo, estos pasos ayudan a mantenerse a salvo ahora mismo:\n"
        "1. Tus razones para seguir a salvo: piensa en ellas, aunque sean pequeñas, y "
        "escríbelas.\n"
        "2. Aléjate de cualquier cosa con la que pudieras hacerte daño: dásela a alguien, "
        "guárdala bajo llave o sal de ese lugar.\n"
        "3. Personas y lugares que ayudan: quédate con alguien o ve a un sitio donde te "
        "sientas más a salvo.\n"
        "4. Contactos profesionales: llama a tu médico, o a tu equipo de salud mental si "
        "tienes uno.\n"
        "5. La línea de crisis de arriba: llámala ahora. Si estás en peligro, llama al "
        "{emergency}."
    ),
    back=(
        "Gracias por responder. Me alegro. Si alguna vez todo se hace demasiado pesado, "
        "puedes {reach}.\n\nSeguimos con tu entrenamiento cuando quieras."
    ),
    follow_up_intro=(
        "Gracias por responderme. Como tu mensaje mencionaba un medio, un plan o un momento, "
        "prefiero dejar estos números a la vista por ahora. Si tienes cerca algo con lo que "
        "pudieras hacerte daño, por favor aléjate de ello y cuéntale a alguien de confianza "
        "cómo ha sido hoy. ¿Puedo preguntarte una vez más?"
    ),
    q_safe="¿Estás a salvo ahora mismo?",
    safe_yes="Sí, estoy a salvo",
    safe_unsure="No, o no lo sé",
    safe_back=(
        "Gracias. Me alegra que estés a salvo. Los números de arriba están ahí siempre que "
        "los necesites.\n\nSeguimos con tu entrenamiento cuando quieras."
    ),
    again_intro="Antes de seguir: te pregunté algo importante.",
    abuse_line="Si tu pareja o alguien en casa te está haciendo daño, también puedes {reach}.",
    child_line="Si tienes menos de 18 años, puedes {reach}.",
)

CONCERN = ConcernWording(
    language="es",
    concern=(
        "Gracias por contármelo. {opening}\n\n"
        "Por favor, habla pronto de ello con tu médico de familia u otro médico, o con un "
        "profesional de la salud mental. {alongside}\n\n{worse}"
    ),
    checkin=(
        "Tus check-ins muestran algo más que un bloque de entrenamiento duro: tus respuestas "
        "sobre el sueño, el ánimo o la tensión que sientes llevan mucho tiempo en la parte más "
        "difícil de la escala.\n\n"
        "Por favor, habla con tu médico de familia u otro médico, o con un profesional de la "
        "salud mental, sobre cómo estás durmiendo y cómo te sientes últimamente. {alongside}"
        "\n\n{worse}"
    ),
    review=(
        "En dos check-ins semanales seguidos has mencionado varias señales de que tu organismo "
        "está sometido a mucha tensión: algo más que un bloque de entrenamiento duro.\n\n"
        "Por favor, habla con tu médico de familia u otro médico, o con un profesional de la "
        "salud mental, sobre cómo te has sentido y cómo lo estás llevando. {alongside}\n\n"
        "{worse}"
    ),
    alongside=(
        "Seguiré con tu plan, pero solo como un apoyo junto a esa ayuda, nunca en su lugar. "
        "Y, por favor, que yo no sea el único con quien hables de esto."
    ),
    worse=(
        "Si las cosas empeoran o no te sientes a salvo, puedes {reach}. "
        "En caso de emergencia, llama al {emergency}."
    ),
    openings={
        Category.SUICIDE_SELF_HARM: (
            "Lo que cuentas merece una atención de verdad, de una persona y no de una "
            "aplicación."
        ),
        Category.PANIC: (
            "El pánico que vuelve una y otra vez se puede tratar muy bien, y no tendrías por "
            "qué aguantarlo sin ayuda."
        ),
        Category.DEPRESSION: (
            "Tener el ánimo tan bajo durante tanto tiempo es más que un problema de "
            "entrenamiento, y puede mejorar con la ayuda adecuada."
        ),
        Category.TRAUMA: (
            "Revivir algo que te pasó es agotador, y hay personas formadas para ayudar justo "
            "con esto."
        ),
        Category.EATING: (
            "Una relación difícil con la comida merece un apoyo de verdad, y es más importante "
            "que cualquier sesión o cualquier objetivo de peso."
        ),
        Category.SUBSTANCE: (
            "Que te cueste salir adelante sin alcohol, pastillas o drogas es algo para lo que "
            "mucha gente recibe ayuda de verdad cada día."
        ),
        Category.SLEEP: (
            "Dormir tan mal durante tanto tiempo requiere algo más que un ajuste en el "
            "entrenamiento."
        ),
        Category.ABUSE_SAFEGUARDING: (
            "Nadie debería ser herido, amenazado ni controlado, y lo que cuentas merece un "
            "apoyo de verdad."
        ),
    },
)
