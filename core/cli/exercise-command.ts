import { callApi, idList, parseFlags, wholeNumber, withApi } from './api-command';
import { UsageError } from './usage-error';

export const EXERCISE_USAGE = [
  'usage: ehcqa exercise create --name NAME --auditors ID,ID,... [--plans SHA256,...] [--sample N | --sample-percent P] [--seed N]',
  '                             [--plan-type final|draft|amended] [--month YYYY-MM] [--split-by-agency] [--moderator ID] [--due YYYY-MM-DD] [--db FILE]',
].join('\n');

/** `ehcqa exercise create`: prints the new exercise's id on the first line. */
export async function exerciseCommand(argv: readonly string[]): Promise<number> {
  const [verb, ...rest] = argv;
  if (verb !== 'create') throw new UsageError(verb ? `unknown exercise command "${verb}"` : 'say what to do: create');
  const { values } = parseFlags(rest, {
    name: { type: 'string' }, auditors: { type: 'string' }, plans: { type: 'string' }, sample: { type: 'string' }, 'sample-percent': { type: 'string' },
    seed: { type: 'string' }, 'plan-type': { type: 'string' }, month: { type: 'string' }, 'split-by-agency': { type: 'boolean' },
    moderator: { type: 'string' }, due: { type: 'string' }, db: { type: 'string' },
  });
  if (!values.name) throw new UsageError('--name is needed');
  const auditorIds = idList('auditors', values.auditors);
  if (auditorIds.length === 0) throw new UsageError('--auditors is needed (auditor ids, comma-separated)');
  const plans = values.plans ? values.plans.split(',').map((p) => p.trim().toLowerCase()) : undefined;
  const size = wholeNumber('sample', values.sample);
  const percent = values['sample-percent'] === undefined ? undefined : Number(values['sample-percent']);
  if (percent !== undefined && !(percent > 0 && percent <= 100)) throw new UsageError('--sample-percent takes a percentage above 0, at most 100');
  if (size !== undefined && percent !== undefined) throw new UsageError('give --sample or --sample-percent, not both');
  const seed = values.seed === undefined ? undefined : Number(values.seed);
  if (seed !== undefined && !(Number.isInteger(seed) && seed >= 0)) throw new UsageError('--seed takes a whole number');
  const sampled = size !== undefined || percent !== undefined;
  const filters = { ...(values['plan-type'] ? { planType: values['plan-type'] } : {}), ...(values.month ? { month: values.month } : {}) };
  const detail = await withApi(values.db, (ctx) => callApi(ctx, 'exercises.create', {
    name: values.name, auditorIds, splitByAgency: values['split-by-agency'] ?? false,
    ...(plans ? { plans } : {}),
    ...(sampled ? { sample: { ...(size !== undefined ? { size } : { percent }), ...(seed !== undefined ? { seed } : {}) } } : {}),
    ...(Object.keys(filters).length > 0 ? { filters } : {}),
    ...(values.moderator ? { moderatorId: wholeNumber('moderator', values.moderator) } : {}),
    ...(values.due ? { dueDate: values.due } : {}),
  }));
  const e = detail.exercise;
  const how = e.selection.method === 'sample' ? `a sample of ${e.selection.size} (seed ${e.selection.seed})` : e.selection.method === 'all' ? 'every audited plan' : 'the plans named';
  process.stdout.write(`${e.id}\nExercise ${e.id} "${e.name}": ${detail.plans} plan${detail.plans === 1 ? '' : 's'} (${how}), ${detail.auditors} auditor${detail.auditors === 1 ? '' : 's'}, ${detail.assignments} assignments${e.splitByAgency ? ', split by agency' : ''}.\n`);
  return 0;
}
