// Places that the generated lists (data/countries.ts, data/cities.ts) do not hold, under their
// English names: continents and regions, US states, Canadian provinces, UK nations, and cities often
// in the news, and the planets of space news (Earth, Mars). Written by hand; canonical name first,
// then variants and abbreviations.
export const places: ReadonlyArray<readonly string[]> = [
  ['United States', 'U.S.', 'US', 'USA', 'U.S.A.', 'America'], ['United Kingdom', 'UK', 'U.K.', 'Britain', 'Great Britain'], ['England'], ['Scotland'], ['Wales'], ['Northern Ireland'],
  ['Europe'], ['Africa'], ['Asia'], ['North America'], ['South America'], ['Latin America'], ['Central America'], ['Middle East'], ['Far East'], ['Oceania'], ['Antarctica'], ['Arctic'], ['Caribbean'],
  ['Earth'], ['Mars'], ['Moon'], ['Asia Pacific', 'Asia-Pacific'], ['Pacific'], ['Atlantic'], ['Mediterranean'], ['Balkans'], ['Scandinavia'], ['Siberia'], ['Caucasus'], ['Sahel'], ['Gaza', 'Gaza Strip'], ['West Bank'], ['Crimea'], ['Donbas'], ['Kashmir'], ['Tibet'],
  ['Alabama'], ['Alaska'], ['Arizona'], ['Arkansas'], ['California'], ['Colorado'], ['Connecticut'], ['Delaware'], ['Florida'], ['Georgia'], ['Hawaii'], ['Idaho'], ['Illinois'], ['Indiana'], ['Iowa'], ['Kansas'],
  ['Kentucky'], ['Louisiana'], ['Maine'], ['Maryland'], ['Massachusetts'], ['Michigan'], ['Minnesota'], ['Mississippi'], ['Missouri'], ['Montana'], ['Nebraska'], ['Nevada'], ['New Hampshire'], ['New Jersey'],
  ['New Mexico'], ['New York'], ['North Carolina'], ['North Dakota'], ['Ohio'], ['Oklahoma'], ['Oregon'], ['Pennsylvania'], ['Rhode Island'], ['South Carolina'], ['South Dakota'], ['Tennessee'], ['Texas'], ['Utah'],
  ['Vermont'], ['Virginia'], ['Washington'], ['West Virginia'], ['Wisconsin'], ['Wyoming'], ['District of Columbia', 'D.C.'],
  ['Ontario'], ['Quebec'], ['British Columbia'], ['Alberta'], ['Manitoba'], ['Saskatchewan'], ['Nova Scotia'], ['New Brunswick'], ['Newfoundland'],
  ['Los Angeles'], ['San Francisco'], ['San Diego'], ['Chicago'], ['Boston'], ['Miami'], ['Atlanta'], ['Houston'], ['Dallas'], ['Philadelphia'], ['Seattle'], ['Detroit'], ['Las Vegas'], ['New Orleans'], ['St. Louis', 'Saint Louis'],
  ['Baltimore'], ['Pittsburgh'], ['Cleveland'], ['Cincinnati'], ['Columbus'], ['Nashville'], ['Memphis'], ['Denver'], ['Phoenix'], ['Portland'], ['Minneapolis'], ['Milwaukee'], ['Kansas City'], ['Oklahoma City'], ['Charlotte'], ['Brooklyn'], ['Manhattan'], ['Silicon Valley'], ['Wall Street'],
  ['Toronto'], ['Montreal'], ['Ottawa'], ['Vancouver'], ['London'], ['Manchester'], ['Birmingham'], ['Liverpool'], ['Edinburgh'], ['Glasgow'], ['Belfast'], ['Paris'], ['Toulouse'], ['Marseille'], ['Lyon'],
  ['Berlin'], ['Munich'], ['Frankfurt'], ['Hamburg'], ['Rome'], ['Milan'], ['Madrid'], ['Barcelona'], ['Lisbon'], ['Brussels'], ['Geneva'], ['Zurich'], ['Vienna'], ['Warsaw'], ['Prague'], ['Moscow'], ['Kyiv', 'Kiev'],
  ['Beijing'], ['Shanghai'], ['Hong Kong'], ['Tokyo'], ['Seoul'], ['Delhi', 'New Delhi'], ['Mumbai', 'Bombay'], ['Jerusalem'], ['Tel Aviv'], ['Cairo'], ['Baghdad'], ['Tehran'], ['Kabul'], ['Sydney'], ['Melbourne'],
];
