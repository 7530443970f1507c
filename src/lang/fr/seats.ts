// Institutions named after their seat, which news writes for a country's executive ("le Kremlin a
// indiqué", "selon l'Élysée"), with the country they belong to and the institutional nouns they
// stand for, so that "la présidence russe" or "l'exécutif russe" are tied to the Kremlin through the
// demonym "russe" (→ RU). Written by hand; canonical name first, then the spellings in use.
import type { Seat } from '../../entities/named/types.js';

export const seats: readonly Seat[] = [
  { names: ['Kremlin'], country: 'RU', stands: ['presidency', 'executive'] },
  { names: ['Élysée', 'Elysée', 'Elysee', "palais de l'Élysée", "palais de l'Elysée"], country: 'FR', stands: ['presidency', 'executive'] },
  { names: ['Matignon'], country: 'FR', stands: [] },
  { names: ["Quai d'Orsay"], country: 'FR', stands: ['diplomacy'] },
  { names: ['Maison-Blanche', 'Maison Blanche'], country: 'US', stands: ['presidency', 'executive'] },
  { names: ['Département d\'État', "Département d'Etat"], country: 'US', stands: ['diplomacy'] },
  { names: ['Downing Street'], country: 'GB', stands: ['executive'] },
  { names: ['Foreign Office'], country: 'GB', stands: ['diplomacy'] },
  { names: ['Berlaymont'], country: 'EU', stands: [] },
  { names: ['Chancellerie'], country: 'DE', stands: [] },
  { names: ['Quirinal'], country: 'IT', stands: ['presidency'] },
  { names: ['Palais Chigi'], country: 'IT', stands: ['executive'] },
  { names: ['Zhongnanhai'], country: 'CN', stands: [] },
  { names: ['Pentagone'], country: 'US', stands: [] },
  { names: ['Bercy'], country: 'FR', stands: [] },
  { names: ['Place Beauvau', 'Beauvau'], country: 'FR', stands: [] },
];
