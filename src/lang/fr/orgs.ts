// Organizations under their French names: institutions of France and of the francophone world,
// parties, unions, companies, media. Canonical name first, then variants and acronyms.
// Source: written by hand from French wire copy; names that are ordinary words when lowercase
// ("Libération", "La Poste") are kept because the engine requires the capital.
import { worldOrgs } from '../en/orgs.js';

export const orgs: ReadonlyArray<readonly string[]> = [
  ['Assemblée nationale', 'Assemblée'], ['Sénat'], ['Conseil constitutionnel'], ["Conseil d'État", "Conseil d'Etat"], ['Cour de cassation'], ['Cour des comptes'],
  ['Conseil de sécurité'], ['Parquet national financier', 'PNF'], ['Parquet national antiterroriste', 'PNAT'], ['Parquet fédéral'],
  ['Congrès'], ['Maison-Blanche', 'Maison Blanche'], ['Pentagone'], ['Département d\'État', "Département d'Etat"], ['Bundestag'], ['Bundesrat'], ['Knesset'], ['Douma'],
  ['Parti socialiste', 'PS'], ['Les Républicains', 'LR'], ['UMP'], ['Rassemblement national', 'RN'], ['Front national', 'FN'], ['La France insoumise', 'LFI'], ['EELV', 'Europe Écologie Les Verts'],
  ['Parti communiste français', 'PCF'], ['MoDem'], ['UDI'], ['NPA'], ['La République en marche', 'LREM', 'LaREM'], ['Renaissance'], ['Les Verts'], ['Parti populaire', 'PP'], ['PSOE'],
  ['CGT'], ['CFDT'], ['Force ouvrière', 'FO'], ['Medef'], ['FNSEA'], ['UNEF'],
  ['SNCF'], ['RATP'], ['EDF'], ['Engie'], ['GDF Suez'], ['Total'], ['Air France'], ['La Poste'], ['Orange'], ['Bouygues'], ['Vivendi'], ['Michelin'], ['Danone'], ["L'Oréal"], ['LVMH'],
  ['Carrefour'], ['Auchan'], ['Areva'], ['Orano'], ['Alstom'], ['Veolia'], ['Sanofi'], ['Capgemini'], ['Atos'],
  ['Le Monde'], ['Le Figaro'], ['Libération'], ['Les Échos', 'Les Echos'], ['Le Parisien'], ["L'Express"], ['Le Point'], ["L'Obs", 'Le Nouvel Observateur'], ['Mediapart'], ['Le Canard enchaîné'],
  ["L'Humanité"], ['La Croix'], ['Ouest-France'], ['Le Journal du dimanche', 'JDD'], ['Marianne'], ['Valeurs actuelles'], ['20 Minutes'],
  ['France 24'], ['RFI'], ['France Télévisions'], ['France 2'], ['France 3'], ['France Inter'], ['France Info', 'franceinfo'], ['Radio France'], ['TF1'], ['BFM TV', 'BFMTV'], ['LCI'], ['LCP'], ['Arte'], ['Canal+'], ['M6'], ['RTL'], ['Europe 1'],
  ['RTBF'], ['RTS'], ['Radio-Canada'], ['Le Soir'], ['Le Temps'], ['La Presse'], ['Le Devoir'], ['Jeune Afrique'],
  ['Commission européenne'], ['Parlement européen'], ['Conseil européen'], ["Conseil de l'Europe"], ['Cour européenne des droits de l\'homme', 'CEDH'], ['Cour de justice de l\'Union européenne', 'CJUE'],
  ['Cour pénale internationale', 'CPI'], ['Union européenne', 'UE'], ['Communauté économique des États de l\'Afrique de l\'Ouest', "Communauté économique des Etats de l'Afrique de l'Ouest", "Communauté économique des États d'Afrique de l'Ouest", 'CEDEAO'],
  ['Organisation mondiale de la santé', 'OMS'], ['Agence internationale de l\'énergie atomique', 'AIEA'], ['Haut-Commissariat aux réfugiés', 'HCR'],
  ['DGSE'], ['DGSI'], ['Insee'], ['CNRS'], ['Inserm'], ['AP-HP'], ['Banque de France'], ['Croix-Rouge'],
  ['Météo-France'], ['Santé publique France'], ['Pôle emploi'], ['France Travail'], ['Haute Autorité de santé', 'HAS'], ['Agence régionale de santé', 'ARS'], ["Centre national d'études spatiales", 'CNES'], ['CNIL'], ['Arcom'], ['CSA'],
  ['Ademe'], ['Office national des forêts', 'ONF'], ['Caisse des dépôts'], ['Bpifrance'], ['Gendarmerie nationale'], ['Police nationale'], ['Préfecture de police'], ['Sécurité sociale'],
  ['Fédération française de football', 'FFF'], ['Ligue de football professionnel', 'LFP'], ['Paris Saint-Germain', 'PSG'], ['Olympique de Marseille', 'OM'], ['Olympique lyonnais', 'OL'],
  ['AS Monaco'], ['OGC Nice'], ['Stade rennais'], ['LOSC', 'Lille OSC'], ['RC Lens'], ['FC Nantes'], ['Girondins de Bordeaux'], ['AS Saint-Étienne', 'ASSE'], ['Stade français'], ['Stade toulousain'],
  ...worldOrgs,
];
