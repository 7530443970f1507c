// Abbreviations that English news writes with a period that does not end the sentence.
// Single capital initials (U.S., J.) are handled by the segmenter itself.
export const abbreviations = [
  'Mr', 'Mrs', 'Ms', 'Dr', 'Prof', 'Sen', 'Rep', 'Gov', 'Lt', 'Gen', 'Col', 'Capt', 'Sgt', 'Cmdr',
  'Adm', 'Maj', 'Rev', 'Hon', 'Pres', 'St', 'Mt', 'Ft', 'Jr', 'Sr', 'Inc', 'Corp', 'Co', 'Ltd',
  'Bros', 'Jan', 'Feb', 'Mar', 'Apr', 'Jun', 'Jul', 'Aug', 'Sep', 'Sept', 'Oct', 'Nov', 'Dec',
  'No', 'Nos', 'vs', 'approx', 'dept', 'Dept', 'Ave', 'Blvd', 'e.g', 'i.e', 'et al', 'cf',
] as const;
