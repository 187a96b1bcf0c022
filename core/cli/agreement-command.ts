import { writeFileSync } from 'node:fs';
import { type AgreementStatistics, type ToolAgreement } from '../moderation';
import { callApi, parseFlags, wholeNumber, withApi } from './api-command';
import { UsageError } from './usage-error';

export const AGREEMENT_USAGE = 'usage: ehcqa agreement --exercise ID [--json OUT|-] [--db FILE]';

const pct = (v: number | null) => (v === null ? '–' : `${Math.round(v * 100)}%`);
const k3 = (v: number | null) => (v === null ? '–' : v.toFixed(3));
const pad = (s: string, n: number) => s.padEnd(n);

function panelLine(label: string, s: AgreementStatistics, tool: ToolAgreement | undefined): string {
  return [pad(label, 10), pad(String(s.pairableItems), 6), pad(pct(s.percentAgreement), 7), pad(k3(s.fleissKappa), 8), pad(k3(s.krippendorffAlphaOrdinal), 8),
    pad(tool ? String(tool.n) : '', 6), pad(tool ? pct(tool.percentAgreement) : '', 7), tool ? k3(tool.weightedKappaQuadratic) : ''].join(' ').trimEnd();
}

/** `ehcqa agreement`: the exercise's agreement figures as a table, and as JSON with --json. */
export async function agreementCommand(argv: readonly string[]): Promise<number> {
  const { values } = parseFlags(argv, { exercise: { type: 'string' }, json: { type: 'string' }, db: { type: 'string' } });
  const exerciseId = wholeNumber('exercise', values.exercise);
  if (!exerciseId) throw new UsageError('--exercise is needed');
  const view = await withApi(values.db, (ctx) => callApi(ctx, 'exercises.agreement', { exerciseId }));
  if (values.json === '-') {
    process.stdout.write(`${JSON.stringify(view, null, 2)}\n`);
    return 0;
  }
  const a = view.agreement;
  const lines = [
    `Agreement in exercise ${view.exercise.id} "${view.exercise.name}" (${view.raters.length} auditors; submitted scores only)`,
    '',
    [pad('', 10), pad('items', 6), pad('exact', 7), pad('Fleiss', 8), pad('alpha', 8), pad('tool n', 6), pad('tool=', 7), 'tool kw'].join(' '),
    panelLine('Overall', a.overall, a.tool.overall),
    ...Object.entries(a.sections).map(([s, stats]) => panelLine(`Section ${s}`, stats, a.tool.sections[s as keyof typeof a.tool.sections])),
    ...view.criteria.map((c) => panelLine(`  ${c.id}`, a.criteria[c.id]!, a.tool.criteria[c.id])),
    '',
    'Pairs (weighted kappa, quadratic, over all items):',
    ...a.overall.pairwise.map((p) => `  ${view.raters[p.raterA]!.name} (${view.raters[p.raterA]!.agency}) – ${view.raters[p.raterB]!.name} (${view.raters[p.raterB]!.agency}): ${k3(p.weightedKappaQuadratic)} on ${p.n} items`),
    '',
    'exact: pairwise exact agreement; Fleiss: Fleiss\' kappa; alpha: Krippendorff\'s alpha (ordinal); tool=: the tool\'s level equals the agreed level; tool kw: weighted kappa, tool against agreed.',
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
  if (values.json) {
    writeFileSync(values.json, `${JSON.stringify(view, null, 2)}\n`);
    process.stdout.write(`Agreement written to ${values.json}\n`);
  }
  return 0;
}
