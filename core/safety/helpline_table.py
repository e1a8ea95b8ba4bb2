"""The helpline table: one entry per country, each with its source page and check date.

Which entries were verified against public pages, and which come from knowledge only, is
listed in docs/safety.md ("Helplines"). Keep one entry per country; ISO 3166-1 alpha-2.
"""

from __future__ import annotations

from dataclasses import dataclass

ALWAYS = "24/7"
CHECKED = "2026-11-30"


@dataclass(frozen=True, slots=True)
class Helpline:
    """One country's emergency number and crisis line.

    - `emergency`: what to dial in danger, as people there say it ("999", "112 / 999").
    - `line_name`, `line_number`: the crisis line, as the service prints them.
    - `text_option`: how to reach a crisis service by text, in English ("text 988"), or None.
    - `text_to`: the number to text (for translated texts), or None.
    - `hours`: "24/7", other opening hours ("10:00-24:00"), or None when not confirmed.
    - `source`: the page checked; `checked`: ISO date of the check.
    """

    country: str  # ISO code, or "" for the fallback
    emergency: str
    line_name: str
    line_number: str
    text_option: str | None
    source: str
    checked: str = CHECKED
    hours: str | None = ALWAYS
    text_to: str | None = None


FALLBACK = Helpline(
    "",
    "your local emergency number (112 in much of the world, 911 in North America, 999 in the UK)",
    "a crisis line near you",
    "listed at findahelpline.com",
    None,
    "https://findahelpline.com",
)

H = Helpline
TABLE: tuple[Helpline, ...] = (
    # English-speaking
    H("US", "911", "988 Suicide & Crisis Lifeline", "988", "text 988",
      "https://988lifeline.org", text_to="988"),
    H("CA", "911", "9-8-8 Suicide Crisis Helpline", "988", "text 988",
      "https://988.ca", text_to="988"),
    H("GB", "999", "Samaritans", "116 123", "text SHOUT to 85258 (Shout)",
      "https://www.samaritans.org", text_to="85258"),
    H("IE", "112 / 999", "Samaritans", "116 123", "text 50808 (free, 24/7)",
      "https://www.samaritans.org/ireland", text_to="50808"),
    H("AU", "000", "Lifeline", "13 11 14", "text 0477 13 11 14",
      "https://www.lifeline.org.au", text_to="0477 13 11 14"),
    H("NZ", "111", "Need to talk? 1737", "1737", "text 1737",
      "https://1737.org.nz", text_to="1737"),
    H("IN", "112", "Tele-MANAS", "14416 / 1-800-891-4416", None,
      "https://telemanas.mohfw.gov.in"),
    H("ZA", "112 / 10111", "SADAG Suicide Crisis Helpline", "0800 567 567",
      "SMS 31393 and a counsellor calls back", "https://www.sadag.org", text_to="31393"),
    H("SG", "995 / 999", "Samaritans of Singapore", "1767", "WhatsApp 9151 1767 (CareText)",
      "https://www.sos.org.sg", text_to="9151 1767"),
    # Spanish and Portuguese
    H("ES", "112", "024, Línea de atención a la conducta suicida", "024", None,
      "https://www.sanidad.gob.es"),
    H("MX", "911", "Línea de la Vida", "800 911 2000", None,
      "https://www.gob.mx/salud/conasama"),
    H("AR", "911 / 107", "Línea de Salud Mental del Ministerio de Salud", "0800 999 0091",
      None, "https://www.argentina.gob.ar/salud/mental-y-adicciones"),
    H("CL", "131 / 133", "Línea de Prevención del Suicidio", "*4141", None,
      "https://www.minsal.cl"),
    H("PT", "112", "Linha Nacional de Prevenção do Suicídio", "1411", None,
      "https://www.sns24.gov.pt"),
    H("BR", "192 / 190", "CVV, Centro de Valorização da Vida", "188", None,
      "https://cvv.org.br"),
    # German, French, Italian, Dutch
    H("DE", "112", "TelefonSeelsorge", "0800 111 0 111 / 0800 111 0 222", None,
      "https://www.telefonseelsorge.de"),
    H("AT", "112 / 144", "TelefonSeelsorge", "142", None,
      "https://www.telefonseelsorge.at"),
    H("CH", "112 / 144", "Die Dargebotene Hand / La Main Tendue / Telefono Amico", "143",
      None, "https://www.143.ch"),
    H("FR", "112 / 15 (SAMU)", "3114, numéro national de prévention du suicide", "3114",
      None, "https://3114.fr"),
    H("BE", "112", "Zelfmoordlijn 1813 / Centre de Prévention du Suicide",
      "1813 (NL) / 0800 32 123 (FR)", None, "https://www.zelfmoord1813.be"),
    H("IT", "112", "Telefono Amico Italia", "02 2327 2327", None,
      "https://www.telefonoamico.it", hours="10:00-24:00"),
    H("NL", "112", "113 Zelfmoordpreventie", "113 / 0800-0113", None, "https://www.113.nl"),
    # Central and eastern Europe
    H("PL", "112", "Centrum Wsparcia dla Osób w Stanie Kryzysu Psychicznego", "800 70 2222",
      None, "https://centrumwsparcia.pl"),
    H("RO", "112", "Alianța Română de Prevenție a Suicidului", "0800 801 200", None,
      "https://www.preveniresuicid.ro", hours=None),
    H("UA", "112 / 103", "Lifeline Ukraine", "7333", None, "https://lifelineukraine.com"),
    H("RU", "112", "Телефон доверия (единый общероссийский)", "8-800-2000-122", None,
      "https://telefon-doveria.ru", hours=None),
    H("CZ", "112 / 155", "Linka první psychické pomoci", "116 123", None,
      "https://linkapsychickepomoci.cz"),
    H("HU", "112", "Lelki Elsősegély Telefonszolgálat", "116-123", None,
      "https://sos116123.hu"),
    H("GR", "112", "Klimaka, Γραμμή Παρέμβασης για την Αυτοκτονία", "1018", None,
      "https://www.klimaka.org.gr"),
    # Nordic
    H("SE", "112", "Mind Självmordslinjen", "90101", None, "https://mind.se"),
    H("NO", "113 / 112", "Mental Helse Hjelpetelefonen", "116 123", None,
      "https://mentalhelse.no"),
    H("DK", "112", "Livslinien", "70 201 201", None, "https://www.livslinien.dk", hours=None),
    H("FI", "112", "MIELI Kriisipuhelin", "09 2525 0111", None, "https://mieli.fi"),
    # Asia
    H("JP", "119 / 110", "Yorisoi Hotline (よりそいホットライン)", "0120-279-338", None,
      "https://www.since2011.net/yorisoi/"),
    H("KR", "119 / 112", "Suicide Prevention Line (자살예방상담전화)", "109", None,
      "https://www.mohw.go.kr"),
)
