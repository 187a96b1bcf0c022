import { z } from 'zod';
import { EhcqaError, LEVELS } from '../../domain';
import { planReference } from '../../moderation';
import {
  agreedOfExercise, type Exercise, insertExerciseNote, insertSignOff, listExercises, scoresOfAssignment, setAssignmentStatus, setExerciseStatus,
  signOffsOfExercise, upsertAgreedLevel, upsertExerciseScore,
} from '../../store';
import { type AgreementView, agreementView } from '../moderation/agreement-view';
import { createExercise } from '../moderation/create-exercise';
import { canModerate, criteriaOf, isBlind, loadExercise, requireAssignment, requirePlanOf } from '../moderation/exercise-context';
import { type AssignmentView, assignmentView, type ExerciseDetail, exerciseDetail, type PanelView, panelView } from '../moderation/views';
import { auditorId, criterion, op, requireAuditor, rubricOf, sha256, text } from './operation';

export const exerciseId = z.number().int().positive();
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date as YYYY-MM-DD');

/** Moderation exercises: set up, blind scoring, the panel grid, agreed levels, sign-off, agreement. */
export const exerciseOperations = {
  'exercises.create': op(
    z.strictObject({
      name: z.string().trim().min(1, 'a name is needed').max(200),
      auditorIds: z.array(auditorId).min(1, 'at least one auditor'),
      plans: z.array(sha256).optional(),
      sample: z.strictObject({ size: z.number().int().positive().optional(), percent: z.number().positive().max(100).optional(), seed: z.number().int().nonnegative().optional() }).optional(),
      filters: z.strictObject({ planType: z.enum(['draft', 'final', 'amended']).optional(), month: z.string().regex(/^\d{4}-\d{2}$/, 'a month as YYYY-MM').optional() }).optional(),
      splitByAgency: z.boolean().default(false),
      dueDate: isoDate.optional(),
      moderatorId: auditorId.optional(),
      createdBy: auditorId.optional(),
    }),
    (ctx, args): ExerciseDetail => {
      const exercise = createExercise(ctx, rubricOf(ctx), args);
      return exerciseDetail(ctx, loadExercise(ctx, exercise.id));
    },
  ),
  'exercises.list': op(z.strictObject({}), (ctx): ExerciseDetail[] => listExercises(ctx.db).map((e: Exercise) => exerciseDetail(ctx, loadExercise(ctx, e.id)))),
  'exercises.get': op(z.strictObject({ exerciseId }), (ctx, args): ExerciseDetail => exerciseDetail(ctx, loadExercise(ctx, args.exerciseId))),
  'exercises.assignment': op(z.strictObject({ exerciseId, auditorId }), (ctx, args): AssignmentView =>
    assignmentView(ctx, loadExercise(ctx, args.exerciseId), requireAuditor(ctx, args.auditorId))),
  'exercises.score': op(
    z.strictObject({ exerciseId, auditorId, sha256, criterion, level: z.enum(LEVELS).nullable(), reason: text(2000).optional() }),
    (ctx, args): AssignmentView => {
      const auditor = requireAuditor(ctx, args.auditorId);
      const loaded = loadExercise(ctx, args.exerciseId);
      const assignment = requireAssignment(loaded, args.sha256, args.auditorId);
      if (assignment.status === 'submitted') throw new EhcqaError('conflict', `Plan ${planReference(args.sha256)} was submitted; its scores can no longer be changed.`);
      if (!criteriaOf(loaded.rubric, assignment.sections).some((c) => c.id === args.criterion)) {
        throw new EhcqaError('invalid_argument', `${args.criterion} is not among the criteria ${auditor.name} scores on this plan.`);
      }
      const at = ctx.now().toISOString();
      ctx.db.transaction(() => {
        upsertExerciseScore(ctx.db, { exerciseId: args.exerciseId, planSha256: args.sha256, auditorId: args.auditorId, criterion: args.criterion, level: args.level, reason: args.reason?.trim() || null, source: 'app', at });
        setAssignmentStatus(ctx.db, assignment, 'in_progress', at);
      })();
      return assignmentView(ctx, loadExercise(ctx, args.exerciseId), auditor);
    },
  ),
  'exercises.submit': op(z.strictObject({ exerciseId, auditorId, sha256 }), (ctx, args): AssignmentView => {
    const auditor = requireAuditor(ctx, args.auditorId);
    const loaded = loadExercise(ctx, args.exerciseId);
    const assignment = requireAssignment(loaded, args.sha256, args.auditorId);
    if (assignment.status === 'submitted') throw new EhcqaError('conflict', `Plan ${planReference(args.sha256)} is already submitted.`);
    const scored = new Set(scoresOfAssignment(ctx.db, args.exerciseId, args.sha256, args.auditorId).filter((s) => s.level !== null).map((s) => s.criterion));
    const missing = criteriaOf(loaded.rubric, assignment.sections).filter((c) => !scored.has(c.id)).map((c) => c.id);
    if (missing.length > 0) throw new EhcqaError('invalid_argument', `Give a level for every criterion before submitting: ${missing.join(', ')} ${missing.length === 1 ? 'has' : 'have'} none.`);
    ctx.db.transaction(() => setAssignmentStatus(ctx.db, assignment, 'submitted', ctx.now().toISOString()))();
    return assignmentView(ctx, loadExercise(ctx, args.exerciseId), auditor);
  }),
  'exercises.panel': op(z.strictObject({ exerciseId, sha256, auditorId }), (ctx, args): PanelView => {
    requireAuditor(ctx, args.auditorId);
    const loaded = loadExercise(ctx, args.exerciseId);
    requirePlanOf(loaded, args.sha256);
    return panelView(ctx, loaded, args.sha256, args.auditorId);
  }),
  'exercises.note': op(z.strictObject({ exerciseId, sha256, auditorId, criterion: criterion.optional(), text: z.string().trim().min(1, 'a note needs text').max(4000) }), (ctx, args): PanelView => {
    requireAuditor(ctx, args.auditorId);
    const loaded = loadExercise(ctx, args.exerciseId);
    requirePlanOf(loaded, args.sha256);
    if (isBlind(loaded, args.sha256, args.auditorId)) throw new EhcqaError('conflict', 'Submit your own scores for this plan before joining the discussion.');
    ctx.db.transaction(() => insertExerciseNote(ctx.db, { exerciseId: args.exerciseId, planSha256: args.sha256, criterion: args.criterion ?? null, auditorId: args.auditorId, at: ctx.now().toISOString(), text: args.text }))();
    return panelView(ctx, loaded, args.sha256, args.auditorId);
  }),
  'exercises.agree': op(
    z.strictObject({ exerciseId, sha256, auditorId, criterion, level: z.enum(LEVELS), reason: text(2000).optional() }),
    (ctx, args): PanelView => {
      requireAuditor(ctx, args.auditorId);
      const loaded = loadExercise(ctx, args.exerciseId);
      requirePlanOf(loaded, args.sha256);
      if (!loaded.rubric.criteria.some((c) => c.id === args.criterion)) throw new EhcqaError('invalid_argument', `${args.criterion} is not a criterion of the rubric.`);
      if (!canModerate(loaded, args.sha256, args.auditorId)) throw new EhcqaError('conflict', 'Only the moderator records agreed levels (or, without one, an auditor of the exercise once every score is in).');
      const signedOff = signOffsOfExercise(ctx.db, args.exerciseId).some((s) => s.planSha256 === args.sha256);
      const reason = args.reason?.trim() || null;
      const before = agreedOfExercise(ctx.db, args.exerciseId).find((a) => a.planSha256 === args.sha256 && a.criterion === args.criterion);
      if (signedOff && before?.level !== args.level && !reason) throw new EhcqaError('invalid_argument', `Plan ${planReference(args.sha256)} is signed off: give a reason to change the agreed level of ${args.criterion}.`);
      ctx.db.transaction(() => upsertAgreedLevel(ctx.db, { exerciseId: args.exerciseId, planSha256: args.sha256, criterion: args.criterion, level: args.level, reason, moderatorId: args.auditorId, at: ctx.now().toISOString() }))();
      return panelView(ctx, loaded, args.sha256, args.auditorId);
    },
  ),
  'exercises.signOff': op(z.strictObject({ exerciseId, sha256, auditorId }), (ctx, args): PanelView => {
    requireAuditor(ctx, args.auditorId);
    const loaded = loadExercise(ctx, args.exerciseId);
    requirePlanOf(loaded, args.sha256);
    if (!canModerate(loaded, args.sha256, args.auditorId)) throw new EhcqaError('conflict', 'Only the moderator signs off a plan.');
    if (signOffsOfExercise(ctx.db, args.exerciseId).some((s) => s.planSha256 === args.sha256)) throw new EhcqaError('conflict', `Plan ${planReference(args.sha256)} is already signed off.`);
    const agreed = new Set(agreedOfExercise(ctx.db, args.exerciseId).filter((a) => a.planSha256 === args.sha256).map((a) => a.criterion));
    const missing = loaded.rubric.criteria.filter((c) => !agreed.has(c.id)).map((c) => c.id);
    if (missing.length > 0) throw new EhcqaError('invalid_argument', `Record an agreed level for every criterion before signing off: ${missing.join(', ')} ${missing.length === 1 ? 'has' : 'have'} none.`);
    const at = ctx.now().toISOString();
    ctx.db.transaction(() => {
      insertSignOff(ctx.db, { exerciseId: args.exerciseId, planSha256: args.sha256, moderatorId: args.auditorId, at });
      if (signOffsOfExercise(ctx.db, args.exerciseId).length === loaded.plans.length) setExerciseStatus(ctx.db, args.exerciseId, 'signed_off', at, args.auditorId);
    })();
    return panelView(ctx, loadExercise(ctx, args.exerciseId), args.sha256, args.auditorId);
  }),
  'exercises.agreement': op(z.strictObject({ exerciseId }), (ctx, args): AgreementView => agreementView(ctx, loadExercise(ctx, args.exerciseId))),
} as const;

