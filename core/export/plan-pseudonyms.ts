import { type ExportPlan } from './dataset';
import { planCodes } from './plan-codes';
import { identifyPlan } from './plan-identifiers';
import { type IdentifierMode, Pseudonymiser } from './pseudonymise';

/** The pseudonymiser for a set of plans: each plan's identity read from its own text. */
export function pseudonymiserFor(plans: readonly ExportPlan[], mode: IdentifierMode): Pseudonymiser {
  const codes = planCodes(plans.map((p) => p.key));
  return new Pseudonymiser(mode, plans.map((p) => identifyPlan({
    planKey: p.key, code: codes.get(p.key)!, childName: p.metadata.name, dateOfBirth: p.metadata.dateOfBirth, texts: p.identityTexts,
  })));
}

/**
 * How a plan is named in an export: by its stable code, the same with or without identifiers,
 * and the same as the scoring forms name it.
 */
export const planReference = (scrub: Pseudonymiser, planKey: string): string => `EHC-${scrub.codeOf(planKey) ?? planKey.slice(0, 8).toUpperCase()}`;
