// Institutions named after their seat in English news ("the White House said", "the Kremlin"), with
// their country and the nouns they stand for ("the Russian presidency" → Kremlin). Written by hand.
import type { Seat } from '../../entities/named/types.js';

export const seats: readonly Seat[] = [
  { names: ['White House'], country: 'US', stands: ['presidency', 'executive'] },
  { names: ['Kremlin'], country: 'RU', stands: ['presidency', 'executive'] },
  { names: ['Elysee', 'Élysée', 'Elysée', 'Elysee Palace'], country: 'FR', stands: ['presidency', 'executive'] },
  { names: ['Downing Street', 'Number 10'], country: 'GB', stands: ['executive'] },
  { names: ['Pentagon'], country: 'US', stands: [] },
  { names: ['State Department'], country: 'US', stands: [] },
  { names: ['Foreign Office'], country: 'GB', stands: [] },
  { names: ['Quai d\'Orsay'], country: 'FR', stands: [] },
  { names: ['Matignon'], country: 'FR', stands: [] },
  { names: ['Berlaymont'], country: 'EU', stands: [] },
  { names: ['Zhongnanhai'], country: 'CN', stands: [] },
  { names: ['Blue House'], country: 'KR', stands: [] },
];
