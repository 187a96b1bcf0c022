import { z } from 'zod';
import { type Finding, type Plan, type SectionId } from '../domain';
import { type DetectorContext, defineDetector } from './detector';
import { absentSection, sectionLabel } from './support/absent';
import { makeFinding } from './support/finding';
import { confidenceFor, countOf, levelFromShare, shareThresholds } from './support/levels';
import { matchesAny, patternList } from './support/patterns';
import { evidenceOf } from './support/plan-text';
import { readSection, recordsNeeds, type SectionReading, sectionStateOptions } from './support/section-state';
import { evidenceOfUnit, provisionUnits } from './support/units';

const optionsSchema = z.strictObject({
  ...shareThresholds.shape,
  ...sectionStateOptions,
  /** The provision section judged (G for health, H for social care) and the needs section it answers. */
  section: z.enum(['G', 'H']).default('G'),
  needsSection: z.enum(['C', 'D']).default('C'),
  /** Who provides it: services and professionals ("community paediatrician", "CAMHS", "short breaks team"). */
  providerPatterns: patternList,
  /** How often and for how long ("every 6 months", "weekly", "12 sessions", "3 hours a week"). */
  amountPatterns: patternList,
  /** What the needs are called in rationales: "health needs", "social care needs". */
  needsNoun: z.string().default('health needs'),
});
type Options = z.infer<typeof optionsSchema>;
type Ctx = Options & DetectorContext;

const quoteFirst = (r: SectionReading, id: SectionId) => r.passages.slice(0, 1).map((p) => evidenceOf({ section: id, page: p.page, text: p.text }));

/** G (or H) holds no real provision: judged against whether C (or D) records needs. */
function withoutItems(o: Ctx, own: SectionReading, needs: SectionReading): Finding {
  const g = sectionLabel(o.section);
  const evidence = [...quoteFirst(own, o.section), ...quoteFirst(needs, o.needsSection)];
  if (recordsNeeds(needs)) {
    const says = own.state === 'none' ? 'says none is required' : own.state === 'boilerplate' ? 'holds only a placeholder' : 'is empty';
    return makeFinding({
      criterion: o.criterion, level: own.state === 'none' ? 'partly' : 'not_met', confidence: own.state === 'none' ? 0.55 : 0.75,
      rationale: `${g[0]!.toUpperCase()}${g.slice(1)} ${says}, although section ${o.needsSection} records ${o.needsNoun}.`,
      evidence,
    });
  }
  if (own.state === 'none') {
    return makeFinding({
      criterion: o.criterion, level: 'met', confidence: 0.75,
      rationale: `${g[0]!.toUpperCase()}${g.slice(1)} states that none is required, which agrees with section ${o.needsSection}.`,
      evidence,
    });
  }
  return makeFinding({
    criterion: o.criterion, level: 'partly', confidence: 0.5,
    rationale: `${g[0]!.toUpperCase()}${g.slice(1)} ${own.state === 'boilerplate' ? 'holds only a placeholder' : 'is empty'} instead of stating that none is required.`,
    evidence,
  });
}

/**
 * G1 and H1: health or social care provision is specified (each line says who provides it and
 * how often or for how long), or the section says none is required in agreement with C or D.
 */
export const agencyProvision = defineDetector<Options>({
  id: 'agency-provision',
  optionsSchema,
  detect(plan: Plan, o) {
    const own = readSection(plan, o.section, o);
    const needs = readSection(plan, o.needsSection, o);
    if (own.state === 'absent' && !plan.provision.some((p) => p.section === o.section)) return [absentSection(o.criterion, o.section)];
    // "None", "N/A" or "To be confirmed" may come out as a provision item: the section's reading decides.
    const units = own.state === 'substantive' || own.state === 'absent' ? provisionUnits(plan, o.section, 3) : [];
    if (units.length === 0) return [withoutItems(o, own, needs)];
    const unspecified = units.filter((u) => !(matchesAny(u.text, o.providerPatterns) && matchesAny(u.text, o.amountPatterns)));
    const level = levelFromShare(unspecified.length, units.length, o);
    switch (level) {
      case 'met':
        return [makeFinding({
          criterion: o.criterion, level, confidence: confidenceFor(0.8, units.length, 3),
          rationale: `All ${units.length} lines of ${sectionLabel(o.section)} say who provides it and how often or for how long.`,
          evidence: units.slice(0, 2).map(evidenceOfUnit),
        })];
      case 'partly':
      case 'not_met': {
        const n = countOf(unspecified.length, units.length, 'line');
        return [makeFinding({
          criterion: o.criterion, level, confidence: confidenceFor(0.75, units.length, 3),
          rationale: `${n[0]!.toUpperCase()}${n.slice(1)} of ${sectionLabel(o.section)} ${unspecified.length === 1 ? 'does' : 'do'} not say who provides it and how often or for how long.`,
          evidence: unspecified.slice(0, 5).map(evidenceOfUnit),
        })];
      }
    }
  },
});
