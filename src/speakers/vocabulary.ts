// What Verbatim knows about naming people, as tables: extend a list to teach it a new title or role.

/** Words before a name that are titles, not part of the name ("Admiral Rob Bauer" → "Rob Bauer"). */
export const honorifics = [
  'mr', 'mrs', 'ms', 'miss', 'dr', 'prof', 'professor', 'assoc', 'asst', 'hab', 'inż', 'ing', 'mag',
  // Party labels stand before a name the way titles do: "Republican Dale Pruitt".
  'republican', 'democrat', 'democratic', 'labour', 'conservative', 'tory', 'liberal', 'socialist', 'centrist', 'sir', 'dame', 'lord', 'lady', 'rev', 'father', 'sister',
  'admiral', 'general', 'gen', 'colonel', 'col', 'major', 'maj', 'captain', 'capt', 'lieutenant', 'lt', 'sergeant', 'sgt', 'commander', 'marshal', 'field marshal',
  'president', 'vice president', 'prime minister', 'premier', 'chancellor', 'minister', 'deputy minister', 'secretary', 'secretary general', 'secretary-general',
  'senator', 'sen', 'representative', 'rep', 'congressman', 'congresswoman', 'governor', 'gov', 'mayor', 'deputy mayor', 'ambassador', 'envoy',
  'commissioner', 'judge', 'justice', 'chief justice', 'attorney general', 'prosecutor', 'king', 'queen', 'prince', 'princess', 'pope', 'cardinal', 'bishop', 'archbishop',
  'coach', 'manager', 'captain', 'councillor', 'councilor', 'councilwoman', 'councilman', 'alderman', 'chairman', 'chairwoman', 'chair', 'ceo', 'director', 'spokesperson', 'spokesman', 'spokeswoman', 'mp', 'mep', 'deputy', 'speaker',
];

/**
 * Head nouns of roles and offices. A phrase whose head is one of these names a person by office
 * ("the NATO chief", "the minister", "the coach"); the longest match wins, so "secretary general"
 * is not taken for "general".
 */
export const roleNouns = [
  'secretary general', 'secretary-general', 'deputy secretary general', 'foreign minister', 'defence minister', 'defense minister', 'prime minister',
  'finance minister', 'interior minister', 'health minister', 'economy minister', 'energy minister', 'climate minister',
  'minister', 'president', 'vice president', 'chancellor', 'premier', 'commissioner', 'chief', 'head', 'leader', 'chair', 'chairman', 'chairwoman',
  'spokesperson', 'spokesman', 'spokeswoman', 'diplomat', 'top diplomat', 'politician', 'official', 'senior official', 'lawmaker', 'legislator',
  'councillor', 'councilor', 'club president', 'deputy mayor', 'former mayor', 'senator', 'governor', 'mayor', 'ambassador', 'envoy', 'general', 'admiral', 'commander', 'colonel', 'judge', 'prosecutor', 'lawyer', 'attorney',
  'coach', 'manager', 'captain', 'striker', 'player', 'chief executive', 'executive', 'ceo', 'founder', 'director', 'scientist', 'researcher',
  'professor', 'economist', 'analyst', 'expert', 'doctor', 'secretary', 'king', 'queen', 'monarch', 'pope', 'activist', 'campaigner', 'author',
  'officer', 'returning officer', 'police officer', 'inspector', 'detective', 'singer', 'actor', 'actress', 'musician', 'artist', 'organiser', 'organizer',
  'chief medical officer', 'medical officer', 'candidate', 'councillor', 'teacher', 'headteacher', 'principal', 'vice-chancellor', 'dean',
  'rector', 'farmer', 'pilot', 'captain', 'skipper', 'founder', 'owner', 'president and ceo', 'driver', 'nurse', 'midwife', 'paramedic', 'firefighter',
  'trucker', 'worker', 'resident', 'student', 'patient', 'passenger', 'shopkeeper', 'oncologist', 'surgeon', 'physician', 'engineer', 'chef', 'fisherman',
  'investigator', 'lead investigator', 'researcher', 'curator', 'director general', 'jury president', 'rider', 'cyclist', 'goalkeeper', 'defender', 'midfielder',
  // Campaigns and elections.
  'front-runner', 'frontrunner', 'nominee', 'hopeful', 'contender', 'challenger', 'incumbent', 'delegate', 'congressman', 'congresswoman',
  'representative', 'strategist', 'pollster', 'operative', 'adviser', 'advisor', 'aide', 'surrogate', 'campaign manager',
  // Broadcasting and the press.
  'host', 'moderator', 'anchor', 'commentator', 'columnist', 'correspondent', 'editor', 'pundit',
  // Business and public life.
  'businessman', 'businesswoman', 'billionaire', 'mogul', 'tycoon', 'entrepreneur', 'comedian', 'rapper', 'star',
];

/**
 * Role nouns so general that they say nothing about which office is meant: "the politician",
 * "the official". They resolve to the most prominent person of the passage.
 */
export const genericRoleNouns = ['politician', 'official', 'senior official', 'diplomat', 'top diplomat', 'leader', 'chief', 'head', 'executive', 'expert'];

/** Nouns that stand for an organisation already named: "the company" after "Deutsche Fernbahn said". */
export const organisationNouns = ['company', 'firm', 'operator', 'carrier', 'airline', 'group', 'manufacturer', 'maker', 'retailer', 'bank', 'lender', 'insurer',
  'startup', 'app', 'developer', 'utility', 'club', 'team', 'organisers', 'organizers', 'organiser', 'organizer', 'shipping line', 'owner', 'broadcaster', 'publisher'];

/**
 * Head nouns of groups that speak as one, beyond organisations and offices: "officials said",
 * "the campaign said", "a poll found". A lower-case speaker phrase must end in one of these, an
 * organisation noun, a role noun or an agent noun ("-ers", "-ists") to be a speaker at all.
 */
export const collectiveSpeakerNouns = ['officials', 'aides', 'staff', 'police', 'people', 'members', 'sources', 'source', 'campaign', 'administration',
  'committee', 'team', 'panel', 'board', 'family', 'families', 'couple', 'crowd', 'audience', 'poll', 'survey', 'report', 'statement', 'letter', 'study',
  'memo', 'filing', 'lawsuit', 'complaint', 'ad', 'advertisement', 'website', 'release', 'spokespeople', 'organization', 'organisation', 'party', 'union',
  'coalition', 'network', 'newspaper', 'magazine', 'paper', 'outlet', 'station', 'channel', 'show', 'editorial', 'book', 'document', 'documents', 'record',
  'records', 'transcript', 'email', 'emails', 'message', 'post', 'tweet', 'video', 'cable', 'order', 'ruling', 'opinion', 'decision', 'indictment', 'plan',
  'proposal', 'platform', 'bill', 'law', 'prosecution', 'defense', 'defence', 'jury', 'court', 'government', 'ministry', 'department', 'agency', 'office',
  'council', 'commission', 'parliament', 'congress', 'senate', 'house', 'military', 'army', 'navy', 'embassy', 'delegation', 'leadership', 'majority',
  'minority', 'opposition', 'voters', 'residents', 'protesters', 'demonstrators', 'critics', 'supporters', 'opponents', 'experts', 'analysts', 'observers',
  'witnesses', 'women', 'men', 'children', 'students', 'workers', 'doctors', 'scientists', 'economists', 'researchers', 'investigators', 'prosecutors',
  'lawyers', 'attorneys', 'judges', 'senators', 'lawmakers', 'legislators', 'leaders', 'diplomats', 'donors', 'fans', 'friends', 'neighbors', 'neighbours',
  'relatives', 'parents', 'veterans', 'employees', 'executives', 'insiders', 'allies', 'rivals', 'republicans', 'democrats', 'conservatives', 'liberals',
  'progressives', 'activists', 'advocates', 'groups', 'unions', 'companies'];

/** Words that mark a public body, which "the company" never means. */
export const publicBodyWords = ['ministry', 'government', 'office', 'police', 'council', 'court', 'commission', 'parliament', 'agency', 'authority', 'department', 'institute', 'service', 'army', 'navy'];

/** Offices known by several names: a role noun in one column matches a role containing another. */
export const officeSynonyms: string[][] = [
  ['secretary general', 'secretary-general', 'chief', 'head', 'leader', 'top diplomat'],
  ['president', 'head of state', 'leader'],
  ['prime minister', 'premier', 'head of government', 'leader'],
  ['chief executive', 'ceo', 'boss', 'head'],
  ['chairman', 'chairwoman', 'chair', 'head'],
  ['spokesperson', 'spokesman', 'spokeswoman'],
  ['commissioner', 'chief'],
  ['coach', 'manager', 'head coach'],
];

/** Other names of organisations, so "the alliance's top diplomat" can be matched to a NATO role. */
export const organisationAliases: string[][] = [
  ['nato', 'alliance', 'north atlantic alliance', 'western military alliance', 'military alliance', 'bloc', 'north atlantic treaty organization'],
  ['eu', 'european union', 'bloc', 'brussels', 'european commission', 'commission'],
  ['un', 'united nations', 'world body'],
];

export const pronouns: Record<string, 'male' | 'female' | 'plural'> = {
  he: 'male', him: 'male', his: 'male',
  she: 'female', her: 'female', hers: 'female',
  they: 'plural', them: 'plural',
};

/** Titles and role nouns that tell a person's gender. */
export const genderedTitles: Record<string, 'male' | 'female'> = {
  mr: 'male', sir: 'male', lord: 'male', king: 'male', prince: 'male', father: 'male', chairman: 'male', spokesman: 'male', congressman: 'male',
  mrs: 'female', ms: 'female', miss: 'female', dame: 'female', lady: 'female', queen: 'female', princess: 'female', sister: 'female',
  chairwoman: 'female', spokeswoman: 'female', congresswoman: 'female',
};

/** Common given names and their usual gender; a hint only, used when the text gives no pronoun. */
export const givenNames: Record<'male' | 'female', string[]> = {
  male: [
    'adam', 'adrian', 'ahmed', 'alain', 'albert', 'aleksander', 'alex', 'alexander', 'alexei', 'ali', 'andreas', 'andrei', 'andrew', 'andriy', 'andrzej', 'antonio', 'antony',
    'arnold', 'ben', 'benjamin', 'bernd', 'bjorn', 'boris', 'carl', 'carlos', 'charles', 'chris', 'christian', 'christoph', 'daniel', 'david', 'dmitry', 'dmytro',
    'donald', 'edward', 'emmanuel', 'erik', 'felix', 'francesco', 'francois', 'frank', 'friedrich', 'george', 'georg', 'gerhard', 'giorgio', 'giuseppe', 'hans', 'heinrich',
    'henrik', 'henry', 'igor', 'ivan', 'jacob', 'jakub', 'james', 'jan', 'jean', 'jens', 'joe', 'johan', 'johann', 'john', 'jonas', 'jorge', 'jose', 'josef', 'joseph',
    'juan', 'julian', 'jurgen', 'karl', 'kevin', 'klaus', 'krzysztof', 'lars', 'lloyd', 'lorenzo', 'luca', 'lucas', 'ludwig', 'lukas', 'luis', 'magnus', 'marc', 'marco',
    'marek', 'mark', 'markus', 'martin', 'mateusz', 'matteo', 'matthias', 'michael', 'michal', 'miguel', 'mikhail', 'mykola', 'nicolas', 'niklas', 'nils', 'olaf', 'oleg',
    'oleksandr', 'oleksii', 'olivier', 'oscar', 'owen', 'pablo', 'paolo', 'patrick', 'paul', 'pavel', 'pedro', 'peter', 'petr', 'petro', 'philipp', 'pierre', 'piotr',
    'rafael', 'ralf', 'richard', 'rishi', 'robert', 'rob', 'roberto', 'rolf', 'sam', 'samuel', 'scott', 'sebastian', 'sergei', 'sergey', 'serhiy', 'simon', 'stefan',
    'stephen', 'steve', 'sven', 'thomas', 'tim', 'tobias', 'tom', 'tomasz', 'valery', 'viktor', 'vincent', 'vladimir', 'volodymyr', 'walter', 'william', 'wolfgang',
    'xavier', 'yuri', 'yurii', 'rui', 'joao', 'joão', 'javier', 'diego', 'sergio', 'alvaro', 'álvaro', 'pau', 'jordi', 'manuel', 'francisco', 'fernando', 'ricardo',
    'tiago', 'nuno', 'andre', 'andré', 'antoine', 'laurent', 'mathieu', 'julien', 'guillaume', 'thierry', 'didier', 'gianluca', 'alessandro', 'stefano', 'dario', 'marco',
    'niels', 'mikkel', 'rasmus', 'anders', 'mads', 'søren', 'soren', 'henrik', 'ole', 'jerzy', 'wojciech', 'pawel', 'paweł', 'grzegorz', 'lukasz', 'łukasz', 'tobias',
    'georg', 'jurgen', 'jürgen', 'dieter', 'uwe', 'florian', 'maximilian', 'vytautas', 'gintaras', 'mindaugas', 'ionut', 'ion', 'mihai', 'bogdan', 'andrej', 'milan',
    'tomas', 'tomás', 'shigeru', 'kenichiro', 'takeshi', 'hiroki', 'emre', 'mehmet', 'mustafa', 'marek', 'piotr', 'samuel', 'ahmed', 'omar', 'mohammed', 'muhammad', 'hassan', 'kwame', 'emeka', 'hiroshi', 'kenji', 'wei', 'raj', 'arjun', 'pedro', 'luiz', 'gabriel', 'matias',
  ],
  female: [
    'agnieszka', 'alexandra', 'alice', 'alina', 'amelia', 'ana', 'anastasia', 'andrea', 'angela', 'anna', 'anne', 'annalena', 'antonia', 'barbara', 'beata', 'birgit',
    'camille', 'carla', 'caroline', 'catherine', 'charlotte', 'chiara', 'christine', 'claire', 'claudia', 'daria', 'diana', 'dorota', 'elena', 'elina', 'elisabeth',
    'elizabeth', 'ella', 'elzbieta', 'emily', 'emma', 'eva', 'ewa', 'francesca', 'giorgia', 'greta', 'hanna', 'hannah', 'helen', 'helena', 'ingrid', 'irina', 'isabel',
    'isabella', 'jacinda', 'jane', 'joanna', 'julia', 'kaja', 'karin', 'katarzyna', 'katharina', 'kamala', 'kristina', 'laura', 'lena', 'lisa', 'liz', 'lucia', 'magdalena',
    'maia', 'maja', 'margaret', 'margrethe', 'maria', 'marie', 'marina', 'marta', 'martina', 'mary', 'mette', 'monika', 'nadia', 'natalia', 'nathalie', 'nina', 'olena',
    'olga', 'paula', 'rachel', 'roberta', 'rosa', 'sandra', 'sanna', 'sara', 'sarah', 'silvia', 'sofia', 'sophie', 'susanne', 'svetlana', 'tatiana', 'ursula', 'valentina',
    'vera', 'victoria', 'yulia', 'zofia', 'zuzana', 'carmen', 'lucía', 'lucia', 'pilar', 'mercedes', 'ines', 'inês', 'beatriz', 'mariana', 'catarina', 'joana',
    'helene', 'hélène', 'sylvie', 'isabelle', 'juliette', 'manon', 'giulia', 'federica', 'elisa', 'miriam', 'sabine', 'ursula', 'heike', 'petra', 'anke', 'frederikke',
    'mette', 'freja', 'astrid', 'sigrid', 'rūta', 'ruta', 'ieva', 'ioana', 'andreea', 'elena', 'mirela', 'ewa', 'hanna', 'marta', 'oksana', 'daria', 'iryna', 'aisha',
    'inès', 'ines', 'amparo', 'rocío', 'rocio', 'consuelo', 'rosario', 'socorro', 'begoña', 'itziar', 'aiko', 'mai', 'yuko', 'keiko', 'haruka', 'elif', 'zeynep', 'ayşe', 'ayse',
    'fatima', 'amina', 'priya', 'yuki', 'mei', 'ana', 'sofia', 'sophia', 'lena', 'anja', 'katja', 'tanja', 'ilse', 'greta', 'ebba', 'linnea', 'maja', 'mia',
  ],
};

/**
 * When no list knows a given name, its ending is a weak hint: many European women's names end in
 * -a (Iva, Mariela), many men's in -o, -os or -as (Marco, Tomás). Used only as a last resort.
 */
export const givenNameEndings: Array<{ pattern: RegExp; gender: 'male' | 'female' }> = [
  { pattern: /(?:[^u]a|ová|ska|ina|ette|elle|ine)$/, gender: 'female' },
  { pattern: /(?:o|os|as|us|ás|ós|ek|ij|iy|slav)$/, gender: 'male' },
];

/** Words that look like names at the start of a sentence but are not people. */
export const notNames = new Set([
  'the', 'a', 'an', 'this', 'that', 'these', 'those', 'it', 'its', 'we', 'our', 'i', 'you', 'they', 'he', 'she', 'his', 'her', 'their', 'there', 'here',
  'however', 'meanwhile', 'moreover', 'still', 'also', 'but', 'and', 'or', 'so', 'yet', 'then', 'now', 'today', 'yesterday', 'tomorrow', 'on', 'in', 'at', 'for', 'from',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'according', 'as', 'when', 'while', 'after', 'before', 'since', 'despite', 'if',
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'earlier', 'later', 'first', 'second',
  'all', 'many', 'some', 'no', 'not', 'only', 'even', 'both', 'each', 'every', 'other', 'another', 'such', 'what', 'who', 'why', 'how', 'where', 'which',
  // Verbs and function words that a Title Case headline capitalises: "Cruz Has ‘To Come a Long Way’", "Trump Is …".
  'is', 'are', 'was', 'were', 'be', 'been', 'being', 'has', 'have', 'had', 'would', 'can', 'could', 'should', 'must', 'might', 'does', 'did', 'do',
  'says', 'said', 'tells', 'told', 'gets', 'got', 'makes', 'made', 'wants', 'calls', 'called', 'to', 'of', 'with', 'by', 'into', 'over', 'about', 'against',
  'than', 'just', 'more', 'most', 'very', 'feel', 'feels', 'hits', 'slams', 'blasts', 'warns', 'vows', 'says', 'rips', 'urges', 'backs', 'defends', 'wins', 'loses',
]);
