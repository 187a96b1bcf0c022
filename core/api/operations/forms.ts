import { readFileSync, writeFileSync } from 'node:fs';
import { z } from 'zod';
import { EhcqaError } from '../../domain';
import { exportScoringForm, type FormImportResult, importScoringForm } from '../moderation/scoring-forms';
import { exerciseId } from './exercises';
import { auditorId, op, requireAuditor } from './operation';

/** A form is at most a few MB; 20 MB of base64 leaves room and refuses anything absurd. */
const formBase64 = z.string().min(1).max(20_000_000);

/** The Excel scoring forms: out to an auditor who cannot install software, and back. */
export const formOperations = {
  'forms.export': op(z.strictObject({ exerciseId, auditorId }), async (ctx, args): Promise<{ formId: string; fileName: string; dataBase64: string }> => {
    const form = await exportScoringForm(ctx, args.exerciseId, requireAuditor(ctx, args.auditorId));
    return { formId: form.formId, fileName: form.fileName, dataBase64: form.bytes.toString('base64') };
  }),
  'forms.import': op(z.strictObject({ dataBase64: formBase64, exerciseId: exerciseId.optional(), auditorId: auditorId.optional() }), (ctx, args): Promise<FormImportResult> =>
    importScoringForm(ctx, new Uint8Array(Buffer.from(args.dataBase64, 'base64')), { exerciseId: args.exerciseId, auditorId: args.auditorId })),
  'forms.exportFile': op(z.strictObject({ exerciseId, auditorId, out: z.string().min(1) }), async (ctx, args): Promise<{ formId: string; file: string }> => {
    const form = await exportScoringForm(ctx, args.exerciseId, requireAuditor(ctx, args.auditorId));
    try {
      writeFileSync(args.out, form.bytes);
    } catch (error) {
      throw new EhcqaError('io', `The form could not be written to ${args.out} (${(error as NodeJS.ErrnoException).code ?? 'error'}).`, { cause: error });
    }
    return { formId: form.formId, file: args.out };
  }),
  'forms.importFile': op(z.strictObject({ path: z.string().min(1), exerciseId: exerciseId.optional(), auditorId: auditorId.optional() }), (ctx, args): Promise<FormImportResult> => {
    let bytes: Buffer;
    try {
      bytes = readFileSync(args.path);
    } catch (error) {
      throw new EhcqaError('not_found', `${args.path} could not be read (${(error as NodeJS.ErrnoException).code ?? 'error'}).`, { cause: error });
    }
    return importScoringForm(ctx, new Uint8Array(bytes), { exerciseId: args.exerciseId, auditorId: args.auditorId });
  }),
} as const;
