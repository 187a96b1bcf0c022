import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { EhcqaError } from '../domain';
import { openDatabase, schemaVersion } from './database';
import { MIGRATIONS } from './migrations';

const tempDb = () => join(mkdtempSync(join(tmpdir(), 'ehcqa-db-')), 'test.db');

const tables = (db: Database.Database) =>
  (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all() as { name: string }[]).map((r) => r.name);

describe('migrations', () => {
  it('bring a new database to the latest version, in WAL mode', () => {
    const db = openDatabase(tempDb());
    expect(schemaVersion(db)).toBe(MIGRATIONS.length);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    db.close();
  });

  it('001 creates plans, sections, items, audits and suggestions', () => {
    const file = tempDb();
    const raw = new Database(file);
    MIGRATIONS[0]!.up(raw as never);
    expect(tables(raw)).toEqual(['audits', 'plan_items', 'plan_sections', 'plans', 'suggestions']);
    raw.close();
  });

  it('002 adds auditors, judgements, reviews and an append-only trail, keeping 001 data', () => {
    const file = tempDb();
    const raw = new Database(file);
    MIGRATIONS[0]!.up(raw as never);
    raw.prepare("INSERT INTO plans (sha256, file_name, status, imported_at) VALUES ('abc', 'a.pdf', 'ok', '2026-01-01')").run();
    MIGRATIONS[1]!.up(raw as never);
    expect(tables(raw)).toEqual(['auditors', 'audits', 'judgements', 'plan_files', 'plan_items', 'plan_reviews', 'plan_sections', 'plans', 'suggestions', 'trail']);
    expect(raw.prepare('SELECT file_name FROM plans').pluck().get()).toBe('a.pdf');
    raw.prepare("INSERT INTO trail (at, entity, entity_key, field) VALUES ('t', 'judgement', 'k', 'level')").run();
    expect(() => raw.prepare("UPDATE trail SET field = 'x'").run()).toThrow(/append-only/);
    expect(() => raw.prepare('DELETE FROM trail').run()).toThrow(/append-only/);
    raw.close();
  });

  it('003 adds moderation exercises, keeping 002 data, with scores tied to an assignment', () => {
    const raw = new Database(tempDb());
    raw.pragma('foreign_keys = ON');
    MIGRATIONS[0]!.up(raw as never);
    MIGRATIONS[1]!.up(raw as never);
    raw.prepare("INSERT INTO plans (sha256, file_name, status, imported_at) VALUES ('abc', 'a.pdf', 'ok', '2026-01-01')").run();
    raw.prepare("INSERT INTO auditors (name, agency, created_at) VALUES ('Ann', 'health', '2026-01-01')").run();
    MIGRATIONS[2]!.up(raw as never);
    expect(tables(raw)).toEqual(expect.arrayContaining(['exercises', 'exercise_plans', 'exercise_assignments', 'exercise_scores', 'exercise_notes', 'exercise_agreed', 'exercise_signoffs', 'form_exports', 'form_imports']));
    expect(raw.prepare('SELECT name FROM auditors').pluck().get()).toBe('Ann');
    raw.prepare("INSERT INTO exercises (name, created_at, rubric_id, rubric_version, split_by_agency, sample_json) VALUES ('Round 1', 't', 'r', '1', 1, '{}')").run();
    raw.prepare("INSERT INTO exercise_plans VALUES (1, 'abc', 0)").run();
    raw.prepare("INSERT INTO exercise_assignments (exercise_id, plan_sha256, auditor_id, sections) VALUES (1, 'abc', 1, 'C,G')").run();
    raw.prepare("INSERT INTO exercise_scores VALUES (1, 'abc', 1, 'C1', 'met', NULL, 'app', 't')").run();
    // A score of someone not assigned, or an unknown level, is refused by the schema itself.
    expect(() => raw.prepare("INSERT INTO exercise_scores VALUES (1, 'abc', 2, 'C1', 'met', NULL, 'app', 't')").run()).toThrow(/FOREIGN KEY/);
    expect(() => raw.prepare("INSERT INTO exercise_scores VALUES (1, 'abc', 1, 'C2', 'mostly', NULL, 'app', 't')").run()).toThrow(/CHECK/);
    raw.close();
  });

  it('reopening an up-to-date database changes nothing', () => {
    const file = tempDb();
    openDatabase(file).close();
    const db = openDatabase(file);
    expect(schemaVersion(db)).toBe(MIGRATIONS.length);
    db.close();
  });

  it('refuses a database from a newer ehcqa instead of migrating it down', () => {
    const file = tempDb();
    const raw = new Database(file);
    raw.pragma(`user_version = ${MIGRATIONS.length + 1}`);
    raw.close();
    expect(() => openDatabase(file)).toThrowError(EhcqaError);
    try {
      openDatabase(file);
    } catch (error) {
      expect((error as EhcqaError).code).toBe('database_newer');
      expect((error as Error).message).toMatch(/newer version of ehcqa/);
    }
  });
});
