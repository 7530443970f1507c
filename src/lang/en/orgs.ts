// Organizations known by the same name in French and English news: agencies, media, companies,
// websites, international bodies under their English acronyms. Canonical name first, then variants.
// Source: written by hand from the organizations most cited in international wire copy; only
// names that are not ordinary words (no "Apple" alone? kept: it is capitalised mid-sentence only
// as the company). Dropped: brand names that are common first names or places.
export const worldOrgs: ReadonlyArray<readonly string[]> = [
  ['AFP', 'Agence France-Presse', 'Agence France Presse'], ['Reuters'], ['Associated Press', 'AP'], ['TASS', 'Itar-Tass'], ['RIA Novosti'],
  ['Interfax'], ['Xinhua', 'Chine nouvelle'], ['ANSA'], ['DPA'], ['EFE'], ['Kyodo'], ['Yonhap'], ['Anadolu'], ['IRNA'], ['Sputnik'], ['RT', 'Russia Today'],
  ['BBC'], ['CNN'], ['Fox News'], ['NBC'], ['CBS'], ['ABC News'], ['MSNBC'], ['Bloomberg'], ['Al Jazeera', 'Al-Jazeera'], ['Al Arabiya'], ['Euronews'],
  ['New York Times'], ['Washington Post'], ['Wall Street Journal'], ['Financial Times'], ['The Guardian', 'Guardian'], ['The Times'], ['The Economist'],
  ['Der Spiegel', 'Spiegel'], ['El País'], ['El Mundo'], ['Corriere della Sera'], ['La Repubblica'], ['Politico'], ['Axios'], ['USA Today'], ['TechCrunch'],
  ['Twitter'], ['Facebook'], ['YouTube'], ['Instagram'], ['TikTok'], ['WhatsApp'], ['Telegram'], ['LinkedIn'], ['Wikipedia', 'Wikipédia'], ['Wikimedia Foundation'],
  ['Google'], ['Apple'], ['Microsoft'], ['Amazon'], ['Meta'], ['IBM'], ['Intel'], ['Samsung'], ['Sony'], ['Nokia'], ['Huawei'], ['Alibaba'], ['Tesla'], ['SpaceX'],
  ['Netflix'], ['Uber'], ['Yahoo'], ['Oracle'], ['Verizon'], ['AT&T'], ['Vodafone'], ['OpenAI'], ['Nvidia'],
  ['Boeing'], ['Airbus'], ['EADS'], ['Lockheed Martin', 'Lockheed'], ['Northrop Grumman', 'Northrop'], ['Raytheon'], ['Sikorsky'], ['Dassault', 'Dassault Aviation'], ['Thales'], ['Safran'],
  ['General Motors', 'GM'], ['Ford Motor Company', 'Ford Motor Co', 'Ford Motor'], ['Chrysler'], ['Fiat'], ['Toyota'], ['Volkswagen', 'VW'], ['Renault'], ['Peugeot'], ['PSA'], ['Stellantis'], ['Nissan'], ['Honda'], ['BMW'], ['Daimler'], ['Mercedes-Benz'],
  ['ExxonMobil', 'Exxon'], ['Shell'], ['BP'], ['Gazprom'], ['Rosneft'], ['TotalEnergies'], ['Chevron'],
  ['FIFA'], ['UEFA'], ['International Olympic Committee', 'IOC', 'Comité international olympique', 'CIO'], ['World Anti-Doping Agency', 'WADA', 'Agence mondiale antidopage', 'AMA'],
  ['Nasdaq'], ['New York Stock Exchange', 'NYSE'], ['Euronext'], ['London Stock Exchange'],
  ['Goldman Sachs'], ['JPMorgan', 'JP Morgan'], ['Morgan Stanley'], ['UBS'], ['Credit Suisse'], ['Deutsche Bank'], ['HSBC'], ['Barclays'], ['BNP Paribas'], ['Société générale'], ['Crédit agricole'],
  ["Moody's"], ["Standard & Poor's", 'S&P'], ['Fitch', 'Fitch Ratings'],
  ['United Nations', 'UN', 'ONU', 'Nations unies', 'Organisation des Nations unies'], ['NATO', 'OTAN'], ['European Union', 'EU', 'UE', 'Union européenne'],
  ['OSCE'], ['UNESCO'], ['UNICEF'], ['World Health Organization', 'WHO', 'OMS', 'Organisation mondiale de la santé'], ['International Monetary Fund', 'IMF', 'FMI', 'Fonds monétaire international'],
  ['World Bank', 'Banque mondiale'], ['OECD', 'OCDE'], ['World Trade Organization', 'WTO', 'OMC', 'Organisation mondiale du commerce'], ['CERN'], ['IAEA', 'AIEA', 'Agence internationale de l\'énergie atomique'],
  ['Interpol'], ['Europol'], ['OPEC', 'OPEP'], ['ECOWAS', 'CEDEAO'], ['African Union', 'Union africaine', 'UA'], ['Arab League', 'Ligue arabe'], ['ASEAN'], ['G7'], ['G8'], ['G20'],
  ['European Central Bank', 'ECB', 'BCE', 'Banque centrale européenne'], ['European Commission', 'Commission européenne'], ['European Parliament', 'Parlement européen'], ['European Council', 'Conseil européen'],
  ['International Criminal Court', 'ICC', 'CPI', 'Cour pénale internationale'], ['Security Council', 'Conseil de sécurité', 'UN Security Council'], ['UNHCR', 'HCR'],
  ['Red Cross', 'Croix-Rouge', 'ICRC', 'CICR'], ['Amnesty International', 'Amnesty'], ['Human Rights Watch', 'HRW'], ['Greenpeace'], ['Médecins sans frontières', 'MSF'], ['Reporters sans frontières', 'RSF'],
  ['Hamas'], ['Hezbollah'], ['Taliban', 'Talibans'], ['Al-Qaïda', 'Al-Qaida', 'Al Qaeda', 'al-Qaeda'], ['Boko Haram'], ['Wagner'],
];

// Institutions of English-speaking countries and English names of institutions.
export const orgs: ReadonlyArray<readonly string[]> = [
  ['Congress'], ['Senate'], ['House of Representatives'], ['Supreme Court'], ['FBI'], ['CIA'], ['NSA'], ['NASA'], ['State Department'], ['Justice Department'],
  ['Department of Defense'], ['Department of Homeland Security'], ['U.S. Treasury', 'Treasury', 'Treasury Department'], ['Federal Reserve', 'Fed'], ['SEC'], ['FDA'], ['EPA'],
  ['Democratic Party', 'Democrats'], ['Republican Party', 'GOP', 'Republicans'], ['Labour Party', 'Labour'], ['Conservative Party', 'Tories'], ['Liberal Democrats'],
  ['Parliament'], ['House of Commons'], ['House of Lords'], ['Scotland Yard'], ['Bank of England'], ['NHS'], ['United States Air Force', 'USAF', 'U.S. Air Force', 'Air Force'],
  ['United Auto Workers', 'UAW'], ['Canadian Auto Workers', 'CAW'], ['AFL-CIO'], ['Teamsters'],
];
