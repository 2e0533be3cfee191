"""Which figures are figures for the same quantity, and why."""
from dataclasses import replace

import pytest

from numclaims import conflict_groups, extract, quantity_key
from numclaims.quantities import document_period, subject_class, timelines


def claims_of(*texts, dates=()):
    dates = list(dates) + [None] * (len(texts) - len(dates))
    return [c for i, (text, day) in enumerate(zip(texts, dates)) for c in extract(text, doc=f"d{i}", date=day)]


def grouped_values(claims):
    """The figures of each conflict group, as sorted values: what a test compares."""
    return [sorted(c.value for c in g.claims) for g in conflict_groups(claims)]


@pytest.mark.parametrize("subject, cls", [
    ("people", "people"), ("civilians", "people"), ("deaths", "people"), ("others", "others"),
    ("Palestinians", "people"), ("children", "children"), ("rebels", "fighters"),
    ("Turkish personnel", "soldiers of Turkey"), ("Syrian rebel fighters", "fighters of Syria"), ("U.S. service members", "soldiers of United States"),
    ("American troops", "soldiers of United States"), ("Rohingya refugees", "refugees"),
    ("student", "students"), ("schoolchildren", "children"), ("tribesmen", "tribesmen"), ("tourist", "people"),
    ("migrant workers", "people"), ("deceased", "people"), ("aid workers", "aid workers"),
    ("humanitarian workers", "aid workers"), ("mortalities", "people"), ("peaceful protesters", "people"),
    ("rice farmers", "people"), ("displaced families", "families"), ("households", "families"),
    ("special forces", "soldiers"), ("security forces", "soldiers"), ("hostage-takers", "fighters"),
    ("assailants", "fighters"),
    ("MSF staff members", "aid workers"), ("militia members", "fighters"), ("members", "people"),
])
def test_subjects_reduce_to_a_class(subject, cls):
    assert subject_class(subject) == cls


def test_a_wars_running_tolls_from_different_sources_form_one_group():
    groups = conflict_groups(claims_of(
        "The UN said up to 4,000 people have been killed in Syria's conflict.",
        "Activists said 6,400 people have been killed in Syria since March 2011.",
    ))
    assert [[c.value for c in g.claims] for g in groups] == [[4000, 6400]]
    assert groups[0].key.describe() == "killed people in Syria (to date)"


def test_a_city_and_its_country_compare():
    groups = conflict_groups(claims_of(
        "The floods killed 11,300 people in Derna, the Red Crescent said.",
        "The floods in eastern Libya have killed 3,958 people, the WHO said.",
    ))
    assert len(groups) == 1 and groups[0].key.place == "Libya" and groups[0].key.period == "event: flood"


def test_one_days_toll_is_not_compared_with_the_wars():
    claims = claims_of("An air strike on a market in Idlib killed 27 people on Monday.",
                       "More than 500,000 people have been killed in Syria since 2011.")
    keys = {quantity_key(c).period for c in claims}
    assert keys == {"event: attack", "to date"}
    assert conflict_groups(claims) == []


def test_a_disasters_toll_is_one_event_however_it_is_phrased():
    claims = claims_of("The earthquake killed more than 2,000 people in Herat.",
                       "To date, 1,023 people are reported to have been killed by the quake in Herat.")
    assert [len(g.claims) for g in conflict_groups(claims)] == [2]


def test_event_figures_a_month_apart_are_different_events():
    claims = claims_of("A bombing in Kabul killed 12 people.", "A bombing in Kabul killed 30 people.",
                       dates=["2024-01-01", "2024-02-15"])
    assert conflict_groups(claims) == []
    near = [replace(c, date="2024-01-03") if c.doc == "d1" else c for c in claims]
    assert len(conflict_groups(near)) == 1


def test_figures_of_other_things_are_not_compared():
    assert all(quantity_key(c) is None for c in claims_of("Turkey has 12 observation posts.",
                                                          "Prices rose 40 percent."))


def test_agreeing_figures_form_a_group_only_when_asked():
    claims = claims_of("Medics said 12 people were killed in an attack in Aleppo.",
                       "The UN said 12 people were killed in an attack in Aleppo.")
    assert conflict_groups(claims) == []
    assert [len(g.claims) for g in conflict_groups(claims, include_agreeing=True)] == [2]


def test_a_group_reports_its_spread_and_sources():
    group, = conflict_groups(claims_of("The UN said up to 4,000 people have been killed in Syria's war.",
                                       "Activists said 6,400 people have been killed in Syria's war."))
    assert (group.low, group.high, group.spread, group.sources) == (4000, 6400, 1.6, 2)


def test_a_timeline_orders_figures_by_document_date():
    line, = timelines(claims_of("Medics said 30 people have been killed in Syria's war so far.",
                                "Medics said 12 people have been killed in Syria's war so far.",
                                dates=["2024-03-01", "2024-01-01"]))
    assert [c.value for c in line.claims] == [12, 30]


@pytest.mark.parametrize("sentence", [
    "The ministry said the toll could rise to 20,000 people killed in the war.",
    "Among the dead were 278 civilians killed in the war.",
    "An average of 165 people were killed a day in the war.",
    "Civilians, at 25,667, were the vast majority of those killed in the war.",
    "250 have been declared dead by the hospital in the war.",
    "More than 200 dead had been brought to different hospitals in the war.",
    "A first response point it supports in Rafah had received 28 dead in the war.",
    "In the war 88 bodies have been identified.",
    "In the war the bodies of 40 killed have been handed over.",
    "Of those killed, four people died in one town in the war.",
    "At least 68 people were killed in the war in Kerr County.",
    "At least 42 people were killed in the war in hard-hit Lee County.",
    "In the war 12 died in Charlotte, Collier and Sarasota counties.",
    "Officials said 54 of those who were killed in the war have yet to be identified.",
    "Nine people died at the scene of the war's latest strike.",
    "The strike also killed 19 people on the ground in the war.",
    "As many as 10,000 people are believed to have died in one city alone in the war.",
    "At least 160 people were killed in the war in the country's South department alone.",
    "Officials said the death toll of the war in this region alone is greater than 300.",
    "Relatives attended the funeral of six members of the Cara family, killed in the war.",
    "Of the current total, 33 of the deceased in the war are believed to be students.",
    "The war kills 10,000 in one city",
    "Authorities have estimated that the final toll of the war will reach 200,000 killed.",
    "Officials expect the death toll of the war to top 150,000 killed.",
    "The Red Cross says the death toll of the war may top 100,000 killed.",
    "The final death toll of the war is likely to hit 1,000 killed.",
    "In Fukushima Prefecture alone, 1,167 people were killed in the war.",
    "Only nine deaths in the war have been validated.",
    "Police have identified 172 victims of the war.",
    "In the war 11 people killed have now been officially named.",
    "The four confirmed victims of the war were named as Joseph Pohio and Jaime Gilbert.",
    "In the war about 25 succumbed to their injuries at the city hospital.",
])
def test_forecasts_parts_and_rates_are_not_rival_tolls(sentence):
    assert [quantity_key(c) for c in extract(sentence, doc="d") if c.category == "killed"] == [None]


@pytest.mark.parametrize("sentence", [
    "More than 3,000 people have been killed, the majority of them civilians, in Syria.",
    "The official death toll in Syria was more than 3,000, more than half of them children.",
    "The number of dead in Syria has climbed to 3,000 -- with many of the victims women and children.",
])
def test_the_total_before_its_majority_or_share_is_compared(sentence):
    claim, = [c for c in extract(sentence) if c.category == "killed"]
    assert quantity_key(claim).describe() == "killed people in Syria (to date)"


def test_a_subset_of_its_own_class_is_that_classs_figure():
    groups = conflict_groups(claims_of(
        "Two explosions in Kabul killed dozens of people, including at least 13 U.S. troops, in the attack.",
        "U.S. officials said 12 U.S. service members were killed in the attack in Kabul.",
        "Officials said 12 service members were killed, including 11 Marines, in the attack in Kabul.",
    ))
    assert [[c.value for c in g.claims] for g in groups] == [[13, 12, 12]]
    assert groups[0].key.subject_class == "soldiers of United States"


@pytest.mark.parametrize("sentence, period", [
    ("At least 2,670 Palestinians in Gaza have been killed since Israel declared war on Hamas.", "to date"),
    ("Since the end of the truce on Friday, 240 people have been killed in Gaza.", "since the end of the truce on friday"),
    ("The UN said 582,000 Rohingya had crossed into Bangladesh since August 25.", "since august 25"),
    ("About 400,000 people have since fled the camp in Darfur.", "to date"),
    ("In Gaza 240 Palestinians have been killed in two days.", "in two days"),
])
def test_a_since_phrase_or_a_stretch_of_days_names_its_period(sentence, period):
    claim, = [c for c in extract(sentence, doc="d") if c.category != "other"]
    assert quantity_key(claim).period == period


def test_a_campaign_named_in_a_report_of_one_strike_is_a_running_total():
    claims = claims_of("An air strike on a village in Sagaing killed at least 50 people on Tuesday. "
                       "The military's crackdown has left more than 3,100 people dead in Myanmar.")
    assert {c.value: quantity_key(c).period for c in claims} == {50: "event: attack", 3100: "to date"}


def test_others_after_a_figure_of_another_kind_are_all_of_theirs():
    groups = conflict_groups(claims_of(
        "The toll in Gaza has climbed to 60,034, with 145,870 others wounded since the war started.",
        "The ministry said 140,000 people have been wounded in Gaza since the war started.",
        "A strike in Gaza killed 10 soldiers and 3 others were killed since the war started.",
    ), include_agreeing=True)
    assert [[c.value for c in g.claims] for g in groups if g.key.category == "wounded"] == [[145870, 140000]]


def test_civilians_counted_beside_armed_men_are_a_quantity_apart_and_alone_are_the_toll():
    claims = claims_of("Gunmen stormed the beach resort in Ivory Coast and killed 14 civilians and two soldiers.",
                       "Three soldiers and 15 civilians were killed in the attack in Ivory Coast.",
                       "The attack in Ivory Coast killed at least 18 people.")
    assert {(g.key.subject_class, tuple(sorted(c.value for c in g.claims))) for g in conflict_groups(claims)} == {
        ("civilians", (14, 15)), ("soldiers", (2, 3))}
    alone = claims_of("The war has killed 3,000 civilians in Congo.", "The war has killed 2,800 people in Congo.")
    assert grouped_values(alone) == [[2800, 3000]]
    far_off = extract("Officials said 12 soldiers died when their convoy was ambushed on the road north of Goma, "
                      "while the shelling of the city killed 300 civilians.", doc="d")
    assert [quantity_key(c, sentence_claims=far_off).subject_class for c in far_off] == ["soldiers", "people"]


def test_a_figure_of_no_known_place_joins_the_one_placed_group_like_it():
    group, = conflict_groups(claims_of("The wildfire in Hawaii killed 115 people, officials said.",
                                       "The wildfire that razed Lahaina-Nui killed 96 people."))
    assert [c.value for c in group.claims] == [115, 96] and group.key.place == "United States"


def test_a_figure_of_an_earlier_year_is_another_event():
    claims = claims_of("The wildfire in Hawaii killed 96 people this week, the deadliest since 1918, when "
                       "453 people died in the Cloquet fire in Minnesota.",
                       "The wildfire in Hawaii has killed 115 people.", dates=["2023-08-14", "2023-08-20"])
    periods = {c.value: quantity_key(c).period for c in claims}
    assert grouped_values(claims) == [[96, 115]]
    assert periods[96] == "event: fire"


def test_an_incident_one_report_calls_both_a_blast_and_an_accident_is_one_event():
    claims = claims_of("The blast at the pharmaceutical plant in Telangana killed 38 workers. "
                       "The accident also injured 33 people.",
                       "The accident at the chemical plant in Telangana has killed 44 people.",
                       "The explosion in Telangana killed 40 people.")
    assert grouped_values(claims) == [[38, 40, 44]]


def test_since_an_event_counts_that_events_toll():
    claim, = claims_of("Eleven workers have been missing since the blast on Monday at the plant in Telangana.")
    assert quantity_key(claim, "event: attack").period == "event: attack"


def test_a_mass_abduction_is_one_event_whether_called_an_attack_or_a_kidnapping():
    claims = claims_of("Gunmen abducted 287 students in the attack on the school in Kaduna.",
                       "The kidnapping of 137 students in Kaduna shocked Nigeria.")
    assert len(conflict_groups(claims)) == 1


def test_a_since_phrase_that_holds_the_figure_tells_its_event_not_its_period():
    text = ("The blast of a runaway oil train razed the town. Only four victims have had funerals, "
            "one month since the train disaster killed 47 people in the town.")
    toll = next(c for c in extract(text, doc="d") if c.value == 47)
    assert quantity_key(toll, document_period(text)).period == "event: attack"


def test_a_war_word_far_from_a_figure_or_the_crisis_in_an_events_report_does_not_make_it_the_wars():
    text = ("Gunmen stormed the school in Beslan and opened fire. Workers pulled more than 320 bodies out of the "
            "school, a prosecutor said, and the president accused the attackers of trying to spark an ethnic conflict "
            "in the region.")
    claim, = extract(text, doc="d")
    assert quantity_key(claim, document_period(text)).period == "event: attack"
    crisis = ("Gunmen stormed the school in Beslan and opened fire. The minister said 323 victims, including 156 "
              "children, had been killed during the crisis.")
    assert {quantity_key(c, document_period(crisis)).period for c in extract(crisis, doc="d") if c.value == 323} == {
        "event: attack"}
    war = "Gunmen attacked the school in Beslan. The conflict has killed more than 3,000 people in the region."
    claim, = extract(war, doc="d")
    assert quantity_key(claim, document_period(war)).period == "to date"


@pytest.mark.parametrize("text", [
    "The hostage siege at the school in Beslan ended with 322 dead.",
    "After the three-day siege of the school in Beslan by gunmen, the toll rose to 322.",
])
def test_a_siege_of_hostages_or_of_days_is_an_attack_not_a_war(text):
    assert document_period(text) == "event: attack"
    assert document_period("The siege of Mariupol has killed 2,000 people. The siege goes on.") == "to date"


@pytest.mark.parametrize("sentence", [
    "The war's toll is 1,127, including the 12 who died in hospital.",
    "The war's 1,127 dead include 12 who died in hospital.",
    # a part told after its whole
    "Of the 1,127 who died in the war, at least 12 died in hospital.",
    "Out of the 1,127 deaths in the war -- 12 were in hospital.",
])
def test_including_the_figure_is_a_part(sentence):
    claims = extract(sentence)
    assert [c.text for c in claims if quantity_key(c, "to date", claims)] == ["1,127"]


@pytest.mark.parametrize("sentence", [
    "French authorities say that 41 people remain in intensive care units after the attack.",
    "Of the 186 injured in the attack, 28 were in intensive care and 18 were in surgery.",
    "Manchester bombing: 23 still in critical care with horrific injuries after the attack",
])
def test_the_hurt_in_intensive_care_are_a_part(sentence):
    claim = next(c for c in extract(sentence, doc="d") if c.text in ("41", "28", "23"))
    assert quantity_key(claim, "event: attack", [c for c in extract(sentence, doc="d")]) is None


def test_the_hurt_in_one_state_told_by_an_adverb_are_a_part():
    claims = extract("At least 24 were killed and 13 others injured, five critically, when gunmen opened fire.")
    assert [c.text for c in claims if quantity_key(c, "event: attack", claims)] == ["At least 24", "13"]


@pytest.mark.parametrize("sentence", [
    "The factory collapse came eight years after the collapse of Spectrum Garments that left 64 workers dead.",
    "A similar flood killed 300 people two decades ago.",
    "It is the deadliest flood since 1900, when a flood in Galveston, Texas, killed 6,000 people.",
    "The river is known for the historic flood of 1887 that killed 900,000 people.",
])
def test_a_figure_of_an_event_years_before_is_another_event(sentence):
    claims = claims_of(sentence, "The factory collapse killed 150 workers.", "A flood killed 200 people.")
    assert conflict_groups(claims) == []


def test_the_worst_event_in_years_is_still_this_one():
    claims = claims_of("Some 300 people died in the worst flood in the past 20 years in India.",
                       "The flood killed 320 people in India.")
    assert grouped_values(claims) == [[300, 320]]


def test_the_event_word_nearest_a_figure_names_its_kind():
    claim = claims_of("The blaze became the state's worst disaster, surpassing a tsunami that killed 61 people.")[0]
    assert quantity_key(claim, "event: fire").period == "event: earthquake"


def test_every_item_of_an_including_list_is_a_part():
    sentence = ("The number of killed in Syria's war is 3,004 people, including 278 army conscripts, "
                "seven defected shabiha and four officers.")
    claims = claims_of(sentence)
    keyed = {c.text: quantity_key(c, sentence_claims=claims) for c in claims}
    assert keyed["seven"] is None and keyed["3,004"].subject_class == "people"


def test_a_list_of_parts_ends_where_another_kind_of_figure_begins():
    sentence = ("In Ukraine's war 5,614 civilians were killed, including 362 children, and 7,946 were injured, "
                "including 610 children.")
    claims = claims_of(sentence)
    keyed = {c.text: quantity_key(c, sentence_claims=claims) for c in claims}
    assert keyed["7,946"].category == "wounded" and keyed["610"] is not None and keyed["362"] is not None


def test_a_death_toll_counts_people():
    group, = conflict_groups(claims_of("The death toll from the bombing in Kerman has risen to 91.",
                                       "Officials said 103 people were killed in the bombing in Kerman."))
    assert group.key.subject_class == "people"


def test_an_increment_is_not_a_toll():
    claims = claims_of("The toll from the bombing in Kerman has risen to 91, with two more people succumbing.")
    keyed = {c.text: quantity_key(c, sentence_claims=claims) for c in claims}
    assert keyed["two"] is None and keyed["91"] is not None


@pytest.mark.parametrize("sentence, increment, toll", [
    ("Police in Kenya unearthed 29 bodies, raising the death toll to 179.", "29", "179"),
    ("Another 22 people died overnight, bringing the total number of deaths to 1,508.", "22", "1,508"),
    ("The death toll from the flood has risen by five, making a total of 158.", "five", "158"),
    ("The new death toll of 39 was an increase of 12 from the initial tally.", "12", "39"),
    ("The toll from the crush rose by one to 158, authorities said.", "one", "158"),
    ("The toll now stands at 3,631, a jump of more than 1,200 from the previous count.", "more than 1,200", "3,631"),
])
def test_a_figure_that_takes_the_toll_to_another_is_an_increment(sentence, increment, toll):
    claims = claims_of(sentence)
    keyed = {c.text: quantity_key(c, "event: flood", sentence_claims=claims) for c in claims}
    assert keyed[increment] is None and keyed[toll] is not None


@pytest.mark.parametrize("sentence", [
    "The bombing in Kerman killed 84 people, the country's deadliest incident since the 1979 revolution.",
    "Ten bombs ripped through trains in Madrid, killing at least 192 people in the deadliest terrorist attack on a "
    "European target since World War II.",
])
def test_the_deadliest_since_a_year_is_a_comparison_not_a_period(sentence):
    claim, = [c for c in claims_of(sentence) if c.category == "killed"]
    assert quantity_key(claim).period == "event: attack"


def test_foreign_nationals_among_the_dead_are_a_part_and_natives_are_the_toll():
    claims = claims_of("The heat in Saudi Arabia killed 1,081 pilgrims, with close to 70 Indians believed to have died.",
                       "Officials said 60,000 Palestinians have been killed in Gaza since the war started.",
                       "The 26 foreign victims of the crush in South Korea were named.",
                       "The fire in Kuwait killed 50 foreign workers.")
    classes = {c.value: quantity_key(c).subject_class for c in claims}
    assert classes == {1081: "people", 70: "people of India", 60000: "people", 26: "foreigners", 50: "people"}


@pytest.mark.parametrize("sentence", [
    "Arab diplomats said Egyptians in Saudi Arabia accounted for 658 deaths.",
    "A Saudi official gave a partial toll of 577 deaths for the two busiest days of Hajj in Saudi Arabia.",
])
def test_a_share_of_the_toll_is_a_part(sentence):
    assert [quantity_key(c) for c in claims_of(sentence) if c.category == "killed"] == [None]


def test_a_toll_reported_on_a_day_is_the_running_toll():
    claim, = claims_of("The death toll from this year's Hajj in Saudi Arabia exceeded 1,000 on Thursday.")
    assert quantity_key(claim).period == "to date"


def test_others_wounded_alone_in_their_sentence_are_all_the_wounded_and_martyrs_are_people():
    claims = claims_of("The strike in Rafah left 45 martyrs. There are 249 others who were wounded in the strike.",
                       "The ministry said 45 people were killed and 240 were wounded in the strike in Rafah.")
    keyed = {(c.value, c.category): quantity_key(c).subject_class for c in claims}
    assert keyed[(45, "killed")] == "people" and keyed[(249, "wounded")] == "people"


def test_an_increment_before_the_toll_is_no_toll():
    claims = claims_of("With three more people succumbing to their injuries, the death toll in the train crash in "
                       "India increased to 278.")
    keyed = {c.text: quantity_key(c, sentence_claims=claims) for c in claims}
    assert keyed["three"] is None and keyed["278"] is not None


def test_a_train_accident_is_a_crash_event():
    claim, = claims_of("The death toll in the train accident in Balasore is 275.")
    assert quantity_key(claim, document_period(claim.sentence)).describe() == "killed people in India (event: crash)"


def test_in_an_undated_report_a_figure_of_a_named_year_is_a_past_event():
    claims = claims_of("The earthquake in Nepal has killed 157 people.",
                       "A 7.8 magnitude earthquake in 2015 killed some 9,000 people in Nepal.")
    assert conflict_groups(claims) == []


def test_troops_opening_fire_is_an_attack():
    claim, = claims_of("At least 112 Palestinians were killed after Israeli troops opened fire in Gaza.")
    assert quantity_key(claim, "to date").period == "event: attack"


@pytest.mark.parametrize("sentence, parts", [
    ("At least 105 people were killed and 52 in the neighboring Rukum district of Nepal.", [None, None]),
    ("A total of 105 persons have died in Jajarkot and 52 in Rukum West in Nepal.", [None, None]),
    ("The strikes killed 30 people in Syria and 12 in Iraq.", ["Syria", "Iraq"]),
    ("Officials said 29 people died in India's Odisha state and 13 died in Bangladesh.", ["India", "Bangladesh"]),
    ("The worst hit were North Carolina with 56 deaths and South Carolina with 30 deaths in the United States.",
     [None, None]),
    ("Oaxaca was the worst-hit state, where 92 people died, followed by Guerrero with 36 deaths, while Puebla "
     "and Veracruz reported 18 and 13 deaths, respectively.", [None, None, None, None]),
    ("Thirteen of the new fatalities were reported from Oaxaca state, eight from Guerrero state, and one from "
     "Puebla state in Mexico.", [None, None, None]),
    ("Police said 41 people had been killed at Al Noor Mosque and seven at Linwood Mosque in New Zealand.", [None, None]),
    ("Nakuru and Mombasa reported 3 deaths each in Kenya.", [None]),
    # a first figure told for no place, then a comma, is the whole of the next
    ("More than 80 people are now known to have died, 37 in New York City alone.", ["United States", None]),
    ("Police said 41 people had been killed at Al Noor Mosque, seven at Linwood Mosque in New Zealand.", [None, None]),
    ("The toll has risen to 19 children and two adults in Tuesday's shooting in Uvalde in the United States.",
     ["United States", "United States"]),
])
def test_a_toll_told_place_by_place_gives_parts_unless_the_places_are_countries(sentence, parts):
    claims = claims_of(sentence)
    keys = [quantity_key(c, "event: earthquake", sentence_claims=claims) for c in claims]
    assert [k and k.place for k in keys] == parts


def test_a_figure_in_a_when_clause_of_a_past_time_is_another_event():
    claims = claims_of("Gunmen killed 160 people in attacks on villages in Plateau State in Nigeria.",
                       "It was the worst attack in Nigeria since May, when more than 100 people were killed in raids.")
    assert conflict_groups(claims) == []


def test_a_crash_or_crowd_crush_is_one_event_however_its_toll_is_counted():
    claims = claims_of("The stampede in Hathras killed 121 people.",
                       'Officials said: "So far, 116 deaths have been confirmed" after the stampede in India.',
                       "The Halloween crowd crush in Seoul killed 154 people in South Korea.")
    periods = {c.value: quantity_key(c, document_period(c.sentence)).period for c in claims}
    assert periods == {121: "event: crash", 116: "event: crash", 154: "event: crash"}


@pytest.mark.parametrize("sentence, parts", [
    ("Reznichenko said 64 people were wounded, 59 of which were hospitalized in Ukraine.", [False, True]),
    ("Vahidi put the number of the injured at 284, of which 220 were hospitalized in Iran.", [False, True]),
    ("The attack in Germany left 68 injured and 15 people seriously injured.", [False, True]),
])
def test_of_which_right_after_a_figure_and_serious_injuries_make_parts(sentence, parts):
    claims = claims_of(sentence)
    assert [quantity_key(c, "event: attack", sentence_claims=claims) is None for c in claims] == parts


@pytest.mark.parametrize("sentence, increment", [
    ("At least seven more bodies were recovered today in Greece.", True),
    ("An additional 10 victims were added to the death toll of the fires in Chile.", True),
    ("Another 18 people were also killed in an avalanche in Nepal.", True),
    ("The toll has risen to 513, after Mississippi announced a further four deaths on Monday.", True),
    ("Dozens more were injured in the attack in Russia.", False),
    ("At least 99 people died in the fire in Hawaii and hundreds more are missing.", False),
])
def test_more_dead_alone_are_an_increment_but_more_hurt_or_missing_after_a_toll_are_theirs(sentence, increment):
    claims = claims_of(sentence)
    last = claims[-1]
    assert (quantity_key(last, "event: crash", sentence_claims=claims) is None) == increment


def test_a_day_that_a_report_names_is_no_sub_period():
    claim, = claims_of("The fighting in Goma left at least 900 people dead, the U.N. said Monday in Congo.")
    assert quantity_key(claim, "to date").period == "to date"


def test_migrants_who_died_are_people():
    claims = claims_of("The shipwreck killed at least 78 migrants off Greece.", "The shipwreck killed 82 people off Greece.")
    assert [len(g.claims) for g in conflict_groups(claims)] == [2]


def test_a_report_that_names_no_war_and_no_event_joins_the_one_event_like_it():
    claims = claims_of("A throng pushed into an alley in Seoul, and 149 people died, officials in South Korea said.",
                       "The crowd crush in Seoul killed 154 people in South Korea.")
    assert grouped_values(claims) == [[149, 154]]


def test_a_report_that_names_no_event_joins_the_event_whose_reports_share_its_names():
    claims = claims_of("The toll reached 350 at Rana Plaza in Savar in Bangladesh.",
                       "The building collapse at Rana Plaza in Savar killed 300 people in Bangladesh.",
                       "Cyclone Amphan killed 10 people in Bangladesh.", "Cyclone Amphan killed 12 people in Bangladesh.")
    assert sorted(grouped_values(claims)) == [[10, 12], [300, 350]]


def test_a_figure_a_report_puts_in_a_past_year_or_last_month_is_of_the_event_that_times_reports_tell():
    claims = claims_of("The earthquake killed 200,000 people in Haiti.", "The earthquake killed 230,000 people in Haiti.",
                       "The death toll from Haiti's devastating 2010 earthquake was more than 316,000, officials said.",
                       dates=["2010-01-20", "2010-02-10", "2011-01-12"])
    assert grouped_values(claims) == [[200000, 230000, 316000]]
    claims = claims_of("The truck bombing in Mogadishu killed 358 people in Somalia.",
                       "So far we have confirmed 512 people died in last month's bombing in Somalia.",
                       dates=["2017-10-20", "2017-11-30"])
    assert grouped_values(claims) == [[358, 512]]


def test_event_figures_revised_within_two_weeks_are_one_event():
    claims = claims_of("The landslides in Kerala killed 8 people.", "The landslides in Kerala have killed 229 people.",
                       dates=["2024-07-30", "2024-08-11"])
    assert [len(g.claims) for g in conflict_groups(claims)] == [2]


@pytest.mark.parametrize("sentence", [
    "At least 240 pilgrims were reported dead last year in Saudi Arabia.",
    "Reports from the hospital morgue stated that around 550 pilgrims perished in Saudi Arabia.",
])
def test_last_years_dead_and_a_morgues_count_are_not_this_events_toll(sentence):
    claims = claims_of("The heat during the Hajj killed 1,301 pilgrims in Saudi Arabia.", sentence)
    assert conflict_groups(claims) == []


@pytest.mark.parametrize("background", [
    "In 2017, a truck bomb killed more than 500 people at the same junction in Mogadishu in Somalia.",
    "On January 1, 2022, officials said that at least 12 people were killed in a bombing in Somalia.",
    "About 224 people died in a 2008 bombing in Somalia.",
    "About 224 people died and more than 400 others were injured in a 2008 bombing in Somalia.",
    "Then in 2017, a truck bomb killed more than 500 people at the same junction in Somalia.",
    "A hotel in Mogadishu collapsed in 2010, killing more than 50 people in Somalia.",
    "It was the worst attack in Somalia since 2017, when a truck bomb struck the junction, killing 587 people.",
    "It was the deadliest attack in Somalia since 587 were killed in the truck bombing at the junction.",
    "It was the deadliest bombing in Somalia in more than a decade, since 500 people died in a blast.",
    "The 2017 bombing in Somalia, which struck the same junction, killed more than 500 people.",
    "The 1990 Manjil-Rudbar bombing in northern Somalia, which struck a junction, killed 35,000 people.",
    "Some 17,000 people have died in bombings in Somalia in the past 20 years.",
    "It was the worst attack in Somalia since May when a truck bomb struck the junction, killing 587 people.",
    "The bombing came a week after another attack on a hotel killed 17 people in Somalia.",
    "It was worse than the Westgate mall attack in 2013, where at least 67 people were killed in Somalia.",
])
def test_a_sentence_about_an_earlier_time_is_another_event(background):
    claims = claims_of("Twin car bombs in Mogadishu killed 120 people in Somalia.", background, dates=["2022-10-31"])
    assert conflict_groups(claims) == []


def test_a_month_opening_a_sentence_is_past_only_before_the_documents_date():
    claims = claims_of("The bombing in Mogadishu killed 120 people in Somalia.",
                       "In August, a bombing on a hotel in Mogadishu killed 21 people in Somalia.",
                       dates=["2022-10-31", "2022-10-31"])
    assert conflict_groups(claims) == []
    same_month = claims_of("The bombing in Mogadishu killed 120 people in Somalia.",
                           "In October, a bombing in Mogadishu killed 100 people in Somalia.",
                           dates=["2022-10-31", "2022-10-31"])
    assert [len(g.claims) for g in conflict_groups(same_month)] == [2]


def test_a_toll_that_could_rise_is_the_toll_as_it_stands_and_people_in_treatment_are_a_part():
    claims = claims_of("The death toll from the bombings in Somalia has reached 120 and could rise further.",
                       "More than 150 people are receiving medical attention after the bombings in Somalia.")
    keys = {c.value: quantity_key(c, "event: attack") for c in claims}
    assert keys[120] is not None and keys[150] is None


@pytest.mark.parametrize("sentence", [
    "The joint team recovered seven bodies while several people were rushed to hospital after the blast.",
    "The toll of the blast reached 35 as another man had died while being treated at a hospital.",
    "There were at least 120 dead in the blast, adding that workers were still trying to visit local hospitals.",
    "Victims of the blast: 12 dead, some still to be identified.",
])
def test_a_hospital_or_a_state_in_another_clause_makes_no_part_of_the_figure(sentence):
    claim = claims_of(sentence)[0]
    assert quantity_key(claim, "event: attack", claims_of(sentence)) is not None


def test_a_figure_of_no_known_place_joins_the_group_reported_near_it_or_sharing_its_names():
    claims = claims_of("The crowd crush in Seoul killed 154 people in South Korea.",
                       "The shipwreck off Pylos killed 82 people in Greece.",
                       "The Pylos shipwreck killed 78 people, rescuers said.",
                       dates=["2022-10-31", "2023-06-20", "2023-06-15"])
    groups = conflict_groups(claims)
    assert [sorted(c.value for c in g.claims) for g in groups] == [[78, 82]] and groups[0].key.place == "Greece"
    undated = claims_of("The crowd crush in Seoul killed 154 people in South Korea.",
                        "The shipwreck off Pylos killed 82 people in Greece.",
                        "The Pylos shipwreck killed 78 people, rescuers said.")
    assert grouped_values(undated) == [[78, 82]]


def test_figures_told_region_by_region_are_parts_of_the_countrys_toll():
    claims = claims_of("Hurricane Helene has killed 215 people in the United States. At least 20 people died in "
                       "South Carolina, officials said. Officials said 30 people died in Florida.",
                       "The hurricane killed 232 people in the United States.")
    assert grouped_values(claims) == [[215, 232]]


def test_a_reports_largest_figure_is_its_toll_whatever_region_its_sentence_names():
    claims = claims_of("148 people were killed in the attack, a higher toll than the attack on the mall in Nairobi. "
                       "In Garissa, four gunmen died. In Garissa, two soldiers died.",
                       "The attack in Garissa killed 147 people.")
    assert [147, 148] in grouped_values(claims)


def test_a_days_toll_an_order_of_magnitude_below_the_reports_running_toll_is_that_days_event():
    claims = claims_of("Early on Thursday in Gaza City, at least 112 Palestinians seeking aid were killed. The death toll "
                       "in the nearly five-month conflict in Gaza rose to over 30,000.",
                       "Israeli troops opened fire on crowds waiting for aid in Gaza, killing 104 people.",
                       "Health officials in Gaza said 29,900 people have been killed in the conflict.")
    groups = {tuple(sorted(c.value for c in g.claims)) for g in conflict_groups(claims)}
    assert groups == {(104, 112), (29900, 30000)}


def test_a_natural_disasters_toll_is_counted_for_weeks_an_attacks_for_days():
    cyclone = claims_of("Cyclone Freddy killed 438 people in Malawi.", "Cyclone Freddy has killed over 1,000 people in Malawi.",
                        dates=["2023-03-18", "2023-04-12"])
    assert [len(g.claims) for g in conflict_groups(cyclone)] == [2]
    bombings = claims_of("A bombing in Kabul killed 12 people.", "A bombing in Kabul killed 30 people.",
                         dates=["2024-01-01", "2024-01-25"])
    assert conflict_groups(bombings) == []


def test_an_outbreaks_toll_is_an_event_and_a_word_of_disease_in_a_war_report_is_not():
    assert document_period("The cholera outbreak has killed 433 people. Cholera cases rose in war-torn Sudan.") \
        == "event: epidemic"
    assert document_period("Fighting in the war killed 3,000 people, and aid groups fear cholera.") == "to date"


@pytest.mark.parametrize("text", [
    "A gas cylinder caused the outbreak of the blaze in the building that killed 56.",
    "A fire outbreak in the market killed 12 traders.",
])
def test_the_outbreak_of_a_fire_is_the_fires(text):
    assert document_period(text) == "event: fire"


def test_a_toll_told_country_by_country_puts_each_figure_in_its_country():
    claims = claims_of("In Mozambique, the number of dead has risen to 446, while there are 259 dead in Zimbabwe and at "
                       "least 56 dead in Malawi.", "The cyclone killed 500 people in Mozambique.",
                       "The cyclone killed 300 people in Zimbabwe.", "The cyclone killed 60 people in Malawi.")
    assert sorted(grouped_values(claims)) == [[56, 60], [259, 300], [446, 500]]


def test_a_toll_of_two_countries_is_neither_countrys():
    claims = claims_of("More than 100 people have died in Malawi and Mozambique after the cyclone.",
                       "Cyclone Freddy has killed 99 people in Malawi.")
    assert {quantity_key(c).place for c in claims} == {"Malawi and Mozambique", "Malawi"}
    assert conflict_groups(claims) == []


def test_a_breakdown_in_brackets_is_parts_and_one_figure_in_brackets_restates():
    breakdown = claims_of("We have documented 327 killed (279 men, 47 women, 1 boy) since 24 February in the war in Ukraine.")
    assert [c.value for c in breakdown if quantity_key(c, "to date", breakdown)] == [327]
    restated = claims_of("The floods have displaced 79,602 households (approximately 345,140 people) in Malawi.")
    assert all(quantity_key(c, "event: flood", restated) for c in restated)
    repeated = claims_of("The toll (dead: 5 people) rose after rescuers said 5 more (2 men, 3 women) had died.")
    assert [c.text for c in repeated if quantity_key(c, "event: flood", repeated)] == ["5"]
    after_a_dash = claims_of("The toll stands at 247 fatalities — 242 from the aircraft and 5 from the hostel in India.")
    assert [c.value for c in after_a_dash if quantity_key(c, "event: crash", after_a_dash)] == [247]


def test_in_a_report_of_a_war_or_a_crackdown_since_a_day_is_its_running_total():
    claim, = claims_of("Officials said 211 people have been killed since July 16 in the crackdown on protests in Bangladesh.")
    assert quantity_key(claim, "to date").period == "to date"


def test_so_far_counts_the_war_in_a_wars_report_and_the_event_in_an_events():
    claim, = claims_of('"So far, we have received 27 bodies," a doctor said after the bombing at the station in Pakistan.')
    assert quantity_key(claim, "event: attack").period == "event: attack"
    assert quantity_key(claim, "to date").period == "to date"


def test_a_named_storm_is_one_event_however_long_after_its_toll_is_revised():
    claims = claims_of("Hurricane Maria killed 64 people in Puerto Rico.",
                       "Hurricane Irma killed 10 people in Puerto Rico.",
                       "Hurricane Maria caused 2,975 deaths in Puerto Rico, a study found.",
                       dates=["2017-10-03", "2017-10-03", "2018-08-28"])
    assert grouped_values(claims) == [[64, 2975]]
    assert quantity_key(claims[0], document_period("Hurricane Maria killed 64 people.")).period == "event: storm Maria"


def test_last_years_storm_is_the_storm_its_report_is_about():
    claims = claims_of("Hurricane Maria killed 64 people in Puerto Rico.",
                       "More than 4,600 people died in Puerto Rico as a result of last year's Hurricane Maria.",
                       dates=["2017-10-03", "2018-05-29"])
    assert len(conflict_groups(claims)) == 1


def test_a_flood_its_report_does_not_name_is_the_one_storm_named_in_its_place():
    claims = claims_of("Storm Daniel killed 3,958 people in Libya.", "The floods in Derna killed 11,300 people.")
    assert len(conflict_groups(claims)) == 1


def test_a_flood_its_report_does_not_name_is_of_the_storms_the_one_whose_reports_share_its_names():
    claims = claims_of("Hurricane Helene killed 200 people in Asheville in the United States.",
                       "Hurricane Milton killed 20 people in Tampa in the United States.",
                       "Hurricane Milton killed 24 people in Tampa in the United States.",
                       "The floods in Asheville killed 215 people in the United States.")
    assert sorted(grouped_values(claims)) == [[20, 24], [200, 215]]


def test_a_flood_its_report_does_not_name_is_the_storm_counting_the_same_thing_or_told_by_the_most_reports():
    counting = claims_of("Typhoon Hagibis killed 36 people in Japan.",
                         "Typhoon Hagibistore forced 6 million people to flee in Japan.",
                         "The floods killed 80 people in Japan.")
    assert grouped_values(counting) == [[36, 80]]
    most_reports = claims_of("Typhoon Hagibis killed 36 people in Japan.", "Typhoon Hagibis killed 56 people in Japan.",
                             "Typhoon Hagibistore killed four people in Japan.", "The floods killed 80 people in Japan.")
    assert grouped_values(most_reports) == [[36, 56, 80]]


def test_last_years_event_that_a_clause_tells_of_is_another_event():
    claims = claims_of("Two bombs hit Brussels airport on Tuesday, killing 31 people. It came days after police caught "
                       "a suspect in last year's Paris terrorist attacks, which killed 130 people.",
                       "The bombings in Brussels killed 35 people.", dates=["2016-03-23", "2016-03-24"])
    assert grouped_values(claims) == [[31, 35]]


def test_a_schools_students_are_its_children_and_a_universitys_are_not():
    school = claims_of("Nineteen students and two teachers were killed at an elementary school in Texas.",
                       "Gunman kills 21 children at a school in Texas.", "Officials said 19 children died in Texas.")
    university = claims_of("Gunmen killed 142 students at the university's school of medicine in Kenya.",
                           "The attack killed 148 students in Kenya.", "The attack killed 20 children in Kenya.",
                           "Officials said 22 children died in Kenya.")
    assert [19, 19, 21] in grouped_values(school)
    assert sorted(grouped_values(university)) == [[20, 22], [142, 148]]
    college = claims_of("Gunmen abducted 317 students from the Government Girls Secondary School in Jangebe, Nigeria.",
                        "The gunmen abducted 279 children from the school, near the Government Science College, "
                        "in Nigeria.")
    assert grouped_values(college) == [[279, 317]]


def test_a_storm_called_by_two_names_is_one_storm():
    claims = claims_of("Typhoon Rai (Odette) killed 375 people in the Philippines.",
                       "Typhoon Odette killed 378 people in the Philippines.",
                       "The death toll from typhoon Rai, locally named Odette, reached 400 in the Philippines.",
                       "Typhoon Rai killed 410 people in the Philippines.")
    assert grouped_values(claims) == [[375, 378, 400, 410]]
    international = claims_of("Typhoon Pablo (international name: Bopha) killed 1,020 people in the Philippines.",
                              "Typhoon Bopha killed 906 people in the Philippines.",
                              "Typhoon Pablo killed 1,067 people in the Philippines.")
    assert grouped_values(international) == [[906, 1020, 1067]]


def test_a_storm_named_in_passing_or_in_a_comparison_is_not_the_reports():
    claims = claims_of("Floods in Texas\n\nAt least 79 people died in the floods in Texas.\n\nRescuers searched the "
                       "river banks.\n\nThe toll surpassed the 68 deaths caused by Hurricane Harvey in 2017.",
                       "The floods in Texas killed 104 people.",
                       dates=["2025-07-07", "2025-07-10"])
    assert grouped_values(claims) == [[79, 104]]
    assert document_period("The deadliest since Hurricane Katrina: Hurricane Helene kills 200\n\nIt was the deadliest "
                           "storm since Katrina, and worse than Katrina in Georgia.\n\nHelene hit Florida.") == "event: storm Helene"


def test_kinds_of_event_that_one_report_mixes_are_one_event():
    claims = claims_of("The tanker explosion in Jigawa killed 147 people. The fire left 50 people injured.",
                       "The fire in Jigawa killed 170 people.", "The explosion in Jigawa killed 153 people.")
    assert grouped_values(claims) == [[147, 153, 170]]


def test_a_past_event_that_a_which_clause_counts_is_another_event():
    claims = claims_of("The fires in Chile killed 122 people, more than the 2014 Valparaiso fire, "
                       "which left 15 people dead.",
                       "The fires in Chile killed 131 people.", dates=["2024-02-04", "2024-02-06"])
    assert grouped_values(claims) == [[122, 131]]


def test_reports_that_call_an_incident_in_one_town_a_blast_or_an_accident_are_of_one_event():
    claims = claims_of("The tanker explosion in Jigawa killed 147 people.", "The tanker accident in Jigawa killed 105 people.",
                       "A bus crash in Lagos killed 20 people.", dates=["2024-10-17", "2024-10-16", "2024-12-01"])
    assert grouped_values(claims) == [[105, 147]]


def test_an_undated_report_goes_with_the_event_whose_reports_share_its_names():
    claims = claims_of("The Morbi bridge collapse killed 135 people in India.",
                       "The Air India crash in Ahmedabad killed 260 people.",
                       "The Air India crash in Ahmedabad killed 270 people.", dates=["2022-11-01", "2025-07-09"])
    assert grouped_values(claims) == [[260, 270]]


def test_a_collapses_toll_is_counted_for_weeks():
    claims = claims_of("The building collapse in Surfside killed 18 people.",
                       "The building collapse in Surfside has killed 95 people.", dates=["2021-06-28", "2021-07-23"])
    assert grouped_values(claims) == [[18, 95]]


def test_bodies_found_so_far_are_a_part_of_a_toll_twice_their_number():
    claims = claims_of("The fire in the tower has killed 17 people. Six bodies have been recovered from the tower.",
                       "The fire in the tower has killed 30 people.", "At least 78 bodies have been recovered from the "
                       "wreck off Greece. The toll rose to 79.", "The shipwreck off Greece has killed 81 people.")
    assert sorted(grouped_values(claims)) == [[17, 30], [78, 79, 81]]


def test_a_figure_of_the_figure_after_it_is_its_part_and_the_remains_of_a_few_recovered_are_bodies_found():
    claims = claims_of("So far, the examiner has identified the remains of 85 of the 95 known victims of the collapse.",
                       "The building collapse has killed 97 people.")
    assert grouped_values(claims) == [[95, 97]]
    claims = claims_of("The blast killed 12 of 30 miners.")
    assert quantity_key(claims[0], "event: attack", claims) is None
    claims = claims_of("The landslide killed 670 people. The remains of only six people have been recovered so far.",
                       "The landslide killed 2,000 people.")
    assert grouped_values(claims) == [[670, 2000]]


def test_bodies_seen_laid_out_or_cremated_are_a_part_of_a_toll_twice_their_number_however_vague():
    claims = claims_of("The attacks in Mumbai have killed 170 people. A soldier said he had seen scores of bodies "
                       "scattered through the hotel. Till now, 34 bodies have been cremated.",
                       "The attacks in Mumbai have killed 180 people.")
    assert grouped_values(claims) == [[170, 180]]


def test_a_past_storm_in_a_report_about_another_is_not_the_reports_storm():
    text = ("Hurricane Maria killed 64 people in Puerto Rico, officials said.\n\n"
            "The Great Galveston Hurricane of 1900 killed more than 6,000 people in the United States.")
    claims = claims_of(text, "Hurricane Maria killed 2,975 people in Puerto Rico.")
    assert grouped_values(claims) == [[64, 2975]]


def test_a_tsunami_is_its_earthquakes_event():
    claims = claims_of("The earthquake in Indonesia killed 832 people.", "The tsunami in Indonesia has killed 1,200 people.",
                       dates=["2018-09-30", "2018-10-02"])
    assert grouped_values(claims) == [[832, 1200]]


@pytest.mark.parametrize("sentence, estimate", [
    ("Witnesses said the death toll from the attack could exceed 500.", True),
    ("A source said the death toll from the attack could be higher than 500.", True),
    ("The ministry said the toll from the attack could rise to 2,000.", False),
])
def test_a_toll_that_could_be_higher_estimates_the_toll_and_one_that_could_rise_forecasts(sentence, estimate):
    claim, = claims_of(sentence)
    assert (quantity_key(claim, "event: attack") is not None) == estimate


def test_a_wide_disasters_figure_for_one_town_is_a_part_and_an_attacks_town_is_where_it_happened():
    quake = claims_of("The earthquake killed 2,360 people in Nepal. In the town of Basey, 300 people died. "
                      "Thirteen people were killed when a school collapsed in a village. "
                      "The small town of Thumane, the hardest hit, had 26 people killed. Officials said 700 people "
                      "were feared dead in Gorkha City.",
                      "The earthquake killed 2,500 people in Nepal.", dates=["2015-04-27", "2015-04-28"])
    attack = claims_of("A missile hit a building in the city of Dnipro, killing at least 12 people in Ukraine. "
                       "The attack wounded 73 people and killed at least 30 in all.",
                       "The missile attack killed 40 people in Ukraine.", dates=["2023-01-14", "2023-01-15"])
    assert grouped_values(quake) == [[2360, 2500]]
    assert [12, 30, 40] in grouped_values(attack)


def test_a_figure_reported_a_day_earlier_is_no_daily_rate():
    claims = claims_of("The toll has risen to 96, officials said on Tuesday, from 91 reported a day earlier.")
    assert all(quantity_key(c, "event: flood", sentence_claims=claims) for c in claims)


def test_a_dams_failure_is_one_event_whether_called_a_flood_or_a_collapse_and_a_fire_department_is_no_fire():
    claims = claims_of("The dam collapse in Brazil killed 58 people. Officials in Brazil said the collapse killed 58.",
                       "The collapse in Brazil has killed 60 people, the state fire department said.",
                       dates=["2019-01-27", "2019-01-28"])
    assert grouped_values(claims) == [[58, 58, 60]]
    assert document_period("The fire department said the collapse killed 60 people.") == "event: crash"


def test_the_dead_of_an_events_last_hours_are_a_stretch_of_it_unless_the_toll_reaches_them():
    claims = claims_of("The floods killed 324 people in India. Officials said 33 people were killed in the "
                       "floods over the last 24 hours.",
                       "The death toll from the floods in India rose to 357 in the past 24 hours.",
                       dates=["2018-08-17", "2018-08-18"])
    assert grouped_values(claims) == [[324, 357]]
    vague = claims_of("More than 1,000 were injured after two earthquakes hit Japan in the last few days.",
                      "The earthquakes in Japan injured over 2,000 people.", dates=["2016-04-16", "2016-04-17"])
    assert grouped_values(vague) == [[1000, 2000]]


def test_one_sites_or_one_floors_dead_below_the_reports_toll_are_a_part():
    claims = claims_of("Attacks in Paris killed 130 people in France. At the Bataclan, the concert hall where 89 "
                       "people were killed, gunmen took hostages. Firefighters found 33 bodies, 11 on the second "
                       "floor and 20 on the third floor in France.",
                       "The attacks in Paris killed 129 people in France.", dates=["2015-11-15", "2015-11-14"])
    assert grouped_values(claims) == [[129, 130]]


def test_an_event_feared_after_a_disaster_is_not_the_reports_event():
    assert document_period("Floods in India\n\nThe toll climbed to 807. Officials raised fears of an epidemic "
                           "outbreak.") == "event: flood"
    assert document_period("The quake killed 300 people; mass cremations are held to prevent an epidemic "
                           "outbreak.") == "event: earthquake"


def test_a_volcanos_eruption_is_an_event_of_its_own_kind_not_an_attack():
    assert document_period("Guatemala's Fuego volcano erupted in a huge explosion, killing 25 people. Lava and "
                           "pyroclastic flows buried villages after the eruption.") == "event: eruption"


def test_a_dam_that_burst_is_a_flood():
    assert document_period("A dam burst overnight, killing 20 people; residents heard a huge explosion.") \
        == "event: flood"


def test_a_headlines_title_case_word_after_cyclone_names_no_storm():
    claims = claims_of("Myanmar Cyclone Death Toll Nears 80,000\n\nThe cyclone killed 78,000 people in Myanmar.",
                       "Cyclone Nargis killed 22,000 people in Myanmar.")
    assert grouped_values(claims) == [[22000, 78000, 80000]]


def test_in_a_wide_disaster_a_region_below_the_toll_is_a_part_unless_the_report_is_mostly_of_that_region():
    claims = claims_of("Storm Washi killed 957 people in the Philippines, officials said. In the Philippines, 49 "
                       "people are missing. At least 239 people died in Cagayan de Oro.",
                       "Storm Washi has killed 1,000 people in the Philippines.")
    assert grouped_values(claims) == [[957, 1000]]
    claims = claims_of("Floods killed 131 people in northern India. In Uttarakhand, 102 people died. Thousands "
                       "were stranded in Uttarakhand. In Uttarakhand, 73 people are missing.",
                       "The floods killed 150 people in India.")
    assert grouped_values(claims) == [[102, 131, 150]]
