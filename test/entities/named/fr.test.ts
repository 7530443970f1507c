import { describe, expect, test } from 'vitest';
import { found, named } from './helpers.js';

// [sentence, entities expected among the results, entities that must not be there]
const people: [string, string[], string[]][] = [
  ['Le président russe Vladimir Poutine a reçu hier son homologue.', ['person:Vladimir Poutine'], ['person:Le président russe Vladimir Poutine']],
  ['Le Premier ministre Nikol Pachinian est arrivé à Erevan.', ['person:Nikol Pachinian', 'place:Erevan'], ['person:Premier ministre Nikol Pachinian']],
  ['Il a rencontré le ministre de la Défense Sergueï Choïgou dans la matinée.', ['person:Sergueï Choïgou'], ['person:Défense Sergueï Choïgou']],
  ['Selon Jean-Yves Le Drian, la situation reste grave.', ['person:Jean-Yves Le Drian'], ['person:Selon Jean-Yves Le Drian']],
  ['La députée María Dolores de Cospedal a répondu aux critiques.', ['person:María Dolores de Cospedal'], []],
  ['Le texte a été rédigé par M. Baupin et adopté mardi.', ['person:Baupin'], []],
  ['La candidate Fatoumata Koné a déclaré sa candidature.', ['person:Fatoumata Koné'], []],
  ['Recep Tayyip Erdogan a appelé au calme.', ['person:Recep Tayyip Erdogan'], []],
  ['Le ministre des Transports, Jean-Baptiste Djebbari, a jugé la grève incompréhensible.', ['person:Jean-Baptiste Djebbari'], []],
  ['Le guide Amadou Traoré raconte que Traoré dort peu.', ['person:Amadou Traoré'], ['person:Traoré']],
  ['Sur la place, Kofi Mensah-Boateng écoutait. Mensah-Boateng a souri.', ['person:Kofi Mensah-Boateng'], []],
  ['« Rien ne bougera », a déclaré Zorgal Matapeu devant la presse.', ['person:Zorgal Matapeu'], []],
  ['Pour Zorgal Matapeu, président de l\'association des riverains, le projet est mort.', ['person:Zorgal Matapeu'], []],
  // a title word or a particle inside a surname; particle pairs; a name set off by commas after a title
  ['Selon Odile Le Maire, la récolte sera tardive.', ['person:Odile Le Maire'], ['person:Odile Le']],
  ['La commissaire Edwige von der Wart a signé.', ['person:Edwige von der Wart'], ['person:Edwige']],
  ['Le ministre, Tiburce Ngaleu, a défendu la mesure.', ['person:Tiburce Ngaleu'], []],
  ['Sa secrétaire générale, Aurélise Brandou, a rappelé les chiffres.', ['person:Aurélise Brandou'], []],
  ['Le président, lui, a refusé.', [], ['person:Le président']],
  // a known name that is also a first name, then a first name and a surname: two names, not one person
  ['« Tout va bien », a confié au Monde Marie Dubois.', ['organization:Monde', 'person:Marie Dubois'], ['person:Monde Marie Dubois']],
  ['Monde Ndlovu a répondu aux questions.', ['person:Monde Ndlovu'], []],
];

const orgs: [string, string[], string[]][] = [
  ['Le Kremlin a indiqué que la réunion aurait lieu lundi.', ['organization:Kremlin'], ['person:Le Kremlin', 'person:Kremlin']],
  ["Le communiqué de l'Elysée a été publié, puis l'Élysée a précisé sa position.", ['organization:Elysée'], []],
  ["Le ministère de l'Intérieur a ouvert une enquête.", ["organization:ministère de l'Intérieur"], []],
  ['La Cour pénale internationale a rendu son avis.', ['organization:Cour pénale internationale'], []],
  ["Les militants du MNLA ont quitté la ville, a indiqué l'AFP.", ['organization:MNLA', 'organization:AFP'], []],
  ["L'agence Moody's a abaissé la note du pays.", ["organization:Moody's"], []],
  ['Le groupe Lagardère Médias a annoncé des suppressions de postes.', ['organization:Lagardère Médias'], []],
  ['Le syndicat CGT-Cheminots appelle à la grève.', ['organization:CGT-Cheminots'], ['organization:CGT']],
  ["L'Association des pêcheurs artisanaux du Sénégal a protesté.", ['organization:Association des pêcheurs artisanaux du Sénégal'], ['place:Sénégal']],
  ['Le Parquet national financier a ouvert une enquête, selon Le Monde.', ['organization:Parquet national financier', 'organization:Le Monde'], []],
  ['Les délégués de la Communauté des éleveurs du Nord (CEN) ont voté. La CEN a salué le texte.', ['organization:Communauté des éleveurs du Nord'], ['organization:CEN']],
  ['La presse internationale a relayé la nouvelle.', [], ['organization:La presse']],
  ['Renault reculait à la Bourse de Paris, et la Chambre des députés a voté.', ['organization:Bourse de Paris', 'organization:Chambre des députés'], ['place:Paris']],
  // a medium that writes its name in lower case; a lowercase place name of the data stays a common phrase
  ['Interrogée sur franceinfo, la ministre a jugé la mesure injuste.', ['organization:franceinfo'], []],
  ['La croissance de la zone euro ralentit.', [], ['place:zone euro']],
  // a national branch holds its country in its own name: no place there
  ['Le directeur de Google France a démissionné.', ['organization:Google France'], ['place:France', 'organization:Google']],
  ['Amnesty International France dénonce la loi.', ['organization:Amnesty International France'], ['place:France']],
  ['Le patron de Google, France Dupont, a parlé.', ['organization:Google'], ['organization:Google France']],
  // lowercase institutions with their complement; an organization named in a title's complement; a name after de
  ["Le ministère de l'Éducation nationale a publié une note.", ["organization:ministère de l'Éducation nationale"], ["organization:ministère de l'Éducation"]],
  ["Le ministère de l'Intérieur français a réagi.", ["organization:ministère de l'Intérieur"], ["organization:ministère de l'Intérieur français"]],
  ['La préfecture du Cantal a fermé la route.', ['organization:préfecture du Cantal', 'place:Cantal'], []],
  ['Le tribunal correctionnel de Nantes a jugé, puis le parquet de Brest a fait appel.', ['organization:tribunal correctionnel de Nantes', 'organization:parquet de Brest'], []],
  ['Le tribunal correctionnel a jugé l\'affaire.', [], ['organization:tribunal correctionnel']],
  ['La présidente de la Commission européenne, Edwige Marsan, a parlé.', ['organization:Commission européenne', 'person:Edwige Marsan'], []],
  ['La présidente du groupe Vivre Lille, Edwige Marsan, a parlé.', ['organization:Vivre Lille', 'person:Edwige Marsan'], ['person:Vivre Lille']],
  ['Le club Moreval de Jean Dupuis a gagné.', ['person:Jean Dupuis'], ['organization:Moreval de Jean Dupuis']],
  ["Le ministre de l'Intérieur Darmanin a parlé.", ['person:Darmanin'], []],
  ['Le président du Conseil des ministres Mario Bellini a parlé.', ['person:Mario Bellini'], ['organization:Conseil des ministres']],
  ["Le chantier revient à l'entreprise de BTP Lavoine Travaux SA.", ['organization:Lavoine Travaux SA'], ['organization:BTP Lavoine Travaux SA']],
  // public bodies and clubs from the list
  ['Selon Météo-France, la tempête arrive ; le Stade rennais a reporté son match.', ['organization:Météo-France', 'organization:Stade rennais'], ['place:Stade']],
];

const places: [string, string[], string[]][] = [
  // a dateline's capitals are an alias, the ordinary spelling the name
  ['PARIS, 14 mars 2024 (AFP) - La mairie de Paris a voté le budget.', ['place:Paris'], ['place:PARIS']],
  ["La réunion entre la Russie, l'Azerbaïdjan et l'Arménie a eu lieu au Haut-Karabagh.", ['place:Russie', 'place:Azerbaïdjan', 'place:Arménie', 'place:Haut-Karabagh'], []],
  ['Les délégations de Moscou, Erevan et Bakou se sont retrouvées à Londres.', ['place:Moscou', 'place:Erevan', 'place:Bakou', 'place:Londres'], []],
  ['Il est né à Saint-Malo-de-Guersac et vit aux Etats-Unis.', ['place:Saint-Malo-de-Guersac', 'place:Etats-Unis'], []],
  ['La Caroline du Nord et la Virginie voteront en novembre.', ['place:Caroline du Nord', 'place:Virginie'], []],
  ['Des traces ont été vues dans le sud du Zembrak, une région isolée.', ['place:Zembrak'], []],
  ['Le drame a eu lieu à Plouvenec-sur-Rance, près des îles Glénanes.', ['place:Plouvenec-sur-Rance', 'place:îles Glénanes'], []],
  // streets, squares, districts; departments
  ['Ils ont défilé rue de Rivoli puis place de la République.', ['place:rue de Rivoli', 'place:place de la République'], []],
  ['Le feu a gagné le massif des Maures et le quartier des Lilas, rue Jean-Jaurès.', ['place:massif des Maures', 'place:quartier des Lilas', 'place:rue Jean-Jaurès'], []],
  ['Il a pris la place de Marie Dupont au conseil.', ['person:Marie Dupont'], ['place:place de Marie Dupont']],
  ['Les écoles de la Creuse et des Yvelines ferment.', ['place:Creuse', 'place:Yvelines'], []],
  // communes from INSEE's list; a town named by an everyday word (Falaise) is no place at a sentence's start
  ['Le feu progresse vers Vidauban, les renforts partent de Draguignan et de Brignoles.', ['place:Vidauban', 'place:Draguignan', 'place:Brignoles'], []],
  ['Falaise abrupte et sentier étroit : le site reste fermé.', [], ['place:Falaise']],
];

// capitals that are no names: sentence openers, demonyms, common-noun acronyms
const negatives: [string, string[]][] = [
  ['Par ailleurs, les discussions continuent.', []],
  ['Compte tenu de la situation, rien ne change.', []],
  ['Les Russes et les Français ont signé un accord sur le PIB et les ONG.', []],
  ['Hier soir, Un accord a été trouvé.', []],
  ['Ailleurs dans le pays, Toutes les écoles ferment.', []],
  ["Total : le bilan s'alourdit à Gao.", ['place:Gao']],
  ['Le Kremlin a indiqué que la Russie restait prête.', ['organization:Kremlin', 'place:Russie']],
  // the acronym of a common noun, even when it speaks
  ['Le PDG a assuré aux salariés que rien ne changeait.', []],
];

describe('French people', () => {
  test.each(people)('%s', (text, yes, no) => {
    const got = found(text, 'fr');
    expect(got).toEqual(expect.arrayContaining(yes));
    for (const n of no) expect(got).not.toContain(n);
  });
});

describe('French organizations', () => {
  test.each(orgs)('%s', (text, yes, no) => {
    const got = found(text, 'fr');
    expect(got).toEqual(expect.arrayContaining(yes));
    for (const n of no) expect(got).not.toContain(n);
  });
});

describe('French places', () => {
  test.each(places)('%s', (text, yes, no) => {
    const got = found(text, 'fr');
    expect(got).toEqual(expect.arrayContaining(yes));
    for (const n of no) expect(got).not.toContain(n);
  });
});

describe('French negatives', () => {
  test.each(negatives)('%s', (text, expected) => {
    expect(found(text, 'fr')).toEqual(expected);
  });
});

describe('French resolution', () => {
  const text = "Le président russe Vladimir Poutine s'est entretenu avec le président azerbaïdjanais Ilham Aliyev. "
    + 'Poutine a ensuite appelé le Premier ministre Nikol Pachinian. Le président russe a salué la trêve, '
    + "a précisé la présidence russe. L'exécutif russe a diffusé un communiqué, et le Kremlin a confirmé.";
  const es = named(text, 'fr');
  const by = (name: string) => es.find((e) => e.name === name);

  test('a surname merges into the full name', () => {
    expect(by('Vladimir Poutine')?.aliases).toContain('Poutine');
    expect(es.find((e) => e.name === 'Poutine')).toBeUndefined();
  });
  test('a title in apposition is a role and an alias; alone, a mention', () => {
    const p = by('Vladimir Poutine')!;
    expect(p.roles).toContain('président russe');
    expect(p.aliases).toContain('président russe');
    expect(p.mentions.map((m) => m.text)).toContain('président russe');
    expect(by('Nikol Pachinian')?.roles).toContain('Premier ministre');
  });
  test('institutional nouns with a demonym are the seat', () => {
    const k = by('Kremlin')!;
    expect(k.type).toBe('organization');
    expect(k.aliases).toEqual(expect.arrayContaining(['présidence russe', 'exécutif russe']));
  });
  test('la présidence française is the Élysée, l\'exécutif russe the Kremlin', () => {
    const es2 = named("La présidence française a réagi. Selon l'Élysée, l'appel a duré une heure.", 'fr');
    const e = es2.find((x) => x.name === 'Élysée');
    expect(e?.aliases).toContain('présidence française');
    expect(e?.count).toBe(2);
  });
  test('offsets slice the input', () => {
    for (const e of es) for (const m of e.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
  });
});

describe('French titles and first names', () => {
  test("a first name is no title's complement: « l'avocat d'Yvan Marchal » names Yvan Marchal, with no alias « avocat d'Yvan »", () => {
    const es = named("L'avocat d'Yvan Marchal a fait appel. Selon l'avocat de Yvan Marchal, le procès sera long.", 'fr');
    const p = es.find((e) => e.name === 'Yvan Marchal');
    expect(p).toBeDefined();
    expect(p!.aliases.filter((a) => /avocat/.test(a))).toEqual([]);
    expect(es.find((e) => e.name === 'Marchal')).toBeUndefined();
  });
});
