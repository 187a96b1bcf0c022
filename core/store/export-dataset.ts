import {
  type Grade, type Level, type Outcome, type Passage, type PlanMetadata, type ProvisionItem, type Suggestion,
} from '../domain';
import { type ExportAuditor, type ExportJudgement, type ExportPlan, type ExportPlanNote, type ExportTrailEntry, type PeriodFilter } from '../export/dataset';
import { keyStageOf } from '../text';
import { type ReadDb } from './database';

/**
 * Reads the audited plans (latest audit with the given rubric), in a handful of queries however
 * many plans there are: exports of a thousand plans must not run a query per plan per criterion.
 */
export function exportPlans(db: ReadDb, rubricId: string, planKeys?: readonly string[]): ExportPlan[] {
  const wanted = planKeys ? new Set(planKeys) : null;
  const rows = db.prepare(`
    SELECT p.sha256, p.file_name, p.metadata_json, p.imported_at, a.id AS audit_id, a.grade, a.score,
           i.outcomes_json, i.provision_json, i.front_json
    FROM plans p
    JOIN audits a ON a.id = (SELECT max(id) FROM audits WHERE plan_sha256 = p.sha256 AND rubric_id = ?)
    LEFT JOIN plan_items i ON i.plan_sha256 = p.sha256
    WHERE p.status = 'ok' AND p.metadata_json IS NOT NULL
    ORDER BY p.imported_at, p.file_name`).all(rubricId) as {
    sha256: string; file_name: string; metadata_json: string; imported_at: string; audit_id: number; grade: Grade; score: number | null;
    outcomes_json: string | null; provision_json: string | null; front_json: string | null; 
  }[];
  const kept = wanted ? rows.filter((r) => wanted.has(r.sha256)) : rows;
  const suggestionQuery = db.prepare('SELECT criterion_id, level, confidence, rationale, evidence_json FROM suggestions WHERE audit_id = ? ORDER BY criterion_id');
  const sectionQuery = db.prepare('SELECT text FROM plan_sections WHERE plan_sha256 = ? ORDER BY position');
  return kept.map((r) => {
    const own = (suggestionQuery.all(r.audit_id) as { criterion_id: string; level: Level; confidence: number; rationale: string; evidence_json: string }[])
      .map((s) => ({ criterion: s.criterion_id, level: s.level, confidence: s.confidence, rationale: s.rationale, evidence: JSON.parse(s.evidence_json) as Suggestion['evidence'] }));
    const metadata = JSON.parse(r.metadata_json) as PlanMetadata;
    const front = r.front_json ? (JSON.parse(r.front_json) as Passage[]) : [];
    return {
      key: r.sha256,
      fileName: r.file_name,
      metadata,
      keyStage: keyStageOf(metadata.yearGroup),
      importedAt: r.imported_at,
      toolGrade: r.grade,
      toolScore: r.score,
      suggestions: own,
      outcomes: r.outcomes_json ? (JSON.parse(r.outcomes_json) as Outcome[]) : [],
      provision: r.provision_json ? (JSON.parse(r.provision_json) as ProvisionItem[]) : [],
      identityTexts: [...front.map((p) => p.text), ...(sectionQuery.all(r.sha256) as { text: string }[]).map((s) => s.text)],
    };
  });
}

/** Plans dated within the period: by the plan's date, or the day it was imported when it prints none. */
export function withinPeriod(plans: readonly ExportPlan[], period: PeriodFilter): ExportPlan[] {
  return plans.filter((p) => {
    const date = p.metadata.planDate ?? p.importedAt.slice(0, 10);
    return (!period.from || date >= period.from) && (!period.to || date <= period.to);
  });
}

export function exportAuditors(db: ReadDb): ExportAuditor[] {
  return (db.prepare('SELECT id, name, agency, role FROM auditors ORDER BY id').all() as ExportAuditor[]).map((a) => ({ ...a }));
}

export function exportJudgements(db: ReadDb, planKeys: ReadonlySet<string>): ExportJudgement[] {
  return (db.prepare('SELECT * FROM judgements ORDER BY plan_sha256, auditor_id, criterion_id').all() as {
    plan_sha256: string; auditor_id: number; criterion_id: string; level: Level | null; reason: string | null; note: string | null; updated_at: string;
  }[])
    .filter((j) => planKeys.has(j.plan_sha256))
    .map((j) => ({ planKey: j.plan_sha256, auditorId: j.auditor_id, criterion: j.criterion_id, level: j.level, reason: j.reason, note: j.note, updatedAt: j.updated_at }));
}

export function exportPlanNotes(db: ReadDb, planKeys: ReadonlySet<string>): ExportPlanNote[] {
  return (db.prepare('SELECT plan_sha256, auditor_id, overall_note FROM plan_reviews WHERE overall_note IS NOT NULL ORDER BY plan_sha256, auditor_id').all() as {
    plan_sha256: string; auditor_id: number; overall_note: string;
  }[])
    .filter((n) => planKeys.has(n.plan_sha256))
    .map((n) => ({ planKey: n.plan_sha256, auditorId: n.auditor_id, note: n.overall_note }));
}

/** The trail of one exercise: the exercise row itself and every entity keyed under it. */
export function exerciseTrail(db: ReadDb, exerciseId: number): ExportTrailEntry[] {
  return (db.prepare(`SELECT * FROM trail WHERE (entity = 'exercise' AND entity_key = @id) OR (entity <> 'exercise' AND entity LIKE 'exercise%' AND entity_key LIKE @prefix) ORDER BY id`)
    .all({ id: String(exerciseId), prefix: `${exerciseId}/%` }) as {
    at: string; auditor_id: number | null; entity: string; entity_key: string; field: string; old_value: string | null; new_value: string | null; reason: string | null;
  }[]).map((r) => ({ at: r.at, auditorId: r.auditor_id, entity: r.entity, entityKey: r.entity_key, field: r.field, oldValue: r.old_value, newValue: r.new_value, reason: r.reason }));
}
