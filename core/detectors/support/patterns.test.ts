import { describe, expect, it } from 'vitest';
import { findMatches, maskMatches, maskQuoted, matchesAny, openingOf, patternList } from './patterns';

describe('openingOf: how a paragraph opens, after its number', () => {
  it.each([
    ['95. Outcomes for preparing for adulthood', 'Outcomes fo'],
    ['B12 She finds spelling hard.', 'She finds s'],
    ['3.1.2 These outcomes build on', 'These outco'],
    ['2026 was the year she started.', '2026 was th'],
    ['Strengths: she is kind.', 'Strengths: '],
  ])('%s', (text, opening) => expect(openingOf(text, 11)).toBe(opening));
});

describe('rubric patterns', () => {
  it('match whole words only, case-insensitively', () => {
    expect(matchesAny('Staff May help', ['may'])).toBe(true);
    expect(matchesAny('the mayor', ['may'])).toBe(false);
    expect(matchesAny('his shoulder', ['should'])).toBe(false);
  });
  it('let a space match any white space, and " ?" none', () => {
    expect(matchesAny('access\n to', ['access to'])).toBe(true);
    expect(findMatches('30-minute session and 15 minutes', ['\\d+ ?-? ?minutes?'])).toHaveLength(2);
  });
  it('match straight and curly apostrophes alike', () => {
    expect(matchesAny('Children’s Services', ["children's services"])).toBe(true);
  });
  it('mask ignored contexts and quoted speech without moving positions', () => {
    const text = 'From 6 May 2026 she may go.';
    const masked = maskMatches(text, ['\\d{1,2} may \\d{4}']);
    expect(masked).toHaveLength(text.length);
    expect(findMatches(masked, ['may']).map((m) => m.index)).toEqual([text.lastIndexOf('may')]);
    expect(maskQuoted('He said "I should go" today')).not.toMatch(/should/);
  });
  it('flatten nested lists (YAML aliases) and reject broken patterns', () => {
    expect(patternList.parse(['a', ['b', 'c']])).toEqual(['a', 'b', 'c']);
    expect(patternList.safeParse(['(unclosed']).success).toBe(false);
  });
});
