import { AGENCIES } from '../store';
import { callApi, parseFlags, withApi } from './api-command';
import { UsageError } from './usage-error';

export const AUDITOR_USAGE = `usage: ehcqa auditor add --name NAME --agency AGENCY [--role ROLE] [--db FILE]\n  AGENCY: ${AGENCIES.join(' | ')}`;

/** `ehcqa auditor add`: prints the new auditor's id on the first line. */
export async function auditorCommand(argv: readonly string[]): Promise<number> {
  const [verb, ...rest] = argv;
  if (verb !== 'add') throw new UsageError(verb ? `unknown auditor command "${verb}"` : 'say what to do: add');
  const { values } = parseFlags(rest, { name: { type: 'string' }, agency: { type: 'string' }, role: { type: 'string' }, db: { type: 'string' } });
  if (!values.name) throw new UsageError('--name is needed');
  if (!values.agency) throw new UsageError('--agency is needed');
  if (!(AGENCIES as readonly string[]).includes(values.agency)) throw new UsageError(`--agency must be one of ${AGENCIES.join(', ')}`);
  const auditor = await withApi(values.db, (ctx) => callApi(ctx, 'auditors.create', { name: values.name, agency: values.agency, ...(values.role ? { role: values.role } : {}) }));
  process.stdout.write(`${auditor.id}\nAuditor ${auditor.id} added: ${auditor.name} (${auditor.agency}).\n`);
  return 0;
}
