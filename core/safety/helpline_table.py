"""The helpline table: one entry per country, each with its source page and check date.

Beside the crisis line an entry can carry two specialist lines, each with its own source
and date: `abuse` (domestic abuse or violence against women) and `child` (the child
helpline). Which entries were verified against public pages, and which come from knowledge
only, is listed in docs/safety.md ("Helplines"). Keep one entry per country; ISO 3166-1
alpha-2. A line nobody could source is left out (None), never guessed.
"""

from __future__ import annotations

from dataclasses import dataclass

ALWAYS = "24/7"
CHECKED = "2026-11-30"


@dataclass(frozen=True, slots=True)
class SpecialistLine:
    """A line for one kind of harm (domestic abuse, or children), beside the crisis line.

    `name`, `number` as the service prints them; `hours` as for the crisis line ("24/7",
    daily opening hours, or None when not confirmed or not the same every day: then the
    texts do not say "any time"); `source`: the page checked; `checked`: ISO date.
    """

    name: str
    number: str
    hours: str | None
    source: str
    checked: str = CHECKED


@dataclass(frozen=True, slots=True)
class Helpline:
    """One country's emergency number and crisis line.

    - `emergency`: what to dial in danger, as people there say it ("999", "112 / 999").
    - `line_name`, `line_number`: the crisis line, as the service prints them.
    - `text_option`: how to reach a crisis service by text, in English ("text 988"), or None.
    - `text_to`: the number to text (for translated texts), or None.
    - `hours`: "24/7", other opening hours ("10:00-24:00"), or None when not confirmed.
    - `source`: the page checked; `checked`: ISO date of the check.
    - `abuse`, `child`: the domestic-abuse and child helplines, or None where not sourced.
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
    abuse: SpecialistLine | None = None
    child: SpecialistLine | None = None


FALLBACK = Helpline(
    "",
    "your local emergency number (112 in much of the world, 911 in North America, 999 in the UK)",
    "a crisis line near you",
    "listed at findahelpline.com",
    None,
    "https://findahelpline.com",
)

H = Helpline
S = SpecialistLine
TABLE: tuple[Helpline, ...] = (
    # English-speaking
    H("US", "911", "988 Suicide & Crisis Lifeline", "988", "text 988",
      "https://988lifeline.org", text_to="988",
      abuse=S("National Domestic Violence Hotline", "1-800-799-7233", ALWAYS,
        "https://www.thehotline.org"),
      child=S("Childhelp National Child Abuse Hotline", "1-800-422-4453", ALWAYS,
        "https://www.childhelphotline.org")),
    H("CA", "911", "9-8-8 Suicide Crisis Helpline", "988", "text 988",
      "https://988.ca", text_to="988",
      child=S("Kids Help Phone", "1-800-668-6868", ALWAYS, "https://kidshelpphone.ca")),
    H("GB", "999", "Samaritans", "116 123", "text SHOUT to 85258 (Shout)",
      "https://www.samaritans.org", text_to="85258",
      abuse=S("National Domestic Abuse Helpline (Refuge)", "0808 2000 247", ALWAYS,
        "https://www.nationaldahelpline.org.uk"),
      child=S("Childline", "0800 1111", ALWAYS, "https://www.childline.org.uk")),
    H("IE", "112 / 999", "Samaritans", "116 123", "text 50808 (free, 24/7)",
      "https://www.samaritans.org/ireland", text_to="50808",
      abuse=S("Women's Aid National Freephone Helpline", "1800 341 900", ALWAYS,
        "https://www.womensaid.ie"),
      child=S("Childline (ISPCC)", "1800 66 66 66", ALWAYS, "https://www.childline.ie")),
    H("AU", "000", "Lifeline", "13 11 14", "text 0477 13 11 14",
      "https://www.lifeline.org.au", text_to="0477 13 11 14",
      abuse=S("1800RESPECT", "1800 737 732", ALWAYS, "https://www.1800respect.org.au"),
      child=S("Kids Helpline", "1800 55 1800", ALWAYS, "https://kidshelpline.com.au")),
    H("NZ", "111", "Need to talk? 1737", "1737", "text 1737",
      "https://1737.org.nz", text_to="1737",
      abuse=S("Women's Refuge crisis line", "0800 733 843", ALWAYS,
        "https://womensrefuge.org.nz/get-help/")),
    H("IN", "112", "Tele-MANAS", "14416 / 1-800-891-4416", None,
      "https://telemanas.mohfw.gov.in",
      abuse=S("Women Helpline", "181", ALWAYS, "https://wcd.gov.in"),
      child=S("Childline", "1098", ALWAYS, "https://wcd.gov.in")),
    H("ZA", "112 / 10111", "SADAG Suicide Crisis Helpline", "0800 567 567",
      "SMS 31393 and a counsellor calls back", "https://www.sadag.org", text_to="31393",
      abuse=S("GBV Command Centre", "0800 428 428", ALWAYS, "https://gbv.org.za/about-us"),
      child=S("Childline South Africa", "0800 055 555", None, "https://www.childlinesa.org.za")),
    H("SG", "995 / 999", "Samaritans of Singapore", "1767", "WhatsApp 9151 1767 (CareText)",
      "https://www.sos.org.sg", text_to="9151 1767",
      abuse=S("National Anti-Violence and Sexual Harassment Helpline", "1800 777 0000", ALWAYS,
        "https://www.msf.gov.sg")),
    # Spanish and Portuguese
    H("ES", "112", "024, Línea de atención a la conducta suicida", "024", None,
      "https://www.sanidad.gob.es",
      abuse=S("016, atención a víctimas de violencia contra las mujeres", "016", ALWAYS,
        "https://violenciagenero.igualdad.gob.es"),
      child=S("Fundación ANAR", "900 20 20 10", None, "https://www.anar.org")),
    H("MX", "911", "Línea de la Vida", "800 911 2000", None,
      "https://www.gob.mx/salud/conasama"),
    H("AR", "911 / 107", "Línea de Salud Mental del Ministerio de Salud", "0800 999 0091",
      None, "https://www.argentina.gob.ar/salud/mental-y-adicciones",
      abuse=S("Línea 144", "144", ALWAYS, "https://www.argentina.gob.ar"),
      child=S("Línea 102", "102", None, "https://www.argentina.gob.ar/linea-102")),
    H("CL", "131 / 133", "Línea de Prevención del Suicidio", "*4141", None,
      "https://www.minsal.cl",
      abuse=S("Fono Orientación 1455", "1455", None, "https://minmujeryeg.gob.cl/?page_id=4023")),
    H("PT", "112", "Linha Nacional de Prevenção do Suicídio", "1411", None,
      "https://www.sns24.gov.pt",
      abuse=S("Serviço de Informação às Vítimas de Violência Doméstica", "800 202 148", ALWAYS,
        "https://www.cig.gov.pt/servicos/servico-de-informacao-as-vitimas-de-violencia-domestica/"),
      child=S("SOS Criança", "116 111", None, "https://iacrianca.pt")),
    H("BR", "192 / 190", "CVV, Centro de Valorização da Vida", "188", None,
      "https://cvv.org.br",
      abuse=S("Ligue 180, Central de Atendimento à Mulher", "180", ALWAYS,
        "https://www.gov.br/mulheres"),
      child=S("Disque 100, Disque Direitos Humanos", "100", ALWAYS,
        "https://www.gov.br/mdh")),
    # German, French, Italian, Dutch
    H("DE", "112", "TelefonSeelsorge", "0800 111 0 111 / 0800 111 0 222", None,
      "https://www.telefonseelsorge.de",
      abuse=S("Hilfetelefon Gewalt gegen Frauen", "116 016", ALWAYS, "https://www.hilfetelefon.de"),
      child=S("Nummer gegen Kummer", "116 111", None, "https://www.nummergegenkummer.de")),
    H("AT", "112 / 144", "TelefonSeelsorge", "142", None,
      "https://www.telefonseelsorge.at",
      abuse=S("Frauenhelpline gegen Gewalt", "0800 222 555", ALWAYS, "https://www.frauenhelpline.at"),
      child=S("Rat auf Draht", "147", ALWAYS, "https://www.rataufdraht.at")),
    H("CH", "112 / 144", "Die Dargebotene Hand / La Main Tendue / Telefono Amico", "143",
      None, "https://www.143.ch",
      child=S("Pro Juventute", "147", ALWAYS, "https://www.147.ch")),
    H("FR", "112 / 15 (SAMU)", "3114, numéro national de prévention du suicide", "3114",
      None, "https://3114.fr",
      abuse=S("3919 Violences Femmes Info", "3919", ALWAYS, "https://solidaritefemmes.org/appeler-le-3919/"),
      child=S("119 Allô Enfance en Danger", "119", ALWAYS, "https://www.allo119.gouv.fr")),
    H("BE", "112", "Zelfmoordlijn 1813 / Centre de Prévention du Suicide",
      "1813 (NL) / 0800 32 123 (FR)", None, "https://www.zelfmoord1813.be",
      abuse=S("1712 / Écoute violences conjugales", "1712 (NL) / 0800 30 030 (FR)", None,
        "https://www.1712.be"),
      child=S("Awel / Écoute-Enfants", "102 (NL) / 103 (FR)", None, "https://www.awel.be")),
    H("IT", "112", "Telefono Amico Italia", "02 2327 2327", None,
      "https://www.telefonoamico.it", hours="10:00-24:00",
      abuse=S("1522, numero antiviolenza e stalking", "1522", ALWAYS, "https://www.1522.eu"),
      child=S("Telefono Azzurro", "1 96 96", ALWAYS, "https://azzurro.it")),
    H("NL", "112", "113 Zelfmoordpreventie", "113 / 0800-0113", None, "https://www.113.nl",
      abuse=S("Veilig Thuis", "0800-2000", ALWAYS, "https://veiligthuis.nl"),
      child=S("De Kindertelefoon", "0800-0432", None, "https://www.kindertelefoon.nl")),
    # Central and eastern Europe
    H("PL", "112", "Centrum Wsparcia dla Osób w Stanie Kryzysu Psychicznego", "800 70 2222",
      None, "https://centrumwsparcia.pl",
      # a ninth attacker found Poland without one; Polskie Radio and PAP (July 2025, KCPU's
      # deputy director quoted): free and round the clock (801 12 00 02 was the old paid one)
      abuse=S("Niebieska Linia", "800 120 002", ALWAYS,
        "https://www.polskieradio.pl/395/7789/Artykul/3546920", "2026-12-01"),
      child=S("Telefon Zaufania dla Dzieci i Młodzieży", "116 111", ALWAYS, "https://116111.pl")),
    H("RO", "112", "Alianța Română de Prevenție a Suicidului", "0800 801 200", None,
      "https://www.preveniresuicid.ro", hours=None,
      abuse=S("Linia pentru victimele violenței domestice (ANES)", "0800 500 333", ALWAYS,
        "https://anes.gov.ro"),
      child=S("Telefonul Copilului", "116 111", None, "https://telefonulcopilului.ro")),
    H("UA", "112 / 103", "Lifeline Ukraine", "7333", None, "https://lifelineukraine.com",
      abuse=S("Урядова гаряча лінія з питань запобігання домашньому насильству", "1547", ALWAYS,
        "https://www.kmu.gov.ua"),
      child=S("Національна дитяча гаряча лінія (Ла Страда-Україна)", "116 111", None,
        "https://la-strada.org.ua")),
    H("RU", "112", "Телефон доверия (единый общероссийский)", "8-800-2000-122", None,
      "https://telefon-doveria.ru", hours=None),
    H("CZ", "112 / 155", "Linka první psychické pomoci", "116 123", None,
      "https://linkapsychickepomoci.cz",
      abuse=S("Bílý kruh bezpečí", "116 006", ALWAYS, "https://www.bkb.cz"),
      child=S("Linka bezpečí", "116 111", ALWAYS, "https://www.linkabezpeci.cz")),
    H("HU", "112", "Lelki Elsősegély Telefonszolgálat", "116-123", None,
      "https://sos116123.hu",
      child=S("Kék Vonal Gyermekkrízis Alapítvány", "116 111", None, "https://kek-vonal.hu")),
    H("GR", "112", "Klimaka, Γραμμή Παρέμβασης για την Αυτοκτονία", "1018", None,
      "https://www.klimaka.org.gr",
      abuse=S("SOS 15900", "15900", ALWAYS, "https://www.isotita.gr"),
      child=S("Το Χαμόγελο του Παιδιού", "1056", ALWAYS, "https://www.hamogelo.gr")),
    # Nordic
    H("SE", "112", "Mind Självmordslinjen", "90101", None, "https://mind.se",
      abuse=S("Kvinnofridslinjen", "020-50 50 50", ALWAYS, "https://kvinnofridslinjen.se"),
      child=S("Bris", "116 111", None, "https://www.bris.se")),
    H("NO", "113 / 112", "Mental Helse Hjelpetelefonen", "116 123", None,
      "https://mentalhelse.no",
      child=S("Alarmtelefonen for barn og unge", "116 111", None, "https://www.116111.no")),
    H("DK", "112", "Livslinien", "70 201 201", None, "https://www.livslinien.dk", hours=None,
      abuse=S("Lev Uden Vold", "1888", ALWAYS, "https://levudenvold.dk"),
      child=S("BørneTelefonen", "116 111", None, "https://bornetelefonen.dk")),
    H("FI", "112", "MIELI Kriisipuhelin", "09 2525 0111", None, "https://mieli.fi",
      abuse=S("Nollalinja", "080 005 005", ALWAYS, "https://www.nollalinja.fi"),
      child=S("MLL Lasten ja nuorten puhelin", "116 111", None, "https://www.mll.fi")),
    # Asia
    H("JP", "119 / 110", "Yorisoi Hotline (よりそいホットライン)", "0120-279-338", None,
      "https://www.since2011.net/yorisoi/",
      abuse=S("DV相談プラス", "0120-279-889", ALWAYS, "https://www.gov-online.go.jp/cam/no_dvca/dv03/"),
      child=S("児童相談所虐待対応ダイヤル", "189", ALWAYS, "https://www.mhlw.go.jp")),
    H("KR", "119 / 112", "Suicide Prevention Line (자살예방상담전화)", "109", None,
      "https://www.mohw.go.kr",
      abuse=S("여성긴급전화 (Women's Emergency Line)", "1366", ALWAYS, "https://www.mogef.go.kr")),
)
