// The most frequent French function words that are not also English words; chosen so that
// scoring a text by them separates French from English news (source: frequency lists of
// French news wire copy, trimmed of words shared with English such as "a", "on", "est").
export const stopwords = [
  'le', 'la', 'les', 'des', 'du', 'de', 'et', 'un', 'une', 'dans', 'pour', 'que', 'qui', 'sur',
  'par', 'au', 'aux', 'avec', 'ce', 'cette', 'ces', 'il', 'elle', 'ils', 'elles', 'nous', 'vous',
  'sont', 'été', 'être', 'mais', 'ou', 'où', 'leur', 'leurs', 'son', 'sa', 'ses', 'selon', 'aussi',
  'après', 'entre', 'plus', 'lors', 'déjà', 'très', 'avait', 'ont', 'était', 'sans', 'contre',
] as const;
