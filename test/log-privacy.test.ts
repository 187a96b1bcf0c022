import { execFile } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { labelledFiles } from './evaluation/labels';

const run = promisify(execFile);
const root = join(import.meta.dirname, '..');
const plans = labelledFiles(join(import.meta.dirname, 'fixtures', 'plans')).slice(0, 4);
const bad = labelledFiles(join(import.meta.dirname, 'fixtures', 'bad'));

describe('no plan text in logs', () => {
  it('audits fixtures with the most verbose log and finds none of their sentences or identifiers in it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ehcqa-log-'));
    const { stderr } = await run(process.execPath, [join(root, 'bin', 'ehcqa.js'), 'audit', ...plans.map((p) => p.path), ...bad.map((b) => b.path), '--db', join(dir, 'l.db')], {
      cwd: root, env: { ...process.env, EHCQA_LOG: 'debug' }, maxBuffer: 32 * 1024 * 1024,
    });
    const events = stderr.split('\n').filter((l) => l.startsWith('{'));
    expect(events.length).toBe(plans.length + bad.length);
    const log = stderr.toLowerCase();
    const secrets = plans.flatMap((p) => [
      ...(p.labels.identifiers ?? []),
      ...Object.values(p.labels.sections ?? {}).flat().map((s) => s.slice(0, 40)),
    ]).filter((s) => s.length >= 4);
    expect(secrets.length).toBeGreaterThan(50);
    for (const secret of secrets) expect(log, secret).not.toContain(secret.toLowerCase());
  });
});
