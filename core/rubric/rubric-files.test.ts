import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_RUBRIC_FILE, readRubricFile } from '../api/rubric-files';
import { EhcqaError } from '../domain';

// Bad rubric files at the door: real files on disk, copies of the default rubric with one
// defect each, read the way `ehcqa audit --rubric FILE` reads them.
const root = join(import.meta.dirname, '..', '..');
const good = readFileSync(DEFAULT_RUBRIC_FILE, 'utf8');
const folder = mkdtempSync(join(tmpdir(), 'ehcqa-rubrics-'));

function fileWith(name: string, change: (text: string) => string): string {
  const text = change(good);
  expect(text).not.toBe(good);
  const file = join(folder, name);
  writeFileSync(file, text);
  return file;
}

const once = (from: string, to: string) => (text: string) => text.replace(from, to);

const cases: [string, string, (text: string) => string, RegExp][] = [
  ['a weight of the wrong type', 'wrong-type.yaml', once('    weight: 2\n', '    weight: "two"\n'), /criteria\[0\]\.weight: .*number/i],
  ['a weight of zero', 'zero-weight.yaml', once('    weight: 2\n', '    weight: 0\n'), /criteria\[0\]\.weight: a weight must be greater than 0/],
  ['an unknown detector', 'unknown-detector.yaml', once('    detector: phrase-presence\n', '    detector: crystal-ball\n'), /criteria\[0\]\.detector: unknown detector "crystal-ball"/],
  ['a duplicate id', 'duplicate-id.yaml', once('  - id: A2\n', '  - id: A1\n'), /criteria\[1\]\.id: duplicate criterion id "A1"/],
  ['a scale value of the wrong type', 'scale-type.yaml', once('  met: 2\n', '  met: [2]\n'), /scale\.met: /],
];

describe('rubric files at the door', () => {
  it('the default rubric file loads: 33 criteria in sections A to K and P', () => {
    const rubric = readRubricFile();
    expect(rubric.criteria).toHaveLength(33);
    expect(new Set(rubric.criteria.map((c) => c.id)).size).toBe(33);
    expect(rubric.criteria.every((c) => c.weight > 0)).toBe(true);
  });

  it.each(cases)('refuses %s, naming the file, the path and the rule', (_name, fileName, change, rule) => {
    const file = fileWith(fileName, change);
    let caught: unknown;
    try {
      readRubricFile(file);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(EhcqaError);
    expect((caught as EhcqaError).code).toBe('invalid_rubric');
    expect((caught as Error).message.startsWith(`${file}: `)).toBe(true);
    expect((caught as Error).message).toMatch(rule);
  });

  it('a missing rubric file is not_found, naming it', () => {
    expect(() => readRubricFile(join(folder, 'absent.yaml'))).toThrow(/absent\.yaml could not be read \(ENOENT\)/);
  });

  it('`ehcqa audit --rubric` with a bad file exits 1 with the message, before reading any plan', () => {
    const file = fileWith('cli-unknown-detector.yaml', once('    detector: phrase-presence\n', '    detector: crystal-ball\n'));
    const plan = join(root, 'test', 'fixtures', 'plans', 'dfe-chromium-good-1.pdf');
    const run = spawnSync(process.execPath, [join(root, 'bin', 'ehcqa.js'), 'audit', plan, '--rubric', file, '--db', join(folder, 'cli.db')], { cwd: root, encoding: 'utf8', timeout: 60_000 });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(`ehcqa audit: ${file}: criteria[0].detector: unknown detector "crystal-ball"`);
    expect(run.stdout).toBe('');
  }, 60_000);
});
