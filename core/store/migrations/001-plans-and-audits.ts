import { type Migration } from './migration';

/** Plans keyed by content hash, their extracted structure, and the tool's audits of them. */
export const migration001: Migration = {
  name: 'plans and audits',
  up(db) {
    db.exec(`
      CREATE TABLE plans (
        sha256        TEXT PRIMARY KEY,
        file_name     TEXT NOT NULL,
        pages         INTEGER,
        status        TEXT NOT NULL CHECK (status IN ('ok', 'error')),
        error_code    TEXT,
        error_message TEXT,
        metadata_json TEXT,
        imported_at   TEXT NOT NULL
      );
      CREATE TABLE plan_sections (
        plan_sha256   TEXT NOT NULL REFERENCES plans(sha256) ON DELETE CASCADE,
        position      INTEGER NOT NULL,
        section_id    TEXT NOT NULL,
        title         TEXT NOT NULL,
        page_start    INTEGER NOT NULL,
        page_end      INTEGER NOT NULL,
        text          TEXT NOT NULL,
        passages_json TEXT NOT NULL,
        PRIMARY KEY (plan_sha256, section_id)
      );
      CREATE TABLE plan_items (
        plan_sha256   TEXT PRIMARY KEY REFERENCES plans(sha256) ON DELETE CASCADE,
        outcomes_json TEXT NOT NULL,
        provision_json TEXT NOT NULL,
        front_json    TEXT NOT NULL
      );
      CREATE TABLE audits (
        id             INTEGER PRIMARY KEY,
        plan_sha256    TEXT NOT NULL REFERENCES plans(sha256) ON DELETE CASCADE,
        rubric_id      TEXT NOT NULL,
        rubric_version TEXT NOT NULL,
        tool_version   TEXT NOT NULL,
        created_at     TEXT NOT NULL,
        grade          TEXT NOT NULL,
        score          REAL,
        grade_json     TEXT NOT NULL
      );
      CREATE INDEX audits_by_plan ON audits(plan_sha256, id);
      CREATE TABLE suggestions (
        audit_id      INTEGER NOT NULL REFERENCES audits(id) ON DELETE CASCADE,
        criterion_id  TEXT NOT NULL,
        level         TEXT NOT NULL CHECK (level IN ('met', 'partly', 'not_met', 'na')),
        confidence    REAL NOT NULL,
        rationale     TEXT NOT NULL,
        evidence_json TEXT NOT NULL,
        PRIMARY KEY (audit_id, criterion_id)
      );
    `);
  },
};
