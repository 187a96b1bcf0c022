import { describe, expect, it } from 'vitest';
import { createLogger } from './logger';

describe('the log', () => {
  it('writes events with safe fields, withholding any string that could be text', () => {
    const lines: string[] = [];
    const log = createLogger((l) => lines.push(l), 'info', () => new Date('2026-01-01T00:00:00Z'));
    log.log('info', 'plan.audited', { sha256: 'ab12', pages: 9, file: 'Amira Khan EHCP.pdf', note: 'She likes maths' });
    log.log('debug', 'too.detailed', {});
    expect(lines).toHaveLength(1);
    const entry = JSON.parse(lines[0]!) as Record<string, unknown>;
    expect(entry).toEqual({ at: '2026-01-01T00:00:00.000Z', level: 'info', event: 'plan.audited', sha256: 'ab12', pages: 9, file: '[withheld]', note: '[withheld]' });
  });
});
