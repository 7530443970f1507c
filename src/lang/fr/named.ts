// French vocabulary of the named-entity engine, written by hand from wire-copy usage.
// Each list says what it is for; the engine in src/entities/named/ reads it as data.

// Lowercase words found inside names between capitalised words (María Dolores de Cospedal,
// Bachar al-Assad, Oussama ben Laden, Ursula von der Leyen).
export const particles = ['de', 'du', 'des', 'del', 'della', 'di', 'da', 'do', 'dos', 'das', 'van', 'von', 'der', 'den', 'ter', 'al', 'el', 'ben', 'bin', 'ibn', 'ould', 'abu', 'y', 'e', 'la', 'le', "d'"];

export const determiners = ['le', 'la', 'les', "l'"];

// Elided words before a vowel: l'Arménie, d'Erevan, qu'Emmanuel.
export const elisions = ['l', 'd', 'qu', 'n', 's', 'j', 'm', 't', 'c', 'jusqu', 'lorsqu', 'puisqu'];

// Capitalised words that open sentences, titles and headlines and are no name by themselves.
// Source: the French function words, adverbs and connectives that open sentences in news copy,
// plus weekdays and months (dates are handled elsewhere).
export const notNames = [
  'le', 'la', 'les', 'l', 'un', 'une', 'des', 'du', 'de', 'd', 'au', 'aux', 'ce', 'cet', 'cette', 'ces', 'son', 'sa', 'ses', 'leur', 'leurs',
  'il', 'elle', 'ils', 'elles', 'on', 'nous', 'vous', 'je', 'tu', 'qui', 'que', 'quoi', 'dont', 'où', 'quand', 'comment', 'pourquoi', 'combien',
  'et', 'ou', 'mais', 'donc', 'or', 'ni', 'car', 'si', 'comme', 'puis', 'ainsi', 'alors', 'aussi', 'enfin', 'pourtant', 'cependant', 'toutefois',
  'néanmoins', 'désormais', 'ailleurs', 'parallèlement', 'outre', 'déjà', 'encore', 'toujours', 'jamais', 'aujourd', 'hui', 'hier', 'demain',
  'par', 'pour', 'sans', 'sous', 'sur', 'vers', 'chez', 'avec', 'selon', 'dès', 'depuis', 'pendant', 'durant', 'avant', 'après', 'entre', 'contre', 'malgré',
  'parmi', 'lors', 'dans', 'en', 'à', 'a', 'y', 'compte', 'tenu', 'face', 'suite', 'grâce', 'afin', 'près', 'loin', 'autour', 'auprès', 'concernant',
  'tout', 'tous', 'toute', 'toutes', 'aucun', 'aucune', 'chaque', 'plusieurs', 'certains', 'certaines', 'autre', 'autres', 'même', 'mêmes', 'tel', 'telle',
  'plus', 'moins', 'très', 'trop', 'peu', 'beaucoup', 'bien', 'mal', 'non', 'oui', 'voici', 'voilà', 'c', 'ça', 'cela', 'ceci', 'celui', 'celle', 'ceux',
  'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche', 'janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août',
  'septembre', 'octobre', 'novembre', 'décembre', 'photo', 'vidéo', 'lire', 'voir', 'source', 'sources', 'copyright', 'mise', 'jour', 'article',
  'etat', 'état', 'etats', 'gouvernement', 'république', 'dieu', 'internet', 'web', 'nord', 'sud', 'est', 'ouest', 'premier', 'première', 'deuxième',
  'ancien', 'ancienne', 'nouveau', 'nouvelle', 'grand', 'grande', 'petit', 'petite', 'jeune', 'seul', 'seule', 'fin', 'début', 'mi',
  'monsieur', 'madame', 'mademoiselle', 'messieurs', 'mesdames', 'cher', 'chers', 'chère', 'merci', 'bonjour', 'euro', 'euros', 'dollar', 'dollars',
];

// Verb phrases that follow a speaker: "Manuel Valls a déclaré", "Poutine estime".
export const reportingVerbs = [
  'a déclaré', 'a dit', 'a indiqué', 'a affirmé', 'a annoncé', 'a précisé', 'a expliqué', 'a souligné', 'a ajouté', 'a estimé', 'a assuré', 'a rappelé',
  'a reconnu', 'a confirmé', 'a démenti', 'a dénoncé', 'a répondu', 'a réagi', 'a lancé', 'a insisté', 'a martelé', 'a jugé', 'a averti', 'a prévenu',
  'a confié', 'a raconté', 'a écrit', 'a tweeté', 'a twitté', 'a déploré', 'a regretté', 'a salué', 'a promis', 'a demandé', 'a exhorté', 'a appelé',
  'a fait savoir', 'a conclu', 'a dévoilé', 'a révélé', 'a admis', 'a nié', 'a qualifié', 'a critiqué', 'a accusé', 'a menacé', 'a signé', 'a rencontré',
  's\'est entretenu', 's\'est entretenue', 's\'est félicité', 's\'est félicitée', 's\'est dit', 's\'est dite', 'avait déclaré', 'avait indiqué',
  'déclare', 'dit', 'indique', 'affirme', 'annonce', 'précise', 'explique', 'souligne', 'ajoute', 'estime', 'assure', 'rappelle', 'reconnaît', 'confirme',
  'dément', 'dénonce', 'répond', 'juge', 'avertit', 'prévient', 'raconte', 'écrit', 'déplore', 'regrette', 'salue', 'promet', 'demande', 'insiste', 'martèle',
  'doit', 'veut', 'souhaite',
];

// Words right before a place name: "à Moscou", "en Corse", "au Mali", "aux États-Unis".
export const placePrepositions = ['à', 'en', 'au', 'aux', 'depuis', 'vers', 'via'];

// Phrases right before a place name: "dans le sud du Kouzbass", "la ville de Gao", "près de Lyon".
export const placeCues = [
  'nord de', 'nord du', "nord de l'", 'sud de', 'sud du', "sud de l'", 'est de', 'est du', 'ouest de', 'ouest du', 'centre de', 'centre du', 'nord-est de', 'nord-ouest de', 'sud-est de', 'sud-ouest de',
  'ville de', 'village de', 'commune de', 'localité de', 'région de', 'région du', 'province de', 'province du', 'département de', 'département du', 'quartier de', 'banlieue de',
  'capitale', 'près de', 'non loin de', 'environs de', 'périphérie de', 'préfecture de', 'île de', 'vallée de', 'vallée du', 'cité de', 'à destination de', 'en provenance de', 'originaire de', 'habitants de',
];

// Nouns and phrases right before an organization's name: "l'agence Moody's", "le quotidien Le Figaro".
export const orgCues = [
  'agence', 'agence de presse', "l'agence", 'groupe', 'société', 'entreprise', 'firme', 'compagnie', 'constructeur', 'opérateur', 'banque', 'assureur',
  'quotidien', 'journal', 'hebdomadaire', 'magazine', 'mensuel', 'site', 'site internet', 'chaîne', 'radio', 'télévision', 'station', 'réseau social',
  'parti', 'syndicat', 'association', 'organisation', 'ong', 'fondation', 'mouvement', 'collectif', 'club', 'école', 'université', 'institut', 'laboratoire',
  'groupe islamiste', 'groupe armé', 'organisation islamique', 'mouvement islamiste', 'rebelles du', 'fédération', 'confédération', 'fabricant', 'géant',
];

// First words of organization names: "Cour pénale internationale", "ministère de l'Intérieur".
export const orgHeads = [
  'ministère', 'commission', 'conseil', 'cour', 'tribunal', 'parquet', 'assemblée', 'sénat', 'parlement', 'gouvernement', 'préfecture',
  'agence', 'autorité', 'office', 'institut', 'université', 'école', 'académie', 'fondation', 'association', 'fédération', 'confédération',
  'union', 'ligue', 'organisation', 'comité', 'communauté', 'mouvement', 'parti', 'front', 'rassemblement', 'alliance', 'coalition', 'syndicat',
  'banque', 'caisse', 'société', 'compagnie', 'groupe', 'centre', 'observatoire', 'haut-commissariat', 'direction', 'service', 'brigade', 'police',
  'armée', 'forces', 'gendarmerie', 'garde', 'bourse', 'chambre',
];

// Lowercase first words of organization names, which need a capitalised complement (ministère de
// l'Intérieur, préfecture du Var, tribunal correctionnel de Lyon, cour d'appel de Paris).
export const lowerOrgHeads = ['ministère', 'secrétariat', 'préfecture', 'tribunal', 'parquet', 'mairie', 'conseil', 'cour', 'université'];

// Words that join two capitalised runs into one organization's name ending on a suffix.
export const orgJoiners = ['et', 'de', 'des', 'du', "d'", 'de la', "de l'", 'pour'];

// Last words of organization names: "Wikimedia Foundation", "BFM TV", "Renault SA".
export const orgSuffixes = ['SA', 'SAS', 'SARL', 'Inc', 'Ltd', 'Corp', 'Group', 'Groupe', 'TV', 'Foundation', 'Council', 'News', 'Press', 'Airlines', 'Motors', 'Bank', 'Holding', 'Technologies', 'Telecom', 'Média', 'Médias', 'Presse', 'Info', 'Radio'];

// First words of place names with a lowercase or generic head, before a name or a connector and a
// name: "îles Sanguinaires", "mont Blanc", "massif des Maures", and the streets, squares and districts
// of addresses ("rue de Rivoli", "place de la République", "quartier des Tilleuls", "hameau des Pins").
export const placeHeads = ['île', 'îles', 'mont', 'monts', 'lac', 'golfe', 'mer', 'cap', 'détroit', 'vallée', 'plateau', 'massif', 'canal', 'fleuve', 'rivière', 'péninsule', 'presqu\'île', 'archipel', 'baie',
  'rue', 'avenue', 'boulevard', 'place', 'quai', 'impasse', 'allée', 'square', 'esplanade', 'quartier', 'hameau', 'faubourg', 'cité', 'pont', 'col', 'forêt', 'plaine', 'port'];

// Known names that are also common words, capitalised at the start of a sentence: "Total : 45 morts",
// "Libération des otages", "Renaissance d'un quartier". Kept there only when named elsewhere too.
export const commonWords = ['Total', 'Orange', 'Renaissance', 'Réunion', 'Maurice', 'Union', 'Libération', 'Marianne', 'Sénat', 'Congrès', 'Parlement', 'Assemblée', 'Croix-Rouge', 'Meta', 'Amazon', 'Shell', 'Oracle', 'Wagner', 'Europe', 'Nord', 'Manche', 'Var', 'Gard', 'Rhône', 'Loire', 'Lot', 'Somme', 'Cher', 'Aube', 'Ain', 'Landes', 'Vienne', 'Marne', 'Fed', 'Arte', 'Sputnik', 'Mobile', 'Charlotte', 'Florence', 'Victoria', 'Nancy', 'Lorient', 'Orient', 'Provence'];

// French has no possessive ending.
export const possessive = '';

// French copy does not tag politicians with a party letter (D-Mass.).
export const affiliationLetters: readonly string[] = [];

// All-capital words that are no organization by themselves.
export const notAcronyms = ['tv', 'ok', 'pib', 'sms', 'usa', 'ue', 'pc', 'ii', 'iii', 'iv', 'vi', 'vii', 'viii', 'ix', 'xi', 'xii', 'xx', 'xxi', 'am', 'pm', 'gmt', 'utc', 'km', 'kg', 'cm', 'mm', 'ko', 'mo', 'go', 'hd', 'ht', 'ttc',
  // acronyms of common nouns, not of organizations
  'ong', 'btp', 'adn', 'smic', 'tva', 'ogm', 'sdf', 'hlm', 'rer', 'tgv', 'vih', 'sida', 'pme', 'tpe', 'cdi', 'cdd', 'rsa', 'ivg', 'pma', 'qg', 'jo', 'bd', 'dg', 'pdg', 'drh', 'os', 'led', 'gps', 'usb',
  'pdf', 'sms', 'mms', 'nb', 'cv', 'rdv', 'vtc', 'suv', '4x4', 'ovni', 'bac', 'bts', 'cap', 'pv', 'ttc', 'ht', 'cqfd', 'ndlr', 'etc'];

// Endings of adjectives that may follow an organization's head (Cour pénale internationale,
// Commission européenne, Assemblée nationale, Conseil constitutionnel).
export const adjectiveEndings = ['ale', 'al', 'aux', 'ales', 'elle', 'el', 'elles', 'els', 'ique', 'iques', 'aire', 'aires', 'ienne', 'ien', 'éenne', 'éen', 'ais', 'aise', 'if', 'ive', 'ifs', 'ives', 'é', 'ée', 'és', 'ées', 'eur', 'rice', 'ier', 'ière', 'ois', 'oise', 'ain', 'aine', 'in', 'ine', 'ste'];

// Institutional nouns followed by a demonym, and what they stand for (la présidence russe → Kremlin).
export const institutionNouns: ReadonlyArray<readonly [string, string]> = [
  ['présidence', 'presidency'], ['exécutif', 'executive'], ['diplomatie', 'diplomacy'],
];
