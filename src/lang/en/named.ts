// English vocabulary of the named-entity engine, written by hand from wire-copy usage.

// Lowercase words inside names between capitalised words (Ludwig van Beethoven, Bashar al-Assad).
export const particles = ['de', 'da', 'di', 'del', 'della', 'dos', 'van', 'von', 'der', 'den', 'al', 'el', 'bin', 'ben', 'ibn', 'la', 'le', 'du'];

export const determiners = ['the'];

export const elisions: string[] = [];

// Capitalised words that open sentences and headlines and are no name by themselves: function
// words, pronouns, connectives, weekdays and months, and the words of headline case.
export const notNames = [
  'the', 'a', 'an', 'this', 'that', 'these', 'those', 'there', 'here', 'it', 'its', 'he', 'she', 'they', 'we', 'i', 'you', 'his', 'her', 'their', 'our', 'my', 'your',
  'who', 'what', 'when', 'where', 'why', 'how', 'which', 'while', 'if', 'but', 'and', 'or', 'so', 'yet', 'as', 'also', 'however', 'meanwhile', 'although', 'though', 'because',
  'in', 'on', 'at', 'to', 'for', 'from', 'by', 'with', 'without', 'of', 'about', 'after', 'before', 'during', 'since', 'until', 'under', 'over', 'into', 'through', 'against', 'among', 'between', 'despite',
  'according', 'following', 'including', 'last', 'next', 'first', 'second', 'third', 'new', 'other', 'another', 'some', 'many', 'most', 'more', 'all', 'both', 'each', 'every', 'no', 'not', 'yes',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'mr', 'mrs', 'ms', 'today', 'yesterday', 'tomorrow', 'now', 'then', 'still', 'even', 'only', 'just', 'once', 'again', 'currently', 'earlier', 'later', 'also', 'said', 'says', 'will', 'would', 'could', 'should',
  'is', 'are', 'was', 'were', 'be', 'been', 'has', 'have', 'had', 'do', 'does', 'did', 'can', 'may', 'might', 'must', 'one', 'two', 'three', 'four', 'five', 'ten', 'hundred', 'thousand', 'million', 'billion',
  'chief', 'officer', 'executive', 'vice', 'deputy', 'former', 'senior', 'analyst', 'sources', 'source', 'photo', 'update', 'breaking', 'news', 'report', 'reports', 'internet', 'web', 'god', 'north', 'south', 'east', 'west',
];

export const reportingVerbs = [
  'said', 'says', 'told', 'tells', 'stated', 'states', 'announced', 'announces', 'added', 'adds', 'explained', 'noted', 'notes', 'confirmed', 'admitted', 'declared', 'argued', 'claimed', 'warned', 'insisted',
  'wrote', 'writes', 'tweeted', 'replied', 'responded', 'denied', 'acknowledged', 'stressed', 'urged', 'asked', 'called', 'praised', 'criticized', 'criticised', 'predicted', 'estimated', 'reported', 'revealed', 'suggested',
  'has said', 'has announced', 'had said', 'plans', 'wants', 'expects',
];

export const placePrepositions = ['in', 'near', 'outside', 'across'];

// Phrases right before a place name: "the city of Mobile", "north of Baghdad".
export const placeCues = ['city of', 'town of', 'village of', 'province of', 'state of', 'region of', 'county of', 'north of', 'south of', 'east of', 'west of', 'capital', 'suburb of', 'outskirts of', 'based in', 'headquartered in', 'born in'];

export const orgCues = [
  'company', 'firm', 'group', 'agency', 'newspaper', 'magazine', 'website', 'site', 'network', 'channel', 'broadcaster', 'bank', 'carrier', 'airline', 'automaker', 'carmaker', 'manufacturer', 'maker', 'retailer',
  'party', 'union', 'organization', 'organisation', 'charity', 'foundation', 'university', 'institute', 'rival', 'rivals', 'competitor', 'subsidiary', 'giant', 'operator', 'supplier', 'contractor', 'blog',
];

export const orgHeads = [
  'ministry', 'department', 'office', 'agency', 'bureau', 'commission', 'committee', 'council', 'court', 'parliament', 'assembly', 'senate', 'house', 'university', 'college', 'institute', 'school', 'academy',
  'bank', 'fund', 'foundation', 'association', 'federation', 'confederation', 'union', 'league', 'organization', 'organisation', 'party', 'movement', 'front', 'alliance', 'coalition', 'authority', 'board', 'service', 'port',
];

export const lowerOrgHeads: string[] = [];

export const orgJoiners = ['and', 'of', 'for', 'of the', 'for the', 'on'];

export const orgSuffixes = [
  'Administration', 'Organization', 'Organisation', 'Federation', 'Alliance', 'Coalition', 'Society', 'Institution', 'Laboratory', 'Office', 'Service',
  'Inc', 'Incorporated', 'Corp', 'Corporation', 'Co', 'Company', 'Ltd', 'Limited', 'LLC', 'PLC', 'plc', 'AG', 'SA', 'NV', 'GmbH', 'Group', 'Holdings', 'Motors', 'Airlines', 'Airways', 'Bank', 'Research', 'Partners', 'Lines', 'Networks',
  'Council', 'Committee', 'Commission', 'Association', 'Foundation', 'Institute', 'University', 'College', 'Agency', 'Authority', 'Department', 'Ministry', 'Party', 'Union', 'Workers', 'Command', 'Force', 'Army', 'Navy',
  'News', 'Times', 'Post', 'Journal', 'Herald', 'Tribune', 'Daily', 'Magazine', 'TV', 'Radio', 'Network', 'Media', 'Press', 'Systems', 'Technologies', 'Technology', 'Software', 'Energy', 'Industries', 'Motor', 'Electric',
  'Securities', 'Capital', 'Services', 'International', 'Club', 'Team', 'Court', 'Police', 'Office', 'Board', 'Bureau', 'Center', 'Centre', 'Fund', 'Trust', 'Labs', 'Pharmaceuticals', 'Communications', 'Aerospace',
];

export const placeHeads = ['lake', 'mount', 'mt', 'cape', 'gulf', 'bay', 'island', 'islands', 'river', 'sea', 'strait', 'valley'];

// Known names that are also common words at the start of a sentence: kept there only when named elsewhere too.
export const commonWords = ['Total', 'Orange', 'Shell', 'Oracle', 'Amazon', 'Meta', 'Apple', 'Palm', 'Congress', 'Senate', 'Parliament', 'Treasury', 'Labour', 'Fed', 'Mobile', 'Reading', 'Nice', 'Bath', 'Independence', 'Wagner', 'Victoria', 'Charlotte', 'Sputnik', 'Ford'];

// A name followed by the possessive acts ("Palm's webOS"): an undecided single word becomes an organization.
export const possessive = "'s ";

// A politician's tag after the name, party letter and state (Sen. Elizabeth Warren, D-Mass.; R-Texas): no name.
export const affiliationLetters = ['D', 'R', 'I'];

// time zones (10 AM EST) are no organizations
export const notAcronyms = ['est', 'edt', 'cst', 'cdt', 'mst', 'mdt', 'pst', 'pdt', 'bst', 'cet', 'cest', 'tv', 'ok', 'ceo', 'cfo', 'coo', 'gdp', 'am', 'pm', 'gmt', 'utc', 'km', 'kg', 'mph', 'ii', 'iii', 'iv', 'vi', 'vii', 'viii', 'ix', 'xi', 'xii', 'usa', 'us', 'uk', 'hd', 'pc', 'vp', 'i', 'jr', 'sr', 'phd', 'dna', 'ai', 'it', 'faq', 'ps',
  // acronyms of common nouns, not of organizations
  'led', 'os', 'gps', 'usb', 'pdf', 'sms', 'ebit', 'ebitda', 'mro', 'hiv', 'aids', 'suv', 'atm', 'ipo', 'rpm', 'lcd', 'cd', 'dvd', 'ok', 'asap', 'fyi', 'aka', 'rip', 'diy', 'vip', 'q1', 'q2', 'mba', 'mp', 'ufo'];

export const adjectiveEndings: string[] = [];

export const institutionNouns: ReadonlyArray<readonly [string, string]> = [['presidency', 'presidency'], ['administration', 'executive']];
