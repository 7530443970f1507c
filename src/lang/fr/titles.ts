// Functions and titles that French news writes before a person's name ("le Premier ministre
// Nikol Pachinian", "M. Baupin"), lowercase; the engine also accepts them capitalised.
// Source: the usual wire-copy apposition titles (government, diplomacy, parliament, justice,
// business, the military, religion), written by hand. Dropped: "homologue" (it names no
// function) and bare nouns of kinship.
export const titles = [
  'président', 'présidente', 'président-candidat', 'vice-président', 'vice-présidente', 'président sortant',
  'premier ministre', 'première ministre', 'ministre', 'chef de la diplomatie', 'chef de l\'Etat',
  'chef du gouvernement', 'chef de l\'exécutif', 'chancelier', 'chancelière', 'secrétaire d\'Etat',
  'secrétaire général', 'secrétaire générale', 'secrétaire national', 'porte-parole', 'ambassadeur', 'ambassadrice',
  'émissaire', 'envoyé spécial', 'médiateur', 'commissaire européen', 'commissaire', 'haut représentant',
  'roi', 'reine', 'prince', 'princesse', 'émir', 'cheikh', 'sultan', 'pape', 'prophète', 'cardinal', 'archevêque', 'évêque', 'imam', 'rabbin', 'grand rabbin',
  'député', 'députée', 'sénateur', 'sénatrice', 'eurodéputé', 'eurodéputée', 'maire', 'adjoint au maire', 'préfet', 'préfète', 'gouverneur', 'gouverneure',
  'conseiller', 'conseillère', 'élu', 'élue', 'candidat', 'candidate', 'leader', 'dirigeant', 'dirigeante', 'opposant', 'opposante',
  'juge', 'procureur', 'procureure', 'procureur général', 'avocat', 'avocate', 'avocat général', 'bâtonnier', 'ancien bâtonnier', 'magistrat',
  'directeur', 'directrice', 'directeur général', 'directrice générale', 'pdg', 'p-dg', 'patron', 'patronne', 'fondateur', 'fondatrice',
  'administrateur', 'responsable', 'délégué', 'déléguée', 'syndicaliste', 'militant', 'militante', 'économiste', 'analyste', 'chercheur', 'chercheuse',
  'professeur', 'professeure', 'docteur', 'général', 'généralissime', 'colonel', 'commandant', 'capitaine', 'lieutenant', 'amiral', 'maréchal', 'sergent',
  'photographe', 'journaliste', 'écrivain', 'écrivaine', 'auteur', 'acteur', 'actrice', 'chanteur', 'chanteuse', 'entraîneur', 'sélectionneur', 'graphiste',
];

// Titles of courtesy: they introduce a name but are no function.
export const honorifics = ['M.', 'MM.', 'Mme', 'Mmes', 'Mlle', 'Me', 'Mgr', 'Dr', 'Pr'];

// Words that tie a title to its complement ("ministre de la Défense", "président du groupe UMP").
export const connectors = ['de', 'du', 'des', 'de la', "de l'", "d'", 'aux', 'à la', 'au'];
// Connectors after which two capitalised words name one body ("porte-parole de Northern Power"):
// an article or an elision is followed by a one-word complement and maybe a surname ("ministre
// de l'Intérieur Darmanin", "secrétaire d'Etat Beaune").
export const nameConnectors = ['de'];
