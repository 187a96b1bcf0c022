import { z } from 'zod';

/**
 * Phrase patterns as the rubric writes them: each string is a regular-expression fragment,
 * matched case-insensitively and only as whole words (the character before and after a match
 * must not be a letter or digit), so "may" does not match "mayor" and "access to" does not
 * match "accessed to". Plain phrases are valid patterns: "as required" matches "As Required".
 * White space in a pattern matches any run of white space, as PDFs break lines anywhere.
 */
export type PatternList = readonly string[];

function isValidPattern(source: string): boolean {
  try {
    new RegExp(spaces(source), 'i');
    return true;
  } catch {
    return false;
  }
}

const pattern = z.string().min(1).refine(isValidPattern, { message: 'not a valid pattern (a regular-expression fragment)' });

/**
 * A list of patterns. An item may itself be a list, so a rubric can reuse a shared list (a YAML
 * alias such as `- *roles`) and add its own patterns beside it; nested lists are flattened.
 */
export const patternList = z
  .array(z.union([pattern, z.array(pattern)]))
  .transform((items): readonly string[] => items.flat());

const EDGE_BEFORE = '(?<![A-Za-z0-9])';
const EDGE_AFTER = '(?![A-Za-z0-9])';

/**
 * A space in a pattern is any run of white space (PDF text breaks lines anywhere), an optional
 * space (" ?") any or none, and a space inside brackets ("[- ]") any one white-space character.
 * An apostrophe matches a straight or a curly one ("children's", "children’s").
 */
function spaces(p: string): string {
  let out = '';
  let inClass = false;
  for (let i = 0; i < p.length; i++) {
    const ch = p[i]!;
    if (ch === '\\') {
      out += ch + (p[i + 1] ?? '');
      i++;
    } else if (inClass) {
      if (ch === ']') inClass = false;
      out += ch === ' ' ? '\\s' : ch;
    } else if (ch === '[') {
      inClass = true;
      out += ch;
    } else if (ch === ' ') {
      while (p[i + 1] === ' ') i++;
      const optional = p[i + 1] === '?' || p[i + 1] === '*';
      if (optional) i++;
      out += optional ? '\\s*' : '\\s+';
    } else if (ch === "'" || ch === '’') out += "['’]";
    else out += ch;
  }
  return out;
}

const cache = new Map<string, RegExp | null>();
// Rubric lists are read-only (PatternList is a readonly array) and live as long as the rubric:
// looked up by identity first, so a detector testing every word against a long list does not
// rebuild the key each time.
const byList = new WeakMap<PatternList, RegExp | null>();

/** One global, case-insensitive, word-bounded expression for the list; null for an empty list. */
export function compilePatterns(patterns: PatternList): RegExp | null {
  const known = byList.get(patterns);
  if (known !== undefined) return known;
  const compiled = compileByText(patterns);
  byList.set(patterns, compiled);
  return compiled;
}

function compileByText(patterns: PatternList): RegExp | null {
  const key = patterns.join('\u0000');
  const hit = cache.get(key);
  if (hit !== undefined) return hit;
  const body = patterns.map((p) => `(?:${spaces(p.trim())})`).join('|');
  const re = patterns.length === 0 ? null : new RegExp(`${EDGE_BEFORE}(?:${body})${EDGE_AFTER}`, 'gi');
  // Lists with the child's name filled in differ per plan: keep the cache from growing without end.
  if (cache.size > 500) cache.clear();
  cache.set(key, re);
  return re;
}

export interface PatternMatch {
  readonly text: string;
  readonly index: number;
}

/** Every match of the list in the text, in order, never overlapping. */
export function findMatches(text: string, patterns: PatternList): PatternMatch[] {
  const re = compilePatterns(patterns);
  if (!re) return [];
  const out: PatternMatch[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    out.push({ text: m[0], index: m.index });
  }
  return out;
}

/** A paragraph's own number ("95. ", "B12 ", "3.1.2 "): not part of how the paragraph opens. */
const PARAGRAPH_NUMBER = /^\s*(?:[A-K]\d{1,2}(?:\.\d{1,2})*|\d{1,3}(?:\.\d{1,2})*)[.)]?\s+(?=\S)/;

/**
 * How a unit opens, its first `length` characters after its paragraph number: patterns about
 * openings ("^ these outcomes", "^ she") read a schedule's numbered paragraphs too.
 */
export const openingOf = (text: string, length: number): string => text.replace(PARAGRAPH_NUMBER, '').slice(0, length);

export function matchesAny(text: string, patterns: PatternList): boolean {
  const re = compilePatterns(patterns);
  if (!re) return false;
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m[0].length > 0) return true;
    re.lastIndex++;
  }
  return false;
}

/**
 * Blanks out (with spaces, so positions stay) every match of `patterns`: how a detector
 * ignores contexts that look like a flagged phrase but are not ("wheelchair access to", "May 2026").
 */
export function maskMatches(text: string, patterns: PatternList): string {
  let out = text;
  for (const m of findMatches(text, patterns)) out = out.slice(0, m.index) + ' '.repeat(m.text.length) + out.slice(m.index + m.text.length);
  return out;
}

/** Blanks out quoted speech ("...", “...”): a view quoted in a plan is not the plan's own wording. */
export function maskQuoted(text: string): string {
  return text.replace(/"[^"\n]{3,}?"|“[^”\n]{3,}?”/g, (q) => ' '.repeat(q.length));
}
