import { type Line } from '../domain';
import { countWords } from '../text';
import { type Block } from './blocks';
import { LARGER } from './headings';

/** Longest label told by its place alone ("What is going well", "Who will help me and how"). */
const MAX_LABEL_WORDS = 6;
/** How far a line must start from its neighbours to be set apart from them (points). */
const MIN_OFFSET = 3;
const ENDS_SENTENCE = /[.!?:;)"”’]$/;
const PUNCTUATED_END = /[.,;!?]$/;
const OPENS_PIECE = /^(?:[A-Z]|[•▪●◦○■□\-–*]\s)/;

const lineOf = (block: Block | undefined): Line | null => (block?.kind === 'line' ? block.line : null);

/**
 * A sub-heading printed in body type, which word processors often do when a style's weight is
 * lost: a short line that starts where neither the line above nor the one below starts, after a
 * finished sentence or a larger heading, with a new sentence or a bullet below it. The last line
 * of a paragraph ends in a stop, and a wrapped line starts under the one above, so neither is one.
 */
export function isSetApartLabel(line: Line, text: string, previous: Block | undefined, next: Block | undefined, bodyFontSize: number): boolean {
  const words = countWords(text);
  if (line.fragments.length !== 1 || words === 0 || words > MAX_LABEL_WORDS) return false;
  if (!/^[A-Z]/.test(text) || PUNCTUATED_END.test(text) || line.fontSize > bodyFontSize * LARGER) return false;
  const below = lineOf(next);
  if (!below || below.page !== line.page || below.y <= line.y || Math.abs(below.x - line.x) < MIN_OFFSET || !OPENS_PIECE.test(below.text.trim())) return false;
  // A label heads text: a line between two headings ("N/A" under "My social care needs") is the text.
  if (below.bold || below.fontSize >= line.fontSize * LARGER || !/[A-Za-z]{3}/.test(text)) return false;
  const above = lineOf(previous);
  if (!above || above.page !== line.page) return false;
  if (above.fontSize >= line.fontSize * LARGER || above.bold) return true;
  return ENDS_SENTENCE.test(above.text.trim()) && Math.abs(above.x - line.x) >= MIN_OFFSET;
}

/** Longest strapline read as part of its heading. */
const MAX_STRAPLINE_WORDS = 12;

/**
 * A heading's strapline: one short plain line in smaller type right under a larger heading,
 * starting where the heading starts, over a heading of the part that starts elsewhere: the two
 * are a banner ("Pathway 2 · Independent living" / "Looking after myself, home and travel." /
 * "My special educational needs in this pathway"). It describes the heading; it is no need,
 * outcome or provision. A line between two headings that start together ("My health needs" /
 * "N/A" / "Health provision") is the part's text.
 */
export function isStrapline(line: Line, previous: Block | undefined, next: Block | undefined, bodyFontSize: number): boolean {
  const heading = lineOf(previous);
  const below = lineOf(next);
  if (!heading || !below || line.fragments.length !== 1 || line.bold || countWords(line.text) > MAX_STRAPLINE_WORDS) return false;
  if (heading.page !== line.page || below.page !== line.page) return false;
  if (heading.fontSize < Math.max(bodyFontSize, line.fontSize) * LARGER) return false;
  const underHeading = Math.abs(line.x - heading.x) < 1;
  return underHeading && Math.abs(below.x - line.x) >= MIN_OFFSET && below.fontSize >= line.fontSize * LARGER;
}
