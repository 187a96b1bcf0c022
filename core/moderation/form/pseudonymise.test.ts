import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pseudonymise } from './pseudonymise';

// The identifiers a labelled fixture plan prints, as its labels list them.
const labels = JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', '..', 'test', 'fixtures', 'plans', 'dfe-chromium-good-1.labels.json'), 'utf8')) as { metadata: { name: string }; identifiers: string[] };

describe('pseudonymising quotes for a scoring form', () => {
  it('masks the child\'s name and the identifiers a plan prints', () => {
    const quote = `${labels.identifiers.join('; ')}; born 2013-04-30.`;
    const masked = pseudonymise(quote, labels.metadata.name);
    // A parent's full name loses the family name it shares with the child.
    for (const identifier of labels.identifiers) expect(masked, identifier).not.toContain(identifier);
    expect(masked).not.toContain('2013-04-30');
    expect(masked).toMatch(/\[name\].*\[number\].*\[UPN\].*\[address\].*\[postcode\].*\[phone\].*\[email\].*\[date\]/);
  });

  it('leaves ordinary plan text alone', () => {
    const text = 'Speech and language therapy, 3 sessions of 30 minutes each week, reviewed termly by the SENCo.';
    expect(pseudonymise(text, 'Oliver Baptiste')).toBe(text);
  });
});
