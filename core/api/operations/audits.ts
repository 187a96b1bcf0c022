import { z } from 'zod';
import { EhcqaError, LEVELS } from '../../domain';
import { findReview, latestAudit, saveReview, type StoredAudit, upsertJudgement } from '../../store';
import { type ApiContext } from '../context';
import { buildReview, type PlanReviewView } from '../review';
import { auditorId, criterion, op, requireAuditor, rubricOf, sha256, text } from './operation';

/** One auditor's review of one plan: confirming or overriding the tool's levels, notes, status. */
export const auditOperations = {
  'audits.get': op(z.strictObject({ sha256 }), (ctx, args): StoredAudit => {
    const audit = latestAudit(ctx.db, args.sha256);
    if (!audit) throw new EhcqaError('not_found', 'No audit of that plan is stored.');
    return audit;
  }),
  'audits.review': op(z.strictObject({ sha256, auditorId }), (ctx, args): PlanReviewView => {
    requireAuditor(ctx, args.auditorId);
    return buildReview(ctx, rubricOf(ctx), args.sha256, args.auditorId);
  }),
  'audits.setLevel': op(
    z.strictObject({ sha256, auditorId, criterion, level: z.enum(LEVELS).nullable(), reason: text(2000).optional() }),
    (ctx, args): PlanReviewView => {
      requireAuditor(ctx, args.auditorId);
      const rubric = rubricOf(ctx);
      const view = buildReview(ctx, rubric, args.sha256, args.auditorId);
      const suggestion = view.suggestions.find((s) => s.criterion === args.criterion);
      if (!suggestion) throw new EhcqaError('invalid_argument', `${args.criterion} is not a criterion of the rubric.`);
      const overrides = args.level !== null && args.level !== suggestion.level;
      if (overrides && !args.reason?.trim()) throw new EhcqaError('invalid_argument', `A reason is needed to set ${args.criterion} to a level other than the tool's suggestion.`);
      ctx.db.transaction(() => {
        upsertJudgement(ctx.db, { planSha256: args.sha256, auditorId: args.auditorId, criterion: args.criterion, at: ctx.now().toISOString(), level: args.level, reason: overrides ? args.reason!.trim() : null });
        touchReview(ctx, args.sha256, args.auditorId, { lastCriterion: args.criterion });
      })();
      return buildReview(ctx, rubric, args.sha256, args.auditorId);
    },
  ),
  'audits.setNote': op(z.strictObject({ sha256, auditorId, criterion, note: text(4000) }), (ctx, args): PlanReviewView => {
    requireAuditor(ctx, args.auditorId);
    ctx.db.transaction(() => {
      upsertJudgement(ctx.db, { planSha256: args.sha256, auditorId: args.auditorId, criterion: args.criterion, at: ctx.now().toISOString(), note: args.note.trim() || null });
      touchReview(ctx, args.sha256, args.auditorId, { lastCriterion: args.criterion });
    })();
    return buildReview(ctx, rubricOf(ctx), args.sha256, args.auditorId);
  }),
  'audits.setOverall': op(
    z.strictObject({ sha256, auditorId, note: text(8000).optional(), status: z.enum(['in_progress', 'complete']).optional(), lastCriterion: criterion.optional() }),
    (ctx, args): PlanReviewView => {
      requireAuditor(ctx, args.auditorId);
      ctx.db.transaction(() => touchReview(ctx, args.sha256, args.auditorId, {
        ...(args.note !== undefined ? { overallNote: args.note.trim() || null } : {}),
        ...(args.status ? { status: args.status } : {}),
        ...(args.lastCriterion ? { lastCriterion: args.lastCriterion } : {}),
      }))();
      return buildReview(ctx, rubricOf(ctx), args.sha256, args.auditorId);
    },
  ),
} as const;

function touchReview(ctx: ApiContext, planSha256: string, auditor: number, change: { overallNote?: string | null; status?: 'in_progress' | 'complete'; lastCriterion?: string }) {
  const before = findReview(ctx.db, planSha256, auditor);
  saveReview(ctx.db, {
    planSha256,
    auditorId: auditor,
    overallNote: change.overallNote !== undefined ? change.overallNote : (before?.overallNote ?? null),
    lastCriterion: change.lastCriterion ?? before?.lastCriterion ?? null,
    status: change.status ?? before?.status ?? 'in_progress',
    updatedAt: ctx.now().toISOString(),
  });
}
