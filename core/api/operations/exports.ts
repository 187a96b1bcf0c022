import { z } from 'zod';
import { EhcqaError } from '../../domain';
import { type DashboardData, dashboardData, moderationWorkbook, trainingWorkbook } from '../../export';
import { moderationDataset, trainingDataset } from '../export-data';
import { exerciseId } from './exercises';
import { op, rubricOf } from './operation';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date as YYYY-MM-DD');
const optionalText = z.string().trim().max(200).optional();

/** A workbook as the renderer and the bridge carry it: JSON-safe bytes and a file name to save as. */
export interface WorkbookFile {
  readonly fileName: string;
  readonly dataBase64: string;
  readonly plans: number;
  readonly identifiers: boolean;
}

const period = z.strictObject({ from: isoDate.optional(), to: isoDate.optional(), identifiers: z.boolean().default(false) })
  .refine((p) => !p.from || !p.to || p.from <= p.to, { message: 'the period ends before it starts', path: ['to'] });

/** The workbooks (pseudonymised unless identifiers are asked for) and the dashboard's data. */
export const exportOperations = {
  'exports.training': op(period, async (ctx, args): Promise<WorkbookFile> => {
    const data = trainingDataset(ctx, rubricOf(ctx), args);
    if (data.plans.length === 0) throw new EhcqaError('not_found', 'No audited plan is dated within that period: there is nothing to export.');
    const bytes = await trainingWorkbook(data, { mode: args.identifiers ? 'identifiers' : 'pseudonymised' });
    const stamp = data.generatedAt.slice(0, 10);
    return { fileName: `ehcqa-training-${stamp}${args.identifiers ? '-IDENTIFIERS' : ''}.xlsx`, dataBase64: Buffer.from(bytes).toString('base64'), plans: data.plans.length, identifiers: args.identifiers };
  }),
  'exports.moderation': op(z.strictObject({ exerciseId, identifiers: z.boolean().default(false) }), async (ctx, args): Promise<WorkbookFile> => {
    const data = moderationDataset(ctx, args.exerciseId);
    const bytes = await moderationWorkbook(data, { mode: args.identifiers ? 'identifiers' : 'pseudonymised' });
    return { fileName: `ehcqa-moderation-${data.exercise.id}-${data.generatedAt.slice(0, 10)}${args.identifiers ? '-IDENTIFIERS' : ''}.xlsx`, dataBase64: Buffer.from(bytes).toString('base64'), plans: data.plans.length, identifiers: args.identifiers };
  }),
  'exports.dashboard': op(
    z.strictObject({ keyStage: optionalText, primaryNeed: optionalText, setting: optionalText, from: isoDate.optional(), to: isoDate.optional() }),
    (ctx, args): DashboardData => dashboardData(trainingDataset(ctx, rubricOf(ctx), {}), {
      keyStage: args.keyStage || null, primaryNeed: args.primaryNeed || null, setting: args.setting || null, from: args.from ?? null, to: args.to ?? null,
    }),
  ),
} as const;
