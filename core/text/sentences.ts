/** A sentence of a longer text, with where it sits, so a quote is always an exact substring. */
export interface Sentence {
  readonly text: string;
  readonly start: number;
}

// Abbreviations after which a full stop does not end a sentence.
const ABBREVIATIONS = /(?:\b(?:e\.g|i\.e|etc|Dr|Mr|Mrs|Ms|Miss|Prof|St|No|approx|incl|min|mins|hr|hrs|wk|wks|vs|cf|Inc|Ltd|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)|\b[A-Z])$/;

const LIST_NUMBER = /^\s*\(?(?:\d{1,2}|[a-z]|[ivx]{1,4})[.)]$/i;

/**
 * Splits text into sentences at ., ! or ? followed by white space and a capital, digit, quote or
 * bullet, and at line breaks that end a list item. Cheap and deterministic: it runs on every
 * passage of every plan.
 */
export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  let start = 0;
  const push = (end: number) => {
    const raw = text.slice(start, end);
    const trimmedStart = raw.length - raw.trimStart().length;
    const value = raw.trim();
    if (value) out.push({ text: value, start: start + trimmedStart });
    start = end;
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === '\n') {
      push(i);
      continue;
    }
    if (ch !== '.' && ch !== '!' && ch !== '?') continue;
    let j = i + 1;
    while (j < text.length && /["'”’)\]]/.test(text[j]!)) j++;
    if (j >= text.length) continue;
    if (!/\s/.test(text[j]!)) continue;
    let k = j;
    while (k < text.length && /[ \t]/.test(text[k]!)) k++;
    const next = text[k] ?? '';
    if (!/[A-Z0-9"'“‘•\-–(]/.test(next)) continue;
    if (ch === '.' && ABBREVIATIONS.test(text.slice(Math.max(0, i - 6), i))) continue;
    // "7. Poppy will...": a list number opens the sentence, it is not one.
    if (ch === '.' && LIST_NUMBER.test(text.slice(start, i + 1))) continue;
    push(j);
  }
  push(text.length);
  return out;
}
