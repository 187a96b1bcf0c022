import { createHash, randomUUID } from 'node:crypto';
import { EhcqaError, type Level } from '../../domain';
import { buildScoringForm, checkAgainstIssued, type FormRow, type IssuedForm, planReference, pseudonymise, readScoringForm } from '../../moderation';
import {
  type Auditor, findFormExport, findFormImport, findPlan, insertFormExport, insertFormImport, scoresOfExercise, setAssignmentStatus, upsertExerciseScore,
} from '../../store';
import { type ApiContext } from '../context';
import { criteriaOf, type LoadedExercise, loadExercise, toolSuggestions } from './exercise-context';
import { pauseInsideFormImportForTests } from './test-hooks';

/** The rows an auditor's form holds: their plans in exercise order, their criteria in rubric order. */
function issuedRows(loaded: LoadedExercise, auditorId: number) {
  return loaded.assignments.filter((a) => a.auditorId === auditorId).flatMap((a) =>
    criteriaOf(loaded.rubric, a.sections).map((c) => ({ assignment: a, criterion: c, plan: planReference(a.planSha256) })));
}

export async function exportScoringForm(ctx: ApiContext, exerciseId: number, auditor: Auditor): Promise<{ formId: string; fileName: string; bytes: Buffer }> {
  const loaded = loadExercise(ctx, exerciseId);
  const rows = issuedRows(loaded, auditor.id);
  if (rows.length === 0) throw new EhcqaError('not_found', `${auditor.name} has nothing to score in exercise ${exerciseId}.`);
  const scores = scoresOfExercise(ctx.db, exerciseId).filter((s) => s.auditorId === auditor.id);
  const tools = new Map(loaded.plans.map((sha) => [sha, toolSuggestions(ctx, loaded.rubric, sha)]));
  const formRows: FormRow[] = rows.map(({ assignment, criterion, plan }) => {
    const tool = tools.get(assignment.planSha256)?.get(criterion.id);
    const own = scores.find((s) => s.planSha256 === assignment.planSha256 && s.criterion === criterion.id);
    const name = findPlan(ctx.db, assignment.planSha256)?.metadata?.name ?? null;
    return {
      plan, section: criterion.section, criterion: criterion.id, title: criterion.title, met: criterion.met,
      toolLevel: tool?.level ?? null,
      toolEvidence: pseudonymise((tool?.evidence ?? []).slice(0, 3).map((e) => `p.${e.page}: "${e.quote}"`).join('\n'), name),
      level: own?.level ?? null, reason: own?.reason ?? null,
    };
  });
  const formId = randomUUID();
  const bytes = await buildScoringForm({
    formId, exercise: { id: exerciseId, name: loaded.exercise.name, dueDate: loaded.exercise.dueDate }, auditor: { id: auditor.id, name: auditor.name },
    rubric: { id: loaded.rubric.id, version: loaded.rubric.version }, rows: formRows,
  });
  ctx.db.transaction(() => insertFormExport(ctx.db, { formId, exerciseId, auditorId: auditor.id, exportedAt: ctx.now().toISOString() }))();
  const slug = (s: string) => s.replace(/[^A-Za-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 40) || 'x';
  return { formId, fileName: `scoring-form-${slug(loaded.exercise.name)}-${slug(auditor.name)}.xlsx`, bytes };
}

export interface FormImportResult {
  readonly formId: string;
  readonly exerciseId: number;
  readonly auditorId: number;
  /** Levels stored (blank rows are not scores). */
  readonly scores: number;
  /** Plans the form completed and so submitted. */
  readonly submitted: number;
}

const refuse = (problems: readonly string[]): never => {
  throw new EhcqaError('invalid_form', `The form was refused; nothing was imported.\n${problems.map((p) => `- ${p}`).join('\n')}`);
};

/**
 * Imports a returned form, all or nothing: every cell is checked first (levels, plans and
 * criteria as issued, the form's exercise and auditor, not imported before); any problem refuses
 * the whole file. Then one transaction stores every score, submits the plans the form completes,
 * and records the import.
 */
export async function importScoringForm(ctx: ApiContext, bytes: Uint8Array, expected: { exerciseId?: number; auditorId?: number } = {}): Promise<FormImportResult> {
  const read = await readScoringForm(bytes);
  if (!read.ok) return refuse(read.problems);
  const form = read.form;
  const issued = findFormExport(ctx.db, form.formId);
  if (!issued) return refuse([`Form!B1: this form (id ${form.formId}) was not issued by this ehcqa database.`]);
  const fileSha256 = createHash('sha256').update(bytes).digest('hex');
  const earlier = findFormImport(ctx.db, form.formId, fileSha256);
  if (earlier) return refuse([`Form!B1: this form was already imported on ${earlier.importedAt.slice(0, 16).replace('T', ' ')} UTC.`]);
  const loaded = loadExercise(ctx, issued.exerciseId);
  const rows = issuedRows(loaded, issued.auditorId);
  const issuedForm: IssuedForm = { formId: issued.formId, exerciseId: issued.exerciseId, auditorId: issued.auditorId, rows: rows.map((r) => ({ plan: r.plan, criterion: r.criterion.id })) };
  const problems = [...checkAgainstIssued(form, issuedForm, expected)];
  // A plan already submitted in the app keeps its levels: a form may not change them.
  const existing = scoresOfExercise(ctx.db, issued.exerciseId).filter((s) => s.auditorId === issued.auditorId);
  if (problems.length === 0) {
    form.rows.forEach((row, i) => {
      const { assignment, criterion } = rows[i]!;
      const before = existing.find((s) => s.planSha256 === assignment.planSha256 && s.criterion === criterion.id);
      if (assignment.status === 'submitted' && row.level !== (before?.level ?? null)) {
        problems.push(`Scores!C${row.row}: plan ${row.plan} was already submitted; its levels cannot be changed by a form.`);
      }
    });
  }
  if (problems.length > 0) return refuse(problems);

  const at = ctx.now().toISOString();
  let scores = 0;
  let submitted = 0;
  ctx.db.transaction(() => {
    form.rows.forEach((row, i) => {
      const { assignment, criterion } = rows[i]!;
      if (assignment.status === 'submitted' || row.level === null) return;
      upsertExerciseScore(ctx.db, { exerciseId: issued.exerciseId, planSha256: assignment.planSha256, auditorId: issued.auditorId, criterion: criterion.id, level: row.level, reason: row.reason, source: 'form', at });
      scores++;
    });
    for (const assignment of loaded.assignments.filter((a) => a.auditorId === issued.auditorId && a.status !== 'submitted')) {
      const mine = form.rows.filter((_, i) => rows[i]!.assignment === assignment);
      const levels = mine.map((r) => r.level).filter((l): l is Level => l !== null);
      if (levels.length === 0) continue;
      const complete = levels.length === mine.length;
      setAssignmentStatus(ctx.db, assignment, complete ? 'submitted' : 'in_progress', at);
      if (complete) submitted++;
    }
    insertFormImport(ctx.db, { formId: form.formId, fileSha256, exerciseId: issued.exerciseId, auditorId: issued.auditorId, importedAt: at, scores });
    pauseInsideFormImportForTests();
  })();
  return { formId: form.formId, exerciseId: issued.exerciseId, auditorId: issued.auditorId, scores, submitted };
}
