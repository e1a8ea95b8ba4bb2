"""Spanish (es), informal "tú", neutral between Spain and Latin America. Reviewed
2026-11-30 by a second reader (see REVIEWED, docs/safety.md)."""

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
