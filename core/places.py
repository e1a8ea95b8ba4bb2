"""Places people name for their settings: countries, cities and time-zone abbreviations.

Data only, plus two look-ups. A time zone must be a place (an IANA Area/City), because only a
place knows its summer time: "GMT" or "EST" is a fixed offset, so the coach asks which city
is meant ("London or Reykjavik?"), and a country with several zones ("US") lists only its own.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import cache
from types import MappingProxyType
from zoneinfo import available_timezones

# Countries with one obvious zone.
COUNTRY_ZONES: Mapping[str, str] = MappingProxyType({
    "GB": "Europe/London", "IE": "Europe/Dublin", "DE": "Europe/Berlin", "FR": "Europe/Paris",
    "ES": "Europe/Madrid", "RO": "Europe/Bucharest", "NZ": "Pacific/Auckland",
    "IT": "Europe/Rome", "NL": "Europe/Amsterdam", "BE": "Europe/Brussels", "PL": "Europe/Warsaw",
    "SE": "Europe/Stockholm", "NO": "Europe/Oslo", "DK": "Europe/Copenhagen",
    "FI": "Europe/Helsinki", "AT": "Europe/Vienna", "CH": "Europe/Zurich", "GR": "Europe/Athens",
    "HU": "Europe/Budapest", "CZ": "Europe/Prague", "JP": "Asia/Tokyo", "IN": "Asia/Kolkata",
    "SG": "Asia/Singapore", "ZA": "Africa/Johannesburg", "IL": "Asia/Jerusalem",
    "KR": "Asia/Seoul", "PT": "Europe/Lisbon", "IS": "Atlantic/Reykjavik",
    "LU": "Europe/Luxembourg",
    "SK": "Europe/Bratislava", "SI": "Europe/Ljubljana", "HR": "Europe/Zagreb",
    "RS": "Europe/Belgrade", "BG": "Europe/Sofia", "UA": "Europe/Kyiv", "TR": "Europe/Istanbul",
    "EE": "Europe/Tallinn", "LV": "Europe/Riga", "LT": "Europe/Vilnius", "CY": "Asia/Nicosia",
    "MT": "Europe/Malta", "MD": "Europe/Chisinau", "AE": "Asia/Dubai", "QA": "Asia/Qatar",
    "SA": "Asia/Riyadh", "EG": "Africa/Cairo", "NG": "Africa/Lagos", "KE": "Africa/Nairobi",
    "GH": "Africa/Accra", "MA": "Africa/Casablanca", "CN": "Asia/Shanghai",
    "HK": "Asia/Hong_Kong", "TW": "Asia/Taipei", "PH": "Asia/Manila", "TH": "Asia/Bangkok",
    "VN": "Asia/Ho_Chi_Minh", "MY": "Asia/Kuala_Lumpur", "PK": "Asia/Karachi",
    "BD": "Asia/Dhaka", "LK": "Asia/Colombo", "NP": "Asia/Kathmandu",
    "AR": "America/Argentina/Buenos_Aires", "CO": "America/Bogota", "PE": "America/Lima",
    "VE": "America/Caracas", "UY": "America/Montevideo",
    "JM": "America/Jamaica", "CR": "America/Costa_Rica", "PA": "America/Panama",
})  # fmt: skip

# Countries with several zones: the coach lists these (main ones first) and asks.
COUNTRY_CHOICES: Mapping[str, tuple[str, ...]] = MappingProxyType({
    "US": ("America/New_York", "America/Chicago", "America/Denver", "America/Phoenix",
           "America/Los_Angeles", "America/Anchorage", "Pacific/Honolulu"),
    "CA": ("America/St_Johns", "America/Halifax", "America/Toronto", "America/Winnipeg",
           "America/Regina", "America/Edmonton", "America/Vancouver"),
    "AU": ("Australia/Sydney", "Australia/Melbourne", "Australia/Brisbane", "Australia/Adelaide",
           "Australia/Darwin", "Australia/Perth", "Australia/Hobart"),
    "BR": ("America/Sao_Paulo", "America/Manaus", "America/Fortaleza", "America/Noronha",
           "America/Rio_Branco"),
    "MX": ("America/Mexico_City", "America/Cancun", "America/Chihuahua", "America/Hermosillo",
           "America/Tijuana"),
    "RU": ("Europe/Moscow", "Europe/Kaliningrad", "Europe/Samara", "Asia/Yekaterinburg",
           "Asia/Novosibirsk", "Asia/Krasnoyarsk", "Asia/Irkutsk", "Asia/Vladivostok"),
    "ID": ("Asia/Jakarta", "Asia/Makassar", "Asia/Jayapura"),
    "KZ": ("Asia/Almaty", "Asia/Aqtobe"),
    "CL": ("America/Santiago", "Pacific/Easter"),
})  # fmt: skip

COUNTRY_NAMES: Mapping[str, str] = MappingProxyType({
    "united kingdom": "GB", "uk": "GB", "u k": "GB", "britain": "GB", "great britain": "GB",
    "england": "GB", "scotland": "GB", "wales": "GB", "northern ireland": "GB", "gb": "GB",
    "ireland": "IE", "republic of ireland": "IE", "eire": "IE", "germany": "DE",
    "deutschland": "DE", "france": "FR", "spain": "ES", "españa": "ES", "espana": "ES",
    "romania": "RO", "românia": "RO", "new zealand": "NZ", "nz": "NZ", "aotearoa": "NZ",
    "italy": "IT", "italia": "IT", "netherlands": "NL", "the netherlands": "NL", "holland": "NL",
    "belgium": "BE", "poland": "PL", "polska": "PL", "sweden": "SE", "norway": "NO",
    "denmark": "DK", "finland": "FI", "austria": "AT", "switzerland": "CH", "greece": "GR",
    "hungary": "HU", "czechia": "CZ", "czech republic": "CZ", "japan": "JP", "india": "IN",
    "singapore": "SG", "south africa": "ZA", "israel": "IL", "south korea": "KR",
    "korea": "KR", "portugal": "PT", "iceland": "IS", "luxembourg": "LU", "slovakia": "SK",
    "slovenia": "SI", "croatia": "HR", "serbia": "RS", "bulgaria": "BG", "ukraine": "UA",
    "turkey": "TR", "türkiye": "TR", "turkiye": "TR", "estonia": "EE", "latvia": "LV",
    "lithuania": "LT", "cyprus": "CY", "malta": "MT", "moldova": "MD",
    "united arab emirates": "AE", "uae": "AE", "qatar": "QA", "saudi arabia": "SA",
    "egypt": "EG", "nigeria": "NG", "kenya": "KE", "ghana": "GH", "morocco": "MA",
    "china": "CN", "hong kong": "HK", "taiwan": "TW", "philippines": "PH", "thailand": "TH",
    "vietnam": "VN", "malaysia": "MY", "pakistan": "PK", "bangladesh": "BD",
    "sri lanka": "LK", "nepal": "NP", "argentina": "AR", "colombia": "CO", "peru": "PE",
    "venezuela": "VE", "uruguay": "UY", "jamaica": "JM", "costa rica": "CR", "panama": "PA",
    "united states": "US", "united states of america": "US", "usa": "US", "us": "US",
    "u s": "US", "u s a": "US", "america": "US", "the states": "US", "states": "US",
    "canada": "CA", "australia": "AU", "oz": "AU", "brazil": "BR", "brasil": "BR",
    "mexico": "MX", "russia": "RU", "indonesia": "ID", "kazakhstan": "KZ", "chile": "CL",
    # the screened languages' own names (attack 7: "Україна" and "Россия" were refused)
    "україна": "UA", "украина": "UA", "ukraina": "UA", "россия": "RU", "росія": "RU",
    "rossiya": "RU", "rossija": "RU", "nederland": "NL", "belgië": "BE", "belgie": "BE",
    "belgique": "BE", "österreich": "AT", "osterreich": "AT", "schweiz": "CH", "suisse": "CH",
    "svizzera": "CH", "méxico": "MX", "perú": "PE", "irlanda": "IE", "francia": "FR",
    "frankreich": "FR", "alemania": "DE", "allemagne": "DE", "germania": "DE", "alemanha": "DE",
    "niemcy": "DE", "republica moldova": "MD",
    "estados unidos": "US", "états unis": "US", "etats unis": "US", "reino unido": "GB",
    "royaume uni": "GB", "regno unito": "GB", "wielka brytania": "GB", "marea britanie": "GB",
})  # fmt: skip

# Abbreviations and offsets that are not places, with the cities they usually mean.
ABBREVIATIONS: Mapping[str, tuple[str, ...]] = MappingProxyType({
    **dict.fromkeys(("gmt", "utc+0", "gmt+0", "greenwich", "z", "zulu", "wet", "west"),
                    ("Europe/London", "Atlantic/Reykjavik", "Europe/Lisbon")),
    "bst": ("Europe/London",),
    "ist": ("Asia/Kolkata", "Europe/Dublin"),
    **dict.fromkeys(("cet", "cest", "met", "mez", "central european", "central europe"),
                    ("Europe/Paris", "Europe/Berlin", "Europe/Madrid", "Europe/Rome",
                     "Europe/Amsterdam")),
    **dict.fromkeys(("eet", "eest", "eastern european"),
                    ("Europe/Athens", "Europe/Bucharest", "Europe/Helsinki", "Africa/Cairo")),
    **dict.fromkeys(("est", "edt", "et", "eastern", "eastern time", "est5edt"),
                    ("America/New_York", "America/Toronto")),
    **dict.fromkeys(("cst", "cdt", "ct", "central", "central time", "cst6cdt"),
                    ("America/Chicago", "America/Mexico_City", "America/Winnipeg")),
    **dict.fromkeys(("mst", "mdt", "mt", "mountain", "mountain time", "mst7mdt"),
                    ("America/Denver", "America/Phoenix", "America/Edmonton")),
    **dict.fromkeys(("pst", "pdt", "pt", "pacific", "pacific time", "pst8pdt"),
                    ("America/Los_Angeles", "America/Vancouver")),
    "akst": ("America/Anchorage",), "hst": ("Pacific/Honolulu",),
    **dict.fromkeys(("aest", "aedt"), ("Australia/Sydney", "Australia/Melbourne",
                                       "Australia/Brisbane")),
    **dict.fromkeys(("acst", "acdt"), ("Australia/Adelaide", "Australia/Darwin")),
    "awst": ("Australia/Perth",),
    **dict.fromkeys(("nzst", "nzdt"), ("Pacific/Auckland",)),
    "jst": ("Asia/Tokyo",), "kst": ("Asia/Seoul",), "sgt": ("Asia/Singapore",),
    "hkt": ("Asia/Hong_Kong",), "msk": ("Europe/Moscow",), "sast": ("Africa/Johannesburg",),
})  # fmt: skip

# City names people use that are not the city in an IANA name.
CITY_ALIASES: Mapping[str, str] = MappingProxyType({
    **dict.fromkeys(("new york city", "nyc", "ny", "new york", "manhattan", "brooklyn",
                     "boston", "washington", "washington dc", "dc", "miami", "atlanta",
                     "philadelphia", "philly", "pittsburgh", "orlando", "baltimore",
                     "charlotte", "tampa", "raleigh", "cleveland", "columbus", "jersey",
                     "new jersey", "east coast"), "America/New_York"),
    **dict.fromkeys(("la", "l a", "los angeles", "san francisco", "sf", "seattle", "portland",
                     "san diego", "san jose", "las vegas", "vegas", "sacramento", "oakland",
                     "silicon valley", "bay area", "california", "west coast"),
                    "America/Los_Angeles"),
    **dict.fromkeys(("dallas", "houston", "austin", "san antonio", "minneapolis", "nashville",
                     "new orleans", "kansas city", "st louis", "milwaukee", "texas"),
                    "America/Chicago"),
    **dict.fromkeys(("salt lake city", "albuquerque", "boulder", "colorado"), "America/Denver"),
    **dict.fromkeys(("montreal", "ottawa", "quebec"), "America/Toronto"),
    **dict.fromkeys(("calgary",), "America/Edmonton"),
    **dict.fromkeys(("manchester", "birmingham", "leeds", "glasgow", "edinburgh", "liverpool",
                     "bristol", "cardiff", "belfast", "newcastle", "sheffield", "nottingham",
                     "oxford", "cambridge", "brighton", "leicester", "aberdeen", "york",
                     "southampton", "bath", "reading", "coventry"), "Europe/London"),
    **dict.fromkeys(("cork", "galway", "limerick"), "Europe/Dublin"),
    **dict.fromkeys(("munich", "hamburg", "frankfurt", "cologne", "stuttgart", "dusseldorf",
                     "düsseldorf", "leipzig", "dresden", "münchen", "munchen"), "Europe/Berlin"),
    **dict.fromkeys(("barcelona", "valencia", "seville", "sevilla", "malaga", "bilbao"),
                    "Europe/Madrid"),
    **dict.fromkeys(("milan", "milano", "naples", "florence", "venice", "turin", "bologna"),
                    "Europe/Rome"),
    **dict.fromkeys(("lyon", "marseille", "nice", "toulouse", "bordeaux"), "Europe/Paris"),
    **dict.fromkeys(("geneva", "basel", "bern", "lausanne"), "Europe/Zurich"),
    **dict.fromkeys(("rotterdam", "the hague", "utrecht", "eindhoven"), "Europe/Amsterdam"),
    **dict.fromkeys(("krakow", "kraków", "gdansk", "wroclaw"), "Europe/Warsaw"),
    **dict.fromkeys(("porto",), "Europe/Lisbon"),
    **dict.fromkeys(("cluj", "cluj napoca", "iasi", "timisoara", "brasov", "constanta"),
                    "Europe/Bucharest"),
    **dict.fromkeys(("gothenburg", "malmo"), "Europe/Stockholm"),
    **dict.fromkeys(("antwerp", "ghent"), "Europe/Brussels"),
    **dict.fromkeys(("kyiv", "kiev"), "Europe/Kyiv"),
    **dict.fromkeys(("mumbai", "delhi", "new delhi", "bangalore", "bengaluru", "chennai",
                     "hyderabad", "pune", "kolkata", "calcutta"), "Asia/Kolkata"),
    **dict.fromkeys(("beijing", "shenzhen", "guangzhou"), "Asia/Shanghai"),
    **dict.fromkeys(("wellington", "christchurch", "queenstown"), "Pacific/Auckland"),
    **dict.fromkeys(("canberra", "newcastle nsw"), "Australia/Sydney"),
    **dict.fromkeys(("gold coast",), "Australia/Brisbane"),
    **dict.fromkeys(("cape town", "durban", "pretoria"), "Africa/Johannesburg"),
    **dict.fromkeys(("rio", "rio de janeiro", "brasilia"), "America/Sao_Paulo"),
    **dict.fromkeys(("tel aviv",), "Asia/Jerusalem"),
    **dict.fromkeys(("osaka", "kyoto"), "Asia/Tokyo"),
    **dict.fromkeys(("abu dhabi",), "Asia/Dubai"),
})  # fmt: skip

_LEGACY = ("Etc/", "US/", "Canada/", "Brazil/", "Chile/", "Mexico/", "SystemV/")


@cache
def zone_names() -> Mapping[str, str]:
    """Every Area/City zone by its lower-case name, and by its city in words:
    "europe/london" and "london" -> "Europe/London"."""
    names: dict[str, str] = {"utc": "UTC"}
    zones = sorted(z for z in available_timezones() if "/" in z and not z.startswith(_LEGACY))
    for zone in zones:
        names[zone.casefold()] = zone
    for zone in zones:  # a city in words, preferring the current name of a renamed zone
        city = zone.rsplit("/", 1)[1].replace("_", " ").casefold()
        if city not in names or zone.count("/") > names[city].count("/"):
            names[city] = zone
    names.update(CITY_ALIASES)
    return MappingProxyType(names)


@cache
def _zone_countries() -> Mapping[str, str]:
    found = {zone: country for country, zone in COUNTRY_ZONES.items()}
    for country, zones in COUNTRY_CHOICES.items():
        found.update({zone: country for zone in zones})
    return MappingProxyType(found)


def country_of_zone(zone: str) -> str | None:
    """The ISO 3166-1 country a time zone the coach offers lies in ("Europe/London" -> "GB"),
    None for any other zone."""
    return _zone_countries().get(zone)


def city_of(zone: str) -> str:
    """"America/New_York" -> "New York"."""
    return zone.rsplit("/", 1)[-1].replace("_", " ")

# ISO 3166-1 alpha-2 codes (from tzdata's iso3166.tab, 2026): a country code must be one.
ISO_COUNTRIES: frozenset[str] = frozenset({
    "AD", "AE", "AF", "AG", "AI", "AL", "AM", "AO", "AQ", "AR", "AS", "AT", "AU", "AW", "AX",
    "AZ", "BA", "BB", "BD", "BE", "BF", "BG", "BH", "BI", "BJ", "BL", "BM", "BN", "BO", "BQ",
    "BR", "BS", "BT", "BV", "BW", "BY", "BZ", "CA", "CC", "CD", "CF", "CG", "CH", "CI", "CK",
    "CL", "CM", "CN", "CO", "CR", "CU", "CV", "CW", "CX", "CY", "CZ", "DE", "DJ", "DK", "DM",
    "DO", "DZ", "EC", "EE", "EG", "EH", "ER", "ES", "ET", "FI", "FJ", "FK", "FM", "FO", "FR",
    "GA", "GB", "GD", "GE", "GF", "GG", "GH", "GI", "GL", "GM", "GN", "GP", "GQ", "GR", "GS",
    "GT", "GU", "GW", "GY", "HK", "HM", "HN", "HR", "HT", "HU", "ID", "IE", "IL", "IM", "IN",
    "IO", "IQ", "IR", "IS", "IT", "JE", "JM", "JO", "JP", "KE", "KG", "KH", "KI", "KM", "KN",
    "KP", "KR", "KW", "KY", "KZ", "LA", "LB", "LC", "LI", "LK", "LR", "LS", "LT", "LU", "LV",
    "LY", "MA", "MC", "MD", "ME", "MF", "MG", "MH", "MK", "ML", "MM", "MN", "MO", "MP", "MQ",
    "MR", "MS", "MT", "MU", "MV", "MW", "MX", "MY", "MZ", "NA", "NC", "NE", "NF", "NG", "NI",
    "NL", "NO", "NP", "NR", "NU", "NZ", "OM", "PA", "PE", "PF", "PG", "PH", "PK", "PL", "PM",
    "PN", "PR", "PS", "PT", "PW", "PY", "QA", "RE", "RO", "RS", "RU", "RW", "SA", "SB", "SC",
    "SD", "SE", "SG", "SH", "SI", "SJ", "SK", "SL", "SM", "SN", "SO", "SR", "SS", "ST", "SV",
    "SX", "SY", "SZ", "TC", "TD", "TF", "TG", "TH", "TJ", "TK", "TL", "TM", "TN", "TO", "TR",
    "TT", "TV", "TW", "TZ", "UA", "UG", "UM", "US", "UY", "UZ", "VA", "VC", "VE", "VG", "VI",
    "VN", "VU", "WF", "WS", "YE", "YT", "ZA", "ZM", "ZW"
})
