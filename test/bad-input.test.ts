import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readRubricFile } from '../core/api/rubric-files';
import { detectorsById } from '../core/detectors/registry';
import { FILE_ERROR_CODES } from '../core/domain';
import { auditPdf } from '../core/pipeline';
import { labelledFiles } from './evaluation/labels';

const fixtures = join(import.meta.dirname, 'fixtures');
const rubric = readRubricFile();
const options = { rubric, detectors: detectorsById };
const bad = [...labelledFiles(join(fixtures, 'bad')), ...labelledFiles(join(fixtures, 'not-plans'))];
const aPlan = labelledFiles(join(fixtures, 'plans'))[0]!;

async function codeOf(path: string, limits?: { maxBytes: number; maxPages: number }) {
  const bytes = new Uint8Array(readFileSync(path));
  const result = await auditPdf({ bytes, file: path, sha256: '' }, { ...options, ...(limits ? { limits } : {}) });
  if ('audit' in result) return { code: 'ok', message: '' };
  return { code: result.error.code, message: result.error.message };
}

describe('bad input gets a code and a plain sentence naming the file', () => {
  it.each(bad.map((f) => [basename(f.path), f] as const))('%s', async (_name, file) => {
    const { code, message } = await codeOf(file.path);
    expect(code).toBe(file.labels.expectedCode);
    expect(message).toContain(basename(file.path));
    expect(message).not.toMatch(/Error:|at \w+ \(|\n/);
  });

  it('covers every report code with a real file', () => {
    const covered = new Set(bad.map((f) => f.labels.expectedCode));
    covered.add('too_large'); // by a limit, below
    covered.add('unreadable'); // by the pool's time limit, in the hardening tests
    covered.add('disk_full'); // by a full database, in test/disk-full.test.ts
    expect([...FILE_ERROR_CODES].filter((c) => !covered.has(c))).toEqual([]);
  });

  it('refuses a file over the size limit as too_large, saying the limit', async () => {
    const { code, message } = await codeOf(aPlan.path, { maxBytes: 10_000, maxPages: 400 });
    expect(code).toBe('too_large');
    expect(message).toMatch(/over the 0 MB limit|limit/);
  });

  it('refuses a file over the page limit as too_large', async () => {
    const { code, message } = await codeOf(aPlan.path, { maxBytes: 100e6, maxPages: 2 });
    expect(code).toBe('too_large');
    expect(message).toMatch(/2-page limit/);
  });
});
