import { type Migration } from './migration';

/**
 * Auditors, their judgements beside the tool's suggestions, and the append-only trail of
 * every change. A judgement never edits a suggestion: it is its own row, keyed by plan,
 * auditor and criterion, and the trail keeps each earlier value.
 */
export const migration002: Migration = {
  name: 'auditors, judgements and trail',
  up(db) {
    db.exec(`
      CREATE TABLE auditors (
        id         INTEGER PRIMARY KEY,
        name       TEXT NOT NULL,
        agency     TEXT NOT NULL CHECK (agency IN ('education', 'health', 'social-care', 'parent-carer-forum', 'send-qa')),
        role       TEXT,
        created_at TEXT NOT NULL
      );
      CREATE TABLE judgements (
        plan_sha256  TEXT NOT NULL REFERENCES plans(sha256) ON DELETE CASCADE,
        auditor_id   INTEGER NOT NULL REFERENCES auditors(id),
        criterion_id TEXT NOT NULL,
        level        TEXT CHECK (level IN ('met', 'partly', 'not_met', 'na')),
        reason       TEXT,
        note         TEXT,
        updated_at   TEXT NOT NULL,
        PRIMARY KEY (plan_sha256, auditor_id, criterion_id)
      );
      CREATE TABLE plan_reviews (
        plan_sha256   TEXT NOT NULL REFERENCES plans(sha256) ON DELETE CASCADE,
        auditor_id    INTEGER NOT NULL REFERENCES auditors(id),
        overall_note  TEXT,
        last_criterion TEXT,
        status        TEXT NOT NULL DEFAULT 'in_progress' CHECK (status IN ('in_progress', 'complete')),
        updated_at    TEXT NOT NULL,
        PRIMARY KEY (plan_sha256, auditor_id)
      );
      -- The PDF itself, so the plan view can show its pages even after the file moved.
      CREATE TABLE plan_files (
        plan_sha256 TEXT PRIMARY KEY REFERENCES plans(sha256) ON DELETE CASCADE,
        bytes       BLOB NOT NULL
      );
      CREATE TABLE trail (
        id          INTEGER PRIMARY KEY,
        at          TEXT NOT NULL,
        auditor_id  INTEGER REFERENCES auditors(id),
        entity      TEXT NOT NULL,
        entity_key  TEXT NOT NULL,
        field       TEXT NOT NULL,
        old_value   TEXT,
        new_value   TEXT,
        reason      TEXT
      );
      CREATE TRIGGER trail_no_update BEFORE UPDATE ON trail BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END;
      CREATE TRIGGER trail_no_delete BEFORE DELETE ON trail BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END;
    `);
  },
};
