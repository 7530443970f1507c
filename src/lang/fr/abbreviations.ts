// Abbreviations that French news writes with a period that does not end the sentence.
// Single capital initials (J.-Y., M.) are handled by the segmenter itself.
export const abbreviations = [
  'Mme', 'Mmes', 'MM', 'Mlle', 'Mlles', 'Me', 'Mgr', 'Dr', 'Pr', 'St', 'Ste', 'av', 'bd', 'boul',
  'p', 'ex', 'p. ex', 'cf', 'env', 'hab', 'janv', 'févr', 'fév', 'avr', 'juil', 'oct',
  'nov', 'déc', 'n°', 'chap', 'al', 'Cie', 'Éd', 'éd', 'Ed', 'gén', 'Gal',
  'Lt', 'Cdt', 'Col', 'Sgt', 'vs', 'ca', 'c.-à-d', 'c-à-d', 'réf', 'tél',
] as const;
