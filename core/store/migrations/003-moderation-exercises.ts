import { type Migration } from './migration';

/**
 * Moderation exercises. Scores given in an exercise are their own rows (`exercise_scores`), not
 * `judgements`: the same plan can be in two exercises, and an auditor's individual audit of a
 * plan must not change when they score it for a panel. Every change is also appended to `trail`.
 *
 * Tables (plain names; the moderation results workbook reads them):
 * - exercises: one per moderation round. `sample_json` records how the plans were chosen
 *   ({"method":"chosen"} | {"method":"all"} | {"method":"sample","size":N,"seed":S,"filters":{...}}).
 *   `moderator_id` NULL: any auditor of the exercise may moderate once every score is in.
 * - exercise_plans: the plans of an exercise, in the order they were chosen.
 * - exercise_assignments: who scores which plan; `sections` is a comma-separated list of section
 *   letters ("C,G") or NULL for every section.
 * - exercise_scores: an auditor's level and reason per plan and criterion; `source` says
 *   whether it was given in the app or by a returned Excel form.
 * - exercise_notes: the panel's discussion notes (per criterion, or the whole plan when NULL).
 * - exercise_agreed: the moderator's agreed level and reason per plan and criterion.
 * - exercise_signoffs: a plan's moderation signed off; later changes need a reason (in trail).
 * - form_exports / form_imports: scoring forms issued, and those returned (one import each; the
 *   file hash too, so the same file cannot be imported twice under another form id).
 */
export const migration003: Migration = {
  name: 'moderation exercises',
  up(db) {
    db.exec(`
      CREATE TABLE exercises (
        id              INTEGER PRIMARY KEY,
        name            TEXT NOT NULL,
        created_at      TEXT NOT NULL,
        due_date        TEXT,
        status          TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'signed_off')),
        rubric_id       TEXT NOT NULL,
        rubric_version  TEXT NOT NULL,
        split_by_agency INTEGER NOT NULL CHECK (split_by_agency IN (0, 1)),
        sample_json     TEXT NOT NULL,
        moderator_id    INTEGER REFERENCES auditors(id)
      );
      CREATE TABLE exercise_plans (
        exercise_id INTEGER NOT NULL REFERENCES exercises(id),
        plan_sha256 TEXT NOT NULL REFERENCES plans(sha256),
        position    INTEGER NOT NULL,
        PRIMARY KEY (exercise_id, plan_sha256)
      );
      CREATE TABLE exercise_assignments (
        exercise_id  INTEGER NOT NULL REFERENCES exercises(id),
        plan_sha256  TEXT NOT NULL REFERENCES plans(sha256),
        auditor_id   INTEGER NOT NULL REFERENCES auditors(id),
        sections     TEXT,
        status       TEXT NOT NULL DEFAULT 'assigned' CHECK (status IN ('assigned', 'in_progress', 'submitted')),
        submitted_at TEXT,
        PRIMARY KEY (exercise_id, plan_sha256, auditor_id),
        FOREIGN KEY (exercise_id, plan_sha256) REFERENCES exercise_plans(exercise_id, plan_sha256)
      );
      CREATE INDEX assignments_by_auditor ON exercise_assignments(auditor_id, exercise_id);
      CREATE TABLE exercise_scores (
        exercise_id  INTEGER NOT NULL,
        plan_sha256  TEXT NOT NULL,
        auditor_id   INTEGER NOT NULL,
        criterion_id TEXT NOT NULL,
        level        TEXT CHECK (level IN ('met', 'partly', 'not_met', 'na')),
        reason       TEXT,
        source       TEXT NOT NULL CHECK (source IN ('app', 'form')),
        updated_at   TEXT NOT NULL,
        PRIMARY KEY (exercise_id, plan_sha256, auditor_id, criterion_id),
        FOREIGN KEY (exercise_id, plan_sha256, auditor_id) REFERENCES exercise_assignments(exercise_id, plan_sha256, auditor_id)
      );
      CREATE TABLE exercise_notes (
        id           INTEGER PRIMARY KEY,
        exercise_id  INTEGER NOT NULL REFERENCES exercises(id),
        plan_sha256  TEXT NOT NULL,
        criterion_id TEXT,
        auditor_id   INTEGER NOT NULL REFERENCES auditors(id),
        at           TEXT NOT NULL,
        text         TEXT NOT NULL,
        FOREIGN KEY (exercise_id, plan_sha256) REFERENCES exercise_plans(exercise_id, plan_sha256)
      );
      CREATE TABLE exercise_agreed (
        exercise_id  INTEGER NOT NULL,
        plan_sha256  TEXT NOT NULL,
        criterion_id TEXT NOT NULL,
        level        TEXT NOT NULL CHECK (level IN ('met', 'partly', 'not_met', 'na')),
        reason       TEXT,
        moderator_id INTEGER NOT NULL REFERENCES auditors(id),
        at           TEXT NOT NULL,
        PRIMARY KEY (exercise_id, plan_sha256, criterion_id),
        FOREIGN KEY (exercise_id, plan_sha256) REFERENCES exercise_plans(exercise_id, plan_sha256)
      );
      CREATE TABLE exercise_signoffs (
        exercise_id  INTEGER NOT NULL,
        plan_sha256  TEXT NOT NULL,
        moderator_id INTEGER NOT NULL REFERENCES auditors(id),
        at           TEXT NOT NULL,
        PRIMARY KEY (exercise_id, plan_sha256),
        FOREIGN KEY (exercise_id, plan_sha256) REFERENCES exercise_plans(exercise_id, plan_sha256)
      );
      CREATE TABLE form_exports (
        form_id     TEXT PRIMARY KEY,
        exercise_id INTEGER NOT NULL REFERENCES exercises(id),
        auditor_id  INTEGER NOT NULL REFERENCES auditors(id),
        exported_at TEXT NOT NULL
      );
      CREATE TABLE form_imports (
        form_id     TEXT PRIMARY KEY REFERENCES form_exports(form_id),
        file_sha256 TEXT NOT NULL UNIQUE,
        exercise_id INTEGER NOT NULL REFERENCES exercises(id),
        auditor_id  INTEGER NOT NULL REFERENCES auditors(id),
        imported_at TEXT NOT NULL,
        scores      INTEGER NOT NULL
      );
    `);
  },
};
