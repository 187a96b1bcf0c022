import { createHash } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Level, type PlanMetadata } from '../../../domain';
import { gradePlan, type Rubric } from '../../../rubric';
import { insertAudit, openDatabase, savePlan, type WriteDb } from '../../../store';
import { type ApiContext } from '../../context';
import { invoke, type OperationName, type ValueOf } from '../../operations';
import { readRubricFile } from '../../rubric-files';

/**
 * A real database with plans stored as the audit stage stores them (structure, suggestions,
 * grade), without parsing PDFs: the moderation tests are about moderation, and the end-to-end
 * and CLI tests audit real PDFs. Suggestions cycle through the levels so grids have variety.
 */
export function seededContext(planCount: number, metadata: (i: number) => Partial<PlanMetadata> = () => ({})): { ctx: ApiContext; db: WriteDb; rubric: Rubric; plans: string[]; file: string } {
  const file = join(mkdtempSync(join(tmpdir(), 'ehcqa-moderation-')), 'm.db');
  const db = openDatabase(file);
  const rubric = readRubricFile();
  let tick = Date.parse('2026-03-01T09:00:00Z');
  const ctx: ApiContext = { db, toolVersion: 'test', now: () => new Date((tick += 1000)), rubric };
  const cycle: Level[] = ['met', 'partly', 'not_met', 'met'];
  const plans = Array.from({ length: planCount }, (_, i) => {
    const sha = createHash('sha256').update(`plan ${i}`).digest('hex');
    const meta: PlanMetadata = {
      name: `Child Number${i}`, dateOfBirth: null, yearGroup: 'Year 5', yearGroupDerived: false, primaryNeed: null, setting: null,
      planDate: '2026-02-10', planType: 'final', reviewDate: null, caseworker: null, ...metadata(i),
    };
    const suggestions = rubric.criteria.map((c, j) => ({
      criterion: c.id, level: cycle[(i + j) % cycle.length]!, confidence: 0.8, rationale: `Seeded rationale for ${c.id}.`,
      evidence: [{ section: null, page: 1, quote: `Child Number${i} quote for ${c.id}, NHS 943 476 5919.` }],
    }));
    db.transaction(() => {
      savePlan(db, sha, `plan-${i}.pdf`, { pageCount: 3, sections: [], outcomes: [], provision: [], front: [], metadata: meta }, `2026-02-1${i % 10}T10:00:00Z`);
      insertAudit(db, {
        planSha256: sha, rubricId: rubric.id, rubricVersion: rubric.version, toolVersion: 'test', createdAt: '2026-02-20T10:00:00Z',
        grade: gradePlan(rubric, new Map(suggestions.map((s) => [s.criterion, s.level]))), suggestions,
      });
    })();
    return sha;
  });
  return { ctx, db, rubric, plans, file };
}

/** Calls an operation and returns its value, or throws its error message (with its code). */
export async function must<N extends OperationName>(ctx: ApiContext, name: N, args: unknown): Promise<ValueOf<N>> {
  const result = await invoke(ctx, name, args);
  if (!result.ok) throw Object.assign(new Error(result.error.message), { code: result.error.code });
  return result.value;
}

export async function refusal(ctx: ApiContext, name: OperationName, args: unknown): Promise<{ code: string; message: string }> {
  const result = await invoke(ctx, name, args);
  if (result.ok) throw new Error(`${name} was expected to fail`);
  return result.error;
}
