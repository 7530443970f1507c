// The most frequent English function words that are not also French words (source: frequency
// lists of English news wire copy, trimmed of words shared with French such as "a", "on").
export const stopwords = [
  'the', 'of', 'and', 'to', 'in', 'is', 'that', 'for', 'it', 'with', 'as', 'was', 'he', 'she',
  'by', 'at', 'from', 'his', 'her', 'they', 'be', 'this', 'have', 'has', 'had', 'are', 'were',
  'not', 'but', 'which', 'will', 'would', 'their', 'been', 'said', 'who', 'after', 'an', 'its',
  'also', 'than', 'more', 'about', 'into', 'over', 'there', 'when', 'we', 'our',
] as const;
