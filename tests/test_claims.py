"""The claim layer, shown on sentences in the language of news reports.

Each row: a sentence, the figure phrase, and what the claim must say about it.
"""
import pytest

from numclaims import extract
from numclaims.lexicon.places import COUNTRY_OF, PLACE_NAMES, PLACES
from numclaims.places import event_places, main_place, mentions


def claim_for(sentence: str, figure: str):
    found = [c for c in extract(sentence, doc="t") if c.text == figure]
    assert found, f"no claim {figure!r} in {[c.text for c in extract(sentence, doc='t')]}"
    return found[0]


@pytest.mark.parametrize("sentence, figure, category", [
    ("At least 27 people were killed in an air strike on a market.", "At least 27", "killed"),
    ("The attack left 8 dead and 23 injured.", "8", "killed"),
    ("The attack left 8 dead and 23 injured.", "23", "wounded"),
    ("The Health Ministry said the death toll had risen to 112.", "112", "killed"),
    ("The army said it had killed 40 militants in the operation.", "40", "killed"),
    ("Israeli strikes killed 34 Palestinians overnight.", "34", "killed"),
    ("Turkey blamed an airstrike for the deaths of two of its soldiers.", "two", "killed"),
    ("The flooding claimed the lives of 61 people.", "61", "killed"),
    ("Dozens of people were injured in the blast.", "Dozens", "wounded"),
    ("Casualties included 14 civilians.", "14", "casualties"),
    ("More than 1.5 million people have fled the fighting.", "More than 1.5 million", "displaced"),
    ("Turkey is already home to 3.6 million Syrians.", "3.6 million", "displaced"),
    ("Some 2,000 families have been displaced by the floods.", "Some 2,000", "displaced"),
    ("More than 400,000 people have crossed from Lebanon into Syria.", "More than 400,000", "displaced"),
    ("Over one million people left their homes in the past month.", "Over one million", "displaced"),
    ("Five soldiers were reported missing after the ambush.", "Five", "missing"),
    ("Police arrested 45 protesters on Saturday.", "45", "detained"),
    ("Rebels abducted 12 aid workers near the border.", "12", "detained"),
    ("The number of those killed since the onset of the unrest in mid-March is at least 2,600.", "at least 2,600",
     "killed"),
    ("The ministry said 2,497 people were killed and 2,476 others were injured.", "2,476", "wounded"),
    ("Death toll in Iran bombings rises to 91, many suspects arrested", "91", "killed"),
    ("A total of 284 people were injured outside the cemetery, where thousands of people had gathered.",
     "thousands", "other"),
    ("The toll rose to 91, with two more people succumbing to their injuries.", "two", "killed"),
    ("The minister revised from 95 to 84 the death toll from the two explosions.", "95", "killed"),
    ("Regrettably, the number of mortalities reached 1,301, the agency said.", "1,301", "killed"),
    ("So far, 288 people have died and over 800 have been reported injured.", "over 800", "wounded"),
    ("Apart from 278 deaths, 1,100 people were injured in the crash.", "1,100", "wounded"),
    ("More than 1,300 faithful died during the pilgrimage.", "More than 1,300", "killed"),
    ("UN report: mercenaries slaughter 500 in Mali village", "500", "killed"),
    ("People killed: 501", "501", "killed"),
    ("Records show thirty-nine (39) people died and three hundred and sixty-one (361) injured.",
     "three hundred and sixty-one", "wounded"),
    ("The number of deaths caused by the explosion at the pipeline has risen to 109.", "109", "killed"),
    ("The death toll could rise further, as 33 others remain in serious condition.", "33", "wounded"),
    ("Rescuers recovered 16 bodies and are continuing the search for about 40 others.", "about 40", "missing"),
    ("The collapse killed up to 194 people at last count and trapped hundreds.", "hundreds", "missing"),
    ("In addition, 25 people are reportedly still buried under collapsed buildings.", "25", "missing"),
    ("There are 113 more people who are still unaccounted.", "113", "missing"),
    ("The fates of some 372 people remain uncertain.", "some 372", "missing"),
    ("Total death toll – 403, the commissioner said.", "403", "killed"),
    ("The total number of fatalities reported by various countries has now reached 577.", "577", "killed"),
    ("The death toll climbed to 116 due to the heavy rains.", "116", "killed"),
    ("Cholera deaths rise to 545 amid the outbreak", "545", "killed"),
    ("At least 27 people, including 14 security forces, were killed.", "At least 27", "killed"),
    ("The number of people still missing fell to 103.", "103", "missing"),
    ("At least 29 people of 18 nationalities were killed in the siege.", "At least 29", "killed"),
    ("A total of 303 people were taken to hospital.", "303", "wounded"),
    ("More than 200,000 people have taken shelter in schools.", "More than 200,000", "displaced"),
    ("Some 90,000 people are living in relief camps.", "Some 90,000", "displaced"),
    ("Thousands of people have lost their homes.", "Thousands", "displaced"),
    ("The fate of the remaining 40 remains unknown.", "40", "missing"),
    ("The number of people unaccounted-for dropped to nine.", "nine", "missing"),
    ("Soldiers opened fire, killing 12 protestors.", "12", "killed"),
    ("Hundreds — perhaps thousands — are missing after the storm.", "thousands", "missing"),
    ("Hundreds — perhaps thousands — are missing after the storm.", "Hundreds", "missing"),
    ("Officials feared thousands - perhaps more than 100,000 - may have perished.", "more than 100,000", "killed"),
    ("The death toll from one of the strongest storms ever to make landfall could top 1,200, the Red Cross said.",
     "1,200", "killed"),
    ("The administration revised the death figure to 41 from the previously reported 49.", "49", "killed"),
    ("Officials confirmed 60 victims instead of the 92 initially reported by state media.", "92", "killed"),
    ("The quake killed 62, not 162, the agency clarified.", "162", "killed"),
    ("The number of injured is 55 as against the 50 earlier confirmed.", "50", "wounded"),
    ("The number of reported missing persons has increased to 537.", "537", "missing"),
    ("The AP cited the death toll as 194 late Wednesday.", "194", "killed"),
    ("Of the 58 victims, 19 have been identified.", "58", "killed"),
    ("Twelve victims were injured in the attack.", "Twelve", "wounded"),
    ("The toll from the blasts has risen to 165 one month after the accident.", "165", "killed"),
    ("At least 43,318 people were killed and nearly 28,000 went missing.", "nearly 28,000", "missing"),
    ("On Sunday there were 228 people whose whereabouts were unknown.", "228", "missing"),
    ("More than 26,000 people are living in shelters.", "More than 26,000", "displaced"),
    ("Millions have been ordered to leave their homes.", "Millions", "displaced"),
    ("A total of 246 people were under treatment.", "246", "wounded"),
    ("The remains of at least 88 people have been found.", "at least 88", "killed"),
    ("As of Monday evening, the number of unaccounted for stood at 699.", "699", "missing"),
    ("A major earthquake kills at least 14, injures hundreds.", "hundreds", "wounded"),
    ("Terrorists kill 148 people and wound 79 in university attack", "79", "wounded"),
    ("The attack killed 22 and left another 116 needing treatment.", "116", "wounded"),
    ("Dozens of people are missing and 1.2 million are sheltering in the camps.", "1.2 million", "displaced"),
    ("The cyclone killed five people, forcing more than 3 million to relocate.", "more than 3 million", "displaced"),
    ("The death toll from the capsizing of a ferry on Lake Victoria had climbed past 80 people.", "80", "killed"),
    ("Baloch said the death toll of 138 made the attack the deadliest since 2015.", "138", "killed"),
    ("140,000 Without Homes after the hurricane", "140,000", "displaced"),
    ("Guterres was outraged by the attack, whose victims included seven children.", "seven", "killed"),
    ("The death toll from Hurricane Matthew was reported by Reuters to have risen as high as 842 on Friday.", "842",
     "killed"),
    ("The boat sank, taking the number of bodies recovered to 232.", "232", "killed"),
    ("Approximately 48 people have still not been accounted for.", "Approximately 48", "missing"),
    ("Gunmen killed 142 people, including 133 students and 9 staffers.", "9", "killed"),
    ("Around 1,000 left homeless as torrential rainstorms trigger mudslides.", "Around 1,000", "displaced"),
    ("Thousands of people sought shelter in gymnasiums.", "Thousands", "displaced"),
    ("Nearly 18,000 are living in tent camps around the region.", "Nearly 18,000", "displaced"),
    ("Officials said 26 hostage-takers have been killed.", "26", "killed"),
    ("Gunmen killed at least 134 Fulani herders in central Mali.", "at least 134", "killed"),
    ("Boko Haram threatened to sell the hundreds of schoolgirls it abducted.", "hundreds", "detained"),
    ("There have been 11 confirmed deaths of seniors who lived in the nursing home.", "11", "killed"),
    ("The number of fatalities has passed the 500 mark.", "500", "killed"),
    ("The death toll is likely to rise since many of about 180 injured victims are in a critical state.",
     "about 180", "wounded"),
    ("The death toll from the ferry disaster has risen to 116 authorities have said.", "116", "killed"),
    ("Authorities are raising the storm's death toll to 39 almost a week after it struck.", "39", "killed"),
    ("The number of deaths directly or indirectly related to the storm has reached 93.", "93", "killed"),
    ("He added 45,000 people lost their shelters as the fire burnt.", "45,000", "displaced"),
    ("More than 1,600 people were taking refuge in schools.", "More than 1,600", "displaced"),
    ("Two health officials said the dead included 21 charred bodies.", "Two", "other"),
    ("Turkey has 12 observation posts in the province.", "12", "other"),
    ("The two sides held two rounds of talks.", "two", "other"),
    ("The company said sales rose 40 percent.", "40 percent", "other"),
])
def test_category_comes_from_the_nearest_cue_in_the_clause(sentence, figure, category):
    assert claim_for(sentence, figure).category == category


@pytest.mark.parametrize("sentence, figure, speaker", [
    ("The UN has said that up to 4,000 people have been killed.", "up to 4,000", "UN"),
    ("Five others were wounded on Thursday, the defense ministry said", "Five", "defense ministry"),
    ("According to the UN refugee agency, more than 1.5 million people have fled.",
     "more than 1.5 million", "UN refugee agency"),
    ('"We have counted 250 bodies so far," said Ahmed Ali, a local rescue official.', "250", "Ahmed Ali"),
    ("Some 2,000 families have been displaced by the floods, the IOM said.", "Some 2,000", "IOM"),
    ("The UN estimates that 400,000 people have been killed in the war.", "400,000", "UN"),
    ("Kremlin spokesman Dmitry Peskov also said on Friday that 3 people died.", "3",
     "Kremlin spokesman Dmitry Peskov"),
    ("At least 12 people were killed in Aleppo, the Observatory said.", "At least 12", "Observatory"),
    ("In all, 60,034 Palestinians have been killed in the war, Gaza’s Health Ministry said Tuesday.", "60,034",
     "Gaza’s Health Ministry"),
    ("On Sunday, Othman Abdel Jalil, the health minister, told reporters that 3,283 people had been buried.",
     "3,283", "Othman Abdel Jalil, the health minister"),
    ("An Afghan official says at least 60 Afghans were killed.", "at least 60", "Afghan official"),
    ("Israeli strikes killed more than two dozen people, according to health officials.",
     "more than two dozen", "health officials"),
    ("At least 50 deaths were reported by BBC Burmese and Radio Free Asia.", "At least 50",
     "BBC Burmese; Radio Free Asia"),
    ("Shafi Ullah, the deputy commissioner of Peshawar, the provincial capital of Khyber Pakhtunkhwa, told "
     "reporters that 57 injured people remain in care.", "57", "Shafi Ullah, the deputy commissioner of Peshawar"),
])
def test_attribution_names_who_states_the_figure(sentence, figure, speaker):
    assert claim_for(sentence, figure).attributed_to == speaker


@pytest.mark.parametrize("sentence, figure", [
    ("At least 27 people were killed in an air strike on a market.", "At least 27"),
    ("The Islamic State group claimed responsibility for a bombing that killed more than 30 fighters.",
     "more than 30"),
])
def test_a_figure_in_the_articles_own_voice_has_no_attribution(sentence, figure):
    assert claim_for(sentence, figure).attributed_to is None


def test_the_two_speakers_of_one_estimate_are_both_named():
    claim = claim_for("With the Syrian Observatory for Human Rights and the Syrian Network for Human Rights "
                      "estimating that 6,400 people have been killed.", "6,400")
    assert claim.attributed_to == "Syrian Observatory for Human Rights; Syrian Network for Human Rights"


def test_a_pronoun_speaker_takes_the_last_named_one():
    text = "The Health Ministry gave new figures on Monday.\nIt said 45 people had died in the clashes."
    assert claim_for(text, "45").attributed_to == "Health Ministry"


def test_a_quotation_that_goes_on_keeps_its_speaker():
    text = ('"We are talking about air support," Kremlin spokesman Dmitry Peskov told reporters.\n'
            '"Air force units remaining at two bases will continue fighting."')
    assert claim_for(text, "two").attributed_to == "Kremlin spokesman Dmitry Peskov"


@pytest.mark.parametrize("sentence, figure", [
    ("The ministry said reports that hundreds of thousands of Syrians were fleeing were false.",
     "hundreds of thousands"),
    ("The ministry denied reports that 300 prisoners had escaped.", "300"),
    ("Officials dismissed claims that 50 people had died as exaggerated.", "50"),
])
def test_a_figure_reported_as_false_is_denied(sentence, figure):
    assert claim_for(sentence, figure).stance == "denied"


def test_a_plain_report_is_asserted():
    assert claim_for("Police arrested 45 protesters on Saturday.", "45").stance == "asserted"


@pytest.mark.parametrize("sentence, figure, subject", [
    ("A suicide bombing killed more than 30 Syrian rebel fighters.", "more than 30", "Syrian rebel fighters"),
    ("It brings the number of Turkish personnel killed by Syrian forces this month to 16.", "16",
     "Turkish personnel"),
    ("Reports that hundreds of thousands of Syrians were fleeing.", "hundreds of thousands", "Syrians"),
    ("After two rounds of talks between their delegations.", "two", "rounds of talks"),
    ("Five others were wounded on Thursday.", "Five", "others"),
    ("U.S. officials said 12 U.S. service members were killed.", "12", "U.S. service members"),
    ("The toll does not include around 88000 people allegedly killed in prisons.", "around 88000", "people"),
    ("Among the dead, 101 were women.", "101", "women"),
    ("Nearly two-thirds of those killed -- 97 -- were women.", "97", "women"),
    ("Five were injured.", "Five", None),
])
def test_subject_is_the_counted_noun_phrase(sentence, figure, subject):
    assert claim_for(sentence, figure).subject == subject


@pytest.mark.parametrize("sentence, figure, time", [
    ("6,400 people have been killed since the uprising began in March 2011.", "6,400",
     "since the uprising began"),
    ("The number of personnel killed this month rose to 16.", "16", "this month"),
    ("The munitions have been used at least 18 times over the past six weeks.", "at least 18",
     "over the past six weeks"),
])
def test_time_is_the_phrase_that_scopes_the_figure(sentence, figure, time):
    assert claim_for(sentence, figure).time == time


def test_location_is_the_place_in_the_sentence():
    assert claim_for("Twelve people were killed in shelling in Aleppo on Monday.", "Twelve").location == "Aleppo"


def test_a_figure_about_the_war_takes_the_documents_main_place():
    text = "Syria's war enters its tenth year.\nUp to 4,000 people have been killed in the conflict."
    assert claim_for(text, "Up to 4,000").location == "Syria"


@pytest.mark.parametrize("sentence, figure, category", [
    ("Greece searches for hundreds feared missing after the boat sank.", "hundreds", "missing"),
    ("Hundreds feared dead after a migrant boat capsized.", "Hundreds", "killed"),
    ("More than 500 immigrants are presumed to have drowned.", "More than 500", "killed"),
    ("Officials said scores of people had yet to be accounted for.", "scores", "missing"),
    ("Death toll in the train accident is 275 & not 288, officials said.", "288", "killed"),
    ("The death toll in the crash has risen to 122 out of the 181 aboard the jet.", "122", "killed"),
])
def test_feared_presumed_not_yet_accounted_for_and_listed_figures_keep_their_category(sentence, figure, category):
    assert claim_for(sentence, figure).category == category


@pytest.mark.parametrize("sentence, figure, country", [
    ("Landslides killed 132 people in Kerala, officials said.", "132", "India"),
    ("The stampede in Uttar Pradesh killed 121 people.", "121", "India"),
    ("A landslide buried 670 people in Papua New Guinea.", "670", "Papua New Guinea"),
    ("Cyclone Freddy killed 1,200 people in Malawi.", "1,200", "Malawi"),
    ("Floods killed 40 people in Georgia, the government in Tbilisi said.", "40", "Georgia"),
    ("Floods in São Paulo killed 40 people.", "40", "Brazil"),
    ("The toll of the floods in Rio Grande do Sul rose to 116.", "116", "Brazil"),
    ("A suicide bomber killed 22 people at a concert by US singer Ariana Grande in Manchester.", "22",
     "United Kingdom"),
    ("A gunman killed 58 people at a music festival in Las Vegas.", "58", "United States"),
    ("The storm also killed at least 69 people in the Caribbean.", "at least 69", "Caribbean"),
])
def test_the_regions_and_countries_of_every_country_are_known(sentence, figure, country):
    location = claim_for(sentence, figure).location
    assert COUNTRY_OF.get(location, location) == country


@pytest.mark.parametrize("sentence, figure, place", [
    ("Malawi was hit hard. At least 10 people were killed in neighboring Mozambique.", "At least 10", "Mozambique"),
    ("Malawi was hit hard. The storm reached Mozambique, where at least 76 people died.", "at least 76", "Mozambique"),
    ("The quake hit Mexico. The state of Morelos, south of the capital, was hardest hit with 42 deaths.", "42",
     "Morelos"),
    ("The quake hit Mexico. Puebla saw 11 deaths.", "11", "Puebla"),
    ("The tsunami hit Indonesia. Sri Lanka, severely afflicted, raised its toll to 27,268.", "27,268", "Sri Lanka"),
    ("The quake hit Pakistan. India has reported 1,350 deaths in its territory.", "1,350", "India"),
    ("The bombs hit Somalia. Health Minister Ali Haji Aden reported a toll of 120.", "120", "Somalia"),
])
def test_a_neighboring_place_a_place_before_where_and_a_place_that_counts_its_dead_put_an_event_in_it(
        sentence, figure, place):
    assert claim_for(sentence, figure).location == place


def main_place_of(text):
    found = mentions(text)
    return main_place(text, found, event_places(text, found))


def test_a_war_named_below_the_lead_is_background():
    text = ("Migrant boat sinks off Lampedusa\n\nAt least 82 migrants died when their boat sank off Italy on "
            "Thursday.\n\nNumbers have been boosted by refugees from the civil war in Syria.")
    assert main_place_of(text) == "Italy"


def test_the_place_a_lead_names_outweighs_the_places_of_the_background():
    # Italy once in the headline, Turkey twice below: the lead decides
    text = ("At least 58 die in Italy as migrant boat breaks up\n"
            "At least 58 people died when the boat broke up.\n"
            "The boat had set off from Turkey. Relatives waited in Turkey for news.\n"
            "The toll rose to 62.")
    assert main_place_of(text) == "Italy"


def test_a_datelines_place_is_where_the_report_was_filed_not_what_it_is_about():
    text = "Delhi/Kathmandu, 04 Nov: The death toll in the earthquake that struck Nepal rose to 154."
    assert claim_for(text, "154").location == "Nepal"


@pytest.mark.parametrize("dateline", ["KATHMANDU –", "KATHMANDU —", "KATHMANDU -", "Kathmandu, 04 Nov:"])
def test_a_dateline_ends_at_any_of_its_dashes_or_a_colon(dateline):
    text = f"{dateline} The death toll in the earthquake that struck Nepal rose to 154."
    assert claim_for(text, "154").location == "Nepal"


def test_a_datelines_place_in_capitals_is_where_the_news_is_when_the_lead_names_no_other():
    text = ("Sheriff: 'We saved hundreds of lives'\n\nLAS VEGAS - The sheriff spoke on Tuesday.\n\n"
            "The shooting left 59 people dead. One victim was a nurse from the Philippines.")
    assert COUNTRY_OF.get(claim_for(text, "59").location) == "United States"


def test_a_headline_before_a_colon_is_no_dateline():
    text = ("Mariupol bombing: At least 300 killed, council says\n"
            "At least 300 people died when a theatre in the city was struck.\n"
            "The council branded Russia a terrorist state. Russia denied it.")
    assert main_place_of(text) == "Mariupol"


@pytest.mark.parametrize("text", [
    "At least a dozen people were killed in the strike on the theater in Mariupol.\n"
    "Russia's forces carried out the strike. Russia's military denied it. Russia's army said so.",
    "At least 300 killed in Russia 'terrorist' attack on Ukraine city\n"
    "The council said at least 300 people died.",
])
def test_a_country_named_as_who_strikes_is_not_where(text):
    assert main_place_of(text) in {"Mariupol", "Ukraine"}


def test_the_target_of_an_attack_is_where_it_happened():
    text = "The strike on Rafah killed 12 people, Israel said."
    assert [e.mention.place for e in event_places(text, mentions(text))] == ["Rafah"]


def test_a_region_of_the_world_is_background_when_a_country_is_named():
    text = ("More than 600 people were shot in Burkina Faso in an August attack.\n"
            "The massacre is one of the deadliest attacks in Africa. Violence has spread in the Sahel, "
            "a region of West Africa, and attacks in Africa have doubled.")
    assert main_place_of(text) == "Burkina Faso"


def test_a_state_that_shares_its_name_with_a_country_is_the_state():
    assert claim_for("The flood in Niger state killed 151 people.", "151").location == "Kagara"


def test_the_tail_of_a_longer_name_is_no_place_of_its_own():
    assert main_place_of("Typhoon Odette killed 378 people in Surigao del Norte.") is None
    assert main_place_of("The quake killed 12 people in Cagayan de Oro.") == "Cagayan de Oro"


@pytest.mark.parametrize("name, country", [
    ("Ivory Coast", "Cote d'Ivoire"), ("Côte d'Ivoire", "Cote d'Ivoire"), ("Swaziland", "Eswatini"),
    ("East Timor", "Timor-Leste"), ("Cape Verde", "Cabo Verde"), ("DR Congo", "Congo"),
])
def test_a_country_is_found_by_its_common_english_name(name, country):
    assert main_place_of(f"Gunmen killed 16 people in {name} on Sunday.") == country


def test_a_countrys_adjective_tells_whose_not_where():
    assert "South African" not in PLACE_NAMES and PLACES["South African"] == "South Africa"


def test_where_attackers_come_from_weighs_less_than_where_they_struck():
    text = ("At least 48 people were killed when suspected Al-Shabab militants from Somalia attacked hotels in a "
            "Kenyan coastal town.\nThe attack began on Sunday night.\nKenyan police said the toll may rise.")
    assert main_place_of(text) == "Kenya"


def test_a_country_that_heads_a_towns_name_is_not_the_country():
    assert main_place_of("Hurricane Michael killed 16 people in Mexico Beach, Florida.") == "Florida"
    assert main_place_of("The quake killed 20 people in Mexico City.") == "Mexico City"


def test_english_words_and_names_are_not_places():
    assert not {"Mary", "Central", "Delta", "Free", "Bay"} & PLACES.keys()


@pytest.mark.parametrize("sentence", [
    "A 12-year-old boy was among the dead in the five-year war.",
    "One of the victims, aged 45, was a teacher.",
    "Half of them were children.",
    "Prices were ten times higher after the 7.6-magnitude quake.",
    "The UN Security Council passed Resolution 2254 in 2015.",
    "The Su-24 was downed on September 29, 2014, near the border.",
    "It was the first time in six weeks that the 4th brigade moved.",
    "The talks lasted three years and the truce held for 24 hours.",
    "A soldier was killed on Thursday.",
    "The earthquake measured 6.8 on the Richter scale.",
    "It was an earthquake of magnitude 7.2.",
])
def test_sentences_without_claims(sentence):
    assert extract(sentence, doc="t") == []


def test_every_claim_points_at_its_text():
    text = "Officials said 12 people were killed and about 40 wounded in Aleppo on Monday."
    for claim in extract(text, doc="t"):
        assert text[claim.start:claim.end] == claim.text
        assert claim.text in claim.sentence


def test_document_metadata_is_carried_by_every_claim():
    claims = extract("Officials said 12 people were killed.", doc="d1", source="AFP", date="2024-12-04")
    assert [(c.doc, c.source, c.date) for c in claims] == [("d1", "AFP", "2024-12-04")]


def test_a_line_without_full_stops_is_read_in_bounded_pieces():
    from numclaims.sentences import MAX_SENTENCE, split_sentences
    text = "Officials said 12 people were killed " * 500
    pieces = split_sentences(text)
    assert len(pieces) > 1 and all(len(p.text) <= MAX_SENTENCE for p in pieces)
    assert all(text[p.start:p.end] == p.text for p in pieces)


def test_a_sentence_ends_after_the_quote_or_bracket_that_closes_it_and_not_inside_a_figure():
    from numclaims.sentences import split_sentences
    text = 'He said "5 died." Then he left.\nMr. Smith agreed (see above.) Rescuers came. It cost 3.5 million.\nThe end.'
    assert [s.text for s in split_sentences(text)] == [
        'He said "5 died."', "Then he left.", "Mr. Smith agreed (see above.)", "Rescuers came.",
        "It cost 3.5 million.", "The end."]


@pytest.mark.parametrize("text, figure, category, subject", [
    ("Rescuers have recovered 30\nbodies and are searching for 65 others.", "30", "killed", "bodies"),
    ("The death toll from\nTyphoon Yagi has climbed to 155.", "155", "killed", "death toll"),
    ("Another 141 people are\nmissing, VTV said.", "141", "missing", "people"),
])
def test_a_sentence_wrapped_over_lines_is_read_whole(text, figure, category, subject):
    claim = next(c for c in extract(text) if c.text == figure)
    assert (claim.category, claim.subject) == (category, subject)


def test_a_headline_without_a_full_stop_still_ends_at_its_line():
    claims = extract("Death toll rises to 87. Dozens remain missing\nThe toll has climbed to 90, officials said.")
    assert [(c.text, c.category) for c in claims] == [("87", "killed"), ("Dozens", "missing"), ("90", "killed")]


def test_a_table_of_figures_is_read_without_context():
    table = ", ".join(str(n) for n in range(10, 90))
    claims = extract(f"Killed: {table}", doc="t")
    assert len(claims) > 50 and {c.category for c in claims} == {"other"}


def test_a_pronoun_takes_the_newest_of_the_speakers_named_before():
    text = ("The Red Crescent gave its figures on Monday.\nThe Health Ministry gave new figures on Tuesday.\n"
            "It said 45 people had died in the clashes.")
    assert claim_for(text, "45").attributed_to == "Health Ministry"


def test_that_number_counts_what_the_last_toll_counted():
    claims = extract("About 6,000 people were confirmed dead in Derna. "
                     "But a Red Crescent representative put that number higher, at 11,300. "
                     "The figure of 3 million dollars was raised.")
    assert [(c.text, c.category) for c in claims] == [
        ("About 6,000", "killed"), ("11,300", "killed"), ("3 million dollars", "other")]


def test_an_estimate_or_a_previous_figure_counts_what_the_last_toll_counted():
    claims = extract("The landslide killed 2,000 people, the government said. Its figure is triple a United "
                     "Nations estimate of 670. The previous figure had been 2,189.")
    assert [(c.text, c.category) for c in claims] == [("2,000", "killed"), ("670", "killed"), ("2,189", "killed")]


def test_a_figure_that_calls_itself_a_figure_counts_the_last_toll():
    text = ("The UN said 582,000 Rohingya refugees had fled into Bangladesh, "
            "a jump of 45,000 from the 537,000 figure given at the weekend.")
    assert claim_for(text, "537,000").category == "displaced"
