import { z } from 'zod';
import { EhcqaError } from '../../domain';
import { type Report } from '../../pipeline';
import { type Rubric } from '../../rubric';
import { libraryRows, type LibraryRow, loadPlanFile } from '../../store';
import { type ApiContext } from '../context';
import { importPlans } from '../import-plans';
import { collectPdfFiles } from '../pdf-files';
import { auditorId, op, rubricOf, sha256 } from './operation';

/** Uploads from the browser: base64 so the bridge carries JSON only. 100 MB is the ingest limit. */
const upload = z.strictObject({ name: z.string().min(1).max(255), dataBase64: z.string().max(140_000_000) });

const report = (ctx: ApiContext, rubric: Rubric, plans: Report['plans']): Report => ({
  tool: { name: 'ehcqa', version: ctx.toolVersion }, rubric: { id: rubric.id, version: rubric.version }, generatedAt: ctx.now().toISOString(), plans,
});

/** Getting plans in (from paths or uploaded bytes) and listing and reading them back. */
export const planOperations = {
  'plans.import': op(
    z.strictObject({ paths: z.array(z.string().min(1)).min(1), rubricFile: z.string().min(1).optional() }),
    async (ctx, args, emit): Promise<Report> => {
      const rubric = rubricOf(ctx, args.rubricFile);
      const sources = collectPdfFiles(args.paths).map((path) => ({ path }));
      return report(ctx, rubric, await importPlans(ctx, sources, rubric, (p) => emit('plans.import.progress', p)));
    },
  ),
  'plans.upload': op(z.strictObject({ files: z.array(upload).min(1).max(50) }), async (ctx, args, emit): Promise<Report> => {
    const rubric = rubricOf(ctx);
    const sources = args.files.map((f) => ({ name: f.name, bytes: new Uint8Array(Buffer.from(f.dataBase64, 'base64')) }));
    return report(ctx, rubric, await importPlans(ctx, sources, rubric, (p) => emit('plans.import.progress', p)));
  }),
  'plans.list': op(z.strictObject({ auditorId: auditorId.optional() }), (ctx, args): LibraryRow[] => libraryRows(ctx.db, args.auditorId ?? null)),
  'plans.pdf': op(z.strictObject({ sha256 }), (ctx, args): { dataBase64: string } => {
    const bytes = loadPlanFile(ctx.db, args.sha256);
    if (!bytes) throw new EhcqaError('not_found', 'The PDF of that plan is not stored.');
    return { dataBase64: Buffer.from(bytes).toString('base64') };
  }),
} as const;
