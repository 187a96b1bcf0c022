import { describe, expect, it } from 'vitest';
import { withPlainBullets } from './ingest';
import { joinLetterSpaced } from './lines';

describe('withPlainBullets: Word\'s Symbol and Wingdings bullets', () => {
  it.each([
    ['\uF0B7', '•'],
    ['\uF0B7 Speech and language therapy weekly', '• Speech and language therapy weekly'],
    ['\uF0A7 Square bullet', '• Square bullet'],
    ['\uF0D8 Arrow bullet', '• Arrow bullet'],
    ['Plain text with no bullet', 'Plain text with no bullet'],
  ])('%j → %j', (text, plain) => expect(withPlainBullets(text)).toBe(plain));
});

describe('joinLetterSpaced: capitals drawn letter-spaced', () => {
  const item = (text: string, x: number) => ({ text, x, y: 100, width: 20, fontSize: 8, font: 'f' });
  it('joins the letters of each word, and the short words of a letter-spaced line', () => {
    expect(joinLetterSpaced([item('S E C T I O N', 60), item('H 1', 110)]).map((i) => i.text)).toEqual(['SECTION', 'H1']);
    expect(joinLetterSpaced([item('P A RT', 54), item('O N E :', 86), item('M E', 160)]).map((i) => i.text)).toEqual(['PART', 'ONE:', 'ME']);
  });
  it('leaves words and short capitals of ordinary lines alone', () => {
    expect(joinLetterSpaced([item('Sections E and F', 60)]).map((i) => i.text)).toEqual(['Sections E and F']);
    expect(joinLetterSpaced([item('H 1', 60), item('Care and support', 100)]).map((i) => i.text)).toEqual(['H 1', 'Care and support']);
    expect(joinLetterSpaced([item('A B', 60)]).map((i) => i.text)).toEqual(['A B']);
    // One item for the whole heading: its word gap is spaced like its letters.
    expect(joinLetterSpaced([item('S E C T I O N H', 254)]).map((i) => i.text)).toEqual(['SECTION H']);
    expect(joinLetterSpaced([item('P A R T 3', 254)]).map((i) => i.text)).toEqual(['PART 3']);
    expect(joinLetterSpaced([item('S E C T I O N S', 254)]).map((i) => i.text)).toEqual(['SECTIONS']);
  });
});
