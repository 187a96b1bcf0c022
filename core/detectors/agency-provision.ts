import { z } from 'zod';
import { countWords } from '../text';
import { type Finding, type Plan, type SectionId } from '../domain';
import { type DetectorContext, defineDetector } from './detector';
import { absentSection, sectionLabel } from './support/absent';
import { makeFinding } from './support/finding';
import { confidenceFor, countOf, levelFromShare, shareThresholds } from './support/levels';
import { matchesAny, patternList } from './support/patterns';
import { evidenceOf } from './support/plan-text';
import { BARE_NONE_WORDS, isBareNone, readSection, type SectionReading, sectionStateOptions } from './support/section-state';
import { evidenceOfUnit, provisionUnits } from './support/units';

const optionsSchema = z.strictObject({
  ...shareThresholds.shape,
  ...sectionStateOptions,
  /** The provision section judged (G for health, H for social care) and the needs section it answers. */
  section: z.enum(['G', 'H']).default('G'),
  needsSection: z.enum(['C', 'D']).default('C'),
  /** Who provides it: services and professionals ("community paediatrician", "CAMHS"); an empty list does not ask. */
  providerPatterns: patternList,
  /** Lines that are not provision: "none" statements, notes ("set out with the educational provision"). */
  skipPatterns: patternList.default([]),
  /** How often and for how long ("every 6 months", "weekly", "12 sessions", "3 hours a week"). */
  amountPatterns: patternList,
  /** Provision named with its amount left open ("the amount to be agreed", "details to follow"): not specified, but not nothing. */
  deferredPatterns: patternList.default([]),
  /** What the needs are called in rationales: "health needs", "social care needs". */
  needsNoun: z.string().default('health needs'),
});
type Options = z.infer<typeof optionsSchema>;
type Ctx = Options & DetectorContext;

const quoteFirst = (r: SectionReading, id: SectionId) => r.passages.slice(0, 1).map((p) => evidenceOf({ section: id, page: p.page, text: p.text }));

/**
 * A "none" that says why ("No social care provision is required, because no social care needs
 * have been identified"), not a bare "None." under the part's legend.
 */
const explainsNone = (r: SectionReading, o: Ctx) =>
  r.state === 'none' && r.passages.some((p) => matchesAny(p.text, o.nonePatterns) && countWords(p.text) > BARE_NONE_WORDS);

/**
 * G (or H) holds no real provision: judged against what C (or D) says. A "none" agrees with a
 * C that explains there are no needs, or says why itself; a bare "None" against a bare "N/A"
 * is only partly shown; against a blank or placeholder C nothing is shown at all.
 */
function withoutItems(o: Ctx, own: SectionReading, needs: SectionReading): Finding {
  const g = sectionLabel(o.section);
  const evidence = [...quoteFirst(own, o.section), ...quoteFirst(needs, o.needsSection)];
  const finding = (level: 'met' | 'partly' | 'not_met', confidence: number, rationale: string) => makeFinding({ criterion: o.criterion, level, confidence, rationale, evidence });
  const says = own.state === 'none' ? 'says none is required' : own.state === 'boilerplate' ? 'holds only a placeholder' : own.state === 'empty' ? 'is empty' : 'is missing';
  switch (needs.state) {
    case 'substantive':
      if (own.state === 'none') return finding('partly', 0.55, `${g} says none is required, although section ${o.needsSection} records ${o.needsNoun}.`);
      // "A package of short breaks, the amount to be agreed by the resource panel" names the
      // provision and leaves only its amount open; "To be confirmed" names nothing.
      if (own.state === 'boilerplate' && own.passages.some((p) => matchesAny(p.text, o.deferredPatterns))) return finding('partly', 0.55, `${g} names provision but leaves it to be agreed, although section ${o.needsSection} records ${o.needsNoun}.`);
      return finding('not_met', 0.75, `${g} ${says}, although section ${o.needsSection} records ${o.needsNoun}.`);
    case 'none':
      if (isBareNone(needs)) {
        const bare = needs.passages.map((p) => p.text).join(' ').trim();
        return explainsNone(own, o)
          ? finding('met', 0.6, `${g} states that none is required and why; section ${o.needsSection} only says "${bare}".`)
          : finding('partly', 0.5, `${g} ${says}, and section ${o.needsSection} only says "${bare}".`);
      }
      return own.state === 'none'
        ? finding('met', 0.75, `${g} states that none is required, which agrees with section ${o.needsSection}.`)
        : finding('partly', 0.55, `${g} ${says} instead of stating that none is required.`);
    case 'empty':
    case 'boilerplate':
    case 'absent':
      return finding('not_met', 0.6, `${g} ${says}, and section ${o.needsSection} does not say what the ${o.needsNoun} are.`);
  }
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
    // "None", "N/A", "To be confirmed" and notes ("set out in section F") are not provision lines.
    const units = own.state === 'boilerplate' || own.state === 'empty'
      ? []
      : provisionUnits(plan, o.section, 3).filter((u) => !matchesAny(u.text, o.skipPatterns) && !matchesAny(u.text, o.boilerplatePatterns));
    if (units.length === 0) return [withoutItems(o, own, needs)];
    const specified = (text: string) => (o.providerPatterns.length === 0 || matchesAny(text, o.providerPatterns)) && matchesAny(text, o.amountPatterns) && !matchesAny(text, o.deferredPatterns);
    const unspecified = units.filter((u) => !specified(u.text));
    const level = levelFromShare(unspecified.length, units.length, o);
    const what = o.providerPatterns.length > 0 ? 'who provides it and how often or for how long' : 'how often or for how long';
    switch (level) {
      case 'met':
        return [makeFinding({
          criterion: o.criterion, level, confidence: confidenceFor(0.8, units.length, 3),
          rationale: `All ${units.length} lines of ${sectionLabel(o.section)} say ${what}.`,
          evidence: units.slice(0, 2).map(evidenceOfUnit),
        })];
      case 'partly':
      case 'not_met': {
        const n = countOf(unspecified.length, units.length, 'line');
        return [makeFinding({
          criterion: o.criterion, level, confidence: confidenceFor(0.75, units.length, 3),
          rationale: `${n} of ${sectionLabel(o.section)} ${unspecified.length === 1 ? 'does' : 'do'} not say ${what}.`,
          evidence: unspecified.slice(0, 5).map(evidenceOfUnit),
        })];
      }
    }
  },
});
