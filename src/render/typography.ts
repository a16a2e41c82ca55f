// Headlines are printed with straight quotes by most scrapers; pages show them as a typesetter
// would: ' → ‘ ’ and " → “ ”, apostrophes as ’.
export function typographicQuotes(text: string | null): string {
  // Most text set this way (names, headlines, labels) holds no straight quote at all.
  if (text === null || (!text.includes('"') && !text.includes("'"))) return text ?? '';
  return text
    .replace(/(^|[\s([{\u2014\u2013-])"/g, '$1“')
    .replace(/"/g, '”')
    .replace(/(^|[\s([{\u2014\u2013-])'/g, '$1‘')
    .replace(/'/g, '’');
}

const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "2023-11-27" → "27 November 2023", the same in every time zone and locale. */
export function longDate(iso: string | null): string {
  if (!iso) return '';
  const [year, month, day] = iso.split('-').map(Number);
  return `${day} ${months[month! - 1]} ${year}`;
}

/** `2023-11-27` → `November 2023`. */
export function monthOf(iso: string): string {
  const [year, month] = iso.split('-').map(Number);
  return `${months[month! - 1]} ${year}`;
}

/** 1, "quote" → "1 quote"; 3, "quote" → "3 quotes". */
export function plural(count: number, singular: string, pluralForm?: string): string {
  return `${count} ${count === 1 ? singular : (pluralForm ?? `${singular}s`)}`;
}
