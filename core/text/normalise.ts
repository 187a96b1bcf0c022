// Curly quotes, dashes, any white space but a plain space, doubled or edge spaces.
const NEEDS_FOLDING = /[\u2018\u2019\u201B\u201C\u201D\u201F\u2010-\u2015\u2212]|[^\S ]|\s\s|^\s|\s$/;

/** Folds white space, curly quotes and dashes, so text from different PDF producers compares equal. */
export function normaliseText(text: string): string {
  // Most text is already plain: one test instead of five replacements (this runs on every line).
  if (!NEEDS_FOLDING.test(text)) return text;
  return text
    .replace(/[\u2018\u2019\u201B]/g, "'")
    .replace(/[\u201C\u201D\u201F]/g, '"')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/\u00A0/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Lower-case, normalised form for matching phrases. */
export const foldForMatch = (text: string): string => normaliseText(text).toLowerCase();

export function countWords(text: string): number {
  const words = text.match(/[A-Za-z0-9']+/g);
  return words ? words.length : 0;
}
