import { z } from 'zod';
import { type Plan } from '../domain';
import { defineDetector } from './detector';
import { absentSection, emptySection } from './support/absent';
import { makeFinding } from './support/finding';
import { confidenceFor, countOf, levelFromShare, shareThresholds } from './support/levels';
import { maskMatches, matchesAny, patternList } from './support/patterns';
import { evidenceOfUnit, hasSection, provisionUnits, type Unit } from './support/units';

const optionsSchema = z.strictObject({
  ...shareThresholds.shape,
  /** Lines that are not provision: "No provision is needed in this area", notes (case-insensitive, whole words). */
  skipPatterns: patternList.default([]),
  section: z.enum(['F', 'G', 'H']).default('F'),
  /** How much: how often, how long, group size or ratio ("3 times a week", "30 minutes", "1:1"). */
  amountPatterns: patternList,
  /**
   * When the provision is reviewed ("Reviewed termly against E1"): blanked out before the amount
   * is read, as how often a line is reviewed is not how often it is given.
   */
  notAmountPatterns: patternList.default([]),
  /** Who delivers it: roles, services, training ("teaching assistant", "trained", "SENCo"). */
  rolePatterns: patternList,
  /**
   * `partly` when at least this share of lines names nobody to deliver them, even if every line
   * is quantified (1 turns the check off).
   */
  noRolePartlyShare: z.number().min(0).max(1).default(1),
});
type Options = z.infer<typeof optionsSchema>;


/** F1: every line of provision says how much (how often, how long, group size) and who gives it. */
export const quantifiedProvision = defineDetector<Options>({
  id: 'quantified-provision',
  optionsSchema,
  detect(plan: Plan, o) {
    if (!hasSection(plan, o.section) && !plan.provision.some((p) => p.section === o.section)) return [absentSection(o.criterion, o.section)];
    const units = provisionUnits(plan, o.section).filter((u) => !matchesAny(u.text, o.skipPatterns));
    if (units.length === 0) return [emptySection(o.criterion, o.section, 'provision lines')];
    const unquantified = units.filter((u) => !matchesAny(maskMatches(u.text, o.notAmountPatterns), o.amountPatterns));
    const noRole = units.filter((u) => !matchesAny(u.text, o.rolePatterns));
    const level = levelFromShare(unquantified.length, units.length, o);
    const confidence = confidenceFor(level === 'met' ? 0.8 : 0.75, units.length, 5);
    const flagged = (u: Unit[]) => u.slice(0, 5).map(evidenceOfUnit);
    switch (level) {
      case 'met': {
        if (noRole.length / units.length >= o.noRolePartlyShare) {
          return [makeFinding({
            criterion: o.criterion, level: 'partly', confidence: 0.55,
            rationale: `Provision is quantified, but ${countOf(noRole.length, units.length, 'line')} do not say who delivers it.`,
            evidence: flagged(noRole),
          })];
        }
        return [makeFinding({
          criterion: o.criterion, level, confidence,
          rationale: `All ${units.length} provision lines say how much (how often, how long or group size).`,
          evidence: units.slice(0, 2).map(evidenceOfUnit),
        })];
      }
      case 'partly':
      case 'not_met': {
        const n = countOf(unquantified.length, units.length, 'provision line');
        const verb = unquantified.length === 1 ? 'does' : 'do';
        return [makeFinding({
          criterion: o.criterion, level, confidence,
          rationale: `${n} ${verb} not say how often, for how long or in what group size.`,
          evidence: flagged(unquantified),
        })];
      }
    }
  },
});
