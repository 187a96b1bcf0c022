import { z } from 'zod';
import { type Evidence, type Plan } from '../domain';
import { POSTCODE_SOURCE } from '../text';
import { defineDetector } from './detector';
import { makeFinding } from './support/finding';
import { examples } from './support/levels';
import { findMatches, patternList } from './support/patterns';
import { evidenceOf, type PlanSentence, sentencesOf } from './support/plan-text';

const optionsSchema = z.strictObject({
  /** Acronyms everyone knows, never counted ("NHS", "GP", "UK"). */
  knownAcronyms: z.array(z.string().min(1)).default([]),
  /** Professional jargon a family would not follow unless it is explained (case-insensitive, whole words). */
  jargonPatterns: patternList.default([]),
  /** Unexplained acronyms plus jargon terms at which the plan is `partly`, and `not_met`. */
  partlyAt: z.number().int().min(1),
  notMetAt: z.number().int().min(1),
});
type Options = z.infer<typeof optionsSchema>;

/** A postcode's letters ("PQ6 8PH") are not an acronym. */
const POSTCODES = new RegExp(POSTCODE_SOURCE, 'g');
/** Upper-case tokens of two to six letters, with an optional lower-case tail or digits: "SENCo", "SaLT", "CELF-5", "EHCP". */
const ACRONYM = /([A-Z][A-Za-z]?[A-Z]{1,4}[a-z]?)(?:-?\d+)?s?(?![A-Za-z0-9])/g;
/** What may not come right before an acronym (checked by hand: a look-behind at every position is slow). */
const WORD_BEFORE = /[A-Za-z0-9-]/;

/** Letters and capitals in a text, counted in one pass. */
function letterCounts(text: string): { letters: number; capitals: number } {
  let letters = 0;
  let capitals = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 65 && c <= 90) {
      letters++;
      capitals++;
    } else if (c >= 97 && c <= 122) letters++;
  }
  return { letters, capitals };
}
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Whether the plan spells the acronym out: "speech and language therapist (SaLT)", "SaLT (speech...)", "SaLT: speech...", "SaLT stands for". */
function explained(acronym: string, text: string): boolean {
  const a = escape(acronym);
  return new RegExp(`\\(\\s*${a}[\\w-]*\\s*\\)|\\b${a}[\\w-]*\\s*\\(\\s*[a-z]|\\b${a}\\s*[:=–-]\\s+[A-Z]?[a-z]+\\s+[a-z]|\\b${a}\\s+(stands for|means|is short for)`, '').test(text);
}

/** Upper-case words that are just shouting ("SECTION B NEEDS") are not acronyms: a word the plan also writes in lower case. */
function acronymsIn(sentences: readonly PlanSentence[], o: Options): Map<string, PlanSentence> {
  const lower = new Set(sentences.flatMap((s) => s.text.match(/\b[a-z]{2,}\b/g) ?? []));
  const known = new Set(o.knownAcronyms.map((k) => k.toUpperCase()));
  const found = new Map<string, PlanSentence>();
  for (const s of sentences) {
    const { letters, capitals } = letterCounts(s.text);
    if (letters > 12 && capitals / letters > 0.6) continue;
    const text = s.text.replace(POSTCODES, ' ');
    for (const m of text.matchAll(ACRONYM)) {
      if (m.index > 0 && WORD_BEFORE.test(text[m.index - 1]!)) continue;
      const token = m[1]!;
      if (known.has(token.toUpperCase()) || lower.has(token.toLowerCase()) || found.has(token)) continue;
      found.set(token, s);
    }
  }
  return found;
}

/** P1: plain, accessible language: acronyms explained, professional jargon avoided or explained. */
export const plainLanguage = defineDetector<Options>({
  id: 'plain-language',
  optionsSchema,
  detect(plan: Plan, o) {
    const sentences = sentencesOf(plan);
    const text = [...plan.front.map((p) => p.text), ...sentences.map((s) => s.text)].join('\n');
    const unexplained = [...acronymsIn(sentences, o)].filter(([a]) => !explained(a, text));
    const jargon = new Map<string, PlanSentence>();
    for (const s of sentences) for (const m of findMatches(s.text, o.jargonPatterns)) if (!jargon.has(m.text.toLowerCase())) jargon.set(m.text.toLowerCase(), s);
    const count = unexplained.length + jargon.size;
    const evidence: Evidence[] = [...new Set([...unexplained.map(([, s]) => s), ...jargon.values()])].slice(0, 5).map(evidenceOf);
    const terms = examples([...unexplained.map(([a]) => a), ...jargon.keys()], 4);
    if (count < o.partlyAt) {
      return [makeFinding({ criterion: o.criterion, level: 'met', confidence: 0.6, rationale: count === 0 ? 'Acronyms are explained and no unexplained jargon was found.' : `Language is mostly plain (only ${terms} unexplained).`, evidence })];
    }
    const level = count >= o.notMetAt ? 'not_met' : 'partly';
    const parts = [unexplained.length > 0 ? `${unexplained.length} acronym${unexplained.length === 1 ? '' : 's'} never explained` : '', jargon.size > 0 ? `${jargon.size} jargon term${jargon.size === 1 ? '' : 's'}` : ''].filter(Boolean);
    return [makeFinding({ criterion: o.criterion, level, confidence: 0.6, rationale: `${parts.join(' and ')}, such as ${terms}.`, evidence })];
  },
});
