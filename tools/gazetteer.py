"""Writes ``numclaims/lexicon/regions.py``: the countries the hand-made gazetteer lacks and
the first-level regions (states, provinces, prefectures, governorates …) of every country,
from ISO 3166-1 and 3166-2 as the pycountry package carries them.

    .venv/bin/pip install pycountry && .venv/bin/python tools/gazetteer.py

ISO names are local romanisations ("Uttar Pradesh", "Bayrūt", "Gyeonggi-do"): the
writer folds accents, drops administrative suffixes ("-do", " Sheng", " oblast") and
adds the name without an Arabic article ("Al Anbār" -> "Anbar").  It leaves out what
would be read as something else: English words and given names ("Central", "Delta",
"Mary"), names of countries ("Georgia", "Niger"), names of regions in two countries
("Punjab") and names the hand-made table already has.
"""
from __future__ import annotations

import re
import sys
import unicodedata
from pathlib import Path

import pycountry

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from numclaims.lexicon.places import COUNTRY_OF, HAND_MADE_NAMES as PLACE_NAMES  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "numclaims" / "lexicon" / "regions.py"

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
""".split())
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
            and name not in PLACE_NAMES and all(w[:1].isupper() or w in {"and", "of", "de", "del", "la", "el"}
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


def main() -> None:
    lines = [f"{name}:" for name in countries()]
    lines += [f"{name} ({country}): {', '.join(others)}".rstrip() for name, (country, others) in regions().items()]
    OUT.write_text(
        '"""First-level regions of the gazetteer\'s countries: states, provinces, prefectures,\n'
        f"governorates.  Written by tools/gazetteer.py from ISO 3166-2 (pycountry {pycountry_version()}); do not\n"
        "edit: the hand-made table in places.py comes first, and a wrong name goes into the writer's\n"
        "NOT_PLACES.  Each line as in places.py: name (country): other spellings; the countries the\n"
        'hand-made table lacks come first, with no country after them."""\n\n'
        'REGIONS = """\n' + "\n".join(lines) + '\n"""\n', encoding="utf-8")
    print(f"wrote {len(lines)} regions to {OUT}")


def pycountry_version() -> str:
    from importlib.metadata import version
    return version("pycountry")


if __name__ == "__main__":
    main()
