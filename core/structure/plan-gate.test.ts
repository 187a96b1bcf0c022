import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EhcqaError } from '../domain';
import { ingestPdf } from '../ingest';
import { planGate } from './plan-likeness';

const page = (text: string) => `${text} `.repeat(3);

describe('planGate: a long document that never names itself a plan is refused after six pages', () => {
  const gate = planGate('manual.pdf');

  it('refuses text without "Education, Health and Care" or "EHC plan"', () => {
    const stop = gate.check(Array.from({ length: 6 }, () => page('Section A shows the diagram; F is the force and B the field strength.')));
    expect(stop?.code).toBe('not_ehc_plan');
    expect(stop?.message).toContain('manual.pdf');
  });

  it('lets through pages that name the plan in any of its usual forms', () => {
    for (const name of ['Education, Health and Care Plan', 'EHC plan', 'EHCP', 'education health & care']) {
      expect(gate.check([page(`${name} for Amelia, final.`), ...Array.from({ length: 5 }, () => page('Amelia likes drawing and music.'))])).toBeNull();
    }
  });

  it('leaves pages with next to no text to the scan check', () => {
    expect(gate.check(Array.from({ length: 6 }, () => '1'))).toBeNull();
  });
});

describe('ingestPdf with a gate', () => {
  const plan = join(import.meta.dirname, '..', '..', 'test', 'fixtures', 'plans', 'dfe-chromium-good-1.pdf');

  it('calls the gate once after the given page and stops with its error', async () => {
    const seen: number[] = [];
    const stopped = ingestPdf(new Uint8Array(readFileSync(plan)), 'plan.pdf', undefined, {
      afterPages: 2,
      check: (texts) => {
        seen.push(texts.length);
        return new EhcqaError('not_ehc_plan', 'stopped');
      },
    });
    await expect(stopped).rejects.toMatchObject({ code: 'not_ehc_plan' });
    expect(seen).toEqual([2]);
  });

  it('reads the whole plan when the gate passes it', async () => {
    const doc = await ingestPdf(new Uint8Array(readFileSync(plan)), 'plan.pdf', undefined, planGate('plan.pdf'));
    expect(doc.pageCount).toBeGreaterThan(6);
  });
});
