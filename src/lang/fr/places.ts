// Places that the generated lists (data/countries.ts: ICU and world-countries; data/cities.ts:
// CLDR exemplar cities and French communes) do not hold: continents and world regions as French
// news names them, French regions and departments, US states and Canadian provinces in French,
// and the French exonyms of cities often in the news. Written by hand; canonical name first.
// Capitals used for their government ("Washington a annoncé", "Moscou dément") stay places, always:
// only seats (seats.ts: Kremlin, Élysée, Maison-Blanche) are organizations.
export const places: ReadonlyArray<readonly string[]> = [
  ['Europe'], ['Afrique'], ['Asie'], ['Amérique'], ['Océanie'], ['Antarctique'], ['Arctique'], ['Amérique latine'], ['Amérique du Nord'], ['Amérique du Sud'], ['Amérique centrale'],
  ['Moyen-Orient'], ['Proche-Orient'], ['Maghreb'], ['Sahel'], ['Sahara'], ['Caucase'], ['Balkans'], ['Scandinavie'], ['Sibérie'], ['Oural'], ['Crimée'], ['Donbass'],
  ['Cisjordanie'], ['Gaza', 'bande de Gaza'], ['Golan'], ['Kurdistan'], ['Tibet'], ['Xinjiang'], ['Cachemire'], ['Darfour'], ['Haut-Karabagh', 'Haut-Karabakh', 'Nagorny Karabakh', 'Karabakh', 'Karabagh'],
  ['Tchétchénie'], ['Ossétie du Sud'], ['Abkhazie'], ['Transnistrie'], ['Kosovo'], ['Pays basque'], ['Catalogne'], ['Andalousie'], ['Flandre', 'Flandres'], ['Wallonie'], ['Bavière'], ['Sicile'], ['Sardaigne'],
  ['Méditerranée'], ['Atlantique'], ['Pacifique'], ['Manche'], ['mer Noire'], ['Baltique'], ['Alpes'], ['Pyrénées'], ['Himalaya'],
  ['Île-de-France', 'Ile-de-France'], ['Bretagne'], ['Normandie'], ['Occitanie'], ['Provence-Alpes-Côte d\'Azur', 'PACA'], ['Provence'], ['Côte d\'Azur'], ['Auvergne-Rhône-Alpes'], ['Nouvelle-Aquitaine'],
  ['Grand Est'], ['Hauts-de-France'], ['Bourgogne-Franche-Comté'], ['Bourgogne'], ['Centre-Val de Loire'], ['Pays de la Loire'], ['Corse'], ['Alsace'], ['Lorraine'], ['Aquitaine'], ['Languedoc'],
  ['Guadeloupe'], ['Martinique'], ['Guyane'], ['La Réunion', 'Réunion'], ['Mayotte'], ['Nouvelle-Calédonie'], ['Polynésie française'], ['Outre-mer'],
  ['Ille-et-Vilaine'], ['Corse-du-Sud'], ['Haute-Corse'], ['Bouches-du-Rhône'], ['Seine-Saint-Denis'], ['Hauts-de-Seine'], ['Val-de-Marne'], ['Nord'], ['Pas-de-Calais'], ['Gironde'], ['Haute-Garonne'],
  ['Ain'], ['Aisne'], ['Allier'], ['Alpes-de-Haute-Provence'], ['Hautes-Alpes'], ['Ardèche'], ['Ardennes'], ['Ariège'], ['Aube'], ['Aude'], ['Aveyron'], ['Calvados'], ['Cantal'],
  ['Charente'], ['Charente-Maritime'], ['Cher'], ['Corrèze'], ["Côte-d'Or"], ['Creuse'], ['Dordogne'], ['Doubs'], ['Drôme'], ['Eure'], ['Eure-et-Loir'], ['Gers'], ['Indre'], ['Indre-et-Loire'],
  ['Jura'], ['Landes'], ['Loir-et-Cher'], ['Loire'], ['Haute-Loire'], ['Loiret'], ['Lot'], ['Lot-et-Garonne'], ['Lozère'], ['Maine-et-Loire'], ['Marne'], ['Haute-Marne'], ['Mayenne'],
  ['Meurthe-et-Moselle'], ['Meuse'], ['Nièvre'], ['Oise'], ['Orne'], ['Puy-de-Dôme'], ['Pyrénées-Atlantiques'], ['Hautes-Pyrénées'], ['Pyrénées-Orientales'], ['Haute-Saône'], ['Saône-et-Loire'],
  ['Sarthe'], ['Seine-Maritime'], ['Seine-et-Marne'], ['Yvelines'], ['Deux-Sèvres'], ['Somme'], ['Tarn'], ['Tarn-et-Garonne'], ['Vaucluse'], ['Vendée'], ['Haute-Vienne'], ['Vosges'], ['Yonne'],
  ['Territoire de Belfort'], ['Essonne'], ["Val-d'Oise"],
  ['Rhône'], ['Loire-Atlantique'], ['Finistère'], ['Morbihan'], ['Côtes-d\'Armor'], ['Var'], ['Alpes-Maritimes'], ['Hérault'], ['Gard'], ['Isère'], ['Savoie'], ['Haute-Savoie'], ['Moselle'], ['Bas-Rhin'], ['Haut-Rhin'],
  ['Californie'], ['Floride'], ['Texas'], ['Virginie'], ['Virginie-Occidentale'], ['Caroline du Nord'], ['Caroline du Sud'], ['Géorgie'], ['Pennsylvanie'], ['Ohio'], ['Michigan'], ['Wisconsin'], ['Iowa'], ['Arizona'], ['Nevada'],
  ['Colorado'], ['Minnesota'], ['Louisiane'], ['Alabama'], ['Mississippi'], ['Tennessee'], ['Kentucky'], ['Missouri'], ['Kansas'], ['Oklahoma'], ['Utah'], ['Oregon'], ['Alaska'], ['Hawaï'], ['Massachusetts'],
  ['New Hampshire'], ['New Jersey'], ['Connecticut'], ['Maryland'], ['Delaware'], ['Indiana'], ['Illinois'], ['Nebraska'], ['Dakota du Nord'], ['Dakota du Sud'], ['Montana'], ['Wyoming'], ['Idaho'], ['Nouveau-Mexique'], ['Vermont'], ['Maine'],
  ['État de New York'], ['Québec'], ['Ontario'], ['Colombie-Britannique'], ['Alberta'], ['Manitoba'], ['Nouvelle-Écosse'], ['Nouveau-Brunswick'],
  ['New York'], ['Washington'], ['Los Angeles'], ['San Francisco'], ['Chicago'], ['Boston'], ['Miami'], ['Charlotte'], ['Atlanta'], ['Houston'], ['Dallas'], ['Philadelphie'], ['La Nouvelle-Orléans'], ['Las Vegas'], ['Seattle'],
  ['Montréal'], ['Ottawa'], ['Toronto'], ['Vancouver'], ['Genève'], ['Lausanne'], ['Zurich'], ['Berne'], ['Bruxelles'], ['Anvers'], ['Liège'], ['Luxembourg'], ['Strasbourg'], ['Bâle'],
  ['Saint-Pétersbourg'], ['Kiev', 'Kyiv'], ['Kharkiv', 'Kharkov'], ['Odessa'], ['Marioupol'], ['Minsk'], ['Varsovie'], ['Cracovie'], ['Prague'], ['Vienne'], ['Budapest'], ['Bucarest'], ['Sofia'], ['Belgrade'],
  ['Athènes'], ['Rome'], ['Milan'], ['Naples'], ['Venise'], ['Florence'], ['Turin'], ['Madrid'], ['Barcelone'], ['Séville'], ['Valence'], ['Lisbonne'], ['Porto'], ['Munich'], ['Francfort'], ['Hambourg'], ['Cologne'], ['Berlin'],
  ['Édimbourg'], ['Londres'], ['Dublin'], ['Copenhague'], ['Stockholm'], ['Oslo'], ['Helsinki'], ['La Haye'], ['Amsterdam'], ['Rotterdam'],
  ['Jérusalem'], ['Tel-Aviv', 'Tel Aviv'], ['Ramallah'], ['Beyrouth'], ['Damas'], ['Alep'], ['Bagdad'], ['Mossoul'], ['Téhéran'], ['Riyad'], ['La Mecque'], ['Doha'], ['Dubaï'], ['Le Caire'], ['Alexandrie'],
  ['Tripoli'], ['Benghazi'], ['Tunis'], ['Alger'], ['Rabat'], ['Casablanca'], ['Dakar'], ['Bamako'], ['Tombouctou'], ['Gao'], ['Kidal'], ['Mopti'], ['Niamey'], ['Ouagadougou'], ['Abidjan'], ['Lagos'], ['Abuja'],
  ['Kinshasa'], ['Brazzaville'], ['Nairobi'], ['Addis-Abeba'], ['Johannesburg'], ['Le Cap'], ['Pékin'], ['Shanghai'], ['Hong Kong'], ['Taipei'], ['Tokyo'], ['Séoul'], ['Pyongyang'], ['New Delhi'], ['Bombay', 'Mumbai'],
  ['Kaboul'], ['Islamabad'], ['Karachi'], ['Bangkok'], ['Hanoï'], ['Manille'], ['Jakarta'], ['Sydney'], ['Melbourne'], ['Mexico'], ['Bogota'], ['Caracas'], ['Lima'], ['Santiago'], ['Buenos Aires'], ['Brasilia'], ['Rio de Janeiro', 'Rio'], ['São Paulo', 'Sao Paulo'],
  ['La Havane'], ['Port-au-Prince'], ['Erevan', 'Yerevan', 'Erevan'], ['Bakou'], ['Tbilissi'], ['Ankara'], ['Istanbul'], ['Moscou'], ['Villeurbanne'],
  ['États-Unis', 'Etats-Unis', 'USA'], ['Royaume-Uni', 'Grande-Bretagne', 'Angleterre'], ['Écosse', 'Ecosse'], ['Pays de Galles'], ['Irlande du Nord'], ['Hollande'], ['Birmanie'], ['Corée du Nord'], ['Corée du Sud'],
];
