import { z } from 'zod';
import { type Rubric } from '../../rubric';
import { AGENCIES, type Auditor, insertAuditor, listAuditors } from '../../store';
import { op, rubricOf } from './operation';

/** Who audits (name and agency) and what they audit against (the rubric). */
export const auditorOperations = {
  'auditors.create': op(
    z.strictObject({ name: z.string().trim().min(1, 'a name is needed').max(120), agency: z.enum(AGENCIES), role: z.string().trim().max(120).optional() }),
    (ctx, args): Auditor => insertAuditor(ctx.db, { name: args.name, agency: args.agency, role: args.role || null, createdAt: ctx.now().toISOString() }),
  ),
  'auditors.list': op(z.strictObject({}), (ctx): Auditor[] => listAuditors(ctx.db)),
  'rubric.get': op(z.strictObject({}), (ctx): Rubric => rubricOf(ctx)),
} as const;
