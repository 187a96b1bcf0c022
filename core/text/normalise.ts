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

/** Runs of ASCII letters, digits and apostrophes: "don't" is one word, "9:30" two. */
export function countWords(text: string): number {
  // A loop over character codes, not text.match(/[A-Za-z0-9']+/g): this runs on every line and
  // block many times over, and building the array of matches cost more than the counting.
  let words = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const wordChar = (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 39;
    if (wordChar && !inWord) words++;
    inWord = wordChar;
  }
  return words;
}
