// News agencies and outlets an article may cite as its origin. Each row is one outlet under
// all the names it is printed with; the first name in a row is how Verbatim groups them.
export const knownOutlets: string[][] = [
  ['AFP', 'Agence France-Presse', 'Agence France Presse'],
  ['Reuters', 'Thomson Reuters'],
  ['AP', 'Associated Press', 'The Associated Press'],
  ['dpa', 'DPA', 'Deutsche Presse-Agentur'],
  ['ANSA'],
  ['EFE', 'Agencia EFE'],
  ['Xinhua'],
  ['TASS'],
  ['RIA Novosti'],
  ['Interfax', 'Interfax-Ukraine'],
  ['Ukrinform'],
  ['UNIAN'],
  ['PAP', 'Polish Press Agency'],
  ['Yonhap'],
  ['Bloomberg'],
  ['BBC'],
  ['CNN'],
  ['DW', 'Deutsche Welle'],
  ['Voice of America', 'VOA'],
  ['Radio Free Europe', 'RFE/RL', 'Radio Liberty'],
  ['Süddeutsche Zeitung', 'Suddeutsche Zeitung', 'SZ'],
  ['Financial Times', 'FT'],
  ['The Guardian', 'Guardian'],
  ['The New York Times', 'New York Times'],
  ['The Washington Post', 'Washington Post'],
  ['Politico'],
  ['Euronews'],
  ['Al Jazeera'],
  ['NHK'],
  ['Agerpres'],
  ['Belga'],
  ['APA'],
  ['Anadolu', 'Anadolu Agency', 'AA'],
  ['ANA-MPA', 'Athens News Agency'],
  ['Kyodo News', 'Kyodo'],
  ['Jiji', 'Jiji Press'],
  ['Europa Press'],
  ['Lusa'],
  ['CTK'],
  ['MTI'],
  ['BTA'],
  ['Kathimerini'],
  ['Le Monde'],
  ['Der Spiegel', 'Spiegel'],
  ['Frankfurter Allgemeine Zeitung', 'FAZ'],
  ['Bild'],
  ['Ritzau'],
  ['NTB'],
  ['TT', 'TT News Agency'],
  ['STT'],
  ['ANP'],
  ['PA Media', 'PA', 'Press Association'],
  ['Digi24'],
  ['BNS', 'Baltic News Service'],
  ['LETA'],
  ['HINA'],
  ['Tanjug'],
  ['Ukrainska Pravda'],
  ['Kyiv Independent'],
];

const byName = new Map<string, string[]>();
for (const row of knownOutlets) for (const name of row) byName.set(name.toLowerCase(), row);

/** The outlet row a printed name belongs to, if Verbatim knows it. */
export function findOutlet(name: string): string[] | undefined {
  return byName.get(name.trim().toLowerCase());
}

/** Two printed names for one outlet: "AFP" and "Agence France-Presse". */
export function sameOutlet(left: string, right: string): boolean {
  const row = findOutlet(left);
  return row ? row === findOutlet(right) : left.toLowerCase() === right.toLowerCase();
}

export const knownOutletPattern = knownOutlets
  .flat()
  .sort((left, right) => right.length - left.length)
  .map((name) => name.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&'))
  .join('|');

/** Outlets of the table that are news agencies: they supply stories that others print. */
export const newsAgencies = new Set([
  'AFP', 'Reuters', 'AP', 'dpa', 'ANSA', 'EFE', 'Xinhua', 'TASS', 'RIA Novosti', 'Interfax', 'Ukrinform', 'UNIAN', 'PAP', 'Yonhap',
  'Bloomberg', 'Agerpres', 'Belga', 'APA', 'Anadolu', 'ANA-MPA', 'Kyodo News', 'Jiji', 'Europa Press', 'Lusa', 'CTK', 'MTI', 'BTA',
  'Ritzau', 'NTB', 'TT', 'STT', 'ANP', 'PA Media', 'BNS', 'LETA', 'HINA', 'Tanjug',
]);

/** The name Verbatim shows for an outlet: its row's first name ("DPA" → "dpa", "Suddeutsche Zeitung" → "Süddeutsche Zeitung"). */
export function outletName(name: string): string {
  return findOutlet(name)?.[0] ?? name;
}

/**
 * Who printed an article, and what it came through. A reader wants the outlet that printed it
 * (the publisher, else the first source that is no agency: "DW", "Süddeutsche Zeitung"), with the
 * agency or other sources it cites as a second detail ("dpa").
 */
export function printedBy(sources: string[], publisher: string | null): { outlet: string | null; via: string[] } {
  const names = [...new Set(sources.map(outletName))];
  const outlet = publisher ? outletName(publisher) : (names.find((name) => !newsAgencies.has(name)) ?? names[0] ?? null);
  return { outlet, via: names.filter((name) => name !== outlet) };
}
