// Functions and titles that English news writes before a person's name ("President Barack Obama",
// "UBS analyst David Strauss", "Sen. Patty Murray"), lowercase; capitalised forms match too.
// Source: common English wire-copy titles and their AP-style abbreviations, written by hand.
export const titles = [
  'president', 'vice president', 'prime minister', 'minister', 'foreign minister', 'defense minister', 'defence minister', 'finance minister', 'secretary', 'secretary of state',
  'secretary-general', 'secretary general', 'chancellor', 'senator', 'sen.', 'sen', 'representative', 'rep.', 'rep', 'congressman', 'congresswoman', 'governor', 'gov.', 'gov', 'mayor', 'lawmaker',
  'king', 'queen', 'prince', 'princess', 'pope', 'cardinal', 'archbishop', 'bishop', 'rabbi', 'imam', 'sheikh', 'emir', 'ambassador', 'envoy', 'commissioner', 'spokesman', 'spokeswoman', 'spokesperson',
  'judge', 'justice', 'chief justice', 'prosecutor', 'attorney', 'attorney general', 'lawyer', 'general', 'gen.', 'gen', 'colonel', 'col.', 'major', 'maj.', 'captain', 'capt.', 'lieutenant', 'lt.', 'admiral', 'adm.', 'sergeant', 'sgt.',
  'ceo', 'chief executive', 'chief executive officer', 'chairman', 'chairwoman', 'chair', 'chairperson', 'executive chairman', 'founder', 'co-founder', 'director', 'executive director', 'managing director', 'manager',
  'analyst', 'economist', 'researcher', 'professor', 'prof.', 'doctor', 'lord', 'lady', 'reverend', 'rev.',
  'coach', 'manager', 'striker', 'actor', 'actress', 'singer', 'author', 'writer', 'journalist', 'reporter', 'photographer', 'leader', 'opposition leader', 'candidate', 'activist', 'president-elect',
];

// Titles of courtesy: they introduce a name but are no function.
export const honorifics = ['Mr.', 'Mrs.', 'Ms.', 'Dr.', 'Mr', 'Mrs', 'Ms', 'Dr', 'Sir', 'Dame'];

// Words that tie a title to its complement ("Minister of Industry", "President of the United States").
export const connectors = ['of', 'of the', 'for', 'for the'];
// Connectors after which two capitalised words name one body ("a spokeswoman for Northern Power"),
// where "of" may well be followed by a one-word complement and a surname ("Secretary of State Blinken").
export const nameConnectors = ['for'];
