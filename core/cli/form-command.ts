import { callApi, parseFlags, wholeNumber, withApi } from './api-command';
import { UsageError } from './usage-error';

export const FORM_USAGE = 'usage: ehcqa form export --exercise ID --auditor ID --out FILE.xlsx [--db FILE]\n       ehcqa form import FILE.xlsx [--exercise ID] [--auditor ID] [--db FILE]';

/** `ehcqa form export|import`: the Excel scoring form out to an auditor, and back all or nothing. */
export async function formCommand(argv: readonly string[]): Promise<number> {
  const [verb, ...rest] = argv;
  if (verb === 'export') return exportForm(rest);
  if (verb === 'import') return importForm(rest);
  throw new UsageError(verb ? `unknown form command "${verb}"` : 'say what to do: export or import');
}

async function exportForm(argv: readonly string[]): Promise<number> {
  const { values } = parseFlags(argv, { exercise: { type: 'string' }, auditor: { type: 'string' }, out: { type: 'string' }, db: { type: 'string' } });
  const exerciseId = wholeNumber('exercise', values.exercise);
  const auditorId = wholeNumber('auditor', values.auditor);
  const out = values.out;
  if (!exerciseId || !auditorId || !out) throw new UsageError('--exercise, --auditor and --out are needed');
  const form = await withApi(values.db, (ctx) => callApi(ctx, 'forms.exportFile', { exerciseId, auditorId, out }));
  process.stdout.write(`Scoring form ${form.formId} written to ${form.file}\n`);
  return 0;
}

async function importForm(argv: readonly string[]): Promise<number> {
  const { values, positionals } = parseFlags(argv, { exercise: { type: 'string' }, auditor: { type: 'string' }, db: { type: 'string' } }, true);
  if (positionals.length !== 1) throw new UsageError('name one form file');
  const exerciseId = wholeNumber('exercise', values.exercise);
  const auditorId = wholeNumber('auditor', values.auditor);
  const result = await withApi(values.db, (ctx) => callApi(ctx, 'forms.importFile', { path: positionals[0], ...(exerciseId ? { exerciseId } : {}), ...(auditorId ? { auditorId } : {}) }));
  process.stdout.write(`Imported form ${result.formId}: ${result.scores} level${result.scores === 1 ? '' : 's'} for auditor ${result.auditorId} in exercise ${result.exerciseId}; ${result.submitted} plan${result.submitted === 1 ? '' : 's'} submitted.\n`);
  return 0;
}
