import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FILE_ERROR_CODES } from '../../core/domain';
import { runFuzz } from './fuzz';
import { HOSTILE_KINDS } from './hostile';

// The short seeded run CI does; `npm run fuzz -- --count 10000` is the long one (README).
describe('fuzzing', () => {
  it('ends every hostile file (two of each kind, seeded) ok or with a report code, never a crash or a hang', async () => {
    const out = mkdtempSync(join(tmpdir(), 'ehcqa-fuzz-test-'));
    const count = HOSTILE_KINDS.length * 2;
    const summary = await runFuzz({ seed: 1, count, out, pool: { size: 2 } });
    expect(summary.failures).toEqual([]);
    expect(readdirSync(out)).toHaveLength(count);
    expect(Object.keys(summary.byKind).sort()).toEqual([...HOSTILE_KINDS].sort());
    expect(Object.values(summary.byCode).reduce((a, b) => a + b, 0)).toBe(count);
    for (const code of Object.keys(summary.byCode)) expect(['ok', ...FILE_ERROR_CODES]).toContain(code);
    // Truncated plans cannot be read whole, and the pool stopped at least one file at a limit.
    expect(summary.byKind['truncate']!['ok'] ?? 0).toBe(0);
    expect(summary.byCode['too_large'] ?? 0).toBeGreaterThan(0);
  }, 300_000);

  it('makes the same bytes from the same seed', async () => {
    const { hostileFile } = await import('./hostile');
    const plans = [new Uint8Array(Buffer.from('%PDF-1.7\n1 0 obj\n<< >>\nendobj\nxref\n0 1\n0000000000 65535 f \ntrailer\n<< /Size 1 >>\nstartxref\n30\n%%EOF\n'))];
    for (const index of [0, 1, 2, 4, 5]) {
      const a = await hostileFile(7, index, plans);
      const b = await hostileFile(7, index, plans);
      expect(a.bytes.equals(b.bytes)).toBe(true);
      expect(a.name).toBe(b.name);
    }
    expect((await hostileFile(7, 0, plans)).bytes.equals((await hostileFile(8, 0, plans)).bytes)).toBe(false);
  });
});
