// Verbs that attribute words to a speaker, in every form an article uses them.
// One row a verb; add a row to teach Verbatim a new way of saying "said".

export const attributionVerbs: string[][] = [
  ['say', 'says', 'said', 'saying'],
  ['tell', 'tells', 'told', 'telling'],
  ['add', 'adds', 'added', 'adding'],
  ['note', 'notes', 'noted', 'noting'],
  ['emphasize', 'emphasizes', 'emphasized', 'emphasizing', 'emphasise', 'emphasises', 'emphasised', 'emphasising'],
  ['stress', 'stresses', 'stressed', 'stressing'],
  ['declare', 'declares', 'declared', 'declaring'],
  ['explain', 'explains', 'explained', 'explaining'],
  ['warn', 'warns', 'warned', 'warning'],
  ['insist', 'insists', 'insisted', 'insisting'],
  ['argue', 'argues', 'argued', 'arguing'],
  ['claim', 'claims', 'claimed', 'claiming'],
  ['state', 'states', 'stated', 'stating'],
  ['write', 'writes', 'wrote', 'writing', 'written'],
  ['post', 'posts', 'posted'],
  ['tweet', 'tweets', 'tweeted'],
  ['announce', 'announces', 'announced', 'announcing'],
  ['confirm', 'confirms', 'confirmed', 'confirming'],
  ['admit', 'admits', 'admitted', 'admitting'],
  ['conclude', 'concludes', 'concluded', 'concluding'],
  ['summarize', 'summarizes', 'summarized', 'summarise', 'summarises', 'summarised'],
  ['sum', 'sums', 'summed'],
  ['remark', 'remarks', 'remarked'],
  ['reply', 'replies', 'replied'],
  ['respond', 'responds', 'responded'],
  ['answer', 'answers', 'answered'],
  ['assert', 'asserts', 'asserted'],
  ['highlight', 'highlights', 'highlighted', 'highlighting'],
  ['acknowledge', 'acknowledges', 'acknowledged'],
  ['continue', 'continues', 'continued'],
  ['recall', 'recalls', 'recalled'],
  ['remember', 'remembers', 'remembered'],
  ['urge', 'urges', 'urged'],
  ['call', 'calls', 'called', 'calling'],
  ['describe', 'describes', 'described', 'describing'],
  ['remind', 'reminds', 'reminded'],
  ['promise', 'promises', 'promised'],
  ['pledge', 'pledges', 'pledged'],
  ['vow', 'vows', 'vowed'],
  ['predict', 'predicts', 'predicted'],
  ['suggest', 'suggests', 'suggested'],
  ['observe', 'observes', 'observed'],
  ['comment', 'comments', 'commented'],
  ['complain', 'complains', 'complained'],
  ['caution', 'cautions', 'cautioned'],
  ['counter', 'counters', 'countered'],
  ['ask', 'asks', 'asked'],
  ['joke', 'jokes', 'joked'],
  ['quip', 'quips', 'quipped'],
  ['reiterate', 'reiterates', 'reiterated'],
  ['agree', 'agrees', 'agreed'],
  ['maintain', 'maintains', 'maintained'],
  ['contend', 'contends', 'contended'],
  ['mention', 'mentions', 'mentioned'],
  ['reveal', 'reveals', 'revealed'],
  ['report', 'reports', 'reported'],
  ['point', 'points', 'pointed'],
  ['believe', 'believes', 'believed'],
  ['accuse', 'accuses', 'accused'],
  ['criticize', 'criticizes', 'criticized', 'criticise', 'criticises', 'criticised'],
  ['praise', 'praises', 'praised'],
  ['welcome', 'welcomes', 'welcomed'],
  ['dismiss', 'dismisses', 'dismissed'],
  ['shout', 'shouts', 'shouted'],
  ['whisper', 'whispers', 'whispered'],
  ['testify', 'testifies', 'testified'],
  ['recount', 'recounts', 'recounted'],
  ['underline', 'underlines', 'underlined'],
  ['underscore', 'underscores', 'underscored'],
  // Verbs of manner and stance that news uses for "said": "“…,” she conceded", "opined the Plain Dealer".
  ['opine', 'opines', 'opined'],
  ['proclaim', 'proclaims', 'proclaimed', 'proclaiming'],
  ['concede', 'concedes', 'conceded', 'conceding'],
  ['retort', 'retorts', 'retorted'],
  ['interject', 'interjects', 'interjected'],
  ['echo', 'echoes', 'echoed', 'echoing'],
  ['repeat', 'repeats', 'repeated', 'repeating'],
  ['boast', 'boasts', 'boasted', 'boasting'],
  ['muse', 'muses', 'mused'],
  ['lament', 'laments', 'lamented', 'lamenting'],
  ['wonder', 'wonders', 'wondered'],
  ['exclaim', 'exclaims', 'exclaimed'],
  ['yell', 'yells', 'yelled', 'yelling'],
  ['scold', 'scolds', 'scolded'],
  ['chide', 'chides', 'chided', 'chiding'],
  ['exhort', 'exhorts', 'exhorted'],
  ['gush', 'gushes', 'gushed'],
  ['beam', 'beams', 'beamed'],
  ['tout', 'touts', 'touted', 'touting'],
];

export const attributionVerbForms: ReadonlySet<string> = new Set(attributionVerbs.flat());

/**
 * Verbs that attribute only with a quotation right beside them: "He called the plan 'a mistake'"
 * attributes, "She called a meeting" does not. Used for fragments, not for free-standing sentences.
 */
export const fragmentOnlyVerbs: ReadonlySet<string> = new Set(['call', 'calls', 'called', 'calling', 'describing', 'describe', 'describes', 'described', 'believe', 'believes', 'believed', 'point', 'points', 'pointed', 'accuse', 'accuses', 'accused', 'criticize', 'criticizes', 'criticized', 'criticise', 'criticises', 'criticised', 'praise', 'praises', 'praised', 'welcome', 'welcomes', 'welcomed', 'dismiss', 'dismisses', 'dismissed', 'continue', 'continues', 'continued', 'report', 'reports', 'reported']);

/** Words a speaker phrase may carry between the speaker and the verb: "he later told", "she firmly said". */
export const attributionAdverbs: ReadonlySet<string> = new Set(['also', 'later', 'then', 'again', 'previously', 'once', 'further', 'only', 'recently', 'earlier', 'has', 'had', 'have', 'was', 'is', 'would', 'will', 'reportedly', 'simply', 'just']);

/** Lead-ins that introduce a source before a quotation: "According to X, …", "As X notes, …". */
export const sourceLeadIns = ['according to', 'in the words of', 'quoting', 'as quoted by'];

/** Words that always introduce a name or a term: "a so-called "reset"", "code-named "Eastern Shield"". */
export const namingCues: ReadonlySet<string> = new Set(['itself', 'themselves', 'himself', 'herself', 'so-called', 'so called', 'code-named', 'codenamed', 'code named', 'dubbed', 'titled', 'entitled', 'named', 'nicknamed', 'known as', 'the term', 'the word', 'the phrase']);

/**
 * Nouns right before a quotation that make it a name or a title ("the report "Heat and the City"")
 * unless a verb judges them ("called the plan "too little, too late"").
 */
export const scareQuoteCues: ReadonlySet<string> = new Set([
  'so-called', 'so called', 'code-named', 'codenamed', 'code named', 'dubbed', 'titled', 'entitled', 'named', 'nicknamed', 'known as', 'the term', 'the word',
  'the phrase', 'the slogan', 'the motto', 'the hashtag', 'the label', 'the film', 'the book', 'the novel', 'the song', 'the album', 'the report', 'the documentary',
  'the series', 'the show', 'the play', 'the exhibition', 'the operation', 'operation', 'the project', 'the programme', 'the program', 'the campaign', 'the initiative',
  'the plan', 'the doctrine', 'the strategy', 'the podcast', 'the magazine', 'the newspaper', 'the brand', 'the app', 'the mission', 'the exercise', 'the festival',
  'the movie', 'the painting', 'the opera', 'the bill', 'the law', 'the act', 'the treaty', 'the pact', 'the deal', 'the package', 'the cartoon', 'the headline',
  'the column', 'the essay', 'the study', 'the paper', 'the article', 'the manifesto',
  'film', 'book', 'novel', 'song', 'album', 'documentary', 'series', 'show', 'play', 'exhibition', 'podcast', 'movie', 'codename', 'code name', 'term', 'word', 'phrase',
  'slogan', 'motto', 'hashtag', 'label', 'brand', 'nickname', 'title', 'headline', 'column', 'report', 'study', 'plan', 'strategy',
  'programme', 'program', 'scheme', 'initiative', 'project', 'campaign', 'operation', 'exercise', 'mission', 'coalition', 'movement', 'group', 'party',
  'alliance', 'platform', 'network', 'app', 'bill', 'law', 'act', 'treaty', 'pact', 'festival', 'conference', 'summit', 'tour', 'show', 'series',
]);
