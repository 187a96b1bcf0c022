import { describe, expect, it } from 'vitest';
import { commentThemes } from './themes';

const c = (text: string, criterion: string | null = null) => ({ text, criterion, planKey: 'a'.repeat(64) });

describe('comment themes (TF-IDF)', () => {
  it('groups comments that share their telling words, largest theme first, named by those words', () => {
    const themes = commentThemes([
      c('Provision says "as required" with no hours given.', 'F2'),
      c('No hours given for the speech therapy provision.', 'F2'),
      c('Provision hours missing; "as required" again.', 'F2'),
      c('Outcomes describe staff support, not what Child 1A2B3C4D will achieve.', 'E2'),
      c('These outcomes describe staff support instead of achievement.', 'E2'),
      c('The family views are missing from section A.'),
    ]);
    expect(themes.map((t) => t.comments.length)).toEqual([3, 2, 1]);
    expect(themes[0]!.terms).toEqual(expect.arrayContaining(['hours']));
    expect(themes[0]!.criteria).toEqual(['F2']);
    expect(themes[1]!.terms).toEqual(expect.arrayContaining(['outcomes']));
    // Pseudonyms are no theme: their words and codes are left out.
    expect(themes.flatMap((t) => t.terms)).not.toContain('1a2b3c4d');
  });

  it('gives the same themes for the same comments, and none for none', () => {
    const input = [c('Vague wording in provision.'), c('Vague provision wording again.'), c('Views of the child missing.')];
    expect(commentThemes(input)).toEqual(commentThemes(input));
    expect(commentThemes([])).toEqual([]);
  });
});
