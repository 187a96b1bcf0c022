import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { invoke } from '../api';
import { EhcqaError } from '../domain';
import { openCliDatabase } from './database-option';
import { UsageError } from './usage-error';
import { TOOL_VERSION } from './version';

export const EXPORT_USAGE = [
  'usage: ehcqa export moderation --exercise ID --out FILE.xlsx [--identifiers] [--db FILE]',
  '       ehcqa export training [--from YYYY-MM-DD] [--to YYYY-MM-DD] --out FILE.xlsx [--identifiers] [--db FILE]',
].join('\n');

/**
 * `ehcqa export`: writes the moderation results or training-needs workbook. Pseudonymised
 * unless --identifiers is given; the last line says which, so a scheduled job's log shows it.
 */
export async function exportCommand(argv: readonly string[]): Promise<number> {
  const [kind, ...rest] = argv;
  let parsed;
  try {
    parsed = parseArgs({
      args: rest,
      options: { out: { type: 'string' }, identifiers: { type: 'boolean', default: false }, exercise: { type: 'string' }, from: { type: 'string' }, to: { type: 'string' }, db: { type: 'string' } },
    });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const { values } = parsed;
  if (kind !== 'moderation' && kind !== 'training') throw new UsageError(kind ? `unknown export "${kind}" (moderation or training)` : 'name the export: moderation or training');
  if (!values.out) throw new UsageError('--out FILE.xlsx is needed');
  if (!/\.xlsx$/i.test(values.out)) throw new UsageError('--out must name an .xlsx file');
  for (const flag of ['from', 'to'] as const) {
    const v = values[flag];
    if (v !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(v)) throw new UsageError(`--${flag} takes a date as YYYY-MM-DD`);
  }
  const exercise = values.exercise === undefined ? undefined : Number(values.exercise);
  if (kind === 'moderation' && (exercise === undefined || !Number.isInteger(exercise) || exercise < 1)) throw new UsageError('--exercise ID is needed (the number `ehcqa exercise create` printed)');
  if (kind === 'training' && values.exercise) throw new UsageError('--exercise is for the moderation export');

  const db = await openCliDatabase(values.db);
  try {
    const ctx = { db, toolVersion: TOOL_VERSION, now: () => new Date() };
    const result = kind === 'training'
      ? await invoke(ctx, 'exports.training', { identifiers: values.identifiers, ...(values.from ? { from: values.from } : {}), ...(values.to ? { to: values.to } : {}) })
      : await invoke(ctx, 'exports.moderation', { exerciseId: exercise, identifiers: values.identifiers });
    if (!result.ok) throw new EhcqaError(result.error.code, result.error.message);
    try {
      writeFileSync(values.out, Buffer.from(result.value.dataBase64, 'base64'));
    } catch (error) {
      throw new EhcqaError('io', `The workbook could not be written to ${values.out} (${(error as NodeJS.ErrnoException).code ?? 'write error'}).`, { cause: error });
    }
    process.stdout.write(`Wrote ${values.out}: ${result.value.plans} plans, ${result.value.identifiers ? 'WITH IDENTIFIERS (personal data)' : 'pseudonymised'}.\n`);
    return 0;
  } finally {
    db.close();
  }
}
