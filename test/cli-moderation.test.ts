import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { beforeAll, describe, expect, it } from 'vitest';
import { type AgreementView } from '../core/api/moderation/agreement-view';
import { labelledFiles } from './evaluation/labels';
import { ehcqa, fillForm, firstLine } from './moderation-cli';

const plans = labelledFiles(join(import.meta.dirname, 'fixtures', 'plans')).slice(0, 2);
const dir = mkdtempSync(join(tmpdir(), 'ehcqa-cli-moderation-'));
const db = join(dir, 'm.db');
const ids: Record<string, string> = {};
let exercise = '';

beforeAll(async () => {
  expect((await ehcqa(['audit', ...plans.map((p) => p.path), '--db', db, '--workers', '1'])).code).toBe(0);
  for (const [key, name, agency] of [['education', 'Eve Education', 'education'], ['health', 'Hari Health', 'health'], ['social', 'Sam Social', 'social-care']] as const) {
    const added = await ehcqa(['auditor', 'add', '--name', name, '--agency', agency, '--db', db]);
    expect(added.code, added.stderr).toBe(0);
    ids[key] = firstLine(added.stdout);
  }
}, 120_000);

describe('ehcqa auditor, exercise, form and agreement', () => {
  it('auditor add prints the id first; a wrong agency is a usage error', async () => {
    expect(ids['health']).toMatch(/^\d+$/);
    const bad = await ehcqa(['auditor', 'add', '--name', 'X', '--agency', 'police', '--db', db]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--agency must be one of education, health, social-care/);
  });

  it('exercise create over every audited plan, split by agency, prints the id first', async () => {
    const created = await ehcqa(['exercise', 'create', '--name', 'Spring panel', '--auditors', `${ids['education']},${ids['health']},${ids['social']}`, '--split-by-agency', '--db', db]);
    expect(created.code, created.stderr).toBe(0);
    exercise = firstLine(created.stdout);
    expect(exercise).toMatch(/^\d+$/);
    expect(created.stdout).toMatch(/2 plans \(every audited plan\), 3 auditors, 6 assignments, split by agency/);
    const conn = new Database(db, { readonly: true });
    expect(conn.prepare('SELECT sections FROM exercise_assignments WHERE auditor_id = ? LIMIT 1').pluck().get(Number(ids['health']))).toBe('C,G');
    conn.close();
    const sample = await ehcqa(['exercise', 'create', '--name', 'Sample', '--auditors', ids['education']!, '--sample', '1', '--seed', '3', '--db', db]);
    expect(sample.stdout).toMatch(/1 plan \(a sample of 1 \(seed 3\)\)/);
    const unknown = await ehcqa(['exercise', 'create', '--name', 'X', '--auditors', '999', '--db', db]);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toMatch(/no auditor with id 999/);
  });

  it('form export, filled by a script, import; a tampered form refused naming the cell, exit 1', async () => {
    const out = (who: string) => join(dir, `${who}.xlsx`);
    for (const who of ['education', 'health', 'social']) {
      const exported = await ehcqa(['form', 'export', '--exercise', exercise, '--auditor', ids[who]!, '--out', out(who), '--db', db]);
      expect(exported.code, exported.stderr).toBe(0);
    }
    const tampered = join(dir, 'tampered.xlsx');
    writeFileSync(tampered, await fillForm(readFileSync(out('health')), () => 'Met', (sheet) => { sheet.getCell('C3').value = 'Mostly'; }));
    const refused = await ehcqa(['form', 'import', tampered, '--db', db]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/Scores!C3: "Mostly" is not a level; use Met, Partly met, Not met or N\/A/);

    const levels: Record<string, (c: string) => string> = { education: () => 'Met', health: (c) => (c === 'C1' ? 'Not met' : 'Met'), social: () => 'Partly met' };
    for (const who of ['education', 'health', 'social']) {
      const file = join(dir, `${who}-filled.xlsx`);
      writeFileSync(file, await fillForm(readFileSync(out(who)), levels[who]!));
      const imported = await ehcqa(['form', 'import', file, '--exercise', exercise, '--db', db]);
      expect(imported.code, imported.stderr).toBe(0);
      expect(imported.stdout).toMatch(/2 plans submitted/);
    }
    const again = await ehcqa(['form', 'import', join(dir, 'health-filled.xlsx'), '--db', db]);
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/already imported/);
  });

  it('agreement prints the table and writes JSON', async () => {
    const json = join(dir, 'agreement.json');
    const printed = await ehcqa(['agreement', '--exercise', exercise, '--json', json, '--db', db]);
    expect(printed.code, printed.stderr).toBe(0);
    expect(printed.stdout).toMatch(/Overall/);
    expect(printed.stdout).toMatch(/Section C/);
    expect(printed.stdout).toMatch(/Eve Education \(education\) – Hari Health \(health\)/);
    const view = JSON.parse(readFileSync(json, 'utf8')) as AgreementView;
    // Education and health agree on every C and G criterion but C1; social care scored only D and H.
    expect(view.agreement.criteria['C2']!.percentAgreement).toBe(1);
    expect(view.agreement.criteria['C1']!.percentAgreement).toBe(0);
    expect(view.agreement.criteria['D1']!.percentAgreement).toBe(0);
    expect(view.agreement.criteria['A1']!.percentAgreement).toBeNull();
    const stdout = await ehcqa(['agreement', '--exercise', exercise, '--json', '-', '--db', db]);
    expect((JSON.parse(stdout.stdout) as AgreementView).raters).toHaveLength(3);
    expect((await ehcqa(['agreement', '--db', db])).code).toBe(2);
  });
});
