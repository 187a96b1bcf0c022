import { describe, expect, it } from 'vitest';
import { withPlainBullets } from './ingest';

describe('withPlainBullets: Word\'s Symbol and Wingdings bullets', () => {
  it.each([
    ['\uF0B7', '•'],
    ['\uF0B7 Speech and language therapy weekly', '• Speech and language therapy weekly'],
    ['\uF0A7 Square bullet', '• Square bullet'],
    ['\uF0D8 Arrow bullet', '• Arrow bullet'],
    ['Plain text with no bullet', 'Plain text with no bullet'],
  ])('%j → %j', (text, plain) => expect(withPlainBullets(text)).toBe(plain));
});
