"""Places that news figures are about: countries with their adjectives, and the
cities and regions that conflict reporting names most.  Data only.

Each line: the place's normalised name, a colon, its other names, and after a
bar the adjectives and demonyms that point to it ("Syrian", "Syrians"), all
separated by commas.  A name places an event ("in Gaza"); an adjective only
tells whose it is ("Israeli strikes").  The first-level regions of every country
("Kerala", "Uttar Pradesh") and its larger cities ("Goma") come from ISO 3166 and GeoNames, in
`world`; this table comes first.  The larger cities of English-speaking countries are listed here
by hand: the gazetteer's writer leaves that country's cities out as likely surnames ("Houston",
"Lincoln"), and these few are rarely anyone's name.
"""
from numclaims.lexicon.world import WORLD

_COUNTRIES = """
Afghanistan: | Afghan, Afghans, Afghani
Albania: | Albanian
Algeria: | Algerian
Angola: | Angolan
Argentina: | Argentine, Argentinian
Armenia: | Armenian, Armenians
Australia: | Australian
Austria: | Austrian
Azerbaijan: | Azerbaijani, Azeri
Bahrain: | Bahraini
Bangladesh: | Bangladeshi
Belarus: | Belarusian
Belgium: | Belgian
Bosnia: Bosnia and Herzegovina | Bosnian
Brazil: | Brazilian
Brunei Darussalam: Brunei | Bruneian
Bulgaria: | Bulgarian
Burkina Faso: | Burkinabe
Burundi: | Burundian
Cabo Verde: Cape Verde | Cape Verdean
Cambodia: | Cambodian
Cameroon: | Cameroonian
Canada: | Canadian
Central African Republic: CAR
Chad: | Chadian
Chile: | Chilean
China: | Chinese
Colombia: | Colombian
Congo: DRC, DR Congo, Democratic Republic of Congo, Democratic Republic of the Congo | Congolese
Cote d'Ivoire: Ivory Coast, Côte d'Ivoire, Côte d’Ivoire, Cote d’Ivoire | Ivorian, Ivorians
Croatia: | Croatian
Cuba: | Cuban
Cyprus: | Cypriot
Czech Republic: Czechia | Czech
Denmark: | Danish
Egypt: | Egyptian, Egyptians
Eritrea: | Eritrean
Eswatini: Swaziland | Swazi
Ethiopia: | Ethiopian, Ethiopians
Finland: | Finnish
France: | French
Georgia: | Georgian
Germany: | German, Germans
Ghana: | Ghanaian
Greece: | Greek
Guatemala: | Guatemalan
Haiti: | Haitian
Honduras: | Honduran
Hungary: | Hungarian
India: | Indian, Indians
Indonesia: | Indonesian
Iran: Islamic Republic | Iranian, Iranians
Iraq: | Iraqi, Iraqis
Ireland: | Irish
Israel: | Israeli, Israelis
Italy: | Italian
Japan: | Japanese
Jordan: | Jordanian
Kazakhstan: | Kazakh
Kenya: | Kenyan
Kosovo: | Kosovar
Kuwait: | Kuwaiti
Kyrgyzstan: | Kyrgyz
Lebanon: | Lebanese
Libya: | Libyan, Libyans
Mali: | Malian
Mexico: | Mexican
Moldova: | Moldovan
Morocco: | Moroccan
Mozambique: | Mozambican
Myanmar: Burma, Myanmar's | Burmese
Nepal: | Nepali, Nepalese
Netherlands: Holland | Dutch
Nicaragua: | Nicaraguan
Niger: | Nigerien
Nigeria: | Nigerian, Nigerians
North Korea: DPRK, Pyongyang | North Korean
Norway: | Norwegian
Oman: | Omani
Pakistan: | Pakistani, Pakistanis
Palestine: Palestinian territories | Palestinian, Palestinians
Peru: | Peruvian
Philippines: | Filipino, Philippine
Poland: | Polish, Poles
Portugal: | Portuguese
Qatar: | Qatari
Romania: | Romanian
Russia: Russian Federation, Moscow, Kremlin | Russian, Russians
Rwanda: | Rwandan
Saudi Arabia: | Saudi, Saudis
Senegal: | Senegalese
Serbia: | Serbian, Serb, Serbs
Somalia: | Somali, Somalis
South Africa: | South African, South Africans
South Korea: Korea | South Korean
South Sudan: | South Sudanese
Spain: | Spanish
Sri Lanka: | Sri Lankan, Sri Lankans
Sudan: | Sudanese
Sweden: | Swedish
Switzerland: | Swiss
Syria: Syrian Arab Republic | Syrian, Syrians
Taiwan: | Taiwanese
Tajikistan: | Tajik
Tanzania: | Tanzanian
Thailand: | Thai
Timor-Leste: East Timor | Timorese
Tunisia: | Tunisian
Turkey: Turkiye, Türkiye, Ankara | Turkish, Turks
Turkmenistan: | Turkmen
Uganda: | Ugandan
Ukraine: Kyiv, Kiev | Ukrainian, Ukrainians
United Arab Emirates: UAE | Emirati
United Kingdom: UK, U.K., Britain, Great Britain, England | British, English
United States: US, U.S., USA, U.S.A., America, Washington | American, Americans
Uzbekistan: | Uzbek
Venezuela: | Venezuelan, Venezuelans
Vietnam: | Vietnamese
Yemen: | Yemeni, Yemenis
Zimbabwe: | Zimbabwean
"""

# Cities and regions, each with its country in brackets, then other spellings.
# Country capitals that stand for their governments ("Moscow said") are listed
# with the country above instead.
_REGIONS = """
Aleppo (Syria): Halab
Idlib (Syria): Idleb, Idlib Province, Idlib province
Damascus (Syria): Eastern Ghouta, Ghouta
Homs (Syria):
Hama (Syria):
Raqqa (Syria): Raqqah, Al-Raqqa
Deir ez-Zor (Syria): Deir el-Zour, Deir Ezzor, Deir al-Zor
Palmyra (Syria): Tadmur
Afrin (Syria):
Kobani (Syria): Kobane, Ain al-Arab
Daraa (Syria): Deraa
Latakia (Syria):
Tartous (Syria): Tartus
Jarablus (Syria):
Manbij (Syria):
Gaza (Palestine): Gaza Strip | Gazans
West Bank (Palestine):
Rafah (Palestine):
Khan Younis (Palestine): Khan Yunis
Jabalia (Palestine): Jabaliya
Jenin (Palestine):
Jerusalem (Israel):
Tel Aviv (Israel):
Beirut (Lebanon):
Baghdad (Iraq):
Mosul (Iraq):
Fallujah (Iraq): Falluja
Ramadi (Iraq):
Kirkuk (Iraq):
Basra (Iraq):
Erbil (Iraq): Irbil
Sanaa (Yemen): Sana'a
Aden (Yemen):
Hodeidah (Yemen): Hudaydah
Marib (Yemen):
Taiz (Yemen):
Tripoli (Libya):
Benghazi (Libya):
Misrata (Libya):
Derna (Libya): Darna
Kabul (Afghanistan):
Kandahar (Afghanistan):
Helmand (Afghanistan):
Kunduz (Afghanistan):
Herat (Afghanistan): Zinda Jan
Peshawar (Pakistan):
Quetta (Pakistan):
Karachi (Pakistan):
Lahore (Pakistan):
Mogadishu (Somalia):
Darfur (Sudan):
Khartoum (Sudan): Omdurman
El Fasher (Sudan): El-Fasher, Al-Fashir, El Fashir
Zamzam (Sudan): Zamzam camp
Tawila (Sudan):
Tigray (Ethiopia): Mekelle
Amhara (Ethiopia):
Addis Ababa (Ethiopia):
Donbas (Ukraine): Donbass
Donetsk (Ukraine):
Luhansk (Ukraine): Lugansk
Mariupol (Ukraine):
Bakhmut (Ukraine):
Kharkiv (Ukraine): Kharkov
Kherson (Ukraine):
Zaporizhzhia (Ukraine): Zaporizhia
Odesa (Ukraine): Odessa
Crimea (Ukraine):
Nagorno-Karabakh (Azerbaijan): Karabakh
Rakhine (Myanmar): Rakhine State
Sagaing (Myanmar):
Chin State (Myanmar): Chin
Kachin (Myanmar):
Yangon (Myanmar): Rangoon
Naypyidaw (Myanmar): Naypyitaw
Cox's Bazar (Bangladesh):
Dhaka (Bangladesh):
Kashmir (India):
Odisha (India): Orissa, Balasore, Bhubaneswar, Bhubaneshwar, Cuttack
Manipur (India): Imphal
Sinai (Egypt):
Istanbul (Turkey):
Gaziantep (Turkey):
Hatay (Turkey): Antakya
Kahramanmaras (Turkey): Kahramanmaraş
Kilis (Turkey):
Sochi (Russia):
Maiduguri (Nigeria): Borno
Kagara (Nigeria): Niger state, Niger State
Plateau (Nigeria): Plateau State, Plateau state, Jos, Bokkos, Barkin Ladi, Barkin-Ladi, Mangu
Benue (Nigeria): Benue State, Benue state, Makurdi
Kaduna (Nigeria): Kaduna State, Kaduna state
Zamfara (Nigeria): Zamfara State, Zamfara state, Gusau
Katsina (Nigeria): Katsina State, Katsina state
Yobe (Nigeria): Yobe State, Yobe state, Damaturu
Adamawa (Nigeria): Adamawa State, Adamawa state, Yola
Port-au-Prince (Haiti):
Hawaii (United States): Maui, Lahaina, Honolulu, Hawaiian Islands
California (United States): Los Angeles, San Francisco
Texas (United States): Uvalde, El Paso, Houston
Florida (United States): Miami
Geneva (Switzerland):
London (United Kingdom):
Manchester (United Kingdom): Greater Manchester
Birmingham (United Kingdom):
Liverpool (United Kingdom):
Leeds (United Kingdom):
Glasgow (United Kingdom):
Edinburgh (United Kingdom):
Belfast (United Kingdom):
Cardiff (United Kingdom):
Sheffield (United Kingdom):
Bristol (United Kingdom):
Nottingham (United Kingdom):
Dublin (Ireland):
Toronto (Canada):
Montreal (Canada): Montréal
Vancouver (Canada):
Ottawa (Canada):
Calgary (Canada):
Edmonton (Canada):
Winnipeg (Canada):
Sydney (Australia):
Melbourne (Australia):
Brisbane (Australia):
Canberra (Australia):
Christchurch (New Zealand):
Las Vegas (United States):
New York City (United States): NYC
Chicago (United States):
Philadelphia (United States):
San Antonio (United States):
San Diego (United States):
Dallas (United States):
Jacksonville (United States):
Seattle (United States):
Boston (United States):
Detroit (United States):
Atlanta (United States):
New Orleans (United States):
Baltimore (United States):
Pittsburgh (United States):
Milwaukee (United States):
Nashville (United States):
Minneapolis (United States):
Sacramento (United States):
Tampa (United States):
Oklahoma City (United States):
Astana (Kazakhstan): Nur-Sultan
Tehran (Iran):
Mediterranean (Mediterranean):
Europe (Europe):
Middle East (Middle East):
Africa (Africa):
Sahel (Africa):
Balkans (Europe):
Caribbean (Caribbean):
"""
# Words that make a place's name the head of another, smaller one: "Mexico Beach" is a town in Florida,
# "Lebanon Springs" one in New York; not "Mexico City", which the table holds.
NAME_HEADS_AFTER = frozenset({"Beach", "Springs", "Falls", "Heights", "Park", "Hills", "Township", "Borough"})
# Regions of the world, wider than any country: a report names them for background ("one of the
# deadliest attacks in Africa"), so they are what it is about only when it names no country.
WORLD_REGIONS = frozenset({"Mediterranean", "Europe", "Middle East", "Africa", "Caribbean"})


def _table(block: str) -> tuple[dict[str, str], dict[str, str], dict[str, str]]:
    """Every name -> normalised place; every adjective -> place; and each place -> its country."""
    names, adjectives, countries = {}, {}, {}
    for line in block.strip().splitlines():
        head, _, rest = line.partition(":")
        others, _, adjective_list = rest.partition("|")
        name, _, country = head.partition(" (")
        name, country = name.strip(), (country.rstrip(")").strip() or name.strip())
        countries[name] = country
        for spelling in [name, *others.split(",")]:
            if spelling.strip():
                names[spelling.strip()] = name
        for adjective in adjective_list.split(","):
            if adjective.strip():
                adjectives[adjective.strip()] = name
    return names, adjectives, countries


_COUNTRY_NAMES, _COUNTRY_ADJECTIVES, _COUNTRY_OF_COUNTRY = _table(_COUNTRIES)
_REGION_NAMES, _REGION_ADJECTIVES, _COUNTRY_OF_REGION = _table(_REGIONS)
_WORLD_NAMES, _, _COUNTRY_OF_WORLD = _table(WORLD)
HAND_MADE_NAMES: dict[str, str] = _COUNTRY_NAMES | _REGION_NAMES
PLACE_NAMES: dict[str, str] = _WORLD_NAMES | HAND_MADE_NAMES
PLACES: dict[str, str] = PLACE_NAMES | _COUNTRY_ADJECTIVES | _REGION_ADJECTIVES   # names and adjectives
COUNTRY_OF: dict[str, str] = _COUNTRY_OF_WORLD | _COUNTRY_OF_COUNTRY | _COUNTRY_OF_REGION
# What a country's possessive names when the country is who strikes, not where: "Russia's March 16
# strike", "Israel's forces".  A name before an attack "on" somewhere is the attacker too: "killed in
# Russia 'terrorist' attack on Ukraine city".
ATTACK_ON_WORDS = ("attack", "attacks", "strike", "strikes", "airstrike", "airstrikes", "bombing", "shelling",
                   "assault", "raid", "offensive", "invasion")
AGENT_WORDS = (*ATTACK_ON_WORDS, "air strike", "air strikes", "bombings", "bombardment", "missile", "missiles",
               "drone", "drones", "raids", "forces", "troops", "army", "military", "soldiers", "jets", "warplanes",
               "aircraft")
# Names that stand for a government more often than for a place of events.
GOVERNMENT_METONYMS = frozenset({"Moscow", "Kremlin", "Ankara", "Washington", "Tehran", "Pyongyang", "Tel Aviv", "Beijing"})
