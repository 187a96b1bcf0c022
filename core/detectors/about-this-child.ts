import { z } from 'zod';
import { type Evidence, type Finding, type Plan, type SectionId } from '../domain';
import { type DetectorContext, defineDetector } from './detector';
import { makeFinding } from './support/finding';
import { examples } from './support/levels';
import { childNames, NAME_TOKEN } from './support/names';
import { compilePatterns, findMatches, matchesAny, patternList } from './support/patterns';
import { evidenceOf, lowerCaseWordsOf, type PlanSentence, sentencesOf } from './support/plan-text';

const sectionIds = z.array(z.enum(['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'I', 'J', 'K']));

const optionsSchema = z.strictObject({
  /** Template leftovers, case-insensitive: "[Name]", "XXX", "he/she". */
  placeholderPatterns: patternList,
  /** Template leftovers that only count in capitals ("NAME", "CHILD"), matched case-sensitively. */
  capitalPlaceholders: patternList.default([]),
  /** Words after a capitalised word that show it names the subject of the sentence ("will", "enjoys"). */
  subjectWords: patternList,
  /** Words after "<Name> will" that show an adult at work ("deliver", "support"), not a child. */
  adultActions: patternList,
  /** Words that point to someone other than the child (mum, brother, teacher, Mr): names beside them are known people. */
  personWords: patternList,
  /** Capitalised words that are not given names even before a verb ("Lego", "Maths", "Monday"). */
  notNames: patternList,
  /** Sections where a sentence's subject is nearly always the child: a wrong pronoun there is telling. */
  childSections: sectionIds.default(['B', 'E', 'F']),
  placeholderNotMetAt: z.number().int().min(1).default(2),
  otherNameNotMetAt: z.number().int().min(1).default(2),
  pronounNotMetAt: z.number().int().min(1).default(3),
});
type Options = z.infer<typeof optionsSchema>;
type Ctx = Options & DetectorContext;

type Gender = 'she' | 'he';
const PRONOUNS: Record<Gender, RegExp> = {
  she: /\b(?:she|her|hers|herself)\b/i,
  he: /\b(?:he|him|his|himself)\b/i,
};
const SUBJECT_START: Record<Gender, RegExp> = { she: /^(?:she|her)\b/i, he: /^(?:he|his)\b/i };
const other = (g: Gender): Gender => (g === 'she' ? 'he' : 'she');

// Word patterns are built once per word: this runs on every sentence of the plan.
const wordPatterns = new Map<string, RegExp>();
const hasWord = (text: string, word: string) => {
  let re = wordPatterns.get(word);
  if (!re) {
    if (wordPatterns.size > 500) wordPatterns.clear();
    re = new RegExp(`(?<![A-Za-z])${word}(?![A-Za-z])`);
    wordPatterns.set(word, re);
  }
  return re.test(text);
};
const capped = (list: readonly Evidence[]) => list.slice(0, 5);
const SPACE_LOWER = /\s+[a-z]/y;
const POSSESSIVE_LOWER = /['’]s\s+[a-z]/y;
/** A cover form's label in capitals at the start of its line, up to its value: "NAME (SURNAME FIRST)". */
const CAPITAL_LABEL = /^[A-Z][A-Z0-9 ()/&'’,.:-]*(?=\s+[A-Z]?[a-z0-9]|$)/;

const CAPITAL_LABEL_BEFORE_VALUE = /^(?:[A-Z]{2,}[()/&'’,.:-]*\s+)+(?=[A-Z][a-z]|\d)/;

const LONE_CAPITAL_LABEL = /^[A-Z]{2,}(?: [A-Z]{2,})*:?$/;

/** What every check asks of each sentence, worked out once: does it name the child, who else does it mention. */
interface SentenceFacts {
  readonly first: string;
  readonly namesChild: readonly boolean[];
  readonly personWords: readonly (readonly { text: string; index: number }[])[];
}

function sentenceFacts(sentences: readonly PlanSentence[], first: string, o: Ctx): SentenceFacts {
  return { first, namesChild: sentences.map((s) => hasWord(s.text, first)), personWords: sentences.map((s) => findMatches(s.text, o.personWords)) };
}

function placeholders(plan: Plan, sentences: readonly PlanSentence[], o: Ctx): Finding | null {
  const capitals = compilePatterns(o.capitalPlaceholders);
  const caseSensitive = capitals ? new RegExp(capitals.source, 'g') : null;
  // Cover-page leftovers ("Name: [Child's name]") count too; their evidence has no section.
  // A cover form's labels in capitals open their passage ("NAME Gabriel Bramwell", "NAME" over
  // the value): a word in capitals there is a label, not a leftover; after a label ("Name: NAME") it is one.
  const front = plan.front.map((p) => ({ text: p.text, labelsFirst: true, evidence: { ...evidenceOf({ section: 'A', page: p.page, text: p.text }), section: null } }));
  // In the body too, a signature block's label in capitals before its value ("NAME Imelda Clegg")
  // or alone over it ("NAME", then "Imelda Clegg") is a label; "NAME will ask for help" is a leftover.
  const body = sentences.map((s) => ({ text: s.text, labelsFirst: CAPITAL_LABEL_BEFORE_VALUE.test(s.text) || LONE_CAPITAL_LABEL.test(s.text), evidence: evidenceOf(s) }));
  const hits: { phrase: string; evidence: Evidence }[] = [];
  for (const s of [...front, ...body]) {
    const label = s.labelsFirst ? (CAPITAL_LABEL.exec(s.text)?.[0].length ?? 0) : 0;
    const capitalHits = caseSensitive ? [...s.text.matchAll(caseSensitive)].filter((m) => !(s.labelsFirst && m.index < Math.max(1, label))).map((m) => m[0]) : [];
    const found = [...findMatches(s.text, o.placeholderPatterns).map((m) => m.text), ...capitalHits];
    if (found.length > 0) hits.push({ phrase: found[0]!, evidence: s.evidence });
  }
  if (hits.length === 0) return null;
  return makeFinding({
    criterion: o.criterion, level: hits.length >= o.placeholderNotMetAt ? 'not_met' : 'partly', confidence: 0.8,
    rationale: `Template text left in the plan: ${examples(hits.map((h) => h.phrase), 3)} (${hits.length} place${hits.length === 1 ? '' : 's'}).`,
    evidence: capped(hits.map((h) => h.evidence)),
  });
}

/**
 * The words that name the person a person word points to: up to two capitalised words right after
 * it ("brother Jack Smith", "Mum, Sarah,", "a sister called Amy"). A lower-case word ends the
 * name, so "Lisa Rahman, educational psychologist (EP), observed Esme" keeps Esme the child.
 */
function namesAfter(words: readonly string[], i: number): string[] {
  const out: string[] = [];
  for (let j = i + 1; j < words.length && out.length < 2; j++) {
    const w = words[j]!;
    if (/^(?:called|named)$/.test(w) && out.length === 0) continue;
    if (!/^[(“‘"']?[A-Z]/.test(w)) break;
    out.push(w);
    if (/[,.;:)]$/.test(w)) break;
  }
  return out;
}

/** People the plan names who are not the child: titled adults, family, professionals, cover-page names. */
function knownPeople(plan: Plan, sentences: readonly PlanSentence[], o: Ctx, facts: SentenceFacts): Set<string> {
  const known = new Set<string>();
  const person = compilePatterns(o.personWords);
  const add = (text: string) => { for (const m of text.matchAll(NAME_TOKEN)) known.add(m[0]); };
  for (const p of plan.front) add(p.text);
  if (plan.metadata.caseworker) add(plan.metadata.caseworker);
  if (plan.metadata.setting) add(plan.metadata.setting);
  sentences.forEach((s, n) => {
    if (s.section === 'K') add(s.text);
    for (const m of s.text.matchAll(/\b(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof)\.?\s+([A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)/g)) add(m[1]!);
    if (!person) return;
    // "brother Jack", "Mum, Sarah," name a known person; so do "Sarah (Mum)" and "Sarah Jones, teacher".
    // One scan of the sentence instead of one per word: a word is a person word when a match lies inside it.
    const hits = facts.personWords[n]!;
    if (hits.length === 0) return;
    const spans = [...s.text.matchAll(/\S+/g)];
    const words = spans.map((w) => w[0]);
    words.forEach((w, i) => {
      const start = spans[i]!.index;
      if (!hits.some((h) => h.index >= start && h.index + h.text.length <= start + w.length)) return;
      for (const near of namesAfter(words, i)) add(near);
      const labelled = w.startsWith('(') || (words[i - 1]?.endsWith(',') ?? false);
      if (labelled) for (const near of words.slice(Math.max(0, i - 2), i)) add(near);
    });
  });
  return known;
}

function otherNames(plan: Plan, sentences: readonly PlanSentence[], o: Ctx, own: ReadonlySet<string>, facts: SentenceFacts): Finding | null {
  const known = knownPeople(plan, sentences, o, facts);
  const lower = lowerCaseWordsOf(plan);
  const subject = compilePatterns(o.subjectWords);
  const adult = compilePatterns(o.adultActions);
  if (!subject) return null;
  // Sticky patterns read on from where the name ends, without slicing the sentence for each name.
  const subjectNext = new RegExp(`\\s+(?:${subject.source})`, 'iy');
  const adultNext = adult ? new RegExp(`\\s+will\\s+(?:${adult.source})`, 'iy') : null;
  const at = (re: RegExp, text: string, index: number) => ((re.lastIndex = index), re.test(text));
  // Most capitalised words recur (sentence openings, subjects, places): judge each word once.
  const candidate = new Map<string, boolean>();
  const couldBeOtherChild = (name: string) => {
    let judged = candidate.get(name);
    if (judged === undefined) {
      judged = !(own.has(name) || known.has(name) || lower.has(name.toLowerCase()) || matchesAny(name, o.notNames));
      candidate.set(name, judged);
    }
    return judged;
  };
  const hits: { name: string; evidence: Evidence }[] = [];
  for (const s of sentences) {
    // The child's own words in quotes speak of other people and things ("“Assembly is too long”"):
    // a name there is not one copied from another child's plan.
    if (QUOTED.test(s.text)) continue;
    for (const m of s.text.matchAll(NAME_TOKEN)) {
      const name = m[0].replace(/['’]s$/, '');
      if (!couldBeOtherChild(name)) continue;
      const end = m.index + m[0].length;
      // "Jayden's reading" is a person's; "St Anne's Church" is a place's.
      const possessive = /['’]s$/.test(m[0]) ? at(SPACE_LOWER, s.text, end) : at(POSSESSIVE_LOWER, s.text, end);
      if (/\b(?:St|Saint)\.?\s*$/.test(s.text.slice(Math.max(0, m.index - 8), m.index))) continue;
      if (!possessive && !at(subjectNext, s.text, end)) continue;
      if (adultNext && at(adultNext, s.text, end)) continue;
      hits.push({ name, evidence: evidenceOf(s) });
      break;
    }
  }
  if (hits.length === 0) return null;
  hits.push(...laterMentions(sentences, hits, o));
  return makeFinding({
    criterion: o.criterion, level: hits.length >= o.otherNameNotMetAt ? 'not_met' : 'partly', confidence: hits.length >= o.otherNameNotMetAt ? 0.7 : 0.55,
    rationale: `A name other than the child's is used as if it were the child's: ${examples(hits.map((h) => h.name), 3)} (${hits.length} sentence${hits.length === 1 ? '' : 's'}).`,
    evidence: capped(hits.map((h) => h.evidence)),
  });
}

const QUOTED = /^\s*[“"‘]/;

// Any verb of the present tense ("forgets", "compares", "misses"): too loose to find a name, but
// enough to count the sentences of a name already found as a child's.
const PRESENT_VERB_NEXT = /\s+[a-z]{2,}s\b/y;

/**
 * A name found used as the child's (by a verb of the rubric's list or a possessive) is counted
 * again wherever, in the sections about the child, it opens a present-tense verb: a need copied
 * from another child's plan says "Sofia forgets steps" as often as "Sofia finds".
 */
function laterMentions(sentences: readonly PlanSentence[], found: readonly { name: string; evidence: Evidence }[], o: Ctx): { name: string; evidence: Evidence }[] {
  const names = new Set(found.map((h) => h.name));
  const already = new Set(found.map((h) => h.evidence.quote));
  const out: { name: string; evidence: Evidence }[] = [];
  for (const s of sentences) {
    if (!o.childSections.includes(s.section)) continue;
    const m = [...s.text.matchAll(NAME_TOKEN)].find((t) => names.has(t[0]) && ((PRESENT_VERB_NEXT.lastIndex = t.index + t[0].length), PRESENT_VERB_NEXT.test(s.text)));
    if (!m) continue;
    const evidence = evidenceOf(s);
    if (!already.has(evidence.quote)) out.push({ name: m[0], evidence });
  }
  return out;
}

/**
 * The pronouns the plan uses for the child: pronouns in sentences that name the child and
 * nobody else, and "Amelia is a ... girl" (which outweighs a few pronouns).
 */
function childGender(sentences: readonly PlanSentence[], first: string, facts: SentenceFacts): Gender | null {
  const count: Record<Gender, number> = { she: 0, he: 0 };
  const noun = new RegExp(`(?<![A-Za-z])${first}\\s+is\\s+an?\\s+(?:[a-z-]+\\s+){0,3}(girl|boy|young woman|young man|daughter|son)\\b`, 'i');
  const counters = { she: new RegExp(PRONOUNS.she.source, 'gi'), he: new RegExp(PRONOUNS.he.source, 'gi') };
  sentences.forEach((s, i) => {
    const n = noun.exec(s.text);
    if (n) count[/girl|woman|daughter/i.test(n[1]!) ? 'she' : 'he'] += 5;
    if (!facts.namesChild[i] || facts.personWords[i]!.length > 0) return;
    for (const g of ['she', 'he'] as const) count[g] += (s.text.match(counters[g]) ?? []).length;
  });
  if (count.she + count.he < 2) return null;
  if (count.she >= 2 * count.he) return 'she';
  if (count.he >= 2 * count.she) return 'he';
  return null;
}

function wrongPronouns(sentences: readonly PlanSentence[], o: Ctx, facts: SentenceFacts): Finding | null {
  const gender = childGender(sentences, facts.first, facts);
  if (!gender) return null;
  const wrong = other(gender);
  const inChildSection = new Set<SectionId>(o.childSections);
  const hits: Evidence[] = [];
  sentences.forEach((s, i) => {
    if (!PRONOUNS[wrong].test(s.text) || facts.personWords[i]!.length > 0) return;
    const prev = sentences[i - 1];
    const samePassage = prev !== undefined && prev.passage === s.passage;
    const prevMentionsOther = samePassage && (facts.personWords[i - 1]!.length > 0 || PRONOUNS[wrong].test(prev.text) && !facts.namesChild[i - 1]);
    const namesChild = facts.namesChild[i];
    const opensWithWrong = inChildSection.has(s.section) && SUBJECT_START[wrong].test(s.text) && !prevMentionsOther;
    if ((namesChild && !prevMentionsOther) || opensWithWrong) hits.push(evidenceOf(s));
  });
  if (hits.length === 0) return null;
  const word = wrong === 'she' ? '"she" or "her"' : '"he" or "his"';
  return makeFinding({
    criterion: o.criterion, level: hits.length >= o.pronounNotMetAt ? 'not_met' : 'partly', confidence: 0.6,
    rationale: `${hits.length} sentence${hits.length === 1 ? ' uses' : 's use'} ${word} for a child the plan otherwise calls "${gender}".`,
    evidence: capped(hits),
  });
}

/**
 * When the plan's name was not read: the capitalised word most often the subject of a sentence
 * in B, E and F ("Amelia finds...", "Amelia will..."), if it clearly leads (five times and three
 * times the runner-up).
 */
function likelyChild(sentences: readonly PlanSentence[], o: Ctx): string | null {
  const subject = compilePatterns(o.subjectWords);
  if (!subject) return null;
  const next = new RegExp(`^\\s+(?:${subject.source})`, 'i');
  const counts = new Map<string, number>();
  for (const s of sentences) {
    if (!o.childSections.includes(s.section)) continue;
    for (const m of s.text.matchAll(NAME_TOKEN)) {
      const name = m[0].replace(/['’]s$/, '');
      if (matchesAny(name, o.notNames) || !(next.test(s.text.slice(m.index + m[0].length)) || /['’]s$/.test(m[0]))) continue;
      counts.set(name, (counts.get(name) ?? 0) + 1);
    }
  }
  const [top, second] = [...counts].sort((a, b) => b[1] - a[1]);
  return top && top[1] >= 5 && top[1] >= 3 * (second?.[1] ?? 0) ? top[0] : null;
}

/** P2: the plan is about this child: no template leftovers, no other child's name, no wrong pronouns. */
export const aboutThisChild = defineDetector<Options>({
  id: 'about-this-child',
  optionsSchema,
  detect(plan: Plan, o) {
    const sentences = sentencesOf(plan);
    const read = childNames(plan);
    const inferred = read.first ? null : likelyChild(sentences, o);
    const first = read.first ?? inferred;
    const all = inferred ? new Set([inferred]) : read.all;
    const facts = first ? sentenceFacts(sentences, first, o) : null;
    const flags = [
      placeholders(plan, sentences, o),
      facts ? otherNames(plan, sentences, o, all, facts) : null,
      facts ? wrongPronouns(sentences, o, facts) : null,
    ].filter((f): f is Finding => f !== null);
    if (flags.length > 0) return flags;
    const named = facts ? sentences.filter((_, i) => facts.namesChild[i]) : [];
    return [makeFinding({
      criterion: o.criterion, level: 'met', confidence: first ? (named.length >= 3 ? 0.8 : 0.6) : 0.45,
      rationale: first
        ? `The plan calls the child "${first}" throughout${inferred ? ' (the name as the plan uses it; it was not read from the cover)' : ''}, with no other child's name, wrong pronoun or template text.`
        : 'No template text found; the child\'s name was not read from the plan, so names and pronouns were not checked.',
      evidence: named.slice(0, 2).map(evidenceOf),
    })];
  },
});
