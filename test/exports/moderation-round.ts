import { type ApiContext } from '../../core/api/context';
import { invoke, type OperationName, type ValueOf } from '../../core/api/operations';
import { LEVELS, type Level } from '../../core/domain';
import { type Rubric } from '../../core/rubric';

export async function must<N extends OperationName>(ctx: ApiContext, name: N, args: unknown): Promise<ValueOf<N>> {
  const result = await invoke(ctx, name, args);
  if (!result.ok) throw new Error(`${name}: ${result.error.message}`);
  return result.value;
}

export interface Round {
  readonly exerciseId: number;
  readonly auditors: readonly number[];
}

/**
 * A whole moderation round through the API: two auditors score every criterion of every plan
 * (the second disagrees on every third criterion), submit, and the first, as moderator, agrees
 * a level for each. Reasons quote `mention(plan)`, so exports have comments naming the child.
 */
export async function moderationRound(ctx: ApiContext, rubric: Rubric, plans: readonly string[], mention: (sha: string) => string): Promise<Round> {
  const a = await must(ctx, 'auditors.create', { name: 'Dana Whitcombe', agency: 'send-qa' });
  const b = await must(ctx, 'auditors.create', { name: 'Tom Reyes', agency: 'health' });
  const { exercise } = await must(ctx, 'exercises.create', { name: 'Spring moderation', auditorIds: [a.id, b.id], plans, moderatorId: a.id });
  for (const sha of plans) {
    const tool = new Map((await must(ctx, 'audits.get', { sha256: sha })).suggestions.map((s) => [s.criterion, s.level]));
    for (const [auditor, shift] of [[a.id, 0], [b.id, 1]] as const) {
      for (const [i, c] of rubric.criteria.entries()) {
        const base = tool.get(c.id) ?? 'met';
        const level: Level = shift && i % 3 === 0 ? LEVELS[(LEVELS.indexOf(base) + 1) % 3]! : base;
        await must(ctx, 'exercises.score', { exerciseId: exercise.id, auditorId: auditor, sha256: sha, criterion: c.id, level, ...(i % 5 === 0 ? { reason: `${mention(sha)} has no clear outcome for ${c.id}; the wording is vague.` } : {}) });
      }
      await must(ctx, 'exercises.submit', { exerciseId: exercise.id, auditorId: auditor, sha256: sha });
    }
    for (const [i, c] of rubric.criteria.entries()) {
      await must(ctx, 'exercises.agree', { exerciseId: exercise.id, sha256: sha, auditorId: a.id, criterion: c.id, level: tool.get(c.id) ?? 'met', ...(i % 4 === 0 ? { reason: `Agreed after discussion of ${mention(sha)}'s provision.` } : {}) });
    }
  }
  return { exerciseId: exercise.id, auditors: [a.id, b.id] };
}
