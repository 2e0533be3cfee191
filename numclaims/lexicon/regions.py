"""First-level regions of the gazetteer's countries: states, provinces, prefectures,
governorates.  Written by tools/gazetteer.py from ISO 3166-2 (pycountry 26.2.16); do not
edit: the hand-made table in places.py comes first, and a wrong name goes into the writer's
NOT_PLACES.  Each line as in places.py: name (country): other spellings; the countries the
hand-made table lacks come first, with no country after them."""

REGIONS = """
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
Rio San Juan (Nicaragua):
Rio de Janeiro (Brazil):
Risaralda (Colombia):
Riscani (Moldova):
River Cess (Liberia):
River Gee (Liberia):
River Nile (Sudan):
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
"""
