/** Folds white space, curly quotes and dashes, so text from different PDF producers compares equal. */
export function normaliseText(text: string): string {
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
