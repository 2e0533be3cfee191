"""Places that news figures are about: countries with their adjectives, and the
cities and regions that conflict reporting names most.  Data only.

Each line: the place's normalised name, a colon, then its other spellings and
the adjectives or demonyms that point to it, separated by commas.
"""

_COUNTRIES = """
Afghanistan: Afghan, Afghans, Afghani
Albania: Albanian
Algeria: Algerian
Angola: Angolan
Argentina: Argentine, Argentinian
Armenia: Armenian, Armenians
Australia: Australian
Austria: Austrian
Azerbaijan: Azerbaijani, Azeri
Bahrain: Bahraini
Bangladesh: Bangladeshi
Belarus: Belarusian
Belgium: Belgian
Bosnia: Bosnian, Bosnia and Herzegovina
Brazil: Brazilian
Bulgaria: Bulgarian
Burkina Faso: Burkinabe
Burundi: Burundian
Cambodia: Cambodian
Cameroon: Cameroonian
Canada: Canadian
Central African Republic: CAR
Chad: Chadian
Chile: Chilean
China: Chinese
Colombia: Colombian
Congo: Congolese, DRC, Democratic Republic of Congo, Democratic Republic of the Congo
Croatia: Croatian
Cuba: Cuban
Cyprus: Cypriot
Czech Republic: Czech, Czechia
Denmark: Danish
Egypt: Egyptian, Egyptians
Eritrea: Eritrean
Ethiopia: Ethiopian, Ethiopians
Finland: Finnish
France: French
Georgia: Georgian
Germany: German, Germans
Ghana: Ghanaian
Greece: Greek
Guatemala: Guatemalan
Haiti: Haitian
Honduras: Honduran
Hungary: Hungarian
India: Indian, Indians
Indonesia: Indonesian
Iran: Iranian, Iranians, Islamic Republic
Iraq: Iraqi, Iraqis
Ireland: Irish
Israel: Israeli, Israelis
Italy: Italian
Japan: Japanese
Jordan: Jordanian
Kazakhstan: Kazakh
Kenya: Kenyan
Kosovo: Kosovar
Kuwait: Kuwaiti
Kyrgyzstan: Kyrgyz
Lebanon: Lebanese
Libya: Libyan, Libyans
Mali: Malian
Mexico: Mexican
Moldova: Moldovan
Morocco: Moroccan
Mozambique: Mozambican
Myanmar: Burma, Burmese, Myanmar's
Nepal: Nepali, Nepalese
Netherlands: Dutch, Holland
Nicaragua: Nicaraguan
Niger: Nigerien
Nigeria: Nigerian, Nigerians
North Korea: North Korean, DPRK, Pyongyang
Norway: Norwegian
Oman: Omani
Pakistan: Pakistani, Pakistanis
Palestine: Palestinian, Palestinians, Palestinian territories
Peru: Peruvian
Philippines: Filipino, Philippine
Poland: Polish, Poles
Portugal: Portuguese
Qatar: Qatari
Romania: Romanian
Russia: Russian, Russians, Russian Federation, Moscow, Kremlin
Rwanda: Rwandan
Saudi Arabia: Saudi, Saudis
Senegal: Senegalese
Serbia: Serbian, Serb, Serbs
Somalia: Somali, Somalis
South Africa: South African
South Korea: South Korean, Korea
South Sudan: South Sudanese
Spain: Spanish
Sri Lanka: Sri Lankan
Sudan: Sudanese
Sweden: Swedish
Switzerland: Swiss
Syria: Syrian, Syrians, Syrian Arab Republic
Taiwan: Taiwanese
Tajikistan: Tajik
Tanzania: Tanzanian
Thailand: Thai
Tunisia: Tunisian
Turkey: Turkish, Turks, Turkiye, Türkiye, Ankara
Turkmenistan: Turkmen
Uganda: Ugandan
Ukraine: Ukrainian, Ukrainians, Kyiv, Kiev
United Arab Emirates: UAE, Emirati
United Kingdom: UK, U.K., Britain, British, Great Britain, England, English
United States: US, U.S., USA, U.S.A., America, American, Americans, Washington
Uzbekistan: Uzbek
Venezuela: Venezuelan, Venezuelans
Vietnam: Vietnamese
Yemen: Yemeni, Yemenis
Zimbabwe: Zimbabwean
"""

# Cities and regions: the normalised name, then other spellings.  Country
# capitals that stand for their governments ("Moscow said") are listed with the
# country above instead.
_REGIONS = """
Aleppo: Halab
Idlib: Idleb, Idlib Province, Idlib province
Damascus: Eastern Ghouta, Ghouta
Homs:
Hama:
Raqqa: Raqqah, Al-Raqqa
Deir ez-Zor: Deir el-Zour, Deir Ezzor, Deir al-Zor
Palmyra: Tadmur
Afrin:
Kobani: Kobane, Ain al-Arab
Daraa: Deraa
Latakia:
Tartous: Tartus
Jarablus:
Manbij:
Gaza: Gaza Strip
West Bank:
Jerusalem:
Rafah:
Khan Younis: Khan Yunis
Beirut:
Baghdad:
Mosul:
Fallujah: Falluja
Ramadi:
Kirkuk:
Basra:
Erbil: Irbil
Sanaa: Sana'a
Aden:
Hodeidah: Hudaydah
Marib:
Taiz:
Tripoli:
Benghazi:
Misrata:
Kabul:
Kandahar:
Helmand:
Kunduz:
Mogadishu:
Darfur:
Khartoum:
El Fasher:
Tigray:
Amhara:
Donbas: Donbass
Donetsk:
Luhansk: Lugansk
Mariupol:
Bakhmut:
Kharkiv: Kharkov
Kherson:
Zaporizhzhia: Zaporizhia
Odesa: Odessa
Crimea:
Nagorno-Karabakh: Karabakh
Rakhine: Rakhine State
Cox's Bazar:
Kashmir:
Sinai:
Istanbul:
Gaziantep:
Hatay:
Kilis:
Sochi:
Geneva:
Astana: Nur-Sultan
Tehran:
Mediterranean:
Europe: European Union, EU
Middle East:
Africa:
Sahel:
Balkans:
"""


def _table(block: str) -> dict[str, str]:
    """Every spelling -> normalised place name."""
    table = {}
    for line in block.strip().splitlines():
        name, _, others = line.partition(":")
        table[name.strip()] = name.strip()
        for other in others.split(","):
            if other.strip():
                table[other.strip()] = name.strip()
    return table


PLACES: dict[str, str] = _table(_COUNTRIES) | _table(_REGIONS)
# Names that stand for a government more often than for a place of events.
GOVERNMENT_METONYMS = frozenset({"Moscow", "Kremlin", "Ankara", "Washington", "Tehran", "Pyongyang"})
