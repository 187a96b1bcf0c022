import natural from 'natural';

// natural is CommonJS: its ESM face has only a default export (named imports fail at run time).
const { TfIdf, WordTokenizer, stopwords } = natural;
const tokenizer = new WordTokenizer();
// With the words pseudonyms are made of: "Child 1A2B3C4D" in every comment is no theme.
const STOP = new Set([...stopwords, 'child', 'parent', 'plan', 'section', 'criterion', 'needs', 'need', 'met', 'partly']);

export interface Comment {
  readonly text: string;
  readonly criterion: string | null;
  readonly planKey: string;
}

export interface CommentTheme {
  /** The theme's most characteristic words, by summed TF-IDF weight. */
  readonly terms: readonly string[];
  readonly comments: readonly Comment[];
  /** Criteria the comments were about, most frequent first. */
  readonly criteria: readonly string[];
}

type Vector = Map<string, number>;

const tokens = (text: string) => tokenizer.tokenize(text.toLowerCase()).filter((t) => t.length >= 3 && !/\d/.test(t) && !STOP.has(t));

function cosine(a: Vector, b: Vector): number {
  let dot = 0, na = 0, nb = 0;
  for (const [t, w] of a) { na += w * w; const o = b.get(t); if (o) dot += w * o; }
  for (const w of b.values()) nb += w * w;
  return na === 0 || nb === 0 ? 0 : dot / Math.sqrt(na * nb);
}

/**
 * Groups auditors' comments into themes: each comment becomes a TF-IDF vector (natural's
 * TfIdf over all comments, stop words left out), then joins the first theme whose centroid it
 * resembles (cosine at least `minSimilarity`) or starts a new one. Greedy and in input order, so
 * the same comments give the same themes. Largest theme first.
 */
export function commentThemes(comments: readonly Comment[], options: { readonly minSimilarity?: number; readonly termsPerTheme?: number } = {}): CommentTheme[] {
  const minSimilarity = options.minSimilarity ?? 0.25;
  // Words in more than half the comments (when there are a few) tell them apart no better than stop words.
  const words = comments.map((c) => tokens(c.text));
  const df = new Map<string, number>();
  for (const w of words) for (const t of new Set(w)) df.set(t, (df.get(t) ?? 0) + 1);
  const common = (t: string) => comments.length >= 4 && (df.get(t) ?? 0) > comments.length / 2;
  const tfidf = new TfIdf();
  const kept: Comment[] = [];
  comments.forEach((c, i) => {
    const own = words[i]!.filter((t) => !common(t));
    if (own.length === 0) return;
    kept.push(c);
    tfidf.addDocument(own);
  });
  const vectors: Vector[] = kept.map((_, i) => new Map(tfidf.listTerms(i).slice(0, 12).map((t) => [t.term, t.tfidf])));
  const clusters: { centroid: Vector; members: number[] }[] = [];
  vectors.forEach((v, i) => {
    let best: (typeof clusters)[number] | undefined;
    let bestScore = minSimilarity;
    for (const c of clusters) {
      const score = cosine(v, c.centroid);
      if (score >= bestScore) { best = c; bestScore = score; }
    }
    if (!best) { clusters.push({ centroid: new Map(v), members: [i] }); return; }
    best.members.push(i);
    for (const [t, w] of v) best.centroid.set(t, (best.centroid.get(t) ?? 0) + w);
  });
  return clusters
    .map((c) => {
      const members = c.members.map((i) => kept[i]!);
      const criteria = new Map<string, number>();
      for (const m of members) if (m.criterion) criteria.set(m.criterion, (criteria.get(m.criterion) ?? 0) + 1);
      return {
        terms: [...c.centroid.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, options.termsPerTheme ?? 3).map(([t]) => t),
        comments: members,
        criteria: [...criteria.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([id]) => id),
      };
    })
    .sort((a, b) => b.comments.length - a.comments.length);
}
