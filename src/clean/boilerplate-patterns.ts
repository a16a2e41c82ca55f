// What a scraped page carries besides the article, as one table.
// Each rule names a kind of boilerplate, the pattern of a line that is one,
// and its reach: the line alone, the line and the list under it, or everything after it.
// Add a row to teach Verbatim a new site's furniture; nothing else needs to change.

export type BoilerplateKind =
  | 'banner'
  | 'language-switcher'
  | 'label'
  | 'caption'
  | 'byline'
  | 'dateline'
  | 'source'
  | 'advertisement'
  | 'cookie-banner'
  | 'promotion'
  | 'read-also'
  | 'related-news'
  | 'copyright';

export type Reach =
  /** Only the matching line. */
  | 'line'
  /** The line and the list lines (bullets or headline-like lines) right under it. */
  | 'list'
  /** The line and everything after it: footers, related-news sections. */
  | 'rest';

export interface BoilerplateRule {
  kind: BoilerplateKind;
  pattern: RegExp;
  reach: Reach;
}

/** Section names that sites print above a story, alone or glued to the author's name ("Daria DurovaWorld"). */
export const sectionLabels = [
  'category', 'section', 'topic', 'tags', 'tag', 'world', 'news', 'politics', 'economy', 'business', 'sport', 'sports', 'culture', 'science', 'technology', 'tech',
  'health', 'opinion', 'europe', 'education', 'environment', 'climate', 'society', 'finance', 'markets', 'lifestyle', 'travel', 'local', 'national', 'international',
  'publication date', 'published', 'updated', 'share', 'print', 'listen', 'home', 'pharma', 'energy', 'defence', 'defense', 'security', 'law', 'courts', 'football',
  'tennis', 'music', 'entertainment', 'weather', 'transport', 'ukraine', 'russia', 'usa', 'asia', 'africa', 'middle east', 'region', 'regions', 'city', 'nation', 'english',
];
const sectionLabelPattern = sectionLabels.join('|');

export const boilerplateRules: BoilerplateRule[] = [
  // Site furniture at the top of a page.
  { kind: 'banner', pattern: /^[\w.-]+\.(?:com|org|net|info|ua|eu|de|uk|fr|it|pl)\s+[-–—|]\s+.+$/i, reach: 'line' },
  // A site name and its tagline: "EuroTech Monitor - Europe's Digital Policy Desk".
  { kind: 'banner', pattern: /^\p{Lu}[\p{L}\d.]*(?:\s[\p{Lu}\d][\p{L}\d.]*){0,2}\s[-–—|]\s.*\b(?:news|your|in english|online|desk|world|daily|today|times|without borders|markets|policy|science)\b.*$/iu, reach: 'line' },
  // Navigation: "Markets | Gas | Power", "Home / Policy / Competition".
  { kind: 'label', pattern: /^[^|/]{1,30}(?:\s[|/›>»]\s[^|/]{1,30}){2,}$/u, reach: 'line' },
  { kind: 'language-switcher', pattern: /^(?:[a-z]{2}(?:\s*[|/·]\s*|\s+)){1,6}[a-z]{2}$/i, reach: 'line' },
  { kind: 'label', pattern: new RegExp(`^(?:${sectionLabelPattern})$`, 'i'), reach: 'line' },
  { kind: 'label', pattern: /^(?:skip to (?:main )?content|siirry sisältöön|aller au contenu|zum inhalt springen|ir al contenido|vai al contenuto|skip to navigation|jump to content|menu|search|sign in|log in|listen live|watch live|print this article|text size|font size|a a a)$/i, reach: 'line' },
  { kind: 'label', pattern: /^(?:report an error|report a correction|editorial standards|corrections policy)\b.{0,60}$/i, reach: 'line' },
  { kind: 'promotion', pattern: /^comments?\s*\(\d+\)$/i, reach: 'line' },
  { kind: 'promotion', pattern: /\bfollow\b.{0,40}\bon (?:google news|x|twitter|facebook|instagram|telegram|whatsapp|youtube|tiktok|linkedin|bluesky|threads)(?:\s*(?:,|and|&)\s*(?:x|twitter|facebook|instagram|telegram|whatsapp|youtube|tiktok|linkedin|bluesky|threads))*\b\W*$/i, reach: 'line' },
  { kind: 'promotion', pattern: /^(?:síguenos en|siga-nos|seguici su|suivez-nous sur|folgen sie uns|volg ons|seuraa meitä|kövess minket|sledujte nás|urmăriți-ne)\b.{0,80}$/iu, reach: 'line' },
  // (Short lines only: "who will join the enlarged group's board" is news, not a promotion.)
  { kind: 'promotion', pattern: /^(?=(?:\S+\s+){0,20}\S+$).*\b(?:join the [\w\s]{0,30}(?:channel|community|debate|conversation)|listen to this (?:article|story)|kindly share this story|share this (?:story|article)|your feedback will go directly to|if you have found a (?:spelling )?error|ctrl\s*\+\s*enter|begambleaware|gamble responsibly|18\+ only)\b/i, reach: 'line' },
  { kind: 'promotion', pattern: /\b(?:log in|sign in|subscribe|register) to (?:comment|join the (?:conversation|discussion|debate))\b|\bto comment,? you must\b|\byou can unsubscribe at any time\b/i, reach: 'line' },
  { kind: 'copyright', pattern: /^this (?:document|article|page) is subject to copyright\b/i, reach: 'rest' },
  { kind: 'source', pattern: /^(?:retrieved|accessed) (?:on )?\d{1,2} \w+ \d{4}\b.{0,80}$/i, reach: 'line' },
  { kind: 'promotion', pattern: /^view this (?:email|newsletter) in your browser\b|^(?:unsubscribe|update your preferences|manage (?:your )?subscription)\b/i, reach: 'line' },
  { kind: 'label', pattern: /^\W*in this (?:issue|edition)\W*:/i, reach: 'line' },
  { kind: 'label', pattern: /^\W*(?:breaking|breaking news|just in)\W*:\s.{0,120}$/i, reach: 'line' },
  // "WEATHER ALERT: Air Quality Alert in effect until Friday": a banner in capitals.
  { kind: 'label', pattern: /^[A-Z]{2,}(?: [A-Z]{2,})+:\s.{0,120}$/, reach: 'line' },
  // An author's biography: "Tomás Okafor is Earthline's geoscience correspondent."
  { kind: 'byline', pattern: /^\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+){1,2} is (?:a|an|the|\p{Lu}[\p{L}'’-]+['’]s)\s.{0,60}\b(?:correspondent|reporter|editor|writer|journalist|columnist|contributor)\b.*$/u, reach: 'line' },
  { kind: 'advertisement', pattern: /\bsee if you qualify\b|\bsponsored (?:content|by)\b|\bpaid (?:content|post|partnership)\b|\bpromoted (?:content|stories)\b/i, reach: 'line' },
  { kind: 'byline', pattern: new RegExp(`^\\p{Lu}\\p{Ll}+(?:\\s\\p{Lu}\\p{Ll}+){1,2}(?:${sectionLabels.map((label) => label[0]!.toUpperCase() + label.slice(1)).join('|')})$`, 'u'), reach: 'line' },
  { kind: 'label', pattern: /^(?:reading time|estimated reading time|views|comments|read time|temps de lecture|lesezeit|lesedauer|tiempo de lectura|tempo di lettura|tempo de leitura|leestijd|lukuaika|doba čtení|olvasási idő)\s*:?\s*[\d\s]+(?:min(?:utes?|uten|utos|uti)?)?\.?$/iu, reach: 'line' },
  { kind: 'label', pattern: /^(?:tags|keywords|topics|mots-clés|mots clés|schlagworte|schlagwörter|etiquetas|palabras clave|parole chiave|tagy|klíčová slova|címkék|trefwoorden|avainsanat|cuvinte cheie|etichete)\s*:/iu, reach: 'line' },
  { kind: 'label', pattern: /^(?:english edition|international edition|print edition|live|breaking|exclusive|analysis|explainer)$/i, reach: 'line' },

  // Pictures and their credits.
  { kind: 'caption', pattern: /\((?:photo|image|picture|foto|illustration)\b[^)]*\)\s*$/i, reach: 'line' },
  // A credit after the caption: "… ceremony in Lyon on Wednesday. © Olivier Chassagne / AFP"
  { kind: 'caption', pattern: /\s©\s*\p{Lu}[^.©]{0,60}$/u, reach: 'line' },
  { kind: 'caption', pattern: /\b(?:photo|foto|kuva|fénykép|fotografia|φωτογραφία)\s*:\s*\p{Lu}[^.]{0,60}$/iu, reach: 'line' },
  { kind: 'caption', pattern: /\bPhoto(?: by|:|\s+credit)\s/i, reach: 'line' },
  { kind: 'caption', pattern: /^(?:photo|image|picture|illustration|video|file photo)\s*[:|]/i, reach: 'line' },
  { kind: 'caption', pattern: /\((?:Getty Images|AP Photo|AFP Photo|Reuters Photo|EPA|Shutterstock|AP|Reuters|AFP)(?:\/[^)]*)?\)\s*$/, reach: 'line' },

  // Who wrote it, where and when: kept for the metadata, taken out of the body.
  { kind: 'byline', pattern: /^(?:[Bb]y|BY|[Ww]ritten by|[Pp]osted by|[Cc]ompiled by|[Rr]eported by|Par|Von|Por|Di|Door|Autor:?|Autorka:?|Szerző:?|Kirjoittaja:?|Texto:?|Testo:?|[Aa]uthor:?|[Rr]eporter:|[Tt]ext:|[Ww]ords:)\s+\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){0,3}(?:\s*(?:,|and|\||·)\s*.*)?(?:\s*\([^)]*\))?$/u, reach: 'line' },
  { kind: 'dateline', pattern: /^(?:published|updated|posted|last updated|first published|publié le|mis à jour|veröffentlicht|aktualisiert|publicado|actualizado|atualizado|pubblicato|aggiornato|publicat|actualizat|zveřejněno|aktualizováno|közzétéve|frissítve|gepubliceerd|bijgewerkt|julkaistu|päivitetty)\b.{0,60}?\d{4}.*$/iu, reach: 'line' },
  { kind: 'dateline', pattern: /^(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\.?,?\s+\d{1,2}\.?\s+[a-z]{3,9}\.?\s+\d{4}\b.*$/i, reach: 'line' },
  { kind: 'dateline', pattern: /^(?:\d+|an?|one|two|three)\s+(?:seconds?|minutes?|hours?|hrs?|mins?|days?)\s+ago$/i, reach: 'line' },
  { kind: 'dateline', pattern: /^(?:posted|published|updated) (?:at|on) \d{1,2}[:.]\d{2}\b.{0,40}$/i, reach: 'line' },
  // "06:00, Tue, 5 Mar 2024   Updated 09:47, Tue, 5 Mar 2024"
  { kind: 'dateline', pattern: /^(?:\d{1,2}[:.]\d{2}(?:\s*[ap]m)?,?\s+)?(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)?\d{1,2}(?:st|nd|rd|th)?\.?\s+[a-z]{3,9}\.?,?\s+\d{4}\b.{0,60}$/i, reach: 'line' },
  { kind: 'dateline', pattern: /^\s*\d{1,2}[./-]\d{1,2}[./-]\d{2,4}(?:[ ,]+\d{1,2}:\d{2}(?::\d{2})?)?\s*$/, reach: 'line' },
  { kind: 'dateline', pattern: /^\s*\d{1,2}[./-]\d{1,2}[./-]\d{4}\s*[-–—|,•·]?\s*\d{1,2}[:.]\d{2}\S*(?:\s+[A-Z]{2,5})?\s*$/, reach: 'line' },
  // "Brussels, Nov 27 (AFP) Nov 27, 2023" alone on its line (when the story follows on the same line, it stays).
  { kind: 'dateline', pattern: /^(?:[A-Z][\p{L}. -]+,\s*)?(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}(?:,\s*\d{4})?\s*\([^)]+\)[^.]{0,30}$/u, reach: 'line' },
  { kind: 'dateline', pattern: /^(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+.*\d{4}.*$/i, reach: 'line' },
  { kind: 'dateline', pattern: /^(?:\d{1,2}\s+)?(?:january|february|march|april|may|june|july|august|september|october|november|december)(?:\s+\d{1,2})?,?\s+\d{4}(?:[ ,]+(?:at\s+)?\d{1,2}:\d{2}.*)?$/i, reach: 'line' },
  { kind: 'source', pattern: /^(?:source|sources|via)\s*:\s*\S.{0,60}$/i, reach: 'line' },
  { kind: 'source', pattern: /^(?:with material from|with reporting (?:from|by)|additional reporting by|reporting by|with agencies|with afp|with reuters|compiled by)\b.{0,80}$/i, reach: 'line' },

  // Advertising, consent and self-promotion.
  { kind: 'advertisement', pattern: /^(?:advertisement|advertising|sponsored(?: content)?|ad|promoted|anzeige|pubblicità|publicité|реклама)$/i, reach: 'line' },
  { kind: 'cookie-banner', pattern: /\bcookies?\b.*\b(?:consent|accept|agree|use[sd]?|using|policy|settings)\b|\b(?:consent|accept|agree|use[sd]?|using)\b.*\bcookies?\b/i, reach: 'line' },
  // Consent banners in the outlet's own language, and their buttons.
  { kind: 'cookie-banner', pattern: /^(?=.*\bcookies?\b).*\b(?:partenaires|accord|consentement|paramètres|zustimm\w*|akzeptier\w*|einwillig\w*|aceptar|consentimiento|accetta\w*|consenso|aceitar|consentimento|akceptuj\w*|zgod\w*|souhlas\w*|elfogad\w*|hyväksy\w*|toestemming|akkoord|gebruik\w*|utilis\w*|verwend\w*|usamos|utilizamos|utilizziamo|používá\w*|használ\w*|käyt\w*)\b/iu, reach: 'line' },
  { kind: 'cookie-banner', pattern: /^(?:accept(?:er)?(?: all| tout| et fermer)?|reject(?: all)?|refuser(?: tout)?|continuer sans accepter|alle akzeptieren|alle ablehnen|aceptar(?: todo)?|rechazar(?: todo)?|accetta(?: tutto)?|rifiuta(?: tutto)?|souhlasím|odmítnout|elfogadom|hyväksy kaikki|alles accepteren|weigeren|i agree|agree|more options|manage (?:options|settings|preferences|cookies))\s*$/iu, reach: 'line' },
  { kind: 'cookie-banner', pattern: /\bprefer the \w+ version of our (?:web)?site\b|^would you like to switch\??$/i, reach: 'line' },
  { kind: 'promotion', pattern: /\b(?:subscribe to|subscribe from|sign up (?:for|to)|follow us on|join us on|our telegram|(?:join|follow|subscribe to) (?:us on |our )?(?:telegram|viber|whatsapp)|telegram channel|newsletter|download our app|turn on notifications|have your say|comments are (?:closed|open)|log in to comment|registered in england|a hyperlink to .* is (?:mandatory|required))\b/i, reach: 'line' },
  { kind: 'promotion', pattern: /^(?:(?:share|tweet|email|print|copy link|whatsapp|facebook|telegram|linkedin|share on \w+|share via \w+)\s*){1,8}$/i, reach: 'line' },
  { kind: 'promotion', pattern: /^(?=(?:\S+\s+){0,15}\S+$).*\b[\w.-]+@[\w-]+\.[\w.]+\b/i, reach: 'line' },
  { kind: 'advertisement', pattern: /\bT&Cs? apply\b|\bfor (?:just|only) [£$€]\s?\d|\btickets (?:are )?(?:now )?(?:available|on sale)\b|\bearly[- ]bird\b|\bpromo code\b/i, reach: 'line' },
  { kind: 'promotion', pattern: /^(?:share (?:this|on)|tweet|email|comments?\s*\(\d+\)|\d+ comments?|leave a (?:reply|comment)|join the (?:discussion|conversation)|show comments)\b.{0,40}$/i, reach: 'line' },
  { kind: 'promotion', pattern: /\b(?:download (?:the|our) [\w\s]{0,30}app|get the [\w\s]{0,30}app|download on the app store|get it on google play|available on the app store)\b/i, reach: 'line' },
  { kind: 'promotion', pattern: /^(?=(?:\S+\s+){0,30}\S+$).*\bsubscribe\b/i, reach: 'line' },
  { kind: 'advertisement', pattern: /\b(?:cet article vous est offert|réservé aux abonnés|nur für abonnenten|exclusivo para (?:suscriptores|assinantes)|riservato agli abbonati|alleen voor abonnees|pouze pro předplatitele|csak előfizetőknek|vain tilaajille|story continues below (?:this )?advertisement|article continues below)\b/iu, reach: 'line' },
  { kind: 'advertisement', pattern: /\byou have read \d+ of \d+ free articles\b|\bfree articles? (?:left|remaining)\b|\bsubscribers? only\b|\bto continue reading\b|\bunlock (?:this|unlimited)\b/i, reach: 'line' },

  // Pointers to other articles.
  { kind: 'read-also', pattern: /^(?:read (?:also|more)|see also|also read|related|watch|listen|more on this|recommended)\s*[:|-]\s*\S.*$/i, reach: 'line' },
  { kind: 'read-also', pattern: /^(?:read (?:also|more)|see also|also read|more on this)\s*:?$/i, reach: 'list' },
  // The same pointer as outlets print it in their own language.
  { kind: 'read-also', pattern: /^(?:czytaj (?:także|też)|lesen sie auch|mehr zum thema|leggi anche|à lire aussi|lire aussi|lee también|leia também|citește și|čtěte také|ilginizi çekebilir|İlginizi Çekebilir|διαβάστε επίσης|читайте також|читайте также|zie ook|lees ook|læs også|les også|läs även)\b.*$/iu, reach: 'line' },
  { kind: 'related-news', pattern: /^(?:other|more|related|latest|top|popular|recommended|trending|most read|most popular|editor'?s picks?)(?:\s+\w+){0,3}\s+(?:news|stories|articles|posts|reads|headlines)\s*:?$/i, reach: 'rest' },
  { kind: 'related-news', pattern: /^(?:most read|read next|you may also like|more from [\w .-]+|recommended for you)\s*:?$/i, reach: 'rest' },
  { kind: 'related-news', pattern: /^(?:most read|most popular|most viewed|trending|more stories|more news)\s+(?:in|from|on|at)\s+[\p{L}\d .'-]{2,30}$/iu, reach: 'list' },
  { kind: 'promotion', pattern: /^(?:a version of this (?:article|story) )?appeared in the .{0,40}print edition\b/i, reach: 'line' },
  { kind: 'promotion', pattern: /^(?:got a story|have a story|do you have a story)\??\b.{0,120}$/i, reach: 'line' },
  { kind: 'related-news', pattern: /^(?:also of interest|more on this (?:topic|story)|further reading|related (?:articles|stories|coverage)|in other news)\s*:?$/i, reach: 'list' },
  { kind: 'related-news', pattern: /^(?:sur le même sujet|dans la même rubrique|zum thema|das könnte sie auch interessieren|más noticias|noticias relacionadas|notícias relacionadas|leia mais|notizie correlate|související články|kapcsolódó cikkek|gerelateerd|lue myös|articole similare)\s*:?$/iu, reach: 'rest' },
  { kind: 'related-news', pattern: /^as [\p{Lu}\w .-]+ (?:wrote|reported|has reported|previously reported)\s*:$/iu, reach: 'list' },

  // Footers.
  { kind: 'copyright', pattern: /^(?:©|\(c\)|copyright\b|all rights reserved\b)/i, reach: 'rest' },
  // (The word boundaries stand outside the alternation: written on each phrase, they made this
  // case-insensitive pattern six times slower, the slowest in the table.)
  { kind: 'copyright', pattern: /\b(?:all rights reserved|reproduction interdite|alle rechte vorbehalten|todos los derechos reservados|tutti i diritti riservati|wszelkie prawa zastrzeżone|všechna práva vyhrazena|minden jog fenntartva|alle rechten voorbehouden)\b/iu, reach: 'rest' },
  { kind: 'copyright', pattern: /^©\s*(?:\d{4}|\p{Lu})/u, reach: 'rest' },
];

// Promotions and ads are short; a long line that mentions "subscribe" or "join" is the story.
const shortKinds = new Set<BoilerplateKind>(['promotion', 'advertisement', 'label', 'read-also']);
const shortLineWords = 35;

// Cleaning and headline finding ask about the same lines several times, and the table's
// ninety patterns are the cost; the answer depends on the line alone, so it is kept (for a
// bounded number of lines, forgotten all at once when full).
const knownLines = new Map<string, BoilerplateRule | null>();
const knownLinesLimit = 20_000;

export function matchBoilerplate(line: string): BoilerplateRule | undefined {
  const trimmed = line.trim();
  const known = knownLines.get(trimmed);
  if (known !== undefined) return known ?? undefined;
  const long = trimmed.split(/\s+/).length > shortLineWords;
  const rule = boilerplateRules.find((candidate) => !(long && shortKinds.has(candidate.kind)) && candidate.pattern.test(trimmed));
  if (knownLines.size >= knownLinesLimit) knownLines.clear();
  knownLines.set(trimmed, rule ?? null);
  return rule;
}
