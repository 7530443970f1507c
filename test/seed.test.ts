/** The user's reference article (seeds/): what the issues say it must give. */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { analyze } from '../src/index.js';

const text = readFileSync(new URL('../seeds/000_c58905612c727a33.txt', import.meta.url), 'utf8');
const { quotes, entities, date } = analyze(text);

describe('seed article: quotes', () => {
  test.each([
    ['Compte tenu de [...]', 'Kremlin', 'direct', null],
    ['Le président français a exprimé son soutien', 'Kremlin', 'direct', null],
    ["les chefs d’Etat ont souligné", 'Kremlin', 'direct', null],
    ['a insisté sur les aspects humanitaires', 'Elysée', 'partial', 'AFP'],
    ['convenu de maintenir une étroite coordination', 'Elysée', 'partial', 'AFP'],
    ['convenu de poursuivre les contacts', 'Kremlin', 'partial', null],
    ['résoudre les problèmes dans la région', 'Kremlin', 'partial', null],
    ['une attention particulière [serait] accordée', 'Kremlin', 'partial', null],
    ["Vladimir Poutine doit s'entretenir en tête à tête", 'Kremlin', 'indirect', null],
    ['le président russe avait tenu une réunion préparatoire', 'Kremlin', 'indirect', null],
  ])('«%s…» → %s, %s, via %s', (start, speaker, kind, via) => {
    const q = quotes.find((x) => x.text.startsWith(start));
    expect(q).toMatchObject({ speaker, kind, via, speakerType: 'organization' });
  });

  test('the quoted passages come in text order, the 8 quoted ones first', () => {
    expect(quotes.filter((q) => q.kind !== 'indirect')).toHaveLength(8);
    expect(quotes.map((q) => q.start)).toEqual([...quotes.map((q) => q.start)].sort((a, b) => a - b));
  });
});

describe('seed article: entities', () => {
  const names = (type: string) => entities.filter((e) => e.type === type).map((e) => e.name).sort();
  test.each([
    ['person', ['Emmanuel Macron', 'Ilham Aliyev', 'Nikol Pachinian', 'Sergueï Choïgou', 'Sergueï Lavrov', 'Vladimir Poutine']],
    ['organization', ['AFP', 'Elysée', 'Kremlin']],
    ['place', ['Arménie', 'Azerbaïdjan', 'Bakou', 'Caucase', 'Erevan', 'Haut-Karabagh', 'Moscou', 'Russie']],
  ])('%s', (type, expected) => {
    expect(names(type)).toEqual(expected);
  });

  test('aliases and roles', () => {
    const byName = (n: string) => entities.find((e) => e.name === n)!;
    expect(byName('Vladimir Poutine').aliases).toContain('président russe');
    expect(byName('Kremlin').aliases).toEqual(expect.arrayContaining(['présidence russe', 'exécutif russe']));
    expect(byName('Nikol Pachinian').roles).toContain('Premier ministre');
  });

  test('dates resolve against the dateline', () => {
    expect(date).toBe('2021-01');
    const values = entities.filter((e) => e.type === 'date' && e.value).map((e) => e.value).sort();
    expect(values).toEqual(['2020-11-09', '2021-01', '2021-01-10', '2021-01-11']);
  });
});
