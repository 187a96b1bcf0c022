import natural from 'natural';

// natural is CommonJS: its ESM face has only a default export (named imports fail at run time).
const { PorterStemmer, WordTokenizer, stopwords } = natural;

const tokenizer = new WordTokenizer();
const STOP = new Set(stopwords);

/**
 * Content-word stems of a text: lower case, stop words and `ignore` words left out, Porter
 * stems ("reading", "reads" -> "read"), so "phonics" in a need and "phonic" in a provision meet.
 */
export function stemsOf(text: string, ignore: ReadonlySet<string>): readonly string[] {
  // The same units come back in each golden-thread criterion, with an ignore list of the same words.
  const key = ignoreKeyOf(ignore);
  let byText = stemsMemo.get(key);
  if (!byText) {
    if (stemsMemo.size > 20) stemsMemo.clear();
    stemsMemo.set(key, (byText = new Map()));
  }
  let stems = byText.get(text);
  if (!stems) {
    if (byText.size > CACHE_LIMIT / 4) byText.clear();
    byText.set(text, (stems = computeStems(text, ignore)));
  }
  return stems;
}

const stemsMemo = new Map<string, Map<string, readonly string[]>>();
const ignoreKeys = new WeakMap<ReadonlySet<string>, string>();
function ignoreKeyOf(ignore: ReadonlySet<string>): string {
  let key = ignoreKeys.get(ignore);
  if (key === undefined) ignoreKeys.set(ignore, (key = [...ignore].sort().join('|')));
  return key;
}

function computeStems(text: string, ignore: ReadonlySet<string>): string[] {
  const out: string[] = [];
  for (const raw of tokensOf(text)) {
    if (raw.length < 3 || /^\d+$/.test(raw) || STOP.has(raw) || ignore.has(raw)) continue;
    const stem = stemOf(raw);
    if (!ignore.has(stem)) out.push(stem);
  }
  return out;
}

// Memo tables: the golden-thread criteria tokenise and stem the same texts and words again and
// again (every unit against every other, three criteria per plan). The functions are pure, so a
// bounded cache changes nothing but the time.
const CACHE_LIMIT = 20_000;
const stemCache = new Map<string, string>();
const tokenCache = new Map<string, readonly string[]>();

function stemOf(word: string): string {
  let stem = stemCache.get(word);
  if (stem === undefined) {
    if (stemCache.size > CACHE_LIMIT) stemCache.clear();
    stem = PorterStemmer.stem(word);
    stemCache.set(word, stem);
  }
  return stem;
}

function tokensOf(text: string): readonly string[] {
  let tokens = tokenCache.get(text);
  if (!tokens) {
    if (tokenCache.size > CACHE_LIMIT / 4) tokenCache.clear();
    tokens = tokenizer.tokenize(text.toLowerCase());
    tokenCache.set(text, tokens);
  }
  return tokens;
}

/**
 * Word families: words a need and its provision use for the same thing though they share no
 * stem ("handwriting" and "typing", "self-esteem" and "praise"). Each family is a list of words
 * or phrases; a text that uses any of them also carries the family as a term of its own.
 */
export type WordFamilies = readonly (readonly string[])[];

const familyCache = new Map<string, RegExp[]>();
// By identity first: the rubric's family list is read-only and asked for once per text.
const familiesByList = new WeakMap<WordFamilies, RegExp[]>();

function familyPatterns(families: WordFamilies): RegExp[] {
  const known = familiesByList.get(families);
  if (known) return known;
  const compiled = familyPatternsByText(families);
  familiesByList.set(families, compiled);
  return compiled;
}

function familyPatternsByText(families: WordFamilies): RegExp[] {
  const key = families.map((f) => f.join('|')).join('||');
  let res = familyCache.get(key);
  if (!res) {
    res = families.map((f) => new RegExp(`(?<![a-z])(?:${f.map((w) => w.toLowerCase().replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+')).join('|')})(?![a-z])`, 'i'));
    if (familyCache.size > 50) familyCache.clear();
    familyCache.set(key, res);
  }
  return res;
}

/** Stems of a text plus a term for each word family it uses ("family:3"). */
export function termsOf(text: string, ignore: ReadonlySet<string>, families: WordFamilies = []): string[] {
  return [...stemsOf(text, ignore), ...familyTermsOf(text, families)];
}

// The three golden-thread criteria meet the same units again (F's lines are B4's targets and
// F3's units): which families a text uses is worked out once per text and family list.
const familyTermsMemo = new WeakMap<WordFamilies, Map<string, readonly string[]>>();

function familyTermsOf(text: string, families: WordFamilies): readonly string[] {
  if (families.length === 0) return [];
  let byText = familyTermsMemo.get(families);
  if (!byText) familyTermsMemo.set(families, (byText = new Map()));
  let terms = byText.get(text);
  if (!terms) {
    if (byText.size > CACHE_LIMIT / 4) byText.clear();
    const found: string[] = [];
    familyPatterns(families).forEach((re, i) => {
      if (re.test(text)) found.push(`family:${i}`);
    });
    byText.set(text, (terms = found));
  }
  return terms;
}

/** A bag of stems weighted by how rare each stem is among the plan's units (TF-IDF). */
export type Vector = ReadonlyMap<string, number>;

/**
 * Builds TF-IDF vectors for a set of texts, with document frequencies taken over the same set:
 * words every unit shares (the child's name, "support") weigh little.
 */
export function tfidfVectors(texts: readonly string[], ignore: ReadonlySet<string>, families: WordFamilies = []): Vector[] {
  const bags = texts.map((t) => termsOf(t, ignore, families));
  const df = new Map<string, number>();
  for (const bag of bags) for (const stem of new Set(bag)) df.set(stem, (df.get(stem) ?? 0) + 1);
  const n = bags.length;
  return bags.map((bag) => {
    const tf = new Map<string, number>();
    for (const stem of bag) tf.set(stem, (tf.get(stem) ?? 0) + 1);
    const v = new Map<string, number>();
    for (const [stem, count] of tf) v.set(stem, (1 + Math.log(count)) * Math.log(1 + n / (df.get(stem) ?? 1)));
    return v;
  });
}

// A vector is compared with many others: its length is worked out once.
const norms = new WeakMap<Vector, number>();
function normOf(v: Vector): number {
  let n = norms.get(v);
  if (n === undefined) {
    n = 0;
    for (const x of v.values()) n += x * x;
    n = Math.sqrt(n);
    norms.set(v, n);
  }
  return n;
}

export function cosine(a: Vector, b: Vector): number {
  const na = normOf(a);
  const nb = normOf(b);
  if (na === 0 || nb === 0) return 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let dot = 0;
  for (const [k, x] of small) {
    const y = large.get(k);
    if (y !== undefined) dot += x * y;
  }
  return dot / (na * nb);
}

/** The stems two vectors share, heaviest first: what a rationale can name as the common thread. */
export function sharedStems(a: Vector, b: Vector, max = 3): string[] {
  return [...a.entries()].filter(([k]) => b.has(k) && !k.startsWith('family:')).sort((x, y) => y[1] * (b.get(y[0]) ?? 0) - x[1] * (b.get(x[0]) ?? 0)).slice(0, max).map(([k]) => k);
}
